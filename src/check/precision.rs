//! Implied precision: the interval a number's writer meant by the digits they wrote.
//!
//! "123 million" is 122.5–123.5 million and "2.7 m" is 2.65–2.75 m: half a unit of the last
//! digit written, either way. A round integer is read as a reader reads it: "2,000 km" is
//! not 1,999.5–2,000.5 km but "about 2,000", to the last digit that is not a zero, and at most
//! 5% either way (so "2,000" is 1,900–2,100, "300" is 285–315, "120 million" is 115–125
//! million). A number written in words ("seven", "two million") is read the same way from its
//! value, and a count written to the unit ("a crew of six") is exact.

use crate::quantity::{Dimension, Quantity, units};

/// The widest a round integer is read: 5% either way.
const ROUND_SHARE: f64 = 0.05;

/// How far, in SI, the writer's rounding lets the true value lie below the stated lower
/// number and above the stated upper one.
pub fn implied_half_widths(q: &Quantity) -> (f64, f64) {
    let numerals = written_numerals(&q.text);
    let for_value = |stated: f64, written: Option<&Numeral>| -> f64 {
        let numeral = written
            .copied()
            .unwrap_or_else(|| Numeral::of_value(stated));
        // A count written to the unit is exact: "a crew of six" is six, not 5.5–6.5.
        let exact_count = q.dimension == Dimension::Count
            && numeral.decimals == 0
            && numeral.trailing_zeros == 0
            && numeral.scale_to(stated) == Some(1.0);
        if exact_count {
            0.0
        } else {
            to_si(q, numeral.half_width(stated))
        }
    };
    let low_numeral = numerals.iter().find(|n| n.scale_to(q.low).is_some());
    let high_numeral = numerals.iter().rev().find(|n| n.scale_to(q.high).is_some());
    (
        for_value(q.low, low_numeral),
        for_value(q.high, high_numeral),
    )
}

/// A half-width stated in the claim's unit, in SI (a difference: 1 °C is 1 K).
fn to_si(q: &Quantity, half: f64) -> f64 {
    if let Some(unit) = units::by_symbol(&q.unit) {
        return unit.difference_to_si(half).abs();
    }
    let ratio = if q.low != 0.0 { q.si.low / q.low } else { 1.0 };
    if ratio.is_finite() {
        (half * ratio).abs()
    } else {
        0.0
    }
}

/// A number as written in digits: its value (separators dropped), how many decimals it has,
/// and how many zeros end its integer part when it has none.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Numeral {
    value: f64,
    decimals: i32,
    trailing_zeros: i32,
}

impl Numeral {
    /// The numeral a number written in words has ("two million" is 2000000).
    fn of_value(value: f64) -> Numeral {
        let mut trailing_zeros = 0;
        let integer = value.abs();
        if integer.fract() == 0.0 && (1.0..1e18).contains(&integer) {
            let mut rest = integer as u64;
            while rest % 10 == 0 {
                rest /= 10;
                trailing_zeros += 1;
            }
        }
        Numeral {
            value,
            decimals: if value.fract() == 0.0 { 0 } else { 1 },
            trailing_zeros,
        }
    }

    /// The power of ten a scale word multiplied this numeral by to give `stated` ("123
    /// million": 1e6), if it is that number.
    fn scale_to(&self, stated: f64) -> Option<f64> {
        if self.value == 0.0 {
            return (stated == 0.0).then_some(1.0);
        }
        let ratio = stated / self.value;
        let exponent = ratio.abs().log10().round();
        let power = 10f64.powf(exponent);
        let close = (ratio.abs() - power).abs() <= power * 1e-9;
        (ratio > 0.0 && close && (0.0..=15.0).contains(&exponent)).then_some(power)
    }

    /// Half the step of the last digit written, for the number `stated` this numeral
    /// (scaled) gives.
    fn half_width(&self, stated: f64) -> f64 {
        let scale = self.scale_to(stated).unwrap_or(1.0);
        let digit = scale * 10f64.powi(-self.decimals);
        if self.decimals == 0 && self.trailing_zeros > 0 {
            let round = scale * 10f64.powi(self.trailing_zeros) / 2.0;
            round.min(stated.abs() * ROUND_SHARE).max(digit / 2.0)
        } else {
            digit / 2.0
        }
    }
}

/// The numbers written in digits in `text`, in order ("1,500 to 2,000 km": 1500, 2000).
fn written_numerals(text: &str) -> Vec<Numeral> {
    let bytes = text.as_bytes();
    let mut numerals = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let written = &text[start..i];
        let (integer, fraction) = match written.rfind('.') {
            Some(dot) => (&written[..dot], &written[dot + 1..]),
            None => (written, ""),
        };
        let digits: String = integer.chars().filter(char::is_ascii_digit).collect();
        let Ok(value) = format!("{digits}.{fraction}0")
            .replace(',', "")
            .parse::<f64>()
        else {
            continue;
        };
        let trailing_zeros = if fraction.is_empty() && !digits.trim_start_matches('0').is_empty() {
            digits.len() - digits.trim_end_matches('0').len()
        } else {
            0
        };
        numerals.push(Numeral {
            value,
            decimals: fraction.len() as i32,
            trailing_zeros: trailing_zeros as i32,
        });
    }
    numerals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(text: &str) -> (f64, f64) {
        let found = crate::quantity::extract(text);
        let q = found.first().expect("a quantity");
        implied_half_widths(q)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn the_last_digit_written_sets_the_precision() {
        let (low, high) = widths("123 million people");
        assert!(
            close(low, 500_000.0) && close(high, 500_000.0),
            "{low} {high}"
        );
        let (low, _) = widths("2.7 m");
        assert!(close(low, 0.05), "{low}");
        let (low, _) = widths("15,134 km");
        assert!(close(low, 500.0), "{low}");
        let (low, _) = widths("$3.7 trillion");
        assert!(close(low, 0.05e12), "{low}");
    }

    #[test]
    fn round_integers_are_read_to_their_last_non_zero_digit_within_five_percent() {
        let (low, _) = widths("2,000 km");
        assert!(close(low, 100_000.0), "{low}");
        let (low, _) = widths("2,500 km");
        assert!(close(low, 50_000.0), "{low}");
        let (low, _) = widths("120 million people");
        assert!(close(low, 5_000_000.0), "{low}");
        let (low, high) = widths("1,500 to 2,000 km");
        assert!(
            close(low, 50_000.0) && close(high, 100_000.0),
            "{low} {high}"
        );
    }

    #[test]
    fn numbers_in_words_are_read_from_their_value() {
        let (low, _) = widths("seven people");
        assert!(close(low, 0.0), "{low}");
        let (low, _) = widths("two million people");
        assert!(close(low, 100_000.0), "{low}");
    }
}
