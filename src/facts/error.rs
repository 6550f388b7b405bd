//! Errors in a fact base: each names the file, line and column, and says what is wrong.

use std::fmt;

/// A problem in a fact file, located at the value that causes it.
pub type FactError = crate::text::Issue;

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
