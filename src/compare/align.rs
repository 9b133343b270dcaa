//! Two reports' sentences -> an alignment: kept, edited, moved, added, removed.
//!
//! Consecutive reports share few identical sentences, so the cost is in finding the
//! pairs worth a full comparison. The algorithm:
//! 1. index the old report's character bigrams; for each new sentence count shared
//!    bigrams with every old sentence at once (a Dice coefficient, cheap);
//! 2. compute the real similarity (2·matches / total chars, difflib's ratio, via
//!    `similar`'s Patience diff over chars) only for pairs whose Dice passes a
//!    threshold and whose length ratio allows the edit threshold to be reached;
//! 3. pair greedily, most similar first (one-to-one);
//! 4. the longest chain of pairs that keeps document order is `kept`/`edited`; a pair
//!    off that chain reappears elsewhere and is `moved`; the rest is added/removed.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use similar::{capture_diff_slices_deadline, diff_ratio, Algorithm};

use crate::model::Op;

/// Alignment settings (from `[compare]`).
#[derive(Debug, Clone, Copy)]
pub struct AlignConfig {
    pub edit_threshold: f64,
    pub candidate_dice: f64,
    pub deadline: Duration,
}

/// One aligned unit, in the order of the new report (removed ones where they stood).
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    pub op: Op,
    pub from: Option<usize>,
    pub to: Option<usize>,
    pub similarity: f64,
}

/// Similarity of two strings: 2·(chars in common, in order) / (total chars).
pub fn similarity(a: &[char], b: &[char], deadline: Duration) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let ops = capture_diff_slices_deadline(Algorithm::Patience, a, b, Some(Instant::now() + deadline));
    diff_ratio(&ops, a.len(), b.len()) as f64
}

fn key(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric() || *c == '%' || *c == '.').collect()
}

fn bigrams(chars: &[char]) -> Vec<u64> {
    let mut v: Vec<u64> = chars.windows(2).map(|w| ((w[0] as u64) << 32) | w[1] as u64).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Align `old` to `new` sentences.
pub fn align(old: &[&str], new: &[&str], cfg: AlignConfig) -> Vec<Aligned> {
    let old_keys: Vec<Vec<char>> = old.iter().map(|s| key(s)).collect();
    let new_keys: Vec<Vec<char>> = new.iter().map(|s| key(s)).collect();
    let mut pairs = candidate_pairs(&old_keys, &new_keys, cfg);
    // most similar first; ties by position so the result never depends on hashing
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
    let mut old_match: Vec<Option<(usize, f64)>> = vec![None; old.len()];
    let mut new_match: Vec<Option<(usize, f64)>> = vec![None; new.len()];
    for (i, j, sim) in pairs {
        if old_match[i].is_none() && new_match[j].is_none() {
            old_match[i] = Some((j, sim));
            new_match[j] = Some((i, sim));
        }
    }
    let in_order = longest_chain(&new_match);
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    let mut next_old = 0;
    let emit_removed = |upto: usize, next_old: &mut usize, out: &mut Vec<Aligned>| {
        while *next_old < upto {
            if old_match[*next_old].is_none() {
                out.push(Aligned { op: Op::Removed, from: Some(*next_old), to: None, similarity: 0.0 });
            }
            *next_old += 1;
        }
    };
    for (j, m) in new_match.iter().enumerate() {
        match *m {
            Some((i, sim)) if in_order[j] => {
                emit_removed(i, &mut next_old, &mut out);
                next_old = next_old.max(i + 1);
                let op = if old_keys[i] == new_keys[j] { Op::Kept } else { Op::Edited };
                out.push(Aligned { op, from: Some(i), to: Some(j), similarity: sim });
            }
            Some((i, sim)) => out.push(Aligned { op: Op::Moved, from: Some(i), to: Some(j), similarity: sim }),
            None => out.push(Aligned { op: Op::Added, from: None, to: Some(j), similarity: 0.0 }),
        }
    }
    emit_removed(old.len(), &mut next_old, &mut out);
    out
}

/// (old, new, similarity) for every pair that reaches the edit threshold.
fn candidate_pairs(old: &[Vec<char>], new: &[Vec<char>], cfg: AlignConfig) -> Vec<(usize, usize, f64)> {
    let mut exact: HashMap<&[char], Vec<usize>> = HashMap::new();
    for (i, k) in old.iter().enumerate() {
        exact.entry(k.as_slice()).or_default().push(i);
    }
    let old_grams: Vec<Vec<u64>> = old.iter().map(|k| bigrams(k)).collect();
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, grams) in old_grams.iter().enumerate() {
        for &g in grams {
            index.entry(g).or_default().push(i as u32);
        }
    }
    let mut shared = vec![0u32; old.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut pairs = Vec::new();
    for (j, k) in new.iter().enumerate() {
        if let Some(same) = exact.get(k.as_slice()) {
            pairs.extend(same.iter().map(|&i| (i, j, 1.0)));
        }
        let grams = bigrams(k);
        for g in &grams {
            if let Some(list) = index.get(g) {
                for &i in list {
                    if shared[i as usize] == 0 {
                        touched.push(i);
                    }
                    shared[i as usize] += 1;
                }
            }
        }
        for &i in &touched {
            let i = i as usize;
            let s = shared[i] as f64;
            shared[i] = 0;
            let dice = 2.0 * s / (grams.len() + old_grams[i].len()).max(1) as f64;
            let (la, lb) = (old[i].len() as f64, k.len() as f64);
            // ratio can never exceed 2·min/(a+b)
            if dice < cfg.candidate_dice || 2.0 * la.min(lb) / (la + lb) < cfg.edit_threshold || old[i] == *k {
                continue;
            }
            let sim = similarity(&old[i], k, cfg.deadline);
            if sim >= cfg.edit_threshold {
                pairs.push((i, j, sim));
            }
        }
        touched.clear();
    }
    pairs
}

/// Which matched new sentences lie on the longest chain with increasing old index
/// (patience-sorting LIS, O(n log n)).
fn longest_chain(new_match: &[Option<(usize, f64)>]) -> Vec<bool> {
    let items: Vec<(usize, usize)> = new_match.iter().enumerate().filter_map(|(j, m)| m.map(|(i, _)| (j, i))).collect();
    let mut tails: Vec<usize> = Vec::new(); // index into items of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; items.len()];
    for (k, &(_, i)) in items.iter().enumerate() {
        let pos = tails.partition_point(|&t| items[t].1 < i);
        prev[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut on = vec![false; new_match.len()];
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        on[items[k].0] = true;
        cur = prev[k];
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;

    const CFG: AlignConfig =
        AlignConfig { edit_threshold: 0.5, candidate_dice: 0.2, deadline: Duration::from_millis(100) };

    fn ops(old: &[&str], new: &[&str]) -> Vec<(Op, Option<usize>, Option<usize>)> {
        align(old, new, CFG).into_iter().map(|a| (a.op, a.from, a.to)).collect()
    }

    #[test]
    fn identical_sentences_are_kept() {
        assert_eq!(
            ops(&["甲乙丙丁。", "戊己庚辛。"], &["甲乙丙丁。", "戊己庚辛。"]),
            [(Op::Kept, Some(0), Some(0)), (Op::Kept, Some(1), Some(1))]
        );
    }

    #[test]
    fn a_changed_number_is_an_edit() {
        let a = align(&["国内生产总值增长6.5%左右。"], &["国内生产总值增长6%左右。"], CFG);
        assert_eq!(a[0].op, Op::Edited);
        assert!(a[0].similarity > 0.8 && a[0].similarity < 1.0);
    }

    #[test]
    fn unrelated_sentences_are_removed_and_added_in_place() {
        assert_eq!(
            ops(&["保持经济平稳运行。", "加强生态环境保护。"], &["保持经济平稳运行。", "推进数字政府建设。"]),
            [(Op::Kept, Some(0), Some(0)), (Op::Added, None, Some(1)), (Op::Removed, Some(1), None)]
        );
    }

    #[test]
    fn a_sentence_that_reappears_elsewhere_is_moved() {
        let old = ["第一句关于就业。", "第二句关于教育。", "第三句关于医疗。", "第四句关于养老。"];
        let new = ["第四句关于养老。", "第一句关于就业。", "第二句关于教育。", "第三句关于医疗。"];
        assert_eq!(
            ops(&old, &new),
            [
                (Op::Moved, Some(3), Some(0)),
                (Op::Kept, Some(0), Some(1)),
                (Op::Kept, Some(1), Some(2)),
                (Op::Kept, Some(2), Some(3))
            ]
        );
    }

    #[test]
    fn punctuation_alone_does_not_make_an_edit() {
        assert_eq!(ops(&["稳就业、保民生。"], &["稳就业，保民生；"])[0].0, Op::Kept);
    }
}
