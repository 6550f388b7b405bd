//! Angle: degrees of arc and radians.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached};
use super::{Dimension, Spellings, Unit, q};

/// A degree of angle.
pub static DEGREE_OF_ANGLE: Unit = Unit {
    symbol: "°",
    dimension: Dimension::Angle,
    si_symbol: "rad",
    convert: |v| q::Angle::new::<uom::si::angle::degree>(v).get::<uom::si::angle::radian>(),
};

uom_unit!(RADIAN, "rad", Angle, Angle, angle::radian, radian, "rad");

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("radian|radians", Ascii, Any, &RADIAN),
    // "0.8rad"; spaced, "rad" is as often the old unit of radiation dose.
    ("rad", Exact, Attached, &RADIAN),
];
