//! Path helpers of the driver: absolute and normalised paths, forward slashes, paths
//! relative to the working directory. Nothing here touches the file system except to read
//! the working directory.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the working directory (not resolving symbolic links).
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Removes `.` components and resolves `..` lexically.
pub fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// A path with forward slashes.
pub fn slashed(path: &Path) -> String {
    let mut out = String::new();
    for component in path.components() {
        match component {
            Component::RootDir => out.push('/'),
            Component::Prefix(prefix) => out.push_str(&prefix.as_os_str().to_string_lossy()),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    out
}

/// `path` without `./` components, relative to the working directory when it lies under it.
pub fn relative_to_working_directory(path: &Path) -> PathBuf {
    let cleaned: PathBuf = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    if cleaned.is_absolute() {
        if let Ok(cwd) = std::env::current_dir() {
            if let Ok(rest) = cleaned.strip_prefix(&cwd) {
                return rest.to_path_buf();
            }
        }
    }
    cleaned
}

/// The top directory of the git repository that holds `dir` (the nearest directory at or
/// above it with a `.git` entry), found without running git.
pub fn repository_root(dir: &Path) -> Option<PathBuf> {
    let dir = normalise(&absolute(dir));
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

/// Whether `path` lies inside `dir`, comparing real paths (links followed) when both exist.
pub fn lies_within(path: &Path, dir: &Path) -> bool {
    match (std::fs::canonicalize(path), std::fs::canonicalize(dir)) {
        (Ok(path), Ok(dir)) => path.starts_with(dir),
        _ => normalise(&absolute(path)).starts_with(normalise(&absolute(dir))),
    }
}
