//! JSON objects written field by field, with the same bytes as serde_json gives for the
//! derived `Serialize` of the same value, compact or pretty-printed (tests hold the two
//! together). serde escapes every key of every object and every string byte by byte; the
//! machine documents of `extract` and `check` are mostly keys, numbers and short plain
//! strings, and writing them here is a large share of what those commands do.

use crate::quantity::{Kind, Qualifier, Quantity};
use serde::Serialize;
use std::io;

/// How an object is laid out: on one line, or pretty-printed as serde_json does (two spaces
/// a level), at a depth of nesting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// `{"key":value,…}`.
    Compact,
    /// One field a line, the object itself at this depth (0 for a top-level object).
    Pretty(usize),
}

impl Layout {
    /// The layout of a value inside an object or array of this layout.
    fn inner(self) -> Layout {
        match self {
            Layout::Compact => Layout::Compact,
            Layout::Pretty(depth) => Layout::Pretty(depth + 1),
        }
    }
}

/// A key of [`Fields`] as it is written, made at compile time: `key!("start")` is
/// `,"start": ` with the comma before it and its quotes (the comma is left out before a
/// first field, the space in compact objects).
macro_rules! key {
    ($name:literal) => {
        concat!(",\"", $name, "\": ")
    };
}
pub(crate) use key;

/// An object being written into a buffer: [`Fields::open`], one call per field in order,
/// then [`Fields::close`].
pub(crate) struct Fields<'o> {
    out: &'o mut Vec<u8>,
    layout: Layout,
    empty: bool,
}

impl<'o> Fields<'o> {
    /// Writes the opening brace of an object laid out as `layout`.
    pub(crate) fn open(out: &'o mut Vec<u8>, layout: Layout) -> Fields<'o> {
        out.push(b'{');
        Fields {
            out,
            layout,
            empty: true,
        }
    }

    /// Writes the separator before the next field and its key (made by [`key!`]), up to
    /// the value. Inlined, so that the key's length is known where it is copied.
    #[inline(always)]
    fn key(&mut self, key: &'static str) {
        let key = key.as_bytes();
        let comma = !self.empty;
        self.empty = false;
        match self.layout {
            // The comma, unless first, and the key without the space after its colon.
            Layout::Compact if comma => self.out.extend_from_slice(&key[..key.len() - 1]),
            Layout::Compact => self.out.extend_from_slice(&key[1..key.len() - 1]),
            Layout::Pretty(depth) => {
                line_start(self.out, depth + 1, comma);
                self.out.extend_from_slice(&key[1..]);
            }
        }
    }

    /// A field whose value is already JSON (`null`, `true`, a quoted constant).
    #[inline(always)]
    pub(crate) fn raw(&mut self, key: &'static str, json: &[u8]) {
        self.key(key);
        self.out.extend_from_slice(json);
    }

    /// A string field.
    #[inline(always)]
    pub(crate) fn string(&mut self, key: &'static str, value: &str) -> io::Result<()> {
        self.key(key);
        write_string(self.out, value)
    }

    /// A string field that may be absent (`null`).
    #[inline(always)]
    pub(crate) fn optional_string(
        &mut self,
        key: &'static str,
        value: Option<&str>,
    ) -> io::Result<()> {
        match value {
            Some(value) => self.string(key, value),
            None => {
                self.raw(key, b"null");
                Ok(())
            }
        }
    }

    /// A count (a position, a line number).
    #[inline(always)]
    pub(crate) fn count(&mut self, key: &'static str, n: usize) -> io::Result<()> {
        self.key(key);
        write_count(self.out, n)
    }

    /// A number, as serde_json writes an `f64`.
    #[inline(always)]
    pub(crate) fn number(&mut self, key: &'static str, value: f64) -> io::Result<()> {
        self.key(key);
        write_number(self.out, value)
    }

    /// A field whose value serde writes (the rare and nested parts of a document).
    pub(crate) fn serde<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> io::Result<()> {
        self.key(key);
        write_serde(self.out, value, self.layout.inner())
    }

    /// A field whose value is an object, written by `write` into the [`Fields`] it is given.
    pub(crate) fn object(
        &mut self,
        key: &'static str,
        write: impl FnOnce(&mut Fields<'_>) -> io::Result<()>,
    ) -> io::Result<()> {
        self.key(key);
        let mut inner = Fields::open(self.out, self.layout.inner());
        write(&mut inner)?;
        inner.close();
        Ok(())
    }

    /// Writes the key of a field and returns the buffer, for a value the caller writes
    /// itself (the caller then also closes the object).
    pub(crate) fn value_of(&mut self, key: &'static str) -> &mut Vec<u8> {
        self.key(key);
        self.out
    }

    /// Writes the closing brace (on a line of its own when pretty and not empty).
    pub(crate) fn close(self) {
        if let (Layout::Pretty(depth), false) = (self.layout, self.empty) {
            new_line(self.out, depth);
        }
        self.out.push(b'}');
    }
}

/// A line break and the indentation of `depth` levels.
pub(crate) fn new_line(out: &mut Vec<u8>, depth: usize) {
    line_start(out, depth, false);
}

/// [`super::pretty::line_start`] into a vector.
fn line_start(out: &mut Vec<u8>, depth: usize, comma: bool) {
    // Writing into a `Vec` does not fail.
    let _ = super::pretty::line_start(out, depth, comma);
}

/// Appends `value` as serde_json writes it in `layout`.
pub(crate) fn write_serde<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    layout: Layout,
) -> io::Result<()> {
    match layout {
        Layout::Compact => serde_json::to_writer(out, value).map_err(io::Error::from),
        Layout::Pretty(depth) => super::pretty::to_writer_pretty_at(out, value, depth),
    }
}

/// The fields of a quantity (the object of the `extract` contract, and the `claim` of a
/// `check` finding), in the order serde writes them.
pub(crate) fn quantity_fields(fields: &mut Fields<'_>, q: &Quantity) -> io::Result<()> {
    fields.string(key!("text"), &q.text)?;
    fields.count(key!("start"), q.start)?;
    fields.count(key!("end"), q.end)?;
    fields.count(key!("line"), q.line)?;
    fields.count(key!("column"), q.column)?;
    fields.raw(key!("kind"), kind_json(q.kind).as_bytes());
    fields.raw(key!("qualifier"), qualifier_json(q.qualifier).as_bytes());
    fields.number(key!("low"), q.low)?;
    fields.number(key!("high"), q.high)?;
    fields.string(key!("unit"), &q.unit)?;
    fields.string(key!("dimension"), q.dimension.name())?;
    fields.object(key!("si"), |si| {
        si.number(key!("low"), q.si.low)?;
        si.number(key!("high"), q.si.high)?;
        si.string(key!("unit"), &q.si.unit)
    })?;
    if q.vague {
        fields.raw(key!("vague"), b"true");
    }
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

/// Appends `value` as a JSON string; one without a character to escape is copied as it is.
pub(crate) fn write_string(out: &mut Vec<u8>, value: &str) -> io::Result<()> {
    // Without an early exit, so that the test runs on many bytes at once.
    let escaped = value.bytes().fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    let plain = !escaped;
    if plain {
        out.reserve(value.len() + 2);
        out.push(b'"');
        out.extend_from_slice(value.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        serde_json::to_writer(out, value).map_err(io::Error::from)
    }
}

/// Appends `n` in decimal.
pub(crate) fn write_count(out: &mut Vec<u8>, n: usize) -> io::Result<()> {
    use serde_json::ser::Formatter;
    serde_json::ser::CompactFormatter.write_u64(out, n as u64)
}

/// Whole numbers below this are written as an integer and ".0", which is what the shortest
/// form of an `f64` is for them. That form takes an exponent from 10^16 on; the bound stays a
/// power of ten below, and a test checks both sides of every power up to 10^17.
const WHOLE_NUMBERS_BELOW: f64 = 1e15;

/// Appends `value` as serde_json writes an `f64`: its shortest form, `null` when not finite.
/// Whole numbers, most of what prose holds, take a shorter path with the same bytes.
pub(crate) fn write_number(out: &mut Vec<u8>, value: f64) -> io::Result<()> {
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

/// Items written into blocks of bytes: `write` appends item `index` of `items`, about
/// `item_bytes` long (a block's first allocation). Blocks of `block` items are written on every core (with the `parallel` feature), a window of
/// [`WINDOW_BLOCKS`] at a time, and handed to `emit` in order, so the output is that of
/// one item after another and no more than a window is held in memory.
pub(crate) fn write_in_blocks<T: Sync>(
    items: &[T],
    (block, item_bytes): (usize, usize),
    write: impl Fn(&mut Vec<u8>, usize, &T) -> io::Result<()> + Sync,
    mut emit: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let block = block.max(1);
    let window = block * WINDOW_BLOCKS;
    for (w, items) in items.chunks(window).enumerate() {
        let one_block = |(b, chunk): (usize, &[T])| -> io::Result<Vec<u8>> {
            let first = w * window + b * block;
            let mut bytes = Vec::with_capacity(chunk.len() * item_bytes);
            for (i, item) in chunk.iter().enumerate() {
                write(&mut bytes, first + i, item)?;
            }
            Ok(bytes)
        };
        #[cfg(feature = "parallel")]
        let blocks: Vec<io::Result<Vec<u8>>> = {
            use rayon::prelude::*;
            items.par_chunks(block).enumerate().map(one_block).collect()
        };
        #[cfg(not(feature = "parallel"))]
        let blocks: Vec<io::Result<Vec<u8>>> =
            items.chunks(block).enumerate().map(one_block).collect();
        for bytes in blocks {
            emit(&bytes?)?;
        }
    }
    Ok(())
}

/// Blocks in a window of [`write_in_blocks`].
const WINDOW_BLOCKS: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn strings_are_what_serde_writes() {
        for text in [
            "",
            "plain",
            "quote \" back \\ slash",
            "tab\tline\nbell\u{7}",
            "é ‘x’ \u{7f}",
        ] {
            let mut out = Vec::new();
            write_string(&mut out, text).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(text).unwrap()
            );
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
    fn quantities_are_what_serde_writes_in_both_layouts() {
        let text = "About 1,500 to 2,000 km away, 4.1m copies sold at $US48,120,000; \
                    hundreds of people, up to 30pc, minus-40 degrees Fahrenheit, \
                    more than 1e400 km, \"quoted\" 5 kg\\tabs\t and 9.8m tonnes at least 3 ha, \
                    at most 6.02e23 atoms, less than 0.000001 mm, 12-fold, Mach 10.";
        let quantities = crate::quantity::extract(text);
        assert!(quantities.len() > 10, "{quantities:#?}");
        for quantity in &quantities {
            for layout in [Layout::Compact, Layout::Pretty(0), Layout::Pretty(3)] {
                let mut by_hand = Vec::new();
                let mut fields = Fields::open(&mut by_hand, layout);
                quantity_fields(&mut fields, quantity).unwrap();
                fields.close();
                let mut by_serde = Vec::new();
                write_serde(&mut by_serde, quantity, layout).unwrap();
                assert_eq!(String::from_utf8(by_hand), String::from_utf8(by_serde));
            }
        }
    }

    #[derive(Serialize)]
    struct Sample<'a> {
        name: &'a str,
        none: Option<&'a str>,
        n: usize,
        x: f64,
        inner: Inner,
        list: Vec<Inner>,
        empty: Vec<u8>,
    }

    #[derive(Serialize, Clone, Copy)]
    struct Inner {
        a: f64,
    }

    fn by_hand(out: &mut Vec<u8>, sample: &Sample<'_>, layout: Layout) -> io::Result<()> {
        let mut fields = Fields::open(out, layout);
        fields.string(key!("name"), sample.name)?;
        fields.optional_string(key!("none"), sample.none)?;
        fields.count(key!("n"), sample.n)?;
        fields.number(key!("x"), sample.x)?;
        fields.object(key!("inner"), |inner| {
            inner.number(key!("a"), sample.inner.a)
        })?;
        fields.serde(key!("list"), &sample.list)?;
        fields.serde(key!("empty"), &sample.empty)?;
        fields.close();
        Ok(())
    }

    #[test]
    fn objects_are_what_serde_writes_in_both_layouts() {
        let sample = Sample {
            name: "a \"b\"",
            none: None,
            n: 7,
            x: 2.5,
            inner: Inner { a: -1.0 },
            list: vec![Inner { a: 1.0 }, Inner { a: 1e300 }],
            empty: Vec::new(),
        };
        let mut compact = Vec::new();
        by_hand(&mut compact, &sample, Layout::Compact).unwrap();
        assert_eq!(compact, serde_json::to_vec(&sample).unwrap());
        let mut pretty = Vec::new();
        by_hand(&mut pretty, &sample, Layout::Pretty(0)).unwrap();
        assert_eq!(
            String::from_utf8(pretty).unwrap(),
            serde_json::to_string_pretty(&sample).unwrap()
        );
    }

    #[test]
    fn blocks_are_written_in_order() {
        let items: Vec<usize> = (0..1000).collect();
        let mut written = Vec::new();
        let write = |out: &mut Vec<u8>, index: usize, item: &usize| {
            assert_eq!(index, *item);
            write_count(out, *item)?;
            out.push(b' ');
            Ok(())
        };
        write_in_blocks(&items, (7, 4), write, |bytes| {
            written.extend_from_slice(bytes);
            Ok(())
        })
        .unwrap();
        let expected: String = items.iter().map(|i| format!("{i} ")).collect();
        assert_eq!(String::from_utf8(written).unwrap(), expected);
    }
}
