//! Sentences -> indicator records: numbers with unit, scale, bound, measure, subject,
//! kind (target or actual), period and canonical indicator id.
//!
//! One file per concept: [`number`] finds the number phrases (the grammar);
//! [`subject`] reads the words before a number; [`measure`] says what it measures and
//! which indicator; [`dating`] says whether it is a target or an actual and the years
//! it covers; [`context`] holds the text windows cues are read from; [`rules`]
//! compiles all of it from the config; [`rows`] says which numbers are rows at all. This file walks a sentence's numbers and
//! assembles the records.

mod context;
mod dating;
mod measure;
pub(crate) use measure::without_inner_verb;
pub(crate) use subject::OWN_REGION_WORDS;
pub mod number;
mod rows;
mod rules;
mod subject;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_modern;
#[cfg(test)]
mod tests_subject;
mod words;
mod zone;

use crate::model::{Bound, Indicator, Kind, Measure, Part, Report, Sentence, UnitFamily};
use context::{Context, LastOf, Text};
use dating::Dating;
use measure::{family_of, flip, round9};
use number::{Hit, Lexicon};
use rules::{Alias, WordSet};
use subject::{clause_start, Phrase, Verb};
use words::has_suffix;

/// Builds the patterns of extraction now: `run` does it on a thread of its own at the
/// start (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    dating::warm_up();
    subject::warm_up();
    measure::warm_up();
    number::warm_up();
    zone::warm_up();
}

/// Indicators whose growth is published at comparable prices (real): a growth said 名义 or at
/// current prices (现价) is not theirs. Fixed by the statistics, not a reading choice.
const AT_COMPARABLE_PRICES: [&str; 4] = ["gdp", "gnp", "gdp_per_capita", "industrial_value_added"];

/// 物价 alone (物价涨幅, 物价总水平, 物价上涨) names the price index its time took as the
/// headline: the retail price index in reports to [`RETAIL_PRICES_UNTIL`] (the State
/// Council's 1995 aim 物价上涨幅度…控制在百分之十五左右 and its 1996 result 物价涨幅6.1% are the
/// retail price index's), consumer prices since. Fixed by the statistics of the time.
const PRICES_ALONE: &str = "物价";
const RETAIL_PRICES_UNTIL: i32 = 2000;
const PRICES_BY_ERA: (&str, &str) = ("cpi", "retail_price_index");
/// Aliases that name the whole only when nothing but [`OF_THE_WHOLE`] stands before them:
/// other words name a part's figure (农资物价, 药品物价, 食品类物价; 金融业实现地区增加值), no
/// indicator's. (居民消费物价 names consumer prices whatever the year: [`CONSUMER`].)
const WHOLE_ONLY: [&str; 2] = [PRICES_ALONE, "地区增加值"];
const OF_THE_WHOLE: [&str; 11] =
    ["全市", "全区", "全县", "全州", "全盟", "全旗", "全省", "全国", "本市", "市场", "社会"];
const CONSUMER: &str = "消费";

/// The extract stage, compiled once from the settings ([`rules`]).
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicon,
    /// Words stripped from the end of a subject, longest first.
    trailing: Vec<(String, Verb)>,
    /// The last chars of the trailing words, sorted: a subject that ends in none is not
    /// tried against each.
    trailing_ends: Vec<char>,
    leading: Vec<String>,
    /// The first chars of the leading words, sorted.
    leading_starts: Vec<char>,
    share_words: Vec<String>,
    level_rates: Vec<String>,
    count_units: Vec<String>,
    head_nouns: Vec<String>,
    comparison_words: Vec<String>,
    scope_modifiers: Vec<String>,
    after_stops: Vec<String>,
    /// [`Extractor::noun_after_starts`]
    noun_after_starts: Option<Vec<char>>,
    /// Verbs of doing trimmed from the start of a subject, longest first.
    leading_verbs: Vec<String>,
    /// Words before an alias that make the subject a part of what it names.
    part_qualifiers: WordSet,
    /// The same, for an indicator counted in people only (带动新增就业).
    people_part_qualifiers: WordSet,
    /// Category nouns whose threshold is no figure (超50亿元企业).
    category_nouns: Vec<String>,
    /// Words before an amount that make it a production capacity (年产36万吨).
    capacity_words: Vec<String>,
    /// Nouns of a project a capacity may size (机组, 生产线, 项目).
    project_nouns: WordSet,
    /// Nouns of a level held (人均, 余额): the end of a review of several years.
    stock_nouns: WordSet,
    target_cues: WordSet,
    /// The target cues but 控制在, which states results as often as aims.
    aim_cues: WordSet,
    /// the same, searched from the end of a paragraph
    last_target_cue: LastOf,
    actual_cues: Vec<String>,
    /// the same, asked about as one before each is read where it stands
    actual_cue_set: WordSet,
    estimate_cues: Vec<String>,
    /// the same, as searchers built once (`is_estimate` asks for every number)
    estimate_finders: Vec<memchr::memmem::Finder<'static>>,
    last_five_year_cue: LastOf,
    /// “没有提出…具体目标” and the like, all at once
    no_target_cues: aho_corasick::AhoCorasick,
    /// Aliases, longest first.
    aliases: Vec<Alias>,
    /// Where each alias's text first stands in `aliases` (an alias asked for as a whole).
    alias_at: rustc_hash::FxHashMap<String, usize>,
    /// (id, unit families, headline measure) per indicator.
    indicators: Vec<(String, Vec<UnitFamily>, Measure)>,
    /// (short name, indicator id): [`crate::config::IndicatorDef::short_aliases`].
    short_names: Vec<(String, String)>,
}

/// The words before one number of a sentence, read.
struct Before {
    /// the clause text from the previous number (or the clause start) to this one
    text: String,
    /// where the previous number ends (0 for the first)
    prev_end: usize,
    phrase: Phrase,
    /// 8%和8.5%, 35512元、25689元: only a connector stands between this number and the
    /// previous one, so it is the next item of a run
    connector_only: bool,
}

/// The frame of time that opens a sentence (过去两年，全县累计新增…), or, where it opens with
/// none, its paragraph's (五年来，…提升。 before it: [`dating::paragraph_frame`]), and whether it
/// is the paragraph's. `first`: where the sentence's first number starts.
fn frame_of(report: &Report, sentence: &Sentence, chars: &[char], first: usize) -> Option<(String, bool)> {
    match dating::opening_frame(chars, first) {
        Some(frame) => Some((frame, false)),
        None => dating::paragraph_frame(report, sentence, &chars[..first]).map(|frame| (frame, true)),
    }
}

/// Whether `rate` is a bare rate noun (增速, 增幅) said within a few chars of the number
/// before, an amount, not a rate.
fn rate_right_after_an_amount(rate: &str, number: &Number, before: &Before, walk: &Walk) -> bool {
    // (not 增速分别为12%、15% or 增速均为12% after a list of amounts: the rates of each; nor
    // 增速8.2%、9.3% right after amounts distributed over a list, 城镇、农村居民人均可支配收入分别
    // 达到38000元、18000元: their rates, distributed as the amounts were)
    let each = before.phrase.verbs.iter().any(|v| matches!(v, Verb::Respectively | Verb::Each));
    let after_a_list = walk.after_a_list();
    subject::BARE_RATES.contains(&rate)
        && walk.prev.is_some()
        && !walk.prev_rate
        && !each
        && !after_a_list
        && number.hit.start.saturating_sub(before.prev_end) <= 8
}

/// 城镇、农村居民人均可支配收入分别达到38000元、18000元，增速8.2%、9.3%: a bare rate noun before as
/// many numbers as the amounts just distributed over a list, the rates of each item.
/// The subject of the first number of a run spread over `list`, the subjects left for the
/// run's later numbers kept in `walk`; one number for each of the list goes to `each`.
fn spread_over(list: Vec<String>, topic: String, run: usize, walk: &mut Walk, each: &mut Vec<String>) -> String {
    if run == 1 {
        walk.spread.clear();
        let first = list[0].clone();
        *each = list;
        first
    } else if list.len() != run {
        // which number is whose is not known: each is of the list as a whole
        walk.unpaired = run;
        walk.spread = vec![topic.clone(); run - 1];
        topic
    } else {
        walk.spread = list[1..].to_vec();
        list.into_iter().next().unwrap_or_default()
    }
}

/// 居民人均可支配收入增长7.5%左右，其中城镇和农村分别增长7%左右和7%以上: a list of the
/// places people live alone, after a noun named before, is of that noun in each place.
fn of_the_noun_before(list: Vec<String>, before: Option<&String>) -> Vec<String> {
    const LIVING: [&str; 3] = ["城镇", "农村", "城市"];
    let Some(noun) = before.filter(|_| list.iter().all(|item| LIVING.contains(&item.as_str()))) else { return list };
    // (全市居民人均可支配收入, 城乡居民人均可支配收入: the residents' income of the whole)
    let noun = OF_THE_WHOLE.iter().find_map(|w| noun.strip_prefix(w)).unwrap_or(noun);
    let noun = ["全体", "城乡"].iter().find_map(|w| noun.strip_prefix(w)).unwrap_or(noun);
    // only residents' incomes are said of where people live (not 一般公共预算收入)
    if !(noun.starts_with("居民") || noun.starts_with("人均")) || !noun.contains("收入") {
        return list;
    }
    list.iter().map(|item| format!("{item}{noun}")).collect()
}

fn rates_of_the_list_before(rate: &str, run: usize, walk: &Walk) -> Option<Vec<String>> {
    (subject::BARE_RATES.contains(&rate) && walk.after_a_list() && run == walk.group.len())
        .then(|| walk.group.iter().map(|item| format!("{item}{rate}")).collect())
}

/// The rate of what the amount before was of (全市生产总值增速), or the rate alone when that
/// names no thing or is a rate itself.
fn rate_of_the_amount_before(rate: &str, walk: &Walk) -> String {
    match measure::carried_subject(&walk.subjects, false) {
        Some(owner) if !subject::BARE_RATES.iter().any(|r| owner.ends_with(r)) => format!("{owner}{rate}"),
        _ => rate.to_string(),
    }
}

/// Words that open a list of a year's aims (主要预期目标是：…).
const AIM_LISTS: [&str; 4] = ["预期目标", "主要目标", "目标是", "目标为"];
/// The most sentences of one aim each a list of aims is read through ([`Extractor::list_of_aims_before`]).
const MAX_AIMS_IN_SENTENCES: usize = 12;

/// What a sentence's earlier numbers leave for the next one.
#[derive(Default)]
struct Walk {
    /// the subject of every number so far (each subject of a distributed number)
    subjects: Vec<String>,
    /// subjects left to distribute (分别) over the next numbers of a run
    spread: Vec<String>,
    /// numbers of the run left whose subjects are not known: a list of two read against
    /// a run of three (城镇、农村居民收入分别增长6.3%、9.2%和7%) pairs none of them
    unpaired: usize,
    /// the last list numbers were distributed over
    group: Vec<String>,
    /// whether that list is of places named before one noun (洛阳、南阳经济总量)
    group_places: bool,
    /// verbs and indicator of the previous number
    prev: Option<(Vec<Verb>, Option<String>)>,
    /// whether the previous number is written with a minus sign
    prev_signed: bool,
    /// whether the previous number is a rate (percent, points, multiple)
    prev_rate: bool,
    /// whether the previous number is in percent
    prev_percent: bool,
    prev_dating: Dating,
    /// the count of years that opens the sentence (五年新增城镇就业39万人，…), for the
    /// flows of its later clauses
    opening_years: Option<(i32, bool)>,
    /// the opening years are the paragraph's ([`dating::paragraph_frame`]), not the sentence's
    framed_by_paragraph: bool,
    /// whether the previous number counts the noun after it (制定了218项工作措施、97项改革措施)
    prev_object: bool,
    /// the report's region, whose own whole (全市 of a 市) a subject may name
    region: String,
    /// the region as the report writes it (宁乡县 of a county now 宁乡市), whose whole
    /// (全县) is its own too
    written: String,
    /// the sentence's figures are another place's: a list opened by its name (卫辉市提出的
    /// 目标是：…)
    of_others: bool,
    /// the subject of the last figure that was another whole's or place's
    others_subject: Option<String>,
}

impl Walk {
    /// Whether the number now read is one of a run whose subjects are not known; one fewer
    /// of them left.
    fn take_unpaired(&mut self) -> bool {
        let unpaired = self.unpaired > 0;
        self.unpaired = self.unpaired.saturating_sub(1);
        unpaired
    }

    /// Whether the number before was one of amounts distributed over a list (城镇、农村居民
    /// 人均可支配收入分别达到38000元、18000元).
    fn after_a_list(&self) -> bool {
        self.group.len() > 1 && self.subjects.last().is_some_and(|s| self.group.contains(s))
    }

    /// The walk of a sentence of `report` whose words before its first number are `opening`.
    fn of(report: &Report, opening: &str) -> Walk {
        let (region, written) = (report.meta.region.clone(), report.meta.region_raw.clone());
        let of_others = subject::opened_by_another(opening, &region);
        Walk { region, written, of_others, ..Walk::default() }
    }

    /// The subjects the numbers after one are carried from: its list's, or its own (the
    /// alias it was read as a whole with, `said_whole`).
    fn said_of(&mut self, number: &Number, subject: String, each: Vec<String>, said_whole: Option<String>) {
        if each.len() > 1 {
            self.subjects.extend(each);
        } else if number.verbs.contains(&Verb::ShareOf) {
            // 经济建设费…，占…的35.84%，比上年增长57.27%: the numbers after a share are of
            // the part named before it, not of the share
            self.subjects.push(subject::share_part(&subject).to_string());
        } else if let Some(before) = self.subjects.last().filter(|_| subject::measured_against_a_plan(&subject)) {
            // 固定资产投资完成17亿元，超额完成年度任务2.1亿元，增长20.6%: the numbers after a
            // plan's excess are still of what exceeded it
            self.subjects.push(before.clone());
        } else {
            self.subjects.push(said_whole.unwrap_or(subject));
        }
    }

    /// The walk past a number whose record (or the last of its records) has `indicator`.
    fn passed(&mut self, number: &Number, indicator: Option<String>) {
        self.prev = Some((number.verbs.clone(), indicator));
        self.prev_signed = number.before.phrase.signed;
        self.prev_rate = is_rate(number.hit.info.family);
        self.prev_percent = number.hit.info.family == UnitFamily::Percent;
    }
}

/// Whether `text` is `noun` and then only a connector (19家龙头企业、67个…: the text before
/// 67 is 龙头企业、), the noun's note in brackets allowed (45个国家（地区）11830名运动员).
fn only_a_connector_after(text: &str, noun: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix(noun) else { return false };
    let rest = match rest.strip_prefix('（').and_then(|r| r.split_once('）')) {
        Some((_, after)) => after,
        None => rest,
    };
    only_connectors(rest)
}

/// Whether the words before a multiple end with 多 (了) of “more by” (比…还多两倍, 多了一倍):
/// a growth of that many times. Not 差不多, 不多, 很多, 许多 (about, few, many).
fn more_by(before: &str) -> bool {
    let b = before.trim_end();
    let b = b.strip_suffix('了').unwrap_or(b);
    b.ends_with('多') && !["差不多", "不多", "很多", "许多", "较多", "更多"].iter().any(|w| b.ends_with(w))
}

/// A list of years before a run of numbers, one for each (2019年、2020年固定资产投资分别增长
/// 8.5%和6.2%): the year of each of the `total` numbers from `first`. None unless the
/// clause before the run's first number, or else the sentence's opening clause of time
/// (2016—2018年，…分别增长9%、8.5%和8%; 2017年和2018年，…; after who said it), or for a run
/// said 分别 the opening of the full sentence before its ； (`earlier`), names as many years
/// as the run has numbers.
fn years_listed_for(chars: &[char], earlier: &[char], hits: &[Hit], first: usize, total: usize) -> Option<Vec<i32>> {
    if total < 2 {
        return None;
    }
    let clause: String = chars[subject::clause_start(chars, hits[first].start)..hits[first].start].iter().collect();
    let mut years = dating::years_named(&clause);
    // an opening clause with no number of its own frames the sentence
    let opening = chars.iter().position(|&c| c == '，').filter(|&comma| hits.first().is_some_and(|h| h.start > comma));
    if opening.is_some() && years.is_empty() {
        years = opening_years(&chars[..hits[first].start]);
    }
    // (2011年、2012年，城镇…分别增长10.8%、10.4%；农民人均纯收入分别增长14%、11.5%: the list that
    // opens the full sentence dates a run said 分别 after its ； too)
    if years.is_empty() && !earlier.is_empty() && clause.contains("分别") {
        years = opening_years(earlier);
    }
    (years.len() == total).then_some(years)
}

/// The years named by the opening clause of `text` (up to its first comma), or by the
/// clause after who said it (报告显示，2011年、2012年，…).
fn opening_years(text: &[char]) -> Vec<i32> {
    let Some(comma) = text.iter().position(|&c| c == '，') else { return Vec::new() };
    let years = dating::years_named(&text[..comma].iter().collect::<String>());
    if !years.is_empty() {
        return years;
    }
    let sentence: String = text.iter().collect();
    let said = dating::without_attribution(&sentence);
    match said.find('，').filter(|_| said.len() < sentence.len()) {
        Some(comma) => dating::years_named(&said[..comma]),
        None => Vec::new(),
    }
}

/// The years of a sentence's opening frame of time (过去两年，全县生产总值分别增长7.8%和8.4%),
/// one for each of the `total` numbers of a run: the records were dated over the frame's
/// span, and a span of as many years as the run has numbers gives one a year.
fn years_framed(chars: &[char], hits: &[Hit], total: usize, records: &[Indicator]) -> Option<Vec<i32>> {
    dating::opening_frame(chars, hits.first()?.start)?;
    let (start, end) = records.first().map(|r| (r.period_start, r.period_end))?;
    let spanned = records.iter().all(|r| (r.period_start, r.period_end) == (start, end));
    (spanned && total >= 2 && usize::try_from(end - start + 1).ok() == Some(total)).then(|| (start..=end).collect())
}

/// Date each record of a run of numbers that ends at number `last` by the years listed
/// for it ([`years_listed_for`]), when the run's records are of one subject (not
/// 城镇和农村居民收入分别增长…: one value for each thing named, not each year).
/// (`base` is the sentence's start in the text: records hold offsets in the text.)
fn date_listed_run(
    (chars, earlier): (&[char], &[char]),
    base: usize,
    befores: &[Before],
    hits: &[Hit],
    last: usize,
    records: &mut [Indicator],
) {
    let first = last - befores[..=last].iter().rev().take_while(|b| b.connector_only).count();
    let total = last - first + 1;
    let Some(years) =
        years_listed_for(chars, earlier, hits, first, total).or_else(|| years_framed(chars, hits, total, records))
    else {
        return;
    };
    let subjects = || records.iter().map(|r| dating::without_listed_years(&r.subject));
    if subjects().any(|s| subjects().next() != Some(s)) {
        return;
    }
    for record in records {
        let Some(j) = hits[first..=last].iter().position(|h| base + h.start == record.start) else { continue };
        (record.period_start, record.period_end) = (years[j], years[j]);
        record.subject = dating::without_listed_years(&record.subject).to_string();
    }
}

/// A report's chars and the byte offset of each (one more for the end), sized at once.
fn char_tables(text: &str) -> (Vec<char>, Vec<u32>) {
    // (u32: files are at most 1 GiB, `ingest.max_file_bytes`)
    assert!(u32::try_from(text.len()).is_ok(), "a report's text is under 4 GiB");
    let n = text.chars().count();
    let (mut chars, mut bytes) = (Vec::with_capacity(n), Vec::with_capacity(n + 1));
    for (b, c) in text.char_indices() {
        chars.push(c);
        bytes.push(b as u32);
    }
    bytes.push(text.len() as u32);
    (chars, bytes)
}

/// The signs a minus is written with before a number (增长-2.6%).
const MINUS_SIGNS: [char; 3] = ['-', '－', '−'];

/// Whether `text` holds only list connectors (和、与及; true when empty).
fn only_connectors(text: &str) -> bool {
    text.chars().all(number::is_list_connector)
}

/// Verbs of change that take the changed thing as their object (增产粮食, 减产棉花): before an
/// amount, the amount is the change of the object. Fixed grammar: 增加 and 提高 also take
/// objects but name other things inside words (增加值, 提高率).
const CHANGES_WITH_AN_OBJECT: [(&str, Verb); 2] = [("增产", Verb::Growth), ("减产", Verb::Decline)];

/// Words after a percent that name it a growth (7%左右的增长, 13.5%的速度增长, 12%的速度持续增长).
const GROWTH_NAMED_AFTER: [&str; 4] = ["的增长", "的增速", "的速度增长", "的速度持续增长"];

/// Nouns of a rate or an aim after 有N%的 (有6.5%-7%的增速): the percent is their value,
/// not the share of some things.
const RATE_NOUNS: [&str; 6] = ["增速", "增长", "增幅", "速度", "目标", "水平"];

/// Words that aim a figure higher than the one just said, alone or before 达到 (增长9%以上，
/// 力争达到10%; 确保增长6%、力争8%).
const AIMS: [&str; 3] = ["力争", "争取", "确保"];

/// An unnamed number after a rate reads as the rate before: 增长11.3%，低于13%左右的预期目标
/// (the same subject, read the same way; not 增长7.5%，突破500亿元大关, an amount after a rate
/// is a level), and 增长9%以上，力争达到10% (the percent aimed at next is of the same growth;
/// not 提高2.7个百分点、达63%, a level after points).
fn inherit_verbs(number: &mut Number, walk: &Walk) {
    let before = number.before;
    let prev_verbs = || walk.prev.as_ref().map(|p| p.0.clone()).unwrap_or_default();
    let same_kind = walk.prev_rate == is_rate(number.hit.info.family);
    // （预期目标6%）, ，目标为7%: the aim of the rate just said, read as it was
    let words = before.text.trim_matches(|c: char| "（(，, ".contains(c));
    let only_an_aim = AIM_WORDS.contains(&words.strip_suffix(['为', '是']).unwrap_or(words));
    // 增长8.5%，与市委经济工作会议确定的9%下调0.5个百分点: the set figure is a growth too
    let set_figure = subject::names_a_set_figure(&before.text);
    let bare = before.text.trim().is_empty() || ((only_an_aim || set_figure) && walk.prev_rate);
    let no_verb = number.verbs.iter().all(|v| *v == Verb::Other);
    if number.k > 0 && bare && no_verb && same_kind {
        number.verbs = prev_verbs();
    }
    let grew = walk.prev.as_ref().is_some_and(|p| p.0.contains(&Verb::Growth));
    let aimed_or_done = aims_higher(&before.text) || done_after_the_aim(&before.text);
    if grew && walk.prev_percent && number.hit.info.family == UnitFamily::Percent && aimed_or_done {
        number.verbs = prev_verbs();
    }
}

/// Whether the words before a number only say it is what came of the aim just said:
/// …增长12%，实际完成14.9% (实际, 实际为, 实际达到): the same measure, the result.
fn done_after_the_aim(before: &str) -> bool {
    let words = before.trim_start_matches(['，', '、', ',', ' ', '而', '但']);
    words
        .strip_prefix("实际")
        .is_some_and(|rest| ["", "完成", "为", "是", "达到", "达", "实现", "只有", "仅为"].contains(&rest))
}

/// Words that name the aim of the figure just said, alone before a number (预期目标6%).
const AIM_WORDS: [&str; 5] = ["预期目标", "目标", "年度目标", "计划目标", "预期"];

/// Whether the words before a number only aim it higher: 力争, 争取达到, 、力争.
fn aims_higher(before: &str) -> bool {
    let words = before.trim_start_matches(['，', '、', ',', ' ']);
    // 在实际工作中力争7%: the frame of the aim says no more than the aim
    let words = AIM_FRAMES.iter().find_map(|f| words.strip_prefix(f)).unwrap_or(words);
    AIMS.iter().any(|a| words.strip_prefix(a).is_some_and(|rest| ["", "达到", "达", "实现"].contains(&rest)))
}

/// 进出口总额降幅为3.1%: a rate of decline is a growth below zero.
fn rate_of_decline(subject: &str, hit: &Hit, verbs: &[Verb]) -> bool {
    subject.ends_with("降幅") && hit.info.family == UnitFamily::Percent && !verbs.contains(&Verb::Growth)
}

/// Words that frame an aim higher than the figure just said (在实际工作中力争7%; 在执行中争取达到
/// 百分之五, as the plans of the 1980s say it).
const AIM_FRAMES: [&str; 5] = ["在实际工作中", "实际工作中", "在执行中", "执行中", "努力"];

/// A rate (percent, percentage points, multiple) rather than an amount.
fn is_rate(f: UnitFamily) -> bool {
    matches!(f, UnitFamily::Percent | UnitFamily::Pp | UnitFamily::Multiple)
}

/// One number of a sentence as the walk reads it.
struct Number<'a> {
    k: usize,
    /// the hit, with the bound shared across its run (分别增长7%和8%左右)
    hit: Hit,
    before: &'a Before,
    verbs: Vec<Verb>,
    dating: Dating,
    /// how many numbers, this one included, are joined by connectors only
    run: usize,
    /// whether it is a row of the output ([`rows`]), not part of a name
    row: bool,
}

/// The longest noun read after a count with words before it ([`Extractor::done_to_counted`]).
const COUNTED_NOUN_CHARS: usize = 10;

/// Marks that close a clause or a list item.
const CLAUSE_ENDS: [char; 8] = ['，', '。', '；', '、', '！', '？', ',', ';'];

/// Bound words that may stand between a noun and its number (港口吞吐能力近2600万吨).
const BOUND_BEFORE: [char; 3] = ['近', '约', '逾'];

/// The subject of a number whose clause names one: the subject, or the item of a list or
/// pair it continues (支出 after 一般公共预算收入; 超10亿元企业 after 年主营业务收入超50亿元企业;
/// 公路通车里程 after 全市新增有效灌溉面积).
fn paired_subject(number: &Number, walk: &Walk, scopes: &[String]) -> String {
    let (before, phrase) = (number.before, &number.before.phrase);
    let paired = walk.subjects.last().and_then(|prev| {
        let listed = before.text.starts_with('、');
        // ，港口吞吐能力近2600万吨: a clause that is only the item's noun and its number
        let bare = before.text.trim_start_matches(['，', '、', '和', '及']).trim_end_matches(BOUND_BEFORE);
        // (not 改造提升农村敬老院87所、建成社区养老服务综合体24个: the item's own verb)
        let verb_shared = listed
            && number.verbs.is_empty()
            && !walk.prev_rate
            && !is_rate(number.hit.info.family)
            && !subject::opens_with_work_verb(bare);
        let bare_item = number.verbs.is_empty() && !is_rate(number.hit.info.family) && bare == phrase.subject;
        subject::with_counterpart(prev, &phrase.subject)
            .or_else(|| subject::with_other_scope(scopes, prev, &phrase.subject))
            .or_else(|| subject::with_own_whole(prev, &phrase.subject, &walk.region))
            .or_else(|| subject::with_owner(prev, &phrase.subject))
            .or_else(|| listed.then(|| subject::with_threshold_modifier(prev, &phrase.subject)).flatten())
            .or_else(|| verb_shared.then(|| subject::with_list_verb(prev, &phrase.subject)).flatten())
            .or_else(|| bare_item.then(|| subject::with_capacity_verb(prev, &phrase.subject)).flatten())
    });
    paired.unwrap_or_else(|| subject::without_done(&phrase.subject))
}

impl Extractor {
    /// The number phrases of one sentence of normalised text (for tests and tools).
    pub fn numbers(&self, sentence: &str) -> Vec<Hit> {
        self.lex.scan(&sentence.chars().collect::<Vec<char>>())
    }

    /// Every quantified statement of a report, in text order.
    pub fn extract(&self, report: &Report) -> Vec<Indicator> {
        // the chars, and the byte offset of every char offset so that cue windows borrow
        // from the report's text; both sized at once
        let (text, bytes) = char_tables(&report.text);
        let text = Text {
            chars: &text,
            str: &report.text,
            bytes: &bytes,
            cues: Default::default(),
            plan_year: LastOf::new([format!("{}年", report.meta.target_year())]),
            review_year: LastOf::new([format!("{}年", report.meta.review_year)]),
            review_year_framing: LastOf::new([format!("{}年", report.meta.review_year)]).unless_an_end_point(),
            review: report.meta.review_year,
            late: report.meta.reviews_year_of_delivery(),
            same_below: memchr::memmem::find(report.text.as_bytes(), "下同".as_bytes()).is_some(),
            corps: memchr::memmem::find(report.text.as_bytes(), "兵团".as_bytes()).is_some(),
            story: report.sections.iter().all(|s| s.part == Part::Preamble)
                && memchr::memmem::find(report.text.as_bytes(), "明年".as_bytes()).is_none(),
            plans: Default::default(),
            five_years_of: Default::default(),
        };
        let mut out = Vec::new();
        for sentence in &report.sentences {
            self.sentence(report, &text, sentence, &mut out);
        }
        self.names_of_the_whole(report.meta.year, &mut out);
        revenue_said_as_the_total(report, &mut out);
        self.short_names_in_lists(report, &mut out);
        out
    }

    /// Figures named by a short name ([`crate::config::IndicatorDef::short_aliases`]) only in
    /// a list of headline figures (投资、消费、进出口额分别增长…; 投资增长8%，消费增长14.4%，进出口
    /// 增长22.6%: a sentence with another indicator's figure) or said of the whole year (全年投资
    /// 增长5%左右): 完成投资150亿元、增长20% after 制造业建设 is a sector's.
    fn short_names_in_lists(&self, report: &Report, records: &mut [Indicator]) {
        let short =
            |r: &Indicator| self.short_names.iter().find(|(w, id)| *w == r.subject && r.indicator.as_ref() == Some(id));
        for k in 0..records.len() {
            let Some((word, _)) = short(&records[k]) else { continue };
            let id = records[k].sentence_id;
            let listed = records.iter().any(|o| o.sentence_id == id && o.indicator.is_some() && short(o).is_none());
            let whole_year = report.sentences.get(id).is_some_and(|s| s.text.contains(&format!("全年{word}")));
            if !(listed || whole_year) {
                records[k].indicator = None;
            }
        }
    }

    /// Figures named by a [`WHOLE_ONLY`] alias: none after a part's name; [`PRICES_ALONE`] the
    /// headline price index of the report's time.
    fn names_of_the_whole(&self, year: i32, records: &mut [Indicator]) {
        let (consumer, retail) = PRICES_BY_ERA;
        let retail = self.indicators.iter().any(|(id, ..)| id == retail).then_some(retail);
        for r in records.iter_mut().filter(|r| r.indicator.is_some()) {
            let Some(alias) = self.alias_ending(&r.subject) else { continue };
            let Some(name) = WHOLE_ONLY.iter().find(|w| alias.text.starts_with(**w)) else { continue };
            let before = &r.subject[..r.subject.len() - alias.text.len()];
            let prices = *name == PRICES_ALONE;
            if prices && before.contains(CONSUMER) {
                continue;
            }
            if !before.is_empty() && !OF_THE_WHOLE.contains(&before) {
                r.indicator = None;
            } else if prices && year <= RETAIL_PRICES_UNTIL && r.indicator.as_deref() == Some(consumer) {
                r.indicator = retail.map(str::to_string).or(r.indicator.take());
            }
        }
    }

    fn sentence(&self, report: &Report, text: &Text, sentence: &Sentence, out: &mut Vec<Indicator>) {
        let chars: &[char] = &text.chars[sentence.start..sentence.end];
        let ctx = Context::new(text, sentence);
        let mut hits = self.lex.scan(chars);
        self.drop_category_thresholds(chars, &mut hits);
        // 年产36万吨醋酸技改, 宿鸭湖、薄山、铜山湖3座: no row ([`rows`]), but read as the
        // walk reads every number, so that the numbers after it are read as before
        let rows = self.rows(chars, &hits);
        if hits.is_empty() || self.no_target_cues.is_match(&sentence.text) {
            self.absent_targets(report, &ctx, sentence, !hits.is_empty(), out);
        }
        if hits.is_empty() {
            return;
        }
        let befores = self.befores(chars, &hits);
        let mut walk = Walk::of(report, ctx.slice(sentence.start, sentence.start + hits[0].start));
        // the sentence's first record, and the first of the current run of numbers (分别增长8%和8.5%)
        let (first, mut run_start) = (out.len(), out.len());
        for k in 0..hits.len() {
            let before = &befores[k];
            let mut verbs = before.phrase.verbs.clone();
            let same_kind = k > 0 && is_rate(hits[k - 1].info.family) == is_rate(hits[k].info.family);
            if before.connector_only && same_kind {
                // 分别增长8%和8.5%: the second number shares the first one's verb (not
                // 增长5.2%、约4.4万亿元, where the amount is the level)
                verbs = walk.prev.as_ref().map(|p| p.0.clone()).unwrap_or_default();
                subject::with_own_sign(&mut verbs, walk.prev_signed, before.phrase.signed);
            }
            let dating = self.dating_of(report, sentence, (chars, &hits, &befores), k, &verbs, &mut walk);
            walk.prev_dating = dating;
            let run = 1 + befores[k + 1..].iter().take_while(|b| b.connector_only).count();
            let hit = Hit { bound: self.run_bound(chars, &hits[k..k + run]), ..hits[k].clone() };
            let mut number = Number { k, hit, before, verbs, dating, run, row: rows[k] };
            let (subject, each) = self.subject_of(chars, &mut number, &mut walk);
            let subject = self.read_inside(chars, &mut number, subject);
            // (与上年持平 of a rate, an aim or nothing named: no growth of 0, no row)
            number.row &= !number.hit.flat || subject::grows_when_flat(&subject, &before.text);
            let each = if each.is_empty() { self.each_indicator(&number, &subject, out, sentence) } else { each };
            let pushed = out.len();
            self.push_records(report, &ctx, chars, &number, subject, each, &mut walk, out);
            if !before.connector_only {
                run_start = pushed;
            }
            if run == 1 {
                let earlier = &text.chars[ctx.full_start.min(sentence.start)..sentence.start];
                date_listed_run((chars, earlier), sentence.start, &befores, &hits, k, &mut out[run_start..]);
            }
        }
        self.totals_before_their_part(chars, sentence.start, &mut out[first..]);
        self.continue_a_list_of_aims(report, &ctx, sentence, first, out);
    }

    /// Drop the numbers that are part of a category's name (超50亿元企业3家: the threshold).
    fn drop_category_thresholds(&self, chars: &[char], hits: &mut Vec<Hit>) {
        let thresholds: Vec<bool> = (0..hits.len())
            .map(|k| self.is_category_threshold(chars, &hits[k], hits.get(k + 1).map_or(chars.len(), |h| h.start)))
            .collect();
        let mut keep = thresholds.iter().map(|t| !t);
        hits.retain(|_| keep.next().unwrap_or(true));
    }

    /// The years the `k`th number of a sentence covers: by the words before it, the frame of
    /// time that opens the sentence or its paragraph, and the numbers around it.
    fn dating_of(
        &self,
        report: &Report,
        sentence: &Sentence,
        (chars, hits, befores): (&[char], &[Hit], &[Before]),
        k: usize,
        verbs: &[Verb],
        walk: &mut Walk,
    ) -> Dating {
        let before = &befores[k];
        // 年均增长8.7%和8.6%, 分别从2007年的23623元、10222元: the second number is
        // dated as the first; so is a gap to another region (年均增长7.3%，高于全省1个百分点)
        if before.connector_only || before.phrase.gap.is_some() {
            return walk.prev_dating;
        }
        // 全市生产总值突破1000亿元: the bound word before the number says a stock too
        let bound_word: String = chars[hits[k].start..hits[k].number_start].iter().collect();
        let next = befores[k + 1..].iter().find(|b| !b.connector_only).map(|b| b.text.as_str());
        // 过去两年，全县累计新增…: the sentence's opening frame of time, a clause of its own
        let (frame, by_paragraph) =
            (k == 0).then(|| frame_of(report, sentence, chars, hits[0].start)).flatten().unzip();
        // (“十三五”以来，…累计: a total to date of the plan or year named; so is 年均增长)
        let since = frame.as_ref().filter(|_| before.text.contains("累计") || dating::is_average(&before.text));
        let text = since.map_or(std::borrow::Cow::from(&before.text), |f| format!("{f}{}", before.text).into());
        let dating = Dating::of(&text, verbs).with_bound_word(&before.text, &bound_word).with_next(next);
        let dating = dating.in_unit(hits[k].info.family);
        if k == 0 {
            let framed = frame.as_ref().and_then(|f| Dating::of(f, &[]).opening_years(f));
            walk.opening_years = dating.opening_years(&before.text).or(framed);
            walk.framed_by_paragraph = by_paragraph == Some(true);
        }
        // …；another statement: the opening's frame ends at a semicolon (a frame of
        // its own clause dates the first number too)
        let own_clause = k == 0 && frame.is_some();
        let framed = walk.opening_years.filter(|_| (k > 0 || own_clause) && !chars[..hits[k].start].contains(&'；'));
        // (a paragraph's frame dates a change said alone, not the rate of the amount right
        // before it: 全市生产总值20059亿元、增长5.6% is the year's, as a review pairs them)
        let between = || chars[hits[k - 1].end..hits[k].start].iter().collect::<String>();
        let paired = k > 0
            && !is_rate(hits[k - 1].info.family)
            && hits[k].start.saturating_sub(hits[k - 1].end) <= 8
            && ["增长", "下降", "提高", "增加"].iter().any(|w| between().contains(w));
        let framed = framed.filter(|_| !(walk.framed_by_paragraph && paired));
        let same_clause = framed.is_some() && !chars[..hits[k].start].contains(&'，');
        dating.with_opening_years(framed, &before.text, (same_clause, walk.framed_by_paragraph))
    }

    /// 报告指出，今年主要预期目标是：地区生产总值增长7%左右…。一般公共预算收入增长4.9%左右，…: in
    /// a text with no parts (a news story of the report), a sentence of headline figures
    /// (each read as an indicator) right after one that lists the year's aims
    /// ([`AIM_LISTS`]), in its paragraph, that says no time, no past and no estimate of its
    /// own goes on with the list: its numbers are aims of the same year.
    fn continue_a_list_of_aims(
        &self,
        report: &Report,
        ctx: &Context,
        sentence: &Sentence,
        first: usize,
        out: &mut [Indicator],
    ) {
        let Some(prev) = first.checked_sub(1).map(|p| &out[p]) else { return };
        let plan = report.meta.target_year();
        let aims = prev.kind == Kind::Target && (prev.period_start, prev.period_end) == (plan, plan);
        if !aims || prev.sentence_id + 1 != sentence.id || !ctx.text.story || sentence.is_heading {
            return;
        }
        let same_paragraph = Self::list_of_aims_before(report, sentence, &out[..first], plan);
        let text = &sentence.text;
        let own_time = text.contains('年') && dating::says_a_year_or_past(text)
            || self.actual_cue_set.found_in(text)
            || ["预计", "实际", "完成", "以来", "一年来", "已"].iter().any(|w| text.contains(w));
        let year = prev.period_end;
        let results = &mut out[first..];
        let headline = |r: &Indicator| r.kind == Kind::Actual && !r.estimated && r.indicator.is_some();
        if same_paragraph && !own_time && results.iter().all(headline) {
            for r in results {
                (r.kind, r.period_start, r.period_end) = (Kind::Target, year, year);
            }
        }
    }

    /// Whether the sentences of `sentence`'s paragraph right before it list the year's aims: the
    /// one before names the list ([`AIM_LISTS`], not aims recalled: 年初确定的主要预期目标是…), or
    /// goes on with a list named before it, every number of it an aim of `plan` (城镇新增就业
    /// 5000人。一般公共预算收入增长6%。: one aim to a sentence). `earlier`: the rows so far.
    fn list_of_aims_before(report: &Report, sentence: &Sentence, earlier: &[Indicator], plan: i32) -> bool {
        let mut id = sentence.id;
        for _ in 0..MAX_AIMS_IN_SENTENCES {
            let Some(previous) = id.checked_sub(1).and_then(|i| report.sentences.get(i)) else { return false };
            if previous.paragraph != sentence.paragraph {
                return false;
            }
            // (not aims recalled: 年初确定的主要预期目标是…; but 报告提出的2019年主要预期目标是：
            // names the year planned, 1995年国民经济主要计划指标： a list of its own)
            let of_the_plan = dating::opens_list_of_the_plan_year(&previous.text, plan);
            let recalled = ["年初", "确定的", "提出的"].iter().any(|w| previous.text.contains(w));
            if of_the_plan || AIM_LISTS.iter().any(|w| previous.text.contains(w)) {
                return of_the_plan || !recalled;
            }
            let aims = |r: &Indicator| r.kind == Kind::Target && (r.period_start, r.period_end) == (plan, plan);
            let rows = earlier.iter().rev().take_while(|r| r.sentence_id >= previous.id);
            let mut own = rows.filter(|r| r.sentence_id == previous.id).peekable();
            if own.peek().is_none() || !own.all(aims) {
                return false;
            }
            id = previous.id;
        }
        false
    }

    /// First pass: the words before each number of a sentence.
    fn befores(&self, chars: &[char], hits: &[Hit]) -> Vec<Before> {
        let mut befores: Vec<Before> = Vec::with_capacity(hits.len());
        for (k, hit) in hits.iter().enumerate() {
            let prev_end = k.checked_sub(1).map_or(0, |p| hits[p].end);
            let from = clause_start(chars, hit.start).max(prev_end);
            // 13500亿元人民币增加到…: the currency said after an amount is its unit's, no noun
            let currency = k > 0
                && from == prev_end
                && hits[k - 1].info.family == UnitFamily::Money
                && chars[from..hit.start].starts_with(&['人', '民', '币']);
            let text: String = chars[from + if currency { 3 } else { 0 }..hit.start].iter().collect();
            let percent = hit.info.family == UnitFamily::Percent;
            let phrase = if percent && subject::is_share_of_whole(&text) {
                // 完成一般预算收入11.09亿元，为调整后预算的104%: the share the subject before makes
                Phrase { verbs: vec![Verb::ShareOf], ..Phrase::default() }
            } else if let Some((head, respectively)) = percent.then(|| subject::plan_completion(&text)).flatten() {
                // 省市重点项目完成年度计划的140%: the share of the plan that the words before
                // the verb completed (or the subject before, when there are none)
                // (15个省重大项目、392个市重大产业项目分别完成…的151%和115%: after 分别, one noun
                // alone is the last item of a list the numbers before have split; the list
                // is read as for a clause that names none)
                let one_of_a_list = respectively && !head.contains(subject::LIST_SEPARATORS);
                let named = head.chars().any(char::is_alphanumeric) && !one_of_a_list;
                let phrase = if named { self.subject(head).read_as_gap(hit.info.family) } else { Phrase::default() };
                // (全县共完成年度投资计划的95%: a scope alone names nothing; the subject before does)
                let scope = self.scope_modifiers.contains(&phrase.subject) || subject::is_a_whole(&phrase.subject);
                let phrase = if scope { Phrase::default() } else { phrase };
                let verbs = std::iter::once(Verb::ShareOf).chain(respectively.then_some(Verb::Respectively)).collect();
                Phrase { verbs, gap: None, ..phrase }
            } else {
                self.subject(&text).read_as_gap(hit.info.family)
            };
            // 8%和8.5%, 35512元、25689元; a number opening a clause (，13亿多人口) is no second item
            // (8.6%和-2.1%: a minus sign is the number's own, no word between)
            let signed = phrase.signed;
            let joiner = text.trim().trim_end_matches(MINUS_SIGNS);
            // 分别提高19.6%，15.6%: after 分别, a comma alone joins the run as 、 does
            let comma_alone = k > 0 && hit.start == prev_end + 1 + usize::from(signed) && chars[prev_end] == '，';
            // 分别增长9%12%: a copy that lost the mark between two figures of one unit
            let nothing_between = k > 0 && hit.start == prev_end && hit.info.family != UnitFamily::Number;
            let respectively =
                || befores.iter().rev().find(|b: &&Before| !b.connector_only).is_some_and(|b| b.text.contains("分别"));
            let connector_only = k > 0
                && ((!joiner.is_empty() && only_connectors(joiner))
                    || ((comma_alone || nothing_between)
                        && hits[k - 1].info.family == hit.info.family
                        && respectively()));
            // (和 between two numbers is no noun: 分别增长8%和15%; nor is a bracket alone:
            // （预期目标6%）)
            let no_noun = connector_only || !phrase.subject.chars().any(|c| c.is_alphanumeric());
            let phrase = if no_noun { Phrase { subject: String::new(), ..phrase } } else { phrase };
            // 高于全国2.2个百分点、全省1.2个百分点: a whole named alone after a gap is the
            // next term compared, the same way
            let gap_before = befores.last().and_then(|b: &Before| b.phrase.gap);
            let phrase = match gap_before {
                Some(below) if joiner.starts_with('、') && subject::is_a_whole(&joiner['、'.len_utf8()..]) => {
                    Phrase {
                        verbs: if below { vec![Verb::Decline] } else { Vec::new() },
                        gap: Some(below),
                        ..Phrase::default()
                    }
                }
                _ => phrase,
            };
            befores.push(Before { text, prev_end, phrase, connector_only });
        }
        befores
    }

    /// The subject of a number, and the subjects it holds for when one number is
    /// stated for each of a list (均增长8%); empty when it holds for its subject only.
    fn subject_of(&self, chars: &[char], number: &mut Number, walk: &mut Walk) -> (String, Vec<String>) {
        let (before, phrase) = (number.before, &number.before.phrase);
        let prev_object = std::mem::take(&mut walk.prev_object);
        let mut each: Vec<String> = Vec::new();
        let topic = self.listed_topic(chars, number);
        if !before.connector_only {
            walk.unpaired = 0;
        }
        let subject = if before.connector_only && !walk.spread.is_empty() {
            walk.spread.remove(0)
        } else if let Some(list) = self
            .list_for(&topic, &number.verbs, number.run, &walk.subjects, &walk.group, &before.text)
            .or_else(|| rates_of_the_list_before(&phrase.subject, number.run, walk))
            .filter(|_| !before.connector_only)
        {
            walk.group_places = subject::places_listed(&topic).is_some_and(|places| places == list);
            let list = of_the_noun_before(list, walk.subjects.last());
            let list = self.listed_by_commas(list, &topic, number.run);
            walk.group.clone_from(&list);
            spread_over(list, topic, number.run, walk, &mut each)
        } else {
            walk.spread.clear();
            // 制定了218项工作措施、97项改革措施: after the noun the number before counted,
            // and a connector, the next number counts the noun after it too
            let next_item =
                prev_object && walk.subjects.last().is_some_and(|noun| only_a_connector_after(&before.text, noun));
            // (地区生产总值迈上新台阶，总量突破5万亿元: 总量 alone is the total of the noun the
            // clause before names)
            let total_of = || self.clause_before_subject(chars, number.hit.start, before.prev_end);
            let noun = self
                .counted_after(chars, number, next_item)
                .or_else(|| (phrase.subject == "总量").then(total_of).flatten());
            walk.prev_object = noun.is_some();
            match noun {
                // 淘汰900多个落后产能项目: the number counts the noun after it
                Some(noun) => noun,
                None if phrase.subject.is_empty() => {
                    inherit_verbs(number, walk);
                    // 新增规模工业企业136家、净增102家: the net increase is of the firms, not of the flow
                    let net = phrase.change_word.as_deref() == Some("净增");
                    let whole_year = before.text.contains("全年");
                    let previous = measure::carried_subject(&walk.subjects, whole_year).map(|s| match net {
                        true => subject::FLOW_WORDS.iter().find_map(|w| s.strip_prefix(w)).unwrap_or(&s).to_string(),
                        false => s,
                    });
                    let previous = previous.map(|p| subject::as_share(p, &before.text, &number.verbs));
                    // (财政总收入五年翻一番，达到91.6亿元: the noun of the clause before, when
                    // no number stands in it, comes before the subject of the number before)
                    self.set_noun(chars, &before.text, number.hit.start)
                        .or_else(|| self.topic_noun(chars, number.hit.start, before.prev_end, &number.verbs))
                        .or_else(|| self.clause_before_subject(chars, number.hit.start, before.prev_end))
                        .or(previous)
                        .or_else(|| self.opening_subject(chars, number.hit.start))
                        .unwrap_or_default()
                }
                // 全市生产总值2085亿元，增速16%: a rate said alone right after an amount is
                // the rate of what the amount was of
                None if rate_right_after_an_amount(&phrase.subject, number, before, walk) => {
                    rate_of_the_amount_before(&phrase.subject, walk)
                }
                // 农业总产值增长4%（包括村办工业为6%）: the figure under another definition,
                // of the subject before and read as it was
                None if subject::is_definition_note(&phrase.subject)
                    && number.k > 0
                    && clause_start(chars, number.hit.start).checked_sub(1).is_some_and(|i| chars[i] == '（') =>
                {
                    number.verbs = walk.prev.as_ref().map(|p| p.0.clone()).unwrap_or_default();
                    format!("{}的{}", phrase.subject, walk.subjects.last().cloned().unwrap_or_default())
                }
                // 地方财政一般预算收入36.4亿元、支出172.67亿元: the other side of the noun before;
                // 全市新增有效灌溉面积113万亩、公路通车里程880公里: the verb of the first item
                None => self.said_of_before(chars, number, walk).unwrap_or_else(|| {
                    self.topic_owned(chars, number.hit.start, before.prev_end, phrase)
                        .unwrap_or_else(|| paired_subject(number, walk, &self.scope_modifiers))
                }),
            }
        };
        (subject, each)
    }

    /// 财政收入完成5.2亿元，增长25%，其中地方一般预算收入3.1亿元，增长28%: the figure named right
    /// after 其中 is a part of the one before; when the part is named by an alias of the same
    /// indicator listed before the total's (地方一般预算收入 before 财政收入, 规模以上工业增加值
    /// before 全部工业增加值), with at most a scope before it, the part is the indicator's
    /// own figure and the total is wider: it loses the indicator. (城镇以上固定资产投资 is a
    /// part of 全社会固定资产投资 named by no alias: the total keeps it.)
    fn totals_before_their_part(&self, chars: &[char], sentence_start: usize, records: &mut [Indicator]) {
        let Some(at) = chars.windows(2).position(|w| w == ['其', '中']).map(|i| sentence_start + i) else {
            return;
        };
        self.local_part_of_revenue(at, records);
        let Some(part) = records.iter().find(|r| r.start > at) else { return };
        let Some(part_rank) = self.alias_rank(&part.subject, true) else { return };
        let (id, subject) = (part.indicator.clone(), part.subject.clone());
        for total in records.iter_mut().filter(|r| r.start < at && r.indicator.is_some() && r.indicator == id) {
            if total.subject != subject && self.alias_rank(&total.subject, false).is_some_and(|r| r > part_rank) {
                total.indicator = None;
            }
        }
    }

    /// 财政总收入3.12亿元，增长37%，其中地方收入1.73亿元，增长31.8%: 地方收入 named right after 其中
    /// (at `at`), as the part of a revenue before it, is read as 地方一般预算收入 is (the
    /// local budget revenue); alone, 地方收入 is too wide a word to name it.
    fn local_part_of_revenue(&self, at: usize, records: &mut [Indicator]) {
        let revenue_before =
            records.iter().any(|r| r.start < at && r.subject.contains("财政") && r.subject.ends_with("收入"));
        let Some(first_after) = records.iter().position(|r| r.start > at) else { return };
        let subject = records[first_after].subject.clone();
        if !revenue_before || !matches!(subject.as_str(), "地方收入" | "地方级收入") {
            return;
        }
        for r in records[first_after..].iter_mut().take_while(|r| r.subject == subject) {
            let family = match r.measure {
                Measure::Level => UnitFamily::Money,
                Measure::Growth => UnitFamily::Percent,
                _ => continue,
            };
            r.indicator = r.indicator.take().or_else(|| self.indicator_of("地方一般预算收入", family));
        }
    }

    /// The rank of the alias a subject ends with ([`rules::Alias::rank`]); when `scoped`,
    /// only if the words before it are at most a scope (全市, 地方).
    fn alias_rank(&self, subject: &str, scoped: bool) -> Option<usize> {
        let alias = self.alias_ending(subject)?;
        let before = &subject[..subject.len() - alias.text.len()];
        let scope = before.is_empty() || before == "地方" || self.scope_modifiers.iter().any(|m| m == before);
        (!scoped || scope).then_some(alias.rank)
    }

    /// Whose a record's figure is: another's (`others`, or by [`Self::not_the_regions`]), with no
    /// indicator then; or the region's, and if so whether it follows a clause about a zone
    /// ([`Self::after_a_zone_named`]). `bare`: the number has no subject of its own.
    fn read_owner(
        &self,
        record: &mut Indicator,
        others: bool,
        (hit, bare): (&Hit, bool),
        walk: &mut Walk,
        ctx: &Context,
    ) {
        if others || self.not_the_regions(record, hit, bare, walk, ctx) {
            record.indicator = None;
        }
        record.after_a_zone = record.indicator.is_some() && self.after_a_zone_named(ctx, record.start, walk);
    }

    /// Whether a record's figure is another's by its sentence: a list opened by another
    /// place's name, the subject of another whole's figure carried to a number said without
    /// one (全省实现生产总值58887亿元，增长6.3%: the growth carries the subject its scope was
    /// trimmed from, and so its owner), or its own words ([`Self::of_another_whole_or_place`]).
    fn not_the_regions(&self, record: &Indicator, hit: &Hit, bare: bool, walk: &mut Walk, ctx: &Context) -> bool {
        // (only a figure with an indicator has one to lose: the others are not looked at)
        if record.indicator.is_none() {
            return false;
        }
        let carried = bare && walk.others_subject.as_deref() == Some(record.subject.as_str());
        let before = ctx.slice(ctx.sentence.start, ctx.sentence.start + hit.start);
        let did = subject::another_whole_did(dating::last_clause(before), &walk.region, &walk.written);
        if did {
            walk.others_subject = Some(record.subject.clone());
        }
        walk.of_others
            || carried
            || did
            || self.of_another_whole_or_place(record, hit, walk, ctx)
            || self.of_a_zone_opening_the_sentence(before, walk, ctx)
            || self.in_a_paragraph_of_the_corps(before, walk, ctx)
    }

    /// Whether a record's figure is another whole's or a place's, never the region's: 全国经济
    /// 增长5.2% or 全省生产总值增长5.4% in a city's report; 高于全国（2.3%）; 成都市生产总值增长13.5%
    /// in 四川省's report (the rest still names the indicator: 农村牧区居民人均可支配收入 is no
    /// place's); growth at current prices (名义增长9.1%，实际增长7.2%: the real one is the headline).
    fn of_another_whole_or_place(&self, record: &Indicator, hit: &Hit, walk: &Walk, ctx: &Context) -> bool {
        let before = ctx.slice(ctx.sentence.start, ctx.sentence.start + hit.start);
        let place = || {
            let named = subject::place_named_first(&record.subject, &walk.region);
            // (a place's name stands before the indicator's alias: only those words are
            // looked up, and none when the subject is the alias)
            let short = || {
                record.indicator.as_ref()?;
                let alias = self.alias_ending(&record.subject)?;
                let before = &record.subject[..record.subject.len() - alias.text.len()];
                subject::part_named_short(before, &walk.region, ctx.text.review)
            };
            named
                .or_else(short)
                .is_some_and(|end| self.indicator_of(&record.subject[end..], family_of(hit)) == record.indicator)
        };
        // (of a statistic published at comparable prices: incomes, sales and revenue grow
        // in current prices, 居民人均可支配收入名义增长5.3% their headline)
        let real_terms = || record.indicator.as_deref().is_some_and(|i| AT_COMPARABLE_PRICES.contains(&i));
        let nominal = || {
            is_rate(hit.info.family)
                && ["名义", "现价"].iter().any(|w| dating::last_clause(before).contains(w))
                && real_terms()
        };
        subject::names_another_whole_of(&record.subject, &walk.region, &walk.written)
            || subject::bracketed_after_another_whole(before, &walk.region)
            || place()
            || nominal()
    }

    /// A total said after a figure (总量, 总数, 总额, 规模) is of what the figure was of.
    fn read_total(&self, record: &mut Indicator, s: &str, walk: &Walk, (part_of_year, family): (bool, UnitFamily)) {
        if record.indicator.is_none() && !part_of_year && ["总量", "总额", "规模"].contains(&s) {
            // 国内生产总值增长6.6%，总量突破90万亿元: 总量 is the previous indicator's
            record.indicator = walk.prev.as_ref().and_then(|p| p.1.clone()).filter(|id| self.accepts(id, family));
        }
        if ["总数", "总量"].contains(&s) && record.measure == Measure::Count {
            // 认定高新技术企业136家、总数达411家: the total of what was just counted (净增市场
            // 主体17.6万户、总数169万户: of 市场主体, not of the year's net increase)
            if let Some(prev) = walk.subjects.last().filter(|p| !p.is_empty() && !p.ends_with(s)) {
                let noun = subject::FLOW_WORDS.iter().find_map(|w| prev.strip_prefix(w)).unwrap_or(prev);
                record.subject = format!("{noun}{s}");
            }
        }
    }

    /// The subject of a number whose own words name only a share or a spending, by what
    /// the sentence said before or the words after the amount. None for other subjects.
    fn said_of_before(&self, chars: &[char], number: &Number, walk: &Walk) -> Option<String> {
        let subject = number.before.phrase.subject.as_str();
        // 民生支出351.8亿元、占比85.2%; 工业部门为248.5亿元，占58.2%: a share that names
        // neither part nor whole is of the subject before
        if ["占比", "占"].contains(&subject) {
            return Some(subject::part_before(&walk.subjects).map_or(subject.to_string(), |p| format!("{p}占比")));
        }
        // 数字经济核心产业增加值增长10.2%，占地区生产总值比重达到6.9%: a share that names its
        // whole and not its part is of the subject of the clause before; not of an item of a
        // list (甲、乙分别增长…，占…比重分别提升…), nor past a clause with no number (…，其中
        // 出口额跃居世界第一位，占国际市场份额…: the part is named there), nor of an
        // indicator (国内生产总值…，占世界经济比重…: a share the indicator's id would mislabel,
        // left as written, as the gold set keeps it)
        if subject.starts_with('占') && subject::SHARE_NAMES.iter().any(|w| subject.ends_with(w)) {
            let part = subject::part_before(&walk.subjects)
                .filter(|p| !walk.group.iter().any(|g| g == p))
                .filter(|p| self.indicator_of(p, number.hit.info.family).is_none());
            let adjoining = subject::clause_before(chars, number.hit.start, number.before.prev_end).is_none();
            if let Some(part) = part.filter(|_| adjoining) {
                return Some(format!("{part}{subject}"));
            }
        }
        // 累计投入26.6亿元改善中小学办学条件: what the money was spent on
        if let Some(purpose) = self.purpose_after(chars, number) {
            return Some(format!("{purpose}{subject}"));
        }
        // 实施县域城建项目229个、完成投资217亿元: the investment of the projects just counted;
        // not of the last of several kinds counted in the clause before (实施城市更新项目137个、
        // 县域经济项目155个，总投资1000亿元; 61个省重点、798个市重点项目，完成投资…: the total is
        // theirs together, and stays as written)
        subject::INVESTMENT.contains(&subject).then(|| match walk.subjects.last() {
            Some(projects) if projects.ends_with("项目") && !self.counted_a_list_before(chars, number) => {
                format!("{projects}{subject}")
            }
            _ => subject.to_string(),
        })
    }

    /// Whether the amount's words follow a clause, after its comma, that counts a list (甲项目
    /// 137个、乙项目155个，总投资…; 61个省重点、798个市重点项目，完成投资…): two or more numbers
    /// with a 、 between them. (…项目226个、总投资1237.3亿元: the amount set beside one count.)
    fn counted_a_list_before(&self, chars: &[char], number: &Number) -> bool {
        let marks = ['，', '、', '；', '：', '。'];
        let Some(end) = chars[..number.hit.start].iter().rposition(|c| marks.contains(c)) else { return false };
        if chars[end] != '，' {
            return false;
        }
        let start = chars[..end].iter().rposition(|c| ['，', '；', '：', '。'].contains(c)).map_or(0, |i| i + 1);
        // (an item that counts: digits and 个, 项 or 批 after them; not a change, 比上年增加15个,
        // 增长12.5%, nor an amount, 资金3.2亿元)
        let counts = |item: &[char]| {
            let counted = item.windows(2).any(|w| w[0].is_ascii_digit() && matches!(w[1], '个' | '项' | '批'));
            counted && !item.iter().any(|c| matches!(c, '比' | '增' | '减' | '降'))
        };
        chars[start..end].split(|&c| c == '、').filter(|item| counts(item)).count() >= 2
    }

    /// 投入12亿元用于农村公路建设: after an amount whose subject is a bare word of spending
    /// ([`subject::FUNDING`]), the words that close the clause say what it was spent on
    /// (农村公路建设), without 用于. None unless they are 4 to 14 Han chars and no stop word
    /// or bound opens them.
    fn purpose_after(&self, chars: &[char], number: &Number) -> Option<String> {
        let subject = number.before.phrase.subject.as_str();
        if number.hit.info.family != UnitFamily::Money || !subject::FUNDING.contains(&subject) {
            return None;
        }
        let rest = &chars[number.hit.end.min(chars.len())..];
        let run = rest.iter().take_while(|&&c| crate::ingest::decode::is_cjk(c)).count();
        // not a list item (投资4.5亿元实施了标准化幼儿园、…)
        let closes = rest.get(run).is_none_or(|c| *c != '、' && CLAUSE_ENDS.contains(c));
        let text: String = rest[..run].iter().collect();
        let purpose = text.strip_prefix("用于").unwrap_or(&text);
        let opens_badly = self.after_stops.iter().any(|w| text.starts_with(w.as_str()))
            || self.trailing.iter().any(|(w, _)| text.starts_with(w.as_str()));
        // a clause of its own (实施了…, 实施的…), or projects the amount is a threshold of
        // (投资超十亿元项目落地建设, 投资50亿元以上产业项目实现新突破)
        let clause = purpose.contains(['了', '的']) || purpose.contains("项目");
        let size = purpose.chars().count();
        (closes && !opens_badly && !clause && (4..=14).contains(&size)).then(|| purpose.to_string())
    }

    /// 经济保持7%左右的增长, 国民经济实现8%以上的增长速度: a percent before 的增长 is the growth
    /// of what holds it (经济增长, an alias; 全市生产总值保持8%的增速: of the alias said). The
    /// subject, with the verb of growth added to the number's verbs.
    fn growth_named_after(&self, chars: &[char], number: &mut Number, subject: &str) -> Option<String> {
        let after = &chars[number.hit.end.min(chars.len())..];
        let named = || GROWTH_NAMED_AFTER.iter().any(|w| after.iter().copied().take(w.chars().count()).eq(w.chars()));
        let changed = number.verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline));
        if number.hit.info.family != UnitFamily::Percent || changed || subject.is_empty() || !named() {
            return None;
        }
        // (not 有: 有6.5%的增速就能够… is a rate of so much, read by `read_inside`)
        if subject.ends_with('有') {
            return None;
        }
        // (全省生产总值以13.5%的速度增长: 以 before the rate of the noun)
        let core = ["保持了", "实现了", "保持", "实现", "达到", "以"].iter().find_map(|w| subject.strip_suffix(w));
        let core = core.unwrap_or(subject);
        if core.is_empty() {
            return None;
        }
        number.verbs.push(Verb::Growth);
        Some(if self.alias_ending(core).is_some() { core.to_string() } else { format!("{core}增长") })
    }

    /// The noun a number counts when it stands after the number (淘汰900多个落后产能项目),
    /// after a connector to a list item that did (`next_item`), or after a verb
    /// ([`Extractor::done_to_counted`]). None for a change, a rate or a run's later member.
    fn counted_after(&self, chars: &[char], number: &Number, next_item: bool) -> Option<String> {
        let (before, phrase) = (number.before, &number.before.phrase);
        let plain =
            !before.connector_only && !number.verbs.iter().any(|v| v.moves()) && !is_rate(number.hit.info.family);
        let object = next_item
            || phrase.subject.is_empty()
            || self.counts_noun_after(&before.text, &phrase.subject, chars, number.hit.end)
            || self.leading.iter().any(|w| has_suffix(&phrase.subject, w))
            || self.leading_verbs.iter().any(|w| has_suffix(&phrase.subject, w))
            || subject::OBJECT_VERBS.iter().any(|w| has_suffix(&phrase.subject, w));
        match (plain, object) {
            (false, _) => None,
            (true, true) => self.noun_after(chars, number.hit.end),
            (true, false) => self.done_to_counted(chars, number),
        }
    }

    /// 新建5所学校，职教园区入驻7所院校: a count whose noun follows it to the end of its
    /// clause counts that noun, and the words before say what was done with it (新建学校,
    /// 职教园区入驻院校). A count and a noun are a noun phrase in Chinese whatever the verb
    /// before, so no list of verbs is needed; the noun must close the clause (not 5个县一般
    /// 公共预算收入超10亿元, where the noun is the owner of another figure).
    fn done_to_counted(&self, chars: &[char], number: &Number) -> Option<String> {
        let subject = &number.before.phrase.subject;
        // 今年有3项不及预期: after 有 alone no clear set (see `counts_noun_after`)
        if number.hit.info.family != UnitFamily::Count
            || subject.is_empty()
            || subject::THERE_ARE.contains(&subject.as_str())
        {
            return None;
        }
        let noun = self.noun_after(chars, number.hit.end)?;
        // the words after the number up to the next mark: the noun, or the first of a list
        // whose head it borrows from the last (3个千亿级、10个百亿级特色产业集群)
        let word = |c: &&char| crate::ingest::decode::is_cjk(**c) || c.is_ascii_digit();
        let run: String = chars[number.hit.end..].iter().take_while(word).collect();
        let end = number.hit.end + run.chars().count();
        let grade = run.ends_with('级') && noun.starts_with(&run) && chars.get(end) == Some(&'、');
        // 十五个国家建立了邦交: the things counted named by what they did (建立了邦交的国家)
        let relative = noun.contains('的') && noun.chars().count() == run.chars().count() + 1;
        let whole = noun == run || grade || relative;
        let closes = whole && chars.get(end).is_none_or(|c| CLAUSE_ENDS.contains(c));
        // 在全国31个同类机场中进展最快: the set a rank is taken in, without its 中
        let ranked = chars.get(end).is_some_and(|_| noun.chars().count() >= 3 && noun.ends_with('中'));
        let noun = if ranked { noun.strip_suffix('中').unwrap_or(&noun) } else { &noun };
        // 全国15个地级市之一: one of the set counted
        let noun = noun.strip_suffix("之一").unwrap_or(noun);
        // past ten chars the words after a count run on into a predicate more often than not
        // (20个榨季居全国地级市首位, 12个政府投资项目进行优化论证)
        let short = noun.chars().count() <= COUNTED_NOUN_CHARS;
        ((closes || ranked) && short).then(|| format!("{subject}{noun}"))
    }

    /// What the words around a number say that its subject does not: the share of the
    /// things after it (争取有百分之四十左右的主要工业产品…达到: 40% of the products), or a verb
    /// of change with its object before an amount (两年共增产粮食4900多万吨: the change of
    /// 粮食). The subject, as read now.
    fn read_inside(&self, chars: &[char], number: &mut Number, subject: String) -> String {
        if let Some(grown) = self.growth_named_after(chars, number, &subject) {
            return grown;
        }
        let hit = &number.hit;
        let there_are = number.before.text.trim_end().ends_with('有') && chars.get(hit.end) == Some(&'的');
        if hit.info.family == UnitFamily::Percent && there_are {
            // 有6.5%-7%的增速就能够…: a rate of so much, not a share
            let things = self.noun_after(chars, hit.end + 1).filter(|n| !RATE_NOUNS.iter().any(|w| n.starts_with(w)));
            if let Some(noun) = things {
                number.verbs.push(Verb::ShareOf);
                return noun;
            }
        }
        if is_rate(hit.info.family) || number.verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline)) {
            return subject;
        }
        for (word, verb) in CHANGES_WITH_AN_OBJECT {
            // not 新增产业到位资金, where 增产 straddles 新增 and 产业
            let straddles = |(before, after): &(&str, &str)| before.ends_with(['新', '净']) || after.starts_with('业');
            let object = subject.split_once(word).filter(|p| !straddles(p)).map(|(_, o)| o);
            let object = object.filter(|o| o.chars().count() >= 2);
            if let Some(object) = object.filter(|o| o.chars().all(crate::ingest::decode::is_cjk)) {
                number.verbs.push(verb);
                return object.to_string();
            }
        }
        subject
    }

    /// 城镇居民人均可支配收入和农民人均纯收入年均增长9%左右: one change in percent after two
    /// or more indicators joined by 和 or 、 is each one's (rates do not add up, and no 分别
    /// or 均 is needed to say so); so is a percent with no verb right after a growth in the
    /// sentence, the last of `out` (地区生产总值增长10%，城镇居民人均可支配收入和农民人均纯收入
    /// 12%: the verb said once). Empty unless every item names its own indicator.
    fn each_indicator(&self, number: &Number, subject: &str, out: &[Indicator], sentence: &Sentence) -> Vec<String> {
        let prev = out.last().filter(|p| p.sentence_id == sentence.id);
        let said_once = number.verbs.is_empty() && prev.is_some_and(|p| p.measure == Measure::Growth);
        let changes = said_once || number.verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline));
        if number.run != 1 || number.before.connector_only || number.hit.info.family != UnitFamily::Percent || !changes
        {
            return Vec::new();
        }
        let items: Vec<&str> = subject.split(subject::LIST_SEPARATORS).collect();
        let ids: Vec<Option<String>> = items.iter().map(|i| self.indicator_of(i, UnitFamily::Percent)).collect();
        let distinct = (1..ids.len()).all(|k| !ids[..k].contains(&ids[k]));
        if items.len() < 2 || ids.iter().any(Option::is_none) || !distinct {
            return Vec::new();
        }
        items.into_iter().map(str::to_string).collect()
    }

    /// The subject of a number whose clause says 分别 and names none: the list of the
    /// clause before (道路运输、仓储业产值，较上年分别增长…), if it is one; else its own.
    fn listed_topic(&self, chars: &[char], number: &Number) -> String {
        let phrase = &number.before.phrase;
        // 床位数、执业医师数、注册护士数，较…提高40.5%、45.7%、60.5%: a run of numbers is
        // spread over the list as 分别 would spread it
        let mut verbs = number.verbs.clone();
        if number.run >= 2 && !verbs.contains(&Verb::Respectively) {
            verbs.push(Verb::Respectively);
        }
        let (at, prev_end) = (number.hit.start, number.before.prev_end);
        let topic = (phrase.subject.is_empty() && verbs.contains(&Verb::Respectively))
            .then(|| {
                self.topic_noun(chars, at, prev_end, &verbs).or_else(|| {
                    // 城乡居民收入稳步增长，分别达到…元和…元: a whole of parts opening a clause
                    // before, its parts the numbers are spread over (after numbers of the
                    // sentence, their subjects are: 存贷款余额分别达到…，分别比年初增长…)
                    let parts = number.run.max(2);
                    (number.k == 0)
                        .then(|| self.clause_before_subject(chars, at, prev_end))?
                        .or_else(|| self.opening_subject(chars, at))
                        .filter(|noun| subject::names_its_parts(noun, parts))
                })
            })
            .flatten();
        topic.unwrap_or_else(|| phrase.subject.clone())
    }

    /// The records of one number: one, or one for each subject of a list.
    #[allow(clippy::too_many_arguments)]
    fn push_records(
        &self,
        report: &Report,
        ctx: &Context,
        chars: &[char],
        number: &Number,
        subject: String,
        each: Vec<String>,
        walk: &mut Walk,
        out: &mut Vec<Indicator>,
    ) {
        let (hit, phrase, connector_only) = (&number.hit, &number.before.phrase, number.before.connector_only);
        let unpaired = walk.take_unpaired();
        // (to the aim a list's last number is named: …9.5%、固定资产投资增长20%的目标)
        let after: String = chars[hit.end..chars.len().min(hit.end + 40)].iter().collect();
        let each = if each.is_empty() { vec![subject.clone()] } else { each };
        // 洛阳、南阳经济总量分别…: places listed before the noun, whose figures these are
        let listed = |s: &String| walk.group.contains(s);
        let places = subject::places_listed(&subject).is_some()
            || (walk.group_places && listed(&subject) && each.iter().all(listed));
        let mut said_whole = None;
        // a part of a year's figure has no yearly indicator, by any of the readings below
        let part_of_year = measure::said_of_part_of_year(ctx.slice(ctx.sentence.start, ctx.sentence.start + hit.start))
            || (ctx.part(report) == Part::Review
                && measure::framed_by_part_of_year(ctx.slice(ctx.full_start, ctx.sentence.start + hit.start)));
        for s in &each {
            // 城镇新增就业45.6万, 新增就业岗位40万个: the people a jobs figure counts
            let people = self.people_counted(chars, &number.hit, s);
            let hit = people.as_ref().unwrap_or(hit);
            // 农村贫困人口减少1000万, 比上年少3000人: the change, or the difference
            let (difference, absolute) = as_change(chars, ctx, number, hit);
            let hit = difference.as_ref().unwrap_or(hit);
            let facts = (number.dating, absolute, part_of_year);
            let mut record = self.record(report, ctx, ctx.sentence, hit, s, &number.verbs, &after, facts);
            if record.indicator.is_none() && !connector_only && each.len() == 1 && !absolute && !part_of_year {
                // 经济增长6.5%: the alias may include the verb that was stripped
                let whole = self.lead_trimmed(&number.before.text);
                let own = subject::without_own_name(&whole, &report.meta.region, |w| self.alias_at.contains_key(w));
                record.indicator = self.alias_as_a_whole(own, family_of(hit));
                // 去年经济增长8.8%: the subject is the alias with its verb, as below; a
                // number after it without a subject (，力争8%) is of that alias
                if record.indicator.is_some() && whole.starts_with(s.as_str()) {
                    record.subject.clone_from(&whole);
                    said_whole = Some(whole);
                }
            }
            if let (None, Some(change), false, 1, false) =
                (&record.indicator, &phrase.change_word, absolute, each.len(), part_of_year)
            {
                // 经济增长预期7%: the subject and its verb without the cue between them;
                // an alias that holds the verb (经济增长) is the subject as a whole
                let whole = format!("{s}{change}");
                let own = subject::without_own_name(&whole, &report.meta.region, |w| self.alias_at.contains_key(w));
                record.indicator = self.alias_as_a_whole(own, family_of(hit));
                if record.indicator.is_some() {
                    record.subject = whole;
                }
            }
            if record.measure == Measure::Level && self.growth_by_the_one_before(&record, hit, &after, out.last()) {
                record.measure = Measure::Growth;
            }
            self.read_total(&mut record, s, walk, (part_of_year, family_of(hit)));
            let others = phrase.compared || places || a_threshold(&after) || unpaired;
            self.read_owner(&mut record, others, (hit, phrase.subject.is_empty()), walk, ctx);
            let sentence_before = ctx.slice(ctx.full_start, record.start);
            self.held_at_end(&mut record, number.dating, sentence_before);
            walk.passed(number, record.indicator.clone());
            if number.row {
                out.push(record);
            }
        }
        walk.said_of(number, subject, each, said_whole);
    }

    /// Whether a number is an aim or a result: by the cues of its part and its words, the
    /// years it names, and in a text with no parts the year planned framing it. A gap to an
    /// aim in the review (`gap`: 低于年初预期目标1.7个百分点) is a result.
    fn kind_of_number(
        &self,
        report: &Report,
        ctx: &Context,
        after: &str,
        upto: usize,
        (dating, part_of_year, gap): (Dating, bool, bool),
    ) -> Kind {
        if gap && ctx.part(report) == Part::Review {
            return Kind::Actual;
        }
        match Self::kind_by_years(report, ctx, self.kind(report, ctx, after, upto), upto, dating) {
            Kind::Actual if !part_of_year && Self::framed_by_the_plan_year(report, ctx, upto) => Kind::Target,
            kind => kind,
        }
    }

    /// Whether a number is an estimate: a cue before it in its sentence (预计), one said to hold
    /// below (预计全年（下同）), or a note in brackets after it in its item, up to the next
    /// ； or 。 (150亿元以上（预计数）; 完成地区生产总值113.8亿元，增长6.5%（预计数，下同）: the
    /// note closes the item and marks its figures, the level before the growth too).
    fn estimated(&self, ctx: &Context, upto: usize, after: &str) -> bool {
        let noted = || {
            let item = &after[..after.find(['；', '。']).unwrap_or(after.len())];
            item.match_indices(['（', '(']).any(|(at, open)| {
                let note = &item[at + open.len()..];
                self.estimate_cues.iter().any(|c| note.starts_with(c.as_str()))
            })
        };
        self.is_estimate(ctx.slice(ctx.full_start, upto))
            || (ctx.text.same_below && self.estimate_holds_below(ctx.paragraph_prefix(upto)))
            || noted()
    }

    #[allow(clippy::too_many_arguments)]
    fn record(
        &self,
        report: &Report,
        ctx: &Context,
        sentence: &Sentence,
        hit: &Hit,
        subject: &str,
        verbs: &[Verb],
        after: &str,
        (dating, absolute, part_of_year): (Dating, bool, bool),
    ) -> Indicator {
        let upto = sentence.start + hit.start;
        let before = ctx.slice(sentence.start, upto);
        let measure = match self.measure(hit, subject, verbs, absolute) {
            // 比…还多两倍, 多一倍: more by that many times, a growth
            Measure::Multiple if more_by(before) => Measure::Growth,
            measure => measure,
        };
        // 增长4.8%，低于年初预期目标1.7个百分点: the gap of the result to its aim, a result, the
        // result less the aim (negative below it, whatever the verbs), no change of the indicator's
        let gap = (measure == Measure::PpChange).then(|| dating::gap_below_aim(before)).flatten();
        let declines = gap.unwrap_or_else(|| {
            (verbs.contains(&Verb::Decline) || rate_of_decline(subject, hit, verbs))
                && matches!(measure, Measure::Growth | Measure::PpChange | Measure::Change)
        });
        let sign = if declines { -1.0 } else { 1.0 };
        // A decline of “3%以上” is a growth of at most -3: the bound turns round too.
        let bound = if declines { flip(hit.bound) } else { hit.bound };
        let (mut value, mut value_hi) = (hit.value * sign, hit.value_hi.map(|v| v * sign));
        if let (true, Some(hi)) = (declines, value_hi) {
            (value, value_hi) = (hi, Some(value));
        }
        let kind = self.kind_of_number(report, ctx, after, upto, (dating, part_of_year, gap.is_some()));
        // 完成了分别增长5%的目标任务: an aim named in the review is the aim of the year reviewed
        let recalled = kind == Kind::Target && ctx.part(report) == Part::Review && dating::aim_named_after(after);
        let dated_as = if recalled { Kind::Actual } else { kind };
        let (period_start, period_end) = match self.period(report, ctx, dated_as, upto, dating) {
            // 三年来…。上半年，规上工业增加值增长7.2%: a part of a year lies in one year, the
            // last of the years the paragraph spans
            (_, end) if part_of_year => (end, end),
            period => period,
        };
        let bound = bound_of_an_aim_compared(bound, ctx.slice(upto, sentence.start + hit.end), after);
        let bound = ceiling_of_an_aim(bound, kind, before);
        // a level a change starts from (今年…从19项增加到30项) is where things stand, not an aim
        let kind = if dating.is_from_level() { Kind::Actual } else { kind };
        let named = (measure == Measure::Share).then(|| subject::share_in_clause(subject)).flatten();
        let subject = named.as_deref().unwrap_or(subject);
        // (a gap to an aim or to another term, 高于全省1.2个百分点, is no change of the indicator's)
        let compared = gap.is_some() || measure == Measure::PpChange && self.gap_to_another(before);
        let indicator = self.indicator_named(subject, hit, measure, report).filter(|_| !(part_of_year || compared));
        // 增长1.4倍 is growth of 140%: in growth's base unit, to compare with growth in percent
        let (base, base_unit) = match (measure, hit.info.family) {
            (Measure::Growth, UnitFamily::Multiple) => (number::in_base(value, 100.0), "%".to_string()),
            _ => (number::in_base(value, hit.scale * hit.info.factor), hit.info.base.clone()),
        };
        Indicator {
            kind,
            period_start,
            period_end,
            estimated: self.estimated(ctx, upto, after),
            indicator,
            subject: subject.to_string(),
            measure,
            value: Some(value),
            value_hi,
            unit: hit.unit.clone(),
            value_base: Some(round9(base)),
            base_unit,
            bound,
            sentence_id: sentence.id,
            start: sentence.start + hit.start,
            end: sentence.start + hit.end,
            matched: ctx.slice(sentence.start + hit.start, sentence.start + hit.end).to_string(),
            five_year_context: period_start == period_end && self.in_five_year_context(ctx, upto),
            striven_for: kind == Kind::Target && dating::striven_for(before),
            adjusted: measure == Measure::Growth && dating::adjusted_basis_said(before, after),
            after_a_zone: false,
        }
    }

    /// “没有提出全年经济增速具体目标”: a target the report says it does not set. In a
    /// sentence that states other targets (`numbers`: 不设GDP增速目标，城镇新增就业70万人以上),
    /// only of the aliases in the cue's own clause.
    fn absent_targets(
        &self,
        report: &Report,
        ctx: &Context,
        sentence: &Sentence,
        numbers: bool,
        out: &mut Vec<Indicator>,
    ) {
        let text = sentence.text.as_str();
        // the leftmost match is the earliest of any cue
        let Some(cue_at) = self.no_target_cues.find(text).map(|m| m.start()) else { return };
        if ctx.part(report) == Part::Review {
            return;
        }
        let ends = ['，', '；', '。'];
        let (from, to) = match numbers {
            // (the three marks are three bytes each in UTF-8)
            true => (
                text[..cue_at].rfind(ends).map_or(0, |e| e + '，'.len_utf8()),
                text[cue_at..].find(ends).map_or(text.len(), |e| cue_at + e),
            ),
            false => (cue_at.saturating_sub(30), text.len()),
        };
        let mut seen = Vec::new();
        for alias in &self.aliases {
            let Some(at) = text.find(alias.text.as_str()) else { continue };
            let (id, _, headline) = &self.indicators[alias.indicator];
            if at < from || at >= to || seen.contains(id) {
                continue;
            }
            seen.push(id.clone());
            let start = sentence.start + text[..at].chars().count();
            let end = start + alias.text.chars().count();
            out.push(Indicator {
                kind: Kind::Target,
                period_start: report.meta.target_year(),
                period_end: report.meta.target_year(),
                estimated: false,
                indicator: Some(id.clone()),
                subject: alias.text.clone(),
                measure: *headline,
                value: None,
                value_hi: None,
                unit: String::new(),
                value_base: None,
                base_unit: String::new(),
                bound: Bound::Absent,
                sentence_id: sentence.id,
                start,
                end,
                matched: ctx.slice(start, end).to_string(),
                five_year_context: false,
                striven_for: false,
                adjusted: false,
                after_a_zone: false,
            });
        }
    }
}

/// Whether the words after a number make it a threshold of what is counted (一般公共预算收入
/// 大于10亿元的县达到3个, 地区生产总值超过200亿元的县区, 新增就业人数500人以上的乡镇): the figure is of
/// no one, not the region's.
fn a_threshold(after: &str) -> bool {
    const COUNTED: [&str; 13] =
        ["县", "区", "市", "乡", "镇", "村", "街道", "企业", "项目", "园区", "城市", "产业集群", "行业"];
    let after = ["及以上", "以上", "以下", "以内"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    after.strip_prefix('的').is_some_and(|noun| COUNTED.iter().any(|w| noun.starts_with(w)))
}

/// 城镇登记失业率控制在4%: an aim held within a rate (控制在, 调控在, 压缩在) is its ceiling,
/// said or not; a result said so is the rate reached (控制在3.05%).
fn ceiling_of_an_aim(bound: Bound, kind: Kind, before: &str) -> Bound {
    let held = ["控制在", "调控在", "压缩在"].iter().any(|w| before.trim_end().ends_with(w));
    match bound {
        Bound::Eq if kind == Kind::Target && held => Bound::Le,
        bound => bound,
    }
}

/// 低于4.5%的控制目标, 高于7%的预期目标 (`matched`, the number as written, then `after`):
/// the comparison is the result's with the aim; the aim itself is 4.5%, exactly.
fn bound_of_an_aim_compared(bound: Bound, matched: &str, after: &str) -> Bound {
    let compared = ["高于", "低于", "大于", "小于"].iter().any(|w| matched.starts_with(w));
    match bound {
        Bound::Gt | Bound::Lt if compared && dating::aim_named_after(after) => Bound::Eq,
        bound => bound,
    }
}

/// Whether an amount is a change (`.1`): one after a verb of change (农村贫困人口减少1000万),
/// or the difference to what it is compared with (比计划目标3000亿元超过1070亿元, 比上年少
/// 3000人: [`dating::difference_after_than`]), then as its hit (`.0`), said exactly (超过 is
/// the verb of the difference, no bound), below zero when less. A rate is no amount.
fn as_change(chars: &[char], ctx: &Context, number: &Number, hit: &Hit) -> (Option<Hit>, bool) {
    if is_rate(hit.info.family) {
        return (None, false);
    }
    if number.verbs.iter().any(|v| v.changes()) {
        return (None, true);
    }
    let difference = difference(chars, ctx, hit);
    let absolute = difference.is_some();
    (difference, absolute)
}

fn difference(chars: &[char], ctx: &Context, hit: &Hit) -> Option<Hit> {
    // (most amounts have no 比 or 较 before them in their clause: nothing more is read)
    if !chars[hit.start.saturating_sub(32)..hit.start].iter().any(|&c| c == '比' || c == '较') {
        return None;
    }
    // (with the bound word the number's phrase starts with: 超过, or 近 after 多)
    let lead: String =
        chars[hit.start..hit.end].iter().take_while(|c| !c.is_ascii_digit() && !number::is_cn_numeral(**c)).collect();
    let before = ctx.slice(ctx.sentence.start, ctx.sentence.start + hit.start);
    let less = dating::difference_after_than(&format!("{before}{lead}"))?;
    let sign = if less { -1.0 } else { 1.0 };
    // 超过1070亿元: 超过 is the verb of the difference, no bound of it; a bound said after
    // the amount (超过100亿元以上, 多25亿斤左右) or 近 and 约 before it are its own
    let verb_as_bound = ["超过", "超出", "超"].iter().any(|w| lead.starts_with(w));
    let bound = if verb_as_bound && hit.bound == Bound::Gt { Bound::Eq } else { hit.bound };
    let flip = |b: Bound| if less { measure::flip(b) } else { b };
    Some(Hit { bound: flip(bound), value: hit.value * sign, value_hi: None, ..hit.clone() })
}

impl Extractor {
    /// A percent read as a level that the number before it in the sentence makes a growth:
    /// the aim of that growth ([`aim_of_a_growth`]), or an amount after it in a list whose
    /// verb is said once ([`Extractor::growth_said_once`]).
    fn growth_by_the_one_before(&self, record: &Indicator, hit: &Hit, after: &str, prev: Option<&Indicator>) -> bool {
        aim_of_a_growth(record, hit, after, prev) || self.growth_said_once(record, hit, prev)
    }

    /// 地区生产总值增长10%，固定资产投资20%，社会消费品零售总额16%: a percent with no verb of
    /// an amount whose headline is its growth (an investment, a revenue: no level of it is
    /// a percent), right after a growth in the sentence (`prev`), is a growth too: the verb
    /// is said once for the list.
    fn growth_said_once(&self, record: &Indicator, hit: &Hit, prev: Option<&Indicator>) -> bool {
        let amount_growing = |id: &String| {
            self.indicators.iter().any(|(i, families, headline)| {
                i == id && *headline == Measure::Growth && families.contains(&UnitFamily::Money)
            })
        };
        hit.info.family == UnitFamily::Percent
            && record.indicator.as_ref().is_some_and(amount_growing)
            && prev.is_some_and(|p| p.sentence_id == record.sentence_id && p.measure == Measure::Growth)
    }
}

/// 增长26.4%，高于年初人代会12%的目标: a percent named an aim (`after`) right after a growth
/// of the same subject in the sentence (`prev`) is the aim of that growth, a growth too.
fn aim_of_a_growth(record: &Indicator, hit: &Hit, after: &str, prev: Option<&Indicator>) -> bool {
    let of_growth = |p: &Indicator| {
        p.sentence_id == record.sentence_id && p.subject == record.subject && p.measure == Measure::Growth
    };
    hit.info.family == UnitFamily::Percent && dating::aim_named_after(after) && prev.is_some_and(of_growth)
}

/// 财政收入 said with the local government's part after 其中 (财政收入1432.4亿元，其中地方财政收入
/// 746亿元): the report's bare 财政收入 is everything collected in the region, central taxes
/// included, not the local government's revenue (the config's last alias for it, which
/// reports that give no other name use for it). Not the State Council's: its 财政收入 is
/// the country's revenue, whose 其中 parts are the centre's and the local governments'.
static REVENUE_AS_THE_TOTAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:^|[^般算方级共])财政收入[^。；]{0,40}其中[，,]?[^。；，]{0,6}(?:地方|本级|一般|公共)")
        .expect("valid regex")
});

/// In a report that says its 财政收入 is the total ([`REVENUE_AS_THE_TOTAL`]), a figure of
/// the bare 财政收入 (全市财政收入增长3%) is no figure of the local government's revenue.
fn revenue_said_as_the_total(report: &Report, records: &mut [Indicator]) {
    const REVENUE: &str = "general_budget_revenue";
    let bare = |r: &Indicator| subject::without_whole_opening(&r.subject) == "财政收入";
    let candidates = records.iter().any(|r| r.indicator.as_deref() == Some(REVENUE) && bare(r));
    if !candidates || report.meta.region == "全国" || !REVENUE_AS_THE_TOTAL.is_match(&report.text) {
        return;
    }
    for r in records.iter_mut().filter(|r| r.indicator.as_deref() == Some(REVENUE)) {
        if bare(r) {
            r.indicator = None;
        }
    }
}
