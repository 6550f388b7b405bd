//! Frequency: hertz and its multiples.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

uom_unit!(
    HERTZ,
    "Hz",
    Frequency,
    Frequency,
    frequency::hertz,
    hertz,
    "Hz"
);

uom_unit!(
    KILOHERTZ,
    "kHz",
    Frequency,
    Frequency,
    frequency::kilohertz,
    hertz,
    "Hz"
);

uom_unit!(
    MEGAHERTZ,
    "MHz",
    Frequency,
    Frequency,
    frequency::megahertz,
    hertz,
    "Hz"
);

uom_unit!(
    GIGAHERTZ,
    "GHz",
    Frequency,
    Frequency,
    frequency::gigahertz,
    hertz,
    "Hz"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("Hz", Exact, Any, &HERTZ),
    ("hertz", Ascii, Any, &HERTZ),
    ("kHz|KHz|khz|Khz", Exact, Any, &KILOHERTZ),
    ("kilohertz", Ascii, Any, &KILOHERTZ),
    ("MHz|Mhz|MHZ", Exact, Any, &MEGAHERTZ),
    ("megahertz", Ascii, Any, &MEGAHERTZ),
    ("GHz|Ghz|GHZ|ghz", Exact, Any, &GIGAHERTZ),
    ("gigahertz", Ascii, Any, &GIGAHERTZ),
];
