//! Pretty-printed JSON, byte for byte as `serde_json::to_writer_pretty` writes it (two
//! spaces a level), with each line break and its indentation written in one piece instead
//! of one write per level: the `check` document is about twice the size of its input, and a
//! write per level cost more than a quarter of the instructions spent writing it.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// Writes `value` as pretty-printed JSON into `out`.
pub(crate) fn to_writer_pretty<W: Write + ?Sized, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> io::Result<()> {
    to_writer_pretty_at(out, value, 0)
}

/// Writes `value` as pretty-printed JSON into `out`, as it is written `depth` levels deep
/// inside a document (its inner lines indented that much more; its first line is not).
pub(crate) fn to_writer_pretty_at<W: Write + ?Sized, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
    depth: usize,
) -> io::Result<()> {
    let formatter = Indented {
        depth,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// A comma, a line break, and the spaces of [`WIDEST`] levels of indentation.
const LINE_STARTS: &[u8; 2 + 2 * WIDEST] = &{
    let mut bytes = [b' '; 2 + 2 * WIDEST];
    bytes[0] = b',';
    bytes[1] = b'\n';
    bytes
};

/// Levels of indentation written from [`LINE_STARTS`] in one piece; deeper ones take more.
const WIDEST: usize = 32;

/// serde_json's pretty printer, with the indentation written at once.
struct Indented {
    /// Levels of nesting at the current position.
    depth: usize,
    /// Whether the array or object being written has a value yet.
    has_value: bool,
}

/// Writes a line break (after a comma when `comma`) and the indentation of `depth` levels.
pub(crate) fn line_start<W: Write + ?Sized>(
    out: &mut W,
    depth: usize,
    comma: bool,
) -> io::Result<()> {
    let from = if comma { 0 } else { 1 };
    let mut spaces = 2 * depth;
    let inline = spaces.min(2 * WIDEST);
    out.write_all(&LINE_STARTS[from..2 + inline])?;
    spaces -= inline;
    while spaces > 0 {
        let more = spaces.min(2 * WIDEST);
        out.write_all(&LINE_STARTS[2..2 + more])?;
        spaces -= more;
    }
    Ok(())
}

impl Indented {
    /// Writes a line break (after a comma unless `first`) and the current indentation.
    fn new_line<W: Write + ?Sized>(&self, out: &mut W, first: bool) -> io::Result<()> {
        line_start(out, self.depth, !first)
    }

    /// Closes an array or object with `bracket`, on a line of its own when it has values.
    fn close<W: Write + ?Sized>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(out, true)?;
        }
        out.write_all(bracket)
    }

    /// Opens an array or object with `bracket`.
    fn open<W: Write + ?Sized>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }
}

impl Formatter for Indented {
    fn begin_array<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: Write + ?Sized>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn end_array_value<W: Write + ?Sized>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: Write + ?Sized>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn begin_object_value<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: Write + ?Sized>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn both(value: &Value) -> (String, String) {
        let mut ours = Vec::new();
        to_writer_pretty(&mut ours, value).unwrap();
        let serde = serde_json::to_string_pretty(value).unwrap();
        (String::from_utf8(ours).unwrap(), serde)
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = json!({
            "empty_array": [],
            "empty_object": {},
            "numbers": [1, -2.5, 1e300, null],
            "nested": {"a": [{"b": {"c": [true, false, "x\n\"y\""]}}], "d": {}},
            "text": "tab\there",
        });
        let (ours, serde) = both(&value);
        assert_eq!(ours, serde);
    }

    #[test]
    fn indents_deeper_than_one_piece() {
        let mut value = json!("leaf");
        for level in 0..(WIDEST * 2 + 3) {
            value = if level % 2 == 0 {
                json!([value, level])
            } else {
                json!({ "k": value, "n": level })
            };
        }
        let (ours, serde) = both(&value);
        assert_eq!(ours, serde);
    }
}
