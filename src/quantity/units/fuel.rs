//! Fuel economy: distance per volume of fuel, in miles per gallon and kilometres per litre;
//! SI unit metres per cubic metre (`m/m3`).
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::{Dimension, Spellings, Unit};

/// A mile (1,609.344 m) per US gallon (0.003785411784 m³), in metres per cubic metre.
const MPG_IN_SI: f64 = 1_609.344 / 0.003_785_411_784;

/// Miles per US gallon, as American copy writes fuel economy.
pub static MILE_PER_GALLON: Unit = Unit {
    symbol: "mpg",
    dimension: Dimension::FuelEconomy,
    si_symbol: "m/m3",
    convert: |v| v * MPG_IN_SI,
};

/// Kilometres per litre: 1,000 m per 0.001 m³.
pub static KILOMETRE_PER_LITRE: Unit = Unit {
    symbol: "km/l",
    dimension: Dimension::FuelEconomy,
    si_symbol: "m/m3",
    convert: |v| v * 1e6,
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("mpg|MPG", Exact, Any, &MILE_PER_GALLON),
    (
        "miles per gallon|mile per gallon|miles to the gallon",
        Ascii,
        Any,
        &MILE_PER_GALLON,
    ),
    ("km/l|km/L|kmpl", Exact, Any, &KILOMETRE_PER_LITRE),
    (
        "kilometres per litre|kilometers per liter|kilometres to the litre",
        Ascii,
        Any,
        &KILOMETRE_PER_LITRE,
    ),
];
