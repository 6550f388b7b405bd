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
    for file in files {
        // Blocks of lines are serialised on every core (with the `parallel` feature), a
        // window of them at a time, and written in order: the output is the same as one
        // line after another, and no more than a window is held in memory.
        for window in file.quantities.chunks(JSONL_BLOCK * JSONL_WINDOW_BLOCKS) {
            for block in serialise_blocks(file.path, window) {
                out.write_all(&block?)?;
            }
        }
    }
    Ok(())
}

/// Quantities per block of JSON Lines serialised at once.
const JSONL_BLOCK: usize = 2048;

/// Blocks in a window of [`write_jsonl`].
const JSONL_WINDOW_BLOCKS: usize = 16;

/// The JSON Lines of `quantities`, one buffer per [`JSONL_BLOCK`] of them, in order.
fn serialise_blocks(path: &str, quantities: &[Quantity]) -> Vec<io::Result<Vec<u8>>> {
    let block = |chunk: &[Quantity]| jsonl_block(path, chunk);
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        quantities.par_chunks(JSONL_BLOCK).map(block).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        quantities.chunks(JSONL_BLOCK).map(block).collect()
    }
}

/// One JSON object per quantity of `quantities`, each on its own line, with `path`.
fn jsonl_block(path: &str, quantities: &[Quantity]) -> io::Result<Vec<u8>> {
    let mut lines = Vec::with_capacity(quantities.len() * 320);
    for quantity in quantities {
        serde_json::to_writer(&mut lines, &Line { path, quantity })?;
        lines.push(b'\n');
    }
    Ok(lines)
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
