//! A discrepancy report in Markdown, for an editor: a summary table of verdicts per file,
//! then every error and warning with the sentence it sits in (the claim in bold), the claim,
//! the fact base's value, its source and date, and why; supported and unverifiable claims are
//! counted at the end, or listed compactly with [`Options::all`]; problems with suppression
//! comments close the report.
//!
//! The headline counts by effective severity ("to correct" are errors, "to review" warnings),
//! so it agrees with the exit code whatever `[severity]` says.

use super::escape::{defuse_workflow_commands, markdown_cell as cell, markdown_line as line};
use super::position::{ceil_boundary, floor_boundary, repo_relative};
use super::wording::{capitalised, plural};
use super::{CheckedFile, Item, Options, Run, Summary};
use crate::check::{Finding, Severity, Verdict};
use crate::text::{Sentence, sentences};
use std::io::{self, Write};

/// How many characters of a sentence are quoted on each side of the claim.
const QUOTE_CONTEXT: usize = 200;

/// `text` as an inline code span that stays on its line and in its table cell: white space
/// collapsed, backticks made quotes, `|` escaped.
fn code_span(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("`{}`", text.replace('`', "'").replace('|', "\\|"))
}

/// What a finding adds to the fact and its source ("4,000 km is twice the fact base's
/// maximum of 2,000 km"), or its whole message when there is no fact or nothing to add.
pub fn why(finding: &Finding) -> String {
    finding
        .fact
        .as_ref()
        .and(finding.parts.explanation())
        .unwrap_or_else(|| finding.message())
}

/// The sentence of `text` a finding sits in, quoted as one line with the claim in bold.
pub fn quoted_sentence(text: &str, sentences: &[Sentence], finding: &Finding) -> String {
    let (start, end) = (finding.start, finding.end);
    if text.get(start..end).is_none() {
        return format!("**{}**", line(&finding.text));
    }
    let index = sentences.partition_point(|s| s.end <= start);
    let (from, to) = match sentences.get(index) {
        Some(s) if s.start <= start => (s.start.min(start), s.end.max(end)),
        _ => {
            let floor = ceil_boundary(text, start.saturating_sub(4 * QUOTE_CONTEXT + 4));
            let from = text[floor..start]
                .rfind('\n')
                .map_or(floor, |i| floor + i + 1);
            let ceiling = floor_boundary(text, end.saturating_add(4 * QUOTE_CONTEXT + 4));
            let to = text[end..ceiling].find('\n').map_or(ceiling, |i| end + i);
            (from, to)
        }
    };
    // Only the last and first QUOTE_CONTEXT characters are quoted: look at no more bytes than
    // can hold them (and one more), so a long sentence costs the same for every claim in it.
    let reach = 4 * QUOTE_CONTEXT + 4;
    let from = ceil_boundary(text, from.max(start.saturating_sub(reach)));
    let to = floor_boundary(text, to.min(end.saturating_add(reach)));
    let before = &text[from..start];
    let after = &text[end..to];
    let before: String = if before.chars().count() > QUOTE_CONTEXT {
        let skip = before.chars().count() - QUOTE_CONTEXT;
        format!("…{}", before.chars().skip(skip).collect::<String>())
    } else {
        before.to_string()
    };
    let after: String = if after.chars().count() > QUOTE_CONTEXT {
        format!("{}…", after.chars().take(QUOTE_CONTEXT).collect::<String>())
    } else {
        after.to_string()
    };
    let claim = line(&text[start..end]);
    let space_before = if before.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let space_after = if after.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let quote = format!(
        "{}{space_before}**{claim}**{space_after}{}",
        line(&before),
        cell(&after)
    );
    quote.trim().to_string()
}

/// One row of the summary table; the Outdated column is there only when `outdated` is.
fn summary_row(name: &str, s: &Summary, outdated: bool) -> String {
    let outdated = if outdated {
        format!(" {} |", s.outdated)
    } else {
        String::new()
    };
    format!(
        "| {name} | {} | {} | {} | {} |{outdated} {} | {} |\n",
        s.claims, s.contradicted, s.inconsistent, s.imprecise, s.supported, s.unverifiable
    )
}

/// Writes the Markdown report of `run`.
pub fn write(out: &mut dyn Write, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let files = run.files.as_slice();
    let total = run.summary;
    let notices: Vec<Item<'_>> = files
        .iter()
        .flat_map(|f| f.notices.iter().map(Item::Notice))
        .collect();
    let (errors, warnings) = run.claims_to_correct_and_review();
    let mut doc = String::new();
    doc.push_str("# numfact report\n\n");
    doc.push_str(&format!(
        "**{} in {}:** {} to correct, {} to review, {} supported, {} unverifiable.",
        plural(total.claims, "claim", "claims"),
        plural(total.files, "file", "files"),
        errors,
        warnings,
        total.supported,
        total.unverifiable
    ));
    if !notices.is_empty() {
        doc.push_str(&format!(
            " {} (see the end of this report).",
            plural(
                notices.len(),
                "problem with a suppression comment",
                "problems with suppression comments"
            )
        ));
    }
    doc.push_str("\n\n");
    // Outdated claims get a column only in a run that has some.
    let outdated = total.outdated > 0;
    if outdated {
        doc.push_str(
            "| File | Claims | Contradicted | Inconsistent | Imprecise | Outdated | Supported | Unverifiable |\n",
        );
        doc.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    } else {
        doc.push_str(
            "| File | Claims | Contradicted | Inconsistent | Imprecise | Supported | Unverifiable |\n",
        );
        doc.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
    }
    for file in files {
        let s = Summary::of_findings(file.findings);
        doc.push_str(&summary_row(&cell(&repo_relative(file.path)), &s, outdated));
    }
    if files.len() > 1 {
        doc.push_str(&summary_row("**Total**", &total, outdated));
    }
    doc.push('\n');

    let discrepancies: Vec<(&CheckedFile<'_>, &Finding)> = files
        .iter()
        .flat_map(|file| {
            file.findings
                .iter()
                .filter(|f| f.severity != Severity::Note)
                .map(move |f| (file, f))
        })
        .collect();
    doc.push_str(&format!("## Discrepancies ({})\n\n", discrepancies.len()));
    if discrepancies.is_empty() {
        doc.push_str(
            "None: every claim that could be checked agrees with the fact base and with the \
             rest of its text.\n\n",
        );
    }
    let mut split: Option<(&str, Vec<Sentence>)> = None;
    for (number, (file, finding)) in discrepancies.iter().enumerate() {
        if split.as_ref().is_none_or(|(path, _)| *path != file.path) {
            split = Some((file.path, sentences(file.text)));
        }
        let file_sentences = split.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
        write_discrepancy(&mut doc, number + 1, file, file_sentences, finding);
    }

    let notes = total.supported + total.unverifiable;
    if notes > 0 {
        doc.push_str("## Other claims\n\n");
        if options.all {
            for verdict in [Verdict::Supported, Verdict::Unverifiable] {
                write_compact(&mut doc, files, verdict);
            }
        } else {
            doc.push_str(&format!(
                "{} and {} are not listed (`--all` lists them).\n",
                plural(total.supported, "supported claim", "supported claims"),
                plural(
                    total.unverifiable,
                    "unverifiable claim",
                    "unverifiable claims"
                ),
            ));
        }
    }
    if !notices.is_empty() {
        doc.push_str(
            "## Suppression comments\n\n| Where | Rule | Severity | Problem |\n|---|---|---|---|\n",
        );
        for notice in &notices {
            doc.push_str(&format!(
                "| {}:{}:{} | {} {} | {} | {} |\n",
                cell(&repo_relative(notice.path())),
                notice.line(),
                notice.column(),
                notice.rule().code,
                notice.rule().name,
                notice.severity().name(),
                cell(&notice.message())
            ));
        }
        doc.push('\n');
    }
    let doc = defuse_workflow_commands(doc.trim_end().to_string(), "\\:");
    out.write_all(doc.as_bytes())?;
    writeln!(out)
}

fn write_discrepancy(
    doc: &mut String,
    number: usize,
    file: &CheckedFile<'_>,
    sentences: &[Sentence],
    finding: &Finding,
) {
    doc.push_str(&format!(
        "### {number}. {}: {}\n\n",
        capitalised(finding.verdict.name()),
        line(finding.text.trim())
    ));
    doc.push_str(&format!(
        "{}, line {}, column {} · {}\n\n",
        cell(&repo_relative(&finding.path)),
        finding.line,
        finding.column,
        finding.severity.name()
    ));
    doc.push_str(&format!(
        "> {}\n\n",
        quoted_sentence(file.text, sentences, finding)
    ));
    let about = match (&finding.entity, &finding.attribute) {
        (Some(entity), Some(attribute)) => format!(" ({} {})", line(entity), line(attribute)),
        (Some(entity), None) => format!(" ({})", line(entity)),
        _ => String::new(),
    };
    doc.push_str(&format!(
        "- **Claim:** {}{about}\n",
        line(finding.text.trim())
    ));
    if let Some(fact) = &finding.fact {
        doc.push_str(&format!(
            "- **Fact base:** {} ({})\n",
            line(&fact.value),
            code_span(&fact.id)
        ));
        doc.push_str(&format!("- **Source:** {}\n", line(&fact.source)));
        if let Some(as_of) = &fact.as_of {
            doc.push_str(&format!("- **As of:** {}\n", line(as_of)));
        }
    }
    doc.push_str(&format!("- **Why:** {}\n", cell(&why(finding))));
    if !finding.related.is_empty() {
        let places: Vec<String> = finding
            .related
            .iter()
            .map(|r| {
                if r.path == finding.path {
                    format!("line {}, column {}", r.line, r.column)
                } else {
                    format!(
                        "{}, line {}, column {}",
                        cell(&repo_relative(&r.path)),
                        r.line,
                        r.column
                    )
                }
            })
            .collect();
        doc.push_str(&format!("- **See also:** {}\n", places.join("; ")));
    }
    doc.push('\n');
}

fn write_compact(doc: &mut String, files: &[CheckedFile<'_>], verdict: Verdict) {
    let found: Vec<&Finding> = files
        .iter()
        .flat_map(|f| f.findings.iter())
        .filter(|f| f.verdict == verdict)
        .collect();
    if found.is_empty() {
        return;
    }
    doc.push_str(&format!(
        "### {} ({})\n\n",
        capitalised(verdict.name()),
        found.len()
    ));
    if verdict == Verdict::Supported {
        doc.push_str("| Where | Claim | Fact base | Fact id |\n|---|---|---|---|\n");
        for f in found {
            let (value, id) = f.fact.as_ref().map_or((String::new(), String::new()), |x| {
                (cell(&x.value), code_span(&x.id))
            });
            doc.push_str(&format!(
                "| {}:{}:{} | {} | {value} | {id} |\n",
                cell(&repo_relative(&f.path)),
                f.line,
                f.column,
                cell(f.text.trim())
            ));
        }
    } else {
        doc.push_str("| Where | Claim | Why not checked |\n|---|---|---|\n");
        for f in found {
            doc.push_str(&format!(
                "| {}:{}:{} | {} | {} |\n",
                cell(&repo_relative(&f.path)),
                f.line,
                f.column,
                cell(f.text.trim()),
                cell(&f.message())
            ));
        }
    }
    doc.push('\n');
}
