//! Speed of checking against a large fact base: loading it, building the checker, and
//! [`numfact::check::Checker::check`] over generated news prose.
//!
//! The fact base is generated at start-up by [`facts_gen::generate`] (deterministic, no
//! files): 10,000 invented entities — missiles, bombers, fighters, ships, airfields, cities —
//! with two to four aliases each and about three facts each, written as TOML fact files, one
//! per kind. The shipped files (`facts/*.toml`, read from disk) are added as more sources, so
//! the corpus's mentions of the Kinzhal or the Tu-160 link as they do with the shipped base.
//!
//! The text is the 10 MB news corpus of the extraction benchmark ([`corpus::generate`], same
//! seed) with a sentence or two about a generated entity appended to about a third of its
//! paragraphs ("The Xk-1042 missile has a top speed of Mach 6.5. It is 9.5 metres long."),
//! mostly right, sometimes far off, sometimes reaching outside the fact.
//!
//! Cases (group `check`):
//! - `load_10k`: [`FactBase::from_sources`] on the generated files (target < 100 ms);
//!   `load_10k_one_file` is the same base as one single file.
//! - `checker_new_10k`: [`Checker::new`] (the alias automaton).
//! - `toml_parse_10k`: the same files parsed by the `toml` crate into untyped tables, the
//!   floor under `load_10k`.
//! - `check_10k`: checking the 10 MB text against the 10k base (target ≥ 50 MB/s);
//!   `check_shipped` checks the same text against [`FactBase::shipped`], for comparison, and
//!   `extract_only` runs [`numfact::quantity::extract`] alone on it, the floor under both.
//! - `load_shipped`, `checker_new_shipped`: the embedded base with the world base (what
//!   `numfact check` does before reading its first file); `check_real_news`: the corpus article
//!   (`../shared/corpus`, or `NUMFACT_NEWS=FILE`) repeated to 10 MB, against that base
//!   (target ≥ 40 MB/s); `load_aliases/100000` and `/1000000`: bases of 100,000 and 1,000,000
//!   aliases (linear time).
//! - `human_760KB_line`: the human report on one long line with 20,000 findings.
//!
//! The generated base is loaded with the hand-written shipped files (`facts/*.toml`), not
//! the world base, so `load_10k` measures 10,000 generated entities.
//!
//! Run with `cargo bench --bench check` (a filter such as `-- check/check_10k` runs one case);
//! criterion reports the time of one call and decimal
//! MB/s ([`Throughput::BytesDecimal`]: of TOML for the loads, of text for the checks). For
//! profiling, run one case without analysis: `cargo bench --bench check -- --profile-time 10
//! check/check_10k` (for example under `perf record --call-graph dwarf`).
//! Setting `NUMFACT_CHECK_DUMP=dir` writes the generated fact files and the first 1 MB of the
//! text to `dir` (to try with `numfact check --facts dir/generated`).

mod corpus;
mod facts_gen;

use criterion::{
    BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use numfact::check::{Checker, Verdict};
use numfact::facts::FactBase;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// The seed of the corpus: the extraction benchmark's, so both measure the same prose.
const SEED: u64 = 0x6E75_6D66_6163_7421;
/// The seed of the generated fact base.
const FACTS_SEED: u64 = 0x6661_6374_7331_306B;
/// The seed of the sentences about generated entities.
const MENTIONS_SEED: u64 = 0x6D65_6E74_696F_6E73;

/// How many entities the generated base has.
const ENTITIES: usize = 10_000;
/// The share of paragraphs, in percent, that get a sentence about a generated entity.
const MENTION_PERCENT: usize = 35;

const MB: usize = 1_000_000;

/// The shipped fact files, read from `facts/` in name order: (path, TOML text).
fn shipped_sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("facts");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("facts/ is readable")
        .map(|entry| entry.expect("facts/ is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fact files in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("fact files are UTF-8");
            let name = format!(
                "facts/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            (name, text)
        })
        .collect()
}

/// The project's real news article, repeated to about `bytes`: `NUMFACT_NEWS` or
/// `../shared/corpus/kim-russia-visit.txt` (kept outside the repository).
fn real_news(bytes: usize) -> Option<String> {
    let path = std::env::var_os("NUMFACT_NEWS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kim-russia-visit.txt"),
        std::path::PathBuf::from,
    );
    let article = std::fs::read_to_string(path).ok()?;
    let mut text = String::with_capacity(bytes + article.len());
    while text.len() < bytes {
        text.push_str(&article);
        text.push_str("\n\n");
    }
    Some(text)
}

/// A fact base of `entities` entities with four aliases each and no facts, in files of
/// 10,000 entities (as a large base would be kept).
fn alias_base(entities: usize) -> Vec<(String, String)> {
    let name = |mut n: usize| {
        let mut word = String::new();
        loop {
            word.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                break word;
            }
        }
    };
    let mut files = Vec::new();
    let mut text = String::new();
    for i in 0..entities {
        let w = name(i);
        text.push_str(&format!(
            "[[entity]]\nid = \"e{i}\"\nname = \"Zq {w}\"\naliases = [\"Zq {w} one\", \"Zq {w} two\", \"Zq {w} three\"]\n\n"
        ));
        if (i + 1) % 10_000 == 0 || i + 1 == entities {
            files.push((
                format!("aliases/{}.toml", files.len()),
                std::mem::take(&mut text),
            ));
        }
    }
    files
}

/// Loads a base, failing the benchmark with the loader's messages if it is invalid.
fn load(sources: Vec<(String, String)>) -> FactBase {
    FactBase::from_sources(sources).unwrap_or_else(|errors| panic!("invalid fact base:\n{errors}"))
}

/// Counts the findings of `text` by verdict and says how many are linked, to show the
/// benchmark exercises linking and judging and not only extraction.
fn describe(label: &str, checker: &Checker<'_>, base: &FactBase, text: &str) -> usize {
    let start = Instant::now();
    let findings = checker.check("corpus.txt", text);
    let elapsed = start.elapsed();
    let count = |verdict| findings.iter().filter(|f| f.verdict == verdict).count();
    let generated = findings
        .iter()
        .filter(|f| f.verdict != Verdict::Unverifiable)
        .filter(|f| {
            f.entity
                .as_deref()
                .and_then(|id| base.entity_index(id))
                .is_some_and(|e| base.entities[e].origin.path.starts_with("generated/"))
        })
        .count();
    eprintln!(
        "{label}: {} claims in {} bytes ({:.1} MB/s once): {} supported, {} contradicted, {} imprecise, {} inconsistent, {} unverifiable; {generated} judged against generated facts",
        findings.len(),
        text.len(),
        text.len() as f64 / 1e6 / elapsed.as_secs_f64(),
        count(Verdict::Supported),
        count(Verdict::Contradicted),
        count(Verdict::Imprecise),
        count(Verdict::Inconsistent),
        count(Verdict::Unverifiable),
    );
    generated
}

fn bench_check(c: &mut Criterion) {
    let generated = facts_gen::generate(ENTITIES, FACTS_SEED);
    let shipped = shipped_sources();
    let mut sources = generated.sources(true);
    sources.extend(shipped.iter().cloned());
    let mut one_file = generated.sources(false);
    one_file.extend(shipped.iter().cloned());
    let toml_bytes: usize = sources.iter().map(|(_, text)| text.len()).sum();

    let start = Instant::now();
    let base = load(sources.clone());
    let load_time = start.elapsed();
    let hand_written = load(shipped.clone());
    assert_eq!(
        base.entities.len(),
        ENTITIES + hand_written.entities.len(),
        "every generated entity is loaded"
    );
    let shipped_base = FactBase::shipped().expect("the shipped base is valid");
    assert!(
        base.warnings.is_empty(),
        "generated aliases must be unique: {:?}",
        base.warnings.first()
    );
    let aliases: usize = base.entities.iter().map(|e| e.aliases.len()).sum();
    eprintln!(
        "fact base: {} entities, {aliases} aliases, {} facts in {} files, {toml_bytes} bytes of TOML; loaded once in {load_time:.1?}",
        base.entities.len(),
        base.facts.len(),
        sources.len(),
    );

    let news = corpus::generate(10 * MB, SEED);
    let text = generated.sprinkle(&news, MENTION_PERCENT, MENTIONS_SEED);
    drop(news);
    let input = corpus::prefix(&text, 10 * MB);
    let one = corpus::prefix(input, MB);
    if let Some(dir) = std::env::var_os("NUMFACT_CHECK_DUMP") {
        let dir = Path::new(&dir);
        for (path, toml) in generated.sources(true) {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a file in a directory"))
                .expect("NUMFACT_CHECK_DUMP is a writable directory");
            std::fs::write(&path, toml).expect("NUMFACT_CHECK_DUMP is a writable directory");
        }
        std::fs::write(dir.join("corpus.txt"), one)
            .expect("NUMFACT_CHECK_DUMP is a writable directory");
    }

    let checker = Checker::new(&base);
    let linked = describe("10k base, 1 MB", &checker, &base, one);
    assert!(
        linked > 500,
        "only {linked} claims in 1 MB were judged against generated facts"
    );
    let shipped_checker = Checker::new(&shipped_base);
    describe("shipped base, 1 MB", &shipped_checker, &shipped_base, one);

    let mut group = c.benchmark_group("check");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));

    group.throughput(Throughput::BytesDecimal(toml_bytes as u64));
    for (name, files) in [("load_10k", &sources), ("load_10k_one_file", &one_file)] {
        group.bench_with_input(BenchmarkId::from_parameter(name), files, |b, files| {
            b.iter_batched(
                || files.clone(),
                |files| load(black_box(files)),
                BatchSize::LargeInput,
            )
        });
    }

    // The floor under any loader: the TOML parser alone, into untyped tables.
    group.bench_with_input(
        BenchmarkId::from_parameter("toml_parse_10k"),
        &sources,
        |b, files| {
            b.iter(|| {
                files
                    .iter()
                    .map(|(_, text)| {
                        black_box(text.as_str())
                            .parse::<toml::Table>()
                            .expect("valid TOML")
                            .len()
                    })
                    .sum::<usize>()
            })
        },
    );

    group.throughput(Throughput::Elements(aliases as u64));
    group.bench_function("checker_new_10k", |b| {
        b.iter(|| Checker::new(black_box(&base)))
    });

    group.throughput(Throughput::BytesDecimal(input.len() as u64));
    group.measurement_time(Duration::from_secs(20));
    for (name, checker) in [("check_10k", &checker), ("check_shipped", &shipped_checker)] {
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| checker.check("corpus.txt", black_box(input)))
        });
    }
    // The floor under any check: extraction alone, on the same text.
    group.bench_with_input(
        BenchmarkId::from_parameter("extract_only"),
        input,
        |b, input| b.iter(|| numfact::quantity::extract(black_box(input))),
    );
    // The shipped base with the world base, as `numfact check` starts: loading the embedded
    // files, then building the checker.
    group.throughput(Throughput::Elements(shipped_base.facts.len() as u64));
    group.bench_function("load_shipped", |b| {
        b.iter(|| FactBase::shipped().expect("valid"))
    });
    group.bench_function("checker_new_shipped", |b| {
        b.iter(|| Checker::new(black_box(&shipped_base)))
    });
    // Real news prose against the shipped base: the project's corpus article (`../shared`,
    // or NUMFACT_NEWS=FILE), repeated to 10 MB.
    match real_news(10 * MB) {
        Some(news) => {
            describe(
                "shipped base, real news",
                &shipped_checker,
                &shipped_base,
                &news,
            );
            group.throughput(Throughput::BytesDecimal(news.len() as u64));
            group.bench_with_input(
                BenchmarkId::from_parameter("check_real_news"),
                &news,
                |b, news| b.iter(|| shipped_checker.check("news.txt", black_box(news))),
            );
        }
        None => eprintln!("check_real_news skipped: no ../shared/corpus and no NUMFACT_NEWS"),
    }
    // Loading is linear in the aliases: 100,000 and 1,000,000 of them (four per entity).
    group.measurement_time(Duration::from_secs(15));
    for aliases in [100_000, 1_000_000] {
        let sources = alias_base(aliases / 4);
        group.throughput(Throughput::Elements(aliases as u64));
        group.bench_with_input(
            BenchmarkId::new("load_aliases", aliases),
            &sources,
            |b, sources| {
                b.iter_batched(
                    || sources.clone(),
                    |sources| load(black_box(sources)),
                    BatchSize::LargeInput,
                )
            },
        );
    }
    group.measurement_time(Duration::from_secs(10));
    // The human report on one 760 KB line with 20,000 findings (a hostile input: quoting the
    // whole line under every finding was quadratic).
    let line = "the Kinzhal has a range of 4,000 km, ".repeat(20_000);
    let findings = shipped_checker.check("line.txt", &line);
    group.throughput(Throughput::BytesDecimal(line.len() as u64));
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("human_760KB_line", |b| {
        b.iter(|| {
            let run = numfact::report::Run::new(vec![numfact::report::CheckedFile {
                path: "line.txt",
                text: &line,
                findings: &findings,
                notices: &[],
            }]);
            let mut out = Vec::with_capacity(16 << 20);
            numfact::report::human::write(&mut out, &run, &numfact::report::Options::default())
                .expect("write to memory");
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
