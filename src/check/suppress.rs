//! Suppressions: comments in an article that silence numfact's findings on some lines, each
//! with the reason an editor gives for it.
//!
//! In Markdown and HTML a suppression is an HTML comment whose text starts with the directive
//! (comments inside code, `<script>` or front matter are not directives):
//!
//! | comment | suppresses findings on |
//! |---|---|
//! | `<!-- numfact-ignore-next-line: reason -->` | the next non-blank line after the comment |
//! | `<!-- numfact-ignore: reason -->` alone on its line … `<!-- numfact-ignore-end -->` | every line from the one to the other (the canonical block form) |
//! | `<!-- numfact-ignore-start: reason -->` … `<!-- numfact-ignore-end -->` | the same (an alias) |
//! | `<!-- numfact-ignore: reason -->` after text on a line | that line |
//!
//! In plain text, a line containing `numfact-ignore` (optionally `numfact-ignore: reason`)
//! suppresses the findings on that same line, and `numfact-ignore-next-line: reason` those
//! on the next non-blank line.
//!
//! The reason is what follows the directive, after an optional colon (`-->`, `*/` at the end
//! of a plain-text line are not part of it). Directives are matched in any case. Blocks may
//! nest; an end closes the innermost open block.
//!
//! [`apply`] removes the findings on suppressed lines (by the line a claim starts on), of
//! any severity, and reports [`Notice`]s, all warnings:
//! - `suppression-without-reason`: a suppression gives no reason;
//! - `unused-suppression`: no finding of severity warning or error lies on its lines — only
//!   those count as using a suppression, since notes (supported or unverifiable claims)
//!   never fail a check;
//! - `unclosed-suppression`: a block is never closed (it then runs to the end of the
//!   document);
//! - `unmatched-suppression-end`: `numfact-ignore-end` without an open block;
//! - `unknown-suppression`: a directive numfact does not know (`numfact-ignore-file`).
//!
//! ```
//! use numfact::check::{Checker, suppress};
//! use numfact::input::InputFormat;
//! let base = numfact::facts::FactBase::shipped().expect("valid");
//! let text = "<!-- numfact-ignore-next-line: quoting the ministry -->\n\
//!             The Kh-47M2 Kinzhal has a range of 4,000 km.\n";
//! let findings = Checker::new(&base).check("a.md", text);
//! let (kept, notices) = suppress::apply(text, InputFormat::Markdown, "a.md", findings);
//! assert!(kept.is_empty());
//! assert!(notices.is_empty());
//! ```

use super::{Finding, Severity};
use crate::input::InputFormat;
use crate::text::Locator;
use serde::Serialize;
use std::ops::{Range, RangeInclusive};

/// A problem with the suppressions of a document, reported beside its findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The file.
    pub path: String,
    /// 1-based line of the directive.
    pub line: usize,
    /// 1-based character column of the directive (of its comment's `<!--` in Markdown and
    /// HTML).
    pub column: usize,
    /// How loudly it is reported (always [`Severity::Warning`] today).
    pub severity: Severity,
    /// A stable identifier of the problem (`unused-suppression`, …; see the module
    /// documentation), usable as a rule id.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
}

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuppressionKind {
    /// Suppresses the line it is on.
    SameLine,
    /// Suppresses the next non-blank line.
    NextLine,
    /// Suppresses a block of lines up to `numfact-ignore-end`.
    Block,
}

/// One suppression found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    /// What it does.
    pub kind: SuppressionKind,
    /// 1-based line of the directive.
    pub line: usize,
    /// 1-based character column of the directive.
    pub column: usize,
    /// The lines it suppresses (1-based, inclusive); `None` for a next-line suppression with
    /// no line after it.
    pub lines: Option<RangeInclusive<usize>>,
    /// The reason given, if any.
    pub reason: Option<String>,
}

/// The suppressions of `text` read as `format`, with the notices their syntax calls for
/// (unclosed blocks, unmatched ends, unknown directives; not the reason-less or unused
/// ones, which [`apply`] reports).
pub fn find(text: &str, format: InputFormat, path: &str) -> (Vec<Suppression>, Vec<Notice>) {
    let lines = Lines::new(text);
    let directives = match format {
        InputFormat::Text => text_directives(text),
        InputFormat::Markdown => comment_directives(text, crate::text::markdown::comments(text)),
        InputFormat::Html => comment_directives(text, crate::text::html::comments(text)),
    };
    let mut locator = Locator::new(text);
    let mut suppressions = Vec::new();
    let mut notices = Vec::new();
    // Open blocks: (index in `suppressions`).
    let mut open: Vec<usize> = Vec::new();
    for directive in directives {
        let (line, column) = locator.locate(directive.at.start);
        let end_line = lines.line_of(directive.at.end.saturating_sub(1).max(directive.at.start));
        let notice = |code, message: String| Notice {
            path: path.to_string(),
            line,
            column,
            severity: Severity::Warning,
            code,
            message,
        };
        let suppression = |kind, lines| Suppression {
            kind,
            line,
            column,
            lines,
            reason: directive.reason.clone(),
        };
        match directive.verb {
            Verb::Unknown(name) => notices.push(notice(
                "unknown-suppression",
                format!(
                    "unknown suppression \"{name}\"; numfact knows numfact-ignore, \
                     numfact-ignore-next-line, numfact-ignore-start and numfact-ignore-end"
                ),
            )),
            Verb::NextLine => {
                let target = lines.next_non_blank(end_line);
                suppressions.push(suppression(
                    SuppressionKind::NextLine,
                    target.map(|t| t..=t),
                ));
            }
            Verb::Ignore if format == InputFormat::Text || lines.shares_line(&directive.at) => {
                suppressions.push(suppression(
                    SuppressionKind::SameLine,
                    Some(line..=end_line),
                ));
            }
            Verb::Ignore | Verb::Start => {
                open.push(suppressions.len());
                suppressions.push(suppression(
                    SuppressionKind::Block,
                    Some(line..=lines.count()),
                ));
            }
            Verb::End => match open.pop() {
                Some(index) => {
                    let start = suppressions[index].line;
                    suppressions[index].lines = Some(start..=end_line);
                }
                None => notices.push(notice(
                    "unmatched-suppression-end",
                    "numfact-ignore-end without an open numfact-ignore block".to_string(),
                )),
            },
        }
    }
    for index in open {
        let s = &suppressions[index];
        notices.push(Notice {
            path: path.to_string(),
            line: s.line,
            column: s.column,
            severity: Severity::Warning,
            code: "unclosed-suppression",
            message: "numfact-ignore block is never closed with <!-- numfact-ignore-end -->; \
                      it runs to the end of the document"
                .to_string(),
        });
    }
    (suppressions, notices)
}

/// Removes the findings that the suppressions of `text` (read as `format`) silence and
/// reports the notices about those suppressions (see the module documentation), sorted by
/// position. The findings kept stay in their order.
pub fn apply(
    text: &str,
    format: InputFormat,
    path: &str,
    findings: Vec<Finding>,
) -> (Vec<Finding>, Vec<Notice>) {
    let (suppressions, mut notices) = find(text, format, path);
    if suppressions.is_empty() {
        notices.sort_by_key(|n| (n.line, n.column));
        return (findings, notices);
    }
    let mut used = vec![false; suppressions.len()];
    let kept = findings
        .into_iter()
        .filter(|finding| {
            let mut suppressed = false;
            for (index, s) in suppressions.iter().enumerate() {
                if s.lines.as_ref().is_some_and(|l| l.contains(&finding.line)) {
                    suppressed = true;
                    if finding.severity >= Severity::Warning {
                        used[index] = true;
                    }
                }
            }
            !suppressed
        })
        .collect();
    for (s, used) in suppressions.iter().zip(used) {
        let notice = |code, message: String| Notice {
            path: path.to_string(),
            line: s.line,
            column: s.column,
            severity: Severity::Warning,
            code,
            message,
        };
        if s.reason.is_none() {
            notices.push(notice(
                "suppression-without-reason",
                "suppression without a reason; say why after a colon \
                 (numfact-ignore-next-line: quoting the ministry)"
                    .to_string(),
            ));
        }
        if !used {
            let place = match &s.lines {
                None => "there is no line after it".to_string(),
                Some(l) if l.start() == l.end() => {
                    format!("nothing at warning or error level on line {}", l.start())
                }
                Some(l) => format!(
                    "nothing at warning or error level on lines {}–{}",
                    l.start(),
                    l.end()
                ),
            };
            notices.push(notice(
                "unused-suppression",
                format!("unused suppression: {place}"),
            ));
        }
    }
    notices.sort_by_key(|n| (n.line, n.column));
    (kept, notices)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Verb {
    Ignore,
    NextLine,
    Start,
    End,
    Unknown(String),
}

#[derive(Debug, Clone)]
struct Directive {
    verb: Verb,
    reason: Option<String>,
    /// The comment (Markdown, HTML) or the directive word (text).
    at: Range<usize>,
}

/// Reads a directive at the start of `text` (`numfact-ignore…`), with its reason: the rest,
/// after an optional colon. `None` when `text` does not start with `numfact-`.
fn parse_directive(text: &str) -> Option<(Verb, Option<String>)> {
    const PREFIX: &str = "numfact-";
    // Compare bytes: the text may hold a multi-byte character where the prefix would end.
    let head = text.as_bytes().get(..PREFIX.len());
    if !head.is_some_and(|head| head.eq_ignore_ascii_case(PREFIX.as_bytes())) {
        return None;
    }
    let word_len = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(text.len());
    let word = text[..word_len].to_ascii_lowercase();
    let verb = match word.as_str() {
        "numfact-ignore" => Verb::Ignore,
        "numfact-ignore-next-line" => Verb::NextLine,
        "numfact-ignore-start" => Verb::Start,
        "numfact-ignore-end" => Verb::End,
        _ => Verb::Unknown(word.clone()),
    };
    let rest = text[word_len..].trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
    let reason = (!rest.is_empty()).then(|| rest.to_string());
    Some((verb, reason))
}

/// The directives in the HTML comments `comments` of `text`.
fn comment_directives(text: &str, comments: Vec<Range<usize>>) -> Vec<Directive> {
    comments
        .into_iter()
        .filter_map(|range| {
            let inner = &text[range.clone()];
            let inner = inner.strip_prefix("<!--").unwrap_or(inner);
            let inner = inner.strip_suffix("-->").unwrap_or(inner);
            let (verb, reason) = parse_directive(inner.trim())?;
            Some(Directive {
                verb,
                reason,
                at: range,
            })
        })
        .collect()
}

/// The directives of a plain text: the first `numfact-ignore…` word of each line.
fn text_directives(text: &str) -> Vec<Directive> {
    let mut directives = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.to_ascii_lowercase();
        let mut from = 0;
        while let Some(found) = lower[from..].find("numfact-ignore") {
            let at = from + found;
            let boundary = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
            if !boundary {
                from = at + 1;
                continue;
            }
            let body = line[at..].trim_end();
            let body = body.strip_suffix("-->").unwrap_or(body);
            let body = body.strip_suffix("*/").unwrap_or(body);
            if let Some((verb, reason)) = parse_directive(body.trim_end()) {
                let verb = match verb {
                    // Blocks are for Markdown and HTML; in text every line says so itself.
                    Verb::Start | Verb::End => Verb::Unknown(
                        body.split(|c: char| c.is_whitespace() || c == ':')
                            .next()
                            .unwrap_or_default()
                            .to_ascii_lowercase(),
                    ),
                    verb => verb,
                };
                let word_len = body
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(body.len());
                directives.push(Directive {
                    verb,
                    reason,
                    at: line_start + at..line_start + at + word_len,
                });
            }
            break;
        }
        line_start += line.len();
    }
    directives
}

/// Line starts of a text.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        if starts.len() > 1 && *starts.last().unwrap_or(&0) == text.len() {
            starts.pop();
        }
        Lines { text, starts }
    }

    fn count(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line of byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// The text of 1-based line `line`, without its line break.
    fn text_of(&self, line: usize) -> &'a str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(self.text.len());
        &self.text[start..end]
    }

    /// The first line after `line` with something other than white space on it.
    fn next_non_blank(&self, line: usize) -> Option<usize> {
        (line + 1..=self.count()).find(|&l| !self.text_of(l).trim().is_empty())
    }

    /// Whether the lines of `range` hold text outside it.
    fn shares_line(&self, range: &Range<usize>) -> bool {
        let first = self.line_of(range.start);
        let last = self.line_of(range.end.saturating_sub(1).max(range.start));
        let before = &self.text[self.starts[first - 1]..range.start];
        let line_end = self.starts.get(last).copied().unwrap_or(self.text.len());
        let after = &self.text[range.end.min(line_end)..line_end];
        !before.trim().is_empty() || !after.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_and_reasons() {
        assert_eq!(
            parse_directive("numfact-ignore-next-line: quoted"),
            Some((Verb::NextLine, Some("quoted".into())))
        );
        assert_eq!(
            parse_directive("NumFact-Ignore"),
            Some((Verb::Ignore, None))
        );
        assert_eq!(
            parse_directive("numfact-ignore :  "),
            Some((Verb::Ignore, None))
        );
        assert_eq!(
            parse_directive("numfact-ignore-file: x"),
            Some((
                Verb::Unknown("numfact-ignore-file".into()),
                Some("x".into())
            ))
        );
        assert_eq!(parse_directive("a numfact-ignore"), None);
    }

    #[test]
    fn line_ranges() {
        let md = "<!-- numfact-ignore-next-line: a -->\n\n  \nx\n\
                  <!-- numfact-ignore: b -->\ny\nz\n<!-- numfact-ignore-end -->\n\
                  w <!-- numfact-ignore: c -->\n<!-- numfact-ignore-start -->\nv\n";
        let (found, notices) = find(md, InputFormat::Markdown, "a.md");
        let lines: Vec<_> = found.iter().map(|s| (s.kind, s.lines.clone())).collect();
        assert_eq!(
            lines,
            vec![
                (SuppressionKind::NextLine, Some(4..=4)),
                (SuppressionKind::Block, Some(5..=8)),
                (SuppressionKind::SameLine, Some(9..=9)),
                (SuppressionKind::Block, Some(10..=11)),
            ]
        );
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].code, "unclosed-suppression");
        assert_eq!((notices[0].line, notices[0].column), (10, 1));
    }

    #[test]
    fn plain_text_lines() {
        let text =
            "a 5 km // numfact-ignore: quoted\nnot-numfact-ignore\nnumfact-ignore-next-line\n\nb\n";
        let (found, notices) = find(text, InputFormat::Text, "a.txt");
        assert!(notices.is_empty());
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].column), (1, 11));
        assert_eq!(found[0].reason.as_deref(), Some("quoted"));
        assert_eq!(found[1].lines, Some(5..=5));
        assert_eq!(found[1].reason, None);
    }
}
