//! Entity mentions: where a text names an entity of the fact base by one of its aliases,
//! found by sentence the first time linking asks for a sentence's names.

use super::link::is_whole_word;
use crate::facts::FactBase;
use crate::text::Sentence;
use crate::text::patterns::WordStartPatterns;
use std::sync::OnceLock;

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
    /// The alias texts, looked for at word starts.
    texts: WordStartPatterns,
    patterns: Vec<Pattern>,
    /// The length in bytes of the longest alias: how far past a stretch a mention that
    /// starts in it can reach.
    longest: usize,
}

/// What a pattern of the alias automaton is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    /// An alias in any ASCII case, of this entity (`None`: shared by two).
    Alias(Option<usize>),
    /// An alias that counts only in exactly the case written.
    Exact(Option<usize>, String),
    /// A stop phrase: no mention.
    Stop,
}

impl EntityIndex {
    /// Indexes the aliases of `base` (ASCII case-insensitive, longest alias first;
    /// exact aliases checked for their case; stop phrases, being longer, win over the aliases
    /// inside them).
    pub fn new(base: &FactBase) -> EntityIndex {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut seen = std::collections::HashMap::new();
        let mut add = |key: String, text: &str, pattern: Pattern, owner: Option<usize>| match seen
            .get(&key)
        {
            Some(&at) => {
                let shared = match &mut patterns[at] {
                    Pattern::Alias(o) | Pattern::Exact(o, _) => o,
                    Pattern::Stop => return,
                };
                if *shared != owner {
                    *shared = None;
                }
            }
            None => {
                seen.insert(key, texts.len());
                texts.push(text.to_string());
                patterns.push(pattern);
            }
        };
        for entity in &base.entities {
            for phrase in &entity.not_aliases {
                add(
                    format!("stop:{}", phrase.to_ascii_lowercase()),
                    phrase,
                    Pattern::Stop,
                    None,
                );
            }
        }
        for (index, entity) in base.entities.iter().enumerate() {
            for alias in &entity.aliases {
                let key = alias.to_ascii_lowercase();
                add(key, alias, Pattern::Alias(Some(index)), Some(index));
            }
            for alias in &entity.exact_aliases {
                let pattern = Pattern::Exact(Some(index), alias.clone());
                add(format!("exact:{alias}"), alias, pattern, Some(index));
            }
        }
        EntityIndex {
            longest: texts.iter().map(String::len).max().unwrap_or(0),
            texts: WordStartPatterns::new(&texts),
            patterns,
        }
    }

    /// Every whole-word mention in `text`, in order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        self.mentions_between(text, 0, text.len())
    }

    /// The whole-word mentions of `text` that start in `start..end`, in order, as a search
    /// from `start` finds them (a mention may run on past `end`).
    pub fn mentions_between(&self, text: &str, start: usize, end: usize) -> Vec<Mention> {
        // Only the bytes a mention starting before `end` can cover are searched, so the
        // search for a sign no alias in reach holds stops there too.
        let mut reach = end.saturating_add(self.longest).min(text.len());
        while !text.is_char_boundary(reach) {
            reach += 1;
        }
        let mut finder = self.texts.finder(&text[..reach]);
        let mut mentions = Vec::new();
        let mut from = start;
        // Matches do not overlap: the longest at the first place wins, and the search goes
        // on after it, whole word or not ("Iran" of "Iranian" hides nothing).
        while let Some(m) = finder.next_from(from).filter(|m| m.start < end) {
            from = m.end;
            if !is_whole_word(text, m.start, m.end) {
                continue;
            }
            let entity = match &self.patterns[m.pattern] {
                Pattern::Alias(owner) => *owner,
                Pattern::Exact(owner, spelled) if &text[m.start..m.end] == spelled => *owner,
                Pattern::Exact(..) | Pattern::Stop => continue,
            };
            mentions.push(Mention {
                start: m.start,
                end: m.end,
                entity,
            });
        }
        mentions
    }
}

/// The mentions of a document, found sentence by sentence when first asked for, once for
/// every thread that links it: linking reads names only in the sentences of quantities and
/// those just before them, so the rest of the text is never searched.
///
/// Each sentence is searched from its start up to the next one's (the first from the
/// text's start), as one search over the whole text would find them, since no alias runs
/// across the end of a sentence.
#[derive(Debug)]
pub struct SentenceMentions<'a> {
    index: &'a EntityIndex,
    text: &'a str,
    sentences: &'a [Sentence],
    /// Each sentence's mentions, once searched (one stretch for a text without sentences).
    found: Vec<OnceLock<Vec<Mention>>>,
}

impl<'a> SentenceMentions<'a> {
    /// The mentions of `text`, whose sentences are `sentences`, by the aliases of `index`;
    /// nothing is searched yet.
    pub fn new(index: &'a EntityIndex, text: &'a str, sentences: &'a [Sentence]) -> Self {
        let found = std::iter::repeat_with(OnceLock::new)
            .take(sentences.len().max(1))
            .collect();
        SentenceMentions {
            index,
            text,
            sentences,
            found,
        }
    }

    /// Where the stretch searched for sentence `at` starts.
    fn stretch_start(&self, at: usize) -> usize {
        match at {
            0 => 0,
            _ => self.sentences.get(at).map_or(self.text.len(), |s| s.start),
        }
    }

    /// The mentions that start in the stretch of sentence `at`.
    fn in_stretch(&self, at: usize) -> &[Mention] {
        self.found[at].get_or_init(|| {
            let (start, end) = (self.stretch_start(at), self.stretch_start(at + 1));
            self.index.mentions_between(self.text, start, end)
        })
    }

    /// The mentions that start at or after `start` and start before `end`, in order.
    fn starting_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        let first = self
            .sentences
            .partition_point(|s| s.start <= start)
            .saturating_sub(1);
        (first..self.found.len())
            .take_while(move |&at| self.stretch_start(at) < end)
            .flat_map(move |at| self.in_stretch(at))
            .filter(move |m| m.start >= start)
            .take_while(move |m| m.start < end)
    }

    /// The mentions that lie wholly in `start..end`, in order.
    pub fn within(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        // Mentions do not overlap: of those that start before `end`, only the last can end
        // after it.
        self.starting_in(start, end).filter(move |m| m.end <= end)
    }

    /// Whether any mention starts in `start..end`.
    pub fn any_starting_in(&self, start: usize, end: usize) -> bool {
        self.starting_in(start, end).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// Searched sentence by sentence, in any order, a text yields the mentions one search
    /// over all of it does; `within` keeps those wholly inside a stretch.
    #[test]
    fn mentions_by_sentence_are_those_of_the_whole_text() {
        let base = FactBase::shipped().expect("the shipped base is valid");
        let index = EntityIndex::new(&base);
        let text = "Kenya's coast is 536 km long. The Republic of Kenya borders Ethiopia.\n\n\
                    Iranian oil, not Iran's. Sri Lanka and India! Mount Everest? Nepal is \
                    landlocked; the United States is not. France";
        let sentences = sentences(text);
        assert!(sentences.len() >= 6, "{sentences:?}");
        let whole = index.mentions(text);
        assert!(whole.len() >= 8, "{whole:?}");
        let by_sentence = SentenceMentions::new(&index, text, &sentences);
        // The last sentence first: each is searched on its own, whatever was asked before.
        assert_eq!(
            by_sentence.within(text.len() - 6, text.len()).count(),
            1,
            "France"
        );
        let found: Vec<Mention> = by_sentence.within(0, text.len()).copied().collect();
        assert_eq!(found, whole);
        for start in (0..text.len()).filter(|&at| text.is_char_boundary(at)) {
            for end in (start..=text.len()).step_by(7) {
                let inside: Vec<&Mention> = whole
                    .iter()
                    .filter(|m| m.start >= start && m.end <= end)
                    .collect();
                let starting = whole.iter().any(|m| m.start >= start && m.start < end);
                assert_eq!(by_sentence.within(start, end).collect::<Vec<_>>(), inside);
                assert_eq!(by_sentence.any_starting_in(start, end), starting);
            }
        }
    }

    /// A text without sentences is one stretch.
    #[test]
    fn a_text_without_sentences_is_searched_whole() {
        let base = FactBase::shipped().expect("the shipped base is valid");
        let index = EntityIndex::new(&base);
        let mentions = SentenceMentions::new(&index, "Kenya", &[]);
        assert_eq!(mentions.within(0, 5).count(), 1);
        assert!(!mentions.any_starting_in(1, 5));
    }
}
