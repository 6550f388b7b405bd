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

mod consistency;
pub mod link;
pub mod suppress;
pub mod verify;

use crate::facts::{Fact, FactBase};
use crate::quantity::{Quantity, extract_prose};
use crate::text::{Locator, sentences};
use link::{Context, EntityIndex, Link, Triggers};
use serde::Serialize;
use std::collections::HashMap;
pub use verify::Allowances;

/// How many earlier statements of the same thing a claim is compared with.
const MAX_COMPARISONS: usize = 64;

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
}

/// How loudly a finding is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Supported and unverifiable claims: for coverage.
    Note,
    /// Imprecise claims.
    Warning,
    /// Contradicted and inconsistent claims.
    Error,
}

impl Verdict {
    /// The severity a verdict is reported at.
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Contradicted | Verdict::Inconsistent => Severity::Error,
            Verdict::Imprecise => Severity::Warning,
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
    /// The claim's text.
    pub text: String,
    /// The linked entity's id.
    pub entity: Option<String>,
    /// The linked attribute.
    pub attribute: Option<String>,
    /// The claim as extracted.
    pub claim: Quantity,
    /// The fact it was judged against.
    pub fact: Option<FactRef>,
    /// Other statements involved (for inconsistent claims).
    pub related: Vec<Related>,
    /// Why, in one sentence an editor understands.
    pub message: String,
}

/// A document being checked: its quantities with their links and sentences.
#[derive(Clone, Copy)]
struct Document<'d> {
    path: &'d str,
    text: &'d str,
    quantities: &'d [Quantity],
    links: &'d [Link],
    sentence_of: &'d [usize],
    context: &'d Context<'d>,
}

/// Checks documents against one fact base. Build once, check many documents.
pub struct Checker<'a> {
    base: &'a FactBase,
    index: EntityIndex,
    triggers: Triggers,
    allowances: Allowances,
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
            allowances,
        }
    }

    /// Checks one document named `path`; one finding per quantity, in order.
    pub fn check(&self, path: &str, text: &str) -> Vec<Finding> {
        self.check_prose(path, text, text)
    }

    /// Checks a document whose non-prose parts (code, markup) are masked in `prose` (see
    /// [`crate::quantity::extract_prose`]); positions are those of `text`.
    pub fn check_prose(&self, path: &str, text: &str, prose: &str) -> Vec<Finding> {
        let prose = if prose.len() == text.len() {
            prose
        } else {
            text
        };
        let quantities = extract_prose(text, prose);
        let sentences = sentences(prose);
        let mentions = self.index.mentions(prose);
        let context = Context {
            text: prose,
            sentences: &sentences,
            mentions: &mentions,
            base: self.base,
            triggers: &self.triggers,
            carried: vec![std::cell::OnceCell::new(); sentences.len()],
        };
        let mut locator = Locator::new(text);
        let mut sentence_index = 0;
        let mut findings: Vec<Finding> = Vec::with_capacity(quantities.len());
        let mut links: Vec<Link> = Vec::with_capacity(quantities.len());
        let mut sentence_of: Vec<usize> = Vec::with_capacity(quantities.len());
        for q in &quantities {
            while sentence_index + 1 < sentences.len() && sentences[sentence_index].end <= q.start {
                sentence_index += 1;
            }
            sentence_of.push(sentence_index);
            let link = if sentences.is_empty() {
                Link::default()
            } else {
                link::link(&context, sentence_index, q)
            };
            findings.push(self.judge(path, q, &link));
            links.push(link);
        }
        let document = Document {
            path,
            text: prose,
            quantities: &quantities,
            links: &links,
            sentence_of: &sentence_of,
            context: &context,
        };
        self.check_consistency(&document, &mut findings, &mut locator);
        findings
    }

    fn judge(&self, path: &str, q: &Quantity, link: &Link) -> Finding {
        let entity = link.entity.map(|e| &self.base.entities[e]);
        let facts: Vec<&Fact> = match (link.entity, &link.attribute) {
            (Some(e), Some(attribute)) => self.base.facts_for(e, attribute, link.to).collect(),
            _ => Vec::new(),
        };
        let fact = verify::best_fact(q, &facts);
        let (verdict, message) = match (fact, entity) {
            (Some(fact), Some(entity)) => {
                let verdict = verify::judge(q, fact, link.states_maximum, self.allowances);
                (verdict, self.fact_message(q, fact, entity, link, verdict))
            }
            _ => (
                Verdict::Unverifiable,
                unverifiable_message(q, link, entity.map(|e| e.name.as_str())),
            ),
        };
        Finding {
            path: path.to_string(),
            line: q.line,
            column: q.column,
            start: q.start,
            end: q.end,
            verdict,
            severity: verdict.severity(),
            text: q.text.clone(),
            entity: entity.map(|e| e.id.clone()),
            attribute: link.attribute.clone().filter(|_| entity.is_some()),
            claim: q.clone(),
            fact: fact.map(|f| FactRef {
                id: f.id.clone(),
                low: f.value.low,
                high: f.value.high,
                unit: f.value.si_unit.clone(),
                source: f.source.clone(),
                value: f.value.describe(),
                as_of: f.as_of.clone(),
                bound: f.value.bound,
            }),
            related: Vec::new(),
            message,
        }
    }

    fn fact_message(
        &self,
        q: &Quantity,
        fact: &Fact,
        entity: &crate::facts::Entity,
        link: &Link,
        verdict: Verdict,
    ) -> String {
        let subject = match link.to {
            Some(other) => format!(
                "{}–{} {}",
                entity.name, self.base.entities[other].name, fact.attribute
            ),
            None => format!("{} {}", entity.name, fact.attribute),
        };
        let says = fact.value.describe();
        let base = format!(
            "{subject} stated as {}; the fact base says {says} (source: {})",
            q.text.trim(),
            fact.source
        );
        match verdict {
            Verdict::Supported => base,
            Verdict::Imprecise => {
                match verify::difference(q, fact, link.states_maximum, self.allowances) {
                    Some(difference) => format!("{base}; {difference}"),
                    None => format!("{base}; the claim reaches outside it"),
                }
            }
            _ => match verify::difference(q, fact, link.states_maximum, self.allowances) {
                Some(difference) => format!("{base}; {difference}"),
                None => base,
            },
        }
    }

    fn check_consistency(
        &self,
        document: &Document<'_>,
        findings: &mut [Finding],
        locator: &mut Locator<'_>,
    ) {
        let Document {
            path,
            text,
            quantities,
            links,
            sentence_of,
            context,
        } = *document;
        let related = |q: &Quantity| Related {
            path: path.to_string(),
            line: q.line,
            column: q.column,
        };
        // The same entity and attribute stated twice with values that cannot both hold.
        let mut earlier_claims: HashMap<(usize, &str, Option<usize>), Vec<usize>> = HashMap::new();
        for later in 0..quantities.len() {
            let (Some(entity), Some(attribute)) =
                (links[later].entity, links[later].attribute.as_deref())
            else {
                continue;
            };
            if attribute == "speed" && !links[later].states_maximum {
                continue;
            }
            let group = earlier_claims
                .entry((entity, attribute, links[later].to))
                .or_default();
            let earlier = group
                .iter()
                .rev()
                .take(MAX_COMPARISONS)
                .copied()
                .find(|&i| {
                    consistency::disagree(&quantities[i], &quantities[later], self.allowances)
                });
            group.push(later);
            if let Some(i) = earlier {
                let line = quantities[i].line;
                let finding = &mut findings[later];
                push_related(finding, related(&quantities[i]));
                if finding.verdict != Verdict::Contradicted {
                    let name = &self.base.entities[entity].name;
                    finding.message = format!(
                        "{name} {attribute} stated as {} here but as {} on line {line}; both cannot hold",
                        quantities[later].text.trim(),
                        quantities[i].text.trim()
                    );
                    finding.verdict = Verdict::Inconsistent;
                    finding.severity = Verdict::Inconsistent.severity();
                }
            }
        }
        // A conversion in brackets that does not convert.
        for pair in quantities.windows(2).enumerate() {
            let (index, [first, second]) = pair else {
                continue;
            };
            if consistency::is_conversion_of(text, first, second)
                && consistency::conversion_fails(first, second)
            {
                let finding = &mut findings[index + 1];
                push_related(finding, related(first));
                if finding.verdict == Verdict::Contradicted {
                    let conversion = consistency::conversion_message(first, second);
                    finding.message = format!("{}; and {conversion}", finding.message);
                } else {
                    finding.message = consistency::conversion_message(first, second);
                    finding.verdict = Verdict::Inconsistent;
                    finding.severity = Verdict::Inconsistent.severity();
                }
            }
        }
        // "hypersonic" or "supersonic" beside a speed that belies it.
        for (index, q) in quantities.iter().enumerate() {
            if q.dimension != crate::quantity::Dimension::Velocity {
                continue;
            }
            let Some(sentence) = context.sentences.get(sentence_of[index]) else {
                continue;
            };
            let (from, to) = link::window(text, sentence, q.start, q.end);
            let nearby = text[from..to].to_ascii_lowercase();
            for &(word, threshold) in consistency::SPEED_WORDS {
                let Some(position) = nearby.find(word) else {
                    continue;
                };
                let word_at = from + position;
                if !self.speed_word_refers_to(context, from, to, word_at, links[index].entity) {
                    continue;
                }
                if consistency::belied_speed_word(q, word, threshold, self.allowances).is_some()
                    && findings[index].verdict != Verdict::Contradicted
                {
                    let (line, column) = locator.locate(word_at);
                    let finding = &mut findings[index];
                    push_related(
                        finding,
                        Related {
                            path: path.to_string(),
                            line,
                            column,
                        },
                    );
                    finding.message = format!(
                        "\"{word}\" means at least Mach {}, but the speed stated is {}",
                        if word == "hypersonic" { "5" } else { "1" },
                        q.text.trim()
                    );
                    finding.verdict = Verdict::Inconsistent;
                    finding.severity = Verdict::Inconsistent.severity();
                }
            }
        }
    }

    /// Whether a speed word at `word_at` describes the entity a claim is linked to: the
    /// entity named nearest the word is the claim's, or the sentence names no entity at all.
    fn speed_word_refers_to(
        &self,
        context: &Context<'_>,
        start: usize,
        end: usize,
        word_at: usize,
        entity: Option<usize>,
    ) -> bool {
        let first = context.mentions.partition_point(|m| m.start < start);
        let nearest = context.mentions[first..]
            .iter()
            .take_while(|m| m.end <= end)
            .min_by_key(|m| m.start.abs_diff(word_at));
        match nearest {
            None => true,
            Some(m) => m.entity.is_some() && m.entity == entity,
        }
    }
}

/// Adds `related` to a finding's related places unless it is there already.
fn push_related(finding: &mut Finding, related: Related) {
    if !finding.related.contains(&related) {
        finding.related.push(related);
    }
}

fn unverifiable_message(q: &Quantity, link: &Link, entity: Option<&str>) -> String {
    let reason = link
        .reason
        .clone()
        .unwrap_or_else(|| match (entity, &link.attribute) {
            (Some(name), Some(attribute)) => format!("the fact base has no {attribute} for {name}"),
            _ => "nothing in the fact base matches it".to_string(),
        });
    format!("{} is not checked: {reason}", q.text.trim())
}

/// Counts of claims by verdict, for a report's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Claims found.
    pub claims: usize,
    /// Supported claims.
    pub supported: usize,
    /// Contradicted claims.
    pub contradicted: usize,
    /// Inconsistent claims.
    pub inconsistent: usize,
    /// Imprecise claims.
    pub imprecise: usize,
    /// Unverifiable claims.
    pub unverifiable: usize,
}

impl Summary {
    /// Counts `findings` over `files` files.
    pub fn of<'f>(files: usize, findings: impl IntoIterator<Item = &'f Finding>) -> Summary {
        let mut summary = Summary {
            files,
            ..Summary::default()
        };
        for finding in findings {
            summary.claims += 1;
            match finding.verdict {
                Verdict::Supported => summary.supported += 1,
                Verdict::Contradicted => summary.contradicted += 1,
                Verdict::Inconsistent => summary.inconsistent += 1,
                Verdict::Imprecise => summary.imprecise += 1,
                Verdict::Unverifiable => summary.unverifiable += 1,
            }
        }
        summary
    }
}
