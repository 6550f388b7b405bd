//! Changed lines: unified diffs, git revisions (in a temporary repository), and the findings
//! kept for them.

use numfact::check::message::Restatement;
use numfact::check::{Checker, Finding, MessageParts, Related, Severity, Verdict};
use numfact::driver::diff::{ChangedLines, DiffError, changed_since, filter, parse_unified};
use numfact::facts::FactBase;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

fn lines(changed: &ChangedLines, path: &str) -> Vec<usize> {
    changed
        .lines(path)
        .map(|l| l.iter().copied().collect())
        .unwrap_or_default()
}

#[test]
fn several_files_and_hunks() {
    let diff = "\
diff --git a/articles/a.md b/articles/a.md
index 1111111..2222222 100644
--- a/articles/a.md
+++ b/articles/a.md
@@ -2,4 +2,5 @@ A heading
 unchanged line two
-old line three
+new line three
+added line four
 unchanged line five
 unchanged line six
@@ -20 +21 @@
-x
+y
diff --git a/b.txt b/b.txt
--- a/b.txt
+++ b/b.txt
@@ -1,0 +2,2 @@
+++ b/not-a-header
+--- also content
";
    let changed = parse_unified(diff);
    assert_eq!(lines(&changed, "articles/a.md"), vec![3, 4, 21]);
    assert_eq!(lines(&changed, "b.txt"), vec![2, 3]);
    assert_eq!(
        changed.files().collect::<Vec<_>>(),
        vec!["articles/a.md", "b.txt"]
    );
    assert!(changed.lines("not-a-header").is_none());
    assert!(changed.contains("./articles/a.md", 3));
    assert!(changed.contains("articles/../articles/a.md", 21));
    assert!(!changed.contains("articles/a.md", 2));
    assert!(!changed.contains("articles/a.md", 5));
}

#[test]
fn deletions_only_add_nothing() {
    let diff = "\
--- a/a.md
+++ b/a.md
@@ -3,2 +2,0 @@
-gone
-also gone
@@ -10 +8,0 @@
-gone too
";
    let changed = parse_unified(diff);
    assert!(changed.is_empty());
    assert!(!changed.contains("a.md", 2));
}

#[test]
fn new_and_deleted_files() {
    let diff = "\
diff --git a/new.md b/new.md
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/new.md
@@ -0,0 +1,3 @@
+one
+two
+three
\\ No newline at end of file
diff --git a/old.md b/old.md
deleted file mode 100644
--- a/old.md
+++ /dev/null
@@ -1,2 +0,0 @@
-one
-two
";
    let changed = parse_unified(diff);
    assert_eq!(lines(&changed, "new.md"), vec![1, 2, 3]);
    assert!(changed.lines("old.md").is_none());
    assert_eq!(changed.files().collect::<Vec<_>>(), vec!["new.md"]);
}

#[test]
fn renamed_files_are_known_by_their_new_name() {
    let diff = "\
diff --git a/drafts/a.md b/articles/a.md
similarity index 90%
rename from drafts/a.md
rename to articles/a.md
index 1111111..2222222 100644
--- a/drafts/a.md
+++ b/articles/a.md
@@ -4 +4 @@
-before
+after
diff --git a/x.md b/y.md
similarity index 100%
rename from x.md
rename to y.md
";
    let changed = parse_unified(diff);
    assert_eq!(lines(&changed, "articles/a.md"), vec![4]);
    assert!(changed.lines("drafts/a.md").is_none());
    assert!(changed.lines("y.md").is_none());
}

#[test]
fn crlf_and_no_newline_markers() {
    let diff = "--- a/w.txt\r\n+++ b/w.txt\r\n@@ -1,2 +1,2 @@\r\n-a\r\n\\ No newline at end of file\r\n+b\r\n+c\r\n\\ No newline at end of file\r\n";
    let changed = parse_unified(diff);
    assert_eq!(lines(&changed, "w.txt"), vec![1, 2]);
}

#[test]
fn plain_diff_u_headers_and_quoted_names() {
    let diff = "\
--- articles/a.md\t2024-01-01 10:00:00.000000000 +0000
+++ articles/a.md\t2024-01-02 10:00:00.000000000 +0000
@@ -1 +1 @@
-a
+b
diff --git \"a/caf\\303\\251.md\" \"b/caf\\303\\251.md\"
--- \"a/caf\\303\\251.md\"
+++ \"b/caf\\303\\251.md\"
@@ -2 +2 @@
-a
+b
--- a/with space.md
+++ b/with space.md\t
@@ -5 +5 @@
-a
+b
";
    let changed = parse_unified(diff);
    assert_eq!(lines(&changed, "articles/a.md"), vec![1]);
    assert_eq!(lines(&changed, "café.md"), vec![2]);
    assert_eq!(lines(&changed, "with space.md"), vec![5]);
}

#[test]
fn anchored_paths_resolve_against_the_repository() {
    let changed = parse_unified("--- a/articles/a.md\n+++ b/articles/a.md\n@@ -1 +1 @@\n-a\n+b\n")
        .anchored(Path::new("/repo"), Path::new("/repo/articles"));
    assert!(changed.contains("a.md", 1));
    assert!(changed.contains("./a.md", 1));
    assert!(changed.contains("/repo/articles/a.md", 1));
    assert!(changed.contains("../articles/a.md", 1));
    assert!(!changed.contains("articles/a.md", 1));
    assert_eq!(changed.repo_relative("./a.md"), "articles/a.md");
}

// ---- filtering findings ----

fn base() -> FactBase {
    FactBase::shipped().expect("the shipped base is valid")
}

fn changed(path: &str, lines: &[usize]) -> ChangedLines {
    let mut changed = ChangedLines::new();
    for &line in lines {
        changed.insert(path, line);
    }
    changed
}

const ARTICLE: &str = "The Kh-47M2 Kinzhal has a range of 4,000 km.\n\nThe weather was fine.\n\nThe Kinzhal has a range of 2,000 km, officials said.\n";

#[test]
fn keeps_only_findings_on_changed_lines() {
    let base = base();
    let findings = Checker::new(&base).check(
        "a.md",
        "Range: 4,000 km for the Kinzhal.\n\nThe Kinzhal can fly 2,000 km.\n",
    );
    assert!(findings.len() >= 2);
    let kept = filter(findings.clone(), &changed("a.md", &[3]));
    assert!(kept.iter().all(|f| f.line == 3), "{kept:#?}");
    assert!(filter(findings.clone(), &ChangedLines::new()).is_empty());
    assert!(filter(findings, &changed("other.md", &[1, 3])).is_empty());
}

#[test]
fn an_edit_the_fact_base_settles_points_to_the_untouched_line() {
    let base = base();
    let findings = Checker::new(&base).check("a.md", ARTICLE);
    // The fact base supports line 5 and contradicts line 1: no inconsistency, and the
    // contradicted claim points to the statement it disagrees with.
    let later = findings
        .iter()
        .find(|f| f.line == 5)
        .expect("a finding on line 5");
    assert_eq!(later.verdict, Verdict::Supported, "{later:#?}");
    let kept = filter(findings, &changed("a.md", &[1]));
    assert_eq!(kept.len(), 1, "{kept:#?}");
    let finding = &kept[0];
    assert_eq!((finding.line, finding.verdict), (1, Verdict::Contradicted));
    assert!(
        finding.related.contains(&Related {
            path: "a.md".into(),
            line: 5,
            column: 28
        }),
        "{finding:#?}"
    );
}

#[test]
fn an_untouched_line_made_inconsistent_is_reported_on_the_edit() {
    let base = base();
    // The Tu-95MS's crew is 6–7: the fact base supports both statements and cannot settle
    // which one the article means, so the untouched line 5 is inconsistent with line 1.
    let article = "The Tu-95MS has a crew of seven and a range of 4,000 km.\n\nThe weather \
                   was fine.\n\nThe Tu-95MS flies with a crew of six, officials said.\n";
    let findings = Checker::new(&base).check("a.md", article);
    let later = findings
        .iter()
        .find(|f| f.line == 5)
        .expect("a finding on line 5");
    assert_eq!(later.verdict, Verdict::Inconsistent, "{later:#?}");
    assert_eq!(later.related[0].line, 1);
    // The edit is on line 1: the inconsistency is reported there, saying which line it
    // made inconsistent.
    let kept = filter(findings, &changed("a.md", &[1]));
    let moved = kept
        .iter()
        .find(|f| f.verdict == Verdict::Inconsistent)
        .unwrap_or_else(|| panic!("the inconsistency moved to line 1: {kept:#?}"));
    assert_eq!((moved.line, moved.column), (1, 19), "{moved:#?}");
    assert!(
        moved.message().contains("line 5, not edited"),
        "{}",
        moved.message()
    );
    assert!(kept.iter().all(|f| f.line == 1), "{kept:#?}");
}

fn synthetic(line: usize, column: usize, related: Vec<Related>, verdict: Verdict) -> Finding {
    let base = base();
    let mut finding = Checker::new(&base)
        .check("a.md", "The Kinzhal has a range of 4,000 km.")
        .remove(0);
    finding.line = line;
    finding.column = column;
    finding.related = related;
    finding.verdict = verdict;
    finding.severity = verdict.severity();
    finding.reword(MessageParts {
        restatement: Some(Box::new(Restatement {
            subject: "X".into(),
            stated: "1 km".into(),
            other: "2 km".into(),
            other_line: 2,
        })),
        ..MessageParts::default()
    });
    assert_eq!(
        finding.message(),
        "X stated as 1 km here but as 2 km on line 2; both cannot hold"
    );
    finding
}

#[test]
fn a_moved_finding_swaps_places_with_its_related_one() {
    let edited = Related {
        path: "a.md".into(),
        line: 2,
        column: 7,
    };
    let other = Related {
        path: "a.md".into(),
        line: 9,
        column: 1,
    };
    let findings = vec![
        synthetic(
            5,
            3,
            vec![other.clone(), edited.clone()],
            Verdict::Inconsistent,
        ),
        // Not caused by the edit: dropped.
        synthetic(6, 1, vec![edited.clone()], Verdict::Contradicted),
    ];
    let kept = filter(findings, &changed("a.md", &[2]));
    assert_eq!(kept.len(), 1);
    let finding = &kept[0];
    assert_eq!((finding.line, finding.column), (2, 7));
    assert_eq!(
        finding.related,
        vec![
            other,
            Related {
                path: "a.md".into(),
                line: 5,
                column: 3
            }
        ]
    );
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(
        finding.message(),
        "this edit makes line 5, not edited, inconsistent: X stated as 1 km on line 5 but as 2 km on line 2; both cannot hold"
    );
}

#[test]
fn findings_stay_in_file_then_line_order() {
    let edited = Related {
        path: "b.md".into(),
        line: 1,
        column: 1,
    };
    let mut b_later = synthetic(8, 1, vec![edited], Verdict::Inconsistent);
    b_later.path = "b.md".into();
    let mut b_first = synthetic(4, 1, vec![], Verdict::Contradicted);
    b_first.path = "b.md".into();
    let a = synthetic(3, 1, vec![], Verdict::Imprecise);
    let mut changes = changed("b.md", &[1, 4]);
    changes.insert("a.md", 3);
    let kept = filter(vec![b_first, b_later, a], &changes);
    let order: Vec<(&str, usize)> = kept.iter().map(|f| (f.path.as_str(), f.line)).collect();
    assert_eq!(order, vec![("b.md", 1), ("b.md", 4), ("a.md", 3)]);
}

// ---- git ----

fn git_available() -> bool {
    let available = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        eprintln!("git is not installed: skipping the git tests");
    }
    available
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
        ])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A repository with `articles/a.md` committed twice: the second commit changes line 3.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    git(root, &["config", "user.name", "numfact test"]);
    git(root, &["config", "user.email", "test@example.invalid"]);
    fs::create_dir(root.join("articles")).unwrap();
    let first = "The Kh-47M2 Kinzhal is a Russian missile.\n\nThe Kinzhal has a range of 2,000 km.\n\nThe weather was fine.\n";
    fs::write(root.join("articles/a.md"), first).unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "first"]);
    let second = first.replace("2,000 km", "9,000 km");
    fs::write(root.join("articles/a.md"), second).unwrap();
    git(root, &["commit", "-q", "-a", "-m", "second"]);
    dir
}

#[test]
fn changes_since_a_revision() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let root = repo.path();
    let since_parent = changed_since("HEAD~1", root).unwrap();
    assert_eq!(
        since_parent.files().collect::<Vec<_>>(),
        vec!["articles/a.md"]
    );
    assert_eq!(
        since_parent.lines("articles/a.md"),
        Some(&BTreeSet::from([3]))
    );
    assert!(since_parent.contains("./articles/a.md", 3));
    let absolute = root.join("articles/a.md");
    assert!(since_parent.contains(absolute.to_str().unwrap(), 3));
    assert!(!since_parent.contains("articles/a.md", 1));
    // Relative paths are taken relative to the directory passed in.
    let from_articles = changed_since("HEAD~1", &root.join("articles")).unwrap();
    assert!(from_articles.contains("a.md", 3));
    assert!(!from_articles.contains("articles/a.md", 3));

    let since_head = changed_since("HEAD", root).unwrap();
    assert!(since_head.is_empty(), "{since_head:?}");

    // The check itself: exactly the edited finding.
    let base = base();
    let text = fs::read_to_string(root.join("articles/a.md")).unwrap();
    let findings = Checker::new(&base).check("articles/a.md", &text);
    let kept = filter(findings.clone(), &since_parent);
    assert_eq!(kept.len(), 1, "{kept:#?}");
    assert_eq!((kept[0].line, kept[0].verdict), (3, Verdict::Contradicted));
    assert!(filter(findings, &since_head).is_empty());
}

#[test]
fn the_working_tree_and_untracked_files_count() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let root = repo.path();
    let path = root.join("articles/a.md");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("fine", "fine, about 20 degrees")).unwrap();
    fs::write(root.join("articles/new.md"), "one\ntwo\n").unwrap();
    fs::write(root.join(".gitignore"), "ignored.md\n").unwrap();
    fs::write(root.join("ignored.md"), "x\n").unwrap();
    let changed = changed_since("HEAD", root).unwrap();
    assert_eq!(changed.lines("articles/a.md"), Some(&BTreeSet::from([5])));
    assert!(changed.contains("articles/new.md", 2));
    assert!(changed.is_whole_file("articles/new.md"));
    assert!(changed.contains(".gitignore", 1));
    assert!(!changed.contains("ignored.md", 1));
}

#[test]
fn merge_base_semantics() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let root = repo.path();
    // A branch made at the first commit moves on; changes since it are those of HEAD's side.
    git(root, &["branch", "side", "HEAD~1"]);
    git(root, &["checkout", "-q", "side"]);
    fs::write(root.join("side.md"), "side\n").unwrap();
    git(root, &["add", "side.md"]);
    git(root, &["commit", "-q", "-m", "side"]);
    git(root, &["checkout", "-q", "-"]);
    let changed = changed_since("side", root).unwrap();
    assert_eq!(changed.files().collect::<Vec<_>>(), vec!["articles/a.md"]);
    assert_eq!(changed.lines("articles/a.md"), Some(&BTreeSet::from([3])));
}

#[test]
fn errors_name_the_revision_and_show_git_s_message() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let error = changed_since("no-such-branch", repo.path()).unwrap_err();
    assert!(matches!(error, DiffError::Revision { .. }), "{error:?}");
    let shown = error.to_string();
    assert!(shown.contains("`no-such-branch`"), "{shown}");
    assert!(shown.contains("no-such-branch"), "{shown}");
    assert!(
        shown.len() > "revision `no-such-branch`: cannot find its merge base with HEAD: ".len(),
        "{shown}"
    );
    let error = changed_since("--output=/tmp/x", repo.path()).unwrap_err();
    assert!(matches!(error, DiffError::Revision { .. }), "{error:?}");

    let outside = tempfile::tempdir().unwrap();
    let error = changed_since("HEAD", outside.path()).unwrap_err();
    assert!(
        matches!(error, DiffError::NotARepository { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("not inside a git repository"));
}
