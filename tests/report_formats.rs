//! The report formats of `numfact check`: SARIF, GitHub workflow commands, rdjson, Markdown and
//! HTML.
//!
//! - insta snapshots of every format over the same run (the shipped fact base on
//!   `tests/fixtures/check/planted-contradicted.txt`, named `./tests/…` as a shell would pass
//!   it), in `snapshots/formats@<format>.snap`. Every snapshot was read and checked by hand;
//!   re-record with `INSTA_UPDATE=always cargo test --test report_formats` and read every
//!   changed file. The HTML snapshot leaves out the inline CSS and JavaScript; the package
//!   version is redacted.
//! - the SARIF document deserialises into serde-sarif's `Sarif` and carries every field GitHub
//!   code scanning needs; its columns count code points and its fingerprints ignore lines;
//! - the GitHub escaping of `%`, `\r`, `\n`, `:` and `,`, on a crafted finding;
//! - more findings than GitHub annotates: the notice, and the step summary file;
//! - rdjson columns count UTF-8 bytes, as reviewdog defines them;
//! - Markdown and HTML escape what the article says, and the page needs nothing from outside.

use numfact::check::{Checker, Finding, Related, Severity, Verdict};
use numfact::facts::FactBase;
use numfact::report::escape::{github_data as escape_data, github_property as escape_property};
use numfact::report::github::{ANNOTATION_LIMIT, annotation, write_with_summary};
use numfact::report::sarif::FINGERPRINT_KEY;
use numfact::report::{CheckedFile, Format as CheckFormat, Item, Options, Run, write};
use serde_json::Value;
use serde_sarif::sarif::Sarif;
use std::path::{Path, PathBuf};

/// The path the fixture is checked under: as a shell passes it, with the leading `./`.
const FIXTURE: &str = "./tests/fixtures/check/planted-contradicted.txt";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn base() -> FactBase {
    FactBase::shipped().expect("the shipped fact base is valid")
}

fn fixture_text() -> String {
    std::fs::read_to_string(manifest_dir().join(FIXTURE)).expect("the fixture is readable")
}

fn style(all: bool) -> Options {
    Options {
        color: false,
        all,
        verbose: false,
    }
}

/// Renders one checked text in `format` through the public dispatch.
fn render(path: &str, text: &str, findings: &[Finding], format: CheckFormat, all: bool) -> String {
    let run = Run::new(vec![CheckedFile {
        path,
        text,
        findings,
        notices: &[],
    }]);
    let mut out = Vec::new();
    write(&mut out, &run, format, &style(all)).expect("writing to memory");
    String::from_utf8(out).expect("reports are UTF-8")
}

/// The GitHub format without reading `GITHUB_STEP_SUMMARY` (a test must not write to a real
/// job's summary).
fn render_github(path: &str, text: &str, findings: &[Finding], all: bool) -> String {
    let run = Run::new(vec![CheckedFile {
        path,
        text,
        findings,
        notices: &[],
    }]);
    let mut out = Vec::new();
    write_with_summary(&mut out, &run, &style(all), None).expect("writing to memory");
    String::from_utf8(out).expect("UTF-8")
}

fn redact_version(text: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    text.replace(
        &format!("\"version\": \"{version}\""),
        "\"version\": \"[version]\"",
    )
    .replace(
        &format!("\"semanticVersion\": \"{version}\""),
        "\"semanticVersion\": \"[version]\"",
    )
    .replace(&format!("numfact {version}"), "numfact [version]")
}

/// The page without the contents of its `<style>` and `<script>` elements.
fn html_markup(page: &str) -> String {
    let mut markup = page.to_string();
    for (open, close, elided) in [
        ("<style>", "</style>", "[inline CSS]"),
        ("<script>", "</script>", "[inline JavaScript]"),
    ] {
        let start = markup.find(open).expect("inline element") + open.len();
        let end = markup.find(close).expect("closed");
        markup.replace_range(start..end, elided);
    }
    markup
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(manifest_dir().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(FIXTURE.trim_start_matches("./"));
    settings
}

#[test]
fn every_format_over_the_fixture() {
    let text = fixture_text();
    let base = base();
    let findings = Checker::new(&base).check(FIXTURE, &text);
    let mut settings = settings();
    let mut snapshot = |name: &str, description: &str, output: String| {
        settings.set_description(description);
        let _scope = settings.bind_to_scope();
        insta::assert_snapshot!(format!("formats@{name}"), redact_version(&output));
    };
    snapshot(
        "sarif",
        "numfact check --format sarif (errors and warnings)",
        render(FIXTURE, &text, &findings, CheckFormat::Sarif, false),
    );
    snapshot(
        "github",
        "numfact check --format github (errors and warnings; no step summary)",
        render_github(FIXTURE, &text, &findings, false),
    );
    snapshot(
        "github-all",
        "numfact check --format github --all: 14 notices, more than GitHub annotates",
        render_github(FIXTURE, &text, &findings, true),
    );
    snapshot(
        "rdjson",
        "numfact check --format rdjson (errors and warnings)",
        render(FIXTURE, &text, &findings, CheckFormat::Rdjson, false),
    );
    snapshot(
        "markdown",
        "numfact check --format markdown",
        render(FIXTURE, &text, &findings, CheckFormat::Markdown, false),
    );
    snapshot(
        "markdown-all",
        "numfact check --format markdown --all",
        render(FIXTURE, &text, &findings, CheckFormat::Markdown, true),
    );
    snapshot(
        "html",
        "numfact check --format html, without the inline CSS and JavaScript",
        html_markup(&render(FIXTURE, &text, &findings, CheckFormat::Html, false)),
    );
}

// ---------------------------------------------------------------------------------------------
// SARIF

/// The character (code point) column of byte `offset` in `text`, 1-based, and its line.
fn line_and_char_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The text a SARIF region covers (code point columns, exclusive end).
fn region_text(text: &str, start: (i64, i64), end: (i64, i64)) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut covered = String::new();
    for line in start.0..=end.0 {
        let chars: Vec<char> = lines[line as usize - 1].chars().collect();
        let from = if line == start.0 {
            start.1 as usize - 1
        } else {
            0
        };
        let to = if line == end.0 {
            end.1 as usize - 1
        } else {
            chars.len()
        };
        covered.extend(&chars[from..to]);
        if line != end.0 {
            covered.push('\n');
        }
    }
    covered
}

fn sarif_of(path: &str, text: &str, findings: &[Finding], all: bool) -> Sarif {
    let output = render(path, text, findings, CheckFormat::Sarif, all);
    serde_json::from_str(&output).unwrap_or_else(|e| panic!("not SARIF ({e}):\n{output}"))
}

#[test]
fn sarif_deserialises_and_carries_every_required_field() {
    let text = fixture_text();
    let base = base();
    let findings = Checker::new(&base).check(FIXTURE, &text);
    for all in [false, true] {
        let sarif = sarif_of(FIXTURE, &text, &findings, all);
        assert_eq!(sarif.version, Value::from("2.1.0"));
        assert_eq!(sarif.runs.len(), 1);
        let run = &sarif.runs[0];
        assert_eq!(run.column_kind, Some(Value::from("unicodeCodePoints")));

        let driver = &run.tool.driver;
        assert_eq!(driver.name, "numfact");
        assert_eq!(driver.version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
        let rules = driver.rules.as_ref().expect("tool.driver.rules");
        let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        let codes: Vec<&str> = numfact::check::rules::all().map(|r| r.code).collect();
        assert_eq!(ids, codes, "one rule per registry entry, by code");
        let contradicted = &rules[1];
        assert_eq!(contradicted.id, "NF101");
        assert_eq!(
            contradicted.deprecated_ids.as_deref(),
            Some(&["numfact/contradicted".to_string()][..]),
            "the old rule id stays known"
        );
        for rule in rules {
            let non_empty = |s: Option<&str>, what: &str| {
                assert!(s.is_some_and(|s| !s.is_empty()), "{}: {what}", rule.id)
            };
            non_empty(rule.name.as_deref(), "name");
            non_empty(
                rule.short_description.as_ref().map(|d| d.text.as_str()),
                "shortDescription",
            );
            non_empty(
                rule.full_description.as_ref().map(|d| d.text.as_str()),
                "fullDescription",
            );
            let help = rule.help.as_ref().expect("help");
            non_empty(Some(&help.text), "help.text");
            non_empty(help.markdown.as_deref(), "help.markdown");
        }

        let results = run.results.as_ref().expect("results");
        let expected: Vec<&Finding> = findings
            .iter()
            .filter(|f| all || f.severity != Severity::Note)
            .collect();
        assert_eq!(results.len(), expected.len(), "all: {all}");
        assert_eq!(results.len(), if all { 15 } else { 1 });
        for (result, finding) in results.iter().zip(&expected) {
            let index = result.rule_index.expect("ruleIndex") as usize;
            let rule_id = result.rule_id.as_deref().expect("ruleId");
            assert_eq!(rules[index].id, rule_id);
            assert_eq!(rule_id, finding.code());
            let level = serde_json::to_value(result.level.expect("level")).expect("level");
            let expected_level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            assert_eq!(level, Value::from(expected_level));
            assert_eq!(
                result.message.text.as_deref(),
                Some(finding.message().as_str())
            );

            let locations = result.locations.as_ref().expect("locations");
            assert_eq!(locations.len(), 1);
            let physical = locations[0]
                .physical_location
                .as_ref()
                .expect("physicalLocation");
            let uri = physical
                .artifact_location
                .as_ref()
                .and_then(|a| a.uri.as_deref())
                .expect("artifactLocation.uri");
            assert_eq!(uri, "tests/fixtures/check/planted-contradicted.txt");
            let region = physical.region.as_ref().expect("region");
            let start = (
                region.start_line.expect("startLine"),
                region.start_column.expect("startColumn"),
            );
            let end = (
                region.end_line.expect("endLine"),
                region.end_column.expect("endColumn"),
            );
            let (line, column) = line_and_char_column(&text, finding.start);
            assert_eq!(start, (line as i64, column as i64));
            assert_eq!(region_text(&text, start, end), finding.text);

            let fingerprints = result
                .partial_fingerprints
                .as_ref()
                .expect("partialFingerprints");
            assert!(!fingerprints[FINGERPRINT_KEY].is_empty());
        }
        // The contradicted claim, by hand: "4,000 km" on line 9.
        let contradicted = &results[if all { 12 } else { 0 }];
        assert_eq!(contradicted.rule_id.as_deref(), Some("NF101"));
        let region = contradicted.locations.as_ref().unwrap()[0]
            .physical_location
            .as_ref()
            .unwrap()
            .region
            .as_ref()
            .unwrap();
        assert_eq!(
            (
                region.start_line,
                region.start_column,
                region.end_line,
                region.end_column
            ),
            (Some(9), Some(197), Some(9), Some(205))
        );
    }
}

#[test]
fn sarif_columns_count_code_points() {
    // "é", "—" and "’" take 2 or 3 bytes each but one column.
    let text = "Café — the Kinzhal’s range is 4,000 km, they say.\n";
    let base = base();
    let findings = Checker::new(&base).check("notes/café.txt", text);
    let sarif = sarif_of("notes/café.txt", text, &findings, false);
    let result = &sarif.runs[0].results.as_ref().unwrap()[0];
    let physical = result.locations.as_ref().unwrap()[0]
        .physical_location
        .as_ref()
        .unwrap();
    let region = physical.region.as_ref().unwrap();
    let start = text.find("4,000 km").unwrap();
    let column = text[..start].chars().count() as i64 + 1;
    assert_eq!(column, 31);
    assert_eq!(region.start_column, Some(column));
    assert_eq!(region.end_column, Some(column + 8));
    // The path is a URI: non-ASCII is percent-encoded.
    assert_eq!(
        physical.artifact_location.as_ref().unwrap().uri.as_deref(),
        Some("notes/caf%C3%A9.txt")
    );
}

#[test]
fn sarif_claim_spanning_lines_ends_on_its_last_line() {
    let text =
        "The Kinzhal has a range of 1,500 to\n2,000 km, officials say; some say 4,000\nkm.\n";
    let base = base();
    let findings = Checker::new(&base).check("a.txt", text);
    let spanning: Vec<&Finding> = findings.iter().filter(|f| f.text.contains('\n')).collect();
    assert!(!spanning.is_empty(), "{findings:#?}");
    let sarif = sarif_of("a.txt", text, &findings, true);
    for result in sarif.runs[0].results.as_ref().unwrap() {
        let region = result.locations.as_ref().unwrap()[0]
            .physical_location
            .as_ref()
            .unwrap()
            .region
            .as_ref()
            .unwrap();
        let covered = region_text(
            text,
            (region.start_line.unwrap(), region.start_column.unwrap()),
            (region.end_line.unwrap(), region.end_column.unwrap()),
        );
        assert!(
            findings.iter().any(|f| f.text == covered),
            "region covers {covered:?}"
        );
    }
}

#[test]
fn sarif_fingerprints_ignore_line_numbers() {
    let text = fixture_text();
    let base = base();
    let checker = Checker::new(&base);
    let fingerprints = |text: &str| -> Vec<String> {
        let findings = checker.check(FIXTURE, text);
        let sarif = sarif_of(FIXTURE, text, &findings, true);
        sarif.runs[0]
            .results
            .as_ref()
            .unwrap()
            .iter()
            .map(|r| r.partial_fingerprints.as_ref().unwrap()[FINGERPRINT_KEY].clone())
            .collect()
    };
    let before = fingerprints(&text);
    let after = fingerprints(&format!("A new first line.\n\n{text}"));
    assert_eq!(before, after, "adding lines above keeps every fingerprint");
    let mut unique = before.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), before.len(), "fingerprints are distinct");
    let moved = fingerprints(&text.replace("4,000 km away", "4,000\u{a0}km  away"));
    assert_eq!(before, moved, "white space in the claim is normalised");
}

// ---------------------------------------------------------------------------------------------
// GitHub workflow commands

/// A finding with every field chosen by the test.
fn crafted(path: &str, text: &str, message: &str, verdict: Verdict) -> Finding {
    let claim = numfact::quantity::extract("4,000 km")
        .into_iter()
        .next()
        .expect("a quantity");
    Finding {
        path: path.to_string(),
        line: 1,
        column: 1,
        start: 0,
        end: text.len(),
        verdict,
        severity: verdict.severity(),
        rule: numfact::check::rules::fact_comparison::rule_of(verdict),
        text: text.to_string(),
        entity: Some("kinzhal".to_string()),
        attribute: Some("range".to_string()),
        claim,
        fact: None,
        related: Vec::new(),
        parts: numfact::check::MessageParts::summary(message),
        link: None,
        suggestion: None,
    }
}

#[test]
fn github_escapes_data_and_properties() {
    assert_eq!(
        escape_data("100% sure\r\nnext: a,b"),
        "100%25 sure%0D%0Anext: a,b"
    );
    assert_eq!(
        escape_property("100% sure\r\nnext: a,b"),
        "100%25 sure%0D%0Anext%3A a%2Cb"
    );
    // `%` first: an escape sequence already in the text is not decoded later.
    assert_eq!(escape_data("%0A"), "%250A");

    let text = "4,000 km: 50%";
    let finding = crafted(
        "./drafts/a,b:c%.txt",
        text,
        "Range: 4,000 km, or 50% more\r\nthan stated",
        Verdict::Contradicted,
    );
    let file = CheckedFile {
        path: "./drafts/a,b:c%.txt",
        text,
        findings: std::slice::from_ref(&finding),
        notices: &[],
    };
    assert_eq!(
        annotation(&file, Item::Claim(&finding)),
        "::error file=drafts/a%2Cb%3Ac%25.txt,line=1,col=1,endColumn=14,\
         title=Contradicted claim%3A 4%2C000 km%3A 50%25::\
         Range: 4,000 km, or 50%25 more%0D%0Athan stated"
    );
    // Warnings and notes.
    let warning = crafted("a.txt", text, "m", Verdict::Imprecise);
    assert!(
        annotation(&file, Item::Claim(&warning)).starts_with("::warning file=a.txt,line=1,col=1,")
    );
    let note = crafted("a.txt", text, "m", Verdict::Supported);
    assert!(annotation(&file, Item::Claim(&note)).starts_with("::notice file=a.txt,"));
    // Notes are left out unless every claim is asked for.
    let findings = [finding.clone(), note.clone()];
    let output = render_github("a.txt", text, &findings, false);
    assert_eq!(output.lines().count(), 1, "{output}");
    let output = render_github("a.txt", text, &findings, true);
    assert_eq!(output.lines().count(), 2, "{output}");
    // Every line is one command: no raw line break survives.
    for line in output.lines() {
        assert!(line.starts_with("::"), "{line}");
    }
}

#[test]
fn github_claim_spanning_lines_uses_end_line() {
    let text = "range of 4,000\nkm.";
    let mut finding = crafted("a.txt", "4,000\nkm", "m", Verdict::Contradicted);
    finding.start = 9;
    finding.end = 17;
    finding.column = 10;
    let file = CheckedFile {
        path: "a.txt",
        text,
        findings: std::slice::from_ref(&finding),
        notices: &[],
    };
    assert_eq!(
        annotation(&file, Item::Claim(&finding)),
        "::error file=a.txt,line=1,endLine=2,title=Contradicted claim%3A 4%2C000 km::m"
    );
}

fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("report-formats-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

#[test]
fn github_more_findings_than_annotated_go_to_the_step_summary() {
    let text = "4,000 km";
    let mut findings = Vec::new();
    for i in 0..12 {
        findings.push(crafted(
            "news/a|b.txt",
            text,
            &format!("error {i}"),
            Verdict::Contradicted,
        ));
    }
    for i in 0..11 {
        findings.push(crafted(
            "news/a|b.txt",
            text,
            &format!("warning {i} | with a pipe"),
            Verdict::Imprecise,
        ));
    }
    findings.push(crafted("news/a|b.txt", text, "note", Verdict::Supported));
    let files = Run::new(vec![CheckedFile {
        path: "news/a|b.txt",
        text,
        findings: &findings,
        notices: &[],
    }]);

    let dir = scratch_dir("step-summary");
    let summary = dir.join("step_summary.md");
    std::fs::write(&summary, "# Earlier step output\n\n").expect("write");
    let mut out = Vec::new();
    write_with_summary(&mut out, &files, &style(false), Some(&summary)).expect("write");
    let output = String::from_utf8(out).expect("UTF-8");
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 1 + 23, "{output}");
    assert_eq!(
        lines[0],
        "::notice title=numfact%3A findings not annotated::numfact: 3 of 23 findings are not \
         annotated (GitHub shows at most 10 errors, 10 warnings and 10 notices per step); the \
         full list is in the step summary"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::error ")).count(),
        12
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::warning ")).count(),
        11
    );
    assert_eq!(ANNOTATION_LIMIT, 10);

    let written = std::fs::read_to_string(&summary).expect("the summary was written");
    assert!(
        written.starts_with("# Earlier step output\n\n## numfact: 23 findings\n\n"),
        "appended, not replaced:\n{written}"
    );
    let rows: Vec<&str> = written
        .lines()
        .filter(|l| l.starts_with("| error") || l.starts_with("| warning"))
        .collect();
    assert_eq!(rows.len(), 23, "{written}");
    assert_eq!(
        rows[0],
        "| error | news/a\\|b.txt:1:1 | contradicted | 4,000 km | error 0 |"
    );
    assert_eq!(
        rows[12],
        "| warning | news/a\\|b.txt:1:1 | imprecise | 4,000 km | warning 0 \\| with a pipe |"
    );
    assert!(!written.contains("| note"), "notes only with --all");

    // Without a summary file the notice says where the list is instead.
    let mut out = Vec::new();
    write_with_summary(&mut out, &files, &style(false), None).expect("write");
    let output = String::from_utf8(out).expect("UTF-8");
    assert!(
        output
            .lines()
            .next()
            .unwrap()
            .ends_with("every finding is in this step's log"),
        "{output}"
    );

    // Ten errors and ten warnings fit: no notice, and the summary file is left alone.
    let few: Vec<Finding> = findings[2..22].to_vec();
    assert_eq!(
        few.iter().filter(|f| f.severity == Severity::Error).count(),
        10
    );
    let files = Run::new(vec![CheckedFile {
        path: "news/a|b.txt",
        text,
        findings: &few,
        notices: &[],
    }]);
    let untouched = dir.join("untouched.md");
    let mut out = Vec::new();
    write_with_summary(&mut out, &files, &style(false), Some(&untouched)).expect("write");
    let output = String::from_utf8(out).expect("UTF-8");
    assert_eq!(output.lines().count(), 20);
    assert!(!output.contains("::notice"), "{output}");
    assert!(!untouched.exists());
}

// ---------------------------------------------------------------------------------------------
// rdjson

#[test]
fn rdjson_columns_count_bytes_and_end_is_exclusive() {
    let text = "Café — the Kinzhal’s range is 4,000 km.\nThe Tu-160 has a top speed of 2,220 km/h but flies at 1,000 km/h.\n";
    let base = base();
    let findings = Checker::new(&base).check("./café.txt", text);
    let output = render("./café.txt", text, &findings, CheckFormat::Rdjson, false);
    let doc: Value = serde_json::from_str(&output).expect("JSON");
    assert_eq!(doc["source"]["name"], "numfact");
    let diagnostics = doc["diagnostics"].as_array().expect("diagnostics");
    let first = &diagnostics[0];
    assert_eq!(first["severity"], "ERROR");
    assert_eq!(first["code"]["value"], "NF101");
    assert_eq!(first["location"]["path"], "café.txt");
    let start = text.find("4,000 km").unwrap();
    let range = &first["location"]["range"];
    assert_eq!(range["start"]["line"], 1);
    assert_eq!(range["start"]["column"], start as u64 + 1);
    assert_eq!(
        range["end"]["column"],
        start as u64 + 1 + "4,000 km".len() as u64
    );
    assert_eq!(doc["severity"], "ERROR");
    for d in diagnostics {
        assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(["ERROR", "WARNING"].contains(&d["severity"].as_str().unwrap()));
    }
}

#[test]
fn rdjson_related_location_counts_bytes() {
    let text =
        "Café: the Kinzhal has a range of 2,000 km.\nLater: the Kinzhal has a range of 1,500 km.\n";
    let mut finding = crafted("a.txt", "1,500 km", "m", Verdict::Inconsistent);
    finding.start = text.find("1,500 km").unwrap();
    finding.end = finding.start + "1,500 km".len();
    finding.line = 2;
    finding.column = 35;
    finding.related = vec![Related {
        path: "a.txt".to_string(),
        line: 1,
        column: 34,
    }];
    let output = render(
        "a.txt",
        text,
        std::slice::from_ref(&finding),
        CheckFormat::Rdjson,
        false,
    );
    let doc: Value = serde_json::from_str(&output).expect("JSON");
    let related = &doc["diagnostics"][0]["related_locations"][0];
    assert_eq!(related["location"]["range"]["start"]["line"], 1);
    // Character 34 of "Café: …" is byte 35 ("é" has two bytes).
    assert_eq!(related["location"]["range"]["start"]["column"], 35);
}

// ---------------------------------------------------------------------------------------------
// Markdown and HTML

#[test]
fn markdown_escapes_the_article() {
    let text = "# The *Kinzhal* [sic] <b>has</b> a range of 4,000 km | $5bn.\n";
    let base = base();
    let findings = Checker::new(&base).check("a.md", text);
    let output = render("a.md", text, &findings, CheckFormat::Markdown, false);
    let quote = output
        .lines()
        .find(|l| l.starts_with("> "))
        .expect("a quoted sentence");
    assert_eq!(
        quote,
        "> \\# The \\*Kinzhal\\* \\[sic\\] \\<b\\>has\\</b\\> a range of **4,000 km** \\| \\$5bn."
    );
}

#[test]
fn html_is_self_contained_and_escapes_the_article() {
    let text = "<script>alert(x)</script> The Kinzhal has a range of 4,000 km & more.\n\nNext \"paragraph\".";
    let base = base();
    let findings = Checker::new(&base).check("a.html", text);
    let page = render("a.html", text, &findings, CheckFormat::Html, false);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script>alert"), "article text is escaped");
    assert!(page.contains("&lt;script&gt;alert(x)&lt;/script&gt;"));
    assert!(page.contains("&amp; more.\n\nNext &quot;paragraph&quot;."));
    assert!(page.contains("<mark class=\"claim v-contradicted\""));
    for external in ["src=", "href=\"http", "url(", "@import", "<link"] {
        assert!(!page.contains(external), "external asset: {external}");
    }
    assert_eq!(page.matches("<script>").count(), 1, "one inline script");
}
