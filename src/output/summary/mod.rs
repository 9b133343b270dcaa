//! Records -> summary.md and summary.html, the pages a person reads.
//!
//! Per region: the headline indicators over the years (target and actual side by
//! side) and, in HTML, an SVG chart per indicator (targets dashed, actuals solid).
//! Per consecutive pair: targets against actuals, overall similarity, the sections
//! that changed most, new and dropped slogans, and (HTML) the redline of edited and
//! moved sentences. No timestamps or paths: two runs give identical bytes.
//!
//! Both pages render the same view of each region ([`view::RegionView`]), built
//! once per page from the records.

mod markdown;
mod page;
pub mod view;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::html::{redline, RedlineRow};
use crate::across::cascade::Cascade;
use crate::compare::panel::{PanelCell, TargetVsActual};
use crate::compare::{pair_similarity, SentenceDiff};
use crate::model::{Op, Report};
use crate::output::schema::{ErrorRow, ReportRow, SectionRow, TermChangeRow};
use view::{Index, RegionView};

pub use markdown::markdown;
pub use page::html;

/// Everything the summaries show.
pub struct SummaryInput<'a> {
    pub reports: &'a [ReportRow],
    pub panel: &'a [PanelCell],
    pub tva: &'a [TargetVsActual],
    /// one per consecutive pair, in output order
    pub pairs: &'a [PairSummary],
    /// region -> the quoted slogans its reports use
    pub slogans: &'a BTreeMap<String, BTreeSet<String>>,
    pub changes: &'a [TermChangeRow],
    pub sections: &'a [SectionRow],
    /// indicator id -> Chinese label
    pub labels: &'a BTreeMap<String, String>,
    /// (report_id, sentence_id) -> the sentence, for the numbers the tables show
    pub sources: &'a BTreeMap<(String, i64), String>,
    /// each region's targets against the level above's
    pub cascades: &'a [Cascade],
    /// the inputs not read (errors.csv), which the page names so that a reader knows
    pub errors: &'a [ErrorRow],
}

/// “1 input was not read (errors.csv): a.txt (pair: same region and year …).”, or nothing.
pub(super) fn not_read(errors: &[ErrorRow]) -> String {
    if errors.is_empty() {
        return String::new();
    }
    let was = if errors.len() == 1 { "input was" } else { "inputs were" };
    let each: Vec<String> = errors.iter().map(|e| format!("{} ({}: {})", e.path, e.stage, e.message)).collect();
    format!("{} {was} not read (errors.csv): {}.", errors.len(), each.join("; "))
}

/// What the summaries show of one pair: kept while the full sentence diff is streamed
/// to sentence_diff.csv and dropped.
#[derive(Debug, Clone)]
pub struct PairSummary {
    pub from_report: String,
    pub to_report: String,
    pub similarity: f64,
    /// rows per op, in the order of [`Op::ALL`]
    pub counts: [usize; 5],
    /// the HTML of the redline: the first changed (not kept) sentences, rendered where
    /// the pair is compared (in parallel) rather than copied for the summary to render
    pub redline: String,
}

impl PairSummary {
    /// Summarise the diff of `from` and `to` (`paths`: their section paths), keeping at
    /// most `redline_limit` changed sentences. `None` when the diff is empty.
    pub fn of(
        from: &Report,
        to: &Report,
        paths: (&[String], &[String]),
        diffs: &[SentenceDiff],
        redline_limit: usize,
    ) -> Option<PairSummary> {
        if diffs.is_empty() {
            return None;
        }
        let mut counts = [0; 5];
        for d in diffs {
            counts[Op::ALL.iter().position(|&op| op == d.op).unwrap_or(0)] += 1;
        }
        let changed: Vec<RedlineRow> = diffs
            .iter()
            .filter(|d| d.op != Op::Kept)
            .take(redline_limit)
            .map(|d| RedlineRow::of(from, to, paths, d))
            .collect();
        Some(PairSummary {
            from_report: from.meta.report_id.clone(),
            to_report: to.meta.report_id.clone(),
            similarity: pair_similarity(from, to, diffs),
            counts,
            redline: redline_details(&changed, counts[1..].iter().sum()),
        })
    }
}

/// The redline of a pair, folded: the first changed sentences, and how many more
/// sentence_diff.csv has.
fn redline_details(shown: &[RedlineRow], changed: usize) -> String {
    let mut h = String::new();
    if changed == 0 {
        return h;
    }
    h.push_str(&format!("<details><summary>Redline: {changed} changed sentences</summary><div class=\"redline\">\n"));
    redline(&mut h, shown.iter().copied());
    if changed > shown.len() {
        h.push_str(&format!("<p class=\"more\">… {} more in sentence_diff.csv</p>\n", changed - shown.len()));
    }
    h.push_str("</div></details>\n");
    h
}

/// How many changed sentences per pair the redlines show: all of a small batch's (up to
/// 200), fewer when there are many pairs, so the page stays readable (about 20,000 in
/// all); sentence_diff.csv has every one.
pub fn redline_limit(pairs: usize) -> usize {
    (20_000 / pairs.max(1)).clamp(20, 200)
}

/// The view of every region, rendered by `render` in parallel and appended to `out` in
/// order; room is made for them all, and a closing line, at once.
fn push_regions(out: &mut String, ix: &Index, render: fn(&RegionView) -> String) {
    let sections: Vec<String> =
        ix.regions().into_par_iter().enumerate().map(|(k, region)| render(&ix.region(k, region))).collect();
    out.reserve(sections.iter().map(String::len).sum::<usize>() + 64);
    out.extend(sections);
}

#[cfg(test)]
mod tests {
    use super::view::{human, stated};
    use super::*;
    use crate::compare::panel::Flag;
    use crate::model::{Bound, Kind, Measure, Met};
    use crate::output::html::test_rows::{row, GROWTH};
    use crate::output::schema::Num;

    fn report(id: &str, year: i64) -> ReportRow {
        ReportRow {
            report_id: id.into(),
            region: "某区".into(),
            year,
            review_year: year - 1,
            delivered: None,
            title: "政府工作报告".into(),
            speaker: String::new(),
            source_format: "txt".into(),
            encoding: "UTF-8".into(),
            chars: 100,
            sentences: 5,
            sections: 2,
            sha256: String::new(),
            parent_region: String::new(),
            level: None,
            region_as_written: "某区".into(),
            metadata_from: String::new(),
            reader: String::new(),
        }
    }

    /// The GDP growth of 某区 in `year`, as a panel cell.
    fn gdp(report_id: &str, kind: Kind, year: i64, value: f64, sentence_id: i64) -> PanelCell {
        PanelCell {
            region: "某区".into(),
            indicator: "gdp".into(),
            kind,
            year,
            value: Some(value),
            bound: if kind == Kind::Target { Bound::Approx } else { Bound::Eq },
            report_id: report_id.into(),
            value_hi: None,
            unit: "%".into(),
            measure: Measure::Growth,
            sentence_id,
            values_stated: 1,
            subject: "地区生产总值".into(),
            flags: Vec::new(),
        }
    }

    /// A target of `year` against its actual, both of GDP growth in 某区.
    fn gdp_target(year: i64, target: f64, actual: f64) -> TargetVsActual {
        TargetVsActual {
            region: "某区".into(),
            indicator: "gdp".into(),
            year,
            target_value: Some(target),
            target_hi: None,
            target_bound: Some(Bound::Approx),
            target_report: Some(format!("{year}_某区")),
            actual_value: Some(actual),
            actual_report: Some(format!("{}_某区", year + 1)),
            gap: Some(actual - target),
            met: Met::True,
            unit: "%".into(),
            target_values_stated: Some(1),
            actual_values_stated: Some(1),
            target_subject: Some("地区生产总值".into()),
            actual_subject: Some("地区生产总值".into()),
            flags: Vec::new(),
        }
    }

    #[test]
    fn a_cell_stated_twice_says_so() {
        let mut p = gdp("2021_某区", Kind::Actual, 2020, 3000.0, 5);
        assert_eq!(stated(&p), "3000%");
        p.values_stated = 2;
        assert_eq!(stated(&p), "3000% (1 of 2 values stated)");
        p.flags = vec![Flag::FiveYearContext, Flag::Outlier];
        assert_eq!(stated(&p), "3000% (1 of 2 values stated) ⚑ outlier ⚑ in a five-year passage");
    }

    fn render(f: fn(&SummaryInput) -> String) -> String {
        let reports = [report("2020_某区", 2020), report("2021_某区", 2021)];
        let panel = [gdp("2020_某区", Kind::Target, 2020, 6.5, 3), gdp("2021_某区", Kind::Actual, 2020, 6.1, 4)];
        let mut tva = gdp_target(2020, 6.5, 6.1);
        tva.gap = Some(-0.4);
        // four changed sentences, three of them shown
        let shown = [
            row(Op::Edited, ("增长6.5%。", "增长6%。"), ("一、回顾", "一、回顾"), &GROWTH),
            row(Op::Added, ("", "推进数字政府建设。"), ("", "一、回顾"), &[]),
            row(Op::Removed, ("加强生态环境保护。", ""), ("一、回顾", ""), &[]),
        ];
        let pairs = [PairSummary {
            from_report: "2020_某区".into(),
            to_report: "2021_某区".into(),
            similarity: 0.5,
            counts: [1, 1, 1, 1, 1],
            redline: redline_details(&shown, 4),
        }];
        let labels = BTreeMap::from([("gdp".to_string(), "地区生产总值".to_string())]);
        let sources = BTreeMap::from([
            (("2020_某区".to_string(), 3), "地区生产总值增长6.5%左右。".to_string()),
            (("2021_某区".to_string(), 4), "地区生产总值增长6.1%。".to_string()),
        ]);
        f(&SummaryInput {
            reports: &reports,
            panel: &panel,
            tva: &[tva],
            pairs: &pairs,
            slogans: &BTreeMap::new(),
            changes: &[],
            sections: &[],
            labels: &labels,
            sources: &sources,
            cascades: &[cascade()],
            errors: &[],
        })
    }

    /// 某区's 2020 GDP target against its city's.
    fn cascade() -> Cascade {
        Cascade {
            region: "某区".into(),
            level: Some("county".into()),
            parent_region: "某市".into(),
            parent_level: Some("city".into()),
            indicator: "gdp".into(),
            year: 2020,
            target_value: Some(6.5),
            target_hi: None,
            target_bound: Bound::Approx,
            parent_target_value: Some(6.0),
            parent_target_hi: Some(6.5),
            parent_target_bound: Bound::Range,
            difference: Some(0.0),
            unit: "%".into(),
            report_id: "2020_某区".into(),
            parent_report_id: "2020_某市".into(),
        }
    }

    #[test]
    fn each_region_shows_its_targets_against_the_level_above() {
        let h = render(html);
        assert!(h.contains("<h3>Targets against the level above</h3>"), "{h}");
        assert!(h.contains("<tr><td>地区生产总值 (gdp)</td><td>2020</td><td>≈6.5%</td><td>某市 (city)</td><td>6%–6.5%</td><td>0%</td></tr>"), "{h}");
        let md = render(markdown);
        assert!(md.contains("| 地区生产总值 (gdp) | 2020 | ≈6.5% | 某市 (city) | 6%–6.5% | 0% |"), "{md}");
    }

    #[test]
    fn html_numbers_link_to_their_sentences() {
        let h = render(html);
        assert!(
            h.contains("<span class=\"t\"><a href=\"#r0s1\">≈6.5%</a></span><br><span class=\"a\"><a href=\"#r0s2\">6.1%</a></span>"),
            "{h}"
        );
        assert!(h.contains("<li id=\"r0s1\"><span class=\"where\">2020_某区 #3</span> 地区生产总值增长6.5%左右。</li>"));
        // the targets-vs-actuals table cites the same sentences
        assert!(
            h.contains("<td><a href=\"#r0s1\">≈6.5%</a></td><td><a href=\"#r0s2\">6.1%</a></td><td>-0.4%</td>"),
            "{h}"
        );
    }

    #[test]
    fn html_redline_marks_edits_additions_removals_up_to_the_limit() {
        let h = render(html);
        assert!(h.contains("Redline: 4 changed sentences"));
        assert!(h.contains("增长<del>6.5%</del><ins>6%</ins>。"));
        assert!(h.contains("<p><ins>推进数字政府建设。</ins></p>"));
        assert!(h.contains("<p><del>加强生态环境保护。</del></p>"));
        assert!(h.contains("… 1 more in sentence_diff.csv"));
    }

    #[test]
    fn amounts_read_in_wan_and_yi_of_their_unit() {
        assert_eq!(human(6_700_000_000.0, "元"), "67亿元");
        assert_eq!(human(13_220_000.0, "人"), "1322万人");
        assert_eq!(human(63_600_000_000_000.0, "元"), "63.6万亿元");
        assert_eq!(human(4_500.0, "元"), "4500元");
        assert_eq!(human(6.5, "%"), "6.5%");
        assert_eq!(human(-0.4, "%"), "-0.4%");
        assert_eq!(Num(-0.4).text(), "-0.4");
    }

    #[test]
    fn markdown_numbers_are_footnotes_to_their_sentences() {
        let md = render(markdown);
        assert!(md.contains("| 地区生产总值 (gdp) | ≈6.5%[^r0s1] / 6.1%[^r0s2] |"), "{md}");
        assert!(md.contains("[^r0s1]: 2020_某区 #3: 地区生产总值增长6.5%左右。"));
    }
}
