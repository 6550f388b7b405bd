//! `numfact.toml`: discovery, every kind of error with file:line:column, severity overrides,
//! include/exclude globs, the starter file.

use numfact::check::rules::{self, Selector, fact_comparison};
use numfact::check::{Allowances, Checker, Finding, Severity, Verdict};
use numfact::driver::config::{
    Config, ConfigError, FILE_NAME, FailOn, Level, STARTER, write_starter,
};
use numfact::report::{CheckedFile, Run, Summary};
use std::fs;
use std::path::Path;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse("numfact.toml", text, std::env::temp_dir())
}

/// The single located error of an invalid file, as `line:column: message`.
fn error(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("expected an error for {text:?}"),
        Err(ConfigError::Invalid(issues)) => {
            assert_eq!(issues.len(), 1, "{issues:?}");
            let issue = &issues[0];
            assert_eq!(issue.path, "numfact.toml");
            format!("{}:{}: {}", issue.line, issue.column, issue.message)
        }
        Err(other) => panic!("unexpected error {other}"),
    }
}

#[test]
fn an_empty_file_is_the_default() {
    let config = parse("").unwrap();
    assert!(config.facts.is_empty());
    assert_eq!(config.fail_on, FailOn::Error);
    assert_eq!(config.allowances, Allowances::default());
    assert!(config.severity.is_empty());
    assert!(config.selects(Path::new("anything.md")));
}

#[test]
fn every_key() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("facts")).unwrap();
    fs::write(dir.path().join("extra.toml"), "").unwrap();
    let text = r#"
facts = ["facts", "./extra.toml"]
fail-on = "warning"
approximation = "5%"
default-tolerance = "2.5 %"
as-of = "2001-06"
include = ["articles/**/*.md"]
exclude = ["articles/drafts"]

[severity]
imprecise = "error"
unverifiable = "off"
supported = "note"
"#;
    let config = Config::parse("numfact.toml", text, dir.path()).unwrap();
    assert_eq!(
        config.facts,
        vec![dir.path().join("facts"), dir.path().join("extra.toml")]
    );
    assert_eq!(config.fail_on, FailOn::Warning);
    assert!((config.allowances.approximation - 0.05).abs() < 1e-12);
    assert!((config.allowances.default_tolerance - 0.025).abs() < 1e-12);
    assert_eq!(
        config.as_of.map(|d| d.to_string()).as_deref(),
        Some("2001-06")
    );
    assert!(
        config
            .severity
            .contains(&(Selector::Verdict(Verdict::Imprecise), Level::Error))
    );
    assert!(
        config
            .severity
            .contains(&(Selector::Verdict(Verdict::Unverifiable), Level::Off))
    );
    assert_eq!(config.include, vec!["articles/**/*.md"]);
}

#[test]
fn unknown_key() {
    let message = error("fail-on = \"error\"\nfacts-dir = \"x\"\n");
    assert!(message.starts_with("2:1: invalid numfact.toml: unknown field `facts-dir`"));
    assert!(message.contains("expected one of"), "{message}");
}

#[test]
fn unknown_verdict_in_severity() {
    let message = error("[severity]\nwrong = \"error\"\n");
    assert!(
        message.starts_with("2:1: severity: \"wrong\" is neither a verdict"),
        "{message}"
    );
}

#[test]
fn wrong_types() {
    assert_eq!(
        error("fail-on = 1\n"),
        "1:11: invalid numfact.toml: invalid type: integer `1`, expected a string"
    );
    assert!(error("facts = \"facts\"\n").starts_with("1:9: invalid numfact.toml: invalid type"));
    assert!(error("include = [1]\n").starts_with("1:12: invalid numfact.toml: invalid type"));
    assert_eq!(
        error("approximation = 0.1\n"),
        "1:17: approximation must be a percentage string such as \"10%\", not the float 0.1"
    );
}

#[test]
fn invalid_toml() {
    let message = error("fail-on = \"error\"\n[severity\n");
    assert!(message.starts_with("2:"), "{message}");
    assert!(message.contains("invalid numfact.toml"), "{message}");
}

#[test]
fn bad_values() {
    assert_eq!(
        error("fail-on = \"always\"\n"),
        "1:12: fail-on must be \"error\", \"warning\" or \"never\", not \"always\""
    );
    assert_eq!(
        error("\napproximation = \"150%\"\n"),
        "2:18: approximation must be from 0% to 100%, not \"150%\""
    );
    assert_eq!(
        error("default-tolerance = \"-1%\"\n"),
        "1:22: default-tolerance must be from 0% to 100%, not \"-1%\""
    );
    assert_eq!(
        error("as-of = \"June 2001\"\n"),
        "1:10: as-of must be a date like \"2001\", \"2001-06\" or \"2001-06-12\": a date starts \
         with a four-digit year"
    );
    assert_eq!(
        error("approximation = \"ten\"\n"),
        "1:18: approximation must be a percentage such as \"10%\", not \"ten\""
    );
    assert_eq!(
        error("[severity]\nimprecise = \"fatal\"\n"),
        "2:14: severity.imprecise: must be \"error\", \"warning\", \"note\" or \"off\", not \"fatal\""
    );
    let message = error("include = [\"ok/*.md\", \"a/[b\"]\n");
    assert!(
        message.starts_with("1:24: include: invalid glob \"a/[b\""),
        "{message}"
    );
    assert_eq!(
        error("exclude = [\"\"]\n"),
        "1:13: exclude: empty glob pattern"
    );
    let message = error("facts = [\"no-such-dir-numfact\"]\n");
    assert!(
        message.starts_with("1:11: facts: \"no-such-dir-numfact\" does not exist"),
        "{message}"
    );
}

#[test]
fn every_value_error_is_reported() {
    let Err(ConfigError::Invalid(issues)) =
        parse("fail-on = \"x\"\napproximation = \"200%\"\nexclude = [\"[\"]\n")
    else {
        panic!("expected errors");
    };
    let lines: Vec<usize> = issues.iter().map(|i| i.line).collect();
    assert_eq!(lines, vec![1, 2, 3]);
    let shown = ConfigError::Invalid(issues).to_string();
    assert_eq!(shown.lines().count(), 3);
    assert!(shown.starts_with("numfact.toml:1:12: fail-on"), "{shown}");
}

#[test]
fn columns_count_characters_and_a_bom_is_skipped() {
    assert_eq!(
        error("\u{feff}fail-on = \"x\"\n"),
        "1:13: fail-on must be \"error\", \"warning\" or \"never\", not \"x\""
    );
}

#[test]
fn load_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, "\n\nfail-on = \"sometimes\"\n").unwrap();
    let shown = Config::load(&path).unwrap_err().to_string();
    assert_eq!(
        shown,
        format!(
            "{}:3:12: fail-on must be \"error\", \"warning\" or \"never\", not \"sometimes\"",
            path.display()
        )
    );
    let missing = dir.path().join("missing.toml");
    let shown = Config::load(&missing).unwrap_err().to_string();
    assert!(shown.starts_with(&format!("{}: cannot read", missing.display())));
    fs::write(&path, b"fail-on = \"\xff\"\n").unwrap();
    let shown = Config::load(&path).unwrap_err().to_string();
    assert!(
        shown.starts_with(&format!("{}:1:12: not UTF-8 text", path.display())),
        "{shown}"
    );
}

#[test]
fn fact_paths_are_relative_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    fs::create_dir_all(project.join("facts")).unwrap();
    fs::write(
        project.join("facts/local.toml"),
        r#"
[[entity]]
id = "widget"
name = "Widget"
aliases = ["widget"]
kind = "missile"

[[fact]]
entity = "widget"
attribute = "range"
value = "100 km"
source = "test"
"#,
    )
    .unwrap();
    fs::write(project.join(FILE_NAME), "facts = [\"facts\"]\n").unwrap();
    let config = Config::load(&project.join(FILE_NAME)).unwrap();
    assert_eq!(config.facts, vec![project.join("facts")]);
    let base = config.load_facts().expect("facts named").expect("valid");
    let findings = Checker::with_allowances(&base, config.allowances)
        .check("a.txt", "The widget has a range of 300 km.");
    assert_eq!(findings[0].verdict, Verdict::Contradicted);
    assert!(Config::default().load_facts().is_none());
}

#[test]
fn discovery_walks_up_to_the_nearest_file() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a/b/c");
    fs::create_dir_all(&nested).unwrap();
    fs::write(
        dir.path().join("a").join(FILE_NAME),
        "fail-on = \"never\"\n",
    )
    .unwrap();
    let (path, config) = Config::discover(&nested).unwrap().expect("found");
    assert_eq!(path, dir.path().join("a").join(FILE_NAME));
    assert_eq!(config.fail_on, FailOn::Never);
    assert_eq!(config.dir, dir.path().join("a"));
    // The nearest one wins.
    fs::write(nested.join(FILE_NAME), "fail-on = \"warning\"\n").unwrap();
    let (path, config) = Config::discover(&nested).unwrap().expect("found");
    assert_eq!(path, nested.join(FILE_NAME));
    assert_eq!(config.fail_on, FailOn::Warning);
    // An invalid file found on the way is an error, not skipped.
    fs::write(nested.join(FILE_NAME), "fail-on = 3\n").unwrap();
    assert!(matches!(
        Config::discover(&nested),
        Err(ConfigError::Invalid(_))
    ));
}

#[test]
fn discovery_without_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("x/y");
    fs::create_dir_all(&nested).unwrap();
    // Something above the temporary directory could hold a numfact.toml; only a file inside
    // it would be wrong.
    match Config::discover(&nested).unwrap() {
        None => {}
        Some((path, _)) => assert!(!path.starts_with(dir.path()), "{}", path.display()),
    }
}

fn finding(verdict: Verdict) -> Finding {
    let base = numfact::facts::FactBase::shipped().unwrap();
    let mut finding = Checker::new(&base)
        .check("a.txt", "The Kinzhal has a range of 4,000 km.")
        .remove(0);
    finding.verdict = verdict;
    finding.rule = rules::all()
        .find(|r| r.verdict == Some(verdict))
        .expect("every verdict has a rule");
    finding.severity = finding.rule.default_severity;
    finding
}

#[test]
fn severity_overrides() {
    let config = parse(
        "[severity]\nimprecise = \"error\"\nunverifiable = \"off\"\ncontradicted = \"warning\"\n",
    )
    .unwrap();
    let findings = vec![
        finding(Verdict::Imprecise),
        finding(Verdict::Unverifiable),
        finding(Verdict::Contradicted),
        finding(Verdict::Supported),
        finding(Verdict::Inconsistent),
    ];
    let applied = config.apply_severity(findings);
    let got: Vec<(Verdict, Severity)> = applied.iter().map(|f| (f.verdict, f.severity)).collect();
    assert_eq!(
        got,
        vec![
            (Verdict::Imprecise, Severity::Error),
            (Verdict::Contradicted, Severity::Warning),
            (Verdict::Supported, Severity::Note),
            (Verdict::Inconsistent, Severity::Error),
        ]
    );
    assert_eq!(config.severity_of(&fact_comparison::UNVERIFIABLE), None);
    let summary = |findings: &[Finding]| {
        Run::new(vec![CheckedFile {
            path: "a.txt",
            text: "",
            findings,
            notices: &[],
        }])
        .summary
    };
    let all: Summary = summary(&applied);
    assert!(config.fail_on.fails(&all));
    assert!(!FailOn::Never.fails(&all));
    assert!(!FailOn::Error.fails(&summary(&applied[1..=2])));
    assert!(FailOn::Warning.fails(&summary(&applied[1..=2])));
}

#[test]
fn include_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::parse(
        "numfact.toml",
        "include = [\"articles/**/*.md\", \"notes\"]\nexclude = [\"articles/drafts\", \"**/*.wip.md\"]\n",
        dir.path(),
    )
    .unwrap();
    let at = |p: &str| dir.path().join(p);
    assert!(config.selects(&at("articles/a.md")));
    assert!(config.selects(&at("articles/2024/05/a.md")));
    assert!(config.selects(&at("./articles/x/../a.md")));
    assert!(config.selects(&at("notes/any/file.txt")));
    assert!(!config.selects(&at("articles/a.txt")));
    assert!(!config.selects(&at("other/a.md")));
    assert!(!config.selects(&at("articles/drafts/a.md")));
    assert!(!config.selects(&at("articles/2024/a.wip.md")));
    assert!(config.excludes(&at("articles/drafts")));
    assert!(!config.excludes(&at("articles")));
    // `*` does not cross directories.
    let star = Config::parse("numfact.toml", "include = [\"*.md\"]\n", dir.path()).unwrap();
    assert!(star.selects(&at("a.md")));
    assert!(!star.selects(&at("sub/a.md")));
    // No include: everything not excluded.
    let only_exclude =
        Config::parse("numfact.toml", "exclude = [\"vendor/\"]\n", dir.path()).unwrap();
    assert!(only_exclude.selects(&at("a.md")));
    assert!(!only_exclude.selects(&at("vendor/x/a.md")));
}

#[test]
fn the_starter_file_is_valid_and_shows_the_defaults() {
    let config = parse(STARTER).expect("the starter file parses");
    assert_eq!(config.fail_on, FailOn::Error);
    // Uncommenting every setting gives the defaults again.
    let uncommented: String = STARTER
        .lines()
        .map(|line| match line.strip_prefix('#') {
            Some(rest) if !rest.starts_with(' ') && !rest.is_empty() => rest,
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(uncommented, STARTER);
    let config = parse(&uncommented).expect("the uncommented starter file parses");
    assert!(config.facts.is_empty());
    assert_eq!(config.fail_on, FailOn::Error);
    assert_eq!(config.allowances, Allowances::default());
    for verdict in [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Inconsistent,
        Verdict::Imprecise,
        Verdict::Unverifiable,
    ] {
        let rule = rules::all()
            .find(|r| r.verdict == Some(verdict))
            .expect("a rule");
        assert_eq!(
            config.severity_of(rule),
            Some(verdict.severity()),
            "{verdict:?}"
        );
    }
    for key in [
        "facts",
        "fail-on",
        "approximation",
        "default-tolerance",
        "as-of",
        "include",
        "exclude",
        "[severity]",
    ] {
        assert!(STARTER.contains(&format!("#{key}")), "{key} missing");
    }
}

#[test]
fn write_starter_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_starter(dir.path()).unwrap();
    assert_eq!(path, dir.path().join(FILE_NAME));
    assert_eq!(fs::read_to_string(&path).unwrap(), STARTER);
    fs::write(&path, "fail-on = \"never\"\n").unwrap();
    let error = write_starter(dir.path()).unwrap_err();
    assert!(matches!(error, ConfigError::Exists { .. }));
    assert!(error.to_string().contains("already exists"), "{error}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "fail-on = \"never\"\n");
    let missing = dir.path().join("no/such/dir");
    assert!(matches!(
        write_starter(&missing),
        Err(ConfigError::Unwritable { .. })
    ));
}
