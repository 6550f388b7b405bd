//! Volume: metric, US customary and kitchen measures.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Spaced};
use super::Spellings;

uom_unit!(
    MILLILITRE,
    "ml",
    Volume,
    Volume,
    volume::milliliter,
    cubic_meter,
    "m3"
);

uom_unit!(LITRE, "l", Volume, Volume, volume::liter, cubic_meter, "m3");

uom_unit!(
    HECTOLITRE,
    "hl",
    Volume,
    Volume,
    volume::hectoliter,
    cubic_meter,
    "m3"
);

uom_unit!(
    CUBIC_METRE,
    "m3",
    Volume,
    Volume,
    volume::cubic_meter,
    cubic_meter,
    "m3"
);

exact_unit!(
    CUBIC_KILOMETRE,
    "km3",
    Volume,
    Volume,
    volume::cubic_meter,
    1e9,
    "m3"
);

exact_unit!(
    CUBIC_MILE,
    "cu mi",
    Volume,
    Volume,
    volume::cubic_meter,
    4_168_181_825.440_579_6,
    "m3"
);

exact_unit!(
    BILLION_CUBIC_METRES,
    "bcm",
    Volume,
    Volume,
    volume::cubic_meter,
    1e9,
    "m3"
);

exact_unit!(
    CUBIC_FOOT,
    "cu ft",
    Volume,
    Volume,
    volume::cubic_meter,
    0.028_316_846_592,
    "m3"
);

exact_unit!(
    GALLON,
    "gal",
    Volume,
    Volume,
    volume::cubic_meter,
    0.003_785_411_784,
    "m3"
);

exact_unit!(
    BARREL,
    "bbl",
    Volume,
    Volume,
    volume::cubic_meter,
    0.158_987_294_928,
    "m3"
);

exact_unit!(
    PINT,
    "pt",
    Volume,
    Volume,
    volume::cubic_meter,
    0.000_473_176_473,
    "m3"
);

exact_unit!(
    CUP,
    "cup",
    Volume,
    Volume,
    volume::cubic_meter,
    0.000_236_588_236_5,
    "m3"
);

uom_unit!(
    CUBIC_CENTIMETRE,
    "cm3",
    Volume,
    Volume,
    volume::cubic_centimeter,
    cubic_meter,
    "m3"
);

// US customary kitchen and liquid measures, from their exact definitions in cubic metres
// (the US gallon is exactly 231 cubic inches).
exact_unit!(
    TEASPOON,
    "tsp",
    Volume,
    Volume,
    volume::cubic_meter,
    4.928_921_593_75e-6,
    "m3"
);

exact_unit!(
    TABLESPOON,
    "tbsp",
    Volume,
    Volume,
    volume::cubic_meter,
    1.478_676_478_125e-5,
    "m3"
);

exact_unit!(
    FLUID_OUNCE,
    "fl oz",
    Volume,
    Volume,
    volume::cubic_meter,
    2.957_352_956_25e-5,
    "m3"
);

exact_unit!(
    QUART,
    "qt",
    Volume,
    Volume,
    volume::cubic_meter,
    9.463_529_46e-4,
    "m3"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("ml|mL", Exact, Any, &MILLILITRE),
    (
        "millilitre|millilitres|milliliter|milliliters",
        Ascii,
        Any,
        &MILLILITRE,
    ),
    ("l|L", Exact, Any, &LITRE),
    ("litre|litres|liter|liters", Ascii, Any, &LITRE),
    ("hl|hL", Exact, Any, &HECTOLITRE),
    (
        "hectolitre|hectolitres|hectoliter|hectoliters",
        Ascii,
        Any,
        &HECTOLITRE,
    ),
    ("m³|m3", Exact, Any, &CUBIC_METRE),
    (
        "cubic metre|cubic metres|cubic meter|cubic meters|cu m",
        Ascii,
        Any,
        &CUBIC_METRE,
    ),
    ("km³|km3", Exact, Any, &CUBIC_KILOMETRE),
    (
        "cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers|cu km",
        Ascii,
        Any,
        &CUBIC_KILOMETRE,
    ),
    ("cubic mile|cubic miles|cu mi", Ascii, Any, &CUBIC_MILE),
    // Gas trade: billions of cubic metres ("20 bcm of gas").
    ("bcm", Exact, Spaced, &BILLION_CUBIC_METRES),
    ("cubic foot|cubic feet|cu ft|ft³", Ascii, Any, &CUBIC_FOOT),
    ("gallon|gallons|gal", Ascii, Any, &GALLON),
    ("barrel|barrels|bbl", Ascii, Any, &BARREL),
    ("pint|pints", Ascii, Any, &PINT),
    ("cup|cups", Ascii, Any, &CUP),
    ("cc|cm³|cm3", Exact, Any, &CUBIC_CENTIMETRE),
    (
        "cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters",
        Ascii,
        Any,
        &CUBIC_CENTIMETRE,
    ),
    ("tsp|tsps", Exact, Any, &TEASPOON),
    (
        "teaspoon|teaspoons|teaspoonful|teaspoonfuls",
        Ascii,
        Any,
        &TEASPOON,
    ),
    ("tbsp|Tbsp|tbsps|tbs|Tbs", Exact, Any, &TABLESPOON),
    (
        "tablespoon|tablespoons|tablespoonful|tablespoonfuls",
        Ascii,
        Any,
        &TABLESPOON,
    ),
    ("fl oz|fl. oz.|fl. oz|fl.oz.", Exact, Any, &FLUID_OUNCE),
    ("fluid ounce|fluid ounces", Ascii, Any, &FLUID_OUNCE),
    ("qt", Exact, Spaced, &QUART),
    ("quart|quarts", Ascii, Any, &QUART),
];
