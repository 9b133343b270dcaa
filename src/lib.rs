//! baogao: Chinese government work reports in, comparable tables out.
//!
//! The stages, one module each, each a function from one record to the next:
//! `ingest` (file -> [`model::Document`]) -> `normalize` + `meta` (->
//! [`model::Prepared`]) -> `segment` (-> [`model::Report`]) -> `extract` (->
//! [`model::Indicator`]s) -> `compare` (pairs -> diffs, terms, panel) -> `output`
//! (records -> files). `pipeline` runs one report through the per-report stages; `run`
//! is the batch engine; `commands` the single-file commands. docs/ARCHITECTURE.md
//! draws the whole.

pub mod across;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod ingest;
pub mod meta;
pub mod model;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod run;
pub mod segment;

pub use pipeline::{load, prepare};
pub use run::run;

use cli::{Cli, Command, RunArgs};
use error::Exit;

/// Dispatch a parsed command line.
pub fn main_with(cli: Cli) -> anyhow::Result<Exit> {
    // PDFs are read in a child process (this program, `__read-pdf`) from here on
    ingest::pdf::isolate::use_child_process();
    match cli.command.unwrap_or_else(|| Command::Run(RunArgs::default())) {
        Command::Run(args) => {
            let settings = commands::settings_for_run(&args)?;
            Ok(run(&args.input, &args.output, &settings)?)
        }
        Command::Extract(args) => commands::extract(&args),
        Command::Diff(args) => commands::diff(&args),
        Command::Inspect(args) => commands::inspect(&args),
        Command::ReadPdf { file } => Ok(ingest::pdf::isolate::serve(&file)),
    }
}
