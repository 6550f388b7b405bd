//! The fact comparison: each claim linked to an entity and attribute is judged against the
//! fact base's value (`NF100`–`NF103`).

use super::Rule;
use crate::check::link::Link;
use crate::check::message::MessageParts;
use crate::check::verify::{self, Allowances};
use crate::check::{FactRef, Finding, Severity, Verdict};
use crate::facts::{Entity, Fact, FactBase};
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

/// The rule of a verdict of the fact comparison.
pub fn rule_of(verdict: Verdict) -> &'static Rule {
    match verdict {
        Verdict::Supported => &SUPPORTED,
        Verdict::Contradicted => &CONTRADICTED,
        Verdict::Imprecise => &IMPRECISE,
        Verdict::Unverifiable | Verdict::Inconsistent => &UNVERIFIABLE,
    }
}

/// Judges claim `q` of the document `path`, linked as `link`, against `base`: one finding.
pub fn judge(
    base: &FactBase,
    allowances: Allowances,
    path: &str,
    q: &Quantity,
    link: &Link,
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
    let (facts, dated_elsewhere) = in_time(facts, &link.years);
    let fact = verify::best_fact(q, &facts);
    let (verdict, parts) = match (fact, entity) {
        (Some(fact), Some(entity)) => {
            let verdict = verify::judge(q, fact, link.states_maximum, allowances);
            let parts = fact_message(base, allowances, q, fact, entity, link, verdict);
            (verdict, parts)
        }
        _ => (
            Verdict::Unverifiable,
            MessageParts::summary(unverifiable_message(
                q,
                link,
                dated_elsewhere,
                entity.map(|e| e.name.as_str()),
            )),
        ),
    };
    let rule = rule_of(verdict);
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
        fact: fact.map(|f| FactRef {
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
        }),
        related: Vec::new(),
        parts,
        link: fact.and(link.evidence.clone()),
    }
}

/// The facts of a series that a claim's time allows, latest first. A fact that changes over
/// time (an estimate, or one of a series of dated figures: a population, a GDP) is judged
/// only when the claim's sentence names no year, or names its year (or the year beside it);
/// "in 1856 the population of 193" is not judged against a 2025 estimate. Facts that do not
/// change (an area, a range) are judged whatever year the sentence names. The second value
/// says why nothing is left, when the years ruled every fact out.
fn in_time<'f>(mut facts: Vec<&'f Fact>, years: &[i32]) -> (Vec<&'f Fact>, Option<String>) {
    facts.sort_by_key(|f| std::cmp::Reverse(f.as_of_date));
    let dated = facts.iter().filter(|f| f.as_of_date.is_some()).count();
    let changes = |f: &Fact| f.as_of_date.is_some_and(|d| d.estimate) || dated > 1;
    if years.is_empty() || !facts.iter().any(|f| changes(f)) {
        return (facts, None);
    }
    // How far a fact's year is from the nearest year named; the nearest facts are kept.
    let gap = |f: &Fact| {
        f.as_of_date
            .and_then(|d| years.iter().map(|&y| (y - d.year).abs()).min())
    };
    let nearest = facts.iter().filter_map(|f| gap(f)).min();
    if let Some(nearest) = nearest.filter(|&g| g <= 1) {
        let kept = facts.iter().copied().filter(|f| gap(f) == Some(nearest));
        return (kept.collect(), None);
    }
    let figures: Vec<String> = facts
        .iter()
        .filter_map(|f| f.as_of_date.map(|d| d.to_string()))
        .collect();
    let named: Vec<String> = years.iter().map(i32::to_string).collect();
    let reason = format!(
        "its sentence speaks of {}, and the fact base's figures are for {}",
        named.join(" and "),
        figures.join(", ")
    );
    (Vec::new(), Some(reason))
}

fn fact_message(
    base: &FactBase,
    allowances: Allowances,
    q: &Quantity,
    fact: &Fact,
    entity: &Entity,
    link: &Link,
    verdict: Verdict,
) -> MessageParts {
    let subject = match link.to {
        Some(other) => format!(
            "{}–{} {}",
            entity.name, base.entities[other].name, fact.attribute
        ),
        None => format!("{} {}", entity.name, link.qualified(&fact.attribute)),
    };

    let difference = match verdict {
        Verdict::Supported => None,
        _ => verify::difference(q, fact, link.states_maximum, allowances).or_else(|| {
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
