//! The data model of an extracted quantity: the JSON contract of `numfact extract`.

use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// What a quantity measures. Serialised in snake case (`"length"`, `"data_rate"`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Distances and sizes; SI unit `m`.
    Length,
    /// Speeds, including Mach numbers; SI unit `m/s`.
    Velocity,
    /// Masses and weights; SI unit `kg`.
    Mass,
    /// Spans of time and ages; SI unit `s`.
    Duration,
    /// Surfaces; SI unit `m2`.
    Area,
    /// Capacities; SI unit `m3`.
    Volume,
    /// Temperatures; SI unit `K`.
    Temperature,
    /// Energies and explosive yields; SI unit `J`.
    Energy,
    /// Power; SI unit `W`.
    Power,
    /// Amounts of money; the "SI unit" is the ISO 4217 code.
    Currency,
    /// Percentages and percentage points; unit `%` or `pp`.
    Percent,
    /// Counts of things ("300 people", "a crew of four"); the unit is the noun.
    Count,
    /// Angles ("a 45-degree angle", "turned 90°"); SI unit `rad`.
    Angle,
    /// Amounts of digital information ("16 GB", "a 2 TB drive"); unit `B` (bytes).
    Data,
    /// Rates of digital information ("100 Mbps broadband"); unit `bit/s`.
    DataRate,
    /// Frequencies ("5 GHz", "98.1 MHz"); SI unit `Hz`.
    Frequency,
    /// Pressures ("990 hPa", "32 psi", "200 bar"); SI unit `Pa`.
    Pressure,
    /// Electric potential ("a 400 kV line"); SI unit `V`.
    Voltage,
    /// Electric current ("a 20 mA draw"); SI unit `A`.
    ElectricCurrent,
    /// Forces and thrust ("4,000 kN of thrust"); SI unit `N`.
    Force,
    /// Electric charge, as battery capacity ("a 4,500mAh battery"); SI unit `C`.
    ElectricCharge,
    /// Volume flow ("1.2 million barrels a day", "300 cubic metres per second"); SI unit
    /// `m3/s`.
    VolumeFlow,
    /// Fuel economy ("40 mpg", "15 km/l"); SI unit `m/m3` (metres per cubic metre of fuel).
    FuelEconomy,
}

impl Dimension {
    /// Every dimension, in declaration order.
    pub const ALL: [Dimension; 23] = [
        Dimension::Length,
        Dimension::Velocity,
        Dimension::Mass,
        Dimension::Duration,
        Dimension::Area,
        Dimension::Volume,
        Dimension::Temperature,
        Dimension::Energy,
        Dimension::Power,
        Dimension::Currency,
        Dimension::Percent,
        Dimension::Count,
        Dimension::Angle,
        Dimension::Data,
        Dimension::DataRate,
        Dimension::Frequency,
        Dimension::Pressure,
        Dimension::Voltage,
        Dimension::ElectricCurrent,
        Dimension::Force,
        Dimension::ElectricCharge,
        Dimension::VolumeFlow,
        Dimension::FuelEconomy,
    ];

    /// The dimension whose JSON name is `name`.
    pub fn from_name(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Velocity => "velocity",
            Dimension::Mass => "mass",
            Dimension::Duration => "duration",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Temperature => "temperature",
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Currency => "currency",
            Dimension::Percent => "percent",
            Dimension::Angle => "angle",
            Dimension::Data => "data",
            Dimension::DataRate => "data_rate",
            Dimension::Frequency => "frequency",
            Dimension::Pressure => "pressure",
            Dimension::Voltage => "voltage",
            Dimension::ElectricCurrent => "electric_current",
            Dimension::Force => "force",
            Dimension::ElectricCharge => "electric_charge",
            Dimension::Count => "count",
            Dimension::VolumeFlow => "volume_flow",
            Dimension::FuelEconomy => "fuel_economy",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A word that says how the stated number relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "about", "approximately", "around", "roughly", "some", "nearly", "almost", "or so".
    Approximately,
    /// "up to", "as many as", "as much as": a maximum that may be reached.
    UpTo,
    /// "at most", "no more than", "or less": a hard maximum.
    AtMost,
    /// "at least", "no less than", "or more": a minimum.
    AtLeast,
    /// "more than", "over", "exceeding", "above": an open lower bound.
    MoreThan,
    /// "less than", "under", "below", "fewer than": an open upper bound.
    LessThan,
}

impl Qualifier {
    /// The English phrase used when a quantity is written back out ("about", "up to", …).
    pub fn phrase(self) -> &'static str {
        match self {
            Qualifier::Approximately => "approximately",
            Qualifier::UpTo => "up to",
            Qualifier::AtMost => "at most",
            Qualifier::AtLeast => "at least",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "less than",
        }
    }
}

/// Whether a quantity states one number or a range of two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One number: `low == high`.
    Value,
    /// Two numbers: "1,500 to 2,000 km".
    Range,
}

/// The stated numbers converted to SI (or to the ISO code for money, `%` for percentages).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiInterval {
    /// The lower end in SI units.
    pub low: f64,
    /// The upper end in SI units.
    pub high: f64,
    /// The SI unit symbol: `m`, `m/s`, `kg`, `s`, `m2`, `m3`, `K`, `J`, `W`, an ISO 4217 code, `%`.
    pub unit: Cow<'static, str>,
}

impl Quantity {
    /// A multiplier ("fivefold", "a 12-fold rise"): a count of "fold", the factor.
    pub fn is_multiplier(&self) -> bool {
        self.dimension == Dimension::Count && self.unit == MULTIPLIER_NOUN
    }
}

/// The unit of a multiplier: "a 12-fold rise" is 12 "fold".
pub const MULTIPLIER_NOUN: &str = "fold";

/// One quantity found in a text, with its exact source span. This is the object of the
/// `extract` JSON contract, version 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The exact source slice, `source[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// One number or a range.
    pub kind: Kind,
    /// The qualifier stated with the number, if any.
    pub qualifier: Option<Qualifier>,
    /// The lower stated number, scale words applied ("1.5 million" is 1500000).
    pub low: f64,
    /// The upper stated number (equal to `low` for a single value).
    pub high: f64,
    /// The canonical unit symbol (`km`, `Mach`, `USD`, `%`), or the counted noun.
    pub unit: Cow<'static, str>,
    /// What the quantity measures.
    pub dimension: Dimension,
    /// The stated numbers in SI.
    pub si: SiInterval,
    /// A vague magnitude ("hundreds of homes", "tens of thousands of fans"): `low` and `high`
    /// are the interval it is read as, not figures the text states, so it is never checked.
    /// Serialised only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
}
