//! Documented disagreements: cases where a peer suite is wrong by numfact's rules.
//!
//! They live in `tests/conformance/disagreements.md`, one row of a Markdown table each:
//!
//! ```text
//! | suite | case | token | rule |
//! |---|---|---|---|
//! | rt-dimension | 0123456789ab | `2 pm` | a clock time, not 2 picometres |
//! ```
//!
//! `case` is the input's identifier ([`crate::suites::case_id`]), never the sentence itself;
//! `token` is the small piece of text the disagreement is about (`*` for the whole input). Every
//! place the token occurs in the input (ASCII case-insensitively) is a region where the suite's
//! verdict does not count: expected results and found quantities overlapping it are left out of
//! the score.

use std::ops::Range;
use std::path::Path;

/// One documented disagreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// The suite identifier (`rt-dimension`).
    pub suite: String,
    /// The case identifier (12 hex digits).
    pub case: String,
    /// The token the disagreement is about, or `*`.
    pub token: String,
    /// Why numfact differs: the rule, in a few words.
    pub rule: String,
    /// The line of the file, for messages.
    pub line: usize,
}

impl Disagreement {
    /// The regions of `input` the token marks, in UTF-16 code units: every occurrence, compared
    /// ASCII case-insensitively (which keeps byte offsets), or the whole input for `*`.
    pub fn regions(&self, input: &str) -> Vec<Range<usize>> {
        let utf16 = |bytes: usize| {
            input
                .get(..bytes)
                .map(crate::suites::utf16_len)
                .unwrap_or_default()
        };
        if self.token == "*" {
            let whole = 0..crate::suites::utf16_len(input);
            return vec![whole];
        }
        let haystack = input.to_ascii_lowercase();
        let needle = self.token.to_ascii_lowercase();
        haystack
            .match_indices(&needle)
            .map(|(at, found)| utf16(at)..utf16(at + found.len()))
            .collect()
    }
}

/// Reads the disagreement table; a missing file is an empty list.
pub fn load(path: &Path) -> Result<Vec<Disagreement>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses the rows of every Markdown table in `text` whose header starts with `suite`.
pub fn parse(text: &str) -> Result<Vec<Disagreement>, String> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let cells: Vec<&str> = line
            .trim_matches('|')
            .split('|')
            .map(|cell| cell.trim())
            .collect();
        if cells.first() == Some(&"suite") {
            in_table = true;
            continue;
        }
        if !in_table
            || cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        {
            continue;
        }
        let [suite, case, token, rule] = cells[..] else {
            return Err(format!(
                "line {}: expected 4 cells (suite, case, token, rule)",
                n + 1
            ));
        };
        let token = token.trim_matches('`');
        if token.is_empty() {
            return Err(format!(
                "line {}: empty token (use `*` for the whole input)",
                n + 1
            ));
        }
        rows.push(Disagreement {
            suite: suite.trim_matches('`').to_string(),
            case: case.trim_matches('`').to_string(),
            token: token.to_string(),
            rule: rule.to_string(),
            line: n + 1,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_of_the_table() {
        let text = "# x\n\n| suite | case | token | rule |\n|---|---|---|---|\n\
                    | rt-dimension | `0123456789ab` | `2 pm` | a clock time |\n\ntext\n";
        let rows = parse(text).expect("parses");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].token, "2 pm");
        assert_eq!(rows[0].case, "0123456789ab");
        assert_eq!(rows[0].regions("At 2 PM, 2 pm."), vec![3..7, 9..13]);
    }
}
