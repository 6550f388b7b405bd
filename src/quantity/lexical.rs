//! Small building blocks the grammar is made of: spaces, ASCII case-insensitive phrases, word
//! boundaries. Every function here works on `&str` and only ever splits it at character
//! boundaries (a matched ASCII byte is always a whole character).

use nom::error::{Error, ErrorKind};
use nom::{Err, IResult};

/// The result type of every parser in the grammar.
pub(crate) type PResult<'a, T> = IResult<&'a str, T>;

/// A recoverable "this alternative does not apply" error at `input`.
pub(crate) fn reject<T>(input: &str) -> PResult<'_, T> {
    Err(Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// An unrecoverable error: the token at `input` is malformed and must be skipped whole.
pub(crate) fn malformed<T>(input: &str) -> PResult<'_, T> {
    Err(Err::Failure(Error::new(input, ErrorKind::Verify)))
}

/// Spaces that may stand inside one line of prose: ASCII space and tab, no-break, thin,
/// narrow no-break and figure spaces.
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}' | '\u{200a}'
    )
}

/// Letters and digits: a character that continues a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Consumes zero or more inline spaces.
#[inline]
pub(crate) fn inline_space0(input: &str) -> PResult<'_, &str> {
    // Fast path, where the call is made: inline spaces start with ' ', '\t', 0xC2
    // (no-break) or 0xE2 (thin spaces).
    if !input
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b' ' | b'\t' | 0xC2 | 0xE2))
    {
        return Ok((input, &input[..0]));
    }
    some_inline_spaces(input)
}

/// [`inline_space0`] where the input starts with what may be a space.
fn some_inline_spaces(input: &str) -> PResult<'_, &str> {
    let bytes = input.as_bytes();
    let ascii = bytes
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    if !bytes.get(ascii).is_some_and(|b| matches!(b, 0xC2 | 0xE2)) {
        return Ok((&input[ascii..], &input[..ascii]));
    }
    let end = input[ascii..]
        .char_indices()
        .find(|&(_, c)| !is_inline_space(c))
        .map_or(input.len(), |(i, _)| ascii + i);
    Ok((&input[end..], &input[..end]))
}

/// Consumes the space between two words: inline spaces with at most one line break among
/// them (prose wrapped in a text file), and at least one character.
#[inline]
pub(crate) fn word_gap(input: &str) -> PResult<'_, &str> {
    // Most gaps in prose are one ASCII space before a letter or digit: read where the call
    // is made, the rest out of line.
    if let [b' ', next, ..] = input.as_bytes() {
        if next.is_ascii_alphanumeric() {
            return Ok((&input[1..], &input[..1]));
        }
    }
    any_word_gap(input)
}

/// [`word_gap`] in general.
fn any_word_gap(input: &str) -> PResult<'_, &str> {
    let (rest, _) = inline_space0(input)?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .unwrap_or(rest);
    let (rest, _) = inline_space0(rest)?;
    if rest.len() == input.len() {
        return reject(input);
    }
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// True when `rest` does not continue a word (end of input, or a non-alphanumeric character).
pub(crate) fn at_word_end(rest: &str) -> bool {
    match rest.as_bytes().first() {
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        _ => rest.chars().next().is_none_or(|c| !is_word_char(c)),
    }
}

/// True when the text before `pos` does not end inside a word.
pub(crate) fn at_word_start(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    match before.as_bytes().last() {
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        _ => before.chars().next_back().is_none_or(|c| !is_word_char(c)),
    }
}

/// Matches `pattern` at the start of `input`, ASCII case-insensitively (`exact == false`) or
/// byte for byte; a space in the pattern matches a [`word_gap`]. Returns the rest of the input.
#[inline]
pub(crate) fn match_phrase<'a>(input: &'a str, pattern: &str, exact: bool) -> Option<&'a str> {
    // The first byte where the call is made (most calls stop there), the rest out of line.
    let (&i0, &p0) = (input.as_bytes().first()?, pattern.as_bytes().first()?);
    if i0 != p0 && (exact || !i0.eq_ignore_ascii_case(&p0)) {
        return None;
    }
    match_phrase_rest(input, pattern, exact)
}

/// [`match_phrase`] once the first bytes are equal.
fn match_phrase_rest<'a>(input: &'a str, pattern: &str, exact: bool) -> Option<&'a str> {
    // Byte by byte, so that most calls stop at their first difference; a space in the
    // pattern takes a gap in the input. Pattern bytes beyond ASCII match only themselves, so
    // the input is always cut after a whole character.
    let bytes = input.as_bytes();
    let mut at = 0;
    for &p in pattern.as_bytes() {
        if p == b' ' {
            at = input.len() - word_gap(input.get(at..)?).ok()?.0.len();
            continue;
        }
        let &b = bytes.get(at)?;
        if b != p && (exact || !b.eq_ignore_ascii_case(&p)) {
            return None;
        }
        at += 1;
    }
    input.get(at..)
}

/// `input` after `prefix` (byte for byte), when it starts with it. Tested on the first byte
/// before the rest, so walking a list of prefixes costs a comparison of bytes for most of
/// them rather than a call to compare memory.
pub(crate) fn strip_exact<'a>(input: &'a str, prefix: &str) -> Option<&'a str> {
    if input.as_bytes().first() != prefix.as_bytes().first() {
        return None;
    }
    input.strip_prefix(prefix)
}

/// A fixed list grouped by the first byte (in ASCII lower case) of each entry's phrase, each
/// group in the list's order: a lookup meets only the entries whose phrase can start where
/// the input does, and so finds what a walk of the whole list with [`match_phrase`] finds.
pub(crate) struct PhraseIndex<T: 'static> {
    groups: Vec<Vec<T>>,
}

impl<T: Copy> PhraseIndex<T> {
    /// Groups `entries` by the first byte of `phrase(entry)` (an empty phrase is left out: it
    /// matches nothing).
    pub(crate) fn new(entries: &[T], phrase: impl Fn(&T) -> &str) -> Self {
        let mut groups = vec![Vec::new(); 256];
        for entry in entries {
            if let Some(&first) = phrase(entry).as_bytes().first() {
                groups[usize::from(first.to_ascii_lowercase())].push(*entry);
            }
        }
        PhraseIndex { groups }
    }

    /// The entries whose phrase may start `input`, in the list's order.
    pub(crate) fn starting(&self, input: &str) -> &[T] {
        input
            .as_bytes()
            .first()
            .map_or(&[], |b| &self.groups[usize::from(b.to_ascii_lowercase())])
    }
}

/// A nom parser for a whole-word phrase, ASCII case-insensitive.
pub(crate) fn keyword(pattern: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |input: &str| match match_phrase(input, pattern, false) {
        Some(rest) if pattern_ends_in_symbol(pattern) || at_word_end(rest) => {
            Ok((rest, &input[..input.len() - rest.len()]))
        }
        _ => reject(input),
    }
}

/// True when the pattern ends in punctuation, so no word boundary is needed after it.
pub(crate) fn pattern_ends_in_symbol(pattern: &str) -> bool {
    pattern
        .chars()
        .next_back()
        .is_some_and(|c| !is_word_char(c))
}

/// The run of ASCII letters `text` starts with ("metres" of "metres final"); empty when it
/// starts with anything else.
pub(crate) fn leading_ascii_word(text: &str) -> &str {
    &text[..text.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// Whether `word` is one of `list`, in any ASCII case.
pub(crate) fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// If the text before `end` (ignoring trailing inline spaces) finishes with the whole-word
/// `pattern` (ASCII case-insensitive, or exact), returns the byte offset where the phrase starts.
/// A space in the pattern matches one or more inline spaces.
pub(crate) fn phrase_before(text: &str, end: usize, pattern: &str, exact: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let pattern_bytes = pattern.as_bytes();
    let mut pos = skip_spaces_back(text, end);
    let (Some(&t0), Some(&p0)) = (bytes[..pos].last(), pattern_bytes.last()) else {
        return None;
    };
    if t0 != p0 && (exact || !t0.eq_ignore_ascii_case(&p0)) {
        return None;
    }
    // The pattern's words from the last, each compared with the text that ends at `pos`,
    // with inline spaces before it where a space stands before it in the pattern.
    let mut part_end = pattern_bytes.len();
    loop {
        let part_start = pattern_bytes[..part_end]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |i| i + 1);
        let part = &pattern_bytes[part_start..part_end];
        let start = pos.checked_sub(part.len())?;
        let tail = bytes.get(start..pos)?;
        let equal = if exact {
            tail == part
        } else {
            tail.eq_ignore_ascii_case(part)
        };
        if !equal || !text.is_char_boundary(start) {
            return None;
        }
        pos = start;
        if part_start == 0 {
            break;
        }
        part_end = part_start - 1;
        let before = skip_spaces_back(text, pos);
        if before == pos {
            return None;
        }
        pos = before;
    }
    let starts_word = pattern.chars().next().is_some_and(is_word_char);
    (!starts_word || at_word_start(text, pos)).then_some(pos)
}

/// The offset of the first inline space in the run of inline spaces that ends at `end`.
pub(crate) fn skip_spaces_back(text: &str, end: usize) -> usize {
    // ASCII spaces first, byte by byte; characters are decoded only before a byte beyond
    // ASCII, which may end a no-break or thin space.
    let bytes = text.as_bytes();
    let mut at = end;
    while at > 0 && matches!(bytes[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    if at == 0 || bytes[at - 1].is_ascii() {
        return at;
    }
    text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_inline_space(c))
        .last()
        .map_or(at, |(i, _)| i)
}

/// The word (letters, digits, `.` and `'`) that ends at `end` after optional inline spaces,
/// with its start offset.
pub(crate) fn word_before(text: &str, end: usize) -> Option<(&str, usize)> {
    let word_end = skip_spaces_back(text, end);
    let continues = |c: char| is_word_char(c) || c == '.' || c == '\'';
    // ASCII byte by byte; characters are decoded only before a byte beyond ASCII.
    let bytes = text.as_bytes();
    let mut start = word_end;
    while start > 0 && bytes[start - 1].is_ascii() && continues(char::from(bytes[start - 1])) {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = text[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| continues(c))
            .last()
            .map_or(start, |(i, _)| i);
    }
    (start < word_end).then(|| (&text[start..word_end], start))
}

/// True when the text before `pos` is the beginning of a sentence: nothing but spaces and
/// opening quotes or brackets since the start of the text, a line break, or `.`, `!`, `?`, `:`.
pub(crate) fn at_sentence_start(text: &str, pos: usize) -> bool {
    for c in text[..pos].chars().rev() {
        match c {
            c if is_inline_space(c) => continue,
            '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '—' | '–' => continue,
            '.' | '!' | '?' | ':' | ';' | '\n' | '\r' => return true,
            _ => return false,
        }
    }
    true
}

/// Calls `f` with `word` in ASCII lower case, copied into a buffer on the stack (no
/// allocation in the scanner's loop); `None` for words longer than 32 bytes, which no table
/// of words looked up this way holds.
pub(crate) fn with_ascii_lowercase<R>(word: &[u8], f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let mut buffer = [0u8; 32];
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    Some(f(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_spaces_match_any_gap() {
        assert_eq!(
            match_phrase("nautical\u{a0}miles away", "nautical miles", false),
            Some(" away")
        );
        assert_eq!(
            match_phrase("Nautical  Miles", "nautical miles", false),
            Some("")
        );
        assert_eq!(match_phrase("nautical", "nautical miles", false), None);
        assert_eq!(match_phrase("KM", "km", true), None);
    }

    #[test]
    fn phrase_before_respects_word_start() {
        let text = "no more than 5";
        assert_eq!(phrase_before(text, 13, "more than", false), Some(3));
        assert_eq!(phrase_before(text, 13, "no more than", false), Some(0));
        assert_eq!(
            phrase_before("furthermore than 5", 17, "more than", false),
            None
        );
    }

    #[test]
    fn never_splits_multibyte_characters() {
        assert_eq!(match_phrase("\u{212a}m", "km", false), None);
        assert_eq!(phrase_before("\u{212a}m 5", 3, "km", false), None);
    }
}
