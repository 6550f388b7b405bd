//! What the words around a number say about it: a qualifier or range opener before it
//! ("about", "between"), or signs that it is not a quantity at all — a model designation
//! ("Tu-160"), a label ("Article 5"), a date ("July 4") or a clock time ("6pm").

use super::lexical::{
    PhraseIndex, at_sentence_start, at_word_end, inline_space0, is_word_char, match_phrase,
    phrase_before, strip_exact, with_ascii_lowercase, word_before, word_gap,
};
use super::lexicon::{
    CLOCK_WORDS, COMPARISON_WORDS, LABEL_WORDS, MONTHS, ORDINAL_SUFFIXES, QUALIFIERS, RISE_VERBS,
    SENTENCE_OPENERS, TRAILING_QUALIFIERS,
};
use super::model::Qualifier;
use std::sync::LazyLock;

/// A word that opens a range: "between 300 and 500", "from 5 to 10".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RangeOpener {
    /// "between": the range may be joined by "and".
    Between,
    /// "from".
    From,
}

/// The qualifier that stands right before `pos`, with the offset where it starts.
pub(crate) fn qualifier_before(text: &str, pos: usize) -> Option<(Qualifier, usize)> {
    // "sub-5 nanometre", "sub-$500": under.
    if let Some(start) = hyphenated_prefix(text, pos, &["sub"]) {
        return Some((Qualifier::LessThan, start));
    }
    let end = super::lexical::skip_spaces_back(text, pos);
    let bytes = text.as_bytes().get(..end)?;
    let word_len = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let candidates = if word_len == 0 {
        &QUALIFIERS_BY_LAST_WORD.ending_in_symbol
    } else {
        with_ascii_lowercase(&bytes[end - word_len..], |lower| {
            QUALIFIERS_BY_LAST_WORD.ending_in_word.get(lower)
        })??
    };
    candidates.iter().find_map(|&(phrase, q)| {
        let start = phrase_before(text, pos, phrase, false)?;
        (phrase != "past" || after_a_rise(text, start)).then_some((q, start))
    })
}

/// Whether a verb of a rise ends right before `pos`: "rose" of "rose past 10.6 metres".
fn after_a_rise(text: &str, pos: usize) -> bool {
    word_before(text, pos).is_some_and(|(word, _)| {
        RISE_VERBS
            .iter()
            .any(|verb| verb.eq_ignore_ascii_case(word))
    })
}

/// [`QUALIFIERS`] grouped by their last word in lower case ("than" of "more than"), keeping
/// the list's order, longest first, so only the phrases that can end where the text ends are
/// compared; those that end in a symbol ("~", "approx.") are kept apart.
struct QualifierIndex {
    ending_in_word: rustc_hash::FxHashMap<Vec<u8>, Vec<(&'static str, Qualifier)>>,
    ending_in_symbol: Vec<(&'static str, Qualifier)>,
}

static QUALIFIERS_BY_LAST_WORD: LazyLock<QualifierIndex> = LazyLock::new(|| {
    let mut index = QualifierIndex {
        ending_in_word: rustc_hash::FxHashMap::default(),
        ending_in_symbol: Vec::new(),
    };
    for &(phrase, q) in QUALIFIERS {
        let word_len = phrase
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        if word_len == 0 {
            index.ending_in_symbol.push((phrase, q));
        } else {
            let word = phrase.as_bytes()[phrase.len() - word_len..].to_ascii_lowercase();
            index
                .ending_in_word
                .entry(word)
                .or_default()
                .push((phrase, q));
        }
    }
    index
});

/// The qualifier phrase at the start of `input` ("less than 300"), with the rest after it.
pub(crate) fn qualifier_at(input: &str) -> Option<(Qualifier, &str)> {
    QUALIFIERS_BY_FIRST_BYTE
        .starting(input)
        .iter()
        .find_map(|&(phrase, q)| {
            let rest = match_phrase(input, phrase, false)?;
            let bounded = !phrase.ends_with(|c: char| c.is_ascii_alphabetic()) || at_word_end(rest);
            bounded.then_some((q, rest))
        })
}

/// [`QUALIFIERS`] grouped by their first byte in lower case, keeping the list's order (longest
/// first), so [`qualifier_at`] compares only the phrases that can start where the input does.
static QUALIFIERS_BY_FIRST_BYTE: LazyLock<PhraseIndex<(&str, Qualifier)>> = LazyLock::new(|| {
    // "past" is a qualifier only after a verb it cannot see from here.
    let qualifiers: Vec<(&str, Qualifier)> = QUALIFIERS
        .iter()
        .copied()
        .filter(|(phrase, _)| *phrase != "past")
        .collect();
    PhraseIndex::new(&qualifiers, |(phrase, _)| phrase)
});

/// [`TRAILING_QUALIFIERS`] by their first letter.
static TRAILING_QUALIFIERS_BY_FIRST_BYTE: LazyLock<PhraseIndex<(&str, Qualifier)>> =
    LazyLock::new(|| PhraseIndex::new(TRAILING_QUALIFIERS, |(phrase, _)| phrase));

/// The qualifier written right after a quantity, and the rest of the input after it.
pub(crate) fn qualifier_after(rest: &str) -> Option<(Qualifier, &str)> {
    let after_gap = word_gap(rest).ok()?.0;
    // "200 or greater than 190" compares with another number: no trailing qualifier.
    let compares_on = |r: &str| {
        word_gap(r).is_ok_and(|(next, _)| {
            COMPARISON_WORDS
                .iter()
                .any(|w| match_phrase(next, w, false).is_some_and(at_word_end))
        })
    };
    TRAILING_QUALIFIERS_BY_FIRST_BYTE
        .starting(after_gap)
        .iter()
        .find_map(|&(phrase, q)| {
            match_phrase(after_gap, phrase, false)
                .filter(|r| at_word_end(r) && !compares_on(r))
                .map(|r| (q, r))
        })
}

/// "between" or "from" right before `pos`, with the offset where it starts.
pub(crate) fn range_opener_before(text: &str, pos: usize) -> Option<(RangeOpener, usize)> {
    if let Some(start) = phrase_before(text, pos, "between", false) {
        return Some((RangeOpener::Between, start));
    }
    phrase_before(text, pos, "from", false).map(|start| (RangeOpener::From, start))
}

/// Where a number that begins at `pos` really starts: at a minus sign or the word "minus"
/// right before it, when that sign is not a hyphen inside a word.
pub(crate) fn signed_start(text: &str, pos: usize) -> usize {
    if no_sign_before(text, pos) {
        pos
    } else {
        sign_before(text, pos)
    }
}

/// [`signed_start`] read in full.
fn sign_before(text: &str, pos: usize) -> usize {
    // ".75 cups": a decimal point with nothing before it belongs to the number.
    let pos = match text[..pos].strip_suffix('.') {
        Some(rest)
            if !rest
                .chars()
                .next_back()
                .is_some_and(|c| is_word_char(c) || c == '.') =>
        {
            pos - 1
        }
        _ => pos,
    };
    let before = &text[..pos];
    // "minus-12 degrees": the word and its hyphen are the sign.
    if let Some(word_start) = hyphenated_prefix(text, pos, &["minus"]) {
        return word_start;
    }
    for sign in ['-', '\u{2212}'] {
        if let Some(rest) = before.strip_suffix(sign) {
            let joined = rest
                .chars()
                .next_back()
                .is_some_and(|c| is_word_char(c) || c == '.');
            return if joined { pos } else { rest.len() };
        }
    }
    let minus = phrase_before(text, pos, "minus", false)
        // "plus or minus 3 points" is a margin, not a negative number.
        .filter(|&at| phrase_before(text, at, "plus or", false).is_none());
    minus
        .or_else(|| phrase_before(text, pos, "negative", false))
        .unwrap_or(pos)
}

/// A quick test that [`signed_start`] finds no sign before `pos`: the byte before it (or
/// before the ASCII spaces there) is ASCII, no point or hyphen right before the number, and
/// not the last letter of "minus" or "negative". Most numbers follow such a byte.
fn no_sign_before(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = pos;
    while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    match bytes[..at].last() {
        None => true,
        Some(&c) if !c.is_ascii() => false,
        Some(&c) => {
            let sign_or_point = at == pos && matches!(c, b'.' | b'-');
            !sign_or_point && !matches!(c.to_ascii_lowercase(), b's' | b'e')
        }
    }
}

/// Words joined by a hyphen to the number after them that qualify it rather than name
/// something: "minus-12", "sub-5", "now-27".
const HYPHENATED_PREFIXES: &[&str] = &["minus", "sub", "now"];

/// Where the word before `pos` starts, when it is one of `words` (ASCII case-insensitive)
/// joined to `pos` by a hyphen: "minus-12" at the "1".
pub(crate) fn hyphenated_prefix(text: &str, pos: usize, words: &[&str]) -> Option<usize> {
    let before = text.get(..pos)?.strip_suffix('-')?;
    words.iter().find_map(|word| {
        let start = before.len().checked_sub(word.len())?;
        let candidate = before.get(start..)?;
        (candidate.eq_ignore_ascii_case(word) && super::lexical::at_word_start(before, start))
            .then_some(start)
    })
}

/// True when the number at `pos` is glued to a word before it: a model designation or code
/// ("Tu-160", "MiG-31I", "COVID-19", "No.5", "24/7", "9:30", "#3").
pub(crate) fn joined_to_preceding_word(text: &str, pos: usize) -> bool {
    // "minus-12", "sub-5 nanometre", "the now-27 members": a word that qualifies the number.
    if hyphenated_prefix(text, pos, HYPHENATED_PREFIXES).is_some() {
        return false;
    }
    let mut chars = text[..pos].chars().rev();
    let Some(previous) = chars.next() else {
        return false;
    };
    // Codes, URLs and markup: "#3", "%20", "id=5", "a&b", "@2x", "\\1".
    if is_word_char(previous) || matches!(previous, '#' | '_' | '%' | '=' | '&' | '@' | '\\' | '^')
    {
        return true;
    }
    let joiner = matches!(previous, '-' | '\u{2011}' | '/' | '.' | ':' | '\u{2010}');
    joiner
        && chars
            .next()
            .is_some_and(|c| is_word_char(c) || c == ')' || (previous == '.' && c == '.'))
}

static SORTED_LABELS: std::sync::LazyLock<Vec<&'static [u8]>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<&'static [u8]> = LABEL_WORDS.iter().map(|w| w.as_bytes()).collect();
    v.sort();
    v.dedup();
    v
});

/// How the word before a number relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrecedingWord {
    /// A label word ("Article", "page") or a month: never a quantity.
    LabelOrDate,
    /// A capitalised word inside a sentence ("Boeing 747", "Apollo 11"): a name, unless a
    /// unit follows.
    Name,
    /// Anything else.
    Ordinary,
}

/// Classifies the word right before a number, `before` as [`word_before`] gives it.
pub(crate) fn preceding_word(text: &str, before: Option<(&str, usize)>) -> PrecedingWord {
    let Some((word, start)) = before else {
        return PrecedingWord::Ordinary;
    };
    if word.is_empty() {
        return PrecedingWord::Ordinary;
    }
    let first = word.as_bytes()[0];
    let lower_is_label = with_ascii_lowercase(word.as_bytes(), |lower| {
        SORTED_LABELS.binary_search(&lower).is_ok()
    })
    .unwrap_or(false);
    if lower_is_label || (first.is_ascii_uppercase() && MONTHS.contains(&word)) {
        return PrecedingWord::LabelOrDate;
    }
    // A possessive is no name around the number: "Nigeria's 120 million people" (as with a
    // curly apostrophe, which ends the word before it).
    if word.ends_with("'s") || word.ends_with("s'") {
        return PrecedingWord::Ordinary;
    }
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    let name = if at_sentence_start(text, start) {
        // "Apollo 11 landed", but not "The 300 passengers" or "Only 3 remain".
        capitalised
            && !SENTENCE_OPENERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
    } else {
        // "a Boeing 747", "the iPhone 15".
        capitalised || inner_capital
    };
    if name {
        PrecedingWord::Name
    } else {
        PrecedingWord::Ordinary
    }
}

/// True when a month name follows the number ("4 July").
pub(crate) fn month_after(rest: &str) -> bool {
    let Ok((after, _)) = word_gap(rest) else {
        return false;
    };
    // Month names are capitalised and compared exactly.
    if !after.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    MONTHS
        .iter()
        .any(|m| strip_exact(after, m).is_some_and(at_word_end))
}

/// Whether `byte` may start one of [`CLOCK_WORDS`]: a quick test before comparing them.
fn may_start_clock_word(byte: &u8) -> bool {
    matches!(
        byte.to_ascii_lowercase(),
        b'a' | b'p' | b'o' | b'g' | b'u' | b'b' | b'c' | b'e' | b'h'
    )
}

/// Whether `rest`, after the whole number `number` written in digits, opens with an ordinal
/// suffix ("21st", "2nd", "12th"); "st" only after a number in 1 but not 11 ("14st" and
/// "11st" are stone).
pub(crate) fn ordinal_after(number: f64, rest: &str) -> bool {
    let Some(head) = rest.get(..2).filter(|head| {
        ORDINAL_SUFFIXES
            .iter()
            .any(|suffix| head.eq_ignore_ascii_case(suffix))
    }) else {
        return false;
    };
    // A whole number in digits; the cast keeps its last two digits exact.
    let last_two = (number as u64) % 100;
    let takes_st = last_two % 10 == 1 && last_two != 11;
    (takes_st || !head.eq_ignore_ascii_case("st")) && at_word_end(&rest[2..])
}

/// True when what follows the number `number` makes it a clock time or an ordinal ("9:30",
/// "6pm", "6 p.m.", "10 o'clock", "1400 GMT", "21st").
pub(crate) fn time_or_ordinal_after(number: f64, rest: &str) -> bool {
    if rest.starts_with(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if ordinal_after(number, rest) {
        return true;
    }
    let after = inline_space0(rest).map_or(rest, |(r, _)| r);
    let Some(first) = after.as_bytes().first().filter(|b| may_start_clock_word(b)) else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    let same_first = |word: &&&str| word.as_bytes()[0].to_ascii_lowercase() == first;
    CLOCK_WORDS.iter().filter(same_first).any(|word| {
        let exact = word.chars().all(|c| c.is_ascii_uppercase());
        match_phrase(after, word, exact).is_some_and(|r| word.ends_with('.') || at_word_end(r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clock_word_passes_the_quick_test() {
        for word in CLOCK_WORDS {
            assert!(may_start_clock_word(&word.as_bytes()[0]), "{word}");
        }
    }

    #[test]
    fn every_month_opens_with_a_capital() {
        for month in MONTHS {
            assert!(
                month.starts_with(|c: char| c.is_ascii_uppercase()),
                "{month}"
            );
        }
    }

    #[test]
    fn qualifiers_prefer_the_longest_phrase() {
        let text = "no more than 5 km";
        assert_eq!(qualifier_before(text, 13), Some((Qualifier::AtMost, 0)));
        assert_eq!(
            qualifier_before("about 5", 6),
            Some((Qualifier::Approximately, 0))
        );
        assert_eq!(qualifier_before("whereabouts 5", 12), None);
    }

    #[test]
    fn designations_and_labels() {
        assert!(joined_to_preceding_word("Tu-160", 3));
        assert!(!joined_to_preceding_word("a -30", 3));
        assert_eq!(
            preceding_word("under Article 5", word_before("under Article 5", 14)),
            PrecedingWord::LabelOrDate
        );
        assert_eq!(
            preceding_word("a Boeing 747", word_before("a Boeing 747", 9)),
            PrecedingWord::Name
        );
        assert_eq!(
            preceding_word("Some 50", word_before("Some 50", 5)),
            PrecedingWord::Ordinary
        );
        assert_eq!(
            preceding_word("on July 4", word_before("on July 4", 8)),
            PrecedingWord::LabelOrDate
        );
    }

    proptest::proptest! {
        #[test]
        fn the_quick_sign_test_misses_no_sign(
            pieces in proptest::collection::vec(0..SIGN_PIECES.len(), 0..8)
        ) {
            let text: String = pieces.iter().map(|&i| SIGN_PIECES[i]).collect();
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                if no_sign_before(&text, pos) {
                    proptest::prop_assert_eq!(sign_before(&text, pos), pos, "{:?} at {}", text, pos);
                }
            }
        }
    }

    /// Pieces of text around a sign, for the property above.
    const SIGN_PIECES: &[&str] = &[
        "minus", "Minus", "negative", "plus or ", " ", "\t", "\u{a0}", "-", "\u{2212}", ".", "5",
        "s", "E", "x", "é",
    ];

    #[test]
    fn times_and_ordinals() {
        assert!(time_or_ordinal_after(9.0, ":30"));
        assert!(time_or_ordinal_after(6.0, "pm"));
        assert!(time_or_ordinal_after(6.0, " p.m. on"));
        assert!(time_or_ordinal_after(10.0, "th anniversary"));
        assert!(time_or_ordinal_after(21.0, "st century"));
        assert!(time_or_ordinal_after(101.0, "st"));
        assert!(!time_or_ordinal_after(14.0, "st"));
        assert!(!time_or_ordinal_after(11.0, "st"));
        assert!(!time_or_ordinal_after(6.0, " people"));
    }
}
