//! Records -> output rows (the schemas of `schema`), in their documented order.
//!
//! The rows of the two biggest tables, terms and sentence diffs, are written as CSV
//! lines where they are made instead of built as rows ([`term_chunk`], [`diff_lines`]);
//! their rows are built only for Parquet.

use std::borrow::Cow;

use serde::Serialize;

use super::schema::*;
use super::Chunk;
use crate::across::cascade::Cascade;
use crate::across::reuse::{Index, Match, ReportReuse};
use crate::compare::inline::Edit;
use crate::compare::panel::{PanelCell, TargetVsActual};
use crate::compare::sections::SectionChange;
use crate::compare::terms::{TermChange, TermCount};
use crate::compare::SentenceDiff;
use crate::error::{Failure, RunError};
use crate::model::{Indicator, Report, Sentence};

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

/// The most chars a quote has: a longer sentence (text without sentence punctuation
/// cut by length) is quoted around its number, with … where it is cut, so that a table
/// dump's thousands of numbers do not each copy a long sentence. Reports' sentences stay
/// under it (the longest quoted in the corpus has 391 chars).
const QUOTE_CHARS: usize = 500;

/// The most chars of a subject, the end of it (nearest the number) kept after a …;
/// reports' subjects have under 100.
const SUBJECT_CHARS: usize = 200;

/// The sentence of indicator `i`, or a window of it around the number.
fn quote(s: &Sentence, i: &Indicator) -> String {
    if s.chars() <= QUOTE_CHARS {
        return s.text.clone();
    }
    // the number's place in the sentence, centred in the window
    let (from, to) = (i.start.saturating_sub(s.start), i.end.saturating_sub(s.start));
    let start = (from + to).saturating_sub(QUOTE_CHARS) / 2;
    let start = start.min(s.chars() - QUOTE_CHARS);
    let window: String = s.text.chars().skip(start).take(QUOTE_CHARS).collect();
    let before = if start > 0 { "…" } else { "" };
    let after = if start + QUOTE_CHARS < s.chars() { "…" } else { "" };
    format!("{before}{window}{after}")
}

fn capped_subject(subject: &str) -> String {
    let n = subject.chars().count();
    if n <= SUBJECT_CHARS {
        return subject.to_string();
    }
    let tail: String = subject.chars().skip(n - SUBJECT_CHARS).collect();
    format!("…{tail}")
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
        subject: capped_subject(&i.subject),
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
        quote: quote(&r.sentences[i.sentence_id], i),
        base_unit: i.base_unit.clone(),
        matched: i.matched.clone(),
    }
}

/// terms.csv rows of a report, written from its counts as they are: a report has
/// thousands of terms, and building each row (three strings) only to write it cost more
/// than writing it. The report's three columns, the same on every line, go through the
/// csv writer once; each term's four are appended as the csv writer writes them (see
/// `super::csv_field`). A test checks the lines are the rows' CSV.
/// The rows themselves are built only for Parquet.
pub fn term_chunk(r: &Report, counts: &[TermCount], parquet: bool) -> Result<Chunk<TermRow>, RunError> {
    #[derive(Serialize)]
    struct Lead<'a> {
        report_id: &'a str,
        region: &'a str,
        year: i64,
    }
    let mut lead = super::csv_line::<TermRow, _>(&Lead {
        report_id: &r.meta.report_id,
        region: &r.meta.region,
        year: r.meta.year as i64,
    })?;
    // the line's end becomes the separator before the term
    lead.pop();
    lead.push(b',');
    let mut csv = Vec::with_capacity(counts.iter().map(|t| lead.len() + t.at.len() + 24).sum());
    let mut number = itoa::Buffer::new();
    // the terms come most frequent first, in runs of one count and so of one rate: a
    // rate's text is made when the rate changes and copied along the run (a report has
    // thousands of terms and a few dozen rates)
    let mut rate: Option<u64> = None;
    let mut rate_text = Vec::with_capacity(32);
    for t in counts {
        csv.extend_from_slice(&lead);
        super::csv_field(&mut csv, t.term(&r.text));
        csv.push(b',');
        csv.extend_from_slice(number.format(t.count).as_bytes());
        csv.push(b',');
        if rate != Some(t.per_10k.to_bits()) {
            let mut buf = [0u8; 32];
            rate_text.clear();
            rate_text.extend_from_slice(per_10k(t).write(&mut buf).as_bytes());
            rate = Some(t.per_10k.to_bits());
        }
        csv.extend_from_slice(&rate_text);
        csv.extend_from_slice(if t.slogan { b",true\n" } else { b",false\n" });
    }
    Ok(Chunk::from_lines(csv, counts.len(), if parquet { terms(r, counts) } else { Vec::new() }))
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

/// term_changes.csv rows of a pair: the changes of the terms of `from` to those of `to`.
pub fn term_change_rows(from: &Report, to: &Report, changes: Vec<TermChange>) -> Vec<TermChangeRow> {
    changes
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

/// errors.csv rows, one per failed input.
pub fn errors(failures: &[Failure]) -> Vec<ErrorRow> {
    failures
        .iter()
        .map(|f| ErrorRow { path: f.path.clone(), stage: f.stage.as_str().to_string(), message: f.error.to_string() })
        .collect()
}

/// The panel.csv row of a panel cell.
pub fn panel_row(c: &PanelCell) -> PanelRow {
    PanelRow {
        region: c.region.clone(),
        indicator: c.indicator.clone(),
        kind: c.kind,
        year: c.year,
        value: c.value.map(Num),
        bound: c.bound,
        report_id: c.report_id.clone(),
        value_hi: c.value_hi.map(Num),
        unit: c.unit.clone(),
        measure: c.measure,
        sentence_id: c.sentence_id,
        values_stated: c.values_stated,
        subject: c.subject.clone(),
        flags: crate::compare::panel::flags_text(&c.flags),
    }
}

/// The targets_vs_actuals.csv row of a target against its actual.
pub fn target_actual_row(t: &TargetVsActual) -> TargetActualRow {
    TargetActualRow {
        region: t.region.clone(),
        indicator: t.indicator.clone(),
        year: t.year,
        target_value: t.target_value.map(Num),
        target_hi: t.target_hi.map(Num),
        target_bound: t.target_bound,
        target_report: t.target_report.clone(),
        actual_value: t.actual_value.map(Num),
        actual_report: t.actual_report.clone(),
        gap: t.gap.map(Num),
        met: t.met,
        unit: t.unit.clone(),
        target_values_stated: t.target_values_stated,
        actual_values_stated: t.actual_values_stated,
        target_subject: t.target_subject.clone(),
        actual_subject: t.actual_subject.clone(),
        flags: crate::compare::panel::flags_text(&t.flags),
    }
}

/// The targets_cascade.csv row of a target against the level above's.
pub fn cascade_row(c: &Cascade) -> CascadeRow {
    CascadeRow {
        region: c.region.clone(),
        level: c.level.clone(),
        parent_region: c.parent_region.clone(),
        parent_level: c.parent_level.clone(),
        indicator: c.indicator.clone(),
        year: c.year,
        target_value: c.target_value.map(Num),
        target_hi: c.target_hi.map(Num),
        target_bound: c.target_bound,
        parent_target_value: c.parent_target_value.map(Num),
        parent_target_hi: c.parent_target_hi.map(Num),
        parent_target_bound: c.parent_target_bound,
        difference: c.difference.map(Num),
        unit: c.unit.clone(),
        report_id: c.report_id.clone(),
        parent_report_id: c.parent_report_id.clone(),
    }
}

/// The reuse.csv row of a match, its texts from the index.
pub fn reuse_row(index: &Index, m: &Match) -> ReuseRow {
    let (r, s) = (&index.reports()[m.report as usize], &index.reports()[m.source_report as usize]);
    let (u, su) = (m.unit as usize, m.source_unit as usize);
    ReuseRow {
        report_id: r.report_id.clone(),
        sentence_id: r.sentence_id(u) as i64,
        source_report_id: s.report_id.clone(),
        source_sentence_id: s.sentence_id(su) as i64,
        similarity: Num(m.similarity),
        shared_chars: m.shared_chars as i64,
        text: r.text(u).to_string(),
        source_text: s.text(su).to_string(),
        region: r.region.clone(),
        year: r.year as i64,
        source_region: s.region.clone(),
        source_year: s.year as i64,
        shared_by: m.shared_by as i64,
    }
}

/// The reuse_summary.csv row of a report: shares rounded to four decimals, sources as
/// `report_id:chars` joined by `;`.
pub fn reuse_summary_row(index: &Index, s: &ReportReuse) -> ReuseSummaryRow {
    let r = &index.reports()[s.report as usize];
    let share =
        |n: u64| Num(if s.chars == 0 { 0.0 } else { (n as f64 / s.chars as f64 * 10_000.0).round() / 10_000.0 });
    let sources: Vec<String> =
        s.sources.iter().map(|&(k, n)| format!("{}:{n}", index.reports()[k as usize].report_id)).collect();
    ReuseSummaryRow {
        report_id: r.report_id.clone(),
        region: r.region.clone(),
        year: r.year as i64,
        chars: s.chars as i64,
        reused_chars: s.reused_chars as i64,
        reused_share: share(s.reused_chars),
        boilerplate_chars: s.boilerplate_chars as i64,
        boilerplate_share: share(s.boilerplate_chars),
        passages: s.passages as i64,
        sources: sources.join(";"),
    }
}

/// section_diff.csv rows of a pair.
pub fn section_rows(from: &Report, to: &Report, changes: Vec<SectionChange>) -> Vec<SectionRow> {
    changes
        .into_iter()
        .map(|c| {
            let [kept, edited, moved, added, removed] = c.ops.map(|n| n as i64);
            SectionRow {
                region: to.meta.region.clone(),
                from_report: from.meta.report_id.clone(),
                to_report: to.meta.report_id.clone(),
                to_section: c.to_section,
                from_section: c.from_section,
                similarity: Num(c.similarity),
                sentences: c.sentences as i64,
                kept,
                edited,
                moved,
                added,
                removed,
            }
        })
        .collect()
}

/// The sentence_diff.csv lines of a pair, borrowed from the reports and from
/// `paths`, their section paths ([`Report::section_paths`] of `from` and `to`).
pub fn diff_lines<'a>(
    from: &'a Report,
    to: &'a Report,
    paths: (&'a [String], &'a [String]),
    diffs: &[SentenceDiff],
) -> Vec<DiffLine<'a>> {
    let path = |paths: &'a [String], section: Option<usize>| section.map_or("", |k| paths[k].as_str());
    diffs
        .iter()
        .map(|d| {
            let from_text = d.from.map_or("", |i| from.sentences[i].text.as_str());
            let to_text = d.to.map_or("", |j| to.sentences[j].text.as_str());
            DiffLine {
                region: &to.meta.region,
                from_report: &from.meta.report_id,
                to_report: &to.meta.report_id,
                op: d.op,
                from_sentence_id: d.from.map(|i| i as i64),
                to_sentence_id: d.to.map(|j| j as i64),
                similarity: Num(d.similarity),
                from_text,
                to_text,
                inline: Cow::Owned(markup(&d.edits, from_text, to_text)),
                from_section: d.from.map_or("", |i| path(paths.0, from.sentences[i].section)),
                to_section: d.to.map_or("", |j| path(paths.1, to.sentences[j].section)),
                years_apart: (to.meta.year - from.meta.year) as i64,
            }
        })
        .collect()
}

/// sentence_diff.csv rows of a pair (for `baogao diff`).
pub fn diff_rows(from: &Report, to: &Report, diffs: &[SentenceDiff]) -> Vec<DiffRow> {
    let (from_paths, to_paths) = (from.section_paths(), to.section_paths());
    diff_lines(from, to, (&from_paths, &to_paths), diffs).iter().map(DiffLine::to_row).collect()
}

/// The inline column: an edit as `[-删-]{+增+}` markup, unchanged text as it is.
pub fn markup(edits: &[Edit], old: &str, new: &str) -> String {
    let mut out = String::with_capacity(if edits.is_empty() { 0 } else { old.len() + new.len() });
    for e in edits {
        match e {
            Edit::Same(r) => out.push_str(&old[r.clone()]),
            Edit::Deleted(r) => {
                out.push_str("[-");
                out.push_str(&old[r.clone()]);
                out.push_str("-]");
            }
            Edit::Inserted(r) => {
                out.push_str("{+");
                out.push_str(&new[r.clone()]);
                out.push_str("+}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn term_lines_are_the_term_rows_csv() {
        let settings = crate::config::test_settings();
        let text = "政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n做好“六稳”工作。\n";
        let mut report = crate::pipeline::prepare(Document::txt(text), settings).unwrap();
        // terms with every kind of field to quote, as ranges of the report's text
        report.text = "六稳|工作, \"引号\"|两行\n\r文字|改革|开放|创新".into();
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
            // a rate repeated, then one seen before but not just before
            TermCount { at: next("开放"), count: 1, per_10k: 1e-7, slogan: false },
            TermCount { at: next("创新"), count: 1, per_10k: 1.0 / 3.0, slogan: false },
        ];
        let from_lines = term_chunk(&report, &counts, false).unwrap();
        let from_rows = Chunk::of(terms(&report, &counts), false).unwrap();
        assert_eq!(from_lines.row_count(), 6);
        assert_eq!(from_lines.csv(), from_rows.csv());
        assert!(String::from_utf8_lossy(from_lines.csv()).contains("\"工作, \"\"引号\"\"\""));
    }
}
