//! Mass: metric and avoirdupois units of weight.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached, MeasureEnd, Unscaled};
use super::Spellings;

uom_unit!(MILLIGRAM, "mg", Mass, Mass, mass::milligram, kilogram, "kg");

uom_unit!(GRAM, "g", Mass, Mass, mass::gram, kilogram, "kg");

uom_unit!(KILOGRAM, "kg", Mass, Mass, mass::kilogram, kilogram, "kg");

uom_unit!(TONNE, "t", Mass, Mass, mass::ton, kilogram, "kg");

exact_unit!(
    SHORT_TON,
    "ton",
    Mass,
    Mass,
    mass::kilogram,
    907.184_74,
    "kg"
);

exact_unit!(POUND, "lb", Mass, Mass, mass::kilogram, 0.453_592_37, "kg");

exact_unit!(
    OUNCE,
    "oz",
    Mass,
    Mass,
    mass::kilogram,
    0.028_349_523_125,
    "kg"
);

// The stone of British and Irish weights of people: 14 pounds.
exact_unit!(STONE, "st", Mass, Mass, mass::kilogram, 6.350_293_18, "kg");

uom_unit!(MICROGRAM, "µg", Mass, Mass, mass::microgram, kilogram, "kg");

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("mg", Exact, Any, &MILLIGRAM),
    (
        "milligram|milligrams|milligramme|milligrammes",
        Ascii,
        Any,
        &MILLIGRAM,
    ),
    ("g", Exact, Any, &GRAM),
    ("gram|grams|gramme|grammes", Ascii, Any, &GRAM),
    ("kg|kgs", Exact, Any, &KILOGRAM),
    (
        "kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos",
        Ascii,
        Any,
        &KILOGRAM,
    ),
    ("t", Exact, Any, &TONNE),
    (
        "tonne|tonnes|metric ton|metric tons|metric tonne|metric tonnes",
        Ascii,
        Any,
        &TONNE,
    ),
    ("ton|tons|short ton|short tons", Ascii, Any, &SHORT_TON),
    ("lb|lbs", Exact, Any, &POUND),
    ("pound|pounds", Ascii, Unscaled, &POUND),
    ("oz", Exact, Any, &OUNCE),
    // "14st", and "14 stone" where no noun follows that it would describe ("20 stone
    // cottages"); "stones" are pebbles.
    ("st", Exact, Attached, &STONE),
    ("stone", Ascii, MeasureEnd, &STONE),
    ("ounce|ounces", Ascii, Any, &OUNCE),
    ("µg|μg|mcg", Exact, Any, &MICROGRAM),
    (
        "microgram|micrograms|microgramme|microgrammes",
        Ascii,
        Any,
        &MICROGRAM,
    ),
];
