//! Linking on sentences of our own, one fixture per cause of false alarms found on real
//! prose (`tests/fixtures/linking/`): counts of people, parts, different things in one
//! sentence, the wrong entity, deployments, other quantities of the right dimension, one
//! attribute per number, sentence splitting, and claims that should link; and
//! `0-issue-sentences.txt`, the sentences the linking issue gives for each cause. Each snapshot lists
//! every claim with its verdict, the fact it was judged against and the evidence or the
//! reason, checked by hand against what a reader of the sentence expects.

mod common;

use numfact::check::{Checker, Verdict};
use numfact::facts::FactBase;

#[test]
fn linking_fixture_snapshots() {
    let base = FactBase::shipped().expect("the shipped base is valid");
    let checker = Checker::new(&base);
    let settings = common::fixture_snapshot_settings(
        "numfact check (shipped base, with the world base) on sentences of our own: line, claim, \
         verdict, fact, and how it was linked or why not",
    );
    let _scope = settings.bind_to_scope();
    insta::glob!("fixtures/linking/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixtures are UTF-8");
        let findings = checker.check("fixture.txt", &text);
        let mut lines = Vec::new();
        for finding in &findings {
            let outcome = match (&finding.fact, &finding.link) {
                (Some(fact), Some(link)) => {
                    let mut how = format!("{} ← {}", fact.id, link.rule);
                    if let Some(words) = &link.entity_words {
                        how.push_str(&format!(" {words:?}"));
                    }
                    if let Some(words) = &link.attribute_words {
                        how.push_str(&format!(", {words:?}"));
                    }
                    how
                }
                _ => finding
                    .message()
                    .split_once(" is not checked: ")
                    .map_or_else(|| finding.message(), |(_, why)| why.to_string()),
            };
            lines.push(format!(
                "{:>2} {:<34} {:<12} {outcome}",
                finding.line,
                format!("{:?}", finding.text),
                verdict_name(finding.verdict)
            ));
        }
        insta::assert_snapshot!("linking", lines.join("\n"));
    });
}

fn verdict_name(verdict: Verdict) -> &'static str {
    verdict.name()
}
