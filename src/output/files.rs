//! The files baogao names besides its outputs: the temporary files an output is
//! written to (`.baogao.<output>.<random>.tmp`) and the lock of an output folder
//! (`.baogao.lock`); what an interrupt does to them; a single file written atomically.
//! Only files named so are ever removed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::error::RunError;

const TEMP_PREFIX: &str = ".baogao.";
const TEMP_SUFFIX: &str = ".tmp";
/// The lock file of an output folder (see `OutputSet`).
pub const LOCK_FILE: &str = ".baogao.lock";

/// Whether `file_name` is one of our temporary files.
pub fn is_temp_name(file_name: &str) -> bool {
    file_name.len() > TEMP_PREFIX.len() + TEMP_SUFFIX.len()
        && file_name.starts_with(TEMP_PREFIX)
        && file_name.ends_with(TEMP_SUFFIX)
}

/// Remove our temporary files from `dir` (left by a run that was killed: SIGKILL
/// cannot be caught). Returns how many were removed.
pub fn remove_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(is_temp_name))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// Whether the run was interrupted; held while a temporary file is created and while
/// the interrupt handler removes them, so that every temporary file is either created
/// before the handler reads the folder (and removed) or not created at all.
static INTERRUPTED: Mutex<bool> = Mutex::new(false);

/// Whether the run's outputs are in place; held while they are put in place, so that
/// an interrupt waits for that short step instead of splitting it.
static COMMITTED: Mutex<bool> = Mutex::new(false);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// On Ctrl-C (SIGINT), SIGTERM or SIGHUP: if the outputs are being put in place, wait
/// until they are; otherwise remove the temporary files in `dir`. Then exit with 130:
/// the folder holds either the previous outputs or this run's, whole.
pub fn clean_up_on_interrupt(dir: &Path) {
    let dir = dir.to_path_buf();
    // A second installation (several runs in one process, as in tests) is refused; the
    // first handler already cleans up its own folder, which is all it can do.
    let _ = ctrlc::set_handler(move || {
        let committed = lock(&COMMITTED);
        if *committed {
            eprintln!("baogao: interrupted; this run's outputs were already in place");
            std::process::exit(130);
        }
        // no temporary file is created from here on (the run is still going while this
        // handler cleans up), and none is half-created while the folder is read; the
        // flag stays locked until the process exits, so that a run that fails for it
        // (`temp_file`) waits here in `await_interrupt` instead of exiting 1 first
        let mut interrupted = lock(&INTERRUPTED);
        *interrupted = true;
        remove_temp_files(&dir);
        eprintln!("baogao: interrupted; previous outputs left as they were");
        std::process::exit(130);
    });
}

/// Before the process exits: if an interrupt is being handled, wait for the handler,
/// which exits 130 once the temporary files are gone. Otherwise return at once.
pub fn await_interrupt() {
    if *lock(&INTERRUPTED) {
        // the handler keeps the flag locked until it exits, so this is not reached; were
        // it reached, the run was interrupted all the same
        std::process::exit(130);
    }
}

/// Held while a run's outputs are put in place: an interrupt waits for it. Call
/// [`Committing::done`] once they are.
pub struct Committing(MutexGuard<'static, bool>);

impl Committing {
    /// A new set is being made (a process may run several): not in place yet.
    pub fn reset() {
        *lock(&COMMITTED) = false;
    }

    pub fn start() -> Committing {
        Committing(lock(&COMMITTED))
    }

    pub fn done(mut self) {
        *self.0 = true;
    }
}

/// A temporary file in `dir` for output `name`, with the permissions of an ordinary
/// file; an error once the run is interrupted.
pub fn temp_file(dir: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let interrupted = lock(&INTERRUPTED);
    if *interrupted {
        return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "the run was interrupted"));
    }
    let prefix = format!("{TEMP_PREFIX}{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    // a temporary file is private (0600); the output is an ordinary file (0666 less umask)
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(dir)
}

/// Write one file, `dir/name`, atomically: to a temporary file, synced, then renamed.
/// (A run's outputs go through `OutputSet`, which puts them in place together.)
pub fn write_atomic(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<PathBuf, RunError> {
    let path = dir.join(name);
    let err = |source| RunError::Write { path: path.clone(), cause: source };
    let mut tmp = temp_file(dir, name).map_err(err)?;
    write_into(&mut tmp, write).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(&path).map_err(|e| err(e.error))?;
    Ok(path)
}

/// Write into a temporary file through a buffer, and flush it.
pub fn write_into(
    tmp: &mut tempfile::NamedTempFile,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
    write(&mut buf)?;
    buf.flush()
}
