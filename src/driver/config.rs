//! Project configuration: `numfact.toml`.
//!
//! A project keeps its settings in a `numfact.toml`, found by walking up from the working
//! directory ([`Config::discover`]) or named explicitly ([`Config::load`]):
//!
//! ```toml
//! facts = ["facts/"]              # fact base paths, relative to this file's directory
//! fail-on = "warning"             # "error" | "warning" | "never"
//! approximation = "10%"           # how far "about X" may stray from X
//! default-tolerance = "0%"        # tolerance of a fact that states none
//! as-of = "2001-06"               # the date of articles that state none
//! include = ["articles/**/*.md"]  # globs, relative to this file's directory
//! exclude = ["articles/drafts"]
//!
//! [severity]                      # per verdict or rule: "error" | "warning" | "note" | "off"
//! imprecise = "error"
//! unverifiable = "off"
//! NF203 = "warning"               # a rule's code (or name) wins over its verdict
//! ```
//!
//! Every key is optional; a missing key keeps numfact's default. Command-line flags win over
//! the file (the caller applies them on top of the [`Config`]). Errors name the file, line and
//! column of the offending key or value and say what is wrong.
//!
//! ```
//! let config = numfact::driver::config::Config::parse("numfact.toml", "fail-on = \"warning\"\n", ".")
//!     .expect("valid");
//! assert_eq!(config.fail_on, numfact::driver::config::FailOn::Warning);
//! ```

use super::paths::{absolute, lies_within, normalise, repository_root, slashed};
use crate::check::rules::Selector;
use crate::check::suppress::Notice;
use crate::check::{Allowances, Finding, Rule, Severity};
use crate::facts::{AsOf, FactBase, LoadError};
use crate::report::Summary;
use crate::text::source::{DEFAULT_READ_LIMIT, InputError, decode, read_limited};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The configuration file's name.
pub const FILE_NAME: &str = "numfact.toml";

/// The file `numfact init` writes: every key, commented out, with its default and what it
/// does. Lines starting with `#` and a space explain; lines starting with `#` and a key are
/// settings to uncomment.
pub const STARTER: &str = r#"# numfact.toml: settings for `numfact check` in this project.
# Found by walking up from the working directory; command-line flags win over it.
# Every setting below is commented out and shows its default: uncomment to change it.

# Fact base files or directories (every .toml file in them), relative to this file.
# Empty: the fact base shipped with numfact. When set, it replaces the shipped one.
#facts = []

# When `numfact check` exits with 1: "error", "warning" (also imprecise claims) or "never".
#fail-on = "error"

# A number is read at the precision it is written with, so rounding never needs a
# tolerance: "123 million" is 122.5-123.5 million, "2.7 m" is 2.65-2.75 m, "15,134 km" is
# exact to the km, and a round number is read to its last non-zero digit, at most 5% either
# way ("2,000 km" is 1,900-2,100 km). The two allowances below widen that further.

# How far "about X" may stray from X, as a percentage from 0% to 100%. "nearly" and
# "almost" stray below X only.
#approximation = "10%"

# The tolerance of a fact that states none, as a percentage from 0% to 100%. 0% is right
# for sourced figures: the claim's own rounding already allows for how it was written.
#default-tolerance = "0%"

# The date of articles that state none (a `date:` in front matter or a dateline at the top
# comes first): "2001", "2001-06" or "2001-06-12". A figure that changes over time is read
# at that date; without one, at its latest. `--as-of` on the command line wins over it.
#as-of = "2001-06-12"

# Files to check, as globs relative to this file ("articles/**/*.md"); empty: every file given.
# A pattern matching a directory selects everything in it.
#include = []

# Files to skip, as globs relative to this file ("drafts", "**/*.draft.md"); wins over include.
#exclude = []

# The severity each verdict is reported at: "error", "warning", "note" or "off" (not reported).
# A rule's code or name (`numfact rules` lists them) also works, and wins over its verdict:
# NF203 = "warning", unused-suppression = "off".
#[severity]
#contradicted = "error"
#inconsistent = "error"
#imprecise = "warning"
#supported = "note"
#unverifiable = "note"
"#;

/// When `numfact check` exits with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    /// Findings of severity error (contradicted or inconsistent claims, by default).
    #[default]
    Error,
    /// Also warnings (imprecise claims, by default).
    Warning,
    /// Never: exit 0 once the check ran.
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run; `None` for [`FailOn::Never`].
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }

    /// Whether a run with this summary fails: it has findings (claims or suppression
    /// notices) at or above the threshold. The same counts head every report, so the exit
    /// code and the headlines agree.
    pub fn fails(self, summary: &Summary) -> bool {
        match self {
            FailOn::Error => summary.errors > 0,
            FailOn::Warning => summary.errors + summary.warnings > 0,
            FailOn::Never => false,
        }
    }

    /// The name used in the file and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Never => "never",
        }
    }
}

/// The severity a verdict is reported at, or `Off` (not reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as a note.
    Note,
    /// Do not report.
    Off,
}

impl Level {
    /// The severity, or `None` for `Off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Note => Some(Severity::Note),
            Level::Off => None,
        }
    }

    /// The name used in the file.
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
            Level::Off => "off",
        }
    }
}

/// A project's settings. [`Config::default`] is what numfact does without a file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from; `None` for the defaults or text parsed directly.
    pub path: Option<PathBuf>,
    /// The directory of the file (absolute): fact paths and globs are relative to it.
    pub dir: PathBuf,
    /// Fact base files or directories, resolved against [`Config::dir`]; empty means the
    /// shipped base.
    pub facts: Vec<PathBuf>,
    /// When the check fails.
    pub fail_on: FailOn,
    /// Approximation allowance and default tolerance, as fractions.
    pub allowances: Allowances,
    /// The date of articles that state none (`as-of`).
    pub as_of: Option<AsOf>,
    /// Severity overrides, by verdict or rule, in the order written (rules not selected keep
    /// their default severity).
    pub severity: Vec<(Selector, Level)>,
    /// Include globs as written.
    pub include: Vec<String>,
    /// Exclude globs as written.
    pub exclude: Vec<String>,
    include_set: GlobSet,
    exclude_set: GlobSet,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            path: None,
            dir: std::env::current_dir().unwrap_or_default(),
            facts: Vec::new(),
            fail_on: FailOn::default(),
            allowances: Allowances::default(),
            as_of: None,
            severity: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            include_set: GlobSet::empty(),
            exclude_set: GlobSet::empty(),
        }
    }
}

/// One problem in a configuration file, located at the key or value that causes it.
pub type ConfigIssue = crate::text::Issue;

/// Why a configuration could not be used (or written).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The path.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file has errors (every one found, each with file:line:column).
    #[error("{}", join_issues(.0))]
    Invalid(Vec<ConfigIssue>),
    /// `numfact init` found a file already there.
    #[error("{}: already exists; not overwriting it", .path.display())]
    Exists {
        /// The existing file.
        path: PathBuf,
    },
    /// The starter file could not be written.
    #[error("{}: cannot write: {source}", .path.display())]
    Unwritable {
        /// The path.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

impl ConfigError {
    /// The located issues, when the file is invalid.
    pub fn issues(&self) -> &[ConfigIssue] {
        match self {
            ConfigError::Invalid(issues) => issues,
            _ => &[],
        }
    }
}

fn join_issues(issues: &[ConfigIssue]) -> String {
    issues
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    facts: Option<Vec<Spanned<String>>>,
    fail_on: Option<Spanned<String>>,
    approximation: Option<Spanned<toml::Value>>,
    default_tolerance: Option<Spanned<toml::Value>>,
    as_of: Option<Spanned<String>>,
    severity: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
}

/// The offset of the first character inside a string value (after its opening quote).
fn inside<T>(value: &Spanned<T>) -> usize {
    value.span().start + 1
}

/// Collects located issues while validating one file.
struct Validation<'a> {
    path: &'a str,
    text: &'a str,
    issues: Vec<ConfigIssue>,
}

impl Validation<'_> {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.issues
            .push(ConfigIssue::at(self.path, self.text, offset, message));
    }

    fn percent(&mut self, key: &str, value: &Spanned<toml::Value>) -> Option<f64> {
        let example = if key == "approximation" { "10%" } else { "5%" };
        match value.get_ref() {
            toml::Value::String(s) => match parse_percent(s) {
                Some(p) if (0.0..=100.0).contains(&p) => Some(p / 100.0),
                Some(_) => {
                    self.error(
                        inside(value),
                        format!("{key} must be from 0% to 100%, not \"{s}\""),
                    );
                    None
                }
                None => {
                    self.error(
                        inside(value),
                        format!(
                            "{key} must be a percentage such as \"{example}\", not \"{}\"",
                            s.escape_debug()
                        ),
                    );
                    None
                }
            },
            other => {
                self.error(
                    value.span().start,
                    format!(
                        "{key} must be a percentage string such as \"{example}\", not the {} {other}",
                        other.type_str()
                    ),
                );
                None
            }
        }
    }

    fn globs(&mut self, key: &str, patterns: &[Spanned<String>]) -> (Vec<String>, GlobSet) {
        let mut builder = GlobSetBuilder::new();
        let mut written = Vec::new();
        for pattern in patterns {
            let text = pattern.get_ref();
            if text.trim().is_empty() {
                self.error(inside(pattern), format!("{key}: empty glob pattern"));
                continue;
            }
            match glob(text) {
                Ok(glob) => {
                    builder.add(glob);
                    written.push(text.clone());
                }
                Err(error) => self.error(
                    inside(pattern),
                    format!("{key}: invalid glob \"{text}\": {}", error.kind()),
                ),
            }
        }
        let set = builder.build().unwrap_or_else(|_| GlobSet::empty());
        (written, set)
    }
}

fn glob(pattern: &str) -> Result<globset::Glob, globset::Error> {
    let pattern = pattern.strip_prefix("./").unwrap_or(pattern);
    let pattern = pattern.strip_suffix('/').unwrap_or(pattern);
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
}

/// Reads `"10%"`, `"2.5 %"` as a number of percent.
fn parse_percent(text: &str) -> Option<f64> {
    let number = text.trim().strip_suffix('%')?.trim_end();
    if number.is_empty()
        || !number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+')
    {
        return None;
    }
    number.parse::<f64>().ok().filter(|p| p.is_finite())
}

fn parse_level(text: &str) -> Option<Level> {
    match text {
        "error" => Some(Level::Error),
        "warning" => Some(Level::Warning),
        "note" => Some(Level::Note),
        "off" => Some(Level::Off),
        _ => None,
    }
}

impl Config {
    /// Parses the text of a configuration file named `path` (used in errors) whose relative
    /// paths are relative to `dir`. Fact paths must exist.
    pub fn parse(path: &str, text: &str, dir: impl AsRef<Path>) -> Result<Config, ConfigError> {
        Config::parse_confined(path, text, dir.as_ref(), None)
    }

    /// [`Config::parse`], with every fact path required to lie inside `boundary` (after
    /// following links) when one is given.
    fn parse_confined(
        path: &str,
        text: &str,
        dir: &Path,
        boundary: Option<&Path>,
    ) -> Result<Config, ConfigError> {
        let dir = absolute(dir);
        // toml skips a byte order mark itself; its spans count it.
        let raw: RawConfig = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(error) => {
                let offset = error.span().map_or(0, |s| s.start);
                let message = error.message().trim().replace('\n', " ");
                return Err(ConfigError::Invalid(vec![ConfigIssue::at(
                    path,
                    text,
                    offset,
                    format!("invalid numfact.toml: {message}"),
                )]));
            }
        };
        let mut v = Validation {
            path,
            text,
            issues: Vec::new(),
        };
        let mut config = Config {
            dir: dir.clone(),
            ..Config::default()
        };
        for fact in raw.facts.iter().flatten() {
            let resolved = normalise(&dir.join(fact.get_ref()));
            if fact.get_ref().trim().is_empty() {
                v.error(inside(fact), "facts: empty path");
            } else if !resolved.exists() {
                v.error(
                    inside(fact),
                    format!(
                        "facts: \"{}\" does not exist (looked for {})",
                        fact.get_ref(),
                        resolved.display()
                    ),
                );
            } else if let Some(boundary) = boundary.filter(|b| !lies_within(&resolved, b)) {
                v.error(
                    inside(fact),
                    format!(
                        "facts: \"{}\" lies outside {}; a configuration found in a project may \
                         name fact files only inside it (name others with --facts, or with \
                         --config FILE outside any repository)",
                        fact.get_ref(),
                        boundary.display()
                    ),
                );
            } else {
                config.facts.push(resolved);
            }
        }
        if let Some(fail_on) = &raw.fail_on {
            match fail_on.get_ref().as_str() {
                "error" => config.fail_on = FailOn::Error,
                "warning" => config.fail_on = FailOn::Warning,
                "never" => config.fail_on = FailOn::Never,
                other => v.error(
                    inside(fail_on),
                    format!(
                        "fail-on must be \"error\", \"warning\" or \"never\", not \"{}\"",
                        other.escape_debug()
                    ),
                ),
            }
        }
        if let Some(fraction) = raw
            .approximation
            .as_ref()
            .and_then(|value| v.percent("approximation", value))
        {
            config.allowances.approximation = fraction;
        }
        if let Some(fraction) = raw
            .default_tolerance
            .as_ref()
            .and_then(|value| v.percent("default-tolerance", value))
        {
            config.allowances.default_tolerance = fraction;
        }
        if let Some(as_of) = &raw.as_of {
            match AsOf::parse(as_of.get_ref()) {
                Ok(date) => config.as_of = Some(date),
                Err(why) => v.error(
                    inside(as_of),
                    format!(
                        "as-of must be a date like \"2001\", \"2001-06\" or \"2001-06-12\": {why}"
                    ),
                ),
            }
        }
        for (key, level) in raw.severity.iter().flatten() {
            let Some(selector) = Selector::parse(key.get_ref()) else {
                v.error(
                    key.span().start,
                    format!(
                        "severity: \"{}\" is neither a verdict (supported, contradicted, \
                         inconsistent, imprecise, unverifiable) nor a rule (`numfact rules` \
                         lists their codes and names)",
                        key.get_ref().escape_debug()
                    ),
                );
                continue;
            };
            if config
                .severity
                .iter()
                .any(|(earlier, _)| *earlier == selector)
            {
                v.error(
                    key.span().start,
                    format!(
                        "severity: \"{}\" names a verdict or rule that another key already names",
                        key.get_ref().escape_debug()
                    ),
                );
                continue;
            }
            match parse_level(level.get_ref()) {
                Some(parsed) => config.severity.push((selector, parsed)),
                None => v.error(
                    inside(level),
                    format!(
                        "severity.{}: must be \"error\", \"warning\", \"note\" or \"off\", not \"{}\"",
                        key.get_ref(),
                        level.get_ref().escape_debug()
                    ),
                ),
            }
        }
        (config.include, config.include_set) =
            v.globs("include", raw.include.as_deref().unwrap_or_default());
        (config.exclude, config.exclude_set) =
            v.globs("exclude", raw.exclude.as_deref().unwrap_or_default());
        if v.issues.is_empty() {
            Ok(config)
        } else {
            Err(ConfigError::Invalid(v.issues))
        }
    }

    /// Loads the configuration file at `path`; its relative paths are relative to its
    /// directory. Its fact paths must lie inside the git repository that holds the file, or
    /// inside the file's directory when no repository does, and so must the file itself when
    /// it is a link: a configuration that came with the project (a pull request's) cannot make
    /// numfact read files elsewhere.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let dir = absolute(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let boundary = repository_root(&dir).unwrap_or_else(|| dir.clone());
        if !lies_within(path, &boundary) {
            return Err(ConfigError::Invalid(vec![ConfigIssue {
                path: path.display().to_string(),
                line: 1,
                column: 1,
                message: format!(
                    "is a link to a file outside {}; numfact does not read it (name a file \
                     with --config)",
                    boundary.display()
                ),
            }]));
        }
        Config::load_within(path, Some(&boundary))
    }

    /// Loads a configuration file the user named (`--config`): as [`Config::load`], but a
    /// file that lies in no git repository may name fact files anywhere.
    pub fn load_chosen(path: &Path) -> Result<Config, ConfigError> {
        let dir = absolute(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Config::load_within(path, repository_root(&dir).as_deref())
    }

    fn load_within(path: &Path, boundary: Option<&Path>) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let bytes = read_limited(path, DEFAULT_READ_LIMIT).map_err(|error| match error {
            InputError::Unreadable { source, .. } => ConfigError::Unreadable {
                path: name.clone(),
                source,
            },
            other => ConfigError::Unreadable {
                path: name.clone(),
                source: std::io::Error::other(other.to_string()),
            },
        })?;
        let text = decode(name.clone(), bytes).map_err(|error| match error {
            InputError::NotUtf8 {
                line,
                column,
                offset,
                byte,
                ..
            } => ConfigError::Invalid(vec![ConfigIssue {
                path: name.clone(),
                line,
                column,
                message: format!(
                    "not UTF-8 text (invalid byte 0x{byte:02X} at byte offset {offset})"
                ),
            }]),
            other => ConfigError::Unreadable {
                path: name.clone(),
                source: std::io::Error::other(other.to_string()),
            },
        })?;
        let dir = absolute(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut config = Config::parse_confined(&name, &text.text, &dir, boundary)?;
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    /// Finds `numfact.toml` in `start` or the nearest directory above it and loads it (see
    /// [`Config::load`]); `Ok(None)` when there is none. The search stops at the top of the
    /// git repository that holds `start` (the directory with `.git`) and at the user's home
    /// directory, so a file in a directory above the project is never picked up.
    pub fn discover(start: &Path) -> Result<Option<(PathBuf, Config)>, ConfigError> {
        let start = absolute(start);
        let home = std::env::var_os("HOME").map(|h| normalise(&absolute(Path::new(&h))));
        for dir in start.ancestors() {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                let config = Config::load(&candidate)?;
                return Ok(Some((candidate, config)));
            }
            let at_home = home.as_deref().is_some_and(|h| normalise(dir) == h);
            if dir.join(".git").exists() || at_home {
                break;
            }
        }
        Ok(None)
    }

    /// The fact base the file names, or `None` when it names none (use the shipped base).
    /// Directories contribute every `.toml` file in them (recursively, in name order, except
    /// a `numfact.toml`).
    pub fn load_facts(&self) -> Option<Result<FactBase, LoadError>> {
        if self.facts.is_empty() {
            None
        } else {
            Some(FactBase::load_paths(&self.facts))
        }
    }

    /// The severity findings of `rule` are reported at under this configuration; `None`
    /// when off. A selector naming the rule wins over one naming its verdict (a rule can be
    /// named only once).
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        let chosen = self
            .severity
            .iter()
            .filter(|(selector, _)| selector.selects(rule))
            .max_by_key(|(selector, _)| selector.specificity());
        match chosen {
            Some((_, level)) => level.severity(),
            None => Some(rule.default_severity),
        }
    }

    /// Applies the severity overrides: sets each finding's severity, and drops the findings
    /// of rules that are `"off"`.
    pub fn apply_severity(&self, findings: Vec<Finding>) -> Vec<Finding> {
        self.apply(findings, |f| f.rule, |f, severity| f.severity = severity)
    }

    /// [`Config::apply_severity`] for suppression notices.
    pub fn apply_severity_to_notices(&self, notices: Vec<Notice>) -> Vec<Notice> {
        self.apply(notices, |n| n.rule, |n, severity| n.severity = severity)
    }

    /// Keeps the items whose rule is not off, with the severity configured for their rule.
    fn apply<T>(
        &self,
        mut items: Vec<T>,
        rule: impl Fn(&T) -> &'static Rule,
        set: impl Fn(&mut T, Severity),
    ) -> Vec<T> {
        // In place: an item is moved only when one before it was dropped.
        items.retain_mut(|item| match self.severity_of(rule(item)) {
            Some(severity) => {
                set(item, severity);
                true
            }
            None => false,
        });
        items
    }

    /// Whether the file at `path` (relative to the working directory, or absolute) is to be
    /// checked: it matches an include glob (or there are none) and no exclude glob. A glob
    /// matching one of its directories counts as matching it. Do not ask about `-` (stdin).
    pub fn selects(&self, path: &Path) -> bool {
        let relative = self.relative(path);
        (self.include.is_empty() || matches_self_or_ancestor(&self.include_set, &relative))
            && !matches_self_or_ancestor(&self.exclude_set, &relative)
    }

    /// Whether `path` (a file or a directory) is excluded: use it to prune a directory walk
    /// (include globs apply to files only, see [`Config::selects`]).
    pub fn excludes(&self, path: &Path) -> bool {
        matches_self_or_ancestor(&self.exclude_set, &self.relative(path))
    }

    /// `path` relative to [`Config::dir`] with forward slashes, or the absolute path when it
    /// lies outside.
    fn relative(&self, path: &Path) -> String {
        let full = normalise(&absolute(path));
        let dir = normalise(&self.dir);
        if let Ok(rest) = full.strip_prefix(&dir) {
            return slashed(rest);
        }
        // Symbolic links: compare the real paths when both exist.
        if let (Ok(full), Ok(dir)) = (full.canonicalize(), dir.canonicalize()) {
            if let Ok(rest) = full.strip_prefix(&dir) {
                return slashed(rest);
            }
        }
        slashed(&full)
    }
}

/// Writes [`STARTER`] to `dir/numfact.toml`, refusing to overwrite an existing file; returns
/// the path written.
pub fn write_starter(dir: &Path) -> Result<PathBuf, ConfigError> {
    write_new(dir.join(FILE_NAME), STARTER)
}

/// Writes the starter fact file ([`crate::facts::STARTER`]) as `facts.toml` in `dir`, never
/// over an existing file; returns its path.
pub fn write_starter_facts(dir: &Path) -> Result<PathBuf, ConfigError> {
    write_new(dir.join("facts.toml"), crate::facts::STARTER)
}

/// Writes `contents` to a new file at `path`; an existing file is an error.
fn write_new(path: PathBuf, contents: &str) -> Result<PathBuf, ConfigError> {
    use std::io::Write;
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(ConfigError::Exists { path });
        }
        Err(source) => return Err(ConfigError::Unwritable { path, source }),
    };
    file.write_all(contents.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|source| ConfigError::Unwritable {
            path: path.clone(),
            source,
        })?;
    Ok(path)
}

fn matches_self_or_ancestor(set: &GlobSet, relative: &str) -> bool {
    if set.is_empty() {
        return false;
    }
    let mut candidate = relative;
    loop {
        if !candidate.is_empty() && set.is_match(candidate) {
            return true;
        }
        match candidate.rfind('/') {
            Some(0) | None => return false,
            Some(slash) => candidate = &candidate[..slash],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages() {
        assert_eq!(parse_percent("10%"), Some(10.0));
        assert_eq!(parse_percent(" 2.5 % "), Some(2.5));
        assert_eq!(parse_percent("10"), None);
        assert_eq!(parse_percent("%"), None);
        assert_eq!(parse_percent("inf%"), None);
    }

    #[test]
    fn slashes_and_normalisation() {
        assert_eq!(
            slashed(&normalise(Path::new("/a/./b/../c/d.md"))),
            "/a/c/d.md"
        );
        assert_eq!(slashed(Path::new("a/b")), "a/b");
    }
}
