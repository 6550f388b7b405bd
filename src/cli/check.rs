//! `numfact check`: configuration, fact base, inputs (in parallel), suppressions, changed
//! lines, report, exit code.

use super::{Failure, load_facts, read_all, warn_about};
use clap::{Args, ValueEnum};
use numfact::check::suppress::{self, Notice};
use numfact::check::{Checker, Finding};
use numfact::driver::config::{self, Config};
use numfact::driver::diff::{self, ChangedLines};
use numfact::driver::output::{OutputError, write_report};
use numfact::driver::walk::Collected;
use numfact::facts::{AsOf, FactBase};
use numfact::report::escape::terminal;
use numfact::report::{CheckedFile, Format, Options, Run};
use numfact::text::source::{InputFormat, Source};
use rayon::prelude::*;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How many files make a run long enough for a progress bar.
const PROGRESS_THRESHOLD: usize = 50;

/// The arguments of `numfact check`.
#[derive(Args)]
pub struct CheckArgs {
    /// A fact file or a directory of them; wins over numfact.toml; the shipped base when
    /// neither names one. `none`: no fact base, only the article's checks against itself
    /// (arithmetic, conversions, repeated values).
    #[arg(long, value_name = "PATH")]
    facts: Option<PathBuf>,
    /// The configuration file; by default numfact.toml is looked for from the working
    /// directory upwards.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "human")]
    format: Format,
    /// The lowest severity that makes the exit code 1 [default: error, or numfact.toml's].
    #[arg(long, value_enum)]
    fail_on: Option<FailOnArg>,
    /// Also show supported and unverifiable claims (human and formats that skip notes).
    #[arg(long)]
    all: bool,
    /// Show what linked each judged claim to its entity and attribute (the rule and the
    /// words), in the human format; JSON always carries it as `link`.
    #[arg(long, short)]
    verbose: bool,
    /// The date of articles that state none ("2001", "2001-06", "2001-06-12"): a figure that
    /// changes over time (a population) is read at that date, and a claim matching an earlier
    /// figure is outdated. An article's front matter `date:` or dateline wins; wins over
    /// numfact.toml's `as-of`. Without a date, the latest figure counts.
    #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
    as_of: Option<AsOf>,
    /// Write the report to FILE (through a temporary file and a rename) instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Report only findings on lines added or changed since git revision REF (merge-base
    /// semantics, like REF...HEAD; uncommitted edits count); `-` reads a unified diff from
    /// standard input. Whole documents are still checked.
    #[arg(long, value_name = "REF")]
    diff: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD and go on, instead of stopping with exit code 2
    /// (offsets then refer to the repaired text).
    #[arg(long)]
    lossy: bool,
    /// The most MiB read from one input file; a larger one stops the run with exit code 2.
    #[arg(long, value_name = "MIB", default_value_t = 64)]
    max_input_size: u64,
    /// Fail (exit code 1) when no file is checked, e.g. when ignore files or exclude globs
    /// hide every article; without it, checking no file is a warning.
    #[arg(long)]
    require_files: bool,
    /// How to read the inputs; by default chosen by extension (.md, .markdown, .mdx:
    /// Markdown; .html, .htm: HTML; anything else: plain text).
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormat>,
    /// Print the documentation of a rule (a code such as NF101, or a rule's name) and exit;
    /// `numfact rules` lists them.
    #[arg(long, value_name = "CODE", conflicts_with = "paths")]
    pub explain: Option<String>,
    /// Files or directories to check (directories recursively, honouring .gitignore); `-`
    /// reads standard input.
    #[arg(required_unless_present = "explain", value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// `--fail-on` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOnArg {
    /// Contradicted or inconsistent claims.
    Error,
    /// Also imprecise claims and suppression warnings.
    Warning,
    /// Never: always exit 0 once the check ran.
    Never,
}

impl From<FailOnArg> for config::FailOn {
    fn from(arg: FailOnArg) -> Self {
        match arg {
            FailOnArg::Error => config::FailOn::Error,
            FailOnArg::Warning => config::FailOn::Warning,
            FailOnArg::Never => config::FailOn::Never,
        }
    }
}

/// Reads `--as-of`.
fn parse_as_of(text: &str) -> Result<AsOf, String> {
    AsOf::parse(text)
        .map_err(|why| format!("{why} (write \"2001\", \"2001-06\" or \"2001-06-12\")"))
}

/// Runs `numfact check`.
pub fn run(args: &CheckArgs) -> Result<ExitCode, Failure> {
    if let Some(code) = &args.explain {
        return super::run_rules(Some(code));
    }
    let cwd = std::env::current_dir()
        .map_err(|e| Failure::Input(format!("cannot read the working directory: {e}")))?;
    let mut config = load_config(args.config.as_deref(), &cwd)?;
    if args.as_of.is_some() {
        config.as_of = args.as_of;
    }
    let base = match (&args.facts, config.load_facts()) {
        (Some(path), _) if path.as_os_str() == "none" => {
            FactBase::from_sources(Vec::new()).map_err(|e| Failure::Input(e.to_string()))?
        }
        (Some(path), _) => load_facts(Some(path))?,
        (None, Some(loaded)) => {
            let base = loaded.map_err(|e| Failure::Input(e.to_string()))?;
            warn_about(&base);
            base
        }
        (None, None) => load_facts(None)?,
    };
    let reads_stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let changed = match args.diff.as_deref() {
        None => None,
        Some("-") if reads_stdin => {
            return Err(Failure::Input(
                "--diff - and the input - both read standard input; pass the diff or the \
                 article as a file"
                    .to_string(),
            ));
        }
        Some("-") => Some(read_diff_from_stdin(&cwd)?),
        Some(rev) => {
            Some(diff::changed_since(rev, &cwd).map_err(|e| Failure::Input(e.to_string()))?)
        }
    };
    let collected = collect_paths(&args.paths, &config)?;
    for skipped in &collected.skipped {
        eprintln!(
            "numfact: warning: skipped {}: {}",
            terminal(&numfact::text::source::path_name(&skipped.path)),
            terminal(&skipped.reason)
        );
    }
    let limit = args.max_input_size.saturating_mul(1024 * 1024);
    let sources = read_all(&collected.files, args.lossy, limit)?;
    let (findings, notices) = check_all(&base, &config, &sources, args.input_format);
    let findings: Vec<Vec<Finding>> = match &changed {
        Some(changed) => findings
            .into_iter()
            .map(|f| diff::filter(f, changed))
            .collect(),
        None => findings,
    };
    let notices: Vec<Vec<Notice>> = notices
        .into_iter()
        .map(|file_notices| {
            file_notices
                .into_iter()
                .filter(|n| changed.as_ref().is_none_or(|c| c.contains(&n.path, n.line)))
                .collect()
        })
        .collect();
    let files: Vec<CheckedFile<'_>> = sources
        .iter()
        .zip(findings.iter().zip(&notices))
        .map(|(s, (findings, notices))| CheckedFile {
            path: &s.path,
            text: &s.text,
            findings,
            notices,
        })
        .collect();
    let mut run = Run::new(files);
    run.summary.ignored = collected.ignored;
    run.config = config.path.as_ref().map(|p| p.display().to_string());
    if let (Format::Human, Some(path)) = (args.format, &run.config) {
        eprintln!("numfact: using {}", terminal(path));
    }
    let no_files = run.files.is_empty();
    if no_files {
        let hidden = match collected.ignored {
            0 => String::new(),
            n => format!(" ({n} hidden by ignore files)"),
        };
        eprintln!("numfact: warning: no file was checked{hidden}");
    }
    let color = args.output.is_none()
        && io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let options = Options {
        color,
        all: args.all,
        verbose: args.verbose,
    };
    let fail_on = args.fail_on.map_or(config.fail_on, config::FailOn::from);
    let failed = fail_on.fails(&run.summary)
        || (no_files && (args.require_files || fail_on == config::FailOn::Warning));
    let code = if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    let inputs: Vec<&Path> = collected.files.iter().map(PathBuf::as_path).collect();
    let written = write_report(args.output.as_deref(), &inputs, |out| {
        numfact::report::write(out, &run, args.format, &options)
    });
    // The process ends next, and the system takes its memory back at once: freeing the fact
    // base, the texts and the findings one allocation at a time would only delay the exit
    // (`extract` leaves its texts and quantities the same way).
    std::mem::forget(run);
    std::mem::forget((findings, notices, sources, base));
    match written {
        Ok(()) => Ok(code),
        // A reader that stopped early (`| head`) does not change what was found.
        Err(OutputError::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => Ok(code),
        Err(OutputError::Io(error)) => Err(Failure::Output(error)),
        Err(error @ OutputError::TargetIsInput(_)) => Err(Failure::Input(error.to_string())),
    }
}

fn load_config(explicit: Option<&Path>, cwd: &Path) -> Result<Config, Failure> {
    let loaded = match explicit {
        Some(path) => Config::load_chosen(path).map(Some),
        None => Config::discover(cwd).map(|found| found.map(|(_, config)| config)),
    };
    Ok(loaded
        .map_err(|e| Failure::Input(e.to_string()))?
        .unwrap_or_default())
}

fn read_diff_from_stdin(cwd: &Path) -> Result<ChangedLines, Failure> {
    let mut text = String::new();
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::Input(format!("cannot read a diff from standard input: {e}")))?;
    Ok(diff::parse_unified_in(&text, cwd))
}

/// The files to check: paths as given, directories walked (honouring .gitignore), filtered
/// by the configuration's include and exclude globs.
fn collect_paths(paths: &[PathBuf], config: &Config) -> Result<Collected, Failure> {
    numfact::driver::walk::collect_reporting(paths, |path, _| config.selects(path))
        .map_err(|e| Failure::Input(e.to_string()))
}

/// Checks every source in parallel, keeping their order: its prose only (by input format),
/// severities as configured, suppressions applied. Returns the findings and the suppression
/// notices of each source.
fn check_all(
    base: &FactBase,
    config: &Config,
    sources: &[Source],
    format: Option<InputFormat>,
) -> (Vec<Vec<Finding>>, Vec<Vec<Notice>>) {
    let checker = Checker::with_allowances(base, config.allowances).with_as_of(config.as_of);
    let progress = progress_bar(sources.len());
    let results: Vec<(Vec<Finding>, Vec<Notice>)> = sources
        .par_iter()
        .map(|source| {
            let format = format.unwrap_or_else(|| InputFormat::from_path(Path::new(&source.path)));
            let prose = numfact::text::source::prose_of(source, format);
            let found =
                config.apply_severity(checker.check_prose(&source.path, &source.text, &prose));
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            let (kept, notices) = suppress::apply(&source.text, format, &source.path, found);
            (kept, config.apply_severity_to_notices(notices))
        })
        .collect();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    results.into_iter().unzip()
}

/// A progress bar on standard error, only for long runs on a terminal.
fn progress_bar(files: usize) -> Option<indicatif::ProgressBar> {
    if files < PROGRESS_THRESHOLD || !io::stderr().is_terminal() {
        return None;
    }
    let target = indicatif::ProgressDrawTarget::stderr();
    let bar = indicatif::ProgressBar::with_draw_target(Some(files as u64), target);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
    {
        bar.set_style(style);
    }
    Some(bar)
}
