//! Extraction on every core gives the same quantities as extraction on one: the generated
//! news corpus of the benchmarks (`benches/corpus`), read whole and in pieces, compared
//! quantity by quantity (text, offsets, line, column, value, unit). The real-prose
//! equivalent is `benches/real_corpus.py`, which compares the JSONL of a 32 MiB corpus with
//! a committed digest.

#[path = "../benches/corpus/mod.rs"]
#[allow(dead_code)]
mod corpus;

use numfact::quantity::{extract, extract_prose_parallel};

#[test]
fn pieces_read_on_every_core_give_the_whole_text_s_quantities() {
    // Three and a half megabytes: more than one piece at the smallest piece size (1 MiB).
    let text = corpus::generate(3_500_000, 0x5EED);
    let whole = extract(&text);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .expect("a thread pool");
    let pieces = pool.install(|| extract_prose_parallel(&text, &text));
    assert!(whole.len() > 10_000, "{} quantities", whole.len());
    assert_eq!(pieces.len(), whole.len());
    for (a, b) in whole.iter().zip(&pieces) {
        assert_eq!(a, b);
    }
}
