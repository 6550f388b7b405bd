//! End-to-end tests of `numfact check` as CI runs it: changed lines against a real git
//! repository, Markdown inputs, configuration, report files and exit codes.

use std::path::Path;
use std::process::{Command, Output};

const CLEAN: &str = "The Kh-47M2 Kinzhal is an air-launched missile.\n\
It has a range of 1,500 to 2,000 km, the ministry says.\n\
\n\
Knevichi airfield lies about 50 km from Vladivostok.\n";

fn numfact(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_numfact"))
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("the numfact binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn diff_reports_only_the_edited_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    if !git(root, &["init", "-q"]) {
        eprintln!("skipped: git is not available");
        return;
    }
    git(root, &["config", "user.email", "editor@example.org"]);
    git(root, &["config", "user.name", "Editor"]);
    std::fs::write(root.join("article.txt"), CLEAN).expect("write");
    assert!(git(root, &["add", "."]) && git(root, &["commit", "-qm", "first draft"]));
    let edited = CLEAN.replace("1,500 to 2,000 km", "4,000 km");
    std::fs::write(root.join("article.txt"), &edited).expect("write");
    assert!(git(root, &["commit", "-qam", "edit the range"]));

    let changed = numfact(
        root,
        &[
            "check",
            "--diff",
            "HEAD~1",
            "--format",
            "json",
            "article.txt",
        ],
    );
    assert_eq!(
        changed.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&changed.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&changed.stdout).expect("JSON report");
    let errors: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1, "{report:#}");
    assert_eq!(errors[0]["text"], "4,000 km");
    assert_eq!(errors[0]["line"], 2);
    assert!(
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .all(|f| f["line"] == 2)
    );

    let unchanged = numfact(
        root,
        &["check", "--diff", "HEAD", "--format", "json", "article.txt"],
    );
    assert_eq!(unchanged.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&unchanged.stdout).expect("JSON report");
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(0));

    let bad = numfact(
        root,
        &["check", "--diff", "no-such-revision", "article.txt"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no-such-revision"));
}

#[test]
fn markdown_code_is_not_prose() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = "# Briefing\n\nThe Kinzhal has a range of 2,000 km.\n\n```\nrange of 9,000 km\n```\n\nSee `9,000 km`.\n";
    std::fs::write(dir.path().join("brief.md"), article).expect("write");
    let output = numfact(
        dir.path(),
        &["check", "--all", "--format", "jsonl", "brief.md"],
    );
    assert_eq!(output.status.code(), Some(0));
    let texts: Vec<String> = stdout(&output)
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).expect("a JSON line")["text"]
                .to_string()
        })
        .collect();
    assert_eq!(texts, ["\"2,000 km\""]);
}

#[test]
fn configuration_is_found_and_flags_win() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let init = numfact(root, &["init"]);
    assert_eq!(init.status.code(), Some(0));
    assert!(root.join("numfact.toml").exists());
    assert_eq!(
        numfact(root, &["init"]).status.code(),
        Some(2),
        "init never overwrites"
    );

    std::fs::write(root.join("numfact.toml"), "fail-on = \"never\"\n").expect("write config");
    std::fs::create_dir(root.join("articles")).expect("mkdir");
    std::fs::write(
        root.join("articles/a.txt"),
        "The Kinzhal has a range of 4,000 km.\n",
    )
    .expect("write");
    let nested = root.join("articles");
    assert_eq!(
        numfact(&nested, &["check", "a.txt"]).status.code(),
        Some(0),
        "the file's fail-on"
    );
    assert_eq!(
        numfact(&nested, &["check", "--fail-on", "error", "a.txt"])
            .status
            .code(),
        Some(1),
        "the flag wins"
    );

    std::fs::write(root.join("numfact.toml"), "fail-on = \"sometimes\"\n").expect("write config");
    let broken = numfact(&nested, &["check", "a.txt"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("numfact.toml:1:"));
}

#[test]
fn reports_go_to_files_and_directories_are_walked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("copy/sub")).expect("mkdir");
    std::fs::write(
        root.join("copy/a.txt"),
        "The Kinzhal has a range of 4,000 km.\n",
    )
    .expect("write");
    std::fs::write(
        root.join("copy/sub/b.md"),
        "The Tu-160 has a crew of four.\n",
    )
    .expect("write");
    std::fs::write(
        root.join("copy/ignored.txt"),
        "The Kinzhal has a range of 9,000 km.\n",
    )
    .expect("write");
    std::fs::write(root.join("copy/.gitignore"), "ignored.txt\n").expect("write");
    let output = numfact(
        root,
        &[
            "check",
            "--format",
            "sarif",
            "-o",
            "report.sarif",
            "--all",
            "copy",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "the report went to the file");
    let sarif: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("report.sarif")).expect("report file"),
    )
    .expect("SARIF");
    let uris: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].to_string())
        .collect();
    assert_eq!(uris, ["\"copy/a.txt\"", "\"copy/sub/b.md\""]);
}
