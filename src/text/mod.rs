//! Text structure: byte offsets to lines and columns, sentences and paragraphs.

pub mod html;
mod issue;
pub mod markdown;
pub mod patterns;
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
        let passed = &self.text.as_bytes()[self.offset..offset];
        // Counted in bulk (the loops vectorise): the line breaks passed, then the characters
        // after the last of them.
        let on_this_line = match memchr::memrchr(b'\n', passed) {
            Some(last_break) => {
                self.line += count_bytes(passed, |b| b == b'\n');
                self.column = 1;
                &passed[last_break + 1..]
            }
            None => passed,
        };
        self.column += character_starts(on_this_line);
        self.offset = offset;
        (self.line, self.column)
    }
}

/// The number of characters that start in `bytes` (its bytes that are not UTF-8
/// continuation bytes).
fn character_starts(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| b & 0xC0 != 0x80)
}

/// The number of bytes of `bytes` that `test` holds for. Summed in 8-bit counters over
/// pieces of 255 bytes, which the compiler turns into vector adds of 16 bytes at a time.
fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|piece| {
            let count = piece
                .iter()
                .fold(0u8, |sum, &b| sum.wrapping_add(u8::from(test(b))));
            usize::from(count)
        })
        .sum()
}

/// The byte offset at which each line of `text` starts (0 first; one past every `\n`).
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
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
        let starts = line_starts(text);
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

    #[test]
    fn long_lines_count_every_character_once() {
        // Longer than the 255-byte pieces the counts are summed over, with characters of
        // two and three bytes and line breaks across several pieces.
        let line = "é€a".repeat(200);
        let text = format!("{line}\n{line}\n\n{line}");
        let mut locator = Locator::new(&text);
        let mut expected = (1, 1);
        for (offset, c) in text.char_indices() {
            if offset % 7 == 0 {
                assert_eq!(locator.locate(offset), expected, "offset {offset}");
            }
            expected = if c == '\n' {
                (expected.0 + 1, 1)
            } else {
                (expected.0, expected.1 + 1)
            };
        }
        assert_eq!(Locator::new(&text).locate(text.len()), expected);
    }
}
