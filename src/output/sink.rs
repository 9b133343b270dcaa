//! Tables written as their rows come: [`Chunk`]s of CSV lines made where the rows
//! were, appended in order to a [`TableSink`] (CSV, and Parquet a row group per push).

use std::io::Write;
use std::path::PathBuf;

use polars::io::parquet::write::BatchedWriter;
use polars::prelude::{DataFrame, ParquetWriter};

use super::csv::{header_line, table_lines};
use super::schema::Table;
use super::set::OutputSet;
use crate::error::RunError;

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
/// [`TableSink::finish`] stages in the run's [`OutputSet`]; a sink dropped without
/// `finish` (an error) removes its temporary files.
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
    pub fn create(set: &OutputSet, bom: bool, parquet: bool) -> Result<Self, RunError> {
        let dir = set.dir();
        let csv_name = format!("{}.csv", T::NAME);
        let err = |cause| RunError::Write { path: dir.join(&csv_name), cause };
        let mut csv = std::io::BufWriter::new(set.temp_file(&csv_name)?);
        if bom {
            csv.write_all(b"\xEF\xBB\xBF").map_err(err)?;
        }
        csv.write_all(&header_line::<T>().map_err(err)?).map_err(err)?;
        let parquet = if parquet {
            let name = format!("{}.parquet", T::NAME);
            let tmp = set.temp_file(&name)?;
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
            .map_err(|cause| RunError::Write { path: self.dir.join(format!("{}.csv", T::NAME)), cause })?;
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
                let file = p
                    .tmp
                    .reopen()
                    .map_err(|cause| RunError::Write { path: self.dir.join(format!("{}.parquet", T::NAME)), cause })?;
                p.writer = Some(ParquetWriter::new(file).batched(df.schema()).map_err(table_err)?);
            }
            if let Some(w) = &mut p.writer {
                w.write_batch(&df).map_err(table_err)?;
            }
        }
        Ok(())
    }

    /// Flush, then stage the files in `set` (synced in the background, put in place
    /// with the rest of the set). Returns the number of rows written.
    pub fn finish(mut self, set: &OutputSet) -> Result<usize, RunError> {
        if self.parquet.as_ref().is_some_and(|p| p.writer.is_none()) {
            self.push(&[])?;
        }
        let csv_name = format!("{}.csv", T::NAME);
        let tmp = self
            .csv
            .into_inner()
            .map_err(|e| RunError::Write { path: self.dir.join(&csv_name), cause: e.into_error() })?;
        if let Some(p) = self.parquet {
            if let Some(w) = p.writer {
                w.finish().map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })?;
            }
            set.stage(p.tmp, &format!("{}.parquet", T::NAME))?;
        }
        set.stage(tmp, &csv_name)?;
        Ok(self.rows)
    }
}

/// Write a table as CSV (and Parquet when asked) in one go, staged in `set`.
pub fn write_table<T: Table>(set: &OutputSet, rows: &[T], bom: bool, parquet: bool) -> Result<usize, RunError> {
    let mut sink = TableSink::<T>::create(set, bom, parquet)?;
    sink.write_csv(&table_lines::<T, T>(rows)?, rows.len())?;
    sink.write_parquet(&rows.iter().collect::<Vec<_>>())?;
    sink.finish(set)
}
