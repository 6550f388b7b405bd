//! Verdicts by interval arithmetic: a claim is an interval (widened for "about", open for
//! "more than"), a fact is an interval widened by its tolerance; their overlap decides.

use super::Verdict;
use crate::facts::{Bound, Fact};
use crate::quantity::display::{format_number, readable_number, round_significant};
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

    /// Whether the two intervals share a point.
    pub fn overlaps(&self, other: &Interval) -> bool {
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
            // "nearly 2,000" and "almost 2,000" fall short of 2,000: they widen below only.
            let above_by = if leans_below(q) {
                above
            } else {
                widen(high).max(above)
            };
            (
                Interval {
                    low: low - widen(low).max(below),
                    high: high + above_by,
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

/// The approximations that fall short of the number they name.
const LEANING_BELOW: &[&str] = &["nearly ", "almost ", "close to ", "approaching "];

/// Whether an approximate claim falls short of its number ("nearly 2,000 km").
fn leans_below(q: &Quantity) -> bool {
    // The words before the number: "nearly 2,000 km", "population of nearly 118 million".
    let before = q
        .text
        .find(|c: char| c.is_ascii_digit())
        .map_or("", |digit| &q.text[..digit])
        .to_ascii_lowercase();
    LEANING_BELOW.iter().any(|word| {
        before.ends_with(word)
            && (before.len() == word.len() || before[..before.len() - word.len()].ends_with(' '))
    })
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
    // "about 2.8 km" for 2,737 m: the fact lies within what "about" allows.
    let approximately_holds = claim.qualifier == Some(Qualifier::Approximately) && c.contains(&f);
    if !c.overlaps(&f) {
        Verdict::Contradicted
    } else if (open && c.contains(&f))
        || (!open && (f.contains(&stated) || rounds_to_fact || approximately_holds))
    {
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

/// How far a claim lies from a fact, in plain words, in the claim's unit and at the
/// precision the claim is written with: "123 million is 3 million below the fact base's value
/// of 126 million", "4,000 km is twice the fact base's maximum of 2,000 km".
pub fn difference(
    claim: &Quantity,
    fact: &Fact,
    claim_states_maximum: bool,
    allowances: Allowances,
) -> Option<String> {
    // A count's "unit" is the noun it counts: its numbers are their own.
    let unit = match units::by_symbol(&claim.unit) {
        Some(unit) => ClaimUnit::Unit(unit),
        None if claim.dimension == crate::quantity::Dimension::Count => ClaimUnit::Count,
        None => return None,
    };
    let f = fact_interval(fact, claim_states_maximum, allowances);
    let value = &fact.value;
    let (fact_low, fact_high) = match value.bound {
        Bound::Maximum if !claim_states_maximum => (f64::NEG_INFINITY, value.high),
        Bound::Minimum => (value.low, f64::INFINITY),
        _ => (value.low, value.high),
    };
    let step = written_step(claim, &unit);
    // The fact at the claim's precision, but to at least three significant digits: "126
    // million" against "123 million", "54.1 m" against "64 metres".
    let shown_step = |si: f64| {
        let converted = unit.value_of(si);
        if converted == 0.0 || !converted.is_finite() {
            step
        } else {
            step.min(10f64.powi(converted.abs().log10().floor() as i32 - 2))
        }
    };
    let show = |si: f64| {
        let converted = unit.value_of(si);
        let rounded = round_to(converted, shown_step(si));
        // A fact that rounds to nothing at the claim's precision is shown as it is.
        let shown = if rounded == 0.0 && converted != 0.0 {
            round_significant(converted, 4)
        } else {
            rounded
        };
        unit.with_number(readable_number(shown), &claim.unit)
    };
    // The gap between the claim and the fact, in the claim's unit, at the precision the fact
    // is shown with (or finer, when that would round it to nothing), so that it is the
    // difference of the two numbers the message shows.
    let gap = |claimed: f64, fact: f64| {
        let gap = (unit.value_of(claimed) - unit.value_of(fact)).abs();
        let mut step = shown_step(fact);
        while round_to(gap, step) == 0.0 && step > gap * 1e-6 && gap > 0.0 {
            step /= 10.0;
        }
        unit.gap_with_number(readable_number(round_to(gap, step)), &claim.unit)
    };
    let stated = claim.text.trim();
    let (upper_name, lower_name) = match value.bound {
        Bound::Maximum => ("maximum", "maximum"),
        Bound::Within if value.low == value.high => ("value", "value"),
        _ => ("maximum", "minimum"),
    };
    let temperature = claim.dimension == crate::quantity::Dimension::Temperature;
    if claim.si.low > f.high && fact_high.is_finite() {
        let ratio = claim.si.low / fact_high;
        let how = match multiple_words(ratio) {
            Some(words) if !temperature => words,
            _ => format!("{} {}", gap(claim.si.low, fact_high), unit.above()),
        };
        Some(format!(
            "{stated} is {how} the fact base's {upper_name} of {}",
            show(fact_high)
        ))
    } else if claim.si.high < f.low && fact_low.is_finite() {
        let ratio = claim.si.high / fact_low;
        let how = match (0.48..=0.52).contains(&ratio) && !temperature {
            true => "half".to_string(),
            false => format!("{} {}", gap(claim.si.high, fact_low), unit.below()),
        };
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

/// The unit a claim's difference is told in.
enum ClaimUnit {
    /// A unit of measure.
    Unit(&'static units::Unit),
    /// A count of something: numbers as they are.
    Count,
}

impl ClaimUnit {
    fn value_of(&self, si: f64) -> f64 {
        match self {
            ClaimUnit::Unit(unit) => unit.from_si(si),
            ClaimUnit::Count => si,
        }
    }

    /// A number in this unit: "54.1 m", "2.15%"; a count's number alone ("4", not "4
    /// crew").
    fn with_number(&self, number: String, symbol: &str) -> String {
        match self {
            ClaimUnit::Unit(_) if symbol == "%" => format!("{number}%"),
            ClaimUnit::Unit(_) => format!("{number} {symbol}"),
            ClaimUnit::Count => number,
        }
    }

    /// A difference in this unit: as [`ClaimUnit::with_number`], but percentages differ by
    /// percentage points.
    fn gap_with_number(&self, number: String, symbol: &str) -> String {
        match self {
            ClaimUnit::Unit(_) if symbol == "%" => format!("{number} percentage points"),
            _ => self.with_number(number, symbol),
        }
    }

    /// The word for a claim above the fact: "above", "more than" for a count.
    fn above(&self) -> &'static str {
        match self {
            ClaimUnit::Unit(_) => "above",
            ClaimUnit::Count => "more than",
        }
    }

    /// The word for a claim below the fact: "below", "fewer than" for a count.
    fn below(&self) -> &'static str {
        match self {
            ClaimUnit::Unit(_) => "below",
            ClaimUnit::Count => "fewer than",
        }
    }
}

/// "twice", "3.5 times": a claim at least about twice the fact.
fn multiple_words(ratio: f64) -> Option<String> {
    if (1.95..=2.05).contains(&ratio) {
        Some("twice".into())
    } else if ratio > 2.05 {
        Some(format!(
            "{} times",
            format_number((ratio * 10.0).round() / 10.0)
        ))
    } else {
        None
    }
}

/// The place of the last digit a claim is written to, in its unit, as a power of ten: 1
/// million for "123 million", 0.1 for "2.7 m", 100 for "2,000 km" (read to 5%), 1 for a
/// count written to the unit.
fn written_step(claim: &Quantity, unit: &ClaimUnit) -> f64 {
    let (below, _) = super::precision::implied_half_widths(claim);
    let width = (unit.value_of(2.0 * below) - unit.value_of(0.0)).abs();
    if !(width.is_finite() && width > 0.0) {
        return 1.0;
    }
    10f64.powi(width.log10().floor() as i32)
}

/// `value` rounded to a multiple of `step`.
fn round_to(value: f64, step: f64) -> f64 {
    if step <= 0.0 || !step.is_finite() {
        return value;
    }
    let rounded = (value / step).round() * step;
    // Drop the floating-point noise of the multiplication ("0.30000000000000004").
    let decimals = (-step.log10().floor()).max(0.0) as i32;
    let factor = 10f64.powi(decimals.min(12));
    (rounded * factor).round() / factor
}
