//! Report text -> term counts; two reports' counts -> term changes.
//!
//! Terms are jieba words (with the policy vocabulary of `[terms].user_dict` kept
//! whole) and the slogans reports coin in quotation marks (“六稳”, “放管服”). A slogan
//! is counted wherever its text occurs, quoted or not.

use std::sync::LazyLock;

use jieba_rs::Jieba;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::config::TermsConfig;
use crate::ingest::decode::is_cjk;
use crate::model::Change;

/// A slogan in quotation marks, at most [`QUOTED_MAX`] chars: `“([^“”\n。，；：！？]{1,40})”`
/// written with `+` and the bound checked on each match, since 40 copies of the class
/// cost 2 M instructions to compile. The matches are the same: the class excludes both
/// marks, so from a “ the run to the next ” is the one way to match whatever the bound,
/// and a run too long holds no “ where the bounded regex could start instead.
static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"“[^“”\n。，；：！？]+”").expect("valid regex"));
const QUOTED_MAX: usize = 40;

/// Count of one term in one report. The term is where it first occurs in the report's
/// text ([`TermCount::term`]): a report has thousands of terms, and a string of its own
/// for each was an allocation to make and to free.
#[derive(Debug, Clone, PartialEq)]
pub struct TermCount {
    /// byte range of the term in the text it was counted in
    pub at: std::ops::Range<usize>,
    pub count: u32,
    pub per_10k: f64,
    pub slogan: bool,
}

impl TermCount {
    /// The term, from the text it was counted in.
    pub fn term<'a>(&self, text: &'a str) -> &'a str {
        &text[self.at.clone()]
    }
}

/// The byte range of `part`, a slice of `text`, in `text` (jieba's words and the
/// slogans' matches are slices of the text they were found in).
fn range_in(text: &str, part: &str) -> std::ops::Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    assert!(start <= text.len() && part.len() <= text.len() - start, "a term is a slice of its text");
    start..start + part.len()
}

/// Terms of a text with `chars` characters, most frequent first, then by term.
pub fn count_terms(text: &str, jieba: &Jieba, cfg: &TermsConfig) -> Vec<TermCount> {
    let chars = text.chars().count().max(1) as f64;
    let stopwords: HashSet<&str> = cfg.stopwords.iter().map(String::as_str).collect();
    // hashed while counting, sorted once at the end. Whether a word is a term is decided
    // on its first occurrence, and a word that is not keeps an entry that says so
    // (`counted` false): each later occurrence costs one lookup
    let mut counts: HashMap<&str, Count> = HashMap::default();
    // about one distinct word in 16 bytes of a report: most reports need no rehash
    counts.reserve(text.len() / 16);
    for line in text.lines() {
        for t in jieba.cut(line, true) {
            let w = t.word;
            counts.entry(w).and_modify(|c| c.n += u32::from(c.counted)).or_insert_with(|| {
                // at least `min_chars` chars, without counting them all
                let long_enough = cfg.min_chars == 0 || w.chars().nth(cfg.min_chars - 1).is_some();
                let counted = long_enough && w.chars().any(is_cjk) && !stopwords.contains(w);
                Count { n: u32::from(counted), counted, slogan: false }
            });
        }
    }
    // the quotation marks are one char each, so the slogan is the match less them (the
    // whole match is cheaper to find than its group)
    let slogans: std::collections::BTreeSet<&str> = quoted(text)
        .filter(|s| (cfg.min_chars..=cfg.slogan_max_chars).contains(&s.chars().count()) && s.chars().any(is_cjk))
        .collect();
    // every occurrence of every slogan, quoted or not, overlapping ones too (a few dozen
    // slogans a report: a search each costs less than building an automaton)
    for p in slogans {
        let n = occurrences(p, text, &mut Some(chars)).map_or(0, |c| c.count);
        counts.insert(p, Count { n, counted: true, slogan: true });
    }
    // sorted as (term, count) pairs, a third of the bytes of the rows to move; terms
    // are distinct, so the order is total and an unstable sort gives the same. Most
    // ties on the count are decided by the terms' first eight bytes, compared as one
    // number (big-endian, zero-padded: the byte order of the strings)
    let mut sorted: Vec<(u64, &str, u32, bool)> =
        counts.into_iter().filter(|(_, c)| c.counted).map(|(t, c)| (prefix(t), t, c.n, c.slogan)).collect();
    sorted.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then_with(|| a.1.cmp(b.1)));
    sorted
        .into_iter()
        .map(|(_, term, count, slogan)| TermCount {
            at: range_in(text, term),
            count,
            per_10k: count as f64 * 10_000.0 / chars,
            slogan,
        })
        .collect()
}

/// The texts between quotation marks, at most [`QUOTED_MAX`] chars.
fn quoted(text: &str) -> impl Iterator<Item = &str> {
    QUOTED
        .find_iter(text)
        .map(|m| &m.as_str()["“".len()..m.as_str().len() - "”".len()])
        .filter(|s| s.chars().nth(QUOTED_MAX).is_none())
}

/// A word's count while a text is cut; `counted` false for a word that is not a term.
struct Count {
    n: u32,
    counted: bool,
    slogan: bool,
}

/// The first eight bytes of `s` as a big-endian number, zero-padded: two strings whose
/// prefixes differ compare as their prefixes do.
fn prefix(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// One term whose use changed between two reports.
#[derive(Debug, Clone, PartialEq)]
pub struct TermChange {
    pub term: String,
    pub change: Change,
    pub from_per_10k: f64,
    pub to_per_10k: f64,
}

/// New, dropped, rising and falling terms, in that order, biggest change first: the
/// terms `from` counted in `from_text` against the terms `to` counted in `to_text`.
pub fn term_changes(
    (from_text, from): (&str, &[TermCount]),
    (to_text, to): (&str, &[TermCount]),
    cfg: &TermsConfig,
) -> Vec<TermChange> {
    // only the older report's terms are indexed: each newer term is looked up once,
    // and the older terms it did not find follow (an index of both reports, and a
    // lookup in each for every term of either, cost twice as much)
    let mut index: HashMap<&str, usize> = HashMap::default();
    index.reserve(from.len());
    index.extend(from.iter().enumerate().map(|(k, t)| (t.term(from_text), k)));
    let mut found = vec![false; from.len()];
    let mut out = Vec::new();
    // a slogan quoted in one report and written without marks in the other, where jieba
    // cuts it into words, is still there: counted as it is counted where it is quoted
    let (mut from_chars, mut to_chars) = (None, None);
    for t in to {
        let term = t.term(to_text);
        let old = index.get(term).map(|&k| {
            found[k] = true;
            &from[k]
        });
        let unquoted = if old.is_none() { unquoted_in(from_text, t, term, cfg, &mut from_chars) } else { None };
        out.extend(change(term, old.or(unquoted.as_ref()), Some(t), cfg));
    }
    for (t, _) in from.iter().zip(&found).filter(|(_, &found)| !found) {
        let term = t.term(from_text);
        let unquoted = unquoted_in(to_text, t, term, cfg, &mut to_chars);
        out.extend(change(term, Some(t), unquoted.as_ref(), cfg));
    }
    // the order is total (terms are distinct), so the order found in does not matter
    out.sort_by(|x, y| {
        x.change
            .cmp(&y.change)
            .then_with(|| (y.to_per_10k - y.from_per_10k).abs().total_cmp(&(x.to_per_10k - x.from_per_10k).abs()))
            .then_with(|| x.term.cmp(&y.term))
    });
    out
}

/// How the use of `term` changed from its count `old` to its count `new` (`None` where
/// a report does not have it), if it changed enough to report.
/// The count in `other` of `t`, a slogan of the report it was counted in with no term of
/// `other` to match, where it is written without marks (and jieba cut it into words).
/// Looked for only where the slogan would otherwise be new or dropped (a search of the other
/// text for every slogan of each pair cost 1% of a run's instructions), and only for a slogan
/// [`long_enough`]; `chars`: `other`'s chars, counted once.
fn unquoted_in(
    other: &str,
    t: &TermCount,
    term: &str,
    cfg: &TermsConfig,
    chars: &mut Option<f64>,
) -> Option<TermCount> {
    (t.slogan && t.count >= cfg.min_count && long_enough(term)).then(|| occurrences(term, other, chars)).flatten()
}

/// Whether a slogan is long enough to be counted where it is written without marks: two
/// chars are too often part of other words (“十五” in 十五大, 十五届; “七五” in 一九七五年).
fn long_enough(term: &str) -> bool {
    term.chars().nth(2).is_some()
}

/// The count of `term` in `text`, overlapping occurrences too, as [`count_terms`] counts a
/// slogan; None when it does not occur. `chars`: the text's chars, counted once when first
/// needed.
fn occurrences(term: &str, text: &str, chars: &mut Option<f64>) -> Option<TermCount> {
    let finder = memchr::memmem::Finder::new(term);
    let step = term.chars().next().map_or(1, char::len_utf8);
    let (mut count, mut at, mut first) = (0u32, 0, None);
    while let Some(i) = finder.find(&text.as_bytes()[at..]) {
        first.get_or_insert(at + i);
        count += 1;
        at += i + step;
    }
    let start = first?;
    let chars = *chars.get_or_insert_with(|| text.chars().count().max(1) as f64);
    Some(TermCount { at: start..start + term.len(), count, per_10k: count as f64 * 10_000.0 / chars, slogan: false })
}

fn change(term: &str, old: Option<&TermCount>, new: Option<&TermCount>, cfg: &TermsConfig) -> Option<TermChange> {
    let (ca, cb) = (old.map_or(0, |t| t.count), new.map_or(0, |t| t.count));
    let (ra, rb) = (old.map_or(0.0, |t| t.per_10k), new.map_or(0.0, |t| t.per_10k));
    let change = if ca == 0 && cb >= cfg.min_count {
        Change::New
    } else if cb == 0 && ca >= cfg.min_count {
        Change::Dropped
    } else if ca >= cfg.min_count && cb >= cfg.min_count && rb >= ra * cfg.ratio {
        Change::Rising
    } else if ca >= cfg.min_count && cb >= cfg.min_count && ra >= rb * cfg.ratio {
        Change::Falling
    } else {
        return None;
    };
    Some(TermChange { term: term.to_string(), change, from_per_10k: ra, to_per_10k: rb })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // runs of every length around the bound, between marks, separators and each other
        #[test]
        fn quoted_finds_what_the_bounded_regex_finds(text in "(“[某“]{0,3}|某{0,45}|”|。|\n|六稳){0,16}") {
            let bounded = Regex::new(r"“([^“”\n。，；：！？]{1,40})”").expect("valid regex");
            let expected: Vec<&str> = bounded.captures_iter(&text).map(|c| c.get(1).map_or("", |m| m.as_str())).collect();
            proptest::prop_assert_eq!(quoted(&text).collect::<Vec<_>>(), expected);
        }
    }

    fn cfg() -> TermsConfig {
        TermsConfig {
            min_chars: 2,
            slogan_max_chars: 12,
            user_dict: vec!["六稳".into()],
            stopwords: vec!["我们".into()],
            min_count: 1,
            ratio: 2.0,
        }
    }

    /// The count of `term`, which occurs in `text`.
    fn tc(text: &str, term: &str, count: u32, per_10k: f64) -> TermCount {
        let start = text.find(term).unwrap();
        TermCount { at: start..start + term.len(), count, per_10k, slogan: false }
    }

    #[test]
    fn changes_are_classified_with_thresholds() {
        let (old, new) = ("脱贫改革开放", "改革开放双碳");
        let from = [tc(old, "脱贫", 4, 4.0), tc(old, "改革", 2, 2.0), tc(old, "开放", 5, 5.0)];
        let to = [tc(new, "改革", 6, 6.0), tc(new, "开放", 5, 5.0), tc(new, "双碳", 3, 3.0)];
        let got: Vec<(String, Change)> =
            term_changes((old, &from), (new, &to), &cfg()).into_iter().map(|c| (c.term, c.change)).collect();
        assert_eq!(
            got,
            [("双碳".into(), Change::New), ("脱贫".into(), Change::Dropped), ("改革".into(), Change::Rising)]
        );
    }

    #[test]
    fn quoted_slogans_are_counted_quoted_or_not() {
        let jieba = Jieba::empty();
        let text = "做好“六稳”工作，落实“六保”任务。六稳六保。";
        let terms = count_terms(text, &jieba, &cfg());
        let slogans: Vec<(&str, u32)> = terms.iter().filter(|t| t.slogan).map(|t| (t.term(text), t.count)).collect();
        assert_eq!(slogans, [("六保", 2), ("六稳", 2)]);
    }

    #[test]
    fn a_slogan_quoted_in_one_report_and_unquoted_in_the_other_is_in_both() {
        // (jieba cuts the unquoted one into words: the second report has no term of it)
        let (old, new) = ("推进“专精特新”发展。", "新增专精特新企业206家。");
        let from = [TermCount { slogan: true, ..tc(old, "专精特新", 1, 10.0) }];
        let dropped =
            |changes: &[TermChange]| changes.iter().any(|c| matches!(c.change, Change::New | Change::Dropped));
        assert!(!dropped(&term_changes((old, &from), (new, &[]), &cfg())));
        assert!(!dropped(&term_changes((new, &[]), (old, &from), &cfg())));
        // nor is one gone from the other report altogether kept
        let gone = term_changes((old, &from), ("新增企业206家。", &[]), &cfg());
        assert_eq!(gone.iter().map(|c| c.change).collect::<Vec<_>>(), [Change::Dropped]);
        // a slogan of two chars is too often part of another word to count there (十五大)
        let (old2, new2) = ("党的十五大和十五届四中全会。", "“十五”计划顺利实施。");
        let to2 = [TermCount { slogan: true, ..tc(new2, "十五", 1, 10.0) }];
        let new_ones = term_changes((old2, &[]), (new2, &to2), &cfg());
        assert_eq!(new_ones.iter().map(|c| c.change).collect::<Vec<_>>(), [Change::New]);
    }

    #[test]
    fn prefixes_order_as_their_strings_do() {
        let mut words = ["发展", "发展改革", "发", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "", "中国", "中"];
        for x in words {
            for y in words {
                if prefix(x) != prefix(y) {
                    assert_eq!(prefix(x).cmp(&prefix(y)), x.cmp(y), "{x} {y}");
                }
            }
        }
        words.sort();
        assert_eq!(words[0], "");
    }

    #[test]
    fn a_stop_word_or_a_short_word_is_never_a_term_however_often_it_occurs() {
        let mut jieba = Jieba::empty();
        jieba.add_word("我们", Some(10), None);
        jieba.add_word("改革", Some(10), None);
        let text = "我们改革。我们改革。我们。";
        let terms = count_terms(text, &jieba, &cfg());
        let got: Vec<(&str, u32)> = terms.iter().map(|t| (t.term(text), t.count)).collect();
        assert_eq!(got, [("改革", 2)]);
    }

    #[test]
    fn a_word_of_one_char_is_a_term_only_when_terms_may_have_one() {
        let mut jieba = Jieba::empty();
        jieba.add_word("改革", Some(10), None);
        let text = "改革的改革和市。";
        let read = |min_chars| -> Vec<(String, u32)> {
            let cfg = TermsConfig { min_chars, ..cfg() };
            count_terms(text, &jieba, &cfg).iter().map(|t| (t.term(text).to_string(), t.count)).collect()
        };
        assert_eq!(read(2), [("改革".to_string(), 2)]);
        let one = read(1);
        assert_eq!(one[0], ("改革".to_string(), 2));
        assert!(["的", "和", "市"].iter().all(|w| one.contains(&(w.to_string(), 1))), "{one:?}");
    }

    #[test]
    fn overlapping_occurrences_of_a_slogan_all_count() {
        // 稳稳 at 1, then in 稳稳稳 at 4 and again at 5
        let text = "“稳稳”稳稳稳";
        let terms = count_terms(text, &Jieba::empty(), &cfg());
        let slogan = terms.iter().find(|t| t.slogan).expect("the slogan");
        assert_eq!((slogan.term(text), slogan.count), ("稳稳", 3));
    }
}
