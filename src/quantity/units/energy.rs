//! Energy: joules, watt-hours, electronvolts, calories and explosive yield.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::{Dimension, Spellings, Unit, q};

uom_unit!(JOULE, "J", Energy, Energy, energy::joule, joule, "J");

uom_unit!(
    KILOJOULE,
    "kJ",
    Energy,
    Energy,
    energy::kilojoule,
    joule,
    "J"
);

uom_unit!(
    MEGAJOULE,
    "MJ",
    Energy,
    Energy,
    energy::megajoule,
    joule,
    "J"
);

uom_unit!(
    GIGAJOULE,
    "GJ",
    Energy,
    Energy,
    energy::gigajoule,
    joule,
    "J"
);

uom_unit!(
    KILOWATT_HOUR,
    "kWh",
    Energy,
    Energy,
    energy::kilowatt_hour,
    joule,
    "J"
);

uom_unit!(
    MEGAWATT_HOUR,
    "MWh",
    Energy,
    Energy,
    energy::megawatt_hour,
    joule,
    "J"
);

uom_unit!(
    GIGAWATT_HOUR,
    "GWh",
    Energy,
    Energy,
    energy::gigawatt_hour,
    joule,
    "J"
);

uom_unit!(
    TERAWATT_HOUR,
    "TWh",
    Energy,
    Energy,
    energy::terawatt_hour,
    joule,
    "J"
);

uom_unit!(
    ELECTRONVOLT,
    "eV",
    Energy,
    Energy,
    energy::electronvolt,
    joule,
    "J"
);

uom_unit!(
    KILOELECTRONVOLT,
    "keV",
    Energy,
    Energy,
    energy::kiloelectronvolt,
    joule,
    "J"
);

uom_unit!(
    MEGAELECTRONVOLT,
    "MeV",
    Energy,
    Energy,
    energy::megaelectronvolt,
    joule,
    "J"
);

uom_unit!(
    GIGAELECTRONVOLT,
    "GeV",
    Energy,
    Energy,
    energy::gigaelectronvolt,
    joule,
    "J"
);

uom_unit!(
    TERAELECTRONVOLT,
    "TeV",
    Energy,
    Energy,
    energy::teraelectronvolt,
    joule,
    "J"
);

uom_unit!(
    KILOCALORIE,
    "kcal",
    Energy,
    Energy,
    energy::kilocalorie,
    joule,
    "J"
);

/// A kiloton of TNT (explosive yield).
pub static KILOTON_TNT: Unit = Unit {
    symbol: "kt",
    dimension: Dimension::Energy,
    si_symbol: "J",
    convert: |v| {
        q::Energy::new::<uom::si::energy::ton_tnt>(v * 1e3).get::<uom::si::energy::joule>()
    },
};

/// A megaton of TNT (explosive yield).
pub static MEGATON_TNT: Unit = Unit {
    symbol: "Mt",
    dimension: Dimension::Energy,
    si_symbol: "J",
    convert: |v| {
        q::Energy::new::<uom::si::energy::ton_tnt>(v * 1e6).get::<uom::si::energy::joule>()
    },
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    ("J", Exact, Any, &JOULE),
    ("joule|joules", Ascii, Any, &JOULE),
    ("kJ", Exact, Any, &KILOJOULE),
    ("kilojoule|kilojoules", Ascii, Any, &KILOJOULE),
    ("MJ", Exact, Any, &MEGAJOULE),
    ("megajoule|megajoules", Ascii, Any, &MEGAJOULE),
    ("GJ", Exact, Any, &GIGAJOULE),
    ("gigajoule|gigajoules", Ascii, Any, &GIGAJOULE),
    ("kWh", Exact, Any, &KILOWATT_HOUR),
    (
        "kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours",
        Ascii,
        Any,
        &KILOWATT_HOUR,
    ),
    ("MWh", Exact, Any, &MEGAWATT_HOUR),
    (
        "megawatt-hour|megawatt-hours|megawatt hour|megawatt hours",
        Ascii,
        Any,
        &MEGAWATT_HOUR,
    ),
    ("GWh", Exact, Any, &GIGAWATT_HOUR),
    (
        "gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours",
        Ascii,
        Any,
        &GIGAWATT_HOUR,
    ),
    ("TWh", Exact, Any, &TERAWATT_HOUR),
    (
        "terawatt-hour|terawatt-hours|terawatt hour|terawatt hours",
        Ascii,
        Any,
        &TERAWATT_HOUR,
    ),
    ("eV", Exact, Any, &ELECTRONVOLT),
    (
        "electronvolt|electronvolts|electron-volt|electron-volts",
        Ascii,
        Any,
        &ELECTRONVOLT,
    ),
    ("keV", Exact, Any, &KILOELECTRONVOLT),
    (
        "kiloelectronvolt|kiloelectronvolts|kiloelectron-volt|kiloelectron-volts",
        Ascii,
        Any,
        &KILOELECTRONVOLT,
    ),
    ("MeV", Exact, Any, &MEGAELECTRONVOLT),
    (
        "megaelectronvolt|megaelectronvolts|megaelectron-volt|megaelectron-volts",
        Ascii,
        Any,
        &MEGAELECTRONVOLT,
    ),
    ("GeV", Exact, Any, &GIGAELECTRONVOLT),
    (
        "gigaelectronvolt|gigaelectronvolts|gigaelectron-volt|gigaelectron-volts",
        Ascii,
        Any,
        &GIGAELECTRONVOLT,
    ),
    ("TeV", Exact, Any, &TERAELECTRONVOLT),
    (
        "teraelectronvolt|teraelectronvolts|teraelectron-volt|teraelectron-volts",
        Ascii,
        Any,
        &TERAELECTRONVOLT,
    ),
    (
        "kcal|calorie|calories|kilocalorie|kilocalories",
        Ascii,
        Any,
        &KILOCALORIE,
    ),
    ("kt", Exact, Any, &KILOTON_TNT),
    (
        "kiloton|kilotons|kilotonne|kilotonnes|kilotons of TNT|kilotonnes of TNT|kiloton of TNT",
        Ascii,
        Any,
        &KILOTON_TNT,
    ),
    ("Mt", Exact, Any, &MEGATON_TNT),
    (
        "megaton|megatons|megatonne|megatonnes|megatons of TNT|megatonnes of TNT|megaton of TNT",
        Ascii,
        Any,
        &MEGATON_TNT,
    ),
];
