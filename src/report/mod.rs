//! Rendering results for people and programs. Every renderer writes to an [`std::io::Write`];
//! nothing here prints on its own.

pub mod check;
pub mod extract;
pub mod facts;
pub mod github;
pub mod html;
pub mod markdown;
pub mod rdjson;
pub mod sarif;

/// Formats a number for people: no trailing `.0`, no exponent for ordinary magnitudes.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
