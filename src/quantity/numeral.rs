//! Numerals: digits with thousands separators, decimals and signs ("-30", "1,500", "2.05"),
//! number words ("two thousand", "twenty-five", "a dozen", "three-quarters", "two and a half"),
//! and scale words after either ("1.5 million", "3bn", "$5m").

use super::lexical::{
    PResult, PhraseIndex, at_word_end, inline_space0, keyword, malformed, match_phrase, reject,
    word_gap,
};
use super::lexicon::{
    DENOMINATORS, FRACTION_ARTICLES, MONEY_SCALES, NUMBER_SCALES, NUMERAL_PHRASES, SCALE_WORDS,
    SMALL_NUMBERS, TENS,
};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use std::sync::LazyLock;

/// The longest run of digits a numeral may have; longer runs are not quantities in prose.
pub(crate) const MAX_DIGITS: usize = 30;

/// How a numeral was written, which decides what it may be taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// In digits; `plain_integer` when it has no sign, separator, decimal or fraction;
    /// `slash` when it has a slash fraction ("1/2"), which only counts with a unit after it.
    Digits {
        plain_integer: bool,
        digit_count: usize,
        slash: bool,
    },
    /// In words; `weak` for "one", "a", "half", which only count with a unit after them.
    Words { weak: bool },
    /// "a" or "an" alone, standing for one before a unit of measure ("a mile", "an ml").
    Article,
}

/// A parsed numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    /// The value with any scale word applied.
    pub(crate) value: f64,
    /// The scale word's factor (1 when there is none).
    pub(crate) scale: f64,
    /// How it was written.
    pub(crate) written: Written,
}

impl Numeral {
    /// The value before the scale word ("1.5" of "1.5 million").
    pub(crate) fn base(&self) -> f64 {
        self.value / self.scale
    }

    /// True for a four-digit whole number that reads as a year (1000–2100).
    pub(crate) fn is_year_like(&self) -> bool {
        matches!(
            self.written,
            Written::Digits {
                plain_integer: true,
                digit_count: 4,
                ..
            }
        ) && (1000.0..=2100.0).contains(&self.value)
    }
}

/// Parses a numeral in digits or words, with an optional scale word. `money` allows the
/// abbreviations that follow amounts of money ("$5m", "$40k").
pub(crate) fn numeral(input: &str, money: bool) -> PResult<'_, Numeral> {
    let (rest, (base, mut written)) = alt((digits, words)).parse(input)?;
    // "5 and a half (minutes)": digits take a spelled-out fraction too.
    let (rest, base) = match (written, and_a_fraction(rest)) {
        (Written::Digits { .. }, Some((after, part))) => (after, base + part),
        _ => (rest, base),
    };
    let (rest, mut scale) = match scale_word(rest, money) {
        Ok((after, factor)) if written != Written::Article => (after, factor),
        _ => (rest, 1.0),
    };
    // "2 lakh crore", "10 thousand crore", "a hundred million": a larger scale word after the
    // first multiplies it.
    let rest = match (scale > 1.0).then(|| scale_word(rest, false)) {
        Some(Ok((after, factor))) if factor > scale => {
            scale *= factor;
            after
        }
        _ => rest,
    };
    if let Written::Words { weak: true } = written {
        // "half a million", "a dozen" with a scale are amounts, not pronouns.
        written = Written::Words { weak: scale == 1.0 };
    }
    let value = super::tidy(base * scale);
    if !value.is_finite() {
        return malformed(input);
    }
    Ok((
        rest,
        Numeral {
            value,
            scale,
            written,
        },
    ))
}

/// Digits: an optional sign, an integer part with thousands separators (`,` or a thin or
/// no-break space, in groups of three), an optional decimal part (".5" alone too), and an
/// optional fraction: a vulgar fraction ("2½") or a slash fraction ("1/2", "10 1/2").
fn digits(input: &str) -> PResult<'_, (f64, Written)> {
    // Most numerals open with a digit, which no sign does.
    let unsigned = input
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_digit() || b == b'.');
    let (rest, sign) = if unsigned {
        (input, None)
    } else {
        opt(alt((
            tag("-"),
            tag("\u{2212}"),
            keyword("minus"),
            keyword("negative"),
        )))
        .parse(input)?
    };
    let rest = match sign {
        // "minus-12".
        Some(word) if word.len() > 1 && rest.starts_with('-') => &rest[1..],
        Some(_) => inline_space0(rest)?.0,
        None => rest,
    };
    let body_start = rest;
    let first_len = leading_digits(rest);
    let leading_point = first_len == 0 && rest.starts_with('.') && leading_digits(&rest[1..]) > 0;
    if first_len == 0 && !leading_point {
        // "½ cup": a vulgar fraction alone counts, like "1/2", only with a unit after it.
        let Some((after, fraction)) = vulgar_fraction(rest) else {
            return reject(input);
        };
        let value = if sign.is_some() { -fraction } else { fraction };
        let written = Written::Digits {
            plain_integer: false,
            digit_count: 1,
            slash: true,
        };
        return Ok((after, (value, written)));
    }
    if first_len > 2 && rest.starts_with('0') {
        // "0800", "007", "020": a code or a telephone number, not a quantity.
        return malformed(input);
    }
    let mut rest = &rest[first_len..];
    let mut digit_count = first_len;
    let mut grouped = false;
    if let Some((after, groups)) = (1..=2)
        .contains(&first_len)
        .then(|| indian_groups(rest))
        .flatten()
    {
        rest = after;
        digit_count += groups;
        grouped = true;
    } else if (1..=3).contains(&first_len) {
        let mut separator = None;
        while let Some(after) = thousands_group(rest, &mut separator) {
            rest = after;
            digit_count += 3;
            grouped = true;
        }
    }
    // "1,1,1" or "1,50": a comma inside a number that is not a thousands separator.
    if rest.starts_with(',') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return malformed(input);
    }
    let mut decimal = false;
    if let Some(after) = rest.strip_prefix('.') {
        let n = leading_digits(after);
        if n > 0 {
            rest = &after[n..];
            digit_count += n;
            decimal = true;
            // "1.2.3": a version number or a date, not a quantity.
            if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
                return malformed(input);
            }
        }
    }
    if digit_count > MAX_DIGITS {
        return malformed(input);
    }
    let (rest, exponent) = match exponent(rest) {
        Some((after, e)) => (after, Some(e)),
        None => (rest, None),
    };
    let body_end = exponent.map_or(rest.len(), |(_, len)| rest.len() + len);
    let body = &body_start[..body_start.len() - body_end];
    let mut value = parse_digits(body).ok_or_else(|| nom_failure(input))?;
    if let Some((power, _)) = exponent {
        value *= 10f64.powi(power);
        if !value.is_finite() {
            return malformed(input);
        }
    }
    let plain = !grouped && !decimal && exponent.is_none();
    // "2 ½": one space may stand between the whole number and its vulgar fraction.
    let spaced_fraction = plain
        .then(|| rest.strip_prefix([' ', '\u{a0}', '\u{2009}', '\u{202f}']))
        .flatten()
        .and_then(vulgar_fraction);
    let (rest, fraction, slash) = match (
        vulgar_fraction(rest).or(spaced_fraction),
        plain.then(|| slash_fraction(rest, value)).flatten(),
    ) {
        (Some((after, f)), _) => (after, f, false),
        (None, Some((after, v))) => {
            value = v;
            (after, 0.0, true)
        }
        (None, None) => (rest, 0.0, false),
    };
    if rest.starts_with('/') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        // "04/07/2023", "24/7", "9/11": dates and codes.
        return malformed(input);
    }
    value += fraction;
    if sign.is_some() {
        value = -value;
    }
    let plain_integer = sign.is_none() && plain && fraction == 0.0 && !slash;
    Ok((
        rest,
        (
            value,
            Written::Digits {
                plain_integer,
                digit_count,
                slash,
            },
        ),
    ))
}

/// A power of ten written after the digits: "e10", "E+14", "e-1", or in scientific notation
/// "× 10^8", "x10^-3", "×10−31", "× 10⁸" (at most three digits, so the value stays within
/// range). Returns the rest, the power and the length consumed.
fn exponent(rest: &str) -> Option<(&str, (i32, usize))> {
    if let Some(found) = times_ten_to_the(rest) {
        return Some(found);
    }
    let after = rest.strip_prefix(['e', 'E'])?;
    let (negative, after) = match after.strip_prefix(['+', '-']) {
        Some(unsigned) => (after.starts_with('-'), unsigned),
        None => (false, after),
    };
    let n = leading_digits(after);
    if n == 0 || n > 3 || !at_word_end(&after[n..]) {
        return None;
    }
    let power: i32 = after[..n].parse().ok()?;
    let consumed = rest.len() - after.len() + n;
    Some((
        &after[n..],
        (if negative { -power } else { power }, consumed),
    ))
}

/// Scientific notation after the digits: a times sign ("×", "x", "*", "·", with a space on
/// either side or none), "10", and a power: after "^", after a minus sign (only with "×":
/// "×10−31"), or in superscript digits ("10⁸", "10⁻³¹").
fn times_ten_to_the(rest: &str) -> Option<(&str, (i32, usize))> {
    fn skip_spaces(s: &str) -> &str {
        s.trim_start_matches(' ')
    }
    let after_space = skip_spaces(rest);
    let sign = after_space.chars().next()?;
    if !matches!(sign, '×' | 'x' | 'X' | '*' | '·') {
        return None;
    }
    let mut cursor = skip_spaces(&after_space[sign.len_utf8()..]).strip_prefix("10")?;
    let minus = ['-', '−'];
    let (negative, superscript) = if let Some(power) = cursor.strip_prefix('^') {
        let negative = power.starts_with(minus);
        cursor = power.strip_prefix(['-', '−', '+']).unwrap_or(power);
        (negative, false)
    } else if sign == '×' && cursor.starts_with(minus) {
        cursor = cursor.strip_prefix(minus).unwrap_or(cursor);
        (true, false)
    } else {
        let negative = cursor.starts_with('⁻');
        cursor = cursor.strip_prefix('⁻').unwrap_or(cursor);
        (negative, true)
    };
    let digits: String = if superscript {
        cursor.chars().map_while(superscript_digit).collect()
    } else {
        cursor.chars().take_while(char::is_ascii_digit).collect()
    };
    let used: usize = cursor.chars().take(digits.len()).map(char::len_utf8).sum();
    let tail = &cursor[used..];
    if digits.is_empty() || digits.len() > 3 || !at_word_end(tail) {
        return None;
    }
    let power: i32 = digits.parse().ok()?;
    Some((
        tail,
        (
            if negative { -power } else { power },
            rest.len() - tail.len(),
        ),
    ))
}

/// The digit a superscript digit stands for ("⁸" is 8).
fn superscript_digit(c: char) -> Option<char> {
    let digit = match c {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        _ => return None,
    };
    Some(digit)
}

/// A spelled-out fraction added to a number: " and a half", " and a quarter",
/// " and three quarters", or hyphenated as a compound: "-and-a-half" ("two-and-a-half
/// years").
pub(crate) fn and_a_fraction(rest: &str) -> Option<(&str, f64)> {
    if let Some(hyphenated) = rest.strip_prefix('-') {
        return [
            ("and-a-half", 0.5),
            ("and-a-quarter", 0.25),
            ("and-three-quarters", 0.75),
            ("and-three-quarter", 0.75),
        ]
        .into_iter()
        .find_map(|(phrase, part)| {
            let r = match_phrase(hyphenated, phrase, false).filter(|r| at_word_end(r))?;
            Some((r, part))
        });
    }
    let (after_gap, _) = word_gap(rest).ok()?;
    let (after_and, _) = keyword("and")(after_gap).ok()?;
    let (after, _) = word_gap(after_and).ok()?;
    for (phrase, part) in [("a half", 0.5), ("a quarter", 0.25), ("an half", 0.5)] {
        if let Some(r) = match_phrase(after, phrase, false).filter(|r| at_word_end(r)) {
            return Some((r, part));
        }
    }
    counted_fraction(after).ok()
}

/// A slash fraction right after whole number `whole`: "/2" of "1/2" (the fraction replaces
/// the number), or " 1/2" of "10 1/2" (it is added). The denominator may not be zero and the
/// fraction may not go on ("1/2/3").
fn slash_fraction(rest: &str, whole: f64) -> Option<(&str, f64)> {
    let fraction = |s: &str| -> Option<(usize, f64, f64)> {
        let n = leading_digits(s);
        let after = s.get(n..)?.strip_prefix('/')?;
        let d = leading_digits(after);
        let tail = &after[d..];
        if n == 0
            || d == 0
            || n > 6
            || d > 6
            || tail.starts_with(['/', '.', ','])
                && tail[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let numerator: f64 = s[..n].parse().ok()?;
        let denominator: f64 = after[..d].parse().ok()?;
        (denominator != 0.0 && at_word_end(tail)).then_some((n + 1 + d, numerator, denominator))
    };
    if let Some(after_slash) = rest.strip_prefix('/') {
        let d = leading_digits(after_slash);
        let tail = &after_slash[d..];
        let denominator: f64 = after_slash.get(..d)?.parse().ok()?;
        let continues = tail.starts_with(['/', '.', ','])
            && tail[1..].starts_with(|c: char| c.is_ascii_digit());
        // A proper fraction only: "140/90 mmHg" is a blood pressure, "24/7" a code.
        let proper = whole < denominator;
        return (d > 0 && d <= 6 && proper && !continues && at_word_end(tail))
            .then(|| (tail, whole / denominator));
    }
    let after_space = rest.trim_start_matches(' ');
    if after_space.len() == rest.len() {
        return None;
    }
    let (len, numerator, denominator) = fraction(after_space)?;
    (numerator < denominator).then(|| (&after_space[len..], whole + numerator / denominator))
}

fn nom_failure(input: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Failure(nom::error::Error::new(input, nom::error::ErrorKind::Digit))
}

fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// One thousands group after a separator: exactly three digits, then no fourth.
fn thousands_group<'a>(s: &'a str, separator: &mut Option<char>) -> Option<&'a str> {
    let found = s
        .chars()
        .next()
        .filter(|c| matches!(c, ',' | ' ' | '\u{2009}' | '\u{202f}' | '\u{a0}'))?;
    // One number uses one separator: "1,500 300" is two numbers.
    if separator.is_some_and(|used| used != found) {
        return None;
    }
    let after = &s[found.len_utf8()..];
    let group = (leading_digits(after) == 3).then(|| &after[3..])?;
    *separator = Some(found);
    Some(group)
}

/// Indian digit grouping after a first group of one or two digits: pairs, then a final three
/// ("12,34,567", "1,50,000"), with commas. Returns the rest and the digits consumed.
fn indian_groups(s: &str) -> Option<(&str, usize)> {
    let mut rest = s;
    let mut pairs = 0;
    while let Some(after) = rest.strip_prefix(',') {
        match leading_digits(after) {
            2 => {
                rest = &after[2..];
                pairs += 1;
            }
            3 if pairs > 0 => return Some((&after[3..], pairs * 2 + 3)),
            _ => return None,
        }
    }
    None
}

/// Exact powers of ten, for [`parse_digits`].
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Parses the digits of `body` (separators dropped) without allocating.
///
/// Up to 15 digits with at most one point, the value is the digits as a whole number (exact
/// in an `f64`) divided by a power of ten (exact too): one correctly rounded division, the
/// same `f64` that parsing the text gives. Longer numbers are parsed as text.
fn parse_digits(body: &str) -> Option<f64> {
    let (mut whole, mut digits, mut decimals, mut point) = (0u64, 0usize, 0usize, false);
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => {
                whole = whole * 10 + u64::from(b - b'0');
                digits += 1;
                decimals += usize::from(point);
                if digits == POWERS_OF_TEN.len() {
                    return parse_digits_as_text(body);
                }
            }
            b'.' if point => return parse_digits_as_text(body),
            b'.' => point = true,
            _ => {}
        }
    }
    if digits == 0 {
        return parse_digits_as_text(body);
    }
    // Exact: fewer than 16 digits is below 2^53.
    Some(whole as f64 / POWERS_OF_TEN[decimals])
}

/// [`parse_digits`] by way of the standard library's parser.
fn parse_digits_as_text(body: &str) -> Option<f64> {
    let mut buffer = [0u8; MAX_DIGITS + 2];
    let mut len = 0;
    for b in body.bytes().filter(|b| b.is_ascii_digit() || *b == b'.') {
        *buffer.get_mut(len)? = b;
        len += 1;
    }
    std::str::from_utf8(buffer.get(..len)?).ok()?.parse().ok()
}

/// The characters of Unicode's vulgar fractions ("½", "⅜"), which anchor a numeral as digits do.
pub(crate) const VULGAR_FRACTIONS: [(char, f64); 18] = [
    ('½', 0.5),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅐', 1.0 / 7.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
    ('⅑', 1.0 / 9.0),
    ('⅒', 0.1),
];

fn vulgar_fraction(s: &str) -> Option<(&str, f64)> {
    let c = s.chars().next()?;
    VULGAR_FRACTIONS
        .iter()
        .find(|(f, _)| *f == c)
        .map(|&(f, v)| (&s[f.len_utf8()..], v))
}

/// [`SCALE_WORDS`] by their first letter.
static SCALE_WORDS_BY_FIRST_BYTE: LazyLock<PhraseIndex<(&str, f64)>> =
    LazyLock::new(|| PhraseIndex::new(SCALE_WORDS, |(word, _)| word));

/// Scale words after a numeral: "million", "bn", and, after money, "m" and "k".
fn scale_word(input: &str, money: bool) -> PResult<'_, f64> {
    let (after_space, space) = inline_space0(input)?;
    let after_space = if space.is_empty() {
        after_space.strip_prefix('-').unwrap_or(after_space)
    } else {
        after_space
    };
    for &(word, factor) in SCALE_WORDS_BY_FIRST_BYTE.starting(after_space) {
        if let Some(rest) = match_phrase(after_space, word, false).filter(|r| at_word_end(r)) {
            return Ok((rest, factor));
        }
    }
    // "10k", "100K": thousands, written attached.
    if space.is_empty() && !money {
        if let Some(rest) = after_space
            .strip_prefix(['k', 'K'])
            .filter(|r| at_word_end(r))
        {
            return Ok((rest, 1e3));
        }
    }
    if money && space.is_empty() {
        for &(word, factor) in MONEY_SCALES {
            if let Some(rest) = after_space.strip_prefix(word) {
                if at_word_end(rest) {
                    return Ok((rest, factor));
                }
            }
        }
    }
    reject(input)
}

/// Words that start a numeral in words: what the scanner looks for.
pub(crate) fn word_anchors() -> impl Iterator<Item = &'static str> {
    SMALL_NUMBERS
        .iter()
        .chain(TENS.iter())
        .copied()
        .chain(NUMERAL_PHRASES.iter().copied())
}

/// One token of a numeral in words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Small(f64),
    Tens(f64),
    Hundred,
    Scale(f64),
    Dozen,
}

fn word_token(input: &str) -> PResult<'_, Token> {
    let len = input.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, rest) = input.split_at(len);
    if len == 0 || len > 9 || !at_word_end(rest) {
        return reject(input);
    }
    let token = WORD_TOKENS
        .starting(word)
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.eq_ignore_ascii_case(word));
    match token {
        Some(&(_, token)) => Ok((rest, token)),
        None => reject(input),
    }
}

/// The words of [`Token`]s by their first letter, each list in the order of precedence:
/// small numbers, tens, scales, "hundred", "dozen".
static WORD_TOKENS: LazyLock<PhraseIndex<(&str, Token)>> = LazyLock::new(|| {
    let small = (0..)
        .zip(SMALL_NUMBERS)
        .map(|(n, w)| (w, Token::Small(f64::from(n))));
    let tens = (0..)
        .zip(TENS)
        .map(|(n, w)| (w, Token::Tens(20.0 + 10.0 * f64::from(n))));
    let scales = NUMBER_SCALES.map(|(w, factor)| (w, Token::Scale(factor)));
    let others = [("hundred", Token::Hundred), ("dozen", Token::Dozen)];
    let tokens: Vec<(&str, Token)> = small.chain(tens).chain(scales).chain(others).collect();
    PhraseIndex::new(&tokens, |(word, _)| word)
});

/// The separator between two number words: a hyphen, or a gap with an optional "and".
fn word_separator(input: &str) -> PResult<'_, ()> {
    if let Some(rest) = input.strip_prefix('-') {
        return Ok((rest, ()));
    }
    let (rest, _) = word_gap(input)?;
    if let Ok((after_and, _)) = keyword("and")(rest) {
        if let Ok((after, _)) = word_gap(after_and) {
            if word_token(after).is_ok() {
                return Ok((after, ()));
            }
        }
    }
    Ok((rest, ()))
}

/// A numeral in words: "two thousand", "twenty-five", "a hundred and fifty", "a dozen",
/// "half a", "three-quarters of a", "two and a half".
fn words(input: &str) -> PResult<'_, (f64, Written)> {
    if let Ok((after, _)) = alt((keyword("minus"), keyword("negative"))).parse(input) {
        let (after, _) = word_gap(after)?;
        let (rest, (value, _)) = unsigned_words(after)?;
        // "minus one" is a number, whatever "one" alone may be.
        return Ok((rest, (-value, Written::Words { weak: false })));
    }
    unsigned_words(input)
}

/// [`words`] without a sign.
fn unsigned_words(input: &str) -> PResult<'_, (f64, Written)> {
    if let Ok(result) = fraction_words(input) {
        return Ok(result);
    }
    let (mut rest, leading_a) = match alt((keyword("a"), keyword("an"))).parse(input) {
        Ok((after, _)) => (word_gap(after)?.0, true),
        Err(_) => (input, false),
    };
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last: Option<Token> = None;
    let mut count = 0;
    // `rest` only moves past accepted tokens, so "ten and fifteen" ends after "ten", leaving
    // " and fifteen" for a range.
    // The token at the next place, read once: the separator test reads it to see whether
    // the numeral goes on.
    let mut next = word_token(rest).ok();
    while let Some((after, token)) = next {
        let fits = match (last, token) {
            (None, Token::Small(_) | Token::Tens(_)) => !leading_a,
            (None, _) => leading_a,
            (Some(Token::Tens(_)), Token::Small(v)) => v > 0.0 && v < 10.0,
            (Some(Token::Small(_) | Token::Tens(_)), Token::Small(_) | Token::Tens(_)) => false,
            (Some(_), Token::Small(_) | Token::Tens(_)) => true,
            (Some(Token::Scale(_)), Token::Hundred | Token::Dozen) => false,
            (Some(Token::Hundred), Token::Hundred) => false,
            (Some(Token::Dozen), _) => false,
            (Some(_), _) => true,
        };
        if !fits {
            break;
        }
        match token {
            Token::Small(v) | Token::Tens(v) => current += v,
            Token::Hundred => current = current.max(1.0) * 100.0,
            Token::Dozen => current = current.max(1.0) * 12.0,
            // "one thousand million": a larger scale right after another multiplies it.
            Token::Scale(f) => match last {
                Some(Token::Scale(previous)) if f > previous && current == 0.0 => total *= f,
                _ => {
                    total += current.max(1.0) * f;
                    current = 0.0;
                }
            },
        }
        last = Some(token);
        count += 1;
        rest = after;
        next = word_separator(rest)
            .ok()
            .and_then(|(after_separator, ())| word_token(after_separator).ok());
    }
    if count == 0 {
        return if leading_a {
            Ok((rest, (1.0, Written::Article)))
        } else {
            reject(input)
        };
    }
    let mut value = total + current;
    // "two and a half (hours)", "one million and a half", "a hundred and three quarters"
    let unit_of_last = match last {
        Some(Token::Scale(factor)) => factor,
        _ => 1.0,
    };
    if let Some((after, part)) = and_a_fraction(rest) {
        value += part * unit_of_last;
        rest = after;
    }
    // "one" and "zero" are pronouns and idioms more often than numbers; "a hundred" is not.
    let weak = value == 1.0 || value == 0.0;
    Ok((rest, (value, Written::Words { weak })))
}

/// "half", "a half", "a quarter", "three-quarters", "one-third", each optionally followed by
/// "of a"/"of an"/"a"/"an" before the unit or scale word ("half a million", "three-quarters
/// of a mile").
fn fraction_words(input: &str) -> PResult<'_, (f64, Written)> {
    if !input.starts_with([
        'h', 'H', 'a', 'A', 'o', 'O', 't', 'T', 'f', 'F', 's', 'S', 'e', 'E', 'n', 'N',
    ]) {
        return reject(input);
    }
    // "half", "a quarter" are weak (they need a unit); "two thirds" stands on its own.
    let (rest, (value, weak)) = alt((
        |i| keyword("half")(i).map(|(r, _)| (r, (0.5, true))),
        |i| keyword("a half")(i).map(|(r, _)| (r, (0.5, true))),
        |i| keyword("a quarter")(i).map(|(r, _)| (r, (0.25, true))),
        |i| keyword("a third")(i).map(|(r, _)| (r, (1.0 / 3.0, true))),
        |i| keyword("a fifth")(i).map(|(r, _)| (r, (0.2, true))),
        |i| keyword("a tenth")(i).map(|(r, _)| (r, (0.1, true))),
        |i| keyword("an eighth")(i).map(|(r, _)| (r, (0.125, true))),
        |i| counted_fraction(i).map(|(r, v)| (r, (v, false))),
    ))
    .parse(input)?;
    let rest = FRACTION_ARTICLES
        .iter()
        .find_map(|article| {
            let after = word_gap(rest).ok()?.0;
            let after = match_phrase(after, article, false).filter(|r| at_word_end(r))?;
            word_gap(after).ok().map(|(r, _)| r)
        })
        .unwrap_or(rest);
    Ok((rest, (value, Written::Words { weak })))
}

/// "three-quarters", "two thirds", "one-third".
fn counted_fraction(input: &str) -> PResult<'_, f64> {
    let (rest, numerator) = word_token(input)?;
    let Token::Small(numerator) = numerator else {
        return reject(input);
    };
    let rest = rest
        .strip_prefix('-')
        .map_or_else(|| word_gap(rest).map(|(r, _)| r), Ok)?;
    let plural = numerator > 1.0;
    for &(singular, plural_form, denominator) in DENOMINATORS {
        let word = if plural { plural_form } else { singular };
        if let Ok((after, _)) = keyword(word)(rest) {
            if numerator > 0.0 && numerator < denominator {
                return Ok((after, numerator / denominator));
            }
        }
    }
    reject(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn digits_are_parsed_as_the_standard_library_parses_them(
            body in "[0-9]{0,18}(\\.[0-9]{0,18})?(,[0-9]{3}){0,2}"
        ) {
            prop_assert_eq!(
                parse_digits(&body).map(f64::to_bits),
                parse_digits_as_text(&body).map(f64::to_bits)
            );
        }
    }

    fn value(s: &str) -> Option<f64> {
        numeral(s, false).ok().map(|(_, n)| n.value)
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(value("1,500 km"), Some(1500.0));
        assert_eq!(value("1500"), Some(1500.0));
        assert_eq!(value("2.05"), Some(2.05));
        assert_eq!(value("-30"), Some(-30.0));
        assert_eq!(value("1.5 million"), Some(1_500_000.0));
        assert_eq!(value("3bn"), Some(3e9));
        assert_eq!(value("1\u{2009}500"), Some(1500.0));
        assert_eq!(numeral("3m", true).map(|(_, n)| n.value), Ok(3e6));
        assert_eq!(value("3m"), Some(3.0));
    }

    #[test]
    fn number_words() {
        assert_eq!(value("ten"), Some(10.0));
        assert_eq!(value("two thousand"), Some(2000.0));
        assert_eq!(value("twenty-five"), Some(25.0));
        assert_eq!(value("a dozen"), Some(12.0));
        assert_eq!(value("a hundred and fifty"), Some(150.0));
        assert_eq!(value("two and a half"), Some(2.5));
        assert_eq!(value("three-quarters"), Some(0.75));
        assert_eq!(value("half a million"), Some(500_000.0));
        assert_eq!(value("one hundred thousand"), Some(100_000.0));
    }

    #[test]
    fn malformed_numbers_are_failures() {
        assert!(matches!(
            numeral("1,1,1,1", false),
            Err(nom::Err::Failure(_))
        ));
        assert!(matches!(
            numeral(&"9".repeat(400), false),
            Err(nom::Err::Failure(_))
        ));
        assert!(matches!(numeral("1.2.3", false), Err(nom::Err::Failure(_))));
    }
}
