//! Pressure: pascals, bars, atmospheres, psi and columns of mercury.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Spaced};
use super::Spellings;

uom_unit!(
    PASCAL,
    "Pa",
    Pressure,
    Pressure,
    pressure::pascal,
    pascal,
    "Pa"
);

uom_unit!(
    HECTOPASCAL,
    "hPa",
    Pressure,
    Pressure,
    pressure::hectopascal,
    pascal,
    "Pa"
);

uom_unit!(
    KILOPASCAL,
    "kPa",
    Pressure,
    Pressure,
    pressure::kilopascal,
    pascal,
    "Pa"
);

uom_unit!(
    MEGAPASCAL,
    "MPa",
    Pressure,
    Pressure,
    pressure::megapascal,
    pascal,
    "Pa"
);

uom_unit!(
    GIGAPASCAL,
    "GPa",
    Pressure,
    Pressure,
    pressure::gigapascal,
    pascal,
    "Pa"
);

uom_unit!(
    MILLIBAR,
    "mbar",
    Pressure,
    Pressure,
    pressure::millibar,
    pascal,
    "Pa"
);

uom_unit!(
    ATMOSPHERE,
    "atm",
    Pressure,
    Pressure,
    pressure::atmosphere,
    pascal,
    "Pa"
);

// The pound-force per square inch and the millimetre of mercury from their definitions:
// 0.45359237 kg × 9.80665 m/s² on (0.0254 m)², and 13.5951 g/cm³ × 9.80665 m/s² × 1 mm.
exact_unit!(
    PSI,
    "psi",
    Pressure,
    Pressure,
    pressure::pascal,
    6_894.757_293_168_361,
    "Pa"
);

exact_unit!(
    MILLIMETRE_OF_MERCURY,
    "mmHg",
    Pressure,
    Pressure,
    pressure::pascal,
    133.322_387_415,
    "Pa"
);

exact_unit!(
    INCH_OF_MERCURY,
    "inHg",
    Pressure,
    Pressure,
    pressure::pascal,
    3_386.388_666_6,
    "Pa"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("Pa", Exact, Spaced, &PASCAL),
    ("pascal|pascals", Ascii, Any, &PASCAL),
    ("hPa", Exact, Any, &HECTOPASCAL),
    ("hectopascal|hectopascals", Ascii, Any, &HECTOPASCAL),
    ("kPa", Exact, Any, &KILOPASCAL),
    ("kilopascal|kilopascals", Ascii, Any, &KILOPASCAL),
    ("MPa", Exact, Any, &MEGAPASCAL),
    ("megapascal|megapascals", Ascii, Any, &MEGAPASCAL),
    ("GPa", Exact, Any, &GIGAPASCAL),
    ("gigapascal|gigapascals", Ascii, Any, &GIGAPASCAL),
    ("mbar", Exact, Any, &MILLIBAR),
    ("millibar|millibars", Ascii, Any, &MILLIBAR),
    ("atm", Exact, Any, &ATMOSPHERE),
    ("atmosphere|atmospheres", Ascii, Any, &ATMOSPHERE),
    ("psi|PSI|psig", Exact, Any, &PSI),
    (
        "pounds per square inch|pound per square inch",
        Ascii,
        Any,
        &PSI,
    ),
    ("mmHg|mm Hg", Exact, Any, &MILLIMETRE_OF_MERCURY),
    (
        "millimetres of mercury|millimeters of mercury",
        Ascii,
        Any,
        &MILLIMETRE_OF_MERCURY,
    ),
    ("inHg|in Hg", Exact, Any, &INCH_OF_MERCURY),
    ("inches of mercury", Ascii, Any, &INCH_OF_MERCURY),
];
