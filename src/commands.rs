//! The single-file commands (`extract`, `diff`, `inspect`) and settings resolution.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::cli::{Common, DiffArgs, ExtractArgs, InspectArgs, RunArgs};
use crate::config::{ConfigFile, Overrides, Settings};
use crate::error::{ConfigError, Exit, Failure};
use crate::model::{Op, Report};
use crate::output::csv_bytes;
use crate::output::schema::{DiffRow, IndicatorRow};

/// The configuration shipped in the repository, built into the binary so that it
/// runs from any folder.
pub const BUILTIN_CONFIG: &str = include_str!("../config/baogao.toml");
const DEFAULT_CONFIG: &str = "config/baogao.toml";

/// Load the configuration named by `-c`, else config/baogao.toml, else the built-in one.
pub fn load_settings(common: &Common, overrides: Overrides) -> Result<Settings, ConfigError> {
    match &common.config {
        Some(path) => Settings::load(path, overrides),
        None if Path::new(DEFAULT_CONFIG).is_file() => Settings::load(Path::new(DEFAULT_CONFIG), overrides),
        None => builtin_settings(overrides),
    }
}

pub fn builtin_settings(overrides: Overrides) -> Result<Settings, ConfigError> {
    let path = PathBuf::from("<built-in config/baogao.toml>");
    let file: ConfigFile = toml::from_str(BUILTIN_CONFIG)
        .map_err(|e| ConfigError::Invalid { path: path.clone(), message: e.to_string() })?;
    Settings::from_file(file, &path, BUILTIN_CONFIG.as_bytes(), overrides)
}

pub fn settings_for_run(args: &RunArgs) -> Result<Settings, ConfigError> {
    load_settings(
        &args.common,
        Overrides {
            formats: args.format.clone(),
            excel_bom: args.excel_bom,
            jobs: args.jobs.map(usize::from),
            quiet: args.quiet,
        },
    )
}

/// Load a single file given on the command line (report id = path without extension).
fn load_file(path: &Path, settings: &Settings) -> Result<Report, Failure> {
    let root = path.parent().and_then(Path::parent).unwrap_or(Path::new(""));
    crate::load(&crate::ingest::input_for(path, root), settings)
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
    let settings = load_settings(&args.common, Overrides::default())?;
    let extractor = crate::extract::Extractor::new(&settings);
    let mut rows: Vec<IndicatorRow> = Vec::new();
    let mut failed = 0;
    for path in &args.files {
        match load_file(path, &settings) {
            Ok(r) => rows.extend(extractor.extract(&r).iter().map(|i| crate::rows::indicator_row(&r, i))),
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
    let settings = load_settings(&args.common, Overrides::default())?;
    let (old, new) = match (load_file(&args.old, &settings), load_file(&args.new, &settings)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for f in [a.err(), b.err()].into_iter().flatten() {
                report_failure(&f);
            }
            return Ok(Exit::Nothing);
        }
    };
    use crate::compare::segmenter::{segmenter, CharPairs};
    let jieba = segmenter(&settings.file.terms, CharPairs::of([old.text.as_str(), new.text.as_str()]));
    let rows = crate::compare::diff_reports(&old, &new, &settings.file.compare, Some(&jieba));
    let mut out = std::io::stdout().lock();
    if args.text {
        for r in &rows {
            let line = match r.op {
                Op::Kept => format!("  {}", r.to_text),
                Op::Added => format!("+ {}", r.to_text),
                Op::Removed => format!("- {}", r.from_text),
                Op::Edited => format!("~ {}", r.inline),
                Op::Moved if r.inline.is_empty() => format!("> {}", r.to_text),
                Op::Moved => format!("> {}", r.inline),
            };
            writeln!(out, "{line}")?;
        }
    } else {
        out.write_all(&csv_bytes(&rows, false)?)?;
    }
    if let Some(path) = &args.html {
        let page = redline_page(&old, &new, &rows);
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().and_then(|n| n.to_str()).context("--html needs a file name")?;
        crate::output::write_atomic(dir, name, |w| w.write_all(page.as_bytes()))?;
    }
    Ok(Exit::Ok)
}

fn redline_page(old: &Report, new: &Report, rows: &[DiffRow]) -> String {
    use crate::compare::inline::{spans, Span};
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{} → {}</title>\
<style>body{{max-width:60rem;margin:auto;padding:1rem;line-height:1.6;font-family:system-ui,sans-serif}}del{{color:#b00;background:#fdd}}ins{{color:#070;background:#dfd;text-decoration:none}}.moved{{border-left:3px solid #36c;padding-left:.4rem}}.kept{{color:#555}}</style></head><body>\n<h1>{} → {}</h1>\n",
        esc(&old.meta.report_id), esc(&new.meta.report_id), esc(&old.meta.report_id), esc(&new.meta.report_id)
    );
    for r in rows {
        let body = match r.op {
            Op::Added => format!("<ins>{}</ins>", esc(&r.to_text)),
            Op::Removed => format!("<del>{}</del>", esc(&r.from_text)),
            Op::Kept => esc(&r.to_text),
            Op::Moved if r.inline.is_empty() => esc(&r.to_text),
            Op::Edited | Op::Moved => spans(&r.inline)
                .into_iter()
                .map(|s| match s {
                    Span::Same(t) => esc(&t),
                    Span::Deleted(t) => format!("<del>{}</del>", esc(&t)),
                    Span::Inserted(t) => format!("<ins>{}</ins>", esc(&t)),
                })
                .collect(),
        };
        h.push_str(&format!("<p class=\"{}\">{}</p>\n", r.op, body));
    }
    h.push_str("</body></html>\n");
    h
}

/// `baogao inspect FILE`: what baogao reads from one file.
pub fn inspect(args: &InspectArgs) -> anyhow::Result<Exit> {
    let settings = load_settings(&args.common, Overrides::default())?;
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
