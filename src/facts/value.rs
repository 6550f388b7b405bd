//! Fact values and tolerances, written as prose ("1500..2000 km", "Mach 10", "<= 2.83 Mach",
//! "5%", "10 km") and read by the same grammar as articles.

use crate::quantity::display::readable_number;
use crate::quantity::{Dimension, Kind, Qualifier, Quantity, extract};

/// How a fact's interval is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The true value lies in `[low, high]`.
    Within,
    /// `high` is a maximum ("<= 2.83 Mach", "up to 920 km/h"): any value up to it is consistent.
    Maximum,
    /// `low` is a minimum (">= 10 km").
    Minimum,
}

/// A fact's value in SI, with how it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct FactValue {
    /// Lower end in SI.
    pub low: f64,
    /// Upper end in SI.
    pub high: f64,
    /// The SI unit (or ISO code, or counted noun).
    pub si_unit: String,
    /// What it measures.
    pub dimension: Dimension,
    /// Within, maximum or minimum.
    pub bound: Bound,
    /// True when the value was written with "about": it then gets the approximation allowance
    /// unless a tolerance is given.
    pub approximate: bool,
    /// The quantity the value string was read as (stated numbers and unit, for messages).
    pub quantity: Quantity,
}

impl FactValue {
    /// The value as the fact file states it, in words: "1,500–2,000 km", "at most Mach 2.83".
    pub fn describe(&self) -> String {
        let q = &self.quantity;
        let number = readable_number;
        let numbers = if q.low == q.high {
            number(q.low)
        } else {
            format!("{}–{}", number(q.low), number(q.high))
        };
        let amount = match q.unit.as_ref() {
            "Mach" => format!("Mach {numbers}"),
            "" => numbers,
            unit => format!("{numbers} {unit}"),
        };
        match self.bound {
            Bound::Within if self.approximate => format!("about {amount}"),
            Bound::Within => amount,
            Bound::Maximum => format!("at most {amount}"),
            Bound::Minimum => format!("at least {amount}"),
        }
    }
}

/// How far a claim may stray from a fact and still agree with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// A fraction of the value: "5%" is 0.05.
    Relative(f64),
    /// An absolute amount in SI units: "10 km" is 10000.
    Absolute(f64),
}

impl Tolerance {
    /// The amount to widen `value` by on each side.
    pub fn amount(self, value: f64) -> f64 {
        match self {
            Tolerance::Relative(fraction) => value.abs() * fraction,
            Tolerance::Absolute(amount) => amount,
        }
    }
}

/// Reads one quantity that must make up the whole of `text`. ".." between two numbers is
/// read as a range ("1500..2000 km").
fn whole_quantity(text: &str) -> Result<Quantity, String> {
    let prose = group_integers(&text.trim().replace("..", " to "));
    let found = extract(&prose);
    match found.as_slice() {
        [only] if only.start == 0 && only.end == prose.len() => Ok(only.clone()),
        [] => Err(format!(
            "cannot read {text:?} as a quantity (e.g. \"2000 km\", \"1500..2000 km\", \"Mach 10\", \"<= 2.83 Mach\")"
        )),
        _ => Err(format!(
            "{text:?} must be exactly one quantity, such as \"1500..2000 km\""
        )),
    }
}

/// `text` with thousands separators in every plain integer of four or more digits ("2000
/// troops" → "2,000 troops"). A value is not prose: the prose grammar's reading of "2000" as a
/// year, or "1500" as a clock time, does not apply to it. Decimals, grouped numbers and
/// numbers with a leading zero are left as they are.
fn group_integers(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            let next = text[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&text[i..i + next]);
            i += next;
            continue;
        }
        let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let joined_before = i > 0 && matches!(bytes[i - 1], b'.' | b',' | b'e' | b'E');
        let joined_after = matches!(bytes.get(end), Some(b'.' | b',' | b'e' | b'E'))
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        let run = &text[i..end];
        if run.len() >= 4 && bytes[i] != b'0' && !joined_before && !joined_after {
            for (k, digit) in run.chars().enumerate() {
                if k > 0 && (run.len() - k) % 3 == 0 {
                    out.push(',');
                }
                out.push(digit);
            }
        } else {
            out.push_str(run);
        }
        i = end;
    }
    out
}

/// Parses a fact's value string.
pub fn parse_value(text: &str) -> Result<FactValue, String> {
    whole_quantity(text).map(value_of)
}

/// Reads the values of one fact file, remembering how each shape of value reads: a value
/// that is one plain number and words ("643,801 sq km", "$3.655 trillion", "about 200,000
/// troops") reads like the same words after "1", scaled, so the grammar runs once per
/// shape instead of once per value. Anything else goes through [`parse_value`].
#[derive(Debug, Default)]
pub struct ValueReader {
    /// For each shape ("$1 trillion"), the quantity "1" reads as, if it is a plain scaled
    /// single number, and its unit.
    shapes: std::collections::HashMap<String, Option<Shape>>,
}

/// How one shape of value reads: the quantity of "1", and the unit that converts it.
#[derive(Debug, Clone)]
struct Shape {
    one: Quantity,
    unit: Option<&'static crate::quantity::units::Unit>,
}

impl ValueReader {
    /// Reads `text` as [`parse_value`] does.
    pub fn read(&mut self, text: &str) -> Result<FactValue, String> {
        let Some((number, shape)) = plain_number_shape(text.trim()) else {
            return parse_value(text);
        };
        let template = self.shapes.entry(shape).or_insert_with_key(|shape| {
            whole_quantity(shape)
                .ok()
                .filter(|q| {
                    q.kind == Kind::Value
                        && q.dimension != Dimension::Temperature
                        && q.low != 0.0
                        && q.low == q.high
                })
                .map(|one| Shape {
                    unit: crate::quantity::units::by_symbol(&one.unit),
                    one,
                })
        });
        let Some(Shape { one, unit }) = template.as_ref() else {
            return parse_value(text);
        };
        let mut quantity = one.clone();
        let trimmed = text.trim();
        quantity.text = trimmed.to_string();
        quantity.end = trimmed.len();
        quantity.low *= number;
        quantity.high = quantity.low;
        // Converted as the grammar converts, so the SI value is the same to the last bit.
        quantity.si.low = match unit {
            Some(unit) => crate::quantity::tidy(unit.to_si(quantity.low)),
            None => quantity.si.low * number,
        };
        quantity.si.high = quantity.si.low;
        Ok(value_of(quantity))
    }
}

/// A value that is one plain number (digits, thousands commas, a decimal part) among words
/// with no other digit: the number, and the value with it written as "1".
fn plain_number_shape(text: &str) -> Option<(f64, String)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits = text[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(text.len(), |n| start + n);
    let written = &text[start..digits];
    let rest = &text[digits..];
    let before = &text[..start];
    let clean = |s: &str| !s.contains(|c: char| c.is_ascii_digit() || c == '.');
    if !clean(before) || !clean(rest) || written.ends_with([',', '.']) || before.ends_with('-') {
        return None;
    }
    // Commas only as thousands separators: "643,801", not "1,1,1".
    let (integer, fraction) = written.split_once('.').unwrap_or((written, ""));
    let groups: Vec<&str> = integer.split(',').collect();
    let grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped || fraction.contains(',') || (integer.len() > 1 && integer.starts_with('0')) {
        return None;
    }
    let number: f64 = written.replace(',', "").parse().ok()?;
    Some((number, format!("{before}1{rest}")))
}

/// A fact value from the quantity its text reads as.
fn value_of(quantity: Quantity) -> FactValue {
    let bound = match quantity.qualifier {
        Some(Qualifier::AtMost | Qualifier::UpTo | Qualifier::LessThan) => Bound::Maximum,
        Some(Qualifier::AtLeast | Qualifier::MoreThan) => Bound::Minimum,
        Some(Qualifier::Approximately) | None => Bound::Within,
    };
    FactValue {
        low: quantity.si.low,
        high: quantity.si.high,
        si_unit: quantity.si.unit.to_string(),
        dimension: quantity.dimension,
        bound,
        approximate: quantity.qualifier == Some(Qualifier::Approximately),
        quantity,
    }
}

/// Parses a tolerance for `value`: a percentage ("5%") or an amount in a unit ("10 km") that
/// must measure the value's dimension. An amount is a difference, so "2 °C" is 2 K. A
/// percentage is relative ("5%" of the value); the absolute tolerance of a percentage is
/// written in percentage points ("0.3 percentage points"). Negative tolerances, percentages
/// over 100 and amounts larger than a non-zero value itself are refused (they make the fact
/// say nothing), except for percentages, whose values may be near zero.
pub fn parse_tolerance(text: &str, value: &FactValue) -> Result<Tolerance, String> {
    let dimension = value.dimension;
    let quantity = whole_quantity(text)?;
    if quantity.kind == Kind::Range || quantity.qualifier.is_some() {
        return Err(format!(
            "a tolerance is one number, like \"5%\" or \"10 km\", not {text:?}"
        ));
    }
    if quantity.low < 0.0 {
        return Err(format!("a tolerance cannot be negative: {text:?}"));
    }
    match quantity.dimension {
        Dimension::Percent if quantity.unit == "%" => {
            if quantity.low > 100.0 {
                return Err(format!(
                    "a tolerance over 100% makes the fact say nothing: {text:?}"
                ));
            }
            Ok(Tolerance::Relative(quantity.low / 100.0))
        }
        found if found == dimension && quantity.si.unit != value.si_unit => Err(format!(
            "tolerance {text:?} is in {}, but the fact's value is in {}",
            quantity.si.unit, value.si_unit
        )),
        found if found == dimension => {
            // Both as differences in SI: "2 °C" on "-5 °C" is 2 K against 5 K, not 275 K.
            let as_difference = |q: &Quantity| {
                let stated = q.low.abs().max(q.high.abs());
                crate::quantity::units::by_symbol(&q.unit)
                    .map_or(q.si.low.abs().max(q.si.high.abs()), |unit| {
                        unit.difference_to_si(stated)
                    })
            };
            let amount = as_difference(&quantity);
            let magnitude = as_difference(&value.quantity);
            // A rate near zero may well be less than its margin ("0.2% ± 0.3 percentage
            // points"); elsewhere such a tolerance is a typo.
            let may_exceed = dimension == Dimension::Percent;
            if magnitude > 0.0 && amount > magnitude && !may_exceed {
                return Err(format!(
                    "a tolerance larger than the value itself makes the fact say nothing: {text:?} on {:?}",
                    value.quantity.text
                ));
            }
            Ok(Tolerance::Absolute(amount))
        }
        found => Err(format!(
            "tolerance {text:?} measures {found}, but the fact's value measures {dimension}"
        )),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn percentage_point_tolerances_may_exceed_a_small_rate() {
        let growth = parse_value("0.2%").expect("a rate");
        assert_eq!(
            parse_tolerance("0.3 percentage points", &growth),
            Ok(Tolerance::Absolute(0.3))
        );
        assert_eq!(
            parse_tolerance("5%", &growth),
            Ok(Tolerance::Relative(0.05))
        );
        let length = parse_value("2 km").expect("a length");
        assert!(parse_tolerance("3 km", &length).is_err());
    }

    #[test]
    fn values_have_no_years() {
        assert_eq!(group_integers("2000 troops"), "2,000 troops");
        assert_eq!(group_integers("1500 to 20000 km"), "1,500 to 20,000 km");
        assert_eq!(
            group_integers("2.8300 Mach, 1,500 m, 0800 t, 1e1000"),
            "2.8300 Mach, 1,500 m, 0800 t, 1e1000"
        );
        let troops = parse_value("2000 troops").expect("a count");
        assert_eq!(troops.low, 2000.0);
        assert_eq!(
            parse_value("1500..2000 km").expect("a range").high,
            2_000_000.0
        );
    }

    use super::*;

    #[test]
    fn values_read_as_prose() {
        let v = parse_value("1500..2000 km").expect("range");
        assert_eq!(
            (v.low, v.high, v.bound),
            (1_500_000.0, 2_000_000.0, Bound::Within)
        );
        let v = parse_value("<= 2.83 Mach").expect("maximum");
        assert_eq!(v.bound, Bound::Maximum);
        assert!((v.high - 2.83 * 340.294).abs() < 1e-6);
        assert!(parse_value("fast").is_err());
    }

    #[test]
    fn tolerances() {
        let hundred_km = parse_value("100 km").expect("value");
        assert_eq!(
            parse_tolerance("5%", &hundred_km),
            Ok(Tolerance::Relative(0.05))
        );
        assert_eq!(
            parse_tolerance("10 km", &hundred_km),
            Ok(Tolerance::Absolute(10_000.0))
        );
        assert!(parse_tolerance("10 kg", &hundred_km).is_err());
        assert!(parse_tolerance("-5%", &hundred_km).is_err());
        assert!(parse_tolerance("500%", &hundred_km).is_err());
        assert!(parse_tolerance("5,000 km", &hundred_km).is_err());
    }

    #[test]
    fn temperature_tolerances_are_differences() {
        let boiling = parse_value("100 °C").expect("value");
        let Ok(Tolerance::Absolute(kelvin)) = parse_tolerance("2 °C", &boiling) else {
            panic!("2 °C is a tolerance");
        };
        assert!((kelvin - 2.0).abs() < 1e-9);
        let frost = parse_value("-5 °C").expect("value");
        assert!(parse_tolerance("200 °C", &frost).is_err());
    }

    #[test]
    fn a_tolerance_in_another_currency_is_an_error() {
        let price = parse_value("100 EUR").expect("value");
        assert!(parse_tolerance("50 USD", &price).is_err());
        assert!(parse_tolerance("5 EUR", &price).is_ok());
    }
}
