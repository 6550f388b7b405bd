//! The commands behind the command line: each reads its inputs through the library, renders
//! through `numfact::report`, and returns an exit code.

pub mod check;

use numfact::check::rules;
use numfact::driver::output::{OutputError, write_report};
use numfact::facts::{FactBase, LoadError};
use numfact::quantity::extract_prose_parallel;
use numfact::report::escape::terminal;
use numfact::report::extract::{ExtractFormat, FileQuantities};
use numfact::text::source::{
    InputFormat, Source, prose_of, read_source_limited, read_source_lossy_limited,
};
use rayon::prelude::*;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Why a command stopped.
pub enum Failure {
    /// An input, a fact base or a configuration could not be used; the message names it.
    Input(String),
    /// Writing the report failed.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

impl From<OutputError> for Failure {
    fn from(error: OutputError) -> Self {
        match error {
            OutputError::Io(error) => Failure::Output(error),
            other => Failure::Input(other.to_string()),
        }
    }
}

/// Reads every path (`-` is standard input) as UTF-8 text; with `lossy`, invalid bytes are
/// replaced instead of refused.
pub fn read_all(paths: &[PathBuf], lossy: bool, limit: u64) -> Result<Vec<Source>, Failure> {
    let read = if lossy {
        read_source_lossy_limited
    } else {
        read_source_limited
    };
    paths
        .iter()
        .map(|p| read(p, limit).map_err(|e| Failure::Input(e.to_string())))
        .collect()
}

/// Prints a fact base's warnings (shared aliases) to standard error.
pub fn warn_about(base: &FactBase) {
    for warning in &base.warnings {
        eprintln!("numfact: warning: {}", terminal(&warning.to_string()));
    }
}

/// Loads the fact base at `path`, or the shipped one.
pub fn load_facts(path: Option<&Path>) -> Result<FactBase, Failure> {
    let loaded = match path {
        Some(path) => FactBase::load(path),
        None => FactBase::shipped().map_err(LoadError::from),
    };
    let base = loaded.map_err(|e| Failure::Input(e.to_string()))?;
    warn_about(&base);
    Ok(base)
}

/// `numfact extract`.
pub fn run_extract(
    format: ExtractFormat,
    input_format: Option<InputFormat>,
    lossy: bool,
    limit: u64,
    paths: &[PathBuf],
) -> Result<ExitCode, Failure> {
    let paths = numfact::driver::walk::collect_with(paths, |_, _| true)
        .map_err(|e| Failure::Input(e.to_string()))?;
    let sources = read_all(&paths, lossy, limit)?;
    // Files on every core, and a large file cut into pieces read on every core (the output
    // is the same as reading each file whole, in order).
    let found: Vec<_> = sources
        .par_iter()
        .map(|source| {
            let format =
                input_format.unwrap_or_else(|| InputFormat::from_path(Path::new(&source.path)));
            extract_prose_parallel(&source.text, &prose_of(source, format))
        })
        .collect();
    let files: Vec<FileQuantities<'_>> = sources
        .iter()
        .zip(&found)
        .map(|(source, quantities)| FileQuantities {
            path: &source.path,
            quantities,
        })
        .collect();
    write_report(None, &[], |out| {
        numfact::report::extract::write(out, &files, format)
    })?;
    // The process ends next, and the system takes its memory back at once: freeing the texts
    // and their quantities one allocation at a time (a 32 MiB text has some 73,000) would
    // only delay the exit, by 5–7 ms on the real corpus.
    std::mem::forget(files);
    std::mem::forget(found);
    std::mem::forget(sources);
    Ok(ExitCode::SUCCESS)
}

/// `numfact facts check`.
pub fn run_facts_check(path: Option<&Path>) -> Result<ExitCode, Failure> {
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

/// `numfact facts list`.
pub fn run_facts_list(path: Option<&Path>) -> Result<ExitCode, Failure> {
    let base = load_facts(path)?;
    write_report(None, &[], |out| {
        numfact::report::facts::write_list(out, &base)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `numfact facts show`: one entity, found by id or alias.
pub fn run_facts_show(wanted: &str, path: Option<&Path>) -> Result<ExitCode, Failure> {
    let base = load_facts(path)?;
    let found = base.entities.iter().position(|e| {
        e.id == wanted
            || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(wanted))
            || e.exact_aliases.iter().any(|a| a == wanted)
    });
    let Some(index) = found else {
        return Err(Failure::Input(format!(
            "no entity {wanted:?} in the fact base; `numfact facts list` lists them"
        )));
    };
    write_report(None, &[], |out| {
        numfact::report::facts::write_entity(out, &base, index)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `numfact facts import csv`: the fact file to standard output or `output`, the rows left
/// out to standard error.
pub fn run_import_csv(
    entities: &Path,
    facts: &Path,
    output: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let (entities, facts) = (read_input(entities)?, read_input(facts)?);
    let imported =
        numfact::facts::import::from_csv(&entities.path, &entities.text, &facts.path, &facts.text)
            .map_err(Failure::Input)?;
    let inputs = [Path::new(&entities.path), Path::new(&facts.path)];
    write_imported(&imported, &inputs, output)
}

/// `numfact facts import wikidata`.
pub fn run_import_wikidata(
    file: &Path,
    output: Option<&Path>,
    properties: Option<&Path>,
) -> Result<ExitCode, Failure> {
    use numfact::facts::import::{PropertyMap, from_wikidata};
    let map = match properties {
        Some(path) => {
            let map = read_input(path)?;
            PropertyMap::parse(&map.path, &map.text).map_err(Failure::Input)?
        }
        None => PropertyMap::default(),
    };
    let source = read_input(file)?;
    let imported = from_wikidata(&source.path, &source.text, &map).map_err(Failure::Input)?;
    write_imported(&imported, &[Path::new(&source.path)], output)
}

/// One input file of an import, capped like every input.
fn read_input(path: &Path) -> Result<Source, Failure> {
    read_source_limited(path, numfact::text::source::DEFAULT_READ_LIMIT)
        .map_err(|e| Failure::Input(e.to_string()))
}

/// Writes an imported fact file, and reports what was left out on standard error.
fn write_imported(
    imported: &numfact::facts::import::Imported,
    inputs: &[&Path],
    output: Option<&Path>,
) -> Result<ExitCode, Failure> {
    for skipped in &imported.skipped {
        eprintln!("numfact: skipped {}", terminal(skipped));
    }
    write_report(output, inputs, |out| {
        out.write_all(imported.toml.as_bytes())
    })?;
    eprintln!(
        "numfact: imported {} entities and {} facts; {} left out",
        imported.entities,
        imported.facts,
        imported.skipped.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// `numfact init`: a starter numfact.toml, or with `facts` a starter fact file.
pub fn run_init(facts: bool) -> Result<ExitCode, Failure> {
    let dir = std::env::current_dir()
        .map_err(|e| Failure::Input(format!("cannot read the working directory: {e}")))?;
    let written = if facts {
        numfact::driver::config::write_starter_facts(&dir)
    } else {
        numfact::driver::config::write_starter(&dir)
    }
    .map_err(|e| Failure::Input(e.to_string()))?;
    println!(
        "numfact: wrote {}",
        terminal(&written.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// `numfact rules [CODE]`: every rule in a table, or one rule's documentation.
pub fn run_rules(code: Option<&str>) -> Result<ExitCode, Failure> {
    let text = match code {
        Some(code) => match rules::lookup(code) {
            Some(rule) => rules::explain(rule),
            None => {
                return Err(Failure::Input(format!(
                    "no rule \"{code}\"; `numfact rules` lists every rule"
                )));
            }
        },
        None => {
            let mut table = String::from("code   name                        severity  summary\n");
            for rule in rules::all() {
                table.push_str(&format!(
                    "{:<6} {:<27} {:<9} {}\n",
                    rule.code,
                    rule.name,
                    rule.default_severity.name(),
                    rule.summary
                ));
            }
            table.push_str(
                "\n`numfact rules CODE` (or `numfact check --explain CODE`) explains one rule.\n",
            );
            table
        }
    };
    write_report(None, &[], |out| out.write_all(text.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}
