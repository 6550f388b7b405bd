//! Linking a quantity to what it speaks of: the entity (from the fact base's aliases, or
//! carried from the previous sentence by "it" or "the missile") and the attribute (from
//! trigger words near it and its dimension). An ambiguous link is no link.

use crate::facts::FactBase;
use crate::quantity::{Dimension, Quantity};
use crate::text::Sentence;
use aho_corasick::{AhoCorasick, MatchKind};

/// A mention of an entity in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// The entity, or `None` for an alias two entities share.
    pub entity: Option<usize>,
}

/// Finds entity mentions by alias, in one pass over a text.
#[derive(Debug, Clone)]
pub struct EntityIndex {
    automaton: Option<AhoCorasick>,
    owners: Vec<Option<usize>>,
}

impl EntityIndex {
    /// Builds the alias automaton of `base` (ASCII case-insensitive, longest alias first).
    pub fn new(base: &FactBase) -> EntityIndex {
        let mut aliases: Vec<String> = Vec::new();
        let mut owners: Vec<Option<usize>> = Vec::new();
        let mut seen = std::collections::HashMap::new();
        for (index, entity) in base.entities.iter().enumerate() {
            for alias in &entity.aliases {
                let key = alias.to_ascii_lowercase();
                match seen.get(&key) {
                    Some(&pattern) => {
                        if owners[pattern] != Some(index) {
                            owners[pattern] = None;
                        }
                    }
                    None => {
                        seen.insert(key, aliases.len());
                        aliases.push(alias.clone());
                        owners.push(Some(index));
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&aliases)
            .ok();
        EntityIndex { automaton, owners }
    }

    /// Every whole-word mention in `text`, in order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        automaton
            .find_iter(text)
            .filter(|m| is_whole_word(text, m.start(), m.end()))
            .map(|m| Mention {
                start: m.start(),
                end: m.end(),
                entity: self.owners[m.pattern().as_usize()],
            })
            .collect()
    }
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let joins = |c: char| c.is_alphanumeric() || c == '_';
    let joined_designation =
        after == Some('-') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit());
    !(before.is_some_and(joins) || after.is_some_and(joins) || joined_designation)
}

/// What a quantity was linked to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Link {
    /// The entity, when exactly one fits.
    pub entity: Option<usize>,
    /// The attribute, when the words around the quantity name one.
    pub attribute: Option<String>,
    /// For a relation ("50 km from Vladivostok"), the other entity.
    pub to: Option<usize>,
    /// Whether "top speed", "maximum range" or the like stands before the quantity.
    pub states_maximum: bool,
    /// Why there is no link, for the message of an unverifiable claim.
    pub reason: Option<String>,
}

/// Nouns that refer back to an entity of a kind: "the missile", "the bomber".
const KIND_NOUNS: &[(&str, &[&str])] = &[
    ("missile", &["missile", "weapon", "projectile"]),
    (
        "bomber",
        &["bomber", "aircraft", "plane", "jet", "warplane"],
    ),
    (
        "interceptor",
        &[
            "interceptor",
            "fighter",
            "aircraft",
            "plane",
            "jet",
            "warplane",
        ],
    ),
    (
        "fighter",
        &["fighter", "aircraft", "plane", "jet", "warplane"],
    ),
    (
        "airfield",
        &["airfield", "air base", "airbase", "base", "airport"],
    ),
    ("city", &["city", "port"]),
    (
        "aircraft carrier",
        &["carrier", "ship", "vessel", "warship"],
    ),
    (
        "cruiser",
        &["cruiser", "ship", "vessel", "warship", "flagship"],
    ),
    ("air defence system", &["system", "battery"]),
];

/// Words before a quantity that make it a maximum rather than a typical value.
const MAXIMUM_WORDS: &[&str] = &[
    "top speed",
    "maximum speed",
    "max speed",
    "top speeds",
    "peak speed",
    "maximum range",
    "max range",
];

/// The text and mentions of a document, shared by every link.
pub struct Context<'a> {
    /// The document.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// Its mentions, in order.
    pub mentions: &'a [Mention],
    /// The fact base.
    pub base: &'a FactBase,
}

/// How far before a quantity, in bytes, its sentence is read for names and trigger words.
const WINDOW_BEFORE: usize = 300;
/// How far after a quantity its sentence is read.
const WINDOW_AFTER: usize = 120;
/// How many sentences back "it" may reach for the entity it refers to.
const CARRY_REACH: usize = 3;

/// The part of sentence `sentence` around `start..end` that linking reads: the whole sentence
/// when it is of ordinary length, a bounded window of a very long one (so linking stays linear).
pub fn window(text: &str, sentence: &Sentence, start: usize, end: usize) -> (usize, usize) {
    let mut low = sentence.start.max(start.saturating_sub(WINDOW_BEFORE));
    while !text.is_char_boundary(low) {
        low += 1;
    }
    let mut high = sentence.end.min(end + WINDOW_AFTER).min(text.len());
    while !text.is_char_boundary(high) {
        high -= 1;
    }
    (low.min(start), high.max(end))
}

impl Context<'_> {
    /// The mentions that lie within `start..end`.
    fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let first = self.mentions.partition_point(|m| m.start < start);
        let last = self.mentions.partition_point(|m| m.start < end);
        let slice = &self.mentions[first..last.max(first)];
        match slice.last() {
            Some(m) if m.end > end => &slice[..slice.len() - 1],
            _ => slice,
        }
    }

    /// The entity a sentence with no mention of its own refers back to with "it", "its" or
    /// "the <kind>": the entity the previous sentences of the paragraph spoke of.
    fn carried_entity(&self, index: usize, before: usize) -> Result<Option<usize>, String> {
        self.carried_entity_within(index, before, CARRY_REACH)
    }

    /// [`Context::carried_entity`], looking at most `reach` sentences back; a sentence that
    /// names nothing but refers back itself ("The missile is hypersonic.") passes its own
    /// referent on.
    fn carried_entity_within(
        &self,
        index: usize,
        before: usize,
        reach: usize,
    ) -> Result<Option<usize>, String> {
        let sentence = &self.sentences[index];
        let (head_start, _) = window(self.text, sentence, before, before);
        let head = self.text[head_start..before].to_ascii_lowercase();
        let pronoun = ["it", "its", "it's"]
            .iter()
            .any(|w| contains_word(&head, w));
        let kind_nouns: Vec<&str> = KIND_NOUNS
            .iter()
            .flat_map(|(_, nouns)| nouns.iter().copied())
            .filter(|noun| {
                contains_word(&head, &format!("the {noun}"))
                    || contains_word(&head, &format!("this {noun}"))
            })
            .collect();
        if !pronoun && kind_nouns.is_empty() {
            return Ok(None);
        }
        let first = index.saturating_sub(reach);
        for previous_index in (first..index).rev() {
            let previous = &self.sentences[previous_index];
            if previous.paragraph != sentence.paragraph {
                break;
            }
            let mut entities: Vec<usize> = Vec::new();
            let (from, to) = window(self.text, previous, previous.end, previous.end);
            for mention in self.mentions_in(from, to) {
                match mention.entity {
                    Some(e) if !entities.contains(&e) => entities.push(e),
                    Some(_) => {}
                    None => {
                        return Err(
                            "the previous sentence names an entity whose alias is ambiguous".into(),
                        );
                    }
                }
            }
            if entities.is_empty() {
                let remaining = reach - (index - previous_index);
                match self.carried_entity_within(previous_index, previous.end, remaining) {
                    Ok(Some(e)) => entities.push(e),
                    _ => continue,
                }
            }
            if !kind_nouns.is_empty() {
                entities.retain(|&e| {
                    let kind = self.base.entities[e].kind.as_deref().unwrap_or("");
                    KIND_NOUNS.iter().any(|(k, nouns)| {
                        *k == kind && nouns.iter().any(|n| kind_nouns.contains(n))
                    })
                });
            }
            return match entities.as_slice() {
                [only] => Ok(Some(*only)),
                [] => Ok(None),
                _ => Err("it is not clear which of the entities named before it refers to".into()),
            };
        }
        Ok(None)
    }
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack
        .match_indices(word)
        .any(|(i, _)| is_whole_word(haystack, i, i + word.len()))
}

/// The end of a bracketed aside right after a quantity ("305 metres (1,000 feet) long"), so a
/// trigger word after the brackets still counts as right after the quantity.
fn bracket_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    if !trimmed.starts_with('(') {
        return end;
    }
    match trimmed.find(')') {
        Some(close) if close < 60 => end + (rest.len() - trimmed.len()) + close + 1,
        _ => end,
    }
}

/// Finds where the nearest occurrence of any of `words` lies relative to the quantity, as a
/// distance in bytes (before the quantity, or within a short reach after it).
fn trigger_distance(
    sentence_text: &str,
    quantity_start: usize,
    quantity_end: usize,
    words: &[String],
) -> Option<usize> {
    let lower = sentence_text.to_ascii_lowercase();
    let mut best: Option<usize> = None;
    for word in words {
        let word = word.to_ascii_lowercase();
        for (i, _) in lower.match_indices(&word) {
            if !is_whole_word(&lower, i, i + word.len()) {
                continue;
            }
            let distance = if i + word.len() <= quantity_start {
                quantity_start - (i + word.len())
            } else if i >= quantity_end && i - quantity_end <= 2 {
                i - quantity_end
            } else {
                continue;
            };
            best = Some(best.map_or(distance, |b: usize| b.min(distance)));
        }
    }
    best
}

/// Links quantity `q` in sentence `index`.
pub fn link(context: &Context<'_>, index: usize, q: &Quantity) -> Link {
    let sentence = &context.sentences[index];
    let (from, to) = window(context.text, sentence, q.start, q.end);
    let sentence_text = &context.text[from..to];
    let (q_start, q_end) = (q.start - from, bracket_end(sentence_text, q.end - from));
    let states_maximum = MAXIMUM_WORDS.iter().any(|w| {
        trigger_distance(sentence_text, q_start, q_start, &[w.to_string()]).is_some_and(|d| d < 40)
    });
    let mentions: Vec<&Mention> = context
        .mentions_in(from, to)
        .iter()
        .filter(|m| m.end <= q.start || m.start >= q.end)
        .collect();
    if mentions.iter().any(|m| m.entity.is_none()) {
        return Link {
            states_maximum,
            reason: Some("an alias in this sentence belongs to more than one entity".into()),
            ..Link::default()
        };
    }
    if let Some(found) = relation(context, q, &mentions, index) {
        return Link {
            states_maximum,
            ..found
        };
    }
    let attribute = attribute_for(context, sentence_text, q_start, q_end, q);
    let mut entities: Vec<usize> = Vec::new();
    for m in &mentions {
        if let Some(e) = m.entity.filter(|e| !entities.contains(e)) {
            entities.push(e);
        }
    }
    let unlinked = |entity: Option<usize>, attribute: Option<String>, reason: String| Link {
        entity,
        attribute,
        states_maximum,
        reason: Some(reason),
        ..Link::default()
    };
    if entities.is_empty() {
        match context.carried_entity(index, q.start) {
            Ok(Some(e)) => entities.push(e),
            Ok(None) => {
                return unlinked(
                    None,
                    attribute.ok(),
                    "no entity of the fact base is named in this sentence".into(),
                );
            }
            Err(reason) => return unlinked(None, attribute.ok(), reason),
        }
    }
    let attribute = match attribute {
        Ok(attribute) => attribute,
        Err(reason) => {
            // The entity is still worth reporting when it is clear which one is meant.
            let entity = match entities.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
            return unlinked(entity, None, reason);
        }
    };
    if entities.len() > 1 {
        entities.retain(|&e| context.base.facts_for(e, &attribute, None).next().is_some());
    }
    match entities.as_slice() {
        [only] => Link {
            entity: Some(*only),
            attribute: Some(attribute),
            to: None,
            states_maximum,
            reason: None,
        },
        [] => unlinked(
            None,
            Some(attribute),
            "no entity named here has a fact for this".into(),
        ),
        _ => unlinked(
            None,
            Some(attribute),
            "more than one entity named here could be meant".into(),
        ),
    }
}

/// The attribute a quantity states: among attributes of its dimension, the one whose trigger
/// word stands nearest; the only one of its dimension when no trigger is present.
fn attribute_for(
    context: &Context<'_>,
    sentence_text: &str,
    q_start: usize,
    q_end: usize,
    q: &Quantity,
) -> Result<String, String> {
    let candidates: Vec<_> = context
        .base
        .vocabulary
        .attributes
        .iter()
        .filter(|a| a.dimension == q.dimension && a.name != "distance")
        .collect();
    if q.dimension == Dimension::Count {
        let noun = q.unit.to_ascii_lowercase();
        return candidates
            .iter()
            .find(|a| a.name == noun || a.triggers.iter().any(|t| t.eq_ignore_ascii_case(&noun)))
            .map(|a| a.name.clone())
            .ok_or_else(|| "no attribute counts what this number counts".to_string());
    }
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .filter_map(|a| {
            trigger_distance(sentence_text, q_start, q_end, &a.triggers)
                .map(|d| (d, a.name.as_str()))
        })
        .collect();
    scored.sort();
    match (scored.as_slice(), candidates.as_slice()) {
        ([(d1, a1), (d2, _), ..], _) if d1 == d2 => Err(format!(
            "the words around it could mean {a1} or another attribute"
        )),
        ([(_, best), ..], _) => Ok(best.to_string()),
        // Only a speed is safe to assume from the unit alone: a duration or a length could
        // be anything.
        ([], [only]) if q.dimension == Dimension::Velocity => Ok(only.name.clone()),
        ([], [_]) => Err(format!("no word near it says what this {} is", q.dimension)),
        ([], []) => Err(format!(
            "the fact base has no attribute measuring {}",
            q.dimension
        )),
        ([], _) => Err(format!(
            "no word near it says which {} this is (range, length, …)",
            q.dimension
        )),
    }
}

/// A distance between two named places: "50 km from Vladivostok", "from Moscow to
/// Vladivostok … 6,400 km".
fn relation(
    context: &Context<'_>,
    q: &Quantity,
    mentions: &[&Mention],
    index: usize,
) -> Option<Link> {
    if q.dimension != Dimension::Length {
        return None;
    }
    let after = &context.text[q.end..];
    let lead = after.len() - after.trim_start().len();
    let words = [
        "from",
        "away from",
        "outside",
        "north of",
        "south of",
        "east of",
        "west of",
        "to",
    ];
    let target = words.iter().find_map(|w| {
        let rest = after.trim_start();
        let head = rest.get(..w.len())?;
        if !head.eq_ignore_ascii_case(w) {
            return None;
        }
        let skip = q.end + lead + w.len();
        let gap = context.text[skip..].len() - context.text[skip..].trim_start().len();
        mentions
            .iter()
            .find(|m| m.start == skip + gap)
            .and_then(|m| m.entity)
    });
    let mut entities: Vec<usize> = mentions.iter().filter_map(|m| m.entity).collect();
    entities.dedup();
    let pair = match target {
        Some(to) => {
            let subject = mentions
                .iter()
                .rev()
                .filter(|m| m.end <= q.start)
                .filter_map(|m| m.entity)
                .find(|&e| e != to);
            let subject =
                subject.or_else(|| context.carried_entity(index, q.start).ok().flatten())?;
            (subject, to)
        }
        None => {
            let mut distinct: Vec<usize> = Vec::new();
            for e in entities {
                if !distinct.contains(&e) {
                    distinct.push(e);
                }
            }
            match distinct.as_slice() {
                [a, b] => (*a, *b),
                _ => return None,
            }
        }
    };
    context
        .base
        .facts_for(pair.0, "distance", Some(pair.1))
        .next()?;
    Some(Link {
        entity: Some(pair.0),
        attribute: Some("distance".into()),
        to: Some(pair.1),
        states_maximum: false,
        reason: None,
    })
}
