//! When a number holds: whether it is a target or an actual (its part of the report
//! and the cue words around it), and the years it covers (one year, the first years
//! of a plan, five years, since a year named before it).
//!
//! Input: a number's [`Context`] and the words just before it. Output: [`Kind`] and
//! the period (first and last year).
//!
//! Here: [`Dating`], what the words just before a number say of its years. `kind`:
//! target or actual; `period`: the years covered; `spans`: spans and years a sentence,
//! clause, section or list names; `aims`: lists of aims, aims set, recalled or striven
//! for, gaps to an aim.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{Context, LastOf, PlanName};
use super::number;
use super::subject::Verb;
use super::Extractor;
use crate::model::{Indicator, Kind, Measure, Part, Report};
use crate::segment::plans_named;

mod aims;
mod kind;
mod period;
mod spans;

pub(super) use aims::*;
pub(super) use spans::*;

/// The verbs of a change (增长8%, 下降2%, 增加1400亿元): one list for what reads a change's
/// base, its years or its subject.
pub(super) const CHANGE_VERBS: [&str; 7] = ["增长", "下降", "增加", "提高", "减少", "降低", "上升"];

/// Cues of the plan year.
static THIS_YEAR: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年", "明年", "全年", "年度"]));
/// Words of the year under review as one year (过去一年, 过去的一年, 去年, 一年来, 全年).
const PAST_YEAR_WORDS: [&str; 5] = ["过去一年", "过去的一年", "去年", "一年来", "全年"];
/// Sentences [`Extractor::continues_the_year_reviewed`] looks back over, at most: more than
/// three paragraphs of a review hold, or a list of ten items said in paragraphs (一是…).
const LOOK_BACK: usize = 120;
/// Words that open a paragraph about the year reviewed alone.
const YEAR_OPENINGS: [&str; 4] = ["过去一年", "过去的一年", "去年", "一年来"];
/// Cues of the year under review, after a plan's first years.
static PAST_YEAR: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(PAST_YEAR_WORDS));
/// Cues of the year under review, against a five-year one.
static SINGLE_PAST_YEAR: LazyLock<LastOf> =
    LazyLock::new(|| LastOf::new(["过去一年", "去年", "一年来", "全年", "过去的一年"]));
/// A plan-part paragraph turning to the past year, or back to the plan year.
static LOOKING_BACK: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["过去一年", "过去的一年", "一年来"]));
static LOOKING_AHEAD: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年", "明年"]));
/// The years ahead said in a plan's sentence (今后五年，全县城镇新增就业12万人; 今明两年): the
/// plan year and the ones after it, by how many are said.
static YEARS_AHEAD: LazyLock<[(LastOf, i32); 3]> = LazyLock::new(|| {
    [
        (LastOf::new(["今后五年", "未来五年", "今后5年", "未来5年"]), 5),
        (LastOf::new(["今后三年", "未来三年", "今后3年", "未来3年"]), 3),
        (LastOf::new(["今明两年", "今后两年", "未来两年"]), 2),
    ]
});
/// In a report that reviews the year it is delivered in: that year, and the one before.
static THIS_YEAR_ONLY: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年"]));
/// The words for the year before the one a number's sentence is in: in a report delivered
/// in the year it reviews, the year before that one.
const LAST_YEAR_WORDS: [&str; 3] = ["去年", "上年", "上一年"];
static LAST_YEAR_ONLY: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(LAST_YEAR_WORDS));
/// 到2025年, 到1985年: a target over the years of the plan up to the year named (any century:
/// the plans of the 1950s–90s reports are written the same way).
/// (至2025年 too, not the end of a span, 2021年至2025年: [`no_year_aimed_at`]; and an aim to be
/// reached by a year, 实现2007年人均国内生产总值达到1000美元以上的目标)
static TO_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[到至]|实现)((?:19|20)[0-9][0-9])年").expect("valid regex"));

/// Whether a match of [`TO_YEAR`] at `at` in `text` names no year aimed at: the end of a
/// span of years (2021年至2025年), or an aim of another sentence than the number's (which
/// starts at `sentence_at`) reached by a year (实现2030年工业总产值突破3000亿元的目标。), or a
/// vision's (实现2035年远景目标).
fn no_year_aimed_at(text: &str, at: usize, sentence_at: usize) -> bool {
    let rest = &text[at..];
    let span_end = rest.starts_with('至') && text[..at].ends_with(|c: char| c == '年' || c.is_ascii_digit());
    let aim = rest.starts_with("实现")
        && (at < sentence_at || rest.get("实现".len() + "2035年".len()..).is_some_and(|r| r.starts_with("远景")));
    span_end || aim
}
/// “十一五”前四年累计: the first years of a five-year plan.
static PLAN_FIRST_YEARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"十([一二三四五六七八九])五”?前([一二三四])年").expect("valid regex"));

/// Whether the words after a plan's name make it the plan's mid-term review or
/// adjustment (“十四五”规划中期评估, 十三五中期调整): a task of the plan's third year.
/// Whether a plan named at `at..end` of `paragraph`, in a sentence before the number's,
/// frames the sentences after it: named as a span of years or as the plan itself (“十四五”
/// 时期…, 到“十四五”末, 展望“十四五”, “十四五”规划纲要, 制定“十四五”规划的建议, 六五计划), or in a sentence
/// that ends in a colon (…主要目标是：), and not after 今年 in its sentence. A plan named as an
/// attribute of one year's work (启动一批“十三五”规划重大项目, 加快实施“十四五”重大工程, 实现
/// “十四五”能耗强度下降12%的目标, 完成“十四五”目标) dates its own sentence only.
fn frames_what_follows(paragraph: &str, at: usize, end: usize) -> bool {
    const PLAN_ITSELF: [&str; 15] = [
        "时期",
        "期间",
        "末",
        "规划纲要",
        "规划和",
        "规划的建议",
        "规划建议",
        "规划确定",
        "规划提出",
        "规划草案",
        "计划草案",
        "规划（草案）",
        "计划（草案）",
        "规划。",
        "计划。",
    ];
    const AHEAD: [&str; 3] = ["展望", "到", "今后五年"];
    let start = paragraph[..at].rfind(['。', '！', '？']).map_or(0, |i| i + '。'.len_utf8());
    let before = paragraph[start..at].trim_end_matches(['“', '"', '《']);
    let named = paragraph[end..].trim_start_matches(['”', '"', '》']);
    let said = named.find(['。', '！', '？', '：']).map(|i| &named[i..]);
    // (the older plans' names carry their word: 六五计划, 七五期间)
    let own_word = ["计划", "规划", "时期", "期间", "末"].iter().any(|w| paragraph[at..end].ends_with(w));
    let frame = own_word
        || PLAN_ITSELF.iter().any(|w| named.starts_with(w))
        || AHEAD.iter().any(|w| before.ends_with(w))
        || said.is_some_and(|s| s.starts_with('：'));
    // (实现“十三五”时期经济社会持续健康发展的良好开局: the plan's good start is the year's aim)
    let sentence = &named[..named.find(['。', '！', '？']).unwrap_or(named.len())];
    let good_start = ["良好开局", "开好局", "起好步", "开局良好"].iter().any(|w| sentence.contains(w));
    frame && !before.contains("今年") && !good_start
}

fn mid_term(after: &str) -> bool {
    let after = after.trim_start_matches(['”', '"', '》']);
    let after = ["规划纲要", "规划", "计划"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let after = after.trim_start_matches(['”', '"', '》', '的']);
    after.starts_with("中期")
}

/// 与2000年相比, 同2010年比, 2023年比2020年，: a comparison with the year named, over the
/// sentence.
static COMPARED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:与|同|和|跟)((?:19|20)[0-9][0-9])年(?:底|末)?(?:相比|比较|比)|[0-9]年(?:预计)?比((?:19|20)[0-9][0-9])年(?:底|末)?，")
        .expect("valid regex")
});
/// Words just before a number that make it a stock at the end of the years reviewed
/// (五年来…城镇化率达到39.2%), not a total over them.
static STOCK_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:达到|达|突破|增至|增加到|提高到|提升到|上升到|增长到|扩大到|发展到|跃升到|迈上|降至|下降到|降到|降低到|超过|为|是|到|已有|已经有)了?(?:约|近|超|逾)?$")
        .expect("valid regex")
});
/// Words that make a number a total over the years reviewed (累计完成, 五年共).
const TOTAL_WORDS: [&str; 9] = ["累计", "共", "合计", "总计", "新增", "五年", "完成", "投入", "实施"];
/// 由2010年的162.4亿元, 比1957年的1241亿元增长65%, 下降为1952年的39%, 增加到2020年的526.4
/// 亿元: the number is the level of the year named just before it.
static LEVEL_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:由|从|比|较|[降升增减高低加长大展][为為到至])((?:19|20)[0-9][0-9])年(?:底|末)?的?$")
        .expect("valid regex")
});
/// A year that opens a clause of the sentence before a number (1979年农业总产值比1978年增长
/// 8.6%; 2016年全市研发投入强度只有0.43%): the year the number is of. Not one that starts a
/// span or a list (2016年以来, 2013年至2017年, 2020年和2021年, 2018年起, 2025年前), nor a
/// batch (2022年度3个中心村). The char after it tells a time said for the sentence (2020年，)
/// from a year said for its clause (…，2010年市本级决算中的教育支出公开到“项”级，129家…).
static TOPIC_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，；：])\s*((?:19|20)[0-9][0-9])年(?:底|末|初)?($|[^以至到和与及、—\-－~～起前后来度0-9])")
        .expect("valid regex")
});
/// 2016年以来累计: a total since the year named.
static YEAR_ON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|20)[0-9][0-9])年以来").expect("valid regex"));
/// 比2010年增加13480元, 较2015年分别增长, 比历史上最好的1984年增长: a change since the year named.
static SINCE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[比较](?:[^，。；：0-9]{1,10}的)?((?:19|20)[0-9][0-9])年").expect("valid regex"));
/// 等於一九四九年的二點五倍, 相当于1978年的3倍: a multiple of the year named, grown since.
static MULTIPLE_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:等[于於]|相[当當][于於]|是|为|為)((?:19|20)[0-9][0-9])年(?:底|末)?的$").expect("valid regex")
});
/// 一九五四年預計産量, 2021年的预计数: the figures expected for the year named.
static EXPECTED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9][0-9])年的?(?:预计|預計)").expect("valid regex"));
/// 五年淘汰, 近两年再下降, 连续四年超过: a number of years opening the words before the
/// number, or after 过去/近/连续/这 (not 五年前, 学前三年入园率, 三年行动计划).
static LAST_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|过去|近|连续|这)([二两三四五六七八九十])年(来)?(?:间|里|中|内|累计|共|合计)?(?:[^前后底末初度份级期行计规0-9]|$)")
        .expect("valid regex")
});
/// A year named (2021年, 比历史上最好的1984年).
pub(super) static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9][0-9])年").expect("valid regex"));
/// 四年以来, 在这十年中, 六年来, 近两年来, 过去四年: the last that many years, said for what
/// follows in the paragraph (a count needs 过去/近 before it or 来/中/里/间 after it: 三年行动
/// is none). The count is read by [`years_counted`]; words before it that look ahead
/// (今后三年中) or make it an ordinal (第三年) are checked there.
static YEARS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(过去的?|近)?([一二两三四五六七八九十]{1,3})年(以来|来|中|里|间)?").expect("valid regex")
});
/// Cheap cues for [`YEARS_BACK`]: a paragraph without any has no count of years back.
static YEARS_BACK_CUES: LazyLock<LastOf> = LazyLock::new(|| {
    LastOf::new(["年来", "年以来", "年中", "年里", "年间", "过去", "近两年", "近三年", "近四年", "近五年", "近十年"])
});

/// The count of a [`YEARS_BACK`] match, if it is one (过去/近 before it or 来/中/里/间 after
/// it), with `before` the text before it.
fn years_back_counted(before: &str, c: &regex::Captures) -> Option<i32> {
    (c.get(1).is_some() || c.get(3).is_some()).then(|| years_counted(before, &c[2]))?
}
/// 比五年前增加5000万吨: a change over the last that many years.
static YEARS_AGO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"比([二两三四五六七八九十])年前").expect("valid regex"));

/// What the words just before a number say about the years it covers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Dating {
    /// 年均增长12.1%: an average over several years
    average: bool,
    /// 在恢复时期平均每年递增, “一五”时期平均每年增长: the earlier period an average is over
    averaged_over: Option<(i32, i32)>,
    /// 由2010年的162.4亿元: the level of that year
    level_of: Option<i32>,
    /// 比2010年增加: a change since that year
    since: Option<i32>,
    /// 五年淘汰, 近两年再下降: a total or change over that many years, and whether
    /// they are the last ones (近, 过去, 连续, 来) rather than any within the paragraph's
    years: Option<(i32, bool)>,
    /// 两年平均增长5%左右 (a plan of 2021): an average over the years since 2019, which ends
    /// at the year planned as one of a review ends at the year reviewed
    average_to_date: bool,
    /// 达到39.2%: a stock, at the end of the years a review covers
    stock: bool,
    /// 累计新增就业38万人 without a year of its own: a total over the years reviewed
    cumulative: bool,
    /// 能耗强度“十四五”已累计下降12.4%: from the first year of the plan named, to date
    plan_to_date: Option<i32>,
    /// 由12.5亿元到36.4亿元: the level the years reviewed started from
    from_start: bool,
    /// 由4家增加到6家, 从14.8%降到10%左右: the first of a pair of levels joined by a change
    /// to the second, so the level the change started from
    from_to: bool,
    /// 增长, 下降: the number is a change (a base year said before may hold for it)
    changes: bool,
    /// 比上年增长14.5%, 同比增长: a change over one year, whatever span the paragraph's
    /// cues give (a paragraph of a five-year review that says last year's growth)
    year_on_year: bool,
}

/// The years of the economy's recovery after 1949 (恢复时期, 1950–1952), before the first
/// five-year plan: a fixed period of history, as the plans are.
const RECOVERY: (i32, i32) = (1950, 1952);
/// An earlier period named before an average: 恢复时期 (恢復期間), an early plan in quotes
/// (“一五”时期 1953–1957, “二五” 1958–1962; from the third on every five years, as
/// `plans_named` reads them). Not 从1953年至1980年: whether its first year is in the
/// average is said by the words after it (二十八年间), if at all.
static AVERAGED_OVER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"恢[复復](?:时期|時期|期间|期間)|“([一二三四五])五”").expect("valid regex"));

/// The period an average is over, when the words before it name one ([`AVERAGED_OVER`]).
fn averaged_over(before: &str) -> Option<(i32, i32)> {
    let c = AVERAGED_OVER.captures_iter(before).last()?;
    if let Some(n) = c.get(1) {
        let start = match number::cn_digit(n.as_str().chars().next()?)? {
            1 => 1953,
            2 => 1958,
            n => 1951 + 5 * n as i32,
        };
        return Some((start, start + 4));
    }
    Some(RECOVERY)
}

/// The last year of the plan named after the last of `words` in `text` (比“十五”末, 由“十五”末的,
/// 与“十五”末), with the text from that word on.
fn plan_end_after<'a>(text: &'a str, words: &[char]) -> Option<(i32, &'a str)> {
    let rest = &text[text.rfind(words)?..];
    let (_, start) = plans_named(rest).next()?;
    Some((start + 4, rest))
}

/// 比“十一五”末下降15%, 较“十二五”末提高8个百分点: a change since the last year of the
/// plan named.
fn since_plan_end(before: &str) -> Option<i32> {
    let (end, rest) = plan_end_after(before, &['比', '较'])?;
    rest.contains('末').then_some(end)
}

/// 社消零比“十三五”增长21.5%, 较“十二五”时期增加30%: a change against the years of the
/// plan named, over the years of the plan after it: that plan's first year. (Not against
/// its last year, 比“十一五”末: [`since_plan_end`].)
fn against_plan_years(before: &str) -> Option<i32> {
    let rest = &before[before.rfind(['比', '较'])?..];
    let (at, end, start) = crate::segment::plans_named_spans(rest).next()?;
    let between = rest['比'.len_utf8()..at].trim_matches(['“', '"', '《']);
    let after = rest[end..].trim_start_matches(['”', '"', '》']);
    let named_alone = ["时期", "期间", "规划期"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let clause_goes_on = named_alone.starts_with(['增', '减', '提', '下', '上', '翻', '多', '扩', '缩']);
    (between.is_empty() && clause_goes_on).then_some(start + 5)
}

/// 由“十五”末的12.8亿元增加到19.2亿元: the level of the last year of the plan named (as
/// [`LEVEL_OF_YEAR`] reads 由2005年的).
fn plan_end_level(before: &str) -> Option<i32> {
    let phrase = before.trim_end();
    let phrase = phrase.strip_suffix('的').unwrap_or(phrase);
    if !phrase.ends_with('末') {
        return None;
    }
    plan_end_after(phrase, &['由', '从', '比', '较']).map(|(end, _)| end)
}

/// 与“十五”末相比，2010年全市农民人均纯收入达到5287元，增长58.9%: a comparison with the last
/// year of the plan named, over the sentence (as [`COMPARED_WITH`] with a year): that year.
fn compared_with_plan_end(sentence: &str) -> Option<i32> {
    let (at, _) = sentence.rmatch_indices("相比").next()?;
    // (not past a semicolon, nor where the number is compared with another time of its own:
    // …，比上年增长12%; 同比增长18%)
    let rest = &sentence[at + "相比".len()..];
    if rest.contains(['；', '比', '较']) {
        return None;
    }
    let (end, named) = plan_end_after(&sentence[..at], &['与', '同', '和', '跟'])?;
    named.trim_end().ends_with('末').then_some(end)
}

/// A count of years in Chinese numerals, two to sixty (两, 十, 十二, 二十八), that opens a
/// clause of `before` (after 在, 这, 过去的, 近); `None` for one, for anything else, and
/// where it is not a count back: part of a year (一九六四年中), an ordinal (第三年), the
/// span just named again (1953年到1978年的二十六年间), a time ahead (今后三年中), a record
/// (创近六年来新高).
fn years_counted(before: &str, numerals: &str) -> Option<i32> {
    const FRAMES: [&str; 5] = ["这", "过去的", "过去", "近", "在"];
    let mut head = before;
    for _ in 0..3 {
        head = FRAMES.iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head);
    }
    let head = head.trim_end();
    if !(head.is_empty() || head.ends_with(['，', '。', '；', '：', '！', '？'])) {
        return None;
    }
    let digits: Vec<u32> =
        numerals.chars().map(|c| if c == '十' { Some(10) } else { number::cn_digit(c) }).collect::<Option<_>>()?;
    let n = match digits[..] {
        [10] => 10,
        [d] => d,
        [10, d] => 10 + d,
        [d, 10] => d * 10,
        [d, 10, e] if e < 10 => d * 10 + e,
        _ => return None,
    };
    (2..=60).contains(&n).then_some(n as i32)
}

/// 居民人均可支配收入两年平均增长6.8%: the years of an average said after its noun (the
/// years since 2019 in the reports of 2021–2023), the last said; not 前三年平均 (the years
/// before the one named).
fn counted_average(before: &str) -> Option<i32> {
    [("两年平均", 2), ("三年平均", 3)]
        .iter()
        .filter_map(|(w, n)| before.rfind(w).map(|at| (at, *n)))
        .max()
        .filter(|&(at, _)| !before[..at].ends_with('前'))
        .map(|(_, n)| n)
}

/// 十年规划, 十年规划纲要, 八年计划: a plan of that many years (five or more; the five-year
/// plans are read by name).
static YEARS_OF_PLAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([一二两三四五六七八九十]{1,3})年(?:规划|计划|纲要)").expect("valid regex"));

/// The years of the last plan of several years `before` names ([`YEARS_OF_PLAN`]), if it
/// is one of more than five.
fn years_of_plan(before: &str) -> Option<i32> {
    if !before.contains("年规划") && !before.contains("年计划") && !before.contains("年纲要") {
        return None; // most paragraphs: no regex
    }
    let c = YEARS_OF_PLAN.captures_iter(before).last()?;
    // 一九五八年计划 is a year's plan
    let year = before[..c.get(0)?.start()].ends_with(|c: char| number::cn_digit(c).is_some() || "〇O".contains(c));
    let n = years_counted("", &c[1]).filter(|_| !year)?;
    (n > 5).then_some(n)
}

/// Words right after a count of years back that make it a record, not a time frame
/// (十年来首次, 近六年来新高, 二十年来最好).
const RECORD: [&str; 6] = ["首次", "新高", "新低", "最", "第一次", "少有"];

impl Dating {
    pub(super) fn of(before: &str, verbs: &[Verb]) -> Dating {
        let year = |c: regex::Captures| c[1].parse::<i32>().ok();
        let changes = verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline));
        let average = is_average(before);
        let counted = average.then(|| counted_average(before)).flatten();
        Dating {
            average,
            average_to_date: counted.is_some(),
            // the regex only for an average, and then only where a quote or 恢 is
            averaged_over: (average && before.contains(['“', '恢'])).then(|| averaged_over(before)).flatten(),
            // most phrases end otherwise: the regex only where it can match
            level_of: before
                .trim_end()
                .ends_with(['年', '的', '底', '末'])
                .then(|| LEVEL_OF_YEAR.captures(before.trim_end()).and_then(year).or_else(|| plan_end_level(before)))
                .flatten(),
            since: SINCE_YEAR
                .captures_iter(before)
                .last()
                .and_then(year)
                .or_else(|| since_plan_end(before))
                .filter(|_| changes)
                .or_else(|| {
                    let phrase = before.trim_end();
                    // a cheap test first: most numbers have no 的 before them
                    phrase.ends_with('的').then(|| MULTIPLE_OF_YEAR.captures(phrase).and_then(year)).flatten()
                }),
            cumulative: before.contains("累计")
                && !["全年", "当年", "今年", "去年", "本年", "年内", "月"].iter().any(|w| before.contains(w)),
            // (an average since then, “十四五”以来…年均增长, is over the years to date too)
            plan_to_date: (average || before.contains("累计"))
                .then(|| {
                    plans_named(before)
                        .last()
                        .map(|(_, start)| start)
                        .or_else(|| YEAR_ON.captures(before).and_then(year))
                })
                .flatten(),
            years: LAST_YEARS
                .captures_iter(before)
                .last()
                .and_then(|c| {
                    let n = c[2].chars().next()?;
                    let n = if n == '十' { 10 } else { number::cn_digit(n)? as i32 };
                    Some((n, !c[1].is_empty() || c.get(3).is_some()))
                })
                .or_else(|| counted.map(|n| (n, false)))
                .or_else(|| changes.then(|| years_of_the_change(before)).flatten().map(|n| (n, true)))
                .or_else(|| {
                    // a cheap test first: few changes are said against years ago
                    let ago = changes && before.contains("年前");
                    ago.then(|| YEARS_AGO.captures_iter(before).last()).flatten().and_then(|c| {
                        let n = c[1].chars().next()?;
                        Some((if n == '十' { 10 } else { number::cn_digit(n)? as i32 }, true))
                    })
                }),
            stock: says_stock(before.trim_end(), before) || held_now(before),
            from_start: ends_with_from(before),
            from_to: false,
            year_on_year: changes && !average && YEAR_ON_YEAR.iter().any(|w| before.contains(w)),
            changes,
        }
    }
}

/// The count of years said between a subject and its change, right before the verb
/// (万元生产总值综合能耗五年下降19.6%; 单位GDP能耗和二氧化碳排放五年分别下降30.2%、42.1%): the
/// change is over the last that many years. Not an ordinal or a time before (第五年, 前三年);
/// an average (两年平均增长) is read as an average, not here.
fn years_of_the_change(before: &str) -> Option<i32> {
    let before = before.trim_end();
    let verb = CHANGE_VERBS.iter().chain(&["累计"]).find(|v| before.ends_with(*v))?;
    let head = before[..before.len() - verb.len()].trim_end_matches("分别").trim_end_matches("累计");
    let head = head.strip_suffix('年')?;
    let mut chars = head.chars().rev();
    let n = match chars.next()? {
        '十' => 10,
        c => number::cn_digit(c).filter(|&d| d >= 2)? as i32,
    };
    // (the subject before the count: a word's char, not a numeral, 第 or 前)
    let ahead = chars.next()?;
    let word = !"第前近这零〇一二两三四五六七八九十百".contains(ahead) && !ahead.is_ascii_digit();
    word.then_some(n)
}

/// Words of a change against the year before (比上年, 同比): over one year.
const YEAR_ON_YEAR: [&str; 7] = ["比上年", "较上年", "比去年", "较去年", "与上年相比", "比上一年", "同比"];

impl Dating {
    /// The dating of a number in a unit of `family`: a multiple (增长到2020年的2倍) is of that
    /// year's level, no level of the year.
    pub(in crate::extract) fn in_unit(self, family: crate::model::UnitFamily) -> Dating {
        match family {
            crate::model::UnitFamily::Multiple => Dating { level_of: None, ..self },
            _ => self,
        }
    }

    /// The count of years that opens the clause of a sentence's first number (五年新增,
    /// 近三年淘汰; not 纺织服装产业近三年引进), when nothing else dates the number.
    pub(super) fn opening_years(&self, before: &str) -> Option<(i32, bool)> {
        let bare =
            Dating { years: self.years, changes: self.changes, cumulative: self.cumulative, ..Dating::default() };
        let opens = LAST_YEARS.find(before.trim_start()).is_some_and(|m| m.start() == 0);
        self.years.filter(|_| *self == bare && opens)
    }

    /// The dating of a number after the first of a sentence that opens with a count of
    /// years (`framed`: 近三年淘汰…产能9000多万吨、水泥2.3亿吨; 五年新增城镇就业39万人，新增
    /// 农村劳动力转移就业44万人; 五年铁路…，高速公路增加4083公里): over those years, as the
    /// first: in the first number's clause (`same_clause`), or in a later one that says a
    /// change or a flow. Not a level reached (电话交换机总容量达到1.1亿门: at the end of the
    /// years), a rate said in a clause of its own (…晋级标准化学校，创建率93.5%), nor a
    /// number whose words date it otherwise or name a year (而1956年就增加了).
    /// A paragraph's frame (`by_paragraph`: 五年来，…提升。 in a sentence before) dates changes
    /// alone (城镇居民人均可支配收入实际增长60.7%): a level, a share or an amount done (完成财政一般
    /// 预算收入16.2亿元) said sentences after it is the last year's, as a review gives them.
    pub(super) fn with_opening_years(
        self,
        framed: Option<(i32, bool)>,
        before: &str,
        (same_clause, by_paragraph): (bool, bool),
    ) -> Dating {
        // most sentences open with no count of years: nothing to test
        let Some(years) = framed else { return self };
        // (a total, 累计, is dated by the frame too: 近三年累计…)
        // (and so is an average: 过去两年，全县生产总值年均增长8%, over those two years)
        let undated = self
            == Dating {
                changes: self.changes,
                cumulative: self.cumulative,
                average: self.average,
                ..Dating::default()
            };
        // a rate is a level (创建率, 入库率), whatever act its noun names
        let rate = before.trim_end().ends_with('率');
        let flow = self.changes
            || self.average
            || !rate && (names_total(before) || ACQUIRED.iter().chain(&ACTS).any(|w| before.contains(w)));
        let held = held_level(before) && !change_said_as_held(before);
        let dated = if by_paragraph { self.changes } else { same_clause || flow };
        match undated && dated && !says_a_year(before) && !held {
            true => Dating { years: Some(years), ..self },
            false => self,
        }
    }
}

/// Whether `before` says a time in years (1956年, 当年, 五年内), not only an average's
/// words (年均, 平均每年 say no year of their own).
fn says_a_year(before: &str) -> bool {
    before.contains('年')
        && ["年平均", "平均每年", "年均"].iter().fold(before.to_string(), |s, w| s.replace(w, "")).contains('年')
}

/// Acts whose amounts add up over years, beside [`ACQUIRED`] and [`TOTAL_WORDS`]
/// (发放补贴251万元, 安排就业, 修建公路).
const ACTS: [&str; 4] = ["发放", "建成", "安排", "修建"];

/// Whether the words before a number say a level held or reached (达到, 为, 增加到): not a
/// flow that a count of years opening the sentence totals.
fn held_level(before: &str) -> bool {
    STOCK_VERB.is_match(before.trim_end())
}

/// Whether the words before a number say a change with 为 (实际增长分别为60.7%, 增幅为8%):
/// what the 为 holds is the change of the noun said before it, no level. Not a level reached
/// from another (由63.2%增长为64.9%, 从254%下降为187%: grew, fell to; the words right after the
/// first number name no noun).
fn change_said_as_held(before: &str) -> bool {
    let Some(said) = before.trim_end().strip_suffix('为') else { return false };
    let said = ["分别", "均", "都"].iter().find_map(|w| said.strip_suffix(w)).unwrap_or(said);
    let from = said.contains('由') || said.contains('从');
    let named = |w: &&str| said.strip_suffix(*w).is_some_and(|noun| !noun.trim().is_empty());
    !from && ["增长", "增幅", "增速", "降幅", "涨幅"].iter().any(named)
}

/// Whether the words before a number end with 由 or 从, or with one of them and a rate's
/// per (由每人每年240元, 从每月500元), or the year before named ([`THE_YEAR_BEFORE`]:
/// 由上年的58.6%回落到27.8%).
fn ends_with_from(before: &str) -> bool {
    let phrase = before.trim_end();
    let phrase = THE_YEAR_BEFORE.iter().find_map(|w| phrase.strip_suffix(w)).unwrap_or(phrase);
    let per = phrase.trim_end_matches(['每', '人', '户', '月', '年', '日', '天', '亩']);
    let per_only = per.len() == phrase.len() || phrase[per.len()..].starts_with('每');
    per_only && per.ends_with(['由', '从'])
}

/// The year before the one a change is of, named between 由/从 and its first level: the
/// level the change starts from is that year's, as it is without them.
const THE_YEAR_BEFORE: [&str; 6] = ["上年的", "去年的", "上年", "年初的", "上年底的", "上年末的"];

impl Dating {
    /// Whether the number is the level a change starts from (由4家增加到6家).
    pub(super) fn is_from_level(&self) -> bool {
        self.from_to && self.level_of.is_none()
    }

    /// The dating of a number after 由/从 whose next number (`next_before`: the words
    /// between them) is the level it changed to (增加到, 降至, 到, 提高为).
    pub(super) fn with_next(self, next_before: Option<&str>) -> Dating {
        let to = next_before.map(str::trim).is_some_and(|t| {
            let short = t.chars().count() <= 5 && !t.contains(['，', '；', '：', '、']);
            short && (t.ends_with(['到', '至']) || (t.ends_with('为') && t.chars().count() >= 2))
        });
        Dating { from_to: self.from_start && to, ..self }
    }

    /// The dating with the bound word that stands before the number (突破, 超过: part of
    /// the number phrase, not of `before`): a stock reached, as 达到 says.
    pub(super) fn with_bound_word(self, before: &str, bound_word: &str) -> Dating {
        if bound_word.is_empty() || self.stock {
            return self;
        }
        // 每年减轻农民负担超过1335亿元, 比例持续超过4%: said of every year, not reached
        let every_year = ["每年", "持续", "连续"].iter().any(|w| before.contains(w));
        let stock = !every_year && says_stock(&format!("{}{bound_word}", before.trim_end()), before);
        Dating { stock, ..self }
    }
}

/// Whether `phrase`, the words before a number, ends in a verb of reaching a level
/// (达到, 突破) and `before` names no total or flow ([`TOTAL_WORDS`]: 累计, 新增, 完成…).
fn says_stock(phrase: &str, before: &str) -> bool {
    STOCK_VERB.is_match(phrase) && !names_total(before) && !change_said_as_held(phrase)
}

/// 现已, 目前已, 至今已: what the clause says is held now, at the end of the years reviewed.
const HELD_NOW: [&str; 5] = ["现已", "现在已", "目前已", "至今已", "迄今已"];

/// Whether the clause of `before` says what is held now ([`HELD_NOW`]: 现已吸纳农村劳动力1亿
/// 多人) and names no total or flow. Not the 现 of a word before (实现已, 体现已, 出现已).
fn held_now(before: &str) -> bool {
    let clause = before.rsplit(['，', '；', '：', '。']).next().unwrap_or("");
    HELD_NOW.iter().any(|w| {
        clause.match_indices(w).any(|(at, _)| !clause[..at].ends_with(['实', '体', '出', '表', '发', '呈', '展', '兑']))
    }) && !names_total(before)
}

/// Whether `before` names a total or flow ([`TOTAL_WORDS`]); 共 in 公共 (一般公共预算收入,
/// 公共卫生服务经费) is no 共同 or 共计.
fn names_total(before: &str) -> bool {
    TOTAL_WORDS.iter().any(|w| match *w {
        "共" => before.match_indices('共').any(|(at, _)| !before[..at].ends_with('公')),
        w => before.contains(w),
    })
}

/// 年均增长, 年平均增长, 平均每年增长: a change averaged over years, the items of a list
/// too (…、农村居民人均可支配收入年均分别增长7.5%和9.6%). Not 年均浓度 (an annual mean, a
/// level), 全年均, 今年均 or 全年平均 (居民消费价格全年平均上涨1.8%: the year's mean).
pub(super) fn is_average(before: &str) -> bool {
    const CHANGES: [&str; 17] = [
        "",
        "增长",
        "增长率",
        "增长速度",
        "实际增长",
        "增加",
        "递增",
        "遞增",
        "提高",
        "上升",
        "增速",
        "增幅",
        "下降",
        "减少",
        "降低",
        "上涨",
        "涨幅",
    ];
    // every number asks: without 均, which each word has, no word is searched for
    if !before.contains('均') {
        return false;
    }
    ["年均", "年平均", "平均每年"].iter().any(|w| {
        before.match_indices(w).any(|(at, _)| {
            let rest = before[at + w.len()..].trim();
            let rest = rest.strip_prefix("分别").unwrap_or(rest);
            // (年均增速达到8%, 年均增幅为6%: the verb after the rate's noun)
            let rest = ["达到", "达", "为", "保持在", "保持"].iter().find_map(|v| rest.strip_suffix(v)).unwrap_or(rest);
            // (年均增长均达20.6%, 年均增长分别为8%和9%: said of each item of a list)
            let rest = ["均", "都", "分别"].iter().find_map(|v| rest.strip_suffix(v)).unwrap_or(rest);
            CHANGES.contains(&rest)
                && !(*w == "年均" && before[..at].ends_with('每'))
                && !(*w != "平均每年" && before[..at].ends_with(['全', '今', '去', '明', '当', '上', '本', '同']))
        })
    })
}

/// Words that make a figure a flow over the years (新增学位, 五年内新增…里程), in its subject
/// or anywhere in its sentence before it.
const FLOW_WORDS: [&str; 5] = ["累计", "新增", "净增", "新建", "合计"];
/// A verb of building said in the clause before (…高速建成通车，通车里程近800公里): the
/// length or count after it is what was built. Not the noun 建成区 (a built-up area).
const BUILT: &str = "建成";
/// Rates of a flow or a change, not a level held (服务业贡献率50.5%: of the years' growth).
const FLOW_RATES: [&str; 3] = ["贡献率", "增长率", "拉动率"];

/// Money spent or raised over years: a share of it is over the same years (投资占43.7%).
const SPENT: [&str; 7] = ["投资", "支出", "投入", "经费", "资金", "借款", "同期"];
/// Words that say a level of every year of a span (比例持续超过4%, 继续保持在3%左右).
const EVERY_YEAR: [&str; 5] = ["持续", "保持", "继续", "每年", "历年"];

/// Nouns of firms, bodies and places that exist at a time: counted bare, they are counted
/// at the end of the years reviewed.
const ENTITIES: [&str; 6] = ["企业", "合作社", "产业园", "集聚区", "院校", "产品"];
/// Words in a subject, or its sentence before it, that make a count of entities a flow
/// (引进企业, 新认定高新技术企业, 关闭企业; 建立院士工作站3个、…，高新技术企业26家).
const ACQUIRED: [&str; 32] = [
    "建立",
    "新增",
    "新认定",
    "新引进",
    "新培育",
    "新建",
    "新入驻",
    "新注册",
    "新设",
    "引进",
    "培育",
    "招引",
    "招商",
    "签约",
    "认定",
    "创建",
    "获批",
    "落地",
    "落户",
    "开工",
    "投产",
    "组建",
    "成立",
    "帮扶",
    "扶持",
    "帮助",
    "支持",
    "服务",
    "关闭",
    "淘汰",
    "整治",
    "改造",
];

/// 规模以上工业企业1314家, 入驻企业1892家, 11个产业集聚区 in a review of five years: a count
/// of entities ([`ENTITIES`]) with nothing but their noun before the number in its clause and
/// no verb of acquiring in its sentence ([`ACQUIRED`]: 引进, 新增, 建立…) is how many there
/// are at the end, not how many came in the five years.
fn counts_what_exists(record: &Indicator, sentence: &str) -> bool {
    let s = record.subject.as_str();
    // the last item of a list counts too (超50亿元企业3家、超10亿元企业40家)
    let clause = sentence.rsplit(['，', '；', '：', '。', '、']).next().unwrap_or("");
    // the sentence since its last semicolon: 建成投产；规模以上工业企业1314家 is another statement
    let own_clauses = sentence.rsplit('；').next().unwrap_or("");
    record.measure == Measure::Count
        && ENTITIES.iter().any(|w| s.ends_with(w))
        && s.ends_with(clause.trim())
        && !s.starts_with('新')
        && !ACQUIRED.iter().any(|w| s.contains(w) || own_clauses.contains(w))
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (
        &*THIS_YEAR,
        &*ATTRIBUTION,
        &*ASKED,
        &*SINCE_BEGAN,
        &*PAST_YEAR,
        &*SINGLE_PAST_YEAR,
        &*LOOKING_BACK,
        &*LOOKING_AHEAD,
        &*YEARS_AHEAD,
        &*THIS_YEAR_ONLY,
        &*LAST_YEAR_ONLY,
        &*TO_YEAR,
        &*PLAN_FIRST_YEARS,
        &*COMPARED_WITH,
        &*STOCK_VERB,
        &*LEVEL_OF_YEAR,
        &*TOPIC_YEAR,
        &*YEAR_ON,
        &*SINCE_YEAR,
        &*MULTIPLE_OF_YEAR,
        &*EXPECTED_YEAR,
        &*LAST_YEARS,
        &*YEAR,
        &*YEARS_BACK,
        &*YEARS_BACK_CUES,
        &*YEARS_AGO,
        &*AVERAGED_OVER,
        &*YEARS_OF_PLAN,
        &*COMPARED_FOR_THE_SENTENCE,
        &*CARRIED_COMPARISON,
        &*SINCE_FOUNDING,
        &*YEARS_WITHIN,
        &*SPAN_NAMED,
        &*TO_YEAR_CLAUSE,
        &*OPENING_FRAME,
        &*OPENING_YEAR,
        &*PAST_OPENING,
        &*YEAR_BEFORE_PREDICATE,
        &*LISTED_YEARS,
        &*SPANNED_YEARS,
    );
}
