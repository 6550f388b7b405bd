//! Judging a number at the precision it was written with, and at the time it was written:
//! implied precision, conversions in brackets, article dates and the `outdated` verdict,
//! contradiction before inconsistency. Every expected verdict below is worked out by hand in
//! the comment beside it, against `tests/fixtures/judgement/facts.toml`.

mod common;

use common::{code, numfact, text};
use numfact::check::{Checker, Finding, Verdict};
use numfact::facts::{AsOf, FactBase};
use std::path::{Path, PathBuf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn facts_path() -> PathBuf {
    manifest_dir().join("tests/fixtures/judgement/facts.toml")
}

fn base() -> FactBase {
    FactBase::load(&facts_path()).expect("the judgement fixture base is valid")
}

/// The findings of `text`, checked as one document.
fn check(base: &FactBase, text: &str) -> Vec<Finding> {
    Checker::new(base).check("article.txt", text)
}

/// The finding of the claim whose text is `claim`.
fn finding<'f>(findings: &'f [Finding], claim: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.text == claim)
        .unwrap_or_else(|| panic!("no claim {claim:?} in {findings:#?}"))
}

/// Each sentence's one claim, checked on its own, has the verdict expected.
fn assert_verdicts(base: &FactBase, cases: &[(&str, Verdict)]) {
    let mut wrong = Vec::new();
    for &(sentence, expected) in cases {
        let findings = check(base, sentence);
        match findings.as_slice() {
            [only] if only.verdict == expected => {}
            [only] => wrong.push(format!(
                "{sentence}: {} (expected {}): {}",
                only.verdict.name(),
                expected.name(),
                only.message()
            )),
            other => wrong.push(format!("{sentence}: {} claims", other.len())),
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn numbers_are_judged_at_the_precision_they_are_written_with() {
    use Verdict::*;
    let base = base();
    // The Long Bridge is 2,737 m long; Testland has 123,201,945 people and covers 377,975
    // sq km; the Test Carrier displaces 58,500 t. No fact states a tolerance: the default
    // is 0%, and only the claim's own rounding (and "about") widens it.
    assert_verdicts(
        &base,
        &[
            ("The Long Bridge is 2,737 metres long.", Supported),
            // 2.65–2.75 km holds 2.737 km.
            ("The Long Bridge is 2.7 km long.", Supported),
            // 2.75–2.85 km does not.
            ("The Long Bridge is 2.8 km long.", Contradicted),
            // About: 2.8 km ± 10% is 2.52–3.08 km, which holds it.
            ("The Long Bridge is about 2.8 km long.", Supported),
            // Nearly falls short: 2.52–2.85 km.
            ("The Long Bridge is nearly 2.8 km long.", Supported),
            // Almost 2.7 km: 2.43–2.75 km.
            ("The Long Bridge is almost 2.7 km long.", Supported),
            ("The Long Bridge is more than 2.5 km long.", Supported),
            // A bound stays a bound: 3 km and more leaves 2.737 km out.
            ("The Long Bridge is more than 3 km long.", Contradicted),
            ("The Long Bridge is less than 3 km long.", Supported),
            // 1.7 mi is 2,735.9 m; half a tenth of a mile is 80.5 m either way.
            ("The Long Bridge is 1.7 miles long.", Supported),
            // 1.9 mi is 3,057.7 m ± 80.5 m.
            ("The Long Bridge is 1.9 miles long.", Contradicted),
            // A round 9,000 ft is read to 5%: 8,550–9,450 ft, 2,606–2,880 m.
            ("The Long Bridge is 9,000 feet long.", Supported),
            // 8,980 ft is 2,737.1 m, to the nearest 10 ft (±1.5 m).
            ("The Long Bridge is 8,980 feet long.", Supported),
            // 8,900 ft to the nearest 100 ft is 2,697–2,728 m.
            ("The Long Bridge is 8,900 feet long.", Contradicted),
            // 122.5–123.5 million.
            ("Testland has a population of 123 million.", Supported),
            // 123.15–123.25 million.
            ("Testland has a population of 123.2 million.", Supported),
            // 123.25–123.35 million leaves 123.20 out.
            ("Testland has a population of 123.3 million.", Contradicted),
            // A round 120 million is read to 5%: 114–126 million.
            ("Testland has a population of 120 million.", Supported),
            // About 125 million: 112.5–137.5 million.
            ("Testland has a population of about 125 million.", Supported),
            // 125.5–126.5 million.
            ("Testland has a population of 126 million.", Contradicted),
            ("Testland has a population of 123,201,945.", Supported),
            // 123,201,900 is read to the hundred: 123,201,850–123,201,950.
            ("Testland has a population of 123,201,900.", Supported),
            ("Testland covers 377,975 sq km.", Supported),
            // 145,937 sq mi × 2.589988 = 377,975.1 sq km, ± 1.3 sq km.
            ("Testland covers 145,937 sq mi.", Supported),
            // 146,000 sq mi to the thousand: 145,500–146,500 sq mi, 376,844–379,434 sq km.
            ("Testland covers 146,000 square miles.", Supported),
            // 150,000 sq mi to the ten thousand: 145,000–155,000 sq mi holds 145,937.
            ("Testland covers 150,000 square miles.", Supported),
            // 140,000 sq mi: 135,000–145,000 sq mi leaves 145,937 out.
            ("Testland covers 140,000 square miles.", Contradicted),
            (
                "The Test Carrier has a displacement of 58,500 tonnes.",
                Supported,
            ),
            // 64,500 short tons is 58,513 t; to the hundred tons (±45 t) it holds 58,500 t.
            (
                "The Test Carrier has a displacement of 64,500 tons.",
                Supported,
            ),
            // 58,500 short tons is only 53,070 t.
            (
                "The Test Carrier has a displacement of 58,500 tons.",
                Contradicted,
            ),
        ],
    );
}

/// The NF202 finding of `text`, if any.
fn conversion_finding(base: &FactBase, text: &str) -> Option<String> {
    check(base, text)
        .into_iter()
        .find(|f| f.code() == "NF202")
        .map(|f| f.message())
}

#[test]
fn conversions_in_brackets_are_judged_at_the_precision_of_either_figure() {
    let base = base();
    // (sentence, whether NF202 reports it): each by hand, in both directions.
    let cases: &[(&str, bool)] = &[
        // 7 km is 4.35 mi: "4" is written to the mile.
        ("The trail is 7 km (4 mi) long.", false),
        ("The trail is 7 km (9 mi) long.", true),
        // 4 mi is 6.44 km, and "7" to the km (with 2% for the factor) is 6.36–7.64 km.
        ("The trail is 4 mi (7 km) long.", false),
        ("The trail is 4 mi (9 km) long.", true),
        // End by end: 5 km is 3.11 mi, 10 km is 6.21 mi.
        ("The trails are 5-10 km (3-6 mi) long.", false),
        ("The trails are 5-10 km (3-9 mi) long.", true),
        // 100 °F is 37.8 °C.
        ("It was 100 °F (38 °C) in the shade.", false),
        ("It was 100 °F (30 °C) in the shade.", true),
        ("It was -40 °C (-40 °F) at night.", false),
        // 20 °C is 68 °F.
        ("It was 20 °C (68 °F) at noon.", false),
        ("It was 20 °C (80 °F) at noon.", true),
        // 1 sq mi is 2.59 sq km; 10 sq mi is 25.9 sq km.
        ("The park covers 1 sq mi (3 sq km).", false),
        ("The park covers 10 sq mi (40 sq km).", true),
        // 5 t is 5.51 short tons.
        ("The load was 5 tonnes (5.5 tons).", false),
        ("The load was 5 tonnes (8 tons).", true),
        // 6 ft is 1.83 m; 2.1 m is 6.89 ft.
        ("The man is 6 ft (2 m) tall.", false),
        ("The man is 6 ft (2.1 m) tall.", true),
        // 12 in is 30.48 cm.
        ("The pipe is 12 inches (30 cm) wide.", false),
        ("The pipe is 12 inches (40 cm) wide.", true),
        // 300 km is 186 mi; "190" is read to the ten, and "about" widens it.
        ("The road runs about 300 km (190 miles).", false),
        // 1,000 ft is 304.8 m.
        ("The tower is 1,000 feet, or about 300 metres, tall.", false),
        // 500 mi is 804.7 km.
        ("The drive is 500 miles (800 km).", false),
        ("The drive is 500 miles (600 km).", true),
        // 3.2 km is 1.99 mi.
        ("The lake is 3.2 km (2 mi) wide.", false),
    ];
    let mut wrong = Vec::new();
    for &(sentence, reported) in cases {
        let found = conversion_finding(&base, sentence);
        if found.is_some() != reported {
            wrong.push(format!("{sentence}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    assert_eq!(
        conversion_finding(&base, "The trails are 5-10 km (3-9 mi) long.").as_deref(),
        Some("3-9 mi does not convert 5-10 km, which is about 3–6 mi")
    );
}

#[test]
fn brackets_that_are_not_conversions_are_not_judged_as_one() {
    let base = base();
    for sentence in [
        // Same unit both sides: a total, a share, a part.
        "The crew worked another 6 hours (30 hours in all).",
        "The city spent €1.2 billion, or €45 per resident.",
        "The road is 50 km (30 km of it paved).",
        // Currencies need an exchange rate of a date.
        "It cost 100 euros ($110).",
        "The deal was worth 3.1 billion Canadian dollars ($2.3 billion).",
        // Another year, another total.
        "The road was 20 km (15 miles in 2010).",
        "The pipeline is 20 km (40 miles in total) long.",
    ] {
        assert_eq!(conversion_finding(&base, sentence), None, "{sentence}");
    }
}

#[test]
fn brackets_between_currencies_are_judged_only_at_a_rate_of_the_fact_base() {
    let base = base();
    let dated = |year: &str, text: &str| {
        Checker::new(&base)
            .with_as_of(AsOf::parse(year).ok())
            .check("article.txt", text)
            .into_iter()
            .find(|f| f.code() == "NF202")
            .map(|f| f.message())
    };
    // 1 EUR = 1.08 USD (2024-06): 100 euros is 108 USD, and "$110" is within 5% of it.
    assert_eq!(dated("2024", "It cost 100 euros ($110)."), None);
    assert_eq!(dated("2025", "It cost $108 (100 euros)."), None);
    assert_eq!(
        dated("2024", "It cost 100 euros ($150).").as_deref(),
        Some(
            "$150 does not convert 100 euros, which is about 108 USD at the fact base's rate \
             (1 EUR = 1.08 USD, 2024-06)"
        )
    );
    // Either way round: $108 is 100 EUR, not 200.
    assert!(dated("2024", "It cost $108 (200 euros).").is_some());
    // A rate of 2024 says nothing of 2019, and no rate is known for Canadian dollars.
    assert_eq!(dated("2019", "It cost 100 euros ($150)."), None);
    assert_eq!(
        dated(
            "2024",
            "It was worth 3.1 billion Canadian dollars ($9 billion)."
        ),
        None
    );
}

/// The issue's sentences, written our own way, each with the outcome a reader expects.
#[test]
fn the_issue_sentences_give_the_outcome_a_reader_expects() {
    let base = base();
    // "123 million people" against 123,201,945 is that number, rounded.
    let findings = check(&base, "Testland has a population of 123 million people.");
    assert_eq!(findings[0].verdict, Verdict::Supported, "{findings:#?}");

    // "(9,404 miles)" for 15,134 km is right (15,134 km is 9,403.7 mi), and so is its
    // conversion; neither message can say "0% above".
    let findings = check(
        &base,
        "Testland's coastline is 15,134 km (9,404 miles) long.",
    );
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(
        findings.iter().all(|f| f.verdict == Verdict::Supported),
        "{findings:#?}"
    );

    // Correctly rounded conversions are no finding.
    for sentence in [
        "It is 7 km (4 mi) long.",
        "It is 2 km (1 mi) long.",
        "It is 2 m (7 ft) tall.",
        "It weighs 1 kg (2 lb).",
        "It weighs 3 kg (7 lb).",
        "He is 6 ft (2 m) tall.",
        "It covers 1 sq mi (3 sq km).",
    ] {
        let findings = check(&base, sentence);
        assert!(
            findings
                .iter()
                .all(|f| f.severity < numfact::check::Severity::Warning),
            "{sentence}: {findings:#?}"
        );
    }

    // A wrong number says how far off it is in the writer's terms.
    let findings = check(&base, "Testland has a population of 126 million.");
    assert_eq!(findings[0].verdict, Verdict::Contradicted);
    assert!(
        findings[0].message().ends_with(
            "population of 126 million is 3 million more than the fact base's value of 123 million"
        ),
        "{}",
        findings[0].message()
    );
    let findings = check(&base, "The Long Bridge is 2.8 km long.");
    assert!(
        findings[0]
            .message()
            .ends_with("2.8 km is 0.06 km above the fact base's value of 2.74 km"),
        "{}",
        findings[0].message()
    );
}

#[test]
fn a_figure_right_in_a_story_of_2001_is_outdated_not_contradicted() {
    let base = FactBase::shipped().expect("the shipped base is valid");
    // Nigeria's population is a 2025 estimate of 244 million in the world base.
    let story = "Nigeria's 120 million people face a hard year, officials said.";
    let dated = format!("---\ndate: 2001-05-02\n---\n{story}\n");
    let findings = Checker::new(&base).check("story.md", &dated);
    let claim = finding(&findings, "120 million people");
    assert_eq!(claim.verdict, Verdict::Outdated, "{}", claim.message());
    assert!(
        claim
            .message()
            .contains("the article is dated 2001-05-02, before the fact base's 2025 estimate"),
        "{}",
        claim.message()
    );
    // Undated, the latest figure counts: the claim is as wrong as it looks today.
    let findings = Checker::new(&base).check("story.txt", story);
    assert_eq!(
        finding(&findings, "120 million people").verdict,
        Verdict::Contradicted
    );
    // Dated by --as-of (or as-of in numfact.toml), the same.
    let year = AsOf::parse("2001").expect("a date");
    let findings = Checker::new(&base)
        .with_as_of(Some(year))
        .check("story.txt", story);
    assert_eq!(
        finding(&findings, "120 million people").verdict,
        Verdict::Outdated
    );
}

/// Examplestan's population: 122 million (2000), 158 million (2010), 208 million (2020),
/// written out of time order in the fact file.
#[test]
fn a_population_series_read_at_the_article_date() {
    use Verdict::*;
    let base = base();
    let claim = |millions: u32| format!("Examplestan has a population of {millions} million.");
    let front_matter_2001 = |body: String| format!("---\ndate: 2001-06-12\n---\n{body}\n");
    let dateline_2019 = |body: String| format!("KAMPOLIS, March 4, 2019 - {body}\n");
    let undated = |body: String| body;
    type Dating = fn(String) -> String;
    type Cases = &'static [(u32, Verdict)];
    let datings: [(&str, Dating, Cases); 3] = [
        (
            "dated 2001",
            front_matter_2001,
            &[
                // The 2000 figure is the one valid in 2001.
                (122, Supported),
                // Between the 2000 and the 2010 figures, either side of the date.
                (158, Supported),
                // Later than anything 2001 could know, and no earlier figure.
                (208, Contradicted),
                (90, Contradicted),
            ],
        ),
        (
            "dated 2019",
            dateline_2019,
            &[
                (158, Supported),
                // The 2000 figure, not the 2010 one valid in 2019.
                (122, Outdated),
                // Between the 2010 and the 2020 figures.
                (200, Supported),
                (208, Supported),
                (90, Contradicted),
            ],
        ),
        (
            "undated",
            undated,
            &[
                // The latest figure counts, not the first in the file.
                (208, Supported),
                (158, Outdated),
                (122, Outdated),
                (90, Contradicted),
            ],
        ),
    ];
    let mut wrong = Vec::new();
    for (name, dating, cases) in datings {
        for &(millions, expected) in cases {
            let findings = check(&base, &dating(claim(millions)));
            let found = findings
                .iter()
                .find(|f| f.entity.as_deref() == Some("examplestan"))
                .map(|f| (f.verdict, f.message()));
            if found.as_ref().map(|(v, _)| *v) != Some(expected) {
                wrong.push(format!(
                    "{name}, {millions} million: {found:?}, expected {}",
                    expected.name()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));

    // An article older than every figure: what the figure could have been then (5% a year
    // either way over the ten years to 2000: a factor of 1.63) is outdated; beyond it, not
    // judged.
    let checker = Checker::new(&base).with_as_of(AsOf::parse("1990").ok());
    let verdict = |text: String| checker.check("old.txt", &text)[0].verdict;
    assert_eq!(verdict(claim(122)), Supported);
    assert_eq!(verdict(claim(100)), Outdated);
    assert_eq!(verdict(claim(30)), Unverifiable);
    // A year the sentence names picks that year's figure, whatever the article's date.
    let named = "In 2010, Examplestan had a population of 158 million.".to_string();
    assert_eq!(check(&base, &dateline_2019(named))[0].verdict, Supported);
}

#[test]
fn the_fact_base_settles_a_disagreement_before_it_is_called_inconsistent() {
    let base = base();
    let text = "Testland has a population of 140 million.\n\nLater, officials said Testland \
                has a population of 123 million.\n";
    let findings = check(&base, text);
    let wrong = finding(&findings, "population of 140 million");
    let right = finding(&findings, "population of 123 million");
    // The right statement is not reported; the wrong one is contradicted and points to it.
    assert_eq!(right.verdict, Verdict::Supported, "{}", right.message());
    assert_eq!(wrong.verdict, Verdict::Contradicted, "{}", wrong.message());
    assert_eq!(
        wrong.related.iter().map(|r| r.line).collect::<Vec<_>>(),
        vec![3]
    );
    // The other way round, the same.
    let text = "Testland has a population of 123 million.\n\nLater, officials said Testland \
                has a population of 140 million.\n";
    let findings = check(&base, text);
    assert_eq!(
        finding(&findings, "population of 140 million").verdict,
        Verdict::Contradicted
    );
    assert_eq!(
        finding(&findings, "population of 123 million").verdict,
        Verdict::Supported
    );
}

// ---------------------------------------------------------------------------------------------
// The outdated verdict in every format.

fn time_fixtures() -> PathBuf {
    manifest_dir().join("tests/fixtures/judgement/time")
}

fn run_format(format: &str) -> String {
    let facts = facts_path();
    let dir = time_fixtures();
    let output = numfact(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &[
            "check",
            "--facts",
            facts.to_str().expect("a UTF-8 path"),
            "--format",
            format,
            "--all",
            dir.to_str().expect("a UTF-8 path"),
        ],
    );
    // Outdated is a warning: it fails only --fail-on warning.
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    text(&output.stdout)
}

#[test]
fn outdated_claims_in_every_format() {
    // dated-2001.md (front matter) states the 2000 figure: supported. dated-2019.txt
    // (dateline) states the 2000 figure too: outdated. undated.txt states the 2010 figure:
    // outdated against the latest.
    let human = run_format("human");
    let human = human.replace(&manifest_dir().display().to_string(), "<root>");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(manifest_dir().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description("numfact check --all over tests/fixtures/judgement/time/");
    settings.bind(|| insta::assert_snapshot!("judgement@outdated-human", human));

    let json: serde_json::Value = serde_json::from_str(&run_format("json")).expect("JSON output");
    let outdated: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["verdict"] == "outdated")
        .collect();
    assert_eq!(outdated.len(), 2, "{json:#}");
    assert!(
        outdated
            .iter()
            .all(|f| f["code"] == "NF104" && f["severity"] == "warning")
    );
    assert_eq!(json["summary"]["outdated"], 2);

    let sarif: serde_json::Value =
        serde_json::from_str(&run_format("sarif")).expect("SARIF output");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let sarif_outdated: Vec<_> = results.iter().filter(|r| r["ruleId"] == "NF104").collect();
    assert_eq!(sarif_outdated.len(), 2, "{sarif:#}");
    assert!(sarif_outdated.iter().all(|r| r["level"] == "warning"));

    let github = run_format("github");
    assert_eq!(
        github
            .lines()
            .filter(|l| l.starts_with("::warning ") && l.contains("title=Outdated claim"))
            .count(),
        2,
        "{github}"
    );
    let markdown = run_format("markdown");
    assert!(
        markdown.contains("| Outdated |") && markdown.contains("Outdated"),
        "{markdown}"
    );
    let html = run_format("html");
    assert!(
        html.contains("class=\"claim v-outdated\"") && html.contains("<b>2</b> outdated"),
        "the HTML report marks outdated claims"
    );
}

// ---------------------------------------------------------------------------------------------
// Cases a review found: each once raised a false alarm (or a panic).

#[test]
fn a_year_of_another_number_does_not_date_a_claim() {
    let base = base();
    for text in [
        // The year dates the figure of the later clause, not this one.
        "Examplestan has a population of 208 million, up from 158 million in 2010.",
        // "2000 km" and "2000 tanks" name no year.
        "Examplestan has a population of 208 million and a 2000 km coastline.",
        "Examplestan has a population of 208 million, and its army has 2000 tanks.",
    ] {
        let findings = check(&base, text);
        let claim = finding(&findings, "population of 208 million");
        assert_eq!(
            claim.verdict,
            Verdict::Supported,
            "{text}: {}",
            claim.message()
        );
    }
    // A sentence that names a year but states another year's figure is not judged: the year
    // may be another number's.
    let findings = check(
        &base,
        "In 2010, Examplestan had a population of 122 million.",
    );
    assert_eq!(
        findings[0].verdict,
        Verdict::Unverifiable,
        "{}",
        findings[0].message()
    );
    let shipped = FactBase::shipped().expect("the shipped base is valid");
    let findings = Checker::new(&shipped).check(
        "gdp.txt",
        "Kenya's GDP at purchasing power parity is $329 billion, up from $298 billion in 2022.",
    );
    assert!(
        findings
            .iter()
            .all(|f| f.severity < numfact::check::Severity::Error),
        "{findings:#?}"
    );
}

#[test]
fn statements_of_different_years_are_not_one_thing_stated_twice() {
    let base = base();
    for text in [
        "In 2010 Examplestan had a population of 158 million. In 2020 it had a population of \
         208 million.",
        "Examplestan has a population of 208 million. In 1990 its population was 100 million.",
    ] {
        let findings = check(&base, text);
        assert!(
            findings.iter().all(|f| f.code() != "NF201"),
            "{text}: {findings:#?}"
        );
    }
}

#[test]
fn a_count_of_some_of_a_places_people_is_no_population() {
    let base = FactBase::shipped().expect("the shipped base is valid");
    for text in [
        "Japan's 600 citizens living in Wuhan will be flown home.",
        "Britain's 3,000 citizens in Lebanon are safe.",
        "Kenya's 2,000 people with the disease were treated.",
        "The 40 residents of Kenya interviewed said so.",
        "The 5 million people of Kenya's capital voted.",
        "Kenya's 200,000 citizens abroad sent money home.",
    ] {
        let findings = Checker::new(&base).check("a.txt", text);
        assert!(
            findings.iter().all(|f| f.verdict == Verdict::Unverifiable),
            "{text}: {findings:#?}"
        );
    }
}

#[test]
fn a_bracket_with_more_than_a_figure_is_no_conversion() {
    let base = base();
    for text in [
        "The new road is 500 km (50 miles shorter than the old one).",
        "The trip takes 9 hours (90 minutes longer than before).",
        "The load is 2 tonnes (400 kg heavier than last year).",
        "The crossing takes 5 hours (45 minutes by plane).",
        "The voyage takes 5 hours (45 minutes of it at sea).",
        "The race is 42 km (500 m of it uphill).",
        "The bridge is 2 km, or 1.2 mi, from the Champs-Élysées.",
        "The bridge is 7 km (4 mi 日本語",
    ] {
        assert_eq!(conversion_finding(&base, text), None, "{text}");
    }
}

#[test]
fn only_counts_and_money_are_outdated_by_the_years_between() {
    let base = FactBase::shipped().expect("the shipped base is valid");
    let checker = Checker::new(&base).with_as_of(AsOf::parse("2001").ok());
    // Two speed facts of one date (Mach and km/h) are no series.
    let findings = checker.check("a.txt", "The Tu-160 has a top speed of 3,500 km/h.");
    assert_eq!(
        findings[0].verdict,
        Verdict::Contradicted,
        "{}",
        findings[0].message()
    );
    // A life expectancy of 150 years was never plausible.
    let findings = checker.check("a.txt", "Kenya has a life expectancy of 150 years.");
    assert!(
        findings.iter().all(|f| f.verdict != Verdict::Outdated),
        "{findings:#?}"
    );
}

#[test]
fn dates_in_front_matter_and_datelines_of_every_kind() {
    let base = base();
    // 158 million lies between the 2000 and 2010 figures: supported in 2001, outdated undated.
    let claim = "Examplestan has a population of 158 million.";
    for text in [
        format!("---\ndate: 2001\n---\n{claim}"),
        format!("**KAMPOLIS**, March 4, 2001 – {claim}"),
        format!("_KAMPOLIS, March 4, 2001_ – {claim}"),
        format!("SÃO PAULO, March 4, 2001 - {claim}"),
        format!("KAMPOLIS, Kampolia, March 4, 2001 – {claim}"),
    ] {
        // Checked as plain text: front matter is not masked there, and its year is the
        // article's, not the sentence's.
        let findings = check(&base, &text);
        let found = finding(&findings, "population of 158 million");
        assert_eq!(
            found.verdict,
            Verdict::Supported,
            "{text}: {}",
            found.message()
        );
    }
    // In HTML the dateline is read through the markup.
    let dir = common::scratch_dir("judgement-html-dateline");
    std::fs::write(
        dir.join("story.html"),
        format!("<html><body><p>KAMPOLIS, March 4, 2001 – {claim}</p></body></html>\n"),
    )
    .expect("write the story");
    let facts = facts_path();
    let output = numfact(
        &dir,
        &[
            "check",
            "--facts",
            facts.to_str().expect("a UTF-8 path"),
            "--format",
            "json",
            "--all",
            "story.html",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&text(&output.stdout)).expect("JSON");
    assert_eq!(json["findings"][0]["verdict"], "supported", "{json:#}");
}

#[test]
fn nearly_reads_the_same_whatever_the_words_before_it() {
    let base = base();
    // Testland has 123.2 million people: "nearly 118 million" falls short of it either way.
    let a = check(&base, "Testland has a population of nearly 118 million.");
    let b = check(&base, "Testland's population is nearly 118 million.");
    assert_eq!(a[0].verdict, b[0].verdict, "{:#?} {:#?}", a[0], b[0]);
    assert_eq!(a[0].verdict, Verdict::Contradicted);
}

#[test]
fn a_difference_is_the_difference_of_the_numbers_shown() {
    let base = FactBase::shipped().expect("the shipped base is valid");
    let findings = Checker::new(&base).check("a.txt", "The Tu-160 has a top speed of 1,500 mph.");
    let message = findings[0].message();
    assert!(
        message.ends_with("1,500 mph is 120 mph above the fact base's maximum of 1,380 mph"),
        "{message}"
    );
}
