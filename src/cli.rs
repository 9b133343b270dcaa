//! The command line (clap). `baogao` with no arguments is `baogao run seeds -o output`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::config::Format;

#[derive(Debug, Parser)]
#[command(name = "baogao", version, about = "Compare Chinese government work reports (政府工作报告) across years")]
#[command(
    after_help = "With no command, runs `baogao run seeds -o output`.\nExit codes: 0 all inputs processed; 1 usage or configuration error; 2 some inputs failed (see errors.csv); 3 nothing could be processed."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Process a folder of reports and write every table and summary.
    Run(RunArgs),
    /// Print the indicators of single files as CSV on stdout.
    Extract(ExtractArgs),
    /// Print the sentence diff of two reports on stdout.
    Diff(DiffArgs),
    /// Print what baogao reads from one file: metadata, encoding, sections, sentences.
    Inspect(InspectArgs),
    /// Read one PDF's pages and print them as JSON: the child process that isolates
    /// the PDF reader (src/ingest/pdf/isolate.rs). Not for users.
    #[command(name = crate::ingest::pdf::isolate::CHILD_COMMAND, hide = true)]
    ReadPdf { file: PathBuf },
}

#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Configuration file.
    ///
    /// Defaults to config/baogao.toml when it exists, else the configuration built
    /// into the binary (the same file as shipped).
    #[arg(short = 'c', long = "config", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Folder of reports (.txt, .md, .html, .docx, .pdf), read recursively.
    #[arg(default_value = "seeds", value_name = "INPUT_DIR")]
    pub input: PathBuf,
    /// Folder to write the outputs to (created if missing).
    #[arg(short = 'o', long = "output", default_value = "output", value_name = "OUTPUT_DIR")]
    pub output: PathBuf,
    #[command(flatten)]
    pub common: Common,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Table formats, comma-separated; csv is always written.
    #[arg(long = "format", value_delimiter = ',', value_name = "csv,parquet")]
    pub format: Option<Vec<Format>>,
    /// Print only errors; no progress bars or stage lines.
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Start every CSV with a UTF-8 BOM, for Excel on Chinese Windows.
    #[arg(long = "excel-bom")]
    pub excel_bom: bool,
}

impl Default for RunArgs {
    fn default() -> Self {
        RunArgs {
            input: PathBuf::from("seeds"),
            output: PathBuf::from("output"),
            common: Common { config: None },
            jobs: None,
            format: None,
            quiet: false,
            excel_bom: false,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ExtractArgs {
    /// Report files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The earlier report.
    pub old: PathBuf,
    /// The later report.
    pub new: PathBuf,
    /// Also write a redline page to this HTML file.
    #[arg(long = "html", value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Print readable lines (`~ edited`, `+ added`, …) instead of CSV.
    #[arg(long = "text")]
    pub text: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Args)]
pub struct InspectArgs {
    /// The report file.
    pub file: PathBuf,
    /// Print the decoded text instead: what char_start/char_end of indicators.csv
    /// count in (for a PDF, its text after the layout clean-up).
    #[arg(long = "text")]
    pub text: bool,
    #[command(flatten)]
    pub common: Common,
}
