//! Units: canonical units with their conversion to SI through uom's typed quantities, and the
//! English spellings ("kilometres", "km", "miles an hour") that name them.
//!
//! The units live in one catalogue per dimension (`length.rs`, `currency.rs`, …), each unit
//! beside its spellings; this module holds the [`Unit`] type, the macros the catalogues define
//! units with, and the lookup that reads a spelling in prose. Adding a unit is editing one
//! catalogue; adding a catalogue is a `mod`, a `pub use` and a line in `CATALOGUES`.

use super::lexical::{
    PResult, at_word_end, match_phrase, pattern_ends_in_symbol, reject, strip_exact,
    with_ascii_lowercase,
};
use super::lexicon::UNIT_NOUNS;
use super::model::Dimension;
use std::sync::LazyLock;
use uom::si::f64 as q;

/// A canonical unit: its symbol, what it measures, and how a value in it becomes SI.
#[derive(Debug)]
pub struct Unit {
    /// The canonical symbol written in reports and JSON (`km`, `mph`, `Mach`, `USD`).
    pub symbol: &'static str,
    /// What the unit measures.
    pub dimension: Dimension,
    /// The SI (or ISO) unit that [`Unit::to_si`] converts into.
    pub si_symbol: &'static str,
    convert: fn(f64) -> f64,
}

impl Unit {
    /// Converts a value stated in this unit into [`Unit::si_symbol`].
    pub fn to_si(&self, value: f64) -> f64 {
        (self.convert)(value)
    }
}

impl Unit {
    /// Converts a difference stated in this unit into SI: a change of 1.2 °C is 1.2 K.
    pub fn difference_to_si(&self, value: f64) -> f64 {
        self.to_si(value) - self.to_si(0.0)
    }

    /// Converts a value in [`Unit::si_symbol`] back into this unit (units are affine).
    pub fn from_si(&self, si: f64) -> f64 {
        let zero = self.to_si(0.0);
        (si - zero) / (self.to_si(1.0) - zero)
    }
}

/// The unit whose canonical symbol is `symbol` (`km`, `Mach`, `USD`).
pub fn by_symbol(symbol: &str) -> Option<&'static Unit> {
    spellings()
        .map(|&(_, _, _, unit)| unit)
        .find(|unit| unit.symbol == symbol)
}

impl PartialEq for Unit {
    fn eq(&self, other: &Self) -> bool {
        self.symbol == other.symbol
    }
}

/// Declares the [`Unit`] static `$name`; the macros below build its conversion.
macro_rules! unit_static {
    ($name:ident, $symbol:literal, $dimension:ident, $si_symbol:expr, $convert:expr) => {
        #[doc = concat!("The unit `", $symbol, "`.")]
        pub static $name: $crate::quantity::units::Unit = $crate::quantity::units::Unit {
            symbol: $symbol,
            dimension: $crate::quantity::Dimension::$dimension,
            si_symbol: $si_symbol,
            convert: $convert,
        };
    };
}

/// Builds a [`Unit`] whose conversion goes through a uom quantity: `value` in `$unit` is read
/// as a `$quantity` and returned in `$si_unit`.
macro_rules! uom_unit {
    ($name:ident, $symbol:literal, $dimension:ident, $quantity:ident, $module:ident :: $unit:ident, $si_unit:ident, $si_symbol:literal) => {
        unit_static!($name, $symbol, $dimension, $si_symbol, |v| {
            uom::si::f64::$quantity::new::<uom::si::$module::$unit>(v)
                .get::<uom::si::$module::$si_unit>()
        });
    };
}

/// Builds a [`Unit`] that is its own SI unit (money, percentages): the value is kept.
macro_rules! plain_unit {
    ($name:ident, $symbol:literal, $dimension:ident) => {
        unit_static!($name, $symbol, $dimension, $symbol, |v| v);
    };
}

/// Builds a [`Unit`] through a uom quantity from an exact SI factor, for units whose uom
/// definition is rounded to seven digits (uom's pound is 0.4535924 kg; the pound is exactly
/// 0.45359237 kg by the 1959 international agreement).
macro_rules! exact_unit {
    ($name:ident, $symbol:literal, $dimension:ident, $quantity:ident, $module:ident :: $si_unit:ident, $factor:expr, $si_symbol:literal) => {
        unit_static!($name, $symbol, $dimension, $si_symbol, |v| {
            uom::si::f64::$quantity::new::<uom::si::$module::$si_unit>(v * $factor)
                .get::<uom::si::$module::$si_unit>()
        });
    };
}

/// When a spelling may be read as its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guard {
    /// Always.
    Any,
    /// Only when written with a space after the number ("5 s", not the "90s").
    Spaced,
    /// Only when written directly after the number ("30C", not "30 C").
    Attached,
    /// Only when the number carries a scale word or a currency sign ("5 billion won").
    Scaled,
    /// Only when the number carries no scale word ("5 pounds" of weight).
    Unscaled,
    /// Only at the end of a clause ("5 in." but not "5 in the morning").
    ClauseEnd,
    /// Only where a measure may end: at the end of a clause or sentence, before the next
    /// part of a measure in parts (a digit), or before a word that cannot be the noun the
    /// spelling would describe ("14 stone.", "14 stone 3 lb", "lost 3 stone in a year"; not
    /// "the 20 stone cottages").
    MeasureEnd,
}

/// The words after which a measure spelled like an adjective ("stone") still ends: words
/// that join a clause, never a noun it could describe.
const MEASURE_END_WORDS: &[&str] = &[
    "after", "and", "at", "before", "by", "for", "from", "heavier", "in", "lighter", "of", "or",
    "since", "than", "to", "when", "while", "with",
];

/// How a spelling is compared with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Byte for byte: symbols where case carries meaning (`mm`, `MW`, `K`).
    Exact,
    /// ASCII case-insensitively: words ("Kilometres").
    Ascii,
}

/// One spelling of a unit in prose.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spelling {
    /// The text as written ("km", "miles an hour").
    pub(crate) text: &'static str,
    /// Whether the text has a space (which matches any gap between words).
    pub(crate) spaced: bool,
    /// How the text is compared.
    pub(crate) case: Case,
    /// When the spelling may be read as its unit.
    pub(crate) guard: Guard,
    /// The unit it names.
    pub(crate) unit: &'static Unit,
}

use Case::{Ascii, Exact};
use Guard::{Any, Attached, ClauseEnd, MeasureEnd, Scaled, Spaced, Unscaled};
use currency::{CODES_AFTER_AMOUNT, CURRENCY_SIGNS};

mod angle;
mod area;
mod currency;
mod data;
mod duration;
mod electric;
mod energy;
mod flow;
mod force;
mod frequency;
mod fuel;
mod length;
mod mass;
mod percent;
mod power;
mod pressure;
mod temperature;
mod velocity;
mod volume;

pub use angle::*;
pub use area::*;
pub use currency::*;
pub use data::*;
pub use duration::*;
pub use electric::*;
pub use energy::*;
pub use flow::*;
pub use force::*;
pub use frequency::*;
pub use fuel::*;
pub use length::*;
pub use mass::*;
pub use percent::*;
pub use power::*;
pub use pressure::*;
pub use temperature::*;
pub use velocity::*;
pub use volume::*;

/// A catalogue's spellings: `|`-separated variants, how they compare, when they apply, and
/// the unit.
type Spellings = &'static [(&'static str, Case, Guard, &'static Unit)];

/// Every catalogue's spellings. Longer spellings win over shorter ones at the same place,
/// whatever their order; spellings of one length are tried in this order, which matters only
/// within a catalogue (see the test `catalogue_order_does_not_matter`).
const CATALOGUES: &[Spellings] = &[
    length::SPELLINGS,
    velocity::SPELLINGS,
    mass::SPELLINGS,
    duration::SPELLINGS,
    area::SPELLINGS,
    volume::SPELLINGS,
    temperature::SPELLINGS,
    angle::SPELLINGS,
    energy::SPELLINGS,
    power::SPELLINGS,
    data::SPELLINGS,
    frequency::SPELLINGS,
    pressure::SPELLINGS,
    electric::SPELLINGS,
    force::SPELLINGS,
    flow::SPELLINGS,
    fuel::SPELLINGS,
    percent::SPELLINGS,
    currency::SPELLINGS,
];

/// Every spelling of every catalogue, in [`CATALOGUES`] order.
fn spellings() -> impl Iterator<Item = &'static (&'static str, Case, Guard, &'static Unit)> {
    CATALOGUES.iter().flat_map(|catalogue| catalogue.iter())
}

/// The texts that can open an amount of money, lower-cased, for the scanner's automaton.
pub(crate) fn currency_anchors() -> impl Iterator<Item = String> {
    let signs = CURRENCY_SIGNS.iter().map(|(sign, _)| sign.to_lowercase());
    signs.chain(CURRENCIES.iter().map(|unit| unit.symbol.to_lowercase()))
}

/// The spellings, grouped by their first byte (ASCII letters folded to lower case) and the
/// class of their second ([`second_class`]), each group sorted longest first, so a lookup
/// compares only the few that can match. A one-byte spelling ("m") is in every group of its
/// first byte.
struct SpellingIndex {
    /// The groups one after another, each spelling with its second byte in lower case.
    spellings: Vec<(Option<u8>, Spelling)>,
    /// Where each group starts in `spellings`: group `g` is `starts[g]..starts[g + 1]`.
    starts: Vec<usize>,
}

/// How many classes [`second_class`] sorts a second byte into.
const SECOND_CLASSES: usize = 32;

/// The class of a spelling's or a text's second byte (`None`: there is none): each ASCII
/// letter in either case, the end, a space, "/", ".", "-", and all other bytes together.
fn second_class(second: Option<u8>) -> usize {
    match second {
        Some(b) if b.is_ascii_alphabetic() => usize::from(b.to_ascii_lowercase() - b'a'),
        None => 26,
        Some(b' ') => 27,
        Some(b'/') => 28,
        Some(b'.') => 29,
        Some(b'-') => 30,
        Some(_) => 31,
    }
}

/// The group of spellings whose first byte is `first` and whose second is of `class`.
fn group(first: u8, class: usize) -> usize {
    usize::from(first.to_ascii_lowercase()) * SECOND_CLASSES + class
}

static INDEX: LazyLock<SpellingIndex> = LazyLock::new(|| {
    let mut groups: Vec<Vec<(Option<u8>, Spelling)>> =
        (0..256 * SECOND_CLASSES).map(|_| Vec::new()).collect();
    let mut all: Vec<Spelling> = spellings()
        .flat_map(|&(variants, case, guard, unit)| {
            variants.split('|').map(move |text| Spelling {
                text,
                spaced: text.contains(' '),
                case,
                guard,
                unit,
            })
        })
        .collect();
    // Longest first; the sort is stable, so spellings of one length keep catalogue order.
    all.sort_by_key(|s| std::cmp::Reverse(s.text.len()));
    for spelling in all {
        let bytes = spelling.text.as_bytes();
        let second = bytes.get(1).map(u8::to_ascii_lowercase);
        let classes = match second {
            Some(_) => second_class(second)..second_class(second) + 1,
            None => 0..SECOND_CLASSES,
        };
        for class in classes {
            groups[group(bytes[0], class)].push((second, spelling));
        }
    }
    let mut starts = Vec::with_capacity(groups.len() + 1);
    starts.push(0);
    let mut spellings = Vec::new();
    for g in groups {
        spellings.extend(g);
        starts.push(spellings.len());
    }
    SpellingIndex { spellings, starts }
});

/// The first word of `text`: up to a space, a hyphen, a slash or punctuation.
fn leading_word(text: &str) -> &str {
    let ends_word =
        |c: char| c.is_whitespace() || matches!(c, '-' | '/' | '.' | ',' | ';' | ':' | '(' | ')');
    // ASCII byte by byte; a character is decoded only where a byte beyond ASCII starts one.
    let bytes = text.as_bytes();
    let mut end = 0;
    while let Some(&byte) = bytes.get(end) {
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            text[end..].chars().next().unwrap_or(' ')
        };
        if ends_word(c) {
            break;
        }
        end += c.len_utf8();
    }
    &text[..end]
}

/// Whether "a"/"an" before `unit`, spelled `spelled`, is one of it: "a mile", "a litre",
/// "an ml". Not spans of time ("a day later", "twice a year"), temperatures or angles ("to a
/// degree"), money, percentages or counts, and not the spellings that are ordinary nouns or
/// idioms more often than measures ("a bar of soap", "a cup of tea", "a ton of work", "a
/// parking meter", "in a yard", "tie a knot", "an atmosphere of fear", "a pound coin", "give
/// an inch", "over a barrel"), nor a spelling with a capital ("a TB survivor", "a Hertz car").
pub(crate) fn counts_after_article(unit: &Unit, spelled: &str) -> bool {
    let word = spelled.trim();
    let noun = UNIT_NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n));
    let measure = !matches!(
        unit.dimension,
        Dimension::Duration
            | Dimension::Temperature
            | Dimension::Angle
            | Dimension::Currency
            | Dimension::Percent
            | Dimension::Count
    );
    let capital = word.chars().any(|c| c.is_uppercase());
    measure && !noun && !capital && word.chars().count() > 1
}

/// The first words, ASCII lower case, of the unit spellings that may follow an article
/// ("mile", "litre", "square"): see [`counts_after_article`].
static ARTICLE_UNIT_WORDS: LazyLock<rustc_hash::FxHashSet<Vec<u8>>> = LazyLock::new(|| {
    spellings()
        .flat_map(|&(variants, _, _, unit)| variants.split('|').map(move |text| (text, unit)))
        .filter(|&(text, unit)| counts_after_article(unit, text))
        .map(|(text, _)| leading_word(text).as_bytes().to_ascii_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
});

/// The words, ASCII lower case, of the units of time, which count after an article only with
/// more after them ("an hour and a half").
static ARTICLE_TIME_WORDS: LazyLock<rustc_hash::FxHashSet<Vec<u8>>> = LazyLock::new(|| {
    spellings()
        .filter(|&&(_, case, _, unit)| case == Ascii && unit.dimension == Dimension::Duration)
        .flat_map(|&(variants, ..)| variants.split('|'))
        .map(|text| text.as_bytes().to_ascii_lowercase())
        .collect()
});

/// The first two letters of the words of [`ARTICLE_UNIT_WORDS`] and [`ARTICLE_TIME_WORDS`]
/// that open with two letters: bit `second` of entry `first`, letters counted from "a" = 0.
static ARTICLE_WORD_PAIRS: LazyLock<[u32; 26]> = LazyLock::new(|| {
    let mut pairs = [0u32; 26];
    for word in ARTICLE_UNIT_WORDS.iter().chain(ARTICLE_TIME_WORDS.iter()) {
        if let (Some(first), Some(second)) = (letter_at(word, 0), letter_at(word, 1)) {
            pairs[first] |= 1 << second;
        }
    }
    pairs
});

/// The ASCII letter at `at` of `bytes`, counted from "a" = 0 in either case.
fn letter_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = *bytes.get(at)?;
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// A quick test that `input`, the text after "a" or "an", may start with a unit that counts
/// after an article: one of [`counts_after_article`], or a unit of time followed by "and".
/// Cheaper than [`unit`] on text that mostly holds none.
pub(crate) fn may_follow_article(input: &str) -> bool {
    // Most words after an article open with two letters that no such word opens with.
    let bytes = input.as_bytes();
    if let (Some(first), Some(second)) = (letter_at(bytes, 0), letter_at(bytes, 1)) {
        if (ARTICLE_WORD_PAIRS[first] >> second) & 1 == 0 {
            return false;
        }
    }
    let word = leading_word(input);
    let followed_by_and = input[word.len()..].starts_with(" and ");
    with_ascii_lowercase(word.as_bytes(), |lower| {
        ARTICLE_UNIT_WORDS.contains(lower)
            || (followed_by_and && ARTICLE_TIME_WORDS.contains(lower))
    })
    .unwrap_or(false)
}

/// What the grammar knows about the number a unit follows, for the spelling guards.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UnitContext {
    /// Whether spaces (or a hyphen) stand between the number and the unit.
    pub(crate) spaced: bool,
    /// Whether the number carries a scale word or a currency sign.
    pub(crate) scaled: bool,
}

/// Parses a unit spelling at the start of `input`. The longest spelling whose guard holds and
/// that ends at a word boundary wins.
pub(crate) fn unit(input: &str, context: UnitContext) -> PResult<'_, &'static Unit> {
    let Some(&first) = input.as_bytes().first() else {
        return reject(input);
    };
    let second = input.as_bytes().get(1).map(u8::to_ascii_lowercase);
    let g = group(first, second_class(second));
    let candidates = &INDEX.spellings[INDEX.starts[g]..INDEX.starts[g + 1]];
    for (spelling_second, spelling) in candidates {
        // Other bytes than letters and a few signs share a class.
        if spelling_second.is_some_and(|b| Some(b) != second) {
            continue;
        }
        let matched = if spelling.spaced {
            match_phrase(input, spelling.text, spelling.case == Exact)
        } else {
            let head = input.as_bytes().get(..spelling.text.len());
            let equal = head.is_some_and(|head| match spelling.case {
                Exact => head == spelling.text.as_bytes(),
                Ascii => head.eq_ignore_ascii_case(spelling.text.as_bytes()),
            });
            equal.then(|| &input[spelling.text.len()..])
        };
        let Some(rest) = matched else {
            continue;
        };
        // "F-35", "B-52": a capital letter joined by a hyphen to digits is a designation; "km-5"
        // of "3km-5km" is a range.
        let designation = spelling.text.starts_with(|c: char| c.is_ascii_uppercase())
            && rest
                .strip_prefix('-')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let bounded = (at_word_end(rest) || spelling.text.ends_with('.')) && !designation;
        if bounded && guard_holds(spelling.guard, context, rest) {
            return Ok((rest, spelling.unit));
        }
    }
    // An ISO currency code after the amount: "42 KWD". Every code opens with a capital, so
    // text that does not skips the loop.
    if !first.is_ascii_uppercase() {
        return reject(input);
    }
    for &currency in CURRENCIES.iter().chain(CODES_AFTER_AMOUNT) {
        if let Some(rest) = strip_exact(input, currency.symbol).filter(|r| at_word_end(r)) {
            return Ok((rest, currency));
        }
    }
    reject(input)
}

fn guard_holds(guard: Guard, context: UnitContext, rest: &str) -> bool {
    match guard {
        Any => true,
        Spaced => context.spaced,
        Attached => !context.spaced && !rest.starts_with('/'),
        Scaled => context.scaled,
        Unscaled => !context.scaled,
        ClauseEnd => {
            let after = rest.trim_start_matches(super::lexical::is_inline_space);
            after.is_empty() || after.starts_with([',', ';', ')', '\n', '\r'])
        }
        MeasureEnd => {
            let after = rest.trim_start_matches(super::lexical::is_inline_space);
            let word = leading_word(after);
            after.is_empty()
                || after.starts_with([',', ';', ':', ')', '.', '!', '?', '\n', '\r'])
                || after.starts_with(|c: char| c.is_ascii_digit())
                || MEASURE_END_WORDS.contains(&word)
        }
    }
}

/// Parses a currency sign or code written before a number ("$", "US$", "€", "USD ").
pub(crate) fn currency_prefix(input: &str) -> PResult<'_, &'static Unit> {
    for &(sign, unit) in CURRENCY_SIGNS {
        if let Some(rest) = strip_exact(input, sign) {
            if pattern_ends_in_symbol(sign) || !rest.starts_with(char::is_alphabetic) {
                return Ok((rest, unit));
            }
        }
    }
    for &unit in CURRENCIES {
        if let Some(rest) = strip_exact(input, unit.symbol) {
            if !rest.starts_with(char::is_alphabetic) {
                return Ok((rest, unit));
            }
        }
    }
    reject(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPACED: UnitContext = UnitContext {
        spaced: true,
        scaled: false,
    };

    /// Spellings of different catalogues never compete for the same text (unless their guards
    /// exclude each other), so the order of [`CATALOGUES`] does not change what is read.
    #[test]
    fn catalogue_order_does_not_matter() {
        let exclusive = |a, b| {
            matches!(
                (a, b),
                (Scaled, Unscaled) | (Unscaled, Scaled) | (Spaced, Attached) | (Attached, Spaced)
            )
        };
        let variants = |catalogue: Spellings| {
            catalogue.iter().flat_map(|&(variants, case, guard, unit)| {
                variants
                    .split('|')
                    .map(move |text| (text, case, guard, unit))
            })
        };
        for (i, &first) in CATALOGUES.iter().enumerate() {
            for &second in &CATALOGUES[i + 1..] {
                for (a, a_case, a_guard, a_unit) in variants(first) {
                    for (b, b_case, b_guard, b_unit) in variants(second) {
                        let fold = a_case == Ascii || b_case == Ascii;
                        let letters = |text: &str| -> String {
                            text.chars()
                                .filter(|&c| c != ' ' && c != '-')
                                .map(|c| if fold { c.to_ascii_lowercase() } else { c })
                                .collect()
                        };
                        let (la, lb) = (letters(a), letters(b));
                        let competing =
                            a.len() == b.len() && (la.starts_with(&lb) || lb.starts_with(&la));
                        assert!(
                            !competing || exclusive(a_guard, b_guard),
                            "{a:?} ({}) and {b:?} ({}) compete",
                            a_unit.symbol,
                            b_unit.symbol
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn longest_spelling_wins() {
        assert_eq!(unit("km/h away", SPACED).map(|(_, u)| u.symbol), Ok("km/h"));
        assert_eq!(unit("km away", SPACED).map(|(_, u)| u.symbol), Ok("km"));
        assert_eq!(
            unit("nautical miles", SPACED).map(|(_, u)| u.symbol),
            Ok("nmi")
        );
        assert_eq!(
            unit("miles an hour", SPACED).map(|(_, u)| u.symbol),
            Ok("mph")
        );
    }

    #[test]
    fn currency_codes_open_with_a_capital() {
        for currency in CURRENCIES.iter().chain(CODES_AFTER_AMOUNT) {
            assert!(
                currency
                    .symbol
                    .starts_with(|c: char| c.is_ascii_uppercase()),
                "{} would be skipped by the capital-letter gate of `unit`",
                currency.symbol
            );
        }
    }

    #[test]
    fn units_end_at_a_word_boundary() {
        assert!(unit("million", SPACED).is_err());
        assert!(unit("kmx", SPACED).is_err());
    }

    #[test]
    fn conversions_go_through_uom() {
        assert_eq!(KILOMETRE.to_si(1.5), 1500.0);
        assert!((MILE.to_si(1.0) - 1609.344).abs() < 1e-9);
        assert!((MACH.to_si(10.0) - 3402.94).abs() < 1e-9);
        assert!((CELSIUS.to_si(0.0) - 273.15).abs() < 1e-9);
    }
}
