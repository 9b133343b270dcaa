//! Aligned sentences -> aligned sections: which top-level section of the older report
//! each section of the newer one continues, and how much of it changed.

use std::collections::BTreeMap;

use super::{chars_of, SentenceDiff};
use crate::model::{Op, Report};

/// A top-level section of the newer report and the one of the older report it
/// continues (a row of section_diff.csv): how much of it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionChange {
    /// The section of the newer report; empty for an old section dropped whole.
    pub to_section: String,
    /// The section of the older report it continues; empty when none.
    pub from_section: String,
    /// Matched characters over all characters, to four decimals.
    pub similarity: f64,
    /// Sentences of the newer report in it.
    pub sentences: usize,
    /// Its sentences by what happened to them, in the order of [`Op::ALL`].
    pub ops: [usize; 5],
}

/// What the sections of a pair need of one diff: its op, sides, weight and the
/// top-level sections of its two sentences.
struct Unit<'a> {
    op: Op,
    has_from: bool,
    has_to: bool,
    similarity: f64,
    chars: usize,
    /// (new, old) top-level section
    tops: (&'a str, &'a str),
}

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

/// One change per top-level section of the newer report (and one per section of the
/// older report that nothing continues), in the order of the newer report. `paths`
/// are the section paths of `from` and `to` ([`Report::section_paths`]).
pub fn section_changes(
    from: &Report,
    to: &Report,
    paths: (&[String], &[String]),
    diffs: &[SentenceDiff],
) -> Vec<SectionChange> {
    let units: Vec<Unit> = diffs
        .iter()
        .map(|d| Unit {
            op: d.op,
            has_from: d.from.is_some(),
            has_to: d.to.is_some(),
            similarity: d.similarity,
            chars: chars_of(from, to, d),
            tops: (top(section_path(to, paths.1, d.to)), top(section_path(from, paths.0, d.from))),
        })
        .collect();
    changes(&units)
}

/// The section path of sentence `k` of `r`, if it has one, from `paths`.
fn section_path<'a>(r: &Report, paths: &'a [String], k: Option<usize>) -> &'a str {
    k.and_then(|k| r.sentences[k].section).map_or("", |s| paths[s].as_str())
}

fn changes(units: &[Unit]) -> Vec<SectionChange> {
    if units.is_empty() {
        return Vec::new();
    }
    // matched characters between each new and old top-level section
    let mut shared: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for u in units {
        if u.has_from && u.has_to {
            *shared.entry(u.tops).or_default() += u.similarity * u.chars as f64;
        }
    }
    let mut order: Vec<&str> = Vec::new();
    for u in units {
        if u.has_to && !order.contains(&u.tops.0) {
            order.push(u.tops.0);
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
    // an old section continued by several new ones (二、2017年主要目标和任务, 三、2017年主要工作
    // both of 二、2016年…) has its removed sentences counted once, with the one that shares
    // most of its text (the first of them on a tie), so that the column adds up
    let mut owner: BTreeMap<&str, (&str, f64)> = BTreeMap::new();
    for &new in &order {
        if let Some(old) = sources[new] {
            let weight = shared.get(&(new, old)).copied().unwrap_or(0.0);
            let entry = owner.entry(old).or_insert((new, weight));
            if weight > entry.1 {
                *entry = (new, weight);
            }
        }
    }
    let mut out: Vec<SectionChange> = order
        .iter()
        .map(|&new| {
            let old = sources[new];
            let owns = old.is_some_and(|o| owner.get(o).is_some_and(|(n, _)| *n == new));
            let mine: Vec<&Unit> = units
                .iter()
                .filter(|u| match u.op {
                    Op::Removed => owns && old.is_some_and(|o| u.tops.1 == o),
                    _ => u.tops.0 == new,
                })
                .collect();
            change(new, old.unwrap_or(""), &mine)
        })
        .collect();
    // old sections that no new section continues: dropped whole
    let continued: Vec<&str> = sources.values().flatten().copied().collect();
    let mut dropped: Vec<&str> = Vec::new();
    for u in units {
        if u.op == Op::Removed && !continued.contains(&u.tops.1) && !dropped.contains(&u.tops.1) {
            dropped.push(u.tops.1);
        }
    }
    for old in dropped {
        let mine: Vec<&Unit> = units.iter().filter(|u| u.op == Op::Removed && u.tops.1 == old).collect();
        out.push(change("", old, &mine));
    }
    out
}

fn change(new: &str, old: &str, units: &[&Unit]) -> SectionChange {
    let similarity =
        super::matched_share(units.iter().map(|u| (u.similarity, u.chars))).map_or(0.0, |s| (s * 1e4).round() / 1e4);
    SectionChange {
        to_section: new.to_string(),
        from_section: old.to_string(),
        similarity,
        sentences: units.iter().filter(|u| u.has_to).count(),
        ops: Op::ALL.map(|op| units.iter().filter(|u| u.op == op).count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit<'a>(op: Op, from: &'a str, to: &'a str, similarity: f64, chars: (usize, usize)) -> Unit<'a> {
        Unit {
            op,
            has_from: chars.0 > 0,
            has_to: chars.1 > 0,
            similarity,
            chars: chars.0 + chars.1,
            tops: (top(to), top(from)),
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
        let units = [
            unit(Op::Kept, "一、回顾 > （一）", "一、2020年回顾", 1.0, (4, 4)),
            unit(Op::Edited, "二、任务", "二、2021年安排", 0.5, (4, 4)),
            unit(Op::Added, "", "二、2021年安排", 0.0, (0, 3)),
            unit(Op::Removed, "三、附录", "", 0.0, (3, 0)),
        ];
        let got: Vec<(String, String, f64, usize)> =
            changes(&units).into_iter().map(|s| (s.to_section, s.from_section, s.similarity, s.sentences)).collect();
        assert_eq!(
            got,
            [
                ("一、2020年回顾".into(), "一、回顾".into(), 1.0, 1),
                ("二、2021年安排".into(), "二、任务".into(), 0.3636, 2),
                ("".into(), "三、附录".into(), 0.0, 0),
            ]
        );
    }

    #[test]
    fn an_old_sections_removed_sentences_are_counted_once() {
        let units = [
            unit(Op::Kept, "二、2016年任务", "二、2017年目标", 1.0, (4, 4)),
            unit(Op::Kept, "二、2016年任务", "三、2017年工作", 1.0, (9, 9)),
            unit(Op::Removed, "二、2016年任务", "", 0.0, (3, 0)),
            unit(Op::Removed, "二、2016年任务", "", 0.0, (3, 0)),
        ];
        let removed: Vec<(String, usize)> = changes(&units).into_iter().map(|s| (s.to_section, s.ops[4])).collect();
        // (with the new section that shares most of its text)
        assert_eq!(removed, [("二、2017年目标".into(), 0), ("三、2017年工作".into(), 2)]);
    }
}
