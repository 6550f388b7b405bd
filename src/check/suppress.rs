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
//! A directive may name the rules it silences, by code, rule name or verdict, separated by
//! commas or spaces, before the colon: `<!-- numfact-ignore-next-line NF203: quoting the
//! maker -->` silences only NF203 on the next line, `numfact-ignore imprecise, NF201: …`
//! imprecise claims and repeated values. Without rules it silences every finding.
//!
//! The reason is what follows the directive (and its rules), after a colon; without rules the
//! colon may be left out (`-->`, `*/` at the end of a plain-text line are not part of it).
//! Directives are matched in any case. Blocks may nest; an end closes the innermost open
//! block.
//!
//! [`apply`] removes the findings on suppressed lines (by the line a claim starts on), of
//! any severity, and reports [`Notice`]s, all warnings, each under a rule of
//! [`super::rules::suppression`]:
//! - `NF901` `suppression-without-reason`: a suppression gives no reason;
//! - `NF902` `unused-suppression`: no finding of severity warning or error (of the rules it
//!   names) lies on its lines — only those count as using a suppression, since notes
//!   (supported or unverifiable claims) never fail a check;
//! - `NF903` `unclosed-suppression`: a block is never closed (it then runs to the end of the
//!   document);
//! - `NF904` `unmatched-suppression-end`: `numfact-ignore-end` without an open block;
//! - `NF905` `unknown-suppression`: a directive numfact does not know (`numfact-ignore-file`),
//!   or a rule code it does not have.
//!
//! ```
//! use numfact::check::{Checker, suppress};
//! use numfact::text::source::InputFormat;
//! let base = numfact::facts::FactBase::shipped().expect("valid");
//! let text = "<!-- numfact-ignore-next-line: quoting the ministry -->\n\
//!             The Kh-47M2 Kinzhal has a range of 4,000 km.\n";
//! let findings = Checker::new(&base).check("a.md", text);
//! let (kept, notices) = suppress::apply(text, InputFormat::Markdown, "a.md", findings);
//! assert!(kept.is_empty());
//! assert!(notices.is_empty());
//! ```

use super::rules::{Rule, Selector, suppression};
use super::{Finding, Severity};
use crate::text::Locator;
use crate::text::source::InputFormat;
use serde::Serialize;
use std::ops::{Range, RangeInclusive};

/// A problem with the suppressions of a document, reported beside its findings: an object
/// of the `notices` array of the JSON document (`path`, `line`, `column`, `start`, `end`,
/// `severity`, `code`, `name`, `text`, `message`).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The file.
    pub path: String,
    /// 1-based line of the directive.
    pub line: usize,
    /// 1-based character column of the directive (of its comment's `<!--` in Markdown and
    /// HTML).
    pub column: usize,
    /// Byte offset of the directive (its comment in Markdown and HTML).
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// How loudly it is reported ([`Rule::default_severity`] unless configured).
    pub severity: Severity,
    /// The rule (`NF902` `unused-suppression`, …; see the module documentation).
    pub rule: &'static Rule,
    /// The directive as written.
    pub text: String,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl Notice {
    /// The code of its rule (`NF902`).
    pub fn code(&self) -> &'static str {
        self.rule.code
    }
}

impl Serialize for Notice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            path: &'a str,
            line: usize,
            column: usize,
            start: usize,
            end: usize,
            severity: Severity,
            code: &'static str,
            name: &'static str,
            text: &'a str,
            message: &'a str,
        }
        Shown {
            path: &self.path,
            line: self.line,
            column: self.column,
            start: self.start,
            end: self.end,
            severity: self.severity,
            code: self.rule.code,
            name: self.rule.name,
            text: &self.text,
            message: &self.message,
        }
        .serialize(serializer)
    }
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The rules it silences; empty for every rule.
    pub rules: Vec<Selector>,
    /// The reason given, if any.
    pub reason: Option<String>,
    /// The directive's byte range.
    pub at: Range<usize>,
}

impl Suppression {
    /// Whether it silences `finding`: the finding starts on one of its lines and is of one of
    /// its rules (or it names none).
    pub fn silences(&self, finding: &Finding) -> bool {
        self.lines
            .as_ref()
            .is_some_and(|l| l.contains(&finding.line))
            && (self.rules.is_empty() || self.rules.iter().any(|r| r.selects(finding.rule)))
    }
}

/// The suppressions of `text` read as `format`, with the notices their syntax calls for
/// (unclosed blocks, unmatched ends, unknown directives; not the reason-less or unused
/// ones, which [`apply`] reports).
pub fn find(text: &str, format: InputFormat, path: &str) -> (Vec<Suppression>, Vec<Notice>) {
    let directives = match format {
        InputFormat::Text => text_directives(text),
        InputFormat::Markdown => comment_directives(text, crate::text::markdown::comments(text)),
        InputFormat::Html => comment_directives(text, crate::text::html::comments(text)),
    };
    if directives.is_empty() {
        // Most texts have none: their lines are not worth finding.
        return (Vec::new(), Vec::new());
    }
    let lines = Lines::new(text);
    let mut locator = Locator::new(text);
    let mut suppressions = Vec::new();
    let mut notices = Vec::new();
    // Open blocks: (index in `suppressions`).
    let mut open: Vec<usize> = Vec::new();
    for directive in directives {
        let (line, column) = locator.locate(directive.at.start);
        let end_line = lines.line_of(directive.at.end.saturating_sub(1).max(directive.at.start));
        let notice = |rule: &'static Rule, message: String| Notice {
            path: path.to_string(),
            line,
            column,
            start: directive.at.start,
            end: directive.at.end,
            severity: rule.default_severity,
            rule,
            text: text[directive.at.clone()].to_string(),
            message,
        };
        let suppression = |kind, lines| Suppression {
            kind,
            line,
            column,
            lines,
            rules: directive.rules.clone(),
            reason: directive.reason.clone(),
            at: directive.at.clone(),
        };
        for unknown in &directive.unknown_rules {
            notices.push(notice(
                &suppression::UNKNOWN_DIRECTIVE,
                format!(
                    "unknown rule \"{unknown}\" in a suppression; `numfact rules` lists the codes"
                ),
            ));
        }
        match directive.verb {
            Verb::Unknown(name) => notices.push(notice(
                &suppression::UNKNOWN_DIRECTIVE,
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
                    &suppression::UNMATCHED_END,
                    "numfact-ignore-end without an open numfact-ignore block".to_string(),
                )),
            },
        }
    }
    for index in open {
        let s = &suppressions[index];
        notices.push(
            s.notice(
                text,
                path,
                &suppression::UNCLOSED,
                "numfact-ignore block is never closed with <!-- numfact-ignore-end -->; \
             it runs to the end of the document"
                    .to_string(),
            ),
        );
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
    let suppressed = suppressed_findings(&suppressions, &findings, &mut used);
    let kept = findings
        .into_iter()
        .zip(suppressed)
        .filter_map(|(finding, suppressed)| (!suppressed).then_some(finding))
        .collect();
    for (s, used) in suppressions.iter().zip(used) {
        let notice = |rule, message| s.notice(text, path, rule, message);
        if s.reason.is_none() {
            notices.push(notice(
                &suppression::WITHOUT_REASON,
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
                &suppression::UNUSED,
                format!("unused suppression: {place}"),
            ));
        }
    }
    notices.sort_by_key(|n| (n.line, n.column));
    (kept, notices)
}

impl Suppression {
    /// A notice about this suppression.
    fn notice(&self, text: &str, path: &str, rule: &'static Rule, message: String) -> Notice {
        Notice {
            path: path.to_string(),
            line: self.line,
            column: self.column,
            start: self.at.start,
            end: self.at.end,
            severity: rule.default_severity,
            rule,
            text: text[self.at.clone()].to_string(),
            message,
        }
    }
}

/// Which of `findings` the suppressions silence; marks in `used` the suppressions that
/// silence a finding of severity warning or error. Findings are visited in line order with
/// the suppressions open at that line; a suppression is marked used once and then no longer
/// looked at for that, so the cost is (findings + suppressions) × log, plus the suppressions
/// open at a finding's line that do not silence it.
fn suppressed_findings(
    suppressions: &[Suppression],
    findings: &[Finding],
    used: &mut [bool],
) -> Vec<bool> {
    let mut by_start: Vec<(usize, usize, usize)> = suppressions
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.lines.as_ref().map(|l| (*l.start(), *l.end(), i)))
        .collect();
    by_start.sort_unstable();
    let mut by_line: Vec<usize> = (0..findings.len()).collect();
    by_line.sort_by_key(|&i| findings[i].line);
    let mut suppressed = vec![false; findings.len()];
    // The suppressions open at the current line, and of those the ones not used yet: each
    // suppression leaves `unused` once, so marking costs no more than finding.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut unused: Vec<(usize, usize)> = Vec::new();
    let mut compacted = 0;
    let mut next = 0;
    for index in by_line {
        let finding = &findings[index];
        while next < by_start.len() && by_start[next].0 <= finding.line {
            open.push((by_start[next].1, by_start[next].2));
            unused.push((by_start[next].1, by_start[next].2));
            next += 1;
        }
        let line = finding.line;
        // Closed suppressions leave from the top (the latest opened usually closes first), and
        // all at once whenever the list has doubled, so pruning costs amortised O(1).
        for list in [&mut open, &mut unused] {
            while list.last().is_some_and(|&(end, _)| end < line) {
                list.pop();
            }
        }
        if open.len() > 2 * compacted.max(16) {
            open.retain(|&(end, _)| end >= line);
            unused.retain(|&(end, _)| end >= line);
            compacted = open.len();
        }
        suppressed[index] = open
            .iter()
            .rev()
            .any(|&(end, s)| end >= line && suppressions[s].silences(finding));
        if suppressed[index] && finding.severity >= Severity::Warning {
            unused.retain(|&(end, s)| {
                let silences = end >= line && suppressions[s].silences(finding);
                used[s] |= silences;
                end >= line && !silences
            });
        }
    }
    suppressed
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
    rules: Vec<Selector>,
    unknown_rules: Vec<String>,
    reason: Option<String>,
    /// The comment (Markdown, HTML) or the directive word (text).
    at: Range<usize>,
}

/// A directive as read: what it does, the rules it names, codes it names that numfact does
/// not have, and its reason.
#[derive(Debug, Clone, PartialEq)]
struct Parsed {
    verb: Verb,
    rules: Vec<Selector>,
    unknown_rules: Vec<String>,
    reason: Option<String>,
}

/// Reads a directive at the start of `text` (`numfact-ignore…`), with its rules and reason.
/// `None` when `text` does not start with `numfact-`.
fn parse_directive(text: &str) -> Option<Parsed> {
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
    let (rules, unknown_rules, rest) = rule_list(rest);
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
    let reason = (!rest.is_empty()).then(|| rest.to_string());
    Some(Parsed {
        verb,
        rules,
        unknown_rules,
        reason,
    })
}

/// Reads the rules a directive names: the words before its colon (or its end), separated by
/// commas or spaces, when every one of them is a rule's code or name, a verdict, or looks like
/// a code (`NF` and digits; those numfact does not have are returned apart). Returns the
/// rules, the unknown codes and the text after them; when the words are not such a list, no
/// rules and all of `rest`.
fn rule_list(rest: &str) -> (Vec<Selector>, Vec<String>, &str) {
    let end = rest.find(':').unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end]
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let looks_like_code = |w: &str| {
        w.len() > 2
            && w.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("NF"))
            && w.bytes().skip(2).all(|b| b.is_ascii_digit())
    };
    if words.is_empty()
        || !words
            .iter()
            .all(|w| looks_like_code(w) || Selector::parse(w).is_some())
    {
        return (Vec::new(), Vec::new(), rest);
    }
    let mut rules = Vec::new();
    let mut unknown = Vec::new();
    for word in words {
        match Selector::parse(word) {
            Some(selector) => rules.push(selector),
            None => unknown.push(word.to_string()),
        }
    }
    (rules, unknown, &rest[end..])
}

/// The directives in the HTML comments `comments` of `text`.
fn comment_directives(text: &str, comments: Vec<Range<usize>>) -> Vec<Directive> {
    comments
        .into_iter()
        .filter_map(|range| {
            let inner = &text[range.clone()];
            let inner = inner.strip_prefix("<!--").unwrap_or(inner);
            let inner = inner.strip_suffix("-->").unwrap_or(inner);
            let parsed = parse_directive(inner.trim())?;
            Some(Directive {
                verb: parsed.verb,
                rules: parsed.rules,
                unknown_rules: parsed.unknown_rules,
                reason: parsed.reason,
                at: range,
            })
        })
        .collect()
}

/// The directives of a plain text: the first `numfact-ignore…` word of each line.
fn text_directives(text: &str) -> Vec<Directive> {
    let mut directives = Vec::new();
    let bytes = text.as_bytes();
    // The directive words of the whole text, in one search; a line holds at most one
    // directive (its first word after a boundary), so the rest of its line is skipped.
    let mut next_line = 0;
    for word_at in directive_words(text) {
        if word_at < next_line {
            continue;
        }
        // The character before the word, which a line break before it also passes.
        let boundary = text[..word_at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
        if !boundary {
            continue;
        }
        let line_end =
            memchr::memchr(b'\n', &bytes[word_at..]).map_or(text.len(), |i| word_at + i + 1);
        next_line = line_end;
        let body = text[word_at..line_end].trim_end();
        let body = body.strip_suffix("-->").unwrap_or(body);
        let body = body.strip_suffix("*/").unwrap_or(body);
        if let Some(parsed) = parse_directive(body.trim_end()) {
            let verb = match parsed.verb {
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
                rules: parsed.rules,
                unknown_rules: parsed.unknown_rules,
                reason: parsed.reason,
                at: word_at..word_at + word_len,
            });
        }
    }
    directives
}

/// Where `numfact-ignore` stands in `line`, in any ASCII case, in order. Only the line's
/// hyphens are looked at (found with `memchr`), not every byte.
fn directive_words(line: &str) -> impl Iterator<Item = usize> + '_ {
    const WORD: &str = "numfact-ignore";
    const BEFORE_HYPHEN: usize = "numfact".len();
    line.match_indices('-').filter_map(|(hyphen, _)| {
        let at = hyphen.checked_sub(BEFORE_HYPHEN)?;
        let word = line.as_bytes().get(at..at + WORD.len())?;
        word.eq_ignore_ascii_case(WORD.as_bytes()).then_some(at)
    })
}

/// Line starts of a text.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = crate::text::line_starts(text);
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
    fn directive_words_are_found_in_any_case_by_their_hyphen() {
        let line = "a-b NUMFACT-Ignore-next-line x-numfact-ignore numfact-\u{e9} -numfact-ignorE";
        let found: Vec<usize> = directive_words(line).collect();
        let lower = line.to_ascii_lowercase();
        let expected: Vec<usize> = lower
            .match_indices("numfact-ignore")
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn directives_and_reasons() {
        let read = |text: &str| parse_directive(text).map(|p| (p.verb, p.reason));
        assert_eq!(
            read("numfact-ignore-next-line: quoted"),
            Some((Verb::NextLine, Some("quoted".into())))
        );
        assert_eq!(read("NumFact-Ignore"), Some((Verb::Ignore, None)));
        assert_eq!(read("numfact-ignore :  "), Some((Verb::Ignore, None)));
        assert_eq!(
            read("numfact-ignore-file: x"),
            Some((
                Verb::Unknown("numfact-ignore-file".into()),
                Some("x".into())
            ))
        );
        assert_eq!(read("a numfact-ignore"), None);
        assert_eq!(
            read("numfact-ignore imprecise figure from the ministry"),
            Some((
                Verb::Ignore,
                Some("imprecise figure from the ministry".into())
            ))
        );
    }

    #[test]
    fn rules_before_the_colon() {
        let parsed = parse_directive("numfact-ignore-next-line NF203, imprecise nf299: quoted")
            .expect("a directive");
        assert_eq!(parsed.reason.as_deref(), Some("quoted"));
        assert_eq!(
            parsed.rules,
            vec![
                Selector::Rule(&crate::check::rules::speed_word::RULE),
                Selector::Verdict(crate::check::Verdict::Imprecise)
            ]
        );
        assert_eq!(parsed.unknown_rules, vec!["nf299".to_string()]);
        // A multi-byte character where a code's "NF" would end (found by review).
        let odd = parse_directive("numfact-ignore Né: q").expect("a directive");
        assert!(odd.rules.is_empty());
        assert_eq!(odd.reason.as_deref(), Some("Né: q"));
        let bare = parse_directive("numfact-ignore NF101").expect("a directive");
        assert_eq!(bare.rules.len(), 1);
        assert_eq!(bare.reason, None);
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
        assert_eq!(notices[0].rule.name, "unclosed-suppression");
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
