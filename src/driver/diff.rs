//! Changed lines: which lines of which files an edit added or changed, read from a unified
//! diff or from git, and the findings that concern them.
//!
//! numfact checks whole documents (an edit can contradict an untouched paragraph) and then
//! keeps only the findings on changed lines ([`filter`]). A finding on an untouched line that
//! is inconsistent with an edited one is moved to the edited line, with the untouched line as
//! its related place.
//!
//! ```
//! let diff = "\
//! --- a/articles/a.md
//! +++ b/articles/a.md
//! @@ -3 +3 @@
//! -The range is 2,000 km.
//! +The range is 4,000 km.
//! ";
//! let changed = numfact::driver::diff::parse_unified(diff);
//! assert!(changed.contains("articles/a.md", 3));
//! assert!(changed.contains("./articles/a.md", 3));
//! assert!(!changed.contains("articles/a.md", 4));
//! ```

use super::paths::{absolute, normalise, slashed};
use crate::check::{Finding, MessageParts, Related, Verdict};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The lines added or changed per file (1-based line numbers in the new version), keyed by
/// repository-relative paths with forward slashes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangedLines {
    files: BTreeMap<String, BTreeSet<usize>>,
    whole: BTreeSet<String>,
    anchor: Option<Anchor>,
}

/// Where the paths asked about are resolved: the repository root, and the directory
/// relative paths are relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Anchor {
    root: PathBuf,
    canonical_root: PathBuf,
    base: PathBuf,
}

impl ChangedLines {
    /// No changes.
    pub fn new() -> Self {
        ChangedLines::default()
    }

    /// Records `line` of `path` (repository-relative) as added or changed.
    pub fn insert(&mut self, path: &str, line: usize) {
        self.files
            .entry(slashed(&normalise(Path::new(path))))
            .or_default()
            .insert(line);
    }

    /// Records every line of `path` (repository-relative) as new: a file git does not track
    /// yet.
    pub fn insert_file(&mut self, path: &str) {
        self.whole.insert(slashed(&normalise(Path::new(path))));
    }

    /// Resolves the paths later asked about against the repository at `root`: absolute paths
    /// are made relative to it, and relative paths are taken relative to `base` (the working
    /// directory the paths were given in). Without an anchor, paths are compared as written
    /// (after removing `./` and resolving `..`).
    pub fn anchored(mut self, root: &Path, base: &Path) -> Self {
        let root = normalise(&absolute(root));
        let canonical_root = root.canonicalize().unwrap_or_else(|_| root.clone());
        let base = normalise(&absolute(base));
        self.anchor = Some(Anchor {
            root,
            canonical_root,
            base,
        });
        self
    }

    /// The repository root the paths are resolved against, when anchored.
    pub fn root(&self) -> Option<&Path> {
        self.anchor.as_ref().map(|a| a.root.as_path())
    }

    /// `path` as given on the command line (relative, `./relative` or absolute) in the form
    /// the changes are keyed by: repository-relative, with forward slashes.
    pub fn repo_relative(&self, path: &str) -> String {
        let given = Path::new(path);
        let Some(anchor) = &self.anchor else {
            return slashed(&normalise(given));
        };
        let full = normalise(&if given.is_absolute() {
            given.to_path_buf()
        } else {
            anchor.base.join(given)
        });
        if let Ok(rest) = full.strip_prefix(&anchor.root) {
            return slashed(rest);
        }
        if let Ok(rest) = full.strip_prefix(&anchor.canonical_root) {
            return slashed(rest);
        }
        // Symbolic links on the way (a temporary directory, a linked checkout).
        if let Ok(real) = full.canonicalize() {
            if let Ok(rest) = real.strip_prefix(&anchor.canonical_root) {
                return slashed(rest);
            }
        }
        slashed(&full)
    }

    /// Whether `line` (1-based) of `path` was added or changed; `path` as on the command line.
    pub fn contains(&self, path: &str, line: usize) -> bool {
        let key = self.repo_relative(path);
        self.whole.contains(&key) || self.files.get(&key).is_some_and(|l| l.contains(&line))
    }

    /// The changed lines of `path` (`None` when none, or when the whole file is new).
    pub fn lines(&self, path: &str) -> Option<&BTreeSet<usize>> {
        self.files.get(&self.repo_relative(path))
    }

    /// Whether every line of `path` counts as new (a file git does not track).
    pub fn is_whole_file(&self, path: &str) -> bool {
        self.whole.contains(&self.repo_relative(path))
    }

    /// The repository-relative paths with changes, in order.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        let mut all: BTreeSet<&str> = self.files.keys().map(String::as_str).collect();
        all.extend(self.whole.iter().map(String::as_str));
        all.into_iter()
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.whole.is_empty() && self.files.values().all(BTreeSet::is_empty)
    }
}

/// Why the changes could not be read from git.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// `git` could not be started (not installed, not on `PATH`).
    #[error("cannot run git: {source}")]
    GitUnavailable {
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The directory is not inside a git work tree.
    #[error("{}: not inside a git repository: {stderr}", .dir.display())]
    NotARepository {
        /// The directory.
        dir: PathBuf,
        /// What git said.
        stderr: String,
    },
    /// The revision is unknown, or its merge base with HEAD cannot be found.
    #[error("revision `{rev}`: cannot find its merge base with HEAD: {stderr}")]
    Revision {
        /// The revision as given.
        rev: String,
        /// What git said.
        stderr: String,
    },
    /// The revision and HEAD share no history.
    #[error("revision `{rev}`: it has no common ancestor with HEAD")]
    NoMergeBase {
        /// The revision as given.
        rev: String,
    },
    /// Another git command failed.
    #[error("revision `{rev}`: `git {command}` failed: {stderr}")]
    Git {
        /// The revision as given.
        rev: String,
        /// The command line after `git`.
        command: String,
        /// What git said.
        stderr: String,
    },
}

/// Reads a unified diff (`git diff`, `diff -u`): for each file, the lines of its new version
/// that `+` lines add. Context lines advance the line count, `-` lines do not; `+++ /dev/null`
/// (a deleted file) and `\ No newline at end of file` add nothing; CRLF line ends are
/// accepted. The new path of a `+++ b/path` header is used (so a renamed file is known by its
/// new name), with one leading `b/` removed; C-quoted paths (`"b/caf\303\251.md"`) are
/// unquoted. The result is not anchored (see [`ChangedLines::anchored`] and
/// [`parse_unified_in`]).
pub fn parse_unified(diff_text: &str) -> ChangedLines {
    let mut changed = ChangedLines::new();
    let mut file: Option<String> = None;
    let mut new_line = 0usize;
    let mut old_left = 0usize;
    let mut new_left = 0usize;
    for raw in diff_text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if old_left > 0 || new_left > 0 {
            match line.as_bytes().first() {
                Some(b'+') => {
                    if let Some(file) = &file {
                        changed.insert(file, new_line);
                    }
                    new_line = new_line.saturating_add(1);
                    new_left = new_left.saturating_sub(1);
                    continue;
                }
                Some(b'-') => {
                    old_left = old_left.saturating_sub(1);
                    continue;
                }
                // A context line; some tools strip the space of an empty one.
                Some(b' ') | None => {
                    new_line = new_line.saturating_add(1);
                    old_left = old_left.saturating_sub(1);
                    new_left = new_left.saturating_sub(1);
                    continue;
                }
                Some(b'\\') => continue,
                // The hunk was shorter than its header said: read the line as a header.
                _ => {
                    old_left = 0;
                    new_left = 0;
                }
            }
        }
        if let Some(rest) = line.strip_prefix("+++ ") {
            file = header_path(rest);
        } else if line.starts_with("diff ") {
            file = None;
        } else if let Some(rest) = line.strip_prefix("@@ ") {
            if let Some((old_count, start, new_count)) = hunk_header(rest) {
                new_line = start;
                old_left = old_count;
                new_left = new_count;
            }
        }
    }
    changed
}

/// [`parse_unified`], anchored at the git repository containing `dir` (relative paths are
/// taken relative to `dir`); when `dir` is not in a repository (or git is missing), anchored
/// at `dir` itself. For `--diff -`, pass the working directory.
pub fn parse_unified_in(diff_text: &str, dir: &Path) -> ChangedLines {
    let root = repo_root(dir).unwrap_or_else(|_| dir.to_path_buf());
    parse_unified(diff_text).anchored(&root, dir)
}

/// The top directory of the git work tree containing `dir`.
pub fn repo_root(dir: &Path) -> Result<PathBuf, DiffError> {
    let output = git_command(dir, &[])
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .map_err(|source| DiffError::GitUnavailable { source })?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let top = stdout.trim_end_matches(['\n', '\r']);
    if !output.status.success() || top.is_empty() {
        return Err(DiffError::NotARepository {
            dir: dir.to_path_buf(),
            stderr: stderr_text(&output.stderr),
        });
    }
    Ok(PathBuf::from(top))
}

/// The lines added or changed since revision `rev`, in the repository containing `repo_dir`.
///
/// The comparison is from the merge base of `rev` and `HEAD` (`git merge-base REV HEAD`, the
/// same base as `REV...HEAD`) to the **working tree**, so staged and unstaged edits count as
/// changes too, not only commits; files git does not track yet (and does not ignore) count as
/// wholly new. Runs `git diff --unified=0 --no-color --no-ext-diff --no-textconv <base>` from
/// the repository's top directory, without a shell, and without running any command the
/// repository's configuration names (fsmonitor, filters, pager, external diff). The result is anchored at the
/// repository root, with relative paths taken relative to `repo_dir` (pass the working
/// directory the file paths were given in).
pub fn changed_since(rev: &str, repo_dir: &Path) -> Result<ChangedLines, DiffError> {
    let root = repo_root(repo_dir)?;
    if rev.is_empty() || rev.starts_with('-') {
        return Err(DiffError::Revision {
            rev: rev.to_string(),
            stderr: "not a revision name".to_string(),
        });
    }
    let merge_base = git(&root, &["merge-base", rev, "HEAD"]).map_err(|e| match e {
        GitFailure::Spawn(source) => DiffError::GitUnavailable { source },
        GitFailure::Status { code, stderr } => {
            if code == Some(1) && stderr.is_empty() {
                DiffError::NoMergeBase {
                    rev: rev.to_string(),
                }
            } else {
                DiffError::Revision {
                    rev: rev.to_string(),
                    stderr,
                }
            }
        }
    })?;
    let merge_base = merge_base.trim();
    let other = |command: &[&str]| {
        let command = command.join(" ");
        move |e| match e {
            GitFailure::Spawn(source) => DiffError::GitUnavailable { source },
            GitFailure::Status { stderr, .. } => DiffError::Git {
                rev: rev.to_string(),
                command,
                stderr,
            },
        }
    };
    let diff_args = [
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        merge_base,
        "--",
    ];
    let diff = git(&root, &diff_args).map_err(other(&diff_args))?;
    let mut changed = parse_unified(&diff);
    let untracked_args = ["ls-files", "-z", "--others", "--exclude-standard"];
    let untracked = git(&root, &untracked_args).map_err(other(&untracked_args))?;
    for path in untracked.split('\0').filter(|p| !p.is_empty()) {
        changed.insert_file(path);
    }
    Ok(changed.anchored(&root, repo_dir))
}

enum GitFailure {
    Spawn(std::io::Error),
    Status { code: Option<i32>, stderr: String },
}

/// A `git` command in `dir` that runs nothing the repository's configuration names: the
/// system configuration is not read (`GIT_CONFIG_NOSYSTEM`), `core.fsmonitor` is off, there
/// is no pager and no external diff, and every filter driver named in `filters` has its
/// `clean`, `smudge` and `process` commands emptied (a filter with an empty command does not
/// run). The repository is the pull request's, and its `.git/config` may be too.
fn git_command(dir: &Path, filters: &[String]) -> Command {
    let mut command = Command::new("git");
    command
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_ATTR_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        // A partial clone would fetch a missing object, running `core.sshCommand` or a
        // remote's `uploadpack`: no fetching, no transport at all.
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_ALLOW_PROTOCOL", "none")
        .env_remove("GIT_EXTERNAL_DIFF")
        .env_remove("GIT_PAGER")
        .arg("--no-pager")
        .args(["-c", "core.fsmonitor=false"])
        .args(["-c", "core.pager=cat"])
        .args(["-c", "diff.external="])
        .args(["-c", "core.hooksPath=/dev/null"]);
    for name in filters {
        for key in ["clean", "smudge", "process"] {
            command.arg("-c").arg(format!("filter.{name}.{key}="));
        }
        command
            .arg("-c")
            .arg(format!("filter.{name}.required=false"));
    }
    command.arg("-C").arg(dir);
    command.stdin(std::process::Stdio::null());
    command
}

/// The names of the filter drivers the repository's configuration defines (`filter.NAME.*`).
/// Reading the configuration runs nothing.
fn filter_drivers(dir: &Path) -> Vec<String> {
    let Ok(output) = git_command(dir, &[])
        .args(["config", "--name-only", "--get-regexp", r"^filter\."])
        .output()
    else {
        return Vec::new();
    };
    let mut names: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|key| {
            let rest = key.strip_prefix("filter.")?;
            let (name, _) = rest.rsplit_once('.')?;
            Some(name.to_string())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Runs `git args...` in `dir` (see [`git_command`]); its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<String, GitFailure> {
    let output = git_command(dir, &filter_drivers(dir))
        .args(args)
        .output()
        .map_err(GitFailure::Spawn)?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(GitFailure::Status {
            code: output.status.code(),
            stderr: stderr_text(&output.stderr),
        })
    }
}

fn stderr_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim()
        .lines()
        .collect::<Vec<_>>()
        .join("; ")
}

/// The path of a `+++ ` header line, or `None` for `/dev/null`.
fn header_path(rest: &str) -> Option<String> {
    let path = if rest.starts_with('"') {
        unquote(rest)?
    } else {
        // A tab ends the name: a timestamp follows (diff -u), or git marks a name with spaces.
        rest.split('\t').next().unwrap_or(rest).to_string()
    };
    if path == "/dev/null" || path.is_empty() {
        return None;
    }
    let path = path.strip_prefix("b/").unwrap_or(&path);
    Some(slashed(&normalise(Path::new(path))))
}

/// Reads a C-style quoted name as git writes it: `"a\tb\303\251"`.
fn unquote(quoted: &str) -> Option<String> {
    let mut bytes = Vec::new();
    let mut chars = quoted.strip_prefix('"')?.bytes();
    loop {
        match chars.next()? {
            b'"' => break,
            b'\\' => {
                let escaped = chars.next()?;
                let byte = match escaped {
                    b'n' => b'\n',
                    b't' => b'\t',
                    b'r' => b'\r',
                    b'a' => 0x07,
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'v' => 0x0b,
                    b'0'..=b'7' => {
                        let mut value = u32::from(escaped - b'0');
                        for _ in 0..2 {
                            let digit = chars.next()?;
                            if !(b'0'..=b'7').contains(&digit) {
                                return None;
                            }
                            value = value * 8 + u32::from(digit - b'0');
                        }
                        u8::try_from(value).ok()?
                    }
                    other => other,
                };
                bytes.push(byte);
            }
            byte => bytes.push(byte),
        }
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads `-a[,b] +c[,d] @@`: (old count, new start, new count).
fn hunk_header(rest: &str) -> Option<(usize, usize, usize)> {
    let mut parts = rest.split_whitespace();
    let old = parts.next()?.strip_prefix('-')?;
    let new = parts.next()?.strip_prefix('+')?;
    if parts.next() != Some("@@") {
        return None;
    }
    let range = |text: &str| -> Option<(usize, usize)> {
        match text.split_once(',') {
            Some((start, count)) => Some((start.parse().ok()?, count.parse().ok()?)),
            None => Some((text.parse().ok()?, 1)),
        }
    };
    let (_, old_count) = range(old)?;
    let (new_start, new_count) = range(new)?;
    Some((old_count, new_start, new_count))
}

/// Keeps the findings on changed lines, in file order then by line and column.
///
/// An **inconsistent** finding on an untouched line whose related place is on a changed line
/// (the edit made the article disagree with a line it did not touch) is reported on the
/// edited place instead: its `line` and `column` become the edited place's, and the
/// untouched place takes that one's spot in `related`; the message says which line the edit
/// made inconsistent. `start`, `end`, `text` and `claim` stay those of the untouched claim
/// (a related place carries no byte offsets). When the edited place already has a finding at
/// least as severe, the two are merged: the untouched place is added to its `related` and its
/// message says so. Other findings on untouched lines (contradicted, imprecise, ...) were not
/// caused by the edit and are dropped.
pub fn filter(findings: Vec<Finding>, changed: &ChangedLines) -> Vec<Finding> {
    let mut rank: HashMap<String, usize> = HashMap::new();
    for finding in &findings {
        let next = rank.len();
        rank.entry(finding.path.clone()).or_insert(next);
    }
    let mut kept = Vec::new();
    let mut moved = Vec::new();
    for finding in findings {
        if changed.contains(&finding.path, finding.line) {
            kept.push(finding);
        } else if finding.verdict == Verdict::Inconsistent {
            if let Some(edited) = finding
                .related
                .iter()
                .position(|r| changed.contains(&r.path, r.line))
            {
                moved.push(move_to_edit(finding, edited));
            }
        }
    }
    for (finding, untouched, original) in moved {
        let same_place = kept.iter_mut().find(|k: &&mut Finding| {
            k.path == finding.path
                && k.line == finding.line
                && k.column == finding.column
                && k.severity >= finding.severity
        });
        match same_place {
            Some(existing) => {
                if !existing.related.contains(&untouched) {
                    existing.related.push(untouched.clone());
                }
                let mut parts = existing.parts.clone();
                let also = format!(
                    "it makes line {}, not edited, inconsistent: {original}",
                    untouched.line
                );
                parts.addendum = Some(match parts.addendum.take() {
                    Some(earlier) => format!("{earlier}; and {also}"),
                    None => also,
                });
                existing.reword(parts);
            }
            None => kept.push(finding),
        }
    }
    kept.sort_by_key(|f| {
        (
            rank.get(&f.path).copied().unwrap_or(usize::MAX),
            f.line,
            f.column,
        )
    });
    kept
}

/// Moves a finding to its related place `edited`; returns it, the untouched place, and its
/// message worded from the untouched line's point of view.
fn move_to_edit(mut finding: Finding, edited: usize) -> (Finding, Related, String) {
    let untouched = Related {
        path: finding.path.clone(),
        line: finding.line,
        column: finding.column,
    };
    let place = std::mem::replace(&mut finding.related[edited], untouched.clone());
    let original = match &finding.parts.restatement {
        Some(restatement) => restatement.sentence(Some(untouched.line)),
        None => finding.message(),
    };
    finding.reword(MessageParts::summary(format!(
        "this edit makes line {}, not edited, inconsistent: {original}",
        untouched.line
    )));
    finding.path = place.path;
    finding.line = place.line;
    finding.column = place.column;
    (finding, untouched, original)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunk_headers() {
        assert_eq!(hunk_header("-1,2 +3,4 @@"), Some((2, 3, 4)));
        assert_eq!(hunk_header("-1 +3 @@ fn main()"), Some((1, 3, 1)));
        assert_eq!(hunk_header("-0,0 +1,5 @@"), Some((0, 1, 5)));
        assert_eq!(hunk_header("-1 +3"), None);
    }

    #[test]
    fn quoted_paths() {
        assert_eq!(
            unquote(r#""b/caf\303\251 \"x\".md""#).as_deref(),
            Some("b/café \"x\".md")
        );
        assert_eq!(header_path("\"b/a\\tb.md\"").as_deref(), Some("a\tb.md"));
        assert_eq!(header_path("b/a b.md\t").as_deref(), Some("a b.md"));
        assert_eq!(header_path("/dev/null"), None);
    }
}
