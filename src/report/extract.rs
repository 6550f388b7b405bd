//! Output of `numfact extract`: the version-1 JSON document, JSON Lines, and one line per
//! quantity for people.

use super::escape::terminal;
use crate::quantity::Quantity;
use crate::quantity::display::format_number;
use serde::Serialize;
use std::io::{self, Write};

/// The quantities found in one input.
#[derive(Debug, Clone, Serialize)]
pub struct FileQuantities<'a> {
    /// The input's name.
    pub path: &'a str,
    /// Its quantities, in order of position.
    pub quantities: &'a [Quantity],
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: &'a [FileQuantities<'a>],
}

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(flatten)]
    quantity: &'a Quantity,
}

/// The output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum ExtractFormat {
    /// `path:line:col  text  →  value in SI`, one line per quantity.
    Human,
    /// One JSON document (contract version 1).
    Json,
    /// One JSON object per quantity per line, each with its `path`.
    Jsonl,
}

/// Writes `files` in `format`.
pub fn write(
    out: &mut dyn Write,
    files: &[FileQuantities<'_>],
    format: ExtractFormat,
) -> io::Result<()> {
    match format {
        ExtractFormat::Human => write_human(out, files),
        ExtractFormat::Json => write_json(out, files),
        ExtractFormat::Jsonl => write_jsonl(out, files),
    }
}

/// Writes the version-1 JSON document.
pub fn write_json(out: &mut dyn Write, files: &[FileQuantities<'_>]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Document { version: 1, files })?;
    writeln!(out)
}

/// Writes one JSON object per quantity per line.
pub fn write_jsonl(out: &mut dyn Write, files: &[FileQuantities<'_>]) -> io::Result<()> {
    // Each line is serialised into one reused buffer and written whole: one call through
    // the `dyn Write` per line, not one per JSON token.
    let mut line = Vec::with_capacity(512);
    for file in files {
        for quantity in file.quantities {
            line.clear();
            serde_json::to_writer(
                &mut line,
                &Line {
                    path: file.path,
                    quantity,
                },
            )?;
            line.push(b'\n');
            out.write_all(&line)?;
        }
    }
    Ok(())
}

/// Writes one line per quantity: `path:line:col  text  →  value in SI`.
pub fn write_human(out: &mut dyn Write, files: &[FileQuantities<'_>]) -> io::Result<()> {
    for file in files {
        for q in file.quantities {
            let text = q.text.replace(['\n', '\r'], " ");
            // A relative path that starts with "::" would start a workflow command.
            let path = terminal(file.path);
            let dot = if path.trim_start().starts_with("::") {
                "./"
            } else {
                ""
            };
            writeln!(
                out,
                "{dot}{}:{}:{}  {}  →  {}",
                path,
                q.line,
                q.column,
                terminal(&text),
                describe_si(q)
            )?;
        }
    }
    Ok(())
}

/// The SI value of a quantity in words: "approximately 50000 m", "1500000–2000000 m".
pub fn describe_si(q: &Quantity) -> String {
    let value = if q.kind == crate::quantity::Kind::Range {
        format!("{}–{}", format_number(q.si.low), format_number(q.si.high))
    } else {
        format_number(q.si.low)
    };
    let unit = if q.si.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", q.si.unit)
    };
    let qualifier = q
        .qualifier
        .map(|q| format!("{} ", q.phrase()))
        .unwrap_or_default();
    format!("{qualifier}{value}{unit} ({})", q.dimension)
}
