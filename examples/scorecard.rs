//! The conformance scorecard: numfact's precision, recall and F1 on the published test suites of
//! Microsoft Recognizers-Text (MIT) and Facebook Duckling (BSD), and on numfact's own hand-written
//! news suite (`tests/conformance/news-suite.toml`).
//!
//! ```text
//! cargo run --release --example scorecard                  # print the table
//! cargo run --release --example scorecard -- --write       # rewrite tests/conformance/scores.md
//! cargo run --release --example scorecard -- --check       # fail if a suite's F1 dropped
//! cargo run --release --example scorecard -- --misses rt-dimension   # or `all`
//! ```
//!
//! The peer suites are read at run time from `--suites PATH`, else `$NUMFACT_PEER_SUITES`, else
//! `../shared/peer-suites` next to the repository; their sentences are never copied into the
//! project. Without them only the news suite is scored (and `--write` refuses to run). The
//! matching rules are written at the top of `tests/conformance/scores.md`.
//!
//! Exit status: 0 on success; 1 when `--check` finds a drop (or no committed scores); 2 when a
//! suite is unreadable, `--suites`/`--write` name missing peer suites, or the arguments are wrong.

#[path = "scorecard/disagreements.rs"]
mod disagreements;
#[path = "scorecard/mapping.rs"]
mod mapping;
#[path = "scorecard/report.rs"]
mod report;
#[path = "scorecard/scoring.rs"]
mod scoring;
#[path = "scorecard/suites.rs"]
mod suites;

use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How far a suite's F1 may fall below the committed value before `--check` fails.
const F1_SLACK: f64 = 0.0005;

/// Scores numfact against the Recognizers-Text and Duckling peer suites.
#[derive(Parser)]
#[command(name = "scorecard")]
struct Args {
    /// The peer-suite directory (default: $NUMFACT_PEER_SUITES, else ../shared/peer-suites next
    /// to the repository).
    #[arg(long, value_name = "PATH")]
    suites: Option<PathBuf>,
    /// Rewrite the committed scores (tests/conformance/scores.md).
    #[arg(long, conflicts_with = "check")]
    write: bool,
    /// Compare with the committed scores; exit 1 if a suite's F1 dropped by more than 0.0005.
    #[arg(long)]
    check: bool,
    /// Print the failing cases of SUITE (a suite id such as rt-dimension, or `all`).
    #[arg(long, value_name = "SUITE")]
    misses: Option<String>,
    /// The scores file to write or check against.
    #[arg(long, value_name = "PATH")]
    scores: Option<PathBuf>,
    /// The documented disagreements.
    #[arg(long, value_name = "PATH")]
    disagreements: Option<PathBuf>,
}

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn suites_dir(args: &Args) -> PathBuf {
    if let Some(path) = &args.suites {
        return path.clone();
    }
    match std::env::var_os("NUMFACT_PEER_SUITES") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => repo_root().join("..").join("shared").join("peer-suites"),
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let conformance = repo_root().join("tests").join("conformance");
    let scores_path = args
        .scores
        .clone()
        .unwrap_or_else(|| conformance.join("scores.md"));
    let disagreements_path = args
        .disagreements
        .clone()
        .unwrap_or_else(|| conformance.join("disagreements.md"));

    let root = suites_dir(&args);
    let peers_present = root.is_dir();
    if !peers_present {
        if args.write || args.suites.is_some() {
            eprintln!(
                "scorecard: peer-suite directory {} not found; pass --suites PATH or set \
                 NUMFACT_PEER_SUITES",
                root.display()
            );
            return ExitCode::from(2);
        }
        println!(
            "scorecard: peer suites not found at {} (set NUMFACT_PEER_SUITES to score them); \
             scoring numfact's own suite only",
            root.display()
        );
    }

    if let Some(wanted) = &args.misses {
        if wanted != "all" && !suites::SPECS.iter().any(|s| s.id == wanted) {
            let ids: Vec<&str> = suites::SPECS.iter().map(|s| s.id).collect();
            eprintln!(
                "scorecard: unknown suite {wanted:?}; one of: all, {}",
                ids.join(", ")
            );
            return ExitCode::from(2);
        }
    }

    let mut loaded = Vec::new();
    let wanted_specs = suites::SPECS
        .iter()
        .filter(|spec| peers_present || spec.project == suites::Project::Numfact);
    for spec in wanted_specs {
        match suites::load(&root, spec) {
            Ok(suite) => loaded.push(suite),
            Err(e) => {
                eprintln!("scorecard: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let documented = match disagreements::load(&disagreements_path) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("scorecard: {e}");
            return ExitCode::from(2);
        }
    };

    let results: Vec<scoring::SuiteResult<'_>> = loaded
        .iter()
        .map(|suite| scoring::score(suite, &documented))
        .collect();

    warn_stale(&documented, &results);
    print!("{}", report::terminal_table(&results));
    if peers_present {
        println!(
            "(peer suites: Microsoft Recognizers-Text, MIT; Facebook Duckling, BSD — read from {})",
            std::fs::canonicalize(&root)
                .unwrap_or(root.clone())
                .display()
        );
    }

    if let Some(wanted) = &args.misses {
        for result in &results {
            if wanted == "all" || wanted == result.suite.spec.id {
                print!("{}", report::misses(result));
            }
        }
    }

    if args.write {
        let text = report::scores_markdown(&results);
        if let Some(parent) = scores_path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("scorecard: cannot create {}: {e}", parent.display());
                return ExitCode::from(2);
            }
        }
        if let Err(e) = std::fs::write(&scores_path, text) {
            eprintln!("scorecard: cannot write {}: {e}", scores_path.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", scores_path.display());
    }

    if args.check {
        return check(&scores_path, &results);
    }
    ExitCode::SUCCESS
}

/// Compares each suite's F1 with the committed one.
fn check(scores_path: &Path, results: &[scoring::SuiteResult<'_>]) -> ExitCode {
    let committed = match std::fs::read_to_string(scores_path)
        .map_err(|e| e.to_string())
        .and_then(|text| report::parse_scores(&text))
    {
        Ok(scores) => scores,
        Err(e) => {
            eprintln!(
                "scorecard: no committed scores in {} ({e}); run with --write",
                scores_path.display()
            );
            return ExitCode::from(1);
        }
    };
    let mut dropped = 0;
    for result in results {
        let id = result.suite.spec.id;
        let now = result.tally.f1();
        match committed.get(id) {
            None => println!("check: {id}: no committed score (F1 now {now:.4}); run --write"),
            Some(&before) if now < before - F1_SLACK => {
                dropped += 1;
                eprintln!(
                    "check: {id}: F1 dropped from {before:.4} to {now:.4} \
                     (run with --misses {id} to see the failing cases)"
                );
            }
            Some(&before) if now > before + F1_SLACK => println!(
                "check: {id}: F1 rose from {before:.4} to {now:.4}; run --write to commit it"
            ),
            Some(_) => {}
        }
    }
    for id in committed.keys() {
        if !suites::SPECS.iter().any(|spec| spec.id == id) {
            println!("check: {id}: committed but no longer scored");
        }
    }
    if dropped > 0 {
        eprintln!("check: {dropped} suite(s) below the committed scores");
        ExitCode::from(1)
    } else {
        println!("check: no suite below its committed score");
        ExitCode::SUCCESS
    }
}

/// Warns about disagreement rows that match no suite, no case, or nothing in their case.
fn warn_stale(documented: &[disagreements::Disagreement], results: &[scoring::SuiteResult<'_>]) {
    for d in documented {
        let Some(result) = results.iter().find(|r| r.suite.spec.id == d.suite) else {
            // A peer suite not scored in this run (its directory is absent) is no stale row.
            if suites::SPECS.iter().any(|spec| spec.id == d.suite) {
                continue;
            }
            eprintln!(
                "warning: disagreements.md line {}: unknown suite {:?}",
                d.line, d.suite
            );
            continue;
        };
        let cases: Vec<_> = result
            .cases
            .iter()
            .filter(|c| c.case.id == d.case)
            .collect();
        if cases.is_empty() {
            eprintln!(
                "warning: disagreements.md line {}: no case {} in {}",
                d.line, d.case, d.suite
            );
        } else if !cases.iter().any(|c| c.disagreements.contains(&d)) {
            eprintln!(
                "warning: disagreements.md line {}: {:?} covers nothing in {} {} any more",
                d.line, d.token, d.suite, d.case
            );
        }
    }
}
