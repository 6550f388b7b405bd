//! `NF206`: a multiple that its two figures do not make ("the workforce doubled to 900 from
//! 500").

use super::Rule;
use crate::check::arithmetic::{Change, Discrepancy, End, Item, ends_text};
use crate::check::{Document, Severity, Verdict};
use crate::quantity::display::format_number;
use crate::quantity::{Dimension, Kind, Quantity};

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

/// Words of a multiple written before a comparison ("twice as many as"), and the factor.
const MULTIPLE_WORDS: &[(&str, f64)] = &[("twice", 2.0), ("thrice", 3.0), ("half", 0.5)];

/// A comparison a sentence states between a figure and its base: "4,000 nurses, twice as
/// many as the 2,000 of 1990", "900 tonnes, three times as much as the 300 tonnes".
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The figure compared.
    pub figure: usize,
    /// The base it is compared with.
    pub base: usize,
    /// The factor said.
    pub factor: f64,
    /// "N times more than": N or N + 1 times, both readings are common.
    pub either: bool,
    /// The words that say it: "twice as many as", "three times more than".
    pub said: String,
}

/// The comparison that `words` (right before a base) state after their multiplier, without
/// an article: " as many as the " gives `(false, "as many as")`, " more than " `(true, "more
/// than")` (either reading).
fn comparison_words(words: &str) -> Option<(bool, &str)> {
    let words = words.trim();
    let words = ["the", "its", "their", "his", "her", "a", "an"]
        .iter()
        .find_map(|w| words.strip_suffix(w).map(str::trim_end))
        .unwrap_or(words);
    let either = match words {
        "as many as" | "as much as" | "as large as" | "as big as" | "as high as" | "as long as"
        | "as heavy as" | "as fast as" => false,
        "more than" | "larger than" | "bigger than" | "higher than" | "greater than" => true,
        _ => return None,
    };
    Some((either, words))
}

/// Whether a base can be compared with a figure: one dimension and unit (a count's noun
/// may be left out: "4,000 nurses, twice as many as the 2,000"), neither qualified.
fn comparable_base(figure: &Quantity, base: &Quantity) -> bool {
    let unit = figure.unit == base.unit
        || (figure.dimension == Dimension::Count
            && (figure.unit.is_empty() || base.unit.is_empty()));
    figure.dimension == base.dimension
        && unit
        && figure.kind == Kind::Value
        && base.kind == Kind::Value
        && figure.qualifier.is_none()
        && base.qualifier.is_none()
        && figure.dimension != Dimension::Temperature
        && figure.dimension != Dimension::Percent
}

/// Whether the words after `base`, to the end of its clause, pool it with others (see
/// [`POOLED`]).
fn pooled(document: &Document<'_>, base: &Quantity) -> bool {
    let rest = document.text.get(base.end..).unwrap_or("");
    let end = rest
        .find(['.', ',', ';', ':', '!', '?', '\n'])
        .unwrap_or(rest.len());
    let clause = crate::check::arithmetic::first_chars(&rest[..end], 120).to_ascii_lowercase();
    POOLED.iter().any(|w| clause.contains(w))
}

/// Words after a base that make it part of a larger one: "the 3,000 sent by France and Italy
/// each", "the 600 of the two cities combined".
const POOLED: &[&str] = &[" each", "combined", "together", " in all", "altogether"];

/// Every comparison of a figure with its base the figures of one sentence state. The figure
/// compared opens its clause: in "1,200 homes across 30 towns, twice as many as the 600",
/// the towns are not what doubled.
pub fn comparisons(document: &Document<'_>, items: &[Item<'_>]) -> Vec<Comparison> {
    let mut found = Vec::new();
    for (i, figure) in items.iter().enumerate() {
        let Some(next) = items.get(i + 1) else {
            continue;
        };
        let opens_clause = i == 0 || figure.before.contains([',', ';', ':', '(']);
        if !opens_clause {
            continue;
        }
        // "4,000 nurses, twice as many as the 2,000".
        let words = next.before.trim_start();
        let word_form = words
            .strip_prefix([',', '-', '\u{2013}', '\u{2014}', '('])
            .map(str::trim_start)
            .and_then(|rest| {
                MULTIPLE_WORDS.iter().find_map(|&(word, factor)| {
                    let rest = rest.strip_prefix(word)?;
                    let (either, words) = comparison_words(rest)?;
                    Some((factor, either, format!("{word} {words}")))
                })
            });
        if let Some((factor, either, said)) = word_form {
            if comparable_base(figure.q, next.q) && !pooled(document, next.q) {
                found.push(Comparison {
                    figure: figure.index,
                    base: next.index,
                    factor,
                    either,
                    said,
                });
            }
            continue;
        }
        // "900 tonnes, three times as much as the 300 tonnes": the factor is a multiplier
        // ("three times", see `Quantity::is_multiplier`), which is no item: its words are
        // in the base's.
        let between = &document.quantities[figure.index + 1..next.index];
        let [multiplier] = between else {
            continue;
        };
        let plain = multiplier.is_multiplier()
            && multiplier.kind == Kind::Value
            && multiplier.qualifier.is_none()
            && multiplier.low >= 2.0;
        let said = words
            .strip_prefix([',', '-', '\u{2013}', '\u{2014}', '('])
            .and_then(|rest| rest.trim_start().strip_prefix(multiplier.text.as_str()))
            .filter(|_| multiplier.text.to_ascii_lowercase().ends_with(" times"))
            .and_then(comparison_words);
        if let Some((either, said_words)) = said {
            if plain && comparable_base(figure.q, next.q) && !pooled(document, next.q) {
                found.push(Comparison {
                    figure: figure.index,
                    base: next.index,
                    factor: multiplier.low,
                    either,
                    said: format!("{} {said_words}", multiplier.text.trim()),
                });
            }
        }
    }
    found
}

/// The discrepancy of `comparison`, if its figures cannot make its factor; `Ok` with the
/// statement when they do.
pub fn judge_comparison(
    document: &Document<'_>,
    comparison: &Comparison,
) -> Result<String, Discrepancy> {
    let quantities = document.quantities;
    let (figure, base) = (&quantities[comparison.figure], &quantities[comparison.base]);
    let figure_end = End::of_quantity(comparison.figure, figure);
    let base_end = End::of_quantity(comparison.base, base);
    let texts = (figure.text.trim(), base.text.trim());
    let statement = format!("{}, {} {}", texts.0, comparison.said, texts.1);
    if base_end.low <= 0.0 {
        return Ok(statement);
    }
    let (low, high) = (
        figure_end.low / base_end.high,
        figure_end.high / base_end.low,
    );
    let fits = |factor: f64| low <= factor && factor <= high;
    if fits(comparison.factor) || (comparison.either && fits(comparison.factor + 1.0)) {
        return Ok(statement);
    }
    let ratio = figure.si.low / base.si.low;
    let shown = format_number((ratio * 100.0).round() / 100.0);
    let said = &comparison.said;
    let said = [" as", " than"]
        .iter()
        .find_map(|w| said.strip_suffix(w))
        .unwrap_or(said);
    Err(Discrepancy {
        anchor: comparison.figure,
        related: vec![comparison.base],
        message: format!("{} is {shown} times {}, not {said}", texts.0, texts.1),
        suggestion: None,
    })
}
