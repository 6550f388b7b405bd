//! Errors in a fact base: each names the file, line and column, and says what is wrong.

use crate::text::Locator;
use std::fmt;

/// A problem in a fact file, located at the value that causes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactError {
    /// The fact file's path.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl FactError {
    /// An error at byte `offset` of the fact file `path` whose text is `source`.
    pub fn at(path: &str, source: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = Locator::new(source).locate(offset);
        FactError {
            path: path.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for FactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// Every error found while loading a fact base (loading goes on past the first, so one run
/// shows them all).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FactErrors(pub Vec<FactError>);

impl fmt::Display for FactErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}
