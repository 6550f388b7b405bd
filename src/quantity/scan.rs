//! The scanner: a cheap pass that finds anchors (digits at a word start, number words,
//! "Mach", currency signs) with one Aho-Corasick automaton, and runs the grammar only there.

use super::grammar::{Anchor, Outcome, Parsed, parse_at};
use super::lexical::at_word_start;
use super::lexicon::{ARTICLE_ANCHORS, DECADE_WORDS, VAGUE_MAGNITUDES};
use super::numeral::{VULGAR_FRACTIONS, word_anchors};
use super::units::currency_anchors;
use super::units::{UnitContext, may_follow_article, unit};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::sync::LazyLock;

struct Anchors {
    automaton: AhoCorasick,
    kinds: Vec<Trigger>,
}

/// What an anchor pattern starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A numeral, "Mach" or a currency: the grammar runs there.
    Grammar(Anchor),
    /// "a " or "an ": the grammar runs only when a unit spelling follows ("a mile").
    Article,
}

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map(String::from);
    let fractions = VULGAR_FRACTIONS.iter().map(|(c, _)| c.to_string());
    let groups: [(Vec<String>, Trigger); 6] = [
        (
            digits.into_iter().chain(fractions).collect(),
            Trigger::Grammar(Anchor::Digit),
        ),
        (
            word_anchors()
                .chain(DECADE_WORDS.iter().map(|(word, _)| *word))
                .map(String::from)
                .collect(),
            Trigger::Grammar(Anchor::Word),
        ),
        (vec!["mach".to_string()], Trigger::Grammar(Anchor::Mach)),
        (
            currency_anchors().collect(),
            Trigger::Grammar(Anchor::Currency),
        ),
        (ARTICLE_ANCHORS.map(String::from).to_vec(), Trigger::Article),
        (
            VAGUE_MAGNITUDES
                .iter()
                .map(|(phrase, _, _)| phrase.to_string())
                .collect(),
            Trigger::Grammar(Anchor::Magnitude),
        ),
    ];
    let mut patterns: Vec<String> = Vec::new();
    let mut kinds = Vec::new();
    for (group, kind) in groups {
        for pattern in group {
            patterns.push(pattern);
            kinds.push(kind);
        }
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .unwrap_or_else(|e| panic!("the anchor patterns are fixed and valid: {e}"));
    Anchors { automaton, kinds }
});

/// Calls `found` for every quantity in `text`, in order of position; quantities never overlap.
pub(crate) fn scan<'a>(text: &'a str, mut found: impl FnMut(Parsed<'a>)) {
    let anchors = &*ANCHORS;
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let input = Input::new(text).span(pos..text.len());
        let Some(m) = anchors.automaton.find(input) else {
            break;
        };
        let kind = match anchors.kinds[m.pattern().as_usize()] {
            Trigger::Grammar(kind) => kind,
            Trigger::Article
                if at_word_start(text, m.start()) && unit_follows(&text[m.end()..]) =>
            {
                Anchor::Word
            }
            Trigger::Article => {
                pos = m.end();
                continue;
            }
        };
        match parse_at(text, m.start(), kind, last_end) {
            Outcome::Found(parsed) => {
                pos = parsed.end.max(m.end());
                last_end = parsed.end;
                found(parsed);
            }
            Outcome::Skip(next) => pos = next.max(m.start() + 1),
        }
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// True when a unit spelling starts `text` (the text after an article): the cheap test that
/// keeps the grammar away from the thousands of "a" and "an" that come before other words.
fn unit_follows(text: &str) -> bool {
    let context = UnitContext {
        spaced: true,
        scaled: false,
    };
    may_follow_article(text) && unit(text, context).is_ok()
}
