//! Walking the paths of a command line: files as given, directories recursively (honouring
//! `.gitignore`), `-` for standard input, filtered by include and exclude globs.

use super::paths::relative_to_working_directory;
use crate::text::source::InputError;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

/// The extensions (any case) of the files a directory walk picks up.
pub const WALK_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// Include and exclude globs for [`collect`].
///
/// Globs use `globset` syntax with `*` and `?` not crossing `/` (`**` does); a leading `./`
/// and a trailing `/` are ignored. A glob without a `/` is matched against every component
/// of a path, as in `.gitignore` (`drafts` matches any directory or file named `drafts`,
/// `*.draft.md` any such file). A glob with a `/` is matched against the path relative to
/// the working directory (when it lies under it, otherwise the path as found), against the
/// path relative to the directory being walked, and against their ancestors (`archive/2019`
/// excludes everything under it).
#[derive(Debug, Clone, Default)]
pub struct Globs {
    include: Patterns,
    exclude: Patterns,
}

#[derive(Debug, Clone, Default)]
struct Patterns {
    count: usize,
    /// Globs without a `/`: matched against each component.
    names: GlobSet,
    /// Globs with a `/`: matched against relative paths and their ancestors.
    paths: GlobSet,
}

impl Patterns {
    fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Patterns, globset::Error> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for pattern in patterns {
            let pattern = pattern.as_ref();
            let pattern = pattern.strip_prefix("./").unwrap_or(pattern);
            let pattern = pattern.strip_suffix('/').unwrap_or(pattern);
            let glob = GlobBuilder::new(pattern)
                .literal_separator(true)
                .backslash_escape(true)
                .build()?;
            if pattern.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        Ok(Patterns {
            count: patterns.len(),
            names: names.build()?,
            paths: paths.build()?,
        })
    }

    fn matches(&self, path: &Path, walk_root: Option<&Path>) -> bool {
        if self.count == 0 {
            return false;
        }
        let relative = relative_to_working_directory(path);
        if relative
            .components()
            .any(|c| matches!(c, Component::Normal(name) if self.names.is_match(name)))
        {
            return true;
        }
        let under_root = walk_root.and_then(|root| path.strip_prefix(root).ok());
        [Some(relative.as_path()), under_root]
            .into_iter()
            .flatten()
            .any(|p| {
                p.ancestors()
                    .any(|a| !a.as_os_str().is_empty() && self.paths.is_match(a))
            })
    }
}

impl Globs {
    /// Compiles include and exclude globs (see [`Globs`]); an invalid glob is an error.
    pub fn new<S: AsRef<str>>(include: &[S], exclude: &[S]) -> Result<Globs, globset::Error> {
        Ok(Globs {
            include: Patterns::new(include)?,
            exclude: Patterns::new(exclude)?,
        })
    }

    /// Whether the file `path` is kept: it matches no exclude glob and, when it was found
    /// in a directory (`walk_root` is that directory) and there are include globs, it
    /// matches one of them. Files named explicitly are not subject to include globs.
    pub fn keeps(&self, path: &Path, walk_root: Option<&Path>) -> bool {
        if self.exclude.matches(path, walk_root) {
            return false;
        }
        walk_root.is_none() || self.include.count == 0 || self.include.matches(path, walk_root)
    }
}

/// The files to read for the paths of a command line, in order:
///
/// - `-` stays `-` (standard input);
/// - a file (or anything that is not a directory) is kept as given, whatever its extension,
///   unless an exclude glob matches it;
/// - a directory is walked recursively with the `ignore` crate: `.gitignore` files (also
///   outside a git repository, and those of parent directories), `.ignore`, `.git/info/exclude`
///   and the global git excludes are honoured; hidden files and directories are skipped;
///   only files with the [`WALK_EXTENSIONS`] are picked up, and of those only the ones
///   [`Globs::keeps`]; excluded directories are not entered. Symbolic links to files are
///   read; symbolic links to directories are not followed (so a link cycle cannot hang the
///   walk). The files found in one directory are sorted by path (component by component),
///   so the order does not depend on the file system.
///
/// A path named twice is kept once, at its first place. A path that does not exist or
/// cannot be read, or a directory that cannot be listed, is an [`InputError::Unreadable`]
/// naming it. Problems in ignore files themselves (an invalid glob in a `.gitignore`) are
/// passed over, as git does.
pub fn collect(paths: &[PathBuf], globs: &Globs) -> Result<Vec<PathBuf>, InputError> {
    let prune = globs.exclude.clone();
    collect_inner(
        paths,
        &mut |path, root| globs.keeps(path, root),
        Some(prune),
    )
    .map(|collected| collected.files)
}

/// What a walk found: the files to read, and what it passed over and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Collected {
    /// The files to read, in order.
    pub files: Vec<PathBuf>,
    /// Files found in a directory but not read: symbolic links whose real path lies outside
    /// the directory being walked, and things that are not regular files.
    pub skipped: Vec<Skipped>,
    /// How many files with a walked extension the ignore files (`.gitignore`, `.ignore`, git's
    /// excludes) hid.
    pub ignored: usize,
}

/// A file a walk passed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file, as found.
    pub path: PathBuf,
    /// Why, in a few words.
    pub reason: String,
}

/// [`collect`] with a caller's choice instead of globs: `keep(path, walk_root)` is asked
/// about every file named explicitly (`walk_root` is `None`) and every file with one of the
/// [`WALK_EXTENSIONS`] found in a directory (`walk_root` is the directory as given); never
/// about `-`. Directories are always entered (apart from what the ignore files exclude).
///
/// ```no_run
/// # let paths = vec![std::path::PathBuf::from("articles")];
/// let files = numfact::driver::walk::collect_with(&paths, |path, _| !path.ends_with("draft.md"))?;
/// # Ok::<(), numfact::text::source::InputError>(())
/// ```
pub fn collect_with<F>(paths: &[PathBuf], keep: F) -> Result<Vec<PathBuf>, InputError>
where
    F: FnMut(&Path, Option<&Path>) -> bool,
{
    collect_reporting(paths, keep).map(|collected| collected.files)
}

/// [`collect_with`], also saying what the walk passed over (see [`Collected`]).
pub fn collect_reporting<F>(paths: &[PathBuf], mut keep: F) -> Result<Collected, InputError>
where
    F: FnMut(&Path, Option<&Path>) -> bool,
{
    collect_inner(paths, &mut keep, None)
}

type Keep<'k> = dyn FnMut(&Path, Option<&Path>) -> bool + 'k;

fn collect_inner(
    paths: &[PathBuf],
    keep: &mut Keep<'_>,
    prune: Option<Patterns>,
) -> Result<Collected, InputError> {
    let mut skipped = Vec::new();
    let mut ignored = 0;
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |files: &mut Vec<PathBuf>, path: PathBuf| {
        if seen.insert(path.clone()) {
            files.push(path);
        }
    };
    for path in paths {
        if path.as_os_str() == "-" {
            push(&mut files, path.clone());
            continue;
        }
        let metadata = std::fs::metadata(path).map_err(|source| InputError::Unreadable {
            path: path.display().to_string(),
            source,
        })?;
        if !metadata.is_dir() {
            if keep(path, None) {
                push(&mut files, path.clone());
            }
            continue;
        }
        let mut walked = walk(path, prune.clone())?;
        walked.files.sort();
        for file in walked.files {
            if keep(&file, Some(path)) {
                push(&mut files, file);
            }
        }
        skipped.extend(walked.skipped);
        ignored += walked.ignored;
    }
    Ok(Collected {
        files,
        skipped,
        ignored,
    })
}

/// The files with one of the [`WALK_EXTENSIONS`] under `root`, honouring ignore files.
fn walk(root: &Path, prune: Option<Patterns>) -> Result<Collected, InputError> {
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        .hidden(true)
        .ignore(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(true)
        .parents(true)
        .require_git(false)
        .follow_links(false);
    let mut unfiltered = ignore::WalkBuilder::new(root);
    unfiltered
        .standard_filters(false)
        .hidden(true)
        .follow_links(false);
    if let Some(prune) = prune.filter(|p| p.count > 0) {
        for walker in [&mut builder, &mut unfiltered] {
            let prune = prune.clone();
            let root = root.to_path_buf();
            walker.filter_entry(move |entry| {
                entry.depth() == 0 || !prune.matches(entry.path(), Some(&root))
            });
        }
    }
    let real_root = std::fs::canonicalize(root).map_err(|source| InputError::Unreadable {
        path: root.display().to_string(),
        source,
    })?;
    let mut walked = Collected::default();
    for entry in builder.build() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => match walk_error(root, &error) {
                Some(error) => return Err(error),
                None => continue,
            },
        };
        let Some(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() || !has_walk_extension(entry.path()) {
            continue;
        }
        match readable(entry.path(), file_type, &real_root) {
            Ok(()) => walked.files.push(entry.into_path()),
            Err(reason) => walked.skipped.push(Skipped {
                path: entry.into_path(),
                reason,
            }),
        }
    }
    let seen = unfiltered
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| !t.is_dir()) && has_walk_extension(e.path()))
        .count();
    walked.ignored = seen.saturating_sub(walked.files.len() + walked.skipped.len());
    Ok(walked)
}

/// Whether a file found under `real_root` (canonical) is to be read: a regular file, or a
/// symbolic link to a regular file whose real path lies under the root. The reason when not.
fn readable(path: &Path, file_type: std::fs::FileType, real_root: &Path) -> Result<(), String> {
    if file_type.is_symlink() {
        let real = std::fs::canonicalize(path)
            .map_err(|e| format!("a symbolic link that cannot be followed ({e})"))?;
        if !real.starts_with(real_root) {
            return Err(format!(
                "a symbolic link to {}, outside the directory being checked",
                real.display()
            ));
        }
        let is_file = std::fs::metadata(&real).is_ok_and(|m| m.is_file());
        return if is_file {
            Ok(())
        } else {
            Err("a symbolic link to something that is not a regular file".to_string())
        };
    }
    if file_type.is_file() {
        Ok(())
    } else {
        Err("not a regular file".to_string())
    }
}

fn has_walk_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| WALK_EXTENSIONS.iter().any(|w| w.eq_ignore_ascii_case(e)))
}

/// The error a failed walk step is, or `None` when it is to be passed over (a problem in an
/// ignore file, a link loop).
fn walk_error(root: &Path, error: &ignore::Error) -> Option<InputError> {
    let mut path = None;
    let mut inner = error;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert(p.clone());
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err;
            }
            _ => break,
        }
    }
    let ignore::Error::Io(io) = inner else {
        return None;
    };
    // An ignore file that cannot be read is passed over; a directory that cannot be listed
    // is not.
    let path = path.unwrap_or_else(|| root.to_path_buf());
    if path
        .file_name()
        .is_some_and(|n| n == ".gitignore" || n == ".ignore")
    {
        return None;
    }
    Some(InputError::Unreadable {
        path: path.display().to_string(),
        source: std::io::Error::new(io.kind(), io.to_string()),
    })
}
