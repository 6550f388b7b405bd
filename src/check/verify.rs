//! Verdicts by interval arithmetic: a claim is an interval (widened for "about", open for
//! "more than"), a fact is an interval widened by its tolerance; their overlap decides.

use super::Verdict;
use crate::facts::{Bound, Fact};
use crate::quantity::display::{format_number, readable_number};
use crate::quantity::{Qualifier, Quantity, units};

/// How generous comparisons are: what a project may tune in its configuration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Allowances {
    /// How far "about X" may stray from X, as a fraction (default 0.10).
    pub approximation: f64,
    /// The tolerance of a fact that states none, as a fraction (default 0: exact).
    pub default_tolerance: f64,
}

impl Default for Allowances {
    fn default() -> Self {
        Allowances {
            approximation: 0.10,
            default_tolerance: 0.0,
        }
    }
}

/// A closed or half-open interval on the real line, in SI units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower end (`-inf` when unbounded).
    pub low: f64,
    /// Upper end (`+inf` when unbounded).
    pub high: f64,
}

impl Interval {
    fn contains(&self, other: &Interval) -> bool {
        self.low <= other.low && other.high <= self.high
    }

    fn overlaps(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }
}

/// The interval a claim states, and whether it is open-ended ("more than X").
pub fn claim_interval(q: &Quantity, allowances: Allowances) -> (Interval, bool) {
    let (low, high) = (q.si.low, q.si.high);
    // The writer's rounding ("123 million" is 122.5–123.5 million); "about" widens further
    // by the approximation allowance.
    let (below, above) = super::precision::implied_half_widths(q);
    match q.qualifier {
        None => (
            Interval {
                low: low - below,
                high: high + above,
            },
            false,
        ),
        Some(Qualifier::Approximately) => {
            let widen = |v: f64| v.abs() * allowances.approximation;
            (
                Interval {
                    low: low - widen(low).max(below),
                    high: high + widen(high).max(above),
                },
                false,
            )
        }
        Some(Qualifier::UpTo | Qualifier::AtMost) => (
            Interval {
                low: high - above,
                high: high + above,
            },
            false,
        ),
        Some(Qualifier::LessThan) => (
            Interval {
                low: f64::NEG_INFINITY,
                high,
            },
            true,
        ),
        Some(Qualifier::AtLeast | Qualifier::MoreThan) => (
            Interval {
                low,
                high: f64::INFINITY,
            },
            true,
        ),
    }
}

/// The interval a fact allows: its value widened by its tolerance. A maximum allows anything
/// up to it, unless the claim itself states a maximum ("a top speed of").
pub fn fact_interval(fact: &Fact, claim_states_maximum: bool, allowances: Allowances) -> Interval {
    let value = &fact.value;
    let widen = |v: f64| match fact.tolerance {
        Some(t) => t.amount(v),
        None if value.approximate => v.abs() * allowances.approximation,
        None => v.abs() * allowances.default_tolerance,
    };
    let low = value.low - widen(value.low);
    let high = value.high + widen(value.high);
    match value.bound {
        Bound::Within => Interval { low, high },
        Bound::Maximum if claim_states_maximum => Interval { low, high },
        Bound::Maximum => Interval {
            low: f64::NEG_INFINITY,
            high,
        },
        Bound::Minimum => Interval {
            low,
            high: f64::INFINITY,
        },
    }
}

/// The verdict of a claim against a fact.
pub fn judge(
    claim: &Quantity,
    fact: &Fact,
    claim_states_maximum: bool,
    allowances: Allowances,
) -> Verdict {
    let (c, open) = claim_interval(claim, allowances);
    let f = fact_interval(fact, claim_states_maximum, allowances);
    // "about X" is supported when X itself lies within the fact: the allowance only decides
    // whether a figure outside it is still close enough to be imprecise rather than wrong.
    let stated = match claim.qualifier {
        Some(Qualifier::UpTo | Qualifier::AtMost) => Interval {
            low: claim.si.high,
            high: claim.si.high,
        },
        _ => Interval {
            low: claim.si.low,
            high: claim.si.high,
        },
    };
    // A claim is also supported when the fact, rounded at the claim's precision, is the
    // claim: "123 million" for 123,201,945.
    let (below, above) = super::precision::implied_half_widths(claim);
    let implied = Interval {
        low: stated.low - below,
        high: stated.high + above,
    };
    // A range matches a range when each end, rounded as written, is the fact's end; a single
    // number matches when the fact lies within its rounding.
    // The fact's own value, without its tolerance: "about 1.3 million" rounds 1,340,478.
    let value = Interval {
        low: fact.value.low,
        high: fact.value.high,
    };
    let rounds_to_fact = if claim.kind == crate::quantity::Kind::Range {
        (f.low - stated.low).abs() <= below && (f.high - stated.high).abs() <= above
    } else {
        implied.contains(&f) || (fact.value.bound == Bound::Within && implied.contains(&value))
    };
    if !c.overlaps(&f) {
        Verdict::Contradicted
    } else if (open && c.contains(&f)) || (!open && (f.contains(&stated) || rounds_to_fact)) {
        Verdict::Supported
    } else {
        Verdict::Imprecise
    }
}

/// Of several facts for one attribute, the one stated in the claim's own unit family (a Mach
/// claim against a Mach fact), else the first.
pub fn best_fact<'a>(claim: &Quantity, facts: &[&'a Fact]) -> Option<&'a Fact> {
    let is_mach = |unit: &str| unit == "Mach";
    facts
        .iter()
        .find(|f| is_mach(&f.value.quantity.unit) == is_mach(&claim.unit))
        .or(facts.first())
        .copied()
}

/// How far a claim lies from a fact, in plain words, in the claim's unit: "4,000 km is twice
/// the fact base's maximum of 2,000 km", "1,000 km/h is 55% below …".
pub fn difference(
    claim: &Quantity,
    fact: &Fact,
    claim_states_maximum: bool,
    allowances: Allowances,
) -> Option<String> {
    let unit = units::by_symbol(&claim.unit)?;
    let f = fact_interval(fact, claim_states_maximum, allowances);
    let value = &fact.value;
    let (fact_low, fact_high) = match value.bound {
        Bound::Maximum if !claim_states_maximum => (f64::NEG_INFINITY, value.high),
        Bound::Minimum => (value.low, f64::INFINITY),
        _ => (value.low, value.high),
    };
    let show = |si: f64| {
        format!(
            "{} {}",
            readable_number(round_sensibly(unit.from_si(si))),
            claim.unit
        )
    };
    let stated = claim.text.trim();
    let (upper_name, lower_name) = match value.bound {
        Bound::Maximum => ("maximum", "maximum"),
        Bound::Within if value.low == value.high => ("value", "value"),
        _ => ("maximum", "minimum"),
    };
    if claim.si.low > f.high && fact_high.is_finite() {
        let how = relative_words(claim.si.low / fact_high);
        Some(format!(
            "{stated} is {how} the fact base's {upper_name} of {}",
            show(fact_high)
        ))
    } else if claim.si.high < f.low && fact_low.is_finite() {
        let how = relative_words(claim.si.high / fact_low);
        Some(format!(
            "{stated} is {how} the fact base's {lower_name} of {}",
            show(fact_low)
        ))
    } else if claim.si.low < fact_low {
        Some(format!(
            "{stated} reaches below the fact base's {lower_name} of {}",
            show(fact_low)
        ))
    } else if claim.si.high > fact_high {
        Some(format!(
            "{stated} reaches above the fact base's {upper_name} of {}",
            show(fact_high)
        ))
    } else {
        None
    }
}

fn relative_words(ratio: f64) -> String {
    if (1.95..=2.05).contains(&ratio) {
        "twice".into()
    } else if ratio > 2.05 {
        format!("{} times", format_number((ratio * 10.0).round() / 10.0))
    } else if ratio > 1.0 {
        format!("{}% above", format_number(((ratio - 1.0) * 100.0).round()))
    } else if (0.48..=0.52).contains(&ratio) {
        "half".into()
    } else {
        format!("{}% below", format_number(((1.0 - ratio) * 100.0).round()))
    }
}

/// Rounds a converted value to four significant digits for display.
fn round_sensibly(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(3 - magnitude);
    (value * factor).round() / factor
}
