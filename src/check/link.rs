//! Linking a quantity to what it speaks of: the entity (from the fact base's aliases, or
//! carried from the previous sentence by "it" or "the missile") and the attribute (from
//! trigger words near it and its dimension). An ambiguous link is no link.

use super::clause::{self, Clause};
use super::mentions::SentenceMentions;
// Where these lived before `check::mentions`; kept for code that names them here.
pub use super::mentions::{EntityIndex, Mention};
use crate::facts::{Attribute, FactBase, Vocabulary};
use crate::quantity::{Dimension, Quantity};
use crate::text::Sentence;
use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// Whether `start..end` of `text` is a whole word: no letter, digit or `_` joins it on
/// either side, nor a hyphen and digit after it ("F-15" holds no "F").
pub(super) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
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
    /// The attribute, when the words around the quantity name one. Not read (`None`) when
    /// no entity is in sight: its sentence window names none and refers back to none.
    pub attribute: Option<String>,
    /// For a relation ("50 km from Vladivostok"), the other entity.
    pub to: Option<usize>,
    /// The attribute's variant its clause names ("land" in "a land area of …").
    pub variant: Option<String>,
    /// The part of the entity its clause names ("metropolitan France").
    pub scope: Option<String>,
    /// The years its sentence names ("in 1856"), which date what it says.
    pub years: Vec<i32>,
    /// Whether "top speed", "maximum range" or the like stands before the quantity; like
    /// the attribute, not read when no entity is in sight.
    pub states_maximum: bool,
    /// Why there is no link, for the message of an unverifiable claim.
    pub reason: Option<String>,
    /// What linked it, when it is linked.
    pub evidence: Option<Evidence>,
}

/// The evidence of a link: the rule that made it and the words that matched, so a reader can
/// see why a number was taken for an entity's attribute (`link` in the JSON output).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Evidence {
    /// How the entity was found: `named in its clause`, `named in its sentence`, `referred
    /// back`, `a distance between two named places`.
    pub rule: &'static str,
    /// The words that named the entity ("Kenya's"), when the sentence names it.
    pub entity_words: Option<String>,
    /// The words that named the attribute ("coastline"), or the counted noun.
    pub attribute_words: Option<String>,
}

impl Link {
    /// The entity and attribute of a claim that was linked (no reason stands against it).
    pub fn subject(&self) -> Option<(usize, &str)> {
        match (self.entity, &self.attribute, &self.reason) {
            (Some(entity), Some(attribute), None) => Some((entity, attribute)),
            _ => None,
        }
    }

    /// `attribute` with the variant and part the claim was linked to: "area", "area (land)",
    /// "area (metropolitan France)".
    pub fn qualified(&self, attribute: &str) -> String {
        let qualifier: Vec<&str> = [self.variant.as_deref(), self.scope.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if qualifier.is_empty() {
            attribute.to_string()
        } else {
            format!("{attribute} ({})", qualifier.join(", "))
        }
    }
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

/// The text and mentions of a document, shared by every link, and what linking works out
/// once for all the quantities of a sentence. Quantities are linked in order, so the caches
/// hold the sentence linked last; a context is for one thread (a document linked on several
/// threads has one context per piece, see [`Context::new`]).
pub struct Context<'a> {
    /// The document.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// Its quantities, in order (a quantity's clause ends where the next begins).
    pub quantities: &'a [Quantity],
    /// Its mentions, found by sentence as asked for.
    pub mentions: &'a SentenceMentions<'a>,
    /// The fact base.
    pub base: &'a FactBase,
    /// The trigger words of the fact base's vocabulary.
    pub triggers: &'a Triggers,
    /// The nouns that refer back to an entity of a kind.
    pub kinds: &'a KindNouns,
    /// The sentence linked last and the entity it refers back to.
    carried: std::cell::RefCell<Option<(usize, Carried)>>,
    /// The trigger words of the sentence linked last, found once for all its quantities.
    found: std::cell::RefCell<SentenceTriggers>,
}

/// The entity a sentence refers back to, or why it is not clear which (see
/// [`Context::carried_entity`]).
type Carried = Result<Option<usize>, String>;

/// The trigger words found in one sentence (see [`Context::nearest`]).
#[derive(Debug, Default)]
struct SentenceTriggers {
    /// The sentence's index.
    sentence: Option<usize>,
    /// The stretch of it that was scanned, if any (see [`Context::trigger_span`]).
    span: Option<(usize, usize)>,
    /// Every trigger word in the stretch, in the order the automaton reports them.
    hits: Vec<Hit>,
}

/// A trigger word found in the text: its byte range in the document and its pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

/// The longest stretch of a sentence whose trigger words are found once for all its
/// quantities; in a longer one each quantity's window is scanned on its own (numbers far
/// apart in a long sentence would cost more scanned together).
const CACHED_SPAN_BYTES: usize = 4 * (WINDOW_BEFORE + WINDOW_AFTER);

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

impl<'a> Context<'a> {
    /// The context of a document's `text`, with its sentences, quantities and mentions, and
    /// nothing worked out yet. What it works out depends only on the document, so contexts
    /// made for pieces of one document link its quantities as one context would.
    pub fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        quantities: &'a [Quantity],
        mentions: &'a SentenceMentions<'a>,
        base: &'a FactBase,
        triggers: &'a Triggers,
        kinds: &'a KindNouns,
    ) -> Context<'a> {
        Context {
            text,
            sentences,
            quantities,
            mentions,
            base,
            triggers,
            kinds,
            carried: Default::default(),
            found: Default::default(),
        }
    }

    /// The nearest triggers around the quantity at `start..end` of the window `from..to` of
    /// sentence `index` (offsets `start`, `end` and `previous_end` within the window; see
    /// [`Triggers::nearest`]). The stretch of the sentence that the windows of its quantities
    /// cover is scanned once for all of them: a window holds exactly the stretch's trigger
    /// words that lie inside it, in the same order.
    fn nearest(
        &self,
        index: usize,
        (from, to): (usize, usize),
        (start, end): (usize, usize),
        previous_end: Option<usize>,
    ) -> Nearest {
        let window = &self.text[from..to];
        let mut found = self.found.borrow_mut();
        if found.sentence != Some(index) {
            found.sentence = Some(index);
            found.span = self.trigger_span(index, from, from + start);
            if let Some((span_from, span_to)) = found.span {
                self.triggers
                    .find(self.text, span_from, span_to, &mut found.hits);
            }
        }
        match found.span {
            Some((span_from, span_to)) if span_from <= from && to <= span_to => {
                // Hits come by end: those inside the window end in `from..=to`.
                let first = found.hits.partition_point(|h| h.end < from);
                let last = found.hits.partition_point(|h| h.end <= to);
                let hits = &found.hits[first..last.max(first)];
                self.triggers
                    .nearest(window, from, hits, start, end, previous_end)
            }
            _ => {
                let mut hits = Vec::new();
                self.triggers.find(self.text, from, to, &mut hits);
                self.triggers
                    .nearest(window, from, &hits, start, end, previous_end)
            }
        }
    }

    /// The stretch of sentence `index` whose trigger words [`Context::nearest`] finds at once,
    /// from `from`, where the window of its quantity at byte `q_start` (the first linked in
    /// the sentence) starts, to the end of the last window of the sentence's quantities;
    /// `None` when that is longer than [`CACHED_SPAN_BYTES`]. A window that still falls
    /// outside it (of a quantity that runs past its sentence) is scanned on its own.
    fn trigger_span(&self, index: usize, from: usize, q_start: usize) -> Option<(usize, usize)> {
        let sentence = &self.sentences[index];
        let first = self.quantities.partition_point(|o| o.start < q_start);
        let last_end = self.quantities[first..]
            .iter()
            .take_while(|o| o.start < sentence.end)
            .map(|o| o.end)
            .max()?;
        let mut to = sentence
            .end
            .min(last_end + WINDOW_AFTER)
            .min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        (from <= to && to - from <= CACHED_SPAN_BYTES).then_some((from, to))
    }

    /// The mentions that lie within `start..end`.
    fn mentions_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        self.mentions.within(start, end)
    }

    /// Whether any mention starts in the sentences of the paragraph of sentence `index`, at
    /// most `reach` back, that [`Context::carried_entity_within`] reads: entities are carried
    /// only from those, so without one nothing is, whatever the sentence's words.
    fn mentions_before(&self, index: usize, reach: usize) -> bool {
        let paragraph = self.sentences[index].paragraph;
        let first = index.saturating_sub(reach);
        let mut earliest = index;
        while earliest > first && self.sentences[earliest - 1].paragraph == paragraph {
            earliest -= 1;
        }
        if earliest == index {
            return false;
        }
        let (from, to) = (
            self.sentences[earliest].start,
            self.sentences[index - 1].end,
        );
        self.mentions.any_starting_in(from, to)
    }

    /// The entity a sentence with no mention of its own refers back to with "it", "its" or
    /// "the <kind>": the entity the previous sentences of the paragraph spoke of.
    /// Worked out once per sentence (from the words of the whole sentence window before its
    /// end), since every quantity of a sentence without names shares it.
    fn carried_entity(&self, index: usize) -> Carried {
        if let Some((linked, carried)) = &*self.carried.borrow() {
            if *linked == index {
                return carried.clone();
            }
        }
        let sentence = &self.sentences[index];
        let carried = self.carried_entity_within(index, sentence.end, CARRY_REACH);
        *self.carried.borrow_mut() = Some((index, carried.clone()));
        carried
    }

    /// [`Context::carried_entity`], looking at most `reach` sentences back; a sentence that
    /// names nothing but refers back itself ("The missile is hypersonic.") passes its own
    /// referent on.
    fn carried_entity_within(&self, index: usize, before: usize, reach: usize) -> Carried {
        let sentence = &self.sentences[index];
        let (head_start, _) = window(self.text, sentence, before, before);
        let (pronoun, kind_nouns) = referring_words(&self.text[head_start..before], self.kinds);
        if !pronoun && kind_nouns.is_empty() || !self.mentions_before(index, reach) {
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
                    kind_nouns
                        .iter()
                        .any(|noun| self.kinds.refers_to(kind, noun))
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

/// The nouns that refer back to an entity of a kind: numfact's own (`KIND_NOUNS`) and those
/// a fact base declares (`[[kind]]`). Built once per checker.
#[derive(Debug, Clone)]
pub struct KindNouns {
    /// (kind, noun) pairs.
    nouns: Vec<(String, String)>,
    /// The nouns by their last word in ASCII lower case ("base" of "air base"), which is the
    /// word `referring_words` meets last; each list in the order of `nouns`.
    endings: rustc_hash::FxHashMap<String, Vec<String>>,
}

impl KindNouns {
    /// The kind nouns for `base`.
    pub fn new(base: &FactBase) -> KindNouns {
        let built_in = KIND_NOUNS
            .iter()
            .flat_map(|(kind, nouns)| nouns.iter().map(|n| (kind.to_string(), n.to_string())));
        let declared = base
            .kinds
            .iter()
            .flat_map(|k| k.nouns.iter().map(|n| (k.id.clone(), n.clone())));
        let nouns: Vec<(String, String)> = built_in.chain(declared).collect();
        let mut endings: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
        for (_, noun) in &nouns {
            let last = noun.rsplit(' ').next().unwrap_or(noun).to_ascii_lowercase();
            let with_that_ending = endings.entry(last).or_default();
            if !with_that_ending.contains(noun) {
                with_that_ending.push(noun.clone());
            }
        }
        KindNouns { nouns, endings }
    }

    /// Whether `noun` refers back to an entity of `kind`.
    fn refers_to(&self, kind: &str, noun: &str) -> bool {
        self.nouns.iter().any(|(k, n)| k == kind && n == noun)
    }
}

/// The words in `head` that refer back to an entity named earlier: whether "it"/"its" occurs,
/// and the kind nouns preceded by "the" or "this" within two words ("the missile", "this air
/// base"). Every such word holds a "t", so only the words at a "t" are read: the one that
/// starts just before it ("it") and the one that starts at it ("the").
fn referring_words<'k>(head: &str, kinds: &'k KindNouns) -> (bool, Vec<&'k str>) {
    let bytes = head.as_bytes();
    let mut pronoun = false;
    let mut nouns: Vec<&'k str> = Vec::new();
    for t in memchr::memchr2_iter(b't', b'T', bytes) {
        if !pronoun && t > 0 && matches!(bytes[t - 1], b'i' | b'I') && starts_word(head, t - 1) {
            pronoun = apostrophe_words(&head[t - 1..]).next().is_some_and(|word| {
                word.len() <= 6
                    && ["it", "its", "it's", "it’s"]
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(word))
            });
        }
        if !starts_word(head, t) {
            continue;
        }
        let mut words = apostrophe_words(&head[t..]);
        let determiner = words.next().is_some_and(|word| {
            word.eq_ignore_ascii_case("the") || word.eq_ignore_ascii_case("this")
        });
        // The two words after a determiner may end a kind noun.
        for word in words.take(if determiner { 2 } else { 0 }) {
            let lower = if word.bytes().any(|b| b.is_ascii_uppercase()) {
                std::borrow::Cow::Owned(word.to_ascii_lowercase())
            } else {
                std::borrow::Cow::Borrowed(word)
            };
            for noun in kinds.endings.get(lower.as_ref()).into_iter().flatten() {
                if !nouns.contains(&noun.as_str()) {
                    nouns.push(noun);
                }
            }
        }
    }
    (pronoun, nouns)
}

/// Whether a word of [`apostrophe_words`] starts at byte `at` of `text`: no character of a
/// word stands before it.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '\'' || c == '’'))
}

/// The words of `text`: its runs of letters, digits and apostrophes (`'`, `’`), in order.
/// An ASCII byte is classified as it is, without decoding a character.
fn apostrophe_words(text: &str) -> impl Iterator<Item = &str> {
    // Whether the character at byte `at` belongs to a word, and its length.
    let class = move |at: usize| match text.as_bytes()[at] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric() || b == b'\'', 1),
        _ => text[at..].chars().next().map_or((false, 1), |c| {
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        }),
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            if at >= text.len() {
                return None;
            }
            let (in_word, len) = class(at);
            if in_word {
                break;
            }
            at += len;
        }
        let start = at;
        while at < text.len() {
            let (in_word, len) = class(at);
            if !in_word {
                break;
            }
            at += len;
        }
        Some(&text[start..at])
    })
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

/// The trigger words of every attribute, and the words that announce a maximum ("top
/// speed"), in one automaton, so the words around a quantity are scanned once.
#[derive(Debug, Clone)]
pub struct Triggers {
    automaton: Option<AhoCorasick>,
    /// For each pattern, what it announces.
    owners: Vec<Vec<Announces>>,
    attributes: usize,
}

/// What a trigger word announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Announces {
    /// The attribute with this index in the vocabulary.
    Attribute(usize),
    /// Variant `.1` of the attribute with index `.0`.
    Variant(usize, usize),
    /// That the quantity is a maximum.
    Maximum,
}

/// The nearest trigger of each attribute around one quantity, and where the words of
/// variants stand in the window.
struct Nearest {
    /// By attribute index.
    attributes: Vec<NearestTrigger>,
    maximum: Option<usize>,
    /// (attribute, variant, start, end) of every variant word in the window.
    variants: Vec<(usize, usize, usize, usize)>,
}

/// The nearest trigger of one attribute around a quantity.
#[derive(Debug, Clone, Copy, Default)]
struct NearestTrigger {
    /// Its distance in bytes.
    distance: Option<usize>,
    /// The same, counting only the attribute's own triggers (not its variants' words).
    plain: Option<usize>,
    /// Where it starts and ends in the window.
    at: Option<(usize, usize)>,
}

impl Triggers {
    /// Builds the automaton for `vocabulary` (ASCII case-insensitive).
    pub fn new(vocabulary: &Vocabulary) -> Triggers {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<Announces>> = Vec::new();
        let mut add = |word: &str, announces: Announces| {
            let word = word.to_ascii_lowercase();
            match patterns.iter().position(|p| *p == word) {
                Some(i) => owners[i].push(announces),
                None => {
                    patterns.push(word);
                    owners.push(vec![announces]);
                }
            }
        };
        for (index, attribute) in vocabulary.attributes.iter().enumerate() {
            for trigger in &attribute.triggers {
                add(trigger, Announces::Attribute(index));
            }
            for (variant_index, variant) in attribute.variants.iter().enumerate() {
                for trigger in &variant.triggers {
                    add(trigger, Announces::Variant(index, variant_index));
                }
            }
        }
        for word in MAXIMUM_WORDS {
            add(word, Announces::Maximum);
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        Triggers {
            automaton,
            owners,
            attributes: vocabulary.attributes.len(),
        }
    }

    /// Every trigger word in `text[from..to]`, whole word or not, into `hits` (cleared
    /// first), in the order the automaton reports them: by end, and at one end the longest
    /// first.
    fn find(&self, text: &str, from: usize, to: usize, hits: &mut Vec<Hit>) {
        hits.clear();
        if let Some(automaton) = &self.automaton {
            hits.extend(
                automaton
                    .find_overlapping_iter(&text[from..to])
                    .map(|m| Hit {
                        start: from + m.start(),
                        end: from + m.end(),
                        pattern: m.pattern().as_usize(),
                    }),
            );
        }
    }

    /// Reads the trigger words `hits` (as found by [`Triggers::find`], offsets in the
    /// document) that lie in `text`, a window of a sentence starting at byte `from`, around
    /// the quantity at `start..end` of the window: a trigger counts before the quantity, or
    /// right after it ("54.1 m long"), but not right after the quantity before it, which
    /// ends at `previous_end`. A word is whole by the characters of the window.
    fn nearest(
        &self,
        text: &str,
        from: usize,
        hits: &[Hit],
        start: usize,
        end: usize,
        previous_end: Option<usize>,
    ) -> Nearest {
        let mut nearest = Nearest {
            attributes: vec![NearestTrigger::default(); self.attributes],
            maximum: None,
            variants: Vec::new(),
        };
        for hit in hits.iter().filter(|h| h.start >= from) {
            let (m_start, m_end) = (hit.start - from, hit.end - from);
            if !is_whole_word(text, m_start, m_end) {
                continue;
            }
            let after_previous = previous_end.is_some_and(|p| {
                m_start >= p && text[p..m_start].trim_start().is_empty() && m_end <= start
            });
            if after_previous {
                continue;
            }
            let owners = &self.owners[hit.pattern];
            for announces in owners {
                if let Announces::Variant(attribute, variant) = *announces {
                    nearest.variants.push((attribute, variant, m_start, m_end));
                }
            }
            let distance = if m_end <= start {
                start - m_end
            } else if m_start >= end && m_start - end <= 2 {
                m_start - end
            } else {
                continue;
            };
            let closer =
                |slot: &mut Option<usize>| *slot = Some(slot.map_or(distance, |d| d.min(distance)));
            for announces in owners {
                match *announces {
                    // A variant's words announce its attribute too ("land area", "PPP").
                    Announces::Attribute(index) | Announces::Variant(index, _) => {
                        let slot = &mut nearest.attributes[index];
                        if slot.distance.is_none_or(|d| distance < d) {
                            slot.at = Some((m_start, m_end));
                        }
                        if matches!(announces, Announces::Attribute(_)) {
                            closer(&mut slot.plain);
                        }
                        closer(&mut slot.distance)
                    }
                    Announces::Maximum if m_end <= start => closer(&mut nearest.maximum),
                    Announces::Maximum => {}
                }
            }
        }
        nearest
    }
}

/// Links quantity `q` in sentence `index`.
pub fn link(context: &Context<'_>, index: usize, q: &Quantity) -> Link {
    let sentence = &context.sentences[index];
    let (from, to) = window(context.text, sentence, q.start, q.end);
    let sentence_text = &context.text[from..to];
    let mentions: Vec<&Mention> = context
        .mentions_in(from, to)
        .filter(|m| m.end <= q.start || m.start >= q.end)
        .collect();
    if mentions.is_empty() {
        if let Some(unlinked) = nothing_in_sight(context, index, q, from, sentence_text) {
            return unlinked;
        }
    }
    let (q_start, q_end) = (q.start - from, bracket_end(sentence_text, q.end - from));
    let clause = Clause::around(context.quantities, from, sentence_text, q_start, q_end);
    // A trigger right after the quantity before this one is that quantity's ("2.1 m long,
    // 90 cm wide": "long" is not the 90 cm's).
    // Unless this one restates it ("305 metres long, or about 1,000 feet").
    let restates = sentence_text[clause.start..q_start]
        .trim_end()
        .as_bytes()
        .rsplit(|b| b.is_ascii_whitespace())
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case(b"or"));
    let previous_end = (clause.after_quantity && !restates).then_some(clause.start);
    let nearest = context.nearest(index, (from, to), (q_start, q_end), previous_end);
    let states_maximum = nearest.maximum.is_some_and(|d| d < 40);
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
    let unlinked = |entity: Option<usize>, attribute: Option<String>, reason: String| Link {
        entity,
        attribute,
        states_maximum,
        reason: Some(reason),
        ..Link::default()
    };
    if let Some(reason) = no_value_stated(sentence_text, q_start, q.end - from) {
        return unlinked(None, None, reason);
    }
    let attribute = attribute_for(context, &nearest, &clause, q);
    let attached =
        |m: &&&Mention| m.end <= q.start || clause::is_attached_after(context.text, q.end, m.start);
    let attached: Vec<&Mention> = mentions.iter().copied().filter(|m| attached(&m)).collect();
    // The names in the stretch before the number, after the last clause break, say what it
    // is about when there are any ("…, and the Tu-160 reached 3,000 km/h").
    // Worked out only where it is read: most claims have no name before them.
    let naming_from = || from + clause::naming_start(sentence_text, q_start);
    let in_stretch: Vec<&Mention> = if attached.is_empty() {
        Vec::new()
    } else {
        let naming_from = naming_from();
        attached
            .iter()
            .copied()
            .filter(|m| m.start >= naming_from && m.end <= q.start)
            .collect()
    };
    let has_fact = |e: usize| {
        attribute
            .as_ref()
            .is_ok_and(|a| context.base.facts_for(e, a, None).next().is_some())
    };
    // The stretch's names, unless none of them has the attribute ("the missile that Moscow
    // says can strike targets 2,000 km away": Moscow has no range; the missile named before
    // does).
    let from_stretch = in_stretch.iter().any(|m| m.entity.is_some_and(has_fact));
    let named = if from_stretch { &in_stretch } else { &attached };
    let mut entities: Vec<usize> = Vec::new();
    for m in named {
        if let Some(e) = m.entity.filter(|e| !entities.contains(e)) {
            entities.push(e);
        }
    }
    if entities.is_empty() {
        match context.carried_entity(index) {
            Ok(Some(e)) => entities.push(e),
            Ok(None) => {
                let reason = if mentions.is_empty() {
                    "no entity of the fact base is named in this sentence"
                } else {
                    "the entities this sentence names come after it and are not what it \
                     is about"
                };
                return unlinked(None, attribute.ok(), reason.into());
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
        [only] => {
            let (variant, scope) = match qualifiers(context, &nearest, &clause, *only, &attribute) {
                Ok(found) => found,
                Err(reason) => return unlinked(Some(*only), Some(attribute), reason),
            };
            let naming = (naming_from(), from + clause.start);
            let part = scope
                .is_none()
                .then(|| part_named(context, named, *only, &attribute, q.start, naming))
                .flatten();
            let spans = (from, from + clause.start);
            if let Some(words) =
                other_subject(context, named, *only, &nearest, &attribute, q, spans)
            {
                let name = &context.base.entities[*only].name;
                return unlinked(
                    Some(*only),
                    Some(attribute),
                    format!("it is about the {words}, not {name} itself"),
                );
            }
            if let Some(word) = part {
                let name = &context.base.entities[*only].name;
                return unlinked(
                    Some(*only),
                    Some(attribute),
                    format!("its clause is about a part of {name} (\"{word}\"), not the whole"),
                );
            }
            let mention = named.iter().rev().find(|m| m.entity == Some(*only));
            let rule = match mention {
                None => "referred back",
                Some(_) if from_stretch => "named in its clause",
                Some(_) => "named in its sentence",
            };
            let evidence = Evidence {
                rule,
                entity_words: mention.map(|m| context.text[m.start..m.end].to_string()),
                attribute_words: attribute_words(context, &nearest, sentence_text, &attribute, q),
            };
            Link {
                entity: Some(*only),
                attribute: Some(attribute),
                variant,
                scope,
                to: None,
                years: years_of_clause(context, &clause, from),
                states_maximum,
                reason: None,
                evidence: Some(evidence),
            }
        }
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

/// Why the quantity at `q_start..q_end` of the sentence window `sentence_text` states no
/// value of anything: it is the level before a change, or a difference or a comparison.
fn no_value_stated(sentence_text: &str, q_start: usize, q_end: usize) -> Option<String> {
    if let Some(word) = clause::earlier_level(sentence_text, q_start) {
        return Some(format!(
            "it is the level before a change (\"{word} from\"), not a level now"
        ));
    }
    clause::difference_word(sentence_text, q_start, q_end)
        .map(|word| format!("it is a difference or a comparison (\"{word}\"), not a value"))
}

/// The link of quantity `q` of sentence `index` (its window starting at byte `from`, with
/// the text `sentence_text`) when the window names no entity: unlinked, with the reason
/// [`link`] would give, unless the sentence refers back to an entity named before it
/// (`None`: [`link`] reads the rest). Over half the quantities of news prose have no entity
/// in sight; their trigger words and clause are not read, since no claim is made of them.
fn nothing_in_sight(
    context: &Context<'_>,
    index: usize,
    q: &Quantity,
    from: usize,
    sentence_text: &str,
) -> Option<Link> {
    let reason = match no_value_stated(sentence_text, q.start - from, q.end - from) {
        Some(reason) => reason,
        None => match context.carried_entity(index) {
            Ok(Some(_)) => return None,
            Ok(None) => "no entity of the fact base is named in this sentence".to_string(),
            Err(reason) => reason,
        },
    };
    Some(Link {
        reason: Some(reason),
        ..Link::default()
    })
}

/// The words that named `attribute` for quantity `q`: its nearest trigger in the window, or
/// the counted noun that announces it ("crew").
fn attribute_words(
    context: &Context<'_>,
    nearest: &Nearest,
    window: &str,
    attribute: &str,
    q: &Quantity,
) -> Option<String> {
    let index = context.base.vocabulary.position(attribute)?;
    match nearest.attributes[index].at {
        Some((start, end)) => window.get(start..end).map(str::to_string),
        _ if q.dimension == Dimension::Count => Some(q.unit.to_string()),
        _ => None,
    }
}

/// The words of `attribute` and its variants ("urban population", "land area").
fn own_words<'b>(context: &Context<'b>, attribute: &str) -> Vec<&'b str> {
    context
        .base
        .vocabulary
        .get(attribute)
        .map(|a| {
            a.triggers
                .iter()
                .chain(a.variants.iter().flat_map(|v| &v.triggers))
                .map(String::as_str)
                .collect()
        })
        .unwrap_or_default()
}

/// A word that makes the claim at `q_start` about a part of `entity` ("the northern province
/// of Kenya", "Kenya's capital"): looked for before the entity's last name before the claim
/// (back to `naming_from`, where the claim's naming stretch starts) and between that name and
/// the claim (from `clause_start` at the earliest); for an entity carried from an earlier
/// sentence, in the claim's clause. The words of the attribute itself ("urban population")
/// do not count.
fn part_named(
    context: &Context<'_>,
    named: &[&Mention],
    entity: usize,
    attribute: &str,
    q_start: usize,
    (naming_from, clause_start): (usize, usize),
) -> Option<String> {
    let own = own_words(context, attribute);
    let text = context.text;
    let mention = named
        .iter()
        .rev()
        .find(|m| m.entity == Some(entity) && m.end <= q_start);
    let (before, after) = match mention {
        // Before the name: from the naming stretch's start, or from the clause's when the
        // name stands before the stretch ("Bavaria, the largest state of Germany, covers").
        Some(m) => {
            let from = if m.start < naming_from {
                clause_start
            } else {
                naming_from
            };
            (
                &text[from.min(m.start)..m.start],
                &text[m.end.max(clause_start).min(q_start)..q_start],
            )
        }
        None => ("", &text[clause_start.min(q_start)..q_start]),
    };
    clause::part_word(before, &own)
        .or_else(|| clause::part_word(after, &own))
        .map(str::to_string)
}

/// Words that may stand between an entity's name and its attribute or number without making
/// the number about something else ("Kenya's total population", "the Tu-160 is 54.1 m long").
const SUBJECT_GLUE: &[&str] = &[
    "s",
    "'s",
    "’s",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "may",
    "might",
    "now",
    "still",
    "only",
    "just",
    "about",
    "some",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "at",
    "of",
    "a",
    "an",
    "the",
    "its",
    "it",
    "measures",
    "measured",
    "stands",
    "stood",
    "reaches",
    "reached",
    "spans",
    "runs",
    "ran",
    "extends",
    "totals",
    "total",
    "totalled",
    "totaled",
    "entire",
    "whole",
    "overall",
    "estimated",
    "current",
    "currently",
    "present",
    "official",
    "roughly",
    "approximately",
    "which",
    "that",
    "to",
    "than",
    "more",
    "less",
    "own",
    "also",
    "then",
    "today",
    "exactly",
    "some",
    "rises",
    "rose",
    "climbs",
    "covers",
    "covering",
    "stretches",
    "reach",
    "reaching",
];

/// What else the claim is about, when words other than [`SUBJECT_GLUE`] stand in a short
/// noun phrase between the entity and the claim: after a possessive name and before the
/// attribute word ("Turkey's Kurdish population of 15 million"), or, when the attribute word
/// comes after the number, between the name (or "its") and the number ("Its bomb bays are
/// 11.3 metres long"). Longer stretches (an apposition, a relative clause) are left alone.
fn other_subject(
    context: &Context<'_>,
    named: &[&Mention],
    entity: usize,
    nearest: &Nearest,
    attribute: &str,
    q: &Quantity,
    (from, clause_start): (usize, usize),
) -> Option<String> {
    let q_start = q.start;
    /// The most words a noun phrase between the name and the claim has.
    const PHRASE_WORDS: usize = 4;
    let text = context.text;
    let index = context.base.vocabulary.position(attribute)?;
    // A count that starts with its attribute's noun ("population of about 15 million") has
    // its attribute word at its start.
    let noun_first = q.dimension == Dimension::Count
        && context.base.vocabulary.attributes[index].is_announced_by_noun(&q.unit)
        && q.text.starts_with(q.unit.as_ref());
    let trigger_at = nearest.attributes[index]
        .at
        .map(|(s, _)| from + s)
        .or(noun_first.then_some(q_start));
    let trigger = trigger_at.filter(|&s| s <= q_start);
    // The other case needs the attribute word after the number ("… 11.3 metres long"); a
    // count named by its own noun ("a crew of two") has none.
    let trigger_after = trigger_at.is_some_and(|s| s > q_start);
    let mention = named
        .iter()
        .rev()
        .find(|m| m.entity == Some(entity) && m.end <= q_start);
    let (start, end) = match (mention, trigger) {
        // "Turkey's Kurdish population": a possessive name right before the attribute word.
        (Some(m), Some(t)) if t >= m.end => {
            let rest = &text[m.end..t];
            let possessive = rest.starts_with("'s ") || rest.starts_with("’s ");
            if !possessive {
                return None;
            }
            (m.end + rest.find(' ').unwrap_or(0), t)
        }
        (_, Some(_)) => return None,
        (_, None) if !trigger_after => return None,
        // "The Tu-160 is 54.1 metres long", "Its bomb bays are 11.3 metres long".
        (Some(m), None) if m.end >= clause_start => (m.end, q_start),
        (Some(_), None) => return None,
        (None, None) => {
            let clause = &text[clause_start.min(q_start)..q_start];
            let its = clause::find_ascii_case_insensitive(clause, "its ")?;
            (clause_start + its + "its".len(), q_start)
        }
    };
    let stretch = &text[start..end];
    let words: Vec<&str> = apostrophe_words(stretch).collect();
    if stretch.contains([',', ';', ':', '(', '"']) || words.len() > PHRASE_WORDS {
        return None;
    }
    let own = own_words(context, attribute);
    let stray: Vec<&str> = words
        .into_iter()
        .filter(|w| !SUBJECT_GLUE.iter().any(|g| g.eq_ignore_ascii_case(w)))
        .filter(|w| {
            !own.iter()
                .any(|o| o.split(' ').any(|p| p.eq_ignore_ascii_case(w)))
        })
        .collect();
    (!stray.is_empty()).then(|| stray.join(" "))
}

/// Which of several named qualifiers (variants of an attribute, scopes of an entity) a
/// claim's clause selects, from where their words stand: words in the clause select
/// (two different ones are ambiguous); words only elsewhere in the sentence leave it unclear
/// whether the claim is the plain figure, so it is not linked.
fn select<'n>(
    clause: &Clause<'_>,
    hits: impl IntoIterator<Item = (&'n str, usize, usize)>,
    what: &str,
) -> Result<Option<String>, String> {
    let mut own: Vec<&str> = Vec::new();
    let mut elsewhere: Option<&str> = None;
    for (name, start, end) in hits {
        if clause.holds(start, end) {
            if !own.contains(&name) {
                own.push(name);
            }
        } else {
            elsewhere.get_or_insert(name);
        }
    }
    match (own.as_slice(), elsewhere) {
        ([only], _) => Ok(Some(only.to_string())),
        ([first, second, ..], _) => Err(format!(
            "the words around it could mean the {what} {first:?} or {second:?}"
        )),
        ([], Some(name)) => Err(format!(
            "the sentence also speaks of the {what} {name:?}, and it is not clear which \
             figure is which"
        )),
        ([], None) => Ok(None),
    }
}

/// The variant of `attribute` and the scope of `entity` that a claim's clause names; an
/// error says why the claim cannot be linked to either the plain figure or one of them.
fn qualifiers(
    context: &Context<'_>,
    nearest: &Nearest,
    clause: &Clause<'_>,
    entity: usize,
    attribute: &str,
) -> Result<(Option<String>, Option<String>), String> {
    let vocabulary = &context.base.vocabulary;
    let index = vocabulary
        .attributes
        .iter()
        .position(|a| a.name == attribute);
    let variant = match index {
        Some(index) if !vocabulary.attributes[index].variants.is_empty() => {
            let variants = &vocabulary.attributes[index].variants;
            let hits = nearest
                .variants
                .iter()
                .filter(|hit| hit.0 == index)
                .map(|&(_, v, start, end)| (variants[v].name.as_str(), start, end));
            select(clause, hits, &format!("{attribute} variant"))?
        }
        _ => None,
    };
    let mut scopes: Vec<&crate::facts::Scope> = Vec::new();
    for fact in context.base.facts_for(entity, attribute, None) {
        if let Some(scope) = fact.scope.as_ref().filter(|s| !scopes.contains(s)) {
            scopes.push(scope);
        }
    }
    if scopes.is_empty() {
        return Ok((variant, None));
    }
    let lowered = clause.text.to_ascii_lowercase();
    let mut hits = Vec::new();
    for scope in &scopes {
        for word in &scope.words {
            let word = word.to_ascii_lowercase();
            let mut from = 0;
            while let Some(at) = lowered[from..].find(&word) {
                let (start, end) = (from + at, from + at + word.len());
                if is_whole_word(clause.text, start, end) {
                    hits.push((scope.name.as_str(), start, end));
                }
                from = end;
            }
        }
    }
    let scope = select(clause, hits, "part")?;
    Ok((variant, scope))
}

/// The attribute a quantity states: among attributes of its dimension, the one whose trigger
/// word stands nearest; the only one of its dimension when no trigger is present.
/// The years a claim's clause names ("In 2010, …, 24 million"), outside every quantity of
/// the sentence window that starts at byte `from` ("2000 km" names no year), and not in a
/// later clause ("…, up from $298 billion in 2022" dates the $298 billion).
fn years_of_clause(context: &Context<'_>, clause: &Clause<'_>, from: usize) -> Vec<i32> {
    let to = from + clause.text.len();
    let first = context.quantities.partition_point(|o| o.start < from);
    let spans: Vec<(usize, usize)> = context.quantities[first..]
        .iter()
        .take_while(|o| o.start < to)
        .map(|o| (o.start - from, o.end.min(to) - from))
        .collect();
    clause::years_named(clause.text, 0..clause.end, &spans)
}

/// The smallest count read as a place's head count.
const HEAD_COUNT: f64 = 100_000.0;

/// The verbs that may follow a head count ("Nigeria's 120 million people face …").
const PHRASE_VERBS: &[&str] = &[
    "are", "were", "is", "was", "have", "had", "has", "will", "would", "can", "could", "may",
    "might", "must", "should", "face", "faced", "live", "speak", "depend", "need", "want",
];

/// The nouns for everyone who lives in a place.
const INHABITANTS: &[&str] = &["people", "inhabitants", "residents", "citizens"];

/// Whether a count of inhabitants belongs to a place named right beside it, as all of its
/// people: "Nigeria's 120 million people", "the 140 million people of Pakistan". A count
/// with any other word around it ("killed 12 people in Kenya", "800 people to Nauru") is a
/// group, not a head count.
fn held_by_a_place(context: &Context<'_>, clause: &Clause<'_>, q: &Quantity) -> bool {
    // A head count is large: "Japan's 600 citizens" are a group of them.
    if !INHABITANTS.iter().any(|n| n.eq_ignore_ascii_case(&q.unit)) || q.si.low < HEAD_COUNT {
        return false;
    }
    let (q_start, q_end) = clause.quantity;
    let from = q.start - q_start;
    // What follows must end the phrase, or be its verb: "… people face", "… people,"; not
    // "… citizens living in Wuhan", "… people with the disease", "… residents interviewed".
    let ends_phrase = |at: usize| {
        let rest = clause.text[at..].trim_start();
        let word: String = rest
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        if word.is_empty() {
            return !rest.starts_with(['\'', '\u{2019}']);
        }
        PHRASE_VERBS.contains(&word.as_str())
    };
    let before = clause.text[clause.start..q_start].trim_end();
    // "Nigeria's 120 million people": a name ends right before the possessive.
    let possessor = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|mark| before.strip_suffix(mark));
    if let Some(possessor) = possessor {
        let end = clause.start + possessor.len();
        let held = context
            .mentions_in(from + clause.start, from + end)
            .any(|m| m.entity.is_some() && m.end == from + end);
        if held && ends_phrase(q_end) {
            return true;
        }
    }
    // "the 140 million people of Pakistan": "the" before, "of" and a name right after.
    let definite = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("the"));
    if !definite || !clause.text[q_end..].starts_with(" of ") {
        return false;
    }
    let name_start = q_end + 4;
    let name = context
        .mentions_in(from + name_start, from + clause.text.len())
        .next()
        .filter(|m| m.start == from + name_start && m.entity.is_some());
    name.is_some_and(|m| ends_phrase(m.end - from))
}

fn attribute_for(
    context: &Context<'_>,
    nearest: &Nearest,
    clause: &Clause<'_>,
    q: &Quantity,
) -> Result<String, String> {
    let candidates: Vec<(usize, &Attribute)> = context
        .base
        .vocabulary
        .attributes
        .iter()
        .enumerate()
        .filter(|(_, a)| a.dimension == q.dimension && a.name != "distance")
        .collect();
    if q.dimension == Dimension::Count {
        let noun: &str = &q.unit;
        // A count is an attribute when it counts the attribute's nouns and either the noun
        // announces the attribute ("a crew of four") or a trigger stands in its clause ("a
        // population of 5 million people"): "killed 12 people" is no population.
        // So does a place holding its inhabitants ("Nigeria's 120 million people").
        let held = held_by_a_place(context, clause, q);
        let announced = |index: usize, a: &Attribute| {
            noun.is_empty()
                || held
                || a.is_announced_by_noun(noun)
                || nearest.attributes[index]
                    .at
                    .is_some_and(|(start, _)| start >= clause.start)
        };
        // A bare number right after a count attribute's word and ending its clause ("its
        // population is about 1.3 million."): the word says what it counts. A word after
        // the number is a noun the number counts instead ("home to some three million
        // Palestinians" is a group, not the population).
        const RIGHT_AFTER: usize = 16;
        let (_, q_end) = clause.quantity;
        let bare = clause.text[q_end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let counts = |a: &Attribute, index: usize| {
            if noun.is_empty() {
                let slot = nearest.attributes[index];
                bare && slot.plain.is_some_and(|d| d <= RIGHT_AFTER)
                    && slot.at.is_some_and(|(s, _)| s >= clause.start)
            } else {
                a.counts(noun)
            }
        };
        let counting: Vec<&(usize, &Attribute)> =
            candidates.iter().filter(|(i, a)| counts(a, *i)).collect();
        if counting.is_empty() {
            return Err("no attribute counts what this number counts".to_string());
        }
        let clause_text = &clause.text[clause.start..clause.end];
        if let Some(word) = clause::event_word(clause_text) {
            return Err(format!(
                "it counts an event or a group (\"{word}\"), not what a place or force has"
            ));
        }
        // An attribute the base declared wins over numfact's own for the same noun.
        let declared = counting
            .iter()
            .find(|(i, a)| Vocabulary::is_declared(*i) && announced(*i, a));
        return declared
            .or_else(|| counting.iter().find(|(i, a)| announced(*i, a)))
            .map(|(_, a)| a.name.clone())
            .ok_or_else(|| {
                let names: Vec<&str> = counting.iter().map(|(_, a)| a.name.as_str()).collect();
                format!(
                    "nothing in its clause says these {noun} are a {} (a count of {noun} is \
                     not one on its own)",
                    names.join(" or ")
                )
            });
    }
    // When the words around a claim name an attribute the base declared ("coastline") as
    // well as one of numfact's own ("long"), the base's wins: it knows what it holds.
    let declared_named = candidates.iter().any(|&(index, _)| {
        Vocabulary::is_declared(index) && nearest.attributes[index].distance.is_some()
    });
    let named = |plain_only: bool| -> Vec<(usize, &str)> {
        let mut scored: Vec<(usize, &str)> = candidates
            .iter()
            .filter(|&&(index, _)| !declared_named || Vocabulary::is_declared(index))
            .filter_map(|&(index, a)| {
                let slot = nearest.attributes[index];
                let distance = if plain_only {
                    slot.plain
                } else {
                    slot.distance
                };
                distance.map(|d| (d, a.name.as_str()))
            })
            .collect();
        scored.sort();
        scored
    };
    // The attribute's own words decide before a variant's ("PPP" is a variant of both `gdp`
    // and `gdp_per_capita`; "GDP (PPP)" names `gdp`).
    let mut scored = named(true);
    if scored.is_empty() {
        scored = named(false);
    }
    match (scored.as_slice(), candidates.as_slice()) {
        ([(d1, a1), (d2, _), ..], _) if d1 == d2 => Err(format!(
            "the words around it could mean {a1} or another attribute"
        )),
        ([(_, best), ..], _) => Ok(best.to_string()),
        // Only a speed is safe to assume from the unit alone: a duration or a length could
        // be anything.
        ([], [(_, only)]) if q.dimension == Dimension::Velocity => Ok(only.name.clone()),
        // "At 41,543 sq km, the Netherlands is one of Europe's smaller countries": a figure
        // put before its subject states the one attribute of its dimension.
        ([], [(_, only)]) if clause::is_fronted_at(clause) => Ok(only.name.clone()),
        ([], [_]) => Err(format!("no word near it says what this {} is", q.dimension)),
        ([], []) => Err(format!(
            "the fact base has no attribute measuring {}",
            q.dimension
        )),
        ([], several) => {
            let names: Vec<&str> = several
                .iter()
                .take(3)
                .map(|(_, a)| a.name.as_str())
                .collect();
            let more = if several.len() > 3 { ", …" } else { "" };
            Err(format!(
                "no word near it says which {} this is ({}{more})",
                q.dimension,
                names.join(", ")
            ))
        }
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
            let subject = subject.or_else(|| context.carried_entity(index).ok().flatten())?;
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
        variant: None,
        scope: None,
        years: Vec::new(),
        evidence: Some(Evidence {
            rule: "a distance between two named places",
            entity_words: None,
            attribute_words: None,
        }),
        states_maximum: false,
        reason: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophe_words_are_the_runs_between_other_characters() {
        for text in [
            "It's the missile’s range: 5,000 km — Kenya's «coast» and the air base.",
            "  été à Zürich, l'île  ",
            "",
            "’'",
        ] {
            let split: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            let words: Vec<&str> = apostrophe_words(text).collect();
            assert_eq!(words, split, "{text:?}");
        }
    }

    /// [`referring_words`] as it was first written: every word in turn.
    fn referring_words_one_by_one<'k>(head: &str, kinds: &'k KindNouns) -> (bool, Vec<&'k str>) {
        let mut pronoun = false;
        let mut nouns: Vec<&'k str> = Vec::new();
        let (mut after_determiner, mut two_after_determiner) = (false, false);
        for word in apostrophe_words(head) {
            if ["it", "its", "it's", "it’s"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(word))
            {
                pronoun = true;
            }
            if after_determiner || two_after_determiner {
                let lower = word.to_ascii_lowercase();
                for noun in kinds.endings.get(&lower).into_iter().flatten() {
                    if !nouns.contains(&noun.as_str()) {
                        nouns.push(noun);
                    }
                }
            }
            let determiner = word.eq_ignore_ascii_case("the") || word.eq_ignore_ascii_case("this");
            (two_after_determiner, after_determiner) = (after_determiner, determiner);
        }
        (pronoun, nouns)
    }

    /// Reading only the words at a "t" finds what reading every word does.
    #[test]
    fn referring_words_are_found_at_their_t() {
        let base = FactBase::shipped().expect("the shipped base is valid");
        let kinds = KindNouns::new(&base);
        let heads = [
            "It flew. Its range, it's said, and it’s fast: the missile, THIS air base.",
            "the the missile this the country; The Missile's tests",
            "bit its, 'it it' sit ÉIT Itself it_s tit-it xIT it",
            "Über the ünited country, thé missile, the état, this—the city",
            "The aircraft and this Ship. the  province  the",
            "nothing here refers back",
            "",
            "t T it I i",
        ];
        for head in heads {
            for start in (0..=head.len()).filter(|&at| head.is_char_boundary(at)) {
                let part = &head[start..];
                assert_eq!(
                    referring_words(part, &kinds),
                    referring_words_one_by_one(part, &kinds),
                    "{part:?}"
                );
            }
        }
    }

    /// The trigger words of any window of a sentence are the sentence's that lie inside it,
    /// in the same order: what lets [`Context::nearest`] scan a sentence once.
    #[test]
    fn a_window_holds_the_sentence_s_trigger_words_inside_it_in_order() {
        let base = FactBase::shipped().expect("the shipped base is valid");
        let triggers = Triggers::new(&base.vocabulary);
        let text = "Its total land area, top speed and maximum range: a land area of 5 km², a \
                    coastline 536 km long, a max speed of Mach 9 — the population's urban \
                    population, the range, the length and the top speeds.";
        let mut sentence = Vec::new();
        triggers.find(text, 0, text.len(), &mut sentence);
        assert!(sentence.len() > 10, "{sentence:?}");
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut window = Vec::new();
        for (i, &from) in offsets.iter().enumerate() {
            for &to in &offsets[i..] {
                triggers.find(text, from, to, &mut window);
                let inside: Vec<Hit> = sentence
                    .iter()
                    .copied()
                    .filter(|h| h.start >= from && h.end <= to)
                    .collect();
                assert_eq!(window, inside, "{from}..{to}");
            }
        }
    }
}
