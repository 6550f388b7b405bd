//! The scanner: a cheap pass that finds anchors (digits at a word start, number words,
//! "Mach", currency signs) with one Aho-Corasick automaton, and runs the grammar only there.

use super::grammar::{Anchor, Outcome, Parsed, parse_at};
use super::numeral::word_anchors;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::sync::LazyLock;

/// Currency signs and codes that can open an amount of money.
const CURRENCY_ANCHORS: &[&str] = &[
    "$", "€", "£", "¥", "₹", "₽", "₩", "₴", "us$", "u.s.$", "a$", "au$", "c$", "ca$", "hk$", "nz$",
    "s$", "rs", "usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "inr", "chf",
];

struct Anchors {
    automaton: AhoCorasick,
    kinds: Vec<Anchor>,
}

static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let mut patterns: Vec<&str> = Vec::new();
    let mut kinds = Vec::new();
    let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let groups: [(&mut dyn Iterator<Item = &'static str>, Anchor); 4] = [
        (&mut digits.into_iter(), Anchor::Digit),
        (&mut word_anchors(), Anchor::Word),
        (&mut ["mach"].into_iter(), Anchor::Mach),
        (&mut CURRENCY_ANCHORS.iter().copied(), Anchor::Currency),
    ];
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
    while pos < text.len() {
        let input = Input::new(text).span(pos..text.len());
        let Some(m) = anchors.automaton.find(input) else {
            break;
        };
        let kind = anchors.kinds[m.pattern().as_usize()];
        match parse_at(text, m.start(), kind) {
            Outcome::Found(parsed) => {
                pos = parsed.end.max(m.end());
                found(parsed);
            }
            Outcome::Skip(next) => pos = next.max(m.start() + 1),
        }
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}
