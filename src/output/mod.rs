//! Records -> files: CSV, Parquet, summary.md, summary.html, run.json.
//!
//! Every file is written to a temporary name in OUTPUT_DIR and renamed into place,
//! so a reader (or a run killed half-way) never sees half a file.

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
    let path = dir.join(name);
    let err = |source| RunError::Write { path: path.clone(), source };
    let mut tmp = temp_file(dir, name).map_err(err)?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).map_err(err)?;
        buf.flush().map_err(err)?;
    }
    persist(tmp, &path)?;
    Ok(path)
}

/// CSV bytes of a table: header row, RFC 4180 quoting, `\n` line ends.
pub fn csv_bytes<T: Table>(rows: &[T], bom: bool) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rows.len() * 64 + 64);
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    {
        let mut w = csv_writer(&mut out);
        w.write_record(header::<T>())?;
        for r in rows {
            w.serialize(r).map_err(std::io::Error::other)?;
        }
        w.flush()?;
    }
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

/// Write a table as CSV (and Parquet when asked) in one go.
pub fn write_table<T: Table>(dir: &Path, rows: &[T], bom: bool, parquet: bool) -> Result<usize, RunError> {
    let mut sink = TableSink::<T>::create(dir, bom, parquet)?;
    sink.push([rows])?;
    sink.finish()
}

/// A table written batch by batch as its rows are produced, so a batch of thousands of
/// reports never holds the whole table in memory. Rows go to temporary files that
/// [`TableSink::finish`] renames into place; until then the previous output stays, and
/// a sink dropped without `finish` (an error, an interrupt) removes its temporary files.
pub struct TableSink<T: Table> {
    dir: PathBuf,
    csv: csv::Writer<std::io::BufWriter<tempfile::NamedTempFile>>,
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
        let mut file = std::io::BufWriter::new(temp_file(dir, &csv_name).map_err(err)?);
        if bom {
            file.write_all(b"\xEF\xBB\xBF").map_err(err)?;
        }
        let mut csv = csv_writer(file);
        csv.write_record(header::<T>()).map_err(|e| err(e.into()))?;
        let parquet = if parquet {
            let name = format!("{}.parquet", T::NAME);
            let tmp = temp_file(dir, &name).map_err(|source| RunError::Write { path: dir.join(&name), source })?;
            Some(ParquetSink { tmp, writer: None })
        } else {
            None
        };
        Ok(TableSink { dir: dir.to_path_buf(), csv, parquet, rows: 0, _rows: std::marker::PhantomData })
    }

    /// Append rows, in order: the rows of each chunk, chunk after chunk. The rows of
    /// one call are one Parquet row group.
    pub fn push<'r>(&mut self, chunks: impl IntoIterator<Item = &'r [T]>) -> Result<(), RunError>
    where
        T: 'r,
    {
        let rows: Vec<&T> = chunks.into_iter().flatten().collect();
        let csv_err =
            |e: csv::Error| RunError::Write { path: self.dir.join(format!("{}.csv", T::NAME)), source: e.into() };
        for r in &rows {
            self.csv.serialize(r).map_err(csv_err)?;
        }
        self.rows += rows.len();
        if let Some(p) = &mut self.parquet {
            if rows.is_empty() && p.writer.is_some() {
                return Ok(());
            }
            let table_err = |e: polars::error::PolarsError| RunError::Table { table: T::NAME, message: e.to_string() };
            let df = DataFrame::new(rows.len(), T::columns(&rows)).map_err(table_err)?;
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

    /// Flush and rename into place. Returns the number of rows written.
    pub fn finish(mut self) -> Result<usize, RunError> {
        if self.parquet.as_ref().is_some_and(|p| p.writer.is_none()) {
            self.push(std::iter::empty())?;
        }
        let csv_path = self.dir.join(format!("{}.csv", T::NAME));
        let err = |path: &Path, source| RunError::Write { path: path.to_path_buf(), source };
        let file = self.csv.into_inner().map_err(|e| err(&csv_path, e.into_error()))?;
        let tmp = file.into_inner().map_err(|e| err(&csv_path, e.into_error()))?;
        if let Some(p) = self.parquet {
            let path = self.dir.join(format!("{}.parquet", T::NAME));
            if let Some(w) = p.writer {
                w.finish().map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })?;
            }
            persist(p.tmp, &path)?;
        }
        persist(tmp, &csv_path)?;
        Ok(self.rows)
    }
}

/// A temporary file in `dir` for output `name`, with the permissions of an ordinary file.
fn temp_file(dir: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TMP_SUFFIX);
    // a temporary file is private (0600); the output is an ordinary file (0666 less umask)
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(dir)
}

fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> Result<(), RunError> {
    let err = |source| RunError::Write { path: path.to_path_buf(), source };
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
