//! How the peer suites' unit names map onto numfact's units.
//!
//! A suite names a unit ("Kilometer", "Mile per hour", "Canadian dollar", "Celsius"); numfact
//! reports a canonical symbol and an SI interval. An expected result is compared in SI: its value
//! is converted through every numfact unit the suite's name may stand for (a [`Reading`]), and a
//! found quantity agrees when its SI unit and SI value equal one of those readings. A suite unit
//! with no reading has no numfact counterpart, and its cases count as misses.
//!
//! Money is compared by ISO 4217 code (numfact's SI "unit" for money), so a currency numfact learns
//! later is scored without touching this table.

use numfact::quantity::units::{self, Unit};

/// One way a suite's unit can be read by numfact: a value in the suite's unit becomes an SI value.
#[derive(Debug, Clone)]
pub enum Reading {
    /// Through a numfact unit: `unit.to_si(value)` in `unit.si_symbol`.
    Unit(&'static Unit),
    /// Money in an ISO 4217 code, scaled (0.01 for cents and pence).
    Money(String, f64),
}

impl Reading {
    /// The SI (or ISO) unit a found quantity must report to agree with this reading.
    pub fn si_unit(&self) -> &str {
        match self {
            Reading::Unit(unit) => unit.si_symbol,
            Reading::Money(code, _) => code,
        }
    }

    /// A value stated in the suite's unit, converted to [`Reading::si_unit`].
    pub fn to_si(&self, value: f64) -> f64 {
        match self {
            Reading::Unit(unit) => unit.to_si(value),
            Reading::Money(_, scale) => value * scale,
        }
    }

    /// A short label for reports: the numfact symbol or the ISO code.
    pub fn label(&self) -> String {
        match self {
            Reading::Unit(unit) => unit.symbol.to_string(),
            Reading::Money(code, scale) if *scale == 1.0 => code.clone(),
            Reading::Money(code, scale) => format!("{scale}×{code}"),
        }
    }
}

use Reading::Unit as U;

/// Money in `code`, scaled by `scale` (1 for the currency itself).
fn money(code: &str, scale: f64) -> Reading {
    Reading::Money(code.to_string(), scale)
}

/// Every dollar numfact may resolve a bare "dollar" or "$" to.
fn any_dollar() -> Vec<Reading> {
    vec![
        money("USD", 1.0),
        money("CAD", 1.0),
        money("AUD", 1.0),
        money("HKD", 1.0),
        money("NZD", 1.0),
        money("SGD", 1.0),
    ]
}

/// Which table a suite's unit names are looked up in: the same name means different things in
/// different suites ("Pound" of weight or of money, "Degree" of angle or of temperature).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Recognizers-Text `DimensionModel`.
    RtDimension,
    /// Recognizers-Text `TemperatureModel`.
    RtTemperature,
    /// Recognizers-Text `AgeModel`.
    RtAge,
    /// Recognizers-Text `CurrencyModel` (units without an `isoCurrency`).
    RtCurrency,
    /// Duckling's Distance, Quantity, Temperature, Volume and Duration units.
    Duckling,
    /// Duckling's AmountOfMoney units.
    DucklingMoney,
    /// numfact's own suite: numfact unit symbols and ISO 4217 codes.
    Numfact,
}

/// The numfact readings of a suite unit name; empty when numfact has no counterpart.
pub fn readings(table: Table, name: &str) -> Vec<Reading> {
    match table {
        Table::RtDimension => rt_dimension(name),
        Table::RtTemperature => temperature(name),
        Table::RtAge => age(name),
        Table::RtCurrency => rt_currency(name),
        Table::Duckling => duckling(name),
        Table::Numfact => numfact(name),
        Table::DucklingMoney => {
            let fixed = duckling_money(name);
            if fixed.is_empty() && is_iso_code(name) {
                vec![money(name, 1.0)]
            } else {
                fixed
            }
        }
    }
}

/// The reading of a Recognizers-Text `isoCurrency` code.
pub fn iso(code: &str) -> Vec<Reading> {
    if is_iso_code(code) {
        vec![money(code, 1.0)]
    } else {
        Vec::new()
    }
}

/// The readings of a unit of numfact's own suite: the numfact unit with that symbol, or the
/// ISO 4217 code. "°" is the angle there, and plain "degrees" (numfact's `°` of temperature,
/// read as Celsius) count as "°C".
fn numfact(name: &str) -> Vec<Reading> {
    match name {
        "°" => vec![U(&units::DEGREE_OF_ANGLE)],
        "°C" => vec![U(&units::CELSIUS), U(&units::DEGREE)],
        _ => match units::by_symbol(name) {
            Some(unit) => vec![U(unit)],
            None if is_iso_code(name) => vec![money(name, 1.0)],
            None => vec![],
        },
    }
}

fn is_iso_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn rt_dimension(name: &str) -> Vec<Reading> {
    match name {
        "Millimeter" => vec![U(&units::MILLIMETRE)],
        "Centimeter" => vec![U(&units::CENTIMETRE)],
        "Meter" => vec![U(&units::METRE)],
        "Kilometer" => vec![U(&units::KILOMETRE)],
        "Inch" => vec![U(&units::INCH)],
        "Foot" => vec![U(&units::FOOT)],
        "Yard" => vec![U(&units::YARD)],
        "Mile" => vec![U(&units::MILE)],
        "Nautical mile" => vec![U(&units::NAUTICAL_MILE)],
        "Light year" => vec![U(&units::LIGHT_YEAR)],
        "Kilometer per hour" => vec![U(&units::KILOMETRE_PER_HOUR)],
        "Mile per hour" => vec![U(&units::MILE_PER_HOUR)],
        "Meter per second" => vec![U(&units::METRE_PER_SECOND)],
        "Kilometer per second" => vec![U(&units::KILOMETRE_PER_SECOND)],
        "Foot per second" => vec![U(&units::FOOT_PER_SECOND)],
        "Knot" => vec![U(&units::KNOT)],
        "Milligram" => vec![U(&units::MILLIGRAM)],
        "Gram" => vec![U(&units::GRAM)],
        "Kilogram" => vec![U(&units::KILOGRAM)],
        "Metric ton" => vec![U(&units::TONNE)],
        // Recognizers-Text resolves "tons", "tonnes" and "t" alike to "Ton".
        "Ton" => vec![U(&units::SHORT_TON), U(&units::TONNE)],
        "Pound" => vec![U(&units::POUND)],
        "Ounce" => vec![U(&units::OUNCE)],
        "Square meter" => vec![U(&units::SQUARE_METRE)],
        "Square kilometer" => vec![U(&units::SQUARE_KILOMETRE)],
        "Square mile" => vec![U(&units::SQUARE_MILE)],
        "Square foot" => vec![U(&units::SQUARE_FOOT)],
        "Hectare" => vec![U(&units::HECTARE)],
        "Acre" => vec![U(&units::ACRE)],
        "Milliliter" => vec![U(&units::MILLILITRE)],
        "Liter" => vec![U(&units::LITRE)],
        "Cubic meter" => vec![U(&units::CUBIC_METRE)],
        "Cubic foot" => vec![U(&units::CUBIC_FOOT)],
        "Gallon" => vec![U(&units::GALLON)],
        "Barrel" => vec![U(&units::BARREL)],
        "Pint" => vec![U(&units::PINT)],
        "Cup" => vec![U(&units::CUP)],
        "Decimeter" => vec![U(&units::DECIMETRE)],
        "Microgram" => vec![U(&units::MICROGRAM)],
        "Teaspoon" => vec![U(&units::TEASPOON)],
        "Tablespoon" => vec![U(&units::TABLESPOON)],
        "Degree" => vec![U(&units::DEGREE_OF_ANGLE)],
        "Radian" => vec![U(&units::RADIAN)],
        "Megabit" => vec![U(&units::MEGABIT)],
        "Megabyte" => vec![U(&units::MEGABYTE)],
        // Picometres, turns, drams and per-millisecond speeds have no numfact unit.
        _ => vec![],
    }
}

fn temperature(name: &str) -> Vec<Reading> {
    match name {
        "C" | "Celsius" => vec![U(&units::CELSIUS)],
        "F" | "Fahrenheit" => vec![U(&units::FAHRENHEIT)],
        "K" | "Kelvin" => vec![U(&units::KELVIN)],
        // "degrees" with no scale: numfact reads it as Celsius (its `°`) unless context names a
        // scale; the suite names none, so any scale numfact settles on is accepted.
        "Degree" => vec![U(&units::DEGREE), U(&units::CELSIUS), U(&units::FAHRENHEIT)],
        _ => vec![],
    }
}

fn age(name: &str) -> Vec<Reading> {
    match name {
        // "a man of age 87": the suite's unit "Age" stands for years of age.
        "Year" | "Age" => vec![U(&units::YEAR)],
        "Month" => vec![U(&units::MONTH)],
        "Week" => vec![U(&units::WEEK)],
        "Day" => vec![U(&units::DAY)],
        _ => vec![],
    }
}

fn rt_currency(name: &str) -> Vec<Reading> {
    match name {
        "Dollar" => any_dollar(),
        "Cent" => vec![money("USD", 0.01)],
        "Pound" | "British pound" => vec![money("GBP", 1.0)],
        "Pence" => vec![money("GBP", 0.01)],
        "Penny" => vec![money("GBP", 0.01), money("USD", 0.01)],
        "Euro" => vec![money("EUR", 1.0)],
        "Franc" => vec![money("CHF", 1.0), money("FRF", 1.0)],
        "Rupee" => vec![money("INR", 1.0)],
        "Finnish markka" => vec![money("FIM", 1.0)],
        "Peseta" => vec![money("ESP", 1.0)],
        "Netherlands guilder" => vec![money("NLG", 1.0)],
        "Bitcoin" => vec![money("BTC", 1.0), money("XBT", 1.0)],
        "Satoshi" => vec![money("BTC", 1e-8), money("XBT", 1e-8)],
        _ => vec![],
    }
}

fn duckling(name: &str) -> Vec<Reading> {
    match name {
        "Millimetre" => vec![U(&units::MILLIMETRE)],
        "Centimetre" => vec![U(&units::CENTIMETRE)],
        "Metre" => vec![U(&units::METRE)],
        "Kilometre" => vec![U(&units::KILOMETRE)],
        // Duckling's "M" is ambiguous between metres and miles.
        "M" => vec![U(&units::METRE), U(&units::MILE)],
        "Inch" => vec![U(&units::INCH)],
        "Foot" => vec![U(&units::FOOT)],
        "Yard" => vec![U(&units::YARD)],
        "Mile" => vec![U(&units::MILE)],
        "Milligram" => vec![U(&units::MILLIGRAM)],
        "Gram" => vec![U(&units::GRAM)],
        "Kilogram" => vec![U(&units::KILOGRAM)],
        "Pound" => vec![U(&units::POUND)],
        "Ounce" => vec![U(&units::OUNCE)],
        "Cup" => vec![U(&units::CUP)],
        "Millilitre" => vec![U(&units::MILLILITRE)],
        "Litre" => vec![U(&units::LITRE)],
        "Hectolitre" => vec![U(&units::HECTOLITRE)],
        "Gallon" => vec![U(&units::GALLON)],
        "Celsius" | "Fahrenheit" | "Degree" => temperature(name),
        "Second" => vec![U(&units::SECOND)],
        "Minute" => vec![U(&units::MINUTE)],
        "Hour" => vec![U(&units::HOUR)],
        "Day" => vec![U(&units::DAY)],
        "Week" => vec![U(&units::WEEK)],
        "Month" => vec![U(&units::MONTH)],
        "Year" => vec![U(&units::YEAR)],
        // "Quarter" (of a year) and Duckling's unnamed quantities have no numfact unit.
        _ => vec![],
    }
}

fn duckling_money(name: &str) -> Vec<Reading> {
    match name {
        "Dollar" => any_dollar(),
        "Cent" => vec![money("USD", 0.01)],
        "Pound" => vec![money("GBP", 1.0)],
        // "42 bucks": Duckling leaves the currency unnamed; any currency numfact names is accepted.
        "Unnamed" => vec![
            money("USD", 1.0),
            money("CAD", 1.0),
            money("AUD", 1.0),
            money("HKD", 1.0),
            money("NZD", 1.0),
            money("SGD", 1.0),
            money("EUR", 1.0),
            money("GBP", 1.0),
        ],
        "Dinar" => vec![
            money("KWD", 1.0),
            money("BHD", 1.0),
            money("IQD", 1.0),
            money("JOD", 1.0),
            money("LYD", 1.0),
            money("TND", 1.0),
            money("DZD", 1.0),
            money("RSD", 1.0),
        ],
        "Riyal" => vec![money("SAR", 1.0), money("QAR", 1.0), money("OMR", 1.0)],
        "Rial" => vec![money("IRR", 1.0), money("OMR", 1.0), money("YER", 1.0)],
        _ => vec![],
    }
}

/// The rows of the mapping table written into `scores.md`: suite unit names that occur in the data,
/// with what they map to ("—" for no counterpart).
pub fn describe(table: Table, name: &str, readings: &[Reading]) -> (String, String) {
    let table_name = match table {
        Table::RtDimension => "Recognizers-Text dimension",
        Table::RtTemperature => "Recognizers-Text temperature",
        Table::RtAge => "Recognizers-Text age",
        Table::RtCurrency => "Recognizers-Text currency",
        Table::Duckling => "Duckling",
        Table::DucklingMoney => "Duckling money",
        Table::Numfact => "numfact news",
    };
    let mapped = if readings.is_empty() {
        "— (no numfact unit: always a miss)".to_string()
    } else {
        readings
            .iter()
            .map(|r| format!("`{}`", r.label()))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    (format!("{table_name}: {name}"), mapped)
}
