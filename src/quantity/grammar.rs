//! The quantity grammar: what may follow a numeral (a unit, a range, "times the speed of
//! sound", a counted noun) and what may stand before it (a qualifier, "between", a currency
//! sign, "Mach"). [`parse_at`] runs it at one anchor found by the scanner.

use super::context::{
    self, PrecedingWord, RangeOpener, joined_to_preceding_word, month_after, ordinal_after,
    preceding_word, qualifier_after, qualifier_before, range_opener_before, signed_start,
    time_or_ordinal_after,
};
use super::lexical::{
    PResult, at_sentence_start, at_word_end, at_word_start, inline_space0, is_one_of, is_word_char,
    keyword, match_phrase, phrase_before, reject, word_gap,
};
use super::lexicon::{
    AGE_WORDS, ANGLE_AFTER, ANGLE_BEFORE, CHANGE_VERBS, CHANGE_WORDS, COLLECTIVES, COMPARED_AFTER,
    COUNT_NOUNS, DECADE_WORDS, DETERMINERS, NOT_PLURAL, SMALL_NUMBERS, VAGUE_MAGNITUDES,
    WORDS_OF_MORE,
};
use super::model::{Dimension, Kind, Qualifier};
use super::numeral::{Numeral, Written, and_a_fraction, numeral};
use super::units::{self, MACH, Unit, UnitContext, counts_after_article, currency_prefix};
use nom::Parser;
use nom::branch::alt;
use std::cell::OnceCell;

/// What the scanner found at an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// An ASCII digit.
    Digit,
    /// A number word ("ten", "a dozen").
    Word,
    /// "Mach".
    Mach,
    /// A currency sign or code.
    Currency,
    /// A vague magnitude ("hundreds of", "tens of thousands of").
    Magnitude,
}

/// What a quantity is measured in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Measure<'a> {
    /// A unit from the table.
    Unit(&'static Unit),
    /// A counted noun ("people").
    Noun(&'a str),
    /// Nothing: a bare number, counted.
    Bare,
}

/// One quantity read at an anchor, with byte offsets into the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parsed<'a> {
    /// Where the quantity starts, with any words before the number that join it.
    pub(crate) start: usize,
    /// Where the quantity ends.
    pub(crate) end: usize,
    /// A single value or a range.
    pub(crate) kind: Kind,
    /// The qualifier ("about", "more than"), if any.
    pub(crate) qualifier: Option<Qualifier>,
    /// The value, or the low end of a range, in the stated unit.
    pub(crate) low: f64,
    /// The value, or the high end of a range, in the stated unit.
    pub(crate) high: f64,
    /// What the quantity is measured in.
    pub(crate) measure: Measure<'a>,
    /// A temperature stated as a change ("warmed by 1.2 °C"): converted without the offset.
    pub(crate) difference: bool,
    /// A vague magnitude ("hundreds of homes"): an interval, not a figure.
    pub(crate) vague: bool,
}

/// The outcome of trying the grammar at an anchor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Outcome<'a> {
    /// A quantity; scanning resumes at its end.
    Found(Parsed<'a>),
    /// Not a quantity; scanning resumes at this offset.
    Skip(usize),
}

/// What the words before a number allow at this place: which words may join the two numbers
/// of a range, and whether a glued "m" may mean millions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Joiners<'t> {
    /// "and", after "between".
    and: bool,
    /// Where the first number starts in the text, for "to" and "through": they join a range
    /// unless a verb of change stands before it (in "rose $1.50 to $86.73" the first is the
    /// change and the second the new level). Looked at only when a "to" follows, which is
    /// rare; `None` when they never join.
    to_after: Option<(&'t str, usize)>,
    /// "40m people" is millions, unless "the" or "a" stands before the number: "the 400m
    /// hurdles" is a race.
    millions: bool,
}

impl Joiners<'_> {
    /// Whether "to" and "through" join a range here: not after a verb of change, nor after
    /// one and "from" ("rose from £10.42 to £11.44" states the old level and the new).
    fn to(&self) -> bool {
        self.to_after.is_some_and(|(text, start)| {
            let before = qualifier_before(text, start).map_or(start, |(_, s)| s);
            let from = super::lexical::phrase_before(text, before, "from", false);
            !change_verb_before(text, from.unwrap_or(before))
        })
    }
}

/// True when a verb of change stands right before `start` (after any qualifier).
fn after_change_verb(text: &str, start: usize) -> bool {
    let before = qualifier_before(text, start).map_or(start, |(_, s)| s);
    change_verb_before(text, before)
}

/// True when the word right before `end` is a verb of change.
fn change_verb_before(text: &str, end: usize) -> bool {
    super::lexical::word_before(text, end)
        .is_some_and(|(word, _)| CHANGE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word)))
}

/// The part of a quantity from its numeral (or sign or "Mach") to its end.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Body<'a> {
    first: Numeral,
    second: Option<Numeral>,
    low: f64,
    high: f64,
    range: bool,
    measure: Measure<'a>,
    qualifier: Option<Qualifier>,
}

/// Tries the grammar at an anchor of the given kind starting at byte `anchor` of `text`.
///
/// Words before the anchor (a sign, a qualifier, "between", "a crew of") join the quantity
/// only where they start at or after `floor`, the end of the previous quantity, so quantities
/// never overlap.
pub(crate) fn parse_at(text: &str, anchor: usize, kind: Anchor, floor: usize) -> Outcome<'_> {
    let next_char = anchor + text[anchor..].chars().next().map_or(1, char::len_utf8);
    let site = Site {
        text,
        anchor,
        kind,
        floor,
        next_char,
    };
    match read_quantity(site) {
        Ok(parsed) => Outcome::Found(parsed),
        Err(resume) => Outcome::Skip(resume),
    }
}

/// Where the grammar is tried: the text, the anchor and its kind, and the floor.
#[derive(Debug, Clone, Copy)]
struct Site<'a> {
    text: &'a str,
    anchor: usize,
    kind: Anchor,
    /// The end of the previous quantity: words before the anchor join only from here.
    floor: usize,
    /// The offset after the anchor's first character, where scanning resumes by default.
    next_char: usize,
}

/// Where a numeral starts in its text, with the word and the qualifier before it, each read
/// once: the filters of [`is_quantity`] ask for them several times.
struct NumberPlace<'a> {
    text: &'a str,
    start: usize,
    word_before: OnceCell<Option<(&'a str, usize)>>,
    qualifier_before: OnceCell<Option<(Qualifier, usize)>>,
}

impl<'a> NumberPlace<'a> {
    /// The numeral that starts at `start` of `text`.
    fn new(text: &'a str, start: usize) -> Self {
        NumberPlace {
            text,
            start,
            word_before: OnceCell::new(),
            qualifier_before: OnceCell::new(),
        }
    }

    /// [`super::lexical::word_before`] the numeral.
    fn word_before(&self) -> Option<(&'a str, usize)> {
        *self
            .word_before
            .get_or_init(|| super::lexical::word_before(self.text, self.start))
    }

    /// [`qualifier_before`] the numeral.
    fn qualifier_before(&self) -> Option<(Qualifier, usize)> {
        *self
            .qualifier_before
            .get_or_init(|| qualifier_before(self.text, self.start))
    }

    /// Where the words before the numeral and its qualifier start: the qualifier, if any.
    fn before_qualifier(&self) -> usize {
        self.qualifier_before().map_or(self.start, |(_, at)| at)
    }

    /// [`super::lexical::word_before`] `end`, read once where `end` is the numeral's start.
    fn word_before_at(&self, end: usize) -> Option<(&'a str, usize)> {
        if end == self.start {
            self.word_before()
        } else {
            super::lexical::word_before(self.text, end)
        }
    }
}

/// The passes of [`parse_at`], in order. `Err` holds the offset where scanning resumes.
#[inline]
fn read_quantity(site: Site<'_>) -> Result<Parsed<'_>, usize> {
    if let Some(age) = decade_of_life(site) {
        return Ok(age);
    }
    skip_non_word_start(site)?;
    skip_plain_year(site)?;
    skip_plain_ordinal_or_time(site)?;
    skip_phone_number(site)?;
    let start = number_start(site);
    let place = NumberPlace::new(site.text, start);
    let opener = range_opener_before(site.text, start);
    let (rest, body) = read_body(site, start, joiners_before(&place, opener))?;
    skip_non_quantity(site, &place, &body, rest)?;
    let (rest, trailing) = match qualifier_after(rest) {
        Some((q, after)) => (after, Some(q)),
        None => (rest, None),
    };
    let mut reading = Reading::new(start, rest, &body);
    extend_to_range_opener(site, &mut reading, opener);
    extend_to_leading_qualifier(site, &place, &mut reading, trailing);
    read_angle(site.text, &mut reading);
    count_collective(site, &mut reading);
    read_age(site.text, &mut reading);
    read_pounds_as_money(site.text, &mut reading);
    read_below_zero(&mut reading);
    read_opposite_bound(&mut reading);
    let mut parsed = reading.parsed(site.text);
    parsed.vague = site.kind == Anchor::Magnitude;
    Ok(parsed)
}

/// A quantity being read at an anchor: the passes of [`read_quantity`] refine it in turn.
#[derive(Debug, Clone, Copy)]
struct Reading<'a> {
    /// Where the numeral (or its sign) starts.
    start: usize,
    /// Where the quantity starts: the numeral, or words before it that join it.
    span_start: usize,
    /// The text after the quantity as read so far.
    rest: &'a str,
    measure: Measure<'a>,
    low: f64,
    high: f64,
    range: bool,
    qualifier: Option<Qualifier>,
    /// Whether "below zero" followed the quantity.
    below_zero: bool,
}

impl<'a> Reading<'a> {
    /// The reading of `body`, whose numeral starts at `start`, with `rest` after it.
    fn new(start: usize, rest: &'a str, body: &Body<'a>) -> Self {
        Reading {
            start,
            span_start: start,
            rest,
            measure: body.measure,
            low: body.low,
            high: body.high,
            range: body.range,
            qualifier: body.qualifier,
            below_zero: false,
        }
    }

    /// The quantity read, with whether it is a difference of temperature.
    fn parsed(self, text: &str) -> Parsed<'a> {
        let difference = is_difference(text, &self);
        Parsed {
            start: self.span_start,
            end: text.len() - self.rest.len(),
            kind: if self.range { Kind::Range } else { Kind::Value },
            qualifier: self.qualifier,
            low: self.low,
            high: self.high,
            measure: self.measure,
            difference,
            vague: false,
        }
    }
}

/// Skips an anchor inside a word ("B52"), unless it is a currency symbol, and a number joined
/// to the word before it ("Tu-160").
#[inline]
fn skip_non_word_start(site: Site<'_>) -> Result<(), usize> {
    let Site { text, anchor, .. } = site;
    let symbol_sign = site.kind == Anchor::Currency
        && !text[anchor..].starts_with(|c: char| c.is_ascii_alphabetic());
    if !at_word_start(text, anchor) && !symbol_sign {
        return Err(site.next_char);
    }
    if matches!(site.kind, Anchor::Digit | Anchor::Word) && joined_to_preceding_word(text, anchor) {
        return Err(token_end(text, anchor));
    }
    Ok(())
}

/// The words before a year that [`is_quantity`] reads as naming one, and that no qualifier
/// ends ("in excess of" does, so "of" is not here).
const WORDS_BEFORE_A_YEAR: &[&str] = &[
    "in", "since", "until", "during", "before", "after", "from", "by",
];

/// Skips a year the whole grammar would skip, without running it: four digits from 1000 to
/// 2100 after a space and a word that names a year, where nothing after them can make them
/// a quantity. Either a clause ends right after them, after one of [`WORDS_BEFORE_A_YEAR`]
/// ("in 2001,", "since 1990."), or a word follows, after one of
/// [`YEAR_CONTEXT`] that ends no qualifier ("the 1995 film", "in 2001 voters"), and neither
/// a unit, a scale word nor a second number joins them ([`year_before_a_word`]). Most digits
/// in prose are such years.
#[inline]
fn skip_plain_year(site: Site<'_>) -> Result<(), usize> {
    let Site { text, anchor, .. } = site;
    let bytes = text.as_bytes();
    let Some(digits) = bytes.get(anchor..anchor + 4) else {
        return Ok(());
    };
    let year = digits.iter().all(u8::is_ascii_digit)
        && (digits[0] == b'1' || (digits[0] == b'2' && (digits[1] == b'0' || digits == b"2100")));
    if site.kind != Anchor::Digit || !year || anchor == 0 || bytes[anchor - 1] != b' ' {
        return Ok(());
    }
    let ends_clause = match bytes.get(anchor + 4) {
        None => true,
        Some(b',' | b'.') => !bytes.get(anchor + 5).is_some_and(u8::is_ascii_digit),
        Some(b';' | b':' | b')' | b'!' | b'?' | b'\n' | b'\r') => true,
        Some(_) => false,
    };
    let word_follows = bytes.get(anchor + 4) == Some(&b' ')
        && bytes.get(anchor + 5).is_some_and(u8::is_ascii_alphabetic);
    if !ends_clause && !word_follows {
        return Ok(());
    }
    let Some((word, _)) = super::lexical::word_before(text, anchor) else {
        return Ok(());
    };
    let skip = match ends_clause {
        true => is_one_of(WORDS_BEFORE_A_YEAR, word),
        false => year_before_a_word(text, anchor, word),
    };
    if skip { Err(anchor + 4) } else { Ok(()) }
}

/// Words after a year that [`year_before_a_word`] leaves to the grammar: a second number
/// may follow them ("in 1990 to 2000", "the 1990 and 1991 seasons"), or a factor ("2000
/// times the speed of sound").
const JOINERS_AFTER_A_YEAR: &[&str] = &["to", "through", "and", "or", "times"];

/// Whether the year-like number at `anchor` (four digits, a space and a letter after them)
/// is a year as [`is_quantity`] would judge it, after `word_before`: that word
/// is of [`YEAR_CONTEXT`] but "of" ("an average of 1700 a week"), no qualifier ends there
/// ("up to 2000 people" is a bound), the numeral is the four digits alone (no "million"),
/// and no unit ("the 1500 metres final", "in 2000 USD"), scale letter ("the 2000 M
/// viewers") or joiner of a second number follows.
fn year_before_a_word(text: &str, anchor: usize, word_before: &str) -> bool {
    let names_a_year =
        is_one_of(YEAR_CONTEXT, word_before) && !word_before.eq_ignore_ascii_case("of");
    if !names_a_year || qualifier_before(text, anchor).is_some() {
        return false;
    }
    let input = &text[anchor..];
    let next = &input[5..];
    if is_one_of(
        JOINERS_AFTER_A_YEAR,
        super::lexical::leading_ascii_word(next),
    ) {
        return false;
    }
    match numeral(input, false) {
        Ok((rest, first)) if rest.len() + 4 == input.len() && first.is_year_like() => {
            unit_after(rest, &first, false).is_err() && spaced_scale_letter(&first, rest).is_none()
        }
        _ => false,
    }
}

/// Skips an ordinal or a clock time in plain digits ("19th", "21st", "9:30") without running
/// the grammar: [`measured`] would read the digits (no separator, point, exponent or scale
/// word follows them), find the suffix or the colon, and call the token malformed, which
/// skips its chain of numbers. After years, these are most of the digits that are no
/// quantity.
#[inline]
fn skip_plain_ordinal_or_time(site: Site<'_>) -> Result<(), usize> {
    let Site { text, anchor, .. } = site;
    if site.kind != Anchor::Digit {
        return Ok(());
    }
    let digits = text.as_bytes()[anchor..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let rest = &text[anchor + digits..];
    let time = rest.starts_with(':') && rest.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
    // Past a letter only; the last two digits tell which ordinal suffix fits.
    let ordinal = rest.starts_with(|c: char| c.is_ascii_alphabetic()) && {
        let last_two = text.as_bytes()[anchor..anchor + digits]
            .iter()
            .rev()
            .take(2)
            .rev()
            .fold(0.0, |n, &d| n * 10.0 + f64::from(d - b'0'));
        ordinal_after(last_two, rest)
    };
    if digits > 0 && (time || ordinal) {
        Err(number_chain_end(text, token_end(text, anchor)))
    } else {
        Ok(())
    }
}

/// Skips a telephone number written with its country code ("+44 20 7946 0958", "+61 2 9999
/// 9999"): a "+" that starts a word, one to three digits, then groups of digits after single
/// spaces or hyphens. The whole number goes, however short its groups.
#[inline]
fn skip_phone_number(site: Site<'_>) -> Result<(), usize> {
    let Site { text, anchor, .. } = site;
    let bytes = text.as_bytes();
    let plus = anchor > 0
        && bytes[anchor - 1] == b'+'
        && (anchor == 1 || matches!(bytes[anchor - 2], b' ' | b'(' | b'\n' | b'\t'));
    if site.kind != Anchor::Digit || !plus {
        return Ok(());
    }
    let code = bytes[anchor..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let (end, groups) = digit_groups_end(text, anchor + code, 1);
    if (1..=3).contains(&code) && groups >= 2 {
        Err(end)
    } else {
        Ok(())
    }
}

/// Where the numeral starts: at its sign, if any, but not before the floor.
#[inline]
fn number_start(site: Site<'_>) -> usize {
    match site.kind {
        Anchor::Digit | Anchor::Word => signed_start(site.text, site.anchor)
            .max(site.floor)
            .min(site.anchor),
        Anchor::Mach | Anchor::Currency | Anchor::Magnitude => site.anchor,
    }
}

/// What the words before `start` allow: "and" after "between", "to" unless after a verb of
/// change, millions unless after a determiner.
#[inline]
fn joiners_before<'a>(
    place: &NumberPlace<'a>,
    opener: Option<(RangeOpener, usize)>,
) -> Joiners<'a> {
    let (text, start) = (place.text, place.start);
    let determined = place
        .word_before()
        .is_some_and(|(word, _)| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word)));
    Joiners {
        and: matches!(opener, Some((RangeOpener::Between, _))),
        to_after: Some((text, start)),
        millions: !determined,
    }
}

/// Reads the numeral, range, unit or noun from `start`. A malformed number skips its whole
/// chain of tokens; anything else not read skips one character.
#[inline]
fn read_body<'a>(
    site: Site<'a>,
    start: usize,
    joiners: Joiners<'_>,
) -> Result<(&'a str, Body<'a>), usize> {
    let input = &site.text[start..];
    let parsed = match site.kind {
        Anchor::Digit | Anchor::Word => measured(input, joiners),
        Anchor::Mach => mach(input, joiners),
        Anchor::Currency => money(input, joiners),
        Anchor::Magnitude => magnitude(input),
    };
    parsed.map_err(|error| match error {
        nom::Err::Failure(_) => number_chain_end(site.text, token_end(site.text, site.anchor)),
        _ => site.next_char,
    })
}

/// Skips what was read when it is no quantity (a year, a date, a label) or is the "a" of a
/// rate after the previous quantity: "$80 a barrel", "5 mg a kilogram".
#[inline]
fn skip_non_quantity(
    site: Site<'_>,
    place: &NumberPlace<'_>,
    body: &Body<'_>,
    rest: &str,
) -> Result<(), usize> {
    let Site { text, floor, .. } = site;
    let rate = body.first.written == Written::Article
        && floor > 0
        && text[floor..place.start].trim().is_empty();
    if rate || !is_quantity(place, site.kind, body, rest) {
        let end = token_end(text, site.anchor).max(site.next_char);
        let listed = match body.first.written {
            Written::Digits {
                plain_integer: true,
                digit_count,
                ..
            } if body.measure == Measure::Bare && body.second.is_none() => {
                list_end(text, end, digit_count)
            }
            _ => end,
        };
        return Err(listed);
    }
    Ok(())
}

/// Where a list that goes on from a number that is no quantity ends: the numbers joined to it
/// by commas, "and", "or" or "&" are no quantities either ("Articles 2, 3 and 8", "rooms 101
/// and 102", "the Boeing 737 and 747", "in 2001 and 2002"). A member is a plain integer of
/// about as many digits as the first (`digits`), with no unit or counted noun after it
/// ("Article 5 and 300 people" lists no "300"). A list closes with "and", "or" or "&":
/// members joined by commas alone are no list ("Room 12, 45, was empty").
fn list_end(text: &str, start: usize, digits: usize) -> usize {
    const JOINERS: [(&str, bool); 6] = [
        (", and ", true),
        (", or ", true),
        (", ", false),
        (" and ", true),
        (" or ", true),
        (" & ", true),
    ];
    let (mut end, mut closed) = (start, start);
    loop {
        let rest = &text[end..];
        let Some((member, closes)) = JOINERS
            .iter()
            .find_map(|&(joiner, closes)| Some((rest.strip_prefix(joiner)?, closes)))
        else {
            return closed;
        };
        let count = member.bytes().take_while(u8::is_ascii_digit).count();
        let after = &member[count..];
        let unit_or_noun = || {
            let member = Numeral {
                value: 1.0,
                scale: 1.0,
                written: Written::Digits {
                    plain_integer: true,
                    digit_count: count,
                    slash: false,
                },
            };
            unit_after(after, &member, false).is_ok() || counted_noun(after).is_ok()
        };
        if count == 0 || count.abs_diff(digits) > 1 || !at_word_end(after) || unit_or_noun() {
            return closed;
        }
        end = text.len() - after.len();
        if closes {
            closed = end;
        }
    }
}

/// Starts a range at its opener ("between", "from") when the opener is after the floor.
#[inline]
fn extend_to_range_opener(
    site: Site<'_>,
    reading: &mut Reading<'_>,
    opener: Option<(RangeOpener, usize)>,
) {
    // A vague magnitude's interval is no range written with "between" or "from".
    if reading.range && site.kind != Anchor::Magnitude {
        if let Some((_, opener_start)) = opener.filter(|&(_, at)| at >= site.floor) {
            reading.span_start = opener_start;
        }
    }
}

/// Starts the quantity at a qualifier before it ("more than", "about") when that is after the
/// floor, and combines it with the qualifiers inside and after (`trailing`).
#[inline]
fn extend_to_leading_qualifier(
    site: Site<'_>,
    place: &NumberPlace<'_>,
    reading: &mut Reading<'_>,
    trailing: Option<Qualifier>,
) {
    let text = site.text;
    let span_start = reading.span_start;
    let qualifier = if span_start == place.start {
        place.qualifier_before()
    } else {
        qualifier_before(text, span_start)
    };
    let mut leading = qualifier.filter(|&(_, at)| at >= site.floor);
    if let (Some((Qualifier::MoreThan, at)), Measure::Unit(unit)) = (leading, reading.measure) {
        // "over five years" is a span of time, not "more than" (but "just over two hours" is,
        // and so is an age: "over thirty years old").
        let age = text[..text.len() - reading.rest.len()].ends_with("old");
        if unit.dimension == Dimension::Duration
            && !age
            && phrase_before(text, span_start, "over", false) == Some(at)
        {
            leading = None;
        }
    }
    // "edging back up to 3.9%", "climbed up to 40": a change to the figure, not a bound.
    if let Some((Qualifier::UpTo, at)) = leading {
        let up_to = text
            .get(at..at + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case("up"));
        let level_verb = |word: &str| LEVEL_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word));
        // "edging back up to", "edged up to"; not "rise by up to 10%" (a bound on the
        // change) nor "turned back up to 300 migrants".
        let moved = up_to
            && super::lexical::word_before(text, at).is_some_and(|(word, word_start)| {
                level_verb(word)
                    || (word.eq_ignore_ascii_case("back")
                        && super::lexical::word_before(text, word_start)
                            .is_some_and(|(verb, _)| level_verb(verb)))
            });
        if moved {
            leading = None;
        }
    }
    if let Some((_, qualifier_start)) = leading {
        reading.span_start = qualifier_start;
    }
    reading.qualifier = combine_qualifiers(leading.map(|(q, _)| q), reading.qualifier, trailing);
}

/// Reads plain degrees as an angle where the words around say so ("turned 90 degrees").
#[inline]
fn read_angle(text: &str, reading: &mut Reading<'_>) {
    if reading.measure == Measure::Unit(&units::DEGREE)
        && reads_as_angle(text, reading.span_start, reading.rest)
    {
        reading.measure = Measure::Unit(&units::DEGREE_OF_ANGLE);
    }
}

/// "a crew of five flies": a collective before the number counts, not the word after it.
#[inline]
fn count_collective<'a>(site: Site<'a>, reading: &mut Reading<'a>) {
    let text = site.text;
    if let Some((noun, noun_start)) =
        collective_before(text, reading.span_start).filter(|&(_, at)| at >= site.floor)
    {
        if matches!(reading.measure, Measure::Bare | Measure::Noun(_)) {
            if let Measure::Noun(_) = reading.measure {
                reading.rest = numeral_with_glued_millions(&text[reading.start..], reading.low);
            }
            reading.measure = Measure::Noun(noun);
            reading.span_start = noun_start;
        }
    }
}

/// "a man aged 45", "at age 87", "at the age of 92": a bare number after a word of age (or
/// a word of age and "of") is an age in years.
#[inline]
fn read_age(text: &str, reading: &mut Reading<'_>) {
    let age_word =
        |(word, _): (&str, usize)| AGE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
    let after_age_word = |end: usize| super::lexical::word_before(text, end).is_some_and(age_word);
    // "The Age of 1,000 Kings" is a title: a life is at most 130 years.
    let after_age_of = || {
        reading.low <= 130.0
            && super::lexical::phrase_before(text, reading.span_start, "of", false)
                .is_some_and(after_age_word)
    };
    if reading.measure == Measure::Bare
        && (after_age_word(reading.span_start)
            || after_age_of()
            || people_over_or_under(text, reading)
            || age_in_apposition(text, reading))
    {
        reading.measure = Measure::Unit(&units::YEAR);
    }
}

/// Nouns of people before "over" or "under" and a bare number: the number is their age
/// ("children under 12", "men over 50").
const PEOPLE_NOUNS: &[&str] = &[
    "children",
    "child",
    "kids",
    "men",
    "women",
    "people",
    "adults",
    "those",
    "anyone",
    "everyone",
    "anybody",
    "pupils",
    "patients",
    "drivers",
    "voters",
    "residents",
    "boys",
    "girls",
    "teenagers",
    "workers",
    "smokers",
    "mothers",
    "fathers",
    "parents",
    "passengers",
    "pensioners",
    "individuals",
    "citizens",
    "applicants",
    "players",
    "women's",
    "men's",
];

/// "Children under 12", "men over 50", "those over 65": a whole number up to 120 after
/// "under", "over", "below" or "above" and a noun of people is an age.
fn people_over_or_under(text: &str, reading: &Reading<'_>) -> bool {
    let word_before = super::lexical::word_before;
    let whole_age = reading.low.fract() == 0.0 && (1.0..=120.0).contains(&reading.low);
    whole_age
        && matches!(
            reading.qualifier,
            Some(Qualifier::MoreThan | Qualifier::LessThan)
        )
        && word_before(text, reading.start).is_some_and(|(bound, at)| {
            is_one_of(&["under", "over", "below", "above"], bound)
                && word_before(text, at).is_some_and(|(noun, _)| is_one_of(PEOPLE_NOUNS, noun))
        })
}

/// Verbs of paying right before a number: "pounds" after them is money ("fined 500 pounds").
const PAYING_VERBS: &[&str] = &[
    "fined", "cost", "costs", "costing", "paid", "pay", "pays", "paying", "earn", "earns",
    "earned", "earning", "charged", "charge", "charges", "worth", "priced", "raised", "donated",
    "spent", "spend", "spends", "owed", "owes", "owe", "won", "awarded", "refunded",
];

/// Nouns of money before "of" and a number: "a fine of 500 pounds" is money.
const MONEY_NOUNS: &[&str] = &[
    "fine",
    "fee",
    "fees",
    "salary",
    "wage",
    "wages",
    "bill",
    "sum",
    "price",
    "cost",
    "payment",
    "compensation",
    "damages",
    "bonus",
    "prize",
    "reward",
    "ransom",
    "bail",
    "loan",
    "debt",
    "donation",
    "tax",
    "rent",
    "fare",
    "grant",
    "budget",
    "profit",
    "loss",
    "income",
];

/// Words that open a phrase of their own: a verb of paying before one is not the verb of
/// the number after it.
const PHRASE_OPENERS: &[&str] = &[
    "after", "before", "for", "with", "by", "to", "in", "on", "at", "of", "and", "or", "but",
    "then", "while", "when", "from", "into", "than",
];

/// "fined 500 pounds", "a fee of 40 pounds": "pounds" spelled out after a word of paying or
/// of money is the currency, not the weight (which "pounds of sugar" stays).
#[inline]
fn read_pounds_as_money(text: &str, reading: &mut Reading<'_>) {
    if reading.measure != Measure::Unit(&units::POUND) {
        return;
    }
    let quantity = &text[reading.start..text.len() - reading.rest.len()];
    let spelled = ["pound", "pounds"].iter().any(|w| {
        quantity.len() >= w.len()
            && quantity.is_char_boundary(quantity.len() - w.len())
            && quantity[quantity.len() - w.len()..].eq_ignore_ascii_case(w)
    });
    if !spelled || reading.rest.trim_start().starts_with("of ") {
        return;
    }
    let word_before = super::lexical::word_before;
    // The verb may have its object between ("fined the shop owner 500 pounds", "paid him
    // 40 pounds"): up to three words of a noun phrase, no word that starts another phrase
    // ("paid tribute after lifting 300 pounds" is a weight).
    let mut words = std::iter::successors(word_before(text, reading.span_start), |&(_, at)| {
        word_before(text, at)
    });
    let paid = match words.next() {
        Some((of, at)) if of.eq_ignore_ascii_case("of") => {
            word_before(text, at).is_some_and(|(noun, _)| is_one_of(MONEY_NOUNS, noun))
        }
        Some((word, _)) if is_one_of(PAYING_VERBS, word) => true,
        Some(first) => std::iter::once(first)
            .chain(words)
            .take(4)
            .take_while(|&(word, _)| {
                !is_one_of(PHRASE_OPENERS, word) && !word.to_ascii_lowercase().ends_with("ing")
            })
            .skip(1)
            .any(|(word, _)| is_one_of(PAYING_VERBS, word)),
        None => false,
    };
    if paid {
        reading.measure = Measure::Unit(&units::GBP);
    }
}

/// Possessives of "in his 30s", "in their mid-20s".
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our"];

/// The parts of a decade of life ("in her early 40s"): the word, and the years of the decade
/// it keeps (early 40s: 40 to 43).
const PARTS_OF_A_DECADE: &[(&str, f64, f64)] =
    &[("early", 0.0, 3.0), ("mid", 4.0, 6.0), ("late", 7.0, 9.0)];

/// "A man in his 30s", "in her early forties", "in their mid-20s": an age as the decade of
/// life after "in" and a possessive, read as a range of years: the whole decade (30 to 39),
/// or its early (30–33), middle (34–36) or late (37–39) years. "In the 30s" (a temperature
/// or a decade of a century) is not an age, and neither is "the 1960s".
fn decade_of_life(site: Site<'_>) -> Option<Parsed<'_>> {
    let Site { text, anchor, .. } = site;
    let (decade, end) = match (site.kind, text.as_bytes().get(anchor..anchor + 3)) {
        (Anchor::Digit, Some(&[tens @ b'2'..=b'9', b'0', b's'])) => {
            (f64::from(tens - b'0') * 10.0, anchor + 3)
        }
        (Anchor::Word, _) => DECADE_WORDS.iter().find_map(|&(word, decade)| {
            let rest = match_phrase(&text[anchor..], word, false)?;
            Some((decade, text.len() - rest.len()))
        })?,
        _ => return None,
    };
    if !at_word_end(&text[end..]) || !at_word_start(text, anchor) {
        return None;
    }
    // "early 40s", "mid-20s": a part of the decade, joined by a space or a hyphen.
    let part = PARTS_OF_A_DECADE.iter().find_map(|&(word, low, high)| {
        let head = text[..anchor]
            .strip_suffix('-')
            .or_else(|| text[..anchor].strip_suffix(' '))?;
        let start = head.len().checked_sub(word.len())?;
        let spelled = head.get(start..)?.eq_ignore_ascii_case(word) && at_word_start(text, start);
        spelled.then_some((start, low, high))
    });
    let (before, low, high) = part.unwrap_or((anchor, 0.0, 9.0));
    let (possessive, at) = super::lexical::word_before(text, before)?;
    let (word_in, start) = super::lexical::word_before(text, at)?;
    let named = POSSESSIVES
        .iter()
        .any(|p| p.eq_ignore_ascii_case(possessive))
        && word_in.eq_ignore_ascii_case("in");
    (named && start >= site.floor).then_some(Parsed {
        start,
        end,
        kind: Kind::Range,
        qualifier: None,
        low: decade + low,
        high: decade + high,
        measure: Measure::Unit(&units::YEAR),
        difference: false,
        vague: false,
    })
}

/// "The prime minister, 58, has led…", "LeBron James, 39, scored": a whole number from 1 to
/// 120 set off by commas right after a word, with the sentence going on in lower case, is
/// the age of whoever was just named.
fn age_in_apposition(text: &str, reading: &Reading<'_>) -> bool {
    let number = &text[reading.span_start..text.len() - reading.rest.len()];
    let whole = number.bytes().all(|b| b.is_ascii_digit());
    let before = text[..reading.span_start].strip_suffix(", ");
    let after_word = before.is_some_and(|b| b.ends_with(|c: char| c.is_alphabetic()));
    // "Adelaide, 98, beat Carlton, 76" is a score; "Qantas, 15, and Virgin, 12" a list.
    const NOT_AFTER_AN_AGE: &[&str] = &[
        "beat", "beats", "defeated", "defeats", "lost", "drew", "thrashed", "edged", "trailed",
        "led", "and", "or", "then", "to", "v", "vs",
    ];
    let goes_on = reading.rest.strip_prefix(", ").is_some_and(|r| {
        let word: String = r.chars().take_while(char::is_ascii_alphabetic).collect();
        r.starts_with(|c: char| c.is_ascii_lowercase())
            && !NOT_AFTER_AN_AGE.contains(&word.as_str())
    });
    if !(whole && after_word && goes_on && (1.0..=120.0).contains(&reading.low)) {
        return false;
    }
    // "Qantas, 15, and Virgin, 12, were fined": a list of figures, one of them set off so
    // before this one in the sentence (looked for in the 200 bytes before it).
    let mut window_start = reading.span_start.saturating_sub(LIST_LOOKBACK);
    while !text.is_char_boundary(window_start) {
        window_start += 1;
    }
    let sentence_start = text[window_start..reading.span_start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(window_start, |i| window_start + i + 1);
    let window = &text[sentence_start..reading.span_start];
    let listed = window
        .match_indices(", ")
        .filter(|&(at, _)| at + 2 < window.len())
        .any(|(at, _)| {
            let after = &text[sentence_start + at + 2..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && after[digits..].starts_with(',')
        });
    !listed
}

/// How far before an age in apposition a list of figures set off by commas is looked for.
const LIST_LOOKBACK: usize = 200;

/// "10 degrees below zero", "5 below zero": a temperature under zero.
#[inline]
fn read_below_zero(reading: &mut Reading<'_>) {
    let thermal = match reading.measure {
        Measure::Bare => true,
        Measure::Unit(unit) => unit.dimension == Dimension::Temperature,
        Measure::Noun(_) => false,
    };
    let below_zero = thermal
        .then(|| word_gap(reading.rest).ok())
        .flatten()
        .and_then(|(after, _)| match_phrase(after, "below zero", false))
        .filter(|after: &&str| at_word_end(after));
    let Some(after) = below_zero else {
        return;
    };
    if reading.measure == Measure::Bare {
        reading.measure = Measure::Unit(&units::DEGREE);
    }
    // "-5 below zero" is already negative; "more than 5 below zero" is colder than -5.
    if reading.low >= 0.0 {
        (reading.low, reading.high) = (-reading.high, -reading.low);
        reading.qualifier = reading.qualifier.map(|q| match q {
            Qualifier::MoreThan => Qualifier::LessThan,
            Qualifier::LessThan => Qualifier::MoreThan,
            Qualifier::AtLeast => Qualifier::AtMost,
            Qualifier::AtMost => Qualifier::AtLeast,
            other => other,
        });
    }
    reading.rest = after;
    reading.below_zero = true;
}

/// "more than 100 and less than 300", "at most 100 and at least 20": a qualified value and an
/// opposite bound after it make a range.
#[inline]
fn read_opposite_bound(reading: &mut Reading<'_>) {
    let (Some(first), false, false) = (reading.qualifier, reading.range, reading.below_zero) else {
        return;
    };
    let Some((after, second, second_measure)) = opposite_bound(reading.rest, first) else {
        return;
    };
    let agree = match (reading.measure, second_measure) {
        (Measure::Unit(a), Measure::Unit(b)) => a == b,
        (Measure::Noun(_) | Measure::Bare, Measure::Unit(_)) => true,
        (_, _) => true,
    };
    // The bounds must leave room between them: "more than 40 and less than 10" is two
    // claims, not a range.
    let low = reading.low;
    let ordered = if matches!(first, Qualifier::MoreThan | Qualifier::AtLeast) {
        low < second
    } else {
        second < low
    };
    if agree && ordered {
        if matches!(second_measure, Measure::Unit(_)) || reading.measure == Measure::Bare {
            reading.measure = second_measure;
        }
        (reading.low, reading.high) = (low.min(second), low.max(second));
        (reading.range, reading.qualifier, reading.rest) = (true, None, after);
    }
}

/// Whether a temperature is a change of temperature ("warmed by 1.2 °C", "1.1C above
/// pre-industrial levels", "fell 12 degrees overnight"; not "rose to 25C") rather than a
/// temperature.
fn is_difference(text: &str, reading: &Reading<'_>) -> bool {
    matches!(reading.measure, Measure::Unit(unit) if unit.dimension == Dimension::Temperature)
        && !reading.below_zero
        && (CHANGE_WORDS
            .iter()
            .any(|w| phrase_before(text, reading.span_start, w, false).is_some())
            || after_change_verb(text, reading.span_start)
            || compared_after(reading.rest))
}

/// Whether a quantity in plain degrees measures an angle rather than a temperature.
fn reads_as_angle(text: &str, start: usize, rest: &str) -> bool {
    let next = word_gap(rest).map_or(rest, |(r, _)| r);
    let next_word = super::lexical::leading_ascii_word(next);
    // "45 degrees of latitude", "a degree of arc".
    if next_word.eq_ignore_ascii_case("of") {
        let after_of = word_gap(&next[2..])
            .map_or("", |(r, _)| r)
            .to_ascii_lowercase();
        if ["latitude", "longitude", "arc"]
            .iter()
            .any(|w| after_of.starts_with(w))
        {
            return true;
        }
    }
    if ANGLE_AFTER
        .iter()
        .any(|w| w.eq_ignore_ascii_case(next_word) && (w.len() > 1 || *w == next_word))
    {
        return true;
    }
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let clause = window
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(window, |i| &window[i + 1..]);
    let before = clause.to_ascii_lowercase();
    ANGLE_BEFORE.iter().any(|w| {
        before
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|word| word == *w)
    })
}

/// The second half of a two-sided bound: after "more than 100", the words "and less than 300"
/// (or ", below 300"). Returns the rest, the second number and its measure.
fn opposite_bound(rest: &str, first: Qualifier) -> Option<(&str, f64, Measure<'_>)> {
    let lower = |q: Qualifier| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast);
    let upper =
        |q: Qualifier| matches!(q, Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo);
    let after_comma = rest.strip_prefix(',').unwrap_or(rest);
    let (after, _) = word_gap(after_comma).ok()?;
    let after = match keyword("and")(after) {
        Ok((after_and, _)) => word_gap(after_and).ok()?.0,
        Err(_) if after_comma.len() < rest.len() => after,
        Err(_) => return None,
    };
    let (second_qualifier, after) = context::qualifier_at(after)?;
    if !(lower(first) && upper(second_qualifier) || upper(first) && lower(second_qualifier)) {
        return None;
    }
    let (after, _) = word_gap(after).ok()?;
    let (after, body) = measured(
        after,
        Joiners {
            and: false,
            to_after: None,
            millions: true,
        },
    )
    .ok()?;
    (!body.range).then_some((after, body.low, body.measure))
}

/// The qualifier of a quantity from the one before it, the one inside it and the one after
/// it: a bound after the number ("about 500 or more") says more than an "about" before it.
fn combine_qualifiers(
    leading: Option<Qualifier>,
    inner: Option<Qualifier>,
    trailing: Option<Qualifier>,
) -> Option<Qualifier> {
    match (leading, trailing) {
        (
            None | Some(Qualifier::Approximately),
            Some(bound @ (Qualifier::AtLeast | Qualifier::AtMost)),
        ) => Some(bound),
        _ => leading.or(inner).or(trailing),
    }
}

/// Words after a temperature that make it a difference: "1.1C above pre-industrial levels".
fn compared_after(rest: &str) -> bool {
    let Ok((after, _)) = word_gap(rest) else {
        return false;
    };
    COMPARED_AFTER.iter().any(|w| keyword(w)(after).is_ok())
}

/// The text after the numeral that starts `input`, and after a glued "m" when that made it
/// `value`, millions ("a population of 8.9m people" is 8.9 million: the "m" is part of it).
fn numeral_with_glued_millions(input: &str, value: f64) -> &str {
    let Ok((rest, numeral)) = numeral(input, false) else {
        return input;
    };
    let millions = super::tidy(numeral.value * 1e6);
    match rest.strip_prefix('m') {
        Some(after) if numeral.value != value && millions == value => after,
        _ => rest,
    }
}

/// The length of the numeral at the start of `input` (its end, before any unit or noun).
fn numeral_length(input: &str) -> Option<usize> {
    numeral(input, false)
        .ok()
        .map(|(rest, _)| input.len() - rest.len())
}

/// A collective noun and "of" right before `pos` ("crew of"), with the noun and its offset.
fn collective_before(text: &str, pos: usize) -> Option<(&str, usize)> {
    let of_start = super::lexical::phrase_before(text, pos, "of", false)?;
    COLLECTIVES.iter().find_map(|noun| {
        let start = super::lexical::phrase_before(text, of_start, noun, false)?;
        Some((&text[start..start + noun.len()], start))
    })
}

/// The filters that tell a number that is a quantity from one that is a year, a date, a
/// label, a name or a lone "one".
fn is_quantity(place: &NumberPlace<'_>, kind: Anchor, body: &Body<'_>, rest: &str) -> bool {
    let (text, start) = (place.text, place.start);
    if let Measure::Unit(unit) = body.measure {
        // "Boeing 777F", "Airbus A330C": a letter glued to a model number is not a unit.
        let glued_letter = || {
            let numeral_end = start + numeral_length(&text[start..]).unwrap_or(0);
            text[numeral_end..].starts_with(['C', 'F'])
        };
        let temperature_letter = matches!(unit.symbol, "°C" | "°F");
        // "taught \"Physics 201\" for years": the mark closes a quotation, not inches.
        let written = &text[start..text.len() - rest.len()];
        // The line so far, or its last kilobyte: a quotation opened before it is not looked
        // for further back (a 20 MB line must not be read again at every quantity).
        let line_so_far = || {
            let mut from = start.saturating_sub(1024);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
            &text[line_start..start]
        };
        // A label's number ("Physics 201\"", "EDSA 1\""): a capitalised word before it; "a
        // 27\" monitor" inside a quotation is still inches.
        let closing_quote = unit.symbol == "in"
            && written.ends_with('"')
            && line_so_far().matches('"').count() % 2 == 1
            && place
                .word_before()
                .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_uppercase()));
        return !(closing_quote
            || temperature_letter
                && preceding_word(text, place.word_before()) == PrecedingWord::Name
                && glued_letter()
            || someday(place, body, rest));
    }
    if matches!(kind, Anchor::Mach | Anchor::Currency | Anchor::Magnitude) {
        return true;
    }
    let year_like = body.first.is_year_like() && body.second.is_none_or(|n| n.is_year_like());
    // "in 2023" is a year; "more than 2000" is not (but "around 2000" may well be).
    let bounded = || {
        place
            .qualifier_before()
            .is_some_and(|(q, _)| q != Qualifier::Approximately)
    };
    if year_like && !bounded() && !counts_not_a_year(place, body, rest) {
        return false;
    }
    if street_after(rest)
        || era_beside(place, rest)
        || early_year(place, body, rest)
        || score(place, body, rest)
    {
        return false;
    }
    if let Written::Words { weak } = body.first.written {
        let capitalised = text[start..].starts_with(|c: char| c.is_uppercase());
        if capitalised && !at_sentence_start(text, start) {
            return false;
        }
        // "one" alone is a pronoun far more often than a number: only "a crew of one" counts.
        let counted_group = || collective_before(text, place.before_qualifier()).is_some();
        let share = || (0.0..1.0).contains(&body.low) && share_context(place, rest);
        if weak && body.measure == Measure::Bare && !counted_group() && !share() {
            return false;
        }
    }
    match preceding_word(text, place.word_before()) {
        PrecedingWord::LabelOrDate | PrecedingWord::Name => return false,
        PrecedingWord::Ordinary => {}
    }
    !month_after(rest)
}

/// Words before "one day" that make it "at some time" ("he hopes one day to return", "it
/// may one day be"), not a day's length.
const SOMEDAY_BEFORE: &[&str] = &[
    "hope", "hopes", "hoped", "might", "may", "will", "would", "could", "can", "should", "must",
    "dream", "dreams", "dreamed", "wish", "wishes", "perhaps", "maybe",
];

/// Words after "one day" that make it "at some time" ("One day, he said", "One day he
/// hopes to return").
const SOMEDAY_AFTER: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "his", "her", "their", "our", "my", "your",
    "soon", "to",
];

/// Whether "one day" in words is the adverb "at some time", not a duration: at a sentence's
/// start before a comma or a pronoun, or after a verb of hope or a modal ("One day he hopes
/// to return"; not "The strike lasted one day" or "One day later, they left").
fn someday(place: &NumberPlace<'_>, body: &Body<'_>, rest: &str) -> bool {
    let day = matches!(body.measure, Measure::Unit(unit) if std::ptr::eq(unit, &units::DAY));
    let written = &place.text[place.start..place.text.len() - rest.len()];
    if !day || body.second.is_some() || !written.eq_ignore_ascii_case("one day") {
        return false;
    }
    let next = rest.trim_start_matches(super::lexical::is_inline_space);
    let next_word = super::lexical::leading_ascii_word(next);
    let in_list = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let opens_clause = rest.starts_with(',') || in_list(SOMEDAY_AFTER, next_word);
    let before = place.word_before().map(|(word, _)| word);
    (at_sentence_start(place.text, place.start) && opens_clause)
        || before.is_some_and(|word| in_list(SOMEDAY_BEFORE, word))
}

/// Words right before a number the size of a year that make it one: "in 2000 people moved"
/// is read as a year, and so are "the 2000 elections" and "its 1990 census".
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "of", "before", "after", "during", "circa", "to",
    "through", "the", "a", "its", "their", "his", "her", "our", "this", "that", "for", "on", "at",
    "with", "all", "last", "next", "reported", "approved",
];

/// Nouns a year qualifies: "2019 figures", "2010 prices", "2023 deliveries" are of a year,
/// not counts of them.
const NOUNS_OF_A_YEAR: &[&str] = &[
    "figures",
    "levels",
    "prices",
    "results",
    "profits",
    "accounts",
    "budgets",
    "revenues",
    "voters",
    "graduates",
    "deliveries",
    "sales",
    "earnings",
    "elections",
    "games",
    "olympics",
    "data",
    "numbers",
    "estimates",
    "forecasts",
    "rates",
    "emissions",
    "models",
    "editions",
    "championships",
    "finals",
    "miners",
    "protests",
    "riots",
    "floods",
    "winners",
    "polls",
];

/// Whether a number the size of a year counts something: a counted noun after it ("1800
/// people", "between 1200 and 1900 jobs", "about 1800 people") or a period it is per ("1700
/// a week"), with no word of a year before it.
fn counts_not_a_year(place: &NumberPlace<'_>, body: &Body<'_>, rest: &str) -> bool {
    let (text, start) = (place.text, place.start);
    let before = place.before_qualifier();
    // "an average of 1700", "a total of 1500", "a death toll of 1200": amounts, whatever
    // "of" may say elsewhere ("the summer of 1969").
    let amount_of = ["average of", "total of", "toll of", "crowd of", "tally of"]
        .iter()
        .any(|phrase| phrase_before(text, before, phrase, false).is_some());
    let word_before = place.word_before_at(before).map(|(word, _)| word);
    // "Tesla's 2023 deliveries", "2019 figures showed": a possessive or the sentence's start.
    let possessive = word_before.is_some_and(|w| w.ends_with("'s"))
        || text[..before].trim_end().ends_with(['\'', '\u{2019}']);
    let year_word = !amount_of
        && (possessive
            || (before == start && at_sentence_start(text, start))
            || word_before
                .is_some_and(|word| YEAR_CONTEXT.iter().any(|w| w.eq_ignore_ascii_case(word))));
    let per_period = [" a week", " a day", " a month", " a year", " each "]
        .iter()
        .any(|w| rest.starts_with(w))
        || (rest.starts_with(" per ") && !rest.starts_with(" per capita"));
    let counted = match body.measure {
        Measure::Noun(noun) => !NOUNS_OF_A_YEAR.iter().any(|n| n.eq_ignore_ascii_case(noun)),
        _ => false,
    };
    !year_word && (counted || per_period)
}

/// Words before a score ("drew 1-1", "level at 77-77") and after it ("a 6-3 lead").
const SCORE_WORDS_BEFORE: &[&str] = &[
    "drew", "draw", "won", "win", "lost", "lose", "beat", "beaten", "trailed", "trailing", "led",
    "leading", "level", "levelled", "leveled", "tied",
];

/// See [`SCORE_WORDS_BEFORE`].
const SCORE_WORDS_AFTER: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "loss",
    "lead",
    "draw",
    "scoreline",
    "result",
    "aggregate",
];

/// Whether the number opens a score: two whole numbers joined by a hyphen, with no unit,
/// equal ("1-1", "77-77": a tie, never a range) or beside a word of a game ("drew 2-1", "a
/// 6-3 lead").
fn score(place: &NumberPlace<'_>, body: &Body<'_>, rest: &str) -> bool {
    let (text, start) = (place.text, place.start);
    let plain = |n: &Numeral| {
        matches!(
            n.written,
            Written::Digits {
                plain_integer: true,
                digit_count: 1..=3,
                ..
            }
        )
    };
    // The second number is either read into a range ("6-3") or left in the rest ("-1").
    let second = match body.second {
        Some(second) if body.measure == Measure::Bare => Some(second.value),
        None if body.measure == Measure::Bare => {
            rest.strip_prefix(['-', '\u{2013}']).and_then(|r| {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3)
                    .contains(&digits)
                    .then(|| r[..digits].parse::<f64>().ok())?
            })
        }
        _ => None,
    };
    let Some(second) = second.filter(|_| plain(&body.first)) else {
        return false;
    };
    let written = &text[start..text.len() - rest.len()];
    if body.second.is_some() && written.contains(' ') {
        return false;
    }
    // "drew 2-1", and "level at 77-77", "won by 3-1": "at" and "by" only after a word of a
    // game ("put at 200-300" is an estimate).
    let game_word = |at: usize| {
        place
            .word_before_at(at)
            .is_some_and(|(w, _)| SCORE_WORDS_BEFORE.iter().any(|s| s.eq_ignore_ascii_case(w)))
    };
    let before = game_word(start)
        || place.word_before().is_some_and(|(w, at)| {
            (w.eq_ignore_ascii_case("at") || w.eq_ignore_ascii_case("by")) && game_word(at)
        });
    let after_score =
        rest.trim_start_matches(|c: char| c == '-' || c == '\u{2013}' || c.is_ascii_digit());
    let after = after_score
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|w| SCORE_WORDS_AFTER.iter().any(|s| s.eq_ignore_ascii_case(w)));
    second == body.first.value || before || after
}

/// Verbs that move a level to a figure: "edging (back) up to 3.9%".
const LEVEL_VERBS: &[&str] = &[
    "edged", "edging", "edges", "crept", "creeping", "creeps", "climbed", "climbing", "rose",
    "rising", "ticked", "ticking", "inched", "inching", "moved", "moving", "bounced", "bouncing",
];

/// Words that end a street's name: "12 Elm Street", "221B Baker St".
const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Road",
    "Rd",
    "Avenue",
    "Ave",
    "Lane",
    "Drive",
    "Boulevard",
    "Place",
    "Square",
    "Way",
    "Court",
    "Crescent",
    "Terrace",
    "Close",
];

/// Whether the number is a house number: one or two capitalised words then a street word
/// follow it ("12 Elm Street", "10 Downing Street", "1600 Pennsylvania Avenue").
fn street_after(rest: &str) -> bool {
    let mut words = rest
        .split([' ', ',', '.', '\n', '\r'])
        .filter(|w| !w.is_empty());
    let capitalised = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    if !rest.starts_with(' ') {
        return false;
    }
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let third = words.next();
    let (street_at, street) = if second.is_some_and(|w| STREET_WORDS.contains(&w)) {
        (2, true)
    } else {
        (
            3,
            second.is_some_and(capitalised) && third.is_some_and(|w| STREET_WORDS.contains(&w)),
        )
    };
    // "300 Wall Street firms", "nine Supreme Court justices": a noun after the name makes
    // the number a count of it.
    let mut after_name = rest.trim_start();
    for _ in 0..street_at {
        let word_end = after_name
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after_name.len());
        after_name = after_name[word_end..]
            .strip_prefix(' ')
            .unwrap_or(&after_name[word_end..]);
    }
    // After the street's name: the clause ends, or a word that is no noun of it follows.
    let joined =
        rest.len() > after_name.len() && rest[..rest.len() - after_name.len()].ends_with(' ');
    let next_word: String = after_name
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let ends = !joined
        || next_word.is_empty()
        || [
            "in", "on", "at", "near", "and", "where", "which", "was", "is", "has", "for", "to",
            "would", "will", "could", "can", "may", "had", "were", "are", "from", "by", "with",
            "after", "before", "since", "when", "while", "said", "says",
        ]
        .contains(&next_word.as_str());
    capitalised(first) && street && ends
}

/// Whether an era stands beside the number: "A.D. 410", "AD 410", "1500 B.C.", "44 BC",
/// "600 BCE", "800 CE".
fn era_beside(place: &NumberPlace<'_>, rest: &str) -> bool {
    let before = place.word_before().map(|(word, _)| word);
    let after = rest.trim_start_matches(super::lexical::is_inline_space);
    // "1500 B.C." and "44 BC, when"; not "1,000 BC Ferries sailings" or "300 CE-marked".
    let era_after = ["B.C.", "BC", "BCE", "A.D.", "AD", "CE", "B.C.E."]
        .iter()
        .any(|era| {
            after.strip_prefix(era).is_some_and(|r| {
                let next = r.trim_start_matches(super::lexical::is_inline_space);
                // "B.C." may end its sentence; "BC" before a capital is a name ("BC
                // Ferries").
                !r.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                    && (era.ends_with('.') || !next.starts_with(|c: char| c.is_uppercase()))
            })
        });
    era_after || matches!(before, Some("A.D." | "AD"))
}

/// Whether a number of three digits or fewer is a year of the first millennium: after "in",
/// "since" or "until", alone before the clause's end or before "and" or "when" and a word
/// ("founded in 877.", "until 410,", "sacked in 410 and rebuilt"; not "in 300 and 400
/// cases" or "three in 100 and").
fn early_year(place: &NumberPlace<'_>, body: &Body<'_>, rest: &str) -> bool {
    let plain = matches!(
        body.first.written,
        Written::Digits {
            plain_integer: true,
            digit_count: 3,
            ..
        }
    );
    // "one in 100." is a ratio.
    let after_year_word = place.word_before().is_some_and(|(word, at)| {
        ["in", "since", "until"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            && !super::lexical::word_before(place.text, at).is_some_and(|(before, _)| {
                SMALL_NUMBERS.iter().any(|n| n.eq_ignore_ascii_case(before))
                    || before.bytes().all(|b| b.is_ascii_digit())
            })
    });
    let joined_clause = [" and ", " when "].iter().any(|joiner| {
        rest.strip_prefix(joiner)
            .is_some_and(|next| next.starts_with(|c: char| c.is_alphabetic()))
    });
    let alone = rest.is_empty() || rest.starts_with(['.', ',', ';', ')', '\n']) || joined_clause;
    plain && body.second.is_none() && body.measure == Measure::Bare && after_year_word && alone
}

/// The end of the token that starts at `pos`: letters, digits and the punctuation that joins
/// them inside one token ("1,1,1", "Tu-22M3", "9/11", "1.2.3"); an en dash joins two digits
/// ("3–1", "1914–18").
fn token_end(text: &str, pos: usize) -> usize {
    let tail = &text[pos..];
    let joins_digits = |at: usize| {
        let digit_at = |i: usize| tail.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
        at > 0 && digit_at(at - 1) && digit_at(at + '\u{2013}'.len_utf8())
    };
    let len = tail
        .char_indices()
        .find(|&(at, c)| {
            !(is_word_char(c)
                || matches!(c, ',' | '.' | '-' | '/' | ':' | '\u{2011}')
                || c == '\u{2013}' && joins_digits(at))
        })
        .map_or(tail.len(), |(i, _)| i);
    // Do not swallow a sentence's final full stop or comma.
    let token = tail[..len].trim_end_matches([',', '.', '-', '/', ':']);
    pos + token
        .len()
        .max(tail.chars().next().map_or(1, char::len_utf8))
}

/// The end of a telephone-like chain of digit groups continuing at `end` ("0800 123 4567"):
/// once a token is rejected, the groups glued to it by single spaces or dashes go with it.
fn number_chain_end(text: &str, end: usize) -> usize {
    digit_groups_end(text, end, 2).0
}

/// Where the groups of at least `shortest` digits that follow `end`, each after one space or
/// hyphen, end; and how many there are.
fn digit_groups_end(text: &str, mut end: usize, shortest: usize) -> (usize, usize) {
    let mut groups = 0;
    loop {
        let rest = &text[end..];
        let Some(after) = rest.strip_prefix([' ', '-']) else {
            return (end, groups);
        };
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits < shortest || !at_word_end(&after[digits..]) {
            return (end, groups);
        }
        end += 1 + digits;
        groups += 1;
    }
}

/// A quantity that starts with a numeral: "1,500 to 2,000 km", "500-kilogram", "300 people",
/// "10 times faster than the speed of sound".
fn measured<'a>(input: &'a str, joiners: Joiners<'_>) -> PResult<'a, Body<'a>> {
    // "The plan is twofold: …" names parts, not a factor.
    if let Some((after, factor)) = fold_word(input).filter(|(after, _)| !after.starts_with(':')) {
        return Ok((after, single(factor, Measure::Noun(FOLD))));
    }
    let (rest, first) = numeral(input, false)?;
    if let Some(after) = fold_suffix(rest) {
        return Ok((after, single(first, Measure::Noun(FOLD))));
    }
    if let Some((after, scaled, noun)) = spaced_scale_letter(&first, rest) {
        return Ok((after, single(scaled, Measure::Noun(noun))));
    }
    if let Some((after, share)) = one_in(&first, rest) {
        return Ok((after, single(share, Measure::Bare)));
    }
    if matches!(first.written, Written::Digits { .. }) && time_or_ordinal_after(first.value, rest) {
        return super::lexical::malformed(input);
    }
    if let Ok((after, _)) = speed_of_sound(rest) {
        return Ok((after, single(first, Measure::Unit(&MACH))));
    }
    if let Some(after) = times_in_a_comparison(rest) {
        return Ok((after, single(first, Measure::Noun(FOLD))));
    }
    // "3/4 of a mile", "1/8 of a cup": a fraction of one unit, as "three-quarters of a mile".
    let slash_fraction = matches!(first.written, Written::Digits { slash: true, .. });
    if slash_fraction && first.value < 1.0 {
        let of_a = [" of a ", " of an "].iter().find_map(|w| {
            rest.get(..w.len())
                .filter(|head| head.eq_ignore_ascii_case(w))
                .map(|_| &rest[w.len()..])
        });
        if let Some(Ok((after, unit))) = of_a.map(|unit_text| unit_after(unit_text, &first, false))
        {
            return Ok((after, single(first, Measure::Unit(unit))));
        }
    }
    let (after_first, first_unit) = match unit_after(rest, &first, false) {
        Ok((after, unit)) => (after, Some(unit)),
        Err(_) => (rest, None),
    };
    if let Ok((after_second, second)) = range_second(after_first, joiners, false) {
        let (after_unit, second_unit) = match unit_after(after_second, &second, false) {
            Ok((after, unit)) => (after, Some(unit)),
            Err(_) => (after_second, None),
        };
        let units_agree = match (first_unit, second_unit) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if continues_with_number(after_second) {
            // "1-222-333", "2023-10-05": a phone number or a date.
            return super::lexical::malformed(input);
        }
        // "passed 52-48", "won 112-104": a tally or a score, not a range.
        let dash = after_first.trim_start().starts_with(['-', '–', '—']);
        if dash && first_unit.is_none() && second.value < first.value {
            return super::lexical::malformed(input);
        }
        // "fell 1.2% to 4,457.49 points": the second number counts something else.
        let other_noun =
            first_unit.is_some() && second_unit.is_none() && counted_noun(after_second).is_ok();
        if let Some((low, high)) =
            range_values(&first, &second).filter(|_| units_agree && !other_noun)
        {
            let range = |rest, measure| Ok((rest, range_body(first, second, (low, high), measure)));
            if let Some(unit) = second_unit.or(first_unit) {
                return range(after_unit, Measure::Unit(unit));
            }
            if let Ok((after, _)) = speed_of_sound(after_second) {
                return range(after, Measure::Unit(&MACH));
            }
            if let Ok((after, noun)) = counted_noun(after_second) {
                return range(after, Measure::Noun(noun));
            }
            if at_word_end(after_second) {
                return range(after_second, Measure::Bare);
            }
        }
    }
    let Some(unit) = first_unit else {
        if first.written == Written::Article {
            return reject(input);
        }
        // "jailed in 2005 and 10 years later": a year shares no unit.
        let measure = (!first.is_year_like())
            .then(|| measure_of_the_next(after_first, joiners))
            .flatten();
        if let Some(measure) = measure {
            return Ok((rest, single(first, measure)));
        }
        return unit_less(input, first, rest);
    };
    let glued_m = std::ptr::eq(unit, &units::METRE) && rest.starts_with('m');
    if glued_m && joiners.millions && first.scale == 1.0 {
        if let Some(found) = millions_of(first, after_first) {
            return Ok(found);
        }
    }
    // "a 34-year-old suspect", "ten years old": the age reads as one phrase.
    let after_first = match unit.dimension {
        Dimension::Duration => ["-old", " old"]
            .iter()
            .find_map(|w| after_first.strip_prefix(w))
            .filter(|r| at_word_end(r))
            .unwrap_or(after_first),
        _ => after_first,
    };
    // "two hours and a half", "an hour and a half": half of the unit more.
    let more = match and_a_fraction(after_first) {
        Some((after, part)) => Some((after, first.value + part, unit)),
        None => compound(after_first, first.value, unit),
    };
    if first.written == Written::Article {
        // "a mile", "an ml"; a span of time only with more after it ("an hour and a half",
        // "a minute and 30 seconds"), since "a day later" and "twice a year" are no measures.
        let spelled = &rest[..rest.len() - after_first.len()];
        let counts = counts_after_article(unit, spelled);
        let timed = unit.dimension == Dimension::Duration && more.is_some();
        if !counts && !timed {
            return reject(input);
        }
    }
    if let Some((after, total, unit)) = more {
        let mut body = single(first, Measure::Unit(unit));
        (body.low, body.high) = (total, total);
        return Ok((after, body));
    }
    Ok((after_first, single(first, Measure::Unit(unit))))
}

/// "7 B people", "40 M viewers": a capital scale letter written apart from a number in
/// digits, before a counted noun: the rest after the noun, the scaled numeral and the noun.
fn spaced_scale_letter<'a>(first: &Numeral, rest: &'a str) -> Option<(&'a str, Numeral, &'a str)> {
    if first.scale != 1.0 || !matches!(first.written, Written::Digits { .. }) {
        return None;
    }
    let after = rest.strip_prefix(' ')?;
    let scale = match after.as_bytes().first()? {
        b'B' => 1e9,
        b'M' => 1e6,
        _ => return None,
    };
    let (after_noun, noun) = counted_noun(&after[1..]).ok()?;
    let scaled = Numeral {
        value: super::tidy(first.value * scale),
        scale,
        ..*first
    };
    Some((after_noun, scaled, noun))
}

/// A resolution or a network generation written like a number: "an 8K television", "4K
/// video", "a 5G network".
fn display_name(written: &str, rest: &str) -> bool {
    const SCREEN_WORDS: &[&str] = &[
        "tv",
        "tvs",
        "television",
        "televisions",
        "screen",
        "screens",
        "display",
        "displays",
        "resolution",
        "video",
        "videos",
        "footage",
        "camera",
        "cameras",
        "monitor",
        "monitors",
        "streaming",
        "content",
        "projector",
        "projectors",
        "blu-ray",
    ];
    if !written.ends_with(['K', 'k']) {
        return false;
    }
    let next: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    SCREEN_WORDS.contains(&next.as_str())
}

/// "one in five", "1 in 3", "two out of three", "one in a million": a share, read as the
/// fraction. Both numbers are whole, the first at most ten ("120 out of 400 applicants" is a
/// part and its total, two counts), the second the larger and no year ("one in 2020").
fn one_in<'a>(first: &Numeral, rest: &'a str) -> Option<(&'a str, Numeral)> {
    let whole = |n: &Numeral| n.value >= 1.0 && n.value.fract() == 0.0;
    if !whole(first) || first.scale != 1.0 || first.value > 10.0 {
        return None;
    }
    let (after_gap, _) = word_gap(rest).ok()?;
    let after_word = keyword("in")(after_gap)
        .or_else(|_| keyword("out of")(after_gap))
        .ok()?
        .0;
    let (after_gap, _) = word_gap(after_word).ok()?;
    let (after, second) = numeral(after_gap, false).ok()?;
    // "eight in 24 hours" is a count in a span of time.
    if !whole(&second)
        || second.value <= first.value
        || second.is_year_like()
        || !at_word_end(after)
        || unit_after(after, &second, false).is_ok()
        || time_or_ordinal_after(second.value, after)
    {
        return None;
    }
    let share = Numeral {
        value: super::tidy(first.value / second.value),
        scale: 1.0,
        written: Written::Words { weak: false },
    };
    Some((after, share))
}

/// Words around a fraction in words that make it a share or a change: a share of something
/// after it ([`share_follows`]), "by" before it ("fell by a quarter", "up by half"), a
/// qualifier before it ("less than half that", "about a third") or a comparative after it
/// ("a third less than").
fn share_context(place: &NumberPlace<'_>, rest: &str) -> bool {
    const COMPARATIVES: &[&str] = &[
        "less", "more", "fewer", "lower", "higher", "smaller", "larger", "bigger", "cheaper",
    ];
    // "the western half of the country", "the second half of the season": a part named,
    // not a share stated.
    const PART_NAMERS: &[&str] = &[
        "the", "its", "their", "his", "her", "our", "your", "this", "that", "first", "second",
        "last", "other", "top", "bottom", "upper", "lower", "front", "back", "latter", "former",
        "early", "later", "final", "opening", "closing", "better", "bigger", "larger", "greater",
    ];
    // "a quarter-point cut", "half-time": a compound word, not a share.
    if rest.starts_with(['-', '\u{2010}', '\u{2011}']) {
        return false;
    }
    let before = place.word_before().map(|(word, _)| word);
    let names_a_part = before.is_some_and(|word| {
        PART_NAMERS.iter().any(|w| w.eq_ignore_ascii_case(word))
            || word.to_ascii_lowercase().ends_with("ern")
    });
    // "half the battle", "half the time": idioms, no share of anything counted.
    const IDIOMS: &[&str] = &[
        " the battle",
        " the time",
        " the fun",
        " the story",
        " the reason",
        " the problem",
    ];
    let idiom = IDIOMS.iter().any(|idiom| {
        rest.get(..idiom.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(idiom))
            && at_word_end(&rest[idiom.len()..])
    });
    if names_a_part || idiom {
        return false;
    }
    let by = before.is_some_and(|word| word.eq_ignore_ascii_case("by"));
    let comparative = word_gap(rest)
        .is_ok_and(|(after, _)| COMPARATIVES.iter().any(|word| keyword(word)(after).is_ok()));
    by || comparative || place.qualifier_before().is_some() || share_follows(rest)
}

/// Words after a fraction in words that make it a share of something: "half the houses",
/// "a quarter of those surveyed", "a third of voters", "half its staff".
fn share_follows(rest: &str) -> bool {
    const OWNERS: &[&str] = &[
        "the", "its", "their", "his", "her", "our", "your", "all", "those", "these", "this", "that",
    ];
    let Ok((after, _)) = word_gap(rest) else {
        return false;
    };
    let after_of = keyword("of")(after)
        .ok()
        .and_then(|(r, _)| word_gap(r).ok());
    if let Some((word, _)) = after_of {
        return word.starts_with(|c: char| c.is_alphanumeric());
    }
    OWNERS.iter().any(|owner| {
        keyword(owner)(after)
            .ok()
            .and_then(|(r, _)| word_gap(r).ok())
            .is_some_and(|(word, _)| word.starts_with(|c: char| c.is_alphabetic()))
    })
}

/// What a multiplier counts: "a 12-fold rise" is a factor of 12 "fold".
const FOLD: &str = super::model::MULTIPLIER_NOUN;

/// "-fold" or "fold" right after a numeral ("12-fold", "five-fold"): the rest after it.
fn fold_suffix(rest: &str) -> Option<&str> {
    let after = rest.strip_prefix('-').unwrap_or(rest);
    let tail = after.get(FOLD.len()..)?;
    (after[..FOLD.len()].eq_ignore_ascii_case(FOLD) && at_word_end(tail)).then_some(tail)
}

/// A multiplier written as one word ("fivefold", "tenfold", "twentyfold"): the rest after it
/// and the factor, a numeral in words.
fn fold_word(input: &str) -> Option<(&str, Numeral)> {
    let len = input.bytes().take_while(u8::is_ascii_alphabetic).count();
    let stem = input[..len].len().checked_sub(FOLD.len())?;
    if stem == 0 || !input[stem..len].eq_ignore_ascii_case(FOLD) {
        return None;
    }
    match numeral(&input[..stem], false) {
        Ok(("", factor)) if matches!(factor.written, Written::Words { .. }) => {
            Some((&input[len..], factor))
        }
        _ => None,
    }
}

/// The unit or noun of the number after "and" or "or" that a bare number shares: in "doses
/// of 20 and 40 mg" and "six or seven dollars" both numbers are in it (two values, each read
/// on its own; "between 20 and 40 mg" is a range and never gets here). So too after "to"
/// where a verb of change makes the two numbers the old level and the new ("grew from 10 to
/// 20 staff").
fn measure_of_the_next<'a>(rest: &'a str, joiners: Joiners<'_>) -> Option<Measure<'a>> {
    if joiners.and {
        return None;
    }
    let (after_gap, _) = word_gap(rest).ok()?;
    let (after_word, to) = match keyword("and")(after_gap).or_else(|_| keyword("or")(after_gap)) {
        Ok((after, _)) => (after, false),
        // "to" first: whether it joins a range here costs more to learn.
        Err(_) => match keyword("to")(after_gap) {
            Ok((after, _)) if joiners.to_after.is_some() && !joiners.to() => (after, true),
            _ => return None,
        },
    };
    let (after_gap, _) = word_gap(after_word).ok()?;
    let (after_second, second) = numeral(after_gap, false).ok()?;
    // "five and half min" adds the half to the five.
    if second.written == Written::Article || (!to && second.value < 1.0) {
        return None;
    }
    match unit_after(after_second, &second, false) {
        Ok((_, unit)) => Some(Measure::Unit(unit)),
        Err(_) => counted_noun(after_second)
            .ok()
            .map(|(_, noun)| Measure::Noun(noun)),
    }
}

/// The end of [`measured`] for a numeral without a unit: a counted noun ("300 people") or a
/// bare number.
fn unit_less<'a>(input: &'a str, first: Numeral, rest: &'a str) -> PResult<'a, Body<'a>> {
    if matches!(first.written, Written::Digits { slash: true, .. }) {
        // "24/7", "9/11": a fraction only counts with a unit ("1/2 mile").
        return super::lexical::malformed(input);
    }
    if let Ok((after, noun)) = counted_noun(rest) {
        return Ok((after, single(first, Measure::Noun(noun))));
    }
    // "300 more troops", "40 new hospitals".
    let after_modifier = word_gap(rest)
        .ok()
        .and_then(|(word, _)| skip_modifier(word));
    if let Some(Ok((after, noun))) = after_modifier.map(counted_noun) {
        return Ok((after, single(first, Measure::Noun(noun))));
    }
    if !at_word_end(rest) || rest.starts_with(['%', '$']) {
        return super::lexical::malformed(input);
    }
    if display_name(&input[..input.len() - rest.len()], rest) {
        return reject(input);
    }
    Ok((rest, single(first, Measure::Bare)))
}

/// The letters [`WORDS_OF_MORE`] start with: a quick test before comparing them.
const WORD_OF_MORE_STARTS: [char; 8] = ['m', 'a', 'e', 'f', 'n', 'o', 's', 'c'];

/// A word that may stand between a number and what it counts or measures ("300 more
/// troops", "2 extra minutes", "40 new hospitals"): the rest after it, if `input` starts with
/// one.
fn skip_modifier(input: &str) -> Option<&str> {
    if !input.starts_with(WORD_OF_MORE_STARTS) {
        return None;
    }
    WORDS_OF_MORE.iter().find_map(|word| {
        keyword(word)(input)
            .ok()
            .map(|(after, _): (&str, &str)| after)
    })
}

fn range_body(
    first: Numeral,
    second: Numeral,
    (low, high): (f64, f64),
    measure: Measure<'_>,
) -> Body<'_> {
    Body {
        first,
        second: Some(second),
        low,
        high,
        range: true,
        measure,
        qualifier: None,
    }
}

/// "40m people", "20m tonnes": an "m" glued to a number and followed by things counted or by
/// a unit is millions, not metres ("a 40m drop", "333m long" stay metres).
fn millions_of(first: Numeral, after_m: &str) -> Option<(&str, Body<'_>)> {
    let millions = Numeral {
        value: super::tidy(first.value * 1e6),
        scale: 1e6,
        ..first
    };
    if word_gap(after_m).is_err() {
        return None;
    }
    if let Ok((after, unit)) = unit_after(after_m, &millions, false) {
        return (unit.dimension != Dimension::Length)
            .then(|| (after, single(millions, Measure::Unit(unit))));
    }
    if let Ok((after, noun)) = counted_noun(after_m) {
        return Some((after, single(millions, Measure::Noun(noun))));
    }
    // "2.3m postal votes": one word before the counted noun, unless it says how a length
    // extends ("5m tall statues", "3m wide roads": metres).
    let (after_gap, _) = word_gap(after_m).ok()?;
    let len = after_gap.bytes().take_while(u8::is_ascii_lowercase).count();
    let word = &after_gap[..len];
    if len < 3 || LENGTH_ADJECTIVES.contains(&word) || !after_gap[len..].starts_with(' ') {
        return None;
    }
    let (after, noun) = counted_noun(&after_gap[len..]).ok()?;
    Some((after, single(millions, Measure::Noun(noun))))
}

/// Words that say how a length extends: after "5m" they make it metres ("5m tall statues").
const LENGTH_ADJECTIVES: &[&str] = &[
    "high", "tall", "wide", "long", "deep", "thick", "across", "away", "below", "above", "under",
    "over", "off", "into", "from", "down", "up", "along", "apart", "short", "square", "cubic",
    "higher", "taller", "wider", "longer", "deeper", "thicker", "lower",
];

fn single(first: Numeral, measure: Measure<'_>) -> Body<'_> {
    Body {
        first,
        second: None,
        low: first.value,
        high: first.value,
        range: false,
        measure,
        qualifier: None,
    }
}

/// "Mach 10", "Mach 2.05", "Mach 5 to 8", "Mach five".
fn mach<'a>(input: &'a str, joiners: Joiners<'_>) -> PResult<'a, Body<'a>> {
    let (rest, _) = keyword("mach")(input)?;
    let rest = rest
        .strip_prefix('-')
        .map_or_else(|| word_gap(rest).map(|(r, _)| r), Ok)?;
    let (rest, first) = numeral(rest, false)?;
    if let Ok((after, second)) = range_second(rest, joiners, false) {
        if let Some((low, high)) = range_values(&first, &second) {
            let measure = Measure::Unit(&MACH);
            return Ok((after, range_body(first, second, (low, high), measure)));
        }
    }
    Ok((rest, single(first, Measure::Unit(&MACH))))
}

/// A vague magnitude and what it counts or measures: "hundreds of homes", "tens of thousands
/// of fans", "millions of dollars", "thousands of years"; read as the interval of
/// [`VAGUE_MAGNITUDES`]. Without a unit or a counted noun after it ("thousands of the
/// faithful") it is not read.
fn magnitude(input: &str) -> PResult<'_, Body<'_>> {
    let Some((rest, low, high)) = VAGUE_MAGNITUDES.iter().find_map(|&(phrase, low, high)| {
        match_phrase(input, phrase, false)
            .filter(|r| at_word_end(r))
            .map(|r| (r, low, high))
    }) else {
        return reject(input);
    };
    // The magnitude is a scale word: "millions of pounds" is money, as "£5 million" is.
    let end = |value| Numeral {
        value,
        scale: low / 2.0,
        written: Written::Words { weak: false },
    };
    let (first, second) = (end(low), end(high));
    let (after, measure) = match unit_after(rest, &first, false) {
        // "hundreds of pounds of cocaine" is a weight.
        Ok((after, unit)) if std::ptr::eq(unit, &units::GBP) && after.starts_with(" of ") => {
            (after, Measure::Unit(&units::POUND))
        }
        Ok((after, unit)) => (after, Measure::Unit(unit)),
        Err(_) => {
            let after_modifier = word_gap(rest)
                .ok()
                .and_then(|(word, _)| skip_modifier(word))
                .unwrap_or(rest);
            // The last noun of "hundreds of burns victims" is what is counted.
            let (after, noun) = noun_after_a_word(after_modifier)
                .or_else(|_| counted_noun(after_modifier))
                .or_else(|_| people_named(after_modifier))?;
            (after, Measure::Noun(noun))
        }
    };
    Ok((after, range_body(first, second, (low, high), measure)))
}

/// A capitalised plural after a vague magnitude: "millions of Ukrainians", "hundreds of
/// thousands of Venezuelans".
fn people_named(input: &str) -> PResult<'_, &str> {
    let (rest, _) = word_gap(input)?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    if plural
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
    {
        Ok((&rest[len..], word))
    } else {
        reject(input)
    }
}

/// A counted noun after one word that qualifies it: "dozens of aid trucks", "hundreds of
/// riot police", "dozens of Hamas offices".
fn noun_after_a_word(input: &str) -> PResult<'_, &str> {
    let (rest, _) = word_gap(input)?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    // "scores of the matches": a part of something named, not a magnitude of it.
    let determiner = DETERMINERS
        .iter()
        .chain(
            [
                "these", "those", "them", "us", "you", "which", "whom", "their", "its", "his",
                "her", "our", "my", "your",
            ]
            .iter(),
        )
        .any(|d| d.eq_ignore_ascii_case(&rest[..len]));
    if len < 2 || determiner {
        return reject(input);
    }
    counted_noun(&rest[len..])
}

/// Money with a sign or code in front: "$3.5 billion", "US$40", "€5m", "£2-3bn",
/// "$1 billion to $2 billion".
fn money<'a>(input: &'a str, joiners: Joiners<'_>) -> PResult<'a, Body<'a>> {
    let (rest, currency) = currency_prefix(input)?;
    let (rest, _) = inline_space0(rest)?;
    let (rest, first) = numeral(rest, true)?;
    let measure = Measure::Unit(currency);
    if let Ok((after, second)) = range_second(rest, joiners, true) {
        if let Some((low, high)) = range_values(&first, &second) {
            return Ok((after, range_body(first, second, (low, high), measure)));
        }
    }
    if !at_word_end(rest) {
        return super::lexical::malformed(input);
    }
    // "$20 and 43 cents", "£3 50p": the smaller coins join the amount.
    if first.scale == 1.0 {
        if let Some((after, total, unit)) = compound(rest, first.value, currency) {
            let mut body = single(first, Measure::Unit(unit));
            (body.low, body.high) = (total, total);
            return Ok((after, body));
        }
    }
    Ok((rest, single(first, measure)))
}

/// The second half of a range: a separator ("to", a dash, "and" after "between", "or") and
/// a numeral (with the currency sign repeated, for money).
fn range_second<'a>(input: &'a str, joiners: Joiners<'_>, money: bool) -> PResult<'a, Numeral> {
    if !may_join_a_range(input) {
        return reject(input);
    }
    let dash = |i| {
        let (i, _) = inline_space0(i)?;
        let (i, _) = alt((
            nom::bytes::complete::tag("-"),
            nom::bytes::complete::tag("–"),
            nom::bytes::complete::tag("—"),
            nom::bytes::complete::tag("\u{2011}"),
            nom::bytes::complete::tag("~"),
        ))
        .parse(i)?;
        inline_space0(i)
    };
    let word = |i| {
        let (i, _) = word_gap(i)?;
        let (i, _) = alt((keyword("to"), keyword("through"), keyword("and"))).parse(i)?;
        word_gap(i)
    };
    let (rest, separator) = alt((dash, word)).parse(input)?;
    // "0-to-100-km/h", "5- to 10-metre": a dash and "to" joining hyphenated numbers.
    let (rest, dash_to) = match keyword("to")(rest) {
        Ok((after, _)) if input.trim_start().starts_with(['-', '–']) => {
            match after.strip_prefix('-') {
                Some(after) => (after, true),
                None => (word_gap(after)?.0, true),
            }
        }
        _ => (rest, false),
    };
    let word = input[..input.len() - rest.len()].trim();
    let joined_by_and =
        word.eq_ignore_ascii_case("and") || separator.trim().eq_ignore_ascii_case("and");
    let joined_by_to =
        dash_to || word.eq_ignore_ascii_case("to") || word.eq_ignore_ascii_case("through");
    if (joined_by_and && !joiners.and) || (joined_by_to && !joiners.to()) {
        return reject(input);
    }
    // "between 2 and about 7 g", "2 - ~7 litres": an approximation of the upper end.
    let rest = match context::qualifier_at(rest) {
        Some((Qualifier::Approximately, after)) => inline_space0(after)?.0,
        _ => rest,
    };
    let rest = if money {
        match currency_prefix(rest) {
            Ok((after, _)) => after,
            Err(_) => rest,
        }
    } else {
        rest
    };
    numeral(rest, money)
}

/// A quick test that a separator of [`range_second`] may start `input`: after any ASCII
/// spaces, a dash or "~", the "t" of "to" or "through", the "a" of "and", a line break, or a
/// byte beyond ASCII (the other dashes and spaces). Most numbers are followed by none.
fn may_join_a_range(input: &str) -> bool {
    let bytes = input.as_bytes();
    let next = bytes.iter().find(|&&b| b != b' ' && b != b'\t');
    next.is_some_and(|&b| {
        !b.is_ascii() || matches!(b, b'-' | b'~' | b't' | b'T' | b'a' | b'A' | b'\r' | b'\n')
    })
}

/// The two ends of a range, with a scale word written once applied to both ("1 to 2 million");
/// `None` when the second is smaller than the first.
fn range_values(first: &Numeral, second: &Numeral) -> Option<(f64, f64)> {
    let low = if first.scale == 1.0 && second.scale != 1.0 && first.value <= second.base() {
        first.value * second.scale
    } else if let Some(scale) = words_scale(first, second) {
        // "six to seven thousand fans": the scale word of the second is the first's too.
        first.value * scale
    } else {
        first.value
    };
    (low < second.value).then_some((low, second.value))
}

/// The scale word a range's second end written in words ends with ("seven thousand":
/// 1,000), when the first end is a smaller number in words that it applies to too ("six").
fn words_scale(first: &Numeral, second: &Numeral) -> Option<f64> {
    let words = |n: &Numeral| matches!(n.written, Written::Words { .. });
    if !(words(first) && words(second)) || second.value < 100.0 || first.value >= 100.0 {
        return None;
    }
    [1e12, 1e9, 1e6, 1e3, 1e2].into_iter().find(|&scale| {
        let multiple = second.value / scale;
        multiple.fract() == 0.0 && multiple >= 1.0 && first.value < multiple
    })
}

/// A unit after a numeral: after spaces, a hyphen ("500-kilogram") or nothing ("3km").
fn unit_after<'a>(input: &'a str, number: &Numeral, money: bool) -> PResult<'a, &'static Unit> {
    let (after_space, space) = match word_gap(input) {
        Ok((after, gap)) => (after, gap),
        Err(_) => (input, ""),
    };
    let (after_gap, spaced) = match after_space.strip_prefix('-') {
        Some(after) if space.is_empty() => (after, true),
        _ => (after_space, !space.is_empty()),
    };
    let context = UnitContext {
        spaced,
        scaled: number.scale != 1.0 || money,
    };
    units::unit(after_gap, context).or_else(|error| {
        // "2 more minutes", "two additional weeks", "5 extra kilometres".
        let after_word = spaced
            .then(|| skip_modifier(after_gap))
            .flatten()
            .ok_or(error)?;
        let (unit_start, _) = word_gap(after_word)?;
        units::unit(
            unit_start,
            UnitContext {
                spaced: true,
                ..context
            },
        )
    })
}

/// A measure in several units: "5 feet 10 inches", "2 hours, 30 minutes and 10 seconds",
/// "3 dollars 50 cents". Each part must be in a smaller unit of the same dimension. Returns
/// the rest, the total and its unit: the last unit, except for money, which keeps the first.
fn compound<'a>(
    input: &'a str,
    value: f64,
    unit: &'static Unit,
) -> Option<(&'a str, f64, &'static Unit)> {
    // Measures written in parts: feet and inches, pounds and ounces, hours and minutes,
    // gallons and pints, dollars and cents. "1 TB, 512 GB" or "2 GHz and 800 MHz" are lists.
    let in_parts = matches!(
        unit.dimension,
        Dimension::Length
            | Dimension::Mass
            | Dimension::Duration
            | Dimension::Volume
            | Dimension::Currency
    );
    let money = unit.dimension == Dimension::Currency;
    // "$1.20 and 85 cents", "$2, 50 cents and 20 cents" are lists: coins join only a whole
    // amount right before them.
    if !in_parts || money && (value.fract() != 0.0 || input.starts_with(',')) {
        return None;
    }
    let mut si = unit.to_si(value);
    let (mut rest, mut last) = (input, unit);
    let affine = |u: &Unit| u.to_si(0.0) != 0.0;
    while let Some((after, part, part_unit)) = compound_part(rest, last) {
        if money && part >= 100.0 {
            break;
        }
        let smaller = part_unit.to_si(1.0) < last.to_si(1.0);
        // Same dimension and same SI unit: pence join pounds, not dollars. Cents are the
        // hundredth of whichever currency they follow ("3 CAD 3 cents", "20 ringgit and 43 cents"),
        // except sterling, whose hundredth is the penny.
        let cents = money
            && has_cents(unit)
            && unit.si_symbol != units::GBP.symbol
            && std::ptr::eq(part_unit, &units::US_CENT);
        let joins = part_unit.dimension == unit.dimension && part_unit.si_symbol == unit.si_symbol;
        if !(joins || cents) || !smaller || affine(part_unit) || affine(last) {
            break;
        }
        si += if cents {
            unit.to_si(part / 100.0)
        } else {
            part_unit.to_si(part)
        };
        (rest, last) = (after, part_unit);
    }
    if std::ptr::eq(last, unit) {
        return None;
    }
    let shown = if unit.dimension == Dimension::Currency {
        unit
    } else {
        last
    };
    Some((rest, super::tidy(shown.from_si(si)), shown))
}

/// Whether a currency is divided into hundredths in everyday prices: not the yen, won, dong,
/// rupiah, rial, krona of Iceland, Chilean peso or bitcoin.
fn has_cents(currency: &Unit) -> bool {
    !["JPY", "KRW", "VND", "IDR", "IRR", "ISK", "CLP", "BTC"].contains(&currency.si_symbol)
}

/// One further part of a compound measure after a part in `last`: ", and 10 inches".
fn compound_part<'a>(input: &'a str, last: &Unit) -> Option<(&'a str, f64, &'static Unit)> {
    let rest = input.strip_prefix(',').unwrap_or(input);
    let (rest, _) = word_gap(rest).ok()?;
    let rest = match keyword("and")(rest) {
        Ok((after, _)) => word_gap(after).ok()?.0,
        Err(_) => rest,
    };
    let (rest, number) = numeral(rest, false).ok()?;
    let (rest, unit) = match unit_after(rest, &number, false) {
        Ok(found) => found,
        Err(_) => (inches_after_feet(rest, number.value, last)?, &units::INCH),
    };
    Some((rest, number.value, unit))
}

/// After feet, a whole number of inches below twelve spelled " in" ("6 ft 2 in tall"):
/// there "in" is no preposition, unless a number follows it ("6 ft 2 in 1990"). The rest
/// after it.
fn inches_after_feet<'a>(input: &'a str, inches: f64, last: &Unit) -> Option<&'a str> {
    let whole_inches = inches.fract() == 0.0 && (0.0..12.0).contains(&inches);
    if !std::ptr::eq(last, &units::FOOT) || !whole_inches {
        return None;
    }
    let after = input.strip_prefix(' ')?.strip_prefix("in")?;
    let next = after.trim_start_matches(crate::quantity::lexical::is_inline_space);
    (at_word_end(after) && !next.starts_with(|c: char| c.is_ascii_digit())).then_some(after)
}

/// True when a dash and another digit follow: the numbers are a chain, not a range.
fn continues_with_number(rest: &str) -> bool {
    let after_dash = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–'));
    after_dash.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// "times faster than the speed of sound", "times the speed of sound": a Mach number.
fn speed_of_sound(input: &str) -> PResult<'_, &str> {
    let (rest, _) = word_gap(input)?;
    if !rest.starts_with(['t', 'T']) {
        return reject(rest);
    }
    alt((
        keyword("times faster than the speed of sound"),
        keyword("times as fast as the speed of sound"),
        keyword("times the speed of sound"),
        keyword("times faster than sound"),
        keyword("times as fast as sound"),
    ))
    .parse(rest)
}

/// The words after "N times" that make it a factor of comparison: "three times more
/// likely", "five times the size of Wales", "ten times larger", "four times over the limit".
const COMPARING_AFTER_TIMES: &[&str] = &[
    "more", "less", "fewer", "as", "the", "that", "those", "over", "above", "below", "higher",
    "lower", "larger", "bigger", "greater", "smaller", "faster", "slower", "longer", "shorter",
    "cheaper", "dearer", "heavier", "lighter", "stronger", "weaker", "deadlier", "likelier",
    "hotter", "colder", "wider", "deeper", "taller", "worse", "better", "richer", "poorer",
    "denser", "brighter", "louder", "costlier",
];

/// " times" after a number when a comparison follows ([`COMPARING_AFTER_TIMES`]): the rest
/// after "times". "He visited three times", "three times a day" and "scored three times in
/// the game" count occasions and are not read here.
fn times_in_a_comparison(rest: &str) -> Option<&str> {
    let after = match_phrase(rest.strip_prefix(' ')?, "times", false)?;
    let (next, _) = word_gap(after).ok()?;
    let word_len = next.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &next[..word_len];
    is_one_of(COMPARING_AFTER_TIMES, word).then_some(after)
}

/// A plural noun right after a number ("300 people", "four engines"): a count of it.
fn counted_noun(input: &str) -> PResult<'_, &str> {
    let (rest, _) = word_gap(input)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_lowercase() || c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    let word = rest[..len].trim_end_matches('-');
    let after = &rest[word.len()..];
    if word.len() < 2 || !word.starts_with(|c: char| c.is_ascii_lowercase()) || !at_word_end(after)
    {
        return reject(input);
    }
    let last_part = word.rsplit('-').next().unwrap_or(word);
    let plural = word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !NOT_PLURAL.contains(&word);
    if plural || COUNT_NOUNS.contains(&last_part) {
        Ok((after, word))
    } else {
        reject(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_more_passes_the_quick_test() {
        for word in WORDS_OF_MORE {
            assert!(word.starts_with(WORD_OF_MORE_STARTS), "{word}");
        }
    }

    fn found(text: &str, anchor: usize, kind: Anchor) -> Option<Parsed<'_>> {
        match parse_at(text, anchor, kind, 0) {
            Outcome::Found(p) => Some(p),
            Outcome::Skip(_) => None,
        }
    }

    #[test]
    fn range_with_unit_once() {
        let p = found("a range of 1,500 to 2,000 km.", 11, Anchor::Digit).expect("range");
        assert_eq!((p.low, p.high, p.kind), (1500.0, 2000.0, Kind::Range));
        assert_eq!(
            &"a range of 1,500 to 2,000 km."[p.start..p.end],
            "1,500 to 2,000 km"
        );
    }

    #[test]
    fn between_and_qualifier_extend_the_span() {
        let text = "between 300 and 500 metres";
        let p = found(text, 8, Anchor::Digit).expect("between");
        assert_eq!((p.start, p.low, p.high), (0, 300.0, 500.0));
        let text = "located approximately 50 km from";
        let p = found(text, 22, Anchor::Digit).expect("about");
        assert_eq!(&text[p.start..p.end], "approximately 50 km");
        assert_eq!(p.qualifier, Some(Qualifier::Approximately));
    }

    #[test]
    fn not_quantities() {
        assert!(found("the Tu-160 bomber", 7, Anchor::Digit).is_none());
        assert!(found("under Article 5 of", 14, Anchor::Digit).is_none());
        assert!(found("in 2023 the", 3, Anchor::Digit).is_none());
        assert!(found("at 6pm", 3, Anchor::Digit).is_none());
        assert!(found("the 5th fleet", 4, Anchor::Digit).is_none());
        assert!(found("on July 4 the", 8, Anchor::Digit).is_none());
    }

    #[test]
    fn ordinals_and_times_are_skipped_early() {
        // (text, anchor, whether a quantity is read there)
        for (text, anchor, quantity) in [
            ("the 19th century", 4, false),
            ("on the 21ST,", 7, false),
            ("at 9:30 the", 3, false),
            ("ratio of 3:1.", 9, false),
            ("a 19thc house", 2, false),
            ("19 thousand fans", 0, true),
        ] {
            let read = found(text, anchor, Anchor::Digit);
            assert_eq!(read.is_some(), quantity, "{text:?}: {read:?}");
        }
    }

    #[test]
    fn years_ending_a_clause_are_skipped_early_and_bounds_are_not() {
        assert!(found("in 2001, the", 3, Anchor::Digit).is_none());
        assert!(found("since 1990.", 6, Anchor::Digit).is_none());
        assert!(found("in excess of 2000.", 13, Anchor::Digit).is_some());
        assert!(found("more than 2000.", 10, Anchor::Digit).is_some());
        assert!(found("in 2001.5 km", 3, Anchor::Digit).is_some());
    }
}
