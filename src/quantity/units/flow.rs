//! Volume flow: oil output in barrels a day, river and pipeline flows in cubic metres per
//! second.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

/// Seconds in a day, for rates per day.
const DAY_SECONDS: f64 = 86_400.0;

// The oil barrel is 42 US gallons, exactly 0.158987294928 m³.
exact_unit!(
    BARREL_PER_DAY,
    "bbl/d",
    VolumeFlow,
    VolumeRate,
    volume_rate::cubic_meter_per_second,
    0.158_987_294_928 / DAY_SECONDS,
    "m3/s"
);

uom_unit!(
    CUBIC_METRE_PER_SECOND,
    "m3/s",
    VolumeFlow,
    VolumeRate,
    volume_rate::cubic_meter_per_second,
    cubic_meter_per_second,
    "m3/s"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("bpd|b/d|bbl/d", Exact, Any, &BARREL_PER_DAY),
    (
        "barrels a day|barrels per day|barrel a day|barrel per day|barrels of oil a day|barrels of oil per day",
        Ascii,
        Any,
        &BARREL_PER_DAY,
    ),
    ("m3/s|m³/s", Exact, Any, &CUBIC_METRE_PER_SECOND),
    (
        "cubic metres per second|cubic meters per second|cubic metres a second|cubic meters a second|cumecs",
        Ascii,
        Any,
        &CUBIC_METRE_PER_SECOND,
    ),
];
