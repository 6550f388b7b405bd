//! The `numfact` command line: a thin front over the library.

use clap::{Parser, Subcommand, ValueEnum};
use numfact::check::{Checker, Finding, Severity};
use numfact::facts::{FactBase, LoadError};
use numfact::input::{Source, read_source};
use numfact::quantity::extract;
use numfact::report::check::{CheckFormat, CheckedFile, HumanStyle};
use numfact::report::extract::{ExtractFormat, FileQuantities};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Finds every number in an article, normalises it to SI, and checks it against a fact base.
///
/// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage error,
/// an unreadable input or an invalid fact base.
#[derive(Parser)]
#[command(name = "numfact", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every number of the given texts against the fact base and against each other.
    ///
    /// Each quantity is a claim: it is linked to an entity of the fact base (by name, or by
    /// "it" / "the missile" from the sentence before) and an attribute (from words such as
    /// "range" or "top speed"), then judged: supported, contradicted, imprecise (overlaps the
    /// fact but reaches outside it), inconsistent (the article disagrees with itself) or
    /// unverifiable (nothing to check it against).
    ///
    /// Examples:
    ///   numfact check article.txt
    ///   numfact check --facts my-facts/ --format json article.txt
    ///   numfact check --fail-on warning drafts/*.txt
    #[command(verbatim_doc_comment)]
    Check {
        /// A fact file or a directory of them; the shipped base when omitted.
        #[arg(long, value_name = "PATH")]
        facts: Option<PathBuf>,
        /// Output format.
        #[arg(long, short, value_enum, default_value = "human")]
        format: CheckFormat,
        /// The lowest severity that makes the exit code 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// In the human format, also show supported and unverifiable claims.
        #[arg(long)]
        all: bool,
        /// Files to check; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List every quantity in the given texts, with its span and its value in SI units.
    ///
    /// Examples:
    ///   numfact extract article.txt
    ///   numfact extract --format json article.txt > quantities.json
    ///   cat article.txt | numfact extract --format jsonl -
    #[command(verbatim_doc_comment)]
    Extract {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "human")]
        format: ExtractFormat,
        /// Files to read; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Validate or list a fact base.
    Facts {
        #[command(subcommand)]
        command: FactsCommand,
    },
}

#[derive(Subcommand)]
enum FactsCommand {
    /// Validate a fact base: every error with file:line:column. Exit 0 when valid, 2 when not.
    Check {
        /// A fact file or a directory of them; the shipped base when omitted.
        path: Option<PathBuf>,
    },
    /// Print every entity and fact of a fact base.
    List {
        /// A fact file or a directory of them; the shipped base when omitted.
        path: Option<PathBuf>,
    },
}

/// When `check` exits with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// Contradicted or inconsistent claims.
    Error,
    /// Also imprecise claims.
    Warning,
    /// Never: always exit 0 once the check ran.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            facts,
            format,
            fail_on,
            all,
            files,
        } => run_check(facts.as_deref(), format, fail_on, all, &files),
        Command::Extract { format, files } => run_extract(format, &files),
        Command::Facts {
            command: FactsCommand::Check { path },
        } => run_facts_check(path.as_deref()),
        Command::Facts {
            command: FactsCommand::List { path },
        } => run_facts_list(path.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Input(message)) => {
            for line in message.lines() {
                eprintln!("numfact: error: {line}");
            }
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

fn read_all(paths: &[PathBuf]) -> Result<Vec<Source>, Failure> {
    paths
        .iter()
        .map(|p| read_source(p).map_err(|e| Failure::Input(e.to_string())))
        .collect()
}

fn load_facts(path: Option<&Path>) -> Result<FactBase, Failure> {
    let loaded = match path {
        Some(path) => FactBase::load(path),
        None => FactBase::shipped().map_err(LoadError::from),
    };
    let base = loaded.map_err(|e| Failure::Input(e.to_string()))?;
    for warning in &base.warnings {
        eprintln!("numfact: warning: {warning}");
    }
    Ok(base)
}

fn with_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

fn run_check(
    facts: Option<&Path>,
    format: CheckFormat,
    fail_on: FailOn,
    all: bool,
    paths: &[PathBuf],
) -> Result<ExitCode, Failure> {
    let base = load_facts(facts)?;
    let sources = read_all(paths)?;
    let checker = Checker::new(&base);
    let findings: Vec<Vec<Finding>> = sources
        .iter()
        .map(|s| checker.check(&s.path, &s.text))
        .collect();
    let files: Vec<CheckedFile<'_>> = sources
        .iter()
        .zip(&findings)
        .map(|(s, f)| CheckedFile {
            path: &s.path,
            text: &s.text,
            findings: f,
        })
        .collect();
    let color =
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    with_stdout(|out| {
        numfact::report::check::write(out, &files, format, HumanStyle { color, all })
    })?;
    let threshold = match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = threshold.is_some_and(|t| findings.iter().flatten().any(|f| f.severity >= t));
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_extract(format: ExtractFormat, paths: &[PathBuf]) -> Result<ExitCode, Failure> {
    let sources = read_all(paths)?;
    let found: Vec<_> = sources.iter().map(|s| extract(&s.text)).collect();
    let files: Vec<FileQuantities<'_>> = sources
        .iter()
        .zip(&found)
        .map(|(source, quantities)| FileQuantities {
            path: &source.path,
            quantities,
        })
        .collect();
    with_stdout(|out| numfact::report::extract::write(out, &files, format))?;
    Ok(ExitCode::SUCCESS)
}

fn run_facts_check(path: Option<&Path>) -> Result<ExitCode, Failure> {
    let base = load_facts(path)?;
    let name = path.map_or_else(
        || "the shipped fact base".to_string(),
        |p| p.display().to_string(),
    );
    println!(
        "numfact: {name} is valid: {} entities, {} facts",
        base.entities.len(),
        base.facts.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_facts_list(path: Option<&Path>) -> Result<ExitCode, Failure> {
    let base = load_facts(path)?;
    with_stdout(|out| numfact::report::facts::write_list(out, &base))?;
    Ok(ExitCode::SUCCESS)
}
