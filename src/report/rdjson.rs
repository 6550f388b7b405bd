//! reviewdog's diagnostic format, rdjson (a `DiagnosticResult`): feed it to
//! `reviewdog -f=rdjson` to get review comments on a pull request.
//!
//! Each diagnostic has the finding's message, a location (repo-relative path and a range),
//! a severity (`ERROR`, `WARNING`, `INFO`), a code (the rule id shared with SARIF,
//! `numfact/contradicted`) and, for inconsistent claims, the other statement as a related
//! location. As reviewdog defines it, columns count UTF-8 bytes from 1 and the range's end
//! is exclusive. Notes are included only with [`HumanStyle::all`].

use crate::check::{Finding, Severity};
use crate::report::check::{CheckedFile, HumanStyle};
use crate::report::sarif::{Span, information_uri, is_reported, repo_relative, rule};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct DiagnosticResult<'a> {
    source: Source,
    severity: &'static str,
    diagnostics: Vec<Diagnostic<'a>>,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'static str>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: &'a str,
    location: Location,
    severity: &'static str,
    code: Code,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation>,
}

#[derive(Serialize)]
struct Location {
    path: String,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<Position>,
}

#[derive(Serialize)]
struct Position {
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

#[derive(Serialize)]
struct Code {
    value: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'static str>,
}

#[derive(Serialize)]
struct RelatedLocation {
    message: &'static str,
    location: Location,
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Note => "INFO",
    }
}

fn diagnostic<'a>(file: &CheckedFile<'_>, finding: &'a Finding) -> Diagnostic<'a> {
    let span = Span::of(file.text, finding);
    Diagnostic {
        message: &finding.message,
        location: Location {
            path: repo_relative(&finding.path),
            range: Range {
                start: Position {
                    line: span.line,
                    column: Some(span.byte_column),
                },
                end: Some(Position {
                    line: span.end_line,
                    column: Some(span.end_byte_column),
                }),
            },
        },
        severity: severity(finding.severity),
        code: Code {
            value: rule(finding.verdict).1.id,
            url: information_uri(),
        },
        related_locations: finding
            .related
            .iter()
            .map(|r| RelatedLocation {
                message: "related statement",
                location: Location {
                    path: repo_relative(&r.path),
                    range: Range {
                        start: Position {
                            line: r.line,
                            // A related column counts characters; reviewdog's count bytes.
                            column: (r.path == finding.path)
                                .then(|| byte_column(file.text, r.line, r.column))
                                .flatten(),
                        },
                        end: None,
                    },
                },
            })
            .collect(),
    }
}

/// The UTF-8 byte column of the character at `line`, `column` (both 1-based) of `text`.
fn byte_column(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_text = text.split('\n').nth(line.checked_sub(1)?)?;
    let mut chars = line_text.char_indices();
    let before = chars.nth(column.checked_sub(1)?).map(|(i, _)| i)?;
    Some(before + 1)
}

/// Writes the rdjson document of a run over `files` (pretty-printed JSON and a newline). The
/// top-level severity is that of the worst diagnostic (`INFO` when there is none).
pub fn write_rdjson(
    out: &mut dyn Write,
    files: &[CheckedFile<'_>],
    style: HumanStyle,
) -> io::Result<()> {
    let mut worst = Severity::Note;
    let mut diagnostics = Vec::new();
    for file in files {
        for finding in file.findings.iter().filter(|f| is_reported(f, style)) {
            worst = worst.max(finding.severity);
            diagnostics.push(diagnostic(file, finding));
        }
    }
    let document = DiagnosticResult {
        source: Source {
            name: "numfact",
            url: information_uri(),
        },
        severity: severity(worst),
        diagnostics,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
