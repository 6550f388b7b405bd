//! GitHub Actions workflow commands: one `::error`, `::warning` or (with
//! [`HumanStyle::all`]) `::notice` line per finding, which GitHub turns into annotations on
//! the pull request.
//!
//! ```text
//! ::error file=article.txt,line=9,col=197,endColumn=205,title=Contradicted claim%3A 4%2C000 km::Kh-47M2 Kinzhal range stated as …
//! ```
//!
//! Escaping follows the runner's rules: in the message `%`, `\r` and `\n` become `%25`, `%0D`
//! and `%0A`; in properties `:` and `,` also become `%3A` and `%2C`. Columns count characters
//! and `endColumn` is exclusive; a claim that spans lines gets `endLine` and no columns.
//!
//! GitHub annotates at most [`ANNOTATION_LIMIT`] errors, warnings and notices per step. When
//! a run has more, a `::notice` line (written first, so that it is never the one dropped)
//! says how many were not annotated, and the full list is appended as a Markdown table to the
//! file named by `GITHUB_STEP_SUMMARY` when that is set ([`write_step_summary`]).

use crate::check::{Finding, Severity};
use crate::report::check::{CheckedFile, HumanStyle};
use crate::report::markdown::cell;
use crate::report::sarif::{Span, is_reported, repo_relative};
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many annotations of one kind (error, warning, notice) GitHub shows per step.
pub const ANNOTATION_LIMIT: usize = 10;

/// Escapes a workflow command's message: `%`, `\r`, `\n`.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value: as [`escape_data`], plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The command a severity is reported with.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// One workflow command line for `finding` in `file` (without the newline).
pub fn annotation(file: &CheckedFile<'_>, finding: &Finding) -> String {
    let span = Span::of(file.text, finding);
    let mut properties = vec![
        format!("file={}", escape_property(&repo_relative(&finding.path))),
        format!("line={}", span.line),
    ];
    if span.end_line == span.line {
        properties.push(format!("col={}", span.column));
        properties.push(format!("endColumn={}", span.end_column));
    } else {
        properties.push(format!("endLine={}", span.end_line));
    }
    let verdict = finding.verdict.name();
    let mut title = format!(
        "{}{} claim: {}",
        verdict[..1].to_ascii_uppercase(),
        &verdict[1..],
        finding.text.trim()
    );
    title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    properties.push(format!("title={}", escape_property(&title)));
    format!(
        "::{} {}::{}",
        command(finding.severity),
        properties.join(","),
        escape_data(&finding.message)
    )
}

/// How many of the reported findings GitHub will not annotate (0 when all fit).
pub fn not_annotated(files: &[CheckedFile<'_>], style: HumanStyle) -> usize {
    let (mut errors, mut warnings, mut notes) = (0, 0, 0);
    for (_, finding) in reported(files, style) {
        match finding.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Note => notes += 1,
        }
    }
    let over = |n: usize, limit: usize| n.saturating_sub(limit);
    let overflow = over(errors, ANNOTATION_LIMIT)
        + over(warnings, ANNOTATION_LIMIT)
        + over(notes, ANNOTATION_LIMIT);
    if overflow == 0 {
        return 0;
    }
    // The notice that says so takes one of the notices' places.
    over(errors, ANNOTATION_LIMIT)
        + over(warnings, ANNOTATION_LIMIT)
        + over(notes, ANNOTATION_LIMIT - 1)
}

fn reported<'a>(
    files: &'a [CheckedFile<'a>],
    style: HumanStyle,
) -> impl Iterator<Item = (&'a CheckedFile<'a>, &'a Finding)> + 'a {
    files.iter().flat_map(move |file| {
        file.findings
            .iter()
            .filter(move |f| is_reported(f, style))
            .map(move |f| (file, f))
    })
}

/// Writes the workflow commands for `files`; when GitHub will not annotate them all, also
/// appends the full list to `$GITHUB_STEP_SUMMARY` if that variable is set and not empty.
pub fn write_github(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
) -> io::Result<()> {
    let summary = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from);
    write_github_with_summary(out, files, style, summary.as_deref())
}

/// [`write_github`] with the step summary file given: `None` writes no summary.
pub fn write_github_with_summary(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
    step_summary: Option<&Path>,
) -> io::Result<()> {
    let hidden = not_annotated(files, style);
    if hidden > 0 {
        let total = reported(files, style).count();
        let rest = if step_summary.is_some() {
            "the full list is in the step summary"
        } else {
            "every finding is in this step's log"
        };
        let message = format!(
            "numfact: {hidden} of {total} findings are not annotated (GitHub shows at most \
             {ANNOTATION_LIMIT} errors, {ANNOTATION_LIMIT} warnings and {ANNOTATION_LIMIT} \
             notices per step); {rest}"
        );
        writeln!(
            out,
            "::notice title={}::{}",
            escape_property("numfact: findings not annotated"),
            escape_data(&message)
        )?;
    }
    for (file, finding) in reported(files, style) {
        writeln!(out, "{}", annotation(file, finding))?;
    }
    match step_summary {
        Some(path) if hidden > 0 => write_step_summary(path, files, style),
        _ => Ok(()),
    }
}

/// Appends every reported finding of `files` to the Markdown file at `path` (GitHub's step
/// summary), as a table: severity, location, verdict, claim, message.
pub fn write_step_summary(
    path: &Path,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
) -> io::Result<()> {
    let mut table = String::new();
    let total = reported(files, style).count();
    table.push_str(&format!(
        "## numfact: {total} {}\n\n",
        if total == 1 { "finding" } else { "findings" }
    ));
    table.push_str("| Severity | Location | Verdict | Claim | Message |\n");
    table.push_str("|---|---|---|---|---|\n");
    for (file, finding) in reported(files, style) {
        let span = Span::of(file.text, finding);
        table.push_str(&format!(
            "| {} | {}:{}:{} | {} | {} | {} |\n",
            command(finding.severity),
            cell(&repo_relative(&finding.path)),
            span.line,
            span.column,
            finding.verdict.name(),
            cell(finding.text.trim()),
            cell(&finding.message)
        ));
    }
    table.push('\n');
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    file.write_all(table.as_bytes())
}
