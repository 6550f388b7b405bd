//! The `numfact extract` command line, run as a built binary: every output format, standard
//! input, the exit code and message for unreadable and non-UTF-8 inputs, and that inputs are
//! never modified.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::SystemTime;

const BIN: &str = env!("CARGO_BIN_EXE_numfact");

/// The field names of a quantity object in the extract contract, version 1.
const QUANTITY_FIELDS: [&str; 13] = [
    "text",
    "start",
    "end",
    "line",
    "column",
    "kind",
    "qualifier",
    "low",
    "high",
    "unit",
    "dimension",
    "si",
    // `path` is only in JSON Lines records; checked separately.
    "path",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/extract")
        .join(name)
}

/// A fresh directory for one test's scratch files, under cargo's per-target temp dir.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run numfact")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn numfact");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for numfact")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

fn assert_success(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
}

/// What the library finds in a fixture, as JSON values: the CLI must report exactly this.
fn library_quantities(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
    numfact::quantity::extract(&text)
        .iter()
        .map(|q| serde_json::to_value(q).expect("quantities serialise"))
        .collect()
}

/// Checks that `q` is a contract quantity object: exactly the contract's fields (plus `path`
/// when `with_path`), each of the right JSON type.
fn assert_contract_quantity(q: &Value, with_path: bool) {
    let object = q.as_object().expect("a quantity is an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected: Vec<&str> = QUANTITY_FIELDS
        .iter()
        .copied()
        .filter(|&f| with_path || f != "path")
        .collect();
    expected.sort_unstable();
    assert_eq!(keys, expected, "fields of {q}");
    assert!(q["text"].is_string(), "{q}");
    for field in ["start", "end", "line", "column"] {
        assert!(q[field].is_u64(), "{field} of {q}");
    }
    assert!(q["line"].as_u64() >= Some(1) && q["column"].as_u64() >= Some(1));
    assert!(matches!(q["kind"].as_str(), Some("value" | "range")), "{q}");
    let qualifiers = [
        "approximately",
        "up_to",
        "at_most",
        "at_least",
        "more_than",
        "less_than",
    ];
    assert!(
        q["qualifier"].is_null() || qualifiers.contains(&q["qualifier"].as_str().unwrap_or("")),
        "qualifier of {q}"
    );
    assert!(q["low"].is_number() && q["high"].is_number(), "{q}");
    assert!(q["unit"].is_string(), "{q}");
    let dimensions = [
        "length",
        "velocity",
        "mass",
        "duration",
        "area",
        "volume",
        "temperature",
        "energy",
        "power",
        "currency",
        "percent",
        "count",
    ];
    assert!(
        dimensions.contains(&q["dimension"].as_str().unwrap_or("")),
        "dimension of {q}"
    );
    let si = q["si"].as_object().expect("si is an object");
    let mut si_keys: Vec<&str> = si.keys().map(String::as_str).collect();
    si_keys.sort_unstable();
    assert_eq!(si_keys, ["high", "low", "unit"], "si of {q}");
    assert!(
        q["si"]["low"].is_number() && q["si"]["high"].is_number() && q["si"]["unit"].is_string()
    );
}

/// The quantity without its `path`, for comparison with the library's objects.
fn without_path(q: &Value) -> Value {
    let mut q = q.clone();
    q.as_object_mut().expect("object").remove("path");
    q
}

#[test]
fn json_format_follows_the_contract() {
    let path = fixture("airfield-visit.txt");
    let path_arg = path.to_str().expect("UTF-8 path");
    let output = run(&["extract", "--format", "json", path_arg]);
    assert_success(&output);
    let document: Value = serde_json::from_str(stdout(&output)).expect("stdout is one JSON value");
    let top: Vec<&str> = {
        let mut keys: Vec<&str> = document
            .as_object()
            .expect("a JSON object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        keys
    };
    assert_eq!(top, ["files", "version"]);
    assert_eq!(document["version"], 1);
    let files = document["files"].as_array().expect("files is an array");
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["path"], path_arg);
    let quantities = files[0]["quantities"].as_array().expect("quantities array");
    assert!(!quantities.is_empty());
    for q in quantities {
        assert_contract_quantity(q, false);
    }
    assert_eq!(*quantities, library_quantities(&path));
    // The contract's example quantity, present in this fixture.
    let range = quantities
        .iter()
        .find(|q| q["text"] == "1,500 to 2,000 km")
        .expect("the range is reported");
    assert_eq!(range["kind"], "range");
    assert_eq!(range["qualifier"], Value::Null);
    assert_eq!(range["low"], 1500.0);
    assert_eq!(range["high"], 2000.0);
    assert_eq!(range["unit"], "km");
    assert_eq!(range["dimension"], "length");
    assert_eq!(range["si"]["low"], 1_500_000.0);
    assert_eq!(range["si"]["high"], 2_000_000.0);
    assert_eq!(range["si"]["unit"], "m");
}

#[test]
fn json_lists_every_file_in_order() {
    let a = fixture("missiles.txt");
    let b = fixture("warships.txt");
    let (a_arg, b_arg) = (a.to_str().expect("UTF-8"), b.to_str().expect("UTF-8"));
    let output = run(&["extract", "--format", "json", a_arg, b_arg]);
    assert_success(&output);
    let document: Value = serde_json::from_str(stdout(&output)).expect("JSON");
    let files = document["files"].as_array().expect("files");
    let paths: Vec<&str> = files.iter().filter_map(|f| f["path"].as_str()).collect();
    assert_eq!(paths, [a_arg, b_arg]);
    assert_eq!(files[0]["quantities"], Value::from(library_quantities(&a)));
    assert_eq!(files[1]["quantities"], Value::from(library_quantities(&b)));
}

/// A directory is walked like `numfact check` walks one: articles (.txt, .md, .html) in sorted
/// order, other files and hidden or git-ignored ones passed over.
#[test]
fn a_directory_is_walked_for_articles() {
    let dir = scratch_dir("walk");
    std::fs::create_dir_all(dir.join("b/nested")).expect("mkdir");
    std::fs::write(dir.join("a.txt"), "It flew 40 km.\n").expect("write");
    std::fs::write(dir.join("b/nested/c.md"), "# Range\n\nUp to 2,000 km.\n").expect("write");
    std::fs::write(dir.join("b/data.csv"), "5 km\n").expect("write");
    std::fs::write(dir.join(".hidden.txt"), "6 km\n").expect("write");
    std::fs::write(dir.join(".gitignore"), "skipped.txt\n").expect("write");
    std::fs::write(dir.join("skipped.txt"), "7 km\n").expect("write");
    let root = dir.to_str().expect("UTF-8");
    let output = run(&["extract", "--format", "json", root]);
    assert_success(&output);
    let document: Value = serde_json::from_str(stdout(&output)).expect("JSON");
    let files = document["files"].as_array().expect("files");
    let found: Vec<(String, Vec<&str>)> = files
        .iter()
        .map(|f| {
            let path = f["path"].as_str().expect("path");
            let relative = path.strip_prefix(root).unwrap_or(path);
            let texts = f["quantities"]
                .as_array()
                .expect("quantities")
                .iter()
                .filter_map(|q| q["text"].as_str())
                .collect();
            (relative.trim_start_matches('/').to_string(), texts)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("a.txt".to_string(), vec!["40 km"]),
            ("b/nested/c.md".to_string(), vec!["Up to 2,000 km"]),
        ]
    );
}

#[test]
fn jsonl_writes_one_quantity_per_line_with_its_path() {
    let a = fixture("budget.txt");
    let b = fixture("heatwave.txt");
    let (a_arg, b_arg) = (a.to_str().expect("UTF-8"), b.to_str().expect("UTF-8"));
    let output = run(&["extract", "--format", "jsonl", a_arg, b_arg]);
    assert_success(&output);
    let records: Vec<Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect();
    let expected_a = library_quantities(&a);
    let expected_b = library_quantities(&b);
    assert_eq!(records.len(), expected_a.len() + expected_b.len());
    for record in &records {
        assert!(record["path"].is_string(), "no path in {record}");
        assert_contract_quantity(record, true);
    }
    let (first, second) = records.split_at(expected_a.len());
    assert!(first.iter().all(|r| r["path"] == a_arg));
    assert!(second.iter().all(|r| r["path"] == b_arg));
    assert_eq!(
        first.iter().map(without_path).collect::<Vec<_>>(),
        expected_a
    );
    assert_eq!(
        second.iter().map(without_path).collect::<Vec<_>>(),
        expected_b
    );
}

#[test]
fn human_format_is_the_default_and_names_path_line_and_column() {
    let path = fixture("airfield-visit.txt");
    let path_arg = path.to_str().expect("UTF-8");
    let default = run(&["extract", path_arg]);
    let human = run(&["extract", "--format", "human", path_arg]);
    assert_success(&default);
    assert_success(&human);
    assert_eq!(default.stdout, human.stdout);
    let text = stdout(&human);
    let expected = library_quantities(&path);
    assert_eq!(text.lines().count(), expected.len());
    for (line, q) in text.lines().zip(&expected) {
        let prefix = format!(
            "{path_arg}:{}:{}  {}",
            q["line"],
            q["column"],
            q["text"].as_str().unwrap_or("")
        );
        assert!(
            line.starts_with(&prefix),
            "{line:?} should start with {prefix:?}"
        );
    }
    assert!(
        text.contains("approximately 50 km  →  approximately 50000 m (length)"),
        "{text}"
    );
}

#[test]
fn reads_standard_input_when_given_a_dash() {
    let path = fixture("warships.txt");
    let bytes = std::fs::read(&path).expect("fixture");
    let output = run_with_stdin(&["extract", "--format", "json", "-"], &bytes);
    assert_success(&output);
    let document: Value = serde_json::from_str(stdout(&output)).expect("JSON");
    assert_eq!(document["version"], 1);
    assert_eq!(document["files"][0]["path"], "-");
    assert_eq!(
        document["files"][0]["quantities"],
        Value::from(library_quantities(&path))
    );

    let output = run_with_stdin(&["extract", "--format", "jsonl", "-"], b"It flew 50 km.\n");
    assert_success(&output);
    let record: Value = serde_json::from_str(stdout(&output).trim_end()).expect("one record");
    assert_eq!(record["path"], "-");
    assert_eq!(record["text"], "50 km");
}

#[test]
fn empty_input_yields_an_empty_report() {
    let output = run_with_stdin(&["extract", "--format", "json", "-"], b"");
    assert_success(&output);
    let document: Value = serde_json::from_str(stdout(&output)).expect("JSON");
    assert_eq!(document["files"][0]["quantities"], Value::Array(Vec::new()));
    let output = run_with_stdin(&["extract", "--format", "jsonl", "-"], b"");
    assert_success(&output);
    assert_eq!(stdout(&output), "");
}

#[test]
fn missing_file_exits_2_naming_the_file() {
    let dir = scratch_dir("missing");
    let missing = dir.join("no-such-article.txt");
    let missing_arg = missing.to_str().expect("UTF-8");
    for format in ["human", "json", "jsonl"] {
        let output = run(&["extract", "--format", format, missing_arg]);
        assert_eq!(output.status.code(), Some(2), "format {format}");
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "one line: {message:?}");
        assert!(message.contains(missing_arg), "{message:?} names the file");
        assert!(
            output.stdout.is_empty(),
            "nothing on stdout: {:?}",
            stdout(&output)
        );
    }
    // A missing file among readable ones is still an error.
    let good = fixture("bombers.txt");
    let output = run(&["extract", good.to_str().expect("UTF-8"), missing_arg]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(missing_arg));
}

#[test]
fn non_utf8_file_exits_2_with_file_and_byte_offset() {
    let dir = scratch_dir("non-utf8");
    let path = dir.join("latin1.txt");
    // "The 50 km caf\xe9": a Latin-1 é at byte offset 13.
    std::fs::write(&path, b"The 50 km caf\xe9 stayed open.\n").expect("write");
    let path_arg = path.to_str().expect("UTF-8");
    let output = run(&["extract", "--format", "json", path_arg]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "one line: {message:?}");
    assert!(message.contains(path_arg), "{message:?} names the file");
    assert!(
        message.contains("byte offset 13"),
        "{message:?} gives the offset"
    );
    assert!(output.stdout.is_empty());

    // The same bytes on standard input name `-`.
    let output = run_with_stdin(&["extract", "-"], b"ok\n\xff");
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(" -:") && message.contains("byte offset 3"),
        "{message:?} names standard input as `-` and gives the offset"
    );
}

#[test]
fn inputs_are_never_modified() {
    let dir = scratch_dir("unchanged");
    let names = ["warships.txt", "heatwave.txt"];
    let mut copies = Vec::new();
    for name in names {
        let copy = dir.join(name);
        std::fs::copy(fixture(name), &copy).expect("copy fixture");
        copies.push(copy);
    }
    let state = |path: &Path| -> (Vec<u8>, SystemTime, u64) {
        let metadata = std::fs::metadata(path).expect("metadata");
        (
            std::fs::read(path).expect("read"),
            metadata.modified().expect("mtime"),
            metadata.len(),
        )
    };
    let before: Vec<_> = copies.iter().map(|p| state(p)).collect();
    let fixtures_before: Vec<_> = names.iter().map(|n| state(&fixture(n))).collect();
    let args: Vec<&str> = copies.iter().map(|p| p.to_str().expect("UTF-8")).collect();
    for format in ["human", "json", "jsonl"] {
        let mut all = vec!["extract", "--format", format];
        all.extend(&args);
        assert_success(&run(&all));
    }
    let after: Vec<_> = copies.iter().map(|p| state(p)).collect();
    assert_eq!(before, after, "scratch copies changed");
    let fixtures_after: Vec<_> = names.iter().map(|n| state(&fixture(n))).collect();
    assert_eq!(fixtures_before, fixtures_after, "fixtures changed");
    let entries = std::fs::read_dir(&dir).expect("read dir").count();
    assert_eq!(
        entries,
        names.len(),
        "no files were created beside the inputs"
    );
}
