//! Quantity extraction: finds every quantity in English prose and normalises it to SI.
//!
//! ```
//! let found = numfact::quantity::extract("a range of 1,500 to 2,000 km");
//! assert_eq!(found[0].text, "1,500 to 2,000 km");
//! assert_eq!(found[0].si.high, 2_000_000.0);
//! ```

mod context;
pub mod display;
mod grammar;
mod lexical;
mod lexicon;
mod model;
mod numeral;
mod scan;
pub mod units;

pub use model::{Dimension, Kind, Qualifier, Quantity, SiInterval};

use crate::text::Locator;
use grammar::{Measure, Parsed};
use std::borrow::Cow;

/// Finds every quantity in `text`, in order of position.
pub fn extract(text: &str) -> Vec<Quantity> {
    extract_prose(text, text)
}

/// Finds the quantities of `text` reading only its prose: `prose` is `text` with everything
/// that is not prose (code, markup, URLs) masked — each such byte replaced by
/// [`MASK_BYTE`], line breaks kept — so offsets, lines and columns stay those of `text`.
/// When `prose` is not such a mask of `text` (another length), `text` itself is read.
pub fn extract_prose(text: &str, prose: &str) -> Vec<Quantity> {
    let prose = if prose.len() == text.len() {
        prose
    } else {
        text
    };
    let mut locator = Locator::new(text);
    let mut quantities = Vec::new();
    scan::scan(prose, |parsed| {
        if text.is_char_boundary(parsed.start) && text.is_char_boundary(parsed.end) {
            quantities.push(to_quantity(text, &parsed, &mut locator));
        }
    });
    quantities
}

pub use crate::text::MASK_BYTE;

fn to_quantity(text: &str, parsed: &Parsed<'_>, locator: &mut Locator<'_>) -> Quantity {
    let (line, column) = locator.locate(parsed.start);
    let (unit, dimension, si_unit, si_low, si_high) = match parsed.measure {
        Measure::Unit(unit) => {
            let convert = |v| {
                tidy(if parsed.difference {
                    unit.difference_to_si(v)
                } else {
                    unit.to_si(v)
                })
            };
            let low = convert(parsed.low);
            let high = if parsed.high == parsed.low {
                low
            } else {
                convert(parsed.high)
            };
            (
                Cow::Borrowed(unit.symbol),
                unit.dimension,
                Cow::Borrowed(unit.si_symbol),
                low,
                high,
            )
        }
        Measure::Noun(noun) => {
            let noun: Cow<'static, str> = Cow::Owned(noun.to_string());
            (
                noun.clone(),
                Dimension::Count,
                noun,
                parsed.low,
                parsed.high,
            )
        }
        Measure::Bare => (
            Cow::Borrowed(""),
            Dimension::Count,
            Cow::Borrowed(""),
            parsed.low,
            parsed.high,
        ),
    };
    Quantity {
        text: text[parsed.start..parsed.end].to_string(),
        start: parsed.start,
        end: parsed.end,
        line,
        column,
        kind: parsed.kind,
        qualifier: parsed.qualifier,
        low: parsed.low,
        high: parsed.high,
        unit,
        dimension,
        si: SiInterval {
            low: si_low,
            high: si_high,
            unit: si_unit,
        },
    }
}

/// Rounds away the binary noise of a unit conversion (2220.0000000000005 → 2220), keeping
/// 12 significant digits.
pub(crate) fn tidy(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() || (value.fract() == 0.0 && value.abs() < 1e12) {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    if !(-280..=280).contains(&magnitude) {
        return value;
    }
    let digits = 11 - magnitude;
    let scale = 10f64.powi(digits.abs());
    if digits >= 0 {
        (value * scale).round() / scale
    } else {
        (value / scale).round() * scale
    }
}
