//! Hostile input, each with its defined outcome (issue 5): invalid UTF-8, NUL bytes, empty
//! files, enormous numerals, long chains, deeply nested Markdown, unterminated front matter
//! and comments, a directory cycle through symbolic links, hostile fact bases — and the
//! inputs the fuzz targets (`fuzz/`) found crashing, kept as regression tests.
//!
//! Inputs are built here or read from `tests/fixtures/hostile/`; the command line is run as a
//! built binary, with a deadline so a hang fails instead of blocking the suite.
//! `tests/robustness.rs` holds the extractor's own hostile cases (400-digit numbers, comma
//! chains, a 20 MB line); this file does not repeat them.

use numfact::check::{Checker, Verdict};
use numfact::facts::FactBase;
use numfact::quantity::{Quantity, extract};
use numfact::text::{html, markdown};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_numfact");

/// How long one run of the binary may take before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

/// A fresh directory for one test's files, under cargo's per-target temp dir, with an empty
/// numfact.toml so `numfact check` run in it uses the defaults, whatever configuration the
/// repository around it may have.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    std::fs::write(dir.join("numfact.toml"), "").expect("write numfact.toml");
    dir
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

/// What a run of the binary did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit code; stderr:\n{}\nstdout:\n{}",
            self.stderr,
            head(&self.stdout)
        );
        self
    }
}

fn head(text: &str) -> String {
    text.chars().take(2_000).collect()
}

/// Runs numfact with `args` in `dir`, with no standard input; kills it and fails when it
/// outlives [`DEADLINE`].
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn numfact");
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = out.read_to_end(&mut buffer);
        buffer
    });
    let err = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = err.read_to_end(&mut buffer);
        buffer
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for numfact") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("numfact {args:?} did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("numfact writes UTF-8");
    Run {
        code: status.code(),
        stdout: text(out.join().expect("stdout reader")),
        stderr: text(err.join().expect("stderr reader")),
    }
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// 1-based line and character column of byte `offset` of `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// `line:column` of the first character inside the `nth` (from 0) occurrence of the quoted
/// TOML string `"value"` in `text`: where fact-base errors point.
fn inside_quotes(text: &str, value: &str, nth: usize) -> String {
    let quoted = format!("\"{value}\"");
    let offset = text
        .match_indices(&quoted)
        .nth(nth)
        .unwrap_or_else(|| panic!("{quoted} occurs {} times", nth + 1))
        .0;
    let (line, column) = line_and_column(text, offset + 1);
    format!("{line}:{column}")
}

/// The span invariants of `tests/robustness.rs`, for the regression inputs here.
fn assert_sane(source: &str, quantities: &[Quantity]) {
    let mut previous_end = 0;
    for q in quantities {
        assert!(
            q.start < q.end && q.end <= source.len(),
            "{q:?} out of bounds"
        );
        assert_eq!(source.get(q.start..q.end), Some(q.text.as_str()), "{q:?}");
        assert!(
            q.start >= previous_end,
            "{:?} at {}..{} starts before the previous end {previous_end} in {source:?}",
            q.text,
            q.start,
            q.end
        );
        previous_end = q.end;
        let numbers = [q.low, q.high, q.si.low, q.si.high];
        assert!(numbers.iter().all(|n| n.is_finite()), "{q:?}: {numbers:?}");
        assert!(q.low <= q.high && q.si.low <= q.si.high, "{q:?}");
    }
}

fn shipped() -> FactBase {
    FactBase::shipped().expect("the shipped base is valid")
}

/// An article the shipped base contradicts: the Kinzhal's range is 1,500–2,000 km.
const CONTRADICTED: &str = "The Kinzhal has a range of 4,000 km.";

// ---------------------------------------------------------------------------------------------
// Invalid UTF-8, NUL bytes, empty files.
// ---------------------------------------------------------------------------------------------

#[test]
fn invalid_utf8_exits_2_naming_file_line_column_and_byte_offset() {
    let dir = scratch("invalid-utf8");
    // A Latin-1 "é" (0xE9) at byte offset 15: line 2, column 13.
    std::fs::write(dir.join("latin1.txt"), b"ok\nThe 5 km caf\xe9 is open.\n").expect("write");
    // A character cut short at the end of the file: offset 9, line 1, column 10.
    std::fs::write(dir.join("cut.md"), b"It is 5 k\xe2\x82").expect("write");
    for command in ["extract", "check"] {
        for (file, expected) in [
            (
                "latin1.txt",
                "latin1.txt:2:13: not UTF-8 text (invalid byte 0xE9 at byte offset 15)",
            ),
            (
                "cut.md",
                "cut.md:1:10: not UTF-8 text (invalid byte 0xE2 at byte offset 9)",
            ),
        ] {
            let run = run_in(&dir, &[command, file]);
            run.expect_code(2);
            assert!(
                run.stderr.contains(expected),
                "{command} {file}: {:?} should say {expected:?}",
                run.stderr
            );
            assert!(run.stdout.is_empty(), "no report: {}", head(&run.stdout));
        }
    }
}

#[test]
fn invalid_utf8_with_lossy_is_replaced_and_read_on() {
    let dir = scratch("lossy");
    std::fs::write(
        dir.join("latin1.txt"),
        b"ok\nThe 5 km caf\xe9 is open; the Kinzhal has a range of 1,800 km.\xff\n",
    )
    .expect("write");
    let run = run_in(
        &dir,
        &["extract", "--lossy", "--format", "jsonl", "latin1.txt"],
    );
    run.expect_code(0);
    let texts: Vec<String> = run
        .stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["text"].as_str().expect("text").to_string()
        })
        .collect();
    assert_eq!(texts, ["5 km", "1,800 km"]);
    let run = run_in(&dir, &["check", "--lossy", "--all", "latin1.txt"]);
    run.expect_code(0);
    assert!(run.stdout.contains("1 supported"), "{}", run.stdout);
    assert!(
        run.stdout.contains('\u{FFFD}'),
        "the replacement is shown: {}",
        run.stdout
    );
}

#[test]
fn nul_bytes_are_text() {
    let dir = scratch("nul");
    let text = format!("\0\0{CONTRADICTED}\0\n\0 The range is 5\0km.\n");
    std::fs::write(dir.join("nul.txt"), &text).expect("write");
    let run = run_in(&dir, &["extract", "nul.txt"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains("nul.txt:1:30  4,000 km"),
        "{}",
        run.stdout
    );
    // A NUL byte is not a space: "5\0km" is a bare 5, not 5 km.
    assert!(
        run.stdout.contains("nul.txt:2:16  5  →  5 (count)"),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);
    let run = run_in(&dir, &["check", "nul.txt"]);
    run.expect_code(1);
    assert!(run.stdout.contains("1 contradicted"), "{}", run.stdout);
    // And through the library, NULs everywhere.
    let findings = Checker::new(&shipped()).check("nul", &"\0".repeat(100_000));
    assert!(findings.is_empty());
}

#[test]
fn empty_files_give_empty_reports() {
    let dir = scratch("empty");
    for name in ["empty.txt", "empty.md", "empty.html", "empty.toml"] {
        std::fs::write(dir.join(name), "").expect("write");
    }
    let run = run_in(
        &dir,
        &["extract", "--format", "jsonl", "empty.txt", "empty.md"],
    );
    run.expect_code(0);
    assert_eq!(run.stdout, "");
    let run = run_in(&dir, &["check", "empty.txt", "empty.md", "empty.html"]);
    run.expect_code(0);
    assert!(run.stdout.contains("0 claims in 3 files"), "{}", run.stdout);
    let run = run_in(&dir, &["check", "--format", "json", "empty.txt"]);
    run.expect_code(0);
    let document: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(document["findings"], serde_json::json!([]));
    // An empty fact file is a valid, empty base.
    let run = run_in(&dir, &["facts", "check", "empty.toml"]);
    run.expect_code(0);
    assert!(run.stdout.contains("0 entities, 0 facts"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------------
// Enormous numerals: rejected, never infinite.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_numeral_of_ten_thousand_digits_is_rejected() {
    let nines = "9".repeat(10_000);
    let zeros = "0".repeat(10_000);
    let groups = vec!["999"; 3_334].join(",");
    for numeral in [
        nines.clone(),
        format!("1{zeros}"),
        groups,
        format!("{nines}.5"),
        format!("-{nines}"),
    ] {
        for source in [
            format!("The range is {numeral} km, then 5 km."),
            format!("Mach {numeral}, then 5 km."),
            format!("${numeral} billion, then 5 km."),
            format!("between 1 and {numeral} km, then 5 km."),
        ] {
            let found = extract(&source);
            assert_sane(&source, &found);
            assert!(
                found.iter().all(|q| q.text.len() < 100),
                "the numeral is rejected, not read: {:?}",
                found.iter().map(|q| q.text.len()).collect::<Vec<_>>()
            );
            assert_eq!(found.last().map(|q| q.text.as_str()), Some("5 km"));
            let findings = Checker::new(&shipped()).check("big", &source);
            assert!(findings.iter().all(|f| f.claim.si.high.is_finite()));
        }
    }
    // Digits after a decimal point add precision, not magnitude: a long fraction is finite.
    let source = format!("It is 0.{} km long.", "3".repeat(10_000));
    assert_sane(&source, &extract(&source));
}

#[test]
fn exponents_beyond_f64_are_rejected() {
    let source = "It flew 1e400 km, 1E400 km, -1e400 km, 1.8e308 km and 1e-400 km; then 1e5 km.";
    let found = extract(source);
    assert_sane(source, &found);
    let texts: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("e400") || t.contains("E400") || t.contains("e308")),
        "overflowing exponents are rejected: {texts:?}"
    );
    assert_eq!(texts.last(), Some(&"1e5 km"));
}

#[test]
fn an_overflowing_fact_value_is_an_error_with_its_position() {
    let path = fixture("facts/absurd-tolerance.toml");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let run = run_in(
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        &["facts", "check", arg(&path)],
    );
    run.expect_code(2);
    for (value, message) in [
        ("1e400 m", "cannot read \"1e400 m\""),
        ("1e400 kg", "cannot read \"1e400 kg\""),
    ] {
        let expected = format!(
            "{}:{}: {message}",
            arg(&path),
            inside_quotes(&text, value, 0)
        );
        assert!(
            run.stderr.contains(&expected),
            "{:?} should say {expected:?}",
            run.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Long chains, through the checker (the extractor's own are in tests/robustness.rs).
// ---------------------------------------------------------------------------------------------

#[test]
fn long_chains_through_the_checker_finish_and_keep_positions() {
    let base = shipped();
    let checker = Checker::new(&base);
    let dashes: Vec<String> = (1..=10_000).map(|n| n.to_string()).collect();
    let started = Instant::now();
    for source in [
        format!("The Kinzhal flew {} km. {CONTRADICTED}", dashes.join("-")),
        format!(
            "The Kinzhal flew {} km. {CONTRADICTED}",
            dashes.join("\u{2013}")
        ),
        format!(
            "The Kinzhal flew {}1 and 2 km. {CONTRADICTED}",
            "between ".repeat(20_000)
        ),
        format!("{}{CONTRADICTED}", "Kinzhal ".repeat(20_000)),
        format!("{}{CONTRADICTED}", "the missile's range ".repeat(10_000)),
        format!("{}{CONTRADICTED}", "1,500 km (".repeat(10_000)),
        format!("{}{CONTRADICTED}", "hypersonic Mach 1 ".repeat(10_000)),
    ] {
        let findings = checker.check("chain.txt", &source);
        let claims: Vec<Quantity> = findings.iter().map(|f| f.claim.clone()).collect();
        assert_sane(&source, &claims);
        let last = findings.last().expect("the final sentence is checked");
        assert_eq!(last.text, "4,000 km");
        assert_eq!(last.start, source.len() - ".".len() - "4,000 km".len());
    }
    // Not a timing test: a bound that only a quadratic blow-up would break.
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{:?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Markdown and HTML: deep nesting, unterminated front matter and comments.
// ---------------------------------------------------------------------------------------------

#[test]
fn deeply_nested_markdown_is_checked_end_to_end() {
    let dir = scratch("nested");
    let quotes = format!("{} {CONTRADICTED}\n", ">".repeat(10_000));
    let lists = format!("{}{CONTRADICTED}\n", "- ".repeat(10_000));
    let indented: String = (0..2_000)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .chain(std::iter::once(format!("\n{CONTRADICTED}\n")))
        .collect();
    let divs = format!(
        "{}<p>{CONTRADICTED}</p>{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    std::fs::write(dir.join("quotes.md"), &quotes).expect("write");
    std::fs::write(dir.join("lists.md"), &lists).expect("write");
    std::fs::write(dir.join("indented.md"), &indented).expect("write");
    std::fs::write(dir.join("divs.html"), &divs).expect("write");
    for (file, text) in [
        ("quotes.md", &quotes),
        ("lists.md", &lists),
        ("indented.md", &indented),
        ("divs.html", &divs),
    ] {
        let run = run_in(&dir, &["check", "--format", "jsonl", file]);
        run.expect_code(1);
        let offset = text.find("4,000 km").expect("claim");
        let (line, column) = line_and_column(text, offset);
        let finding: serde_json::Value =
            serde_json::from_str(run.stdout.lines().next().expect("a finding")).expect("JSON");
        assert_eq!(
            (&finding["verdict"], &finding["line"], &finding["column"]),
            (&"contradicted".into(), &line.into(), &column.into()),
            "{file}"
        );
    }
}

#[test]
fn unterminated_front_matter_and_comments_have_a_defined_reading() {
    let dir = scratch("unterminated");
    // (file, text, whether the claim is read as prose)
    let cases = [
        // Front matter never closed is not front matter: the claim is prose.
        (
            "open-front-matter.md",
            format!("---\ntitle: x\n{CONTRADICTED}\n"),
            true,
        ),
        (
            "open-toml-front-matter.md",
            format!("+++\n{CONTRADICTED}\n"),
            true,
        ),
        // Closed front matter is not prose.
        (
            "closed-front-matter.md",
            format!("---\nnote: {CONTRADICTED}\n---\nText.\n"),
            false,
        ),
        // A comment opening a line runs to the end of the document, unterminated.
        (
            "open-comment-block.md",
            format!("<!-- draft\n\n{CONTRADICTED}\n"),
            false,
        ),
        // Inside a paragraph, to the end of its line only.
        (
            "open-comment-inline.md",
            format!("A <!-- draft\n{CONTRADICTED}\n"),
            true,
        ),
        (
            "open-comment.html",
            format!("<p>Text <!-- draft {CONTRADICTED}</p>"),
            false,
        ),
        (
            "open-script.html",
            format!("<script>var a = 1;\n{CONTRADICTED}"),
            false,
        ),
        (
            "open-tag.html",
            format!("<p title=\"x\n{CONTRADICTED}"),
            false,
        ),
        (
            "open-suppression.md",
            format!("<!-- numfact-ignore: reason\n{CONTRADICTED}\n"),
            false,
        ),
    ];
    for (file, text, read) in &cases {
        std::fs::write(dir.join(file), text).expect("write");
        let run = run_in(&dir, &["check", "--all", file]);
        run.expect_code(if *read { 1 } else { 0 });
        let claims = if *read { "1 claim" } else { "0 claims" };
        assert!(run.stdout.contains(claims), "{file}: {}", run.stdout);
    }
    // The masks themselves keep their promises on every one of them.
    for (_, text, _) in &cases {
        for prose in [markdown::prose_mask(text), html::prose_mask(text)] {
            assert_eq!(prose.len(), text.len());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A directory cycle through symbolic links.
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_directory_cycle_through_symlinks_is_walked_once() {
    use std::os::unix::fs::symlink;
    let dir = scratch("cycle");
    let deep = dir.join("articles/a/b");
    std::fs::create_dir_all(&deep).expect("create dirs");
    std::fs::write(deep.join("article.txt"), CONTRADICTED).expect("write");
    symlink("../..", deep.join("up")).expect("link to an ancestor");
    symlink(".", dir.join("articles/self")).expect("link to itself");
    symlink("../../articles", dir.join("articles/a/again")).expect("link back to the root");
    symlink("nowhere.txt", dir.join("articles/dangling.txt")).expect("dangling link");
    symlink("article.txt", deep.join("alias.txt")).expect("link to a file");
    let run = run_in(&dir, &["check", "--format", "jsonl", "articles"]);
    run.expect_code(1);
    let mut paths: Vec<String> = run
        .stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["path"].as_str().expect("path").to_string()
        })
        .collect();
    paths.sort();
    // Links to directories are not followed; a link to a file is read as that file.
    assert_eq!(
        paths,
        ["articles/a/b/alias.txt", "articles/a/b/article.txt"]
    );
    // A fact-base directory with a cycle loads too.
    let facts = dir.join("facts/sub");
    std::fs::create_dir_all(&facts).expect("create dirs");
    std::fs::copy(fixture("facts/shared-alias.toml"), facts.join("a.toml")).expect("copy");
    symlink("..", facts.join("up")).expect("link to an ancestor");
    let run = run_in(&dir, &["facts", "check", "facts"]);
    run.expect_code(0);
    assert!(run.stdout.contains("2 entities, 2 facts"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------------
// Hostile fact bases: exit 2 and file:line:column, or a warning.
// ---------------------------------------------------------------------------------------------

/// Runs `numfact facts check` and `numfact check --facts` on a fixture fact file; both must
/// exit 2 with every expected `path:line:column: message` (positions of quoted values).
fn assert_fact_errors(name: &str, expected: &[(&str, usize, &str)]) {
    let path = fixture(&format!("facts/{name}"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    let dir = scratch(&format!("facts-{name}"));
    std::fs::write(dir.join("article.txt"), CONTRADICTED).expect("write");
    for args in [
        vec!["facts", "check", arg(&path)],
        vec!["check", "--facts", arg(&path), "article.txt"],
    ] {
        let run = run_in(&dir, &args);
        run.expect_code(2);
        assert!(run.stdout.is_empty(), "no report: {}", run.stdout);
        for &(value, nth, message) in expected {
            let line = format!(
                "{}:{}: {message}",
                arg(&path),
                inside_quotes(&text, value, nth)
            );
            assert!(
                run.stderr
                    .lines()
                    .any(|l| l.ends_with(&line) || l.contains(&line)),
                "{args:?}: {:?} should contain {line:?}",
                run.stderr
            );
        }
    }
}

#[test]
fn duplicate_ids_are_errors_at_the_second_definition() {
    assert_fact_errors(
        "duplicate-ids.toml",
        &[
            ("widget", 1, "duplicate entity id \"widget\""),
            ("widget", 3, "duplicate fact id \"widget.range\""),
        ],
    );
}

#[test]
fn an_unknown_entity_in_a_relation_is_an_error() {
    assert_fact_errors(
        "unknown-relation.toml",
        &[("nowhere", 0, "unknown entity \"nowhere\" in `to`")],
    );
}

#[test]
fn a_value_of_the_wrong_dimension_is_an_error() {
    assert_fact_errors(
        "wrong-dimension.toml",
        &[(
            "3 tonnes",
            0,
            "value \"3 tonnes\" measures mass, but attribute \"length\" measures length",
        )],
    );
}

#[test]
fn negative_tolerances_are_errors() {
    assert_fact_errors(
        "negative-tolerance.toml",
        &[
            ("-5%", 0, "a tolerance cannot be negative: \"-5%\""),
            ("-10 cm", 0, "a tolerance cannot be negative: \"-10 cm\""),
        ],
    );
}

#[test]
fn absurd_tolerances_are_errors() {
    assert_fact_errors(
        "absurd-tolerance.toml",
        &[
            (
                "500%",
                0,
                "a tolerance over 100% makes the fact say nothing",
            ),
            ("1e400 m", 0, "cannot read \"1e400 m\" as a quantity"),
        ],
    );
}

/// An absolute tolerance larger than the value says as little as one over 100%: 5,000 km on
/// a range of 100 km makes a claim of 4,000 km "supported". Found by this suite; fixed in
/// `parse_tolerance`, which now refuses an absolute tolerance above a non-zero value.
#[test]
fn an_absolute_tolerance_larger_than_the_value_is_an_error() {
    assert_fact_errors(
        "absurd-absolute-tolerance.toml",
        &[("5,000 km", 0, "a tolerance")],
    );
}

#[test]
fn a_fact_file_that_is_not_toml_is_an_error_with_its_position() {
    for (name, line) in [("not-toml.toml", 5), ("unterminated-string.toml", 7)] {
        let path = fixture(&format!("facts/{name}"));
        let run = run_in(
            Path::new(env!("CARGO_TARGET_TMPDIR")),
            &["facts", "check", arg(&path)],
        );
        run.expect_code(2);
        let prefix = format!("{}:{line}:", arg(&path));
        assert!(
            run.stderr.contains(&prefix) && run.stderr.contains("invalid fact file"),
            "{name}: {:?} should point at line {line}",
            run.stderr
        );
    }
}

/// A fact file that is not UTF-8: one error naming the file, line, column and byte offset.
/// The message currently repeats its own position ("binary.toml:2:7: binary.toml:2:7: not
/// UTF-8 text …"): `FactBase::load` puts the whole `InputError` display, which starts with
/// the position, into a `FactError` that prints the position again.
#[test]
fn a_fact_file_that_is_not_utf8_is_an_error_with_its_position() {
    let dir = scratch("facts-binary");
    std::fs::write(dir.join("binary.toml"), b"[[entity]]\nid = \"\xff\xfe\"\n").expect("write");
    let run = run_in(&dir, &["facts", "check", "binary.toml"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "numfact: error: binary.toml:2:7: not UTF-8 text (invalid byte 0xFF at byte offset 17)\n"
    );
}

#[test]
fn an_alias_shared_by_two_entities_warns_and_its_claims_are_unverifiable() {
    let path = fixture("facts/shared-alias.toml");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let dir = scratch("shared-alias");
    let run = run_in(&dir, &["facts", "check", arg(&path)]);
    run.expect_code(0);
    let warning = format!(
        "numfact: warning: {}:{}: alias \"Falcon\" of \"falcon-jet\" is also an alias of \"falcon-missile\"",
        arg(&path),
        // The fourth "Falcon" (two are in the comment): the jet's alias, the second owner.
        inside_quotes(&text, "Falcon", 3)
    );
    assert!(
        run.stderr.contains(&warning),
        "{:?} should say {warning:?}",
        run.stderr
    );
    // 4,000 km contradicts the missile (100 km) and the jet (3,000 km): neither is guessed.
    std::fs::write(
        dir.join("article.txt"),
        "The Falcon has a range of 4,000 km.\n",
    )
    .expect("write");
    let run = run_in(
        &dir,
        &[
            "check",
            "--facts",
            arg(&path),
            "--format",
            "jsonl",
            "article.txt",
        ],
    );
    run.expect_code(0);
    assert!(run.stderr.contains(&warning), "{:?}", run.stderr);
    let finding: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().expect("a finding")).expect("JSON");
    assert_eq!(finding["verdict"], "unverifiable");
    assert_eq!(finding["entity"], serde_json::Value::Null);
    // Through the library: a warning, not an error, and the same verdict.
    let base = FactBase::from_sources([("shared.toml".to_string(), text)]).expect("loads");
    assert_eq!(base.warnings.len(), 1);
    let findings = Checker::new(&base).check("a.txt", "The Falcon has a range of 4,000 km.");
    assert_eq!(findings[0].verdict, Verdict::Unverifiable);
}

/// 100,000 facts (25,000 entities with four facts each) load without panicking; the time is
/// printed (`--nocapture`), not asserted.
#[test]
fn a_hundred_thousand_facts_load() {
    use std::fmt::Write;
    let mut text = String::with_capacity(12 << 20);
    for e in 0..25_000 {
        let _ = write!(
            text,
            "[[entity]]\nid = \"e{e}\"\nname = \"Entity {e}\"\naliases = [\"E-{e}\"]\n\n\
             [[fact]]\nentity = \"e{e}\"\nattribute = \"range\"\nvalue = \"{} km\"\ntolerance = \"5%\"\nsource = \"s\"\n\n\
             [[fact]]\nentity = \"e{e}\"\nattribute = \"speed\"\nvalue = \"<= Mach {}\"\nsource = \"s\"\n\n\
             [[fact]]\nentity = \"e{e}\"\nattribute = \"crew\"\nvalue = \"{}\"\nsource = \"s\"\n\n\
             [[fact]]\nentity = \"e{e}\"\nattribute = \"length\"\nvalue = \"{}..{} m\"\nsource = \"s\"\n\n",
            100 + e,
            1 + e % 20,
            1 + e % 9,
            10 + e % 50,
            70 + e % 50,
        );
    }
    let started = Instant::now();
    let base = FactBase::from_sources([("big.toml".to_string(), text)]).expect("loads");
    let loaded = started.elapsed();
    assert_eq!((base.entities.len(), base.facts.len()), (25_000, 100_000));
    let checker = Checker::new(&base);
    let findings = checker.check("a.txt", "E-24999 has a range of 25,099 km.");
    assert_eq!(findings[0].verdict, Verdict::Supported);
    eprintln!(
        "100,000 facts: loaded in {loaded:?}, checker ready and one check done in {:?}",
        started.elapsed() - loaded
    );
}

// ---------------------------------------------------------------------------------------------
// Regression inputs found by the fuzz targets (fuzz/), minimised with `cargo fuzz tmin`.
// ---------------------------------------------------------------------------------------------

/// fuzz `extract`: a trailing qualifier ("or more", "and more") and a leading one ("More
/// than", "more than") share the word "more", and both quantities claimed it: spans
/// overlapped (fixed in 046f938: backward extensions stop at the previous quantity).
#[test]
fn fuzz_extract_overlapping_qualifiers() {
    for source in [
        "two or\nMore than 3",
        "160 and more than 28",
        "5 km or more than 6 km",
    ] {
        assert_sane(source, &extract(source));
    }
}

/// fuzz `extract`: a counted noun after one number ("4 crew") and a collective before the
/// next ("crew of 160") share the noun, and both quantities claimed it (fixed in 046f938).
#[test]
fn fuzz_extract_overlapping_collective() {
    for source in ["4 crew of 160", "40/0<6 crew of four and", "6 crew of four"] {
        assert_sane(source, &extract(source));
    }
}

/// fuzz `markdown`: a Markdown or HTML comment whose eighth byte falls inside a multi-byte
/// character ("editor’s": the ’ spans bytes 6..9) panics in `parse_directive`
/// (`text[..PREFIX.len()]` in src/check/suppress.rs), so `numfact check` died on an
/// ordinary editor's comment (fixed in df4602f).
#[test]
fn fuzz_markdown_comment_with_a_multibyte_character_at_byte_eight() {
    use numfact::check::suppress;
    use numfact::text::source::InputFormat;
    for text in [
        "Range 5 km. <!-- editor’s note: checked -->\n",
        "<!-- 1234567€ -->",
        "<!-- numfact€ -->",
    ] {
        for format in [InputFormat::Markdown, InputFormat::Html] {
            let _ = suppress::find(text, format, "comment.md");
        }
    }
    let dir = scratch("comment-multibyte");
    std::fs::write(
        dir.join("note.md"),
        format!("{CONTRADICTED} <!-- editor’s note: checked -->\n"),
    )
    .expect("write");
    run_in(&dir, &["check", "note.md"]).expect_code(1);
}

// ---------------------------------------------------------------------------------------------
// Found by the audit and the hostile-pattern sweep (not reachable with the fuzzers' 4 KB
// inputs).
// ---------------------------------------------------------------------------------------------

/// A run of sentence marks not followed by white space ("......a"): the sentence splitter
/// scans the rest of the run again from every mark (`closing_end` from `ends_sentence`, in
/// src/text/sentences.rs), so `numfact check` took time quadratic in the run: 80,000 full
/// stops took 2 s in a release build, a megabyte of them minutes (fixed in 414ab25).
#[test]
fn a_long_run_of_full_stops_is_split_in_linear_time() {
    let dir = scratch("full-stops");
    for (name, mark) in [("dots.txt", "."), ("bangs.md", "!"), ("quotes.txt", ".'")] {
        let text = format!("{CONTRADICTED} {}a\n", mark.repeat(300_000));
        std::fs::write(dir.join(name), &text).expect("write");
        let started = Instant::now();
        run_in(&dir, &["check", name]).expect_code(1);
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{name}: {:?}",
            started.elapsed()
        );
    }
}

/// A fact file whose entities sit on one line (an inline array of tables, valid TOML): every
/// entity's origin counts the characters from the start of its line again (`LineIndex::locate`
/// in src/text/mod.rs, called per entity from src/facts/schema.rs), so loading is quadratic
/// in the line's length: 100,000 entities on a 4 MB line took 8.6 s in a release build, before
/// `LineIndex` remembered its last position.
#[test]
fn entities_on_one_long_line_load_in_linear_time() {
    let entities: Vec<String> = (0..200_000)
        .map(|i| format!("{{id = \"e{i}\", name = \"Entity {i}\"}}"))
        .collect();
    let text = format!("entity = [{}]\n", entities.join(", "));
    let started = Instant::now();
    let base = FactBase::from_sources([("one-line.toml".to_string(), text)]).expect("loads");
    assert_eq!(base.entities.len(), 200_000);
    let last = &base.entities[199_999].origin;
    assert_eq!(last.line, 1);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

/// A unified diff (`--diff -` reads one from standard input) whose hunk header starts at the
/// largest line number: counting the next line overflows `usize` (`new_line += 1` in
/// `parse_unified`, src/diff.rs), a panic in a debug build and a wrap to line 0 in release.
#[test]
fn a_hunk_header_at_the_largest_line_number_does_not_overflow() {
    let max = usize::MAX;
    for diff in [
        format!("+++ b/a.md\n@@ -1 +{max},2 @@\n+one\n+two\n"),
        format!("+++ b/a.md\n@@ -1 +{max},2 @@\n context\n+two\n"),
    ] {
        let changed = numfact::driver::diff::parse_unified(&diff);
        assert!(changed.contains("a.md", max), "{diff:?}");
    }
}
