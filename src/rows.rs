//! Typed records -> output rows (the schemas of `output::schema`), in their
//! documented order, plus run.json.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::compare::panel::{is_headline_candidate, Mention};
use crate::compare::terms::{term_changes as changes_of, TermCount};
use crate::config::{Settings, TermsConfig};
use crate::error::{Failure, RunError};
use crate::model::{Indicator, Report};
use crate::output::schema::*;
use crate::RunStats;

/// The reports.csv row of a (segmented) report.
pub fn report_row(r: &Report) -> ReportRow {
    ReportRow {
        report_id: r.meta.report_id.clone(),
        region: r.meta.region.clone(),
        year: r.meta.year as i64,
        review_year: r.meta.review_year as i64,
        delivered: r.meta.delivered.clone(),
        title: r.meta.title.clone(),
        speaker: r.meta.speaker.clone(),
        source_format: r.source_format.as_str().to_string(),
        encoding: r.encoding.clone(),
        chars: r.text.chars().count() as i64,
        sentences: r.sentences.len() as i64,
        sections: r.sections.len() as i64,
        sha256: r.sha256.clone(),
        parent_region: r.meta.parent_region.clone(),
        level: r.meta.level.clone(),
        region_as_written: r.meta.region_raw.clone(),
        metadata_from: r.meta.meta_source.clone(),
        reader: r.reader.clone(),
    }
}

/// One indicators.csv row.
pub fn indicator_row(r: &Report, i: &Indicator) -> IndicatorRow {
    row_in_section(r, i, r.section_path(r.sentences[i.sentence_id].section))
}

/// indicators.csv rows of one report, in text order.
pub fn indicator_rows(r: &Report, indicators: &[Indicator]) -> Vec<IndicatorRow> {
    let paths = r.section_paths();
    indicators
        .iter()
        .map(|i| row_in_section(r, i, r.sentences[i.sentence_id].section.map_or(String::new(), |k| paths[k].clone())))
        .collect()
}

fn row_in_section(r: &Report, i: &Indicator, section: String) -> IndicatorRow {
    IndicatorRow {
        report_id: r.meta.report_id.clone(),
        region: r.meta.region.clone(),
        year: r.meta.year as i64,
        kind: i.kind,
        period_start: i.period_start as i64,
        period_end: i.period_end as i64,
        estimated: i.estimated,
        indicator: i.indicator.clone(),
        subject: i.subject.clone(),
        measure: i.measure,
        value: i.value.map(Num),
        value_hi: i.value_hi.map(Num),
        unit: i.unit.clone(),
        value_base: i.value_base.map(Num),
        bound: i.bound,
        section,
        sentence_id: i.sentence_id as i64,
        char_start: r.original_offset(i.start) as i64,
        char_end: (r.original_offset(i.end.saturating_sub(1)) + 1) as i64,
        quote: r.sentences[i.sentence_id].text.clone(),
        base_unit: i.base_unit.clone(),
        matched: i.matched.clone(),
    }
}

/// The mentions of canonical indicators in one report that can be headline cells, in
/// base units, for the panel.
pub fn mentions(r: &Report, indicators: &[Indicator], settings: &Settings) -> Vec<Mention> {
    let mut out = Vec::new();
    {
        for i in indicators {
            let Some(id) = &i.indicator else { continue };
            if !is_headline_candidate(i, id, r.meta.year, settings) {
                continue;
            }
            let factor = match (i.value, i.value_base) {
                (Some(v), Some(b)) if v != 0.0 => b / v,
                _ => 1.0,
            };
            out.push(Mention {
                region: r.meta.region.clone(),
                indicator: id.clone(),
                kind: i.kind,
                period_end: i.period_end,
                report_id: r.meta.report_id.clone(),
                measure: i.measure,
                value: i.value_base,
                value_hi: i.value_hi.map(|h| h * factor),
                bound: i.bound,
                unit: i.base_unit.clone(),
                sentence_id: i.sentence_id,
                subject: i.subject.clone(),
            });
        }
    }
    out
}

/// terms.csv rows of a report, written from its counts as they are: a report has
/// thousands of terms, and building each row (three strings) only to write it cost more
/// than writing it. The report's three columns, the same on every line, go through the
/// csv writer once; each term's four are appended as the csv writer writes them (see
/// `output::csv_field`). A test checks the lines are the rows' CSV.
/// The rows themselves are built only for Parquet.
pub fn term_chunk(r: &Report, counts: &[TermCount], parquet: bool) -> Result<crate::output::Chunk<TermRow>, RunError> {
    #[derive(Serialize)]
    struct Lead<'a> {
        report_id: &'a str,
        region: &'a str,
        year: i64,
    }
    let mut lead = crate::output::csv_line::<TermRow, _>(&Lead {
        report_id: &r.meta.report_id,
        region: &r.meta.region,
        year: r.meta.year as i64,
    })?;
    // the line's end becomes the separator before the term
    lead.pop();
    lead.push(b',');
    let mut csv = Vec::with_capacity(counts.iter().map(|t| lead.len() + t.at.len() + 24).sum());
    let mut number = itoa::Buffer::new();
    for t in counts {
        csv.extend_from_slice(&lead);
        crate::output::csv_field(&mut csv, t.term(&r.text));
        csv.push(b',');
        csv.extend_from_slice(number.format(t.count).as_bytes());
        csv.push(b',');
        let mut buf = [0u8; 32];
        csv.extend_from_slice(per_10k(t).write(&mut buf).as_bytes());
        csv.extend_from_slice(if t.slogan { b",true\n" } else { b",false\n" });
    }
    Ok(crate::output::Chunk::from_lines(csv, counts.len(), if parquet { terms(r, counts) } else { Vec::new() }))
}

fn per_10k(t: &TermCount) -> Num {
    Num((t.per_10k * 1e4).round() / 1e4)
}

pub fn terms(r: &Report, counts: &[TermCount]) -> Vec<TermRow> {
    counts
        .iter()
        .map(|t| TermRow {
            report_id: r.meta.report_id.clone(),
            region: r.meta.region.clone(),
            year: r.meta.year as i64,
            term: t.term(&r.text).to_string(),
            count: t.count as i64,
            per_10k_chars: per_10k(t),
            slogan: t.slogan,
        })
        .collect()
}

pub fn term_changes(
    from: &Report,
    to: &Report,
    a: &[TermCount],
    b: &[TermCount],
    cfg: &TermsConfig,
) -> Vec<TermChangeRow> {
    changes_of((&from.text, a), (&to.text, b), cfg)
        .into_iter()
        .map(|c| TermChangeRow {
            region: to.meta.region.clone(),
            term: c.term,
            from_year: from.meta.year as i64,
            to_year: to.meta.year as i64,
            change: c.change,
            from_per_10k: Num((c.from_per_10k * 1e4).round() / 1e4),
            to_per_10k: Num((c.to_per_10k * 1e4).round() / 1e4),
        })
        .collect()
}

pub fn errors(failures: &[Failure]) -> Vec<ErrorRow> {
    failures
        .iter()
        .map(|f| ErrorRow { path: f.path.clone(), stage: f.stage.as_str().to_string(), message: f.error.to_string() })
        .collect()
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
    /// The program that read a PDF's text (reports.csv's `reader`); empty otherwise.
    reader: &'a str,
}

/// run.json: what ran, on what, how long each stage took. Not byte-stable (timings).
pub fn write_run_json(
    dir: &Path,
    settings: &Settings,
    reports: &[ReportRow],
    failures: &[Failure],
    counts: &BTreeMap<&'static str, usize>,
    stats: &RunStats,
) -> Result<(), RunError> {
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
    let text = serde_json::to_string_pretty(&json)
        .map_err(|e| RunError::Write { path: dir.join("run.json"), source: e.into() })?;
    crate::output::write_atomic(dir, "run.json", |w| {
        w.write_all(text.as_bytes())?;
        w.write_all(b"\n")
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::builtin_settings;
    use crate::config::Overrides;
    use crate::model::Document;

    #[test]
    fn term_lines_are_the_term_rows_csv() {
        let settings = builtin_settings(Overrides::default()).unwrap();
        let text = "政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n做好“六稳”工作。\n";
        let mut report = crate::prepare(Document::txt(text), &settings).unwrap();
        // terms with every kind of field to quote, as ranges of the report's text
        report.text = "六稳|工作, \"引号\"|两行\n\r文字|改革".into();
        let mut at = 0;
        let mut next = |term: &str| {
            let range = at..at + term.len();
            at = range.end + 1;
            range
        };
        let counts = [
            TermCount { at: next("六稳"), count: 2, per_10k: 1_234.567_89, slogan: true },
            TermCount { at: next("工作, \"引号\""), count: 1, per_10k: 1.0 / 3.0, slogan: false },
            TermCount { at: next("两行\n\r文字"), count: 12_345, per_10k: 0.0, slogan: false },
            TermCount { at: next("改革"), count: 1, per_10k: 1e-7, slogan: true },
        ];
        let from_lines = term_chunk(&report, &counts, false).unwrap();
        let from_rows = crate::output::Chunk::of(terms(&report, &counts), false).unwrap();
        assert_eq!(from_lines.row_count(), 4);
        assert_eq!(from_lines.csv(), from_rows.csv());
        assert!(String::from_utf8_lossy(from_lines.csv()).contains("\"工作, \"\"引号\"\"\""));
    }
}
