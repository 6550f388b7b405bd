//! Runs numfact over a suite's cases and matches what it finds against what the suite expects.

use crate::disagreements::Disagreement;
use crate::mapping::Table;
use crate::suites::{Case, Expected, Measure, QualifierRule, Scope, Shape, Suite};
use numfact::quantity::{Dimension, Kind, Qualifier, Quantity, extract};
use std::ops::Range;

/// What became of one expected result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedOutcome {
    /// Matched by the found quantity with this index.
    Matched(usize),
    /// Not found.
    Missed,
    /// Left out: a documented disagreement.
    Disagreed,
}

/// What became of one found quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundOutcome {
    /// Matched the expected result with this index.
    Matched(usize),
    /// In the suite's scope but matching nothing: a false positive.
    Spurious,
    /// Outside the suite's scope: not judged.
    OutOfScope,
    /// Left out: a documented disagreement.
    Disagreed,
}

/// One case, scored.
#[derive(Debug)]
pub struct CaseResult<'a> {
    /// The case.
    pub case: &'a Case,
    /// Everything numfact found in its input.
    pub found: Vec<Quantity>,
    /// One outcome per expected result.
    pub expected_outcomes: Vec<ExpectedOutcome>,
    /// One outcome per found quantity.
    pub found_outcomes: Vec<FoundOutcome>,
    /// The disagreements that applied.
    pub disagreements: Vec<&'a Disagreement>,
}

impl CaseResult<'_> {
    /// Whether anything in the case was missed or spurious.
    pub fn failed(&self) -> bool {
        self.expected_outcomes.contains(&ExpectedOutcome::Missed)
            || self.found_outcomes.contains(&FoundOutcome::Spurious)
    }
}

/// Counts over a suite.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Scored cases.
    pub cases: usize,
    /// Inputs not scored (see [`Suite::skipped`]).
    pub skipped: usize,
    /// Disagreements applied.
    pub disagreements: usize,
    /// Expected results scored.
    pub expected: usize,
    /// Found quantities scored: matched ones plus false positives.
    pub found: usize,
    /// Matched pairs.
    pub matched: usize,
}

impl Tally {
    /// matched / found (0 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }

    /// matched / expected (0 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another tally to this one.
    pub fn add(&mut self, other: &Tally) {
        self.cases += other.cases;
        self.skipped += other.skipped;
        self.disagreements += other.disagreements;
        self.expected += other.expected;
        self.found += other.found;
        self.matched += other.matched;
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// A suite, scored.
#[derive(Debug)]
pub struct SuiteResult<'a> {
    /// The suite.
    pub suite: &'a Suite,
    /// Each case.
    pub cases: Vec<CaseResult<'a>>,
    /// The totals.
    pub tally: Tally,
}

/// Scores every case of `suite`, leaving out the documented disagreements.
pub fn score<'a>(suite: &'a Suite, disagreements: &'a [Disagreement]) -> SuiteResult<'a> {
    let mut tally = Tally {
        skipped: suite.skipped,
        ..Tally::default()
    };
    let mut cases = Vec::with_capacity(suite.cases.len());
    for case in &suite.cases {
        let applicable: Vec<&Disagreement> = disagreements
            .iter()
            .filter(|d| d.suite == suite.spec.id && d.case == case.id)
            .collect();
        let result = score_case(case, suite.spec.scope, applicable);
        tally.cases += 1;
        tally.disagreements += result.disagreements.len();
        tally.expected += result
            .expected_outcomes
            .iter()
            .filter(|o| **o != ExpectedOutcome::Disagreed)
            .count();
        for outcome in &result.found_outcomes {
            match outcome {
                FoundOutcome::Matched(_) => {
                    tally.found += 1;
                    tally.matched += 1;
                }
                FoundOutcome::Spurious => tally.found += 1,
                FoundOutcome::OutOfScope | FoundOutcome::Disagreed => {}
            }
        }
        cases.push(result);
    }
    SuiteResult {
        suite,
        cases,
        tally,
    }
}

/// Converts byte offsets in `text` to UTF-16 offsets.
fn utf16_span(text: &str, bytes: Range<usize>) -> Range<usize> {
    let convert = |offset: usize| {
        text.get(..offset)
            .map(crate::suites::utf16_len)
            .unwrap_or_else(|| crate::suites::utf16_len(text))
    };
    convert(bytes.start)..convert(bytes.end)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn score_case<'a>(
    case: &'a Case,
    scope: Scope,
    applicable: Vec<&'a Disagreement>,
) -> CaseResult<'a> {
    let found = extract(&case.input);
    let found_spans: Vec<Range<usize>> = found
        .iter()
        .map(|q| utf16_span(&case.input, q.start..q.end))
        .collect();

    // Disagreements: the regions where the suite's verdict does not count. A disagreement whose
    // regions overlap nothing is stale and is not counted.
    let mut expected_out = vec![false; case.expected.len()];
    let mut found_out = vec![false; found.len()];
    let mut used = Vec::new();
    for d in applicable {
        let regions = d.regions(&case.input);
        let hits = |span: &Range<usize>| regions.iter().any(|r| overlaps(r, span));
        let mut any = false;
        for (i, e) in case.expected.iter().enumerate() {
            if hits(&e.span) {
                expected_out[i] = true;
                any = true;
            }
        }
        for (j, span) in found_spans.iter().enumerate() {
            if hits(span) {
                found_out[j] = true;
                any = true;
            }
        }
        if any {
            used.push(d);
        }
    }

    // Which found quantity may match which expected result; then a maximum one-to-one matching.
    let candidates: Vec<Vec<usize>> = case
        .expected
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if expected_out[i] {
                return Vec::new();
            }
            (0..found.len())
                .filter(|&j| !found_out[j] && overlaps(&e.span, &found_spans[j]))
                .filter(|&j| agrees(e, &found[j]))
                .collect()
        })
        .collect();
    let matching = maximum_matching(&candidates, found.len());

    let expected_outcomes = (0..case.expected.len())
        .map(|i| {
            if expected_out[i] {
                ExpectedOutcome::Disagreed
            } else {
                match matching.iter().position(|m| *m == Some(i)) {
                    Some(j) => ExpectedOutcome::Matched(j),
                    None => ExpectedOutcome::Missed,
                }
            }
        })
        .collect();
    let found_outcomes = (0..found.len())
        .map(|j| {
            if found_out[j] {
                FoundOutcome::Disagreed
            } else if let Some(i) = matching[j] {
                FoundOutcome::Matched(i)
            } else if in_scope(scope, &found[j]) {
                FoundOutcome::Spurious
            } else {
                FoundOutcome::OutOfScope
            }
        })
        .collect();
    CaseResult {
        case,
        found,
        expected_outcomes,
        found_outcomes,
        disagreements: used,
    }
}

/// Kuhn's augmenting-path matching: for each found quantity, the expected result it is matched
/// to. Cases hold a handful of results, so the quadratic cost does not matter.
fn maximum_matching(candidates: &[Vec<usize>], found: usize) -> Vec<Option<usize>> {
    fn augment(
        i: usize,
        candidates: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &j in &candidates[i] {
            if seen[j] {
                continue;
            }
            seen[j] = true;
            let free = match owner[j] {
                None => true,
                Some(other) => augment(other, candidates, seen, owner),
            };
            if free {
                owner[j] = Some(i);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; found];
    for i in 0..candidates.len() {
        let mut seen = vec![false; found];
        augment(i, candidates, &mut seen, &mut owner);
    }
    owner
}

fn in_scope(scope: Scope, q: &Quantity) -> bool {
    match scope {
        Scope::All => true,
        Scope::Dimensions(dimensions) => dimensions.contains(&q.dimension),
        Scope::Intervals => q.kind == Kind::Range || q.qualifier.is_some_and(is_bound),
    }
}

fn is_bound(qualifier: Qualifier) -> bool {
    !matches!(qualifier, Qualifier::Approximately)
}

/// Whether two numbers agree within `tolerance`, relative to the larger.
pub fn close_within(a: f64, b: f64, tolerance: f64) -> bool {
    let scale = a.abs().max(b.abs());
    (a - b).abs() <= tolerance * scale || (a - b).abs() < 1e-12
}

/// Whether the found quantity `q` states what `e` expects (spans are checked by the caller).
pub fn agrees(e: &Expected, q: &Quantity) -> bool {
    match &e.measure {
        Measure::Number => shape_agrees(e, q, q.low, q.high, |v| v),
        Measure::Count => {
            q.dimension == Dimension::Count && shape_agrees(e, q, q.low, q.high, |v| v)
        }
        Measure::Unit {
            readings, table, ..
        } => readings.iter().any(|reading| {
            let in_si = q.si.unit == reading.si_unit()
                && shape_agrees(e, q, q.si.low, q.si.high, |v| reading.to_si(v));
            // numfact's own suite states numbers in the unit written, so a temperature
            // stated as a change ("1.52C above") agrees by its stated numbers.
            let as_stated = *table == Table::Numfact
                && q.unit == reading.label()
                && shape_agrees(e, q, q.low, q.high, |v| v);
            in_si || as_stated
        }),
    }
}

/// Compares an expected shape (in the suite's unit, converted by `convert`) with the found
/// quantity's `low`..`high` (already in the same unit as the converted values).
fn shape_agrees(
    e: &Expected,
    q: &Quantity,
    low: f64,
    high: f64,
    convert: impl Fn(f64) -> f64,
) -> bool {
    let close = |a: f64, b: f64| close_within(a, b, e.tolerance);
    let plain = matches!(q.qualifier, None | Some(Qualifier::Approximately));
    match e.shape {
        Shape::Value(value, rule) => {
            let qualifier_ok = match rule {
                QualifierRule::Any => true,
                QualifierRule::PlainOrApproximate => plain,
                QualifierRule::Exactly(qualifier) => q.qualifier == qualifier,
            };
            q.kind == Kind::Value && qualifier_ok && close(low, convert(value))
        }
        Shape::Between(from, to) => {
            let (from, to) = (convert(from), convert(to));
            let as_range = q.kind == Kind::Range && plain && close(low, from) && close(high, to);
            let as_value = q.kind == Kind::Value && plain && close(from, to) && close(low, from);
            as_range || as_value
        }
        Shape::Below(value, inclusive) => {
            let qualifier_ok = matches!(
                (q.qualifier, inclusive),
                (Some(Qualifier::LessThan), Some(false) | None)
                    | (Some(Qualifier::AtMost | Qualifier::UpTo), Some(true) | None)
            );
            q.kind == Kind::Value && qualifier_ok && close(low, convert(value))
        }
        Shape::Above(value, inclusive) => {
            let qualifier_ok = matches!(
                (q.qualifier, inclusive),
                (Some(Qualifier::MoreThan), Some(false) | None)
                    | (Some(Qualifier::AtLeast), Some(true) | None)
            );
            q.kind == Kind::Value && qualifier_ok && close(low, convert(value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suites::RELATIVE_TOLERANCE;

    #[test]
    fn tolerance() {
        let close = |a, b| close_within(a, b, RELATIVE_TOLERANCE);
        assert!(close(0.666_666_666_666_667, 2.0 / 3.0));
        assert!(close(16_399_999.999_999_998, 16_400_000.0));
        assert!(!close(1.0, 1.01));
        assert!(close(0.0, 0.0));
    }

    #[test]
    fn matching_is_maximal() {
        // Expected 0 may take found 0 or 1; expected 1 only found 0.
        let owner = maximum_matching(&[vec![0, 1], vec![0]], 2);
        assert_eq!(owner, vec![Some(1), Some(0)]);
    }

    #[test]
    fn utf16_offsets() {
        let text = "40\u{202f}000 km";
        assert_eq!(utf16_span(text, 0..text.len()), 0..9);
    }
}
