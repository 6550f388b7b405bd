//! Checking an article: every quantity is a claim, linked to an entity and attribute, judged
//! against the fact base and against the article's other statements.
//!
//! ```
//! use numfact::check::{Checker, Verdict};
//! let base = numfact::facts::FactBase::shipped().expect("valid");
//! let checker = Checker::new(&base);
//! let findings = checker.check("article.txt", "The Kinzhal has a range of 4,000 km.");
//! assert_eq!(findings[0].verdict, Verdict::Contradicted);
//! ```

pub mod arithmetic;
pub mod clause;
pub mod dateline;
pub mod link;
pub mod mentions;
pub mod message;
pub mod precision;
pub mod rules;
pub mod suppress;
pub mod time;
pub mod verify;

use crate::facts::{AsOf, FactBase};
use crate::quantity::{Quantity, extract_prose};
use crate::text::{Sentence, sentences};
use dateline::{ArticleDate, DateOrigin};
use link::{Context, KindNouns, Link, Triggers};
use mentions::{EntityIndex, SentenceMentions};
pub use message::MessageParts;
pub use rules::Rule;
use serde::Serialize;
pub use verify::Allowances;

/// The judgement on one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The claim lies within the fact.
    Supported,
    /// The claim and the fact do not overlap.
    Contradicted,
    /// Two statements of the same article disagree.
    Inconsistent,
    /// The claim overlaps the fact but reaches outside it.
    Imprecise,
    /// The claim is linked to nothing in the fact base.
    Unverifiable,
    /// The claim matches an earlier figure of a series, or a figure of a time before the
    /// fact base's: right when written, not now.
    Outdated,
}

/// How loudly a finding is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Supported and unverifiable claims: for coverage.
    Note,
    /// Imprecise and outdated claims.
    Warning,
    /// Contradicted and inconsistent claims.
    Error,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 6] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Inconsistent,
        Verdict::Imprecise,
        Verdict::Unverifiable,
        Verdict::Outdated,
    ];

    /// The severity a verdict is reported at by default (its rules' default severity).
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Contradicted | Verdict::Inconsistent => Severity::Error,
            Verdict::Imprecise | Verdict::Outdated => Severity::Warning,
            Verdict::Supported | Verdict::Unverifiable => Severity::Note,
        }
    }

    /// The verdict's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Imprecise => "imprecise",
            Verdict::Unverifiable => "unverifiable",
            Verdict::Outdated => "outdated",
        }
    }
}

impl Severity {
    /// The severity's name in reports and in `numfact.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// The fact a claim was judged against, as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactRef {
    /// The fact's id (`kinzhal.range`).
    pub id: String,
    /// Lower end in SI.
    pub low: f64,
    /// Upper end in SI.
    pub high: f64,
    /// SI unit.
    pub unit: String,
    /// Who says so.
    pub source: String,
    /// The value as the fact file states it, in words ("1,500–2,000 km", "at most Mach 2.83").
    pub value: String,
    /// When the source said so.
    pub as_of: Option<String>,
    /// Whether the value is the true value's range, a maximum or a minimum.
    pub bound: crate::facts::Bound,
    /// The attribute's variant the fact states (`land` of `area`); absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The part of the entity the fact is about ("metropolitan France"); absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Another place in the article a finding refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// The file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// One claim and its verdict: an object of the `check` JSON contract, version 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The file.
    pub path: String,
    /// 1-based line of the claim.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// Byte offset of the claim.
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// The verdict.
    pub verdict: Verdict,
    /// Its severity.
    pub severity: Severity,
    /// The rule that reported it; serialised as its `code` (`"NF101"`).
    #[serde(rename = "code", serialize_with = "serialize_code")]
    pub rule: &'static Rule,
    /// The claim's text.
    pub text: String,
    /// The linked entity's id.
    pub entity: Option<String>,
    /// The linked attribute.
    pub attribute: Option<String>,
    /// The claim as extracted.
    pub claim: Quantity,
    /// The fact it was judged against (boxed: most findings have none, and a finding is
    /// held for every claim of a document).
    pub fact: Option<Box<FactRef>>,
    /// Other statements involved (for inconsistent claims).
    pub related: Vec<Related>,
    /// Why, in parts; [`Finding::message`] joins them into one sentence an editor
    /// understands, serialised as `message`. The sentence is built only when a report
    /// shows it.
    #[serde(rename = "message", serialize_with = "serialize_message")]
    pub parts: MessageParts,
    /// What linked the claim to its entity and attribute, when it was judged against a
    /// fact; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<Box<link::Evidence>>,
    /// A replacement that would make the text right, when a check knows one (the
    /// percentage a change really is); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
}

/// A replacement for part of the text: `span` (byte offsets) becomes `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The bytes to replace.
    pub span: Span,
    /// What to write instead.
    pub replacement: String,
}

/// A byte range of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last.
    pub end: usize,
}

fn serialize_message<S: serde::Serializer>(parts: &MessageParts, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&parts.sentence())
}

fn serialize_code<S: serde::Serializer>(rule: &&'static Rule, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code)
}

impl Finding {
    /// The code of the rule that reported it (`NF101`).
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// Why, in one sentence an editor understands.
    pub fn message(&self) -> String {
        self.parts.sentence()
    }

    /// Adds `related` to the finding's related places unless it is there already.
    pub fn add_related(&mut self, related: Related) {
        if !self.related.contains(&related) {
            self.related.push(related);
        }
    }

    /// Hands the finding to `rule` with a new message: its verdict and severity become the
    /// rule's.
    pub fn report(&mut self, rule: &'static Rule, parts: MessageParts) {
        self.rule = rule;
        if let Some(verdict) = rule.verdict {
            self.verdict = verdict;
        }
        self.severity = rule.default_severity;
        self.reword(parts);
    }

    /// Replaces the message.
    pub fn reword(&mut self, parts: MessageParts) {
        self.parts = parts;
    }
}

/// A document being checked, as the checks of [`rules`] see it: its quantities with their
/// links and sentences.
#[derive(Clone, Copy)]
pub struct Document<'d> {
    /// The document's name.
    pub path: &'d str,
    /// Its text as written, for positions.
    pub original: &'d str,
    /// Its prose: the text with code and markup masked (offsets are the same).
    pub text: &'d str,
    /// Every quantity, in order.
    pub quantities: &'d [Quantity],
    /// The link of each quantity.
    pub links: &'d [Link],
    /// The index of each quantity's sentence.
    pub sentence_of: &'d [usize],
    /// Sentences, entity mentions and the fact base.
    pub context: &'d Context<'d>,
    /// The fact base.
    pub base: &'d FactBase,
    /// Approximation allowance and default tolerance.
    pub allowances: Allowances,
    /// The article's date, when it states one or one is configured.
    pub article: Option<AsOf>,
    /// [`Document::sentences_with_items`], read the first time a check asks.
    sentence_items: &'d std::cell::OnceCell<Vec<Vec<arithmetic::Item<'d>>>>,
}

impl<'d> Document<'d> {
    /// The quantities of each sentence that has at least two (or one range), with the words
    /// between them (see [`arithmetic::sentences_with_items`]): read once, for every check
    /// that reads sentences that way.
    pub fn sentences_with_items(&self) -> &'d [Vec<arithmetic::Item<'d>>] {
        self.sentence_items
            .get_or_init(|| arithmetic::sentences_with_items(self))
    }

    /// `q` as a related place of a finding.
    pub fn related(&self, q: &Quantity) -> Related {
        Related {
            path: self.path.to_string(),
            line: q.line,
            column: q.column,
        }
    }
}

/// The least prose that is checked on more than one thread (see [`Checker::check_prose`]).
#[cfg(feature = "parallel")]
const PARALLEL_FROM_BYTES: usize = 1 << 20;

/// The fewest quantities linked in one run on a thread (with a linking context of its own).
#[cfg(feature = "parallel")]
const LINK_RUN: usize = 1024;

/// What [`Checker::check_prose`] read of a document before linking its quantities.
struct Reading<'r> {
    path: &'r str,
    prose: &'r str,
    quantities: &'r [Quantity],
    sentences: &'r [Sentence],
    mentions: &'r SentenceMentions<'r>,
    /// The index of each quantity's sentence.
    sentence_of: &'r [usize],
    article: Option<AsOf>,
    /// Where the dateline or front matter that dates the article ends.
    header_end: Option<usize>,
}

/// The index of each quantity's sentence: the first whose end lies after the quantity's
/// start (the last sentence for any quantity after it; 0 when there are none).
fn sentence_of(sentences: &[Sentence], quantities: &[Quantity]) -> Vec<usize> {
    let mut sentence_index = 0;
    quantities
        .iter()
        .map(|q| {
            while sentence_index + 1 < sentences.len() && sentences[sentence_index].end <= q.start {
                sentence_index += 1;
            }
            sentence_index
        })
        .collect()
}

/// Checks documents against one fact base. Build once, check many documents.
pub struct Checker<'a> {
    base: &'a FactBase,
    index: EntityIndex,
    triggers: Triggers,
    kinds: KindNouns,
    allowances: Allowances,
    as_of: Option<AsOf>,
}

impl<'a> Checker<'a> {
    /// Prepares a checker for `base` (builds its alias automaton).
    pub fn new(base: &'a FactBase) -> Self {
        Checker::with_allowances(base, Allowances::default())
    }

    /// Prepares a checker with project-specific allowances (approximation, default tolerance).
    pub fn with_allowances(base: &'a FactBase, allowances: Allowances) -> Self {
        Checker {
            base,
            index: EntityIndex::new(base),
            triggers: Triggers::new(&base.vocabulary),
            kinds: KindNouns::new(base),
            allowances,
            as_of: None,
        }
    }

    /// The date of documents that state none (`--as-of`, `as-of` in `numfact.toml`): a
    /// document's front matter `date:` or dateline comes first (see [`Checker::date_of`]).
    pub fn with_as_of(mut self, as_of: Option<AsOf>) -> Self {
        self.as_of = as_of;
        self
    }

    /// The date a document is read at: its own (front matter, or a dateline read from its
    /// prose, the text with markup masked), else the configured one.
    pub fn date_of(&self, text: &str, prose: &str) -> Option<ArticleDate> {
        dateline::article_date_in(text, prose).or(self.as_of.map(|date| ArticleDate {
            date,
            origin: DateOrigin::Configured,
            header_end: None,
        }))
    }

    /// The quantities and sentences of `prose` (a mask of `text`); on several threads for a
    /// large one, with the `parallel` feature.
    fn read(&self, text: &str, prose: &str) -> (Vec<Quantity>, Vec<Sentence>) {
        #[cfg(feature = "parallel")]
        if prose.len() >= PARALLEL_FROM_BYTES {
            return rayon::join(
                || crate::quantity::extract_prose_parallel(text, prose),
                || sentences(prose),
            );
        }
        (extract_prose(text, prose), sentences(prose))
    }

    /// A linking context over the whole of what was read.
    fn context<'r>(&'r self, reading: &Reading<'r>) -> Context<'r> {
        Context::new(
            reading.prose,
            reading.sentences,
            reading.quantities,
            reading.mentions,
            self.base,
            &self.triggers,
            &self.kinds,
        )
    }

    /// The link and the finding of every quantity, in order; in runs on several threads for
    /// a large document, with the `parallel` feature, each run with a linking context of its
    /// own.
    fn link_all(&self, reading: &Reading<'_>) -> (Vec<Link>, Vec<Finding>) {
        let count = reading.quantities.len();
        #[cfg(feature = "parallel")]
        if reading.prose.len() >= PARALLEL_FROM_BYTES && rayon::current_num_threads() > 1 {
            use rayon::prelude::*;
            let (mut links, mut findings) = (Vec::new(), Vec::new());
            (0..count)
                .into_par_iter()
                .with_min_len(LINK_RUN)
                .map_init(
                    || self.context(reading),
                    |context, index| self.link_one(context, reading, index),
                )
                .unzip_into_vecs(&mut links, &mut findings);
            return (links, findings);
        }
        let context = self.context(reading);
        (0..count)
            .map(|index| self.link_one(&context, reading, index))
            .unzip()
    }

    /// Links and judges quantity `index` of a document.
    fn link_one(
        &self,
        context: &Context<'_>,
        reading: &Reading<'_>,
        index: usize,
    ) -> (Link, Finding) {
        let q = &reading.quantities[index];
        let sentence_index = reading.sentence_of[index];
        let sentences = reading.sentences;
        let mut link = if sentences.is_empty() {
            Link::default()
        } else {
            link::link(context, sentence_index, q)
        };
        // The year of a dateline or front matter dates the article, not the sentence it runs
        // into.
        if let (Some(end), Some(article)) = (reading.header_end, reading.article) {
            if sentences.get(sentence_index).is_some_and(|s| s.start < end) {
                link.years.retain(|&year| year != article.year);
            }
        }
        let finding = rules::fact_comparison::judge(
            self.base,
            self.allowances,
            reading.path,
            q,
            &link,
            reading.article,
        );
        (link, finding)
    }

    /// Checks one document named `path`; one finding per quantity, in order.
    pub fn check(&self, path: &str, text: &str) -> Vec<Finding> {
        self.check_prose(path, text, text)
    }

    /// Checks a document whose non-prose parts (code, markup) are masked in `prose` (see
    /// [`crate::quantity::extract_prose`]); positions are those of `text`.
    ///
    /// With the `parallel` feature a large document is read on every core, with the same
    /// result: its quantities are extracted in pieces cut where no quantity can continue
    /// ([`crate::quantity::extract_prose_parallel`]) while its sentences are found, and its
    /// quantities are linked and judged in runs, each against the whole document (its
    /// sentences, every quantity, and the mentions of any sentence, found once for all runs
    /// when one first asks, see [`SentenceMentions`]), so a run links as the whole would. The checks of the article against itself, which compare quantities across the
    /// document, then run once over all of it.
    pub fn check_prose(&self, path: &str, text: &str, prose: &str) -> Vec<Finding> {
        let prose = if prose.len() == text.len() {
            prose
        } else {
            text
        };
        let date = self.date_of(text, prose);
        let article = date.map(|d| d.date);
        let (quantities, sentences) = self.read(text, prose);
        let sentence_of = sentence_of(&sentences, &quantities);
        let mentions = SentenceMentions::new(&self.index, prose, &sentences);
        let reading = Reading {
            path,
            prose,
            quantities: &quantities,
            sentences: &sentences,
            mentions: &mentions,
            sentence_of: &sentence_of,
            article,
            header_end: date.and_then(|d| d.header_end),
        };
        let (links, mut findings) = self.link_all(&reading);
        let context = self.context(&reading);
        let sentence_items = std::cell::OnceCell::new();
        let document = Document {
            path,
            original: text,
            text: prose,
            quantities: &quantities,
            links: &links,
            sentence_of: &sentence_of,
            context: &context,
            base: self.base,
            allowances: self.allowances,
            article,
            sentence_items: &sentence_items,
        };
        rules::run_document_checks(&document, &mut findings);
        findings
    }
}
