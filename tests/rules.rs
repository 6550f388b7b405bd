//! The rule registry as users meet it: `numfact rules`, `--explain`, the README's list of
//! rules, codes in every report, `[severity]` and suppressions by code, suppression notices
//! in every machine format, and headlines that agree with the exit code.

use numfact::check::rules;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

mod common;

use common::{code, numfact as run_in, scratch_dir};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    common::text(&output.stdout)
}

#[test]
fn rules_lists_every_rule_and_explains_each() {
    let listed = run_in(manifest_dir(), &["rules"]);
    assert_eq!(code(&listed), 0);
    let listed = stdout(&listed);
    for rule in rules::all() {
        let row = listed
            .lines()
            .find(|l| l.starts_with(rule.code))
            .unwrap_or_else(|| panic!("{} missing from `numfact rules`:\n{listed}", rule.code));
        assert!(
            row.contains(rule.name) && row.contains(rule.summary),
            "{row}"
        );
        assert!(row.contains(rule.default_severity.name()), "{row}");
        for explain in [
            vec!["rules", rule.code],
            vec!["check", "--explain", rule.code],
            vec!["rules", rule.name],
        ] {
            let output = run_in(manifest_dir(), &explain);
            assert_eq!(code(&output), 0, "{explain:?}");
            let text = stdout(&output);
            assert!(
                text.starts_with(&format!("{} {}: ", rule.code, rule.name)),
                "{text}"
            );
            assert!(text.contains("## What it does"), "{text}");
        }
    }
    let unknown = run_in(manifest_dir(), &["rules", "NF999"]);
    assert_eq!(code(&unknown), 2);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no rule \"NF999\""));
}

/// The README's table of rules is the registry's: same codes, names, severities, summaries,
/// in the same order.
#[test]
fn readme_lists_exactly_the_registry() {
    let readme = std::fs::read_to_string(manifest_dir().join("README.md")).expect("README");
    let rows: Vec<Vec<String>> = readme
        .lines()
        .filter(|l| l.starts_with("| `NF"))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = rules::all()
        .map(|r| {
            vec![
                r.code.to_string(),
                r.name.to_string(),
                r.default_severity.name().to_string(),
                r.summary.replace('|', "\\|"),
            ]
        })
        .collect();
    assert_eq!(
        rows, expected,
        "README's rule table and the registry differ"
    );
}

/// `[severity] imprecise = "error"`: the summary line, the JSON summary, the Markdown and
/// HTML headlines and the exit code all call the imprecise claim an error.
#[test]
fn severity_overrides_reach_every_headline_and_the_exit_code() {
    let dir = scratch_dir("rules-headlines");
    let fixture = manifest_dir().join("tests/fixtures/check/planted-imprecise.txt");
    std::fs::copy(&fixture, dir.join("a.txt")).expect("copy");
    let plain = run_in(&dir, &["check", "--format", "json", "a.txt"]);
    assert_eq!(
        code(&plain),
        0,
        "an imprecise claim is a warning by default"
    );
    std::fs::write(
        dir.join("numfact.toml"),
        "[severity]\nimprecise = \"error\"\n",
    )
    .expect("write");

    let human = run_in(&dir, &["check", "a.txt"]);
    assert_eq!(code(&human), 1);
    assert!(
        stdout(&human).contains("error[NF102]"),
        "{}",
        stdout(&human)
    );

    let json: Value =
        serde_json::from_slice(&run_in(&dir, &["check", "--format", "json", "a.txt"]).stdout)
            .expect("JSON");
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["summary"]["warnings"], 0);
    assert_eq!(json["summary"]["imprecise"], 1);

    let markdown = run_in(&dir, &["check", "--format", "markdown", "a.txt"]);
    assert_eq!(code(&markdown), 1);
    assert!(
        stdout(&markdown).contains("1 to correct, 0 to review"),
        "{}",
        stdout(&markdown)
    );

    let html = run_in(&dir, &["check", "--format", "html", "a.txt"]);
    assert_eq!(code(&html), 1);
    let page = stdout(&html);
    assert!(page.contains("needs correction"), "status");
    assert!(page.contains("1 error and 0 warnings"), "headline");

    // A rule's code wins over its verdict.
    std::fs::write(
        dir.join("numfact.toml"),
        "[severity]\nimprecise = \"error\"\nNF102 = \"note\"\n",
    )
    .expect("write");
    let relaxed = run_in(&dir, &["check", "--fail-on", "warning", "a.txt"]);
    assert_eq!(code(&relaxed), 0, "{}", stdout(&relaxed));
}

/// A suppression that names a rule silences only that rule; its notices (an unknown code,
/// an unused suppression) are in the JSON document, SARIF and GitHub output.
#[test]
fn suppressions_by_code_and_notices_in_every_format() {
    let dir = scratch_dir("rules-suppress-by-code");
    let text = "# Tour\n\n\
        <!-- numfact-ignore-next-line NF203: the ministry's own words -->\n\
        The hypersonic Zircon cruises at 900 km/h.\n\n\
        <!-- numfact-ignore-next-line NF101: quoting the brochure -->\n\
        The hypersonic Zircon cruises at 950 km/h.\n\n\
        <!-- numfact-ignore-next-line NF299: typo in the code -->\n\
        Nothing to see.\n";
    std::fs::write(dir.join("a.md"), text).expect("write");

    let json = run_in(&dir, &["check", "--format", "json", "a.md"]);
    assert_eq!(
        code(&json),
        1,
        "the NF203 on line 7 is not silenced by NF101"
    );
    let doc: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let errors: Vec<(u64, &str)> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or(0),
                f["code"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(errors, [(7, "NF203")]);
    let notices: Vec<(u64, &str)> = doc["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .map(|n| {
            (
                n["line"].as_u64().unwrap_or(0),
                n["code"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        notices,
        [(6, "NF902"), (9, "NF905"), (9, "NF902")],
        "{:#}",
        doc["notices"]
    );
    assert_eq!(doc["summary"]["notices"], 3);
    assert_eq!(doc["summary"]["warnings"], 3);

    let sarif: Value =
        serde_json::from_slice(&run_in(&dir, &["check", "--format", "sarif", "a.md"]).stdout)
            .expect("SARIF");
    let ids: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["NF203", "NF902", "NF905", "NF902"]);

    let github = stdout(&run_in(&dir, &["check", "--format", "github", "a.md"]));
    assert!(
        github.contains("::warning file=a.md,line=9,col=1,endColumn=")
            && github.contains("title=Unknown suppression::unknown rule \"NF299\""),
        "{github}"
    );
    let human = stdout(&run_in(&dir, &["check", "a.md"]));
    assert!(human.contains("warning[NF902]"), "{human}");
    assert!(human.ends_with("; 3 suppression notices\n"), "{human}");
}
