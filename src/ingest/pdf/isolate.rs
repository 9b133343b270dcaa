//! Runs the PDF reader where its failures cannot reach the batch.
//!
//! oxidize-pdf is a large parser of an old, lax format, and it can panic on a damaged
//! file (or, on a hostile one, loop or allocate without end). When the running
//! program is baogao itself, each PDF is read by a child process, baogao run again
//! with the hidden command [`CHILD_COMMAND`], with a limit on its time
//! ([`TIME_LIMIT`]) and on its memory ([`MEMORY_LIMIT`], Linux): a crash, a
//! runaway or a kill is an error for that file. "Baogao itself" is a program that
//! entered [`crate::main_with`], which knows the hidden command ([`use_child_process`]).
//! Anywhere else (unit tests, the fuzz targets, a library user) the reader runs
//! in-process under `catch_unwind`, which turns a panic into an error but cannot bound
//! time or memory.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use super::layout::Page;

/// The hidden subcommand that reads one PDF and prints its pages as JSON.
pub const CHILD_COMMAND: &str = "__read-pdf";

/// How long the reader may take on one file. A report of 100 pages takes well under
/// a second; only a runaway comes near this.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The address space the reader's process may use (Linux).
pub const MEMORY_LIMIT: u64 = 4 << 30;

/// Pages of a PDF and the reader's warnings, or why it could not be read.
pub type Pages = Result<(Vec<Page>, Vec<String>), String>;

static CHILD_PROCESS: AtomicBool = AtomicBool::new(false);

/// Read PDFs in child processes from now on: this program is baogao's command line,
/// which answers [`CHILD_COMMAND`]. Called by [`crate::main_with`].
pub fn use_child_process() {
    CHILD_PROCESS.store(true, Ordering::Relaxed);
}

/// Read a PDF with oxidize-pdf, in a child process when this program is baogao.
pub fn read_pages(path: &Path, bytes: &[u8]) -> Pages {
    match own_executable() {
        Some(exe) => in_child(&exe, path),
        None => in_process(bytes),
    }
}

/// This program's path, when it is baogao's command line (not a test harness or a
/// fuzz target, which would not know the hidden command).
fn own_executable() -> Option<PathBuf> {
    CHILD_PROCESS.load(Ordering::Relaxed).then(std::env::current_exe)?.ok()
}

/// The reader in this process; a panic is an error.
pub fn in_process(bytes: &[u8]) -> Pages {
    std::panic::catch_unwind(|| super::oxidize::read_pages(bytes))
        .unwrap_or_else(|panic| Err(format!("the PDF reader crashed on it: {}", panic_message(&*panic))))
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// `baogao __read-pdf FILE`: the child's side. Prints the pages (or the error) as
/// JSON on stdout; the exit code is 0 whenever that was printed.
pub fn serve(path: &Path) -> crate::error::Exit {
    limit_memory();
    // the parent reports the error; a panic message on stderr would only repeat it
    std::panic::set_hook(Box::new(|_| {}));
    let pages = match std::fs::read(path) {
        Ok(bytes) => in_process(&bytes),
        Err(e) => Err(format!("cannot read the file: {e}")),
    };
    let mut out = std::io::stdout().lock();
    match serde_json::to_writer(&mut out, &pages) {
        Ok(()) => crate::error::Exit::Ok,
        Err(_) => crate::error::Exit::Nothing,
    }
}

#[cfg(target_os = "linux")]
fn limit_memory() {
    let limit = libc::rlimit { rlim_cur: MEMORY_LIMIT as libc::rlim_t, rlim_max: MEMORY_LIMIT as libc::rlim_t };
    // SAFETY: setrlimit reads the struct it is given and changes only this process's
    // limits. Failing leaves the process unlimited, as before.
    unsafe {
        libc::setrlimit(libc::RLIMIT_AS, &limit);
    }
}

#[cfg(not(target_os = "linux"))]
fn limit_memory() {}

/// Run `exe __read-pdf path` and read its answer.
fn in_child(exe: &Path, path: &Path) -> Pages {
    let mut command = Command::new(exe);
    command.arg(CHILD_COMMAND).arg(path);
    let out = run_limited(&mut command, TIME_LIMIT).map_err(|e| format!("cannot start the PDF reader: {e}"))?;
    if out.timed_out {
        return Err(format!("reading it took over {} s and was stopped", TIME_LIMIT.as_secs()));
    }
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(match signal_of(out.status) {
            // found by fuzzing: objects nested 100,000 deep overflow the reader's stack
            Some(6) if stderr.contains("overflowed its stack") => {
                "the PDF reader ran out of stack on it (objects nested too deeply, or referring to themselves: a damaged file)".to_string()
            }
            Some(6 | 9) => format!(
                "the PDF reader stopped (signal {}), most likely out of the {} GiB of memory it may use",
                signal_of(out.status).unwrap_or(0),
                MEMORY_LIMIT >> 30
            ),
            Some(signal) => format!("the PDF reader crashed on it (signal {signal})"),
            None => format!("the PDF reader failed ({}): {}", out.status, last_line(&out.stderr)),
        });
    }
    serde_json::from_slice::<Pages>(&out.stdout)
        .map_err(|e| format!("the PDF reader's answer could not be read: {e}"))?
}

#[cfg(unix)]
fn signal_of(status: ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status)
}

#[cfg(not(unix))]
fn signal_of(_: ExitStatus) -> Option<i32> {
    None
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string()
}

/// What a process run under a time limit did.
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// It was killed for running past the limit.
    pub timed_out: bool,
}

/// Run a command to its end, or kill it after `limit`; stdout and stderr are read
/// whole (each on its own thread, so that neither pipe fills up and blocks it).
pub fn run_limited(command: &mut Command, limit: Duration) -> std::io::Result<Finished> {
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let (mut stdout, mut stderr) = (child.stdout.take(), child.stderr.take());
    let child = Arc::new(Mutex::new(child));
    let (done, until_done) = mpsc::channel::<()>();
    let watchdog = {
        let child = Arc::clone(&child);
        std::thread::spawn(move || {
            let expired = matches!(until_done.recv_timeout(limit), Err(mpsc::RecvTimeoutError::Timeout));
            if expired {
                // the child is not waited for yet, so its id is still its own
                let _ = child.lock().map(|mut c| c.kill());
            }
            expired
        })
    };
    let errors = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.read_to_end(&mut buf);
        }
        buf
    });
    let mut out = Vec::new();
    if let Some(o) = stdout.as_mut() {
        let _ = o.read_to_end(&mut out);
    }
    let err = errors.join().unwrap_or_default();
    // both pipes closed: the child has ended (or closed them and is ending)
    let _ = done.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let status = child.lock().map_err(|_| std::io::Error::other("lock poisoned"))?.wait()?;
    Ok(Finished { status, stdout: out, stderr: err, timed_out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_a_pdf_is_an_error_not_a_panic() {
        assert!(in_process(b"not a pdf at all").is_err());
        assert!(in_process(b"").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_runaway_process_is_stopped_at_the_limit() {
        let started = std::time::Instant::now();
        let out = run_limited(Command::new("sleep").arg("30"), Duration::from_millis(200)).unwrap();
        assert!(out.timed_out && !out.status.success());
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[cfg(unix)]
    #[test]
    fn a_process_within_the_limit_gives_its_output() {
        let out = run_limited(Command::new("sh").args(["-c", "echo out; echo err >&2"]), TIME_LIMIT).unwrap();
        assert!(!out.timed_out && out.status.success());
        assert_eq!((out.stdout.as_slice(), out.stderr.as_slice()), (&b"out\n"[..], &b"err\n"[..]));
    }
}
