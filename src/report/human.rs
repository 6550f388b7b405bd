//! The report for people: rustc-style diagnostics (the source line, a caret under the claim,
//! the rule's code, the verdict, the fact and its source), then a summary line.
//!
//! Everything that comes from an article, a file name or a fact file is escaped for the
//! terminal ([`super::escape::terminal`]): no control character, line break or bidirectional
//! override reaches it as it is. The source line is quoted in a window around the claim, so
//! a report on one very long line costs time in proportion to the findings, not to the line
//! length times the findings.

use super::escape::{is_terminal_control, push_terminal, terminal};
use super::position::floor_boundary;
use super::wording::summary_line;
use super::{CheckedFile, Item, Options, Run};
use crate::check::Severity;
use crate::text::line_starts;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::io::{self, Write};

/// How many bytes of the source line are quoted on each side of a claim at most: more than
/// the renderer shows, so its own trimming ("...") decides what is seen.
const WINDOW: usize = 512;

/// Writes errors and warnings (and, with [`Options::all`], every claim) as compiler-style
/// diagnostics, then a summary line.
pub fn write(out: &mut dyn Write, run: &Run<'_>, options: &Options) -> io::Result<()> {
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut lines: Option<(&str, Vec<usize>)> = None;
    for (file, item) in run.items(options) {
        if lines.as_ref().is_none_or(|(path, _)| *path != file.path) {
            lines = Some((file.path, line_starts(file.text)));
        }
        let starts = lines.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
        let quoted = Quoted::of(file.text, starts, item.range());
        let rendered = renderer.render(&diagnostic(file, item, &quoted, options.verbose));
        if quoted.from_line_start {
            writeln!(out, "{rendered}\n")?;
        } else {
            // The origin line the renderer would write, with the claim's real column.
            let (title, rest) = rendered.split_once('\n').unwrap_or((rendered.as_str(), ""));
            let indent = " ".repeat(item.line().to_string().len());
            let origin = format!("{}:{}:{}", terminal(file.path), item.line(), item.column());
            writeln!(out, "{title}\n{indent}--> {origin}\n{rest}\n")?;
        }
    }
    writeln!(out, "{}", summary_line(&run.summary))
}

/// The part of a source line quoted under a diagnostic, escaped for the terminal, and the
/// claim's span within it.
struct Quoted {
    line: String,
    span: std::ops::Range<usize>,
    /// Whether the quote starts at the start of its line, unescaped before the claim, so the
    /// renderer counts the claim's column right; when not, [`write`] writes the origin line.
    from_line_start: bool,
}

impl Quoted {
    fn of(text: &str, line_starts: &[usize], (start, end): (usize, usize)) -> Quoted {
        let start = floor_boundary(text, start.min(text.len()));
        let end = floor_boundary(text, end.clamp(start, text.len()));
        let line_index = line_starts
            .partition_point(|&s| s <= start)
            .saturating_sub(1);
        let line_start = line_starts.get(line_index).copied().unwrap_or(0);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        // A claim near the start of its line is quoted from the line's start (the renderer
        // then counts its column); one deep into a long line from a window before it.
        let from = if start - line_start <= WINDOW {
            line_start
        } else {
            floor_boundary(text, start - WINDOW)
        };
        let to = floor_boundary(text, (end + WINDOW).min(line_end));
        let window = text[from..to].trim_end_matches('\r');
        let mut line = String::with_capacity(window.len());
        let (mut span_start, mut span_end) = (None, None);
        // An escape before the claim makes the quote longer than the text it stands for:
        // the renderer would then count the column wrong.
        let mut escaped_before = false;
        for (offset, c) in window.char_indices() {
            let at = from + offset;
            if at >= start && span_start.is_none() {
                span_start = Some(line.len());
            }
            if at >= end && span_end.is_none() {
                span_end = Some(line.len());
            }
            if is_terminal_control(c) {
                escaped_before |= at < start;
                push_terminal(&mut line, c);
            } else {
                line.push(c);
            }
        }
        let span_start = span_start.unwrap_or(line.len());
        let span_end = span_end.unwrap_or(line.len()).max(span_start);
        Quoted {
            line,
            span: span_start..span_end,
            from_line_start: from == line_start && !escaped_before,
        }
    }
}

fn diagnostic<'a>(
    file: &CheckedFile<'a>,
    item: Item<'a>,
    quoted: &'a Quoted,
    verbose: bool,
) -> Vec<Group<'a>> {
    let level = match item.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let label = item.verdict().map_or(item.rule().name, |v| v.name());
    let message = terminal(&item.message()).into_owned();
    let mut snippet = Snippet::source(quoted.line.as_str())
        .line_start(item.line())
        .annotation(
            AnnotationKind::Primary
                .span(quoted.span.clone())
                .label(label),
        );
    if quoted.from_line_start {
        snippet = snippet.path(terminal(file.path));
    }
    let mut group = level
        .primary_title(message)
        .id(item.rule().code)
        .element(snippet);
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
        let described = format!("fact {}: {}{as_of}", fact.id, fact.value);
        group = group.element(Level::NOTE.message(terminal(&described).into_owned()));
        let source = format!("source: {}", fact.source);
        group = group.element(Level::NOTE.message(terminal(&source).into_owned()));
    }
    let evidence = match item {
        Item::Claim(finding) if verbose => finding.link.as_ref(),
        _ => None,
    };
    if let Some(evidence) = evidence {
        let mut linked = format!("linked: {}", evidence.rule);
        if let Some(words) = &evidence.entity_words {
            linked.push_str(&format!("; entity from {words:?}"));
        }
        if let Some(words) = &evidence.attribute_words {
            linked.push_str(&format!("; attribute from {words:?}"));
        }
        group = group.element(Level::NOTE.message(terminal(&linked).into_owned()));
    }
    for related in item.related() {
        let place = format!("see {}:{}:{}", related.path, related.line, related.column);
        group = group.element(Level::NOTE.message(terminal(&place).into_owned()));
    }
    vec![group]
}
