//! Quantity extraction: finds every quantity in English prose and normalises it to SI.
//!
//! ```
//! let found = numfact::quantity::extract("a range of 1,500 to 2,000 km");
//! assert_eq!(found[0].text, "1,500 to 2,000 km");
//! assert_eq!(found[0].si.high, 2_000_000.0);
//! ```

mod anchors;
mod context;
pub mod display;
mod grammar;
mod lexical;
mod lexicon;
mod model;
mod numeral;
mod scan;
pub mod units;

pub use model::{Dimension, Kind, Qualifier, Quantity, SiInterval};

use crate::text::Locator;
use grammar::{Measure, Parsed};
use std::borrow::Cow;

/// Finds every quantity in `text`, in order of position.
pub fn extract(text: &str) -> Vec<Quantity> {
    extract_prose(text, text)
}

/// Finds the quantities of `text` reading only its prose: `prose` is `text` with everything
/// that is not prose (code, markup, URLs) masked — each such byte replaced by
/// [`MASK_BYTE`], line breaks kept — so offsets, lines and columns stay those of `text`.
/// When `prose` is not such a mask of `text` (another length), `text` itself is read.
pub fn extract_prose(text: &str, prose: &str) -> Vec<Quantity> {
    let prose = if prose.len() == text.len() {
        prose
    } else {
        text
    };
    let mut locator = Locator::new(text);
    let mut quantities = Vec::new();
    scan::scan(prose, |parsed| {
        if text.is_char_boundary(parsed.start) && text.is_char_boundary(parsed.end) {
            quantities.push(to_quantity(text, &parsed, &mut locator));
        }
    });
    quantities
}

pub use crate::text::MASK_BYTE;

/// The least text worth a thread of its own in [`extract_prose_parallel`].
#[cfg(feature = "parallel")]
const CHUNK_BYTES: usize = 1 << 20;

/// [`extract_prose`] on pieces of the text at once, one per core, with the same result: a
/// large text is cut only after a line that ends a sentence ("." "!" or "?", then any
/// closing quotes or brackets, then the line break), where no quantity and none of the
/// words the grammar looks back at can continue. Each piece's quantities are moved to their
/// place in the whole text (a piece starts a line, so columns stay as they are).
#[cfg(feature = "parallel")]
pub fn extract_prose_parallel(text: &str, prose: &str) -> Vec<Quantity> {
    use rayon::prelude::*;
    let prose = if prose.len() == text.len() {
        prose
    } else {
        text
    };
    let threads = rayon::current_num_threads();
    // Many more pieces than cores, so that no core is left with a long last piece.
    let cuts = sentence_line_cuts(prose, (prose.len() / (threads * 16)).max(CHUNK_BYTES));
    if threads == 1 || cuts.len() <= 2 {
        return extract_prose(text, prose);
    }
    // The lines before each piece, counted first, so each piece places its own quantities
    // and joining them is only a copy.
    let mut lines_before: Vec<usize> = cuts
        .par_windows(2)
        .map(|piece| {
            text.as_bytes()[piece[0]..piece[1]]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
        })
        .collect();
    // Each piece's count becomes the sum of the counts before it.
    let mut lines = 0;
    for count in &mut lines_before {
        lines += std::mem::replace(count, lines);
    }
    let found: Vec<Vec<Quantity>> = cuts
        .par_windows(2)
        .zip(lines_before)
        .map(|(piece, lines_before)| {
            let range = piece[0]..piece[1];
            let mut quantities = extract_prose(&text[range.clone()], &prose[range.clone()]);
            for q in &mut quantities {
                q.start += range.start;
                q.end += range.start;
                q.line += lines_before;
            }
            quantities
        })
        .collect();
    join_in_parallel(found)
}

/// The pieces' quantities in one vector, the pieces moved to their places on every core: on
/// one core, the copy (most of it faulting in the vector's fresh pages) took 8–12 ms of the
/// 250 ms that a 32 MiB text takes on two.
#[cfg(feature = "parallel")]
fn join_in_parallel(pieces: Vec<Vec<Quantity>>) -> Vec<Quantity> {
    use rayon::prelude::*;
    let total = pieces.iter().map(Vec::len).sum();
    let mut all = Vec::with_capacity(total);
    let mut free = &mut all.spare_capacity_mut()[..total];
    let mut places = Vec::with_capacity(pieces.len());
    for piece in &pieces {
        let (place, rest) = free.split_at_mut(piece.len());
        places.push(place);
        free = rest;
    }
    pieces
        .into_par_iter()
        .zip(places)
        .for_each(|(piece, place)| {
            for (slot, quantity) in place.iter_mut().zip(piece) {
                slot.write(quantity);
            }
        });
    // SAFETY: the places cover the first `total` slots, each place exactly as long as its
    // piece, so every one of them was written above.
    unsafe { all.set_len(total) };
    all
}

#[cfg(all(test, feature = "parallel"))]
mod tests {
    use super::sentence_line_cuts;

    #[test]
    fn pieces_are_cut_only_after_a_line_that_ends_a_sentence() {
        let text = "One km.\nTwo km\nthree km.\"\nFour km?\n";
        assert_eq!(sentence_line_cuts(text, 1), [0, 8, 26, 35]);
        assert_eq!(sentence_line_cuts(text, 100), [0, 35]);
        assert_eq!(sentence_line_cuts("", 1), [0, 0]);
    }
}

/// Byte offsets that cut `text` into pieces of about `size` bytes or more: 0, each cut right
/// after a line break that follows the end of a sentence, and the text's length.
#[cfg(feature = "parallel")]
fn sentence_line_cuts(text: &str, size: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = vec![0];
    let mut from = size;
    while from < bytes.len() {
        let Some(found) = bytes[from..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let newline = from + found;
        let line = &bytes[..newline];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let closed = line
            .iter()
            .rev()
            .position(|b| !matches!(b, b'"' | b'\'' | b')' | b']'))
            .map_or(0, |closing| line.len() - closing);
        let ends_sentence = closed > 0 && matches!(bytes[closed - 1], b'.' | b'!' | b'?');
        if ends_sentence && newline + 1 < bytes.len() {
            cuts.push(newline + 1);
            from = newline + 1 + size;
        } else {
            from = newline + 1;
        }
    }
    cuts.push(bytes.len());
    cuts
}

fn to_quantity(text: &str, parsed: &Parsed<'_>, locator: &mut Locator<'_>) -> Quantity {
    let (line, column) = locator.locate(parsed.start);
    let (unit, dimension, si_unit, si_low, si_high) = match parsed.measure {
        Measure::Unit(unit) => {
            let convert = |v| {
                tidy(if parsed.difference {
                    unit.difference_to_si(v)
                } else {
                    unit.to_si(v)
                })
            };
            let low = convert(parsed.low);
            let high = if parsed.high == parsed.low {
                low
            } else {
                convert(parsed.high)
            };
            (
                Cow::Borrowed(unit.symbol),
                unit.dimension,
                Cow::Borrowed(unit.si_symbol),
                low,
                high,
            )
        }
        Measure::Noun(noun) => {
            let noun: Cow<'static, str> = Cow::Owned(noun.to_string());
            (
                noun.clone(),
                Dimension::Count,
                noun,
                parsed.low,
                parsed.high,
            )
        }
        Measure::Bare => (
            Cow::Borrowed(""),
            Dimension::Count,
            Cow::Borrowed(""),
            parsed.low,
            parsed.high,
        ),
    };
    Quantity {
        text: text[parsed.start..parsed.end].to_string(),
        start: parsed.start,
        end: parsed.end,
        line,
        column,
        kind: parsed.kind,
        qualifier: parsed.qualifier,
        low: parsed.low,
        high: parsed.high,
        unit,
        dimension,
        si: SiInterval {
            low: si_low,
            high: si_high,
            unit: si_unit,
        },
        vague: parsed.vague,
    }
}

/// Rounds away the binary noise of a unit conversion (2220.0000000000005 → 2220), keeping
/// 12 significant digits.
pub(crate) fn tidy(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() || (value.fract() == 0.0 && value.abs() < 1e12) {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    if !(-280..=280).contains(&magnitude) {
        return value;
    }
    let digits = 11 - magnitude;
    let scale = 10f64.powi(digits.abs());
    if digits >= 0 {
        (value * scale).round() / scale
    } else {
        (value / scale).round() * scale
    }
}
