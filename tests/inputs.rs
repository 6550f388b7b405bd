//! Inputs: Markdown and HTML read by their prose only (with positions of the original file),
//! directories walked honouring `.gitignore`, and readers that survive hostile documents.

use numfact::check::{Checker, Verdict};
use numfact::driver::walk::{Globs, collect, collect_with};
use numfact::facts::FactBase;
use numfact::quantity::{MASK_BYTE, Quantity, extract_prose};
use numfact::text::source::{self as input, InputError, InputFormat, Source};
use numfact::text::{html, markdown};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> Source {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs")
        .join(name);
    input::read_source(&path).expect("fixture readable")
}

/// Line and column of byte `offset`, computed without the library.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The quantities of `source` read as its format, with every span checked against the
/// original text.
fn quantities(source: &Source, format: InputFormat) -> Vec<Quantity> {
    let prose = input::prose_of(source, format);
    assert_eq!(prose.len(), source.text.len());
    let found = extract_prose(&source.text, &prose);
    for q in &found {
        assert_eq!(source.text[q.start..q.end], q.text);
        assert_eq!(
            (q.line, q.column),
            line_and_column(&source.text, q.start),
            "{q:?}"
        );
    }
    found
}

fn texts(found: &[Quantity]) -> Vec<&str> {
    found.iter().map(|q| q.text.as_str()).collect()
}

/// Asserts the mask invariants: same length, line breaks where they were, masked bytes are
/// the mask byte or spaces, kept bytes are the original's.
fn assert_mask(text: &str, prose: &str) {
    assert_eq!(prose.len(), text.len(), "length of mask of {text:?}");
    for (i, (a, b)) in text.bytes().zip(prose.bytes()).enumerate() {
        assert_eq!(
            a == b'\n',
            b == b'\n',
            "line break at {i} in {text:?} -> {prose:?}"
        );
    }
}

#[test]
fn format_by_extension_and_by_name() {
    let of = |p: &str| InputFormat::from_path(Path::new(p));
    assert_eq!(of("a.md"), InputFormat::Markdown);
    assert_eq!(of("a/b.MARKDOWN"), InputFormat::Markdown);
    assert_eq!(of("a.mdx"), InputFormat::Markdown);
    assert_eq!(of("a.html"), InputFormat::Html);
    assert_eq!(of("a.HTM"), InputFormat::Html);
    assert_eq!(of("a.txt"), InputFormat::Text);
    assert_eq!(of("-"), InputFormat::Text);
    assert_eq!(of("README"), InputFormat::Text);
    assert_eq!("md".parse::<InputFormat>(), Ok(InputFormat::Markdown));
    assert_eq!("HTML".parse::<InputFormat>(), Ok(InputFormat::Html));
    assert_eq!("plain".parse::<InputFormat>(), Ok(InputFormat::Text));
    assert!("rst".parse::<InputFormat>().is_err());
    assert_eq!(InputFormat::Markdown.to_string(), "markdown");
}

#[test]
fn markdown_reads_only_prose_with_original_positions() {
    let source = fixture("article.md");
    let found = quantities(&source, InputFormat::Markdown);
    assert_eq!(
        texts(&found),
        ["1,500 to 2,000 km", "Mach 10", "about 480 km", "2,000 km"]
    );
    let at: Vec<_> = found.iter().map(|q| (q.line, q.column)).collect();
    assert_eq!(at, [(9, 36), (10, 29), (23, 20), (28, 13)]);
    // Read as plain text, the code, the comment and the front matter are claims.
    let plain = texts(&quantities(&source, InputFormat::Text)).join(" | ");
    for hidden in ["7,500", "9,000 km", "3,300 km", "8,800 km", "5,500 km"] {
        assert!(plain.contains(hidden), "{hidden} in {plain}");
    }
}

#[test]
fn markdown_code_block_range_is_not_a_finding() {
    let base = FactBase::shipped().expect("shipped base is valid");
    let checker = Checker::new(&base);
    let text = "The Kh-47M2 Kinzhal is a missile.\n\n```\nThe Kinzhal has a range of 9,000 km.\n```\n\n\
                Inline: `the Kinzhal has a range of 9,000 km`.\n\n\
                The Kinzhal has a range of 2,000 km.\n";
    let source = Source {
        path: "a.md".into(),
        text: text.into(),
    };
    let prose = input::prose_of(&source, InputFormat::Markdown);
    let findings = checker.check_prose("a.md", text, &prose);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].text, "2,000 km");
    assert_eq!(findings[0].verdict, Verdict::Supported);
    assert_eq!((findings[0].line, findings[0].column), (9, 28));
    // The same document as plain text contradicts the fact base twice.
    let plain = checker.check("a.md", text);
    assert_eq!(
        plain
            .iter()
            .filter(|f| f.verdict == Verdict::Contradicted)
            .count(),
        2
    );
}

#[test]
fn html_is_read_by_its_text_content() {
    let source = fixture("article.html");
    let found = quantities(&source, InputFormat::Html);
    assert_eq!(
        texts(&found),
        ["1,500</b>&nbsp;to 2,000&nbsp;km", "about 480&#160;km"]
    );
    assert_eq!((found[0].line, found[0].column), (12, 64));
    let base = FactBase::shipped().expect("shipped base is valid");
    let prose = input::prose_of(&source, InputFormat::Html);
    let findings = Checker::new(&base).check_prose(&source.path, &source.text, &prose);
    assert_eq!(findings[0].verdict, Verdict::Supported, "{findings:#?}");
    assert_eq!(findings[0].entity.as_deref(), Some("kinzhal"));
}

#[test]
fn plain_text_is_read_as_is() {
    let source = Source {
        path: "a.txt".into(),
        text: "`9 km` <b>5 km</b>".into(),
    };
    assert_eq!(input::prose_of(&source, InputFormat::Text), source.text);
}

#[test]
fn deeply_nested_markdown_is_fast_and_does_not_overflow() {
    let started = Instant::now();
    let documents = [
        format!("{} a range of 2,000 km\n", ">".repeat(10_000)),
        format!("{} a range of 2,000 km\n", "- ".repeat(10_000)),
        format!("{} a range of 2,000 km\n", "1. ".repeat(10_000)),
        format!("{}2,000 km{}\n", "*".repeat(20_000), "_".repeat(20_000)),
        format!("{}2,000 km{}\n", "[".repeat(20_000), "](x)".repeat(20_000)),
        format!("{}2,000 km\n", "<span>".repeat(20_000)),
        (0..2_000)
            .map(|i| format!("{}- item {i}\n", "  ".repeat(i)))
            .collect(),
    ];
    for document in &documents {
        let prose = markdown::prose_mask(document);
        assert_mask(document, &prose);
        let _ = html::prose_mask(document);
    }
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    let prose = markdown::prose_mask(&documents[0]);
    assert!(
        prose.ends_with("a range of 2,000 km\n"),
        "{:?}",
        &prose[prose.len() - 30..]
    );
}

#[test]
fn unterminated_front_matter_and_comments_do_not_panic() {
    let cases = [
        "---",
        "---\n",
        "---\ntitle: 5 km",
        "+++\nrange = 5\n",
        "\u{FEFF}---\na: 1\n",
        "<!--",
        "<!-- 5 km",
        "a <!-- 5 km\nb 6 km",
        "<!-- a -- > 5",
        "<",
        "<a",
        "<a href='",
        "&",
        "&#",
        "&#x;",
        "&#99999999999;",
        "&nbsp",
        "```",
        "```\n9 km",
        "`",
        "[",
        "[a](",
        "<https://",
        "https://",
        "www.",
        "\u{FEFF}",
        "",
        "\r\n\r\n",
        "é€😀\u{301}",
    ];
    for case in cases {
        for prose in [markdown::prose_mask(case), html::prose_mask(case)] {
            assert_mask(case, &prose);
        }
    }
    // Unterminated front matter is prose; closed front matter is not.
    assert!(markdown::prose_mask("---\nrange: 5 km\n").contains("range: 5 km"));
    assert!(!markdown::prose_mask("---\nrange: 5 km\n---\n").contains('5'));
    assert!(!markdown::prose_mask("+++\nrange = 5\n+++\n").contains('5'));
    // An unterminated comment masks to the end of its line inside a paragraph, to the end of
    // the document when it opens a line (an HTML block), and always in HTML.
    assert_eq!(
        markdown::prose_mask("a <!-- 5 km\nb 6 km").replace(char::from(MASK_BYTE), "#"),
        "a #########\nb 6 km"
    );
    assert!(!markdown::prose_mask("<!-- 5 km\nb 6 km\n\nc 7").contains(char::is_numeric));
    assert!(!html::prose_mask("a <!-- 5 km\nb 6 km").contains(char::is_numeric));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any text: the mask has the same length and line breaks, and is valid UTF-8 (a
    /// `String`), for both readers.
    #[test]
    fn masks_keep_length_and_lines(text in "(?s)[-<>!&#;`*_\\[\\]()|+.:/a-z0-9 \n\u{A0}é€]{0,120}") {
        assert_mask(&text, &markdown::prose_mask(&text));
        assert_mask(&text, &html::prose_mask(&text));
    }
}

/// A directory tree for the walking tests.
struct Tree {
    dir: tempfile::TempDir,
}

impl Tree {
    fn new(files: &[&str]) -> Tree {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in files {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, "The Kinzhal has a range of 2,000 km.\n").expect("write");
        }
        Tree { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// The collected paths relative to the tree.
    fn relative(&self, paths: &[PathBuf]) -> Vec<String> {
        paths
            .iter()
            .map(|p| {
                p.strip_prefix(self.dir.path())
                    .unwrap_or(p)
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect()
    }
}

fn standard_tree() -> Tree {
    let tree = Tree::new(&[
        "b.md",
        "a.txt",
        "z/deep/er/c.html",
        "z/deep/d.htm",
        "z/e.markdown",
        "z/f.rs",
        "z/g.png",
        "ignored/h.md",
        "z/notes.draft.md",
        ".hidden/i.md",
        "z/.j.md",
        "k/build/l.md",
        "k/m.MD",
    ]);
    std::fs::write(tree.path(".gitignore"), "ignored/\n*.draft.md\n").expect("write");
    std::fs::write(tree.path("k/.gitignore"), "build\n[invalid\n").expect("write");
    tree
}

#[test]
fn directories_are_walked_honouring_gitignore_in_a_stable_order() {
    let tree = standard_tree();
    #[cfg(unix)]
    {
        // A link cycle and a link to a directory are not followed; a link to a file is read.
        std::os::unix::fs::symlink(tree.path("z"), tree.path("z/deep/loop")).expect("symlink");
        std::os::unix::fs::symlink(tree.path(""), tree.path("k/up")).expect("symlink");
        std::os::unix::fs::symlink(tree.path("b.md"), tree.path("k/link.md")).expect("symlink");
        std::os::unix::fs::symlink(tree.path("nowhere.md"), tree.path("k/dangling.md"))
            .expect("symlink");
    }
    let root = vec![tree.dir.path().to_path_buf()];
    let first = collect(&root, &Globs::default()).expect("walk");
    let mut expected = vec![
        "a.txt",
        "b.md",
        "k/link.md",
        "k/m.MD",
        "z/deep/d.htm",
        "z/deep/er/c.html",
        "z/e.markdown",
    ];
    if cfg!(not(unix)) {
        expected.retain(|p| *p != "k/link.md");
    }
    assert_eq!(tree.relative(&first), expected);
    for _ in 0..3 {
        assert_eq!(collect(&root, &Globs::default()).expect("walk"), first);
    }
}

#[test]
fn files_as_given_stdin_kept_and_duplicates_dropped() {
    let tree = standard_tree();
    let paths = vec![
        tree.path("z/f.rs"),
        PathBuf::from("-"),
        tree.path("z"),
        tree.path("z/e.markdown"),
        tree.path("ignored/h.md"),
    ];
    let found = collect(&paths, &Globs::default()).expect("collect");
    assert_eq!(
        tree.relative(&found),
        [
            "z/f.rs",
            "-",
            "z/deep/d.htm",
            "z/deep/er/c.html",
            "z/e.markdown",
            "ignored/h.md"
        ]
    );
}

#[test]
fn include_and_exclude_globs() {
    let tree = standard_tree();
    let root = vec![tree.dir.path().to_path_buf()];
    let globs = Globs::new(&["**/*.md", "*.txt"], &["k", "z/deep/**"]).expect("globs");
    let found = collect(&root, &globs).expect("collect");
    assert_eq!(tree.relative(&found), ["a.txt", "b.md"]);
    let globs = Globs::new::<&str>(&[], &["*.htm*"]).expect("globs");
    let found = collect(&[tree.path("z")], &globs).expect("collect");
    assert_eq!(tree.relative(&found), ["z/e.markdown"]);
    // An explicit file is subject to exclude globs only.
    let globs = Globs::new(&["*.md"], &["*.html"]).expect("globs");
    let found =
        collect(&[tree.path("a.txt"), tree.path("z/deep/er/c.html")], &globs).expect("collect");
    assert_eq!(tree.relative(&found), ["a.txt"]);
    assert!(Globs::new(&["a[b"], &[]).is_err());
    // A caller's own choice.
    let mut asked = Vec::new();
    let found = collect_with(&root, |path, walk_root| {
        asked.push(walk_root.is_some());
        path.extension().is_some_and(|e| e == "txt")
    })
    .expect("collect");
    assert_eq!(tree.relative(&found), ["a.txt"]);
    assert!(asked.iter().all(|&walked| walked));
}

#[test]
fn unreadable_paths_are_named() {
    let tree = standard_tree();
    let missing = tree.path("no/such.md");
    let error = collect(&[tree.path("b.md"), missing.clone()], &Globs::default()).unwrap_err();
    assert!(
        matches!(&error, InputError::Unreadable { path, .. } if *path == missing.display().to_string())
    );
    assert!(error.to_string().contains("no/such.md"), "{error}");
}

#[cfg(unix)]
#[test]
fn an_unlistable_directory_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let tree = standard_tree();
    let locked = tree.path("z/deep");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root can list anything: then there is nothing to test.
    let listable = std::fs::read_dir(&locked).is_ok();
    let result = collect(&[tree.dir.path().to_path_buf()], &Globs::default());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    if !listable {
        let error = result.unwrap_err();
        assert!(error.to_string().contains("deep"), "{error}");
    }
}
