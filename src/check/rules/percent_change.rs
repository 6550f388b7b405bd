//! `NF204`: a percentage change that its two figures do not make ("rose from $2.1 billion to
//! $2.5 billion, a 25% increase").

use super::Rule;
use crate::check::arithmetic::{
    Change, Direction, Discrepancy, decimals_of, ends_text, replace_number, stated_interval,
    written_like,
};
use crate::check::{Document, Severity, Verdict};
use crate::quantity::Dimension;

/// `NF204`.
pub static RULE: Rule = Rule {
    code: "NF204",
    name: "percent-change",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A percentage change that its two stated figures do not make.",
    docs: "## What it does
Reads a change stated with both its figures and its percentage: \"rose from A to B, a 19%
increase\", \"rose to B from A, a 19% increase\", \"rose 19% from A to B\", \"up 12% to B from A\", \"B, up 12% from A\" (and the
same with fell, dropped, down…), and a comparison set off after its figure: \"B, 19% higher
than the A of 2020\" (higher, more, above, lower, less, below), and reports the percentage when no reading of the figures,
each at the precision it is written with, gives it: \"$2.1 billion\" may be anything from $2.05
to $2.15 billion, so \"a 24% increase\" to $2.5 billion passes and \"25%\" does not. \"nearly
20%\" passes for 19%. When both figures are percentages, a change in percentage points
(\"rose 2% from 5% to 7%\") is also a reading: the ambiguous statement is never flagged. The
figures must be of one unit and stand right beside each other; a hedged verb (\"expected to
rise\", \"more than\") and a sentence with \"respectively\" are not read.

## Why it matters
A percentage that does not follow from its own figures is an error any reader with a
calculator can find, and it usually means one figure was updated without the other.

## Example
\"Sales rose from $2.1 billion to $2.5 billion, a 25% increase\": from $2.1 billion to $2.5
billion is a rise of 19%, not 25% (the JSON suggestion replaces \"25\" with \"19\").",
    aliases: &[],
};

/// The discrepancy of a change stated as the percentage `percent` (a quantity index), if
/// the figures cannot make it.
pub fn judge(document: &Document<'_>, change: &Change, percent: usize) -> Option<Discrepancy> {
    let before = change.before?;
    let after = change.after;
    if before.low <= 0.0 || before.value <= 0.0 {
        return None;
    }
    let q = &document.quantities[percent];
    let (p_low, p_high) = stated_interval(q, document);
    // The changes the rounded figures allow, as percentages of the figure before.
    let low = (after.low / before.high - 1.0) * 100.0;
    let high = (after.high / before.low - 1.0) * 100.0;
    let actual = (after.value / before.value - 1.0) * 100.0;
    let overlaps = |a: f64, b: f64, lo: f64, hi: f64| a <= hi && lo <= b;
    let signed = match change.direction {
        Some(Direction::Down) => (-p_high, -p_low),
        _ => (p_low, p_high),
    };
    if overlaps(signed.0, signed.1, low, high)
        || (change.direction.is_none() && overlaps(-p_high, -p_low, low, high))
    {
        return None;
    }
    // Both figures percentages: a change in points is a reading too.
    let ends = &document.quantities[after.index];
    if ends.dimension == Dimension::Percent {
        let points = (after.low - before.high, after.high - before.low);
        if overlaps(signed.0, signed.1, points.0, points.1) {
            return None;
        }
    }
    // A figure that moved the other way from its verb is not read as this change.
    match change.direction {
        Some(Direction::Up) if actual < 0.0 => return None,
        Some(Direction::Down) if actual > 0.0 => return None,
        _ => {}
    }
    let word = if actual < 0.0 { "fall" } else { "rise" };
    let shown = written_like(actual.abs(), decimals_of(&q.text), q.low);
    Some(Discrepancy {
        anchor: percent,
        related: vec![before.index, after.index],
        message: format!(
            "{} is a {word} of {shown}%, not {}",
            ends_text(document, change),
            q.text.trim()
        ),
        suggestion: replace_number(q, &shown),
    })
}
