//! Two reports' sentences -> an alignment: kept, edited, moved, added, removed.
//!
//! Consecutive reports share few identical sentences, so the cost is in finding the
//! pairs worth a full comparison. The algorithm:
//! 1. index the old report's character bigrams; for each new sentence count shared
//!    bigrams with every old sentence at once (a Dice coefficient, cheap);
//! 2. compute the real similarity (2·LCS / total chars, with a bit-parallel longest
//!    common subsequence) only for pairs whose Dice passes a threshold and whose
//!    length ratio allows the edit threshold to be reached;
//! 3. pair greedily, most similar first (one-to-one);
//! 4. the longest chain of pairs that keeps document order is `kept`/`edited`; a pair
//!    off that chain reappears elsewhere and is `moved`; the rest is added/removed.

use rustc_hash::FxHashMap as HashMap;

use crate::ingest::decode::is_cjk;
use crate::model::Op;

/// Alignment settings (from `[compare]`).
#[derive(Debug, Clone, Copy)]
pub struct AlignConfig {
    pub edit_threshold: f64,
    pub candidate_dice: f64,
}

/// One aligned unit, in the order of the new report (removed ones where they stood).
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    pub op: Op,
    pub from: Option<usize>,
    pub to: Option<usize>,
    pub similarity: f64,
}

/// Similarity of two strings: 2·(chars in common, in order) / (total chars), where the
/// chars in common are a longest common subsequence.
pub fn similarity(a: &[char], b: &[char]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * Lcs::new(a).len_with(b) as f64 / (a.len() + b.len()) as f64
}

/// Longest-common-subsequence lengths against one fixed string, bit-parallel
/// (Allison–Dix, Hyyrö): a bit vector per distinct char of the fixed string, then one
/// add, and, or per char of the other string and 64 chars of this one. A sentence
/// pair costs well under a microsecond, and a pathological pair of long "sentences"
/// stays O(n·m/64): no deadline is needed.
pub struct Lcs {
    len: usize,
    words: usize,
    /// the distinct chars of the fixed string, open-addressed by a multiplicative hash:
    /// (char, its row of `masks`), [`NO_CHAR`] where free. A lookup is a probe or two,
    /// where a binary search of the sorted chars was six (and the sort cost more than
    /// the rest of building)
    slots: Vec<(u32, u32)>,
    /// 64 − log2 of the number of slots
    shift: u32,
    /// `words` bit words per distinct char: where it stands in the fixed string
    masks: Vec<u64>,
}

/// A free slot of [`Lcs::slots`] (no char is `u32::MAX`).
const NO_CHAR: u32 = u32::MAX;

impl Lcs {
    pub fn new(a: &[char]) -> Lcs {
        let words = a.len().div_ceil(64);
        // at most half the slots taken, so that a probe is short
        let size = (2 * a.len()).next_power_of_two().max(8);
        // room for a row per char, so that the rows are not moved as they are added
        // (capped: a pathological "sentence" of thousands of chars has fewer distinct)
        let masks = Vec::with_capacity(words * a.len().min(4096));
        let mut lcs =
            Lcs { len: a.len(), words, slots: vec![(NO_CHAR, 0); size], shift: 64 - size.trailing_zeros(), masks };
        for (i, &c) in a.iter().enumerate() {
            let at = lcs.slot(c);
            if lcs.slots[at].0 == NO_CHAR {
                lcs.slots[at] = (c as u32, (lcs.masks.len() / words) as u32);
                lcs.masks.resize(lcs.masks.len() + words, 0);
            }
            let row = lcs.slots[at].1 as usize;
            lcs.masks[row * words + i / 64] |= 1 << (i % 64);
        }
        lcs
    }

    /// The slot of `c`: where it is, or the free slot where it would go.
    #[inline]
    fn slot(&self, c: char) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = ((c as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.slots[at].0 != c as u32 && self.slots[at].0 != NO_CHAR {
            at = (at + 1) & mask;
        }
        at
    }

    /// The row of `masks` of `c`, if the fixed string has it.
    #[inline]
    fn row(&self, c: char) -> Option<usize> {
        let (k, row) = self.slots[self.slot(c)];
        (k != NO_CHAR).then_some(row as usize)
    }

    /// Length of a longest common subsequence of the fixed string and `b`.
    pub fn len_with(&self, b: &[char]) -> usize {
        if self.words == 1 {
            // one machine word: most sentences
            let mut v = u64::MAX;
            for &c in b {
                let Some(k) = self.row(c) else { continue };
                let u = v & self.masks[k];
                v = v.wrapping_add(u) | (v & !self.masks[k]);
            }
            let mask = if self.len == 64 { u64::MAX } else { (1u64 << self.len) - 1 };
            return (!v & mask).count_ones() as usize;
        }
        let mut v = vec![u64::MAX; self.words];
        for &c in b {
            let Some(k) = self.row(c) else { continue };
            let m = &self.masks[k * self.words..(k + 1) * self.words];
            let mut carry = 0u64;
            for (w, &mw) in v.iter_mut().zip(m) {
                let u = *w & mw;
                let (sum, c1) = w.overflowing_add(u);
                let (sum, c2) = sum.overflowing_add(carry);
                carry = (c1 | c2) as u64;
                *w = sum | (*w & !mw);
            }
        }
        let mut zeros = 0;
        for (k, w) in v.iter().enumerate() {
            let bits = (self.len - k * 64).min(64);
            let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
            zeros += (!w & mask).count_ones() as usize;
        }
        zeros
    }
}

/// Append the comparison key of `s` to `out`: its chars that [`similarity`] compares
/// (Han, letters, digits, `%` and `.`).
pub fn key(s: &str, out: &mut Vec<char>) {
    out.extend(s.chars().filter(|&c| in_key(c)));
}

/// Whether a char is kept in a comparison key: Han, letters and digits, `%` and `.`.
/// The range tests come first: `is_alphanumeric` is a table search for every char
/// outside ASCII, and a report's punctuation (，。、“”) is a tenth of its chars; the
/// ranges skipped hold no letter or digit (a test checks every char).
fn in_key(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '%' || c == '.';
    }
    if is_cjk(c) {
        return true;
    }
    let no_letters = matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}');
    !no_letters && c.is_alphanumeric()
}

/// The comparison keys of a list of sentences and their distinct character bigrams,
/// each kind in one buffer (a report has hundreds of sentences: one allocation each
/// was a fifth of the alignment's time). Built once per report: a report is the new
/// side of one pair and the old side of the next.
pub struct Keys {
    chars: Vec<char>,
    char_ends: Vec<usize>,
    grams: Vec<u64>,
    gram_ends: Vec<usize>,
}

impl Keys {
    pub fn new(sentences: &[&str]) -> Keys {
        // the key chars filtered in one pass into a buffer sized by the chars (a
        // vectorised count, a tenth more than the key chars), then the bigrams sized
        // from them (a sentence has fewer bigrams than chars): neither buffer grows
        let total: usize = sentences.iter().map(|s| s.chars().count()).sum();
        let mut chars = Vec::with_capacity(total);
        let mut char_ends = Vec::with_capacity(sentences.len());
        for s in sentences {
            key(s, &mut chars);
            char_ends.push(chars.len());
        }
        let mut grams = Vec::with_capacity(chars.len());
        let mut gram_ends = Vec::with_capacity(sentences.len());
        let mut start = 0;
        for &end in &char_ends {
            let from = grams.len();
            grams.extend(chars[start..end].windows(2).map(|w| ((w[0] as u64) << 32) | w[1] as u64));
            let sorted = &mut grams[from..];
            sorted.sort_unstable();
            let distinct = dedup_sorted(sorted);
            grams.truncate(from + distinct);
            gram_ends.push(grams.len());
            start = end;
        }
        Keys { chars, char_ends, grams, gram_ends }
    }

    pub fn len(&self) -> usize {
        self.char_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.char_ends.is_empty()
    }

    /// The key chars of sentence `i`.
    pub fn chars(&self, i: usize) -> &[char] {
        &self.chars[if i == 0 { 0 } else { self.char_ends[i - 1] }..self.char_ends[i]]
    }

    fn grams(&self, i: usize) -> &[u64] {
        &self.grams[if i == 0 { 0 } else { self.gram_ends[i - 1] }..self.gram_ends[i]]
    }
}

/// Move the distinct values of a sorted slice to its front; how many there are.
fn dedup_sorted(v: &mut [u64]) -> usize {
    if v.is_empty() {
        return 0;
    }
    let mut w = 1;
    for r in 1..v.len() {
        if v[r] != v[w - 1] {
            v[w] = v[r];
            w += 1;
        }
    }
    w
}

/// Align `old` to `new` sentences.
pub fn align(old: &[&str], new: &[&str], cfg: AlignConfig) -> Vec<Aligned> {
    align_anchored(old, new, &[], cfg)
}

/// Align `old` to `new` sentences, where `anchors[j]` marks the new sentences that are
/// headings: the order is read from the headings first, so that a paragraph that
/// changes section is what moved, not the heading it now stands under.
pub fn align_anchored(old: &[&str], new: &[&str], anchors: &[bool], cfg: AlignConfig) -> Vec<Aligned> {
    align_keys(&Keys::new(old), &Keys::new(new), anchors, cfg)
}

/// [`align_anchored`] on keys built beforehand.
pub fn align_keys(old_keys: &Keys, new_keys: &Keys, anchors: &[bool], cfg: AlignConfig) -> Vec<Aligned> {
    let mut pairs = candidate_pairs(old_keys, new_keys, cfg);
    // most similar first; ties by position so the result never depends on hashing
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
    let mut old_match: Vec<Option<(usize, f64)>> = vec![None; old_keys.len()];
    let mut new_match: Vec<Option<(usize, f64)>> = vec![None; new_keys.len()];
    for (i, j, sim) in pairs {
        if old_match[i].is_none() && new_match[j].is_none() {
            old_match[i] = Some((j, sim));
            new_match[j] = Some((i, sim));
        }
    }
    let weight = |j: usize| {
        let text = new_keys.chars(j).len() as u64;
        if anchors.get(j).copied().unwrap_or(false) {
            text + HEADING_WEIGHT
        } else {
            text
        }
    };
    let in_order = heaviest_chain(&new_match, old_keys.len(), weight);
    let mut out = Vec::with_capacity(old_keys.len().max(new_keys.len()));
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
                let op = if old_keys.chars(i) == new_keys.chars(j) { Op::Kept } else { Op::Edited };
                out.push(Aligned { op, from: Some(i), to: Some(j), similarity: sim });
            }
            Some((i, sim)) => out.push(Aligned { op: Op::Moved, from: Some(i), to: Some(j), similarity: sim }),
            None => out.push(Aligned { op: Op::Added, from: None, to: Some(j), similarity: 0.0 }),
        }
    }
    emit_removed(old_keys.len(), &mut next_old, &mut out);
    out
}

/// The old sentences of each bigram, in one buffer, by a counting sort: each distinct
/// gram gets a dense id in order of first appearance, and `starts[id]..starts[id + 1]`
/// of `postings` holds its sentences in ascending order (sorting the (gram, sentence)
/// pairs cost a fifth of the alignment).
struct Postings {
    index: HashMap<u64, u32>,
    starts: Vec<u32>,
    postings: Vec<u32>,
}

impl Postings {
    fn of(old: &Keys) -> Postings {
        let mut index: HashMap<u64, u32> = HashMap::default();
        index.reserve(old.grams.len() / 2);
        let mut ids: Vec<u32> = Vec::with_capacity(old.grams.len());
        let mut starts: Vec<u32> = Vec::with_capacity(old.grams.len() / 2 + 1);
        for &g in &old.grams {
            let next = starts.len() as u32;
            let id = *index.entry(g).or_insert(next);
            if id == next {
                starts.push(0);
            }
            starts[id as usize] += 1;
            ids.push(id);
        }
        // counts -> where each gram's sentences start; then filled in sentence order
        let mut at = 0u32;
        for s in starts.iter_mut() {
            (*s, at) = (at, at + *s);
        }
        starts.push(at);
        let mut fill: Vec<u32> = starts[..starts.len() - 1].to_vec();
        let mut postings = vec![0u32; ids.len()];
        for i in 0..old.len() {
            let range = if i == 0 { 0 } else { old.gram_ends[i - 1] }..old.gram_ends[i];
            for &id in &ids[range] {
                postings[fill[id as usize] as usize] = i as u32;
                fill[id as usize] += 1;
            }
        }
        Postings { index, starts, postings }
    }

    /// The old sentences with gram `g`, in ascending order.
    #[inline]
    fn sentences(&self, g: &u64) -> &[u32] {
        match self.index.get(g) {
            Some(&id) => &self.postings[self.starts[id as usize] as usize..self.starts[id as usize + 1] as usize],
            None => &[],
        }
    }
}

/// (old, new, similarity) for every pair that reaches the edit threshold.
fn candidate_pairs(old: &Keys, new: &Keys, cfg: AlignConfig) -> Vec<(usize, usize, f64)> {
    // identical keys: the first old sentence with each key, and a chain to the next
    let mut first_same: HashMap<&[char], usize> = HashMap::default();
    let mut next_same = vec![usize::MAX; old.len()];
    for i in (0..old.len()).rev() {
        if let Some(next) = first_same.insert(old.chars(i), i) {
            next_same[i] = next;
        }
    }
    let postings = Postings::of(old);
    // the lengths the filter reads for every sentence a new one shares a gram with
    let old_lens: Vec<(u32, u32)> =
        (0..old.len()).map(|i| (old.grams(i).len() as u32, old.chars(i).len() as u32)).collect();
    // built on first use: most old sentences are never a candidate
    let mut old_lcs: Vec<Option<Lcs>> = (0..old.len()).map(|_| None).collect();
    let mut shared = vec![0u32; old.len()];
    // the old sentences that share a probed gram with the new one, each once: an old
    // sentence is written at the end on every posting and kept by moving the end only
    // on its first (no branch to mispredict in the hottest loop of the alignment)
    let mut touched = vec![0u32; old.len() + 1];
    // a bound below the Dice threshold, tested by a multiplication before the exact
    // test divides: it never drops a pair the exact test keeps, and drops most others
    let dice_floor = cfg.candidate_dice - 1e-9;
    // the new sentence's grams with their old sentences
    let mut lists: Vec<GramList> = Vec::new();
    let mut pairs = Vec::new();
    for j in 0..new.len() {
        let k = new.chars(j);
        let mut same = first_same.get(k).copied().unwrap_or(usize::MAX);
        while same != usize::MAX {
            pairs.push((same, j, 1.0));
            same = next_same[same];
        }
        let grams = new.grams(j);
        let (probe, rest) = split_probed(grams, &postings, dice_floor, &mut lists);
        let mut n_touched = 0;
        for &(_, sentences) in probe {
            for &i in sentences {
                let count = shared[i as usize];
                touched[n_touched] = i;
                n_touched += usize::from(count == 0);
                shared[i as usize] = count + 1;
            }
        }
        for &i in &touched[..n_touched] {
            let i = i as usize;
            let in_probe = shared[i] as usize;
            shared[i] = 0;
            let (ga, la) = old_lens[i];
            let grams_both = (grams.len() + ga as usize).max(1) as f64;
            if 2.0 * ((in_probe + rest.len()) as f64) < dice_floor * grams_both {
                continue;
            }
            let own = old.grams(i);
            let s = (in_probe + rest.iter().filter(|(g, _)| own.binary_search(g).is_ok()).count()) as f64;
            if 2.0 * s < dice_floor * grams_both {
                continue;
            }
            let dice = 2.0 * s / grams_both;
            let (la, lb) = (la as f64, k.len() as f64);
            // ratio can never exceed 2·min/(a+b)
            if dice < cfg.candidate_dice || 2.0 * la.min(lb) / (la + lb) < cfg.edit_threshold {
                continue;
            }
            let o = old.chars(i);
            if o == k {
                continue;
            }
            let lcs = old_lcs[i].get_or_insert_with(|| Lcs::new(o)).len_with(k);
            let sim = 2.0 * lcs as f64 / (la + lb);
            if sim >= cfg.edit_threshold {
                pairs.push((i, j, sim));
            }
        }
    }
    pairs
}

/// A gram and the old sentences that have it.
type GramList<'p> = (u64, &'p [u32]);

/// A new sentence's grams with their old sentences, split into those whose lists are
/// walked and the rest. Prefix filter: a pair that passes the Dice filter shares at
/// least `least` grams, so it shares one with any `len - least + 1` of them. Only those
/// with the shortest lists are walked; the `least - 1` commonest (发展, 建设: the
/// longest lists) are looked up in the few candidates' own grams instead.
fn split_probed<'a, 'p>(
    grams: &[u64],
    postings: &'p Postings,
    dice_floor: f64,
    lists: &'a mut Vec<GramList<'p>>,
) -> (&'a [GramList<'p>], &'a [GramList<'p>]) {
    lists.clear();
    lists.extend(grams.iter().map(|&g| (g, postings.sentences(&g))));
    let common = min_shared(grams.len(), dice_floor).saturating_sub(1);
    let probed = lists.len() - common;
    if common > 0 {
        lists.select_nth_unstable_by_key(probed, |l| l.1.len());
    }
    lists.split_at(probed)
}

/// The fewest grams a sentence with `grams` distinct grams shares with any sentence
/// whose Dice coefficient with it reaches `dice`: from 2s ≥ dice·(grams + other) and
/// other ≥ s, s ≥ dice·grams / (2 − dice). Rounded down a hair, so that a float error
/// can only make the filter keep more.
fn min_shared(grams: usize, dice: f64) -> usize {
    if dice <= 0.0 {
        return 0;
    }
    let least = (dice * grams as f64 / (2.0 - dice) - 1e-9).ceil();
    (least.max(0.0) as usize).min(grams)
}

/// A heading in the chain outweighs any amount of text.
const HEADING_WEIGHT: u64 = 1 << 40;

/// Which matched new sentences lie on the heaviest chain with increasing old index:
/// the most text (headings first) that stays in document order. A weighted longest
/// increasing subsequence, O(n log n) with a Fenwick tree of prefix maxima over old
/// indices. Ties go to the chain found first, so the result is deterministic.
fn heaviest_chain(new_match: &[Option<(usize, f64)>], n_old: usize, weight: impl Fn(usize) -> u64) -> Vec<bool> {
    // tree[k]: (best chain weight ending at an old index in k's range, item)
    let mut tree: Vec<(u64, usize)> = vec![(0, usize::MAX); n_old + 1];
    let items: Vec<(usize, usize)> = new_match.iter().enumerate().filter_map(|(j, m)| m.map(|(i, _)| (j, i))).collect();
    let mut prev: Vec<usize> = vec![usize::MAX; items.len()];
    let mut best = (0u64, usize::MAX);
    for (k, &(j, i)) in items.iter().enumerate() {
        // best chain ending at an old index < i
        let mut q = i;
        let mut before = (0u64, usize::MAX);
        while q > 0 {
            if tree[q].0 > before.0 {
                before = tree[q];
            }
            q &= q - 1;
        }
        prev[k] = before.1;
        let here = (before.0 + weight(j), k);
        if here.0 > best.0 {
            best = here;
        }
        let mut q = i + 1;
        while q <= n_old {
            if here.0 > tree[q].0 {
                tree[q] = here;
            }
            q += q & q.wrapping_neg();
        }
    }
    let mut on = vec![false; new_match.len()];
    let mut cur = best.1;
    while cur != usize::MAX {
        on[items[cur].0] = true;
        cur = prev[cur];
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_fast_paths_keep_exactly_what_the_plain_test_keeps() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let plain = is_cjk(c) || c.is_alphanumeric() || c == '%' || c == '.';
            assert_eq!(in_key(c), plain, "{c:?} U+{:04X}", c as u32);
        }
    }

    const CFG: AlignConfig = AlignConfig { edit_threshold: 0.5, candidate_dice: 0.2 };

    fn ops(old: &[&str], new: &[&str]) -> Vec<(Op, Option<usize>, Option<usize>)> {
        align(old, new, CFG).into_iter().map(|a| (a.op, a.from, a.to)).collect()
    }

    /// Every pair the naive test (all pairs, exact Dice, then LCS) keeps, and only those.
    fn naive_pairs(old: &Keys, new: &Keys, cfg: AlignConfig) -> Vec<(usize, usize, f64)> {
        let mut out = Vec::new();
        for j in 0..new.len() {
            for i in 0..old.len() {
                let (a, b) = (old.chars(i), new.chars(j));
                if a == b {
                    out.push((i, j, 1.0));
                    continue;
                }
                let s = old.grams(i).iter().filter(|g| new.grams(j).binary_search(g).is_ok()).count();
                let dice = 2.0 * s as f64 / (old.grams(i).len() + new.grams(j).len()).max(1) as f64;
                let (la, lb) = (a.len() as f64, b.len() as f64);
                if s == 0 || dice < cfg.candidate_dice || 2.0 * la.min(lb) / (la + lb) < cfg.edit_threshold {
                    continue;
                }
                let sim = 2.0 * Lcs::new(a).len_with(b) as f64 / (la + lb);
                if sim >= cfg.edit_threshold {
                    out.push((i, j, sim));
                }
            }
        }
        out
    }

    #[test]
    fn the_prefix_filter_finds_every_pair_the_naive_test_finds() {
        // sentences over a few chars, so that common grams (long lists) abound
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let alphabet: Vec<char> = "发展经济建设改革开放民生".chars().collect();
        let mut sentence =
            |len: u64| -> String { (0..1 + len).map(|_| alphabet[next(alphabet.len() as u64) as usize]).collect() };
        for round in 0..40 {
            let old: Vec<String> = (0..30).map(|_| sentence(3 + round % 25)).collect();
            let new: Vec<String> = (0..30).map(|_| sentence(3 + round % 17)).collect();
            let old: Vec<&str> = old.iter().map(String::as_str).collect();
            let new: Vec<&str> = new.iter().map(String::as_str).collect();
            let (ko, kn) = (Keys::new(&old), Keys::new(&new));
            for dice in [0.1, 0.25, 0.5, 0.9, 1.0] {
                let cfg = AlignConfig { edit_threshold: 0.5, candidate_dice: dice };
                let sorted = |mut v: Vec<(usize, usize, f64)>| {
                    v.sort_by_key(|a| (a.1, a.0));
                    v
                };
                assert_eq!(
                    sorted(candidate_pairs(&ko, &kn, cfg)),
                    sorted(naive_pairs(&ko, &kn, cfg)),
                    "round {round}, dice {dice}"
                );
            }
        }
    }

    #[test]
    fn the_fewest_shared_grams_never_exceed_what_a_passing_pair_shares() {
        for grams in 0..200 {
            for dice in [0.05, 0.2, 0.25, 1.0 / 3.0, 0.5, 0.8, 1.0] {
                let least = min_shared(grams, dice);
                // a pair with `least - 1` shared grams fails for every size of the other
                if least > 0 {
                    let s = (least - 1) as f64;
                    assert!((0..400).all(|other| other < least - 1 || 2.0 * s < dice * (grams + other) as f64));
                }
            }
        }
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

    /// The textbook dynamic programme, to check the bit-parallel one against.
    fn lcs_table(a: &[char], b: &[char]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diag = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        row[b.len()]
    }

    #[test]
    fn bit_parallel_lcs_matches_the_dynamic_programme_across_word_boundaries() {
        let base: Vec<char> = "稳就业保民生促发展增长6.5%左右推进高质量发展建设现代化经济体系".chars().collect();
        // lengths around 64 and 128 chars exercise the carry between words
        for n in [1, 5, 63, 64, 65, 127, 128, 129, 200] {
            let a: Vec<char> = base.iter().cycle().take(n).copied().collect();
            let b: Vec<char> = base.iter().rev().cycle().skip(3).take(n * 2 / 3 + 1).copied().collect();
            let c: Vec<char> = a.iter().enumerate().filter(|(i, _)| i % 7 != 3).map(|(_, c)| *c).collect();
            assert_eq!(Lcs::new(&a).len_with(&b), lcs_table(&a, &b), "n = {n}, reversed");
            assert_eq!(Lcs::new(&a).len_with(&c), lcs_table(&a, &c), "n = {n}, deleted");
            assert_eq!(Lcs::new(&c).len_with(&a), c.len(), "n = {n}, subsequence");
        }
        assert_eq!(Lcs::new(&[]).len_with(&base), 0);
        assert!((similarity(&a_chars("增长6.5%左右"), &a_chars("增长6%左右")) - 12.0 / 14.0).abs() < 1e-12);
    }

    #[test]
    fn lcs_finds_every_char_of_a_fixed_string_with_hundreds_of_distinct_chars() {
        // consecutive code points (as Han chars are) and far ones, enough to collide
        // and to wrap around the end of the slots
        let a: Vec<char> = ('\u{4E00}'..'\u{4F2C}').chain('a'..='z').chain(['\u{10FFFF}', '%']).collect();
        let b: Vec<char> = a.iter().rev().step_by(3).chain(a.iter().step_by(2)).copied().chain(['\u{5000}']).collect();
        assert_eq!(Lcs::new(&a).len_with(&b), lcs_table(&a, &b));
        assert_eq!(Lcs::new(&b).len_with(&a), lcs_table(&b, &a));
        assert_eq!(Lcs::new(&a).len_with(&a), a.len());
    }

    fn a_chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_paragraph_that_changes_section_is_what_moved_not_the_heading() {
        let old = ["一、回顾", "加强生态环境保护。", "稳定经济增长。", "二、安排", "推进改革开放。"];
        let new = ["一、回顾", "稳定经济增长。", "二、安排", "加强生态环境保护。", "推进改革开放。"];
        let anchors = [true, false, true, false, false];
        let got: Vec<_> = align_anchored(&old, &new, &anchors, CFG).into_iter().map(|a| (a.op, a.from, a.to)).collect();
        assert_eq!(
            got,
            [
                (Op::Kept, Some(0), Some(0)),
                (Op::Kept, Some(2), Some(1)),
                (Op::Kept, Some(3), Some(2)),
                (Op::Moved, Some(1), Some(3)),
                (Op::Kept, Some(4), Some(4)),
            ]
        );
    }

    #[test]
    fn the_chain_keeps_the_most_text_in_order() {
        // the long sentence stays in place; the short one that jumped over it moved
        let old = ["短句。", "这是一个很长的句子，讲的是稳定经济增长。"];
        let new = ["这是一个很长的句子，讲的是稳定经济增长。", "短句。"];
        assert_eq!(ops(&old, &new), [(Op::Kept, Some(1), Some(0)), (Op::Moved, Some(0), Some(1))]);
    }

    #[test]
    fn keys_hold_each_sentence_and_its_distinct_bigrams() {
        let k = Keys::new(&["甲乙甲乙。", "", "丙，丁"]);
        assert_eq!(k.len(), 3);
        assert_eq!(k.chars(0), ['甲', '乙', '甲', '乙']);
        let g = |a: char, b: char| ((a as u64) << 32) | b as u64;
        let mut want = vec![g('甲', '乙'), g('乙', '甲')];
        want.sort_unstable();
        assert_eq!(k.grams(0), want);
        assert!(k.chars(1).is_empty() && k.grams(1).is_empty());
        assert_eq!((k.chars(2), k.grams(2)), (&['丙', '丁'][..], &[g('丙', '丁')][..]));
        let mut v = [1, 1, 2, 3, 3, 3, 9];
        assert_eq!(dedup_sorted(&mut v), 4);
        assert_eq!(v[..4], [1, 2, 3, 9]);
        assert_eq!(dedup_sorted(&mut []), 0);
    }

    #[test]
    fn punctuation_alone_does_not_make_an_edit() {
        assert_eq!(ops(&["稳就业、保民生。"], &["稳就业，保民生；"])[0].0, Op::Kept);
    }
}
