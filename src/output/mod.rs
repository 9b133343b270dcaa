//! Records -> files: CSV, Parquet, summary.md, summary.html, run.json. The only stage
//! besides `ingest` that touches the disk.
//!
//! Every file is written to a temporary name in OUTPUT_DIR and renamed into place,
//! so a reader (or a run killed half-way) never sees half a file.

pub mod html;
pub mod rows;
pub mod run_json;
pub mod schema;
pub mod summary;

use std::io::Write;
use std::path::{Path, PathBuf};

use polars::io::parquet::write::BatchedWriter;
use polars::prelude::{DataFrame, ParquetWriter};

use crate::error::RunError;
use schema::Table;

/// Suffix of the temporary files `write_atomic` creates (`.<name>.<random>.tmp`).
const TMP_SUFFIX: &str = ".tmp";

/// Whether `file_name` is one of our temporary files.
pub fn is_temp_name(file_name: &str) -> bool {
    file_name.starts_with('.') && file_name.ends_with(TMP_SUFFIX)
}

/// Remove temporary files left in `dir` by a run that was killed (SIGKILL cannot be
/// caught) or interrupted. Returns how many were removed.
pub fn remove_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(is_temp_name))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// On Ctrl-C (SIGINT) or SIGTERM: remove the temporary files in `dir` and exit with
/// 130, so an interrupted run leaves the previous outputs intact and nothing half-written.
pub fn clean_up_on_interrupt(dir: &Path) {
    let dir = dir.to_path_buf();
    // A second installation (several runs in one process, as in tests) is refused; the
    // first handler already cleans up its own folder, which is all it can do.
    let _ = ctrlc::set_handler(move || {
        // no temporary file is created from here on (the run is still going while this
        // handler cleans up), and none is half-created while the folder is read
        let mut interrupted = TEMP_FILES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *interrupted = true;
        remove_temp_files(&dir);
        eprintln!("baogao: interrupted; previous outputs left as they were");
        std::process::exit(130);
    });
}

/// Write `bytes` to `dir/name` atomically.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<PathBuf, RunError> {
    write_atomic_with(dir, name, write, None)
}

/// [`write_atomic`], with the sync and rename left to `syncs`.
pub fn write_atomic_in(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    syncs: &Syncs,
) -> Result<PathBuf, RunError> {
    write_atomic_with(dir, name, write, Some(syncs))
}

fn write_atomic_with(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    syncs: Option<&Syncs>,
) -> Result<PathBuf, RunError> {
    let path = dir.join(name);
    let err = |source| RunError::Write { path: path.clone(), source };
    let mut tmp = temp_file(dir, name).map_err(err)?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).map_err(err)?;
        buf.flush().map_err(err)?;
    }
    persist_with(tmp, &path, syncs)?;
    Ok(path)
}

/// Files written in full whose sync and rename into place go on in the background,
/// each on a thread of its own, while the run goes on: a sync waits for the disk, not
/// the processor, and on ext4 the syncs of files written together share one journal
/// commit instead of waiting for one each (the whole-batch tables, written one after
/// the other, spent 4 of their 5 ms at 1x in sync). [`Syncs::wait`] waits for all of
/// them; dropping the value waits too, so no file is left half-renamed.
#[derive(Default)]
pub struct Syncs {
    pending: std::sync::Mutex<Vec<Pending>>,
}

/// A file's path and the thread syncing and renaming it.
type Pending = (PathBuf, std::thread::JoinHandle<Result<(), RunError>>);

impl Syncs {
    /// Sync `tmp` and rename it to `path`, on a thread of its own.
    fn persist(&self, tmp: tempfile::NamedTempFile, path: &Path) -> Result<(), RunError> {
        let target = path.to_path_buf();
        let handle = std::thread::Builder::new()
            .name("baogao-sync".into())
            .spawn(move || persist(tmp, &target))
            .map_err(|source| RunError::Write { path: path.to_path_buf(), source })?;
        self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push((path.to_path_buf(), handle));
        Ok(())
    }

    /// Wait until every file handed over is synced and in place; the first failure.
    pub fn wait(self) -> Result<(), RunError> {
        self.join_all()
    }

    fn join_all(&self) -> Result<(), RunError> {
        let handles = std::mem::take(&mut *self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let mut first = Ok(());
        for (path, h) in handles {
            let done = h.join().unwrap_or_else(|_| {
                Err(RunError::Table {
                    table: "output",
                    message: format!("the thread syncing {} panicked", path.display()),
                })
            });
            if first.is_ok() {
                first = done;
            }
        }
        first
    }
}

impl Drop for Syncs {
    fn drop(&mut self) {
        let _ = self.join_all();
    }
}

/// CSV bytes of a table: header row, RFC 4180 quoting, `\n` line ends.
pub fn csv_bytes<T: Table>(rows: &[T], bom: bool) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rows.len() * 64 + 64);
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    out.extend(header_line::<T>()?);
    out.extend(csv_lines(rows)?);
    Ok(out)
}

/// The CSV writer of every table: `\n` line ends, quoting only where needed, and the
/// header written by the caller from [`header`] (serde can write it only from a row).
fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().has_headers(false).terminator(csv::Terminator::Any(b'\n')).from_writer(w)
}

/// A table's column names, in order.
fn header<T: Table>() -> Vec<String> {
    T::columns(&[]).iter().map(|c| c.name().to_string()).collect()
}

fn header_line<T: Table>() -> std::io::Result<Vec<u8>> {
    let mut w = csv_writer(Vec::new());
    w.write_record(header::<T>())?;
    w.into_inner().map_err(|e| e.into_error())
}

/// Rows as CSV lines, without the header. A line depends only on its row, so lines
/// made apart and joined are the lines of the joined rows.
fn csv_lines<T: serde::Serialize>(rows: &[T]) -> std::io::Result<Vec<u8>> {
    let mut w = csv_writer(Vec::with_capacity(rows.len() * 128));
    for r in rows {
        w.serialize(r).map_err(std::io::Error::other)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// [`csv_lines`] of rows of table `T` (or a borrowed form of them), with a failure
/// named after the table.
fn table_lines<T: Table, S: serde::Serialize>(rows: &[S]) -> Result<Vec<u8>, RunError> {
    csv_lines(rows).map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })
}

/// One CSV field as the csv writer writes it in a record of several fields: quoted
/// if it holds a comma, a quote, `\n` or `\r`, with its quotes doubled.
pub(crate) fn csv_field(out: &mut Vec<u8>, field: &str) {
    let bytes = field.as_bytes();
    if memchr::memchr3(b',', b'"', b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_none() {
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    for part in field.split_inclusive('"') {
        out.extend_from_slice(part.as_bytes());
        if part.ends_with('"') {
            out.push(b'"');
        }
    }
    out.push(b'"');
}

/// The CSV line of one record of table `T` (or some of its fields), `\n` included.
pub fn csv_line<T: Table, S: serde::Serialize>(record: &S) -> Result<Vec<u8>, RunError> {
    table_lines::<T, S>(std::slice::from_ref(record))
}

/// Write a table as CSV (and Parquet when asked) in one go.
pub fn write_table<T: Table>(dir: &Path, rows: &[T], bom: bool, parquet: bool) -> Result<usize, RunError> {
    write_table_with(dir, rows, bom, parquet, None)
}

/// [`write_table`], with the syncs and renames left to `syncs`.
pub fn write_table_in<T: Table>(
    dir: &Path,
    rows: &[T],
    bom: bool,
    parquet: bool,
    syncs: &Syncs,
) -> Result<usize, RunError> {
    write_table_with(dir, rows, bom, parquet, Some(syncs))
}

fn write_table_with<T: Table>(
    dir: &Path,
    rows: &[T],
    bom: bool,
    parquet: bool,
    syncs: Option<&Syncs>,
) -> Result<usize, RunError> {
    let mut sink = TableSink::<T>::create(dir, bom, parquet)?;
    sink.write_csv(&table_lines::<T, T>(rows)?, rows.len())?;
    sink.write_parquet(&rows.iter().collect::<Vec<_>>())?;
    sink.finish_with(syncs)
}

/// Some rows of a table serialised as CSV where they were made (on the thread that
/// made them), for a [`TableSink`] to write in order. The rows themselves are kept
/// only for Parquet.
pub struct Chunk<T> {
    csv: Vec<u8>,
    len: usize,
    rows: Vec<T>,
}

impl<T: Table> Chunk<T> {
    /// The CSV lines of `rows`, which are kept if `keep_rows` and freed here otherwise.
    pub fn of(rows: Vec<T>, keep_rows: bool) -> Result<Self, RunError> {
        Ok(Chunk { csv: table_lines::<T, T>(&rows)?, len: rows.len(), rows: if keep_rows { rows } else { Vec::new() } })
    }

    /// Lines written by other means, `len` of them, that must be the CSV lines of
    /// `rows` (or of the rows they stand for, when `rows` is not kept): a test of the
    /// caller checks they are.
    pub fn from_lines(csv: Vec<u8>, len: usize, rows: Vec<T>) -> Self {
        Chunk { csv, len, rows }
    }

    /// The CSV lines.
    pub fn csv(&self) -> &[u8] {
        &self.csv
    }

    /// How many rows the chunk holds.
    pub fn row_count(&self) -> usize {
        self.len
    }
}

/// A table written batch by batch as its rows are produced, so a batch of thousands of
/// reports never holds the whole table in memory. Rows go to temporary files that
/// [`TableSink::finish_in`] renames into place; until then the previous output stays, and
/// a sink dropped without `finish_in` (an error, an interrupt) removes its temporary files.
pub struct TableSink<T: Table> {
    dir: PathBuf,
    csv: std::io::BufWriter<tempfile::NamedTempFile>,
    parquet: Option<ParquetSink>,
    rows: usize,
    _rows: std::marker::PhantomData<T>,
}

struct ParquetSink {
    tmp: tempfile::NamedTempFile,
    // unbuffered: the batched writer cannot hand back a buffer to flush, and it writes
    // whole pages at a time anyway
    writer: Option<BatchedWriter<std::fs::File>>,
}

impl<T: Table> TableSink<T> {
    pub fn create(dir: &Path, bom: bool, parquet: bool) -> Result<Self, RunError> {
        let csv_name = format!("{}.csv", T::NAME);
        let err = |source| RunError::Write { path: dir.join(&csv_name), source };
        let mut csv = std::io::BufWriter::new(temp_file(dir, &csv_name).map_err(err)?);
        if bom {
            csv.write_all(b"\xEF\xBB\xBF").map_err(err)?;
        }
        csv.write_all(&header_line::<T>().map_err(err)?).map_err(err)?;
        let parquet = if parquet {
            let name = format!("{}.parquet", T::NAME);
            let tmp = temp_file(dir, &name).map_err(|source| RunError::Write { path: dir.join(&name), source })?;
            Some(ParquetSink { tmp, writer: None })
        } else {
            None
        };
        Ok(TableSink { dir: dir.to_path_buf(), csv, parquet, rows: 0, _rows: std::marker::PhantomData })
    }

    /// Append the rows of some chunks, in order. The rows of one call are one Parquet
    /// row group.
    pub fn push(&mut self, chunks: &[Chunk<T>]) -> Result<(), RunError> {
        for c in chunks {
            self.write_csv(&c.csv, c.len)?;
        }
        self.write_parquet(&chunks.iter().flat_map(|c| &c.rows).collect::<Vec<_>>())?;
        self.start_writeback();
        Ok(())
    }

    /// Ask the kernel to start writing what this sink has written so far to disk,
    /// without waiting for it: by [`TableSink::finish_in`], whose sync waits for all of
    /// it (and, on ext4, for every other file written meanwhile), most of a big table
    /// is on disk already. Only a hint: a failure changes nothing, and the sync in
    /// `finish_in` is what makes the table durable.
    fn start_writeback(&mut self) {
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            if self.csv.flush().is_err() {
                return;
            }
            let files =
                std::iter::once(self.csv.get_ref().as_file()).chain(self.parquet.as_ref().map(|p| p.tmp.as_file()));
            for file in files {
                // SAFETY: sync_file_range reads no memory of ours; offset 0 and length
                // 0 mean the whole file, and the descriptor is open for as long as
                // `file` is borrowed.
                unsafe {
                    libc::sync_file_range(file.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
                }
            }
        }
    }

    fn write_csv(&mut self, lines: &[u8], rows: usize) -> Result<(), RunError> {
        self.csv
            .write_all(lines)
            .map_err(|source| RunError::Write { path: self.dir.join(format!("{}.csv", T::NAME)), source })?;
        self.rows += rows;
        Ok(())
    }

    /// One row group, if Parquet is written.
    fn write_parquet(&mut self, rows: &[&T]) -> Result<(), RunError> {
        if let Some(p) = &mut self.parquet {
            if rows.is_empty() && p.writer.is_some() {
                return Ok(());
            }
            let table_err = |e: polars::error::PolarsError| RunError::Table { table: T::NAME, message: e.to_string() };
            let df = DataFrame::new(rows.len(), T::columns(rows)).map_err(table_err)?;
            if p.writer.is_none() {
                let file = p.tmp.reopen().map_err(|source| RunError::Write {
                    path: self.dir.join(format!("{}.parquet", T::NAME)),
                    source,
                })?;
                p.writer = Some(ParquetWriter::new(file).batched(df.schema()).map_err(table_err)?);
            }
            if let Some(w) = &mut p.writer {
                w.write_batch(&df).map_err(table_err)?;
            }
        }
        Ok(())
    }

    /// Flush, then leave the sync and rename into place to `syncs`. Returns the number
    /// of rows written.
    pub fn finish_in(self, syncs: &Syncs) -> Result<usize, RunError> {
        self.finish_with(Some(syncs))
    }

    /// Flush, sync and rename into place (on `syncs`' threads, if given).
    fn finish_with(mut self, syncs: Option<&Syncs>) -> Result<usize, RunError> {
        if self.parquet.as_ref().is_some_and(|p| p.writer.is_none()) {
            self.push(&[])?;
        }
        let csv_path = self.dir.join(format!("{}.csv", T::NAME));
        let tmp =
            self.csv.into_inner().map_err(|e| RunError::Write { path: csv_path.clone(), source: e.into_error() })?;
        if let Some(p) = self.parquet {
            let path = self.dir.join(format!("{}.parquet", T::NAME));
            if let Some(w) = p.writer {
                w.finish().map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })?;
            }
            persist_with(p.tmp, &path, syncs)?;
        }
        persist_with(tmp, &csv_path, syncs)?;
        Ok(self.rows)
    }
}

/// Whether the run was interrupted; held while a temporary file is created and while
/// the interrupt handler removes them, so that every temporary file is either created
/// before the handler reads the folder (and removed) or not created at all.
static TEMP_FILES: std::sync::Mutex<bool> = std::sync::Mutex::new(false);

/// A temporary file in `dir` for output `name`, with the permissions of an ordinary file.
fn temp_file(dir: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let interrupted = TEMP_FILES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if *interrupted {
        return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "the run was interrupted"));
    }
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TMP_SUFFIX);
    // a temporary file is private (0600); the output is an ordinary file (0666 less umask)
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(dir)
}

fn persist_with(tmp: tempfile::NamedTempFile, path: &Path, syncs: Option<&Syncs>) -> Result<(), RunError> {
    match syncs {
        Some(syncs) => syncs.persist(tmp, path),
        None => persist(tmp, path),
    }
}

fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> Result<(), RunError> {
    let err = |source| RunError::Write { path: path.to_path_buf(), source };
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn files_left_to_syncs_are_in_place_whole_once_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let syncs = Syncs::default();
        write_atomic_in(dir.path(), "a.txt", |w| w.write_all(b"first"), &syncs).unwrap();
        write_atomic_in(dir.path(), "b.txt", |w| w.write_all(&[b'x'; 100_000]), &syncs).unwrap();
        syncs.wait().unwrap();
        assert_eq!(names(dir.path()), ["a.txt", "b.txt"], "no temporary file is left");
        assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), b"first");
        assert_eq!(std::fs::read(dir.path().join("b.txt")).unwrap().len(), 100_000);
    }

    #[test]
    fn dropping_syncs_waits_for_the_files_too() {
        let dir = tempfile::tempdir().unwrap();
        {
            let syncs = Syncs::default();
            write_atomic_in(dir.path(), "c.txt", |w| w.write_all(b"kept"), &syncs).unwrap();
        }
        assert_eq!(names(dir.path()), ["c.txt"]);
        assert_eq!(std::fs::read(dir.path().join("c.txt")).unwrap(), b"kept");
    }

    #[test]
    fn a_file_that_cannot_be_renamed_is_an_error_from_wait() {
        let dir = tempfile::tempdir().unwrap();
        // a folder where the file should go: the rename fails
        std::fs::create_dir(dir.path().join("d.txt")).unwrap();
        std::fs::write(dir.path().join("d.txt").join("inside"), b"").unwrap();
        let syncs = Syncs::default();
        write_atomic_in(dir.path(), "d.txt", |w| w.write_all(b"lost"), &syncs).unwrap();
        let err = syncs.wait().unwrap_err().to_string();
        assert!(err.contains("d.txt"), "{err}");
    }
}
