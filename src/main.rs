//! The `numfact` command line: a thin front over the library.

mod cli;

/// The allocator of the command line (the library leaves the choice to its user).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use cli::Failure;
use numfact::report::escape::terminal;
use numfact::report::extract::ExtractFormat;
use std::io;
use std::path::PathBuf;
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
    ///   numfact check --fail-on warning drafts/
    ///   numfact check --diff origin/main --format sarif -o numfact.sarif articles/
    ///   numfact check --explain NF101
    #[command(verbatim_doc_comment)]
    Check(cli::check::CheckArgs),
    /// List every quantity in the given texts, with its span and its value in SI units.
    ///
    /// Examples:
    ///   numfact extract article.txt
    ///   numfact extract --format json article.txt > quantities.json
    ///   numfact extract --format jsonl articles/
    ///   cat article.txt | numfact extract --format jsonl -
    #[command(verbatim_doc_comment)]
    Extract {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "human")]
        format: ExtractFormat,
        /// How to read the inputs; by default chosen by extension (.md: Markdown, .html:
        /// HTML, anything else: plain text). Code, markup and URLs are not prose.
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<numfact::text::source::InputFormat>,
        /// Replace invalid UTF-8 with U+FFFD and go on, instead of stopping with exit code 2
        /// (offsets then refer to the repaired text).
        #[arg(long)]
        lossy: bool,
        /// The most MiB read from one input file; a larger one stops with exit code 2.
        #[arg(long, value_name = "MIB", default_value_t = 64)]
        max_input_size: u64,
        /// Files or directories to read (directories recursively, honouring .gitignore;
        /// .txt, .md and .html files); `-` reads standard input.
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,
    },
    /// List every rule numfact checks, or explain one.
    ///
    /// Each finding carries its rule's code (NF101 …). A code or name selects a rule in
    /// numfact.toml's [severity] and in a suppression comment
    /// (<!-- numfact-ignore-next-line NF203: reason -->).
    ///
    /// Examples:
    ///   numfact rules
    ///   numfact rules NF101
    #[command(verbatim_doc_comment)]
    Rules {
        /// A rule's code (NF101) or name (contradicted); every rule when omitted.
        code: Option<String>,
    },
    /// Write a commented starter numfact.toml into the current directory.
    ///
    /// The file lists every setting with its default; numfact finds it by walking up from the
    /// working directory. An existing file is never overwritten.
    Init {
        /// Write a commented starter fact file, facts.toml, instead.
        #[arg(long)]
        facts: bool,
    },
    /// Validate, list, show or import a fact base.
    ///
    /// The shipped base (military systems and places, and the world base from the CIA World
    /// Factbook 2025) is embedded; --facts replaces it. `numfact init --facts` writes a
    /// commented starter file.
    #[command(after_long_help = FACT_FORMAT)]
    Facts {
        #[command(subcommand)]
        command: FactsCommand,
    },
}

/// The fields of a fact file, for `numfact facts --help`.
const FACT_FORMAT: &str = "\
The fact file format (TOML):
  [[entity]]     id, name, aliases (any ASCII case), exact_aliases (this case only: \"US\"),
                 not_aliases (phrases that are never a mention: \"New Guinea\"), kind
  [[kind]]       id, nouns: the nouns that refer back to an entity of the kind (\"the country\")
  [[attribute]]  name, dimension, triggers (words that announce it), counts (for a count: the
                 nouns it accepts, replacing the default list), variants = [{ name, triggers }]
                 (\"land\" of area: a claim matches a variant only through its words)
  [[fact]]       entity, attribute, value (\"580,367 sq km\", \"1500..2000 km\", \"<= Mach 2\"),
                 source (required), and optionally: id, to (a relation), tolerance (\"2%\"
                 relative, \"10 km\" or \"0.3 percentage points\" absolute), as_of (\"2025\",
                 \"2025-07\", \"2025-07-14\", optionally \"est.\"), variant, scope (a part of
                 the entity: \"metropolitan France\") with scope_words (its words in prose), note
Facts of one entity, attribute, variant and scope with different as_of dates form a series:
a claim is judged against the figure of the year its sentence names, else the latest.
See the README, section \"The fact base\", for the rules in full.";

#[derive(Subcommand)]
enum FactsCommand {
    /// Validate a fact base: every error with file:line:column. Exit 0 when valid, 2 when not.
    Check {
        /// A fact file or a directory of them; the shipped base when omitted.
        path: Option<PathBuf>,
    },
    /// Print every entity and fact of a fact base, then its attributes and their trigger
    /// words.
    List {
        /// A fact file or a directory of them; the shipped base when omitted.
        path: Option<PathBuf>,
    },
    /// Convert facts kept elsewhere into a fact file, with a report of the rows left out.
    ///
    /// Examples:
    ///   numfact facts import csv entities.csv facts.csv -o world.toml
    ///   numfact facts import wikidata Q114.json -o kenya.toml
    #[command(verbatim_doc_comment)]
    Import {
        #[command(subcommand)]
        source: ImportSource,
    },
    /// Print one entity: its names and its facts, each series in time order.
    ///
    /// Examples:
    ///   numfact facts show kinzhal
    ///   numfact facts show Tu-160 --facts my-facts/
    #[command(verbatim_doc_comment)]
    Show {
        /// The entity's id, or one of its aliases (in any case).
        entity: String,
        /// A fact file or a directory of them; the shipped base when omitted.
        #[arg(long, value_name = "PATH")]
        facts: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ImportSource {
    /// Two spreadsheets: entities (id, name, aliases separated by ';', kind) and facts
    /// (entity, attribute, value, unit, as_of, source; optional id, tolerance, note).
    Csv {
        /// The entities file.
        entities: PathBuf,
        /// The facts file.
        facts: PathBuf,
        /// Write the fact file to FILE instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Wikidata entity JSON (Special:EntityData/Q….json, or JSON-dump lines): area (P2046),
    /// population (P1082), elevation (P2044), height (P2048), range (P2073), speed (P2052) and
    /// length (P2043), with their dates (P585) and reference URLs (P854).
    Wikidata {
        /// The JSON file.
        file: PathBuf,
        /// Write the fact file to FILE instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Read these properties instead of the shipped ones: a TOML file of [[property]]
        /// tables with id ("P2046"), attribute, dimension and triggers.
        #[arg(long, value_name = "MAP.toml")]
        properties: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => cli::check::run(&args),
        Command::Extract {
            format,
            input_format,
            lossy,
            max_input_size,
            files,
        } => cli::run_extract(
            format,
            input_format,
            lossy,
            max_input_size.saturating_mul(1024 * 1024),
            &files,
        ),
        Command::Init { facts } => cli::run_init(facts),
        Command::Rules { code } => cli::run_rules(code.as_deref()),
        Command::Facts {
            command: FactsCommand::Check { path },
        } => cli::run_facts_check(path.as_deref()),
        Command::Facts {
            command: FactsCommand::List { path },
        } => cli::run_facts_list(path.as_deref()),
        Command::Facts {
            command: FactsCommand::Show { entity, facts },
        } => cli::run_facts_show(&entity, facts.as_deref()),
        Command::Facts {
            command:
                FactsCommand::Import {
                    source:
                        ImportSource::Csv {
                            entities,
                            facts,
                            output,
                        },
                },
        } => cli::run_import_csv(&entities, &facts, output.as_deref()),
        Command::Facts {
            command:
                FactsCommand::Import {
                    source:
                        ImportSource::Wikidata {
                            file,
                            output,
                            properties,
                        },
                },
        } => cli::run_import_wikidata(&file, output.as_deref(), properties.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Input(message)) => {
            for line in message.lines() {
                eprintln!("numfact: error: {}", terminal(line));
            }
            ExitCode::from(2)
        }
        Err(Failure::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(Failure::Output(error)) => {
            eprintln!(
                "numfact: error: cannot write output: {}",
                terminal(&error.to_string())
            );
            ExitCode::from(2)
        }
    }
}
