//! Force: newtons, and the pound-force and kilogram-force of thrust.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

uom_unit!(NEWTON, "N", Force, Force, force::newton, newton, "N");

uom_unit!(
    KILONEWTON,
    "kN",
    Force,
    Force,
    force::kilonewton,
    newton,
    "N"
);

uom_unit!(
    MEGANEWTON,
    "MN",
    Force,
    Force,
    force::meganewton,
    newton,
    "N"
);

// The pound-force and the kilogram-force from standard gravity (9.80665 m/s²).
exact_unit!(
    POUND_FORCE,
    "lbf",
    Force,
    Force,
    force::newton,
    4.448_221_615_260_5,
    "N"
);

exact_unit!(
    KILOGRAM_FORCE,
    "kgf",
    Force,
    Force,
    force::newton,
    9.806_65,
    "N"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("newton|newtons", Ascii, Any, &NEWTON),
    ("kN", Exact, Any, &KILONEWTON),
    ("kilonewton|kilonewtons", Ascii, Any, &KILONEWTON),
    ("meganewton|meganewtons", Ascii, Any, &MEGANEWTON),
    ("lbf", Exact, Any, &POUND_FORCE),
    (
        "pound-force|pounds-force|pounds of thrust|pound of thrust",
        Ascii,
        Any,
        &POUND_FORCE,
    ),
    ("kgf", Exact, Any, &KILOGRAM_FORCE),
    (
        "kilogram-force|kilograms-force",
        Ascii,
        Any,
        &KILOGRAM_FORCE,
    ),
];
