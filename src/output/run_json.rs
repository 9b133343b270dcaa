//! run.json: what ran, on what, how long each stage took, and the warnings. Not
//! byte-stable (timings). Written last: its presence says the set of outputs is whole.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;

use super::rows::errors;
use super::schema::{ErrorRow, ReportRow};
use crate::config::Settings;
use crate::error::{Failure, RunError};

/// The file's name.
pub const RUN_JSON: &str = "run.json";

/// Timings and warnings of a run, for run.json.
#[derive(Debug, Default)]
pub struct RunStats {
    pub stages: Vec<(&'static str, Duration)>,
    pub warnings: Vec<String>,
}

#[derive(Serialize)]
struct RunJson<'a> {
    tool: &'static str,
    version: &'static str,
    config: String,
    config_sha256: &'a str,
    inputs: Vec<InputJson<'a>>,
    failed: Vec<ErrorRow>,
    counts: &'a BTreeMap<&'static str, usize>,
    timings_secs: BTreeMap<&'static str, f64>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct InputJson<'a> {
    report_id: &'a str,
    region: &'a str,
    year: i64,
    sha256: &'a str,
    /// The program that read a PDF's text (reports.csv's `reader`); left out otherwise.
    #[serde(skip_serializing_if = "str::is_empty")]
    reader: &'a str,
}

/// run.json's bytes.
pub fn run_json(
    settings: &Settings,
    reports: &[ReportRow],
    failures: &[Failure],
    counts: &BTreeMap<&'static str, usize>,
    stats: &RunStats,
) -> Result<Vec<u8>, RunError> {
    let json = RunJson {
        tool: "baogao",
        version: env!("CARGO_PKG_VERSION"),
        config: settings.config_path.display().to_string(),
        config_sha256: &settings.config_hash,
        inputs: reports
            .iter()
            .map(|r| InputJson {
                report_id: &r.report_id,
                region: &r.region,
                year: r.year,
                sha256: &r.sha256,
                reader: &r.reader,
            })
            .collect(),
        failed: errors(failures),
        counts,
        timings_secs: stats.stages.iter().map(|(k, d)| (*k, (d.as_secs_f64() * 1e4).round() / 1e4)).collect(),
        warnings: &stats.warnings,
    };
    let mut text = serde_json::to_vec_pretty(&json)
        .map_err(|e| RunError::Table { table: "run", message: format!("run.json: {e}") })?;
    text.push(b'\n');
    Ok(text)
}
