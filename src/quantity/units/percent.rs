//! Percentages: percent, percentage points, basis points and parts per million.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached};
use super::{Dimension, Spellings, Unit};

plain_unit!(PERCENT, "%", Percent);

/// Basis points: hundredths of a percentage point.
pub static BASIS_POINT: Unit = Unit {
    symbol: "bp",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 100.0,
};

/// Parts per million ("420 ppm of carbon dioxide"), as a percentage.
pub static PARTS_PER_MILLION: Unit = Unit {
    symbol: "ppm",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 1e4,
};

/// Parts per billion, as a percentage.
pub static PARTS_PER_BILLION: Unit = Unit {
    symbol: "ppb",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 1e7,
};

/// Percentage points: a difference between two percentages.
pub static PERCENTAGE_POINT: Unit = Unit {
    symbol: "pp",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v,
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    (
        "%|pct|percent|percents|per cent|per-cent",
        Ascii,
        Any,
        &PERCENT,
    ),
    (
        "percentage point|percentage points",
        Ascii,
        Any,
        &PERCENTAGE_POINT,
    ),
    ("basis point|basis points", Ascii, Any, &BASIS_POINT),
    ("ppm", Exact, Any, &PARTS_PER_MILLION),
    (
        "parts per million|part per million",
        Ascii,
        Any,
        &PARTS_PER_MILLION,
    ),
    ("ppb", Exact, Any, &PARTS_PER_BILLION),
    (
        "parts per billion|part per billion",
        Ascii,
        Any,
        &PARTS_PER_BILLION,
    ),
    ("bp|bps", Exact, Any, &BASIS_POINT),
    // British copy: "up 7pc", "a 30pc discount"; only attached ("30 pc" may be computers).
    ("pc", Exact, Attached, &PERCENT),
];
