//! Where reports go: standard output, or a file written through a temporary file and a
//! rename, so an interrupted run never leaves a half-written report behind.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Runs `write` against standard output (`target` is `None`) or against the file `target`.
/// A file is written to a temporary sibling first and renamed into place only when `write`
/// succeeded; on failure the temporary file is removed and the target is left untouched.
pub fn write_report(
    target: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match target {
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()
        }
        Some(path) => {
            let temporary = temporary_sibling(path);
            let result = File::create(&temporary).and_then(|file| {
                let mut out = BufWriter::new(file);
                write(&mut out)?;
                out.flush()?;
                out.into_inner()
                    .map_err(io::IntoInnerError::into_error)?
                    .sync_all()
            });
            match result.and_then(|()| std::fs::rename(&temporary, path)) {
                Ok(()) => Ok(()),
                Err(error) => {
                    // Best effort: the error that matters is the one returned.
                    let _ = std::fs::remove_file(&temporary);
                    Err(error)
                }
            }
        }
    }
}

/// `dir/.name.numfact-<pid>.tmp` beside `path`, so the rename stays on one file system.
fn temporary_sibling(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.numfact-{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_writes_leave_no_file() {
        let dir = std::env::temp_dir().join(format!("numfact-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let target = dir.join("report.json");
        let result = write_report(Some(&target), |out| {
            out.write_all(b"partial")?;
            Err(io::Error::other("interrupted"))
        });
        assert!(result.is_err());
        assert!(!target.exists());
        assert_eq!(std::fs::read_dir(&dir).expect("list").count(), 0);
        write_report(Some(&target), |out| out.write_all(b"whole")).expect("write");
        assert_eq!(std::fs::read(&target).expect("read"), b"whole");
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
