//! The extractor on arbitrary bytes (read as lossy UTF-8): never panics, and every quantity
//! keeps the span and number invariants. Two runs agree, and reading the text through a
//! mask that masks nothing changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numfact::quantity::{extract, extract_prose};
use numfact_fuzz::assert_quantities;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = extract(&text);
    assert_quantities(&text, &found);
    assert_eq!(
        extract_prose(&text, &text),
        found,
        "extract_prose(t, t) != extract(t)"
    );
});
