//! The Markdown and HTML readers on arbitrary bytes (lossy UTF-8): each prose mask has the
//! text's length and its line breaks exactly where they were (a `String`, so valid UTF-8),
//! extraction through the mask keeps the quantity invariants, and finding the suppression
//! comments never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numfact::text::source::InputFormat;
use numfact::quantity::extract_prose;
use numfact::text::{html, markdown};
use numfact_fuzz::{assert_mask, assert_quantities};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for (format, prose) in [
        (InputFormat::Markdown, markdown::prose_mask(&text)),
        (InputFormat::Html, html::prose_mask(&text)),
    ] {
        assert_mask(&text, &prose);
        assert_quantities(&text, &extract_prose(&text, &prose));
        let (_, notices) = numfact::check::suppress::find(&text, format, "fuzz");
        for n in notices {
            assert!(n.line >= 1 && n.column >= 1, "notice {n:?}");
        }
    }
});
