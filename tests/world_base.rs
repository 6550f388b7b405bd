//! The shipped world base (`facts/world/`, generated from the CIA World Factbook 2025) and the
//! fact-format features it needs: variants, scopes, series, counts, kinds and implied
//! precision, each checked through sentences of our own against the shipped base.

use numfact::check::{Checker, Finding, Verdict};
use numfact::facts::FactBase;
use std::collections::BTreeSet;
use std::path::Path;

fn shipped() -> FactBase {
    FactBase::shipped().expect("the shipped fact base is valid")
}

/// The finding of the claim whose text is `claim` in `text`.
fn finding<'f>(findings: &'f [Finding], claim: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.text == claim)
        .unwrap_or_else(|| panic!("no claim {claim:?} in {findings:#?}"))
}

#[test]
fn the_world_base_covers_every_entry_with_sourced_dated_facts() {
    let base = shipped();
    let world_entities: Vec<_> = base
        .entities
        .iter()
        .filter(|e| e.origin.path.starts_with("facts/world/"))
        .collect();
    let places = world_entities
        .iter()
        .filter(|e| matches!(e.kind.as_deref(), Some("country" | "territory")))
        .count();
    assert!(places >= 250, "{places} countries and territories");
    let world_facts: Vec<_> = base
        .facts
        .iter()
        .filter(|f| f.origin.path.starts_with("facts/world/"))
        .collect();
    assert!(world_facts.len() >= 4000, "{} facts", world_facts.len());
    for fact in &world_facts {
        assert!(
            fact.source.starts_with("CIA World Factbook 2025, "),
            "{}: {}",
            fact.id,
            fact.source
        );
        assert!(fact.as_of_date.is_some(), "{} has no valid as_of", fact.id);
    }
    assert!(
        base.warnings.is_empty(),
        "the shipped base loads without warnings: {:?}",
        base.warnings
    );
}

#[test]
fn the_embedded_files_are_the_files_in_facts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = BTreeSet::new();
    for dir in ["facts", "facts/world"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("facts/ is readable") {
            let path = entry.expect("readable").path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().expect("a name").to_string_lossy();
                on_disk.insert(format!("{dir}/{name}"));
            }
        }
    }
    let embedded: BTreeSet<String> = numfact::facts::shipped_paths()
        .map(str::to_string)
        .collect();
    assert_eq!(embedded, on_disk);
}

/// The three sentences, written our own way: each links to the intended fact.
#[test]
fn sentences_link_to_the_intended_world_facts() {
    let base = shipped();
    let checker = Checker::new(&base);
    for (text, claim, fact) in [
        (
            "Kenya's coastline is 636 km long.",
            "636 km",
            "kenya.coastline",
        ),
        (
            "Kenya straddles the equator. The country has a population of 65 million.",
            "population of 65 million",
            "kenya.population",
        ),
        (
            "Luxembourg's highest point is 659 m.",
            "659 m",
            "luxembourg.elevation.highest",
        ),
        (
            "At its highest point the land reaches 659 m in Luxembourg.",
            "659 m",
            "luxembourg.elevation.highest",
        ),
    ] {
        let findings = checker.check("t.txt", text);
        let found = finding(&findings, claim);
        assert_eq!(
            found.fact.as_ref().map(|f| f.id.as_str()),
            Some(fact),
            "{text}: {}",
            found.message()
        );
    }
}

/// Each wall of the old format, as a sentence and the verdict and fact it must get.
#[test]
fn variants_scopes_series_and_counts_decide_the_fact() {
    let base = shipped();
    let checker = Checker::new(&base);
    let cases: &[(&str, &str, Verdict, Option<&str>)] = &[
        // Variants: the land area beside the area, PPP beside the official rate, the mean
        // elevation beside the highest point.
        (
            "France has a land area of 640,427 sq km.",
            "640,427 sq km",
            Verdict::Supported,
            Some("france.area.land"),
        ),
        (
            "France covers 643,801 sq km.",
            "643,801 sq km",
            Verdict::Supported,
            Some("france.area"),
        ),
        (
            "France's GDP at purchasing power parity was $3.7 trillion in 2024.",
            "$3.7 trillion",
            Verdict::Supported,
            Some("france.gdp.ppp.2024"),
        ),
        (
            "France's GDP was $3.2 trillion.",
            "$3.2 trillion",
            Verdict::Supported,
            Some("france.gdp"),
        ),
        (
            "The mean elevation of France is 375 m.",
            "375 m",
            Verdict::Supported,
            Some("france.elevation.mean"),
        ),
        // A scope: metropolitan France is a part, selected by its own word.
        (
            "Metropolitan France covers 551,500 sq km.",
            "551,500 sq km",
            Verdict::Supported,
            Some("france.area.metropolitan_france"),
        ),
        (
            "France covers 643,801 sq km, of which metropolitan France is 551,500 sq km.",
            "643,801 sq km",
            Verdict::Unverifiable,
            None,
        ),
        // A series: the year the sentence names picks its figure; an old year matches none.
        (
            "In 2022, France's GDP at purchasing power parity stood at $3.655 trillion.",
            "$3.655 trillion",
            Verdict::Supported,
            Some("france.gdp.ppp.2022"),
        ),
        (
            "In 1990, Kenya had a population of 24 million.",
            "population of 24 million",
            Verdict::Unverifiable,
            None,
        ),
        // Counts of people are not a population unless the clause says population.
        (
            "An avalanche in Austria killed 12 people.",
            "12 people",
            Verdict::Unverifiable,
            None,
        ),
        (
            "Britain keeps about 900 soldiers in Estonia.",
            "about 900 soldiers",
            Verdict::Unverifiable,
            None,
        ),
        // Implied precision: "123 million" is right for 123,201,945 (Japan, 2025 est.).
        (
            "Japan has a population of 123 million people.",
            "population of 123 million",
            Verdict::Supported,
            Some("japan.population"),
        ),
        (
            "Japan has a population of 130 million people.",
            "population of 130 million",
            Verdict::Contradicted,
            Some("japan.population"),
        ),
        // Exact aliases: "US" in capitals is the United States; "us" is not.
        (
            "The US has a coastline of 19,924 km.",
            "19,924 km",
            Verdict::Supported,
            Some("united_states.coastline"),
        ),
        // A stop phrase: New Guinea is an island, not Guinea.
        (
            "New Guinea has a coastline of 320 km.",
            "320 km",
            Verdict::Unverifiable,
            None,
        ),
    ];
    for &(text, claim, verdict, fact) in cases {
        let findings = checker.check("t.txt", text);
        let found = finding(&findings, claim);
        assert_eq!(
            (found.verdict, found.fact.as_ref().map(|f| f.id.as_str())),
            (verdict, fact),
            "{text}: {}",
            found.message()
        );
    }
}

/// The fact files' values are read through [`numfact::facts::ValueReader`], which reads a
/// plain number among words like the same words after "1", scaled: for every value of the
/// shipped base it gives what the full grammar gives.
#[test]
fn the_value_reader_reads_every_shipped_value_as_the_grammar_does() {
    let base = shipped();
    let mut reader = numfact::facts::ValueReader::default();
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12);
    for fact in &base.facts {
        let written = &fact.value.quantity.text;
        let full = numfact::facts::parse_value(written).expect("a shipped value reads");
        let read = reader.read(written).expect("a shipped value reads");
        assert!(
            close(full.low, read.low)
                && close(full.high, read.high)
                && full.si_unit == read.si_unit
                && full.dimension == read.dimension
                && full.bound == read.bound
                && full.approximate == read.approximate
                && full.quantity.unit == read.quantity.unit
                && full.quantity.qualifier == read.quantity.qualifier
                && close(full.quantity.low, read.quantity.low),
            "{}: {written:?} reads as {full:?} by the grammar, {read:?} by the reader",
            fact.id
        );
    }
}
