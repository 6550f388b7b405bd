//! The arithmetic a sentence states about its own numbers, read from the words between
//! neighbouring quantities: a change from one figure to another, stated as a percentage
//! ("rose from $2.1 billion to $2.5 billion, a 19% increase"), an amount ("fell 40 points, or
//! 1.2%, to 3,300") or a multiple ("doubled from 450 to 900"). The rules `NF204`–`NF206` check
//! what is read here.
//!
//! Only tight wordings are read: each figure right next to the other, joined by "from",
//! "to", ", a", ", or", ", up"; anything else between them (another clause, a
//! "respectively" list, a qualifier on an end) and nothing is read. Every figure keeps the
//! interval its rounding implies (see [`super::precision`]), so a statement is wrong only
//! when no reading of its rounded figures makes it right.

use super::Document;
use super::clause::find_ascii_case_insensitive;
use super::precision::implied_half_widths;
use crate::quantity::{Dimension, Kind, Quantity};

/// A quantity of a sentence and the words before it, back to the previous quantity of the
/// sentence (or its start), in ASCII lower case with runs of spaces made one.
#[derive(Debug)]
pub struct Item<'d> {
    /// The quantity's index in the document.
    pub index: usize,
    /// The quantity.
    pub q: &'d Quantity,
    /// The words before it.
    pub before: String,
}

/// The quantities of each sentence of `document` that has at least two (or one range), with
/// the words between them; a sentence with "respectively" is left out (its figures pair up
/// by list position, not by neighbourhood). Checks read it through
/// [`Document::sentences_with_items`], which reads a document once.
pub fn sentences_with_items<'d>(document: &Document<'d>) -> Vec<Vec<Item<'d>>> {
    let mut sentences = Vec::new();
    let quantities = document.quantities;
    let mut first = 0;
    while first < quantities.len() {
        let sentence = document.sentence_of[first];
        let mut last = first;
        while last + 1 < quantities.len() && document.sentence_of[last + 1] == sentence {
            last += 1;
        }
        if last > first || quantities[first].kind == Kind::Range {
            let start = document
                .context
                .sentences
                .get(sentence)
                .map_or(0, |s| s.start)
                .min(quantities[first].start);
            let end = document
                .context
                .sentences
                .get(sentence)
                .map_or(document.text.len(), |s| s.end);
            let whole = document.text.get(start..end).unwrap_or("");
            if find_ascii_case_insensitive(whole, "respectively").is_none() {
                let mut items = Vec::with_capacity(last - first + 1);
                let mut from = start;
                for (index, q) in quantities.iter().enumerate().take(last + 1).skip(first) {
                    // "grew fivefold", "hundreds of": words of the sentence to these rules,
                    // not figures.
                    if q.vague || q.is_multiplier() {
                        continue;
                    }
                    let before = document.text.get(from..q.start.max(from)).unwrap_or("");
                    items.push(Item {
                        index,
                        q,
                        before: squeeze(before),
                    });
                    from = q.end;
                }
                if items.len() > 1 || items.first().is_some_and(|i| i.q.kind == Kind::Range) {
                    sentences.push(items);
                }
            }
        }
        first = last + 1;
    }
    sentences
}

/// `text` in ASCII lower case, each run of white space one space (kept at either edge).
pub fn squeeze(text: &str) -> String {
    // Most of what lies between numbers: ASCII words with one space between them, which
    // only need lower-casing.
    let bytes = text.as_bytes();
    let single_spaces = bytes
        .iter()
        .all(|&b| !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        && !bytes.windows(2).any(|pair| pair == b"  ");
    if text.is_ascii() && single_spaces {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    if space {
        out.push(' ');
    }
    out
}

/// Which way a verb or noun of change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "rose", "an increase".
    Up,
    /// "fell", "a drop".
    Down,
}

/// Verbs (and "up"/"down") that say a figure changed, and which way.
const CHANGE_VERBS: &[(&str, Direction)] = &[
    ("rose", Direction::Up),
    ("rises", Direction::Up),
    ("rise", Direction::Up),
    ("risen", Direction::Up),
    ("grew", Direction::Up),
    ("grows", Direction::Up),
    ("grown", Direction::Up),
    ("increased", Direction::Up),
    ("increases", Direction::Up),
    ("climbed", Direction::Up),
    ("climbs", Direction::Up),
    ("jumped", Direction::Up),
    ("jumps", Direction::Up),
    ("gained", Direction::Up),
    ("gains", Direction::Up),
    ("soared", Direction::Up),
    ("surged", Direction::Up),
    ("advanced", Direction::Up),
    ("up", Direction::Up),
    ("fell", Direction::Down),
    ("falls", Direction::Down),
    ("fallen", Direction::Down),
    ("dropped", Direction::Down),
    ("drops", Direction::Down),
    ("declined", Direction::Down),
    ("declines", Direction::Down),
    ("decreased", Direction::Down),
    ("decreases", Direction::Down),
    ("slumped", Direction::Down),
    ("slid", Direction::Down),
    ("sank", Direction::Down),
    ("plunged", Direction::Down),
    ("tumbled", Direction::Down),
    ("shrank", Direction::Down),
    ("dipped", Direction::Down),
    ("down", Direction::Down),
];

/// Nouns of a change written after its percentage or amount ("a 19% increase").
const CHANGE_NOUNS: &[(&str, Direction)] = &[
    ("increase", Direction::Up),
    ("rise", Direction::Up),
    ("gain", Direction::Up),
    ("jump", Direction::Up),
    ("climb", Direction::Up),
    ("growth", Direction::Up),
    ("surge", Direction::Up),
    ("decrease", Direction::Down),
    ("drop", Direction::Down),
    ("fall", Direction::Down),
    ("decline", Direction::Down),
    ("cut", Direction::Down),
    ("slump", Direction::Down),
    ("reduction", Direction::Down),
    ("dip", Direction::Down),
];

/// Verbs of a multiple, and the factor each states; the "-fold" words follow a verb of
/// change ("grew fivefold").
const MULTIPLE_VERBS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("tripled", 3.0),
    ("trebled", 3.0),
    ("quadrupled", 4.0),
    ("halved", 0.5),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("twentyfold", 20.0),
    ("hundredfold", 100.0),
];

/// Words before a verb of change or a multiple that make it inexact or a comparison: "more
/// than doubled", "nearly tripled", "is expected to rise".
const HEDGES: &[&str] = &[
    "than",
    "nearly",
    "almost",
    "about",
    "roughly",
    "some",
    "around",
    "expected",
    "forecast",
    "projected",
    "could",
    "would",
    "might",
    "may",
    "to",
    "not",
    "never",
    "if",
];

/// The last word of `words` (letters only), and the word before it.
fn last_words(words: &str) -> (Option<&str>, Option<&str>) {
    let mut it = words
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev();
    (it.next(), it.next())
}

/// The direction of the change verb that ends `words` ("sales rose", "rose by"), unless a
/// hedge stands before it.
pub fn change_verb_at_end(words: &str) -> Option<Direction> {
    let trimmed = words.trim_end();
    let trimmed = trimmed.strip_suffix(" by").unwrap_or(trimmed);
    let (last, before) = last_words(trimmed);
    let direction = CHANGE_VERBS
        .iter()
        .find(|(verb, _)| Some(*verb) == last)
        .map(|&(_, d)| d)?;
    let hedged = before.is_some_and(|w| HEDGES.contains(&w));
    // The words must end right at the verb ("rose " or "rose by "), not at a comma after it.
    let at_verb = trimmed.ends_with(|c: char| c.is_ascii_alphabetic());
    (!hedged && at_verb).then_some(direction)
}

/// The factor of the multiple verb that ends `words` ("doubled", "doubled to"), unless a
/// hedge stands before it.
pub fn multiple_verb_at_end(words: &str) -> Option<(f64, &'static str)> {
    let trimmed = words.trim_end();
    let trimmed = trimmed
        .strip_suffix(" to")
        .or_else(|| trimmed.strip_suffix(" from"))
        .unwrap_or(trimmed);
    let (last, before) = last_words(trimmed);
    let &(verb, factor) = MULTIPLE_VERBS
        .iter()
        .find(|(verb, _)| Some(*verb) == last)?;
    let hedged = before.is_some_and(|w| HEDGES.contains(&w) || w == "more");
    let at_verb = trimmed.ends_with(|c: char| c.is_ascii_alphabetic());
    // "fivefold" is a multiple after a verb of change ("grew fivefold"), not in "a
    // fivefold risk".
    let fold_verb = before.and_then(|w| CHANGE_VERBS.iter().find(|(v, _)| *v == w));
    if verb.ends_with("fold") {
        // "fell tenfold" is to a tenth.
        let factor = match fold_verb? {
            (_, Direction::Down) => 1.0 / factor,
            _ => factor,
        };
        return (!hedged && at_verb).then_some((factor, verb));
    }
    (!hedged && at_verb).then_some((factor, verb))
}

/// Whether `words` join a stated change to the figures before it: ", a", ", an", ", or",
/// ", up", " (up", " - a", ", an increase of", ", a rise of".
fn joins_stated_change(words: &str) -> Option<Option<Direction>> {
    let words = words.trim();
    let rest = words
        .strip_prefix(',')
        .or_else(|| words.strip_prefix('('))
        .or_else(|| words.strip_prefix('-'))
        .or_else(|| words.strip_prefix('\u{2013}'))
        .or_else(|| words.strip_prefix('\u{2014}'))?
        .trim();
    // A bare comma joins nothing: "…, $100 million more than expected".
    if rest.is_empty() {
        return None;
    }
    let mut direction = None;
    for word in rest.split(' ').filter(|w| !w.is_empty()) {
        let word = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
        match word {
            "a" | "an" | "or" | "of" | "by" | "some" => {}
            "up" => direction = Some(Direction::Up),
            "down" => direction = Some(Direction::Down),
            _ => match CHANGE_NOUNS.iter().find(|(noun, _)| *noun == word) {
                Some(&(_, d)) => direction = Some(d),
                None => return None,
            },
        }
    }
    Some(direction)
}

/// The direction of a comparison that `words` (between a percentage and the figure it is
/// compared with) state: " higher than the " is up, " below " down.
fn comparison_before(words: &str) -> Option<Direction> {
    let words = words.trim();
    let words = words.strip_suffix(" the").unwrap_or(words);
    match words {
        "higher than" | "more than" | "above" | "greater than" | "larger than" | "up on" => {
            Some(Direction::Up)
        }
        "lower than" | "less than" | "below" | "smaller than" | "down on" => Some(Direction::Down),
        _ => None,
    }
}

/// The noun of change right after a quantity ("19% increase"), in the document text.
fn noun_after(document: &Document<'_>, q: &Quantity) -> Option<Direction> {
    let after = document.text.get(q.end..)?;
    let word: String = after
        .trim_start_matches([' ', '-'])
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    CHANGE_NOUNS
        .iter()
        .find(|(noun, _)| *noun == word)
        .map(|&(_, d)| d)
}

/// One end of a change: a quantity, or one end of a range quantity ("from 5% to 7%").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct End {
    /// The quantity's index in the document.
    pub index: usize,
    /// The figure as written, in SI.
    pub value: f64,
    /// The interval its rounding implies, in SI.
    pub low: f64,
    /// See `low`.
    pub high: f64,
}

impl End {
    /// `q`'s value (the lower end of a range) with its rounding.
    pub fn of_quantity(index: usize, q: &Quantity) -> End {
        End::of(index, q, false)
    }

    /// The lower end of `q`'s range or its value (`upper` false), or its upper end.
    fn of(index: usize, q: &Quantity, upper: bool) -> End {
        let (below, above) = implied_half_widths(q);
        if upper {
            End {
                index,
                value: q.si.high,
                low: q.si.high - above,
                high: q.si.high + above,
            }
        } else {
            End {
                index,
                value: q.si.low,
                low: q.si.low - below,
                high: q.si.low + below,
            }
        }
    }
}

/// What a sentence says a change was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stated {
    /// A percentage of the figure before ("a 19% increase"): the quantity.
    Percent(usize),
    /// An amount ("rose by $3"): the quantity, and the percentage also given ("40 points, or
    /// 1.2%").
    Amount(usize, Option<usize>),
    /// A multiple ("doubled"): the factor and the verb.
    Multiple(f64, &'static str),
}

/// A change a sentence states.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// The figure before, when stated.
    pub before: Option<End>,
    /// The figure after.
    pub after: End,
    /// What the change is said to be.
    pub stated: Stated,
    /// Which way the words say it went, when they say.
    pub direction: Option<Direction>,
}

/// Whether two figures can be the two ends of one change: one dimension and one unit, and
/// neither with a qualifier ("more than", "about": an end that is not a figure).
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.dimension == b.dimension
        && a.unit == b.unit
        && a.qualifier.is_none()
        && b.qualifier.is_none()
        && a.dimension != Dimension::Duration
        // A temperature's change is in degrees, not a share of its kelvins.
        && a.dimension != Dimension::Temperature
}

/// Whether the clause ends right after `q`, or after a noun of change ("a 19% increase."):
/// anything else ("… in constant currency", "… after inflation", "… of GDP", "… on
/// pre-pandemic levels", "… a year earlier") makes the figure something else than the
/// change read.
pub fn clause_ends_after(document: &Document<'_>, q: &Quantity) -> bool {
    let Some(after) = document.text.get(q.end..) else {
        return true;
    };
    let rest = after.trim_start_matches([' ', '-']);
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    let rest = if CHANGE_NOUNS.iter().any(|(noun, _)| *noun == word) {
        &rest[word_len..]
    } else {
        rest
    };
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?', '\n'])
}

fn is_percent(q: &Quantity) -> bool {
    q.dimension == Dimension::Percent && q.unit == "%"
}

/// The ends of a range written "from A to B" at `item`.
fn from_to_range(item: &Item<'_>) -> Option<(End, End)> {
    let q = item.q;
    let text = q.text.trim_start().to_ascii_lowercase();
    // "from $2.1 billion to €2.5 billion" is no range of one currency.
    let mut signs = text.chars().filter(|c| matches!(c, '$' | '€' | '£' | '¥'));
    let first_sign = signs.next();
    let one_currency = signs.all(|c| Some(c) == first_sign);
    let degrees = q.dimension == Dimension::Temperature;
    (q.kind == Kind::Range
        && text.starts_with("from ")
        && q.qualifier.is_none()
        && one_currency
        && !degrees)
        .then(|| (End::of(item.index, q, false), End::of(item.index, q, true)))
}

/// Every change the quantities of one sentence state.
pub fn changes(document: &Document<'_>, items: &[Item<'_>]) -> Vec<Change> {
    let mut found = Vec::new();
    for i in 0..items.len() {
        let item = &items[i];
        let next = items.get(i + 1);
        let after_next = items.get(i + 2);
        // "rose from A to B" (a range, or two figures), then the change stated after.
        let ends = match (from_to_range(item), next) {
            (Some(ends), _) => Some((ends, i + 1)),
            (None, Some(second))
                if item.before.trim_end().ends_with(" from")
                    && second.before == " to "
                    && comparable(item.q, second.q)
                    && second.q.kind == Kind::Value
                    && item.q.kind == Kind::Value =>
            {
                Some((
                    (
                        End::of(item.index, item.q, false),
                        End::of(second.index, second.q, false),
                    ),
                    i + 2,
                ))
            }
            _ => None,
        };
        if let Some(((before, after), stated_at)) = ends {
            let words = item.before.trim_end();
            let words = words.strip_suffix(" from").unwrap_or(words);
            let verb = change_verb_at_end(&format!("{words} "));
            let multiple = multiple_verb_at_end(&format!("{words} "));
            if let Some((factor, word)) = multiple {
                found.push(Change {
                    before: Some(before),
                    after,
                    stated: Stated::Multiple(factor, word),
                    direction: None,
                });
                continue;
            }
            let Some(verb) = verb else { continue };
            if let Some(stated) = items.get(stated_at) {
                let ends_q = &document.quantities[after.index];
                if let Some(noun) = joins_stated_change(&stated.before) {
                    let direction = noun.or(noun_after(document, stated.q)).or(Some(verb));
                    let change = stated_change(stated, ends_q, before, after, direction);
                    if let Some(change) = change.filter(|_| clause_ends_after(document, stated.q)) {
                        found.push(change);
                    }
                }
            }
            continue;
        }
        // "rose 19% from A to B", "rose 12% to B from A", "fell 40 points, or 1.2%, to B".
        if let Some(verb) = change_verb_at_end(&item.before) {
            let change = stated_first(items, i, verb);
            let last = |change: &Change| {
                let ends = [change.after.index, change.before.map_or(0, |b| b.index)];
                ends.into_iter().max().map(|i| &document.quantities[i])
            };
            if let Some(change) =
                change.filter(|c| last(c).is_some_and(|q| clause_ends_after(document, q)))
            {
                found.push(change);
            }
            continue;
        }
        // "doubled to B from A".
        if let (Some((factor, word)), Some(second)) = (multiple_verb_at_end(&item.before), next) {
            if item.before.trim_end().ends_with(" to")
                && second.before == " from "
                && comparable(item.q, second.q)
            {
                found.push(Change {
                    before: Some(End::of(second.index, second.q, false)),
                    after: End::of(item.index, item.q, false),
                    stated: Stated::Multiple(factor, word),
                    direction: None,
                });
            }
            continue;
        }
        // "rose to B from A, a 20% increase".
        let to_then_from = item
            .before
            .trim_end()
            .strip_suffix(" to")
            .and_then(|words| {
                let verb = change_verb_at_end(&format!("{words} "))?;
                let (from, stated) = (next?, after_next?);
                (from.before == " from " && comparable(item.q, from.q))
                    .then_some((verb, from, stated))
            });
        if let Some((verb, from, stated)) = to_then_from {
            if let Some(noun) = joins_stated_change(&stated.before) {
                let before = End::of(from.index, from.q, false);
                let after = End::of(item.index, item.q, false);
                let direction = noun.or(noun_after(document, stated.q)).or(Some(verb));
                let change = stated_change(stated, item.q, before, after, direction);
                if let Some(change) = change.filter(|_| clause_ends_after(document, stated.q)) {
                    found.push(change);
                }
            }
            continue;
        }
        // "B, 19% higher than the A of 2020".
        if let (Some(stated), Some(base)) = (next, after_next) {
            let set_off = matches!(
                stated.before.trim(),
                "," | "-" | "(" | "\u{2013}" | "\u{2014}"
            );
            if let Some(direction) = comparison_before(&base.before) {
                if set_off
                    && is_percent(stated.q)
                    && stated.q.kind == Kind::Value
                    && comparable(item.q, base.q)
                {
                    let before = End::of(base.index, base.q, false);
                    let after = End::of(item.index, item.q, false);
                    if let Some(change) =
                        stated_change(stated, item.q, before, after, Some(direction))
                    {
                        found.push(change);
                    }
                    continue;
                }
            }
        }
        // "B, up 12% from A".
        if let (Some(stated), Some(from)) = (next, after_next) {
            let joined = joins_stated_change(&stated.before).flatten();
            if let Some(direction) = joined {
                if from.before == " from "
                    && comparable(item.q, from.q)
                    && clause_ends_after(document, from.q)
                {
                    let before = End::of(from.index, from.q, false);
                    let after = End::of(item.index, item.q, false);
                    let change = stated_change(stated, item.q, before, after, Some(direction));
                    if let Some(change) = change {
                        found.push(change);
                    }
                }
            }
        }
    }
    found
}

/// The change stated by `stated` (a percentage, or an amount of the kind and unit of
/// `ends`, the figures it joins) between `before` and `after`.
fn stated_change(
    stated: &Item<'_>,
    ends: &Quantity,
    before: End,
    after: End,
    direction: Option<Direction>,
) -> Option<Change> {
    let stated_kind = if is_percent(stated.q) {
        Stated::Percent(stated.index)
    } else if stated.q.dimension == ends.dimension && stated.q.unit == ends.unit {
        Stated::Amount(stated.index, None)
    } else {
        // "a 40-year high", "or $2.7 billion", "an increase of 500,000 people".
        return None;
    };
    Some(Change {
        before: Some(before),
        after,
        stated: stated_kind,
        direction,
    })
}

/// A change whose size comes first, after its verb: "rose 19% from A to B", "rose 12% to B
/// from A", "rose by $3 to $86 from $83", "fell 40 points, or 1.2%, to 3,300".
fn stated_first(items: &[Item<'_>], i: usize, verb: Direction) -> Option<Change> {
    let stated = &items[i];
    let next = items.get(i + 1)?;
    let mut rest = i + 1;
    // "40 points, or 1.2%": an amount and its percentage.
    let mut percent_too = None;
    if !is_percent(stated.q) && is_percent(next.q) && next.before.trim() == ", or" {
        percent_too = Some(next.index);
        rest = i + 2;
    }
    let first = items.get(rest)?;
    let second = items.get(rest + 1);
    let kind = |end_q: &Quantity| {
        if is_percent(stated.q) && percent_too.is_none() {
            Some(Stated::Percent(stated.index))
        } else if stated.q.dimension == end_q.dimension
            && (stated.q.unit == end_q.unit || stated.q.unit == "points")
        {
            Some(Stated::Amount(stated.index, percent_too))
        } else {
            None
        }
    };
    let change = |before: Option<End>, after: End, end_q: &Quantity| {
        kind(end_q).map(|stated| Change {
            before,
            after,
            stated,
            direction: Some(verb),
        })
    };
    if stated.q.qualifier.is_some() && !is_percent(stated.q) {
        return None;
    }
    // "rose 19% from A to B" (a range).
    if first.before == " " {
        if let Some((before, after)) = from_to_range(first) {
            return change(Some(before), after, first.q);
        }
    }
    let to = |words: &str| matches!(words.trim(), "to" | ", to");
    match second {
        // "rose 12% to B from A".
        Some(second)
            if to(&first.before) && second.before == " from " && comparable(first.q, second.q) =>
        {
            change(
                Some(End::of(second.index, second.q, false)),
                End::of(first.index, first.q, false),
                first.q,
            )
        }
        // "rose 19% from A to B" (two figures).
        Some(second)
            if first.before == " from "
                && second.before == " to "
                && comparable(first.q, second.q) =>
        {
            change(
                Some(End::of(first.index, first.q, false)),
                End::of(second.index, second.q, false),
                first.q,
            )
        }
        // "fell 40 points, or 1.2%, to 3,300": the end alone, the amount and its share.
        _ if to(&first.before) && percent_too.is_some() && first.q.qualifier.is_none() => {
            change(None, End::of(first.index, first.q, false), first.q)
        }
        _ => None,
    }
}

/// The interval of a stated figure (a percentage, an amount) as written, with its rounding
/// and qualifier, in the quantity's SI unit.
pub fn stated_interval(q: &Quantity, document: &Document<'_>) -> (f64, f64) {
    let (interval, _) = super::verify::claim_interval(q, document.allowances);
    (interval.low, interval.high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_squeezed_with_their_edges() {
        assert_eq!(squeeze(" to "), " to ");
        assert_eq!(squeeze("  From\n"), " from ");
        assert_eq!(squeeze(", or "), ", or ");
        assert_eq!(squeeze(" "), " ");
        assert_eq!(squeeze(""), "");
        assert_eq!(squeeze("Rose  BY\t"), "rose by ");
        assert_eq!(squeeze("\u{a0}É\u{2009}x"), " É x");
    }

    #[test]
    fn verbs_of_change_end_the_words() {
        assert_eq!(change_verb_at_end("sales rose "), Some(Direction::Up));
        assert_eq!(change_verb_at_end("sales rose by "), Some(Direction::Up));
        assert_eq!(change_verb_at_end("it fell "), Some(Direction::Down));
        assert_eq!(change_verb_at_end("is expected to rise "), None);
        assert_eq!(change_verb_at_end("rose sharply "), None);
        assert_eq!(
            multiple_verb_at_end("the staff doubled to "),
            Some((2.0, "doubled"))
        );
        assert_eq!(multiple_verb_at_end("more than doubled to "), None);
    }
}

/// What a check of the arithmetic found wrong: the finding goes on `anchor`, with `related`
/// quantities as the other places.
#[derive(Debug, Clone, PartialEq)]
pub struct Discrepancy {
    /// The quantity whose finding reports it.
    pub anchor: usize,
    /// The other quantities involved.
    pub related: Vec<usize>,
    /// The message, with the arithmetic.
    pub message: String,
    /// A replacement that would make it right.
    pub suggestion: Option<super::Suggestion>,
}

/// The ends of a change as the text writes them: "from $2.1 billion to $2.5 billion".
pub fn ends_text(document: &Document<'_>, change: &Change) -> String {
    let quantities = document.quantities;
    let after = quantities[change.after.index].text.trim();
    match change.before {
        Some(before) if before.index == change.after.index => after.to_string(),
        Some(before) => format!("from {} to {after}", quantities[before.index].text.trim()),
        None => format!("to {after}"),
    }
}

/// How many decimals the first number written in `text` has ("1.25%": 2).
pub fn decimals_of(text: &str) -> usize {
    let start = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(text.len());
    let number: &str = text[start..]
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .next()
        .unwrap_or("");
    number
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.trim_end_matches('.').len())
}

/// `value` written with `decimals` decimals, or with one more when that is what tells it
/// from `stated` ("19%" for 19.05 against 25; "1.25" against 1.2 at one decimal is "1.3").
pub fn written_like(value: f64, decimals: usize, stated: f64) -> String {
    // A small figure gets a decimal: "1.2%", not "1%".
    let mut decimals = if value.abs() < 10.0 {
        decimals.max(1)
    } else {
        decimals
    };
    loop {
        let shown = format!("{value:.decimals$}");
        let same = shown
            .parse::<f64>()
            .is_ok_and(|v| (v - stated).abs() < 1e-12);
        if !same || decimals >= 3 {
            // "4.0" is "4" once it differs from what was stated.
            let shown = match shown.split_once('.') {
                Some((whole, fraction)) if fraction.bytes().all(|b| b == b'0') => whole.to_string(),
                _ => shown,
            };
            return crate::quantity::display::group_thousands(&shown);
        }
        decimals += 1;
    }
}

/// Where the first number written in `text` is ("$3.5 million": 1..4).
fn number_span(text: &str) -> Option<(usize, usize)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let len = rest[..len].trim_end_matches([',', '.']).len();
    Some((start, start + len))
}

/// The first `chars` characters of `text` (all of it when shorter): the few words after a
/// figure that a rule looks at, never the rest of the document.
pub fn first_chars(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(at, _)| &text[..at])
}

/// Words that, after a comma, make the figure before them something else than the plain
/// equivalent of another: "or 5,000, whichever is greater", "$400,000 each, after tax",
/// "$55,000 per capita, adjusted for purchasing power".
const QUALIFYING_WORDS: &[&str] = &[
    "whichever",
    "after",
    "before",
    "adjusted",
    "excluding",
    "including",
    "net of",
    "minus",
    "plus",
    "in real terms",
    "in constant",
    "at today",
    "not counting",
    "if ",
    "unless",
];

/// Whether words after the figure ending at `end` qualify it ("whichever", "after tax"),
/// past the few words of a rate or noun before the clause's comma ("$5,000 each, after
/// tax").
pub fn qualified_after(text: &str, end: usize) -> bool {
    let near = first_chars(text.get(end..).unwrap_or(""), 48);
    let Some(comma) = near.find([',', ';', '(']) else {
        return false;
    };
    let after = near[comma + 1..].trim_start().to_ascii_lowercase();
    QUALIFYING_WORDS.iter().any(|w| after.starts_with(w))
}

/// Words before a share or a multiple that make it a bound or an estimate: "more than half
/// of", "fewer than one in ten", "well over a quarter".
pub const BOUND_WORDS: &[&str] = &[
    "than",
    "over",
    "under",
    "least",
    "most",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "up",
    "to",
    "well",
    "barely",
    "perhaps",
    "possibly",
];

/// Whether the last word of `words` is one of [`BOUND_WORDS`].
pub fn ends_with_bound(words: &str) -> bool {
    let (last, _) = last_words(words);
    last.is_some_and(|w| BOUND_WORDS.contains(&w))
}

/// Whether `q` is one whole number written in digits or words with no scale word ("120",
/// "1,200", "six"; not "1.2 million", "3.5").
pub fn written_as_whole_number(q: &Quantity) -> bool {
    let written = number_span(&q.text)
        .and_then(|(start, end)| q.text[start..end].replace(',', "").parse::<f64>().ok());
    q.kind == Kind::Value && q.low.fract() == 0.0 && written.is_none_or(|w| w == q.low)
}

/// The suggestion that replaces the first number written in quantity `q` with `number`.
pub fn replace_number(q: &Quantity, number: &str) -> Option<super::Suggestion> {
    let (start, end) = number_span(&q.text)?;
    Some(super::Suggestion {
        span: super::Span {
            start: q.start + start,
            end: q.start + end,
        },
        replacement: number.to_string(),
    })
}

/// `si` (a value of `q`'s kind, in SI) written as `q` writes its number: at its scale
/// ("$12 million" for 12e6 against "$15 million") and with its decimals.
pub fn number_like(q: &Quantity, si: f64) -> String {
    let written = number_span(&q.text)
        .and_then(|(start, end)| q.text[start..end].replace(',', "").parse::<f64>().ok())
        .filter(|&w| w != 0.0);
    let scale = match written {
        Some(w) if q.si.low != 0.0 => q.si.low / w,
        _ => 1.0,
    };
    written_like(si / scale, decimals_of(&q.text), f64::NAN)
}

/// Quantity `q`'s text as written inside a message: trimmed, and a capital that opened its
/// sentence made small ("About 30%" is "about 30%"; "US$3" stays).
pub fn inside_message(q: &Quantity) -> String {
    let text = q.text.trim();
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_ascii_uppercase() && second.is_lowercase() => {
            format!("{}{}", first.to_ascii_lowercase(), &text[1..])
        }
        _ => text.to_string(),
    }
}

/// Quantity `q`'s text with its first number written as `number` ("$5" as "$3").
pub fn with_number(q: &Quantity, number: &str) -> String {
    let text = q.text.trim();
    match number_span(text) {
        Some((start, end)) => format!("{}{number}{}", &text[..start], &text[end..]),
        None => number.to_string(),
    }
}

/// The figure a change's finding goes on (the stated percentage or amount, or the figure after
/// a multiple), and the change as the text states it: "19% from $2.1 billion to $2.5
/// billion", "doubled from 450 to 900".
fn statement(document: &Document<'_>, change: &Change) -> (usize, String) {
    let quantities = document.quantities;
    let ends = ends_text(document, change);
    match change.stated {
        Stated::Percent(p) => (p, format!("{} {ends}", quantities[p].text.trim())),
        Stated::Amount(a, Some(p)) => (
            p,
            format!(
                "{}, or {}, {ends}",
                quantities[a].text.trim(),
                quantities[p].text.trim()
            ),
        ),
        Stated::Amount(a, None) => (a, format!("{} {ends}", quantities[a].text.trim())),
        Stated::Multiple(_, verb) => (change.after.index, format!("{verb} {ends}")),
    }
}

/// Adds "its arithmetic holds: `stated`" to the message of a finding left unverifiable, so
/// that a report shows what the arithmetic rules verified.
pub fn say_it_holds(finding: &mut super::Finding, stated: &str) {
    if finding.verdict == super::Verdict::Unverifiable {
        let mut parts = finding.parts.clone();
        parts.addendum = Some(format!("its arithmetic holds: {stated}"));
        finding.reword(parts);
    }
}

/// Checks every change the sentences of `document` state: the percentage (`NF204`), the
/// amount (`NF205`) and the multiple (`NF206`) it is said to be. A discrepancy is reported on
/// the stated figure's finding, unless another check already reported that finding; a change
/// that holds is said so in the message of a finding left unverifiable, for coverage.
pub fn check(document: &Document<'_>, findings: &mut [super::Finding]) {
    use super::rules::{absolute_change, multiple, percent_change};
    for items in document.sentences_with_items() {
        for change in changes(document, items) {
            let found = match change.stated {
                Stated::Percent(p) => {
                    percent_change::judge(document, &change, p).map(|d| (d, &percent_change::RULE))
                }
                Stated::Amount(a, percent) => absolute_change::judge(document, &change, a, percent)
                    .map(|d| (d, &absolute_change::RULE)),
                Stated::Multiple(factor, verb) => {
                    multiple::judge(document, &change, factor, verb).map(|d| (d, &multiple::RULE))
                }
            };
            let Some((discrepancy, rule)) = found else {
                let (anchor, stated) = statement(document, &change);
                say_it_holds(&mut findings[anchor], &stated);
                continue;
            };
            discrepancy.report(document, rule, findings);
        }
        for comparison in multiple::comparisons(document, items) {
            match multiple::judge_comparison(document, &comparison) {
                Ok(stated) => say_it_holds(&mut findings[comparison.figure], &stated),
                Err(discrepancy) => discrepancy.report(document, &multiple::RULE, findings),
            }
        }
    }
}

impl Discrepancy {
    /// Reports this discrepancy as `rule` on its anchor's finding, unless another check
    /// already reported that finding.
    pub fn report(
        self,
        document: &Document<'_>,
        rule: &'static super::rules::Rule,
        findings: &mut [super::Finding],
    ) {
        let finding = &mut findings[self.anchor];
        if finding.severity >= super::Severity::Warning {
            return;
        }
        for &other in &self.related {
            finding.add_related(document.related(&document.quantities[other]));
        }
        finding.report(rule, super::MessageParts::summary(self.message));
        finding.suggestion = self.suggestion;
    }
}
