//! Throughput of [`numfact::quantity::extract`] on generated news prose.
//!
//! The corpus is generated at start-up by [`corpus::generate`] (deterministic, no files):
//! one 100 MB text of which the 1 MB and 10 MB inputs are prefixes cut at paragraph breaks.
//! A fourth case, "single_line_20MB", is a 20 MB prefix with every line break replaced by a
//! space, to show that time stays linear on one huge line. The generated corpus is dense (one
//! quantity every 19 words); "articles_10MB" repeats the project's own fixture articles
//! (`tests/fixtures/extract/*.txt`) to 10 MB, prose with the density of real news copy.
//!
//! Run with `cargo bench --bench extract`; criterion reports decimal MB/s (10^6 bytes per
//! second, [`Throughput::BytesDecimal`]) next to the time of one call. The whole run takes
//! about a minute and a half at 40 MB/s. For profiling, run one case without analysis:
//! `cargo bench --bench extract -- --profile-time 10 extract/10MB` (for example under
//! `perf record -g`).
//! Setting `NUMFACT_CORPUS_DUMP=path` writes the 1 MB input to `path` for inspection (for
//! example to feed the `numfact extract` command).

mod corpus;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use std::hint::black_box;
use std::time::Duration;

/// The seed of the corpus; fixed so every run measures the same text.
const SEED: u64 = 0x6E75_6D66_6163_7421;

const MB: usize = 1_000_000;

fn bench_extract(c: &mut Criterion) {
    let text = corpus::generate(100 * MB, SEED);
    let one = corpus::prefix(&text, MB);
    if let Some(path) = std::env::var_os("NUMFACT_CORPUS_DUMP") {
        std::fs::write(&path, one).expect("NUMFACT_CORPUS_DUMP is a writable path");
    }
    let found = numfact::quantity::extract(one).len();
    assert!(
        found > 1000,
        "the extractor found only {found} quantities in 1 MB of news"
    );
    let words = one.split_whitespace().count();
    eprintln!(
        "corpus: {} bytes in 1 MB input, {words} words, {found} quantities ({:.1} words per quantity)",
        one.len(),
        words as f64 / found.max(1) as f64
    );

    let mut group = c.benchmark_group("extract");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    for (name, size, seconds) in [
        ("1MB", MB, 5),
        ("10MB", 10 * MB, 10),
        ("100MB", 100 * MB, 30),
    ] {
        let input = corpus::prefix(&text, size);
        group.throughput(Throughput::BytesDecimal(input.len() as u64));
        group.measurement_time(Duration::from_secs(seconds));
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| numfact::quantity::extract(black_box(input)))
        });
    }

    let articles = fixture_articles(10 * MB);
    group
        .throughput(Throughput::BytesDecimal(articles.len() as u64))
        .measurement_time(Duration::from_secs(10));
    group.bench_with_input(
        BenchmarkId::from_parameter("articles_10MB"),
        articles.as_str(),
        |b, input| b.iter(|| numfact::quantity::extract(black_box(input))),
    );

    let line = corpus::prefix(&text, 20 * MB).replace('\n', " ");
    drop(text);
    group
        .throughput(Throughput::BytesDecimal(line.len() as u64))
        .measurement_time(Duration::from_secs(10));
    group.bench_with_input(
        BenchmarkId::from_parameter("single_line_20MB"),
        line.as_str(),
        |b, input| b.iter(|| numfact::quantity::extract(black_box(input))),
    );
    group.finish();
}

/// The fixture articles of `tests/fixtures/extract`, repeated (separated by blank lines) until
/// the text reaches `bytes`.
fn fixture_articles(bytes: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/extract is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let one: String = paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("fixture articles are UTF-8") + "\n\n")
        .collect();
    let mut text = String::with_capacity(bytes + one.len());
    while text.len() < bytes {
        text.push_str(&one);
    }
    text
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
