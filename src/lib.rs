//! numfact reads articles and checks every number in them.
//!
//! The library is the whole engine; the `numfact` binary is a thin command-line front.
//! [`quantity::extract`] finds the quantities of a text with exact spans and SI values.

pub mod check;
pub mod facts;
pub mod input;
pub mod quantity;
pub mod report;
pub mod text;
