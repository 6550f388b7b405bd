//! The anchor finder: the places where the scanner runs the grammar. An anchor is one of a
//! fixed set of patterns (digits, number words, "Mach", currency signs and codes, "a"/"an",
//! vague magnitudes), matched ASCII case-insensitively, longest first, where it can start a
//! quantity: at the start of a word, or anywhere for a pattern that does not start with a
//! letter or digit ("$", "€", "½").
//!
//! A pattern that starts with a letter or digit inside a word ("rs" in "years", "ten" in
//! "often") is never an anchor: the grammar reads nothing there, so the patterns are looked
//! for at word starts only ([`WordStartPatterns`]).

use super::grammar::Anchor;
use super::lexicon::{ARTICLE_ANCHORS, DECADE_WORDS, VAGUE_MAGNITUDES};
use super::numeral::{VULGAR_FRACTIONS, word_anchors};
use super::units::currency_anchors;
use crate::text::patterns::{PatternFinder, WordStartPatterns};
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

/// The anchor patterns, indexed, and the trigger of each.
struct AnchorIndex {
    patterns: WordStartPatterns,
    triggers: Vec<Trigger>,
}

static INDEX: LazyLock<AnchorIndex> = LazyLock::new(|| {
    let (patterns, triggers): (Vec<String>, Vec<Trigger>) = anchor_patterns().into_iter().unzip();
    AnchorIndex {
        patterns: WordStartPatterns::new(patterns),
        triggers,
    }
});

/// Walks a text's anchors in order.
pub(super) struct AnchorFinder<'t> {
    triggers: &'static [Trigger],
    finder: PatternFinder<'t>,
}

impl<'t> AnchorFinder<'t> {
    /// A finder over `text`.
    pub(super) fn new(text: &'t str) -> Self {
        let index: &'static AnchorIndex = &INDEX;
        AnchorFinder {
            triggers: &index.triggers,
            finder: index.patterns.finder(text),
        }
    }

    /// The first anchor that starts at or after `from`.
    pub(super) fn next_from(&mut self, from: usize) -> Option<AnchorMatch> {
        let found = self.finder.next_from(from)?;
        Some(AnchorMatch {
            start: found.start,
            end: found.end,
            trigger: self.triggers[found.pattern],
        })
    }
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
}
