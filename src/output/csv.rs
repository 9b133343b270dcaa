//! CSV: the header and lines of a table as the csv crate writes them (RFC 4180,
//! quoting only where needed, `\n` line ends), and one field as the hand-written lines
//! of the big tables write it.

use std::io::Write;

use super::schema::Table;
use crate::error::RunError;

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

pub(super) fn header_line<T: Table>() -> std::io::Result<Vec<u8>> {
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
pub(super) fn table_lines<T: Table, S: serde::Serialize>(rows: &[S]) -> Result<Vec<u8>, RunError> {
    csv_lines(rows).map_err(|e| RunError::Table { table: T::NAME, message: e.to_string() })
}

/// One CSV field as the csv writer writes it in a record of several fields: quoted
/// if it holds a comma, a quote, `\n` or `\r`, with its quotes doubled.
pub(crate) fn csv_field(out: &mut Vec<u8>, field: &str) {
    let bytes = field.as_bytes();
    // short fields (ids, regions, sections) byte by byte; a sentence by memchr's vector
    // search, which costs more to start than a short field takes to read
    let plain = if bytes.len() < 64 {
        !bytes.iter().any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    } else {
        memchr::memchr3(b',', b'"', b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_none()
    };
    if plain {
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
