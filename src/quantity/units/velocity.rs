//! Velocity: speeds by land, sea and air, and Mach numbers.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::{Dimension, Spellings, Unit, q};

/// The speed of sound used for Mach numbers: ICAO standard atmosphere at sea level, in m/s.
pub const MACH_METRES_PER_SECOND: f64 = 340.294;

uom_unit!(
    KILOMETRE_PER_HOUR,
    "km/h",
    Velocity,
    Velocity,
    velocity::kilometer_per_hour,
    meter_per_second,
    "m/s"
);

uom_unit!(
    MILE_PER_HOUR,
    "mph",
    Velocity,
    Velocity,
    velocity::mile_per_hour,
    meter_per_second,
    "m/s"
);

uom_unit!(
    METRE_PER_SECOND,
    "m/s",
    Velocity,
    Velocity,
    velocity::meter_per_second,
    meter_per_second,
    "m/s"
);

uom_unit!(
    KILOMETRE_PER_SECOND,
    "km/s",
    Velocity,
    Velocity,
    velocity::kilometer_per_second,
    meter_per_second,
    "m/s"
);

uom_unit!(
    FOOT_PER_SECOND,
    "ft/s",
    Velocity,
    Velocity,
    velocity::foot_per_second,
    meter_per_second,
    "m/s"
);

uom_unit!(
    KNOT,
    "kn",
    Velocity,
    Velocity,
    velocity::knot,
    meter_per_second,
    "m/s"
);

/// Mach: a ratio to the local speed of sound, converted with [`MACH_METRES_PER_SECOND`].
pub static MACH: Unit = Unit {
    symbol: "Mach",
    dimension: Dimension::Velocity,
    si_symbol: "m/s",
    convert: |v| {
        q::Velocity::new::<uom::si::velocity::meter_per_second>(v * MACH_METRES_PER_SECOND)
            .get::<uom::si::velocity::meter_per_second>()
    },
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("km/h|km/hr|kph|kmh|kmph", Exact, Any, &KILOMETRE_PER_HOUR),
    (
        "kilometres per hour|kilometers per hour|kilometre per hour|kilometer per hour|kilometres an hour|kilometers an hour|kilometres/hour|kilometers/hour|km per hour|km an hour",
        Ascii,
        Any,
        &KILOMETRE_PER_HOUR,
    ),
    ("mph|mi/h|m.p.h.", Exact, Any, &MILE_PER_HOUR),
    (
        "miles per hour|mile per hour|miles an hour|mile an hour|miles/hour",
        Ascii,
        Any,
        &MILE_PER_HOUR,
    ),
    ("m/s", Exact, Any, &METRE_PER_SECOND),
    (
        "metres per second|meters per second|metre per second|meter per second|metres a second|meters a second",
        Ascii,
        Any,
        &METRE_PER_SECOND,
    ),
    ("km/s", Exact, Any, &KILOMETRE_PER_SECOND),
    (
        "kilometres per second|kilometers per second|kilometre per second|kilometer per second|kilometres a second|kilometers a second",
        Ascii,
        Any,
        &KILOMETRE_PER_SECOND,
    ),
    ("ft/s", Exact, Any, &FOOT_PER_SECOND),
    (
        "feet per second|foot per second",
        Ascii,
        Any,
        &FOOT_PER_SECOND,
    ),
    ("knot|knots", Ascii, Any, &KNOT),
    ("kts|kn", Exact, Any, &KNOT),
    ("Mach", Exact, Any, &MACH),
];
