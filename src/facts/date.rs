//! The date a fact was true, as a fact file writes it in `as_of`: a year, a month or a day,
//! optionally marked as an estimate ("2025", "2025-07", "2025-07-14", "2025 est.").

use std::cmp::Ordering;
use std::fmt;

/// How precisely an [`AsOf`] date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A year: "2025".
    Year,
    /// A month: "2025-07".
    Month,
    /// A day: "2025-07-14".
    Day,
}

/// A validated `as_of` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AsOf {
    /// The year.
    pub year: i32,
    /// The month (1–12), when known.
    pub month: Option<u8>,
    /// The day of the month, when known.
    pub day: Option<u8>,
    /// Whether the source calls its figure an estimate ("2025 est.").
    pub estimate: bool,
}

/// The words after a date that mark it as an estimate.
const ESTIMATE_MARKS: &[&str] = &["(est.)", "(est)", "est.", "est", "estimate", "(estimate)"];

impl AsOf {
    /// Reads `"2025"`, `"2025-07"` or `"2025-07-14"`, optionally followed by an estimate mark
    /// (`est.`, `(est.)`, `estimate`). The error says what is wrong.
    ///
    /// ```
    /// use numfact::facts::{AsOf, Precision};
    /// let date = AsOf::parse("2025-07 est.").expect("a date");
    /// assert_eq!((date.year, date.month, date.estimate), (2025, Some(7), true));
    /// assert_eq!(date.precision(), Precision::Month);
    /// assert!(AsOf::parse("2025-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<AsOf, String> {
        let text = text.trim();
        let (date, mark) = match text.split_once(char::is_whitespace) {
            Some((date, mark)) => (date, Some(mark.trim())),
            None => (text, None),
        };
        let mut parts = date.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| "a date starts with a four-digit year".to_string())?;
        let mut number = |what: &str, max: u8| -> Result<Option<u8>, String> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    let n: u8 = p.parse().map_err(|_| format!("an unreadable {what}"))?;
                    if (1..=max).contains(&n) {
                        Ok(Some(n))
                    } else {
                        Err(format!("{what} {n} does not exist"))
                    }
                }
                Some(p) => Err(format!("\"{p}\" is not a two-digit {what}")),
            }
        };
        let month = number("month", 12)?;
        let day = number("day", 31)?;
        if parts.next().is_some() {
            return Err("a date has at most a year, a month and a day".to_string());
        }
        if let (Some(month), Some(day)) = (month, day) {
            if day > days_in_month(year, month) {
                return Err(format!("{year}-{month:02} has no day {day}"));
            }
        }
        let estimate = match mark {
            None => false,
            Some(mark) if ESTIMATE_MARKS.iter().any(|m| m.eq_ignore_ascii_case(mark)) => true,
            Some(mark) => {
                return Err(format!(
                    "\"{mark}\" after the date is not an estimate mark (est.)"
                ));
            }
        };
        Ok(AsOf {
            year,
            month,
            day,
            estimate,
        })
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The key dates are ordered by: year, month, day (an unknown part counts as before every
    /// known one, so "2025" sorts before "2025-01").
    fn key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl PartialOrd for AsOf {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AsOf {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key()
            .cmp(&other.key())
            .then(self.estimate.cmp(&other.estimate))
    }
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        if self.estimate {
            write!(f, " (est.)")?;
        }
        Ok(())
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_their_precision() {
        let read = |t: &str| AsOf::parse(t).map(|d| (d.to_string(), d.precision()));
        assert_eq!(read("2025"), Ok(("2025".into(), Precision::Year)));
        assert_eq!(read("2023-09"), Ok(("2023-09".into(), Precision::Month)));
        assert_eq!(
            read(" 2024-02-29 "),
            Ok(("2024-02-29".into(), Precision::Day))
        );
        assert_eq!(
            read("2025 (est.)"),
            Ok(("2025 (est.)".into(), Precision::Year))
        );
        assert_eq!(
            read("2025-07 EST."),
            Ok(("2025-07 (est.)".into(), Precision::Month))
        );
        for bad in [
            "",
            "25",
            "2025-7",
            "2025-13",
            "2023-02-29",
            "2025-01-01-01",
            "September 2023",
            "2025 maybe",
            "2025/07",
        ] {
            assert!(AsOf::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_order_by_time() {
        let d = |t: &str| AsOf::parse(t).expect("a date");
        assert!(d("2024") < d("2024-01"));
        assert!(d("2024-01") < d("2024-01-02"));
        assert!(d("2023-12-31") < d("2024"));
    }
}
