//! Rendering results for people and programs. Every renderer writes to an [`std::io::Write`];
//! nothing here prints on its own.
//!
//! A run of `numfact check` is one [`Run`]: the checked files, each with its findings and
//! suppression notices, and its [`Summary`], which counts by each finding's effective
//! severity so that every headline agrees with the exit code. [`write()`] renders a run in one
//! of the [`Format`]s. Each renderer is one file with one `write(out, &Run, &Options)`; the
//! helpers they share live beside them ([`position`], [`escape`], [`wording`]) and renderers
//! never import each other.
//!
//! `numfact extract` and `numfact facts list` have their own, simpler documents
//! ([`extract`], [`facts`]).

pub mod escape;
pub mod extract;
pub mod facts;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
mod json_fields;
pub mod markdown;
pub mod position;
mod pretty;
pub mod rdjson;
mod run;
pub mod sarif;
pub mod wording;

pub use run::{CheckedFile, Item, Run, Summary};
use std::io::{self, Write};

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
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

/// How a report looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// ANSI colours (human format).
    pub color: bool,
    /// Also show supported and unverifiable claims.
    pub all: bool,
    /// Show what linked each claim (human format).
    pub verbose: bool,
}

impl Options {
    /// Whether a finding of `severity` is shown: errors and warnings always, notes with
    /// [`Options::all`].
    pub fn shows(&self, severity: crate::check::Severity) -> bool {
        self.all || severity != crate::check::Severity::Note
    }
}

/// Writes `run` in `format`.
pub fn write(
    out: &mut dyn Write,
    run: &Run<'_>,
    format: Format,
    options: &Options,
) -> io::Result<()> {
    match format {
        Format::Human => human::write(out, run, options),
        Format::Json => json::write(out, run, options),
        Format::Jsonl => json::write_lines(out, run, options),
        Format::Sarif => sarif::write(out, run, options),
        Format::Github => github::write(out, run, options),
        Format::Rdjson => rdjson::write(out, run, options),
        Format::Markdown => markdown::write(out, run, options),
        Format::Html => html::write(out, run, options),
    }
}
