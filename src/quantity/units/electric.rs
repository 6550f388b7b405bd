//! Electricity: voltage, current and charge (battery capacity).
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Spaced};
use super::Spellings;

uom_unit!(
    MILLIVOLT,
    "mV",
    Voltage,
    ElectricPotential,
    electric_potential::millivolt,
    volt,
    "V"
);

uom_unit!(
    VOLT,
    "V",
    Voltage,
    ElectricPotential,
    electric_potential::volt,
    volt,
    "V"
);

uom_unit!(
    KILOVOLT,
    "kV",
    Voltage,
    ElectricPotential,
    electric_potential::kilovolt,
    volt,
    "V"
);

uom_unit!(
    MEGAVOLT,
    "MV",
    Voltage,
    ElectricPotential,
    electric_potential::megavolt,
    volt,
    "V"
);

uom_unit!(
    MILLIAMPERE,
    "mA",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::milliampere,
    ampere,
    "A"
);

uom_unit!(
    AMPERE,
    "A",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::ampere,
    ampere,
    "A"
);

uom_unit!(
    KILOAMPERE,
    "kA",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::kiloampere,
    ampere,
    "A"
);

uom_unit!(
    MILLIAMPERE_HOUR,
    "mAh",
    ElectricCharge,
    ElectricCharge,
    electric_charge::milliampere_hour,
    coulomb,
    "C"
);

uom_unit!(
    AMPERE_HOUR,
    "Ah",
    ElectricCharge,
    ElectricCharge,
    electric_charge::ampere_hour,
    coulomb,
    "C"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("mV", Exact, Any, &MILLIVOLT),
    ("millivolt|millivolts", Ascii, Any, &MILLIVOLT),
    ("V", Exact, Any, &VOLT),
    ("volt|volts", Ascii, Any, &VOLT),
    ("kV", Exact, Any, &KILOVOLT),
    ("kilovolt|kilovolts", Ascii, Any, &KILOVOLT),
    ("megavolt|megavolts", Ascii, Any, &MEGAVOLT),
    ("mA", Exact, Any, &MILLIAMPERE),
    (
        "milliamp|milliamps|milliampere|milliamperes",
        Ascii,
        Any,
        &MILLIAMPERE,
    ),
    ("amp|amps|ampere|amperes", Ascii, Any, &AMPERE),
    ("kA", Exact, Any, &KILOAMPERE),
    (
        "kiloamp|kiloamps|kiloampere|kiloamperes",
        Ascii,
        Any,
        &KILOAMPERE,
    ),
    // electric charge, as battery capacity
    ("mAh", Exact, Any, &MILLIAMPERE_HOUR),
    (
        "milliamp-hour|milliamp-hours|milliampere-hour|milliampere-hours|milliamp hours",
        Ascii,
        Any,
        &MILLIAMPERE_HOUR,
    ),
    ("Ah", Exact, Spaced, &AMPERE_HOUR),
    (
        "amp-hour|amp-hours|ampere-hour|ampere-hours|amp hours",
        Ascii,
        Any,
        &AMPERE_HOUR,
    ),
];
