//! A problem located in a file: what fact files and configuration files report.

use super::Locator;
use std::fmt;

/// A problem in a file, located at the key or value that causes it; shown as
/// `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The file's path.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl Issue {
    /// A problem at byte `offset` of the file `path` whose text is `source`.
    pub fn at(path: &str, source: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = Locator::new(source).locate(offset);
        Issue {
            path: path.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}
