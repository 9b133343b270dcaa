//! Typed errors of each stage and the one exit-code policy of SPEC.md.

use std::path::PathBuf;

/// Problems with the configuration or the command line: nothing is written (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read configuration {}: {cause}", path.display())]
    Read { path: PathBuf, cause: std::io::Error },
    #[error("invalid configuration {}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
}

/// Why one input could not be processed. The batch goes on without it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes, over the limit of {limit} (ingest.max_file_bytes in the config)")]
    TooLarge { size: u64, limit: u64 },
    #[error("not a regular file (a FIFO, a device or a folder); baogao reads files")]
    NotAFile,
    #[error("this file would need about {need_mib} MiB of memory to analyse, more than this process may use ({limit_mib} MiB, ulimit -v); raise the limit or split the file")]
    TooMuchMemory { need_mib: u64, limit_mib: u64 },
    #[error("{0}")]
    Walk(String),
    #[error("this is a binary file, not a text report")]
    Binary,
    #[error("cannot decode the text: {0}")]
    Encoding(String),
    #[error("unsupported format .{ext}: {advice}")]
    Unsupported { ext: String, advice: String },
    #[error("the file is named .{ext} but is {what}: {advice}")]
    WrongContent { ext: String, what: &'static str, advice: &'static str },
    #[error("the PDF is encrypted and needs a password to open: save a copy without the password (or `qpdf --password=PASSWORD --decrypt IN.pdf OUT.pdf`) and give baogao that{also}")]
    PdfEncrypted { also: String },
    #[error("broken .docx: {0}")]
    Docx(String),
    #[error("the PDF has no text layer (a scanned document?): run OCR on it (for example `ocrmypdf -l chi_sim --sidecar OUT.txt IN.pdf OUT.pdf`) and give baogao the text{also}")]
    PdfNoText { also: String },
    #[error("{percent}% of the PDF's characters cannot be read: its fonts have no Unicode mapping; convert it with `pdftotext` (poppler-utils, with poppler-data for Chinese fonts; baogao uses it by itself when it is on PATH) or run OCR{also}")]
    PdfUnmapped { percent: u32, also: String },
    #[error("the PDF's text has no Chinese characters: its fonts map glyphs to the wrong characters, or it is not a report; try `pdftotext` (poppler-utils and poppler-data) or OCR{also}")]
    PdfNoChinese { also: String },
    #[error("cannot read the PDF ({reason}); if it opens in a PDF viewer, convert it with `pdftotext FILE.pdf` (poppler-utils and poppler-data){also}")]
    Pdf { reason: String, also: String },
    #[error("no year found in the header or the path; name the file <region>/<year>.txt, <year>_<region>.txt or <year>年<region>政府工作报告.txt")]
    NoYear,
    #[error("no text left after decoding and cleaning")]
    NoText,
    #[error("no report text: {0}")]
    NotAReport(String),
    #[error("same region and year ({region} {year}) as {other}; keep one of the two files")]
    Duplicate { region: String, year: i32, other: String },
    #[error("not a government work report: {0}; baogao reads 政府工作报告, the government's report to its congress")]
    AnotherDocument(String),
    #[error("{what}, not a government work report: the work report of {region} {year} is {other}")]
    NotTheWorkReport { what: String, region: String, year: i32, other: String },
    #[error("an abridgement (摘要) of the work report of {region} {year}; the full text is {other}")]
    Abridged { region: String, year: i32, other: String },
}

/// The stage an input failed in, for errors.csv.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Read,
    Decode,
    Metadata,
    Pair,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Decode => "decode",
            Stage::Metadata => "metadata",
            Stage::Pair => "pair",
        }
    }
}

/// One failed input: a row of errors.csv and a line on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Path as given (below INPUT_DIR when walking a folder).
    pub path: String,
    pub stage: Stage,
    pub error: InputError,
}

/// Errors that stop a run: configuration, or outputs that cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    // (the OS error is the message's end, not a `source`: printed with its chain, it
    // would be said twice)
    #[error("cannot read input folder {}: {cause}", path.display())]
    InputDir { path: PathBuf, cause: std::io::Error },
    #[error("cannot write {}: {cause}", path.display())]
    Write { path: PathBuf, cause: std::io::Error },
    #[error("another baogao run{} is writing to {}; wait for it to finish, or write elsewhere with -o", holder.map(|p| format!(" (process {p})")).unwrap_or_default(), dir.display())]
    Busy { dir: PathBuf, holder: Option<u32> },
    #[error("cannot build table {table}: {message}")]
    Table { table: &'static str, message: String },
}

/// The exit codes of SPEC.md, from one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// All inputs processed.
    Ok = 0,
    /// Usage or configuration error; nothing written.
    Usage = 1,
    /// Some inputs failed; all else processed and written.
    Partial = 2,
    /// Nothing could be processed.
    Nothing = 3,
}

impl Exit {
    /// The exit code of a batch with `ok` processed and `failed` failed inputs.
    pub fn of_batch(ok: usize, failed: usize) -> Exit {
        match (ok, failed) {
            (0, _) => Exit::Nothing,
            (_, 0) => Exit::Ok,
            _ => Exit::Partial,
        }
    }

    pub fn code(self) -> i32 {
        self as i32
    }
}
