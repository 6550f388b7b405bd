//! `NF901`–`NF905`: the hygiene of suppression comments. [`crate::check::suppress`] reads
//! the comments and reports these as [`crate::check::suppress::Notice`]s.

use super::Rule;
use crate::check::Severity;

/// `NF901`: a suppression that gives no reason.
pub static WITHOUT_REASON: Rule = Rule {
    code: "NF901",
    name: "suppression-without-reason",
    verdict: None,
    default_severity: Severity::Warning,
    summary: "A suppression comment gives no reason.",
    docs: "## What it does
Reports a `numfact-ignore…` comment with nothing after the directive (and its rule codes).

## Why it matters
A silenced finding is a decision an editor made; without the reason, the next editor cannot
tell a quoted source from a forgotten error.

## Example
`<!-- numfact-ignore-next-line -->` is reported; write
`<!-- numfact-ignore-next-line: quoting the ministry's own figure -->`.",
    aliases: &[],
};

/// `NF902`: a suppression that silences nothing.
pub static UNUSED: Rule = Rule {
    code: "NF902",
    name: "unused-suppression",
    verdict: None,
    default_severity: Severity::Warning,
    summary: "A suppression comment silences nothing.",
    docs: "## What it does
Reports a suppression whose lines hold no finding of severity warning or error (of the rules it
names, when it names some). Notes never fail a check, so they do not count as using it.

## Why it matters
A stale suppression would silently hide the next real error written on its line.

## Example
`<!-- numfact-ignore-next-line: old figure -->` above a line whose number is now correct:
delete the comment.",
    aliases: &[],
};

/// `NF903`: a block that is never closed.
pub static UNCLOSED: Rule = Rule {
    code: "NF903",
    name: "unclosed-suppression",
    verdict: None,
    default_severity: Severity::Warning,
    summary: "A suppression block is never closed.",
    docs: "## What it does
Reports a `numfact-ignore` or `numfact-ignore-start` block in Markdown or HTML with no
`<!-- numfact-ignore-end -->` after it; the block then runs to the end of the document.

## Why it matters
An unclosed block silences everything below it, which is rarely what its writer meant.

## Example
`<!-- numfact-ignore-start: quoted table -->` … (no end): add `<!-- numfact-ignore-end -->`
after the table.",
    aliases: &[],
};

/// `NF904`: an end without an open block.
pub static UNMATCHED_END: Rule = Rule {
    code: "NF904",
    name: "unmatched-suppression-end",
    verdict: None,
    default_severity: Severity::Warning,
    summary: "numfact-ignore-end without an open block.",
    docs: "## What it does
Reports `<!-- numfact-ignore-end -->` where no block is open.

## Why it matters
It usually means the opening comment was deleted or mistyped, so the lines meant to be
silenced are not.

## Example
A lone `<!-- numfact-ignore-end -->`: remove it, or restore the opening comment.",
    aliases: &[],
};

/// `NF905`: a directive numfact does not know.
pub static UNKNOWN_DIRECTIVE: Rule = Rule {
    code: "NF905",
    name: "unknown-suppression",
    verdict: None,
    default_severity: Severity::Warning,
    summary: "A suppression comment numfact does not understand.",
    docs: "## What it does
Reports a comment that starts with `numfact-` but is not one of `numfact-ignore`,
`numfact-ignore-next-line`, `numfact-ignore-start` and `numfact-ignore-end`, or that names a
rule code numfact does not have.

## Why it matters
A mistyped directive silences nothing, although its writer believes it does.

## Example
`<!-- numfact-ignore-file: draft -->` and `<!-- numfact-ignore-next-line NF299: x -->` are
reported.",
    aliases: &[],
};
