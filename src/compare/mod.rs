//! Pairs of reports -> sentence alignment with inline diffs, term trends, and the
//! panel / targets-vs-actuals tables.

pub mod align;
pub mod inline;
pub mod panel;
pub mod sections;
pub mod segmenter;
pub mod terms;

use std::time::Duration;

use jieba_rs::Jieba;

use crate::config::CompareConfig;
use crate::model::{Meta, Op, Report};
use align::{AlignConfig, Aligned};
use inline::Edit;

/// What happened to one sentence between two reports (a row of sentence_diff.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceDiff {
    pub op: Op,
    /// The sentence's index in the older report, and in the newer one.
    pub from: Option<usize>,
    pub to: Option<usize>,
    /// 0–1, rounded to four decimals (the precision every table shows).
    pub similarity: f64,
    /// The inline edit of an edited or moved sentence that is not the same text; empty
    /// otherwise.
    pub edits: Vec<Edit>,
}

/// Indices of consecutive reports of each region, by plan year. `reports` (their
/// metadata) must be sorted by (region, year). A missing year is bridged (the pair's
/// `years_apart` > 1).
pub fn consecutive_pairs(reports: &[&Meta]) -> Vec<(usize, usize)> {
    (1..reports.len())
        .filter(|&k| reports[k - 1].region == reports[k].region && reports[k - 1].year < reports[k].year)
        .map(|k| (k - 1, k))
        .collect()
}

pub fn align_config(c: &CompareConfig) -> AlignConfig {
    AlignConfig { edit_threshold: c.edit_threshold, candidate_dice: c.candidate_dice }
}

/// The sentence diff of two reports, in the order of the newer one.
pub fn diff_reports(from: &Report, to: &Report, cfg: &CompareConfig, jieba: Option<&Jieba>) -> Vec<SentenceDiff> {
    diff_aligned(from, to, align_reports(from, to, cfg), cfg, jieba)
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

/// The sentence diff of an alignment, with the inline edits of edited and moved
/// sentences.
pub fn diff_aligned(
    from: &Report,
    to: &Report,
    aligned: Vec<Aligned>,
    cfg: &CompareConfig,
    jieba: Option<&Jieba>,
) -> Vec<SentenceDiff> {
    let deadline = Duration::from_millis(cfg.diff_deadline_ms);
    aligned
        .into_iter()
        .map(|Aligned { op, from: i, to: j, similarity }| {
            let edits = match (op, i, j) {
                (Op::Edited | Op::Moved, Some(i), Some(j)) if similarity < 1.0 => {
                    inline::edits(&from.sentences[i].text, &to.sentences[j].text, jieba, deadline)
                }
                _ => Vec::new(),
            };
            SentenceDiff { op, from: i, to: j, similarity: (similarity * 10_000.0).round() / 10_000.0, edits }
        })
        .collect()
}

/// Overall similarity of a pair: matched characters over all characters, with each
/// aligned pair weighted by its similarity. Two empty reports are alike (1).
pub fn pair_similarity(from: &Report, to: &Report, diffs: &[SentenceDiff]) -> f64 {
    matched_share(diffs.iter().map(|d| (d.similarity, chars_of(from, to, d)))).unwrap_or(1.0)
}

/// The chars of the two sentences of a diff (0 for a side it does not have).
pub fn chars_of(from: &Report, to: &Report, d: &SentenceDiff) -> usize {
    d.from.map_or(0, |i| from.sentences[i].chars()) + d.to.map_or(0, |j| to.sentences[j].chars())
}

/// Matched characters over all characters of some (similarity, chars) pairs, each
/// weighted by its similarity; `None` when they have no characters.
pub fn matched_share(units: impl IntoIterator<Item = (f64, usize)>) -> Option<f64> {
    let (mut same, mut total) = (0.0, 0.0);
    for (similarity, chars) in units {
        let w = chars as f64;
        same += similarity * w;
        total += w;
    }
    (total > 0.0).then(|| same / total)
}
