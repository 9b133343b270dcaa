//! Two sentences -> the edit between them, token by token ([`Edit`]s: kept,
//! deleted, inserted), which `output` writes as `[-删-]{+增+}` markup or a redline.
//!
//! Chinese has no spaces, so tokens are jieba words, with numbers and their units
//! glued back together (`6.6%` is one token, not `6`, `.`, `6`, `%`). Without a
//! segmenter (for tests, or when terms are not wanted) every Han character is a
//! token and numbers still stay whole. The diff is `similar`'s Patience algorithm
//! with a deadline; a hit deadline gives a coarser but valid diff, never an error.

use std::ops::Range;
use std::time::{Duration, Instant};

use jieba_rs::Jieba;
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

/// Tokens of a sentence, as slices of it.
pub fn tokens<'a>(s: &'a str, jieba: Option<&Jieba>) -> Vec<&'a str> {
    let raw: Vec<&str> = match jieba {
        Some(j) => j.cut(s, false).into_iter().map(|t| t.word).collect(),
        None => s.split_inclusive(|_| true).collect(),
    };
    merge_numbers(s, &raw)
}

fn numeric(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '%' | ','))
}

/// Glue adjacent numeric pieces (and a Latin run) into one token.
fn merge_numbers<'a>(s: &'a str, raw: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(raw.len());
    let mut offset = 0;
    let mut run_start: Option<usize> = None;
    for (k, t) in raw.iter().enumerate() {
        let glue = numeric(t) || t.chars().all(|c| c.is_ascii_alphanumeric()) && !t.is_empty();
        if glue {
            run_start.get_or_insert(offset);
        }
        offset += t.len();
        let next_glues =
            raw.get(k + 1).is_some_and(|n| numeric(n) || n.chars().all(|c| c.is_ascii_alphanumeric()) && !n.is_empty());
        match run_start {
            Some(start) if glue && !next_glues => {
                out.push(&s[start..offset]);
                run_start = None;
            }
            Some(_) => {}
            None => out.push(t),
        }
    }
    out
}

/// One piece of an edit, as a byte range of one of the two sentences: `Same` and
/// `Deleted` of the old sentence, `Inserted` of the new. The pieces in order give the
/// old sentence (`Same` and `Deleted`) and the new one (`Same` and `Inserted`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Same(Range<usize>),
    Deleted(Range<usize>),
    Inserted(Range<usize>),
}

/// The edit that turns `old` into `new`, token by token: unchanged tokens, deletions
/// and insertions, in order (a replacement is a deletion, then an insertion).
pub fn edits(old: &str, new: &str, jieba: Option<&Jieba>, deadline: Duration) -> Vec<Edit> {
    let a = tokens(old, jieba);
    let b = tokens(new, jieba);
    // Reading the clock at every step of the diff costs more than a sentence's diff:
    // only long inputs, where the diff could take long, get a deadline.
    let deadline = (a.len() + b.len() > 2_000).then(|| Instant::now() + deadline);
    let (ia, ib) = ids(&a, &b);
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &ia, &ib, deadline);
    let mut out = Vec::with_capacity(ops.len() + 1);
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.push(Edit::Same(span(old, &a[o]))),
            DiffTag::Delete => out.push(Edit::Deleted(span(old, &a[o]))),
            DiffTag::Insert => out.push(Edit::Inserted(span(new, &b[n]))),
            DiffTag::Replace => {
                out.push(Edit::Deleted(span(old, &a[o])));
                out.push(Edit::Inserted(span(new, &b[n])));
            }
        }
    }
    out
}

/// Each token as a number, the same for equal tokens: the diff then hashes and compares
/// numbers, not strings (its hashing was two thirds of a sentence pair's diff). The
/// edit is the same, as equal numbers are exactly equal tokens.
fn ids<'a>(a: &[&'a str], b: &[&'a str]) -> (Vec<u32>, Vec<u32>) {
    let mut seen: rustc_hash::FxHashMap<&'a str, u32> = rustc_hash::FxHashMap::default();
    seen.reserve(a.len() + b.len());
    let mut number = |t: &&'a str| {
        let next = seen.len() as u32;
        *seen.entry(*t).or_insert(next)
    };
    let ia = a.iter().map(&mut number).collect();
    let ib = b.iter().map(&mut number).collect();
    (ia, ib)
}

/// The byte range of some consecutive tokens of `text` (each a slice of it).
fn span(text: &str, tokens: &[&str]) -> Range<usize> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return 0..0 };
    let start = (first.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let end = (last.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize) + last.len();
    assert!(start <= end && end <= text.len(), "tokens are slices of their sentence");
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: Duration = Duration::from_millis(100);

    /// The edit as (kind, text) pairs.
    fn shown(old: &str, new: &str) -> Vec<(char, String)> {
        edits(old, new, None, D)
            .into_iter()
            .map(|e| match e {
                Edit::Same(r) => ('=', old[r].to_string()),
                Edit::Deleted(r) => ('-', old[r].to_string()),
                Edit::Inserted(r) => ('+', new[r].to_string()),
            })
            .collect()
    }

    #[test]
    fn numbers_are_one_token_without_a_segmenter() {
        assert_eq!(tokens("增长6.5%左右", None), ["增", "长", "6.5%", "左", "右"]);
    }

    #[test]
    fn a_changed_number_is_replaced_whole() {
        assert_eq!(
            shown("增长6.5%左右", "增长6%左右"),
            [('=', "增长".into()), ('-', "6.5%".into()), ('+', "6%".into()), ('=', "左右".into())]
        );
    }

    #[test]
    fn insertions_and_deletions_are_marked() {
        assert_eq!(shown("稳就业保民生", "稳就业"), [('=', "稳就业".into()), ('-', "保民生".into())]);
        assert_eq!(shown("稳就业", "全力稳就业"), [('+', "全力".into()), ('=', "稳就业".into())]);
    }
}
