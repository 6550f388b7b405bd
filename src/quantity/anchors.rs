//! The anchor finder: the places where the scanner runs the grammar. An anchor is one of a
//! fixed set of patterns (digits, number words, "Mach", currency signs and codes, "a"/"an",
//! vague magnitudes), matched ASCII case-insensitively, longest first, where it can start a
//! quantity: at the start of a word, or anywhere for a pattern that does not start with a
//! letter or digit ("$", "€", "½").
//!
//! A pattern that starts with a letter or digit inside a word ("rs" in "years", "ten" in
//! "often") is never an anchor: the grammar reads nothing there. Skipping those places
//! outright, and looking up each word start by its first three bytes, makes this pass several
//! times cheaper than an automaton run over every byte.

use super::grammar::Anchor;
use super::lexicon::{ARTICLE_ANCHORS, DECADE_WORDS, VAGUE_MAGNITUDES};
use super::numeral::{VULGAR_FRACTIONS, word_anchors};
use super::units::currency_anchors;
use std::sync::LazyLock;

/// What an anchor pattern starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Trigger {
    /// A numeral, "Mach" or a currency: the grammar runs there.
    Grammar(Anchor),
    /// "a " or "an ": the grammar runs only when a unit spelling follows ("a mile").
    Article,
}

/// An anchor found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct AnchorMatch {
    /// Where the pattern starts.
    pub(super) start: usize,
    /// Where it ends.
    pub(super) end: usize,
    /// What it starts.
    pub(super) trigger: Trigger,
}

/// Every anchor pattern with its trigger, in the order the tests and the index see them.
fn anchor_patterns() -> Vec<(String, Trigger)> {
    let digits = ('0'..='9').map(String::from);
    let fractions = VULGAR_FRACTIONS.iter().map(|(c, _)| c.to_string());
    let words = word_anchors()
        .chain(DECADE_WORDS.iter().map(|(word, _)| *word))
        .map(String::from);
    let magnitudes = VAGUE_MAGNITUDES
        .iter()
        .map(|(phrase, _, _)| phrase.to_string());
    let grammar = |kind| move |pattern: String| (pattern, Trigger::Grammar(kind));
    digits
        .chain(fractions)
        .map(grammar(Anchor::Digit))
        .chain(words.map(grammar(Anchor::Word)))
        .chain(std::iter::once("mach".to_string()).map(grammar(Anchor::Mach)))
        .chain(currency_anchors().map(grammar(Anchor::Currency)))
        .chain(
            ARTICLE_ANCHORS
                .iter()
                .map(|a| (a.to_string(), Trigger::Article)),
        )
        .chain(magnitudes.map(grammar(Anchor::Magnitude)))
        .collect()
}

/// The patterns, grouped so that a place in the text is compared with the few that can
/// start there.
struct AnchorIndex {
    patterns: Vec<(Vec<u8>, Trigger)>,
    /// Pattern lists (indices into `patterns`, longest first); list 0 is empty.
    lists: Vec<Vec<usize>>,
    /// For a pattern that starts with a letter: the list for the folded first three bytes
    /// (see [`FOLD`] and [`key`]).
    by_letters: Vec<u16>,
    /// For any other first byte (a digit, "$", the lead byte of "€"): its list.
    by_byte: [u16; 256],
    /// The folded first two bytes of the letter patterns: bit `second` of `pairs[first]`,
    /// a test that turns most words away before `by_letters` is read.
    pairs: [u32; CODES],
}

/// The code of each byte in a three-byte key: letters (either case) 1–26, then a space,
/// "$" and "." (the other bytes anchor patterns hold in their first three), and 0 for
/// anything else.
const FOLD: [u8; 256] = {
    let mut codes = [0u8; 256];
    let mut letter = 0;
    while letter < 26 {
        codes[b'a' as usize + letter] = letter as u8 + 1;
        codes[b'A' as usize + letter] = letter as u8 + 1;
        letter += 1;
    }
    codes[b' ' as usize] = 27;
    codes[b'$' as usize] = 28;
    codes[b'.' as usize] = 29;
    codes
};

/// The number of distinct codes in [`FOLD`].
const CODES: usize = 32;

/// The code of the byte at `at`, 0 past the end.
fn fold(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at)
        .map_or(0, |&b| usize::from(FOLD[usize::from(b)]))
}

/// The key of three codes.
fn key(first: usize, second: usize, third: usize) -> usize {
    (first * CODES + second) * CODES + third
}

static INDEX: LazyLock<AnchorIndex> = LazyLock::new(|| {
    let patterns: Vec<(Vec<u8>, Trigger)> = anchor_patterns()
        .into_iter()
        .map(|(text, trigger)| (text.into_bytes(), trigger))
        .collect();
    let mut keyed: Vec<Vec<usize>> = vec![Vec::new(); CODES * CODES * CODES];
    let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
    let mut pairs = [0u32; CODES];
    for (index, (pattern, _)) in patterns.iter().enumerate() {
        if !pattern[0].is_ascii_alphabetic() {
            by_first[usize::from(pattern[0])].push(index);
            continue;
        }
        // A pattern shorter than three bytes matches whatever follows it.
        let codes = |at: usize| match at < pattern.len() {
            true => vec![fold(pattern, at)],
            false => (0..CODES).collect(),
        };
        let first = fold(pattern, 0);
        for second in codes(1) {
            pairs[first] |= 1 << second;
            for third in codes(2) {
                keyed[key(first, second, third)].push(index);
            }
        }
    }
    let mut lists: Vec<Vec<usize>> = vec![Vec::new()];
    let mut list_of = |mut list: Vec<usize>| -> u16 {
        if list.is_empty() {
            return 0;
        }
        list.sort_by_key(|&i| std::cmp::Reverse(patterns[i].0.len()));
        let id = lists.iter().position(|l| *l == list).unwrap_or_else(|| {
            lists.push(list);
            lists.len() - 1
        });
        u16::try_from(id).unwrap_or_else(|_| panic!("the anchor patterns are a fixed few"))
    };
    let by_letters = keyed.into_iter().map(&mut list_of).collect();
    let mut by_byte = [0u16; 256];
    for (byte, list) in by_first.into_iter().enumerate() {
        by_byte[byte] = list_of(list);
    }
    AnchorIndex {
        patterns,
        lists,
        by_letters,
        by_byte,
        pairs,
    }
});

impl AnchorIndex {
    /// The longest pattern that matches at `at`, when one does.
    fn longest_at(&self, bytes: &[u8], at: usize) -> Option<AnchorMatch> {
        let first = bytes[at];
        let list = if first.is_ascii_alphabetic() {
            let (code, second) = (usize::from(FOLD[usize::from(first)]), fold(bytes, at + 1));
            if (self.pairs[code] >> second) & 1 == 0 {
                return None;
            }
            self.by_letters[key(code, second, fold(bytes, at + 2))]
        } else {
            self.by_byte[usize::from(first)]
        };
        self.lists[usize::from(list)].iter().find_map(|&index| {
            let (pattern, trigger) = &self.patterns[index];
            let end = at + pattern.len();
            let matches = bytes
                .get(at..end)
                .is_some_and(|head| head.eq_ignore_ascii_case(pattern));
            matches.then_some(AnchorMatch {
                start: at,
                end,
                trigger: *trigger,
            })
        })
    }
}

/// Walks a text's anchors in order. It classifies 64 bytes at a time into a mask of the
/// places that start a word or hold a sign, and compares only those with the patterns.
pub(super) struct AnchorFinder<'t> {
    index: &'static AnchorIndex,
    bytes: &'t [u8],
    /// Where the classified block starts and ends.
    block_start: usize,
    block_end: usize,
    /// The block's places still to look at, one bit per byte.
    candidates: u64,
}

impl<'t> AnchorFinder<'t> {
    /// A finder over `text`.
    pub(super) fn new(text: &'t str) -> Self {
        AnchorFinder {
            index: &INDEX,
            bytes: text.as_bytes(),
            block_start: 0,
            block_end: 0,
            candidates: 0,
        }
    }

    /// The first anchor that starts at or after `from`.
    pub(super) fn next_from(&mut self, from: usize) -> Option<AnchorMatch> {
        if from >= self.block_end || from < self.block_start {
            self.classify(from);
        } else {
            self.candidates &= u64::MAX << (from - self.block_start);
        }
        loop {
            while self.candidates != 0 {
                let offset = self.candidates.trailing_zeros() as usize;
                self.candidates &= self.candidates - 1;
                if let Some(found) = self.index.longest_at(self.bytes, self.block_start + offset) {
                    return Some(found);
                }
            }
            if self.block_end >= self.bytes.len() {
                return None;
            }
            self.classify(self.block_end);
        }
    }

    /// Classifies the (up to) 64 bytes from `start`: the places that start a word (an ASCII
    /// letter or digit after anything else) and those that hold "$" or the first byte of a
    /// character beyond ASCII, the only first bytes of the other patterns.
    fn classify(&mut self, start: usize) {
        let end = self.bytes.len().min(start + 64);
        let block = &self.bytes[start.min(end)..end];
        let (mut word, mut sign) = (0u64, 0u64);
        let mut chunks = block.chunks_exact(8);
        for (n, chunk) in chunks.by_ref().enumerate() {
            let mut lanes = [0u8; 8];
            lanes.copy_from_slice(chunk);
            let (w, s) = classify_lanes(u64::from_le_bytes(lanes));
            word |= w << (8 * n);
            sign |= s << (8 * n);
        }
        let tail_start = block.len() - chunks.remainder().len();
        for (bit, &byte) in chunks.remainder().iter().enumerate() {
            let at = tail_start + bit;
            word |= u64::from(byte.is_ascii_alphanumeric()) << at;
            sign |= u64::from(byte == b'$' || byte >= 0xC0) << at;
        }
        let word_before = start
            .checked_sub(1)
            .and_then(|at| self.bytes.get(at))
            .is_some_and(u8::is_ascii_alphanumeric);
        let starts = word & !((word << 1) | u64::from(word_before));
        self.block_start = start;
        self.block_end = end;
        self.candidates = starts | sign;
    }
}

/// Each byte of a word, as a lane.
const LANES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each lane.
const HIGH: u64 = 0x80 * LANES;

/// For the eight bytes of `x` (the first in the low lane): a bit per byte that is an ASCII
/// letter or digit, and a bit per byte that is "$" or at least 0xC0. Bit tricks on the
/// whole word instead of a loop over its bytes.
fn classify_lanes(x: u64) -> (u64, u64) {
    // Per lane, the high bit is set where the lane's value (below 0x80) lies in lo..=hi.
    let in_range =
        |v: u64, lo: u64, hi: u64| (v + (0x80 - lo) * LANES) & !(v + (0x7f - hi) * LANES) & HIGH;
    let ascii = x & !HIGH;
    let letter = in_range(ascii | (0x20 * LANES), 0x61, 0x7a);
    let digit = in_range(ascii, 0x30, 0x39);
    let alphanumeric = (letter | digit) & !x;
    let dollar = x ^ (u64::from(b'$') * LANES);
    let is_dollar = !(((dollar & !HIGH) + !HIGH) | dollar | !HIGH);
    let lead = x & (x << 1) & HIGH;
    (pack(alphanumeric), pack(is_dollar | lead))
}

/// The high bits of the eight lanes as the low eight bits (lane `i` to bit `i`).
fn pack(high_bits: u64) -> u64 {
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Input, MatchKind};
    use proptest::prelude::*;

    /// The specification: an Aho-Corasick automaton over the same patterns, leftmost
    /// longest, skipping the matches of a letter or digit pattern inside a word.
    fn reference(text: &str, mut from: usize) -> Option<AnchorMatch> {
        let patterns = anchor_patterns();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|(p, _)| p))
            .unwrap_or_else(|e| panic!("{e}"));
        loop {
            let m = automaton.find(Input::new(text).span(from..text.len()))?;
            let in_word = text.as_bytes()[m.start()].is_ascii_alphanumeric()
                && text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
            if !in_word {
                return Some(AnchorMatch {
                    start: m.start(),
                    end: m.end(),
                    trigger: patterns[m.pattern().as_usize()].1,
                });
            }
            from = m.start() + 1;
        }
    }

    const PIECES: &[&str] = &[
        "a ",
        "an ",
        "A ",
        "a",
        "n",
        "one",
        "Ten",
        "often",
        "years",
        "Rs",
        "rs.",
        "RM5",
        "rmb",
        "US$",
        "$US",
        "us $",
        "HK $",
        "A$",
        "a$",
        "$",
        "€",
        "½",
        "’",
        "é",
        "1",
        "42",
        " ",
        "-",
        ".",
        "mach",
        "Machine",
        "hundreds of",
        "tens of thousands of",
        "a half",
        "a hundred",
        "thirties",
        "try",
        "country",
        "\n",
        "x",
        "_",
        "u.s.$",
        "NZ",
        "ninety",
        "9",
        "for",
    ];

    proptest! {
        #[test]
        fn finds_what_the_automaton_finds(pieces in prop::collection::vec(0..PIECES.len(), 0..24)) {
            let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            let mut finder = AnchorFinder::new(&text);
            let mut from = 0;
            // Walk the way the scanner does: from each anchor to one past its start.
            loop {
                let expected = reference(&text, from);
                prop_assert_eq!(finder.next_from(from), expected, "text {:?} from {}", text, from);
                let Some(found) = expected else { break };
                from = found.start + 1;
                while !text.is_char_boundary(from) {
                    from += 1;
                }
            }
        }
    }

    #[test]
    fn lanes_are_classified_as_byte_by_byte() {
        for byte in 0..=255u8 {
            for lane in 0..8 {
                let mut lanes = [b' '; 8];
                lanes[lane] = byte;
                let (word, sign) = classify_lanes(u64::from_le_bytes(lanes));
                let bit = 1 << lane;
                assert_eq!(
                    word,
                    u64::from(byte.is_ascii_alphanumeric()) << lane,
                    "{byte:#x}"
                );
                assert_eq!(sign & bit != 0, byte == b'$' || byte >= 0xC0, "{byte:#x}");
            }
        }
    }

    #[test]
    fn every_pattern_starts_with_a_word_byte_or_a_sign() {
        for (pattern, _) in &INDEX.patterns {
            let first = pattern[0];
            assert!(first.is_ascii_alphanumeric() || first == b'$' || first >= 0xC0);
        }
    }

    #[test]
    fn jumps_back_and_across_blocks_as_asked() {
        // "seven" starts a word in the second block, "xseven" would not; "12" is in the third.
        let text = format!("{} seven and {} 12 x12", "x".repeat(69), "y ".repeat(40));
        let mut finder = AnchorFinder::new(&text);
        let seven = finder.next_from(0).map(|m| m.start);
        assert_eq!(seven, Some(70));
        assert_eq!(finder.next_from(71).map(|m| m.start), Some(text.len() - 6));
        assert_eq!(finder.next_from(3).map(|m| m.start), Some(70));
        assert_eq!(finder.next_from(text.len()), None);
    }
}
