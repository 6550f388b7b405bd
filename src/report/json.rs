//! The machine documents of `numfact check`: one JSON document (contract version 1) and JSON
//! Lines (one finding per line).
//!
//! Both are written field by field (`report::json_fields`), with the bytes serde gives for
//! the derived `Serialize` of the document and of [`Finding`] (a test holds them together):
//! the document is about twice the size of the article, and serde escaped every key of it.

use super::json_fields::{Fields, Layout, key, new_line, quantity_fields, write_in_blocks};
use super::{Options, Run};
use crate::check::Finding;
use crate::check::suppress::Notice;
use std::io::{self, Write};

/// Findings per block serialised at once, and about how long one is in the document.
const BLOCK: (usize, usize) = (1024, 900);

/// Writes the version-1 JSON document: the configuration file used (`config`, when there was
/// one), the summary, every finding, then every suppression notice (`notices`); `config` and
/// `notices` are additions to version 1. Every claim is a finding, whatever
/// `options` say.
pub fn write(out: &mut dyn Write, run: &Run<'_>, _options: &Options) -> io::Result<()> {
    let findings: Vec<&Finding> = run.files.iter().flat_map(|f| f.findings.iter()).collect();
    let notices: Vec<&Notice> = run.files.iter().flat_map(|f| f.notices.iter()).collect();
    let mut head = Vec::new();
    let mut fields = Fields::open(&mut head, Layout::Pretty(0));
    fields.raw(key!("version"), b"1");
    if let Some(config) = &run.config {
        fields.string(key!("config"), config)?;
    }
    fields.serde(key!("summary"), &run.summary)?;
    // The findings array is written here, between the fields before it and after it.
    let head = fields.value_of(key!("findings"));
    if findings.is_empty() {
        head.extend_from_slice(b"[]");
    } else {
        head.push(b'[');
    }
    out.write_all(head)?;
    let finding = |bytes: &mut Vec<u8>, index: usize, finding: &&Finding| {
        if index > 0 {
            bytes.push(b',');
        }
        new_line(bytes, 2);
        write_finding(bytes, finding, Layout::Pretty(2))
    };
    write_in_blocks(&findings, BLOCK, finding, |block| out.write_all(block))?;
    let mut tail = Vec::new();
    if !findings.is_empty() {
        new_line(&mut tail, 1);
        tail.push(b']');
    }
    // The fields after the array: a separator and the notices, then the closing brace.
    tail.push(b',');
    new_line(&mut tail, 1);
    tail.extend_from_slice(b"\"notices\": ");
    super::json_fields::write_serde(&mut tail, &notices, Layout::Pretty(1))?;
    new_line(&mut tail, 0);
    tail.extend_from_slice(b"}\n");
    out.write_all(&tail)?;
    out.flush()
}

/// Writes one finding per line (every claim; notices are in the JSON document only, so that
/// every line stays a claim).
pub fn write_lines(out: &mut dyn Write, run: &Run<'_>, _options: &Options) -> io::Result<()> {
    let findings: Vec<&Finding> = run.files.iter().flat_map(|f| f.findings.iter()).collect();
    let line = |bytes: &mut Vec<u8>, _: usize, finding: &&Finding| {
        write_finding(bytes, finding, Layout::Compact)?;
        bytes.push(b'\n');
        Ok(())
    };
    write_in_blocks(&findings, BLOCK, line, |block| out.write_all(block))?;
    out.flush()
}

/// Appends `finding` as serde writes it in `layout`.
fn write_finding(out: &mut Vec<u8>, finding: &Finding, layout: Layout) -> io::Result<()> {
    let mut fields = Fields::open(out, layout);
    fields.string(key!("path"), &finding.path)?;
    fields.count(key!("line"), finding.line)?;
    fields.count(key!("column"), finding.column)?;
    fields.count(key!("start"), finding.start)?;
    fields.count(key!("end"), finding.end)?;
    fields.string(key!("verdict"), finding.verdict.name())?;
    fields.string(key!("severity"), finding.severity.name())?;
    fields.string(key!("code"), finding.code())?;
    fields.string(key!("text"), &finding.text)?;
    fields.optional_string(key!("entity"), finding.entity.as_deref())?;
    fields.optional_string(key!("attribute"), finding.attribute.as_deref())?;
    fields.object(key!("claim"), |claim| {
        quantity_fields(claim, &finding.claim)
    })?;
    match &finding.fact {
        Some(fact) => fields.serde(key!("fact"), fact)?,
        None => fields.raw(key!("fact"), b"null"),
    }
    if finding.related.is_empty() {
        fields.raw(key!("related"), b"[]");
    } else {
        fields.serde(key!("related"), &finding.related)?;
    }
    fields.string(key!("message"), &finding.message())?;
    if let Some(link) = &finding.link {
        fields.serde(key!("link"), link)?;
    }
    if let Some(suggestion) = &finding.suggestion {
        fields.serde(key!("suggestion"), suggestion)?;
    }
    fields.close();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Checker, Related, Span, Suggestion};
    use crate::facts::FactBase;
    use crate::report::{CheckedFile, Summary};
    use serde::Serialize;

    /// The JSON document, as serde would write it; `write` writes the same bytes by hand.
    #[derive(Serialize)]
    struct Document<'a> {
        version: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        config: Option<&'a str>,
        summary: Summary,
        findings: Vec<&'a Finding>,
        notices: Vec<&'a Notice>,
    }

    /// Findings of every shape: with and without a fact, link, related places and a
    /// suggestion, and text that needs escaping.
    fn findings(base: &FactBase) -> Vec<Finding> {
        let text = "The Kinzhal has a range of 4,000 km. About 60 \"quoted\"\tpeople came.";
        let mut findings = Checker::new(base).check("dir/\"odd\".txt", text);
        assert!(
            findings
                .iter()
                .any(|f| f.fact.is_some() && f.link.is_some())
        );
        let mut varied = findings[0].clone();
        varied.related = vec![Related {
            path: "a.txt".into(),
            line: 2,
            column: 3,
        }];
        varied.suggestion = Some(Suggestion {
            span: Span { start: 1, end: 4 },
            replacement: "50%".into(),
        });
        varied.entity = None;
        findings.push(varied);
        findings
    }

    /// What serde writes for the document of `run`, and for its lines.
    fn by_serde(run: &Run<'_>) -> (String, String) {
        let findings: Vec<&Finding> = run.files.iter().flat_map(|f| f.findings.iter()).collect();
        let lines = findings
            .iter()
            .map(|f| serde_json::to_string(f).unwrap() + "\n")
            .collect();
        let document = Document {
            version: 1,
            config: run.config.as_deref(),
            summary: run.summary,
            findings,
            notices: run.files.iter().flat_map(|f| f.notices.iter()).collect(),
        };
        (
            serde_json::to_string_pretty(&document).unwrap() + "\n",
            lines,
        )
    }

    fn by_hand(run: &Run<'_>) -> (String, String) {
        let mut document = Vec::new();
        write(&mut document, run, &Options::default()).unwrap();
        let mut lines = Vec::new();
        write_lines(&mut lines, run, &Options::default()).unwrap();
        (
            String::from_utf8(document).unwrap(),
            String::from_utf8(lines).unwrap(),
        )
    }

    #[test]
    fn documents_and_lines_are_what_serde_writes() {
        let base = FactBase::shipped().unwrap();
        let findings = findings(&base);
        let empty: Vec<Finding> = Vec::new();
        let notices = [Notice {
            path: "a.txt".into(),
            line: 1,
            column: 1,
            start: 0,
            end: 9,
            severity: crate::check::Severity::Warning,
            rule: &crate::check::rules::suppression::UNUSED,
            text: "<!-- x -->".into(),
            message: "unused \"x\"".into(),
        }];
        for findings in [&findings, &empty] {
            for config in [None, Some("numfact.toml".to_string())] {
                let file = CheckedFile {
                    path: "a.txt",
                    text: "",
                    findings,
                    notices: &notices,
                };
                let mut run = Run::new(vec![file, file]);
                run.config = config;
                assert_eq!(by_hand(&run), by_serde(&run));
            }
        }
    }
}
