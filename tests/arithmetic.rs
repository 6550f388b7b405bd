//! The article against itself: the arithmetic rules on sentences of our own, with no fact
//! base (`tests/fixtures/arithmetic/`). For each rule, `RULE.correct.txt` holds statements
//! whose arithmetic holds at the writer's precision, and the traps the rule must not read (a
//! hedged verb, "respectively", two currencies, percentage points); `RULE.planted.txt` holds
//! one planted error per paragraph. Each file's findings are snapshotted: the planted ones with
//! the arithmetic shown and the suggested replacement, the correct ones with what was verified.

mod common;

use numfact::check::{Checker, Finding, Severity};
use numfact::facts::FactBase;
use std::path::Path;

fn empty_base() -> FactBase {
    FactBase::from_sources(Vec::new()).expect("an empty fact base is valid")
}

/// The paragraph (1-based, by blank lines, after any front matter) each line of `text` is
/// in.
fn paragraph_of_line(text: &str, line: usize) -> usize {
    let front_matter = front_matter_lines(text);
    text.lines()
        .take(line)
        .skip(front_matter)
        .filter(|l| l.trim().is_empty())
        .count()
        // The blank line after front matter opens the first paragraph.
        + usize::from(front_matter == 0)
}

/// How many lines the front matter (`---` … `---`, then a blank line) takes, or 0. The
/// fixtures of the age rule date themselves this way.
fn front_matter_lines(text: &str) -> usize {
    if !text.starts_with("---\n") {
        return 0;
    }
    text.lines()
        .skip(1)
        .position(|l| l == "---")
        .map_or(0, |closing| closing + 2)
}

fn describe(text: &str, finding: &Finding) -> String {
    let mut line = format!(
        "{:>2} {} {:?}: {}",
        paragraph_of_line(text, finding.line),
        finding.code(),
        finding.text,
        finding.message()
    );
    if let Some(suggestion) = &finding.suggestion {
        let replaced = &text[suggestion.span.start..suggestion.span.end];
        line.push_str(&format!(
            " [suggest {replaced:?} → {:?}]",
            suggestion.replacement
        ));
    }
    line
}

#[test]
fn arithmetic_fixture_snapshots() {
    let base = empty_base();
    let checker = Checker::new(&base);
    let settings = common::fixture_snapshot_settings(
        "numfact check --facts none on sentences of our own, one per paragraph: each flagged \
         finding with its arithmetic and suggestion; for correct statements, what was verified",
    );
    let _scope = settings.bind_to_scope();
    insta::glob!("fixtures/arithmetic/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixtures are UTF-8");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 name");
        let (rule, kind) = name
            .trim_end_matches(".txt")
            .rsplit_once('.')
            .expect("RULE.correct.txt or RULE.planted.txt");
        let findings = checker.check(name, &text);
        let body: String = text
            .lines()
            .skip(front_matter_lines(&text))
            .collect::<Vec<_>>()
            .join("\n");
        let paragraphs = body.split("\n\n").filter(|p| !p.trim().is_empty()).count();
        let flagged: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        match kind {
            "correct" => assert!(
                flagged.is_empty(),
                "{name}: {:#?}",
                flagged
                    .iter()
                    .map(|f| describe(&text, f))
                    .collect::<Vec<_>>()
            ),
            "planted" => {
                assert!(paragraphs >= 10, "{name}: {paragraphs} planted errors");
                for paragraph in 1..=paragraphs {
                    let here: Vec<_> = flagged
                        .iter()
                        .filter(|f| paragraph_of_line(&text, f.line) == paragraph)
                        .collect();
                    assert!(
                        here.len() == 1 && here[0].rule.name == rule,
                        "{name}, paragraph {paragraph}: {:?}",
                        here.iter().map(|f| describe(&text, f)).collect::<Vec<_>>()
                    );
                }
            }
            other => panic!("{name}: {other} is neither correct nor planted"),
        }
        if kind == "correct" {
            assert!(paragraphs >= 15, "{name}: {paragraphs} correct statements");
        }
        let shown: Vec<String> = if kind == "planted" {
            flagged.iter().map(|f| describe(&text, f)).collect()
        } else {
            findings
                .iter()
                .filter(|f| f.message().contains("its arithmetic holds"))
                .map(|f| {
                    let verified = f
                        .message()
                        .split_once("its arithmetic holds: ")
                        .map(|(_, what)| what.to_string())
                        .unwrap_or_default();
                    format!("{:>2} holds: {verified}", paragraph_of_line(&text, f.line))
                })
                .collect()
        };
        insta::assert_snapshot!("arithmetic", shown.join("\n"));
    });
}

#[test]
fn every_rule_file_names_a_rule() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/arithmetic");
    for entry in std::fs::read_dir(dir).expect("the fixtures are readable") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        let rule = name.split('.').next().unwrap_or_default();
        assert!(
            numfact::check::rules::lookup(rule).is_some(),
            "{name} names no rule"
        );
    }
}

#[test]
fn long_multibyte_words_after_a_figure_do_not_panic() {
    let base = empty_base();
    let checker = Checker::new(&base);
    // More than 120 bytes of multibyte letters after the base of a comparison, a fraction and
    // a prison term, with no punctuation to end the clause.
    let tail = "é".repeat(200);
    for text in [
        format!("The city has 4,000 nurses, twice as many as the 2,000 {tail}"),
        format!("Some 300 of the 900 staff, a third{tail}"),
        format!("Jailed in 2010 for 25 years{tail} due for release in 2040"),
        format!("The $60,000 prize was shared among 12 players, or $5,000 {tail}"),
    ] {
        let findings = checker.check("t.txt", &text);
        assert!(!findings.is_empty(), "{text}");
    }
}

#[test]
fn sentences_of_magnitudes_and_multipliers_only_are_not_read() {
    let base = empty_base();
    let checker = Checker::new(&base);
    // Vague magnitudes and multipliers are words to the arithmetic rules, not figures; a
    // sentence with nothing else has no figures for them (this panicked NF209 once).
    for text in [
        "Hundreds of homes burned and tens of thousands of people fled.",
        "Dozens of people, hundreds of cars and thousands of homes were lost.",
        "Sales grew fivefold, then tenfold.",
        "Of the thousands of fans, hundreds of them were injured.",
    ] {
        let findings = checker.check("t.txt", text);
        assert!(
            findings.iter().all(|f| f.severity < Severity::Warning),
            "{text}: {findings:?}"
        );
    }
    // "grew fivefold" still states a multiple between two figures.
    let text = "Sales grew fivefold to $400 million from $100 million.";
    let flagged: Vec<_> = checker
        .check("t.txt", text)
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| f.rule.code)
        .collect();
    assert_eq!(flagged, ["NF206"], "{text}");
}
