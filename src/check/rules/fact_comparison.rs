//! The fact comparison: each claim linked to an entity and attribute is judged against the
//! fact base's value (`NF100`–`NF103`).

use super::Rule;
use crate::check::link::Link;
use crate::check::message::MessageParts;
use crate::check::time;
use crate::check::verify::{self, Allowances, Interval};
use crate::check::{FactRef, Finding, Severity, Verdict};
use crate::facts::{AsOf, Entity, Fact, FactBase};
use crate::quantity::Quantity;

/// `NF100`: the claim lies within the fact.
pub static SUPPORTED: Rule = Rule {
    code: "NF100",
    name: "supported",
    verdict: Some(Verdict::Supported),
    default_severity: Severity::Note,
    summary: "A number the fact base supports.",
    docs: "## What it does
Reports a claim that lies within the fact base's value, widened by the fact's tolerance (and,
for \"about X\", with X inside the fact), or whose rounding, read from the digits it is
written with, holds the fact's value: \"123 million\" for 123,201,945.

## Why it matters
Nothing to fix: supported claims are reported for coverage, so an editor sees how much of the
copy was checked. They are notes, shown with `--all`.

## Example
With the shipped base, \"The Kinzhal has a range of 1,500 to 2,000 km\" is supported by
`kinzhal.range` (1,500–2,000 km).",
    aliases: &["numfact/supported"],
};

/// `NF101`: the claim and the fact do not overlap.
pub static CONTRADICTED: Rule = Rule {
    code: "NF101",
    name: "contradicted",
    verdict: Some(Verdict::Contradicted),
    default_severity: Severity::Error,
    summary: "A number in the text contradicts the fact base.",
    docs: "## What it does
Reports a claim whose value and the fact base's value do not overlap, even after allowing for
the claim's rounding (half a unit of its last written digit; a round number to 5%), its
qualifier (\"about\", \"up to\", \"more than\") and the fact's tolerance. The message
says how far off the claim is (\"twice the maximum\", \"55% below\") and names the source.

## Why it matters
A number that disagrees with a sourced reference value is the error a fact-checker most wants
to catch before publication.

## Example
\"The Kinzhal has a range of 4,000 km\": the fact base says 1,500–2,000 km, so 4,000 km is
twice the maximum. Check the number against the source; correct the copy, or, if the source is
out of date, update the fact base with a newer sourced value.",
    aliases: &["numfact/contradicted"],
};

/// `NF102`: the claim overlaps the fact but reaches outside it.
pub static IMPRECISE: Rule = Rule {
    code: "NF102",
    name: "imprecise",
    verdict: Some(Verdict::Imprecise),
    default_severity: Severity::Warning,
    summary: "A number reaches outside the fact base's value.",
    docs: "## What it does
Reports a claim that overlaps the fact but of which part lies outside: a range wider than the
documented one, or a bound that goes past the documented maximum or minimum.

## Why it matters
The claim is not wrong outright, but it says more than the source supports; a reader takes the
whole range as fact.

## Example
\"The Kinzhal has a range of 1,000 to 2,000 km\" against 1,500–2,000 km: the lower end reaches
below the documented minimum. Narrow the claim to what the source supports, or qualify it.",
    aliases: &["numfact/imprecise"],
};

/// `NF103`: the claim is linked to nothing the fact base knows.
pub static UNVERIFIABLE: Rule = Rule {
    code: "NF103",
    name: "unverifiable",
    verdict: Some(Verdict::Unverifiable),
    default_severity: Severity::Note,
    summary: "A number that could not be checked.",
    docs: "## What it does
Reports a claim that is linked to no entity and attribute the fact base knows, or whose link is
ambiguous because two entities could be meant. The message says why it was not checked.

## Why it matters
numfact never guesses: a claim it cannot link with confidence is left unverifiable rather than
judged against the wrong fact. These are notes, shown with `--all`, so an editor sees coverage.

## Example
\"Three types of strategic bomber were parked on the apron\": no attribute counts types of
bomber. To have such claims checked, add the entity, the attribute and a sourced fact to the
fact base.",
    aliases: &["numfact/unverifiable"],
};

/// `NF104`: the claim matches an earlier figure, or an earlier time.
pub static OUTDATED: Rule = Rule {
    code: "NF104",
    name: "outdated",
    verdict: Some(Verdict::Outdated),
    default_severity: Severity::Warning,
    summary: "A number that was right at an earlier date, not at the article's.",
    docs: "## What it does
Reports a claim about a figure that changes over time (a population, a GDP: an estimate,
or a series of dated figures) that misses the figure valid at the article's date but matches
an earlier figure of the series; or that stands in an article older than every figure of the
series, and lies within what the figure could have been then (5% a year either way). The
article's date is its front matter's `date:`, a dateline at its top, `--as-of`, or `as-of` in
`numfact.toml`; without one, the latest figure counts. A year the sentence names (\"in
2010\") picks that year's figure instead.

## Why it matters
A figure copied from an old source, or an archive article republished, is not an invention:
it needs updating, not correcting. Calling it contradicted would send an editor after an error
that is not there.

## Example
With figures of 158 million (2010) and 208 million (2020), \"Examplestan's population of 158
million\" in an undated article is outdated: it matches the 2010 figure; the fact base's latest
is the 2020 figure of 208 million. In an article dated 2001, \"120 million\" against a 2025
estimate of 237 million is outdated: the article predates the figure.",
    aliases: &[],
};

/// The rule of a verdict of the fact comparison.
pub fn rule_of(verdict: Verdict) -> &'static Rule {
    match verdict {
        Verdict::Supported => &SUPPORTED,
        Verdict::Contradicted => &CONTRADICTED,
        Verdict::Imprecise => &IMPRECISE,
        Verdict::Outdated => &OUTDATED,
        Verdict::Unverifiable | Verdict::Inconsistent => &UNVERIFIABLE,
    }
}

/// Judges claim `q` of the document `path`, linked as `link`, against `base`, for an
/// article dated `article`: one finding.
pub fn judge(
    base: &FactBase,
    allowances: Allowances,
    path: &str,
    q: &Quantity,
    link: &Link,
    article: Option<AsOf>,
) -> Finding {
    let entity = link.entity.map(|e| &base.entities[e]);
    let facts: Vec<&Fact> = match link.subject() {
        Some((e, attribute)) => base
            .facts_for(e, attribute, link.to)
            .filter(|f| {
                f.variant == link.variant
                    && f.scope.as_ref().map(|s| &s.name) == link.scope.as_ref()
            })
            .collect(),
        _ => Vec::new(),
    };
    let unverifiable = |reason: Option<String>| {
        let message = unverifiable_message(q, link, reason, entity.map(|e| e.name.as_str()));
        (Verdict::Unverifiable, None, MessageParts::summary(message))
    };
    let (verdict, fact, parts) = match (time::figures(facts, &link.years, article), entity) {
        // "hundreds of homes" names a magnitude; its interval is a reading, not a claim.
        _ if q.vague => (
            Verdict::Unverifiable,
            None,
            MessageParts::summary(format!(
                "{} is not checked: a vague magnitude states no figure",
                q.text.trim()
            )),
        ),
        (Err(reason), _) => unverifiable(Some(reason)),
        (Ok(figures), Some(entity)) => match verify::best_fact(q, &figures.current) {
            Some(fact) => {
                let claim = Claim {
                    base,
                    allowances,
                    q,
                    entity,
                    link,
                    article,
                };
                claim.judge_in_time(fact, &figures)
            }
            None => unverifiable(None),
        },
        (Ok(_), None) => unverifiable(None),
    };
    let rule = rule_of(verdict);
    let fact: Option<&Fact> = fact;
    Finding {
        path: path.to_string(),
        line: q.line,
        column: q.column,
        start: q.start,
        end: q.end,
        verdict,
        severity: rule.default_severity,
        rule,
        text: q.text.clone(),
        entity: entity.map(|e| e.id.clone()),
        attribute: link.attribute.clone().filter(|_| entity.is_some()),
        claim: q.clone(),
        fact: fact.map(|f| {
            Box::new(FactRef {
                id: f.id.clone(),
                low: f.value.low,
                high: f.value.high,
                unit: f.value.si_unit.clone(),
                source: f.source.clone(),
                value: f.value.describe(),
                as_of: f.as_of.clone(),
                bound: f.value.bound,
                variant: f.variant.clone(),
                scope: f.scope.as_ref().map(|s| s.name.clone()),
            })
        }),
        related: Vec::new(),
        parts,
        link: fact.and(link.evidence.clone()).map(Box::new),
        suggestion: None,
    }
}

/// A claim linked to an entity with facts for its attribute, being judged.
struct Claim<'c> {
    base: &'c FactBase,
    allowances: Allowances,
    q: &'c Quantity,
    entity: &'c Entity,
    link: &'c Link,
    article: Option<AsOf>,
}

impl<'c> Claim<'c> {
    /// The verdict against `fact`, the current figure of `figures`, and the time around it:
    /// a claim that misses it may match an earlier figure, lie between the figures before
    /// and after the article's date, or stand in an article older than every figure.
    fn judge_in_time<'f>(
        &self,
        fact: &'f Fact,
        figures: &time::Figures<'f>,
    ) -> (Verdict, Option<&'f Fact>, MessageParts) {
        let verdict = self.verdict(fact);
        if verdict == Verdict::Supported {
            return (verdict, Some(fact), self.message(fact, verdict));
        }
        let stated = self.q.text.trim();
        let other = figures
            .earlier
            .iter()
            .find(|f| self.verdict(f) == Verdict::Supported);
        if let (Some(other), true) = (other, figures.named_year) {
            let message = format!(
                "{stated} is not checked: it matches the fact base's {} of {}, not the {} of \
                 the year its sentence names",
                time::figure_name(other),
                other.value.describe(),
                time::figure_name(fact)
            );
            return (Verdict::Unverifiable, None, MessageParts::summary(message));
        }
        if let Some(old) = other {
            let now = match (self.link.years.is_empty(), self.article) {
                (false, _) => format!("the {} of the year it names", time::figure_name(fact)),
                (true, Some(date)) => format!(
                    "the {} valid at the article's date ({date})",
                    time::figure_name(fact)
                ),
                (true, None) => format!("its latest (the {})", time::figure_name(fact)),
            };
            let mut parts = self.message(fact, Verdict::Outdated);
            parts.difference = Some(format!(
                "{stated} matches the fact base's {} of {}, not {now}",
                time::figure_name(old),
                old.value.describe(),
            ));
            return (Verdict::Outdated, Some(fact), parts);
        }
        let (claimed, _) = verify::claim_interval(self.q, self.allowances);
        if let Some(next) = figures.next {
            let span = Interval {
                low: fact.value.low.min(next.value.low),
                high: fact.value.high.max(next.value.high),
            };
            if claimed.overlaps(&span) {
                let mut parts = self.message(fact, Verdict::Supported);
                parts.difference = Some(format!(
                    "the article's date falls between that {} and the {} of {}, and {stated} \
                     lies between the two",
                    time::figure_name(fact),
                    time::figure_name(next),
                    next.value.describe()
                ));
                return (Verdict::Supported, Some(fact), parts);
            }
        }
        if let (Some(article), Some(date)) = (figures.predates, fact.as_of_date) {
            // Only a count or an amount of money grows by a share a year; a rate, an age or a
            // percentage in an older article is not judged against a later figure.
            let grows = matches!(
                self.q.dimension,
                crate::quantity::Dimension::Count | crate::quantity::Dimension::Currency
            );
            let factor = if grows {
                time::plausible_factor(article, date)
            } else {
                1.0
            };
            let then = Interval {
                low: fact.value.low.min(fact.value.high) / factor,
                high: fact.value.high.max(fact.value.low) * factor,
            };
            let reason = format!(
                "the article is dated {article}, before the fact base's {}",
                time::figure_name(fact),
            );
            if !claimed.overlaps(&then) {
                let why = if grows {
                    ", and it is further from that figure than the years between explain"
                } else {
                    ""
                };
                let message = format!(
                    "{stated} is not checked: {reason} ({}){why}",
                    fact.value.describe()
                );
                return (Verdict::Unverifiable, None, MessageParts::summary(message));
            }
            let mut parts = self.message(fact, Verdict::Outdated);
            parts.difference = Some(format!("{reason}; {stated} may have been right then"));
            return (Verdict::Outdated, Some(fact), parts);
        }
        (verdict, Some(fact), self.message(fact, verdict))
    }

    /// The verdict of the claim against one fact.
    fn verdict(&self, fact: &Fact) -> Verdict {
        verify::judge(self.q, fact, self.link.states_maximum, self.allowances)
    }

    /// The message of the claim judged `verdict` against `fact`.
    fn message(&self, fact: &Fact, verdict: Verdict) -> MessageParts {
        let (base, entity, link, q) = (self.base, self.entity, self.link, self.q);
        let subject = match link.to {
            Some(other) => format!(
                "{}–{} {}",
                entity.name, base.entities[other].name, fact.attribute
            ),
            None => format!("{} {}", entity.name, link.qualified(&fact.attribute)),
        };
        let difference = match verdict {
            Verdict::Supported | Verdict::Outdated => None,
            _ => verify::difference(q, fact, link.states_maximum, self.allowances).or_else(|| {
                (verdict == Verdict::Imprecise).then(|| "the claim reaches outside it".to_string())
            }),
        };
        MessageParts {
            summary: format!(
                "{subject} stated as {}; the fact base says {}",
                q.text.trim(),
                fact.value.describe()
            ),
            source: Some(fact.source.clone()),
            difference,
            ..MessageParts::default()
        }
    }
}

fn unverifiable_message(
    q: &Quantity,
    link: &Link,
    dated_elsewhere: Option<String>,
    entity: Option<&str>,
) -> String {
    let reason = link.reason.clone().or(dated_elsewhere).unwrap_or_else(|| {
        match (entity, &link.attribute) {
            (Some(name), Some(attribute)) => {
                format!(
                    "the fact base has no {} for {name}",
                    link.qualified(attribute)
                )
            }
            _ => "nothing in the fact base matches it".to_string(),
        }
    });
    format!("{} is not checked: {reason}", q.text.trim())
}
