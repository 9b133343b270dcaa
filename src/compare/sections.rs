//! Aligned sentences -> aligned sections: which top-level section of the older report
//! each section of the newer one continues, and how much of it changed.

use std::collections::BTreeMap;

use crate::model::Op;
use crate::output::schema::{DiffLine, Num, SectionRow};

/// The top-level section of a section path (`一、回顾 > （一）` -> `一、回顾`): what
/// comes before the first ` > `. Asked several times of every row, so found with
/// `memchr` rather than a substring searcher built each time.
fn top(section: &str) -> &str {
    let bytes = section.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'>', &bytes[from..]) {
        let at = from + k;
        if at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' ') {
            return &section[..at - 1];
        }
        from = at + 1;
    }
    section
}

/// One row per top-level section of the newer report (and one per section of the
/// older report that nothing continues), in the order of the newer report.
pub fn section_rows(rows: &[DiffLine]) -> Vec<SectionRow> {
    let Some(first) = rows.first() else { return Vec::new() };
    // (new, old) top-level section of every row, found once
    let tops: Vec<(&str, &str)> = rows.iter().map(|r| (top(r.to_section), top(r.from_section))).collect();
    // matched characters between each new and old top-level section
    let mut shared: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for (r, &sections) in rows.iter().zip(&tops) {
        if r.from_sentence_id.is_some() && r.to_sentence_id.is_some() {
            *shared.entry(sections).or_default() += r.similarity.0 * (r.from_chars + r.to_chars) as f64;
        }
    }
    let mut order: Vec<&str> = Vec::new();
    for (r, &(new, _)) in rows.iter().zip(&tops) {
        if r.to_sentence_id.is_some() && !order.contains(&new) {
            order.push(new);
        }
    }
    // each new section continues the old section it shares most text with
    let source = |new: &str| -> Option<&str> {
        shared
            .iter()
            .filter(|((n, _), w)| *n == new && **w > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0 .1.cmp(a.0 .1)))
            .map(|((_, o), _)| *o)
    };
    let sources: BTreeMap<&str, Option<&str>> = order.iter().map(|&n| (n, source(n))).collect();
    let mut out: Vec<SectionRow> = order
        .iter()
        .map(|&new| {
            let old = sources[new];
            let mine: Vec<&DiffLine> = rows
                .iter()
                .zip(&tops)
                .filter(|(r, (to, from))| match r.op {
                    Op::Removed => old.is_some_and(|o| *from == o),
                    _ => *to == new,
                })
                .map(|(r, _)| r)
                .collect();
            row(first, new, old.unwrap_or(""), &mine)
        })
        .collect();
    // old sections that no new section continues: dropped whole
    let continued: Vec<&str> = sources.values().flatten().copied().collect();
    let mut dropped: Vec<&str> = Vec::new();
    for (r, &(_, s)) in rows.iter().zip(&tops) {
        if r.op == Op::Removed && !continued.contains(&s) && !dropped.contains(&s) {
            dropped.push(s);
        }
    }
    for old in dropped {
        let mine: Vec<&DiffLine> =
            rows.iter().zip(&tops).filter(|(r, (_, s))| r.op == Op::Removed && *s == old).map(|(r, _)| r).collect();
        out.push(row(first, "", old, &mine));
    }
    out
}

fn row(first: &DiffLine, new: &str, old: &str, rows: &[&DiffLine]) -> SectionRow {
    let similarity = super::matched_share(rows.iter().copied()).map_or(0.0, |s| (s * 1e4).round() / 1e4);
    let count = |op: Op| rows.iter().filter(|r| r.op == op).count() as i64;
    SectionRow {
        region: first.region.to_string(),
        from_report: first.from_report.to_string(),
        to_report: first.to_report.to_string(),
        to_section: new.to_string(),
        from_section: old.to_string(),
        similarity: Num(similarity),
        sentences: rows.iter().filter(|r| r.to_sentence_id.is_some()).count() as i64,
        kept: count(Op::Kept),
        edited: count(Op::Edited),
        moved: count(Op::Moved),
        added: count(Op::Added),
        removed: count(Op::Removed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::schema::DiffRow;

    fn r(op: Op, from: &str, to: &str, sim: f64, a: &str, b: &str) -> DiffRow {
        DiffRow {
            region: "某区".into(),
            from_report: "a".into(),
            to_report: "b".into(),
            op,
            from_sentence_id: (!a.is_empty()).then_some(0),
            to_sentence_id: (!b.is_empty()).then_some(0),
            similarity: Num(sim),
            from_text: a.into(),
            to_text: b.into(),
            inline: String::new(),
            from_section: from.into(),
            to_section: to.into(),
            years_apart: 1,
        }
    }

    #[test]
    fn the_top_level_section_is_what_comes_before_the_first_separator() {
        for path in [
            "",
            "一、回顾",
            "一、回顾 > （一）",
            "一、回顾 > （一） > 1.",
            "a>b > c",
            "> x",
            " > x",
            "x >",
            "x > ",
            "x >> y",
        ] {
            assert_eq!(top(path), path.split(" > ").next().unwrap_or(""), "{path:?}");
        }
    }

    #[test]
    fn renamed_sections_are_paired_by_content_and_dropped_ones_listed() {
        let rows = [
            r(Op::Kept, "一、回顾 > （一）", "一、2020年回顾", 1.0, "甲乙丙丁", "甲乙丙丁"),
            r(Op::Edited, "二、任务", "二、2021年安排", 0.5, "戊己庚辛", "戊己壬癸"),
            r(Op::Added, "", "二、2021年安排", 0.0, "", "新句子"),
            r(Op::Removed, "三、附录", "", 0.0, "旧句子", ""),
        ];
        let lines: Vec<DiffLine> = rows.iter().map(DiffRow::line).collect();
        let got: Vec<(String, String, f64, i64)> = section_rows(&lines)
            .into_iter()
            .map(|s| (s.to_section, s.from_section, s.similarity.0, s.sentences))
            .collect();
        assert_eq!(
            got,
            [
                ("一、2020年回顾".into(), "一、回顾".into(), 1.0, 1),
                ("二、2021年安排".into(), "二、任务".into(), 0.3636, 2),
                ("".into(), "三、附录".into(), 0.0, 0),
            ]
        );
    }
}
