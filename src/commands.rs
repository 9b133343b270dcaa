//! The single-file commands (`extract`, `diff`, `inspect`) and settings resolution.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::cli::{Common, DiffArgs, ExtractArgs, InspectArgs, RunArgs};
use crate::config::{load_settings, Overrides, Settings};
use crate::error::{ConfigError, Exit, Failure};
use crate::model::{Op, Report};
use crate::output::html::redline_page;
use crate::output::rows::{diff_rows, indicator_row, markup};
use crate::output::schema::IndicatorRow;
use crate::output::{csv_bytes, write_atomic};
use crate::{compare, ingest, pipeline};

/// The settings of `baogao run`: the configuration file and the run's flags.
pub fn settings_for_run(args: &RunArgs) -> Result<Settings, ConfigError> {
    load_settings(
        args.common.config.as_deref(),
        Overrides {
            formats: args.format.clone(),
            excel_bom: args.excel_bom,
            jobs: args.jobs.map(usize::from),
            quiet: args.quiet,
        },
    )
}

/// The settings of a single-file command.
fn settings(common: &Common) -> Result<Settings, ConfigError> {
    load_settings(common.config.as_deref(), Overrides::default())
}

/// Load a single file given on the command line (report id = path without extension).
fn load_file(path: &Path, settings: &Settings) -> Result<Report, Failure> {
    let root = path.parent().and_then(Path::parent).unwrap_or(Path::new(""));
    pipeline::load(&ingest::input_for(path, root), settings)
}

/// `baogao inspect --text FILE`: the decoded text, before normalisation.
fn decoded_text(path: &Path, settings: &Settings) -> anyhow::Result<Exit> {
    let root = path.parent().and_then(Path::parent).unwrap_or(Path::new(""));
    match crate::ingest::read(&crate::ingest::input_for(path, root), settings.file.ingest.max_file_bytes) {
        Ok(doc) => {
            std::io::stdout().lock().write_all(doc.text.as_bytes()).context("writing to stdout")?;
            Ok(Exit::Ok)
        }
        Err(f) => {
            report_failure(&f);
            Ok(Exit::Nothing)
        }
    }
}

fn report_failure(f: &Failure) {
    eprintln!("baogao: {}: {} error: {}", f.path, f.stage.as_str(), f.error);
}

/// `baogao extract FILE...`: indicators.csv rows on stdout.
pub fn extract(args: &ExtractArgs) -> anyhow::Result<Exit> {
    let settings = settings(&args.common)?;
    let extractor = crate::extract::Extractor::new(&settings);
    let mut rows: Vec<IndicatorRow> = Vec::new();
    let mut failed = 0;
    for path in &args.files {
        match load_file(path, &settings) {
            Ok(r) => rows.extend(extractor.extract(&r).iter().map(|i| indicator_row(&r, i))),
            Err(f) => {
                failed += 1;
                report_failure(&f);
            }
        }
    }
    std::io::stdout().write_all(&csv_bytes(&rows, false)?).context("writing to stdout")?;
    Ok(Exit::of_batch(args.files.len() - failed, failed))
}

/// `baogao diff OLD NEW`: sentence_diff.csv rows (or readable lines) on stdout.
pub fn diff(args: &DiffArgs) -> anyhow::Result<Exit> {
    let settings = settings(&args.common)?;
    let (old, new) = match (load_file(&args.old, &settings), load_file(&args.new, &settings)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for f in [a.err(), b.err()].into_iter().flatten() {
                report_failure(&f);
            }
            return Ok(Exit::Nothing);
        }
    };
    warn_odd_pair(&old, &new);
    use compare::segmenter::{segmenter, CharPairs};
    let jieba = segmenter(&settings.file.terms, CharPairs::of([old.text.as_str(), new.text.as_str()]));
    let diffs = compare::diff_reports(&old, &new, &settings.file.compare, Some(&jieba));
    // the page first: a path it cannot be written to is an error before anything is printed
    if let Some(path) = &args.html {
        let page = redline_page(&old, &new, &diffs);
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().and_then(|n| n.to_str()).context("--html needs a file name")?;
        write_atomic(dir, name, |w| w.write_all(page.as_bytes()))?;
    }
    let mut out = std::io::stdout().lock();
    if args.text {
        for d in &diffs {
            let from_text = d.from.map_or("", |i| old.sentences[i].text.as_str());
            let to_text = d.to.map_or("", |j| new.sentences[j].text.as_str());
            let line = match d.op {
                Op::Kept => format!("  {to_text}"),
                Op::Added => format!("+ {to_text}"),
                Op::Removed => format!("- {from_text}"),
                Op::Edited => format!("~ {}", markup(&d.edits, from_text, to_text)),
                Op::Moved if d.edits.is_empty() => format!("> {to_text}"),
                Op::Moved => format!("> {}", markup(&d.edits, from_text, to_text)),
            };
            writeln!(out, "{line}")?;
        }
    } else {
        out.write_all(&csv_bytes(&diff_rows(&old, &new, &diffs), false)?)?;
    }
    Ok(Exit::Ok)
}

/// Warn (on stderr) about a diff that is probably not what was meant: the newer report
/// first, or two regions.
fn warn_odd_pair(old: &Report, new: &Report) {
    let (a, b) = (&old.meta, &new.meta);
    if a.year > b.year {
        eprintln!(
            "baogao: warning: {} plans {} and {} plans {}: the first file should be the earlier report; are the two swapped?",
            a.report_id, a.year, b.report_id, b.year
        );
    }
    if a.region != b.region {
        eprintln!(
            "baogao: warning: {} is a report of {} and {} of {}: a diff of two regions",
            a.report_id, a.region, b.report_id, b.region
        );
    }
}

/// `baogao inspect FILE`: what baogao reads from one file.
pub fn inspect(args: &InspectArgs) -> anyhow::Result<Exit> {
    let settings = settings(&args.common)?;
    if args.text {
        return decoded_text(&args.file, &settings);
    }
    let r = match load_file(&args.file, &settings) {
        Ok(r) => r,
        Err(f) => {
            report_failure(&f);
            return Ok(Exit::Nothing);
        }
    };
    let m = &r.meta;
    let mut out = std::io::stdout().lock();
    writeln!(out, "report_id:    {}", m.report_id)?;
    writeln!(out, "region:       {} (as written: {})", m.region, m.region_raw)?;
    writeln!(out, "level:        {}", m.level.as_deref().unwrap_or(""))?;
    writeln!(out, "parent:       {}", m.parent_region)?;
    writeln!(out, "year:         {} (plan), reviews {}", m.year, m.review_year)?;
    writeln!(out, "delivered:    {}", m.delivered.as_deref().unwrap_or(""))?;
    writeln!(out, "title:        {}", m.title)?;
    writeln!(out, "speaker:      {}", m.speaker)?;
    writeln!(out, "metadata:     {}", m.meta_source)?;
    writeln!(out, "format:       {}", r.source_format.as_str())?;
    writeln!(out, "encoding:     {}", r.encoding)?;
    if !r.reader.is_empty() {
        writeln!(out, "reader:       {}", r.reader)?;
    }
    writeln!(out, "chars:        {}", r.text.chars().count())?;
    writeln!(out, "sentences:    {}", r.sentences.len())?;
    writeln!(out, "sections:     {}", r.sections.len())?;
    for s in &r.sections {
        writeln!(out, "  {}{} [{:?}]", "  ".repeat(s.level as usize - 1), s.title, s.part)?;
    }
    for w in &r.warnings {
        writeln!(out, "warning:      {w}")?;
    }
    Ok(Exit::Ok)
}
