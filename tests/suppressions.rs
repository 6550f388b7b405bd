//! Suppressions: every form silences the findings it covers, and the suppressions themselves
//! are checked (a reason is required, an unused one is reported).

use numfact::check::suppress::{self, Notice, SuppressionKind};
use numfact::check::{Checker, Finding, Severity, Verdict};
use numfact::facts::FactBase;
use numfact::text::source::{self as input, InputFormat, Source};

const CONTRADICTED: &str = "The Kh-47M2 Kinzhal has a range of 4,000 km.";
const SUPPORTED: &str = "The Kh-47M2 Kinzhal has a range of 2,000 km.";

/// Checks `text` read as `format` and applies its suppressions.
fn run(text: &str, format: InputFormat) -> (Vec<Finding>, Vec<Notice>, Vec<Finding>) {
    let base = FactBase::shipped().expect("shipped base is valid");
    let source = Source {
        path: "article".into(),
        text: text.into(),
    };
    let prose = input::prose_of(&source, format);
    let all = Checker::new(&base).check_prose(&source.path, text, &prose);
    let (kept, notices) = suppress::apply(text, format, &source.path, all.clone());
    (kept, notices, all)
}

fn lines(findings: &[Finding]) -> Vec<usize> {
    findings.iter().map(|f| f.line).collect()
}

fn codes(notices: &[Notice]) -> Vec<(&str, usize, usize)> {
    notices
        .iter()
        .map(|n| (n.rule.name, n.line, n.column))
        .collect()
}

#[test]
fn the_sentence_is_contradicted_without_suppressions() {
    let (kept, notices, all) = run(&format!("{CONTRADICTED}\n"), InputFormat::Markdown);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].verdict, Verdict::Contradicted);
    assert_eq!(all[0].severity, Severity::Error);
    assert_eq!(kept, all);
    assert!(notices.is_empty());
}

#[test]
fn markdown_next_line() {
    let text = format!(
        "<!-- numfact-ignore-next-line: quoting the ministry -->\n\n{CONTRADICTED}\n{CONTRADICTED}\n"
    );
    let (kept, notices, all) = run(&text, InputFormat::Markdown);
    assert_eq!(lines(&all), [3, 4]);
    assert_eq!(lines(&kept), [4]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn markdown_block_canonical_and_start_alias() {
    for opening in ["numfact-ignore: quoted", "numfact-ignore-start: quoted"] {
        let text = format!(
            "{CONTRADICTED}\n\n<!-- {opening} -->\n{CONTRADICTED}\n\n{CONTRADICTED}\n\
             <!-- numfact-ignore-end -->\n{CONTRADICTED}\n"
        );
        let (kept, notices, all) = run(&text, InputFormat::Markdown);
        assert_eq!(lines(&all), [1, 4, 6, 8]);
        assert_eq!(lines(&kept), [1, 8], "{opening}");
        assert!(notices.is_empty(), "{opening}: {notices:#?}");
    }
}

#[test]
fn markdown_comment_after_text_suppresses_its_line() {
    let text = format!("{CONTRADICTED} <!-- numfact-ignore: a quotation -->\n{CONTRADICTED}\n");
    let (kept, notices, _) = run(&text, InputFormat::Markdown);
    assert_eq!(lines(&kept), [2]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn html_forms() {
    let text = format!(
        "<p>{CONTRADICTED}</p>\n<!-- numfact-ignore-next-line: quoted -->\n<p>{CONTRADICTED}</p>\n\
         <!-- numfact-ignore: quoted -->\n<p>{CONTRADICTED}</p>\n<!-- numfact-ignore-end -->\n\
         <p>{CONTRADICTED}</p>\n<script>// <!-- numfact-ignore-next-line: not a comment --></script>\n\
         <p>{CONTRADICTED}</p>\n"
    );
    let (kept, notices, all) = run(&text, InputFormat::Html);
    assert_eq!(lines(&all), [1, 3, 5, 7, 9]);
    assert_eq!(lines(&kept), [1, 7, 9]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn plain_text_same_line_and_next_line() {
    let text = format!(
        "{CONTRADICTED} numfact-ignore: quoting the ministry\n{CONTRADICTED}\n\
         numfact-ignore-next-line: quoted\n{CONTRADICTED}\n{CONTRADICTED}\n"
    );
    let (kept, notices, all) = run(&text, InputFormat::Text);
    assert_eq!(lines(&all), [1, 2, 4, 5]);
    assert_eq!(lines(&kept), [2, 5]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn a_suppression_without_a_reason_is_a_warning() {
    let text = format!("<!-- numfact-ignore-next-line -->\n{CONTRADICTED}\n");
    let (kept, notices, _) = run(&text, InputFormat::Markdown);
    assert!(kept.is_empty());
    assert_eq!(codes(&notices), [("suppression-without-reason", 1, 1)]);
    assert_eq!(notices[0].severity, Severity::Warning);
    assert!(
        notices[0]
            .message
            .starts_with("suppression without a reason")
    );
    assert_eq!(notices[0].path, "article");
    // The same in plain text, with an empty reason after the colon.
    let text = format!("{CONTRADICTED} numfact-ignore:\n");
    let (kept, notices, _) = run(&text, InputFormat::Text);
    assert!(kept.is_empty());
    assert_eq!(codes(&notices), [("suppression-without-reason", 1, 46)]);
}

#[test]
fn an_unused_suppression_is_reported() {
    // Nothing on the line after it, and only a note (a supported claim) in the block: notes
    // do not use a suppression, but they are silenced with the rest of its lines.
    let text = format!(
        "  <!-- numfact-ignore-next-line: stale -->\n\nNo numbers here.\n\n\
         <!-- numfact-ignore: stale -->\n{SUPPORTED}\n<!-- numfact-ignore-end -->\n\
         {CONTRADICTED}\n"
    );
    let (kept, notices, all) = run(&text, InputFormat::Markdown);
    assert_eq!(lines(&all), [6, 8]);
    assert_eq!(lines(&kept), [8]);
    assert_eq!(
        codes(&notices),
        [("unused-suppression", 1, 3), ("unused-suppression", 5, 1)]
    );
    assert_eq!(
        notices[0].message,
        "unused suppression: nothing at warning or error level on line 3"
    );
    assert_eq!(
        notices[1].message,
        "unused suppression: nothing at warning or error level on lines 5–7"
    );
    assert!(notices.iter().all(|n| n.severity == Severity::Warning));
}

#[test]
fn reasonless_and_unused_together() {
    let text = "numfact-ignore\nnumfact-ignore-next-line\n";
    let (_, notices, _) = run(text, InputFormat::Text);
    assert_eq!(
        codes(&notices),
        [
            ("suppression-without-reason", 1, 1),
            ("unused-suppression", 1, 1),
            ("suppression-without-reason", 2, 1),
            ("unused-suppression", 2, 1),
        ]
    );
    assert_eq!(
        notices[3].message,
        "unused suppression: there is no line after it"
    );
}

#[test]
fn unclosed_unmatched_and_unknown_directives() {
    let text = format!(
        "<!-- numfact-ignore-end -->\n<!-- numfact-ignore-file: why -->\n{CONTRADICTED}\n\
         <!-- numfact-ignore: quoted -->\n\n{CONTRADICTED}\n\n{CONTRADICTED}\n"
    );
    let (kept, notices, _) = run(&text, InputFormat::Markdown);
    // The unclosed block runs to the end of the document.
    assert_eq!(lines(&kept), [3]);
    assert_eq!(
        codes(&notices),
        [
            ("unmatched-suppression-end", 1, 1),
            ("unknown-suppression", 2, 1),
            ("unclosed-suppression", 4, 1),
        ]
    );
}

#[test]
fn directives_in_code_are_not_directives() {
    let text = format!(
        "```\n<!-- numfact-ignore-next-line: example -->\n```\n{CONTRADICTED}\n\n\
         `<!-- numfact-ignore: example -->` {CONTRADICTED}\n"
    );
    let (kept, notices, all) = run(&text, InputFormat::Markdown);
    assert_eq!(kept, all);
    assert_eq!(lines(&kept), [4, 6]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn nested_blocks_and_found_suppressions() {
    let text = format!(
        "<!-- numfact-ignore: outer -->\n{CONTRADICTED}\n<!-- numfact-ignore-start: inner -->\n\
         {CONTRADICTED}\n<!-- numfact-ignore-end -->\n<!-- numfact-ignore-end -->\n{CONTRADICTED}\n"
    );
    let (found, notices) = suppress::find(&text, InputFormat::Markdown, "article");
    assert!(notices.is_empty());
    let spans: Vec<_> = found
        .iter()
        .map(|s| (s.kind, s.lines.clone(), s.reason.as_deref()))
        .collect();
    assert_eq!(
        spans,
        [
            (SuppressionKind::Block, Some(1..=6), Some("outer")),
            (SuppressionKind::Block, Some(3..=5), Some("inner")),
        ]
    );
    let (kept, notices, _) = run(&text, InputFormat::Markdown);
    assert_eq!(lines(&kept), [7]);
    assert!(notices.is_empty(), "{notices:#?}");
}

#[test]
fn notices_serialise() {
    let (_, notices, _) = run("numfact-ignore\n", InputFormat::Text);
    let json = serde_json::to_value(&notices[0]).expect("serialises");
    assert_eq!(
        json,
        serde_json::json!({
            "path": "article", "line": 1, "column": 1, "start": 0, "end": 14,
            "severity": "warning", "code": "NF901", "name": "suppression-without-reason",
            "text": "numfact-ignore", "message": notices[0].message,
        })
    );
}

/// Found by fuzzing the Markdown reader: a comment whose text has a multi-byte character where
/// the `numfact-` prefix would end must not split it.
#[test]
fn a_multibyte_character_after_a_short_comment_is_no_directive() {
    let text = "<!--,000 km\u{fffd}\n```\n-->\nThe Kinzhal has a range of 4,000 km.\n";
    for format in [InputFormat::Markdown, InputFormat::Html, InputFormat::Text] {
        let (_, notices) = suppress::find(text, format, "fuzz.md");
        assert!(notices.iter().all(|n| n.line >= 1 && n.column >= 1));
    }
}
