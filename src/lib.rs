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

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use rayon::prelude::*;

use cli::{Cli, Command, RunArgs};
use config::{Format, Settings};
use error::{Exit, Failure, InputError, RunError, Stage};
use model::{Document, Indicator, Report};
use output::schema::*;
use progress::{Mode, StageProgress};

/// Dispatch a parsed command line.
pub fn main_with(cli: Cli) -> anyhow::Result<Exit> {
    match cli.command.unwrap_or_else(|| Command::Run(RunArgs::default())) {
        Command::Run(args) => {
            let settings = commands::settings_for_run(&args)?;
            Ok(run(&args.input, &args.output, &settings)?)
        }
        Command::Extract(args) => commands::extract(&args),
        Command::Diff(args) => commands::diff(&args),
        Command::Inspect(args) => commands::inspect(&args),
    }
}

/// A decoded document -> a normalised, segmented report with metadata.
pub fn prepare(doc: Document, settings: &Settings) -> Result<Report, InputError> {
    let clean = normalize::normalize_with(&doc.text, &settings.chrome);
    if !clean.text.chars().any(ingest::decode::is_cjk) {
        return Err(InputError::NoText);
    }
    let meta = meta::read_meta(&clean.text, &doc.report_id, &|r| settings.canonical_region(r))?;
    let seg = segment::segment(&clean.text, segment::Years { review: meta.review_year, plan: meta.year });
    Ok(Report {
        doc_path: doc.path,
        meta,
        source_format: doc.source_format,
        encoding: doc.encoding,
        sha256: doc.sha256,
        text: clean.text,
        offsets: clean.offsets,
        sentences: seg.sentences,
        sections: seg.sections,
        warnings: doc.warnings,
    })
}

/// Read, decode and prepare one input.
pub fn load(input: &ingest::Input, settings: &Settings) -> Result<Report, Failure> {
    let doc = ingest::read(input, settings.file.ingest.max_file_bytes)?;
    prepare(doc, settings).map_err(|error| Failure { path: input.shown.clone(), stage: Stage::Metadata, error })
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
    // jieba's dictionary takes a quarter of a second to load: load it while reading
    let terms_config = settings.file.terms.clone();
    let segmenter = std::thread::spawn(move || compare::terms::segmenter(&terms_config));
    std::fs::create_dir_all(out_dir).map_err(|e| RunError::Write { path: out_dir.to_path_buf(), source: e })?;
    output::clean_up_on_interrupt(out_dir);
    let stale = output::remove_temp_files(out_dir);
    if stale > 0 {
        stats.warnings.push(format!("removed {stale} temporary files left by an earlier interrupted run"));
    }

    // ingest + normalise + segment
    let bar = StageProgress::start(mode, "ingest", inputs.len());
    let loaded: Vec<Result<(Report, String), Failure>> = inputs
        .par_iter()
        .map(|i| {
            let r = load(i, settings).map(|r| (r, i.shown.clone()));
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
        rows::write_run_json(out_dir, settings, &reports, &failures, &BTreeMap::new(), &stats)?;
        return Ok(exit);
    }

    // extract
    let bar = StageProgress::start(mode, "extract", reports.len());
    let extractor = extract::Extractor::new(settings);
    let indicators: Vec<Vec<Indicator>> = reports
        .par_iter()
        .map(|r| {
            let v = extractor.extract(r);
            bar.inc();
            v
        })
        .collect();
    let n_ind: usize = indicators.iter().map(Vec::len).sum();
    stats.stages.push(("extract", bar.finish(&format!("{n_ind} indicators"))));
    for (r, ind) in reports.iter().zip(&indicators) {
        if r.meta.year > 0 && !ind.iter().any(|i| i.kind == model::Kind::Target) {
            stats.warnings.push(format!("{}: no targets found", r.meta.report_id));
        }
    }

    // compare
    let pairs = compare::consecutive_pairs(&reports);
    let bar = StageProgress::start(mode, "compare", pairs.len() + reports.len());
    let jieba = segmenter
        .join()
        .map_err(|_| RunError::Table { table: "terms", message: "the segmenter failed to load".into() })?;
    let diffs: Vec<Vec<DiffRow>> = pairs
        .par_iter()
        .map(|&(a, b)| {
            let d = compare::diff_reports(&reports[a], &reports[b], &settings.file.compare, Some(&jieba));
            bar.inc();
            d
        })
        .collect();
    let term_counts: Vec<Vec<compare::terms::TermCount>> = reports
        .par_iter()
        .map(|r| {
            let t = compare::terms::count_terms(&r.text, &jieba, &settings.file.terms);
            bar.inc();
            t
        })
        .collect();
    let changes: Vec<TermChangeRow> = pairs
        .iter()
        .flat_map(|&(a, b)| {
            rows::term_changes(&reports[a], &reports[b], &term_counts[a], &term_counts[b], &settings.file.terms)
        })
        .collect();
    let mentions = rows::mentions(&reports, &indicators);
    let panel = compare::panel::panel(&mentions, settings)?;
    let tva = compare::panel::targets_vs_actuals(&mentions, settings)?;
    stats.stages.push(("compare", bar.finish(&format!("{} pairs", pairs.len()))));

    // write
    let bar = StageProgress::start(mode, "write", 10);
    let report_rows = rows::reports(&reports);
    let indicator_rows = rows::indicators(&reports, &indicators);
    let section_rows: Vec<SectionRow> = diffs.iter().flat_map(|d| compare::sections::section_rows(d)).collect();
    let diff_rows: Vec<DiffRow> = diffs.into_iter().flatten().collect();
    let term_rows = rows::terms(&reports, &term_counts);
    let parquet = settings.formats.contains(&Format::Parquet);
    let bom = settings.excel_bom;
    let mut counts = BTreeMap::new();
    let results = std::sync::Mutex::new(Vec::new());
    // tables are independent files: write them in parallel
    rayon::scope(|s| {
        macro_rules! write {
            ($rows:expr) => {{
                counts.insert(table_name(&$rows), $rows.len());
                let (rows, results, bar) = (&$rows, &results, &bar);
                s.spawn(move |_| {
                    let r = output::write_table(out_dir, rows, bom, parquet);
                    bar.inc();
                    results.lock().unwrap_or_else(|e| e.into_inner()).push(r);
                });
            }};
        }
        write!(report_rows);
        write!(indicator_rows);
        write!(panel);
        write!(tva);
        write!(diff_rows);
        write!(section_rows);
        write!(term_rows);
        write!(changes);
        write!(error_rows);
    });
    for r in results.into_inner().unwrap_or_else(|e| e.into_inner()) {
        r?;
    }
    let labels: BTreeMap<String, String> =
        settings.file.indicators.iter().map(|d| (d.id.clone(), d.label.clone())).collect();
    let summary = output::summary::SummaryInput {
        reports: &report_rows,
        panel: &panel,
        tva: &tva,
        diffs: &diff_rows,
        terms: &term_rows,
        changes: &changes,
        sections: &section_rows,
        labels: &labels,
        redline_limit: 200,
    };
    let md = output::summary::markdown(&summary);
    output::write_atomic(out_dir, "summary.md", |w| std::io::Write::write_all(w, md.as_bytes()))?;
    let html = output::summary::html(&summary);
    output::write_atomic(out_dir, "summary.html", |w| std::io::Write::write_all(w, html.as_bytes()))?;
    bar.inc();
    stats.stages.push(("write", bar.finish("outputs written")));
    rows::write_run_json(out_dir, settings, &reports, &failures, &counts, &stats)?;
    Ok(exit)
}

fn table_name<T: Table>(_: &[T]) -> &'static str {
    T::NAME
}
