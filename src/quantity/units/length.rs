//! Length: metric, imperial and astronomical units of distance.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached, ClauseEnd, Spaced};
use super::Spellings;

uom_unit!(
    MILLIMETRE,
    "mm",
    Length,
    Length,
    length::millimeter,
    meter,
    "m"
);

uom_unit!(
    CENTIMETRE,
    "cm",
    Length,
    Length,
    length::centimeter,
    meter,
    "m"
);

uom_unit!(METRE, "m", Length, Length, length::meter, meter, "m");

uom_unit!(
    KILOMETRE,
    "km",
    Length,
    Length,
    length::kilometer,
    meter,
    "m"
);

uom_unit!(INCH, "in", Length, Length, length::inch, meter, "m");

uom_unit!(FOOT, "ft", Length, Length, length::foot, meter, "m");

uom_unit!(YARD, "yd", Length, Length, length::yard, meter, "m");

uom_unit!(MILE, "mi", Length, Length, length::mile, meter, "m");

uom_unit!(
    NAUTICAL_MILE,
    "nmi",
    Length,
    Length,
    length::nautical_mile,
    meter,
    "m"
);

exact_unit!(
    LIGHT_YEAR,
    "ly",
    Length,
    Length,
    length::meter,
    9.460_730_472_580_8e15,
    "m"
);

uom_unit!(
    DECIMETRE,
    "dm",
    Length,
    Length,
    length::decimeter,
    meter,
    "m"
);

uom_unit!(
    MICROMETRE,
    "µm",
    Length,
    Length,
    length::micrometer,
    meter,
    "m"
);

uom_unit!(
    NANOMETRE,
    "nm",
    Length,
    Length,
    length::nanometer,
    meter,
    "m"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("mm", Exact, Any, &MILLIMETRE),
    (
        "millimetre|millimetres|millimeter|millimeters",
        Ascii,
        Any,
        &MILLIMETRE,
    ),
    ("cm", Exact, Any, &CENTIMETRE),
    (
        "centimetre|centimetres|centimeter|centimeters",
        Ascii,
        Any,
        &CENTIMETRE,
    ),
    ("m", Exact, Any, &METRE),
    ("metre|metres|meter|meters", Ascii, Any, &METRE),
    ("km|kms|Km|KM", Exact, Any, &KILOMETRE),
    (
        "kilometre|kilometres|kilometer|kilometers",
        Ascii,
        Any,
        &KILOMETRE,
    ),
    ("inch|inches", Ascii, Any, &INCH),
    ("\"|''|″", Exact, Attached, &INCH),
    ("in", Exact, ClauseEnd, &INCH),
    // "a 2in gap", "6ft 2in": written onto the number, "in" is no preposition.
    ("in", Exact, Attached, &INCH),
    ("ft", Exact, Any, &FOOT),
    ("foot|feet", Ascii, Any, &FOOT),
    ("yd|yds", Exact, Any, &YARD),
    ("yard|yards", Ascii, Any, &YARD),
    ("mi", Exact, Any, &MILE),
    ("mile|miles|statute mile|statute miles", Ascii, Any, &MILE),
    ("nmi", Exact, Any, &NAUTICAL_MILE),
    ("nautical mile|nautical miles", Ascii, Any, &NAUTICAL_MILE),
    (
        "light-year|light-years|light year|light years",
        Ascii,
        Any,
        &LIGHT_YEAR,
    ),
    ("dm", Exact, Spaced, &DECIMETRE),
    (
        "decimetre|decimetres|decimeter|decimeters",
        Ascii,
        Any,
        &DECIMETRE,
    ),
    ("µm|μm", Exact, Any, &MICROMETRE),
    (
        "micrometre|micrometres|micrometer|micrometers|micron|microns",
        Ascii,
        Any,
        &MICROMETRE,
    ),
    (
        "nanometre|nanometres|nanometer|nanometers",
        Ascii,
        Any,
        &NANOMETRE,
    ),
    // "a 3nm process"; spaced, "20 nm offshore" is as often nautical miles.
    ("nm", Exact, Attached, &NANOMETRE),
];
