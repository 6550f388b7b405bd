//! Output of `numfact extract`: the version-1 JSON document, JSON Lines, and one line per
//! quantity for people.

use super::escape::terminal;
use crate::quantity::display::format_number;
use crate::quantity::{Kind, Qualifier, Quantity};
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
    let mut path_json = Vec::with_capacity(path.len() + 2);
    serde_json::to_writer(&mut path_json, path)?;
    for quantity in quantities {
        write_line(&mut lines, &path_json, quantity)?;
    }
    Ok(lines)
}

/// Appends the JSON line of `q` to `out`: the same bytes as serde_json gives for the
/// object `{"path": …}` with the quantity's fields flattened into it (a test holds the two
/// together). It is written field by field because serde escapes every key of every line,
/// and these lines are most of what `extract` writes. `path_json` is the path already as a
/// JSON string.
fn write_line(out: &mut Vec<u8>, path_json: &[u8], q: &Quantity) -> io::Result<()> {
    out.extend_from_slice(b"{\"path\":");
    out.extend_from_slice(path_json);
    out.extend_from_slice(b",\"text\":");
    serde_json::to_writer(&mut *out, &q.text)?;
    for (key, n) in [
        (&b",\"start\":"[..], q.start),
        (b",\"end\":", q.end),
        (b",\"line\":", q.line),
        (b",\"column\":", q.column),
    ] {
        out.extend_from_slice(key);
        write_count(out, n)?;
    }
    out.extend_from_slice(b",\"kind\":");
    out.extend_from_slice(kind_json(q.kind).as_bytes());
    out.extend_from_slice(b",\"qualifier\":");
    out.extend_from_slice(qualifier_json(q.qualifier).as_bytes());
    out.extend_from_slice(b",\"low\":");
    write_number(out, q.low)?;
    out.extend_from_slice(b",\"high\":");
    write_number(out, q.high)?;
    out.extend_from_slice(b",\"unit\":");
    serde_json::to_writer(&mut *out, &q.unit)?;
    out.extend_from_slice(b",\"dimension\":\"");
    out.extend_from_slice(q.dimension.name().as_bytes());
    out.extend_from_slice(b"\",\"si\":{\"low\":");
    write_number(out, q.si.low)?;
    out.extend_from_slice(b",\"high\":");
    write_number(out, q.si.high)?;
    out.extend_from_slice(b",\"unit\":");
    serde_json::to_writer(&mut *out, &q.si.unit)?;
    out.push(b'}');
    if q.vague {
        out.extend_from_slice(b",\"vague\":true");
    }
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// `kind` as serde writes it (a test holds the two together).
fn kind_json(kind: Kind) -> &'static str {
    match kind {
        Kind::Value => "\"value\"",
        Kind::Range => "\"range\"",
    }
}

/// `qualifier` as serde writes it (a test holds the two together).
fn qualifier_json(qualifier: Option<Qualifier>) -> &'static str {
    match qualifier {
        None => "null",
        Some(Qualifier::Approximately) => "\"approximately\"",
        Some(Qualifier::UpTo) => "\"up_to\"",
        Some(Qualifier::AtMost) => "\"at_most\"",
        Some(Qualifier::AtLeast) => "\"at_least\"",
        Some(Qualifier::MoreThan) => "\"more_than\"",
        Some(Qualifier::LessThan) => "\"less_than\"",
    }
}

/// Appends `n` in decimal.
fn write_count(out: &mut Vec<u8>, n: usize) -> io::Result<()> {
    use serde_json::ser::Formatter;
    serde_json::ser::CompactFormatter.write_u64(out, n as u64)
}

/// Whole numbers below this are written as an integer and ".0", which is what the shortest
/// form of an `f64` is for them. That form takes an exponent from 10^16 on; the bound stays a
/// power of ten below, and a test checks both sides of every power up to 10^17.
const WHOLE_NUMBERS_BELOW: f64 = 1e15;

/// Appends `value` as serde_json writes an `f64`: its shortest form, `null` when not finite.
/// Whole numbers, most of what prose holds, take a shorter path with the same bytes.
fn write_number(out: &mut Vec<u8>, value: f64) -> io::Result<()> {
    use serde_json::ser::Formatter;
    // -0.0 is whole but keeps its sign.
    let whole = value.fract() == 0.0 && value.abs() < WHOLE_NUMBERS_BELOW && value != 0.0;
    if whole {
        // Exact: the value is a whole number of at most 15 digits.
        serde_json::ser::CompactFormatter.write_i64(out, value as i64)?;
        out.extend_from_slice(b".0");
        Ok(())
    } else if value.is_finite() {
        serde_json::ser::CompactFormatter.write_f64(out, value)
    } else {
        out.extend_from_slice(b"null");
        Ok(())
    }
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
        let text = "About 1,500 to 2,000 km away, 4.1m copies sold at $US48,120,000; \
                    hundreds of people, up to 30pc, minus-40 degrees Fahrenheit, \
                    more than 1e400 km, \"quoted\" 5 kg\\tabs\t and 9.8m tonnes at least 3 ha, \
                    at most 6.02e23 atoms, less than 0.000001 mm, 12-fold, Mach 10.";
        let quantities = extract(text);
        assert!(quantities.len() > 10, "{quantities:#?}");
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

    #[test]
    fn kinds_and_qualifiers_are_what_serde_writes() {
        for kind in [Kind::Value, Kind::Range] {
            assert_eq!(kind_json(kind), serde_json::to_string(&kind).unwrap());
        }
        let qualifiers = [
            None,
            Some(Qualifier::Approximately),
            Some(Qualifier::UpTo),
            Some(Qualifier::AtMost),
            Some(Qualifier::AtLeast),
            Some(Qualifier::MoreThan),
            Some(Qualifier::LessThan),
        ];
        for qualifier in qualifiers {
            assert_eq!(
                qualifier_json(qualifier),
                serde_json::to_string(&qualifier).unwrap()
            );
        }
    }

    #[test]
    fn numbers_are_what_serde_writes() {
        let mut values = vec![0.0, -0.0, 0.5, -2.0, 1e15, -1e15, 1e16, 2.5e-7, 123_456.0];
        for exponent in 0..=17 {
            let power = 10f64.powi(exponent);
            values.extend([
                power,
                power - 1.0,
                power + 1.0,
                -power,
                power * 0.5,
                power / 3.0,
            ]);
        }
        for value in values {
            let mut out = Vec::new();
            write_number(&mut out, value).unwrap();
            let serde = serde_json::to_string(&value).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), serde, "{value:e}");
        }
    }

    #[test]
    fn numbers_that_are_not_finite_are_null() {
        let mut out = Vec::new();
        write_number(&mut out, f64::INFINITY).unwrap();
        write_number(&mut out, f64::NAN).unwrap();
        write_number(&mut out, 1e300).unwrap();
        write_number(&mut out, -0.000_001).unwrap();
        let serde = [1e300, -0.000_001].map(|n| serde_json::to_string(&n).unwrap());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("nullnull{}{}", serde[0], serde[1])
        );
    }
}
