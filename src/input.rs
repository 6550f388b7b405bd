//! Reading input documents: files or standard input, checked to be UTF-8. Inputs are only
//! ever read, never written.

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
}

/// Reads `path` (`-` is standard input) as UTF-8 text.
pub fn read_source(path: &Path) -> Result<Source, InputError> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buffer = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buffer)
            .map_err(|source| InputError::Unreadable {
                path: name.clone(),
                source,
            })?;
        buffer
    } else {
        std::fs::read(path).map_err(|source| InputError::Unreadable {
            path: name.clone(),
            source,
        })?
    };
    decode(name, bytes)
}

/// Checks that `bytes` are UTF-8 and wraps them as a [`Source`] named `path`. A leading byte
/// order mark is kept, so offsets stay those of the file.
pub fn decode(path: String, bytes: Vec<u8>) -> Result<Source, InputError> {
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
