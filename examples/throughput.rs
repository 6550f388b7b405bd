//! Quick single-threaded extraction throughput on any file, without criterion's statistics:
//! `cargo run --release --example throughput -- article.txt 100` (the file, read 100 times).

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE [REPETITIONS]");
        return ExitCode::from(2);
    };
    let repetitions: usize = args
        .next()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20)
        .max(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    let found: usize = (0..repetitions)
        .map(|_| numfact::quantity::extract(&text).len())
        .sum();
    let seconds = start.elapsed().as_secs_f64();
    let megabytes = (text.len() * repetitions) as f64 / 1e6;
    println!(
        "{} quantities per pass, {:.1} MB/s",
        found / repetitions,
        megabytes / seconds
    );
    ExitCode::SUCCESS
}
