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
