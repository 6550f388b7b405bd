//! A set of patterns matched where words start: ASCII case-insensitively, longest first (the
//! lowest pattern on a tie). A pattern that starts with an ASCII letter or digit is looked
//! for only at a word start (after anything but an ASCII letter or digit); any other pattern
//! ("$", "€") wherever its first byte is.
//!
//! Prose holds far fewer word starts than bytes, and most words share their first three
//! bytes with no pattern, so this is several times cheaper than an automaton run over every
//! byte: the text is classified 64 bytes at a time with bit tricks, and each word start is
//! looked up by its first three bytes.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

/// The patterns, grouped so that a place in the text is compared with the few that can
/// start there.
#[derive(Debug, Clone)]
pub struct WordStartPatterns {
    patterns: Vec<Vec<u8>>,
    /// Each pattern's first eight bytes in ASCII lower case (see [`lower_eight`]), with a
    /// mask of the bytes it has: one comparison that settles most of a list.
    heads: Vec<(u64, u64)>,
    /// Pattern lists; list 0 is empty.
    lists: Vec<PatternList>,
    /// For a pattern that starts with a letter: the list for the folded first three bytes
    /// (see [`FOLD`] and [`key`]).
    by_letters: Vec<u16>,
    /// For any other first byte (a digit, "$", the lead byte of "€"): its list.
    by_byte: Vec<u16>,
    /// The folded first two bytes of the letter patterns: bit `second` of `pairs[first]`,
    /// a test that turns most words away before `by_letters` is read.
    pairs: [u32; CODES],
    /// Bit `key` set for each key of `by_letters` that has a list: read before it, since
    /// these 4 KiB stay in the first-level cache and its 64 KiB do not.
    keys_with_lists: Vec<u64>,
    /// The ASCII bytes other than letters and digits that start a pattern.
    signs: Vec<u8>,
}

/// The patterns that share a key: compared in turn, or, when there are many (a base of
/// thousands of names that start "San " or "New "), searched with an anchored automaton, so
/// that a lookup never costs more than the length of what it matches.
#[derive(Debug, Clone)]
struct PatternList {
    /// Indices into the patterns, longest first.
    patterns: Vec<usize>,
    /// The folded fourth and fifth bytes its patterns allow (any, past a pattern's end): bit
    /// `fifth` of `next_two[fourth]`, a test that turns most places away before a pattern is
    /// compared ("the" and "and" start many words and a few names).
    next_two: [u32; CODES],
    /// For a long list: the automaton over its patterns in the order of their indices (so
    /// that of two equal patterns the lower index wins), and the index of each.
    automaton: Option<(AhoCorasick, Vec<usize>)>,
}

/// From how many patterns a list is searched with an automaton.
const LONG_LIST: usize = 32;

impl PatternList {
    fn new(patterns: &[Vec<u8>], mut list: Vec<usize>) -> PatternList {
        let automaton = (list.len() >= LONG_LIST)
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .build(list.iter().map(|&i| &patterns[i]))
                    .ok()
                    .map(|automaton| (automaton, list.clone()))
            })
            .flatten();
        list.sort_by_key(|&i| std::cmp::Reverse(patterns[i].len()));
        let mut next_two = [0u32; CODES];
        for pattern in list.iter().map(|&i| &patterns[i]) {
            let fifths = match pattern.len() > 4 {
                true => 1 << fold(pattern, 4),
                false => u32::MAX,
            };
            match pattern.len() > 3 {
                true => next_two[fold(pattern, 3)] |= fifths,
                false => next_two = [u32::MAX; CODES],
            }
        }
        PatternList {
            patterns: list,
            next_two,
            automaton,
        }
    }
}

/// A pattern found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternMatch {
    /// Where it starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// Its index among the patterns.
    pub pattern: usize,
}

/// The code of each byte in a three-byte key: letters (either case) 1–26, then a space,
/// "$" and "." (bytes the anchor patterns hold in their first three), and 0 for anything
/// else.
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

/// The (up to) eight bytes of `bytes` from `at`, zero past the end, in ASCII lower case,
/// the first in the low byte.
fn lower_eight(bytes: &[u8], at: usize) -> u64 {
    let mut lanes = [0u8; 8];
    match bytes.get(at..at + 8) {
        // Eight bytes at once where there are eight, so the copy is a load, not a call.
        Some(eight) => lanes.copy_from_slice(eight),
        None => {
            let available = bytes.get(at..).unwrap_or(&[]);
            lanes[..available.len()].copy_from_slice(available);
        }
    }
    let x = u64::from_le_bytes(lanes);
    let upper = in_range(x & !HIGH, 0x41, 0x5a) & !x;
    x | (upper >> 2)
}

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

impl WordStartPatterns {
    /// Indexes `patterns` (an empty one is never matched).
    pub fn new<P: AsRef<str>>(patterns: impl IntoIterator<Item = P>) -> Self {
        // Text, not bytes: a match then always ends on a character boundary.
        let patterns: Vec<Vec<u8>> = patterns
            .into_iter()
            .map(|p| p.as_ref().as_bytes().to_vec())
            .collect();
        let mut keyed: Vec<Vec<usize>> = vec![Vec::new(); CODES * CODES * CODES];
        let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
        let mut pairs = [0u32; CODES];
        let mut signs = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let Some(&first) = pattern.first() else {
                continue;
            };
            if !first.is_ascii_alphabetic() {
                by_first[usize::from(first)].push(index);
                if first.is_ascii() && !first.is_ascii_digit() && !signs.contains(&first) {
                    signs.push(first);
                }
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
        let mut lists: Vec<PatternList> = vec![PatternList::new(&patterns, Vec::new())];
        let mut ids = std::collections::HashMap::new();
        let mut list_of = |list: Vec<usize>| -> u16 {
            if list.is_empty() {
                return 0;
            }
            let id = *ids.entry(list.clone()).or_insert_with(|| {
                lists.push(PatternList::new(&patterns, list));
                lists.len() - 1
            });
            // At most one list per key and per byte, far below 65,536.
            u16::try_from(id).unwrap_or(u16::MAX)
        };
        let by_letters: Vec<u16> = keyed.into_iter().map(&mut list_of).collect();
        let mut keys_with_lists = vec![0u64; by_letters.len().div_ceil(64)];
        for (key, _) in by_letters
            .iter()
            .enumerate()
            .filter(|&(_, &list)| list != 0)
        {
            keys_with_lists[key / 64] |= 1 << (key % 64);
        }
        let by_byte = by_first.into_iter().map(&mut list_of).collect();
        let heads = patterns
            .iter()
            .map(|p| {
                let mask = u64::MAX.checked_shr(8 * (8 - p.len().min(8)) as u32);
                (lower_eight(p, 0), mask.unwrap_or(0))
            })
            .collect();
        WordStartPatterns {
            patterns,
            heads,
            lists,
            by_letters,
            by_byte,
            pairs,
            keys_with_lists,
            signs,
        }
    }

    /// The longest pattern that matches at `at`, when one does.
    fn longest_at(&self, bytes: &[u8], at: usize) -> Option<PatternMatch> {
        let first = bytes[at];
        let list = if first.is_ascii_alphabetic() {
            let (code, second) = (usize::from(FOLD[usize::from(first)]), fold(bytes, at + 1));
            if (self.pairs[code] >> second) & 1 == 0 {
                return None;
            }
            let key = key(code, second, fold(bytes, at + 2));
            if (self.keys_with_lists[key / 64] >> (key % 64)) & 1 == 0 {
                return None;
            }
            self.by_letters[key]
        } else {
            self.by_byte[usize::from(first)]
        };
        let list = &self.lists[usize::from(list)];
        if (list.next_two[fold(bytes, at + 3)] >> fold(bytes, at + 4)) & 1 == 0 {
            return None;
        }
        if let Some((automaton, indices)) = &list.automaton {
            let input = Input::new(bytes).range(at..).anchored(Anchored::Yes);
            let found = automaton.find(input)?;
            return Some(PatternMatch {
                start: at,
                end: found.end(),
                pattern: indices[found.pattern().as_usize()],
            });
        }
        let head = lower_eight(bytes, at);
        list.patterns.iter().find_map(|&pattern| {
            let (pattern_head, mask) = self.heads[pattern];
            if head & mask != pattern_head {
                return None;
            }
            let text = &self.patterns[pattern];
            let end = at + text.len();
            // The first eight bytes are equal: the rest, and that the text is long enough.
            let matches = bytes.get(at..end).is_some_and(|found| {
                found.len() <= 8 || found[8..].eq_ignore_ascii_case(&text[8..])
            });
            matches.then_some(PatternMatch {
                start: at,
                end,
                pattern,
            })
        })
    }

    /// A finder of these patterns in `text`.
    pub fn finder<'a>(&'a self, text: &'a str) -> PatternFinder<'a> {
        PatternFinder {
            patterns: self,
            bytes: text.as_bytes(),
            block_start: 0,
            block_end: 0,
            candidates: 0,
            signs_found: vec![SignFound::NOT_YET; self.signs.len()],
        }
    }
}

/// Where the search for one ASCII sign got to: its next place at or after `from` is `at`
/// (`None`: nowhere after `from`).
#[derive(Debug, Clone, Copy)]
struct SignFound {
    from: usize,
    at: Option<usize>,
}

impl SignFound {
    /// Before the first search: it tells of no place.
    const NOT_YET: SignFound = SignFound {
        from: usize::MAX,
        at: None,
    };
}

/// Walks a text's matches in order of position, from wherever it is asked to look.
#[derive(Debug)]
pub struct PatternFinder<'a> {
    patterns: &'a WordStartPatterns,
    bytes: &'a [u8],
    /// Where the classified block starts and ends.
    block_start: usize,
    block_end: usize,
    /// The block's places still to look at, one bit per byte.
    candidates: u64,
    /// For each ASCII sign of the patterns, the search for it so far: signs are rare in
    /// prose, so each is searched for across the text, not block by block.
    signs_found: Vec<SignFound>,
}

impl PatternFinder<'_> {
    /// The first match that starts at or after `from`.
    pub fn next_from(&mut self, from: usize) -> Option<PatternMatch> {
        if from >= self.block_end || from < self.block_start {
            self.classify(from);
        } else {
            self.candidates &= u64::MAX << (from - self.block_start);
        }
        loop {
            while self.candidates != 0 {
                let offset = self.candidates.trailing_zeros() as usize;
                self.candidates &= self.candidates - 1;
                let at = self.block_start + offset;
                if let Some(found) = self.patterns.longest_at(self.bytes, at) {
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
    /// letter or digit after anything else), and those that hold a pattern's first byte
    /// that is no letter or digit (or any first byte of a character beyond ASCII).
    fn classify(&mut self, start: usize) {
        let end = self.bytes.len().min(start + 64);
        let block = &self.bytes[start.min(end)..end];
        let (word, sign) = match <&[u8; 64]>::try_from(block) {
            // A whole block (all but a text's last) in four unrolled steps.
            Ok(whole) => (0..4).fold((0u64, 0u64), |(word, sign), n| {
                let (w, s) = classify_sixteen(eight_at(whole, 16 * n), eight_at(whole, 16 * n + 8));
                (word | w << (16 * n), sign | s << (16 * n))
            }),
            Err(_) => classify_part(block),
        };
        self.finish_classifying(start, end, word, sign);
    }
}

/// The masks of [`PatternFinder::classify`] for a block shorter than 64 bytes (a text's
/// last): sixteen bytes at a time, then eight, then one.
fn classify_part(block: &[u8]) -> (u64, u64) {
    let (mut word, mut sign) = (0u64, 0u64);
    let mut sixteens = block.chunks_exact(16);
    for (n, chunk) in sixteens.by_ref().enumerate() {
        let (w, s) = classify_sixteen(eight_at(chunk, 0), eight_at(chunk, 8));
        word |= w << (16 * n);
        sign |= s << (16 * n);
    }
    let eights_start = block.len() - sixteens.remainder().len();
    let mut eights = sixteens.remainder().chunks_exact(8);
    for (n, chunk) in eights.by_ref().enumerate() {
        let (w, s) = classify_lanes(eight_at(chunk, 0));
        word |= w << (eights_start + 8 * n);
        sign |= s << (eights_start + 8 * n);
    }
    let tail_start = block.len() - eights.remainder().len();
    for (bit, &byte) in eights.remainder().iter().enumerate() {
        let at = tail_start + bit;
        word |= u64::from(byte.is_ascii_alphanumeric()) << at;
        sign |= u64::from(byte >= 0xC0) << at;
    }
    (word, sign)
}

impl PatternFinder<'_> {
    /// Completes [`PatternFinder::classify`] of the block `start..end` from its masks of
    /// letters and digits (`word`) and of signs beyond ASCII (`sign`): adds the ASCII signs
    /// and keeps the word starts.
    fn finish_classifying(&mut self, start: usize, end: usize, word: u64, mut sign: u64) {
        for (found, &byte) in self.signs_found.iter_mut().zip(&self.patterns.signs) {
            let known = found.from <= start && found.at.is_none_or(|at| at >= start);
            if !known {
                *found = SignFound {
                    from: start,
                    at: memchr::memchr(byte, &self.bytes[start..]).map(|i| start + i),
                };
            }
            while let Some(at) = found.at.filter(|&at| at < end) {
                sign |= 1 << (at - start);
                *found = SignFound {
                    from: at + 1,
                    at: memchr::memchr(byte, &self.bytes[at + 1..]).map(|i| at + 1 + i),
                };
            }
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

/// The eight bytes of `chunk` from `at` as one word, the first in the low lane.
fn eight_at(chunk: &[u8], at: usize) -> u64 {
    let mut lanes = [0u8; 8];
    lanes.copy_from_slice(&chunk[at..at + 8]);
    u64::from_le_bytes(lanes)
}

/// [`classify_lanes`] for sixteen bytes (`low` then `high`), with SSE2, which every x86-64
/// processor has: a few vector instructions instead of the bit tricks on two words.
#[cfg(target_arch = "x86_64")]
// The intrinsics are `unsafe fn`s before Rust 1.87 and safe since (SSE2 is enabled on every
// x86-64 target), so the block is needed on one compiler and unused on the other.
#[allow(unused_unsafe)]
fn classify_sixteen(low: u64, high: u64) -> (u64, u64) {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8,
        _mm_or_si128, _mm_set_epi64x, _mm_set1_epi8, _mm_setzero_si128,
    };
    // Signed bytes: a range lo..=hi is moved to start at -128, and a byte is in it when it
    // is then below -128 + (hi - lo + 1).
    let starting_at_minus_128 = |lo: u8| (0x80u8.wrapping_sub(lo)) as i8;
    // SAFETY: SSE2 is part of the x86-64 baseline, so it is enabled for every x86-64 target,
    // and these intrinsics read nothing but their arguments.
    let (alphanumeric, lead) = unsafe {
        let x = _mm_set_epi64x(high as i64, low as i64);
        let folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
        let letter = _mm_cmplt_epi8(
            _mm_add_epi8(folded, _mm_set1_epi8(starting_at_minus_128(b'a'))),
            _mm_set1_epi8(-128 + 26),
        );
        let digit = _mm_cmplt_epi8(
            _mm_add_epi8(x, _mm_set1_epi8(starting_at_minus_128(b'0'))),
            _mm_set1_epi8(-128 + 10),
        );
        // At least 0xC0: -64..=-1 as a signed byte.
        let lead = _mm_and_si128(
            _mm_cmpgt_epi8(x, _mm_set1_epi8(-65)),
            _mm_cmplt_epi8(x, _mm_setzero_si128()),
        );
        (
            _mm_movemask_epi8(_mm_or_si128(letter, digit)),
            _mm_movemask_epi8(lead),
        )
    };
    // The masks hold sixteen bits each.
    (u64::from(alphanumeric as u16), u64::from(lead as u16))
}

/// [`classify_lanes`] for sixteen bytes (`low` then `high`).
#[cfg(not(target_arch = "x86_64"))]
fn classify_sixteen(low: u64, high: u64) -> (u64, u64) {
    classify_sixteen_in_words(low, high)
}

/// [`classify_sixteen`] as two words of bit tricks: what processors other than x86-64 run,
/// and what the tests hold the SSE2 version to.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn classify_sixteen_in_words(low: u64, high: u64) -> (u64, u64) {
    let ((w0, s0), (w1, s1)) = (classify_lanes(low), classify_lanes(high));
    (w0 | (w1 << 8), s0 | (s1 << 8))
}

/// For the eight bytes of `x` (the first in the low lane): a bit per byte that is an ASCII
/// letter or digit, and a bit per byte of at least 0xC0 (the first byte of a character
/// beyond ASCII). Bit tricks on the whole word instead of a loop over its bytes.
fn classify_lanes(x: u64) -> (u64, u64) {
    let ascii = x & !HIGH;
    let letter = in_range(ascii | (0x20 * LANES), 0x61, 0x7a);
    let digit = in_range(ascii, 0x30, 0x39);
    let alphanumeric = (letter | digit) & !x;
    let lead = x & (x << 1) & HIGH;
    (pack(alphanumeric), pack(lead))
}

/// Per lane of `v` (each below 0x80), the high bit where the lane's value lies in lo..=hi.
fn in_range(v: u64, lo: u64, hi: u64) -> u64 {
    (v + (0x80 - lo) * LANES) & !(v + (0x7f - hi) * LANES) & HIGH
}

/// The high bits of the eight lanes as the low eight bits (lane `i` to bit `i`).
fn pack(high_bits: u64) -> u64 {
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_lanes_are_classified_as_byte_by_byte() {
        for byte in 0..=255u8 {
            for lane in 0..16 {
                let mut lanes = [b' '; 16];
                lanes[lane] = byte;
                let (low, high) = (eight_at(&lanes, 0), eight_at(&lanes, 8));
                let expected_word = u64::from(byte.is_ascii_alphanumeric()) << lane;
                let expected_lead = u64::from(byte >= 0xC0) << lane;
                for (word, lead) in [
                    classify_sixteen(low, high),
                    classify_sixteen_in_words(low, high),
                ] {
                    assert_eq!(word, expected_word, "{byte:#x}");
                    assert_eq!(lead, expected_lead, "{byte:#x}");
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
                let (word, lead) = classify_lanes(u64::from_le_bytes(lanes));
                assert_eq!(
                    word,
                    u64::from(byte.is_ascii_alphanumeric()) << lane,
                    "{byte:#x}"
                );
                assert_eq!(lead, u64::from(byte >= 0xC0) << lane, "{byte:#x}");
            }
        }
    }

    /// Every match in `text`, each search going on after the last match, as mentions do.
    fn matches<'t>(patterns: &WordStartPatterns, text: &'t str) -> Vec<(&'t str, usize)> {
        let mut finder = patterns.finder(text);
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(m) = finder.next_from(from) {
            found.push((&text[m.start..m.end], m.pattern));
            from = m.end;
        }
        found
    }

    #[test]
    fn signs_are_found_again_after_a_search_went_past_them() {
        let patterns = WordStartPatterns::new(["$", "(x"]);
        let text = format!("a $1 (x {} $2 (x", "filler ".repeat(20));
        let mut finder = patterns.finder(&text);
        let second = text.rfind('$').unwrap();
        assert_eq!(finder.next_from(5).map(|m| m.start), Some(5));
        assert_eq!(finder.next_from(100).map(|m| m.start), Some(second));
        assert_eq!(finder.next_from(0).map(|m| m.start), Some(2));
        assert_eq!(finder.next_from(3).map(|m| m.start), Some(5));
        assert_eq!(
            finder.next_from(second + 1).map(|m| m.start),
            Some(second + 3)
        );
        assert_eq!(finder.next_from(second + 4), None);
    }

    #[test]
    fn longest_wins_and_the_lowest_on_a_tie() {
        let patterns = WordStartPatterns::new(["new", "New York", "NEW", "york", "(x", "é"]);
        // "new" of "énew" counts as a word start: the byte before it is no ASCII letter or
        // digit, and whether a match is a whole word is the caller's test.
        assert_eq!(
            matches(&patterns, "In new york (x) énew aNew York"),
            [
                ("new york", 1),
                ("(x", 4),
                ("é", 5),
                ("new", 0),
                ("York", 3)
            ]
        );
    }

    #[test]
    fn long_patterns_match_in_any_ascii_case_and_not_past_the_end() {
        let patterns = WordStartPatterns::new(["United Kingdom", "united kingdoms", "Ünited"]);
        let text = "the UNITED KINGDOM, Ünited and ünited; united kingdo";
        let mut finder = patterns.finder(text);
        assert_eq!(
            finder.next_from(0).map(|m| (m.start, m.end, m.pattern)),
            Some((4, 18, 0))
        );
        let next = finder.next_from(18).map(|m| &text[m.start..m.end]);
        assert_eq!(next, Some("Ünited"));
        assert_eq!(finder.next_from(30), None);
    }

    #[test]
    fn many_patterns_with_one_key_are_searched_alike() {
        let mut texts: Vec<String> = (0..200).map(|i| format!("zq {i}")).collect();
        texts.push("ZQ 1".to_string());
        texts.push("zq".to_string());
        let patterns = WordStartPatterns::new(&texts);
        assert_eq!(
            matches(&patterns, "zq 150, Zq 1 zq 19x zqa"),
            [("zq 150", 150), ("Zq 1", 1), ("zq 19", 19), ("zq", 201)]
        );
    }

    #[test]
    fn jumps_back_and_across_blocks_as_asked() {
        // "seven" starts a word in the second block, "xseven" would not; "12" is in the third.
        let text = format!("{} seven and {} 12 x12", "x".repeat(69), "y ".repeat(40));
        let patterns = WordStartPatterns::new(["seven", "1"]);
        let mut finder = patterns.finder(&text);
        assert_eq!(finder.next_from(0).map(|m| m.start), Some(70));
        assert_eq!(finder.next_from(71).map(|m| m.start), Some(text.len() - 6));
        assert_eq!(finder.next_from(3).map(|m| m.start), Some(70));
        assert_eq!(finder.next_from(text.len()), None);
    }
}
