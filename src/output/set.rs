//! A run's outputs as one set: written under temporary names in the output folder,
//! synced, and put in place together in one short step that an interrupt waits for,
//! run.json last, so that the folder holds the previous run's outputs or this run's,
//! whole, never a mix. The folder is locked for the run: a second run into it exits.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread::JoinHandle;

use tempfile::{NamedTempFile, TempPath};

use super::files::{self, Committing, LOCK_FILE};
use super::run_json::RUN_JSON;
use super::schema::TABLES;
use crate::error::RunError;

/// The other outputs a run writes, besides the tables and run.json.
const SUMMARIES: [&str; 2] = ["summary.md", "summary.html"];

/// Stack of a thread that only syncs a file: the default 2 MiB of address space each,
/// for twenty files synced at once, counts under a memory limit (`ulimit -v`).
const SYNC_STACK: usize = 64 * 1024;

/// The outputs of one run, staged until [`OutputSet::commit`].
pub struct OutputSet {
    dir: PathBuf,
    /// Held (locked) for the life of the run.
    _lock: File,
    /// Files being synced, each on a thread of its own, by output name.
    syncing: Mutex<Vec<(String, Syncing)>>,
}

enum Syncing {
    Thread(JoinHandle<Result<TempPath, RunError>>),
    Done(Result<TempPath, RunError>),
}

/// Every output a run may write, by file name.
pub fn output_names() -> impl Iterator<Item = String> {
    TABLES
        .iter()
        .flat_map(|t| [format!("{t}.csv"), format!("{t}.parquet")])
        .chain(SUMMARIES.iter().map(|s| s.to_string()))
        .chain(std::iter::once(RUN_JSON.to_string()))
}

impl OutputSet {
    /// Make the folder if needed and lock it; remove what a killed run left there.
    /// Returns the set and warnings about the folder's state. A folder another run
    /// holds is an error that names that run's process.
    pub fn open(dir: &Path) -> Result<(OutputSet, Vec<String>), RunError> {
        let err = |cause| RunError::Write { path: dir.to_path_buf(), cause };
        std::fs::create_dir_all(dir).map_err(err)?;
        let lock_path = dir.join(LOCK_FILE);
        let mut lock = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|cause| RunError::Write { path: lock_path.clone(), cause })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(RunError::Busy { dir: dir.to_path_buf(), holder: holder(&mut lock) })
            }
            Err(std::fs::TryLockError::Error(cause)) => return Err(RunError::Write { path: lock_path, cause }),
        }
        // the holder's process id, for the message of a run that finds the folder locked
        let _ = lock.set_len(0).and_then(|()| write!(lock, "{}", std::process::id())).and_then(|()| lock.flush());
        Committing::reset();
        let mut warnings = Vec::new();
        let stale = files::remove_temp_files(dir);
        if stale > 0 {
            warnings.push(format!("removed {stale} temporary files left by an earlier run that was killed"));
        }
        let left: Vec<String> = output_names().filter(|n| n != RUN_JSON && dir.join(n).is_file()).collect();
        if !left.is_empty() && !dir.join(RUN_JSON).is_file() {
            warnings.push(format!(
                "{}: the previous outputs have no run.json: a run was killed while putting them in place, and they may come from two runs; this run replaces them",
                dir.display()
            ));
        }
        Ok((OutputSet { dir: dir.to_path_buf(), _lock: lock, syncing: Mutex::new(Vec::new()) }, warnings))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A temporary file for output `name`.
    pub fn temp_file(&self, name: &str) -> Result<NamedTempFile, RunError> {
        files::temp_file(&self.dir, name).map_err(|cause| RunError::Write { path: self.dir.join(name), cause })
    }

    /// Write output `name` and stage it.
    pub fn write(&self, name: &str, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), RunError> {
        let mut tmp = self.temp_file(name)?;
        files::write_into(&mut tmp, write).map_err(|cause| RunError::Write { path: self.dir.join(name), cause })?;
        self.stage(tmp, name)
    }

    /// Stage a written temporary file as output `name`: it is synced on a thread of its
    /// own meanwhile (a sync waits for the disk, not the processor, and on ext4 the
    /// syncs of files written together share a journal commit), and put in place by
    /// [`OutputSet::commit`] with the rest.
    pub fn stage(&self, tmp: NamedTempFile, name: &str) -> Result<(), RunError> {
        let path = self.dir.join(name);
        let sync = move || -> Result<TempPath, RunError> {
            tmp.as_file().sync_all().map_err(|cause| RunError::Write { path, cause })?;
            Ok(tmp.into_temp_path())
        };
        // (a thread that cannot start, under a memory limit, leaves the sync to this one)
        let syncing = match spawn_sync(sync) {
            Ok(handle) => Syncing::Thread(handle),
            Err(sync) => Syncing::Done(sync()),
        };
        self.syncing.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((name.to_string(), syncing));
        Ok(())
    }

    /// Put the staged outputs in place, with `run_json` as run.json, in one step that an
    /// interrupt waits for: the old run.json goes first, then every staged file is
    /// renamed into place, outputs of the previous run that this one did not write are
    /// removed, and run.json comes last, so that a set without run.json is one whose
    /// putting in place was killed (SIGKILL cannot be waited for).
    pub fn commit(self, run_json: &[u8]) -> Result<(), RunError> {
        let mut json = self.temp_file(RUN_JSON)?;
        let json_path = self.dir.join(RUN_JSON);
        let err = |cause| RunError::Write { path: json_path.clone(), cause };
        files::write_into(&mut json, |w| w.write_all(run_json)).map_err(err)?;
        json.as_file().sync_all().map_err(err)?;
        let staged = self.synced()?;
        let names: Vec<String> = staged.iter().map(|(name, _)| name.clone()).collect();
        let committing = Committing::start();
        remove_if_there(&json_path)?;
        for (name, tmp) in staged {
            let path = self.dir.join(name);
            tmp.persist(&path).map_err(|e| RunError::Write { path, cause: e.error })?;
        }
        for name in output_names().filter(|n| n != RUN_JSON && !names.contains(n)) {
            remove_if_there(&self.dir.join(name))?;
        }
        json.persist(&json_path).map_err(|e| err(e.error))?;
        // the renames themselves on disk
        let _ = File::open(&self.dir).and_then(|d| d.sync_all());
        committing.done();
        Ok(())
    }

    /// Wait until every staged file is synced; the first failure.
    fn synced(&self) -> Result<Vec<(String, TempPath)>, RunError> {
        let syncing = std::mem::take(&mut *self.syncing.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let mut staged = Vec::with_capacity(syncing.len());
        let mut first = None;
        for (name, s) in syncing {
            let done = match s {
                Syncing::Thread(h) => h.join().unwrap_or_else(|_| {
                    Err(RunError::Table { table: "output", message: format!("the thread syncing {name} panicked") })
                }),
                Syncing::Done(done) => done,
            };
            match done {
                Ok(tmp) => staged.push((name, tmp)),
                Err(e) => first = first.or(Some(e)),
            }
        }
        match first {
            Some(e) => Err(e),
            None => Ok(staged),
        }
    }
}

impl Drop for OutputSet {
    /// Wait for the syncs of a set never committed, whose temporary files are then
    /// removed: none outlives the run.
    fn drop(&mut self) {
        let _ = self.synced();
    }
}

/// The process id written in a lock file, when it can be read.
fn holder(lock: &mut File) -> Option<u32> {
    // the holder writes its id just after taking the lock: wait a little for it
    for _ in 0..20 {
        let mut text = String::new();
        if lock.read_to_string(&mut text).is_ok() {
            if let Ok(pid) = text.trim().parse() {
                return Some(pid);
            }
        }
        let _ = std::io::Seek::rewind(lock);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    None
}

/// Run `sync` on a thread with a small stack; `sync` back if no thread can start.
fn spawn_sync<F>(sync: F) -> Result<JoinHandle<Result<TempPath, RunError>>, F>
where
    F: FnOnce() -> Result<TempPath, RunError> + Send + 'static,
{
    // the closure comes back only through the thread; keep it to run here otherwise
    let slot = std::sync::Arc::new(Mutex::new(Some(sync)));
    let theirs = std::sync::Arc::clone(&slot);
    let started = std::thread::Builder::new().name("baogao-sync".into()).stack_size(SYNC_STACK).spawn(move || {
        let sync = theirs.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        sync.map_or_else(|| Err(RunError::Table { table: "output", message: "synced twice".into() }), |s| s())
    });
    match started {
        Ok(handle) => Ok(handle),
        Err(_) => match slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take() {
            Some(sync) => Err(sync),
            None => unreachable!("a thread that did not start ran nothing"),
        },
    }
}

fn remove_if_there(path: &Path) -> Result<(), RunError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(RunError::Write { path: path.to_path_buf(), cause: e })
        }
        _ => Ok(()),
    }
}
