//! `NF205`: an amount of change that its figures do not make ("rose by $3 to $86 from
//! $80"; "fell 40 points, or 2%, to 3,300").

use super::Rule;
use crate::check::arithmetic::{
    Change, Direction, Discrepancy, decimals_of, ends_text, number_like, replace_number,
    stated_interval, with_number, written_like,
};
use crate::check::{Document, Severity, Verdict};

/// `NF205`.
pub static RULE: Rule = Rule {
    code: "NF205",
    name: "absolute-change",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "An amount of change that its stated figures do not make.",
    docs: "## What it does
Reads a change stated as an amount with the figures it joins: \"rose by $3 to $86 from $83\",
\"up 12 from 36 to 48\", \"from 36 to 48, an increase of 12\", and reports the amount when the
two figures, at the precision they are written with, cannot differ by it. It also reads the
amount and its percentage together, \"fell 40 points, or 1.2%, to 3,300\": the figure before
was 3,340, and 40 is 1.2% of it. The figures must be of one unit; a hedged verb and a
sentence with \"respectively\" are not read.

## Why it matters
Two forms of one change that disagree (an amount and its percentage, or an amount and its two
ends) mean one of them was edited without the other.

## Example
\"The index fell 40 points, or 2%, to 3,300\": a fall of 40 to 3,300 is 1.2% of 3,340, not
2%.",
    aliases: &[],
};

/// The discrepancy of a change stated as the amount `amount` (and maybe the percentage
/// `percent`), if the figures cannot make it.
pub fn judge(
    document: &Document<'_>,
    change: &Change,
    amount: usize,
    percent: Option<usize>,
) -> Option<Discrepancy> {
    let quantities = document.quantities;
    let a = &quantities[amount];
    let after = change.after;
    let (x_low, x_high) = stated_interval(a, document);
    if x_low < 0.0 {
        return None;
    }
    let overlaps = |a: f64, b: f64, lo: f64, hi: f64| a <= hi && lo <= b;
    let down = change.direction == Some(Direction::Down);
    match (change.before, percent) {
        (Some(before), _) => {
            // The amount the rounded ends allow, signed by the verb.
            let (low, high) = (after.low - before.high, after.high - before.low);
            let (s_low, s_high) = if down {
                (-x_high, -x_low)
            } else {
                (x_low, x_high)
            };
            let actual = after.value - before.value;
            if overlaps(s_low, s_high, low, high) || (actual < 0.0) != down {
                return None;
            }
            let word = if actual < 0.0 { "fall" } else { "rise" };
            let shown = number_like(a, actual.abs());
            Some(Discrepancy {
                anchor: amount,
                related: vec![before.index, after.index],
                message: format!(
                    "{} is a {word} of {}, not {}",
                    ends_text(document, change),
                    with_number(a, &shown),
                    a.text.trim()
                ),
                suggestion: replace_number(a, &shown),
            })
        }
        (None, Some(percent)) => {
            // The figure before, from the end and the amount.
            let (before_low, before_high) = if down {
                (after.low + x_low, after.high + x_high)
            } else {
                (after.low - x_high, after.high - x_low)
            };
            if before_low <= 0.0 {
                return None;
            }
            let p = &quantities[percent];
            let (p_low, p_high) = stated_interval(p, document);
            let (low, high) = (x_low / before_high * 100.0, x_high / before_low * 100.0);
            if overlaps(p_low, p_high, low, high) {
                return None;
            }
            let before_value = if down {
                after.value + a.si.low
            } else {
                after.value - a.si.low
            };
            if before_value <= 0.0 {
                return None;
            }
            let actual = a.si.low / before_value * 100.0;
            let shown = written_like(actual, decimals_of(&p.text), p.low);
            let word = if down { "fall" } else { "rise" };
            let end = &quantities[after.index];
            Some(Discrepancy {
                anchor: percent,
                related: vec![amount, after.index],
                message: format!(
                    "a {word} of {} {} is {shown}% of {}, not {}",
                    a.text.trim(),
                    ends_text(document, change),
                    with_number(end, &number_like(end, before_value)),
                    p.text.trim()
                ),
                suggestion: replace_number(p, &shown),
            })
        }
        (None, None) => None,
    }
}
