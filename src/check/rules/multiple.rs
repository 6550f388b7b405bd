//! `NF206`: a multiple that its two figures do not make ("the workforce doubled to 900 from
//! 500").

use super::Rule;
use crate::check::arithmetic::{Change, Discrepancy, ends_text};
use crate::check::{Document, Severity, Verdict};
use crate::quantity::display::format_number;

/// `NF206`.
pub static RULE: Rule = Rule {
    code: "NF206",
    name: "multiple",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A multiple (doubled, tripled, halved) that its two stated figures do not make.",
    docs: "## What it does
Reads \"doubled\", \"tripled\", \"trebled\", \"quadrupled\" and \"halved\" with both figures:
\"doubled to 900 from 450\", \"doubled from 450 to 900\", and reports the change when no reading of
the figures, each at the precision it is written with (a round number to 5%), makes the
multiple: \"doubled to 900 from 500\" is at most 945 / 475, 1.99 times. A hedged verb (\"more than doubled\", \"nearly tripled\") and a sentence with
\"respectively\" are not read.

## Why it matters
\"Doubled\" is a claim about the two figures beside it; when they do not double, one of them,
or the verb, is wrong.

## Example
\"The workforce doubled to 900 from 500\": from 500 to 900 is 1.8 times, not doubled.",
    aliases: &[],
};

/// The discrepancy of a change stated as `factor` (by `verb`), if the figures cannot make
/// it.
pub fn judge(
    document: &Document<'_>,
    change: &Change,
    factor: f64,
    verb: &str,
) -> Option<Discrepancy> {
    let before = change.before?;
    let after = change.after;
    if before.low <= 0.0 || after.low < 0.0 {
        return None;
    }
    let (low, high) = (after.low / before.high, after.high / before.low);
    if low <= factor && factor <= high {
        return None;
    }
    let ratio = after.value / before.value;
    let shown = format_number((ratio * 100.0).round() / 100.0);
    Some(Discrepancy {
        anchor: after.index,
        related: vec![before.index],
        message: format!(
            "{} is {shown} times, not {verb}",
            ends_text(document, change)
        ),
        suggestion: None,
    })
}
