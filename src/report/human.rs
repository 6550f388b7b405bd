//! The report for people: rustc-style diagnostics (the source line, a caret under the claim,
//! the rule's code, the verdict, the fact and its source), then a summary line.

use super::wording::summary_line;
use super::{CheckedFile, Item, Options, Run};
use crate::check::Severity;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::io::{self, Write};

/// Writes errors and warnings (and, with [`Options::all`], every claim) as compiler-style
/// diagnostics, then a summary line.
pub fn write(out: &mut dyn Write, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for (file, item) in run.items(options) {
        let rendered = renderer.render(&diagnostic(file, item));
        writeln!(out, "{rendered}\n")?;
    }
    writeln!(out, "{}", summary_line(&run.summary))
}

fn diagnostic<'a>(file: &CheckedFile<'a>, item: Item<'a>) -> Vec<Group<'a>> {
    let level = match item.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let (start, end) = item.range();
    let start = start.min(file.text.len());
    let end = end.clamp(start, file.text.len());
    let line_start = file.text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = file.text[end..]
        .find('\n')
        .map_or(file.text.len(), |i| end + i);
    let line = file.text[line_start..line_end].trim_end_matches('\r');
    let span = (start - line_start)..(end - line_start).min(line.len());
    let label = item.verdict().map_or(item.rule().name, |v| v.name());
    let mut group = level
        .primary_title(item.message())
        .id(item.rule().code)
        .element(
            Snippet::source(line)
                .line_start(item.line())
                .path(file.path)
                .annotation(AnnotationKind::Primary.span(span).label(label)),
        );
    let fact = match item {
        Item::Claim(finding) => finding.fact.as_ref(),
        Item::Notice(_) => None,
    };
    if let Some(fact) = fact {
        let as_of = fact
            .as_of
            .as_deref()
            .map(|d| format!(", as of {d}"))
            .unwrap_or_default();
        group =
            group.element(Level::NOTE.message(format!("fact {}: {}{as_of}", fact.id, fact.value)));
        group = group.element(Level::NOTE.message(format!("source: {}", fact.source)));
    }
    for related in item.related() {
        group = group.element(Level::NOTE.message(format!(
            "see {}:{}:{}",
            related.path, related.line, related.column
        )));
    }
    vec![group]
}
