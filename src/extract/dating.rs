//! When a number holds: whether it is a target or an actual (its part of the report
//! and the cue words around it), and the years it covers (one year, the first years
//! of a plan, five years, since a year named before it).
//!
//! Input: a number's [`Context`] and the words just before it. Output: [`Kind`] and
//! the period (first and last year).

use std::sync::LazyLock;

use regex::Regex;

use super::context::{Context, LastOf, PlanName};
use super::number;
use super::subject::Verb;
use super::Extractor;
use crate::model::{Indicator, Kind, Measure, Part, Report};
use crate::segment::plans_named;

/// Cues of the plan year.
static THIS_YEAR: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(["今年", "明年", "全年", "年度"]));
/// Words of the year under review as one year (过去一年, 去年, 一年来, 全年).
const PAST_YEAR_WORDS: [&str; 4] = ["过去一年", "去年", "一年来", "全年"];
/// Sentences [`Extractor::continues_the_year_reviewed`] looks back over, at most: more than
/// three paragraphs of a review hold.
const LOOK_BACK: usize = 60;
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
static TO_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"到((?:19|20)[0-9][0-9])年").expect("valid regex"));
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
    frame && !before.contains("今年")
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
/// 由2010年的162.4亿元, 比1957年的1241亿元增长65%, 下降为1952年的39%: the number is the
/// level of the year named just before it.
static LEVEL_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:由|从|比|较|[降升增减高低][为為到至])((?:19|20)[0-9][0-9])年(?:底|末)?的?$").expect("valid regex")
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

/// Words of a change against the year before (比上年, 同比): over one year.
const YEAR_ON_YEAR: [&str; 7] = ["比上年", "较上年", "比去年", "较去年", "与上年相比", "比上一年", "同比"];

impl Dating {
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
    pub(super) fn with_opening_years(self, framed: Option<(i32, bool)>, before: &str, same_clause: bool) -> Dating {
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
        match undated && (same_clause || flow) && !says_a_year(before) && !held_level(before) {
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
    STOCK_VERB.is_match(phrase) && !names_total(before)
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

impl Extractor {
    /// 居民人均可支配收入2.8万元, 金融机构存款余额, 学位总数167.6万个, 良种覆盖率99% in a review
    /// of five years: a level held (`[extract] stock_nouns`, or a rate ending in 率) is the
    /// level at the end of the years, not a total over them; unless the words before the
    /// number date it otherwise (年均, 比2010年, 累计, 由…) or its sentence says a flow
    /// (五年内新增…铁路通车里程; …建成通车，通车里程).
    pub(super) fn held_at_end(&self, record: &mut Indicator, dating: Dating, sentence: &str) {
        let span = record.period_start != record.period_end;
        let rate = record.measure == Measure::Share;
        if !span || record.kind != Kind::Actual || !matches!(record.measure, Measure::Level | Measure::Count) && !rate {
            return;
        }
        let dated = Dating { stock: false, changes: false, ..dating } != Dating::default();
        let s = record.subject.as_str();
        let held = if rate {
            // 城镇化率, or a part's share of a whole (工业增加值占全市的79%, 所占比重): not a
            // share of money spent over the years (…投资占43.7%，…建设占15.3%; 民生支出占同期…)
            // in its sentence, nor one its clause says of every year (比例持续超过4%)
            let clause = last_clause(sentence);
            let share_of_whole = (s.contains('占') || s.ends_with("比重") || s.ends_with("比例"))
                && !FLOW_WORDS.iter().any(|w| sentence.contains(w))
                && !SPENT.iter().any(|w| s.contains(w) || sentence.contains(w))
                && !EVERY_YEAR.iter().any(|w| clause.contains(w));
            (s.ends_with('率') || share_of_whole) && !FLOW_RATES.iter().any(|w| s.ends_with(w))
        } else {
            let clause_before = sentence.rsplit(['，', '；']).nth(1).unwrap_or("");
            (self.stock_nouns.found_in(s) || counts_what_exists(record, sentence))
                && !FLOW_WORDS.iter().any(|w| sentence.contains(w))
                && !clause_before.match_indices(BUILT).any(|(at, w)| !clause_before[at + w.len()..].starts_with('区'))
        };
        if held && !dated && !FLOW_WORDS.iter().any(|w| s.contains(w)) {
            record.period_start = record.period_end;
        }
    }

    /// Whether the words of a sentence before a number say it is an estimate (预计): not
    /// where the cue qualifies the base it is compared with (比1980年预计增长5.5%, a
    /// target over the year's estimated result).
    pub(super) fn is_estimate(&self, before: &str) -> bool {
        let qualifies_base = |prefix: &str| {
            let Some(p) = prefix.strip_suffix('年') else { return false };
            let p = p.trim_end_matches(|c: char| c.is_ascii_digit());
            p.strip_suffix(['上', '去']).unwrap_or(p).ends_with('比')
        };
        // (a note on the figure before it, 150亿元以上（预计数），, is that figure's; with 下同,
        // of the ones after too)
        let notes_one = |at: usize| {
            before[..at].ends_with(['（', '('])
                && before[at..].split(['）', ')']).next().is_some_and(|note| !note.contains("下同"))
        };
        // searchers built once: `match_indices` built one per cue and call (8 M instructions)
        self.estimate_finders
            .iter()
            .any(|f| f.find_iter(before.as_bytes()).any(|at| !qualifies_base(&before[..at]) && !notes_one(at)))
    }

    /// 预计全年（下同）: an estimate cue said to hold for the rest of its paragraph.
    pub(super) fn estimate_holds_below(&self, paragraph: &str) -> bool {
        paragraph.match_indices("下同").any(|(at, _)| {
            let cue = paragraph[..at].trim_end_matches(['（', '(']);
            self.estimate_cues.iter().any(|c| cue.ends_with(c.as_str()))
        })
    }

    /// The kind as the years named say: a figure of a year after the report's delivery is
    /// a target (一九六五年国家预算收入比上年增长10% in a report that reviews 1963 or 1964); a
    /// level of a year before the one planned, a result (将比1958年的2050亿元增长40%: 1958's).
    pub(super) fn kind_by_years(report: &Report, ctx: &Context, kind: Kind, upto: usize, dating: Dating) -> Kind {
        let review = report.meta.review_year;
        match kind {
            Kind::Actual => {
                let future = review + if ctx.text.late { 1 } else { 2 };
                let span_ahead = span_ahead(ctx, upto, future).map(|(_, last)| last);
                if topic_year(ctx, upto)
                    .or_else(|| year_aimed_at(ctx, upto))
                    .or(span_ahead)
                    .is_some_and(|y| y >= future)
                {
                    Kind::Target
                } else if states_an_aim(ctx.slice(ctx.sentence.start, upto)) {
                    // 1981年计划为百分之三点七，实际达到百分之四点六: the year's aim, recalled
                    Kind::Target
                } else if !dating.is_from_level() && aim_set_before(ctx.slice(ctx.sentence.start, upto)) {
                    // 去年政府工作报告提出，物价涨幅要从14.8%降到10%左右: the aim, recalled
                    Kind::Target
                } else if aims_recalled_before(ctx.slice(ctx.full_start, upto), plan_of(report, ctx)) {
                    // 市人大确定的2003年主要预期目标是：国内生产总值增长12%；…: the aims set, recalled
                    Kind::Target
                } else if aim_then_result(ctx.slice(ctx.sentence.start, upto), ctx.slice(upto, ctx.sentence.end)) {
                    // 年初计划城镇新增就业6000人，实际新增7500人: the aim, then the result
                    Kind::Target
                } else {
                    kind
                }
            }
            Kind::Target if dating.level_of.is_some_and(|y| y < plan_of(report, ctx)) => Kind::Actual,
            // 1958年我国只生产八十万千瓦，1959年将生产…: what a year before the one planned gave
            // (2022年主要预期目标是：… in the review: the aims of that year, recalled)
            Kind::Target
                if topic_year(ctx, upto).is_some_and(|y| y < plan_of(report, ctx))
                    && !(ctx.part(report) == Part::Review
                        && opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late)) =>
            {
                Kind::Actual
            }
            Kind::Target => kind,
        }
    }

    pub(super) fn kind(&self, report: &Report, ctx: &Context, after: &str, upto: usize) -> Kind {
        if aim_named_after(after) {
            return Kind::Target;
        }
        let window = without_asides_after(ctx.window(), ctx.slice(ctx.full_start, upto).len());
        let window = window.as_ref();
        match ctx.part(report) {
            // 今年，全市地区生产总值预计增长8.1%，明年预期增长7.5%左右 in a report given in
            // December: 今年 is the year reviewed
            Part::Plan if ctx.text.late && this_year_frames(ctx.slice(ctx.full_start, upto)) => Kind::Actual,
            // 在去年增长6.5%的基础上，今年地区生产总值增长7%: 今年 after the past said
            // last before the number makes it the plan year's
            Part::Plan if this_year_after_the_past(ctx.slice(ctx.full_start, upto), &self.actual_cues) => Kind::Target,
            // 上年城镇登记失业率为3.2%，今年控制在4%以内: a past time in the number's own
            // clause and no aim there; the aim of the next clause is the next number's
            Part::Plan if self.past_in_own_clause(ctx.slice(ctx.sentence.start, upto)) => Kind::Actual,
            // 2022年一季度…。初步预计，地区生产总值增长7%以上: a first count of a result, never an aim
            Part::Plan if PRELIMINARY.iter().any(|w| ctx.slice(ctx.full_start, upto).contains(w)) => Kind::Actual,
            // 过去五年…年均增长8%，今后五年年均增长7%以上: a time ahead in the number's own
            // clause makes it an aim, whatever past was said before
            Part::Plan if ahead_in_own_clause(ctx.slice(ctx.sentence.start, upto)) => Kind::Target,
            // 去年，全县城镇新增就业6200人，今年要确保…: a sentence opened by a past time alone
            // looks back up to a later time said
            Part::Plan if self.opens_with_the_past(ctx.slice(ctx.full_start, upto), plan_of(report, ctx)) => {
                Kind::Actual
            }
            Part::Plan => {
                // 控制在 states results as often as aims (居民消费价格涨幅控制在3.3%): not one of
                // the aim cues
                // a past time, not the base of a comparison (比去年增加4000亿元 is this year's
                // change), with no aim
                let past_only = !self.target_cues.found_in(window) && self.past_said_as_a_time(window);
                if past_only || (!self.aim_cues.found_in(window) && self.looks_back(ctx)) {
                    Kind::Actual
                } else {
                    Kind::Target
                }
            }
            // 全市生产总值增长4%。2023年主要预期目标是：… (a copy run into one paragraph, the
            // plan's heading lost): a sentence that opens by listing aims lists aims
            Part::Review if opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late) => Kind::Target,
            Part::Review => Kind::Actual,
            // 他说，2004年，四川国民经济持续快速协调健康发展。全省生产总值…增长12.7%: a text with
            // no parts (a news story of the report) whose paragraph opens with a past year
            // looks back up to a later time said
            // (not a sentence that sets aims: 新的一年，要确保…; 报告提出，…; an aim said met,
            // 较好完成全年…目标任务, or a result measured against one, 好于预期, sets none)
            Part::Preamble
                if !self.aim_cues.found_where(window, |b, c, a| sets_an_aim(window, b, c, a))
                    && self
                        .a_sentence_opens_with_the_past(ctx.slice(ctx.paragraph_start, upto), plan_of(report, ctx)) =>
            {
                Kind::Actual
            }
            Part::Preamble => self.story_kind(report, ctx, window, upto),
        }
    }

    /// The kind of a number in a text with no parts (a news story of the report) whose
    /// paragraph does not open with the past: an aim where an aim is set (a cue of aims,
    /// a box or list of aims, what is asked, what will be, the years ahead), unless a past
    /// time is said. `window`: the full sentence up to the clause-sentence's end.
    fn story_kind(&self, report: &Report, ctx: &Context, window: &str, upto: usize) -> Kind {
        // (a news headline is read whole when the figure's own sentence says no time:
        // GDP增长6%以上！青岛明确今年发展主要预期目标 is the aim the headline names)
        let window = ctx.headline().filter(|_| !window.contains('年')).unwrap_or(window);
        // (比去年 counts as a past time here: a headless review compares with the
        // year before it, 比去年增长6%，超过预期目标)
        // (上年结转收入, a line of the year's budget, is no past time)
        let said = |c: &String| window.match_indices(c.as_str()).any(|(at, _)| !budget_line(&window[at + c.len()..]));
        let past = self.actual_cue_set.found_in(window) && self.actual_cues.iter().any(said);
        let aim = |before: &str, cue: &str, after: &str| sets_an_aim(window, before, cue, after);
        let listed = || self.in_a_box_of_aims(report, ctx);
        // (会议要求，全市城镇新增就业2万人: what is asked is an aim)
        let asked = || ASKED.is_match(ctx.slice(ctx.full_start, upto));
        let will = || what_will_be(ctx, upto) || a_subtitle_of_aims(ctx);
        let continued = || aims_listed_before(ctx, upto, plan_of(report, ctx));
        // (报告明确了今后五年发展蓝图：地区生产总值增速保持7.6%左右: the years ahead)
        let ahead = || {
            ahead_last_in(ctx.slice(ctx.full_start, upto))
                || plan_named_ahead(ctx.slice(ctx.full_start, upto), plan_of(report, ctx))
        };
        let quoted = || quoted_after_aims(ctx, plan_of(report, ctx));
        let aims = self.target_cues.found_where(window, aim)
            || listed()
            || asked()
            || will()
            || continued()
            || ahead()
            || quoted();
        if aims && !past {
            Kind::Target
        } else {
            Kind::Actual
        }
    }

    /// Whether a number is an item of a list of aims one to a line, in a text with no parts
    /// (今年…预期目标： / 国内生产总值增长10%); not of a list of results measured against aims
    /// (去年主要目标完成情况：, 年初确定的目标, a year before the one planned).
    fn in_a_box_of_aims(&self, report: &Report, ctx: &Context) -> bool {
        let plan = plan_of(report, ctx);
        let aims_opened = |opening: &str| {
            let back = ["完成", "执行", "年初", "过去", "一年来"].iter().any(|w| opening.contains(w))
                || self.actual_cue_set.found_in(opening)
                || YEAR.captures_iter(opening).any(|c| c[1].parse::<i32>().is_ok_and(|y| y < plan));
            self.aim_cues.found_in(opening) && !back
        };
        ctx.text.story && ctx.list_opened_by().is_some_and(aims_opened)
    }

    /// Whether a number in a text with no parts (a news story of the report, a copy that
    /// lost its headings) is framed by the year planned, and so is its aim: a clause opened
    /// by that year (2022年，全县将新增城镇就业5000人; 在讲到2022年工作总体要求时指出，…)
    /// or by 今年 (今年，全区地区生产总值增长6.5%左右; 去年…，今年预计GDP增长10%左右), in a report given
    /// before the year's end. Not 今年以来 (the months so far), part of the year (the
    /// caller's: 2022年一季度…) nor a deed done (了).
    pub(super) fn framed_by_the_plan_year(report: &Report, ctx: &Context, upto: usize) -> bool {
        if !ctx.text.story || ctx.text.late {
            return false;
        }
        let plan = plan_of(report, ctx);
        let before = ctx.slice(ctx.full_start, upto);
        // (a deed done, 今年国务院决定…提高了…收购价格, is no aim; nor is a year's result
        // foreseen by its number, 1954年预计…将等于1949年的四点二倍 in a report given in
        // September, as 预计全年 is a result foreseen)
        let done = before.contains('了');
        let foreseen = ["预计", "估计"].iter().any(|w| before.contains(w));
        let named = || topic_year(ctx, upto) == Some(plan) || names_the_plan_of(before, plan);
        let this_year = opens_with_this_year(before)
            || this_year_frames(before)
                && before.rfind("今年").is_some_and(|at| !says_the_past_or_so_far(&before[at + "今年".len()..]));
        !done && (this_year || !foreseen && named())
    }

    /// Whether the sentence up to a number (`before`) opens with a past time alone
    /// ([`PAST_OPENING`]: 去年，, 过去两年，, 2015年， before the year `plan`), with no later
    /// time said after it (今年, 明年, a year, 今后, 未来) and no aim in the number's clause
    /// (控制在 states a result as often).
    fn opens_with_the_past(&self, before: &str, plan: i32) -> bool {
        let Some(c) = PAST_OPENING.captures(before) else { return false };
        if c.get(1).is_some_and(|y| y.as_str().parse::<i32>().is_ok_and(|y| y >= plan)) {
            return false;
        }
        let rest = &before[c.get(0).map_or(0, |m| m.end())..];
        // (the number's own clause, in its own sentence when a paragraph is read)
        let clause = last_clause(rest).rsplit(['。', '！', '？']).next().unwrap_or(rest);
        let aims = self.aim_cues.found_in(clause);
        let ahead = says_ahead(rest, &["今后", "下一步", "接下来"]);
        !says_a_later_time(rest) && !aims && !ahead
    }

    /// Whether the paragraph up to a number, or a sentence of it, opens with a past time
    /// ([`Self::opens_with_the_past`], after who said it): a news story's lede comes first,
    /// 1月11日，…市长作政府工作报告。会议提到，2019年，…物价形势总体稳定，居民消费价格涨幅控制在3%以内.
    /// The last such opening holds up to a sentence that says who asks or stresses
    /// (会议要求，全年居民消费价格涨幅控制在3%左右: the aim of the year ahead).
    fn a_sentence_opens_with_the_past(&self, paragraph: &str, plan: i32) -> bool {
        let starts = paragraph.rmatch_indices(['。', '！', '？']).map(|(at, stop)| at + stop.len());
        for start in starts.chain([0]) {
            let sentence = &paragraph[start..];
            if self.opens_with_the_past(without_attribution(sentence), plan) {
                return true;
            }
            if ASKED.is_match(sentence) {
                return false;
            }
        }
        false
    }

    /// [`gap_to_another`] with the configuration's comparison words.
    pub(super) fn gap_to_another(&self, before: &str) -> bool {
        gap_to_another(before, &self.comparison_words)
    }

    /// Whether the aim a number is (控制在预期4.2%以内) follows the result held within it, in a
    /// story framed by a past year: 2016年，…。城镇登记失业率3.52%，控制在预期4.2%以内. The clause
    /// before the aim's holds a number, the sentence sets no aim before it (主要预期目标是：…;
    /// 会议要求，…), and its own clause says no later time.
    fn result_held_within_its_aim(&self, report: &Report, ctx: &Context, upto: usize) -> bool {
        let sentence = ctx.slice(ctx.full_start, upto);
        let Some(cut) = sentence.rfind(['，', '；']) else { return false };
        let (head, own) = sentence.split_at(cut);
        let result_before = last_clause(head).contains(|c: char| c.is_ascii_digit());
        let aims = self.aim_cues.found_where(head, |b, c, a| sets_an_aim(head, b, c, a)) || ASKED.is_match(sentence);
        // (the paragraph up to the aim's clause: its start to the head's end, one slice)
        let paragraph = ctx.slice(ctx.paragraph_start, upto);
        let up_to_head = &paragraph[..paragraph.len() - own.len()];
        result_before
            && !aims
            && !says_a_later_time(own)
            && self.a_sentence_opens_with_the_past(up_to_head, plan_of(report, ctx))
    }

    /// Whether `text` says a past time (`actual_cues`: 去年, 上年) as a time, not as the base
    /// of a comparison ([`said_as_a_time`]): each cue is read where it stands only when
    /// one occurs at all.
    fn past_said_as_a_time(&self, text: &str) -> bool {
        self.actual_cue_set.found_in(text) && self.actual_cues.iter().any(|c| said_as_a_time(text, c))
    }

    /// Whether the clause of a number, up to it, says a past time (上年, 去年) and no cue of
    /// an aim.
    fn past_in_own_clause(&self, before: &str) -> bool {
        let clause = last_clause(before);
        !self.target_cues.found_in(clause) && self.past_said_as_a_time(clause)
    }

    /// The years the words around a number say outright, before any cue of its paragraph:
    /// a level of a year named, an aim recalled, a level a change starts from, a span of
    /// years named.
    fn period_said(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
    ) -> Option<(i32, i32)> {
        if let Some(year) = dating.level_of {
            return Some((year, year));
        }
        let before = ctx.slice(ctx.sentence.start, upto);
        let recalled = || {
            states_an_aim(before)
                || aim_set_before(before)
                || aims_recalled_before(ctx.slice(ctx.full_start, upto), plan_of(report, ctx))
                || aim_then_result(before, ctx.slice(upto, ctx.sentence.end))
        };
        // (in a story, an aim recalled beside a past time: 去年…涨幅2.3%，控制在预期3%以内)
        let of_the_past = || {
            ctx.part(report) == Part::Preamble
                && (self.past_said_as_a_time(before) || self.result_held_within_its_aim(report, ctx, upto))
        };
        // (2022年主要预期目标是：… in the review: that year's aims)
        let listed = || opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late);
        if kind == Kind::Target && ctx.part(report) == Part::Review && listed() {
            if let Some(year) = topic_year(ctx, upto) {
                return Some((year, year));
            }
        }
        if kind == Kind::Target && (ctx.part(report) == Part::Review || of_the_past()) && recalled() {
            // 年初计划为6%，实际达到7.5%: the aim of the years the results are of, or of
            // the year named (1981年计划为百分之三点七)
            return Some(
                topic_year(ctx, upto).map_or_else(|| self.period(report, ctx, Kind::Actual, upto, dating), |y| (y, y)),
            );
        }
        let review = report.meta.review_year;
        if kind == Kind::Actual
            && ctx.part(report) == Part::Review
            && on_base_of_the_past(before, ctx.slice(upto, ctx.sentence.end))
        {
            // 在上年增长8.5%的基础上增长8%: the base is the year before the one reviewed
            return Some((review - 1, review - 1));
        }
        if let Some(year) = year_before_predicate(last_clause(before)) {
            // 全社会固定资产投资2017年增长8.5%, 一般公共预算收入2017年为10亿元
            return Some((year, year));
        }
        if dating.from_to && (kind == Kind::Target || span_named(ctx, upto, report.meta.review_year).is_none()) {
            // 由4家增加到6家 (a year reviewed), 城镇化率从47.5%提高到51.5% (a plan): the level
            // the change starts from, at the end of the year before the change's years
            let to = self.period(report, ctx, kind, upto, Dating { from_start: false, from_to: false, ..dating });
            let year = self.change_starts(report, ctx, kind, upto, to);
            return Some((year, year));
        }
        if kind == Kind::Actual && dating.since.is_none() && (!dating.stock || dating.average) {
            if let Some(start) = since_began(before).filter(|&y| y <= review) {
                // “十四五”以来，…增长20%; 党的十八大以来，城镇新增就业12万人: the years since
                // the plan or the congress began, to the year reviewed
                return Some((start, review));
            }
        }
        let future = report.meta.review_year + if ctx.text.late { 1 } else { 2 };
        if let Some(span) = span_ahead(ctx, upto, future).filter(|_| kind == Kind::Target && dating.since.is_none()) {
            // 从一九七八年到一九八五年八年间，农业总产值每年要增长4%到5%: over the years named
            return Some(span);
        }
        if kind == Kind::Actual && dating.since.is_none() && dating.averaged_over.is_none() {
            if let Some(named) = span_named(ctx, upto, report.meta.review_year) {
                return Some(named.date(dating));
            }
        }
        None
    }

    /// The years a number covers: the cues of its paragraph, narrowed or widened by the
    /// words just before it.
    pub(super) fn period(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize, dating: Dating) -> (i32, i32) {
        if let Some(said) = self.period_said(report, ctx, kind, upto, dating) {
            return said;
        }
        let span = later_target_year(ctx, kind, upto, dating, self.period_by_cues(report, ctx, kind, upto));
        let total = || ["累计", "期间", "时期"].iter().any(|w| ctx.slice(ctx.full_start, upto).contains(w));
        if kind == Kind::Actual && dating.year_on_year && span.0 != span.1 && dating.years.is_none() && !total() {
            // 一、过去五年工作回顾 … 全省生产总值比上年增长14.5%: the last of the years reviewed
            return (span.1, span.1);
        }
        if kind == Kind::Actual && span.0 != span.1 && !total() && a_years_pair(ctx, upto, dating) {
            // 8年来，…。全市生产总值20059亿元、增长5.6%: the last year's
            return (span.1, span.1);
        }
        if let Some(over) = dating.averaged_over.filter(|o| kind == Kind::Actual && o.1 < span.1) {
            // 在恢复时期平均每年递增36.9%: an average over the period named, not the paragraph's
            return over;
        }
        if let Some(start) = dating.plan_to_date.filter(|&y| kind == Kind::Actual && y < span.1 && y + 4 >= span.1) {
            return (start, span.1);
        }
        if let Some(five) = self.flow_of_five_years(report, ctx, kind, upto, dating, span) {
            return five;
        }
        if dating.cumulative && kind == Kind::Actual && span.0 == span.1 {
            // 累计城镇新增就业38万人 in a review of five years (or of four: 一、过去四年工作
            // 回顾): the years reviewed
            let review = report.meta.review_year;
            let five = self.last_five_year_cue.last_before(ctx, upto).map(|_| 5);
            if let Some(n) = five.or_else(|| ctx.section_years(report, review)).filter(|_| span.1 == review) {
                return (review - n + 1, review);
            }
        }
        if let Some((n, _)) = dating.years.filter(|&(_, last)| last || span.0 == span.1) {
            // the words just before the number are more precise than the paragraph's cues
            // (近两年 in a review of five), though a bare 两年 in it may be any two
            return match kind {
                Kind::Target if dating.average_to_date => (span.0 - n + 1, span.0),
                Kind::Actual => (span.1 - n + 1, span.1),
                Kind::Target => (span.0, span.0 + n - 1),
            };
        }
        if span.0 != span.1 && kind == Kind::Actual && dating.from_start {
            // 五年来…地方财政一般预算收入由12.5亿元到36.4亿元: the level before the first year
            return (span.0 - 1, span.0 - 1);
        }
        if let Some(since) = dating.since.filter(|&y| span.0 != span.1 && kind == Kind::Target && y < span.0 - 1) {
            // “七五”计划…一九九○年工农业总产值…比一九八○年增长一点三倍: a target against a
            // year before the plan's spans from that year on, over ten years here
            return (since + 1, span.1);
        }
        if span.0 != span.1 {
            // 五年来…城镇化率达到39.2%: a stock reached, at the end of the years reviewed
            let stock_at_end = kind == Kind::Actual && dating.stock && !dating.average && dating.since.is_none();
            return if stock_at_end { (span.1, span.1) } else { span };
        }
        let end = span.1;
        if let Some(base) = self.compared_with(ctx, upto, dating).filter(|&y| y < end - 1 && !dating.stock) {
            // 2005年与2000年相比，国内生产总值增长XX%: the years since the one compared with
            return (base + 1, end);
        }
        if let Some(since) = dating.since.filter(|&y| y < end) {
            return (since + 1, end);
        }
        if dating.average {
            return average_over(ctx, upto, end, kind);
        }
        span
    }

    /// 全民所有制企业新增加的固定资产达到5854亿元 in a paragraph of a five-year review that
    /// names the year reviewed only as the year its levels were reached ([`names_only_the_end`]:
    /// 国民收入1987年达到…，平均每年增长…): a flow or a change over the five years (or the
    /// years a shorter review's heading counts: 一、过去四年工作回顾), where the sentence names no
    /// year of its own.
    fn flow_of_five_years(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
        span: (i32, i32),
    ) -> Option<(i32, i32)> {
        let review = report.meta.review_year;
        if kind != Kind::Actual || span != (review, review) || dating.stock && !dating.changes {
            return None;
        }
        let sentence = ctx.slice(ctx.full_start, upto);
        let flow = dating.changes || FLOW_WORDS.iter().any(|w| sentence.contains(w));
        let paragraph = ctx.paragraph_prefix(upto);
        let years = ctx.section_years(report, review).filter(|_| {
            flow && !sentence.contains('年')
                && names_only_the_end(paragraph, review)
                && !self.continues_the_year_reviewed(report, ctx)
        })?;
        Some((review - years + 1, review))
    }

    /// The year a change from a level to another starts from, when its last years are
    /// `to`: the earliest year its sentence names before it (由1978年的27.8%提高到1982年的
    /// 33.6%，轻工业所占比重由31.1%…: 1978); a change averaged over years with none named
    /// (去年…年均增长9.7%，人均生产总值由14112元提高到26024元) from before the plan's five, as
    /// the average is dated; else the year before `to`.
    fn change_starts(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize, to: (i32, i32)) -> i32 {
        let sentence = ctx.slice(ctx.full_start, upto);
        let named = YEAR.captures_iter(sentence).filter_map(|c| c[1].parse::<i32>().ok()).filter(|&y| y < to.0).min();
        if let Some(year) = named {
            return year;
        }
        let review = report.meta.review_year;
        let averaged = ["年均", "平均每年"].iter().any(|w| ctx.window().contains(w));
        if kind == Kind::Actual && to == (review, review) && averaged {
            return review - 5;
        }
        to.0 - 1
    }

    fn period_by_cues(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize) -> (i32, i32) {
        let review = report.meta.review_year;
        let paragraph = ctx.paragraph_prefix(upto);
        match kind {
            Kind::Actual => {
                let last_year = last_year_said(ctx, upto);
                if let Some(span) = Self::first_years_of_plan(ctx, upto, review) {
                    span
                } else if let Some(y) = self.year_reviewed_named(report, ctx, upto, review) {
                    // 1979年农业总产值比1978年增长8.6%: the year the sentence names
                    (y, y)
                } else if let Some(y) = self.expected_next_year(report, ctx, upto, review) {
                    (y, y)
                } else if ctx.text.late && last_year.is_some() && last_year > THIS_YEAR_ONLY.last_before(ctx, upto) {
                    // delivered in September or December: 去年 and 上年 are the year before
                    // the one reviewed
                    (review - 1, review - 1)
                } else if let Some(n) = self.years_back(ctx, upto) {
                    // 在这十年中，…建成了一千一百个大中型项目: the years counted back
                    (review - n + 1, review)
                } else if self.five_year(ctx, upto) {
                    (review - 4, review)
                } else if let Some(n) = ctx.section_years(report, review).filter(|_| {
                    paragraph_is_silent(paragraph, review, ctx.text.late)
                        && !self.continues_the_year_reviewed(report, ctx)
                }) {
                    (review - n + 1, review)
                } else {
                    (review, review)
                }
            }
            Kind::Target => {
                let plan = plan_of(report, ctx);
                // the cue nearest before the number wins: 今年 after “十四五” is this year
                let single = THIS_YEAR.last_before(ctx, upto).max(ctx.text.plan_year.last_before(ctx, upto));
                let to_year = TO_YEAR.captures_iter(paragraph).last().and_then(|c| {
                    let y = c[1].parse::<i32>().ok().filter(|&y| y > plan)?;
                    // 按照十年规划，到一九八五年: the plan's years, some before this one
                    let start = years_of_plan(&paragraph[..c.get(0)?.start()]).map_or(plan, |n| (y - n + 1).min(plan));
                    Some((c.get(0)?.start(), (start, y)))
                });
                // 今年是“十四五”规划收官之年: this year is one of the plan's, not the plan;
                // a plan that starts after this year (为“十五五”良好开局打牢基础) sets none
                // of this year's targets; nor does its mid-term review (推动“十四五”规划中期调整)
                // (…，全面完成“十二五”减排任务；城镇登记失业率控制在4.5%以内: a plan named as a task
                // of the year, in an earlier clause-sentence of a list of aims, frames its own only)
                let piece_at = ctx.slice(ctx.paragraph_start, ctx.sentence.start).len();
                let fyp = ctx
                    .plans_before(upto)
                    .into_iter()
                    .filter(|p| !p.framed && !mid_term(&paragraph[p.end..]))
                    .filter(|p| p.at >= piece_at || frames_what_follows(paragraph, p.at, p.end))
                    .map(|p| (p.at, p.start))
                    .next_back()
                    .and_then(|(at, start)| (start + 4 >= plan && start <= plan).then_some((at, (start, start + 4))));
                let ahead = YEARS_AHEAD
                    .iter()
                    .filter_map(|(cue, n)| cue.last_before(ctx, upto).map(|at| (at, (plan, plan + n - 1))))
                    .max_by_key(|(at, _)| *at);
                match to_year.into_iter().chain(fyp).chain(ahead).max_by_key(|(at, _)| *at) {
                    Some((at, span)) if single.is_none_or(|s| at > s) => span,
                    // “十二五”时期的主要目标: a section about a five-year plan sets five-year targets
                    _ if single.is_none() => ctx.five_year_section(report, plan).unwrap_or((plan, plan)),
                    _ => (plan, plan),
                }
            }
        }
    }

    /// The year reviewed that the sentence names before the number ([`topic_year`]): one
    /// of the five years up to the year reviewed, or the next when its figure is
    /// estimated (一九六四年全国工业总产值，预计比一九六三年增长15%以上, in a report whose
    /// header is lost: it was delivered in December 1964).
    fn year_reviewed_named(&self, report: &Report, ctx: &Context, upto: usize, review: i32) -> Option<i32> {
        let y = topic_year(ctx, upto)?;
        let estimate_of_next = y == review + 1 && !ctx.text.late && self.is_estimate(ctx.slice(ctx.full_start, upto));
        // (2020年上半年，…增长1% in a report given in August 2020 that reviews 2019: the months
        // of the year of delivery gone by)
        let delivered_after_midyear = || {
            let d = report.meta.delivered.as_deref().unwrap_or_default();
            d.get(..4).and_then(|y| y.parse::<i32>().ok()) == Some(review + 1) && d.get(5..7).is_some_and(|m| m >= "07")
        };
        let months_of_delivery = y == review + 1 && delivered_after_midyear();
        // (1980年，全县财政收入909.7万元 in a report of 1991: a year long past that opens the
        // sentence dates it; named inside a sentence it may be a base)
        let long_past = y < review - 4 && {
            let sentence = without_attribution(ctx.slice(ctx.full_start, upto)).trim_start();
            // (not the start of what came after it: 1978年，…召开，此后全县财政收入年均增长9%)
            let since = |rest: &str| ["此后", "以来", "以后", "之后", "从此"].iter().any(|w| rest.contains(w));
            // (with its comma, 1980年，…, or run into the sentence, 2010年全省生产总值增长14.6%,
            // 1936年的粮食产量是…, 2010年湖南的GDP为…; not a year of a deed that describes the
            // noun, 2008年启动的新农合制度…, 1984年建成投产的化肥厂…, 1980年不变价计算的…, 2010年为基期)
            let describes = |rest: &str| {
                let clause = rest.split(['，', '；', '：']).next().unwrap_or(rest);
                let deed = clause.match_indices('的').any(|(at, _)| {
                    clause[..at].chars().next_back().is_some_and(|c| "动台建成产施立工算定布始行办设签批".contains(c))
                });
                deed || ["不变价", "为基期", "为基数", "起", "开始", "以前"].iter().any(|w| clause.contains(w))
            };
            sentence
                .strip_prefix(&format!("{y}年"))
                .is_some_and(|rest| !since(rest) && (rest.starts_with('，') || !describes(rest)))
        };
        ((review - 4..=review).contains(&y) || estimate_of_next || months_of_delivery || long_past).then_some(y)
    }

    /// The year after the one reviewed, when the sentence gives that year's expected
    /// figures (一九五四年預計産量…：電力一百零八億度; 預計…今年的工農業總産值將等於…) in a report
    /// read as reviewing the year before its delivery: the September 1954 report, whose
    /// header is lost, speaks of its own year as 今年 and 一九五四年.
    /// Not under a heading that names the year reviewed (一、2022年工作回顾: its 今年…全年预计
    /// is that year, the report delivered before the year's figures were out).
    fn expected_next_year(&self, report: &Report, ctx: &Context, upto: usize, review: i32) -> Option<i32> {
        const LATER_TIMES: [&str; 5] = ["现在", "目前", "当前", "去年", "明年"];
        if ctx.text.late {
            return None;
        }
        let sentence = ctx.slice(ctx.full_start, upto);
        // the cheap tests first: this runs for every actual
        let named = ["预计", "預計"]
            .iter()
            .any(|w| sentence.contains(w))
            .then(|| EXPECTED_YEAR.captures_iter(sentence).last())
            .flatten()
            .and_then(|c| Some((c.get(0)?.end(), c[1].parse::<i32>().ok()?)))
            .filter(|&(_, y)| y == review + 1);
        let reviewed_heading = || report.section_path(ctx.sentence.section).contains(&format!("{review}年"));
        let this_year =
            sentence.rfind("今年").filter(|_| !reviewed_heading()).map(|at| (at + "今年".len(), review + 1));
        let (at, y) = named.into_iter().chain(this_year).max_by_key(|&(at, _)| at)?;
        if !self.is_estimate(sentence) {
            return None;
        }
        let rest = &sentence[at..];
        // a year said after it ends it, unless it is the base compared with (等於一九四九年的)
        let other_year =
            YEAR.find_iter(rest).any(|m| !rest[..m.start()].ends_with(['比', '于', '於', '同', '与', '较']));
        (!other_year && !LATER_TIMES.iter().any(|w| rest.contains(w))).then_some(y)
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

    /// Whether a number dated to one year stands in a sentence about five years: a
    /// five-year cue or a plan's name earlier in its sentence and after any cue of one
    /// year (五年来…城镇化率达到39.2%; “十四五”时期…增长8%). A heading or an earlier
    /// sentence alone does not make one: “十三五”圆满收官 heads the year's review too;
    /// nor the plan's mid-term review, a task of one year (推动“十四五”规划中期调整，…预计
    /// 全社会固定资产投资增长8%以上).
    pub(super) fn in_five_year_context(&self, ctx: &Context, upto: usize) -> bool {
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let paragraph = ctx.paragraph_prefix(upto);
        let plan = ctx
            .plans_before(upto)
            .into_iter()
            .filter(|p| !p.framed && !mid_term(&paragraph[p.end..]))
            .map(|p| p.at)
            .next_back();
        let five = self.last_five_year_cue.last_before(ctx, upto).max(plan);
        // …对接“十四五”规划，提出今年…: a year named after the five-year cue dates it
        let single = [&*THIS_YEAR, &*SINGLE_PAST_YEAR, &ctx.text.plan_year, &ctx.text.review_year]
            .iter()
            .filter_map(|cues| cues.last_before(ctx, upto))
            .max();
        // (…达2010.9亿元，“十四五”以来年均增长7.8%；规上工业增加值增长7.6%: a cue after a figure
        // of an earlier clause of the sentence holds for that clause; one before any figure
        // of the sentence (各位代表，五年来，…；…), for all of it)
        let clause_at = paragraph[sentence_at..].rfind('；').map(|at| sentence_at + at);
        let figure_before = |f: usize| paragraph[sentence_at..f].contains(|c: char| c.is_ascii_digit());
        let holds = |f: usize| clause_at.is_none_or(|c| f > c || !figure_before(f));
        five.is_some_and(|f| f >= sentence_at && holds(f) && single.is_none_or(|s| s < f))
    }

    /// The year a sentence compares with before the number (2005年与2000年相比，…增长), or
    /// that a change carries from before it ([`carried_base`]).
    fn compared_with(&self, ctx: &Context, upto: usize, dating: Dating) -> Option<i32> {
        let sentence = ctx.slice(ctx.full_start, upto);
        match COMPARED_WITH.captures_iter(sentence).last() {
            Some(c) => c.get(1).or(c.get(2))?.as_str().parse().ok(),
            None => compared_with_plan_end(sentence).or_else(|| {
                let carried = dating.changes && dating.since.is_none();
                carried.then(|| since_founding(sentence).or_else(|| carried_base(ctx.paragraph_prefix(upto)))).flatten()
            }),
        }
    }

    /// The number of years counted back before the number ([`YEARS_BACK`]: 四年以来, 在这
    /// 十年中, 两年中新建铁路…), in its sentence, or in an earlier one it opens as the frame
    /// of what follows (六年来，…); when that is the last time cue: neither the year
    /// reviewed, nor a single past year (去年, 全年), nor a five-year cue after it.
    fn years_back(&self, ctx: &Context, upto: usize) -> Option<i32> {
        YEARS_BACK_CUES.last_before(ctx, upto)?;
        let paragraph = ctx.paragraph_prefix(upto);
        let (at, end, n) = YEARS_BACK
            .captures_iter(paragraph)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let n = years_back_counted(&paragraph[..whole.start()], &c)?;
                let record = RECORD.iter().any(|w| paragraph[whole.end()..].starts_with(w));
                (!record).then_some((whole.start(), whole.end(), n))
            })
            .last()?;
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let frame = paragraph[..at].trim_end_matches(['这', '过', '去', '的', '近', '在']).trim_end();
        // (过去三年，我们经受住了…考验。全市地区生产总值增长3.2%: 过去三年 or 近两年 without 来
        // dates its own sentence; a reflection on the years, then the year's figures)
        // (but 过去三年，…。累计新建道路40条: a total said after it is the years')
        let counted_since = paragraph[..end].ends_with(['来', '中', '里', '间']);
        let summed = || said_as_a_total(ctx, upto);
        let frames = (frame.is_empty() || frame.ends_with(['。', '！', '？'])) && paragraph[end..].starts_with('，');
        if at < sentence_at && !(frames && (counted_since || summed())) {
            return None;
        }
        let later = [&*SINGLE_PAST_YEAR, &ctx.text.review_year, &self.last_five_year_cue]
            .iter()
            .filter_map(|cues| cues.last_before(ctx, upto))
            .max();
        later.is_none_or(|l| l < at).then_some(n)
    }

    /// Whether the paragraph of a sentence in a five-year review continues the year
    /// reviewed: the paragraphs right before it in its section, back to one that opens
    /// with that year (2022年，全省地区生产总值增长2.9%… / 过去一年，…), name no time of their
    /// own, nor five years, nor a plan. 城镇新增就业100.1万人，居民消费价格上涨2% after such a
    /// paragraph is 2022's, as a researcher reads it, not the five years'.
    fn continues_the_year_reviewed(&self, report: &Report, ctx: &Context) -> bool {
        let (review, late) = (ctx.text.review, ctx.text.late);
        let here = ctx.sentence;
        // (at most LOOK_BACK sentences, so that a run over a text of huge paragraphs stays
        // linear: the call is per number)
        let earlier = report.sentences[..here.id.min(report.sentences.len())].iter().rev().take(LOOK_BACK);
        let mut paragraphs: Vec<(usize, String)> = Vec::new();
        // (the sentences of its own paragraph before it are passed over first)
        let before = earlier.skip_while(|s| s.paragraph == here.paragraph && s.section == here.section);
        for s in before.take_while(|s| s.section == here.section && !s.is_heading) {
            let count = paragraphs.len();
            match paragraphs.last_mut() {
                Some((p, text)) if *p == s.paragraph => text.insert_str(0, &s.text),
                _ if count == 3 => break,
                _ => paragraphs.push((s.paragraph, s.text.clone())),
            }
        }
        let year = format!("{review}年");
        let opens_the_year = |p: &str| {
            p.starts_with(&year) || YEAR_OPENINGS.iter().any(|w| p.starts_with(w)) || (late && p.starts_with("今年"))
        };
        for (_, paragraph) in &paragraphs {
            if opens_the_year(paragraph) {
                return true;
            }
            let own_time = !paragraph_is_silent(paragraph, review, late)
                || self.last_five_year_cue.found_in(paragraph)
                || plans_named(paragraph).next().is_some();
            if own_time {
                return false;
            }
        }
        false
    }

    /// Whether the last year cue of the paragraph before the number is a five-year one:
    /// a five-year cue word, or the name of a plan that ended by the year reviewed.
    fn five_year(&self, ctx: &Context, upto: usize) -> bool {
        let review = ctx.text.review;
        // (2015年是“十二五”的收官之年: a year of the plan, said as one, frames only a figure
        // its clause says is a total or an average: 财政总收入累计完成800亿元)
        let summed = || said_as_a_total(ctx, upto);
        // (2025年是“十四五”规划的收官之年，…在“十四五”壮阔征程中写下浓墨重彩的篇章。全县地区生产
        // 总值增长4.8%: once the paragraph has said its year is one of the plan, the plan named
        // in passing in an earlier sentence, not as the years of what follows, frames nothing)
        let paragraph = ctx.paragraph_prefix(upto);
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let plans = ctx.plans_before(upto);
        let year_of_plan_said = |p: &PlanName| plans.iter().any(|q| q.framed && q.at < p.at);
        // (“十三五”以来，: the years since the plan began, a frame)
        let since = |p: &PlanName| paragraph[p.end..].trim_start_matches(['”', '"', '》']).starts_with("以来");
        // (刚刚过去的2020年，“十三五”规划圆满收官。…城镇新增就业1.2万人: a plan said to end, in an
        // earlier sentence, is the year's news, not the years of what follows)
        let ended = |p: &PlanName| said_to_end(&paragraph[p.end..]);
        let frames = |p: &PlanName| {
            p.at >= sentence_at
                || !year_of_plan_said(p) && !ended(p)
                || since(p)
                || frames_what_follows(paragraph, p.at, p.end)
                || summed()
        };
        let past_plan = plans
            .iter()
            .filter(|p| p.start + 4 <= review && p.start + 4 >= review - 1 && (!p.framed || summed()) && frames(p))
            .map(|p| p.at)
            .next_back();
        // (完成了本届政府确定的目标任务。…增长7.2%: the term's aims said done frame a total or
        // an average, not a year's rate)
        let aims_done = |at: usize| super::context::cancelled(&ctx.paragraph_prefix(upto).as_bytes()[at..], &["目标"]);
        let cue = self.last_five_year_cue.last_before(ctx, upto).filter(|&at| summed() || !aims_done(at));
        let last_five = cue.max(past_plan);
        // (今年 in a report that reviews its year of delivery: that one year, 今年，全县…增长8.1%
        // after 五年来 in a December report)
        let this_year = |upto| THIS_YEAR_ONLY.last_before(ctx, upto).filter(|_| ctx.text.late);
        let single = |upto| {
            SINGLE_PAST_YEAR
                .last_before(ctx, upto)
                .max(ctx.text.review_year.last_before(ctx, upto))
                .max(this_year(upto))
        };
        let mut last_single = single(upto);
        // 回顾过去的五年…。去年全市生产总值达到…。建立院士工作站3个: a year that opens an earlier
        // sentence right before its noun dates that sentence, not the rest of the review
        while let (Some(f), Some(s)) = (last_five, last_single) {
            if s < f || s >= sentence_at || !opens_a_sentence_topic(paragraph, s, review) {
                break;
            }
            last_single = single(ctx.paragraph_start + paragraph[..s].chars().count());
        }
        matches!((last_five, last_single), (Some(f), s) if s.is_none_or(|s| f > s))
    }
}

/// Whether the clause after a plan's name (`after`) says the plan ended (规划圆满收官, 画上了圆满
/// 句号), not that a year is its last (收官之年) nor the five years (决胜收官的五年).
fn said_to_end(after: &str) -> bool {
    let clause = &after[..after.find(['，', '。', '；', '：']).unwrap_or(after.len())];
    let ends =
        clause.contains("句号") || clause.contains("收官") && !clause.contains("之年") && !clause.contains("的五年");
    ends && clause.chars().count() <= 16
}

/// The years an average (年均增长12.1%) ending at `end` is over: 由2010年的…增加到2015年的…: from the
/// year after the earliest one the sentence names; without one, the five years of a plan.
/// (2020年地区生产总值首个突破2000亿元，2021年…，年均增长7.9%: the year before the last is a
/// milestone, not a base; an average is over two years at least)
fn average_over(ctx: &Context, upto: usize, end: i32, kind: Kind) -> (i32, i32) {
    let earliest = YEAR
        .captures_iter(ctx.slice(ctx.full_start, upto))
        .filter_map(|c| c[1].parse::<i32>().ok())
        .filter(|&y| y < end - 1)
        .min();
    match (earliest, kind) {
        (Some(y), _) => (y + 1, end),
        (None, Kind::Actual) => (end - 4, end),
        (None, Kind::Target) => (end, end + 4),
    }
}

/// Whether a number is one of a level and its rate said for a year ([`level_and_its_rate`]),
/// with no base, average, change from a level nor count of years in the words before it.
fn a_years_pair(ctx: &Context, upto: usize, dating: Dating) -> bool {
    let plain = dating.since.is_none() && !dating.average && !dating.from_to && !dating.from_start;
    plain
        && dating.years.is_none()
        && level_and_its_rate(ctx.slice(ctx.full_start, upto), ctx.slice(upto, ctx.sentence.end))
}

/// Whether a number is a level said with its rate, or the rate said right after its level,
/// with no total, average or base in the sentence (全市生产总值20059亿元、增长5.6%): a pair a
/// review gives for a year, its last, even in a paragraph about several (8年来，…). A rate
/// over several years says so (年均, 累计, 比2015年, 由…增加到…，增长50%).
fn level_and_its_rate(before: &str, after: &str) -> bool {
    const NOT_OF_A_YEAR: [&str; 8] = ["累计", "年均", "平均", "由", "从", "合计", "总计", "期间"];
    // (a base, 比2015年, 较上年; not 比重, 较快, 比较; a sum, 共完成; not 公共, 共同)
    let base_or_sum = |sentence: &str| {
        let word_after = |at: usize, next: &[char]| sentence[at + 3..].starts_with(next);
        let not_a_base = ['重', '例', '快', '好', '大', '高', '较'];
        let base = |at: usize| !word_after(at, &not_a_base) && !sentence[..at].ends_with('比');
        let sum = |at: usize| !sentence[..at].ends_with('公') && !word_after(at, &['同', '享', '建']);
        sentence.match_indices(['比', '较']).any(|(at, _)| base(at))
            || sentence.match_indices('共').any(|(at, _)| sum(at))
    };
    let rate = |clause: &str| {
        let clause = clause.strip_prefix("分别").unwrap_or(clause);
        let clause = clause.strip_prefix("同比").unwrap_or(clause);
        ["增长", "下降", "增长了", "下降了", "提高", "提高了"].contains(&clause)
    };
    // (a percent: 增长3.2倍 over five years is theirs)
    let percent = |number: &str| number.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').starts_with('%');
    // (the rate: the words before it a clause of their own that ends a level)
    // (分别增长4.6%和6.6%: the rates before it in its list are of the clause)
    let listed = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '和' | '、' | '及');
    let clause_at = before
        .char_indices()
        .rfind(|&(at, c)| c == '，' || c == '、' && !before[..at].ends_with('%'))
        .map(|(at, c)| at + c.len_utf8());
    let as_rate = percent(after)
        && clause_at.is_some_and(|at| {
            let (head, clause) = (&before[..at], &before[at..]);
            let verb_end = clause.find(|c: char| c.is_ascii_digit()).unwrap_or(clause.len());
            let level = head.trim_end_matches(['，', '、']);
            let level = level.rsplit(['，', '、', '；', '：']).next().unwrap_or(level);
            rate(&clause[..verb_end])
                && clause[verb_end..].chars().all(listed)
                && level.ends_with(|c: char| !c.is_ascii_digit())
                && level.contains(|c: char| c.is_ascii_digit())
        });
    // (the level: its number and unit, then the rate's clause)
    let as_level = after.split_once(['，', '、']).is_some_and(|(level, rest)| {
        let verb_end = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        level.chars().count() <= 16 && verb_end > 0 && rate(&rest[..verb_end]) && percent(&rest[verb_end..])
    });
    let sentence = before.rsplit(['。', '；']).next().unwrap_or(before);
    // (…达到40亿元，增长50%，年均增长8.4%: a rate with the average of its years after it, and
    // too big to be one year's beside it (at least 2.8 times: three years' compounding), is over
    // those years; 增长15%，年均增长12% is the last year's and the average)
    let leading = |s: &str| {
        let digits = s.trim_start_matches(|c: char| !c.is_ascii_digit());
        let end = digits.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(digits.len());
        digits[..end].parse::<f64>().ok()
    };
    let averaged_after = as_rate
        && after.split_once(['，', '、']).is_some_and(|(rate, next)| {
            let average = ["年均", "平均每年", "年平均"].iter().any(|w| next.trim_start_matches("分别").starts_with(w));
            let clause = next.split(['，', '；', '。']).next().unwrap_or(next);
            average && leading(rate).zip(leading(clause)).is_some_and(|(r, a)| a > 0.0 && r >= 2.8 * a)
        });
    (as_rate || as_level)
        && !averaged_after
        && !NOT_OF_A_YEAR.iter().any(|w| sentence.contains(w))
        && !base_or_sum(sentence)
}

/// Whether the clause of a number, up to it, says it is a total or an average (累计, 年均,
/// 平均每年, 总计, 合计, 共计): a figure over the years a frame names, whatever else it frames.
fn said_as_a_total(ctx: &Context, upto: usize) -> bool {
    let clause = last_clause(ctx.slice(ctx.full_start, upto));
    ["累计", "年均", "平均每年", "总计", "合计", "共计"].iter().any(|w| clause.contains(w))
}

/// Whether the year cue at `at` of `paragraph` opens a sentence and is followed by its
/// noun (去年全市生产总值达到…, 2020年生产总值达…): the year of that sentence's figures. Not a
/// time said for what follows (2020年，我们…; 刚刚过去的2025年，…; 过去一年; 去年以来).
fn opens_a_sentence_topic(paragraph: &str, at: usize, review: i32) -> bool {
    const NOT_A_NOUN: [char; 12] = ['，', '、', '：', '；', '是', '以', '来', '的', '底', '末', '初', '（'];
    if !paragraph[..at].ends_with(['。', '！', '？']) {
        return false;
    }
    let rest = &paragraph[at..];
    let year = format!("{review}年");
    let after = rest.strip_prefix("去年").or_else(|| rest.strip_prefix(year.as_str()));
    after.and_then(|a| a.chars().next()).is_some_and(|c| !NOT_A_NOUN.contains(&c) && !c.is_ascii_digit())
}

/// 1957年比1952年，: a year compared with another for the sentence that follows.
static COMPARED_FOR_THE_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{4}年(?:预计)?比(?:19|20)[0-9]{2}年(?:底|末)?，").expect("valid regex"));

/// A comparison with a year that later changes carry: one said for what follows
/// (1992年同1987年相比，; 1957年比1952年，) or a change since the year (比1964年增长1.9倍).
static CARRIED_COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[与同和跟](?P<with>(?:19|20)[0-9]{2})年(?:底|末)?(?:相比|比较)(?P<same1>[（(]下同[）)])?，|[比较](?P<than>(?:19|20)[0-9]{2})年(?:底|末)?(?P<same2>[（(]下同[）)])?(?P<then>，|增长|增加|提高|上升|下降|减少|降低))")
        .expect("valid regex")
});

/// The base year a change without one of its own carries from a comparison before it
/// in its paragraph, read as the reader of the paragraph does: 1992年同1987年相比，钢产量
/// 增长42%…。…铁路货运周转量增长23% (1988–1992, sentences later); 工业总产值比1964年增长
/// 1.9倍，…，钢增长1.2倍 (a change since a year, to the end of its sentence only). Any time
/// said after it ends it (a year, 今年, 五年间, 时期, 月, 现在), and so does another
/// comparison (比上年, 同比, 比重: any 比). The base's 年 is the last one before the number.
fn carried_base(paragraph: &str) -> Option<i32> {
    let nian = paragraph.rfind('年')?;
    // 与 + four digits before 年: seven bytes
    let start = nian.checked_sub(7).filter(|&s| paragraph.is_char_boundary(s))?;
    let tail = &paragraph[start..];
    let c = CARRIED_COMPARISON.captures(tail)?;
    let between = &tail[c.get(0)?.end()..];
    // 比2012年（下同）增长47.7%；固定资产投资…增长125.1%: the base said to hold below
    // holds to the paragraph's end, unless another comparison is said
    let same_below = c.name("same1").or(c.name("same2")).is_some();
    let for_what_follows = c.name("with").is_some() || c.name("then").is_some_and(|m| m.as_str() == "，");
    // 地区生产总值增长6.3%，比2019年增长15.8%；规上工业增加值增长6.8%: a comparison said
    // after a change of its sentence is an aside to it, which a semicolon ends (not so
    // 1954年工业总产值比1952年增长53.7%；重要产品…如铁增长56%: the base of what follows)
    let head = &paragraph[..start];
    let own = &head[head.rfind(['。', '；']).map_or(0, |i| i + '。'.len_utf8())..];
    let aside = ["增长", "下降"].iter().any(|w| own.contains(w));
    let ended = match same_below {
        true => between.contains('比'),
        false => {
            ["比", "期", "月", "现在", "目前", "当前", "以来"].iter().any(|w| between.contains(w))
                || (!for_what_follows && between.contains(['。', '！', '？']))
                || (!for_what_follows && aside && between.contains('；'))
        }
    };
    if ended {
        return None;
    }
    c.name("with").or(c.name("than"))?.as_str().parse().ok()
}

/// Whether what follows `head`, the words before it, opens a clause: nothing stands
/// before it, or a comma, semicolon, colon or full stop.
fn opens_a_clause(head: &str) -> bool {
    head.is_empty() || head.ends_with(['，', '；', '：', '。'])
}

/// “十四五”以来, “十三五”时期以来, “十三五”规划实施以来, 十二五开局以来, 党的十八大以来:
/// since a five-year plan or a party congress began.
static SINCE_BEGAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:“[^”]{2,3}”|十[一二三四五六]五)(?:规划|计划)?(?:时期|期间)?(?:实施|开局)?以来|党的(十[二三四五六七八九]|二十)大以来")
        .expect("valid regex")
});

/// The first year of the time [`SINCE_BEGAN`] names in `before` (the words of a sentence
/// before a number) as the frame of a clause (opening it, a comma after it), when no
/// other time is said between it and the number: the plan's first year; the year after
/// a congress (held in the autumn: 十八大, 2012 → 2013). Not a record it is compared
/// with (实现党的十八大以来首次正增长, 创“十四五”以来最好水平).
fn since_began(before: &str) -> Option<i32> {
    if !before.contains("以来") {
        return None; // most sentences: no regex
    }
    let c = SINCE_BEGAN.captures_iter(before).last()?;
    let whole = c.get(0)?;
    let head = before[..whole.start()].trim_end_matches(['自', '从']);
    if !opens_a_clause(head) || !before[whole.end()..].starts_with('，') || span_ended(&before[whole.end()..], &[]) {
        return None;
    }
    match c.get(1) {
        Some(n) => {
            let n = match n.as_str() {
                "二十" => 20,
                s => 10 + number::cn_digit(s.chars().nth(1)?)? as i32,
            };
            Some(1982 + 5 * (n - 12) + 1)
        }
        None => plans_named(whole.as_str()).next().map(|(_, start)| start),
    }
}

/// 全国解放以来，…粮食增产一点四倍; 新中国成立以来，: a clause that dates the changes after it
/// from 1949, the year the People's Republic was founded.
static SINCE_FOUNDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，；。])\s*(?:全国|全國)?(?:解放|建国|建國|新中国成立|新中國成立)以[来來]，")
        .expect("valid regex")
});
const FOUNDING: i32 = 1949;

/// The year the changes of a sentence count from when a clause of it opens with
/// [`SINCE_FOUNDING`] and no later time is said after it (a year, 今年, 五年内, 时期, 月, 现在,
/// 比); 逐年 is none.
fn since_founding(sentence: &str) -> Option<i32> {
    if !sentence.contains("以") {
        return None; // most sentences: no regex
    }
    let m = SINCE_FOUNDING.find_iter(sentence).last()?;
    let after = &sentence[m.end()..];
    let later = says_a_later_time(after) || ["比", "期", "月"].iter().any(|w| after.contains(w));
    (!later).then_some(FOUNDING)
}

/// Years counted after a year named (1985年招收研究生二万人，…，五年内毕业研究生4.5万人).
static YEARS_WITHIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[二两三四五六七八九十]年(?:内|来|间|里|中|以来)").expect("valid regex"));

/// 从1978年到1982年，…; 粮食产量在1953年到1978年间…; 2003年到2023年，…; 2019—2021年，…;
/// 从1953年至1980年的二十八年间; 1978、1979两年: years named as a span, at the start of a clause or after
/// 从/在, for the numbers after it in the sentence. The first and last years are groups 1
/// and 2, or 3 and 4 for two years listed and counted (1978、1979两年).
static SPAN_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:^|[，；：])\s*|[从從在])(?:((?:19|20)[0-9][0-9])(?:年(?:至|到)|年?(?:—{1,2}|[-–~～]))((?:19|20)[0-9][0-9])年(?:(?:的|这)?(?:[一二三四五六七八九十两]+|[0-9]+)年(?:时间)?[间中内里]?)?|((?:19|20)[0-9][0-9])年?[、和]((?:19|20)[0-9][0-9])年?(?:这)?[两二]年)")
        .expect("valid regex")
});

/// The years of a [`SPAN_NAMED`] and whether a level of its first year is said between it
/// and the number (由103.97亿元增加到…).
struct SpanNamed {
    first: i32,
    last: i32,
    from_level: bool,
}

impl SpanNamed {
    /// A level after 由/从 is the first year's; one reached (增加到715所) the last year's;
    /// a change or average after a level of the first year is since that year; any
    /// other figure (从1979年到1983年，…平均每年增长7.9%; 共有) is over the years named.
    fn date(&self, dating: Dating) -> (i32, i32) {
        if dating.from_start {
            (self.first, self.first)
        } else if dating.stock && !dating.average && !dating.changes {
            (self.last, self.last)
        } else if self.from_level && (dating.changes || dating.average) {
            (self.first + 1, self.last)
        } else {
            (self.first, self.last)
        }
    }
}

/// Whether a sentence (up to a number) opens with a year (2023年, 今年 in a report given early
/// in the year) and lists its aims after a colon, the words before the colon ending in
/// 目标 or 预期指标 (2023年主要预期目标是：, 今年经济社会发展的主要目标为：), the number's own
/// clause no result (实际增长5.5%).
fn opens_a_list_of_aims(sentence: &str, late: bool) -> bool {
    let s = sentence.trim_start();
    let year =
        s.as_bytes().get(..4).is_some_and(|d| d.iter().all(u8::is_ascii_digit) && matches!(&d[..2], b"19" | b"20"))
            && s[4..].starts_with('年');
    let opened = year || !late && s.starts_with("今年");
    if !opened && (late || !s.contains('今')) {
        return false; // most sentences: neither opened by the year nor naming 今年
    }
    let Some(head) = s.find(['：', ':']).map(|at| &s[..at]) else { return false };
    // (根据…的原则，建议今年我区经济和社会发展的预期目标是：: the year planned named in the head's
    // last clause, after words of what the aims rest on)
    let head = if opened {
        head
    } else {
        let clause = head.rsplit(['，', '；']).next().unwrap_or(head);
        if !clause.contains("今年") {
            return false;
        }
        clause
    };
    // (…增长6%，实际增长5.5%: the result said after the aim)
    if last_clause(sentence).contains("实际") {
        return false;
    }
    // (not 主要经济指标：, the results' list)
    let aims =
        ["目标", "预期指标", "计划指标", "调控指标"].iter().any(|w| head.trim_end_matches(['是', '为']).ends_with(w));
    let met = ["实现", "完成", "达到", "超", "好于", "确定的", "提出的"].iter().any(|w| head.contains(w));
    aims && !met && head.chars().count() <= 30 && !head.contains(['，', '。', '；'])
}

/// Whether an earlier sentence of the number's paragraph opens a list of the plan year's aims
/// ([`opens_list_of_the_plan_year`]: 报告提出2021年主要预期目标为：…。民生指标方面，城镇新增就业
/// 8000人，居民人均可支配收入增长6%): the sentences after it go on listing them, up to one that
/// says a time of its own (a year, 去年, 过去) or a result (实际, 完成).
fn aims_listed_before(ctx: &Context, upto: usize, plan: i32) -> bool {
    let paragraph = ctx.slice(ctx.paragraph_start, ctx.full_start);
    if !paragraph.contains(['：', ':']) {
        return false; // most paragraphs: no list opened
    }
    let a_time_of_its_own = |s: &str| says_a_year_or_past(s) || ["实际", "完成", "以来"].iter().any(|w| s.contains(w));
    let mut listing = false;
    for sentence in paragraph.split_inclusive(['。', '！', '？']) {
        if opens_list_of_the_plan_year(sentence, plan) {
            listing = true;
        } else if a_time_of_its_own(sentence) {
            listing = false;
        }
    }
    let own = ctx.slice(ctx.full_start, upto);
    listing && names_a_group_of_aims(own) && !a_time_of_its_own(own)
}

/// Whether a sentence opens by naming a group of the aims listed (民生指标方面，…; 质量结构型
/// 指标方面，…; 生态指标：…): the first clause ends in 方面 or 指标. A sentence of facts after a
/// list (目前，全市常住人口城镇化率为58.5%; 大会应到代表486人) is no aim.
fn names_a_group_of_aims(sentence: &str) -> bool {
    let first = sentence.split(['，', '：', ':', '；']).next().unwrap_or("");
    first.chars().count() <= 16 && (first.ends_with("方面") || first.ends_with("指标"))
}

/// Whether the number's full sentence is a quotation right after a sentence of its paragraph
/// that names aims and no past (我们把准方向，明确目标，再出发！“生产总值增长6%，固定资产投资增长6%以上…”):
/// the aims quoted; not a quotation of its own past (“2020年全市地区生产总值增长3.6%。”).
fn quoted_after_aims(ctx: &Context, plan: i32) -> bool {
    let own = ctx.slice(ctx.full_start, ctx.sentence.end);
    if !own.trim_start().starts_with('“') {
        return false;
    }
    let past_year = YEAR.captures_iter(own).any(|c| c[1].parse::<i32>().is_ok_and(|y| y < plan));
    if past_year || ["去年", "上年", "过去", "以来"].iter().any(|w| own.contains(w)) {
        return false;
    }
    let before = ctx.slice(ctx.paragraph_start, ctx.full_start).trim_end_matches(['。', '！', '？']);
    let previous = &before[before.rfind(['。', '！', '？']).map_or(0, |i| i + '。'.len_utf8())..];
    let back = ["去年", "过去", "完成", "实现了", "以来"].iter().any(|w| previous.contains(w));
    previous.contains("目标") && !back && !says_a_year_or_past(previous)
}

/// Whether the last plan a sentence names before a number starts in the year planned or
/// later (a 2021 story's “十四五”期间，全市地区生产总值年均增长6%: the plan ahead, its aims), no
/// past time nor deed after the name (“十四五”开局良好，…已…).
fn plan_named_ahead(sentence: &str, plan: i32) -> bool {
    if !sentence.contains('五') {
        return false; // most sentences: no plan named
    }
    let Some((at, start)) = plans_named(sentence).last() else { return false };
    let rest = &sentence[at..];
    let done = ["以来", "已", "实现了", "完成了", "开局"].iter().any(|w| rest.contains(w));
    start >= plan && !says_a_year_or_past(rest) && !done
}

/// Whether the last time a sentence says before a number is ahead (今后五年, 未来三年), no
/// year nor past time after it.
fn ahead_last_in(sentence: &str) -> bool {
    let Some(at) = sentence.rfind("今后").or_else(|| sentence.rfind("未来")) else { return false };
    let rest = &sentence[at..];
    let done = ["以来", "已", "实现了", "完成了"].iter().any(|w| rest.contains(w));
    says_ahead(rest, &["今后"]) && !says_a_year_or_past(rest) && !done
}

/// Whether the words of a sentence before its colon (at most 60 chars) name the plan year
/// (or a later one) or 今年 and its aims (目标, 指标, 安排), and no result (实际, 完成) nor past
/// time: 报告提出2021年主要预期目标为：, 周建峰在报告中提出了2021年…发展指标体系安排，具体为：.
pub(super) fn opens_list_of_the_plan_year(sentence: &str, plan: i32) -> bool {
    let Some(head) = sentence.find(['：', ':']).map(|at| &sentence[..at]) else { return false };
    if head.chars().count() > 60 {
        return false;
    }
    let year = YEAR.captures_iter(head).filter_map(|c| c[1].parse::<i32>().ok()).any(|y| y >= plan);
    let aims = ["目标", "指标", "安排"].iter().any(|w| head.contains(w));
    let back = ["实际", "完成", "去年", "上年", "过去", "以来"].iter().any(|w| head.contains(w));
    (year || head.contains("今年")) && aims && !back
}

/// Whether a number stands in a short line of its own that names the year's aims, a story's
/// subtitle (今年GDP预期增长7.5%左右; GDP增长7.5%左右 今年工作安排出炉), which heads nothing.
fn a_subtitle_of_aims(ctx: &Context) -> bool {
    let line = ctx.slice(ctx.paragraph_start, ctx.sentence.end);
    let line_ends = ctx.text.chars.get(ctx.sentence.end).is_none_or(|&c| c == '\n');
    let alone = ctx.full_start == ctx.paragraph_start
        && line_ends
        && line.chars().count() <= 30
        && !line.contains(['。', '；', '，']);
    alone
        && !ctx.text.late
        && ["今年", "预期", "目标", "安排"].iter().any(|w| line.contains(w))
        && !["去年", "上年", "过去"].iter().any(|w| line.contains(w))
}

/// Whether the sentence of a number says what will be ([`says_will`]), not a result foreseen:
/// 预计…将达, or 今年…将达 in a report given late in the year.
fn what_will_be(ctx: &Context, upto: usize) -> bool {
    let sentence = ctx.slice(ctx.full_start, upto);
    !ctx.text.late && !["预计", "估计"].iter().any(|w| sentence.contains(w)) && says_will(sentence)
}

/// Whether a sentence, up to a number, says what will be (全市将努力实现地区生产总值增长5%，一般
/// 公共预算收入增长3%; 地区生产总值将增长5%): 将 as “will”, not 将近 (nearly), 将其 or 将来, nor
/// inside a title (《将进酒》).
fn says_will(clause: &str) -> bool {
    clause.match_indices('将').any(|(at, w)| {
        let titled = clause[..at].rfind('《').is_some_and(|open| !clause[open..at].contains('》'));
        !titled && !["近", "其", "来"].iter().any(|x| clause[at + w.len()..].starts_with(x))
    })
}

/// Words that state the aim a number is (计划为, 调控目标定为, 原定为, 控制在预期4.2%以内), said in a review of the
/// year it was set for; not 完成计划的, 比计划, 低于目标, whose numbers are results.
const AIM_STATED: [&str; 16] = [
    "计划为",
    "计划是",
    "目标为",
    "目标是",
    "目标定为",
    "原定为",
    "预期为",
    "预期目标",
    "目标值为",
    "控制在预期",
    "控制在预期的",
    "控制在预期目标",
    "控制在目标",
    "控制在计划",
    "控制在年度目标",
    "控制在年初目标",
];

/// Whether the words before a number end by stating its aim ([`AIM_STATED`]), at most 约/近
/// between.
fn states_an_aim(before: &str) -> bool {
    let phrase = before.trim_end().trim_end_matches(['约', '近']);
    AIM_STATED.iter().any(|w| phrase.ends_with(w))
}

/// Words that name an aim before its number (年初计划, 原定, 会议确定, 目标为).
const AIM_WORDS: [&str; 6] = ["计划", "原定", "预定", "预期", "目标", "确定"];
/// Words before an aim word that make the number a result measured against it (完成计划,
/// 超计划, 比计划, 低于目标).
const AGAINST_AIM: [&str; 8] = ["完成", "超", "比", "低于", "高于", "达到", "实现", "较"];
/// Verbs of a result that reached or missed a plan, said before the plan's name (超过了…计划
/// 最后一年的指标, 接近了…计划, 完成了计划; not 在完成国家计划的前提下, ahead): the plan named
/// is no aim of the clause.
const MEASURED_AGAINST: [&str; 7] = ["超过", "超额", "接近", "完成了", "实现了", "低于", "高于"];
/// Words right before an aim cue that measure a result against it (好于预期, 符合预期, 超目标
/// 任务1.5个百分点).
const AGAINST_EXPECTED: [&str; 8] = ["好于", "符合", "优于", "超出", "超", "不及", "达到", "低于"];
/// 基本完成年度目标任务, 圆满完成: done, as the adverb says (not 全面完成, as often aimed at),
/// unless the sentence sets aims ([`SETS_AIMS`]).
const DONE_AS_SAID: [&str; 5] = ["基本完成", "圆满完成", "顺利完成", "胜利完成", "较好完成"];
/// 基本实现预期目标, 基本实现年度目标: the year's aims met, as said right before the aim (not
/// 到2025年基本实现农业现代化的目标, an aim itself).
const MET_RIGHT_BEFORE: [&str; 7] =
    ["基本实现", "基本实现了", "基本实现预期", "基本实现了预期", "基本实现年度", "基本实现全年", "基本实现了年度"];
/// 全市一般公共预算收入增长0.6%，完成预期目标; 实现全年预期目标: the aims met, said plainly, in a
/// sentence that sets none ([`SETS_AIMS`]) and not as a purpose (为实现全年目标，…).
const MET_PLAIN: [&str; 10] = [
    "实现",
    "完成",
    "实现全年",
    "完成全年",
    "实现年度",
    "完成年度",
    "实现预期",
    "完成预期",
    "实现全年预期",
    "完成全年预期",
];
/// Words of a sentence that sets aims: a bound of an aim, who requires, the year ahead.
const SETS_AIMS: [&str; 8] = ["左右", "要求", "将", "努力", "新的一年", "今年", "确保", "力争"];

/// Whether an aim cue (`cue`, between `before` and `after` in a headless text's `window`)
/// sets an aim. 超过了第一个五年计划最后一年的指标: a plan a result is measured against sets
/// no aim of its clause; nor does 比 right before the plan's aim (比“十五”计划目标3000亿元
/// 超过1070亿元; not 比第五个五年计划期间, a time); nor a figure held to exactly (控制在3.05%);
/// nor 基本完成年度目标任务 but in a sentence that sets aims (会议要求…增长7%左右，顺利完成…目标任务).
fn sets_an_aim(window: &str, before: &str, cue: &str, after: &str) -> bool {
    // (运行在预期的合理区间: the range expected sets nothing; not 全年预期的增长速度)
    let in_range = ["的合理", "的区间", "的范围"].iter().any(|w| after.starts_with(w));
    if cue == "控制在" && held_to_exactly(after) || cue == "预期" && in_range {
        return false;
    }
    // (城镇登记失业率3.52%，控制在预期4.2%以内: a result held within its aim, which the number
    // after names, [`states_an_aim`]; the sentence sets none)
    let within_its_aim = |w: &str| ["预期", "目标", "计划", "年度目标", "年初目标"].iter().any(|a| w.starts_with(a));
    if cue == "控制在" && within_its_aim(after) || cue != "控制在" && before.ends_with("控制在") && within_its_aim(cue)
    {
        return false;
    }
    // (好于预期, 符合预期, 超出预期: a result measured against what was expected; not
    // 符合实际的主要预期目标)
    if AGAINST_EXPECTED.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let clause = last_clause(before);
    let aim_named =
        after.starts_with(['目', '指', '数']) || before.ends_with("计划") || ["目标", "指标"].contains(&cue);
    let compared = aim_named && clause.rfind('比').is_some_and(|at| clause[at..].chars().count() <= 8);
    let purpose = ["为", "为了"].iter().any(|w| clause.starts_with(w));
    let met = DONE_AS_SAID.iter().any(|a| clause.contains(a))
        || MET_RIGHT_BEFORE.iter().any(|a| clause.ends_with(a))
        || !purpose && MET_PLAIN.iter().any(|a| clause.ends_with(a));
    let done = met && !SETS_AIMS.iter().any(|w| window.contains(w));
    !compared && !done && !MEASURED_AGAINST.iter().any(|a| clause.contains(a))
}

/// 城镇登记失业率控制在3.05%: a rate held to a figure of two decimals with no bound after it
/// (以内, 左右) is the result; an aim is a round figure with its bound (控制在4.5%以内).
fn held_to_exactly(after: &str) -> bool {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let whole = digits(after);
    let Some(rest) = after[whole..].strip_prefix('.').filter(|_| whole > 0) else { return false };
    let decimals = digits(rest);
    let unit = rest[decimals..].strip_prefix(['%', '‰']);
    // (6.50‰ is a round aim written with two decimals)
    let exact = decimals >= 2 && !rest[..decimals].ends_with('0');
    exact && unit.is_some_and(|u| !["以", "之", "内", "左右", "上下"].iter().any(|b| u.starts_with(b)))
}

/// A sentence's words without the asides in brackets after byte `from` (a number's end):
/// 全社会固定资产投资1000亿元，增长20%（上年为863亿元，增长25.3%）: the year before, said in
/// brackets after an aim, is no time of the aim's.
fn without_asides_after(window: &str, from: usize) -> std::borrow::Cow<'_, str> {
    let Some(open) = window.get(from..).and_then(|rest| rest.find('（')).map(|at| from + at) else {
        return window.into();
    };
    let mut kept = String::with_capacity(window.len());
    let mut rest = window;
    let mut skip_from = open;
    while let Some(close) = rest[skip_from..].find('）').map(|at| skip_from + at) {
        kept.push_str(&rest[..skip_from]);
        rest = &rest[close + '）'.len_utf8()..];
        match rest.find('（') {
            Some(at) => skip_from = at,
            None => break,
        }
    }
    kept.push_str(rest);
    kept.into()
}

/// Who said it, before what was said (他说，2004年，…; 报告指出，过去一年…): a news story's
/// attribution, off the paragraph's start.
fn without_attribution(paragraph: &str) -> &str {
    ATTRIBUTION.find(paragraph).map_or(paragraph, |m| &paragraph[m.end()..])
}

/// Who asks, stresses or sets out, before what is asked (会议要求，…; 报告明确，…; 会议强调，…):
/// the aims of the year ahead, whatever past year an earlier sentence named.
static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[^，。；：“]{1,12}?(?:要求|强调|明确|提出|部署|号召)[，：]").expect("valid regex")
});

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[^，。；：“]{1,12}?(?:说|指出|表示|介绍|透露|显示|称|提到)|(?:根据|据)[^，。；：“]{1,12}?)[，：]",
    )
    .expect("valid regex")
});

/// Whether a number is an aim said and then met by a result in the same sentence (年初计划城镇
/// 新增就业6000人，实际新增7500人; 会议确定全县生产总值增长8%，实际增长9.5%): an aim word in the
/// number's clause, not one it is measured against, and a later clause of 实际.
fn aim_then_result(before: &str, after: &str) -> bool {
    // the result said after first: it is one test, the aim words are six searches
    let result_after = after
        .split_once(['，', '；'])
        .is_some_and(|(_, later)| later.trim_start_matches(['而', '但']).starts_with("实际"));
    let clause = last_clause(before);
    result_after
        && AIM_WORDS.iter().any(|w| {
            clause.match_indices(w).any(|(at, _)| {
                let rest = &clause[at + w.len()..];
                !AGAINST_AIM.iter().any(|a| clause[..at].contains(a)) && !rest.starts_with(['内', '外', '单', '生'])
            })
        })
}

/// Words of a head that say the aims were set before (市人大会议确定的, 年初提出的, 批准的).
const AIMS_SET_BY: [&str; 6] = ["确定的", "提出的", "批准的", "通过的", "制定的", "年初"];
/// Words after a head of aims that close its list: a result said (实际增长14.9%, 执行结果, 预计全年
/// 增长8.7%, 完成12.6亿元, 超过目标). An aim that says 实现 or 达到 closes it too: what follows
/// reads as before.
const RESULT_SAID: [&str; 9] = ["实际", "结果", "执行", "预计", "完成", "实现", "达到", "超过", "超额"];
/// The region named as the doer of a result right before its verb (全市增长8.7%, 我市达到…; not
/// 全市生产总值, the region's noun) or opening a clause after a comma (…1.5万人，全市城镇新增
/// 就业1.8万人: the aims' items are set apart by semicolons or open right after the head).
const DOER_SAID: [&str; 8] = ["全市", "我市", "全县", "我县", "全区", "我区", "全省", "我省"];
const DOER_VERBS: [&str; 4] = ["增长", "下降", "为", "是"];

/// Whether the words after a head of aims say a result ([`RESULT_SAID`], [`DOER_SAID`]).
fn result_said(listed: &str) -> bool {
    RESULT_SAID.iter().any(|w| listed.contains(w))
        || DOER_SAID.iter().any(|d| {
            listed.match_indices(d).any(|(at, _)| {
                listed[..at].ends_with('，') || DOER_VERBS.iter().any(|v| listed[at + d.len()..].starts_with(v))
            })
        })
}

/// Whether the sentence before a number opens with a head that recalls aims set before
/// (市二届人大五次会议确定的2003年主要预期目标是：国内生产总值增长12%；…; 年初提出的主要目标是…)
/// and lists them up to the number, no result said since (…增长12%，实际增长14.9%). Not a
/// list of results (主要经济指标是：), whose head says no aim was set.
fn aims_recalled_before(before: &str, plan: i32) -> bool {
    // the first 目标 or 指标 with 是, 为 or a colon after it (a pass over the 标 of the words: most
    // sentences have none, and a search per head word cost more than the rest of the test)
    let Some((at, end)) = before.match_indices('标').find_map(|(i, _)| {
        let aim = before[..i].ends_with(['目', '指']);
        let next = before[i + '标'.len_utf8()..].chars().next().filter(|c| matches!(c, '是' | '为' | '：' | ':'))?;
        aim.then(|| (i - '目'.len_utf8(), i + '标'.len_utf8() + next.len_utf8()))
    }) else {
        return false;
    };
    let (whole_head, listed) = (&before[..at], &before[end..]);
    // (not 建议今年…的预期目标是：, the aims of the year planned, [`opens_a_list_of_aims`]; nor
    // 吉林制定的2017年预期目标是 in 2017's report, nor 提出的目标是：到2025年…: a year ahead)
    let ahead = |words: &str| {
        words.contains("今年")
            || words.contains("明年")
            || YEAR.captures_iter(words).any(|c| c[1].parse::<i32>().is_ok_and(|y| y >= plan))
    };
    let head = whole_head.rsplit(['，', '；']).next().unwrap_or(whole_head);
    let set_before = AIMS_SET_BY.iter().any(|w| head.contains(w)) && !ahead(whole_head) && !ahead(listed);
    // (not 全面完成了年初确定的目标, 实现了…: the aims said met; 对照年初确定的主要目标：…, the
    // results measured against them)
    let met = ["完成", "实现", "超过", "达到", "对照", "比照"].iter().any(|w| head.contains(w));
    set_before && !met && !head.contains(['。', '；']) && !result_said(listed)
}

/// Words of a first count of results (初步预计, 初步统计, 初步核算): what follows is a result.
const PRELIMINARY: [&str; 3] = ["初步预计", "初步统计", "初步核算"];

/// Verbs that set an aim, said before the aim (报告提出，…要…; 年初确定…要…).
const AIM_SETTING: [&str; 4] = ["提出", "确定", "预定", "部署"];
/// Words whose 要 is no modal of intent (主要, 重要, 需要, 要求, 要素).
const NOT_INTENT: [char; 6] = ['主', '重', '需', '必', '只', '纲'];

/// Whether the sentence before a number sets an aim and then says what is to be (报告提出，
/// 物价涨幅要从14.8%降到10%左右), with no result said since (实际回落到6.1%, 完成, 实现).
fn aim_set_before(before: &str) -> bool {
    // (the first chars of the verbs tested first: most sentences have none)
    if !before.contains(['提', '确', '预', '部']) {
        return false;
    }
    let Some(at) = AIM_SETTING.iter().filter_map(|w| before.rfind(w)).max() else {
        return false;
    };
    let rest = &before[at..];
    let intent = rest.match_indices('要').any(|(k, w)| {
        !rest[..k].ends_with(NOT_INTENT) && !rest[k + w.len()..].starts_with(['求', '素', '点', '是', '事'])
    });
    intent && !["实际", "完成", "实现", "达到了", "结果"].iter().any(|w| rest.contains(w))
}

/// The last [`SPAN_NAMED`] in the sentence before the number: its first and last years,
/// and the words between it and the number.
fn last_span_named<'a>(ctx: &Context<'a>, upto: usize) -> Option<(i32, i32, &'a str)> {
    // the whole sentence: 2003年到2023年，…增加到1117.56亿元；工业增加值由19亿元…, past its semicolons
    let before = ctx.slice(ctx.full_start, upto);
    if !before.contains(['至', '到', '—', '-', '–', '~', '～']) && !before.contains("两年") && !before.contains("二年")
    {
        return None; // most sentences: no regex
    }
    let c = SPAN_NAMED.captures_iter(before).last()?;
    let year = |k: usize| c.get(k).or(c.get(k + 2)).and_then(|m| m.as_str().parse::<i32>().ok());
    let (first, last) = (year(1)?, year(2)?);
    Some((first, last, &before[c.get(0)?.end()..]))
}

/// Whether the words after a span named say a time after it or compare (a year, 今年,
/// 现在, 五年内, a 时期, 比, 相当于), or one of `more`: the span does not date the number.
fn span_ended(rest: &str, more: &[&str]) -> bool {
    says_a_later_time(rest) || ["期", "比", "相当于"].iter().chain(more).any(|w| rest.contains(w))
}

/// The span of years the sentence names before the number ([`SPAN_NAMED`]), ended by any
/// time said after it (a year, 今年, 现在, 五年内, a 时期, a comparison 比).
fn span_named(ctx: &Context, upto: usize, review: i32) -> Option<SpanNamed> {
    let (first, last, rest) = last_span_named(ctx, upto)?;
    (first < last && last <= review && !span_ended(rest, &[])).then_some(SpanNamed {
        first,
        last,
        from_level: rest.contains(['由', '从']),
    })
}

/// A [`SPAN_NAMED`] before the number that ends in `future` or later: what is to be done
/// over those years (从1978年到1985年八年间，…每年要增长10%以上, in a report that reviews
/// 1977), in whatever part of the report it stands. Ended as [`span_named`] is, and by 已.
fn span_ahead(ctx: &Context, upto: usize, future: i32) -> Option<(i32, i32)> {
    let (first, last, rest) = last_span_named(ctx, upto)?;
    (first < last && last >= future && !span_ahead_ended(rest, first)).then_some((first, last))
}

/// Whether the words after a span ahead starting in `first` end it (as [`span_ended`], and
/// 已): but a year before the span is the base its figures grow from, no time of their own
/// (一九五五年到一九五七年，…；工业总产值要在1954年的基数上增长29%；…社会商品零售额要比1954年增长27%).
fn span_ahead_ended(rest: &str, first: i32) -> bool {
    let later_year = YEAR.captures_iter(rest).any(|c| c[1].parse::<i32>().is_ok_and(|y| y >= first));
    let base = |w: &str| w == "比" && YEAR.captures_iter(rest).all(|c| c[1].parse::<i32>().is_ok_and(|y| y < first));
    later_year
        || YEARS_WITHIN.is_match(rest)
        || LATER_TIMES.iter().any(|w| rest.contains(w))
        || ["期", "比", "相当于", "已"].iter().any(|w| rest.contains(w) && !base(w))
}

/// Times that, said after a year or a phrase of time, end what it dates.
const LATER_TIMES: [&str; 7] = ["现在", "目前", "当前", "今年", "去年", "明年", "新的一年"];

/// Whether `rest` says a time after the one before it: a year, years counted (五年内), or
/// one of [`LATER_TIMES`].
fn says_a_later_time(rest: &str) -> bool {
    YEAR.is_match(rest) || YEARS_WITHIN.is_match(rest) || LATER_TIMES.iter().any(|w| rest.contains(w))
}

/// The year a clause before the number opens with, in its sentence ([`TOPIC_YEAR`]): one
/// that opens the sentence or is followed by a comma holds to its end, another only in
/// its own clause; none holds past a time said after it (1958年初全国有74万个合作社，现在
/// 已经合并成为2.4万个人民公社; 1957年修订的纲要，规定…到1967年达到400斤; …五年内).
fn topic_year(ctx: &Context, upto: usize) -> Option<i32> {
    topic_year_of_clauses(ctx, upto).or_else(|| opening_year(ctx, upto))
}

/// A year that opens a sentence on its own (2015年，市区…；全市…): the year of the clauses
/// after its semicolons too, which the segmenter makes sentences of their own, up to any
/// time said after it (…；2016年…, …；五年来…, …；今年…).
static OPENING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:19|20)[0-9][0-9])年(?:底|末)?(?:[，：]|(?:全年)?(?:初步)?预计|全[省市县区州国])")
        .expect("valid regex")
});

/// Whether the clause of a number, up to it, says a time ahead (今后五年, 未来三年, 今年, 明年).
fn ahead_in_own_clause(before: &str) -> bool {
    says_ahead(last_clause(before), &["今后", "今年", "明年"])
}

/// Whether 今年 frames the clause of a number (`before`, its sentence up to it): it opens
/// that clause (今年全市…), or is the clause before it alone (今年，…; 今年以来，…), and the
/// clause compares with no other time (比今年, 由今年预计的3%提高到4%: the base, not the time).
fn this_year_frames(before: &str) -> bool {
    let clause = last_clause(before);
    let head = before[..before.len() - clause.len()].trim_end_matches(['，', '；', '：']);
    let previous = head.rsplit(['，', '；', '：', '。']).next().unwrap_or("");
    let opens = clause.starts_with("今年") || ["今年", "今年以来"].contains(&previous) && !head.is_empty();
    opens && !["比", "由", "较", "明年"].iter().any(|w| clause.contains(w))
}

/// Whether `text` names a year (2021年).
pub(super) fn names_a_year(text: &str) -> bool {
    YEAR.is_match(text)
}

/// Whether `text` names a year (2021年) or a past time (去年, 上年, 过去): a time of its own.
pub(super) fn says_a_year_or_past(text: &str) -> bool {
    names_a_year(text) || ["去年", "上年", "过去", "前年"].iter().any(|w| text.contains(w))
}

/// Whether a sentence (`before`, up to a number) opens with 今年 and says no other time
/// after it (去年, 过去, a year; 今年以来 is the months so far): the year planned holds to
/// the number, through the clauses between (今年，全区地区生产总值增长6.5%左右，一般公共预算
/// 收入增长5%).
fn opens_with_this_year(before: &str) -> bool {
    let Some(rest) = before.trim_start().strip_prefix("今年") else { return false };
    !YEAR.is_match(rest) && !says_the_past_or_so_far(rest)
}

/// Whether words after 今年 say a past time (去年, 一年来, 上年 but as a base, 比上年), the
/// months so far (以来, 截至, 至今, 已, a month), or the report itself (今年的政府工作报告显示:
/// what it then says is of the year reviewed).
fn says_the_past_or_so_far(rest: &str) -> bool {
    const PAST: [&str; 13] =
        ["去年", "过去", "以来", "前年", "一年来", "上一年", "上年度", "截至", "至今", "目前", "已", "月", "报告"];
    PAST.iter().any(|w| rest.contains(w))
        || rest.match_indices("上年").any(|(at, _)| !rest[..at].ends_with(['比', '较', '同', '于']))
}

/// Whether a sentence (`before`, up to a number) names the year `plan`'s aims (在讲到2010年
/// 工作总体要求时指出，…; 2022年主要预期目标是：…): the year, then within its clause a
/// word of aims, and no other year after it.
fn names_the_plan_of(before: &str, plan: i32) -> bool {
    const AIMS: [&str; 5] = ["目标", "要求", "安排", "任务", "计划"];
    let year = format!("{plan}年");
    let Some(at) = before.find(&year) else { return false };
    let rest = &before[at + year.len()..];
    let clause = &rest[..rest.find(['，', '。', '；']).unwrap_or(rest.len())];
    AIMS.iter().any(|w| clause.contains(w)) && !YEAR.is_match(rest)
}

/// Whether `text` says one of `words` or 未来 as a time (未来五年, 未来一个时期), not the 未来
/// of a name (未来社区, 未来乡村, 未来科技城).
fn says_ahead(text: &str, words: &[&str]) -> bool {
    const SPANS: [&str; 4] = ["一个时期", "一段时期", "一个阶段", "一段时间"];
    let future = |rest: &str| {
        let years = rest.trim_start_matches(|c: char| "一二两三四五六七八九十几".contains(c) || c.is_ascii_digit());
        (years.len() < rest.len() && years.starts_with('年')) || SPANS.iter().any(|w| rest.starts_with(w))
    };
    words.iter().any(|w| text.contains(w)) || text.match_indices("未来").any(|(at, w)| future(&text[at + w.len()..]))
}

/// A past time that opens a sentence alone, before its comma (去年，, 上年，, 过去一年，,
/// 过去两年，, 近三年来，, 五年来，, 2016年以来，, 2015年，): in a plan part, what follows it
/// looks back. A year is captured (past only if before the plan year); a plan in quotes
/// (“十四五”期间) is not taken, as it may be the one under way.
static PAST_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(?:去年|上年|前年|过去(?:的)?一年|(?:过去|近)[两二三四五六七八九十]年(?:来|间|中|里)?|",
        r"[两二三四五六七八九十]年来|(?:19|20)[0-9]{2}年以来|“[^”]{2,6}”以来|((?:19|20)[0-9]{2})年(?:底|末)?)",
        r"(?:[，：]|(?:全年)?(?:初步)?预计|全[省市县区州国])"
    ))
    .expect("valid regex")
});

/// The year [`OPENING_YEAR`] names for a clause after the first of its sentence.
fn opening_year(ctx: &Context, upto: usize) -> Option<i32> {
    if ctx.full_start >= ctx.sentence.start {
        return None; // the first clause: [`topic_year_of_clauses`] reads it
    }
    let before = without_attribution(ctx.slice(ctx.full_start, upto));
    let c = OPENING_YEAR.captures(before)?;
    let rest = &before[c.get(0)?.end()..];
    let later = says_a_later_time(rest) || LAST_YEARS.is_match(rest) || rest.contains("以来");
    (!later).then(|| c[1].parse().ok()).flatten()
}

/// [`topic_year`] in the clause-sentence of the number (up to its semicolon).
fn topic_year_of_clauses(ctx: &Context, upto: usize) -> Option<i32> {
    let before = ctx.slice(ctx.sentence.start, upto);
    // a cheap test first: this runs for every number, most with no year before them
    if !before.contains('年') {
        return None;
    }
    let c = TOPIC_YEAR.captures_iter(before).last()?;
    let (whole, year) = (c.get(0)?, c.get(1)?);
    // 1957年比1952年，钢增加了400万吨: a comparison said for the sentence
    let compared = COMPARED_FOR_THE_SENTENCE.is_match(&before[year.start()..]);
    // (报告指出，2024年全市…: after who said it, the year opens what was said)
    let lead = before[..year.start()].trim();
    let opens = lead.is_empty() || lead.len() <= 40 && without_attribution(lead).trim().is_empty();
    let for_the_sentence = opens || c[2].starts_with(['，', '：']) || compared;
    let rest = &before[whole.end()..];
    let to_a_year =
        rest.match_indices(['到', '至']).any(|(at, w)| rest[at + w.len()..].starts_with(|c: char| c.is_ascii_digit()));
    let topic: i32 = year.as_str().parse().ok()?;
    // (报告透露，2022年…，报告定下2023年发展目标：…: a later year named after it ends its hold)
    let later_year = || YEAR.captures_iter(rest).filter_map(|c| c[1].parse::<i32>().ok()).any(|y| y > topic);
    let holds = (for_the_sentence || !rest.contains(['，', '；', '：']))
        && !to_a_year
        && !YEARS_WITHIN.is_match(rest)
        && !LATER_TIMES.iter().any(|w| rest.contains(w))
        && !(opens && !lead.is_empty() && later_year());
    holds.then_some(topic)
}

/// 到1985年，粮食产量达到8000亿斤 (or 到2025年城镇调查失业率为5%, no comma): a clause that opens with 到 + a year sets what is to be
/// reached by then, in whatever part of the report it stands (a ten-year plan under a
/// heading that names no plan). Not past a time said after it (现在, 目前, a year, 五年内).
static TO_YEAR_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[，；：])\s*到((?:19|20)[0-9][0-9])年(?:底|末)?，?").expect("valid regex"));

/// The year a clause before the number aims at ([`TO_YEAR_CLAUSE`]).
fn year_aimed_at(ctx: &Context, upto: usize) -> Option<i32> {
    let before = ctx.slice(ctx.sentence.start, upto);
    if !before.contains('到') {
        return None; // most sentences: no regex
    }
    let c = TO_YEAR_CLAUSE.captures_iter(before).last()?;
    let rest = &before[c.get(0)?.end()..];
    (!says_a_later_time(rest) && !rest.contains('已')).then(|| c[1].parse().ok()).flatten()
}

/// A target of a year after the plan year: one the sentence opens with (1997年钢产量达到
/// 9400万吨 in a report that plans 1993; 一九六五年国家预算收入比上年增长10%), or the year
/// after the plan year it grows over (计划草案拟定，工业总产值比一九六四年增长11%, in a
/// report that plans 1964 by default). Other words of the sentence date from there.
fn later_target_year(ctx: &Context, kind: Kind, upto: usize, dating: Dating, span: (i32, i32)) -> (i32, i32) {
    if kind != Kind::Target || span.0 != span.1 {
        return span;
    }
    if let Some(y) = topic_year(ctx, upto).filter(|&y| y > span.1) {
        return (y, y);
    }
    if dating.since == Some(span.1) {
        return (span.1 + 1, span.1 + 1);
    }
    span
}

/// The year the plan part of the sentence's section plans by default: the report's, or
/// the next where a section plans that (二、1981年国民经济计划 in a report that plans 1980).
fn plan_of(report: &Report, ctx: &Context) -> i32 {
    ctx.sentence.section.and_then(|s| report.sections[s].later_plan).unwrap_or(report.meta.target_year())
}

/// Whether a paragraph names no single year reviewed: no word of it, not the year, nor, in
/// a report that reviews its year of delivery (`late`), 今年.
fn paragraph_is_silent(paragraph: &str, review: i32, late: bool) -> bool {
    let this_year = late && paragraph.contains("今年");
    !(names_a_past_year(paragraph) || paragraph.contains(&format!("{review}年")) || this_year)
}

/// Whether a paragraph names the year reviewed as one year ([`PAST_YEAR_WORDS`]).
fn names_a_past_year(paragraph: &str) -> bool {
    PAST_YEAR_WORDS.iter().any(|c| paragraph.contains(c))
}

/// Whether a paragraph names the year reviewed only as the year levels were reached
/// (国民收入1987年达到9153亿元, 1987年底) and no single past year (去年, 全年): in a
/// five-year review, the end of the five years, not the year whose figures it gives.
fn names_only_the_end(paragraph: &str, review: i32) -> bool {
    const LEVEL_REACHED: [&str; 3] = ["达到", "底", "末"];
    let year = format!("{review}年");
    !names_a_past_year(paragraph)
        && paragraph
            .match_indices(year.as_str())
            .all(|(at, y)| LEVEL_REACHED.iter().any(|w| paragraph[at + y.len()..].starts_with(w)))
}

/// Whether 今年 is said in `before` (a plan part's words before a number) after the last
/// of the words of a past time (`actual_cues`), which it then outweighs.
fn this_year_after_the_past(before: &str, actual_cues: &[String]) -> bool {
    // (在上年增长6.9%的基础上再增长7.5%: the past is the base the plan year's figure builds on)
    if !before.contains(['今', '基']) {
        return false; // (neither word can be there)
    }
    let Some(this_year) = ["今年", "基础上"].iter().filter_map(|w| before.rfind(w)).max() else { return false };
    actual_cues.iter().all(|c| !said_as_a_time(&before[this_year..], c))
}

/// Whether `cue` (a past time) is said in `text` as a time, not as the base of a
/// comparison (比去年, 较去年).
fn said_as_a_time(text: &str, cue: &str) -> bool {
    text.match_indices(cue).any(|(at, _)| !is_base(text, at, cue))
}

/// Whether `cue` (a past time) at `at` in `text` is the base of a comparison or a budget
/// line (比上年, 与上年相比, 高于上年, 上年同期, 上年末, 上年结转), not a time.
fn is_base(text: &str, at: usize, cue: &str) -> bool {
    let year = cue.ends_with('年');
    let rest = &text[at + cue.len()..];
    text[..at].ends_with(['比', '较'])
        || (year && text[..at].ends_with(['同', '与', '于', '超', '过', '和', '按']))
        || (year && (["同期", "末", "底"].iter().any(|w| rest.starts_with(w)) || budget_line(rest)))
}

/// Byte offset, in the paragraph before `upto`, of the last word for the year before
/// ([`LAST_YEAR_WORDS`]) said as a time, not as a base (比去年增长6% is the year's own
/// growth). 上年 only where it opens a clause: its 上 may end a word before it (世界上年产
/// 石油一亿吨以上的国家, 在此基础上年均增长).
fn last_year_said(ctx: &Context, upto: usize) -> Option<usize> {
    // a cheap test first, from the paragraph's cached cues
    LAST_YEAR_ONLY.last_before(ctx, upto)?;
    let paragraph = ctx.paragraph_prefix(upto);
    let time = |cue: &str, at: usize| {
        !is_base(paragraph, at, cue) && (cue.starts_with('去') || opens_a_clause(&paragraph[..at]))
    };
    let said = |cue: &&str| paragraph.match_indices(*cue).filter(|&(at, _)| time(cue, at)).last();
    LAST_YEAR_WORDS.iter().filter_map(|cue| said(cue).map(|(at, _)| at)).max()
}

/// A sentence's opening clause that is a frame of time and nothing else, before its first
/// number at `first`: 过去两年, 近三年来, 这五年, “十三五”以来, 2016年以来 (followed by ，).
static OPENING_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:过去|近|这|连续)?[二两三四五六七八九十]年(?:来|以来|间|中|里)?|“[^”]{2,6}”(?:以来|期间|时期)|(?:19|20)[0-9]{2}年以来)$")
        .expect("valid regex")
});

/// The opening frame of time ([`OPENING_FRAME`]) of a sentence, `chars`.
pub(super) fn opening_frame(chars: &[char], first: usize) -> Option<String> {
    let comma = chars[..first.min(chars.len())].iter().position(|&c| c == '，')?;
    // a cheap test first: a frame is short
    if comma > 10 {
        return None;
    }
    let clause: String = chars[..comma].iter().collect();
    OPENING_FRAME.is_match(&clause).then_some(clause)
}

/// Whether a number is the past the next one grows on: 在上年增长8.5%的基础上 (`before` up to
/// the number, `after` from it).
fn on_base_of_the_past(before: &str, after: &str) -> bool {
    let clause = last_clause(before);
    let past = ["在上年", "在去年", "在上一年"].iter().any(|w| clause.contains(w));
    past && after.split(['，', '；']).next().is_some_and(|rest| rest.contains("的基础上"))
}

/// A year between a subject and its predicate, right before the number: 一般公共预算收入2017年为
/// 10亿元, 全社会固定资产投资2017年增长8.5%. Not a base (比2017年, 较, 与, 同), a start (由, 从), an
/// end (到, 至) or a year of a list or span (2016、2017年, 2016—2017年).
static YEAR_BEFORE_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^比较由从于至到和与及同在、—\-－~～0-9]((?:19|20)[0-9]{2})年(?:底|末)?(?:为|是|达到|达|增长|下降|完成|实现)$")
        .expect("valid regex")
});

/// The year [`YEAR_BEFORE_PREDICATE`] names in the clause before a number.
fn year_before_predicate(clause: &str) -> Option<i32> {
    // a cheap test first: most clauses name no year
    if !clause.contains('年') {
        return None;
    }
    let c = YEAR_BEFORE_PREDICATE.captures(clause.trim_end())?;
    // (比历史上最好的1984年增长: the base, with words between)
    let compared = clause[..c.get(1)?.start()].contains(['比', '较']);
    (!compared).then(|| c[1].parse().ok()).flatten()
}

/// The last clause of `text` (after its last ，；：), the whole text if it has one clause.
pub(super) fn last_clause(text: &str) -> &str {
    text.rsplit(['，', '；', '：']).next().unwrap_or(text)
}

/// Whether the clause before a number strives for it (力争, 争取) after any commitment
/// (确保) it makes: 力争增长7.5%、确保增长7% strives for 7.5 and commits to 7.
pub(super) fn striven_for(before: &str) -> bool {
    let clause = last_clause(before);
    // 增速“保8争9”: the number after 争 is the aim striven for
    if clause.ends_with('争') && clause.contains('保') {
        return true;
    }
    let last = |words: &[&str]| words.iter().filter_map(|w| clause.rfind(w)).max();
    match (last(&["力争", "争取"]), last(&["确保"])) {
        (Some(aim), commit) => commit.is_none_or(|c| c < aim),
        (None, _) => false,
    }
}

/// Whether the clause before a growth says it is on an adjusted basis: 同口径, 可比口径, or
/// a factor taken out or put back (剔除留抵退税因素后, 扣除一次性因素, 还原留抵退税因素后) other
/// than prices (扣除价格因素 gives the real growth, the headline of GDP).
/// The factor may be a clause of its own before the growth's (剔除减税降费因素，同比下降8.1%).
pub(super) fn on_adjusted_basis(before: &str) -> bool {
    const FACTOR_WORDS: [&str; 3] = ["剔除", "扣除", "还原"];
    let clause = last_clause(before);
    let factor = |c: &str| FACTOR_WORDS.iter().any(|w| c.contains(w)) && !c.contains("价");
    let previous = last_clause(before[..before.len() - clause.len()].trim_end_matches('，'));
    // (a figure's own clause holds digits; one that ends as a factor's does may too: 剔除留抵
    // 退税12亿元后)
    let factor_before = FACTOR_WORDS.iter().any(|w| previous.starts_with(w))
        && factor(previous)
        && (!previous.contains(|c: char| c.is_ascii_digit()) || previous.ends_with('后') || previous.ends_with("因素"));
    factor(clause) || factor_before || clause.contains("同口径") || clause.contains("可比口径")
}

/// Whether the words after a past year (上年结转, 上年结余) make it a line of this year's
/// budget, carried over, not a time.
fn budget_line(after: &str) -> bool {
    ["结转", "结余"].iter().any(|w| after.starts_with(w))
}

/// Whether the words right after a number name it an aim (增长5%的目标任务, 7%的预期目标,
/// 低于4.5%的控制目标).
pub(super) fn aim_named_after(after: &str) -> bool {
    // 增长保8争9的目标: the floor is named the aim with the aim after it
    let after = after
        .strip_prefix('争')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim_start_matches('”'))
        .unwrap_or(after);
    let aim = after.strip_prefix('的').unwrap_or(after);
    AIM_NOUNS.iter().any(|w| aim.starts_with(w)) && (after.starts_with('的') || aim.starts_with("预期目标"))
        || listed_before_aim(after)
}

/// Whether a number is an item of a list whose last number is named an aim (年初确定的生产
/// 总值增长9.5%、固定资产投资增长20%的目标超额完成: 9.5% is an aim too): after 、, in the same
/// clause, 的 and an aim noun right after another number.
fn listed_before_aim(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('、') else { return false };
    // 新增就业8000人、超过5000人的预期目标: the item after is the comparison, not another aim
    if ["超过", "高于", "低于", "完成", "达到", "突破", "超出", "好于"].iter().any(|w| rest.starts_with(w))
    {
        return false;
    }
    let clause = &rest[..rest.find(['，', '；', '。', '：', '\n']).unwrap_or(rest.len())];
    clause.match_indices('的').any(|(at, _)| {
        let named = AIM_NOUNS.iter().any(|w| clause[at + '的'.len_utf8()..].starts_with(w));
        named && clause[..at].chars().rev().take(6).any(|c| c.is_ascii_digit())
    })
}

/// Whether the clause before a number compares a result with an aim (低于年初预期目标, 超过
/// 年度计划, 比年初目标高出, 低于预期): the number after it is the gap, a result of the year reviewed,
/// not an aim; and whether the result is below the aim (低于, 慢于, 比计划低), the gap then
/// negative: the result less the aim.
pub(super) fn gap_below_aim(before: &str) -> Option<bool> {
    const BELOW: [&str; 6] = ["低于", "慢于", "低", "慢", "少", "回落"];
    // (分别低于年初目标0.5和1.2个百分点: the numbers of the list before this one)
    let clause = last_clause(before).trim_end_matches(|c: char| c.is_ascii_digit() || ".、和及".contains(c));
    // the comparison nearest the aim (高于全国0.5个百分点、低于年初目标1.5个百分点)
    let compared = ["低于", "高于", "超过", "超出", "快于", "慢于"].iter().filter_map(|w| clause.rfind(w)).max();
    if let Some(at) = compared.filter(|&at| ["目标", "计划", "预期"].iter().any(|aim| clause[at..].ends_with(aim)))
    {
        return Some(BELOW.iter().any(|w| clause[at..].starts_with(w)));
    }
    let (_, after_than) = clause.rsplit_once(['比', '较'])?;
    let verb = ["目标", "计划", "预期"].iter().find_map(|aim| after_than.split_once(aim).map(|(_, verb)| verb))?;
    let verb = verb.trim_start_matches("分别");
    ["高出", "超出", "高", "快", "多", "提高", "低", "慢", "少", "回落"].contains(&verb).then(|| BELOW.contains(&verb))
}

/// Whether the clause before a number in points compares the figure with another term (高于
/// 全省1.2个百分点, 增速低于全国0.5个百分点, 比全省高1个百分点, 快于第二产业): the number is the
/// gap between the two, no change of the figure's own over the year (比上年提高1.7个百分点).
/// Not a time compared with (低于上年0.3个百分点, 高于上年同期2个百分点: a change on the year).
/// `comparison_words` are the configuration's (高于, 低于, 快于, 慢于), as the subject reads them.
fn gap_to_another(before: &str, comparison_words: &[String]) -> bool {
    const TIMES: [&str; 8] = ["上年", "去年", "同期", "前年", "上一年", "年初", "上半年", "前三季度"];
    let clause = last_clause(before);
    let term = |w: &str| clause.rfind(w).map(|at| &clause[at + w.len()..]);
    // (高于同期全国平均水平, 高于上年全省: a time, then the term compared)
    let another = |mut rest: &str| {
        while let Some(r) = TIMES.iter().find_map(|t| rest.strip_prefix(t)) {
            rest = r;
        }
        !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit())
    };
    comparison_words.iter().filter_map(|w| term(w)).any(another)
        || ["比全", "较全", "比省", "比国家"].iter().any(|w| clause.contains(w))
}

/// 比“十五”计划目标3000亿元超过1070亿元, 比上年多3000人, 较预算少2亿元: an amount right after
/// a comparison (比, 较 before a year, an aim, a plan, a budget) and a word of more or less
/// is the difference, a change, not a level the subject passed. Some(true) when it is less
/// (the change below zero). Not 比 or 较 inside a word (比重, 比较, 比赛, 评比, 规模较大), nor
/// a comparison a verb of its own follows (比上年增长, read as any change is; 比2005年翻一番
/// 超过50亿元, a level passed). `before` ends where the number starts (its 近 or 约 after
/// the word of more or less is its own bound).
pub(super) fn difference_after_than(before: &str) -> Option<bool> {
    const MORE: [&str; 5] = ["超过", "超出", "多出", "高出", "多"];
    // (ASCII commas in Chinese text are read as Chinese ones by normalisation)
    let clause = last_clause(before).trim_end_matches(['近', '约']).trim_end_matches('了');
    let at = clause.rfind(['比', '较'])?;
    let (said_before, than) = (&clause[..at], &clause[at + '比'.len_utf8()..]);
    if !compares_with(said_before, &clause[at..], than) || than.chars().count() > 24 {
        return None;
    }
    if ["翻", "增", "提高", "达"].iter().any(|w| than.contains(w)) {
        return None;
    }
    if MORE.iter().any(|w| than.ends_with(w)) {
        return Some(false);
    }
    than.ends_with('少').then_some(true)
}

/// Whether 比 or 较 (`word`, with `than` after it and `before` it) compares with what
/// follows: a time, an aim, a plan, a budget, a figure (比上年, 比预算数, 比“十五”计划目标, 比
/// 1955年, 较上年同期), not a word it is part of (比重, 比较, 比赛, 比学赶超, 评比, 对比, 规模较大).
fn compares_with(before: &str, word: &str, than: &str) -> bool {
    const TIMES_AND_AIMS: [&str; 22] = [
        "上年",
        "去年",
        "前年",
        "上一年",
        "同期",
        "年初",
        "上月",
        "上季",
        "预算",
        "计划",
        "原",
        "目标",
        "规划",
        "任务",
        "规定",
        "预期",
        "考核",
        "五年",
        "“",
        "第",
        "一九",
        "二〇",
    ];
    let named = than.starts_with(|c: char| c.is_ascii_digit()) || TIMES_AND_AIMS.iter().any(|w| than.starts_with(w));
    if word.starts_with('较') {
        // (比较: 比 and 较 are one word)
        return named && !before.ends_with('比');
    }
    named && !before.ends_with(['评', '对', '类', '排', '攀', '相'])
}

/// Nouns of an aim a number can be named as, right after it.
const AIM_NOUNS: [&str; 5] = ["预期目标", "控制目标", "调控目标", "年度目标", "目标"];

impl Context<'_> {
    /// The span of the five-year plan the sentence's section is about (“十二五”时期的主要
    /// 目标和任务, 今后五年的工作), if it covers the plan year.
    fn five_year_section(&self, report: &Report, plan: i32) -> Option<(i32, i32)> {
        let path = report.section_path(self.sentence.section);
        // 做好“十三五”开局工作 is this year's work, in the plan's first year; so is a
        // heading that names the plan year (2024年是实施“十四五”规划的关键一年)
        if ["开局", "起步", "第一年", "首年"].iter().any(|w| path.contains(w)) || path.contains(&format!("{plan}年"))
        {
            return None;
        }
        if let Some((_, start)) = plans_named(&path).next() {
            return (start + 4 >= plan && start <= plan).then_some((start, start + 4));
        }
        ["今后五年", "未来五年"].iter().any(|w| path.contains(w)).then_some((plan, plan + 4))
    }

    /// The years the sentence's section reviews, when more than one: five for a review of
    /// five years or of a plan that ended by the year reviewed (过去五年工作回顾, “十二五”时期),
    /// else the years its heading counts back (一、过去四年工作回顾: a term that ran short of
    /// five; 三年来的工作). None for a heading that names the year reviewed.
    fn section_years(&self, report: &Report, review: i32) -> Option<i32> {
        let path = report.section_path(self.sentence.section);
        if path.contains(&review.to_string()) {
            return None;
        }
        if path.contains("五年") || plans_named(&path).any(|(_, start)| start + 4 <= review) {
            return Some(5);
        }
        if !YEARS_BACK_CUES.found_in(&path) {
            return None;
        }
        YEARS_BACK.captures_iter(&path).find_map(|c| years_back_counted("", &c)).filter(|&n| n <= 10)
    }
}

/// Two or more years joined as a list (2019年、2020年; 2018、2019、2020年; not a span,
/// 2019年至2020年).
static LISTED_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)[0-9]{2}年?(?:[、和与及](?:19|20)[0-9]{2}年?)*[、和与及](?:19|20)[0-9]{2}年")
        .expect("valid regex")
});

/// The years of the first list of years in `clause`, when they ascend (empty otherwise).
pub(super) fn listed_years(clause: &str) -> Vec<i32> {
    let Some(list) = LISTED_YEARS.find(clause) else { return Vec::new() };
    let years: Vec<i32> = list
        .as_str()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|y| y.len() == 4)
        .filter_map(|y| y.parse().ok())
        .collect();
    if years.windows(2).all(|w| w[0] < w[1]) {
        years
    } else {
        Vec::new()
    }
}

/// A span of years (2016—2018年, 2016年至2018年, 2016-2018年).
static SPANNED_YEARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9]{2})年?[—–\-~～至到]((?:19|20)[0-9]{2})年").expect("valid regex"));

/// The years a clause names one by one: a list ([`listed_years`]), or else every year of
/// a short span (2016—2018年, 分别增长9%、8.5%和8%: one value a year).
pub(super) fn years_named(clause: &str) -> Vec<i32> {
    let listed = listed_years(clause);
    if !listed.is_empty() {
        return listed;
    }
    let Some(span) = SPANNED_YEARS.captures(clause) else { return Vec::new() };
    let (from, to): (i32, i32) = (span[1].parse().unwrap_or(0), span[2].parse().unwrap_or(0));
    if from < to && to - from < 10 {
        (from..=to).collect()
    } else {
        Vec::new()
    }
}

/// The words after a list of years that opens `subject` (2018、2019、2020年出口 -> 出口).
pub(super) fn after_year_list(subject: &str) -> Option<&str> {
    LISTED_YEARS.find(subject).filter(|m| m.start() == 0).map(|m| &subject[m.end()..])
}

/// A subject without the years listed before it (2020年固定资产投资 -> 固定资产投资).
pub(super) fn without_listed_years(subject: &str) -> &str {
    let rest = after_year_list(subject).unwrap_or(subject);
    match YEAR.find(rest).filter(|m| m.start() == 0) {
        Some(m) => &rest[m.end()..],
        None => rest,
    }
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
