//! The rule registry: every check numfact makes, each with a stable code, a name, a default
//! severity and its documentation.
//!
//! A rule is declared once, in the file of the check that reports it, as a [`Rule`] whose
//! `docs` follow the shape "What it does / Why it matters / Example"; [`REGISTRY`] lists every
//! rule in code order, and everything else — `numfact rules`, `--explain`, SARIF's rule table,
//! `[severity]` in `numfact.toml`, suppressions by code — reads it from there.
//!
//! Codes are grouped by what a claim is compared with:
//!
//! | codes | what |
//! |---|---|
//! | `NF1xx` | a claim against the fact base |
//! | `NF2xx` | the article against itself |
//! | `NF9xx` | the suppression comments of an article |
//!
//! A code, once published, never changes meaning; a retired code stays reserved.
//!
//! ```
//! use numfact::check::rules;
//! let rule = rules::lookup("NF101").expect("a rule");
//! assert_eq!(rule.name, "contradicted");
//! assert_eq!(rules::lookup("numfact/contradicted"), Some(rule));
//! ```

pub mod absolute_change;
pub mod age;
pub mod conversion;
pub mod fact_comparison;
pub mod multiple;
pub mod parts_total;
pub mod percent_change;
pub mod rate;
pub mod repeated_value;
pub mod share;
pub mod speed_word;
pub mod suppression;

use super::{Document, Finding, Severity, Verdict};

/// One check's identity and documentation.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable code (`NF101`).
    pub code: &'static str,
    /// A short kebab-case name (`contradicted`), also accepted wherever a code is.
    pub name: &'static str,
    /// The verdict a finding of this rule carries; `None` for rules about suppression
    /// comments, which judge no claim.
    pub verdict: Option<Verdict>,
    /// The severity a finding of this rule has unless `numfact.toml` says otherwise.
    pub default_severity: Severity,
    /// One sentence: what a finding of this rule means.
    pub summary: &'static str,
    /// The user documentation, in Markdown: "What it does", "Why it matters", "Example".
    pub docs: &'static str,
    /// Earlier identifiers of the rule (SARIF rule ids, suppression notice codes), still
    /// accepted as selectors.
    pub aliases: &'static [&'static str],
}

/// A check that reads a whole document after every claim was judged against the fact base,
/// and may change the verdict of some findings.
pub type DocumentCheck = fn(&Document<'_>, &mut [Finding]);

/// One line of the registry: a rule and, for checks of a whole document, the function that
/// runs it.
#[derive(Debug)]
pub struct Entry {
    /// The rule.
    pub rule: &'static Rule,
    /// The check to run over each document, in registry order; `None` for rules that the
    /// fact comparison or the suppression reader report themselves.
    pub check: Option<DocumentCheck>,
}

impl Entry {
    /// A rule whose findings the fact comparison or the suppression reader make.
    pub const fn reported(rule: &'static Rule) -> Entry {
        Entry { rule, check: None }
    }

    /// A rule with a check of its own over each document.
    pub const fn document(rule: &'static Rule, check: DocumentCheck) -> Entry {
        Entry {
            rule,
            check: Some(check),
        }
    }
}

/// Every rule, in code order: add a line here for a new rule.
pub static REGISTRY: &[Entry] = &[
    Entry::reported(&fact_comparison::SUPPORTED),
    Entry::reported(&fact_comparison::CONTRADICTED),
    Entry::reported(&fact_comparison::IMPRECISE),
    Entry::reported(&fact_comparison::UNVERIFIABLE),
    Entry::reported(&fact_comparison::OUTDATED),
    Entry::document(&repeated_value::RULE, repeated_value::check),
    Entry::document(&conversion::RULE, conversion::check),
    Entry::document(&speed_word::RULE, speed_word::check),
    // One reading of the changes a sentence states reports all three.
    Entry::document(&percent_change::RULE, crate::check::arithmetic::check),
    Entry::reported(&absolute_change::RULE),
    Entry::reported(&multiple::RULE),
    Entry::document(&age::RULE, age::check),
    Entry::document(&rate::RULE, rate::check),
    Entry::document(&parts_total::RULE, parts_total::check),
    Entry::document(&share::RULE, share::check),
    Entry::reported(&suppression::WITHOUT_REASON),
    Entry::reported(&suppression::UNUSED),
    Entry::reported(&suppression::UNCLOSED),
    Entry::reported(&suppression::UNMATCHED_END),
    Entry::reported(&suppression::UNKNOWN_DIRECTIVE),
];

/// Every rule, in code order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    REGISTRY.iter().map(|entry| entry.rule)
}

/// The rule with this code, name or alias (ASCII case-insensitive).
pub fn lookup(selector: &str) -> Option<&'static Rule> {
    let selector = selector.trim();
    all().find(|rule| {
        rule.code.eq_ignore_ascii_case(selector)
            || rule.name.eq_ignore_ascii_case(selector)
            || rule
                .aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case(selector))
    })
}

/// What a selector written by a user (in `[severity]` or a suppression) picks out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector {
    /// One rule, by code, name or alias.
    Rule(&'static Rule),
    /// Every rule reporting this verdict ("inconsistent" covers NF201, NF202 and NF203).
    Verdict(Verdict),
}

impl Selector {
    /// Reads a selector: a verdict name, or a rule's code, name or alias. A verdict name
    /// that is also a rule's name ("contradicted") selects the verdict, which is the wider
    /// reading and the one numfact.toml always had.
    pub fn parse(text: &str) -> Option<Selector> {
        let text = text.trim();
        // "numfact/inconsistent", the SARIF id of a verdict before there were codes.
        let verdict = text.strip_prefix("numfact/").unwrap_or(text);
        Verdict::ALL
            .into_iter()
            .find(|v| v.name().eq_ignore_ascii_case(verdict))
            .map(Selector::Verdict)
            .or_else(|| lookup(text).map(Selector::Rule))
    }

    /// Whether a finding of `rule` is selected.
    pub fn selects(self, rule: &Rule) -> bool {
        match self {
            Selector::Rule(selected) => std::ptr::eq(selected, rule) || selected == rule,
            Selector::Verdict(verdict) => rule.verdict == Some(verdict),
        }
    }

    /// How specific the selector is: a rule wins over a verdict when both name one finding.
    pub fn specificity(self) -> u8 {
        match self {
            Selector::Rule(_) => 1,
            Selector::Verdict(_) => 0,
        }
    }
}

/// Runs every document check of the registry, in order, over `findings` (one per claim of
/// `document`, already judged against the fact base).
pub fn run_document_checks(document: &Document<'_>, findings: &mut [Finding]) {
    for check in REGISTRY.iter().filter_map(|entry| entry.check) {
        check(document, findings);
    }
}

impl Rule {
    /// The "What it does" section of the docs, as one paragraph.
    pub fn what_it_does(&self) -> String {
        let section = self
            .docs
            .split("## What it does")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .unwrap_or(self.summary);
        section.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// The documentation of `rule` as `numfact rules CODE` prints it: a heading, the default
/// severity, the aliases, then the docs.
pub fn explain(rule: &Rule) -> String {
    let mut text = format!(
        "{} {}: {}\n\nDefault severity: {}",
        rule.code,
        rule.name,
        rule.summary,
        rule.default_severity.name()
    );
    if let Some(verdict) = rule.verdict {
        text.push_str(&format!(". Verdict: {}", verdict.name()));
    }
    if !rule.aliases.is_empty() {
        text.push_str(&format!(". Also known as: {}", rule.aliases.join(", ")));
    }
    text.push_str(".\n\n");
    text.push_str(rule.docs.trim());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        let codes: Vec<&str> = all().map(|r| r.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "codes must be unique and in order");
        for rule in all() {
            assert!(
                rule.code.len() == 5 && rule.code.starts_with("NF"),
                "{}",
                rule.code
            );
            assert!(
                rule.code[2..].bytes().all(|b| b.is_ascii_digit()),
                "{}",
                rule.code
            );
            for heading in ["## What it does", "## Why it matters", "## Example"] {
                assert!(rule.docs.contains(heading), "{} lacks {heading}", rule.code);
            }
        }
    }

    #[test]
    fn names_and_aliases_select_one_rule() {
        let mut seen = std::collections::HashSet::new();
        for rule in all() {
            for key in std::iter::once(rule.name).chain(rule.aliases.iter().copied()) {
                assert!(seen.insert(key.to_ascii_lowercase()), "{key} is used twice");
                assert_eq!(lookup(key), Some(rule));
            }
        }
    }

    #[test]
    fn selectors() {
        assert_eq!(
            Selector::parse("inconsistent"),
            Some(Selector::Verdict(Verdict::Inconsistent))
        );
        let conversion = Selector::parse("nf202").expect("a code");
        assert!(conversion.selects(&conversion::RULE));
        assert!(!conversion.selects(&speed_word::RULE));
        assert!(Selector::Verdict(Verdict::Inconsistent).selects(&speed_word::RULE));
        assert_eq!(Selector::parse("NF999"), None);
        assert_eq!(
            Selector::parse("numfact/inconsistent"),
            Some(Selector::Verdict(Verdict::Inconsistent))
        );
    }
}
