//! `numfact check` on news fixtures with known answers.
//!
//! `tests/fixtures/check/` holds two clean articles (a leader's tour of an airfield with
//! bombers, an interceptor and the Kinzhal; a carrier back from refit) and copies of the
//! airfield article with exactly one kind of error planted in each. For every fixture:
//!
//! - an insta snapshot (`snapshots/check@<fixture>.snap`) of the whole human report (every
//!   claim, no colour) and the version-1 JSON document; every value in those was checked by
//!   hand. Re-record with `INSTA_UPDATE=always cargo test --test check_reports`, then read
//!   every changed file;
//! - hand-written expectations: the verdict, entity and fact of the planted claim (found by
//!   its text), and that nothing else in the article is an error or a warning.
//!
//! Then the command line: the acceptance run on the corpus article (when `../shared` is
//! there), exit codes for each `--fail-on`, the JSON and JSON Lines contracts, unreadable
//! input, and that inputs are never modified.
//!
//! A test here that fails names a bug in the checker, not a wrong expectation: the
//! expectations say what an editor needs, and were not fitted to the output.

use numfact::check::{Checker, Finding, Severity, Verdict};
use numfact::facts::FactBase;
use numfact::report::{CheckedFile, Options, Run, Summary, human, json};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_numfact");

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_path(name: &str) -> PathBuf {
    manifest_dir().join("tests/fixtures/check").join(name)
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).expect("fixture exists and is UTF-8")
}

fn shipped() -> FactBase {
    FactBase::shipped().expect("the shipped fact base is valid")
}

/// Checks a fixture against the shipped base, under its bare file name.
fn check_fixture(name: &str) -> (String, Vec<Finding>) {
    let text = read_fixture(name);
    let base = shipped();
    let findings = Checker::new(&base).check(name, &text);
    (text, findings)
}

/// A fresh directory for one test's scratch files, under cargo's per-target temp dir.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("check-reports-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(manifest_dir())
        .stdin(Stdio::null())
        .output()
        .expect("run numfact")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("numfact exits with a code")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// 1-based line and character column of byte `offset`, computed without the library.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Where the only occurrence of `needle` in `text` starts, as (line, column).
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    assert_eq!(
        text.matches(needle).count(),
        1,
        "{needle:?} must occur exactly once"
    );
    line_and_column(text, text.find(needle).expect("occurs"))
}

/// The one finding whose claim text is `text` on line `line`.
fn finding<'a>(findings: &'a [Finding], line: usize, text: &str) -> &'a Finding {
    let found: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.line == line && f.text == text)
        .collect();
    match found.as_slice() {
        [only] => only,
        _ => panic!(
            "expected one finding {text:?} on line {line}, found {}; all findings:\n{}",
            found.len(),
            describe(findings)
        ),
    }
}

fn describe(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "  {}:{} {:?} {} {:?} {:?} — {}",
                f.line,
                f.column,
                f.text,
                f.verdict.name(),
                f.entity,
                f.fact.as_ref().map(|x| &x.id),
                f.message()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What one claim of a fixture must come to.
struct Expect {
    line: usize,
    text: &'static str,
    verdict: Verdict,
    /// The linked entity (`None`: linked to nothing).
    entity: Option<&'static str>,
    /// The fact judged against.
    fact: Option<&'static str>,
}

const fn expect(
    line: usize,
    text: &'static str,
    verdict: Verdict,
    entity: Option<&'static str>,
    fact: Option<&'static str>,
) -> Expect {
    Expect {
        line,
        text,
        verdict,
        entity,
        fact,
    }
}

/// Checks the listed claims of a fixture, and that the errors and warnings of the fixture are
/// exactly the listed claims whose verdict is an error or a warning: a planted error must be
/// found, and nothing else may raise an alarm.
fn assert_fixture(name: &str, expected: &[Expect]) -> (String, Vec<Finding>) {
    let (text, findings) = check_fixture(name);
    let mut problems = Vec::new();
    for e in expected {
        let f = finding(&findings, e.line, e.text);
        let got = (
            f.verdict,
            f.entity.as_deref(),
            f.fact.as_ref().map(|x| x.id.as_str()),
        );
        if got != (e.verdict, e.entity, e.fact) {
            problems.push(format!(
                "{:?} on line {}: expected {} {:?} {:?}, got {} {:?} {:?} — {}",
                e.text,
                e.line,
                e.verdict.name(),
                e.entity,
                e.fact,
                f.verdict.name(),
                got.1,
                got.2,
                f.message()
            ));
        }
        if f.severity != f.verdict.severity() {
            problems.push(format!(
                "{:?}: severity {:?} does not match verdict {}",
                f.text,
                f.severity,
                f.verdict.name()
            ));
        }
    }
    for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
        let listed = expected.iter().any(|e| {
            e.line == f.line && e.text == f.text && e.verdict.severity() >= Severity::Warning
        });
        if !listed {
            problems.push(format!(
                "unexpected {} on line {}: {:?} — {}",
                f.verdict.name(),
                f.line,
                f.text,
                f.message()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{name}:\n  {}\nall findings:\n{}",
        problems.join("\n  "),
        describe(&findings)
    );
    (text, findings)
}

/// What a snapshot holds for one fixture: the human report of every claim and the JSON
/// document, as `numfact check --all` and `--format json` write them.
#[derive(Serialize)]
struct Report {
    human: Vec<String>,
    json: Value,
}

#[test]
fn check_fixture_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(
        "numfact check (shipped fact base) on the fixture: human report with --all, then the JSON document; every value checked by hand",
    );
    settings.set_omit_expression(true);
    let _scope = settings.bind_to_scope();

    let base = shipped();
    let checker = Checker::new(&base);
    insta::glob!("fixtures/check/*.txt", |path| {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("fixture names are UTF-8");
        let text = std::fs::read_to_string(path).expect("fixtures are UTF-8");
        let findings = checker.check(name, &text);
        let run = Run::new(vec![CheckedFile {
            path: name,
            text: &text,
            findings: &findings,
            notices: &[],
        }]);
        let options = Options {
            color: false,
            all: true,
            verbose: true,
        };
        let mut human = Vec::new();
        human::write(&mut human, &run, &options).expect("write to memory");
        let human = String::from_utf8(human).expect("the human report is UTF-8");
        let mut json = Vec::new();
        json::write(&mut json, &run, &options).expect("write to memory");
        let json: Value = serde_json::from_slice(&json).expect("the JSON report parses");

        // Every finding's span is the claim's own text.
        for f in &findings {
            assert_eq!(
                &text[f.start..f.end],
                f.text,
                "{name}: span of {:?}",
                f.text
            );
            assert_eq!(
                (f.line, f.column),
                line_and_column(&text, f.start),
                "{name}: position of {:?}",
                f.text
            );
        }
        insta::assert_yaml_snapshot!(
            "check",
            Report {
                human: human.lines().map(str::to_owned).collect(),
                json
            }
        );
    });
}

// ---------------------------------------------------------------------------------------------
// Clean articles: every checkable figure supported, no error or warning.

#[test]
fn clean_airfield_article_has_no_alarm() {
    use Verdict::*;
    let (_, findings) = assert_fixture(
        "airfield-clean.txt",
        &[
            expect(
                3,
                "some 50 km",
                Supported,
                Some("knevichi"),
                Some("knevichi.distance.vladivostok"),
            ),
            // "It is … long": the pronoun carries the Tu-160 from the sentence before.
            expect(
                5,
                "54.1 metres",
                Supported,
                Some("tu-160"),
                Some("tu-160.length"),
            ),
            expect(
                5,
                "55.7 metres",
                Supported,
                Some("tu-160"),
                Some("tu-160.wingspan"),
            ),
            // "The bomber is flown by …": the kind noun carries the Tu-160 back over a sentence.
            expect(
                5,
                "crew of four",
                Supported,
                Some("tu-160"),
                Some("tu-160.crew"),
            ),
            // A speed is a maximum: Mach 2 is within "at most Mach 2.05".
            expect(
                5,
                "Mach 2",
                Supported,
                Some("tu-160"),
                Some("tu-160.speed.mach"),
            ),
            expect(
                7,
                "15,000 km",
                Supported,
                Some("tu-95ms"),
                Some("tu-95ms.range"),
            ),
            // A conversion that converts (15,000 km is about 9,321 miles).
            expect(
                7,
                "9,300 miles",
                Supported,
                Some("tu-95ms"),
                Some("tu-95ms.range"),
            ),
            expect(
                7,
                "crew of seven",
                Supported,
                Some("tu-95ms"),
                Some("tu-95ms.crew"),
            ),
            expect(
                7,
                "crew of four",
                Supported,
                Some("tu-22m3"),
                Some("tu-22m3.crew"),
            ),
            // "The missile …" after a sentence naming an interceptor and a missile: the Kinzhal.
            expect(
                9,
                "up to Mach 10",
                Supported,
                Some("kinzhal"),
                Some("kinzhal.speed"),
            ),
            expect(
                9,
                "1,500 to 2,000 km",
                Supported,
                Some("kinzhal"),
                Some("kinzhal.range"),
            ),
            expect(
                9,
                "Mach 2.8",
                Supported,
                Some("mig-31"),
                Some("mig-31.speed"),
            ),
            expect(11, "about three hours", Unverifiable, None, None),
        ],
    );
    assert!(
        findings.iter().all(|f| f.related.is_empty()),
        "nothing is related in a clean article"
    );
}

#[test]
fn clean_carrier_article_has_no_alarm() {
    use Verdict::*;
    assert_fixture(
        "carrier-clean.txt",
        &[
            expect(
                3,
                "305 metres",
                Supported,
                Some("admiral-kuznetsov"),
                Some("admiral-kuznetsov.length"),
            ),
            expect(
                5,
                "305 metres",
                Supported,
                Some("admiral-kuznetsov"),
                Some("admiral-kuznetsov.length"),
            ),
            expect(
                7,
                "186.4 metres",
                Supported,
                Some("moskva"),
                Some("moskva.length"),
            ),
            // A refit's duration is not something the fact base knows: a note, not an alarm.
            expect(
                3,
                "more than five years",
                Unverifiable,
                Some("admiral-kuznetsov"),
                None,
            ),
            // No crew fact for the Moskva, no cost facts: notes, not alarms.
            expect(7, "crew of about 500", Unverifiable, Some("moskva"), None),
            expect(9, "60 billion roubles", Unverifiable, None, None),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Planted errors: each fixture is the clean airfield article with one kind of error.

#[test]
fn planted_contradicted_range() {
    let (_, findings) = assert_fixture(
        "planted-contradicted.txt",
        &[expect(
            9,
            "4,000 km",
            Verdict::Contradicted,
            Some("kinzhal"),
            Some("kinzhal.range"),
        )],
    );
    let f = finding(&findings, 9, "4,000 km");
    assert_eq!(f.severity, Severity::Error);
    let fact = f.fact.as_ref().expect("a fact");
    assert_eq!(
        (fact.low, fact.high, fact.unit.as_str()),
        (1_500_000.0, 2_000_000.0, "m")
    );
    for part in [
        "Kinzhal",
        "range",
        "4,000 km",
        "1,500–2,000 km",
        fact.source.as_str(),
    ] {
        assert!(
            f.message().contains(part),
            "message lacks {part:?}: {}",
            f.message()
        );
    }
}

#[test]
fn planted_imprecise_range() {
    let (_, findings) = assert_fixture(
        "planted-imprecise.txt",
        &[expect(
            9,
            "1,000 to 2,000 km",
            Verdict::Imprecise,
            Some("kinzhal"),
            Some("kinzhal.range"),
        )],
    );
    let f = finding(&findings, 9, "1,000 to 2,000 km");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message()
            .contains(&f.fact.as_ref().expect("a fact").source),
        "{}",
        f.message()
    );
}

#[test]
fn planted_same_attribute_stated_twice() {
    use Verdict::*;
    let (text, findings) = assert_fixture(
        "planted-repeated.txt",
        &[
            // The first statement agrees with the fact base; the second disagrees with it.
            expect(
                7,
                "crew of seven",
                Supported,
                Some("tu-95ms"),
                Some("tu-95ms.crew"),
            ),
            expect(
                11,
                "crew of six",
                Inconsistent,
                Some("tu-95ms"),
                Some("tu-95ms.crew"),
            ),
            // A crew of four for another bomber is no inconsistency.
            expect(
                7,
                "crew of four",
                Supported,
                Some("tu-22m3"),
                Some("tu-22m3.crew"),
            ),
        ],
    );
    let f = finding(&findings, 11, "crew of six");
    let (line, column) = position_of(&text, "crew of seven");
    assert_eq!(
        f.related
            .iter()
            .map(|r| (r.path.as_str(), r.line, r.column))
            .collect::<Vec<_>>(),
        vec![("planted-repeated.txt", line, column)]
    );
    for part in ["crew of six", "crew of seven", "line 7"] {
        assert!(
            f.message().contains(part),
            "message lacks {part:?}: {}",
            f.message()
        );
    }
}

#[test]
fn planted_conversion_that_does_not_convert() {
    use Verdict::*;
    let (text, findings) = assert_fixture(
        "planted-conversion.txt",
        &[
            // The bracketed figure is also 46 % short of the fact base: contradicted is the
            // stronger verdict, and the finding still points at the figure it fails to convert.
            expect(
                7,
                "5,000 miles",
                Contradicted,
                Some("tu-95ms"),
                Some("tu-95ms.range"),
            ),
            expect(
                7,
                "15,000 km",
                Supported,
                Some("tu-95ms"),
                Some("tu-95ms.range"),
            ),
            // A conversion about nothing in the fact base: only the article disagrees with itself.
            expect(11, "50 miles", Inconsistent, None, None),
        ],
    );
    let miles = finding(&findings, 7, "5,000 miles");
    let (line, column) = position_of(&text, "15,000 km");
    assert_eq!(
        miles
            .related
            .iter()
            .map(|r| (r.line, r.column))
            .collect::<Vec<_>>(),
        vec![(line, column)],
        "the figure it fails to convert, once"
    );

    let f = finding(&findings, 11, "50 miles");
    assert_eq!(f.severity, Severity::Error);
    let (line, column) = position_of(&text, "50 km (");
    assert_eq!(
        f.related
            .iter()
            .map(|r| (r.line, r.column))
            .collect::<Vec<_>>(),
        vec![(line, column)]
    );
    for part in ["50 miles", "50 km", "31 mi"] {
        assert!(
            f.message().contains(part),
            "message lacks {part:?}: {}",
            f.message()
        );
    }
}

#[test]
fn planted_hypersonic_missile_at_airliner_speed() {
    let (text, findings) = assert_fixture(
        "planted-hypersonic.txt",
        &[
            // 900 km/h is within "at most Mach 10", so only the word "hypersonic" belies it.
            expect(
                9,
                "900 km/h",
                Verdict::Inconsistent,
                Some("kinzhal"),
                Some("kinzhal.speed"),
            ),
            // The MiG-31I is called supersonic and does reach Mach 2.8: no alarm.
            expect(
                9,
                "Mach 2.8",
                Verdict::Supported,
                Some("mig-31"),
                Some("mig-31.speed"),
            ),
        ],
    );
    let f = finding(&findings, 9, "900 km/h");
    let (line, column) = position_of(&text, "hypersonic");
    assert_eq!(
        f.related
            .iter()
            .map(|r| (r.line, r.column))
            .collect::<Vec<_>>(),
        vec![(line, column)]
    );
    for part in ["hypersonic", "Mach 5", "900 km/h"] {
        assert!(
            f.message().contains(part),
            "message lacks {part:?}: {}",
            f.message()
        );
    }
}

#[test]
fn planted_top_speed_is_compared_with_the_maximum() {
    use Verdict::*;
    let (_, findings) = assert_fixture(
        "planted-top-speed.txt",
        &[
            // "can reach Mach 2": any speed up to the maximum is consistent.
            expect(
                5,
                "Mach 2",
                Supported,
                Some("tu-160"),
                Some("tu-160.speed.mach"),
            ),
            // "Its top speed is 1,000 km/h" states the maximum itself: far below 2,220 km/h.
            expect(
                5,
                "1,000 km/h",
                Contradicted,
                Some("tu-160"),
                Some("tu-160.speed"),
            ),
        ],
    );
    let f = finding(&findings, 5, "1,000 km/h");
    for part in [
        "Tu-160",
        "speed",
        "1,000 km/h",
        "2,220 km/h",
        f.fact.as_ref().expect("a fact").source.as_str(),
    ] {
        assert!(
            f.message().contains(part),
            "message lacks {part:?}: {}",
            f.message()
        );
    }
}

#[test]
fn planted_errors_behind_pronouns_and_kind_nouns() {
    use Verdict::*;
    assert_fixture(
        "planted-carry-over.txt",
        &[
            // "It is 64 metres long", right after the sentence naming the Tu-160.
            expect(
                5,
                "64 metres",
                Contradicted,
                Some("tu-160"),
                Some("tu-160.length"),
            ),
            // "The bomber is flown by a crew of six", back over a sentence with no name.
            expect(
                5,
                "crew of six",
                Contradicted,
                Some("tu-160"),
                Some("tu-160.crew"),
            ),
            // "It has a range of 9,000 km" after the sentence on the Tu-22M3.
            expect(
                7,
                "9,000 km",
                Contradicted,
                Some("tu-22m3"),
                Some("tu-22m3.range"),
            ),
            // "The missile … can strike targets 3,000 km away", after a sentence naming an
            // interceptor and a missile: the kind noun picks the missile.
            expect(
                9,
                "3,000 km",
                Contradicted,
                Some("kinzhal"),
                Some("kinzhal.range"),
            ),
            expect(
                9,
                "up to Mach 10",
                Supported,
                Some("kinzhal"),
                Some("kinzhal.speed"),
            ),
        ],
    );
}

#[test]
fn planted_ambiguous_sentence_is_not_guessed() {
    use Verdict::*;
    let (_, findings) = assert_fixture(
        "planted-ambiguous.txt",
        &[
            // Both the Tu-95MS and the Tu-160 have a range: which one "it" is, is not said.
            // A guess would call the claim supported (Tu-160) or contradicted (Tu-95MS).
            expect(7, "12,000 km", Unverifiable, None, None),
            // "Its crew of seven" then has two candidates in the sentence before.
            expect(7, "crew of seven", Unverifiable, None, None),
        ],
    );
    let f = finding(&findings, 7, "12,000 km");
    assert!(f.fact.is_none() && f.attribute.is_none());
    assert!(f.message().contains("not checked"), "{}", f.message());
}

// ---------------------------------------------------------------------------------------------
// Single sentences that show bugs outside the fixtures above.

fn check_text(text: &str) -> Vec<Finding> {
    let base = shipped();
    Checker::new(&base).check("sentence.txt", text)
}

/// "About X" where X is the fact's own value is right, not a warning.
#[test]
fn approximate_claim_of_the_facts_own_value_is_supported() {
    for (sentence, text, fact) in [
        (
            "The Tu-95MS can fly roughly 15,000 km.",
            "roughly 15,000 km",
            "tu-95ms.range",
        ),
        (
            "The Tu-160 is about 54 metres long.",
            "about 54 metres",
            "tu-160.length",
        ),
        (
            "The Kinzhal has a range of about 2,000 km.",
            "about 2,000 km",
            "kinzhal.range",
        ),
        (
            "The Admiral Kuznetsov is 305 metres long, or about 1,000 feet.",
            "about 1,000 feet",
            "admiral-kuznetsov.length",
        ),
    ] {
        let findings = check_text(sentence);
        let f = finding(&findings, 1, text);
        assert_eq!(
            (f.verdict, f.fact.as_ref().map(|x| x.id.as_str())),
            (Verdict::Supported, Some(fact)),
            "{sentence} — {}",
            f.message()
        );
    }
}

/// "It" in the sentence after "The missile …" is the missile, even when the sentence before
/// that named two entities.
#[test]
fn pronoun_after_a_kind_noun_sentence_keeps_its_entity() {
    let findings = check_text(
        "The minister showed his guest a MiG-31I with a Kinzhal beneath it. The missile is hypersonic, the ministry says. It can strike targets 3,000 km away.",
    );
    let f = finding(&findings, 1, "3,000 km");
    assert_eq!(
        (f.verdict, f.fact.as_ref().map(|x| x.id.as_str())),
        (Verdict::Contradicted, Some("kinzhal.range")),
        "{}",
        f.message()
    );
}

/// "305 metres (1,000 feet) long": the trigger word stands after the conversion, and belongs
/// to both figures.
#[test]
fn trigger_word_after_a_bracketed_conversion_links_both_figures() {
    let findings = check_text("The Admiral Kuznetsov is 305 metres (1,000 feet) long.");
    for text in ["305 metres", "1,000 feet"] {
        let f = finding(&findings, 1, text);
        assert_eq!(
            (f.verdict, f.fact.as_ref().map(|x| x.id.as_str())),
            (Verdict::Supported, Some("admiral-kuznetsov.length")),
            "{text}: {}",
            f.message()
        );
    }
}

/// A duration with no word that names an attribute is not the entity's endurance just because
/// endurance is the only duration attribute: with an endurance fact in the base, "a refit that
/// has lasted more than five years" must not be contradicted by "45 days".
#[test]
fn duration_without_a_trigger_word_is_not_linked_by_dimension_alone() {
    let ships =
        std::fs::read_to_string(manifest_dir().join("facts/ships.toml")).expect("facts/ships.toml");
    let extra = "[[fact]]\nentity = \"admiral-kuznetsov\"\nattribute = \"endurance\"\nvalue = \"45 days\"\nsource = \"test\"\n";
    let base = FactBase::from_sources([
        ("ships.toml".to_string(), ships),
        ("endurance.toml".to_string(), extra.to_string()),
    ])
    .expect("valid fact base");
    let findings = Checker::new(&base).check(
        "sentence.txt",
        "The Admiral Kuznetsov was towed out of the shipyard after a refit that has lasted more than five years.",
    );
    let f = finding(&findings, 1, "more than five years");
    assert_eq!(
        (f.verdict, f.attribute.as_deref()),
        (Verdict::Unverifiable, None),
        "{}",
        f.message()
    );
}

// ---------------------------------------------------------------------------------------------
// The report documents.

#[test]
fn json_document_follows_the_contract() {
    let output = run(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/check/planted-repeated.txt",
    ]);
    assert_eq!(
        code(&output),
        1,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc = stdout_json(&output);
    assert_eq!(doc["version"], 1);
    let summary = doc["summary"].as_object().expect("summary object");
    let keys: Vec<&str> = summary.keys().map(String::as_str).collect();
    for key in [
        "files",
        "claims",
        "supported",
        "contradicted",
        "inconsistent",
        "imprecise",
        "unverifiable",
    ] {
        assert!(keys.contains(&key), "summary lacks {key}");
    }
    let findings = doc["findings"].as_array().expect("findings array");
    assert_eq!(summary["files"], 1);
    assert_eq!(summary["claims"].as_u64(), Some(findings.len() as u64));
    for verdict in [
        "supported",
        "contradicted",
        "inconsistent",
        "imprecise",
        "unverifiable",
    ] {
        let counted = findings.iter().filter(|f| f["verdict"] == verdict).count() as u64;
        assert_eq!(summary[verdict].as_u64(), Some(counted), "{verdict}");
    }
    for f in findings {
        for key in [
            "path",
            "line",
            "column",
            "start",
            "end",
            "verdict",
            "severity",
            "text",
            "entity",
            "attribute",
            "claim",
            "fact",
            "related",
            "message",
        ] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        let expected_severity = match f["verdict"].as_str() {
            Some("contradicted" | "inconsistent") => "error",
            Some("imprecise") => "warning",
            _ => "note",
        };
        assert_eq!(f["severity"], expected_severity, "{f}");
        assert_eq!(f["claim"]["text"], f["text"]);
        if !f["fact"].is_null() {
            for key in ["id", "low", "high", "unit", "source"] {
                assert!(f["fact"].get(key).is_some(), "fact lacks {key}: {f}");
            }
        }
    }
    let inconsistent = findings
        .iter()
        .find(|f| f["verdict"] == "inconsistent")
        .expect("an inconsistent finding");
    assert_eq!(
        inconsistent["related"][0]["path"],
        "tests/fixtures/check/planted-repeated.txt"
    );
    assert_eq!(inconsistent["related"][0]["line"], 7);
}

#[test]
fn jsonl_writes_one_finding_per_line() {
    let path = "tests/fixtures/check/airfield-clean.txt";
    let output = run(&["check", "--format", "jsonl", path]);
    assert_eq!(code(&output), 0);
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let (_, findings) = check_fixture("airfield-clean.txt");
    assert_eq!(stdout.lines().count(), findings.len());
    for (line, expected) in stdout.lines().zip(&findings) {
        let f: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(f["path"], path);
        assert_eq!(f["text"], expected.text.as_str());
        assert_eq!(f["verdict"], expected.verdict.name());
    }
}

#[test]
fn human_report_shows_notes_only_with_all() {
    let path = "tests/fixtures/check/planted-contradicted.txt";
    let quiet = String::from_utf8(run(&["check", path]).stdout).expect("UTF-8");
    assert!(quiet.contains("error[NF101]"), "{quiet}");
    assert!(
        !quiet.contains("note[NF100]") && !quiet.contains("note[NF103]"),
        "{quiet}"
    );
    assert!(quiet.contains(&format!("{path}:9:")), "{quiet}");
    assert!(
        !quiet.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
    let all = String::from_utf8(run(&["check", "--all", path]).stdout).expect("UTF-8");
    assert!(
        all.contains("note[NF100]") && all.contains("note[NF103]"),
        "{all}"
    );
    let (_, findings) = check_fixture("planted-contradicted.txt");
    let last = all.lines().last().expect("a summary line");
    let s = Summary::of_findings(&findings);
    assert_eq!(
        last,
        format!(
            "numfact: {} claims in 1 file: {} supported, {} contradicted, {} inconsistent, {} imprecise, {} unverifiable",
            s.claims, s.supported, s.contradicted, s.inconsistent, s.imprecise, s.unverifiable
        )
    );
    assert_eq!(s.contradicted, 1);
}

// ---------------------------------------------------------------------------------------------
// The command line.

#[test]
fn exit_codes_for_each_fail_on() {
    // (fixture, exit with --fail-on error (the default), warning, never)
    for (name, on_error, on_warning) in [
        ("airfield-clean.txt", 0, 0),
        ("carrier-clean.txt", 0, 0),
        ("planted-imprecise.txt", 0, 1),
        ("planted-contradicted.txt", 1, 1),
        ("planted-repeated.txt", 1, 1),
        ("planted-hypersonic.txt", 1, 1),
        ("planted-ambiguous.txt", 0, 0),
    ] {
        let path = format!("tests/fixtures/check/{name}");
        let default = run(&["check", &path]);
        assert_eq!(code(&default), on_error, "{name}, default --fail-on");
        for (fail_on, expected) in [("error", on_error), ("warning", on_warning), ("never", 0)] {
            let output = run(&["check", "--fail-on", fail_on, "--format", "json", &path]);
            assert_eq!(code(&output), expected, "{name}, --fail-on {fail_on}");
            assert!(
                output.stderr.is_empty(),
                "{name}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    // Several files: the worst one decides.
    let output = run(&[
        "check",
        "--fail-on",
        "warning",
        "tests/fixtures/check/airfield-clean.txt",
        "tests/fixtures/check/planted-imprecise.txt",
    ]);
    assert_eq!(code(&output), 1);
}

#[test]
fn unreadable_input_exits_2() {
    let missing = scratch_dir("unreadable").join("no-such-article.txt");
    let output = run(&["check", missing.to_str().expect("UTF-8 path")]);
    assert_eq!(code(&output), 2);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-article.txt"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn standard_input_is_checked() {
    let mut child = Command::new(BIN)
        .args(["check", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run numfact");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(b"The Kinzhal has a range of 4,000 km.\n")
            .expect("write");
    }
    let output = child.wait_with_output().expect("wait");
    assert_eq!(code(&output), 1);
    let doc = stdout_json(&output);
    assert_eq!(doc["findings"][0]["verdict"], "contradicted");
    assert_eq!(doc["findings"][0]["fact"]["id"], "kinzhal.range");
}

#[test]
fn inputs_are_unchanged_after_a_run() {
    let dir = scratch_dir("unchanged");
    let mut copies = Vec::new();
    for name in [
        "airfield-clean.txt",
        "planted-contradicted.txt",
        "planted-conversion.txt",
    ] {
        let copy = dir.join(name);
        std::fs::copy(fixture_path(name), &copy).expect("copy fixture");
        let meta = std::fs::metadata(&copy).expect("metadata");
        copies.push((
            copy.clone(),
            std::fs::read(&copy).expect("read"),
            meta.modified().expect("mtime"),
            meta.len(),
        ));
    }
    let paths: Vec<&str> = copies
        .iter()
        .map(|(p, ..)| p.to_str().expect("UTF-8 path"))
        .collect();
    for format in ["human", "json", "jsonl"] {
        let mut args = vec!["check", "--all", "--format", format];
        args.extend(&paths);
        let output = run(&args);
        assert_eq!(code(&output), 1, "{format}");
    }
    for (path, bytes, modified, len) in copies {
        let meta = std::fs::metadata(&path).expect("metadata");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "{} changed",
            path.display()
        );
        assert_eq!(
            meta.modified().expect("mtime"),
            modified,
            "{} touched",
            path.display()
        );
        assert_eq!(meta.len(), len);
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        3,
        "no files written beside the inputs: {leftovers:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The acceptance run, on a copy of the corpus article.

/// The corpus article, when the shared directory is present (it is not in a fresh clone).
fn corpus_article() -> Option<String> {
    let path = manifest_dir().join("../shared/corpus/kim-russia-visit.txt");
    if !path.exists() {
        println!(
            "note: {} not found; skipping the corpus acceptance test",
            path.display()
        );
        return None;
    }
    Some(std::fs::read_to_string(&path).expect("the corpus article is UTF-8"))
}

fn supported_fact_ids(doc: &Value) -> Vec<&str> {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["verdict"] == "supported")
        .filter_map(|f| f["fact"]["id"].as_str())
        .collect()
}

fn count_verdict(doc: &Value, verdict: &str) -> usize {
    doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["verdict"] == verdict)
        .count()
}

#[test]
fn corpus_article_acceptance() {
    let Some(article) = corpus_article() else {
        return;
    };
    let dir = scratch_dir("corpus");

    let original = dir.join("kim-russia-visit.txt");
    std::fs::write(&original, &article).expect("write copy");
    let output = run(&[
        "check",
        "--facts",
        "facts",
        "--format",
        "json",
        original.to_str().expect("UTF-8"),
    ]);
    assert_eq!(
        code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let doc = stdout_json(&output);
    assert_eq!(count_verdict(&doc, "contradicted"), 0, "{doc:#}");
    assert_eq!(count_verdict(&doc, "inconsistent"), 0, "{doc:#}");
    let supported = supported_fact_ids(&doc);
    for id in [
        "kinzhal.range",
        "kinzhal.speed",
        "knevichi.distance.vladivostok",
    ] {
        assert!(supported.contains(&id), "{id} not supported: {supported:?}");
    }
    assert_eq!(
        std::fs::read_to_string(&original).expect("read"),
        article,
        "input unchanged"
    );

    assert_eq!(article.matches("1,500 to 2,000 km").count(), 1);
    let edited_text = article.replace("1,500 to 2,000 km", "3,000 km");
    let edited = dir.join("kim-russia-visit-edited.txt");
    std::fs::write(&edited, &edited_text).expect("write edited copy");
    let output = run(&[
        "check",
        "--facts",
        "facts",
        "--format",
        "json",
        edited.to_str().expect("UTF-8"),
    ]);
    assert_eq!(code(&output), 1);
    let doc = stdout_json(&output);
    assert_eq!(count_verdict(&doc, "contradicted"), 1, "{doc:#}");
    assert_eq!(count_verdict(&doc, "inconsistent"), 0, "{doc:#}");
    let f = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["verdict"] == "contradicted")
        .expect("the contradicted finding");
    let (line, column) = position_of(&edited_text, "3,000 km");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line as u64), Some(column as u64))
    );
    assert_eq!(f["text"], "3,000 km");
    assert_eq!(f["fact"]["id"], "kinzhal.range");
    let base = FactBase::load(&manifest_dir().join("facts")).expect("facts/ loads");
    let source = &base
        .facts
        .iter()
        .find(|x| x.id == "kinzhal.range")
        .expect("kinzhal.range")
        .source;
    let message = f["message"].as_str().expect("message");
    assert!(
        message.contains("Kinzhal") && message.contains("range"),
        "{message}"
    );
    assert!(
        message.contains(source.as_str()),
        "message lacks the source: {message}"
    );
    // The rest of the article is still judged as before.
    let supported = supported_fact_ids(&doc);
    for id in ["kinzhal.speed", "knevichi.distance.vladivostok"] {
        assert!(supported.contains(&id), "{id} not supported: {supported:?}");
    }
}
