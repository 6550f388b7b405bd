//! GitHub Actions workflow commands: one `::error`, `::warning` or (with
//! [`Options::all`]) `::notice` line per finding or suppression notice, which GitHub turns into annotations on
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

use super::escape::{github_data, github_property, markdown_cell};
use super::position::{Span, repo_relative, tool_path};
use super::{CheckedFile, Item, Options, Run};
use crate::check::Severity;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many annotations of one kind (error, warning, notice) GitHub shows per step.
pub const ANNOTATION_LIMIT: usize = 10;

/// The command a severity is reported with.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// One workflow command line for `item` in `file` (without the newline).
pub fn annotation(file: &CheckedFile<'_>, item: Item<'_>) -> String {
    let span = Span::of(file.text, item);
    let mut properties = vec![
        format!("file={}", github_property(&tool_path(item.path()))),
        format!("line={}", span.line),
    ];
    if span.end_line == span.line {
        properties.push(format!("col={}", span.column));
        properties.push(format!("endColumn={}", span.end_column));
    } else {
        properties.push(format!("endLine={}", span.end_line));
    }
    properties.push(format!("title={}", github_property(&item.title())));
    format!(
        "::{} {}::{}",
        command(item.severity()),
        properties.join(","),
        github_data(&item.message())
    )
}

/// How many of the reported items GitHub will not annotate (0 when all fit).
pub fn not_annotated(run: &Run<'_>, options: &Options) -> usize {
    let (mut errors, mut warnings, mut notes) = (0, 0, 0);
    for (_, item) in run.items(options) {
        match item.severity() {
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

/// Writes the workflow commands for `run`; when GitHub will not annotate them all, also
/// appends the full list to `$GITHUB_STEP_SUMMARY` if that variable is set and not empty.
pub fn write(out: &mut dyn Write, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let summary = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from);
    write_with_summary(out, run, options, summary.as_deref())
}

/// [`write()`] with the step summary file given: `None` writes no summary.
pub fn write_with_summary(
    out: &mut dyn Write,
    run: &Run<'_>,
    options: &Options,
    step_summary: Option<&Path>,
) -> io::Result<()> {
    let hidden = not_annotated(run, options);
    if hidden > 0 {
        let total = run.items(options).count();
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
            github_property("numfact: findings not annotated"),
            github_data(&message)
        )?;
    }
    for (file, item) in run.items(options) {
        writeln!(out, "{}", annotation(file, item))?;
    }
    match step_summary {
        Some(path) if hidden > 0 => write_step_summary(path, run, options),
        _ => Ok(()),
    }
}

/// Appends every reported item of `run` to the Markdown file at `path` (GitHub's step
/// summary), as a table: severity, location, verdict (or rule), claim, message.
pub fn write_step_summary(path: &Path, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let mut table = String::new();
    let total = run.items(options).count();
    table.push_str(&format!(
        "## numfact: {total} {}\n\n",
        if total == 1 { "finding" } else { "findings" }
    ));
    table.push_str("| Severity | Location | Verdict | Claim | Message |\n");
    table.push_str("|---|---|---|---|---|\n");
    for (file, item) in run.items(options) {
        let span = Span::of(file.text, item);
        table.push_str(&format!(
            "| {} | {}:{}:{} | {} | {} | {} |\n",
            command(item.severity()),
            markdown_cell(&repo_relative(item.path())),
            span.line,
            span.column,
            item.verdict().map_or(item.rule().name, |v| v.name()),
            markdown_cell(item.text().trim()),
            markdown_cell(&item.message())
        ));
    }
    table.push('\n');
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    file.write_all(table.as_bytes())
}
