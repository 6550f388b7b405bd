//! Area: square units, hectares and acres.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

uom_unit!(
    SQUARE_METRE,
    "m2",
    Area,
    Area,
    area::square_meter,
    square_meter,
    "m2"
);

uom_unit!(
    SQUARE_KILOMETRE,
    "km2",
    Area,
    Area,
    area::square_kilometer,
    square_meter,
    "m2"
);

uom_unit!(
    SQUARE_MILE,
    "sq mi",
    Area,
    Area,
    area::square_mile,
    square_meter,
    "m2"
);

uom_unit!(
    SQUARE_FOOT,
    "sq ft",
    Area,
    Area,
    area::square_foot,
    square_meter,
    "m2"
);

uom_unit!(HECTARE, "ha", Area, Area, area::hectare, square_meter, "m2");

exact_unit!(
    ACRE,
    "acre",
    Area,
    Area,
    area::square_meter,
    4_046.856_422_4,
    "m2"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("m²|m2|sq m|sq. m", Exact, Any, &SQUARE_METRE),
    (
        "square metre|square metres|square meter|square meters|square m",
        Ascii,
        Any,
        &SQUARE_METRE,
    ),
    ("km²|km2|sq km|sq. km|sq kms", Exact, Any, &SQUARE_KILOMETRE),
    (
        "square kilometre|square kilometres|square kilometer|square kilometers|square km|square kms",
        Ascii,
        Any,
        &SQUARE_KILOMETRE,
    ),
    (
        "square mile|square miles|sq mi|sq. mi|sq miles|sq. miles|mi²",
        Ascii,
        Any,
        &SQUARE_MILE,
    ),
    (
        "square foot|square feet|sq ft|sq. ft|sq feet|sq. feet|ft²",
        Ascii,
        Any,
        &SQUARE_FOOT,
    ),
    ("ha", Exact, Any, &HECTARE),
    ("hectare|hectares", Ascii, Any, &HECTARE),
    ("acre|acres", Ascii, Any, &ACRE),
];
