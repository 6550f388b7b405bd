//! The scanner: runs the grammar at each anchor (digits at a word start, number words,
//! "Mach", currency signs) that [`AnchorFinder`] finds, and collects what it reads.

use super::anchors::{AnchorFinder, Trigger};
use super::grammar::{Anchor, Outcome, Parsed, parse_at};
use super::lexical::at_word_start;
use super::units::{UnitContext, may_follow_article, unit};

/// Calls `found` for every quantity in `text`, in order of position; quantities never overlap.
pub(crate) fn scan<'a>(text: &'a str, mut found: impl FnMut(Parsed<'a>)) {
    let mut anchors = AnchorFinder::new(text);
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let Some(m) = anchors.next_from(pos) else {
            break;
        };
        let kind = match m.trigger {
            Trigger::Grammar(kind) => kind,
            Trigger::Article if at_word_start(text, m.start) && unit_follows(&text[m.end..]) => {
                Anchor::Word
            }
            Trigger::Article => {
                pos = m.end;
                continue;
            }
        };
        match parse_at(text, m.start, kind, last_end) {
            Outcome::Found(parsed) => {
                pos = parsed.end.max(m.end);
                last_end = parsed.end;
                found(parsed);
            }
            Outcome::Skip(next) => pos = next.max(m.start + 1),
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
