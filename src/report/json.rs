//! The machine documents of `numfact check`: one JSON document (contract version 1) and JSON
//! Lines (one finding per line).

use super::{Options, Run, Summary};
use crate::check::Finding;
use crate::check::suppress::Notice;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    config: Option<&'a str>,
    summary: Summary,
    findings: Vec<&'a Finding>,
    notices: Vec<&'a Notice>,
}

/// Writes the version-1 JSON document: the configuration file used (`config`, when there was
/// one), the summary, every finding, then every suppression notice (`notices`); `config` and
/// `notices` are additions to version 1. Every claim is a finding, whatever
/// `options` say.
pub fn write(out: &mut dyn Write, run: &Run<'_>, _options: &Options) -> io::Result<()> {
    let document = Document {
        version: 1,
        config: run.config.as_deref(),
        summary: run.summary,
        findings: run.files.iter().flat_map(|f| f.findings.iter()).collect(),
        notices: run.files.iter().flat_map(|f| f.notices.iter()).collect(),
    };
    let mut out = buffered(out);
    super::pretty::to_writer_pretty(&mut out, &document)?;
    writeln!(out)?;
    out.flush()
}

/// `out` behind a buffer of its own: serde_json writes many small pieces, and each would
/// otherwise be a dynamic call into `out`; into the buffer they are copies the compiler sees.
fn buffered(out: &mut dyn Write) -> io::BufWriter<&mut dyn Write> {
    io::BufWriter::with_capacity(1 << 16, out)
}

/// Writes one finding per line (every claim; notices are in the JSON document only, so that
/// every line stays a claim).
pub fn write_lines(out: &mut dyn Write, run: &Run<'_>, _options: &Options) -> io::Result<()> {
    let mut out = buffered(out);
    for finding in run.files.iter().flat_map(|f| f.findings.iter()) {
        serde_json::to_writer(&mut out, finding)?;
        writeln!(out)?;
    }
    out.flush()
}
