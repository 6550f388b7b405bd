//! Positions and paths as the machine formats want them: repository-relative paths, SARIF
//! URIs, and spans in characters and in bytes.

use super::Item;

/// A path as a repository-relative path: forward slashes (on Windows, where `\\` separates
/// directories; elsewhere a backslash is part of a name), no leading `./`.
pub fn repo_relative(path: &str) -> String {
    let mut path = if cfg!(windows) {
        path.replace('\\', "/")
    } else {
        path.to_string()
    };
    while let Some(rest) = path.strip_prefix("./") {
        path = rest.trim_start_matches('/').to_string();
    }
    path
}

/// A path as a SARIF `artifactLocation.uri`: [`repo_relative`] and percent-encoded where a URI
/// needs it (spaces, `%`, `#`, `?`, non-ASCII); an absolute path becomes a `file://` URI. A
/// byte of a file name that is not UTF-8 (written `\xHH` in the name, see
/// [`crate::text::source::path_name`]) is encoded as itself.
pub fn artifact_uri(path: &str) -> String {
    let path = repo_relative(path);
    let windows_drive =
        path.len() >= 3 && path.as_bytes()[0].is_ascii_alphabetic() && path[1..].starts_with(":/");
    let mut uri = String::with_capacity(path.len() + 8);
    if windows_drive {
        uri.push_str("file:///");
    } else if path.starts_with('/') {
        uri.push_str("file://");
    }
    for byte in crate::text::source::path_bytes(&path) {
        let keep = byte.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&byte)
            || (byte == b':' && windows_drive);
        if keep {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// A path for tools that want text: [`repo_relative`], with each byte of a file name that is
/// not UTF-8 (written `\xHH`) percent-encoded as `%HH`, the path's real bytes.
pub fn tool_path(path: &str) -> String {
    let path = repo_relative(path);
    if !path.contains("\\x") {
        return path;
    }
    let bytes = crate::text::source::path_bytes(&path);
    let mut out = String::with_capacity(path.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Where an item lies, in the units each format wants. Lines are 1-based; the end column is
/// exclusive (the column just after the item's last character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Line of the first character.
    pub line: usize,
    /// Column of the first character, in characters (Unicode code points).
    pub column: usize,
    /// Line of the last character.
    pub end_line: usize,
    /// Column after the last character, in characters.
    pub end_column: usize,
    /// Column of the first character, in UTF-8 bytes.
    pub byte_column: usize,
    /// Column after the last character, in UTF-8 bytes.
    pub end_byte_column: usize,
}

impl Span {
    /// The span of `item` in `text` (the text of its file). When the item's offsets do not
    /// fit `text`, its own text is measured from its line and column.
    pub fn of(text: &str, item: Item<'_>) -> Span {
        let (start, end) = item.range();
        let (line, column) = (item.line(), item.column());
        let claim = text.get(start..end).unwrap_or(item.text());
        let byte_column = text
            .get(..start)
            .map(|before| before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1)
            .unwrap_or(column);
        match claim.rfind('\n') {
            None => Span::on_one_line(line, column, byte_column, claim),
            Some(last) => {
                let tail = &claim[last + 1..];
                Span {
                    line,
                    column,
                    end_line: line + claim.matches('\n').count(),
                    end_column: tail.chars().count() + 1,
                    byte_column,
                    end_byte_column: tail.len() + 1,
                }
            }
        }
    }
}

impl Span {
    /// The span of bytes `start..end` of `text`, when they lie in it on one line (a
    /// suggestion's replaced number).
    pub fn of_bytes(text: &str, start: usize, end: usize) -> Option<Span> {
        let before = text.get(..start)?;
        let inner = text.get(start..end)?;
        if inner.contains('\n') {
            return None;
        }
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        let byte_column = start - line_start + 1;
        Some(Span::on_one_line(line, column, byte_column, inner))
    }

    /// The span of `inner`, written on one line from `line`, `column` (`byte_column`).
    fn on_one_line(line: usize, column: usize, byte_column: usize, inner: &str) -> Span {
        Span {
            line,
            column,
            end_line: line,
            end_column: column + inner.chars().count(),
            byte_column,
            end_byte_column: byte_column + inner.len(),
        }
    }
}

/// The UTF-8 byte column of the character at `line`, `column` (both 1-based) of `text`.
pub fn byte_column(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_text = text.split('\n').nth(line.checked_sub(1)?)?;
    let mut chars = line_text.char_indices();
    let before = chars.nth(column.checked_sub(1)?).map(|(i, _)| i)?;
    Some(before + 1)
}

/// A page about numfact, when the package names one (`homepage` or `repository`).
pub fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

/// The largest character boundary of `text` at or before `at`.
pub fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest character boundary of `text` at or after `at`.
pub fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
