//! `NF203`: "hypersonic" or "supersonic" beside a speed that belies it.

use super::Rule;
use crate::check::link::{self, Context};
use crate::check::message::MessageParts;
use crate::check::verify::{Allowances, claim_interval};
use crate::check::{Document, Finding, Related, Severity, Verdict};
use crate::quantity::{Dimension, Quantity, units::MACH_METRES_PER_SECOND};
use crate::text::Locator;

/// `NF203`.
pub static RULE: Rule = Rule {
    code: "NF203",
    name: "speed-word",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "\"Hypersonic\" or \"supersonic\" stands beside a speed that belies it.",
    docs: "## What it does
Looks for \"hypersonic\" (at least Mach 5) and \"supersonic\" (above Mach 1) near a speed in the
same sentence, and reports the speed when it is clearly below the word's threshold (more than
5% below, so \"Mach 4.8\" passes). The word must describe the same entity as the speed: when
another entity is named nearer the word, nothing is reported. A maximum (\"up to\") or a lower
bound is not belied by being low.

## Why it matters
The adjective and the figure cannot both be right; one of them was written from a different
source or for a different vehicle.

## Example
\"The hypersonic missile flies at 900 km/h\": \"hypersonic\" means at least Mach 5, but the
speed stated is 900 km/h.",
    aliases: &[],
};

/// The lowest speed that "hypersonic" allows (Mach 5) and the speed "supersonic" must exceed
/// (Mach 1), in m/s; the word and its threshold.
pub const SPEED_WORDS: &[(&str, f64)] = &[
    ("hypersonic", 5.0 * MACH_METRES_PER_SECOND),
    ("supersonic", MACH_METRES_PER_SECOND),
];

/// Reports each speed that a nearby speed word belies.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    let text = document.text;
    let context = document.context;
    let mut locator = Locator::new(document.original);
    for (index, q) in document.quantities.iter().enumerate() {
        if q.dimension != Dimension::Velocity {
            continue;
        }
        let Some(sentence) = context.sentences.get(document.sentence_of[index]) else {
            continue;
        };
        let (from, to) = link::window(text, sentence, q.start, q.end);
        let nearby = text[from..to].to_ascii_lowercase();
        for &(word, threshold) in SPEED_WORDS {
            let Some(position) = nearby.find(word) else {
                continue;
            };
            let word_at = from + position;
            if !refers_to(context, from, to, word_at, document.links[index].entity) {
                continue;
            }
            if belies(q, threshold, document.allowances)
                && findings[index].verdict != Verdict::Contradicted
            {
                let (line, column) = locator.locate(word_at);
                let finding = &mut findings[index];
                finding.add_related(Related {
                    path: document.path.to_string(),
                    line,
                    column,
                });
                let mach = if word == "hypersonic" { "5" } else { "1" };
                let summary = format!(
                    "\"{word}\" means at least Mach {mach}, but the speed stated is {}",
                    q.text.trim()
                );
                finding.report(&RULE, MessageParts::summary(summary));
            }
        }
    }
}

/// Whether `q` is a speed below a speed word's `threshold`. A claim of a maximum ("up to") or
/// a lower bound is not belied by being low.
pub fn belies(q: &Quantity, threshold: f64, allowances: Allowances) -> bool {
    if q.dimension != Dimension::Velocity {
        return false;
    }
    let (interval, open) = claim_interval(q, allowances);
    // 5 % slack for rounding ("Mach 4.8" as hypersonic is a stretch, not an error).
    !open && interval.high < threshold * 0.95
}

/// Whether a speed word at `word_at` describes the entity a claim is linked to: the entity
/// named nearest the word is the claim's, or the sentence names no entity at all.
fn refers_to(
    context: &Context<'_>,
    start: usize,
    end: usize,
    word_at: usize,
    entity: Option<usize>,
) -> bool {
    let nearest = context
        .mentions
        .within(start, end)
        .min_by_key(|m| m.start.abs_diff(word_at));
    match nearest {
        None => true,
        Some(m) => m.entity.is_some() && m.entity == entity,
    }
}
