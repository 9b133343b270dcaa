//! Sentences of many reports -> the passages whose wording appears in another
//! region's report of the same or the previous year ([`Match`]), and per report the
//! share of its characters found elsewhere ([`ReportReuse`]).
//!
//! 1. Each report's sentences of at least `min_chars` key chars are its units
//!    ([`units`], in parallel, batch by batch); units with the same key (the same
//!    text, punctuation aside) are one passage ([`Index::add`], in report order).
//! 2. Each passage's MinHash signature is cut into bands; passages that share a band
//!    key are candidates (LSH), so the work grows with the passages, not their square.
//! 3. A bucket whose passages occur in the reports of more than the boilerplate limit
//!    of regions is boilerplate: its passages are counted as such and not compared.
//! 4. Candidates are verified with the similarity of sentence_diff.csv (2·LCS / chars).
//! 5. Each unit takes its best source among the occurrences of its passage and of the
//!    passages verified similar: another region's report of the same or the previous
//!    year; most similar first, then the higher level (national before provincial),
//!    then the same year, then the report and sentence ids.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::minhash::{hash_chars, MinHasher};
use crate::compare::align::{key, Keys, Lcs};
use crate::config::AcrossConfig;
use crate::model::{Report, Sentence};

/// The units of one report, with their keys hashed and signed: what the batch engine
/// keeps of a report for the reuse stage.
#[derive(Debug, Clone)]
pub struct ReportUnits {
    pub report_id: String,
    pub region: String,
    pub year: i32,
    /// 0 national, 1 province, 2 city, 3 county, 4 not a division
    level_rank: u8,
    /// key chars of all the report's sentences
    chars: u64,
    /// key chars of its sentences with a boilerplate cue
    cue_boilerplate: u64,
    sentence_ids: Vec<u32>,
    /// the units' texts, one after another, and where each ends
    texts: String,
    ends: Vec<u32>,
    key_lens: Vec<u32>,
    exact: Vec<u64>,
    /// `bands` keys per unit (dropped once the index has the passage)
    band_keys: Vec<u32>,
    /// per unit, its passage (set by [`Index::add`])
    passages: Vec<u32>,
}

impl ReportUnits {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The text of unit `u`.
    pub fn text(&self, u: usize) -> &str {
        let start = if u == 0 { 0 } else { self.ends[u - 1] as usize };
        &self.texts[start..self.ends[u] as usize]
    }

    /// The sentence id of unit `u`.
    pub fn sentence_id(&self, u: usize) -> usize {
        self.sentence_ids[u] as usize
    }
}

/// The rank of a level, highest first: a source at a higher level wins a tie.
fn level_rank(level: Option<&str>) -> u8 {
    match level {
        Some("national") => 0,
        Some("province") => 1,
        Some("city") => 2,
        Some("county") => 3,
        _ => 4,
    }
}

/// What makes a report's units, built once per run: the MinHash functions and the cue
/// words of `[across]`.
pub struct Signer {
    hasher: MinHasher,
    /// boilerplate cues first, then own cues
    cues: aho_corasick::AhoCorasick,
    boilerplate_cues: usize,
    boilerplate_sections: Vec<String>,
    skip_figures: bool,
    min_chars: usize,
    seed: u64,
}

impl Signer {
    pub fn new(cfg: &AcrossConfig) -> Signer {
        let words: Vec<&String> = cfg.boilerplate_cues.iter().chain(&cfg.own_cues).filter(|w| !w.is_empty()).collect();
        // (an automaton of a few dozen short words always builds; if not, no cues)
        let cues = aho_corasick::AhoCorasick::new(&words)
            .or_else(|_| aho_corasick::AhoCorasick::new(Vec::<String>::new()))
            .expect("an automaton of no words builds");
        Signer {
            hasher: MinHasher::new(cfg.shingle_chars, cfg.bands, cfg.rows, cfg.seed),
            cues,
            boilerplate_cues: cfg.boilerplate_cues.iter().filter(|w| !w.is_empty()).count(),
            boilerplate_sections: cfg.boilerplate_sections.iter().filter(|w| !w.is_empty()).cloned().collect(),
            skip_figures: cfg.skip_figures,
            min_chars: cfg.min_chars,
            seed: cfg.seed,
        }
    }

    /// Whether a sentence is boilerplate (`Some(true)`: a boilerplate cue, or a section
    /// of the government's own conduct) or left out (`Some(false)`: an own cue, a figure).
    fn cue(&self, s: &Sentence, boilerplate_section: &[bool]) -> Option<bool> {
        if s.section.is_some_and(|k| boilerplate_section.get(k).copied().unwrap_or(false)) {
            return Some(true);
        }
        let found = self.cues.find(&s.text).map(|m| m.pattern().as_usize() < self.boilerplate_cues);
        found.or_else(|| (self.skip_figures && s.text.bytes().any(|b| b.is_ascii_digit())).then_some(false))
    }

    /// Per section of a report, whether it or a section above it is boilerplate.
    fn boilerplate_sections(&self, report: &Report) -> Vec<bool> {
        (0..report.sections.len())
            .map(|k| {
                let path = report.section_path(Some(k));
                self.boilerplate_sections.iter().any(|w| path.contains(w.as_str()))
            })
            .collect()
    }
}

/// The units of a report: its sentences (headings aside) of at least `min_chars` key
/// chars, with their exact-text hash and band keys; sentences with a cue word of
/// `[across]` are not units (those with a boilerplate cue count as boilerplate).
pub fn units(report: &Report, keys: &Keys, signer: &Signer) -> ReportUnits {
    let hasher = &signer.hasher;
    let mut u = ReportUnits {
        report_id: report.meta.report_id.clone(),
        region: report.meta.region.clone(),
        year: report.meta.year,
        level_rank: level_rank(report.meta.level.as_deref()),
        chars: 0,
        cue_boilerplate: 0,
        sentence_ids: Vec::new(),
        texts: String::new(),
        ends: Vec::new(),
        key_lens: Vec::new(),
        exact: Vec::new(),
        band_keys: Vec::new(),
        passages: Vec::new(),
    };
    let mut sig = Vec::new();
    let boilerplate_section = signer.boilerplate_sections(report);
    for (s, k) in report.sentences.iter().zip(0..keys.len()) {
        let chars = keys.chars(k);
        u.chars += chars.len() as u64;
        if s.is_heading || chars.len() < signer.min_chars {
            continue;
        }
        if let Some(boilerplate) = signer.cue(s, &boilerplate_section) {
            if boilerplate {
                u.cue_boilerplate += chars.len() as u64;
            }
            continue;
        }
        if !hasher.signature(chars, &mut sig) {
            continue;
        }
        u.sentence_ids.push(s.id as u32);
        u.texts.push_str(&s.text);
        u.ends.push(u.texts.len() as u32);
        u.key_lens.push(chars.len() as u32);
        u.exact.push(hash_chars(chars, signer.seed));
        hasher.band_keys(&sig, &mut u.band_keys);
    }
    u
}

/// The passages of a batch's reports, added report by report in the run's order (so
/// passage ids, and everything after, do not depend on the thread count).
#[derive(Debug, Default)]
pub struct Index {
    reports: Vec<ReportUnits>,
    bands: usize,
    /// per passage: its first unit (report, unit)
    first: Vec<(u32, u32)>,
    /// `bands` keys per passage
    band_keys: Vec<u32>,
    exact: FxHashMap<u64, u32>,
}

impl Index {
    pub fn new(cfg: &AcrossConfig) -> Index {
        Index { bands: cfg.bands.max(1), ..Index::default() }
    }

    /// Add a report's units: each is a new passage or one more occurrence of one.
    pub fn add(&mut self, mut r: ReportUnits) {
        let k = self.reports.len() as u32;
        r.passages = Vec::with_capacity(r.len());
        for u in 0..r.len() {
            let next = self.first.len() as u32;
            let p = *self.exact.entry(r.exact[u]).or_insert(next);
            if p == next {
                self.first.push((k, u as u32));
                self.band_keys.extend_from_slice(&r.band_keys[u * self.bands..(u + 1) * self.bands]);
            }
            r.passages.push(p);
        }
        r.band_keys = Vec::new();
        r.exact = Vec::new();
        self.reports.push(r);
    }

    pub fn reports(&self) -> &[ReportUnits] {
        &self.reports
    }

    fn passages(&self) -> usize {
        self.first.len()
    }

    /// The key chars of passage `p`.
    fn key(&self, p: u32) -> Vec<char> {
        let (k, u) = self.first[p as usize];
        let mut chars = Vec::new();
        key(self.reports[k as usize].text(u as usize), &mut chars);
        chars
    }
}

/// A unit of a report and its best source (a row of reuse.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// the report (an index into [`Index::reports`]) and its unit
    pub report: u32,
    pub unit: u32,
    pub source_report: u32,
    pub source_unit: u32,
    /// 2·LCS / chars, rounded to four decimals
    pub similarity: f64,
    /// the chars in common, in order (the LCS)
    pub shared_chars: u32,
    /// how many regions' reports hold the passage or one verified similar to it
    pub shared_by: u32,
}

/// What a report shares with others (a row of reuse_summary.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct ReportReuse {
    pub report: u32,
    /// key chars of all its sentences
    pub chars: u64,
    /// shared chars of its matches
    pub reused_chars: u64,
    pub passages: u64,
    /// key chars of its units whose passage is boilerplate
    pub boilerplate_chars: u64,
    /// the reports it shares most with, and the chars, most first
    pub sources: Vec<(u32, u64)>,
}

/// The outcome of the reuse stage.
#[derive(Debug, Default)]
pub struct Reuse {
    /// in report order, then unit order
    pub matches: Vec<Match>,
    pub reports: Vec<ReportReuse>,
    /// passages in all, candidate pairs compared, passages found boilerplate
    pub passages: usize,
    pub compared: usize,
    pub boilerplate: usize,
}

/// The occurrences of every passage (report, unit), grouped by passage.
struct Occurrences {
    start: Vec<u32>,
    at: Vec<(u32, u32)>,
    /// per report, its region's index
    region: Vec<u32>,
}

impl Occurrences {
    fn of(index: &Index) -> Occurrences {
        let names: BTreeMap<&str, u32> = {
            let mut set: Vec<&str> = index.reports.iter().map(|r| r.region.as_str()).collect();
            set.sort_unstable();
            set.dedup();
            set.into_iter().enumerate().map(|(k, n)| (n, k as u32)).collect()
        };
        let region = index.reports.iter().map(|r| names[r.region.as_str()]).collect();
        let mut start = vec![0u32; index.passages() + 1];
        for r in &index.reports {
            for &p in &r.passages {
                start[p as usize + 1] += 1;
            }
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut fill = start.clone();
        let mut at = vec![(0, 0); *start.last().unwrap_or(&0) as usize];
        for (k, r) in index.reports.iter().enumerate() {
            for (u, &p) in r.passages.iter().enumerate() {
                at[fill[p as usize] as usize] = (k as u32, u as u32);
                fill[p as usize] += 1;
            }
        }
        Occurrences { start, at, region }
    }

    fn of_passage(&self, p: u32) -> &[(u32, u32)] {
        &self.at[self.start[p as usize] as usize..self.start[p as usize + 1] as usize]
    }

    /// Whether some occurrence of `p` and some of `q` are in reports of different
    /// regions at most a year apart.
    fn can_match(&self, index: &Index, p: u32, q: u32) -> bool {
        self.of_passage(p).iter().any(|&(a, _)| {
            self.of_passage(q).iter().any(|&(b, _)| {
                self.region[a as usize] != self.region[b as usize]
                    && (index.reports[a as usize].year - index.reports[b as usize].year).abs() <= 1
            })
        })
    }

    fn regions(&self) -> usize {
        self.region.iter().copied().max().map_or(0, |m| m as usize + 1)
    }

    /// Whether the passages `ps` occur in the reports of more than `limit` regions
    /// (counting stops past the limit).
    fn more_regions_than(&self, ps: impl IntoIterator<Item = u32>, limit: usize) -> bool {
        let mut seen = FxHashSet::default();
        for p in ps {
            for &(k, _) in self.of_passage(p) {
                seen.insert(self.region[k as usize]);
                if seen.len() > limit {
                    return true;
                }
            }
        }
        false
    }
}

/// The boilerplate limit: a passage in the reports of more regions than this is
/// boilerplate.
fn boilerplate_limit(cfg: &AcrossConfig, regions: usize) -> usize {
    cfg.boilerplate_min_regions.max((cfg.boilerplate_share * regions as f64).ceil() as usize)
}

/// `(key, id)` pairs given in id order, sorted by key and then id: a stable radix
/// sort by the key, three passes of 11 bits (a comparison sort of every band was most
/// of the stage's time).
fn by_key(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    let mut other = vec![(0, 0); v.len()];
    for shift in [0, 11, 22] {
        let mut start = [0usize; 2049];
        for x in &v {
            start[((x.0 >> shift) & 0x7ff) as usize + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        for x in &v {
            let d = ((x.0 >> shift) & 0x7ff) as usize;
            other[start[d]] = *x;
            start[d] += 1;
        }
        std::mem::swap(&mut v, &mut other);
    }
    v
}

/// A band's candidate pairs and the passages in its boilerplate buckets.
type BandOutcome = (Vec<(u32, u32)>, Vec<u32>);

/// Candidate pairs (p < q) of every band, sorted and distinct, and the passages found
/// in a boilerplate bucket.
fn candidates(index: &Index, occ: &Occurrences, limit: usize) -> (Vec<(u32, u32)>, Vec<bool>) {
    let n = index.passages();
    let per_band: Vec<BandOutcome> = (0..index.bands)
        .into_par_iter()
        .map(|b| {
            let keyed = by_key((0..n as u32).map(|p| (index.band_keys[p as usize * index.bands + b], p)).collect());
            let (mut pairs, mut boiler) = (Vec::new(), Vec::new());
            for bucket in keyed.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
                if occ.more_regions_than(bucket.iter().map(|x| x.1), limit) {
                    boiler.extend(bucket.iter().map(|x| x.1));
                    continue;
                }
                for (i, x) in bucket.iter().enumerate() {
                    pairs.extend(bucket[i + 1..].iter().map(|y| (x.1, y.1)));
                }
            }
            (pairs, boiler)
        })
        .collect();
    let mut boilerplate = vec![false; n];
    let mut pairs = Vec::new();
    for (p, b) in per_band {
        pairs.extend(p);
        for x in b {
            boilerplate[x as usize] = true;
        }
    }
    // a passage alone in its buckets can still be in too many reports itself
    for (p, flag) in boilerplate.iter_mut().enumerate() {
        *flag = *flag || (occ.of_passage(p as u32).len() > limit && occ.more_regions_than([p as u32], limit));
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    // only pairs that can be a match: not boilerplate, and some occurrence of one in
    // another region's report of the same or the next year as an occurrence of the other
    pairs.retain(|&(p, q)| !boilerplate[p as usize] && !boilerplate[q as usize] && occ.can_match(index, p, q));
    (pairs, boilerplate)
}

/// The verified pairs: (p, q, similarity, LCS) for candidates at or above the
/// threshold, in the candidates' order.
fn verify(index: &Index, pairs: &[(u32, u32)], threshold: f64) -> Vec<(u32, u32, f64, u32)> {
    let len = |p: u32| {
        let (k, u) = index.first[p as usize];
        index.reports[k as usize].key_lens[u as usize] as usize
    };
    // the keys of the passages in some pair, decoded once
    let mut wanted: Vec<u32> = pairs.iter().flat_map(|&(p, q)| [p, q]).collect();
    wanted.par_sort_unstable();
    wanted.dedup();
    let keys: Vec<Vec<char>> = wanted.par_iter().map(|&p| index.key(p)).collect();
    let key_of = |p: u32| wanted.binary_search(&p).map_or(&[][..], |k| keys[k].as_slice());
    pairs
        .par_chunks(4096)
        .flat_map_iter(|chunk| {
            let mut out = Vec::new();
            let mut cached: Option<(u32, Lcs, usize)> = None;
            for &(p, q) in chunk {
                let (lp, lq) = (len(p), len(q));
                // the LCS is at most the shorter key: skip pairs too different in length
                if 2.0 * lp.min(lq) as f64 / ((lp + lq) as f64) < threshold {
                    continue;
                }
                if cached.as_ref().is_none_or(|c| c.0 != p) {
                    cached = Some((p, Lcs::new(key_of(p)), lp));
                }
                let Some((_, lcs, _)) = &cached else { continue };
                // a sentence that states its own figures in a common formula (城镇新增
                // 就业4.4万人) borrows no wording: the numbers must agree
                if !same_numbers(key_of(p), key_of(q)) {
                    continue;
                }
                let common = lcs.len_with(key_of(q));
                let similarity = 2.0 * common as f64 / (lp + lq) as f64;
                if similarity >= threshold {
                    out.push((p, q, similarity, common as u32));
                }
            }
            out
        })
        .collect()
}

/// Whether two keys hold the same digits in the same order (none at all included).
fn same_numbers(a: &[char], b: &[char]) -> bool {
    a.iter().filter(|c| c.is_ascii_digit()).eq(b.iter().filter(|c| c.is_ascii_digit()))
}

/// Per passage, its verified neighbours (q, similarity, LCS).
fn neighbours(n: usize, verified: &[(u32, u32, f64, u32)]) -> Vec<Vec<(u32, f64, u32)>> {
    let mut out = vec![Vec::new(); n];
    for &(p, q, s, l) in verified {
        out[p as usize].push((q, s, l));
        out[q as usize].push((p, s, l));
    }
    out
}

/// Find the reuse among the reports of `index` (see the module's doc).
pub fn find(index: &Index, cfg: &AcrossConfig) -> Reuse {
    let occ = Occurrences::of(index);
    let limit = boilerplate_limit(cfg, occ.regions());
    let (pairs, mut boilerplate) = candidates(index, &occ, limit);
    let verified = verify(index, &pairs, cfg.min_similarity);
    let near = neighbours(index.passages(), &verified);
    // a passage whose verified neighbours take it past the limit is boilerplate too
    let shared_by: Vec<u32> = (0..index.passages())
        .into_par_iter()
        .map(|p| {
            let ps = std::iter::once(p as u32).chain(near[p].iter().map(|x| x.0));
            let mut seen: Vec<u32> =
                ps.flat_map(|q| occ.of_passage(q).iter().map(|&(k, _)| occ.region[k as usize])).collect();
            seen.sort_unstable();
            seen.dedup();
            seen.len() as u32
        })
        .collect();
    for (flag, &n) in boilerplate.iter_mut().zip(&shared_by) {
        *flag = *flag || n as usize > limit;
    }
    let per_report: Vec<(Vec<Match>, ReportReuse)> = (0..index.reports.len())
        .into_par_iter()
        .map(|k| report_matches(index, &occ, &near, &boilerplate, &shared_by, k, cfg.main_sources))
        .collect();
    let mut out = Reuse {
        passages: index.passages(),
        compared: pairs.len(),
        boilerplate: boilerplate.iter().filter(|&&b| b).count(),
        ..Reuse::default()
    };
    for (m, r) in per_report {
        out.matches.extend(m);
        out.reports.push(r);
    }
    out
}

/// A candidate source of a unit, in the order of preference (smallest first).
type Rank = (std::cmp::Reverse<u64>, u8, std::cmp::Reverse<i32>, u32, u32);

/// The matches of report `k` and its summary.
fn report_matches(
    index: &Index,
    occ: &Occurrences,
    near: &[Vec<(u32, f64, u32)>],
    boilerplate: &[bool],
    shared_by: &[u32],
    k: usize,
    main_sources: usize,
) -> (Vec<Match>, ReportReuse) {
    let r = &index.reports[k];
    let region = occ.region[k];
    let mut summary = ReportReuse {
        report: k as u32,
        chars: r.chars,
        reused_chars: 0,
        passages: 0,
        boilerplate_chars: r.cue_boilerplate,
        sources: Vec::new(),
    };
    let mut matches = Vec::new();
    let mut by_source: BTreeMap<u32, u64> = BTreeMap::new();
    for (u, &p) in r.passages.iter().enumerate() {
        if boilerplate[p as usize] {
            summary.boilerplate_chars += r.key_lens[u] as u64;
            continue;
        }
        let own = std::iter::once((p, 1.0, r.key_lens[u]));
        let mut best: Option<(Rank, f64, u32, u32, u32)> = None;
        for (q, similarity, common) in own.chain(near[p as usize].iter().copied()) {
            for &(sk, su) in occ.of_passage(q) {
                let s = &index.reports[sk as usize];
                if occ.region[sk as usize] == region || !(s.year == r.year || s.year == r.year - 1) {
                    continue;
                }
                // similarity compared in millionths: the same order whatever the float noise
                let rank: Rank = (
                    std::cmp::Reverse((similarity * 1e6).round() as u64),
                    s.level_rank,
                    std::cmp::Reverse(s.year),
                    sk,
                    su,
                );
                if best.as_ref().is_none_or(|b| rank < b.0) {
                    best = Some((rank, similarity, common, sk, su));
                }
            }
        }
        if let Some((_, similarity, common, sk, su)) = best {
            matches.push(Match {
                report: k as u32,
                unit: u as u32,
                source_report: sk,
                source_unit: su,
                similarity: (similarity * 10_000.0).round() / 10_000.0,
                shared_chars: common,
                shared_by: shared_by[p as usize],
            });
            summary.reused_chars += common as u64;
            summary.passages += 1;
            *by_source.entry(sk).or_default() += common as u64;
        }
    }
    let mut sources: Vec<(u32, u64)> = by_source.into_iter().collect();
    sources.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sources.truncate(main_sources);
    summary.sources = sources;
    (matches, summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_settings;

    /// A report of `region` for `year` whose sentences are `text`'s.
    fn report(id: &str, region: &str, level: &str, year: i32, text: &str) -> ReportUnits {
        let settings = test_settings();
        let mut r = crate::pipeline::prepare(crate::model::Document::txt(text), settings).expect("a report");
        r.meta.report_id = id.into();
        r.meta.region = region.into();
        r.meta.level = Some(level.into());
        r.meta.year = year;
        units(&r, &crate::compare::report_keys(&r), &Signer::new(&cfg()))
    }

    fn cfg() -> AcrossConfig {
        AcrossConfig { min_chars: 12, ..AcrossConfig::default() }
    }

    const NATIONAL: &str = "2023年政府工作报告\n各位代表：\n今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n\
        深入实施创新驱动发展战略，加快建设现代化产业体系，推动经济实现质的有效提升和量的合理增长。\n\
        全面推进乡村振兴，稳定粮食播种面积，加强高标准农田建设。\n";
    const CITY: &str = "2023年政府工作报告\n各位代表：\n今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n\
        深入实施创新驱动发展战略，加快建设现代化产业体系，推动全市经济实现质的有效提升和量的合理增长。\n\
        开工建设滨江大道二期工程，新建改建城市公园五座，完成老旧小区改造一百二十个。\n";

    fn found(reports: Vec<ReportUnits>, cfg: &AcrossConfig) -> (Index, Reuse) {
        let mut index = Index::new(cfg);
        for r in reports {
            index.add(r);
        }
        let reuse = find(&index, cfg);
        (index, reuse)
    }

    fn rows(index: &Index, reuse: &Reuse) -> Vec<(String, String, String, f64)> {
        reuse
            .matches
            .iter()
            .map(|m| {
                let (r, s) = (&index.reports()[m.report as usize], &index.reports()[m.source_report as usize]);
                (r.report_id.clone(), s.report_id.clone(), r.text(m.unit as usize).to_string(), m.similarity)
            })
            .collect()
    }

    #[test]
    fn a_copied_sentence_and_a_lightly_edited_one_are_found_and_the_rest_is_not() {
        let (index, reuse) = found(
            vec![report("n", "全国", "national", 2023, NATIONAL), report("c", "某市", "city", 2023, CITY)],
            &cfg(),
        );
        let city: Vec<_> = rows(&index, &reuse).into_iter().filter(|r| r.0 == "c").collect();
        assert_eq!(city.len(), 2, "{city:?}");
        assert!(city[0].2.starts_with("今年要坚持") && city[0].3 == 1.0, "{city:?}");
        assert!(city[1].2.contains("全市经济") && city[1].3 > 0.9 && city[1].3 < 1.0, "{city:?}");
        // the same year's reports are each other's sources
        assert_eq!(reuse.matches.iter().filter(|m| m.report == 0).count(), 2);
        let summary = &reuse.reports[1];
        assert_eq!(summary.passages, 2);
        assert_eq!(summary.sources.first().map(|s| s.0), Some(0));
        assert!(summary.reused_chars > 60 && summary.reused_chars < summary.chars, "{summary:?}");
    }

    #[test]
    fn a_regions_own_reports_and_reports_two_years_apart_are_not_sources() {
        let (_, reuse) = found(
            vec![
                report("n2021", "全国", "national", 2021, NATIONAL),
                report("c2022", "某市", "city", 2022, CITY),
                report("c2023", "某市", "city", 2023, CITY),
            ],
            &cfg(),
        );
        assert!(
            reuse.matches.iter().all(|m| m.report == 1 && m.source_report == 0 || m.report == 0),
            "{:?}",
            reuse.matches
        );
        // the previous year's report is a source, not the next year's
        assert!(reuse.matches.iter().any(|m| m.report == 1));
        assert!(!reuse.matches.iter().any(|m| m.report == 0 && m.source_report == 1));
    }

    #[test]
    fn a_passage_in_more_regions_than_the_limit_is_boilerplate() {
        let cfg = AcrossConfig { boilerplate_min_regions: 2, boilerplate_share: 0.0, ..cfg() };
        let reports: Vec<ReportUnits> =
            ["甲市", "乙市", "丙市", "丁市"].iter().map(|r| report(r, r, "city", 2023, CITY)).collect();
        let (_, reuse) = found(reports, &cfg);
        assert!(reuse.matches.is_empty(), "{:?}", reuse.matches);
        assert!(reuse.reports.iter().all(|r| r.boilerplate_chars > 100 && r.reused_chars == 0));
        // with a higher limit the same passages are reuse, shared by four regions
        let reports: Vec<ReportUnits> =
            ["甲市", "乙市", "丙市", "丁市"].iter().map(|r| report(r, r, "city", 2023, CITY)).collect();
        let (_, reuse) = found(reports, &AcrossConfig { boilerplate_min_regions: 4, ..cfg });
        assert_eq!(reuse.matches.len(), 12);
        assert!(reuse.matches.iter().all(|m| m.shared_by == 4 && m.similarity == 1.0));
    }

    #[test]
    fn ties_go_to_the_higher_level_then_the_same_year() {
        let (index, reuse) = found(
            vec![
                report("p", "某省", "province", 2023, NATIONAL),
                report("n", "全国", "national", 2022, NATIONAL),
                report("c", "某市", "city", 2023, CITY),
            ],
            &cfg(),
        );
        let from_c: Vec<&str> = reuse
            .matches
            .iter()
            .filter(|m| m.report == 2)
            .map(|m| index.reports()[m.source_report as usize].report_id.as_str())
            .collect();
        assert_eq!(from_c, ["n", "n"]);
    }

    #[test]
    fn the_radix_sort_orders_by_key_then_id() {
        let v: Vec<(u32, u32)> = (0..5000u32).map(|i| (i.wrapping_mul(2_654_435_761) % 977 * 4_398_047, i)).collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        assert_eq!(by_key(v), expected);
    }

    #[test]
    fn own_figures_in_a_common_formula_are_not_reuse() {
        let a =
            "2023年政府工作报告\n各位代表：\n城镇新增就业4.4万人，城镇调查失业率控制在5.5%以内，居民收入稳步增长。\n";
        let b =
            "2023年政府工作报告\n各位代表：\n城镇新增就业4.2万人，城镇调查失业率控制在5.5%以内，居民收入稳步增长。\n";
        let (_, reuse) =
            found(vec![report("a", "甲市", "city", 2023, a), report("b", "乙市", "city", 2023, b)], &cfg());
        assert!(reuse.matches.is_empty(), "{:?}", reuse.matches);
        let (_, reuse) =
            found(vec![report("a", "甲市", "city", 2023, a), report("c", "丙市", "city", 2023, a)], &cfg());
        assert_eq!(reuse.matches.len(), 2);
    }

    #[test]
    fn sentences_with_a_cue_word_are_boilerplate_or_left_out() {
        let cfg =
            AcrossConfig { boilerplate_cues: vec!["两个确立".into()], own_cues: vec!["获评".into()], ..cfg() };
        let text = "2023年政府工作报告\n各位代表：\n深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”。\n\
            滨江区获评国家“绿水青山就是金山银山”实践创新基地。\n";
        let mut r = crate::pipeline::prepare(crate::model::Document::txt(text), test_settings()).expect("a report");
        r.meta.region = "甲市".into();
        let u = units(&r, &crate::compare::report_keys(&r), &Signer::new(&cfg));
        assert!(u.is_empty(), "{u:?}");
        assert!(u.cue_boilerplate > 20 && u.cue_boilerplate < 40, "{u:?}");
    }

    #[test]
    fn short_sentences_and_headings_are_not_units() {
        let r = report("n", "全国", "national", 2023, "2023年政府工作报告\n一、过去一年工作回顾\n各位代表：\n请予审议。\n今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r.text(0).starts_with("今年要"));
    }

    #[test]
    fn the_outcome_is_the_same_on_one_thread_and_many() {
        let reports = || vec![report("n", "全国", "national", 2023, NATIONAL), report("c", "某市", "city", 2023, CITY)];
        let one =
            rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap().install(|| found(reports(), &cfg()).1);
        let many =
            rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap().install(|| found(reports(), &cfg()).1);
        assert_eq!((one.matches, one.reports), (many.matches, many.reports));
    }
}
