//! Records -> files: CSV, Parquet, summary.md, summary.html, run.json.
//!
//! Every file is written to a temporary name in OUTPUT_DIR and renamed into place,
//! so a reader (or a run killed half-way) never sees half a file.

pub mod schema;
pub mod summary;

use std::io::Write;
use std::path::{Path, PathBuf};

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
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TMP_SUFFIX);
    // a temporary file is private (0600); the output is an ordinary file (0666 less umask)
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buf).map_err(err)?;
        buf.flush().map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(&path).map_err(|e| err(e.error))?;
    Ok(path)
}

/// CSV bytes of a table: header row, RFC 4180 quoting, `\n` line ends.
pub fn csv_bytes<T: Table>(rows: &[T], bom: bool) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rows.len() * 64 + 64);
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    {
        let mut w =
            csv::WriterBuilder::new().has_headers(true).terminator(csv::Terminator::Any(b'\n')).from_writer(&mut out);
        if rows.is_empty() {
            // serde cannot write a header without a row; build it from the columns
            let names: Vec<String> = T::columns(rows).iter().map(|c| c.name().to_string()).collect();
            w.write_record(&names)?;
        }
        for r in rows {
            w.serialize(r).map_err(std::io::Error::other)?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// Write a table as CSV (and Parquet when asked). Returns the paths written.
pub fn write_table<T: Table>(dir: &Path, rows: &[T], bom: bool, parquet: bool) -> Result<Vec<PathBuf>, RunError> {
    let bytes =
        csv_bytes(rows, bom).map_err(|e| RunError::Write { path: dir.join(format!("{}.csv", T::NAME)), source: e })?;
    let mut written = vec![write_atomic(dir, &format!("{}.csv", T::NAME), |w| w.write_all(&bytes))?];
    if parquet {
        let mut df = DataFrame::new(rows.len(), T::columns(rows))
            .map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })?;
        written.push(write_atomic(dir, &format!("{}.parquet", T::NAME), |w| {
            ParquetWriter::new(w).finish(&mut df).map(|_| ()).map_err(std::io::Error::other)
        })?);
    }
    Ok(written)
}
