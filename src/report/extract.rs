//! Output of `numfact extract`: the version-1 JSON document, JSON Lines, and one line per
//! quantity for people.

use super::escape::terminal;
use super::json_fields::{Fields, Layout, key, quantity_fields, write_in_blocks, write_string};
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
    super::pretty::to_writer_pretty(&mut *out, &Document { version: 1, files })?;
    writeln!(out)
}

/// Writes one JSON object per quantity per line.
pub fn write_jsonl(out: &mut dyn Write, files: &[FileQuantities<'_>]) -> io::Result<()> {
    for file in files {
        let mut path_json = Vec::with_capacity(file.path.len() + 2);
        write_string(&mut path_json, file.path)?;
        let line = |lines: &mut Vec<u8>, _: usize, q: &Quantity| write_line(lines, &path_json, q);
        write_in_blocks(file.quantities, JSONL_BLOCK, line, |block| {
            out.write_all(block)
        })?;
    }
    Ok(())
}

/// Quantities per block of JSON Lines serialised at once, and about how long a line is.
const JSONL_BLOCK: (usize, usize) = (2048, 320);

/// Appends the JSON line of `q` to `out`: the object `{"path": …}` with the quantity's
/// fields flattened into it, as serde writes it (a test holds the two together).
/// `path_json` is the path already as a JSON string.
fn write_line(out: &mut Vec<u8>, path_json: &[u8], q: &Quantity) -> io::Result<()> {
    let mut fields = Fields::open(out, Layout::Compact);
    fields.raw(key!("path"), path_json);
    quantity_fields(&mut fields, q)?;
    fields.close();
    out.push(b'\n');
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::extract;

    /// The object serde gives a JSON line, which [`write_line`] writes by hand.
    #[derive(Serialize)]
    struct Line<'a> {
        path: &'a str,
        #[serde(flatten)]
        quantity: &'a Quantity,
    }

    #[test]
    fn lines_are_what_serde_writes() {
        // Every kind of quantity field is held to serde in `json_fields`; here, the path.
        let quantities = extract("About 1,500 to 2,000 km away; hundreds of people.");
        assert_eq!(quantities.len(), 2, "{quantities:#?}");
        for path in ["a.txt", "dir/\"odd\"\\name\u{7}.md"] {
            let mut by_hand = Vec::new();
            let mut path_json = Vec::new();
            serde_json::to_writer(&mut path_json, path).unwrap();
            let mut by_serde = Vec::new();
            for quantity in &quantities {
                write_line(&mut by_hand, &path_json, quantity).unwrap();
                serde_json::to_writer(&mut by_serde, &Line { path, quantity }).unwrap();
                by_serde.push(b'\n');
            }
            assert_eq!(String::from_utf8(by_hand), String::from_utf8(by_serde));
        }
    }
}
