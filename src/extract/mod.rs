//! Sentences -> indicator records: numbers with unit, scale, bound, measure, subject,
//! kind (target or actual), period and canonical indicator id.
//!
//! `number` finds the number phrases; this module reads the words around each one.
//! Every word list comes from `[extract]` and `[[indicators]]` in the config.

pub mod number;

use std::sync::LazyLock;

use regex::Regex;

use crate::config::Settings;
use crate::ingest::decode::is_cjk;
use crate::model::{Bound, Indicator, Kind, Measure, Part, Report, Sentence, UnitFamily};
use number::{Hit, Lexicon, UnitInfo};

/// Characters that join the items of a list subject (城镇、农村; 申请量和授权量).
const LIST_SEPARATORS: [char; 4] = ['、', '和', '与', '及'];

/// The words before a number, read: the subject and the cue words stripped from it.
#[derive(Debug, Clone, Default)]
struct Phrase {
    subject: String,
    verbs: Vec<Verb>,
    /// The growth or decline word nearest the number (增加, 减少), as written.
    change_word: Option<String>,
    /// The subject was cut before a comparison (增速快于第二产业): the number is a gap
    /// between two series, not a value of an indicator.
    compared: bool,
}

/// The last `n` distinct subjects, in order, if there are that many.
fn distinct_tail(subjects: &[String], n: usize) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for s in subjects.iter().rev() {
        if !s.is_empty() && !out.contains(s) {
            out.insert(0, s.clone());
        }
        if out.len() == n {
            return Some(out);
        }
    }
    None
}

/// What a word stripped from the end of a subject says about the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Growth,
    Decline,
    /// 分别: the subject is a list that the following numbers are distributed over.
    Respectively,
    /// 提高到, 降至: the number is the new level, not the change.
    ToLevel,
    /// 均, 都: one number holds for each subject of a list.
    Each,
    Other,
}

#[derive(Debug, Clone)]
struct Alias {
    text: String,
    indicator: usize,
}

/// The extract stage, compiled once from the settings.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicon,
    /// Words stripped from the end of a subject, longest first.
    trailing: Vec<(String, Verb)>,
    leading: Vec<String>,
    share_words: Vec<String>,
    level_rates: Vec<String>,
    count_units: Vec<String>,
    head_nouns: Vec<String>,
    comparison_words: Vec<String>,
    scope_modifiers: Vec<String>,
    after_stops: Vec<String>,
    target_cues: Vec<String>,
    /// the same, searched from the end of a paragraph
    last_target_cue: LastOf,
    actual_cues: Vec<String>,
    estimate_cues: Vec<String>,
    last_five_year_cue: LastOf,
    /// “没有提出…具体目标” and the like, all at once
    no_target_cues: aho_corasick::AhoCorasick,
    /// Aliases, longest first.
    aliases: Vec<Alias>,
    /// (id, unit families, headline measure) per indicator.
    indicators: Vec<(String, Vec<UnitFamily>, Measure)>,
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

/// Cue words whose last occurrence before a number in its paragraph is asked for,
/// for every number: where they occur is found once per paragraph (`Text::cues`).
#[derive(Debug, Clone)]
struct LastOf {
    /// Tells sets apart in the cache; unique per set.
    id: usize,
    words: Vec<memchr::memmem::Finder<'static>>,
}

static NEXT_CUE_SET: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl LastOf {
    fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> LastOf {
        LastOf {
            id: NEXT_CUE_SET.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            words: words.into_iter().map(|w| memchr::memmem::Finder::new(w.as_ref().as_bytes()).into_owned()).collect(),
        }
    }

    /// Byte offset, in `ctx.paragraph_prefix(upto)`, of the last occurrence of any of
    /// the words there: what `rfind` of each word on that prefix would give.
    fn last_before(&self, ctx: &Context, upto: usize) -> Option<usize> {
        ctx.last_cue(self.id, &self.words, upto)
    }
}

/// Cues of the plan year.
static THIS_YEAR: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年", "明年", "全年", "年度"]));
/// Cues of the year under review, after a plan's first years.
static PAST_YEAR: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["过去一年", "去年", "一年来", "全年"]));
/// Cues of the year under review, against a five-year one.
static SINGLE_PAST_YEAR: LazyLock<LastOf> =
    LazyLock::new(|| LastOf::new(["过去一年", "去年", "一年来", "全年", "过去的一年"]));
/// A plan-part paragraph turning to the past year, or back to the plan year.
static LOOKING_BACK: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["过去一年", "过去的一年", "一年来"]));
static LOOKING_AHEAD: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年", "明年"]));

/// Time phrases at the end of a subject: 从2007年底, 由上年的, 比五年前.
static TRAILING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:从|由|比|较)?(?:(?:19|20)[0-9][0-9]年|上年|去年|五年前|同期|上年同期|“?十[一二三四五]五”?(?:期间|时期)|近[一二两三四五六七八九十]年|过去(?:的)?[一二两三四五六七八九十]年|[一二两三四五六七八九十]年来)(?:底|末|初)?的?|按[^，]{1,6}口径(?:计算)?|(?:剔除|扣除)[^，]{1,10}后)$")
        .expect("valid regex")
});
/// Time phrases at the start of a subject: 2015年城镇…, 去年底…, “十三五”时期….
static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:19|20)[0-9][0-9]年|去年|今年|上年|“?十[一二三四五]五”?(?:期间|时期|前[一二三四]年)?)(?:底|末|初)?",
    )
    .expect("valid regex")
});
/// The marker of an enumerated point at the start of a clause: 一是, 三是.
static ENUMERATION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[一二三四五六七八九十]+是").expect("valid regex"));
/// An ordinal with its classifier (全球第五个): what follows it is the subject.
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第[0-9一二三四五六七八九十百]+个").expect("valid regex"));
static TO_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"到(20[0-9][0-9])年").expect("valid regex"));
/// “十一五”前四年累计: the first years of a five-year plan.
static PLAN_FIRST_YEARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"十([一二三四五六七八九])五”?前([一二三四])年").expect("valid regex"));
static FIVE_YEAR_PLAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"十([一二三四五六七八九])五").expect("valid regex"));
/// 由2010年的162.4亿元: the number is the level of the year named just before it.
static LEVEL_OF_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:由|从)((?:19|20)[0-9][0-9])年(?:底|末)?的?$").expect("valid regex"));
/// 比2010年增加13480元: a change since the year named.
static SINCE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"比((?:19|20)[0-9][0-9])年").expect("valid regex"));
/// 第一季度, 上半年, 前三季度, 1-9月: part of a year, which no yearly indicator is.
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"季度|上半年|下半年|前[一二三四五六七八九十两0-9]{1,2}个月|[一二三四五六七八九十0-9]{1,2}\s*[-—–~至]\s*[一二三四五六七八九十0-9]{1,2}月")
        .expect("valid regex")
});
/// 五年淘汰, 近两年再下降, 连续四年超过: a number of years opening the words before the
/// number, or after 过去/近/连续/这 (not 五年前, 学前三年入园率, 三年行动计划).
static LAST_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|过去|近|连续|这)([二两三四五六七八九十])年(来)?(?:间|里|中|内|累计|共|合计)?(?:[^前后底末初度份级期行计规0-9]|$)")
        .expect("valid regex")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|20)[0-9][0-9])年").expect("valid regex"));

/// What the words just before a number say about the years it covers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Dating {
    /// 年均增长12.1%: an average over several years
    average: bool,
    /// 由2010年的162.4亿元: the level of that year
    level_of: Option<i32>,
    /// 比2010年增加: a change since that year
    since: Option<i32>,
    /// 五年淘汰, 近两年再下降: a total or change over that many years, and whether
    /// they are the last ones (近, 过去, 连续, 来) rather than any within the paragraph's
    years: Option<(i32, bool)>,
}

impl Dating {
    fn of(before: &str, verbs: &[Verb]) -> Dating {
        let year = |c: regex::Captures| c[1].parse::<i32>().ok();
        let changes = verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline));
        Dating {
            average: is_average(before),
            level_of: LEVEL_OF_YEAR.captures(before.trim_end()).and_then(year),
            since: SINCE_YEAR.captures_iter(before).last().and_then(year).filter(|_| changes),
            years: LAST_YEARS.captures_iter(before).last().and_then(|c| {
                let n = c[2].chars().next()?;
                let n = if n == '十' { 10 } else { number::cn_digit(n)? as i32 };
                Some((n, !c[1].is_empty() || c.get(3).is_some()))
            }),
        }
    }
}

/// 年均增长, 年平均增长, 平均每年增长: a change averaged over years. Not 年均浓度 (an
/// annual mean, a level), 全年均 or 今年均.
fn is_average(before: &str) -> bool {
    const CHANGES: [&str; 12] =
        ["", "增长", "实际增长", "增加", "递增", "提高", "上升", "增速", "增幅", "下降", "减少", "降低"];
    ["年均", "年平均", "平均每年"].iter().any(|w| {
        before.match_indices(w).any(|(at, _)| {
            let rest = before[at + w.len()..].trim();
            CHANGES.contains(&rest)
                && !(*w == "年均" && before[..at].ends_with(['全', '今', '去', '明', '当', '每', '上', '本', '同']))
        })
    })
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
        };
        let mut trailing: Vec<(String, Verb)> = Vec::new();
        for w in &x.subject_trailing {
            let verb = match w.as_str() {
                "分别" => Verb::Respectively,
                "均" | "都" => Verb::Each,
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
        let mut aliases: Vec<Alias> = Vec::new();
        for (i, def) in settings.file.indicators.iter().enumerate() {
            aliases.extend(def.aliases.iter().map(|a| Alias { text: a.clone(), indicator: i }));
        }
        aliases.sort_by(|a, b| b.text.chars().count().cmp(&a.text.chars().count()).then_with(|| a.text.cmp(&b.text)));
        Extractor {
            lex,
            trailing,
            leading: sorted(x.subject_leading.clone()),
            share_words: sorted(x.share_words.clone()),
            level_rates: sorted(x.level_rates.clone()),
            count_units: x.count_units.clone(),
            head_nouns: sorted(x.head_nouns.clone()),
            comparison_words: x.comparison_words.clone(),
            scope_modifiers: x.scope_modifiers.clone(),
            after_stops: sorted(x.subject_after_stops.clone()),
            target_cues: x.target_cues.clone(),
            last_target_cue: LastOf::new(&x.target_cues),
            actual_cues: x.actual_cues.clone(),
            estimate_cues: x.estimate_cues.clone(),
            last_five_year_cue: LastOf::new(&x.five_year_cues),
            no_target_cues: aho_corasick::AhoCorasick::new(&x.no_target_cues).expect("cue words build an automaton"),
            aliases,
            indicators: settings.file.indicators.iter().map(|d| (d.id.clone(), d.units.clone(), d.headline)).collect(),
        }
    }

    /// The number phrases of one sentence of normalised text (for tests and tools).
    pub fn numbers(&self, sentence: &str) -> Vec<Hit> {
        self.lex.scan(&sentence.chars().collect::<Vec<char>>())
    }

    /// Every quantified statement of a report, in text order.
    pub fn extract(&self, report: &Report) -> Vec<Indicator> {
        // the chars, and the byte offset of every char offset so that cue windows borrow
        // from the report's text; both sized at once
        let n = report.text.chars().count();
        let (mut text, mut bytes) = (Vec::with_capacity(n), Vec::with_capacity(n + 1));
        for (b, c) in report.text.char_indices() {
            text.push(c);
            bytes.push(b);
        }
        bytes.push(report.text.len());
        let text = Text {
            chars: &text,
            str: &report.text,
            bytes: &bytes,
            cues: Default::default(),
            plan_year: LastOf::new([format!("{}年", report.meta.year)]),
            review_year: LastOf::new([format!("{}年", report.meta.review_year)]),
        };
        let mut out = Vec::new();
        for sentence in &report.sentences {
            self.sentence(report, &text, sentence, &mut out);
        }
        out
    }

    fn sentence(&self, report: &Report, text: &Text, sentence: &Sentence, out: &mut Vec<Indicator>) {
        let chars: &[char] = &text.chars[sentence.start..sentence.end];
        let ctx = Context::new(report, text, sentence);
        let hits = self.lex.scan(chars);
        if hits.is_empty() {
            self.absent_targets(report, &ctx, sentence, out);
            return;
        }
        // first pass: the words before each number
        let mut parsed: Vec<(String, Phrase, bool)> = Vec::with_capacity(hits.len());
        for (k, hit) in hits.iter().enumerate() {
            let prev_end = k.checked_sub(1).map_or(0, |p| hits[p].end);
            let before: String = chars[clause_start(chars, hit.start).max(prev_end)..hit.start].iter().collect();
            let phrase = self.subject(&before);
            // 8%和8.5%, 35512元、25689元; a number opening a clause (，13亿多人口) is no second item
            let joiner = before.trim();
            let connector_only = k > 0 && !joiner.is_empty() && joiner.chars().all(|c| "和、与及".contains(c));
            parsed.push((before, phrase, connector_only));
        }
        let mut subjects: Vec<String> = Vec::with_capacity(hits.len());
        let mut spread: Vec<String> = Vec::new(); // subjects left to distribute (分别)
        let mut group: Vec<String> = Vec::new(); // the last list numbers were distributed over
        let mut prev: Option<(Vec<Verb>, Option<String>)> = None; // verbs and indicator of the previous number
        let mut prev_dating = Dating::default();
        for (k, hit) in hits.iter().enumerate() {
            let (before, phrase, connector_only) = &parsed[k];
            let mut verbs = phrase.verbs.clone();
            if *connector_only {
                // 分别增长8%和8.5%: the second number shares the first one's verb
                verbs = prev.as_ref().map(|p| p.0.clone()).unwrap_or_default();
            }
            // 年均增长8.7%和8.6%, 分别从2007年的23623元、10222元: the second number is
            // dated as the first
            let dating = if *connector_only { prev_dating } else { Dating::of(before, &verbs) };
            prev_dating = dating;
            let run = 1 + parsed[k + 1..].iter().take_while(|p| p.2).count();
            let hit = &Hit { bound: self.run_bound(chars, &hits[k..k + run]), ..hit.clone() };
            let mut each: Vec<String> = Vec::new(); // one number for each of several subjects
            let subject = if *connector_only && !spread.is_empty() {
                spread.remove(0)
            } else if let Some(list) =
                self.list_for(&phrase.subject, &verbs, run, &subjects, &group).filter(|_| !*connector_only)
            {
                group.clone_from(&list);
                if run == 1 {
                    each.clone_from(&list);
                    spread.clear();
                } else {
                    spread = list[1..].to_vec();
                }
                list[0].clone()
            } else {
                spread.clear();
                let object = !*connector_only
                    && !verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline | Verb::ToLevel))
                    && !matches!(hit.info.family, UnitFamily::Percent | UnitFamily::Pp | UnitFamily::Multiple)
                    && (phrase.subject.is_empty()
                        || before.trim_end().ends_with('的')
                        || self.leading.iter().any(|w| phrase.subject.ends_with(w.as_str())));
                match object.then(|| self.noun_after(chars, hit.end)).flatten() {
                    // 淘汰900多个落后产能项目: the number counts the noun after it
                    Some(noun) => noun,
                    None if phrase.subject.is_empty() => {
                        if k > 0 && before.trim().is_empty() && verbs.is_empty() {
                            // 增长11.3%，低于13%左右的预期目标: the same subject, read the same way
                            verbs = prev.as_ref().map(|p| p.0.clone()).unwrap_or_default();
                        }
                        subjects.last().cloned().unwrap_or_default()
                    }
                    None => phrase.subject.clone(),
                }
            };
            let after: String = chars[hit.end..chars.len().min(hit.end + 6)].iter().collect();
            let each = if each.is_empty() { vec![subject.clone()] } else { each };
            for s in &each {
                // 农村贫困人口减少1000万: an absolute change keeps its verb in the subject
                let absolute = !matches!(hit.info.family, UnitFamily::Percent | UnitFamily::Pp | UnitFamily::Multiple)
                    && phrase.change_word.is_some()
                    && !*connector_only;
                let s =
                    if absolute { format!("{s}{}", phrase.change_word.as_deref().unwrap_or("")) } else { s.clone() };
                let mut record = self.record(report, &ctx, sentence, hit, &s, &verbs, &after, dating);
                if record.indicator.is_none() && !connector_only && each.len() == 1 && !absolute {
                    // 经济增长6.5%: the alias may include the verb that was stripped
                    record.indicator = self.indicator_of(&self.lead_trimmed(before), family_of(hit));
                }
                if let (None, Some(change), false, 1) = (&record.indicator, &phrase.change_word, absolute, each.len()) {
                    // 经济增长预期7%: the subject and its verb without the cue between them
                    record.indicator = self.indicator_of(&format!("{s}{change}"), family_of(hit));
                }
                if record.indicator.is_none() && ["总量", "总额", "规模"].contains(&s.as_str()) {
                    // 国内生产总值增长6.6%，总量突破90万亿元: 总量 is the previous indicator's
                    record.indicator =
                        prev.as_ref().and_then(|p| p.1.clone()).filter(|id| self.accepts(id, family_of(hit)));
                }
                if phrase.compared {
                    record.indicator = None;
                }
                prev = Some((verbs.clone(), record.indicator.clone()));
                out.push(record);
            }
            if each.len() > 1 {
                subjects.extend(each);
            } else {
                subjects.push(subject);
            }
        }
    }

    /// The subjects that one number, or a run of numbers joined by 和/、, is spread over:
    /// a list before 分别 or 均, a list as long as the run, or the list named before.
    fn list_for(
        &self,
        subject: &str,
        verbs: &[Verb],
        run: usize,
        subjects: &[String],
        group: &[String],
    ) -> Option<Vec<String>> {
        let respectively = verbs.contains(&Verb::Respectively);
        let each = verbs.contains(&Verb::Each) && !respectively;
        let list = if subject.is_empty() {
            if run >= 2 {
                // 17175元和5153元，实际增长9.8%和8.5%: the numbers follow the subjects in order
                distinct_tail(subjects, run)?
            } else if respectively || each {
                // 分别达35512元、25689元，均增长7.8%: each subject of the list named before
                group.to_vec()
            } else {
                return None;
            }
        } else if respectively || each {
            // 城乡居民人均可支配收入分别增长7.5%; 城镇、农村居民收入均增长8%
            self.distribute(subject, run.max(2))
        } else if run >= 2 && subject.contains(LIST_SEPARATORS) {
            // 城镇居民人均可支配收入和农村居民人均纯收入增长8.4%和11.4%: 分别 unsaid
            Some(self.distribute(subject, run)).filter(|l| l.len() == run)?
        } else {
            return None;
        };
        (list.len() >= 2).then_some(list)
    }

    /// The bound of the first number of a run: 分别增长7%和8%左右 is approx for both.
    fn run_bound(&self, chars: &[char], run: &[Hit]) -> Bound {
        let (first, last) = (&run[0], &run[run.len() - 1]);
        let shared = matches!(last.bound, Bound::Approx | Bound::Ge | Bound::Le)
            && self.lex.bound_suffixes.iter().any(|(w, b)| *b == last.bound && chars[..last.end].ends_with(w));
        if run.len() > 1 && first.bound == Bound::Eq && shared {
            last.bound
        } else {
            first.bound
        }
    }

    /// The noun a number counts when the number stands before it: 100多项制度创新成果在全国推广,
    /// 13亿多人口的大国. None when a verb, a cue or nothing nominal follows.
    fn noun_after(&self, chars: &[char], at: usize) -> Option<String> {
        let rest: Vec<char> = chars[at.min(chars.len())..].iter().take(16).copied().collect();
        let text: String = rest.iter().collect();
        let starts_nominal = rest.first().is_some_and(|&c| is_cjk(c))
            && !text.starts_with(['比', '占', '的', '是', '为'])
            && !self.trailing.iter().any(|(w, _)| text.starts_with(w.as_str()))
            && !self.after_stops.iter().any(|w| text.starts_with(w.as_str()))
            // 4万多亿元: the rest of a number, not a noun
            && !self.lex.scales.iter().any(|(w, _)| rest.starts_with(w))
            && self.lex.unit(&rest, 0).is_none();
        if !starts_nominal {
            return None;
        }
        // the noun ends at a stop word or at a verb of change (31个省份公务接待费减少26%)
        let changes = self.trailing.iter().filter(|(_, v)| matches!(v, Verb::Growth | Verb::Decline | Verb::ToLevel));
        let (end, _) = text.char_indices().find(|&(i, c)| {
            !is_cjk(c)
                || self.after_stops.iter().any(|w| text[i..].starts_with(w.as_str()))
                || changes.clone().any(|(w, _)| text[i..].starts_with(w.as_str()))
        })?;
        let noun = &text[..end];
        (noun.chars().count() >= 2).then(|| noun.to_string())
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
        dating: Dating,
    ) -> Indicator {
        let measure = self.measure(hit, subject, verbs);
        let declines = verbs.contains(&Verb::Decline) && matches!(measure, Measure::Growth | Measure::PpChange);
        let sign = if declines { -1.0 } else { 1.0 };
        // A decline of “3%以上” is a growth of at most -3: the bound turns round too.
        let bound = if declines { flip(hit.bound) } else { hit.bound };
        let (mut value, mut value_hi) = (hit.value * sign, hit.value_hi.map(|v| v * sign));
        if let (true, Some(hi)) = (declines, value_hi) {
            (value, value_hi) = (hi, Some(value));
        }
        let upto = sentence.start + hit.start;
        let kind = self.kind(report, ctx, after);
        let (period_start, period_end) = self.period(report, ctx, kind, upto, dating);
        let indicator = self.indicator_of(subject, family_of(hit));
        Indicator {
            kind,
            period_start,
            period_end,
            estimated: self.estimate_cues.iter().any(|c| ctx.slice(ctx.full_start, upto).contains(c.as_str())),
            indicator,
            subject: subject.to_string(),
            measure,
            value: Some(value),
            value_hi,
            unit: hit.unit.clone(),
            value_base: Some(round9(value * hit.scale * hit.info.factor)),
            base_unit: hit.info.base.clone(),
            bound,
            sentence_id: sentence.id,
            start: sentence.start + hit.start,
            end: sentence.start + hit.end,
            matched: ctx.slice(sentence.start + hit.start, sentence.start + hit.end).to_string(),
        }
    }

    /// Strip cue words from both ends of the text before a number: (subject, verbs).
    fn subject(&self, before: &str) -> Phrase {
        let mut s = before.trim_matches(|c: char| c.is_whitespace() || "、的了".contains(c)).to_string();
        // 三是将18项收费…: the marker of an enumerated point is no part of the subject
        if let Some(m) = ENUMERATION.find(&s) {
            s = s[m.end()..].to_string();
        }
        // 增速快于第二产业9个百分点: the subject is the first term of the comparison
        let cut = self.comparison_words.iter().filter_map(|w| s.find(w.as_str())).filter(|&i| i > 0).min();
        if let Some(at) = cut {
            s.truncate(at);
        }
        let mut verbs = Vec::new();
        let mut change_word = None;
        'strip: loop {
            if let Some(m) = TRAILING_TIME.find(&s).filter(|m| m.start() > 0 || m.end() == s.len()) {
                if !m.as_str().is_empty() {
                    s.truncate(m.start());
                    continue 'strip;
                }
            }
            for (w, v) in &self.trailing {
                // 均 ends 人均 and 平均 without meaning “each”
                let average = *v == Verb::Each && (s.ends_with("人均") || s.ends_with("平均"));
                if s.ends_with(w.as_str()) && !average {
                    if matches!(v, Verb::Growth | Verb::Decline) && change_word.is_none() {
                        change_word = Some(w.clone());
                    }
                    s.truncate(s.len() - w.len());
                    s = s.trim_end_matches(['的', '了', '、']).to_string();
                    verbs.push(*v);
                    continue 'strip;
                }
            }
            break;
        }
        // 全球第五个航空旅客年吞吐量: the ordinal ranks what follows it
        if let Some(m) = ORDINAL.find_iter(&s).last().filter(|m| m.end() < s.len()) {
            s = s[m.end()..].to_string();
        }
        Phrase { subject: self.lead_trimmed(&s), verbs, change_word, compared: cut.is_some() }
    }

    /// Strip leading cue words (全年, 预计, 力争 …).
    fn lead_trimmed(&self, text: &str) -> String {
        let mut s = text.trim();
        'lead: loop {
            // a subject that is only a time (今年要新增…) is no subject
            if let Some(m) = LEADING_TIME.find(s).filter(|m| !m.as_str().is_empty()) {
                s = &s[m.end()..];
                continue 'lead;
            }
            for w in &self.leading {
                if s.starts_with(w.as_str()) && s.len() > w.len() {
                    s = &s[w.len()..];
                    continue 'lead;
                }
            }
            break;
        }
        s.trim_matches(['、', '，', '的']).to_string()
    }

    /// 城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入.
    fn distribute(&self, subject: &str, count: usize) -> Vec<String> {
        // 城乡居民人均可支配收入分别增长8%和9%: 城乡 stands for 城镇 and 农村
        if count >= 2 && !subject.contains(LIST_SEPARATORS) {
            if let Some(rest) = subject.strip_prefix("城乡") {
                return vec![format!("城镇{rest}"), format!("农村{rest}")];
            }
        }
        let items: Vec<&str> = subject.split(LIST_SEPARATORS).filter(|s| !s.is_empty()).collect();
        let (Some(first), Some(last)) = (items.first(), items.last()) else { return vec![subject.to_string()] };
        let head = self.head_nouns.iter().find(|h| last.ends_with(h.as_str()) && last.len() > h.len());
        // 城镇和农村人均住房面积: a scope word stands for the last item's own scope word
        let scope = self.scope_modifiers.iter().find(|m| last.starts_with(m.as_str()) && last.len() > m.len());
        items
            .iter()
            .enumerate()
            .map(|(i, item)| match head {
                _ if scope
                    .is_some_and(|m| self.scope_modifiers.contains(&item.to_string()) && item.len() == m.len()) =>
                {
                    format!("{item}{}", &last[item.len()..])
                }
                Some(h) if !self.head_nouns.iter().any(|x| item.ends_with(x.as_str())) => format!("{item}{h}"),
                _ => match shared_modifier(first, item).filter(|_| i > 0) {
                    Some(modifier) => format!("{modifier}{item}"),
                    None => item.to_string(),
                },
            })
            .collect()
    }

    fn measure(&self, hit: &Hit, subject: &str, verbs: &[Verb]) -> Measure {
        let change = verbs.iter().find(|v| matches!(v, Verb::Growth | Verb::Decline | Verb::ToLevel));
        match hit.info.family {
            UnitFamily::Pp => Measure::PpChange,
            UnitFamily::Multiple => Measure::Multiple,
            UnitFamily::Percent => match change {
                Some(Verb::Growth | Verb::Decline) => Measure::Growth,
                _ if self.level_rates.iter().any(|w| subject.ends_with(w.as_str())) => Measure::Level,
                _ if ends_in_change(subject) => Measure::Growth,
                // 口岸贸易总额占全球的3.2%: a part of a whole
                _ if subject.chars().skip(1).any(|c| c == '占') => Measure::Share,
                _ if self.share_words.iter().any(|w| subject.ends_with(w.as_str())) => Measure::Share,
                _ => Measure::Level,
            },
            _ if self.count_units.contains(&hit.info.base) => Measure::Count,
            _ => Measure::Level,
        }
    }

    fn indicator_of(&self, subject: &str, family: UnitFamily) -> Option<String> {
        // 第一季度市生产总值增长3.1%: a quarter's growth is not the year's
        if PART_OF_YEAR.is_match(subject) {
            return None;
        }
        // 规模以上工业增加值增速: a rate-of-change noun after the alias is still the indicator
        let core = ["增速", "增幅", "增长率"].iter().find_map(|w| subject.strip_suffix(w)).unwrap_or(subject);
        // 服务业增加值占地区生产总值比重, 研发经费与国内生产总值之比: the whole is not
        // the indicator; the part before it names what is measured
        let core = match core.char_indices().skip(1).find(|&(_, c)| c == '占') {
            Some((at, _)) => &core[..at],
            None => core.split("相当于").next().unwrap_or(core),
        };
        let core = match core.strip_suffix("之比").and_then(|c| c.rfind('与').map(|at| &c[..at])) {
            Some(part) => part,
            None => core,
        };
        let alias = self.aliases.iter().find(|a| core.ends_with(a.text.as_str()))?;
        let id = &self.indicators[alias.indicator].0;
        self.accepts(id, family).then(|| id.clone())
    }

    /// Whether indicator `id` may be stated in a unit of `family`.
    fn accepts(&self, id: &str, family: UnitFamily) -> bool {
        // 是五年前的1.9倍: any indicator may be stated as a multiple of an earlier level
        family == UnitFamily::Multiple
            || self.indicators.iter().any(|(i, families, _)| i == id && families.contains(&family))
    }

    fn kind(&self, report: &Report, ctx: &Context, after: &str) -> Kind {
        if after.starts_with("的预期目标") || after.starts_with("的目标") || after.starts_with("预期目标") {
            return Kind::Target;
        }
        let window = ctx.window();
        let has = |cues: &[String]| cues.iter().any(|c| window.contains(c.as_str()));
        match ctx.part(report) {
            Part::Plan => {
                // 控制在 states results as often as aims (居民消费价格涨幅控制在3.3%)
                let aims = |w: &str| self.target_cues.iter().any(|c| c != "控制在" && w.contains(c.as_str()));
                if (has(&self.actual_cues) && !has(&self.target_cues)) || (!aims(window) && self.looks_back(ctx)) {
                    Kind::Actual
                } else {
                    Kind::Target
                }
            }
            Part::Review => Kind::Actual,
            Part::Preamble => {
                if has(&self.target_cues) && !has(&self.actual_cues) {
                    Kind::Target
                } else {
                    Kind::Actual
                }
            }
        }
    }

    /// The years a number covers: the cues of its paragraph, narrowed or widened by the
    /// words just before it.
    fn period(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize, dating: Dating) -> (i32, i32) {
        if let Some(year) = dating.level_of {
            return (year, year);
        }
        let span = self.period_by_cues(report, ctx, kind, upto);
        if let Some((n, _)) = dating.years.filter(|&(_, last)| last || span.0 == span.1) {
            // the words just before the number are more precise than the paragraph's cues
            // (近两年 in a review of five), though a bare 两年 in it may be any two
            return match kind {
                Kind::Actual => (span.1 - n + 1, span.1),
                Kind::Target => (span.0, span.0 + n - 1),
            };
        }
        if span.0 != span.1 {
            return span;
        }
        let end = span.1;
        if let Some(since) = dating.since.filter(|&y| y < end) {
            return (since + 1, end);
        }
        if dating.average {
            // 由2010年的…增加到2015年的…，年均增长12.1%: from the year after the earliest
            // one the sentence names; without one, the five years of a plan
            let earliest = YEAR
                .captures_iter(ctx.slice(ctx.full_start, upto))
                .filter_map(|c| c[1].parse::<i32>().ok())
                .filter(|&y| y < end)
                .min();
            return match (earliest, kind) {
                (Some(y), _) => (y + 1, end),
                (None, Kind::Actual) => (end - 4, end),
                (None, Kind::Target) => (end, end + 4),
            };
        }
        span
    }

    fn period_by_cues(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize) -> (i32, i32) {
        let (review, plan) = (report.meta.review_year, report.meta.year);
        let paragraph = ctx.paragraph_prefix(upto);
        match kind {
            Kind::Actual => {
                if let Some(span) = Self::first_years_of_plan(ctx, upto, review) {
                    span
                } else if self.five_year(ctx, upto)
                    || (paragraph_is_silent(paragraph, review) && ctx.section_is_five_year(report, review))
                {
                    (review - 4, review)
                } else {
                    (review, review)
                }
            }
            Kind::Target => {
                // the cue nearest before the number wins: 今年 after “十四五” is this year
                let single = THIS_YEAR.last_before(ctx, upto).max(ctx.text.plan_year.last_before(ctx, upto));
                let to_year = TO_YEAR.captures_iter(paragraph).last().and_then(|c| {
                    let y = c[1].parse::<i32>().ok().filter(|&y| y > plan)?;
                    Some((c.get(0)?.start(), (plan, y)))
                });
                let fyp = FIVE_YEAR_PLAN.captures_iter(paragraph).last().and_then(|c| {
                    let start = 2001 + 5 * number::cn_digit(c[1].chars().next()?)? as i32; // 十一五 = 2006–2010
                    (start + 4 >= plan && start <= plan + 1).then_some((c.get(0)?.start(), (start, start + 4)))
                });
                match to_year.into_iter().chain(fyp).max_by_key(|(at, _)| *at) {
                    Some((at, span)) if single.is_none_or(|s| at > s) => span,
                    // “十二五”时期的主要目标: a section about a five-year plan sets five-year targets
                    _ if single.is_none() => ctx.five_year_section(report, plan).unwrap_or((plan, plan)),
                    _ => (plan, plan),
                }
            }
        }
    }

    /// “十一五”前四年累计…下降14.38%: the span of the first years of a plan, when that is
    /// the last year cue before the number.
    fn first_years_of_plan(ctx: &Context, upto: usize, review: i32) -> Option<(i32, i32)> {
        let paragraph = ctx.paragraph_prefix(upto);
        let c = PLAN_FIRST_YEARS.captures_iter(paragraph).last()?;
        let at = c.get(0)?.start();
        let later_single = PAST_YEAR.last_before(ctx, upto).is_some_and(|w| w > at);
        if later_single || paragraph[at..].contains("。") {
            return None;
        }
        let start = 2001 + 5 * number::cn_digit(c[1].chars().next()?)? as i32;
        let years = number::cn_digit(c[2].chars().next()?)? as i32;
        let span = (start, start + years - 1);
        (span.1 <= review).then_some(span)
    }

    /// “今年是…开局之年。过去一年，我们取得了很大成绩。国内生产总值增长10.3%”: in the
    /// plan part, a paragraph that turned to the past year in an earlier sentence, and
    /// has not turned back to the plan year since, reports results.
    fn looks_back(&self, ctx: &Context) -> bool {
        let back = LOOKING_BACK.last_before(ctx, ctx.full_start);
        let ahead = LOOKING_AHEAD
            .last_before(ctx, ctx.full_start)
            .max(ctx.text.plan_year.last_before(ctx, ctx.full_start))
            .max(self.last_target_cue.last_before(ctx, ctx.full_start));
        matches!(back, Some(b) if ahead.is_none_or(|a| a < b))
    }

    /// Whether the last year cue of the paragraph before the number is a five-year one.
    fn five_year(&self, ctx: &Context, upto: usize) -> bool {
        let last_five = self.last_five_year_cue.last_before(ctx, upto);
        let last_single = SINGLE_PAST_YEAR.last_before(ctx, upto).max(ctx.text.review_year.last_before(ctx, upto));
        matches!((last_five, last_single), (Some(f), s) if s.is_none_or(|s| f > s))
    }

    /// “没有提出全年经济增速具体目标”: a target the report says it does not set.
    fn absent_targets(&self, report: &Report, ctx: &Context, sentence: &Sentence, out: &mut Vec<Indicator>) {
        let text = sentence.text.as_str();
        // the leftmost match is the earliest of any cue
        let Some(cue_at) = self.no_target_cues.find(text).map(|m| m.start()) else { return };
        if ctx.part(report) == Part::Review {
            return;
        }
        let mut seen = Vec::new();
        for alias in &self.aliases {
            let Some(at) = text.find(alias.text.as_str()) else { continue };
            let (id, _, headline) = &self.indicators[alias.indicator];
            if at < cue_at.saturating_sub(30) || seen.contains(id) {
                continue;
            }
            seen.push(id.clone());
            let start = sentence.start + text[..at].chars().count();
            let end = start + alias.text.chars().count();
            out.push(Indicator {
                kind: Kind::Target,
                period_start: report.meta.year,
                period_end: report.meta.year,
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
            });
        }
    }
}

/// 城镇调查失业率和登记失业率: a later, shorter item of a list shares the first item's
/// modifier (城镇) when the two end alike and differ in length by that modifier only.
fn shared_modifier(first: &str, item: &str) -> Option<String> {
    let (f, t): (Vec<char>, Vec<char>) = (first.chars().collect(), item.chars().collect());
    let extra = f.len().checked_sub(t.len())?;
    let common = f.iter().rev().zip(t.iter().rev()).take_while(|(a, b)| a == b).count();
    let aligned = common >= 1 && t.len() - common <= 2; // 登记 against 调查, 授权 against 申请
    ((1..=2).contains(&extra) && aligned).then(|| f[..extra].iter().collect())
}

/// Percentage points are compared with percent indicators.
fn family_of(hit: &Hit) -> UnitFamily {
    if hit.info.family == UnitFamily::Pp {
        UnitFamily::Percent
    } else {
        hit.info.family
    }
}

fn round9(v: f64) -> f64 {
    if v.abs() < 1e15 {
        (v * 1e9).round() / 1e9
    } else {
        v
    }
}

/// The bound of a negated number: “下降3%以上” is growth ≤ -3.
fn flip(b: Bound) -> Bound {
    match b {
        Bound::Ge => Bound::Le,
        Bound::Le => Bound::Ge,
        Bound::Gt => Bound::Lt,
        Bound::Lt => Bound::Gt,
        other => other,
    }
}

/// Subjects such as 居民消费价格涨幅 name a change themselves.
fn ends_in_change(subject: &str) -> bool {
    ["涨幅", "增幅", "增速", "降幅"].iter().any(|w| subject.ends_with(w))
}

/// Start of the clause a number stands in: after the last ，；：（ etc. before it.
fn clause_start(chars: &[char], at: usize) -> usize {
    // not at quotation marks: “十一五”期间 and “雏鹰”企业 stand inside a subject
    chars[..at].iter().rposition(|&c| "，,；;：:。（(！？!?—".contains(c)).map_or(0, |i| i + 1)
}

fn paragraph_is_silent(paragraph: &str, review: i32) -> bool {
    !["过去一年", "去年", "一年来", "全年"].iter().any(|c| paragraph.contains(c))
        && !paragraph.contains(&format!("{review}年"))
}

/// A report's text as chars, and as the string with each char's byte offset, so that
/// windows of it are borrowed, not collected.
struct Text<'a> {
    chars: &'a [char],
    str: &'a str,
    /// `bytes[k]`: byte offset of char `k`; one more entry for the end
    bytes: &'a [usize],
    cues: std::cell::RefCell<CueCache>,
    /// “<plan year>年” and “<review year>年”, cue words of this report
    plan_year: LastOf,
    review_year: LastOf,
}

/// (cue set, paragraph start) -> (start, end) byte offsets in the paragraph of every
/// occurrence of the set's words, by start.
type CueCache = rustc_hash::FxHashMap<(usize, usize), Vec<(usize, usize)>>;

/// The text around a sentence that cues are read from.
struct Context<'a> {
    text: &'a Text<'a>,
    sentence: &'a Sentence,
    /// Start of the paragraph and of the full sentence (ending in 。！？) that holds it.
    paragraph_start: usize,
    full_start: usize,
}

impl<'a> Context<'a> {
    fn new(_report: &Report, text: &'a Text<'a>, sentence: &'a Sentence) -> Context<'a> {
        let chars = text.chars;
        let paragraph_start = chars[..sentence.start].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
        let full_start = chars[paragraph_start..sentence.start]
            .iter()
            .rposition(|&c| matches!(c, '。' | '！' | '？'))
            .map_or(paragraph_start, |i| paragraph_start + i + 1);
        Context { text, sentence, paragraph_start, full_start }
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        let n = self.text.chars.len();
        let (from, to) = (from.min(n), to.min(n));
        if from >= to {
            return "";
        }
        &self.text.str[self.text.bytes[from]..self.text.bytes[to]]
    }

    /// The full sentence up to the end of the current clause-sentence, for cues.
    fn window(&self) -> &'a str {
        self.slice(self.full_start, self.sentence.end)
    }

    fn paragraph_prefix(&self, upto: usize) -> &'a str {
        self.slice(self.paragraph_start, upto)
    }

    /// Byte offset, in `paragraph_prefix(upto)`, of the last occurrence there of any of
    /// `words`, found from where they occur in the whole paragraph (cached as set `id`).
    fn last_cue(&self, id: usize, words: &[memchr::memmem::Finder<'static>], upto: usize) -> Option<usize> {
        let n = self.text.chars.len();
        let from = self.text.bytes[self.paragraph_start.min(n)];
        let to = self.text.bytes[upto.min(n)].max(from);
        let mut cache = self.text.cues.borrow_mut();
        let found = cache.entry((id, from)).or_insert_with(|| {
            let rest = &self.text.str.as_bytes()[from..];
            let paragraph = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
            let mut found = Vec::new();
            for w in words {
                // every occurrence, overlapping ones too, as rfind may find any of them
                let mut at = 0;
                while let Some(k) = w.find(&paragraph[at..]) {
                    found.push((at + k, at + k + w.needle().len()));
                    at += k + 1;
                }
            }
            found.sort_unstable();
            found
        });
        let to = to - from;
        // the latest start whose word ends within the prefix
        let before = found.partition_point(|&(start, _)| start < to);
        found[..before].iter().rev().find(|&&(_, end)| end <= to).map(|&(start, _)| start)
    }

    fn part(&self, report: &Report) -> Part {
        self.sentence.section.map_or(Part::Preamble, |s| report.sections[s].part)
    }

    /// The span of the five-year plan the sentence's section is about (“十二五”时期的主要
    /// 目标和任务, 今后五年的工作), if it covers the plan year.
    fn five_year_section(&self, report: &Report, plan: i32) -> Option<(i32, i32)> {
        let path = report.section_path(self.sentence.section);
        // 做好“十三五”开局工作 is this year's work, in the plan's first year
        if ["开局", "起步", "第一年", "首年"].iter().any(|w| path.contains(w)) {
            return None;
        }
        if let Some(c) = FIVE_YEAR_PLAN.captures(&path) {
            let start = 2001 + 5 * number::cn_digit(c[1].chars().next()?)? as i32;
            return (start + 4 >= plan && start <= plan + 1).then_some((start, start + 4));
        }
        ["今后五年", "未来五年"].iter().any(|w| path.contains(w)).then_some((plan, plan + 4))
    }

    fn section_is_five_year(&self, report: &Report, review: i32) -> bool {
        let path = report.section_path(self.sentence.section);
        (path.contains("五年") || FIVE_YEAR_PLAN.is_match(&path)) && !path.contains(&review.to_string())
    }
}

#[cfg(test)]
mod tests;
