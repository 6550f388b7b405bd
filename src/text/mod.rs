//! Text structure: byte offsets to lines and columns, sentences and paragraphs.

pub mod html;
mod issue;
pub mod markdown;
pub mod sentences;
pub mod source;

pub use issue::Issue;

pub use sentences::{Sentence, sentences};

/// The byte that masks text which is not prose (ASCII unit separator: neither a letter, a
/// digit nor a space, so no number, word or gap continues through it).
pub const MASK_BYTE: u8 = 0x1F;

/// Turns byte offsets into (line, column) pairs. Offsets asked for in increasing order cost
/// time proportional to the distance between them, so a whole document is located in one
/// linear pass; an offset before the previous one restarts from the beginning.
#[derive(Debug, Clone)]
pub struct Locator<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    column: usize,
}

impl<'a> Locator<'a> {
    /// A locator at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    /// The 1-based line and 1-based character column of byte `offset` (clamped to the text).
    /// Lines end at `\n`; a `\r` before it belongs to the line it ends.
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            *self = Locator::new(self.text);
        }
        for &byte in &self.text.as_bytes()[self.offset..offset] {
            if byte == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if byte & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
        self.offset = offset;
        (self.line, self.column)
    }
}

/// The start of every line of a text, for locating offsets in any order: a binary search for
/// the line, then the characters of that line up to the offset. The last position located is
/// remembered, so offsets asked for in increasing order along one long line (a whole fact
/// file written on one line) count each character once, not once per offset.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last (byte offset, column) located; 0 and 1 before the first call.
    last: std::cell::Cell<(usize, usize)>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    /// The 1-based line and character column of byte `offset` of `text` (the text indexed),
    /// clamped to the text and to a character boundary.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let line_start = self.starts[line - 1];
        let (last_offset, last_column) = self.last.get();
        let (from, column) = if line_start <= last_offset && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (line_start, 1)
        };
        let column = column + text[from..offset].chars().count();
        self.last.set((offset, column));
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::{LineIndex, Locator};

    #[test]
    fn line_index_agrees_with_locator() {
        let text = "a\r\n€5 km\n\tx";
        let index = LineIndex::new(text);
        for offset in [0, 3, 6, 7, text.len() - 1, 1, 2, text.len()] {
            assert_eq!(
                index.locate(text, offset),
                Locator::new(text).locate(offset)
            );
        }
    }

    #[test]
    fn columns_count_characters() {
        let text = "a\r\n€5 km\n\tx";
        let mut locator = Locator::new(text);
        assert_eq!(locator.locate(0), (1, 1));
        assert_eq!(locator.locate(3), (2, 1));
        assert_eq!(locator.locate(6), (2, 2));
        assert_eq!(locator.locate(text.len() - 1), (3, 2));
        assert_eq!(locator.locate(1), (1, 2));
    }
}
