//! Output of `numfact check`: the version-1 JSON document, JSON Lines, and a rustc-style
//! report for people (the source line, a caret under the claim, the verdict, the fact and its
//! source).

use crate::check::{Finding, Severity, Summary};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;
use std::io::{self, Write};

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Source line, caret, verdict, fact and source, like a compiler's diagnostics.
    Human,
    /// One JSON document (contract version 1).
    Json,
    /// One JSON finding per line.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// reviewdog's rdjson format.
    Rdjson,
    /// A Markdown discrepancy report for an editor.
    Markdown,
    /// One self-contained HTML page: the text with every claim highlighted.
    Html,
}

/// A checked document: its name, text and findings.
#[derive(Debug, Clone, Copy)]
pub struct CheckedFile<'a> {
    /// The input's name.
    pub path: &'a str,
    /// Its text, for quoting source lines.
    pub text: &'a str,
    /// Its findings, in order.
    pub findings: &'a [Finding],
}

/// How a human report looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanStyle {
    /// ANSI colours.
    pub color: bool,
    /// Also show supported and unverifiable claims.
    pub all: bool,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    summary: Summary,
    findings: Vec<&'a Finding>,
}

/// Writes `files` in `format`.
pub fn write(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    format: CheckFormat,
    style: HumanStyle,
) -> io::Result<()> {
    match format {
        CheckFormat::Human => write_human(out, files, style),
        CheckFormat::Json => write_json(out, files),
        CheckFormat::Jsonl => write_jsonl(out, files),
        CheckFormat::Sarif => super::sarif::write_sarif(out, files, style),
        CheckFormat::Github => super::github::write_github(out, files, style),
        CheckFormat::Rdjson => super::rdjson::write_rdjson(out, files, style),
        CheckFormat::Markdown => super::markdown::write_markdown(out, files, style),
        CheckFormat::Html => super::html::write_html(out, files, style),
    }
}

/// The summary of a run over `files`.
pub fn summary(files: &[CheckedFile<'_>]) -> Summary {
    Summary::of(files.len(), files.iter().flat_map(|f| f.findings.iter()))
}

/// Writes the version-1 JSON document: summary, then every finding.
pub fn write_json(out: &mut dyn Write, files: &[CheckedFile<'_>]) -> io::Result<()> {
    let findings = files.iter().flat_map(|f| f.findings.iter()).collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &Document {
            version: 1,
            summary: summary(files),
            findings,
        },
    )?;
    writeln!(out)
}

/// Writes one finding per line.
pub fn write_jsonl(out: &mut dyn Write, files: &[CheckedFile<'_>]) -> io::Result<()> {
    for finding in files.iter().flat_map(|f| f.findings.iter()) {
        serde_json::to_writer(&mut *out, finding)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes errors and warnings (and, with `style.all`, every claim) as compiler-style
/// diagnostics, then a summary line.
pub fn write_human(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
) -> io::Result<()> {
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for file in files {
        for finding in file.findings {
            if finding.severity == Severity::Note && !style.all {
                continue;
            }
            let rendered = renderer.render(&diagnostic(file, finding));
            writeln!(out, "{rendered}\n")?;
        }
    }
    writeln!(out, "{}", summary_line(&summary(files)))
}

/// "numfact: 9 claims in 1 file: 5 supported, 2 contradicted, …".
pub fn summary_line(s: &Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "numfact: {} in {}: {} supported, {} contradicted, {} inconsistent, {} imprecise, {} unverifiable",
        plural(s.claims, "claim"),
        plural(s.files, "file"),
        s.supported,
        s.contradicted,
        s.inconsistent,
        s.imprecise,
        s.unverifiable
    )
}

fn diagnostic<'a>(file: &CheckedFile<'a>, finding: &'a Finding) -> Vec<Group<'a>> {
    let level = match finding.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let line_start = file.text[..finding.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = file.text[finding.end..]
        .find('\n')
        .map_or(file.text.len(), |i| finding.end + i);
    let line = file.text[line_start..line_end].trim_end_matches('\r');
    let span = (finding.start - line_start)..(finding.end - line_start).min(line.len());
    let mut group = level
        .primary_title(finding.message.as_str())
        .id(finding.verdict.name())
        .element(
            Snippet::source(line)
                .line_start(finding.line)
                .path(file.path)
                .annotation(
                    AnnotationKind::Primary
                        .span(span)
                        .label(finding.verdict.name()),
                ),
        );
    if let Some(fact) = &finding.fact {
        let as_of = fact
            .as_of
            .as_deref()
            .map(|d| format!(", as of {d}"))
            .unwrap_or_default();
        group =
            group.element(Level::NOTE.message(format!("fact {}: {}{as_of}", fact.id, fact.value)));
        group = group.element(Level::NOTE.message(format!("source: {}", fact.source)));
    }
    for related in &finding.related {
        group = group.element(Level::NOTE.message(format!(
            "see {}:{}:{}",
            related.path, related.line, related.column
        )));
    }
    vec![group]
}
