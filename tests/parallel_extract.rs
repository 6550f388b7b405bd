//! Extraction on every core gives the same quantities as extraction on one: the generated
//! news corpus of the benchmarks (`benches/corpus`), read whole and in pieces, compared
//! quantity by quantity (text, offsets, line, column, value, unit). The real-prose
//! equivalent is `benches/real_corpus.py`, which compares the JSONL of a 32 MiB corpus with
//! a committed digest. The JSON Lines writer, which serialises blocks of lines on every
//! core, writes the same bytes as line after line.

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

#[test]
fn json_lines_serialised_in_blocks_on_every_core_are_the_lines_one_after_another() {
    use numfact::report::extract::{ExtractFormat, FileQuantities, write};
    // Enough quantities for several blocks and more than one window of the writer.
    let text = corpus::generate(5_000_000, 0xB10C);
    let quantities = extract(&text);
    assert!(quantities.len() > 40_000, "{} quantities", quantities.len());
    let file = |quantities| FileQuantities {
        path: "news.txt",
        quantities,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .expect("a thread pool");
    let mut written = Vec::new();
    pool.install(|| write(&mut written, &[file(&quantities)], ExtractFormat::Jsonl))
        .expect("writing to memory");
    let mut one_by_one = Vec::new();
    for quantity in &quantities {
        write(
            &mut one_by_one,
            &[file(std::slice::from_ref(quantity))],
            ExtractFormat::Jsonl,
        )
        .expect("writing to memory");
    }
    assert_eq!(written.len(), one_by_one.len());
    assert!(written == one_by_one, "the JSON Lines differ");
}
