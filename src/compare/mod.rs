//! Pairs of reports -> sentence alignment with inline diffs, term trends, and the
//! panel / targets-vs-actuals tables.

pub mod align;
pub mod inline;
pub mod panel;
pub mod sections;
pub mod segmenter;
pub mod terms;

use std::borrow::Cow;
use std::time::Duration;

use jieba_rs::Jieba;

use crate::config::CompareConfig;
use crate::model::{Op, Report};
use crate::output::schema::{DiffLine, DiffRow, Num};
use align::{AlignConfig, Aligned};

/// Indices of consecutive reports of each region, by plan year. `reports` must be
/// sorted by (region, year). A missing year is bridged (the pair's `years_apart` > 1).
pub fn consecutive_pairs(reports: &[Report]) -> Vec<(usize, usize)> {
    (1..reports.len())
        .filter(|&k| {
            reports[k - 1].meta.region == reports[k].meta.region && reports[k - 1].meta.year < reports[k].meta.year
        })
        .map(|k| (k - 1, k))
        .collect()
}

pub fn align_config(c: &CompareConfig) -> AlignConfig {
    AlignConfig { edit_threshold: c.edit_threshold, candidate_dice: c.candidate_dice }
}

/// The sentence diff of two reports, in the order of the newer one.
pub fn diff_reports(from: &Report, to: &Report, cfg: &CompareConfig, jieba: Option<&Jieba>) -> Vec<DiffRow> {
    diff_rows(from, to, align_reports(from, to, cfg), cfg, jieba)
}

/// The sentence alignment of two reports (no words needed: a batch aligns its pairs
/// while jieba's dictionary is still loading).
pub fn align_reports(from: &Report, to: &Report, cfg: &CompareConfig) -> Vec<Aligned> {
    align_keyed(&report_keys(from), to, &report_keys(to), cfg)
}

/// The alignment keys of a report's sentences.
pub fn report_keys(report: &Report) -> align::Keys {
    let sentences: Vec<&str> = report.sentences.iter().map(|s| s.text.as_str()).collect();
    align::Keys::new(&sentences)
}

/// [`align_reports`] with each report's keys built beforehand.
pub fn align_keyed(from_keys: &align::Keys, to: &Report, to_keys: &align::Keys, cfg: &CompareConfig) -> Vec<Aligned> {
    let headings: Vec<bool> = to.sentences.iter().map(|s| s.is_heading).collect();
    align::align_keys(from_keys, to_keys, &headings, align_config(cfg))
}

/// The rows of an alignment, with inline diffs of edited and moved sentences.
pub fn diff_rows(
    from: &Report,
    to: &Report,
    aligned: Vec<Aligned>,
    cfg: &CompareConfig,
    jieba: Option<&Jieba>,
) -> Vec<DiffRow> {
    let (from_paths, to_paths) = (from.section_paths(), to.section_paths());
    diff_lines(from, to, (&from_paths, &to_paths), aligned, cfg, jieba).iter().map(DiffLine::to_row).collect()
}

/// [`diff_rows`] borrowed from the reports and from `paths`, their section paths
/// ([`Report::section_paths`] of `from` and `to`).
pub fn diff_lines<'a>(
    from: &'a Report,
    to: &'a Report,
    paths: (&'a [String], &'a [String]),
    aligned: Vec<Aligned>,
    cfg: &CompareConfig,
    jieba: Option<&Jieba>,
) -> Vec<DiffLine<'a>> {
    let deadline = Duration::from_millis(cfg.diff_deadline_ms);
    let path = |paths: &'a [String], section: Option<usize>| section.map_or("", |k| paths[k].as_str());
    aligned
        .into_iter()
        .map(|Aligned { op, from: i, to: j, similarity }| {
            let from_text = i.map_or("", |i| from.sentences[i].text.as_str());
            let to_text = j.map_or("", |j| to.sentences[j].text.as_str());
            let inline = match op {
                Op::Edited | Op::Moved if similarity < 1.0 => inline::markup(from_text, to_text, jieba, deadline),
                _ => String::new(),
            };
            DiffLine {
                region: &to.meta.region,
                from_report: &from.meta.report_id,
                to_report: &to.meta.report_id,
                op,
                from_sentence_id: i.map(|i| i as i64),
                to_sentence_id: j.map(|j| j as i64),
                similarity: Num((similarity * 10_000.0).round() / 10_000.0),
                from_text,
                to_text,
                inline: Cow::Owned(inline),
                from_section: i.map_or("", |i| path(paths.0, from.sentences[i].section)),
                to_section: j.map_or("", |j| path(paths.1, to.sentences[j].section)),
                years_apart: (to.meta.year - from.meta.year) as i64,
                from_chars: i.map_or(0, |i| from.sentences[i].chars()),
                to_chars: j.map_or(0, |j| to.sentences[j].chars()),
            }
        })
        .collect()
}

/// Overall similarity of a pair: matched characters over all characters, with each
/// aligned pair weighted by its similarity. Two empty reports are alike (1).
pub fn pair_similarity(rows: &[DiffLine]) -> f64 {
    matched_share(rows).unwrap_or(1.0)
}

/// Matched characters over all characters of `rows`, each weighted by its similarity;
/// `None` when the rows have no characters.
pub fn matched_share<'a, 'r: 'a>(rows: impl IntoIterator<Item = &'a DiffLine<'r>>) -> Option<f64> {
    let (mut same, mut total) = (0.0, 0.0);
    for r in rows {
        let w = (r.from_chars + r.to_chars) as f64;
        same += r.similarity.0 * w;
        total += w;
    }
    (total > 0.0).then(|| same / total)
}
