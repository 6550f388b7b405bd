//! The fact base: the shipped files are valid, every fact in them can be reached from prose,
//! and broken fact files are refused with the file, line and column of the problem.
//!
//! Every fact id of the shipped base needs an example sentence in [`EXAMPLES`]: a sentence
//! the checker must link to exactly that fact and find supported. A new fact without one
//! fails `every_fact_has_an_example_sentence`.

use numfact::check::{Checker, Verdict};
use numfact::facts::FactBase;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_numfact");

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh directory for one test's scratch files, under cargo's per-target temp dir.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("facts-base-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn shipped() -> FactBase {
    FactBase::shipped().expect("the shipped fact base is valid")
}

/// One sentence per fact of the shipped base: (fact id, sentence, the claim's text). The
/// checker must link the claim to exactly that fact and find it supported.
const EXAMPLES: &[(&str, &str, &str)] = &[
    (
        "mig-31.speed",
        "The MiG-31BM interceptor can reach Mach 2.8 at altitude.",
        "Mach 2.8",
    ),
    (
        "mig-31.crew",
        "Each MiG-31 is flown by a crew of two.",
        "crew of two",
    ),
    (
        "tu-160.speed.mach",
        "The Tu-160 can fly at Mach 2.",
        "Mach 2",
    ),
    (
        "tu-160.speed",
        "The Tu-160 has a maximum speed of 2,200 km/h.",
        "2,200 km/h",
    ),
    (
        "tu-160.range",
        "A Tu-160 can fly 12,300 km without refuelling.",
        "12,300 km",
    ),
    (
        "tu-160.crew",
        "The White Swan needs a crew of four.",
        "crew of four",
    ),
    (
        "tu-160.length",
        "The Tu-160 is 54.1 metres long.",
        "54.1 metres",
    ),
    (
        "tu-160.wingspan",
        "With its wings spread, the Blackjack has a wingspan of 55.7 metres.",
        "55.7 metres",
    ),
    (
        "tu-95ms.range",
        "The Tu-95MS has a range of 15,000 km.",
        "15,000 km",
    ),
    (
        "tu-95ms.speed",
        "The Bear has a top speed of 920 km/h.",
        "920 km/h",
    ),
    (
        "tu-95ms.crew",
        "A Tu-95MS carries a crew of seven.",
        "crew of seven",
    ),
    (
        "tu-95ms.length",
        "The Tu-95 is 46.2 metres long.",
        "46.2 metres",
    ),
    (
        "tu-22m3.speed",
        "The Tu-22M3 can reach speeds of 2,300 km/h.",
        "2,300 km/h",
    ),
    (
        "tu-22m3.range",
        "The Backfire has a range of 6,800 km.",
        "6,800 km",
    ),
    (
        "tu-22m3.crew",
        "The Tu-22M3 has a crew of four.",
        "crew of four",
    ),
    ("su-57.speed", "The Su-57 can fly at Mach 2.", "Mach 2"),
    ("su-57.crew", "The Su-57 has a crew of one.", "crew of one"),
    (
        "kinzhal.range",
        "The Kinzhal has a range of 2,000 km.",
        "2,000 km",
    ),
    (
        "kinzhal.speed",
        "The Kh-47M2 travels at Mach 10.",
        "Mach 10",
    ),
    (
        "iskander-m.range",
        "The Iskander-M can strike targets 500 km away.",
        "500 km",
    ),
    (
        "kalibr.range",
        "The Kalibr cruise missile has a range of 2,500 km.",
        "2,500 km",
    ),
    (
        "zircon.range",
        "The Zircon has a range of 1,000 km.",
        "1,000 km",
    ),
    ("zircon.speed", "The Tsirkon flies at Mach 9.", "Mach 9"),
    (
        "s-400.range",
        "The S-400 can hit aircraft up to 400 km away.",
        "up to 400 km",
    ),
    (
        "knevichi.distance.vladivostok",
        "Knevichi airfield lies 50 km from Vladivostok.",
        "50 km",
    ),
    (
        "moscow.distance.vladivostok",
        "Moscow lies about 6,400 km from Vladivostok.",
        "about 6,400 km",
    ),
    (
        "admiral-kuznetsov.length",
        "The Admiral Kuznetsov is 305 metres long.",
        "305 metres",
    ),
    (
        "moskva.length",
        "The Moskva was 186.4 metres long.",
        "186.4 metres",
    ),
];

// ---------------------------------------------------------------------------------------------
// The shipped base.

#[test]
fn facts_check_accepts_the_shipped_files() {
    let output = run(&["facts", "check", "facts"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        output.stderr.is_empty(),
        "no warnings expected: {}",
        stderr(&output)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let base = shipped();
    assert!(stdout.contains("valid"), "{stdout}");
    assert!(
        stdout.contains(&format!("{} facts", base.facts.len())),
        "{stdout}"
    );

    // No path: the embedded base.
    let output = run(&["facts", "check"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

#[test]
fn embedded_base_matches_the_files_on_disk() {
    let embedded = shipped();
    let loaded = FactBase::load(&manifest_dir().join("facts")).expect("facts/ loads");
    let ids = |base: &FactBase| {
        base.facts
            .iter()
            .map(|f| (f.id.clone(), f.value.low, f.value.high, f.source.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&embedded), ids(&loaded));
    let entities = |base: &FactBase| {
        base.entities
            .iter()
            .map(|e| (e.id.clone(), e.aliases.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(entities(&embedded), entities(&loaded));
}

#[test]
fn facts_list_shows_every_fact_with_its_source() {
    let output = run(&["facts", "list", "facts"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    for fact in &shipped().facts {
        assert!(
            stdout.contains(&format!("{} = ", fact.id)),
            "{} missing:\n{stdout}",
            fact.id
        );
        assert!(
            stdout.contains(&fact.source),
            "source of {} missing",
            fact.id
        );
    }
}

#[test]
fn every_fact_has_a_source_and_unique_id() {
    let base = shipped();
    let mut seen = BTreeSet::new();
    for fact in &base.facts {
        assert!(!fact.source.trim().is_empty(), "{} has no source", fact.id);
        assert!(seen.insert(fact.id.as_str()), "{} twice", fact.id);
        assert!(
            fact.value.low <= fact.value.high,
            "{}: low above high",
            fact.id
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Every fact is reachable from prose.

#[test]
fn every_fact_has_an_example_sentence() {
    let base = shipped();
    // The world base is generated; `tests/world_base.rs` checks what it links.
    let in_base: BTreeSet<&str> = base
        .facts
        .iter()
        .filter(|f| !f.origin.path.starts_with("facts/world/"))
        .map(|f| f.id.as_str())
        .collect();
    let mut in_table = BTreeSet::new();
    for (id, ..) in EXAMPLES {
        assert!(in_table.insert(*id), "{id} has two example sentences");
    }
    let missing: Vec<_> = in_base.difference(&in_table).collect();
    assert!(
        missing.is_empty(),
        "facts with no example sentence in EXAMPLES (add one): {missing:?}"
    );
    let stale: Vec<_> = in_table.difference(&in_base).collect();
    assert!(
        stale.is_empty(),
        "examples for facts that are not in the base: {stale:?}"
    );
}

#[test]
fn every_example_sentence_reaches_its_fact() {
    let base = shipped();
    let checker = Checker::new(&base);
    let mut problems = Vec::new();
    for (id, sentence, claim) in EXAMPLES {
        let findings = checker.check("example.txt", sentence);
        let Some(f) = findings.iter().find(|f| f.text == *claim) else {
            problems.push(format!("{id}: no claim {claim:?} in {sentence:?}"));
            continue;
        };
        let fact = base
            .facts
            .iter()
            .find(|x| x.id == *id)
            .expect("checked by every_fact_has_an_example_sentence");
        let entity = &base.entities[fact.entity].id;
        let got = (
            f.verdict,
            f.fact.as_ref().map(|x| x.id.as_str()),
            f.entity.as_deref(),
            f.attribute.as_deref(),
        );
        if got
            != (
                Verdict::Supported,
                Some(*id),
                Some(entity.as_str()),
                Some(fact.attribute.as_str()),
            )
        {
            problems.push(format!(
                "{id}: {sentence:?} gives {got:?} — {}",
                f.message()
            ));
        }
        if !f.message().contains(&fact.source) {
            problems.push(format!(
                "{id}: the message does not cite the source: {}",
                f.message()
            ));
        }
        if findings.len() != 1 {
            problems.push(format!(
                "{id}: {sentence:?} has {} claims, expected one",
                findings.len()
            ));
        }
    }
    assert!(problems.is_empty(), "\n  {}", problems.join("\n  "));
}

// ---------------------------------------------------------------------------------------------
// Broken fact files.

/// A small valid fact file the broken ones are built from.
const VALID: &str = r#"# A fact file for tests.

[[entity]]
id = "widget"
name = "Widget missile"
aliases = ["Widget"]
kind = "missile"

[[fact]]
entity = "widget"
attribute = "range"
value = "100 km"
tolerance = "5%"
source = "Widget Works, product sheet"
"#;

/// A broken fact file: its text, the text the error must point into (and which occurrence of
/// it, from 0), and what the message must say.
struct Broken {
    name: &'static str,
    text: String,
    needle: &'static str,
    occurrence: usize,
    message: &'static str,
}

fn broken_files() -> Vec<Broken> {
    let with = |extra: &str| format!("{VALID}\n{extra}");
    vec![
        Broken {
            name: "unknown-entity",
            text: with(
                "[[fact]]\nentity = \"gadget\"\nattribute = \"range\"\nvalue = \"5 km\"\nsource = \"s\"\n",
            ),
            needle: "\"gadget\"",
            occurrence: 0,
            message: "unknown entity \"gadget\"",
        },
        Broken {
            name: "unknown-to",
            text: with(
                "[[entity]]\nid = \"depot\"\n\n[[fact]]\nentity = \"depot\"\nattribute = \"distance\"\nto = \"nowhere\"\nvalue = \"5 km\"\nsource = \"s\"\n",
            ),
            needle: "\"nowhere\"",
            occurrence: 0,
            message: "unknown entity \"nowhere\" in `to`",
        },
        Broken {
            name: "wrong-dimension",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"3 tonnes\"\nsource = \"s\"\n",
            ),
            needle: "\"3 tonnes\"",
            occurrence: 0,
            message: "measures mass",
        },
        Broken {
            name: "unparsable-value",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"rather long\"\nsource = \"s\"\n",
            ),
            needle: "\"rather long\"",
            occurrence: 0,
            message: "cannot read \"rather long\"",
        },
        Broken {
            name: "duplicate-entity",
            text: with("[[entity]]\nid = \"widget\"\nname = \"Another widget\"\n"),
            needle: "\"widget\"",
            // 0: the first entity's id, 1: the first fact's entity, 2: the second entity's id.
            occurrence: 2,
            message: "duplicate entity id \"widget\"",
        },
        Broken {
            name: "duplicate-fact",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"range\"\nvalue = \"120 km\"\nsource = \"s\"\n",
            ),
            needle: "\"widget\"",
            // 0: entity id, 1: the first fact's entity, 2: the second fact's entity.
            occurrence: 2,
            message: "duplicate fact id \"widget.range\"",
        },
        Broken {
            name: "missing-source",
            text: with("[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"3 m\"\n"),
            needle: "[[fact]]",
            occurrence: 1,
            message: "source",
        },
        Broken {
            name: "empty-source",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"3 m\"\nsource = \"  \"\n",
            ),
            needle: "\"  \"",
            occurrence: 0,
            message: "needs a source",
        },
        Broken {
            name: "negative-tolerance",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"3 m\"\ntolerance = \"-5%\"\nsource = \"s\"\n",
            ),
            needle: "\"-5%\"",
            occurrence: 0,
            message: "negative",
        },
        Broken {
            name: "unknown-attribute",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"colour\"\nvalue = \"3 m\"\nsource = \"s\"\n",
            ),
            needle: "\"colour\"",
            occurrence: 0,
            message: "unknown attribute \"colour\"",
        },
        Broken {
            name: "unknown-variant",
            text: with(
                "[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvariant = \"inner\"\nvalue = \"3 m\"\nsource = \"s\"\n",
            ),
            needle: "\"inner\"",
            occurrence: 0,
            message: "attribute \"length\" has no variants",
        },
        Broken {
            name: "variant-without-triggers",
            text: with(
                "[[attribute]]\nname = \"area\"\ndimension = \"area\"\nvariants = [{ name = \"land\", triggers = [] }]\n",
            ),
            needle: "\"land\"",
            occurrence: 0,
            message: "needs triggers",
        },
        Broken {
            name: "counts-on-a-length",
            text: with(
                "[[attribute]]\nname = \"depth\"\ndimension = \"length\"\ncounts = [\"metres\"]\n",
            ),
            needle: "\"depth\"",
            occurrence: 0,
            message: "only a count has `counts`",
        },
        Broken {
            name: "scope-words-without-scope",
            text: with(
                "[[fact]]\nid = \"w.l\"\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"3 m\"\nscope_words = [\"inner\"]\nsource = \"s\"\n",
            ),
            needle: "\"inner\"",
            occurrence: 0,
            message: "`scope_words` needs a `scope`",
        },
        Broken {
            name: "not-toml",
            text: "[[entity]]\nid = \"widget\"\nthis line is prose, not TOML\n".to_string(),
            needle: "this line is prose, not TOML",
            occurrence: 0,
            message: "invalid fact file",
        },
    ]
}

/// 1-based line and character column of byte `offset`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The `path:line:col:` prefixes of the error lines in `stderr`, as (line, column).
fn reported_positions(stderr: &str, path: &str) -> Vec<(usize, usize)> {
    let prefix = format!("{path}:");
    stderr
        .lines()
        .filter_map(|l| l.split_once(&prefix).map(|(_, rest)| rest))
        .filter_map(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let column = parts.next()?.parse().ok()?;
            Some((line, column))
        })
        .collect()
}

#[test]
fn broken_fact_files_are_refused_with_file_line_and_column() {
    let dir = scratch_dir("broken");
    let valid = dir.join("valid.toml");
    std::fs::write(&valid, VALID).expect("write");
    assert_eq!(
        code(&run(&["facts", "check", valid.to_str().expect("UTF-8")])),
        0,
        "the base file is valid"
    );

    let article = dir.join("article.txt");
    std::fs::write(&article, "The Widget has a range of 100 km.\n").expect("write");
    let mut problems = Vec::new();
    for case in broken_files() {
        let path = dir.join(format!("{}.toml", case.name));
        std::fs::write(&path, &case.text).expect("write");
        let path_str = path.to_str().expect("UTF-8 path");

        let (offset, _) = case
            .text
            .match_indices(case.needle)
            .nth(case.occurrence)
            .expect("needle in the file");
        let (line, first_column) = line_and_column(&case.text, offset);
        let last_column = first_column + case.needle.chars().count() - 1;

        let output = run(&["facts", "check", path_str]);
        let err = stderr(&output);
        if code(&output) != 2 {
            problems.push(format!(
                "{}: exit {} (expected 2); stderr: {err}",
                case.name,
                code(&output)
            ));
        }
        let positions = reported_positions(&err, path_str);
        match positions.as_slice() {
            [(l, c)] if *l == line && (first_column..=last_column).contains(c) => {}
            _ => problems.push(format!(
                "{}: expected one error at {path_str}:{line}:{first_column}..={last_column}, stderr: {err}",
                case.name
            )),
        }
        if !err.contains(case.message) {
            problems.push(format!(
                "{}: stderr lacks {:?}: {err}",
                case.name, case.message
            ));
        }

        // `check` refuses an invalid base too, before reading any article.
        let output = run(&[
            "check",
            "--facts",
            path_str,
            article.to_str().expect("UTF-8"),
        ]);
        if code(&output) != 2 || !output.stdout.is_empty() {
            problems.push(format!(
                "{}: check --facts exit {}, stdout {:?}",
                case.name,
                code(&output),
                String::from_utf8_lossy(&output.stdout)
            ));
        }
        if !stderr(&output).contains(&format!("{path_str}:{line}:")) {
            problems.push(format!(
                "{}: check --facts stderr lacks the position: {}",
                case.name,
                stderr(&output)
            ));
        }

        // The library says the same.
        match FactBase::from_sources([(case.name.to_string(), case.text.clone())]) {
            Ok(_) => problems.push(format!("{}: from_sources accepted it", case.name)),
            Err(errors) => {
                if !errors
                    .0
                    .iter()
                    .any(|e| e.line == line && e.path == case.name)
                {
                    problems.push(format!("{}: from_sources errors {errors}", case.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n  {}", problems.join("\n  "));
}

#[test]
fn every_error_of_a_file_is_reported_in_one_run() {
    let text = format!(
        "{VALID}\n[[fact]]\nentity = \"gadget\"\nattribute = \"range\"\nvalue = \"5 km\"\nsource = \"s\"\n\n[[fact]]\nentity = \"widget\"\nattribute = \"length\"\nvalue = \"rather long\"\nsource = \"s\"\n"
    );
    let errors =
        FactBase::from_sources([("two.toml".to_string(), text.clone())]).expect_err("invalid");
    let lines: Vec<usize> = errors.0.iter().map(|e| e.line).collect();
    let expected = |needle: &str| line_and_column(&text, text.find(needle).expect("needle")).0;
    assert_eq!(
        lines,
        vec![expected("\"gadget\""), expected("\"rather long\"")],
        "{errors}"
    );
}

#[test]
fn broken_file_in_a_directory_is_named_by_its_own_path() {
    let dir = scratch_dir("directory");
    std::fs::write(dir.join("a-valid.toml"), VALID).expect("write");
    let broken = dir.join("b-broken.toml");
    std::fs::write(
        &broken,
        "[[fact]]\nentity = \"nobody\"\nattribute = \"range\"\nvalue = \"5 km\"\nsource = \"s\"\n",
    )
    .expect("write");
    let output = run(&["facts", "check", dir.to_str().expect("UTF-8")]);
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(err.contains(&format!("{}:2:", broken.display())), "{err}");
}

// ---------------------------------------------------------------------------------------------
// An alias two entities share.

const SHARED_ALIAS: &str = r#"
[[entity]]
id = "widget"
name = "Widget missile"
aliases = ["Widget", "Sparrow"]
kind = "missile"

[[entity]]
id = "gizmo"
name = "Gizmo rocket"
aliases = ["Gizmo", "Sparrow"]
kind = "missile"

[[fact]]
entity = "widget"
attribute = "range"
value = "100 km"
source = "Widget Works, product sheet"

[[fact]]
entity = "gizmo"
attribute = "range"
value = "300 km"
source = "Gizmo Ltd, product sheet"
"#;

#[test]
fn an_alias_shared_by_two_entities_warns_and_links_to_neither() {
    let dir = scratch_dir("shared-alias");
    let facts = dir.join("shared.toml");
    std::fs::write(&facts, SHARED_ALIAS).expect("write");
    let facts_str = facts.to_str().expect("UTF-8");

    let output = run(&["facts", "check", facts_str]);
    assert_eq!(
        code(&output),
        0,
        "a shared alias is a warning, not an error: {}",
        stderr(&output)
    );
    let err = stderr(&output);
    assert!(
        err.contains("warning") && err.contains("\"Sparrow\""),
        "{err}"
    );
    assert!(
        err.contains(&format!("{facts_str}:")),
        "the warning names the file: {err}"
    );

    let article = dir.join("article.txt");
    std::fs::write(
        &article,
        "The Sparrow has a range of 100 km.\nThe Gizmo has a range of 300 km.\n",
    )
    .expect("write");
    let output = run(&[
        "check",
        "--facts",
        facts_str,
        "--format",
        "json",
        article.to_str().expect("UTF-8"),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let findings = doc["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 2, "{doc:#}");
    assert_eq!(findings[0]["verdict"], "unverifiable", "{doc:#}");
    assert!(
        findings[0]["entity"].is_null() && findings[0]["fact"].is_null(),
        "{doc:#}"
    );
    // The other alias of the second entity still links.
    assert_eq!(findings[1]["verdict"], "supported", "{doc:#}");
    assert_eq!(findings[1]["fact"]["id"], "gizmo.range");

    let base = FactBase::from_sources([("shared.toml".to_string(), SHARED_ALIAS.to_string())])
        .expect("valid");
    assert_eq!(base.warnings.len(), 1, "{:?}", base.warnings);
    assert!(base.warnings[0].message.contains("Sparrow"));
    let findings = Checker::new(&base).check(
        "a.txt",
        "Officials said the Sparrow could strike targets 300 km away.",
    );
    assert_eq!(
        findings[0].verdict,
        Verdict::Unverifiable,
        "{}",
        findings[0].message()
    );
}

/// `as_of` is read as a date with its precision; an unreadable one is a warning (the file
/// stays valid and the text is kept); two facts of one series with the same date are a
/// warning at the later one.
#[test]
fn as_of_dates_and_series() {
    let text = r#"
[[entity]]
id = "kenya"
name = "Kenya"

[[fact]]
id = "kenya.population.2024"
entity = "kenya"
attribute = "population"
value = "56,000,000 people"
source = "s"
as_of = "2024 est."

[[fact]]
id = "kenya.population.2025"
entity = "kenya"
attribute = "population"
value = "57,000,000 people"
source = "s"
as_of = "2025-07"

[[fact]]
id = "kenya.population.again"
entity = "kenya"
attribute = "population"
value = "57,100,000 people"
source = "s"
as_of = "2025-07"

[[fact]]
id = "kenya.cost"
entity = "kenya"
attribute = "cost"
value = "$10 billion"
source = "s"
as_of = "September 2023"
"#;
    let base = FactBase::from_sources([("world.toml".to_string(), text.to_string())])
        .expect("the file is valid");
    let dates: Vec<String> = base
        .facts
        .iter()
        .map(|f| f.as_of_date.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(dates, ["2024 (est.)", "2025-07", "2025-07", ""]);
    assert_eq!(base.facts[3].as_of.as_deref(), Some("September 2023"));
    let warnings: Vec<String> = base.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings.iter().any(|w| w.starts_with("world.toml:36:10: as_of \"September 2023\" is not a date (a date starts with a four-digit year)")),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains(
            "facts \"kenya.population.2025\" and \"kenya.population.again\" of one series share the date 2025-07"
        )),
        "{warnings:#?}"
    );
}

/// `exact_aliases` match only in the case written ("US", not "us"); `not_aliases` are phrases
/// that contain a name but do not mean the entity ("New Guinea" is not Guinea).
#[test]
fn exact_aliases_and_stop_phrases() {
    let text = r#"
[[entity]]
id = "usa"
name = "United States"
exact_aliases = ["US"]

[[entity]]
id = "guinea"
name = "Guinea"
not_aliases = ["New Guinea", "Guinea-Bissau"]

[[fact]]
entity = "usa"
attribute = "population"
value = "341,000,000 people"
source = "s"

[[fact]]
entity = "guinea"
attribute = "population"
value = "14,000,000 people"
source = "s"
"#;
    let base = FactBase::from_sources([("world.toml".to_string(), text.to_string())])
        .expect("the file is valid");
    assert!(base.warnings.is_empty(), "{:?}", base.warnings);
    let checker = Checker::new(&base);
    let entity_of = |sentence: &str| {
        let findings = checker.check("a.txt", sentence);
        assert_eq!(findings.len(), 1, "{sentence}: {findings:#?}");
        findings[0].entity.clone()
    };
    assert_eq!(
        entity_of("The US has a population of 341 million.").as_deref(),
        Some("usa")
    );
    assert_eq!(entity_of("Tell us: a population of 341 million?"), None);
    assert_eq!(
        entity_of("Guinea has a population of 14 million.").as_deref(),
        Some("guinea")
    );
    assert_eq!(
        entity_of("New Guinea has a population of 14 million."),
        None
    );
}

/// `facts show` prints one entity with each series in time order; `facts list` ends with the
/// attributes and their trigger words.
#[test]
fn facts_show_orders_a_series_by_date() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("facts-show");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let text = "[[entity]]\nid = \"kenya\"\nname = \"Kenya\"\nexact_aliases = [\"KE\"]\n\n\
        [[fact]]\nid = \"k.2025\"\nentity = \"kenya\"\nattribute = \"population\"\n\
        value = \"57,000,000 people\"\nsource = \"s\"\nas_of = \"2025\"\n\n\
        [[fact]]\nid = \"k.2019\"\nentity = \"kenya\"\nattribute = \"population\"\n\
        value = \"47,600,000 people\"\nsource = \"s\"\nas_of = \"2019-08\"\n";
    std::fs::write(dir.join("k.toml"), text).expect("write");
    let facts = dir.join("k.toml");
    let facts = facts.to_str().expect("UTF-8");
    let output = run(&["facts", "show", "KE", "--facts", facts]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let shown = String::from_utf8_lossy(&output.stdout);
    let first = shown.find("k.2019 =").expect("2019 shown");
    let second = shown.find("k.2025 =").expect("2025 shown");
    assert!(first < second, "the series is in time order:\n{shown}");
    assert!(shown.contains("  exact aliases: KE"), "{shown}");
    assert_eq!(
        code(&run(&["facts", "show", "nobody", "--facts", facts])),
        2
    );
    let listed = run(&["facts", "list", facts]);
    assert!(
        String::from_utf8_lossy(&listed.stdout)
            .contains("  population (count): population, populated, inhabitants, home to"),
        "{}",
        String::from_utf8_lossy(&listed.stdout)
    );
}

/// The starter fact file `numfact init --facts` writes is valid and draws no warning.
#[test]
fn the_starter_fact_file_is_valid() {
    let base = FactBase::from_sources([(
        "facts.toml".to_string(),
        numfact::facts::STARTER.to_string(),
    )])
    .expect("valid");
    assert!(base.warnings.is_empty(), "{:?}", base.warnings);
    assert_eq!((base.entities.len(), base.facts.len()), (1, 1));
    assert_eq!(
        base.facts[0].as_of_date.map(|d| d.to_string()).as_deref(),
        Some("2025 (est.)")
    );
}

/// `[[kind]]` declares the nouns that refer back to an entity of a kind: "the country" after
/// a sentence naming Kenya is Kenya.
#[test]
fn declared_kinds_refer_back() {
    let text = r#"
[[kind]]
id = "country"
nouns = ["country", "nation"]

[[entity]]
id = "kenya"
name = "Kenya"
kind = "country"

[[fact]]
entity = "kenya"
attribute = "population"
value = "57,000,000 people"
source = "s"
"#;
    let base =
        FactBase::from_sources([("world.toml".to_string(), text.to_string())]).expect("valid");
    let checker = Checker::new(&base);
    let findings = checker.check(
        "a.txt",
        "Kenya lies on the equator. The country has a population of 57 million.",
    );
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].entity.as_deref(), Some("kenya"));
    assert_eq!(findings[0].verdict, Verdict::Supported);
    let unlinked = checker.check(
        "a.txt",
        "Kenya lies on the equator. The region has a population of 57 million.",
    );
    assert_eq!(unlinked[0].entity, None, "{unlinked:#?}");
    let broken = FactBase::from_sources([(
        "k.toml".to_string(),
        "[[kind]]\nid = \"country\"\nnouns = []\n".to_string(),
    )]);
    assert!(broken.is_err());
}

/// The CSV importer round-trips a 1,000-row spreadsheet: every row becomes a fact with its
/// value, source and date, and the file loads.
#[test]
fn csv_import_round_trips_a_thousand_rows() {
    let mut entities = String::from("id,name,aliases,kind\n");
    for e in 0..100 {
        entities.push_str(&format!(
            "country-{e},Country {e},C{e}land;Republic {e},country\n"
        ));
    }
    let mut facts = String::from("entity,attribute,value,unit,as_of,source\n");
    let mut expected = Vec::new();
    for row in 0..1000 {
        let (e, year) = (row % 100, 2000 + row / 100);
        let people = 1_000_000 + row * 1_234;
        facts.push_str(&format!(
            "country-{e},population,\"{people}\",people,{year},\"Census, table {row}\"\n"
        ));
        expected.push((format!("country-{e}"), people as f64, year.to_string()));
    }
    let imported =
        numfact::facts::import::from_csv("e.csv", &entities, "f.csv", &facts).expect("imports");
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    assert_eq!((imported.entities, imported.facts), (100, 1000));
    let base = FactBase::from_sources([("world.toml".to_string(), imported.toml)])
        .expect("the imported file loads");
    assert!(base.warnings.is_empty(), "{:?}", base.warnings);
    for (fact, (entity, people, year)) in base.facts.iter().zip(&expected) {
        assert_eq!(&base.entities[fact.entity].id, entity);
        assert_eq!(fact.value.low, *people);
        assert_eq!(fact.as_of.as_deref(), Some(year.as_str()));
        assert!(fact.source.starts_with("Census, table "), "{}", fact.source);
    }
    assert_eq!(
        base.entities[7].aliases,
        ["Country 7", "C7land", "Republic 7"]
    );
}

/// An attribute the base declares wins over numfact's own when the words around a claim name
/// both: "coastline … 636 km long" is the coastline, not a length.
#[test]
fn declared_attributes_win_over_built_in_ones() {
    let text = r#"
[[attribute]]
name = "coastline"
dimension = "length"
triggers = ["coastline", "coast"]

[[attribute]]
name = "troops"
dimension = "count"
triggers = ["troops", "soldiers"]

[[entity]]
id = "kenya"
name = "Kenya"

[[fact]]
entity = "kenya"
attribute = "coastline"
value = "536 km"
source = "s"

[[fact]]
entity = "kenya"
attribute = "length"
value = "1,000 km"
source = "s"
"#;
    let base =
        FactBase::from_sources([("world.toml".to_string(), text.to_string())]).expect("valid");
    let checker = Checker::new(&base);
    let findings = checker.check("a.txt", "Kenya's coastline is 636 km long.");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].attribute.as_deref(), Some("coastline"));
    assert_eq!(findings[0].verdict, Verdict::Contradicted);
    let plain = checker.check("a.txt", "Kenya is 1,000 km long.");
    assert_eq!(plain[0].attribute.as_deref(), Some("length"));
}

#[test]
fn a_base_narrows_what_a_built_in_count_accepts() {
    let text = "[[attribute]]\nname = \"population\"\ndimension = \"count\"\n\
        counts = [\"inhabitants\"]\n\n[[entity]]\nid = \"tuvalu\"\nname = \"Tuvalu\"\n\n\
        [[fact]]\nentity = \"tuvalu\"\nattribute = \"population\"\n\
        value = \"9,492 inhabitants\"\nsource = \"s\"\n";
    let base = FactBase::from_sources([("t.toml".to_string(), text.to_string())]).expect("valid");
    let population = base.vocabulary.get("population").expect("population");
    assert_eq!(population.counts, ["inhabitants"]);
    let checker = numfact::check::Checker::new(&base);
    let findings = checker.check(
        "t.txt",
        "Tuvalu is home to 9,492 inhabitants. Tuvalu is home to 9,492 people.",
    );
    let verdicts: Vec<_> = findings
        .iter()
        .map(|f| (f.text.as_str(), f.verdict, f.attribute.as_deref()))
        .collect();
    assert_eq!(
        verdicts,
        [
            (
                "9,492 inhabitants",
                numfact::check::Verdict::Supported,
                Some("population")
            ),
            ("9,492 people", numfact::check::Verdict::Unverifiable, None),
        ]
    );
}
