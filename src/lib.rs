//! numfact reads articles and checks every number in them.
//!
//! The library is the whole engine; the `numfact` binary is a thin command-line front and the
//! only place that prints.
//!
//! - [`quantity`] finds every quantity of a text — numerals, ranges, qualifiers, units — with
//!   exact byte spans, and normalises it to SI through uom.
//! - [`facts`] loads and validates a reference fact base (TOML), or the one shipped inside the
//!   binary.
//! - [`check`] links each quantity to an entity and attribute and judges it against the fact
//!   base and against the article's other statements.
//! - [`report`] renders results for people and programs.
//! - [`text`] turns files into positioned prose.
//! - `driver` (with the default `cli` feature) is what a command line adds around the
//!   engine: `numfact.toml`, directory walking, changed lines from git, safe report writing.
//!
//! The modules form one line of layers, each importing only the ones before it:
//! `text` ← `quantity` ← `facts` ← `check` ← `report` ← `driver` (a test keeps it so).
//!
//! ```
//! use numfact::check::{Checker, Verdict};
//! use numfact::facts::FactBase;
//!
//! let found = numfact::quantity::extract("It has a range of 1,500 to 2,000 km.");
//! assert_eq!(found[0].si.low, 1_500_000.0);
//!
//! let base = FactBase::shipped().expect("the shipped base is valid");
//! let findings = Checker::new(&base).check("brief.txt", "The Kinzhal has a range of 4,000 km.");
//! assert_eq!(findings[0].verdict, Verdict::Contradicted);
//! ```

#![warn(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
#[cfg(feature = "cli")]
pub mod driver;
pub mod facts;
pub mod quantity;
pub mod report;
pub mod text;
