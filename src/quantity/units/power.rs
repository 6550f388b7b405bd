//! Power: watts and horsepower.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

uom_unit!(WATT, "W", Power, Power, power::watt, watt, "W");

uom_unit!(KILOWATT, "kW", Power, Power, power::kilowatt, watt, "W");

uom_unit!(MEGAWATT, "MW", Power, Power, power::megawatt, watt, "W");

uom_unit!(GIGAWATT, "GW", Power, Power, power::gigawatt, watt, "W");

exact_unit!(
    HORSEPOWER,
    "hp",
    Power,
    Power,
    power::watt,
    745.699_871_582_270_2,
    "W"
);

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("W", Exact, Any, &WATT),
    ("watt|watts", Ascii, Any, &WATT),
    ("kW", Exact, Any, &KILOWATT),
    ("kilowatt|kilowatts", Ascii, Any, &KILOWATT),
    ("MW", Exact, Any, &MEGAWATT),
    ("megawatt|megawatts", Ascii, Any, &MEGAWATT),
    ("GW", Exact, Any, &GIGAWATT),
    ("gigawatt|gigawatts", Ascii, Any, &GIGAWATT),
    ("hp|bhp", Exact, Any, &HORSEPOWER),
    ("horsepower", Ascii, Any, &HORSEPOWER),
];
