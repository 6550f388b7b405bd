//! The driver: what a command line needs around the engine — the project's configuration
//! (`numfact.toml`), walking directories, changed lines from git, writing a report safely,
//! and path helpers. Built with the `cli` feature (on by default); the engine (`text`,
//! `quantity`, `facts`, `check`, `report`) never imports it.

pub mod config;
pub mod diff;
pub mod output;
pub mod paths;
pub mod walk;
