//! `NF201`: the same entity and attribute stated twice with values that cannot both hold.

use super::Rule;
use crate::check::message::{MessageParts, Restatement};
use crate::check::verify::{Interval, claim_interval};
use crate::check::{Document, Finding, Severity, Verdict};
use std::collections::HashMap;

/// How many earlier statements of the same thing a claim is compared with.
const MAX_COMPARISONS: usize = 64;

/// `NF201`.
pub static RULE: Rule = Rule {
    code: "NF201",
    name: "repeated-value",
    verdict: Some(Verdict::Inconsistent),
    default_severity: Severity::Error,
    summary: "The text states one thing twice with values that cannot both hold.",
    docs: "## What it does
Compares every claim with the earlier claims of the same document about the same entity,
attribute, variant and part (and, for a distance, the same other place), for attributes
the fact base has for that entity: a length stated twice \"in Nepal\" is two things in
Nepal, not Nepal's length. When their intervals do not overlap, allowing 2% for rounding,
the later claim is reported, with the earlier one as the related location, unless the fact
base settles it: a claim the fact base supports when it does not support the other is not
reported (the other one is, against the fact base, with this one as related), and one it
contradicts, finds imprecise or outdated stays so. Inconsistency is for disagreements the fact base cannot settle.

## Why it matters
A reader who meets two values for one thing trusts neither; the error is in the copy
whatever the fact base's value is.

## Example
\"The Tu-160 has a crew of four.\" … \"Its crew of six sat in ejection seats.\": crew stated
as six here but as four on line 1. Decide which statement is right and fix the other.",
    aliases: &[],
};

/// Reports each claim that disagrees with an earlier statement of the same thing.
pub fn check(document: &Document<'_>, findings: &mut [Finding]) {
    let quantities = document.quantities;
    let links = document.links;
    type Subject<'l> = (
        usize,
        &'l str,
        Option<&'l str>,
        Option<&'l str>,
        Option<usize>,
    );
    let mut earlier_claims: HashMap<Subject<'_>, Vec<usize>> = HashMap::new();
    // Each claim's interval, worked out once: a claim is compared with up to
    // MAX_COMPARISONS earlier ones.
    let mut intervals: Vec<Option<Interval>> = vec![None; quantities.len()];
    let mut interval = |i: usize| {
        *intervals[i].get_or_insert_with(|| claim_interval(&quantities[i], document.allowances).0)
    };
    for later in 0..quantities.len() {
        let Some((entity, attribute)) = links[later].subject() else {
            continue;
        };
        // Only an attribute the entity has in the fact base: "the runway in Nepal is 1,200 m
        // long, and the terminal is 80 m long" speaks of two things in Nepal, not of Nepal's
        // length twice.
        if document
            .base
            .facts_for(entity, attribute, links[later].to)
            .next()
            .is_none()
        {
            continue;
        }
        if attribute == "speed" && !links[later].states_maximum {
            continue;
        }
        let group = earlier_claims
            .entry((
                entity,
                attribute,
                links[later].variant.as_deref(),
                links[later].scope.as_deref(),
                links[later].to,
            ))
            .or_default();
        let earlier = group
            .iter()
            .rev()
            .take(MAX_COMPARISONS)
            .copied()
            .find(|&i| disagree(interval(i), interval(later)));
        group.push(later);
        let Some(i) = earlier else { continue };
        // Two statements of different years are two figures, not one stated twice.
        if links[i].years != links[later].years {
            continue;
        }
        // The fact base settles a disagreement when it supports one claim and not the other:
        // the supported claim is the right one (the other is reported against the fact base,
        // and points to it). A contradicted, imprecise or outdated later claim stays so. Two
        // claims a range of the fact base both supports ("a crew of six" and "of seven"
        // against 6–7) are still inconsistent: the fact base cannot say which is meant.
        let (later_verdict, earlier_verdict) = (findings[later].verdict, findings[i].verdict);
        let settled = findings[later].fact.is_some() && later_verdict != Verdict::Supported;
        if later_verdict == Verdict::Supported && earlier_verdict != Verdict::Supported {
            let related = document.related(&quantities[later]);
            if findings[i].severity != Severity::Note {
                findings[i].add_related(related);
            }
            continue;
        }
        let finding = &mut findings[later];
        finding.add_related(document.related(&quantities[i]));
        if !settled {
            let parts = MessageParts {
                restatement: Some(Box::new(Restatement {
                    subject: format!(
                        "{} {}",
                        document.base.entities[entity].name,
                        links[later].qualified(attribute)
                    ),
                    stated: quantities[later].text.trim().to_string(),
                    other: quantities[i].text.trim().to_string(),
                    other_line: quantities[i].line,
                })),
                ..MessageParts::default()
            };
            finding.report(&RULE, parts);
        }
    }
}

/// True when two claims about the same entity and attribute, stating intervals `x` and `y`,
/// cannot both hold. A 2 % slack allows for rounding.
pub fn disagree(x: Interval, y: Interval) -> bool {
    let slack = |v: f64| v.abs() * 0.02;
    x.high + slack(x.high) < y.low - slack(y.low) || y.high + slack(y.high) < x.low - slack(x.low)
}
