//! Where reports go: standard output, or a file.
//!
//! A regular file (or a path that does not exist yet) is written through a temporary file in
//! the same directory, created exclusively under an unpredictable name (`tempfile`), and
//! renamed into place only when the whole report was written, so an interrupted run never
//! leaves half a report and a file planted at a guessable name is never written through. A
//! target that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written
//! directly: renaming over it would replace the device or the pipe with a file. A FIFO with
//! no reader within a second is an error, not a hang. A target that
//! is one of the inputs is refused, so an article is never overwritten by its own report.
//!
//! A run killed with `kill -9` between creating and renaming the temporary file leaves it
//! behind as `.NAME.numfact-XXXXXX.tmp` beside the target; nothing else is ever left.

use std::fs::OpenOptions;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Why a report could not be written where it was asked to go.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The target is one of the files being read.
    #[error("{0}: is one of the inputs; numfact does not write a report over an article")]
    TargetIsInput(String),
    /// Writing failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Runs `write` against standard output (`target` is `None`) or against the file `target`
/// (see the module documentation). `inputs` are the files the report is about: `target` may
/// not be one of them.
pub fn write_report(
    target: Option<&Path>,
    inputs: &[&Path],
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), OutputError> {
    let Some(path) = target else {
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        write(&mut out)?;
        return Ok(out.flush()?);
    };
    if inputs.iter().any(|input| same_file(input, path)) {
        return Err(OutputError::TargetIsInput(path.display().to_string()));
    }
    match std::fs::metadata(path) {
        Ok(metadata) if !metadata.is_file() => {
            let mut out = BufWriter::new(Patient(open_in_place(path)?));
            write(&mut out)?;
            Ok(out.flush()?)
        }
        _ => Ok(write_through_temporary(path, write)?),
    }
}

/// Opens a target that is not a regular file for writing, without waiting: a FIFO that has
/// no reader is an error ("No such device or address") instead of a hang.
fn open_in_place(path: &Path) -> io::Result<std::fs::File> {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    // A reader started at the same time may need a moment to open its end.
    let mut waited = 0;
    loop {
        match options.open(path) {
            Err(error) if no_reader(&error) && waited < READER_GRACE_MS => {
                std::thread::sleep(std::time::Duration::from_millis(10));
                waited += 10;
            }
            Err(error) if no_reader(&error) => {
                let message = format!("{}: no process reads it", path.display());
                return Err(io::Error::new(error.kind(), message));
            }
            other => return other,
        }
    }
}

/// How long a FIFO target may go without a reader before `-o` gives up, in milliseconds.
const READER_GRACE_MS: u64 = 1000;

/// Whether opening failed because a FIFO has no reader.
fn no_reader(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ENXIO)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// A writer that waits while its non-blocking target (a full FIFO) cannot take more.
struct Patient(std::fs::File);

impl Write for Patient {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        loop {
            match self.0.write(bytes) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                other => return other,
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Writes `path` through an exclusively created temporary sibling and a rename.
fn write_through_temporary(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let temporary = tempfile::Builder::new()
        .prefix(&format!(".{name}.numfact-"))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let mut out = BufWriter::new(temporary);
    write(&mut out)?;
    out.flush()?;
    let temporary = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    temporary.as_file().sync_all()?;
    // On failure the temporary file is removed when dropped.
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether `a` and `b` name the same existing file (after following links).
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Opens `path` for writing, truncating it (used by tests to plant files).
#[cfg(test)]
fn plant(path: &Path, bytes: &[u8]) {
    std::fs::File::create(path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("plant");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(test: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("numfact-output-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn failed_writes_leave_no_file() {
        let dir = scratch("failed");
        let target = dir.join("report.json");
        let result = write_report(Some(&target), &[], |out| {
            out.write_all(b"partial")?;
            Err(io::Error::other("interrupted"))
        });
        assert!(result.is_err());
        assert!(!target.exists());
        assert_eq!(std::fs::read_dir(&dir).expect("list").count(), 0);
        write_report(Some(&target), &[], |out| out.write_all(b"whole")).expect("write");
        assert_eq!(std::fs::read(&target).expect("read"), b"whole");
        assert_eq!(std::fs::read_dir(&dir).expect("list").count(), 1);
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    #[test]
    fn an_input_is_never_the_target() {
        let dir = scratch("input");
        let article = dir.join("a.md");
        plant(&article, b"The Kinzhal has a range of 4,000 km.");
        let via_dot = dir.join(".").join("a.md");
        let result = write_report(Some(&via_dot), &[article.as_path()], |out| {
            out.write_all(b"report")
        });
        assert!(matches!(result, Err(OutputError::TargetIsInput(_))));
        assert_eq!(
            std::fs::read(&article).expect("read"),
            b"The Kinzhal has a range of 4,000 km."
        );
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_at_an_old_temporary_name_is_not_followed() {
        let dir = scratch("symlink");
        let victim = dir.join("victim.txt");
        plant(&victim, b"secret");
        let target = dir.join("report.json");
        // The name earlier versions used: `.NAME.numfact-PID.tmp`.
        let old_name = dir.join(format!(".report.json.numfact-{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &old_name).expect("symlink");
        write_report(Some(&target), &[], |out| out.write_all(b"report")).expect("write");
        assert_eq!(std::fs::read(&victim).expect("read"), b"secret");
        assert_eq!(std::fs::read(&target).expect("read"), b"report");
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_target_is_written_in_place() {
        use std::io::Read;
        use std::os::unix::fs::FileTypeExt;
        let dir = scratch("fifo");
        let fifo = dir.join("report.fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut got = Vec::new();
                std::fs::File::open(&fifo)
                    .and_then(|mut f| f.read_to_end(&mut got))
                    .expect("read");
                got
            })
        };
        write_report(Some(&fifo), &[], |out| out.write_all(b"report")).expect("write");
        assert_eq!(reader.join().expect("reader"), b"report");
        let kind = std::fs::metadata(&fifo).expect("stat").file_type();
        assert!(kind.is_fifo(), "the FIFO is still a FIFO");
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
