//! Scheduling: the per-report stages and the comparisons, [`BATCH`] reports at a time.
//!
//! A batch's reports are segmented and extracted in parallel; then, in one parallel
//! pass, each report's terms and rows and each pair's alignment and diff (pairs whose
//! newer report is in the batch: the older one may be the last report of the batch
//! before). The batch's streamed rows go to the writer thread, what the whole-batch
//! tables need is kept in an [`Analysis`], and the batch is freed.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc::SyncSender;

use jieba_rs::Jieba;
use rayon::prelude::*;

use super::writer::{Sinks, Streamed, StreamedWrite};
use crate::across::{self, reuse};
use crate::compare::{self, panel::Mention, terms::TermCount};
use crate::config::{Format, Settings};
use crate::error::RunError;
use crate::extract::Extractor;
use crate::model::{Indicator, Kind, Meta, Prepared, Report};
use crate::output::run_json::RunStats;
use crate::output::schema::*;
use crate::output::summary::{redline_limit, PairSummary};
use crate::output::{rows, Chunk, OutputSet};
use crate::pipeline;
use crate::progress::{Mode, StageProgress};

/// Reports analysed per batch: segmented, extracted, counted and compared together,
/// their rows streamed to the output files, then dropped, so memory does not grow with
/// the number of reports. A constant, not the number of threads, so the outputs (the
/// Parquet row groups included) do not depend on `-j`.
const BATCH: usize = 64;

/// What the streamed stages leave for the whole-batch tables and the summaries.
#[derive(Default)]
pub struct Analysis {
    pub report_rows: Vec<ReportRow>,
    pub mentions: Vec<Mention>,
    /// the sentences of the mentions, for the summaries' links
    pub sources: BTreeMap<(String, i64), String>,
    pub pairs: Vec<PairSummary>,
    pub sections: Vec<SectionRow>,
    pub changes: Vec<TermChangeRow>,
    pub slogans: BTreeMap<String, BTreeSet<String>>,
    /// warnings about single reports (no targets found), in report order
    pub warnings: Vec<String>,
    /// the passages of every report, when the batch is compared across regions
    pub reuse: Option<reuse::Index>,
}

/// A report with what the per-report stages made of it.
struct Analysed {
    report: Report,
    indicators: Vec<Indicator>,
    terms: Vec<TermCount>,
    /// alignment keys and section paths, built once for the two pairs the report is in
    keys: compare::align::Keys,
    paths: Vec<String>,
    /// its passages for the reuse stage, when there is one
    units: Option<reuse::ReportUnits>,
}

/// The rows of one report, built in parallel.
struct ReportRows {
    report: ReportRow,
    indicators: Chunk<IndicatorRow>,
    terms: Chunk<TermRow>,
    mentions: Vec<Mention>,
    sources: Vec<((String, i64), String)>,
    slogans: Vec<String>,
    no_targets: bool,
}

/// What one pair gives, built in parallel.
struct PairRows {
    diffs: Chunk<DiffRow>,
    sections: Vec<SectionRow>,
    summary: Option<PairSummary>,
    changes: Vec<TermChangeRow>,
}

/// One piece of a batch's parallel pass: a report of the batch or a pair, by index.
#[derive(Clone, Copy)]
enum Task {
    Report(usize),
    Pair(usize),
}

/// What a [`Task`] gives.
enum Done {
    Report(usize, Vec<TermCount>, Box<ReportRows>),
    Pair(usize, Box<PairRows>),
}

/// What every batch reads.
struct Context<'a> {
    settings: &'a Settings,
    extractor: Extractor,
    parquet: bool,
    redline_limit: usize,
    /// whether the reuse stage runs: the batch has several regions in a year
    reuse: bool,
    /// what makes each report's units for it, when it runs
    signer: Option<reuse::Signer>,
}

/// The batch being compared and the report before it (the older report of a pair that
/// straddles two batches).
struct Window<'a> {
    analysed: &'a [Analysed],
    /// the run's index of `analysed[0]`
    first: usize,
    previous: Option<&'a Analysed>,
}

impl<'a> Window<'a> {
    /// Report `k` of the run.
    fn get(&self, k: usize) -> &'a Analysed {
        if k >= self.first {
            &self.analysed[k - self.first]
        } else {
            self.previous.expect("a pair's older report is in its batch or the one before")
        }
    }
}

/// Segment, extract, count terms and compare consecutive reports, [`BATCH`] reports at
/// a time. The rows of each batch go to a writer thread that streams indicators, terms
/// and sentence diffs to their files while the next batch is analysed; `finish` makes
/// the whole-batch tables of the [`Analysis`] meanwhile.
pub fn analyse<R>(
    reports: Vec<Prepared>,
    set: &OutputSet,
    settings: &Settings,
    mode: Mode,
    segmenter: std::thread::JoinHandle<Jieba>,
    stats: &mut RunStats,
    finish: impl FnOnce(Analysis) -> Result<R, RunError>,
) -> Result<(R, StreamedWrite), RunError> {
    let metas: Vec<_> = reports.iter().map(|r| &r.meta).collect();
    let pairs = compare::consecutive_pairs(&metas);
    warn_far_apart(&metas, &pairs, stats);
    let n_reports = reports.len();
    let mut bars = StageProgress::start_together(mode, &[("extract", n_reports), ("compare", pairs.len())]).into_iter();
    let mut bars = [bars.next().expect("two bars"), bars.next().expect("two bars")];
    let sinks = Sinks::create(set, settings)?;
    let cx = Context {
        settings,
        extractor: Extractor::new(settings),
        parquet: settings.formats.contains(&Format::Parquet),
        redline_limit: redline_limit(pairs.len()),
        reuse: settings.file.across.reuse && across::has_several_regions_in_a_year(&metas),
        signer: None,
    };
    let cx = Context { signer: cx.reuse.then(|| reuse::Signer::new(&settings.file.across)), ..cx };
    std::thread::scope(|scope| -> Result<(R, StreamedWrite), RunError> {
        // one batch in the channel and one being written: memory stays bounded
        let (send, receive) = std::sync::mpsc::sync_channel::<Option<Streamed>>(1);
        let writer = scope.spawn(move || sinks.write_all(receive, set));
        let analysed = run_batches(&cx, reports, &pairs, segmenter, &mut bars, &send, scope);
        let finished = match analysed {
            Ok(Some((mut out, n_indicators))) => {
                // the writer may have stopped on an error since; joining it reports that
                let _ = send.send(None);
                drop(send);
                stats.warnings.append(&mut out.warnings);
                let [extract_bar, compare_bar] = bars;
                stats.stages.push(("extract", extract_bar.finish(&format!("{n_indicators} indicators"))));
                stats.stages.push(("compare", compare_bar.finish(&format!("{} pairs", pairs.len()))));
                // the whole-batch tables are written while the writer finishes
                Some(finish(out))
            }
            // the writer stopped on an error: joining it below gives the error
            Ok(None) => {
                drop(send);
                None
            }
            Err(e) => {
                drop(send);
                let _ = writer.join();
                return Err(e);
            }
        };
        let written = writer
            .join()
            .map_err(|_| RunError::Table { table: DiffRow::NAME, message: "the writer thread panicked".into() })??;
        match finished {
            Some(finished) => Ok((finished?, written)),
            None => {
                Err(RunError::Table { table: DiffRow::NAME, message: "the writer hung up without an error".into() })
            }
        }
    })
}

/// Consecutive reports of a region further apart than this many years are compared
/// with a warning: a year is missing, or one is wrong.
const YEARS_APART: i32 = 5;

/// A warning for each pair of reports compared though far apart in time.
fn warn_far_apart(metas: &[&Meta], pairs: &[(usize, usize)], stats: &mut RunStats) {
    for &(a, b) in pairs {
        let (from, to) = (metas[a], metas[b]);
        let apart = to.year - from.year;
        if apart > YEARS_APART {
            stats.warnings.push(format!(
                "{}: {} and {} are compared though {apart} years apart (no report between them)",
                to.region, from.report_id, to.report_id
            ));
        }
    }
}

/// Analyse every batch and send its streamed rows to the writer. The analysis and the
/// number of indicators, or `None` when the writer hung up (it stopped on an error).
fn run_batches<'scope>(
    cx: &'scope Context,
    reports: Vec<Prepared>,
    pairs: &[(usize, usize)],
    segmenter: std::thread::JoinHandle<Jieba>,
    [extract_bar, compare_bar]: &mut [StageProgress; 2],
    send: &SyncSender<Option<Streamed>>,
    scope: &'scope std::thread::Scope<'scope, '_>,
) -> Result<Option<(Analysis, usize)>, RunError> {
    // jieba's dictionary loads on its own thread; the first batch is segmented and
    // extracted before it is needed
    let mut segmenter = Some(segmenter);
    let mut loaded: Option<Jieba> = None;
    let mut out = Analysis {
        report_rows: Vec::with_capacity(reports.len()),
        reuse: cx.reuse.then(|| reuse::Index::new(&cx.settings.file.across)),
        ..Analysis::default()
    };
    out.pairs.reserve(pairs.len());
    let mut n_indicators = 0;
    let mut previous: Option<Analysed> = None;
    let mut rest = reports.into_iter();
    let (mut first, mut next_pair) = (0, 0);
    loop {
        let batch: Vec<Prepared> = rest.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            return Ok(Some((out, n_indicators)));
        }
        let mut analysed = extract_bar.time(|bar| segment_and_extract(cx, batch, bar));
        // pairs whose newer report is in this batch; the older one may be the last of the previous batch
        let end = first + analysed.len();
        let batch_pairs: Vec<(usize, usize)> = pairs[next_pair..].iter().take_while(|p| p.1 < end).copied().collect();
        next_pair += batch_pairs.len();
        if let Some(handle) = segmenter.take() {
            let jieba = handle
                .join()
                .map_err(|_| RunError::Table { table: "terms", message: "the word segmenter failed to load".into() })?;
            loaded = Some(jieba);
        }
        let jieba = loaded.as_ref().expect("the segmenter is loaded");
        let (per_report, per_pair) = compare_bar
            .time(|bar| compare_batch(cx, &mut analysed, first, previous.as_ref(), &batch_pairs, jieba, bar))?;
        n_indicators += per_report.iter().map(|r| r.indicators.row_count()).sum::<usize>();
        // the batch's passages join the index in report order
        if let Some(index) = out.reuse.as_mut() {
            analysed.iter_mut().filter_map(|a| a.units.take()).for_each(|u| index.add(u));
        }
        let streamed = keep(&mut out, per_report, per_pair);
        if send.send(Some(streamed)).is_err() {
            return Ok(None);
        }
        first = end;
        // the next batch pairs its first report with this one's last; the rest is
        // freed on both threads, or, after the last batch, on a thread of its own
        // while the whole-batch tables are made (freeing a batch takes 1-4 ms)
        previous = analysed.pop();
        if rest.len() == 0 {
            // (a thread that cannot start drops its closure, and the batch, here)
            let _ = std::thread::Builder::new().spawn_scoped(scope, move || drop(analysed));
        } else {
            analysed.into_par_iter().for_each(drop);
        }
    }
}

/// Segment and extract the reports of a batch, in parallel, biggest first (as
/// [`compare_batch`]); the reports come back in their batch's order.
fn segment_and_extract(cx: &Context, batch: Vec<Prepared>, bar: &StageProgress) -> Vec<Analysed> {
    super::biggest_first(
        batch,
        |p| p.text.len() as u64,
        |prepared| {
            let report = pipeline::segment(prepared);
            let indicators = cx.extractor.extract(&report);
            let keys = compare::report_keys(&report);
            let paths = report.section_paths();
            let units = cx.signer.as_ref().map(|s| reuse::units(&report, &keys, s));
            bar.inc();
            Analysed { report, indicators, terms: Vec::new(), keys, paths, units }
        },
    )
}

/// The terms and rows of each report of a batch and the comparison of each pair, in one
/// parallel pass, biggest first, so that no thread waits for a big national report at
/// the end of a stage; then the term changes of each pair, which need the terms of both
/// reports. The reports' terms are kept in `analysed`.
fn compare_batch(
    cx: &Context,
    analysed: &mut [Analysed],
    first: usize,
    previous: Option<&Analysed>,
    batch_pairs: &[(usize, usize)],
    jieba: &Jieba,
    bar: &StageProgress,
) -> Result<(Vec<ReportRows>, Vec<PairRows>), RunError> {
    let window = Window { analysed, first, previous };
    let mut tasks: Vec<(usize, Task)> = (0..analysed.len())
        .map(|k| (analysed[k].report.text.len(), Task::Report(k)))
        .chain(
            batch_pairs
                .iter()
                .enumerate()
                .map(|(k, &(a, b))| (window.get(a).report.text.len() + window.get(b).report.text.len(), Task::Pair(k))),
        )
        .collect();
    tasks.sort_by_key(|t| std::cmp::Reverse(t.0));
    let done: Vec<Done> = tasks
        .par_iter()
        .with_max_len(1)
        .map(|&(_, task)| match task {
            Task::Report(k) => {
                let a = &window.analysed[k];
                let terms = compare::terms::count_terms(&a.report.text, jieba, &cx.settings.file.terms);
                let rows = report_rows(cx, &a.report, &a.indicators, &terms)?;
                Ok(Done::Report(k, terms, Box::new(rows)))
            }
            Task::Pair(k) => {
                let (from, to) = (window.get(batch_pairs[k].0), window.get(batch_pairs[k].1));
                Ok(Done::Pair(k, Box::new(pair_rows(cx, from, to, jieba))))
            }
        })
        .collect::<Result<_, RunError>>()?;
    let mut per_report: Vec<Option<ReportRows>> = (0..analysed.len()).map(|_| None).collect();
    let mut per_pair: Vec<Option<PairRows>> = (0..batch_pairs.len()).map(|_| None).collect();
    for d in done {
        match d {
            Done::Report(k, terms, rows) => {
                analysed[k].terms = terms;
                per_report[k] = Some(*rows);
            }
            Done::Pair(k, rows) => per_pair[k] = Some(*rows),
        }
    }
    let window = Window { analysed, first, previous };
    let per_pair: Vec<PairRows> = per_pair
        .into_par_iter()
        .zip(batch_pairs)
        .map(|(rows, &(a, b))| {
            let mut rows = rows.expect("every pair was compared");
            let (from, to) = (window.get(a), window.get(b));
            let changes = compare::terms::term_changes(
                (&from.report.text, &from.terms),
                (&to.report.text, &to.terms),
                &cx.settings.file.terms,
            );
            rows.changes = rows::term_change_rows(&from.report, &to.report, changes);
            bar.inc();
            rows
        })
        .collect();
    Ok((per_report.into_iter().map(|r| r.expect("every report was counted")).collect(), per_pair))
}

/// The rows of one report: its reports.csv row, its indicators and terms as CSV, and
/// what the panel and the summaries need of it.
fn report_rows(
    cx: &Context,
    r: &Report,
    indicators: &[Indicator],
    terms: &[TermCount],
) -> Result<ReportRows, RunError> {
    let mentions = compare::panel::mentions(r, indicators, cx.settings);
    let mut sources: Vec<((String, i64), String)> = mentions
        .iter()
        .map(|m| ((m.report_id.clone(), m.sentence_id as i64), r.sentences[m.sentence_id].text.clone()))
        .collect();
    sources.dedup_by(|x, y| x.0 == y.0);
    Ok(ReportRows {
        report: rows::report_row(r),
        indicators: indicator_chunk(rows::indicator_rows(r, indicators), cx.parquet),
        terms: rows::term_chunk(r, terms, cx.parquet)?,
        mentions,
        sources,
        slogans: terms.iter().filter(|t| t.slogan).map(|t| t.term(&r.text).to_string()).collect(),
        no_targets: r.meta.year > 0 && !indicators.iter().any(|i| i.kind == Kind::Target),
    })
}

/// A report's indicators.csv lines, written by [`IndicatorRow::csv`]; the rows kept only
/// for Parquet.
fn indicator_chunk(rows: Vec<IndicatorRow>, parquet: bool) -> Chunk<IndicatorRow> {
    let csv = IndicatorRow::csv(&rows);
    let len = rows.len();
    Chunk::from_lines(csv, len, if parquet { rows } else { Vec::new() })
}

/// The sentence diff of a pair as CSV, its section changes and its summary (the term
/// changes come later, once both reports' terms are counted).
fn pair_rows(cx: &Context, from: &Analysed, to: &Analysed, jieba: &Jieba) -> PairRows {
    let compare = &cx.settings.file.compare;
    let aligned = compare::align_keyed(&from.keys, &to.report, &to.keys, compare);
    let diffs = compare::diff_aligned(&from.report, &to.report, aligned, compare, Some(jieba));
    let paths = (from.paths.as_slice(), to.paths.as_slice());
    let lines = rows::diff_lines(&from.report, &to.report, paths, &diffs);
    let owned = if cx.parquet { lines.iter().map(DiffLine::to_row).collect() } else { Vec::new() };
    let sections = compare::sections::section_changes(&from.report, &to.report, paths, &diffs);
    PairRows {
        sections: rows::section_rows(&from.report, &to.report, sections),
        summary: PairSummary::of(&from.report, &to.report, paths, &diffs, cx.redline_limit),
        changes: Vec::new(),
        diffs: Chunk::from_lines(DiffLine::csv(&lines), lines.len(), owned),
    }
}

/// Keep what the whole-batch tables need of a batch's rows in `out`; the streamed rows,
/// in output order, for the writer.
fn keep(out: &mut Analysis, per_report: Vec<ReportRows>, per_pair: Vec<PairRows>) -> Streamed {
    let mut streamed = Streamed {
        indicators: Vec::with_capacity(per_report.len()),
        terms: Vec::with_capacity(per_report.len()),
        diffs: Vec::with_capacity(per_pair.len()),
    };
    out.mentions.reserve(per_report.iter().map(|r| r.mentions.len()).sum());
    out.sections.reserve(per_pair.iter().map(|p| p.sections.len()).sum());
    out.changes.reserve(per_pair.iter().map(|p| p.changes.len()).sum());
    for r in per_report {
        if r.no_targets {
            out.warnings.push(format!("{}: no targets found", r.report.report_id));
        }
        out.slogans.entry(r.report.region.clone()).or_default().extend(r.slogans);
        out.report_rows.push(r.report);
        out.mentions.extend(r.mentions);
        out.sources.extend(r.sources);
        streamed.indicators.push(r.indicators);
        streamed.terms.push(r.terms);
    }
    for p in per_pair {
        out.sections.extend(p.sections);
        out.pairs.extend(p.summary);
        out.changes.extend(p.changes);
        streamed.diffs.push(p.diffs);
    }
    streamed
}
