//! The `numfact` command line: a thin front over the library.

use clap::{Parser, Subcommand};
use numfact::input::read_source;
use numfact::quantity::extract;
use numfact::report::extract::{ExtractFormat, FileQuantities};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Finds every number in an article, normalises it to SI, and checks it.
#[derive(Parser)]
#[command(name = "numfact", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every quantity in the given texts, with its span and its value in SI units.
    ///
    /// Reads plain UTF-8 text. Each quantity is reported with its exact source text, byte
    /// offsets, line and column, qualifier ("about", "up to"), the stated numbers, the unit and
    /// the same numbers in SI.
    ///
    /// Examples:
    ///   numfact extract article.txt
    ///   numfact extract --format json article.txt > quantities.json
    ///   cat article.txt | numfact extract --format jsonl -
    Extract {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "human")]
        format: ExtractFormat,
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract { format, files } => run_extract(format, &files),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Input(message)) => {
            eprintln!("numfact: error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(Failure::Output(error)) => {
            eprintln!("numfact: error: cannot write output: {error}");
            ExitCode::from(2)
        }
    }
}

/// Why a command stopped.
enum Failure {
    /// An input could not be used; the message names it.
    Input(String),
    /// Writing the report failed.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

fn run_extract(format: ExtractFormat, paths: &[PathBuf]) -> Result<ExitCode, Failure> {
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        sources.push(read_source(path).map_err(|e| Failure::Input(e.to_string()))?);
    }
    let found: Vec<_> = sources.iter().map(|s| extract(&s.text)).collect();
    let files: Vec<FileQuantities<'_>> = sources
        .iter()
        .zip(&found)
        .map(|(source, quantities)| FileQuantities {
            path: &source.path,
            quantities,
        })
        .collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    numfact::report::extract::write(&mut out, &files, format)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
