//! The writer thread: the three big tables (indicators, terms, sentence diffs) streamed
//! to their files batch by batch while the next batch is analysed, so that a run never
//! holds their rows, then staged with the run's other outputs.

use std::collections::BTreeMap;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use crate::config::{Format, Settings};
use crate::error::RunError;
use crate::output::schema::{DiffRow, IndicatorRow, Table, TermRow};
use crate::output::{Chunk, OutputSet, TableSink};

/// The streamed tables of one batch, in output order: each report's and each pair's
/// rows as CSV, serialised in parallel where they were made; the writer thread only
/// writes them out.
pub struct Streamed {
    pub indicators: Vec<Chunk<IndicatorRow>>,
    pub terms: Vec<Chunk<TermRow>>,
    pub diffs: Vec<Chunk<DiffRow>>,
}

/// What the writer thread did: rows per streamed table, and its busy time.
pub struct StreamedWrite {
    pub counts: BTreeMap<&'static str, usize>,
    pub busy: Duration,
}

/// The files of the three streamed tables, under temporary names until every batch is in.
pub struct Sinks {
    indicators: TableSink<IndicatorRow>,
    terms: TableSink<TermRow>,
    diffs: TableSink<DiffRow>,
}

impl Sinks {
    pub fn create(set: &OutputSet, settings: &Settings) -> Result<Sinks, RunError> {
        let (bom, parquet) = (settings.excel_bom, settings.formats.contains(&Format::Parquet));
        Ok(Sinks {
            indicators: TableSink::create(set, bom, parquet)?,
            terms: TableSink::create(set, bom, parquet)?,
            diffs: TableSink::create(set, bom, parquet)?,
        })
    }

    /// The writer thread's work: write each batch received until `None`, which says
    /// every batch was sent, then stage the files in `set`. A channel closed without
    /// `None` (the analysis stopped on an error) leaves the tables unfinished, and
    /// dropping the sinks removes their temporary files.
    pub fn write_all(
        mut self,
        batches: Receiver<Option<Streamed>>,
        set: &OutputSet,
    ) -> Result<StreamedWrite, RunError> {
        let mut busy = Duration::ZERO;
        let mut complete = false;
        for message in batches {
            let Some(batch) = message else {
                complete = true;
                break;
            };
            let started = Instant::now();
            self.push(&batch)?;
            busy += started.elapsed();
        }
        if !complete {
            return Err(RunError::Table { table: DiffRow::NAME, message: "the analysis stopped early".into() });
        }
        // each table is synced on a thread of its own meanwhile, and put in place with
        // the rest of the set
        let started = Instant::now();
        let counts = [
            (IndicatorRow::NAME, self.indicators.finish(set)?),
            (TermRow::NAME, self.terms.finish(set)?),
            (DiffRow::NAME, self.diffs.finish(set)?),
        ];
        Ok(StreamedWrite { counts: BTreeMap::from(counts), busy: busy + started.elapsed() })
    }

    /// Write one batch: the three tables at once, on threads of their own, so that the
    /// last batch's are written while the summaries are made, and a thread that waits
    /// on its file leaves the cores to the others.
    fn push(&mut self, batch: &Streamed) -> Result<(), RunError> {
        let Sinks { indicators, terms, diffs } = self;
        let (indicators, terms, diffs) = std::thread::scope(|s| {
            let indicators = std::thread::Builder::new().spawn_scoped(s, || indicators.push(&batch.indicators));
            let terms = std::thread::Builder::new().spawn_scoped(s, || terms.push(&batch.terms));
            let diffs = diffs.push(&batch.diffs);
            (joined(IndicatorRow::NAME, indicators), joined(TermRow::NAME, terms), diffs)
        });
        indicators?;
        terms?;
        diffs
    }
}

/// The result of a thread that writes `table`, or why it has none.
fn joined(
    table: &'static str,
    thread: std::io::Result<std::thread::ScopedJoinHandle<'_, Result<(), RunError>>>,
) -> Result<(), RunError> {
    match thread {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(RunError::Table { table, message: "the thread writing it panicked".into() })),
        Err(e) => Err(RunError::Table { table, message: format!("could not start a thread to write it: {e}") }),
    }
}
