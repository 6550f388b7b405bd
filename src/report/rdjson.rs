//! reviewdog's diagnostic format, rdjson (a `DiagnosticResult`): feed it to
//! `reviewdog -f=rdjson` to get review comments on a pull request.
//!
//! Each diagnostic has the finding's message, a location (repo-relative path and a range),
//! a severity (`ERROR`, `WARNING`, `INFO`), a code (the rule's code shared with SARIF,
//! `NF101`) and, for inconsistent claims, the other statement as a related
//! location. As reviewdog defines it, columns count UTF-8 bytes from 1 and the range's end
//! is exclusive. Notes are included only with [`Options::all`].

use super::escape::markdown_inline;
use super::position::{Span, byte_column, information_uri, repo_relative};
use super::{CheckedFile, Item, Options, Run};
use crate::check::Severity;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct DiagnosticResult {
    source: Source,
    severity: &'static str,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'static str>,
}

#[derive(Serialize)]
struct Diagnostic {
    message: String,
    location: Location,
    severity: &'static str,
    code: Code,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<Suggestion>,
}

/// A replacement reviewdog can offer as a suggested change.
#[derive(Serialize)]
struct Suggestion {
    range: Range,
    text: String,
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

/// A span as reviewdog's range: lines, and columns in UTF-8 bytes.
fn byte_range(span: Span) -> Range {
    Range {
        start: Position {
            line: span.line,
            column: Some(span.byte_column),
        },
        end: Some(Position {
            line: span.end_line,
            column: Some(span.end_byte_column),
        }),
    }
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Note => "INFO",
    }
}

fn diagnostic(file: &CheckedFile<'_>, item: Item<'_>) -> Diagnostic {
    let span = Span::of(file.text, item);
    Diagnostic {
        // reviewdog posts the message as Markdown: nothing in it may be read as markup.
        message: markdown_inline(&item.message()),
        location: Location {
            path: repo_relative(item.path()),
            range: byte_range(span),
        },
        severity: severity(item.severity()),
        code: Code {
            value: item.rule().code,
            url: information_uri(),
        },
        related_locations: item
            .related()
            .iter()
            .map(|r| RelatedLocation {
                message: "related statement",
                location: Location {
                    path: repo_relative(&r.path),
                    range: Range {
                        start: Position {
                            line: r.line,
                            // A related column counts characters; reviewdog's count bytes.
                            column: (r.path == item.path())
                                .then(|| byte_column(file.text, r.line, r.column))
                                .flatten(),
                        },
                        end: None,
                    },
                },
            })
            .collect(),
        suggestions: suggestions(file, item),
    }
}

/// The suggestion of a finding, in reviewdog's terms (byte columns).
fn suggestions(file: &CheckedFile<'_>, item: Item<'_>) -> Vec<Suggestion> {
    let Item::Claim(finding) = item else {
        return Vec::new();
    };
    let found = finding.suggestion.as_ref().and_then(|s| {
        let span = Span::of_bytes(file.text, s.span.start, s.span.end)?;
        Some(Suggestion {
            range: byte_range(span),
            text: s.replacement.clone(),
        })
    });
    found.into_iter().collect()
}

/// Writes the rdjson document of `run` (pretty-printed JSON and a newline). The
/// document's severity is the worst of its diagnostics.
pub fn write(out: &mut dyn Write, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let mut worst = Severity::Note;
    let mut diagnostics = Vec::new();
    for (file, item) in run.items(options) {
        worst = worst.max(item.severity());
        diagnostics.push(diagnostic(file, item));
    }
    let document = DiagnosticResult {
        source: Source {
            name: "numfact",
            url: information_uri(),
        },
        severity: severity(worst),
        diagnostics,
    };
    super::pretty::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
