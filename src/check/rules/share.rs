//! `NF210`: a share of a total that its part and total do not make ("30% of its 1,200 staff,
//! or 500 people"; "120 of the 900 pupils, or 30%"; "a third of the 900 staff, or 400";
//! "one in five of the 60 pupils, or 20").

use super::Rule;
use crate::check::arithmetic::{
    Item, clause_ends_after, ends_with_bound, inside_message, number_like, qualified_after,
    replace_number, say_it_holds, stated_interval, written_like,
};
use crate::check::{Document, Finding, MessageParts, Severity, Verdict};
use crate::quantity::{Dimension, Kind, Quantity};

/// `NF210`.
pub static RULE: Rule = Rule {
    code: "NF210",
    name: "share",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "A share of a total (a percentage, a fraction, one in N) that its part and total do not make.",
    docs: "## What it does
Reads a share stated with both its part and its total, in one of these wordings:
- \"30% of its 1,200 staff, or 360 people\" (the share, the total, the part);
- \"360 of the 1,200 staff, or 30%\" (the part, the total, the share);
- \"a third of the 900 staff, or 300\", \"300 of the 900 staff, a third\" (a fraction in
  words: half, a third, two thirds, a quarter, three quarters, a fifth, a tenth);
- \"one in five of the 60 pupils, or 12\", \"12 of the 60 pupils, one in five\".

It reports the share when no reading of the three figures, each at the precision it is
written with, makes it. A fraction in words and \"one in N\" are read as approximate (within
the approximation allowance, 10% by default): writers say \"a third\" for 32% and \"one in
five\" for 21%; a percentage may be cut rather than rounded (two of three seats, \"66%\"). A
bound (\"more than half of\", \"fewer than one in ten\") is not read, nor a part qualified
after it (\"or 5,000, whichever is greater\", \", after tax\"). The part and the total are of
one kind (two counts, or one unit), the part ends its clause, and a sentence with
\"respectively\" is not read.

## Why it matters
A share, its part and its total are three figures a reader can check against each other;
when one was updated without the others, they disagree.

## Example
\"About 30% of its 1,200 staff, or 500 people, will lose their jobs\": 30% of 1,200 staff is
360, not 500.",
    aliases: &[],
};

/// Fractions written in words, and their values.
const FRACTIONS: &[(&str, f64)] = &[
    ("a half", 0.5),
    ("one half", 0.5),
    ("half", 0.5),
    ("a third", 1.0 / 3.0),
    ("one third", 1.0 / 3.0),
    ("one-third", 1.0 / 3.0),
    ("two thirds", 2.0 / 3.0),
    ("two-thirds", 2.0 / 3.0),
    ("a quarter", 0.25),
    ("one quarter", 0.25),
    ("one-quarter", 0.25),
    ("three quarters", 0.75),
    ("three-quarters", 0.75),
    ("a fifth", 0.2),
    ("one fifth", 0.2),
    ("one-fifth", 0.2),
    ("a tenth", 0.1),
    ("one tenth", 0.1),
    ("one-tenth", 0.1),
];

/// The words that put a total after its share or part: "30% of its 1,200 staff", "120 out
/// of 900".
const OF_WORDS: &[&str] = &[
    " of ",
    " of the ",
    " of its ",
    " of their ",
    " of his ",
    " of her ",
    " of our ",
    " of all ",
    " out of ",
    " out of the ",
    " out of its ",
];

/// What a sentence says the share is.
#[derive(Debug, Clone, Copy)]
enum Said {
    /// A percentage: the quantity's index.
    Percent(usize),
    /// A fraction in words ("a third"), and its value.
    Fraction(&'static str, f64),
    /// A share the grammar read as a quantity, its value the fraction: "two thirds",
    /// "three-quarters", "one in five". The quantity's index.
    Written(usize),
}

/// Whether `q` is a share the grammar read as a fraction ("two thirds", "one in five").
fn is_written_share(q: &Quantity) -> bool {
    q.kind == Kind::Value
        && q.unit.is_empty()
        && q.dimension == Dimension::Count
        && q.qualifier.is_none()
        && 0.0 < q.low
        && q.low < 1.0
}

/// Whether a share quantity is written "one in N" (or "N out of M").
fn is_one_in(q: &Quantity) -> bool {
    let text = q.text.to_ascii_lowercase();
    text.contains(" in ") || text.contains(" out of ")
}

/// A share read from a sentence.
#[derive(Debug, Clone, Copy)]
struct Share {
    /// The part's quantity.
    part: usize,
    /// The total's quantity.
    total: usize,
    /// The share, as said.
    said: Said,
}

/// The fraction in words that ends `words` (" a third of the " gives "a third"), when the
/// words before it end a clause or are nothing.
fn fraction_before_of(words: &str) -> Option<(&'static str, f64)> {
    let words = OF_WORDS
        .iter()
        .find_map(|of| words.strip_suffix(of))
        .map(str::trim_end)?;
    FRACTIONS.iter().copied().find(|(fraction, _)| {
        words.strip_suffix(fraction).is_some_and(|rest| {
            // "more than half of": a bound, not the share.
            (rest.is_empty() || rest.ends_with([' ', ',', ';', '('])) && !ends_with_bound(rest)
        })
    })
}

/// The fraction in words a clause states right after a figure: ", a third", ", or a third".
fn fraction_after(document: &Document<'_>, q: &Quantity) -> Option<(&'static str, f64)> {
    let rest = document.text.get(q.end..)?;
    let rest = rest.strip_prefix(',')?.trim_start();
    let rest = rest.strip_prefix("or ").unwrap_or(rest);
    let lower = crate::check::arithmetic::first_chars(rest, 20).to_ascii_lowercase();
    FRACTIONS.iter().copied().find(|(fraction, _)| {
        lower.strip_prefix(fraction).is_some_and(|after| {
            after.is_empty() || after.starts_with(['.', ',', ';', ')', '!', '?'])
        })
    })
}

/// Whether two figures can be a part and its total: two counts, or one unit.
fn part_of(part: &Quantity, total: &Quantity) -> bool {
    let kind = |q: &Quantity| q.kind == Kind::Value && q.dimension != Dimension::Percent;
    kind(part)
        && kind(total)
        && part.dimension == total.dimension
        && (part.dimension == Dimension::Count || part.unit == total.unit)
}

/// Whether `words` join an equivalent after a figure: ", or", ", or some", "(", after at
/// most two words of the figure's noun ("52 km network, or").
fn joins_equivalent(words: &str) -> bool {
    let words = words.trim();
    let joiner = |w: &str| {
        matches!(
            w,
            ", or"
                | "("
                | ", or about"
                | ", or some"
                | ", or around"
                | ", or roughly"
                | ", or nearly"
                | "-"
                | "\u{2013}"
                | "\u{2014}"
        )
    };
    let noun_end = words.find([',', '(']).unwrap_or(0);
    let noun = &words[..noun_end];
    joiner(words)
        || (noun.split(' ').count() <= 2
            && noun
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
            && joiner(words[noun_end..].trim()))
}

/// Every share the figures of one sentence state.
fn shares(document: &Document<'_>, items: &[Item<'_>]) -> Vec<Share> {
    let mut found = Vec::new();
    let is_percent = |q: &Quantity| q.dimension == Dimension::Percent && q.unit == "%";
    let of = |words: &str| OF_WORDS.contains(&words);
    for (i, item) in items.iter().enumerate() {
        let (Some(second), third) = (items.get(i + 1), items.get(i + 2)) else {
            continue;
        };
        let ends_clause = |q: &Quantity| clause_ends_after(document, q);
        if let Some(third) = third {
            // The share first: "30% of its 1,200 staff, or 360 people", "one in five of the
            // 60 pupils, or 12", "two thirds of the 600 seats, or 400".
            let said_first = if is_percent(item.q) && item.q.kind == Kind::Value {
                Some(Said::Percent(item.index))
            } else if is_written_share(item.q) && !ends_with_bound(&item.before) {
                Some(Said::Written(item.index))
            } else {
                None
            };
            if let Some(said) = said_first {
                if of(&second.before)
                    && joins_equivalent(&third.before)
                    && part_of(third.q, second.q)
                    && ends_clause(third.q)
                {
                    found.push(Share {
                        part: third.index,
                        total: second.index,
                        said,
                    });
                    continue;
                }
            }
            // The part first: "360 of the 1,200 staff, or 30%"; "12 of the 60 pupils, one in
            // five".
            if of(&second.before) && part_of(item.q, second.q) {
                let said = if is_percent(third.q) && joins_equivalent(&third.before) {
                    Some(Said::Percent(third.index))
                } else if is_written_share(third.q)
                    && (third.before.trim() == "," || joins_equivalent(&third.before))
                {
                    Some(Said::Written(third.index))
                } else {
                    None
                };
                if let Some(said) = said.filter(|_| ends_clause(third.q)) {
                    found.push(Share {
                        part: item.index,
                        total: second.index,
                        said,
                    });
                    continue;
                }
            }
        }
        // "300 of the 900 staff, a third".
        if of(&second.before) && part_of(item.q, second.q) {
            if let Some((fraction, value)) = fraction_after(document, second.q) {
                found.push(Share {
                    part: item.index,
                    total: second.index,
                    said: Said::Fraction(fraction, value),
                });
            }
        }
    }
    // "a third of the 900 staff, or 300": the fraction is in the words before the total.
    for pair in items.windows(2) {
        let [total, part] = pair else { continue };
        if let Some((fraction, value)) = fraction_before_of(&total.before) {
            if joins_equivalent(&part.before)
                && part_of(part.q, total.q)
                && clause_ends_after(document, part.q)
            {
                found.push(Share {
                    part: part.index,
                    total: total.index,
                    said: Said::Fraction(fraction, value),
                });
            }
        }
    }
    found
}

/// The interval of the share (as a fraction of 1) `said` states.
fn said_interval(document: &Document<'_>, said: Said) -> (f64, f64) {
    if let Said::Percent(p) = said {
        // A share is often cut, not rounded: two of three seats is "66%".
        let (low, high) = stated_interval(&document.quantities[p], document);
        return (low / 100.0, (high + (high - low) / 2.0) / 100.0);
    }
    let value = said_value(document, said);
    let allowance = document.allowances.approximation;
    (value * (1.0 - allowance), value * (1.0 + allowance))
}

/// The share `said` states, as a fraction of 1.
fn said_value(document: &Document<'_>, said: Said) -> f64 {
    match said {
        Said::Percent(p) => document.quantities[p].si.low / 100.0,
        Said::Fraction(_, value) => value,
        Said::Written(q) => document.quantities[q].low,
    }
}

/// The share as the text says it: "30%", "a third", "one in five".
fn said_text(document: &Document<'_>, said: Said) -> String {
    match said {
        Said::Percent(p) => inside_message(&document.quantities[p]),
        Said::Fraction(fraction, _) => fraction.to_string(),
        Said::Written(q) => sentence_case_off(inside_message(&document.quantities[q])),
    }
}

/// A share as written, without the capital of a sentence's first word ("A third" becomes
/// "a third" inside a message).
fn sentence_case_off(text: String) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text,
    }
}

/// Reports each share that its part and total do not make.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    for items in document.sentences_with_items() {
        for share in shares(document, items) {
            judge(document, share, findings);
        }
    }
}

/// Reports `share` when its figures cannot make it, or says in a left-unverifiable note that
/// they do.
fn judge(document: &Document<'_>, share: Share, findings: &mut [Finding]) {
    let quantities = document.quantities;
    let (part, total) = (&quantities[share.part], &quantities[share.total]);
    let (part_low, part_high) = stated_interval(part, document);
    let (total_low, total_high) = stated_interval(total, document);
    let (said_low, said_high) = said_interval(document, share.said);
    if total_low <= 0.0 || part.si.low > total.si.low * 1.5 {
        return;
    }
    let said = said_text(document, share.said);
    let (part_text, total_text) = (inside_message(part), inside_message(total));
    // The part the share and the total allow, against the part stated.
    if qualified_after(document.text, part.end) {
        return;
    }
    let fits = part_low <= said_high * total_high && said_low * total_low <= part_high;
    if fits {
        say_it_holds(
            &mut findings[share.part],
            &format!("{said} of {total_text} is {part_text}"),
        );
        return;
    }
    let actual = part.si.low / total.si.low;
    let (anchor, message, suggestion) = match share.said {
        // The share was written after its part and total: the share is what disagrees.
        Said::Percent(p) if p > share.part => {
            let q = &quantities[p];
            let shown = written_like(
                actual * 100.0,
                crate::check::arithmetic::decimals_of(&q.text),
                q.low,
            );
            (
                p,
                format!("{part_text} of {total_text} is {shown}%, not {said}"),
                replace_number(q, &shown),
            )
        }
        // "12 of the 60 pupils, one in four": the share written last disagrees.
        Said::Written(n) if n > share.part && is_one_in(&quantities[n]) => (
            n,
            format!(
                "{part_text} of {total_text} is one in {}, not {said}",
                written_like(1.0 / actual, 0, f64::NAN)
            ),
            None,
        ),
        Said::Fraction(..) if share.total > share.part => (
            share.part,
            format!(
                "{part_text} of {total_text} is {}%, not {said}",
                written_like(actual * 100.0, 0, f64::NAN)
            ),
            None,
        ),
        // The part was written last: it is what disagrees.
        _ => {
            let expected = said_value(document, share.said) * total.si.low;
            let shown = number_like(part, expected);
            (
                share.part,
                format!("{said} of {total_text} is {shown}, not {part_text}"),
                replace_number(part, &shown),
            )
        }
    };
    let finding = &mut findings[anchor];
    if finding.severity >= Severity::Warning {
        return;
    }
    for index in [share.part, share.total] {
        if index != anchor {
            finding.add_related(document.related(&quantities[index]));
        }
    }
    finding.report(&RULE, MessageParts::summary(message));
    finding.suggestion = suggestion;
}
