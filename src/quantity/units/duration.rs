//! Duration: spans of time from milliseconds to centuries.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Spaced};
use super::{Dimension, Spellings, Unit, q};

uom_unit!(
    MILLISECOND,
    "ms",
    Duration,
    Time,
    time::millisecond,
    second,
    "s"
);

uom_unit!(SECOND, "s", Duration, Time, time::second, second, "s");

uom_unit!(MINUTE, "min", Duration, Time, time::minute, second, "s");

uom_unit!(HOUR, "h", Duration, Time, time::hour, second, "s");

uom_unit!(DAY, "d", Duration, Time, time::day, second, "s");

uom_unit!(YEAR, "yr", Duration, Time, time::year, second, "s");

/// A week: seven days.
pub static WEEK: Unit = Unit {
    symbol: "wk",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::day>(v * 7.0).get::<uom::si::time::second>(),
};

/// A month: a twelfth of uom's 365-day year.
pub static MONTH: Unit = Unit {
    symbol: "mo",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v / 12.0).get::<uom::si::time::second>(),
};

/// A decade: ten of uom's 365-day years.
pub static DECADE: Unit = Unit {
    symbol: "decade",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v * 10.0).get::<uom::si::time::second>(),
};

/// A century: a hundred of uom's 365-day years.
pub static CENTURY: Unit = Unit {
    symbol: "century",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v * 100.0).get::<uom::si::time::second>(),
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("ms", Exact, Spaced, &MILLISECOND),
    ("millisecond|milliseconds", Ascii, Any, &MILLISECOND),
    ("s", Exact, Spaced, &SECOND),
    ("sec|secs", Exact, Any, &SECOND),
    ("second|seconds", Ascii, Any, &SECOND),
    ("min|mins", Exact, Any, &MINUTE),
    ("minute|minutes", Ascii, Any, &MINUTE),
    ("h|hr|hrs", Exact, Any, &HOUR),
    ("hour|hours", Ascii, Any, &HOUR),
    ("day|days", Ascii, Any, &DAY),
    ("week|weeks", Ascii, Any, &WEEK),
    ("month|months", Ascii, Any, &MONTH),
    ("year|years|yr|yrs", Ascii, Any, &YEAR),
    ("yo|y.o.|y/o", Exact, Spaced, &YEAR),
    ("decade|decades", Ascii, Any, &DECADE),
    ("century|centuries", Ascii, Any, &CENTURY),
];
