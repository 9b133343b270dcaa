//! `baogao run`: the batch engine.
//!
//! ```text
//! discover -> ingest (parallel) -> duplicates -> batches of BATCH reports:
//!   segment + extract -> terms, rows, pairs' diffs -> writer thread (streamed tables)
//! -> whole-batch tables and summaries -> run.json
//! ```
//!
//! `batches` schedules the per-report stages and the comparisons batch by batch,
//! `writer` streams the big tables to their files meanwhile, `whole` writes what needs
//! the whole batch. Memory grows with a batch's text, not with the outputs. Every
//! output is staged in the run's `OutputSet`, put in place together at the end.

mod batches;
mod whole;
mod writer;

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;

use crate::config::Settings;
use crate::error::{ConfigError, Exit, Failure, InputError, RunError, Stage};
use crate::model::Prepared;
use crate::output::run_json::{run_json, RunStats};
use crate::output::{self, rows, write_table, OutputSet};
use crate::progress::{Mode, StageProgress};
use crate::{compare, ingest, pipeline};

/// Stack of the thread that builds the patterns: compiling a regular expression
/// recurses only as deep as the pattern nests.
const WARM_UP_STACK: usize = 512 * 1024;

/// Start building, on a thread of its own, what every run builds on first use: the
/// stages' patterns (~9 ms of CPU), in the order the stages need them, then polars'
/// first query (its thread pool and planner, ~5 ms, which the run would otherwise pay
/// at its end with a core idle). `main` calls it before the command line and the
/// settings are read, while the second core idles; [`run`] calls it too, and only the
/// first call starts the thread. A worker needing a pattern before it is built waits
/// for it, never builds it twice (a thread that cannot start leaves it to the workers).
pub fn warm_up_in_background() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let _ = std::thread::Builder::new().name("baogao-warm-up".into()).stack_size(WARM_UP_STACK).spawn(|| {
            crate::normalize::warm_up();
            crate::meta::warm_up();
            crate::segment::warm_up();
            crate::extract::warm_up();
            crate::compare::panel::warm_up();
        });
    });
}

/// `baogao run`: every input below `input`, every output into `out_dir`.
pub fn run(input: &Path, out_dir: &Path, settings: &Settings) -> Result<Exit, RunError> {
    let mode = Mode::detect(settings.quiet);
    let jobs = settings.jobs.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| RunError::Config(ConfigError::Usage(format!("cannot start {jobs} worker threads: {e}"))))?;
    pool.install(|| run_in_pool(input, out_dir, settings, mode))
}

fn run_in_pool(input: &Path, out_dir: &Path, settings: &Settings, mode: Mode) -> Result<Exit, RunError> {
    warm_up_in_background();
    let mut stats = RunStats::default();
    // nothing is written when the input folder is not there
    std::fs::metadata(input).map_err(|cause| RunError::InputDir { path: input.to_path_buf(), cause })?;
    let (set, notes) = OutputSet::open(out_dir)?;
    output::clean_up_on_interrupt(out_dir);
    stats.warnings.extend(notes);
    let outputs: Vec<String> = output::output_names().collect();
    let ours = ingest::Ours { folder: out_dir, outputs: &outputs, lock_file: output::LOCK_FILE };
    let found = ingest::discover(input, Some(ours))?;
    stats.warnings.extend(found.skipped);
    if found.inputs.is_empty() && found.failures.is_empty() {
        stats.warnings.push(format!(
            "no reports found in {}: it holds no files but hidden ones and baogao's own",
            input.display()
        ));
    }
    let (reports, failures) = ingest_all(found.inputs, found.failures, settings, mode, &mut stats);
    warn_implausible_years(&reports, &mut stats);
    let error_rows = rows::errors(&failures);
    let exit = Exit::of_batch(reports.len(), failures.len());
    if exit == Exit::Nothing {
        write_table(&set, &error_rows, settings.excel_bom, false)?;
        print_warnings(mode, &stats);
        set.commit(&run_json(settings, &[], &failures, &BTreeMap::new(), &stats)?)?;
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
    let (written, streamed) = batches::analyse(reports, &set, settings, mode, segmenter, &mut stats, |analysis| {
        whole::write(analysis, &error_rows, &set, settings, mode)
    })?;
    let whole::Written { report_rows, mut counts, mut bar, across } = written;
    counts.extend(streamed.counts);
    bar.add_earlier(streamed.busy);
    stats.stages.push(("across", across));
    stats.stages.push(("write", bar.finish("outputs written")));
    print_warnings(mode, &stats);
    // every output is staged; they are put in place together, run.json last
    set.commit(&run_json(settings, &report_rows, &failures, &counts, &stats)?)?;
    Ok(exit)
}

/// The plan years a report can have: from the first National People's Congress
/// (1954) to next year.
fn plausible_years() -> std::ops::RangeInclusive<i32> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // (days / 365.2425 is the year to within a day, which is all this needs)
    let this_year = 1970 + (secs as f64 / 86_400.0 / 365.2425) as i32;
    1954..=this_year + 1
}

/// A warning for each report whose plan year cannot be right (1900, 2099): a typo in
/// a file name or a header.
fn warn_implausible_years(reports: &[Prepared], stats: &mut RunStats) {
    let years = plausible_years();
    for r in reports.iter().filter(|r| !years.contains(&r.meta.year)) {
        stats.warnings.push(format!(
            "{}: the plan year {} is implausible (expected {} to {}); check the file's name and header",
            r.meta.report_id,
            r.meta.year,
            years.start(),
            years.end()
        ));
    }
}

/// `work` done on every item in parallel, the biggest (by `size`) first, so that no core
/// waits for a big one at the end of a stage (an item's time is about its size; ties
/// keep their order); the results in the items' order.
fn biggest_first<T: Send, R: Send>(
    items: Vec<T>,
    size: impl Fn(&T) -> u64,
    work: impl Fn(T) -> R + Sync + Send,
) -> Vec<R> {
    let mut tasks: Vec<(u64, usize, T)> = items.into_iter().enumerate().map(|(k, t)| (size(&t), k, t)).collect();
    tasks.sort_unstable_by_key(|&(size, k, _)| (std::cmp::Reverse(size), k));
    let mut done: Vec<(usize, R)> = tasks.into_par_iter().with_max_len(1).map(|(_, k, t)| (k, work(t))).collect();
    done.sort_unstable_by_key(|&(k, _)| k);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Read, decode, normalise and read the metadata of every input in parallel (segmenting
/// waits for the batches), reject duplicates, and sort the reports by region, year and
/// id. The failures are sorted by path and printed.
fn ingest_all(
    inputs: Vec<ingest::Input>,
    mut failures: Vec<Failure>,
    settings: &Settings,
    mode: Mode,
    stats: &mut RunStats,
) -> (Vec<Prepared>, Vec<Failure>) {
    let bar = StageProgress::start(mode, "ingest", inputs.len());
    // (a file's size, read before it is: the file that cannot be read fails below)
    let sized: Vec<(u64, &ingest::Input)> =
        inputs.par_iter().map(|i| (std::fs::metadata(&i.path).map_or(0, |m| m.len()), i)).collect();
    let loaded: Vec<Result<(Prepared, String), Failure>> = biggest_first(
        sized,
        |&(size, _)| size,
        |(_, i)| {
            let r = pipeline::ingest(i, settings).map(|r| (r, i.shown.clone()));
            bar.inc();
            r
        },
    );
    let mut ok = Vec::with_capacity(loaded.len());
    for r in loaded {
        match r {
            Ok(r) => ok.push(r),
            Err(f) => failures.push(f),
        }
    }
    let (kept, dups) = reject_duplicates(ok);
    failures.extend(dups);
    failures.sort_by(|a, b| a.path.cmp(&b.path));
    for f in &failures {
        bar.println(&format!("baogao: {}: {} error: {}", f.path, f.stage.as_str(), f.error));
    }
    let mut reports: Vec<Prepared> = kept.into_iter().map(|(r, _)| r).collect();
    reports.sort_by(|a, b| {
        (&a.meta.region, a.meta.year, &a.meta.report_id).cmp(&(&b.meta.region, b.meta.year, &b.meta.report_id))
    });
    stats.stages.push(("ingest", bar.finish(&format!("{} reports read, {} failed", reports.len(), failures.len()))));
    for r in &reports {
        stats.warnings.extend(r.warnings.iter().map(|w| format!("{}: {w}", r.meta.report_id)));
    }
    (reports, failures)
}

/// Keep one report of each region and year: the first (by id) that is a work report in
/// full, else the first work report (an abridgement, 政府工作报告（摘要）), else the first; the
/// others are failures. A plan or budget report or an abridgement beside the work report
/// of its region and year in full is named as such (scrapers collect them all).
fn reject_duplicates(reports: Vec<(Prepared, String)>) -> (Vec<(Prepared, String)>, Vec<Failure>) {
    let key = |r: &Prepared| (r.meta.region.clone(), r.meta.year);
    let rank = |r: &Prepared| (r.meta.other_report.is_some(), r.meta.abridged);
    let mut kept_at: BTreeMap<(String, i32), usize> = BTreeMap::new();
    for (i, (r, _)) in reports.iter().enumerate() {
        let at = kept_at.entry(key(r)).or_insert(i);
        if rank(r) < rank(&reports[*at].0) {
            *at = i;
        }
    }
    let winners: Vec<(String, (bool, bool))> = reports
        .iter()
        .map(|(r, _)| {
            let (winner, shown) = &reports[kept_at[&key(r)]];
            (shown.clone(), rank(winner))
        })
        .collect();
    let mut kept = Vec::new();
    let mut failures = Vec::new();
    for (i, ((r, shown), (other, winner))) in reports.into_iter().zip(winners).enumerate() {
        let (region, year) = key(&r);
        if kept_at[&(region.clone(), year)] == i {
            kept.push((r, shown));
            continue;
        }
        let error = match (&r.meta.other_report, r.meta.abridged, winner) {
            (Some(what), _, (false, _)) => InputError::NotTheWorkReport { what: what.clone(), region, year, other },
            (None, true, (false, false)) => InputError::Abridged { region, year, other },
            _ => InputError::Duplicate { region, year, other },
        };
        failures.push(Failure { path: shown, stage: Stage::Pair, error });
    }
    (kept, failures)
}

/// Warnings go to stderr (unless `--quiet`) as well as to run.json.
fn print_warnings(mode: Mode, stats: &RunStats) {
    if mode != Mode::Quiet {
        for w in &stats.warnings {
            eprintln!("baogao: warning: {w}");
        }
    }
}

#[cfg(test)]
mod tests {
    /// The modules whose `warm_up` builds their patterns: the source with the `warm_up`,
    /// then those of its submodules, whose patterns it builds too.
    const WARMED: [(&str, &[&str]); 10] = [
        ("normalize/script.rs", &[include_str!("../normalize/script.rs")]),
        ("meta/mod.rs", &[include_str!("../meta/mod.rs")]),
        ("meta/header.rs", &[include_str!("../meta/header.rs")]),
        ("meta/path.rs", &[include_str!("../meta/path.rs")]),
        ("segment.rs", &[include_str!("../segment.rs")]),
        (
            "extract/dating/",
            &[
                include_str!("../extract/dating/mod.rs"),
                include_str!("../extract/dating/aims.rs"),
                include_str!("../extract/dating/kind.rs"),
                include_str!("../extract/dating/period.rs"),
                include_str!("../extract/dating/spans.rs"),
            ],
        ),
        ("extract/subject.rs", &[include_str!("../extract/subject.rs")]),
        ("extract/measure.rs", &[include_str!("../extract/measure.rs")]),
        ("extract/number.rs", &[include_str!("../extract/number.rs")]),
        ("extract/zone.rs", &[include_str!("../extract/zone.rs")]),
    ];

    /// A pattern added to one of these modules is built by its `warm_up` too (one left
    /// out is only built later, by the first worker to need it).
    #[test]
    fn warm_up_builds_every_pattern_of_its_module() {
        let code = |source: &'static str| source.split("\n#[cfg(test)]").next().unwrap_or(source);
        for (file, sources) in WARMED {
            let warm = code(sources[0]).split("fn warm_up()").nth(1).unwrap_or_else(|| panic!("{file} has no warm_up"));
            let warm = &warm[..warm.find("\n}").unwrap_or(warm.len())];
            for line in sources.iter().flat_map(|s| code(s).lines()) {
                let Some(rest) = line.strip_prefix("static ").or_else(|| line.strip_prefix("pub(super) static "))
                else {
                    continue;
                };
                if !rest.contains("LazyLock<") {
                    continue;
                }
                let name = rest.split(':').next().unwrap_or_default();
                assert!(
                    warm.contains(&format!("&*{name},")) || warm.contains(&format!("&*{name})")),
                    "{file}: warm_up does not build {name}"
                );
            }
        }
    }
}
