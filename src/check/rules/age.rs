//! `NF207`: an age that the year of birth (or founding) beside it and the article's date do
//! not make ("Born in 1984, the 45-year-old …" in an article of 2024).

use super::Rule;
use crate::check::arithmetic::{replace_number, say_it_holds};
use crate::check::{Document, Finding, MessageParts, Severity, Verdict};
use crate::quantity::{Dimension, Kind, Quantity};

/// `NF207`.
pub static RULE: Rule = Rule {
    code: "NF207",
    name: "age",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "An age that the year of birth or founding beside it and the article's date do not make.",
    docs: "## What it does
Reads an age (\"the 39-year-old\", \"40 years old\") written right beside the year it counts
from: \"Born in 1984, the 39-year-old …\" (opening the sentence), \"the 39-year-old, born in
1984, …\", \"the 39-year-old singer, born in 1984\", \"the 39-year-old (born 1984)\" and
\"Founded in 1998, the 26-year-old company\", and reports it when
it is neither of the two ages that year gives at the article's date (before and after the
birthday). The article's date is its front matter's `date:`, a dateline, `--as-of` or `as-of`
in `numfact.toml`; without one nothing is checked. Only these tight wordings are read: a year
after a name (\"Unlike Apple, founded in 1976, the 10-year-old start-up\") may be the name's,
another year in the sentence may date the age (\"At the 2010 final, the 26-year-old, born in
1984\"), and \"the 34-year-old's start-up\" is the start-up's.

## Why it matters
An age copied from an older story, or a birth year mistyped, is wrong the day it is published.

## Example
In an article dated 2024: \"Born in 1984, the 45-year-old won\": born in 1984, the age in 2024
is 39 or 40, not 45.

## Prison terms
A release stated with the term and its start, in one sentence (\"Jailed in 2010 for 25 years,
he is due for release in 2040\"; \"sentenced in 2015 to 12 years … released in 2029\"; \"a
20-year term\"), is reported when it falls after the term could end (start + length) or
before it began. An earlier release is not reported: time on remand, parole and remission
bring it forward. A sentence with a minimum, a life term, more or consecutive terms, or an
appeal is not read. This needs no article date.",
    aliases: &[],
};

/// The words before a year an age counts from.
const ORIGINS: &[&str] = &[
    "born in ",
    "born ",
    "founded in ",
    "founded ",
    "established in ",
    "established ",
    "formed in ",
    "built in ",
    "opened in ",
];

/// The year right after one of [`ORIGINS`] at the end of `words` (written before the age:
/// "Born in 1984, the "), or at the start of `words` (written after it: ", born in 1984").
fn origin_year(words: &str, before_the_age: bool) -> Option<i32> {
    let lower = words.to_ascii_lowercase();
    let year_at = |at: usize| -> Option<(i32, usize)> {
        let digits = lower.get(at..at + 4)?;
        let after = lower.as_bytes().get(at + 4);
        let glued = after.is_some_and(|b| b.is_ascii_digit() || *b == b's');
        (!glued && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok().map(|y| (y, at + 4)))
            .flatten()
    };
    if before_the_age {
        // "Born in 1984, the " opening the sentence, right before the age: after a name
        // ("Unlike Apple, founded in 1976, the …") the year may be the name's.
        let trimmed = lower.trim_end();
        let trimmed = trimmed.strip_suffix("the").unwrap_or(trimmed).trim_end();
        let trimmed = trimmed.strip_suffix(',')?;
        let start = trimmed.len().checked_sub(4)?;
        let (year, _) = year_at(start)?;
        let origin = &trimmed[..start];
        // The origin word starts a word: "born in", not "reborn in".
        let starts_word = |o: &str| {
            origin.len() == o.len()
                || !origin.as_bytes()[origin.len() - o.len() - 1].is_ascii_alphabetic()
        };
        let opens = |o: &str| {
            origin.len() >= o.len()
                && origin[..origin.len() - o.len()]
                    .trim_matches(|c: char| !c.is_ascii_alphanumeric())
                    .is_empty()
        };
        ORIGINS
            .iter()
            .any(|o| origin.ends_with(o) && starts_word(o) && opens(o))
            .then_some(year)
    } else {
        // ", born in 1984" / ", who was born in 1984" / " (born 1984" right after the age,
        // or a birth after the one noun the age qualifies ("the 30-year-old striker, born
        // in 1994"; not "… bought the house, built in 1920").
        let noun_end = lower
            .find(',')
            .filter(|&comma| {
                let noun = lower[..comma].trim();
                !noun.is_empty() && noun.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            })
            .unwrap_or(0);
        let rest = lower[noun_end..]
            .trim_start_matches([',', ' ', '('])
            .trim_start_matches("who was ")
            .trim_start_matches("which was ");
        let origin = ORIGINS.iter().find(|o| rest.starts_with(*o))?;
        if noun_end > 0 && !origin.starts_with("born") {
            return None;
        }
        let at = lower.len() - rest.len() + origin.len();
        year_at(at).map(|(year, _)| year)
    }
}

/// Whether `q` is an age in years: "39-year-old", "40 years old", "aged 39".
fn is_age(document: &Document<'_>, q: &Quantity) -> bool {
    if q.dimension != Dimension::Duration || q.kind != Kind::Value || q.qualifier.is_some() {
        return false;
    }
    let text = q.text.trim().to_ascii_lowercase();
    let whole_years = q.low.fract() == 0.0;
    whole_years && (text.ends_with("year-old") || text.ends_with("years old"))
        || (whole_years
            && text.ends_with("years")
            && document.text.get(..q.start).is_some_and(|b| {
                let b = b.trim_end().as_bytes();
                b.len() >= 4 && b[b.len() - 4..].eq_ignore_ascii_case(b"aged")
            }))
}

/// Reports each age that its year of birth or founding and the article's date do not make,
/// and each release from prison dated after its term could end.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    check_release(document, findings);
    let Some(article) = document.article else {
        return;
    };
    for (index, q) in document.quantities.iter().enumerate() {
        if !is_age(document, q) {
            continue;
        }
        let Some(sentence) = document.context.sentences.get(document.sentence_of[index]) else {
            continue;
        };
        let text = document.text;
        let before = text.get(sentence.start.min(q.start)..q.start).unwrap_or("");
        let after_end = sentence.end.max(q.end).min(text.len());
        let after = text.get(q.end..after_end).unwrap_or("");
        // "the 34-year-old's start-up": the year would be the start-up's.
        if after.starts_with(['\'', '\u{2019}']) {
            continue;
        }
        let Some(year) = origin_year(before, true).or_else(|| origin_year(after, false)) else {
            continue;
        };
        // Another year in the sentence may date the age ("At the 2010 final, the
        // 26-year-old, born in 1984, …", "… died in 2005").
        let sentence_text = text
            .get(sentence.start.min(q.start)..after_end)
            .unwrap_or("");
        let other_year =
            crate::check::clause::years_named(sentence_text, 0..sentence_text.len(), &[])
                .into_iter()
                .any(|y| y != year);
        if other_year {
            continue;
        }
        let years = article.year - year;
        let age = q.low as i32;
        let stated = q.text.trim();
        if age == years || age == years - 1 {
            say_it_holds(
                &mut findings[index],
                &format!("{stated}, from {year} to {article}"),
            );
            continue;
        }
        if years < 1 || findings[index].severity >= Severity::Warning {
            continue;
        }
        let finding = &mut findings[index];
        finding.report(
            &RULE,
            MessageParts::summary(format!(
                "from {year} to the article's date ({article}) is {} or {years} years, not {age}",
                years - 1
            )),
        );
        finding.suggestion = replace_number(q, &years.to_string());
    }
}

/// Words right before the year a prison term began: "jailed in 2010".
const TERM_STARTS: &[&str] = &[
    "jailed in ",
    "sentenced in ",
    "imprisoned in ",
    "convicted in ",
    "locked up in ",
];

/// Words right before the year a prisoner is to be freed: "due for release in 2035".
const TERM_ENDS: &[&str] = &["release in ", "released in ", "freed in ", "be free in "];

/// Words that make a term's end something else than its start plus its length: more
/// sentences, a life term, a minimum before parole.
const TERM_CHANGES: &[&str] = &[
    "minimum",
    "at least",
    "life",
    "additional",
    "consecutive",
    "another",
    "further",
    "extended",
    "more",
    "appeal",
];

/// The one year right after one of `phrases` in `lower` (a sentence in lower case); `None`
/// when none or more than one is there.
fn the_year_after(lower: &str, phrases: &[&str]) -> Option<i32> {
    let mut found = None;
    for phrase in phrases {
        for (at, _) in lower.match_indices(phrase) {
            let from = at + phrase.len();
            let digits = lower.get(from..from + 4)?;
            let glued = lower
                .as_bytes()
                .get(from + 4)
                .is_some_and(|b| b.is_ascii_alphanumeric());
            if glued || !digits.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let year = digits.parse().ok()?;
            if found.is_some_and(|y| y != year) {
                return None;
            }
            found = Some(year);
        }
    }
    found
}

/// Whether `q` is the length of a prison term: "25 years" after "for" or "to" ("jailed for 25
/// years", "sentenced to 25 years"), or "25-year" before "sentence", "term" or "jail term".
fn is_prison_term(document: &Document<'_>, q: &Quantity) -> bool {
    if q.dimension != Dimension::Duration || q.kind != Kind::Value || q.qualifier.is_some() {
        return false;
    }
    let text = q.text.trim();
    let before = document
        .text
        .get(q.start.saturating_sub(4)..q.start)
        .unwrap_or("");
    let after = document.text.get(q.end..).unwrap_or("");
    let after = crate::check::arithmetic::first_chars(after, 24).to_ascii_lowercase();
    let years = text.ends_with("years") && (before.ends_with("for ") || before.ends_with("to "));
    let term = text.ends_with("-year")
        && ["sentence", "prison term", "jail term", "term"]
            .iter()
            .any(|w| after.trim_start().starts_with(w));
    years || term
}

/// Reports a prisoner's release dated after the term stated with its start could end:
/// "Jailed in 2010 for 25 years, he is due for release in 2040". An earlier release is not
/// read: time on remand, parole and remission bring it forward.
fn check_release(document: &Document<'_>, findings: &mut [Finding]) {
    for (index, q) in document.quantities.iter().enumerate() {
        if !is_prison_term(document, q) {
            continue;
        }
        let Some(sentence) = document.context.sentences.get(document.sentence_of[index]) else {
            continue;
        };
        let lower = document
            .text
            .get(sentence.start..sentence.end)
            .unwrap_or("")
            .to_ascii_lowercase();
        if TERM_CHANGES.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let (Some(start), Some(release)) = (
            the_year_after(&lower, TERM_STARTS),
            the_year_after(&lower, TERM_ENDS),
        ) else {
            continue;
        };
        let length = q.low.round() as i32;
        // A term begun in its start year ends in the year `length` later at the latest.
        let latest = start + length;
        let stated = format!("{length} years");
        if (start..=latest).contains(&release) {
            say_it_holds(
                &mut findings[index],
                &format!("a term of {stated} from {start} ends by {latest}, release in {release}"),
            );
            continue;
        }
        let finding = &mut findings[index];
        if finding.severity >= Severity::Warning {
            continue;
        }
        finding.report(
            &RULE,
            MessageParts::summary(format!(
                "a term of {stated} from {start} ends by {latest}, not in {release}"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::origin_year;

    #[test]
    fn years_beside_an_age() {
        assert_eq!(origin_year("Born in 1984, the ", true), Some(1984));
        assert_eq!(origin_year("Founded in 1998, the ", true), Some(1998));
        // After a name, the year may be the name's.
        assert_eq!(origin_year("The firm, founded in 1998, the ", true), None);
        assert_eq!(
            origin_year("Unlike Apple, founded in 1976, the ", true),
            None
        );
        assert_eq!(origin_year("In 1984, the ", true), None);
        assert_eq!(origin_year(", born in 1983, won.", false), Some(1983));
        assert_eq!(
            origin_year(", who was born in 1983, won.", false),
            Some(1983)
        );
        assert_eq!(origin_year(" (born 1983) won.", false), Some(1983));
        assert_eq!(origin_year(", born in the 1980s", false), None);
        assert_eq!(origin_year(" and his wife, born in 1980", false), None);
        assert_eq!(origin_year(" striker, born in 1994", false), Some(1994));
        assert_eq!(origin_year(" bought the house, built in 1920", false), None);
    }
}
