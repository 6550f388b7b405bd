//! The report model: a run of `numfact check` over some files, and its summary.

use crate::check::suppress::Notice;
use crate::check::{Finding, Related, Rule, Severity, Verdict};
use crate::report::Options;
use serde::Serialize;
use std::borrow::Cow;

/// A checked document: its name, text, findings and suppression notices.
#[derive(Debug, Clone, Copy)]
pub struct CheckedFile<'a> {
    /// The input's name.
    pub path: &'a str,
    /// Its text, for quoting source lines.
    pub text: &'a str,
    /// Its findings, in order, with their effective severities.
    pub findings: &'a [Finding],
    /// The problems with its suppression comments, in order.
    pub notices: &'a [Notice],
}

/// A run of `numfact check`: every file checked, in order.
#[derive(Debug, Clone)]
pub struct Run<'a> {
    /// The files.
    pub files: Vec<CheckedFile<'a>>,
    /// Their counts.
    pub summary: Summary,
    /// The configuration file the run used, if any (reported in JSON and SARIF).
    pub config: Option<String>,
}

impl<'a> Run<'a> {
    /// A run over `files`.
    pub fn new(files: Vec<CheckedFile<'a>>) -> Run<'a> {
        let summary = Summary::of(&files);
        Run {
            files,
            summary,
            config: None,
        }
    }

    /// How many claims are errors (to correct) and warnings (to review), by their effective
    /// severity.
    pub fn claims_to_correct_and_review(&self) -> (usize, usize) {
        let claims = self.files.iter().flat_map(|f| f.findings.iter());
        claims.fold((0, 0), |(errors, warnings), f| match f.severity {
            Severity::Error => (errors + 1, warnings),
            Severity::Warning => (errors, warnings + 1),
            Severity::Note => (errors, warnings),
        })
    }

    /// Every finding and notice that `options` shows, file by file, each file's notices
    /// after its findings.
    pub fn items<'r>(
        &'r self,
        options: &'r Options,
    ) -> impl Iterator<Item = (&'r CheckedFile<'a>, Item<'r>)> + 'r {
        self.files.iter().flat_map(move |file| {
            let findings = file.findings.iter().map(Item::Claim);
            let notices = file.notices.iter().map(Item::Notice);
            findings
                .chain(notices)
                .filter(move |item| options.shows(item.severity()))
                .map(move |item| (file, item))
        })
    }
}

/// Counts of a run: claims by verdict, and findings (claims and notices) by their effective
/// severity, the one that decides the exit code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Claims found.
    pub claims: usize,
    /// Supported claims.
    pub supported: usize,
    /// Contradicted claims.
    pub contradicted: usize,
    /// Inconsistent claims.
    pub inconsistent: usize,
    /// Imprecise claims.
    pub imprecise: usize,
    /// Unverifiable claims.
    pub unverifiable: usize,
    /// Outdated claims: right for an earlier figure of a series, or for an earlier time.
    pub outdated: usize,
    /// Findings (claims and notices) of severity error.
    pub errors: usize,
    /// Findings (claims and notices) of severity warning.
    pub warnings: usize,
    /// Problems with suppression comments.
    pub notices: usize,
    /// Files a directory walk found but did not check because ignore files (`.gitignore`,
    /// `.ignore`, git's excludes) hide them.
    pub ignored: usize,
}

impl Summary {
    /// Counts `files`.
    pub fn of(files: &[CheckedFile<'_>]) -> Summary {
        let mut summary = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in files {
            summary.count_findings(file.findings);
            for notice in file.notices {
                summary.notices += 1;
                summary.count_severity(notice.severity);
            }
        }
        summary
    }

    /// Counts the claims `findings` of one file.
    pub fn of_findings(findings: &[Finding]) -> Summary {
        let mut summary = Summary {
            files: 1,
            ..Summary::default()
        };
        summary.count_findings(findings);
        summary
    }

    fn count_findings(&mut self, findings: &[Finding]) {
        for finding in findings {
            self.claims += 1;
            *self.of_verdict_mut(finding.verdict) += 1;
            self.count_severity(finding.severity);
        }
    }

    fn count_severity(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => {}
        }
    }

    fn of_verdict_mut(&mut self, verdict: Verdict) -> &mut usize {
        match verdict {
            Verdict::Supported => &mut self.supported,
            Verdict::Contradicted => &mut self.contradicted,
            Verdict::Inconsistent => &mut self.inconsistent,
            Verdict::Imprecise => &mut self.imprecise,
            Verdict::Unverifiable => &mut self.unverifiable,
            Verdict::Outdated => &mut self.outdated,
        }
    }

    /// How many claims have `verdict`.
    pub fn of_verdict(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Supported => self.supported,
            Verdict::Contradicted => self.contradicted,
            Verdict::Inconsistent => self.inconsistent,
            Verdict::Imprecise => self.imprecise,
            Verdict::Unverifiable => self.unverifiable,
            Verdict::Outdated => self.outdated,
        }
    }
}

/// One thing a report shows: a claim's finding or a suppression notice.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    /// A claim and its verdict.
    Claim(&'a Finding),
    /// A problem with a suppression comment.
    Notice(&'a Notice),
}

impl<'a> Item<'a> {
    /// The file.
    pub fn path(&self) -> &'a str {
        match self {
            Item::Claim(f) => &f.path,
            Item::Notice(n) => &n.path,
        }
    }

    /// The 1-based line.
    pub fn line(&self) -> usize {
        match self {
            Item::Claim(f) => f.line,
            Item::Notice(n) => n.line,
        }
    }

    /// The 1-based character column.
    pub fn column(&self) -> usize {
        match self {
            Item::Claim(f) => f.column,
            Item::Notice(n) => n.column,
        }
    }

    /// The byte range in the file's text.
    pub fn range(&self) -> (usize, usize) {
        match self {
            Item::Claim(f) => (f.start, f.end),
            Item::Notice(n) => (n.start, n.end),
        }
    }

    /// The text the item is about: the claim, or the suppression comment.
    pub fn text(&self) -> &'a str {
        match self {
            Item::Claim(f) => &f.text,
            Item::Notice(n) => &n.text,
        }
    }

    /// Its effective severity.
    pub fn severity(&self) -> Severity {
        match self {
            Item::Claim(f) => f.severity,
            Item::Notice(n) => n.severity,
        }
    }

    /// The rule that reported it.
    pub fn rule(&self) -> &'static Rule {
        match self {
            Item::Claim(f) => f.rule,
            Item::Notice(n) => n.rule,
        }
    }

    /// The verdict, for a claim.
    pub fn verdict(&self) -> Option<Verdict> {
        match self {
            Item::Claim(f) => Some(f.verdict),
            Item::Notice(_) => None,
        }
    }

    /// Why, in one sentence.
    pub fn message(&self) -> Cow<'a, str> {
        match self {
            Item::Claim(f) => Cow::Owned(f.message()),
            Item::Notice(n) => Cow::Borrowed(&n.message),
        }
    }

    /// Other places involved.
    pub fn related(&self) -> &'a [Related] {
        match self {
            Item::Claim(f) => &f.related,
            Item::Notice(_) => &[],
        }
    }

    /// A title for annotations: "Contradicted claim: 4,000 km", "Unused suppression".
    pub fn title(&self) -> String {
        let title = match self {
            Item::Claim(f) => format!(
                "{} claim: {}",
                crate::report::wording::capitalised(f.verdict.name()),
                f.text.trim()
            ),
            Item::Notice(n) => crate::report::wording::capitalised(&n.rule.name.replace('-', " ")),
        };
        title.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
