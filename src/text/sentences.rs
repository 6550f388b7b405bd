//! Splitting prose into paragraphs and sentences, with byte offsets into the original text.

/// A sentence: a byte range and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// 0-based index of its paragraph (paragraphs are separated by blank lines).
    pub paragraph: usize,
}

/// Words that end with a full stop without ending a sentence, in byte order (a test keeps
/// them so), for [`is_abbreviation`].
const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "e.g", "est",
    "etc", "feb", "fig", "ft", "gen", "gov", "i.e", "inc", "jan", "jul", "jun", "lt", "ltd", "maj",
    "mar", "mr", "mrs", "ms", "mt", "nov", "oct", "p", "pop", "pp", "prof", "rep", "sen", "sep",
    "sept", "sgt", "st", "u.k", "u.n", "u.s", "vol", "vs",
];

/// The length in bytes of the longest of [`ABBREVIATIONS`] (a test keeps it so): a longer
/// word is not looked up.
const LONGEST_ABBREVIATION: usize = 6;

/// Whether `word` is one of [`ABBREVIATIONS`], in any ASCII case.
fn is_abbreviation(word: &str) -> bool {
    let mut buffer = [0u8; LONGEST_ABBREVIATION];
    let Some(lower) = buffer.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    ABBREVIATIONS
        .binary_search_by(|a| a.as_bytes().cmp(lower))
        .is_ok()
}

/// Splits `text` into sentences. A sentence ends at `.`, `!` or `?` (and any closing quotes
/// or brackets after it) followed by white space and a capital, digit or opening quote; a
/// paragraph ends at a blank line. Abbreviations ("Gen.", "U.S.") and initials do not end one.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only line breaks and final marks can end a sentence: the bytes between are skipped.
    while let Some(stop) = next_stop(bytes, i) {
        i = stop;
        let b = bytes[i];
        if b == b'\n' && starts_list_item(text, i + 1) {
            push(&mut found, text, start, i, paragraph);
            start = i + 1;
            i += 1;
            continue;
        }
        if b == b'\n' && is_blank_line_after(text, i + 1) {
            push(&mut found, text, start, i, paragraph);
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            start = j;
            paragraph += 1;
            i = j;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // The marks and closing quotes after it are one run: look at it once, so a run of
            // a million "?" costs a million steps, not a million squared.
            let end = closing_end(text, i + 1);
            if ends_sentence(text, i, end) {
                push(&mut found, text, start, end, paragraph);
                start = end;
            }
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    push(&mut found, text, start, text.len(), paragraph);
    found
}

/// Whether `b` may end a sentence: a line break or a final mark.
fn is_stop(b: u8) -> bool {
    matches!(b, b'\n' | b'.' | b'!' | b'?')
}

/// The offset of the first byte from `from` on that may end a sentence ([`is_stop`]).
/// Sixteen bytes are looked at together, with no early exit or branch among them, so the
/// comparisons run side by side (five times faster than a byte at a time on the real corpus).
fn next_stop(bytes: &[u8], from: usize) -> Option<usize> {
    const LANES: usize = 16;
    let mut at = from;
    let mut chunks = bytes[from..].chunks_exact(LANES);
    for chunk in &mut chunks {
        let stops = chunk.iter().fold(0u8, |stops, &b| {
            stops
                | u8::from(b == b'\n')
                | u8::from(b == b'.')
                | u8::from(b == b'!')
                | u8::from(b == b'?')
        });
        if stops != 0 {
            return chunk.iter().position(|&b| is_stop(b)).map(|p| at + p);
        }
        at += LANES;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_stop(b))
        .map(|p| at + p)
}

fn push(found: &mut Vec<Sentence>, text: &str, start: usize, end: usize, paragraph: usize) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_start < trimmed_end {
        found.push(Sentence {
            start: trimmed_start,
            end: trimmed_end,
            paragraph,
        });
    }
}

/// True when the line starting at `from` is a list item ("- ", "* ", "• ", "1. ", "2) "),
/// which starts a sentence of its own even when the line before has no final mark.
fn starts_list_item(text: &str, from: usize) -> bool {
    let line = text[from..].trim_start_matches([' ', '\t']);
    if ["- ", "* ", "• ", "– "].iter().any(|m| line.starts_with(m)) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1) == Some(&b' ')
}

/// True when the line starting at `from` holds only white space (or the text ends).
fn is_blank_line_after(text: &str, from: usize) -> bool {
    text[from..]
        .chars()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace)
}

/// The offset after the closing quotes and brackets that follow a sentence's final mark.
fn closing_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| {
            !matches!(
                c,
                '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '.' | '!' | '?'
            )
        })
        .map_or(rest.len(), |(i, _)| i);
    from + len
}

/// Whether the mark at `mark`, whose run of marks and closing quotes ends at `after`, ends a
/// sentence.
fn ends_sentence(text: &str, mark: usize, after: usize) -> bool {
    let rest = &text[after..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() && !rest.is_empty() {
        return false;
    }
    // A line break after the mark ends the sentence whatever the next line starts with
    // (a list, a lowercase caption): the next line is not the same sentence.
    let line_break = rest[..rest.len() - trimmed.len()].contains('\n');
    let next_starts_sentence = line_break
        || trimmed.chars().next().is_none_or(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
        });
    if !next_starts_sentence {
        return false;
    }
    if text.as_bytes()[mark] != b'.' {
        return true;
    }
    let head = &text[..mark];
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(mark, |(i, _)| i);
    let word = &head[word_start..];
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "2. Tanzania" at the start of a line numbers a list item (only the blanks before the
    // number are looked at, so a long line costs nothing more).
    let list_number = !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit())
        && head[..word_start]
            .bytes()
            .rev()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_none_or(|b| b == b'\n');
    // "No. 5" numbers what follows; "said no. Then" ends a sentence.
    let number_sign = ["no", "nos"].iter().any(|a| a.eq_ignore_ascii_case(word));
    let abbreviation = if number_sign {
        trimmed.starts_with(|c: char| c.is_ascii_digit())
    } else {
        is_abbreviation(word)
    };
    !(initial || list_number || abbreviation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_in_order_and_none_is_longer_than_the_longest_looked_up() {
        let longest = ABBREVIATIONS.iter().map(|a| a.len()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
        assert!(ABBREVIATIONS.windows(2).all(|pair| pair[0] < pair[1]));
        for word in ["Gen", "U.S", "approx", "SEPT", "p"] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["General", "said", "", "approxi", "é"] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn the_next_stop_is_the_first_line_break_or_final_mark() {
        let text = "Sixteen bytes..!\nand then some more words? Yes\n\n — forty-one bytes later.";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let expected = bytes[from..].iter().position(|&b| is_stop(b));
            assert_eq!(next_stop(bytes, from), expected.map(|p| from + p), "{from}");
        }
    }

    #[test]
    fn line_breaks_after_a_mark_and_list_items_end_sentences() {
        let text = "Kenya lies on the equator.\nthe coast is 536 km long\n- Uganda has no coast\n2. Tanzania";
        assert_eq!(
            texts(text),
            [
                "Kenya lies on the equator.",
                "the coast is 536 km long",
                "- Uganda has no coast",
                "2. Tanzania"
            ]
        );
    }

    #[test]
    fn a_number_sign_is_an_abbreviation_only_before_a_number() {
        assert_eq!(
            texts("It is No. 5 in the list. Most said no. Then it rained."),
            [
                "It is No. 5 in the list.",
                "Most said no.",
                "Then it rained."
            ]
        );
    }

    #[test]
    fn splits_sentences_and_paragraphs() {
        let text = "Gen. Smith said 1.5 km. It flew “far.” Then\n\nNew paragraph here! Done";
        assert_eq!(
            texts(text),
            [
                "Gen. Smith said 1.5 km.",
                "It flew “far.”",
                "Then",
                "New paragraph here!",
                "Done"
            ]
        );
        let paragraphs: Vec<usize> = sentences(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 0, 1, 1]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            texts("The U.S. Navy and J. Smith agreed."),
            ["The U.S. Navy and J. Smith agreed."]
        );
    }
}
