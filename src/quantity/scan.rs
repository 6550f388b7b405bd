//! The scanner: a cheap pass that finds anchors (digits at a word start, number words,
//! "Mach", currency signs) with one Aho-Corasick automaton, and runs the grammar only there.

use super::grammar::{Anchor, Outcome, Parsed, parse_at};
use super::numeral::word_anchors;
use super::units::currency_anchors;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::sync::LazyLock;

struct Anchors {
    automaton: AhoCorasick,
    kinds: Vec<Anchor>,
}

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map(String::from);
    let groups: [(Vec<String>, Anchor); 4] = [
        (digits.to_vec(), Anchor::Digit),
        (word_anchors().map(String::from).collect(), Anchor::Word),
        (vec!["mach".to_string()], Anchor::Mach),
        (currency_anchors().collect(), Anchor::Currency),
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
        let kind = anchors.kinds[m.pattern().as_usize()];
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
