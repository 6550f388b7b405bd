//! Reading a document: a file or standard input, checked to be UTF-8, and what of it is
//! prose. Inputs are only ever read, never written.
//!
//! - [`read_source`] reads one document;
//! - [`InputFormat`] says how to read it (plain text, Markdown, HTML; by extension unless
//!   overridden) and [`prose_of`] masks what is not prose, for
//!   [`crate::check::Checker::check_prose`] and [`crate::quantity::extract_prose`].

use std::io::Read;
use std::path::Path;

/// A document read into memory, with the name reports use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as given on the command line, or `-` for standard input.
    pub path: String,
    /// The whole text.
    pub text: String,
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The input's name.
        path: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error(
        "{path}:{line}:{column}: not UTF-8 text (invalid byte 0x{byte:02X} at byte offset {offset})"
    )]
    NotUtf8 {
        /// The input's name.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// Its 1-based line.
        line: usize,
        /// Its 1-based character column.
        column: usize,
        /// The invalid byte.
        byte: u8,
    },
    /// The input is larger than the limit on what numfact reads.
    #[error("{path}: larger than the limit of {} MiB on one input (--max-input-size)", limit / (1024 * 1024))]
    TooLarge {
        /// The input's name.
        path: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

/// The most bytes numfact reads from one input (an article or a fact file) unless told
/// otherwise: 64 MiB. A larger input is refused, naming the file and the limit.
pub const DEFAULT_READ_LIMIT: u64 = 64 * 1024 * 1024;

/// Reads `path` (`-` is standard input) as UTF-8 text, at most [`DEFAULT_READ_LIMIT`] bytes.
pub fn read_source(path: &Path) -> Result<Source, InputError> {
    read_source_limited(path, DEFAULT_READ_LIMIT)
}

/// [`read_source`] with another limit on the bytes read.
pub fn read_source_limited(path: &Path, limit: u64) -> Result<Source, InputError> {
    decode(path_name(path), read_limited(path, limit)?)
}

/// Reads `path` like [`read_source`], but replaces every invalid UTF-8 sequence with U+FFFD
/// instead of refusing the file. Offsets then refer to the repaired text, which is longer
/// than the file by two bytes per replaced byte.
pub fn read_source_lossy(path: &Path) -> Result<Source, InputError> {
    read_source_lossy_limited(path, DEFAULT_READ_LIMIT)
}

/// [`read_source_lossy`] with another limit on the bytes read.
pub fn read_source_lossy_limited(path: &Path, limit: u64) -> Result<Source, InputError> {
    let bytes = read_limited(path, limit)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    };
    Ok(Source {
        path: path_name(path),
        text,
    })
}

/// The name reports use for `path`: the path as given, with every byte that is not UTF-8
/// (and every backslash) written `\xHH`, so the name is exact (and [`path_bytes`] turns it back into the path's
/// bytes) instead of showing U+FFFD for a file that does not exist under that name.
pub fn path_name(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut name = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            // A backslash is written `\x5C` too, so every escape in a name is one.
            name.push_str(&chunk.valid().replace('\\', "\\x5C"));
            for byte in chunk.invalid() {
                name.push_str(&format!("\\x{byte:02X}"));
            }
        }
        name
    }
    #[cfg(not(unix))]
    {
        path.display().to_string()
    }
}

/// The bytes of the path a [`path_name`] names: `\xHH` escapes turned back into bytes.
pub fn path_bytes(name: &str) -> Vec<u8> {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes.get(i..i + 4).and_then(|e| {
            let hex = std::str::from_utf8(e.get(2..)?).ok()?;
            (e.starts_with(b"\\x") && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u8::from_str_radix(hex, 16).ok())
                .flatten()
        });
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}

/// The bytes of `path` (`-` is standard input), at most `limit` of them: more is an
/// [`InputError::TooLarge`]. A directory is refused. A FIFO is opened without waiting for a
/// writer: with none, it reads as empty; with one, it is read until the writer closes it.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    let name = path_name(path);
    let unreadable = |source| InputError::Unreadable {
        path: name.clone(),
        source,
    };
    let mut buffer = Vec::new();
    let read = if name == "-" {
        read_at_most(std::io::stdin().lock(), limit, &mut buffer)
    } else {
        let file = open_for_reading(path).map_err(unreadable)?;
        let metadata = file.metadata().map_err(unreadable)?;
        if metadata.is_dir() {
            return Err(unreadable(std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                "is a directory",
            )));
        }
        if metadata.is_file() {
            #[cfg(all(unix, feature = "parallel"))]
            if let Some(bytes) = parallel::read_whole(&file, metadata.len(), limit) {
                return bytes.map_err(unreadable);
            }
            buffer.reserve(metadata.len().min(limit.saturating_add(1)) as usize);
        }
        read_at_most(file, limit, &mut buffer)
    };
    read.map_err(unreadable)?;
    if buffer.len() as u64 > limit {
        return Err(InputError::TooLarge { path: name, limit });
    }
    Ok(buffer)
}

/// Reads `reader` to its end into `buffer`, stopping once more than `limit` bytes are in it.
/// The bytes go straight into `buffer`, with no copy through a chunk. A reader that would
/// block (a FIFO opened without blocking) is waited for.
fn read_at_most(reader: impl Read, limit: u64, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut reader = reader.take(limit.saturating_add(1));
    loop {
        // On an error, what was read before it is in `buffer`, and the reader's limit
        // counts it.
        match reader.read_to_end(buffer) {
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Opens `path` for reading without blocking on a FIFO that has no writer (on Unix, with
/// `O_NONBLOCK`: a FIFO with no writer then reads as empty).
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
    }
    #[cfg(not(unix))]
    {
        std::fs::File::open(path)
    }
}

/// Checks that `bytes` are UTF-8 and wraps them as a [`Source`] named `path`. A leading byte
/// order mark is kept, so offsets stay those of the file.
pub fn decode(path: String, bytes: Vec<u8>) -> Result<Source, InputError> {
    #[cfg(feature = "parallel")]
    let bytes = match parallel::utf8_string(bytes) {
        Ok(text) => return Ok(Source { path, text }),
        Err(bytes) => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source { path, text }),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let bytes = error.as_bytes();
            let valid = String::from_utf8_lossy(&bytes[..offset]);
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(InputError::NotUtf8 {
                path,
                offset,
                line,
                column,
                byte: bytes[offset],
            })
        }
    }
}

/// Reading and validating a large file on every core: both are bound by memory (a fresh
/// buffer's pages are faulted in as the file is copied into them), and on two cores they
/// take about half as long as on one. A small file is read the usual way.
#[cfg(feature = "parallel")]
mod parallel {
    use rayon::prelude::*;

    /// The least input worth reading or validating in parts.
    const PARALLEL_BYTES: usize = 8 << 20;

    /// The whole of `file`, `len` bytes long by its metadata, read in one part per core;
    /// `None` when it is not worth it (small, over `limit`, one core) or when the file's
    /// length changed while it was read: the caller then reads it from its start the usual
    /// way, which the parts did not move (they read at offsets).
    #[cfg(unix)]
    pub(super) fn read_whole(
        file: &std::fs::File,
        len: u64,
        limit: u64,
    ) -> Option<std::io::Result<Vec<u8>>> {
        let threads = rayon::current_num_threads();
        let len = usize::try_from(len).ok()?;
        if threads < 2 || len < PARALLEL_BYTES || len as u64 > limit {
            return None;
        }
        let mut bytes = vec![0; len];
        let part = len.div_ceil(threads);
        let filled = bytes
            .par_chunks_mut(part)
            .enumerate()
            .map(|(i, chunk)| fill_at(file, chunk, (i * part) as u64))
            .try_reduce(|| true, |a, b| Ok(a && b));
        match filled {
            // Complete, and nothing after the end: the file is as long as it was.
            Ok(true) => match fill_at(file, &mut [0], len as u64) {
                Ok(false) => Some(Ok(bytes)),
                Ok(true) => None,
                Err(error) => Some(Err(error)),
            },
            Ok(false) => None,
            Err(error) => Some(Err(error)),
        }
    }

    /// Fills `buffer` with the bytes of `file` from `offset`: `false` when the file ends first.
    #[cfg(unix)]
    fn fill_at(
        file: &std::fs::File,
        mut buffer: &mut [u8],
        mut offset: u64,
    ) -> std::io::Result<bool> {
        use std::os::unix::fs::FileExt;
        while !buffer.is_empty() {
            match file.read_at(buffer, offset) {
                Ok(0) => return Ok(false),
                Ok(read) => {
                    buffer = &mut buffer[read..];
                    offset += read as u64;
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        Ok(true)
    }

    /// `bytes` as a `String` when they are UTF-8, checked in one part per core; the bytes
    /// back when they are not, or are too few to be worth it, for the caller to check (and
    /// to say where they are not).
    pub(super) fn utf8_string(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
        let threads = rayon::current_num_threads();
        if threads < 2 || bytes.len() < PARALLEL_BYTES {
            return Err(bytes);
        }
        // Parts cut before a byte that starts a character (or is invalid): the whole is
        // UTF-8 exactly when every part is.
        let mut cuts = vec![0];
        for i in 1..threads {
            let from = (bytes.len() * i / threads).max(cuts[cuts.len() - 1]);
            let cut = bytes[from..]
                .iter()
                .position(|&b| b & 0xC0 != 0x80)
                .map_or(bytes.len(), |at| from + at);
            cuts.push(cut);
        }
        cuts.push(bytes.len());
        let valid = cuts
            .par_windows(2)
            .all(|part| std::str::from_utf8(&bytes[part[0]..part[1]]).is_ok());
        if !valid {
            return Err(bytes);
        }
        // SAFETY: every part is UTF-8, and UTF-8 strings joined are UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(bytes) })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn parts_cut_inside_a_character_are_still_checked_whole() {
            // Four-byte characters throughout, so most cuts fall inside one.
            let text = "\u{1F600}a".repeat(PARALLEL_BYTES / 5 + 1);
            assert_eq!(utf8_string(text.clone().into_bytes()), Ok(text.clone()));
            let mut broken = text.into_bytes();
            let middle = broken.len() / 2;
            broken[middle] = 0xFF;
            assert!(utf8_string(broken).is_err());
        }
    }
}

/// How a document is read: which of its bytes are prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// Plain text: every byte is prose.
    #[default]
    #[cfg_attr(feature = "cli", value(alias = "txt", alias = "plain"))]
    Text,
    /// CommonMark: code, HTML, URLs and front matter are not prose
    /// (see [`crate::text::markdown`]).
    #[cfg_attr(feature = "cli", value(alias = "md"))]
    Markdown,
    /// HTML: read by its text content (see [`crate::text::html`]).
    #[cfg_attr(feature = "cli", value(alias = "htm"))]
    Html,
}

impl InputFormat {
    /// The format a file's extension implies (any case): `.md`, `.markdown`, `.mdx` are
    /// Markdown; `.html`, `.htm` are HTML; anything else, and standard input (`-`), is text.
    pub fn from_path(path: &Path) -> InputFormat {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("md" | "markdown" | "mdx") => InputFormat::Markdown,
            Some("html" | "htm") => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }

    /// The format's name: `text`, `markdown`, `html`.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Markdown => "markdown",
            InputFormat::Html => "html",
        }
    }

    /// `text` with everything that is not prose masked (see [`prose_of`]); plain text is all
    /// prose, and is not copied.
    pub fn prose_mask(self, text: &str) -> std::borrow::Cow<'_, str> {
        match self {
            InputFormat::Text => std::borrow::Cow::Borrowed(text),
            InputFormat::Markdown => super::markdown::prose_mask(text).into(),
            InputFormat::Html => super::html::prose_mask(text).into(),
        }
    }
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    /// `text` (`txt`, `plain`), `markdown` (`md`), `html` (`htm`), in any case.
    fn from_str(name: &str) -> Result<Self, String> {
        match name.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(InputFormat::Text),
            "markdown" | "md" => Ok(InputFormat::Markdown),
            "html" | "htm" => Ok(InputFormat::Html),
            _ => Err(format!(
                "unknown input format \"{name}\" (expected text, markdown or html)"
            )),
        }
    }
}

impl std::fmt::Display for InputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The prose of `source` read as `format`: its text with every byte that is not prose (code,
/// markup, URLs, front matter) replaced by [`super::MASK_BYTE`], line breaks kept,
/// so offsets, lines and columns stay those of `source.text`. Plain text is returned as is.
/// Pass the result to [`crate::check::Checker::check_prose`] or
/// [`crate::quantity::extract_prose`] with `source.text`.
///
/// ```
/// use numfact::text::source::{InputFormat, Source, prose_of};
/// let source = Source { path: "a.md".into(), text: "Range `9,000 km`, not 2,000 km.".into() };
/// let prose = prose_of(&source, InputFormat::from_path("a.md".as_ref()));
/// let found = numfact::quantity::extract_prose(&source.text, &prose);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].text, "2,000 km");
/// ```
pub fn prose_of(source: &Source, format: InputFormat) -> std::borrow::Cow<'_, str> {
    format.prose_mask(&source.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_column_and_offset() {
        let error = decode("a.txt".into(), b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.txt:2:3: not UTF-8 text (invalid byte 0xFF at byte offset 5)"
        );
    }
}
