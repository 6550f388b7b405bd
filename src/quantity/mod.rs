//! Quantity extraction: finds every quantity in English prose and normalises it to SI.
//!
//! ```
//! let found = numfact::quantity::extract("a range of 1,500 to 2,000 km");
//! assert_eq!(found[0].text, "1,500 to 2,000 km");
//! assert_eq!(found[0].si.high, 2_000_000.0);
//! ```

mod context;
mod grammar;
mod lexical;
mod model;
mod numeral;
mod scan;
pub mod units;

pub use model::{Dimension, Kind, Qualifier, Quantity, SiInterval};

use crate::text::Locator;
use grammar::{Measure, Parsed};

/// Finds every quantity in `text`, in order of position.
pub fn extract(text: &str) -> Vec<Quantity> {
    let mut locator = Locator::new(text);
    let mut quantities = Vec::new();
    scan::scan(text, |parsed| {
        quantities.push(to_quantity(text, &parsed, &mut locator))
    });
    quantities
}

fn to_quantity(text: &str, parsed: &Parsed<'_>, locator: &mut Locator<'_>) -> Quantity {
    let (line, column) = locator.locate(parsed.start);
    let (unit, dimension, si_unit, si_low, si_high) = match parsed.measure {
        Measure::Unit(unit) => (
            unit.symbol.to_string(),
            unit.dimension,
            unit.si_symbol.to_string(),
            tidy(unit.to_si(parsed.low)),
            tidy(unit.to_si(parsed.high)),
        ),
        Measure::Noun(noun) => (
            noun.to_string(),
            Dimension::Count,
            noun.to_string(),
            parsed.low,
            parsed.high,
        ),
        Measure::Bare => (
            String::new(),
            Dimension::Count,
            String::new(),
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
fn tidy(value: f64) -> f64 {
    format!("{value:.11e}").parse().unwrap_or(value)
}
