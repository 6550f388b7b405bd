//! numfact on untrusted input: a pull request's articles, file names, fact files, `.git/config`
//! and `numfact.toml` are the attacker's. Each test reproduces one way an earlier version
//! could be made to leak a file, run a command, overwrite something, hang, or hide its
//! findings, and checks that it no longer can. FIFOs are made in temporary directories;
//! no test writes to a real device (an older numfact, run as root, would replace it).

#![cfg(unix)]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;

use common::{BIN, code, numfact, text};

/// An article with one contradicted claim (exit code 1 with the shipped base).
const CONTRADICTED: &str = "The Kinzhal has a range of 4,000 km.\n";

fn scratch_dir(test: &str) -> PathBuf {
    common::scratch_dir(&format!("untrusted-{test}"))
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("git");
    assert!(status.success(), "git {args:?}");
}

/// No line of `output` begins, after white space, with `::` (a GitHub workflow command).
fn assert_no_workflow_command(output: &str) {
    for line in output.lines() {
        assert!(
            !line.trim_start().starts_with("::"),
            "{line:?} in\n{output}"
        );
    }
}

// 1. `-o` onto something that is not a regular file.
#[test]
fn output_to_a_fifo_is_written_in_place() {
    let dir = scratch_dir("output-targets");
    std::fs::write(dir.join("a.md"), CONTRADICTED).expect("write");
    let fifo = dir.join("report.fifo");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut report = String::new();
            std::fs::File::open(&fifo)
                .and_then(|mut f| f.read_to_string(&mut report))
                .expect("read the FIFO");
            report
        })
    };
    let to_fifo = numfact(&dir, &["check", "a.md", "-o", "report.fifo"]);
    assert_eq!(code(&to_fifo), 1, "{}", text(&to_fifo.stderr));
    let report = reader.join().expect("reader");
    assert!(report.contains("error[NF101]"), "{report}");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata(&fifo)
            .expect("stat")
            .file_type()
            .is_fifo()
    );
}

// 2. A symlink out of the walked tree.
#[test]
fn a_link_out_of_the_tree_is_not_read() {
    let dir = scratch_dir("link-out");
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, "SECRET-TOKEN-5150 a range of 4,000 km").expect("write");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    std::fs::write(articles.join("a.md"), CONTRADICTED).expect("write");
    std::os::unix::fs::symlink(&secret, articles.join("env.txt")).expect("symlink");
    std::os::unix::fs::symlink("/proc/self/environ", articles.join("proc.txt")).expect("symlink");
    let inner = articles.join("inner.md");
    std::os::unix::fs::symlink("a.md", &inner).expect("symlink");
    let output = numfact(
        &dir,
        &["check", "--format", "html", "articles", "-o", "rep.html"],
    );
    assert_eq!(code(&output), 1, "the article's finding is still reported");
    let report = std::fs::read_to_string(dir.join("rep.html")).expect("report");
    assert!(
        !report.contains("SECRET-TOKEN"),
        "a file outside the tree leaked"
    );
    assert!(!report.contains("PATH="), "the environment leaked");
    assert!(
        report.contains("inner.md"),
        "a link inside the tree is read"
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("skipped articles/env.txt: a symbolic link to")
            && stderr.contains("outside the directory being checked"),
        "{stderr}"
    );
}

// 4. Control characters in file names and fact-base fields.
#[test]
fn names_and_fact_fields_cannot_reach_the_terminal_or_the_runner() {
    let dir = scratch_dir("control-characters");
    let name = "x\n::add-mask::hunter2\n::error file=evil::y.md";
    std::fs::write(dir.join(name), CONTRADICTED).expect("write");
    let facts = "[[entity]]\nid = \"kinzhal\"\nname = \"Kinzhal\"\naliases = [\"Kinzhal\"]\n\n\
                 [[fact]]\nentity = \"kinzhal\"\nattribute = \"range\"\nvalue = \"2000 km\"\n\
                 source = \"Ministry\\n::stop-commands::tok\\u001b[2J\\u009b31m \\u202egnp.exe\"\n";
    std::fs::write(dir.join("facts.toml"), facts).expect("write");
    let output = numfact(&dir, &["check", "--facts", "facts.toml", name]);
    assert_eq!(code(&output), 1);
    for stream in [&output.stdout, &output.stderr] {
        let shown = text(stream);
        assert_no_workflow_command(&shown);
        assert!(
            !shown.contains('\u{1b}'),
            "ESC reached the terminal:\n{shown}"
        );
        assert!(
            !shown.contains('\u{9b}'),
            "CSI reached the terminal:\n{shown}"
        );
        assert!(
            !shown.contains('\u{202e}'),
            "a bidi override reached the terminal"
        );
    }
    let shown = text(&output.stdout);
    assert!(
        shown.contains("x\\n::add-mask::hunter2\\n::error"),
        "{shown}"
    );
    assert!(
        shown.contains("Ministry\\n::stop-commands::tok\\u{1b}[2J\\u{9b}31m"),
        "{shown}"
    );
    let listed = numfact(&dir, &["facts", "list", "facts.toml"]);
    assert_no_workflow_command(&text(&listed.stdout));
    let extracted = numfact(&dir, &["extract", name]);
    assert_no_workflow_command(&text(&extracted.stdout));
    let leading = "::add-mask::hunter2.md";
    std::fs::write(dir.join(leading), CONTRADICTED).expect("write");
    for args in [
        vec!["extract", leading],
        vec!["check", leading],
        vec!["check", "--format", "markdown", leading],
    ] {
        let output = numfact(&dir, &args);
        assert_no_workflow_command(&text(&output.stdout));
        assert_no_workflow_command(&text(&output.stderr));
    }
    for format in ["html", "markdown", "sarif", "json", "rdjson"] {
        let output = numfact(
            &dir,
            &["check", "--format", format, "--facts", "facts.toml", name],
        );
        assert_no_workflow_command(&text(&output.stdout));
    }
}

/// An article line that begins with `::` is quoted in the HTML page without becoming a
/// workflow command.
#[test]
fn article_lines_cannot_become_workflow_commands() {
    let dir = scratch_dir("article-commands");
    std::fs::write(
        dir.join("a.txt"),
        "Intro.\n::add-mask::hunter2\n  ::error::x\nThe Kinzhal has a range of 4,000 km.\n",
    )
    .expect("write");
    for format in ["html", "markdown", "human", "github"] {
        let output = numfact(&dir, &["check", "--all", "--format", format, "a.txt"]);
        let shown = text(&output.stdout);
        if format == "github" {
            assert!(
                shown.lines().all(|l| l.starts_with("::error ")
                    || l.starts_with("::warning ")
                    || l.starts_with("::notice ")),
                "{shown}"
            );
        } else {
            assert_no_workflow_command(&shown);
        }
    }
}

// 5. Commands in the repository's git configuration.
#[test]
fn diff_runs_nothing_from_the_repository_configuration() {
    let dir = scratch_dir("hostile-git");
    git(&dir, &["init", "-q"]);
    std::fs::write(dir.join("a.md"), "Intro.\n").expect("write");
    git(&dir, &["add", "a.md"]);
    git(&dir, &["commit", "-q", "-m", "start"]);
    let marker = |n: &str| dir.join(format!("ran-{n}"));
    let config = format!(
        "[core]\n\tfsmonitor = \"touch '{}'; false\"\n\tpager = \"touch '{}'; cat\"\n\
         [filter \"x\"]\n\tclean = \"touch '{}'; cat\"\n\tsmudge = \"touch '{}'; cat\"\n\
         \tprocess = \"touch '{}'\"\n\trequired = true\n\
         [diff]\n\texternal = \"touch '{}'\"\n[diff \"t\"]\n\ttextconv = \"touch '{}'; cat\"\n",
        marker("fsmonitor").display(),
        marker("pager").display(),
        marker("clean").display(),
        marker("smudge").display(),
        marker("process").display(),
        marker("external").display(),
        marker("textconv").display(),
    );
    let mut git_config = std::fs::read_to_string(dir.join(".git/config")).expect("config");
    git_config.push_str(&config);
    std::fs::write(dir.join(".git/config"), git_config).expect("write");
    std::fs::write(dir.join(".gitattributes"), "*.md filter=x diff=t\n").expect("write");
    std::fs::write(dir.join("a.md"), format!("Intro.\n{CONTRADICTED}")).expect("write");
    let output = numfact(&dir, &["check", "--diff", "HEAD", "a.md"]);
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    let ran: Vec<String> = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ran-"))
        .collect();
    assert!(ran.is_empty(), "commands from .git/config ran: {ran:?}");
}

// 6. A configuration above the repository; fact paths leaving it.
#[test]
fn configuration_is_found_only_inside_the_project_and_named() {
    let dir = scratch_dir("parent-config");
    std::fs::write(
        dir.join("numfact.toml"),
        "fail-on = \"never\"\nexclude = [\"**\"]\n",
    )
    .expect("write");
    let repo = dir.join("repo");
    std::fs::create_dir_all(&repo).expect("mkdir");
    git(&repo, &["init", "-q"]);
    std::fs::write(repo.join("a.md"), CONTRADICTED).expect("write");
    let output = numfact(&repo, &["check", "a.md"]);
    assert_eq!(code(&output), 1, "the parent's numfact.toml is not used");
    assert!(!text(&output.stderr).contains("numfact: using"));

    std::fs::write(repo.join("numfact.toml"), "facts = [\"/dev/zero\"]\n").expect("write");
    let output = numfact(&repo, &["check", "a.md"]);
    assert_eq!(code(&output), 2);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("numfact.toml:1:11: facts: \"/dev/zero\" lies outside"),
        "{stderr}"
    );

    std::fs::write(repo.join("numfact.toml"), "fail-on = \"warning\"\n").expect("write");
    let output = numfact(&repo, &["check", "a.md"]);
    assert!(
        text(&output.stderr).contains("numfact: using ")
            && text(&output.stderr).contains("numfact.toml"),
        "the file used is named"
    );
    let json = numfact(&repo, &["check", "--format", "json", "a.md"]);
    let doc: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert!(
        doc["config"]
            .as_str()
            .is_some_and(|c| c.ends_with("numfact.toml"))
    );
    let sarif = numfact(&repo, &["check", "--format", "sarif", "a.md"]);
    let doc: Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    let configuration = &doc["runs"][0]["invocations"][0]["properties"]["configuration"];
    assert!(
        configuration
            .as_str()
            .is_some_and(|c| c.ends_with("numfact.toml"))
    );
}

// 7. Zero files checked.
#[test]
fn checking_no_file_is_a_warning_and_can_fail() {
    let dir = scratch_dir("zero-files");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    std::fs::write(articles.join("a.md"), CONTRADICTED).expect("write");
    std::fs::write(articles.join("b.md"), CONTRADICTED).expect("write");
    std::fs::write(articles.join(".ignore"), "*\n").expect("write");
    let output = numfact(&dir, &["check", "articles"]);
    assert_eq!(code(&output), 0);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("warning: no file was checked (2 hidden by ignore files)"),
        "{stderr}"
    );
    assert!(
        text(&output.stdout).contains("0 files: 0 supported")
            && text(&output.stdout).contains("; 2 files skipped by ignore files"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(
        code(&numfact(&dir, &["check", "--require-files", "articles"])),
        1
    );
    assert_eq!(
        code(&numfact(
            &dir,
            &["check", "--fail-on", "warning", "articles"]
        )),
        1
    );
    let json = numfact(&dir, &["check", "--format", "json", "articles"]);
    let doc: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["summary"]["ignored"], 2);
}

// 9. Size limits, FIFOs.
#[test]
fn inputs_are_capped_and_a_fifo_without_writer_does_not_hang() {
    let dir = scratch_dir("limits");
    std::fs::write(dir.join("big.txt"), "a range of 4,000 km. ".repeat(60_000)).expect("write");
    let output = numfact(&dir, &["check", "--max-input-size", "1", "big.txt"]);
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).contains("big.txt: larger than the limit of 1 MiB on one input"),
        "{}",
        text(&output.stderr)
    );
    let fifo = dir.join("in.fifo");
    mkfifo(&fifo);
    let output = numfact(&dir, &["extract", "in.fifo"]);
    assert_eq!(code(&output), 0, "a FIFO with no writer reads as empty");

    let facts = dir.join("facts");
    std::fs::create_dir_all(&facts).expect("mkdir");
    std::fs::write(
        facts.join("a.toml"),
        "[[entity]]\nid = \"k\"\nname = \"Kinzhal\"\n",
    )
    .expect("write");
    let fact_fifo = dir.join("facts.fifo");
    mkfifo(&fact_fifo);
    std::os::unix::fs::symlink(&fact_fifo, facts.join("z.toml")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("big.txt"), facts.join("y.toml")).expect("symlink");
    let output = numfact(&dir, &["facts", "check", "facts"]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("1 entities"),
        "links out of the directory are not read"
    );
}

// 10. A broken pipe keeps the findings' exit code.
#[test]
fn a_reader_that_stops_early_does_not_hide_the_errors() {
    let dir = scratch_dir("broken-pipe");
    std::fs::write(dir.join("a.md"), CONTRADICTED.repeat(5_000)).expect("write");
    let mut child = Command::new(BIN)
        .args(["check", "a.md"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a line");
    // The reader is dropped here, as `| head -1` would.
    let status = child.wait().expect("wait");
    assert!(first.starts_with("error[NF101]"), "{first}");
    assert_eq!(status.code(), Some(1));
}

// 11. A fact id with a line break.
#[test]
fn fact_ids_are_plain() {
    let dir = scratch_dir("fact-ids");
    let facts = "[[entity]]\nid = \"k\"\nname = \"Kinzhal\"\n\n[[fact]]\n\
                 id = \"x\\n\\n<img src=\\\"https://evil.example/t.png\\\">\\n\\n# Approved\"\n\
                 entity = \"k\"\nattribute = \"range\"\nvalue = \"2000 km\"\nsource = \"s\"\n";
    std::fs::write(dir.join("f.toml"), facts).expect("write");
    let output = numfact(&dir, &["facts", "check", "f.toml"]);
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).contains("f.toml:6:7: fact id")
            && text(&output.stderr).contains("may hold only letters, digits"),
        "{}",
        text(&output.stderr)
    );
}

// 12. Quadratic alias check and suppressions.
#[test]
fn many_aliases_and_many_suppressions_are_linear() {
    let dir = scratch_dir("quadratic");
    let aliases: Vec<String> = (0..80_000).map(|i| format!("\"alias {i}\"")).collect();
    let facts = format!(
        "[[entity]]\nid = \"k\"\nname = \"Kinzhal\"\naliases = [{}]\n",
        aliases.join(", ")
    );
    std::fs::write(dir.join("f.toml"), facts).expect("write");
    let output = numfact(&dir, &["facts", "check", "f.toml"]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    let pairs = "<!-- numfact-ignore-next-line: quoted -->\nThe Kinzhal has a range of 4,000 km.\n"
        .repeat(20_000);
    std::fs::write(dir.join("a.md"), pairs).expect("write");
    let output = numfact(&dir, &["check", "--format", "json", "a.md"]);
    assert_eq!(code(&output), 0);
    let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(doc["summary"]["notices"], 0);
}

// 13. The report over an input; two readers of standard input.
#[test]
fn the_report_never_replaces_an_article_and_stdin_is_read_once() {
    let dir = scratch_dir("self-output");
    std::fs::write(dir.join("a.md"), CONTRADICTED).expect("write");
    let output = numfact(&dir, &["check", "a.md", "-o", "./a.md"]);
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).contains("is one of the inputs"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("a.md")).expect("read"),
        CONTRADICTED
    );
    let output = numfact(&dir, &["check", "--diff", "-", "-"]);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("both read standard input"));
}

// 14. Markup from the fact base in machine formats; non-UTF-8 file names.
#[test]
fn fact_base_markup_and_odd_names_are_escaped_for_each_format() {
    let dir = scratch_dir("markup");
    let facts = "[[entity]]\nid = \"kinzhal\"\nname = \"Kinzhal\"\n\n[[fact]]\n\
                 entity = \"kinzhal\"\nattribute = \"range\"\nvalue = \"2000 km\"\n\
                 source = \"![i](https://evil.example/i.png)\"\n";
    std::fs::write(dir.join("facts.toml"), facts).expect("write");
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.md");
    std::fs::write(dir.join(name), CONTRADICTED).expect("write");
    let run = |format: &str| {
        let output = Command::new(BIN)
            .args(["check", "--facts", "facts.toml", "--format", format])
            .arg(name)
            .current_dir(&dir)
            .env_remove("GITHUB_STEP_SUMMARY")
            .output()
            .expect("run");
        assert_eq!(code(&output), 1, "{format}: {}", text(&output.stderr));
        text(&output.stdout)
    };
    let rdjson: Value = serde_json::from_str(&run("rdjson")).expect("rdjson");
    let message = rdjson["diagnostics"][0]["message"]
        .as_str()
        .expect("message");
    assert!(
        message.contains("!\\[i\\](https://evil.example/i.png)"),
        "{message}"
    );
    assert_eq!(rdjson["diagnostics"][0]["location"]["path"], "bad\\xFF.md");
    let sarif: Value = serde_json::from_str(&run("sarif")).expect("SARIF");
    let result = &sarif["runs"][0]["results"][0];
    assert!(
        result["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("!\\[i\\](https://evil.example/i.png)")),
        "{result}"
    );
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "bad%FF.md"
    );
    assert!(
        run("github").contains("file=bad%25FF.md,"),
        "percent-encoded bytes"
    );
    assert!(
        run("human").contains("--> bad\\xFF.md:1:"),
        "an exact, escaped name"
    );
}

/// The acceptance case: a checkout assembled by an attacker, checked as CI would (as root,
/// GitHub format, changed lines only).
#[test]
fn a_hostile_checkout_neither_leaks_nor_runs_nor_hides() {
    let dir = scratch_dir("hostile-checkout");
    std::fs::write(
        dir.join("numfact.toml"),
        "fail-on = \"never\"\nexclude = [\"**\"]\n",
    )
    .expect("parent config");
    let repo = dir.join("repo");
    let articles = repo.join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    git(&repo, &["init", "-q"]);
    std::fs::write(articles.join("a.md"), "Intro.\n").expect("write");
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "start"]);
    let secret = dir.join("credentials");
    std::fs::write(&secret, "SECRET-TOKEN-5150").expect("write");
    std::os::unix::fs::symlink(&secret, articles.join("creds.md")).expect("symlink");
    let marker = dir.join("ran");
    let mut config = std::fs::read_to_string(repo.join(".git/config")).expect("config");
    config.push_str(&format!(
        "[core]\n\tfsmonitor = \"touch '{0}'\"\n[filter \"x\"]\n\tclean = \"touch '{0}'; cat\"\n",
        marker.display()
    ));
    std::fs::write(repo.join(".git/config"), config).expect("write");
    std::fs::write(repo.join(".gitattributes"), "*.md filter=x\n").expect("write");
    std::fs::write(articles.join("a.md"), format!("Intro.\n{CONTRADICTED}")).expect("write");
    std::fs::write(articles.join("b\n::add-mask::x.md"), CONTRADICTED).expect("write");
    let output = numfact(
        &repo,
        &["check", "--diff", "HEAD", "--format", "github", "articles"],
    );
    let stdout = text(&output.stdout);
    assert_eq!(code(&output), 1, "findings are not hidden: {stdout}");
    assert!(
        stdout.contains("::error file=articles/a.md,line=2"),
        "{stdout}"
    );
    assert!(!stdout.contains("SECRET-TOKEN"));
    assert!(!marker.exists(), "a command from .git/config ran");
    for line in text(&output.stderr).lines() {
        assert!(!line.trim_start().starts_with("::"), "{line}");
    }
    for line in stdout.lines() {
        assert!(
            line.starts_with("::error ") || line.starts_with("::warning "),
            "{line}"
        );
    }
}

/// Found by review: a bare carriage return ends a line for the runner too.
#[test]
fn a_carriage_return_cannot_start_a_workflow_command() {
    let dir = scratch_dir("carriage-return");
    std::fs::write(
        dir.join("a.txt"),
        "The Kinzhal has a range of 4,000 km.\r::warning title=pwn::injected\n",
    )
    .expect("write");
    for format in ["html", "markdown", "human"] {
        let output = numfact(&dir, &["check", "--all", "--format", format, "a.txt"]);
        let shown = text(&output.stdout).replace('\r', "\n");
        assert_no_workflow_command(&shown);
    }
}

/// Found by review: a suppression word with a multi-byte character where a code's "NF"
/// would end.
#[test]
fn a_multibyte_suppression_word_is_a_reason() {
    let dir = scratch_dir("multibyte-rule");
    std::fs::write(
        dir.join("a.txt"),
        "The Kinzhal has a range of 4,000 km. numfact-ignore Né: q\n",
    )
    .expect("write");
    let output = numfact(&dir, &["check", "a.txt"]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
}

/// Found by review: `-o` onto a FIFO that nobody reads fails at once.
#[test]
fn output_to_a_fifo_without_reader_does_not_hang() {
    let dir = scratch_dir("fifo-no-reader");
    std::fs::write(dir.join("a.md"), CONTRADICTED).expect("write");
    mkfifo(&dir.join("out.fifo"));
    let output = numfact(&dir, &["check", "a.md", "-o", "out.fifo"]);
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).contains("no process reads it"),
        "{}",
        text(&output.stderr)
    );
}

/// Found by review: control characters before a claim do not shift its column, and a
/// backslash in a name is shown escaped, so the name stays exact.
#[test]
fn columns_after_control_characters_and_names_with_backslashes() {
    let dir = scratch_dir("columns");
    let name = "a\\x41.txt";
    std::fs::write(
        dir.join(name),
        "\u{1}\u{1}The Kinzhal has a range of 4,000 km.\n",
    )
    .expect("write");
    let output = numfact(&dir, &["check", name]);
    let shown = text(&output.stdout);
    assert!(shown.contains("--> a\\x5Cx41.txt:1:30"), "{shown}");
    let sarif = numfact(&dir, &["check", "--format", "sarif", name]);
    let doc: Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    assert_eq!(
        doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "a%5Cx41.txt"
    );
}

/// Found by review: a `numfact.toml` that links out of the repository is not read.
#[test]
fn a_configuration_linking_out_is_refused() {
    let dir = scratch_dir("config-link");
    std::fs::write(dir.join("creds"), "api_key = \"secret\"\n").expect("write");
    let repo = dir.join("repo");
    std::fs::create_dir_all(&repo).expect("mkdir");
    git(&repo, &["init", "-q"]);
    std::os::unix::fs::symlink(dir.join("creds"), repo.join("numfact.toml")).expect("symlink");
    std::fs::write(repo.join("a.md"), CONTRADICTED).expect("write");
    let output = numfact(&repo, &["check", "a.md"]);
    assert_eq!(code(&output), 2);
    let stderr = text(&output.stderr);
    assert!(stderr.contains("is a link to a file outside"), "{stderr}");
    assert!(!stderr.contains("api_key"), "{stderr}");
}

/// Found by review: in a repository that claims to be a partial clone, a missing object
/// would be fetched, running the repository's `core.sshCommand`.
#[test]
fn diff_never_fetches() {
    let dir = scratch_dir("lazy-fetch");
    git(&dir, &["init", "-q"]);
    std::fs::write(dir.join("a.md"), "Intro, version one.\n").expect("write");
    git(&dir, &["add", "a.md"]);
    git(&dir, &["commit", "-q", "-m", "one"]);
    let blob = Command::new("git")
        .args(["rev-parse", "HEAD:a.md"])
        .current_dir(&dir)
        .output()
        .expect("git rev-parse");
    let blob = text(&blob.stdout).trim().to_string();
    std::fs::write(dir.join("a.md"), format!("Intro.\n{CONTRADICTED}")).expect("write");
    git(&dir, &["commit", "-q", "-am", "two"]);
    let loose = dir.join(".git/objects").join(&blob[..2]).join(&blob[2..]);
    std::fs::remove_file(&loose).expect("the old blob is a loose object");
    let marker = dir.join("ran-ssh");
    for (key, value) in [
        ("core.repositoryformatversion", "1".to_string()),
        ("extensions.partialClone", "origin".to_string()),
        ("remote.origin.url", "ssh://example.invalid/x".to_string()),
        ("remote.origin.promisor", "true".to_string()),
        (
            "core.sshCommand",
            format!("touch '{}'; false", marker.display()),
        ),
    ] {
        git(&dir, &["config", key, &value]);
    }
    let output = numfact(&dir, &["check", "--diff", "HEAD~1", "a.md"]);
    assert!(!marker.exists(), "git fetched: {}", text(&output.stderr));
}
