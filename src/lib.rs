//! baogao: Chinese government work reports in, comparable tables out.
//!
//! The pipeline, one module per stage, each a function from one type to the next:
//! `ingest` (files -> [`model::Document`]) -> `normalize` + `meta` + `segment`
//! (-> [`model::Report`]) -> `extract` (-> [`model::Indicator`]s) -> `compare`
//! (pairs -> diffs, terms, panel) -> `output` (rows -> files). This file wires them.

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
pub mod progress;
pub mod rows;
pub mod segment;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use cli::{Cli, Command, RunArgs};
use config::{Format, Settings};
use error::{Exit, Failure, InputError, RunError, Stage};
use model::{Document, Indicator, Report};
use output::schema::*;
use progress::{Mode, StageProgress};

/// Dispatch a parsed command line.
pub fn main_with(cli: Cli) -> anyhow::Result<Exit> {
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

/// A decoded document -> a normalised, segmented report with metadata.
pub fn prepare(doc: Document, settings: &Settings) -> Result<Report, InputError> {
    let mut report = prepare_unsegmented(doc, settings)?;
    segment_report(&mut report);
    Ok(report)
}

/// A decoded document -> a normalised report with metadata, not yet cut into sentences
/// (a batch segments a few reports at a time, so that it never holds every sentence).
pub fn prepare_unsegmented(doc: Document, settings: &Settings) -> Result<Report, InputError> {
    let clean = normalize::normalize_with(&doc.text, &settings.chrome);
    if !clean.text.chars().any(ingest::decode::is_cjk) {
        return Err(InputError::NoText);
    }
    let meta = meta::read_meta(&clean.text, &doc.report_id, &settings.file.regions.aliases)?;
    let mut warnings = doc.warnings;
    warnings.extend(meta.warnings.iter().cloned());
    Ok(Report {
        doc_path: doc.path,
        meta,
        source_format: doc.source_format,
        encoding: doc.encoding,
        sha256: doc.sha256,
        offsets: model::OffsetMap::from_offsets(&clean.offsets),
        text: clean.text,
        sentences: Vec::new(),
        sections: Vec::new(),
        warnings,
        reader: doc.reader,
    })
}

/// Cut a report into sections and sentences.
pub fn segment_report(report: &mut Report) {
    let seg =
        segment::segment(&report.text, segment::Years { review: report.meta.review_year, plan: report.meta.year });
    report.sentences = seg.sentences;
    report.sections = seg.sections;
}

/// Read, decode and prepare one input.
pub fn load(input: &ingest::Input, settings: &Settings) -> Result<Report, Failure> {
    let mut report = load_unsegmented(input, settings)?;
    segment_report(&mut report);
    Ok(report)
}

/// Read, decode, normalise one input and read its metadata.
pub fn load_unsegmented(input: &ingest::Input, settings: &Settings) -> Result<Report, Failure> {
    let doc = ingest::read(input, settings.file.ingest.max_file_bytes)?;
    prepare_unsegmented(doc, settings).map_err(|error| Failure {
        path: input.shown.clone(),
        stage: Stage::Metadata,
        error,
    })
}

/// Keep the first report (by id) of each region and year; the others are failures.
pub fn reject_duplicates(reports: Vec<(Report, String)>) -> (Vec<(Report, String)>, Vec<Failure>) {
    let mut seen: BTreeMap<(String, i32), String> = BTreeMap::new();
    let mut kept = Vec::new();
    let mut failures = Vec::new();
    for (r, shown) in reports {
        let key = (r.meta.region.clone(), r.meta.year);
        match seen.get(&key) {
            Some(other) => failures.push(Failure {
                path: shown,
                stage: Stage::Pair,
                error: InputError::Duplicate { region: key.0, year: key.1, other: other.clone() },
            }),
            None => {
                seen.insert(key, shown.clone());
                kept.push((r, shown));
            }
        }
    }
    (kept, failures)
}

/// Timings and counts of a run, for run.json.
#[derive(Debug, Default)]
pub struct RunStats {
    pub stages: Vec<(&'static str, Duration)>,
    pub warnings: Vec<String>,
}

/// `baogao run`: every input below `input`, every output into `out_dir`.
pub fn run(input: &Path, out_dir: &Path, settings: &Settings) -> Result<Exit, RunError> {
    let mode = Mode::detect(settings.quiet);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(settings.jobs.unwrap_or(0)).build().map_err(|e| {
        RunError::Config(error::ConfigError::Usage(format!(
            "cannot start {} worker threads: {e}",
            settings.jobs.unwrap_or(0)
        )))
    })?;
    pool.install(|| run_in_pool(input, out_dir, settings, mode))
}

fn run_in_pool(input: &Path, out_dir: &Path, settings: &Settings, mode: Mode) -> Result<Exit, RunError> {
    let mut stats = RunStats::default();
    let inputs = ingest::discover(input)?;
    std::fs::create_dir_all(out_dir).map_err(|e| RunError::Write { path: out_dir.to_path_buf(), source: e })?;
    output::clean_up_on_interrupt(out_dir);
    let stale = output::remove_temp_files(out_dir);
    if stale > 0 {
        stats.warnings.push(format!("removed {stale} temporary files left by an earlier interrupted run"));
    }

    // ingest: read, decode, normalise and read the metadata of every input; segmenting
    // waits for the batches of `analyse`
    let bar = StageProgress::start(mode, "ingest", inputs.len());
    let loaded: Vec<Result<(Report, String), Failure>> = inputs
        .par_iter()
        .map(|i| {
            let r = load_unsegmented(i, settings).map(|r| (r, i.shown.clone()));
            bar.inc();
            r
        })
        .collect();
    let (ok, mut failures): (Vec<_>, Vec<_>) = loaded.into_iter().partition(Result::is_ok);
    let mut failures: Vec<Failure> = failures.drain(..).filter_map(Result::err).collect();
    let (kept, dups) = reject_duplicates(ok.into_iter().filter_map(Result::ok).collect());
    failures.extend(dups);
    failures.sort_by(|a, b| a.path.cmp(&b.path));
    for f in &failures {
        bar.println(&format!("baogao: {}: {} error: {}", f.path, f.stage.as_str(), f.error));
    }
    let mut reports: Vec<Report> = kept.into_iter().map(|(r, _)| r).collect();
    reports.sort_by(|a, b| {
        (&a.meta.region, a.meta.year, &a.meta.report_id).cmp(&(&b.meta.region, b.meta.year, &b.meta.report_id))
    });
    stats.stages.push(("ingest", bar.finish(&format!("{} reports read, {} failed", reports.len(), failures.len()))));
    for r in &reports {
        stats.warnings.extend(r.warnings.iter().map(|w| format!("{}: {w}", r.meta.report_id)));
    }

    let error_rows = rows::errors(&failures);
    let exit = Exit::of_batch(reports.len(), failures.len());
    if exit == Exit::Nothing {
        output::write_table(out_dir, &error_rows, settings.excel_bom, false)?;
        print_warnings(mode, &stats);
        rows::write_run_json(out_dir, settings, &[], &failures, &BTreeMap::new(), &stats)?;
        return Ok(exit);
    }
    // jieba's dictionary, pruned to the words that can occur in these texts, loads on
    // its own thread while the first batch is segmented and extracted; the texts'
    // character pairs are gathered a chunk per thread (a chunk's bitmap is 512 KiB to
    // fill and merge)
    let chunk = reports.len().div_ceil(rayon::current_num_threads()).max(1);
    let seen = reports
        .par_chunks(chunk)
        .map(|chunk| compare::segmenter::CharPairs::of(chunk.iter().map(|r| r.text.as_str())))
        .reduce(compare::segmenter::CharPairs::default, compare::segmenter::CharPairs::union);
    let terms_config = settings.file.terms.clone();
    let segmenter = std::thread::spawn(move || compare::segmenter::segmenter(&terms_config, seen));
    // the tables built from the whole batch and the summaries are written while the
    // writer thread finishes the streamed tables
    let (whole, streamed) = analyse(reports, out_dir, settings, mode, segmenter, &mut stats, |analysis| {
        write_whole_batch(analysis, &error_rows, out_dir, settings, mode)
    })?;
    let WholeBatch { report_rows, mut counts, mut bar } = whole;
    counts.extend(streamed.counts);
    bar.add_earlier(streamed.busy);
    stats.stages.push(("write", bar.finish("outputs written")));
    print_warnings(mode, &stats);
    rows::write_run_json(out_dir, settings, &report_rows, &failures, &counts, &stats)?;
    Ok(exit)
}

/// What is left of the whole-batch stage once its tables and summaries are written.
struct WholeBatch {
    report_rows: Vec<ReportRow>,
    counts: BTreeMap<&'static str, usize>,
    bar: StageProgress,
}

/// Write the tables built from the whole batch (reports, panel, targets against
/// actuals, section and term changes, errors) and the summaries.
fn write_whole_batch(
    analysis: Analysis,
    error_rows: &[ErrorRow],
    out_dir: &Path,
    settings: &Settings,
    mode: Mode,
) -> Result<WholeBatch, RunError> {
    let write = StageProgress::start(mode, "write", 2);
    let Analysis { report_rows, mentions, sources, pairs, sections, changes, slogans } = analysis;
    let head = compare::panel::headline_frame(&mentions)?;
    drop(mentions);
    let (panel, tva) =
        rayon::join(|| compare::panel::panel(&head), || compare::panel::targets_vs_actuals(&head, settings));
    let (panel, tva) = (panel?, tva?);
    let (bom, parquet) = (settings.excel_bom, settings.formats.contains(&Format::Parquet));
    let cited: std::collections::BTreeSet<(&str, i64)> =
        panel.iter().map(|p| (p.report_id.as_str(), p.sentence_id)).collect();
    let sources: BTreeMap<(String, i64), String> =
        sources.into_iter().filter(|((r, s), _)| cited.contains(&(r.as_str(), *s))).collect();
    let labels: BTreeMap<String, String> =
        settings.file.indicators.iter().map(|d| (d.id.clone(), d.label.clone())).collect();
    let summary = output::summary::SummaryInput {
        reports: &report_rows,
        panel: &panel,
        tva: &tva,
        pairs: &pairs,
        slogans: &slogans,
        changes: &changes,
        sections: &sections,
        labels: &labels,
        sources: &sources,
    };
    // summary.html, the longest to make, starts at once; summary.md and then the tables
    // on the other worker. Every file is synced and renamed in the background, all at once.
    let syncs = output::Syncs::default();
    let summary_file = |name: &str, render: fn(&output::summary::SummaryInput) -> String| {
        let text = render(&summary);
        output::write_atomic_in(out_dir, name, |w| std::io::Write::write_all(w, text.as_bytes()), &syncs)
    };
    let html = || summary_file("summary.html", output::summary::html);
    let md = || summary_file("summary.md", output::summary::markdown);
    let tables = || -> Result<BTreeMap<&'static str, usize>, RunError> {
        let mut counts = BTreeMap::new();
        counts.insert(ReportRow::NAME, output::write_table_in(out_dir, &report_rows, bom, parquet, &syncs)?);
        counts.insert(PanelRow::NAME, output::write_table_in(out_dir, &panel, bom, parquet, &syncs)?);
        counts.insert(TargetActualRow::NAME, output::write_table_in(out_dir, &tva, bom, parquet, &syncs)?);
        counts.insert(SectionRow::NAME, output::write_table_in(out_dir, &sections, bom, parquet, &syncs)?);
        counts.insert(TermChangeRow::NAME, output::write_table_in(out_dir, &changes, bom, parquet, &syncs)?);
        counts.insert(ErrorRow::NAME, output::write_table_in(out_dir, error_rows, bom, parquet, &syncs)?);
        write.inc();
        Ok(counts)
    };
    let (html, (md, counts)) = rayon::join(html, || rayon::join(md, tables));
    let counts = counts?;
    md?;
    html?;
    write.inc();
    syncs.wait()?;
    Ok(WholeBatch { report_rows, counts, bar: write })
}

/// Warnings go to stderr (unless `--quiet`) as well as to run.json.
fn print_warnings(mode: Mode, stats: &RunStats) {
    if mode != Mode::Quiet {
        for w in &stats.warnings {
            eprintln!("baogao: warning: {w}");
        }
    }
}

/// Reports analysed per batch: segmented, extracted, counted and compared together,
/// their rows streamed to the output files, then dropped, so memory does not grow with
/// the number of reports. A constant, not the number of threads, so the outputs (the
/// Parquet row groups included) do not depend on `-j`.
const BATCH: usize = 64;

/// What the streamed stages leave for the whole-batch tables and the summaries.
#[derive(Default)]
struct Analysis {
    report_rows: Vec<ReportRow>,
    mentions: Vec<compare::panel::Mention>,
    /// the sentences of the mentions, for the summaries' links
    sources: BTreeMap<(String, i64), String>,
    pairs: Vec<output::summary::PairSummary>,
    sections: Vec<SectionRow>,
    changes: Vec<TermChangeRow>,
    slogans: BTreeMap<String, BTreeSet<String>>,
}

impl Analysis {
    fn new(reports: usize, pairs: usize) -> Analysis {
        Analysis {
            report_rows: Vec::with_capacity(reports),
            mentions: Vec::new(),
            sources: BTreeMap::new(),
            pairs: Vec::with_capacity(pairs),
            sections: Vec::new(),
            changes: Vec::new(),
            slogans: BTreeMap::new(),
        }
    }
}

/// Report `k` of the run, when `analysed` holds reports `first..` and `previous` is
/// report `first - 1` (the older report of a pair that straddles two batches).
fn batch_or_previous<'a>(
    analysed: &'a [Analysed],
    first: usize,
    previous: Option<&'a Analysed>,
    k: usize,
) -> &'a Analysed {
    if k >= first {
        &analysed[k - first]
    } else {
        previous.expect("a pair's older report is in its batch or the one before")
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

/// What the writer thread did: rows per streamed table, and its busy time.
struct StreamedWrite {
    counts: BTreeMap<&'static str, usize>,
    busy: Duration,
}

/// A report with what the per-report stages made of it.
struct Analysed {
    report: Report,
    indicators: Vec<Indicator>,
    terms: Vec<compare::terms::TermCount>,
    /// alignment keys and section paths, built once for the two pairs the report is in
    keys: compare::align::Keys,
    paths: Vec<String>,
}

/// The rows of one report, built in parallel.
struct ReportRows {
    report: ReportRow,
    indicators: output::Chunk<IndicatorRow>,
    terms: output::Chunk<TermRow>,
    mentions: Vec<compare::panel::Mention>,
    sources: Vec<((String, i64), String)>,
    slogans: Vec<String>,
    no_targets: bool,
}

fn report_rows(
    r: &Report,
    indicators: &[model::Indicator],
    terms: &[compare::terms::TermCount],
    settings: &Settings,
) -> Result<ReportRows, RunError> {
    let parquet = settings.formats.contains(&Format::Parquet);
    let mentions = rows::mentions(r, indicators, settings);
    let mut sources: Vec<((String, i64), String)> = mentions
        .iter()
        .map(|m| ((m.report_id.clone(), m.sentence_id as i64), r.sentences[m.sentence_id].text.clone()))
        .collect();
    sources.dedup_by(|x, y| x.0 == y.0);
    Ok(ReportRows {
        report: rows::report_row(r),
        indicators: output::Chunk::of(rows::indicator_rows(r, indicators), parquet)?,
        terms: rows::term_chunk(r, terms, parquet)?,
        mentions,
        sources,
        slogans: terms.iter().filter(|t| t.slogan).map(|t| t.term(&r.text).to_string()).collect(),
        no_targets: r.meta.year > 0 && !indicators.iter().any(|i| i.kind == model::Kind::Target),
    })
}

/// One piece of a batch's parallel pass: a report of the batch or a pair, by index.
#[derive(Clone, Copy)]
enum Task {
    Report(usize),
    Pair(usize),
}

/// What a [`Task`] gives.
enum Done {
    Report(usize, Vec<compare::terms::TermCount>, Box<ReportRows>),
    Pair(usize, Box<PairRows>),
}

/// What one pair gives, built in parallel.
struct PairRows {
    diffs: output::Chunk<DiffRow>,
    sections: Vec<SectionRow>,
    summary: Option<output::summary::PairSummary>,
    changes: Vec<TermChangeRow>,
}

/// The streamed tables of one batch, in output order, for the writer thread.
/// Each report's and each pair's rows as CSV, serialised in parallel where they were
/// made; the writer thread only writes them out.
struct Streamed {
    indicators: Vec<output::Chunk<IndicatorRow>>,
    terms: Vec<output::Chunk<TermRow>>,
    diffs: Vec<output::Chunk<DiffRow>>,
}

/// Segment, extract, count terms and compare consecutive reports, [`BATCH`] reports at
/// a time. The rows of each batch go to a writer thread that streams indicators, terms
/// and sentence diffs to their files while the next batch is analysed.
fn analyse<R>(
    reports: Vec<Report>,
    out_dir: &Path,
    settings: &Settings,
    mode: Mode,
    segmenter: std::thread::JoinHandle<jieba_rs::Jieba>,
    stats: &mut RunStats,
    finish: impl FnOnce(Analysis) -> Result<R, RunError>,
) -> Result<(R, StreamedWrite), RunError> {
    // jieba's dictionary loads on its own thread; the first batch is segmented and
    // extracted before it is needed
    let mut segmenter = Some(segmenter);
    let mut loaded: Option<jieba_rs::Jieba> = None;
    let pairs = compare::consecutive_pairs(&reports);
    let n_reports = reports.len();
    let mut bars = StageProgress::start_together(mode, &[("extract", n_reports), ("compare", pairs.len())]).into_iter();
    let (mut extract_bar, mut compare_bar) = (bars.next().expect("two bars"), bars.next().expect("two bars"));
    let (bom, parquet) = (settings.excel_bom, settings.formats.contains(&Format::Parquet));
    let mut indicator_sink = output::TableSink::<IndicatorRow>::create(out_dir, bom, parquet)?;
    let mut term_sink = output::TableSink::<TermRow>::create(out_dir, bom, parquet)?;
    let mut diff_sink = output::TableSink::<DiffRow>::create(out_dir, bom, parquet)?;
    let extractor = extract::Extractor::new(settings);
    let redline_limit = output::summary::redline_limit(pairs.len());
    let mut out = Analysis::new(n_reports, pairs.len());
    let mut n_indicators = 0;
    std::thread::scope(|scope| -> Result<(R, StreamedWrite), RunError> {
        // one batch in the channel and one being written: memory stays bounded. `None`
        // says every batch was sent; a channel closed without it (an error in the loop)
        // leaves the tables unfinished, and their temporary files are removed.
        let (send, receive) = std::sync::mpsc::sync_channel::<Option<Streamed>>(1);
        let writer = scope.spawn(move || -> Result<(Duration, [usize; 3]), RunError> {
            let mut busy = Duration::ZERO;
            let mut complete = false;
            for message in receive {
                let Some(batch) = message else {
                    complete = true;
                    break;
                };
                let started = Instant::now();
                // the three tables at once: the last batch's are written while the
                // summaries are made, and a thread that waits on its file leaves the
                // cores to the others
                let (indicators, terms, diffs) = std::thread::scope(|s| {
                    let indicators =
                        std::thread::Builder::new().spawn_scoped(s, || indicator_sink.push(&batch.indicators));
                    let terms = std::thread::Builder::new().spawn_scoped(s, || term_sink.push(&batch.terms));
                    let diffs = diff_sink.push(&batch.diffs);
                    (joined(IndicatorRow::NAME, indicators), joined(TermRow::NAME, terms), diffs)
                });
                indicators?;
                terms?;
                diffs?;
                busy += started.elapsed();
            }
            if !complete {
                return Err(RunError::Table { table: DiffRow::NAME, message: "the analysis stopped early".into() });
            }
            // each table's sync and rename (which frees the previous run's file, tens of
            // MB at 10x) waits on the disk: the three wait together
            let started = Instant::now();
            let syncs = output::Syncs::default();
            let counts =
                [indicator_sink.finish_in(&syncs)?, term_sink.finish_in(&syncs)?, diff_sink.finish_in(&syncs)?];
            syncs.wait()?;
            Ok((busy + started.elapsed(), counts))
        });
        let mut previous: Option<Analysed> = None;
        let mut rest = reports.into_iter();
        let (mut first, mut next_pair) = (0, 0);
        let mut failed = false;
        loop {
            let batch: Vec<Report> = rest.by_ref().take(BATCH).collect();
            if batch.is_empty() {
                break;
            }
            let analysed: Vec<Analysed> = extract_bar.time(|bar| {
                batch
                    .into_par_iter()
                    .map(|mut report| {
                        segment_report(&mut report);
                        let indicators = extractor.extract(&report);
                        let keys = compare::report_keys(&report);
                        let paths = report.section_paths();
                        bar.inc();
                        Analysed { report, indicators, terms: Vec::new(), keys, paths }
                    })
                    .collect()
            });
            // pairs whose newer report is in this batch; the older one may be the last of the previous batch
            let end = first + analysed.len();
            let batch_pairs: Vec<(usize, usize)> =
                pairs[next_pair..].iter().take_while(|p| p.1 < end).copied().collect();
            next_pair += batch_pairs.len();
            if let Some(handle) = segmenter.take() {
                let jieba = handle.join().map_err(|_| RunError::Table {
                    table: "terms",
                    message: "the word segmenter failed to load".into(),
                })?;
                loaded = Some(jieba);
            }
            let jieba = loaded.as_ref().expect("the segmenter is loaded");
            let (analysed, per_report, per_pair) = compare_bar.time(|bar| {
                let mut analysed = analysed;
                // the terms and rows of each report and the alignment and diff of each
                // pair in one parallel pass, biggest first, so that no thread waits
                // for a big national report at the end of a stage
                let get = |k: usize| batch_or_previous(&analysed, first, previous.as_ref(), k);
                let mut tasks: Vec<(usize, Task)> = (0..analysed.len())
                    .map(|k| (analysed[k].report.text.len(), Task::Report(k)))
                    .chain(
                        batch_pairs
                            .iter()
                            .enumerate()
                            .map(|(k, &(a, b))| (get(a).report.text.len() + get(b).report.text.len(), Task::Pair(k))),
                    )
                    .collect();
                tasks.sort_by_key(|t| std::cmp::Reverse(t.0));
                let done: Result<Vec<Done>, RunError> = tasks
                    .par_iter()
                    .with_max_len(1)
                    .map(|&(_, task)| match task {
                        Task::Report(k) => {
                            let a = &analysed[k];
                            let terms = compare::terms::count_terms(&a.report.text, jieba, &settings.file.terms);
                            let rows = report_rows(&a.report, &a.indicators, &terms, settings)?;
                            Ok(Done::Report(k, terms, Box::new(rows)))
                        }
                        Task::Pair(k) => {
                            let (from, to) = (get(batch_pairs[k].0), get(batch_pairs[k].1));
                            let aligned =
                                compare::align_keyed(&from.keys, &to.report, &to.keys, &settings.file.compare);
                            let diffs = compare::diff_lines(
                                &from.report,
                                &to.report,
                                (&from.paths, &to.paths),
                                aligned,
                                &settings.file.compare,
                                Some(jieba),
                            );
                            let owned = if parquet { diffs.iter().map(DiffLine::to_row).collect() } else { Vec::new() };
                            let rows = PairRows {
                                sections: compare::sections::section_rows(&diffs),
                                summary: output::summary::PairSummary::of(&diffs, redline_limit),
                                changes: Vec::new(),
                                diffs: output::Chunk::from_lines(DiffLine::csv(&diffs), diffs.len(), owned),
                            };
                            Ok(Done::Pair(k, Box::new(rows)))
                        }
                    })
                    .collect();
                let mut per_report: Vec<Option<ReportRows>> = (0..analysed.len()).map(|_| None).collect();
                let mut per_pair: Vec<Option<PairRows>> = (0..batch_pairs.len()).map(|_| None).collect();
                for d in done? {
                    match d {
                        Done::Report(k, terms, rows) => {
                            analysed[k].terms = terms;
                            per_report[k] = Some(*rows);
                        }
                        Done::Pair(k, rows) => per_pair[k] = Some(*rows),
                    }
                }
                // term changes need the terms of both reports
                let get = |k: usize| batch_or_previous(&analysed, first, previous.as_ref(), k);
                let per_pair: Vec<PairRows> = per_pair
                    .into_par_iter()
                    .zip(&batch_pairs)
                    .map(|(rows, &(a, b))| {
                        let mut rows = rows.expect("every pair was compared");
                        let (from, to) = (get(a), get(b));
                        rows.changes =
                            rows::term_changes(&from.report, &to.report, &from.terms, &to.terms, &settings.file.terms);
                        bar.inc();
                        rows
                    })
                    .collect();
                let per_report: Vec<ReportRows> =
                    per_report.into_iter().map(|r| r.expect("every report was counted")).collect();
                Ok::<_, RunError>((analysed, per_report, per_pair))
            })?;
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
                    stats.warnings.push(format!("{}: no targets found", r.report.report_id));
                }
                n_indicators += r.indicators.row_count();
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
            if send.send(Some(streamed)).is_err() {
                failed = true; // the writer stopped on an error; join it below for the error
                break;
            }
            first = end;
            // the next batch pairs its first report with this one's last; the rest is
            // freed on both threads, or, after the last batch, on a thread of its own
            // while the whole-batch tables are made (freeing a batch takes 1-4 ms)
            let mut analysed = analysed;
            previous = analysed.pop();
            if rest.len() == 0 {
                // (a thread that cannot start drops its closure, and the batch, here)
                let _ = std::thread::Builder::new().spawn_scoped(scope, move || drop(analysed));
            } else {
                analysed.into_par_iter().for_each(drop);
            }
        }
        if !failed {
            // the writer may have stopped on an error since; joining it reports that
            let _ = send.send(None);
        }
        drop(send);
        // the whole-batch tables are written while the writer finishes
        let finished = (!failed).then(|| {
            stats.stages.push(("extract", extract_bar.finish(&format!("{n_indicators} indicators"))));
            stats.stages.push(("compare", compare_bar.finish(&format!("{} pairs", pairs.len()))));
            finish(std::mem::take(&mut out))
        });
        let written = writer
            .join()
            .map_err(|_| RunError::Table { table: DiffRow::NAME, message: "the writer thread panicked".into() })?;
        let (busy, [n_ind, n_terms, n_diffs]) = written?;
        let Some(finished) = finished else {
            return Err(RunError::Table {
                table: DiffRow::NAME,
                message: "the writer hung up without an error".into(),
            });
        };
        let counts = BTreeMap::from([(IndicatorRow::NAME, n_ind), (TermRow::NAME, n_terms), (DiffRow::NAME, n_diffs)]);
        Ok((finished?, StreamedWrite { counts, busy }))
    })
}
