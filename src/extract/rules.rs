//! The extract stage's rules, compiled once from `[extract]`, `[[indicators]]` and
//! `[units]` of the config: the number grammar's lexicon, the subject's cue words
//! sorted longest first, the cue sets searched per paragraph and the alias table.
//!
//! Input: [`Settings`]. Output: an [`Extractor`].

use super::context::LastOf;
use super::number::{Lexicon, UnitInfo};
use super::subject::Verb;
use super::Extractor;
use crate::config::{ExtractConfig, Settings};
use crate::model::UnitFamily;

/// Words that make a five-year cue said before them in its clause one year of the five
/// (实现了本届政府良好开局, 本届政府的收官之年, 本届政府履职第一年; not 一年 alone: 本届政府任期内
/// 一年一个新台阶 is the five years): fixed, as the grammar of a year framed by its place in
/// a term or a plan is, not a list a user tunes.
const ONE_YEAR_OF_FIVE: [&str; 7] = ["开局", "起步", "收官", "之年", "首年", "第一年", "最后一年"];

#[derive(Debug, Clone)]
pub(super) struct Alias {
    pub(super) text: String,
    pub(super) indicator: usize,
    /// Its place in the indicator's list in the config: the first is the indicator's own
    /// name, later ones wider or looser names (财政收入 after 一般预算收入).
    pub(super) rank: usize,
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn by_len_desc<T>(mut v: Vec<(Vec<char>, T)>) -> Vec<(Vec<char>, T)> {
    v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    v
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
    v.dedup();
    v
}
impl Extractor {
    pub fn new(settings: &Settings) -> Extractor {
        let x = &settings.file.extract;
        let mut units: Vec<(Vec<char>, UnitInfo)> = settings
            .file
            .units
            .iter()
            .map(|(k, u)| (chars(k), UnitInfo { base: u.base.clone(), factor: u.factor, family: u.family }))
            .collect();
        for u in &x.count_units {
            if !settings.file.units.contains_key(u) {
                units.push((chars(u), UnitInfo { base: u.clone(), factor: 1.0, family: UnitFamily::Count }));
            }
        }
        let lex = Lexicon {
            scales: by_len_desc(x.scales.iter().map(|(k, &v)| (chars(k), v)).collect()),
            units: by_len_desc(units),
            bound_prefixes: by_len_desc(x.bound_prefixes.iter().map(|(k, &b)| (chars(k), b)).collect()),
            bound_suffixes: by_len_desc(x.bound_suffixes.iter().map(|(k, &b)| (chars(k), b)).collect()),
            not_prefixes: x.not_indicator_prefixes.iter().map(|s| chars(s)).collect(),
            not_units: x.not_indicator_units.iter().map(|s| chars(s)).collect(),
            not_unit_words: x.not_unit_words.iter().map(|s| chars(s)).collect(),
            read_after: x
                .units_read_after
                .iter()
                .map(|(unit, words)| (chars(unit), words.iter().map(|w| chars(w)).collect()))
                .collect(),
            tally_units: x.tally_units.iter().filter_map(|u| u.chars().next()).collect(),
        };
        let trailing = trailing_words(x);
        let mut aliases: Vec<Alias> = Vec::new();
        for (indicator, def) in settings.file.indicators.iter().enumerate() {
            let ranked = def.aliases.iter().enumerate();
            aliases.extend(ranked.map(|(rank, a)| Alias { text: a.clone(), indicator, rank }));
        }
        aliases.sort_by(|a, b| b.text.chars().count().cmp(&a.text.chars().count()).then_with(|| a.text.cmp(&b.text)));
        let mut alias_at = rustc_hash::FxHashMap::default();
        for (at, alias) in aliases.iter().enumerate() {
            alias_at.entry(alias.text.clone()).or_insert(at);
        }
        let noun_after_starts = Extractor::noun_after_starts(&x.subject_after_stops, &trailing);
        Extractor {
            lex,
            trailing_ends: chars_at(trailing.iter().map(|(w, _)| w.as_str()), |w| w.chars().next_back()),
            trailing,
            leading_starts: chars_at(x.subject_leading.iter().map(String::as_str), |w| w.chars().next()),
            leading: sorted(x.subject_leading.clone()),
            share_words: sorted(x.share_words.clone()),
            level_rates: sorted(x.level_rates.clone()),
            count_units: x.count_units.clone(),
            head_nouns: sorted(x.head_nouns.clone()),
            comparison_words: x.comparison_words.clone(),
            scope_modifiers: x.scope_modifiers.clone(),
            after_stops: sorted(x.subject_after_stops.clone()),
            noun_after_starts,
            leading_verbs: sorted(x.subject_leading_verbs.clone()),
            part_qualifiers: WordSet::new(&x.part_qualifiers),
            people_part_qualifiers: WordSet::new(&x.people_part_qualifiers),
            category_nouns: x.category_nouns.clone(),
            capacity_words: x.capacity_words.clone(),
            project_nouns: WordSet::new(&x.project_nouns),
            stock_nouns: WordSet::new(&x.stock_nouns),
            target_cues: WordSet::new(&x.target_cues),
            // 控制在 states results as often as aims
            aim_cues: WordSet::new(x.target_cues.iter().filter(|c| *c != "控制在")),
            last_target_cue: LastOf::new(&x.target_cues),
            actual_cues: x.actual_cues.clone(),
            actual_cue_set: WordSet::new(&x.actual_cues),
            estimate_cues: x.estimate_cues.clone(),
            estimate_finders: x.estimate_cues.iter().map(|c| memchr::memmem::Finder::new(c).into_owned()).collect(),
            last_five_year_cue: LastOf::new(&x.five_year_cues).unless_followed_by(&ONE_YEAR_OF_FIVE).unless_a_record(),
            no_target_cues: cue_automaton(&x.no_target_cues),
            aliases,
            alias_at,
            indicators: settings.file.indicators.iter().map(|d| (d.id.clone(), d.units.clone(), d.headline)).collect(),
            short_names: short_names(settings),
        }
    }
}

/// (short name, indicator id) of every indicator's `short_aliases`.
fn short_names(settings: &Settings) -> Vec<(String, String)> {
    let defs = settings.file.indicators.iter();
    defs.flat_map(|d| d.short_aliases.iter().map(|w| (w.clone(), d.id.clone()))).collect()
}

/// The words stripped from the end of a subject, with the verb each is, longest first.
fn trailing_words(x: &ExtractConfig) -> Vec<(String, Verb)> {
    let mut trailing: Vec<(String, Verb)> = Vec::new();
    for w in &x.subject_trailing {
        let verb = match w.as_str() {
            "分别" => Verb::Respectively,
            "均" | "都" | "同步" | "双双" => Verb::Each,
            // (增幅高达71.8%: as high as, reached)
            "达到" | "高达" => Verb::Reach,
            _ if w.ends_with('到') || w.ends_with('至') => Verb::ToLevel,
            _ => Verb::Other,
        };
        trailing.push((w.clone(), verb));
    }
    trailing.extend(x.growth_words.iter().map(|w| (w.clone(), Verb::Growth)));
    trailing.extend(x.decline_words.iter().map(|w| (w.clone(), Verb::Decline)));
    trailing.extend(x.bound_prefixes.keys().map(|w| (w.clone(), Verb::Other)));
    trailing.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then_with(|| a.0.cmp(&b.0)));
    trailing.dedup_by(|a, b| a.0 == b.0);
    trailing
}

/// An automaton of cue words searched in every sentence: a DFA without a prefilter.
/// The prefilter's "rare" bytes are common ones in Chinese UTF-8, so it stopped at most
/// bytes of a sentence (2.3% of a run's instructions); the matches are the same, it
/// only skipped ahead.
fn cue_automaton<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(words.into_iter().map(|w| w.as_ref().to_string()))
        .expect("cue words build an automaton")
}

/// Words of the config asked about as one: whether any of them occurs in a text, in one
/// pass of an automaton. (A `str::contains` for each word sets up a searcher each time,
/// some 300 instructions, and these lists are asked about for every number.)
#[derive(Debug, Clone)]
pub(super) struct WordSet(aho_corasick::AhoCorasick);

impl WordSet {
    pub(super) fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> WordSet {
        WordSet(cue_automaton(words))
    }

    /// Whether any of the words occurs in `text`.
    pub(super) fn found_in(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// Whether any of the words occurs in `text` where `counts` says it does, given the
    /// text before it, the word and the text after it.
    pub(super) fn found_where(&self, text: &str, counts: impl Fn(&str, &str, &str) -> bool) -> bool {
        self.0.find_iter(text).any(|m| counts(&text[..m.start()], &text[m.start()..m.end()], &text[m.end()..]))
    }
}

/// The chars `at` picks from each word, sorted and each once.
fn chars_at<'a>(words: impl Iterator<Item = &'a str>, at: impl Fn(&str) -> Option<char>) -> Vec<char> {
    let mut out: Vec<char> = words.filter_map(at).collect();
    out.sort_unstable();
    out.dedup();
    out
}
