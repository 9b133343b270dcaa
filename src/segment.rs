//! Clean text -> sections and sentences with ids and char offsets.
//!
//! A sentence ends at 。！？； (with any closing quote or bracket that follows) or at
//! the end of a paragraph. Headings are the numbered ones these reports use (一、
//! （一） 1.) and the short un-numbered ones of local reports (“决胜2020，‘十三五’圆满
//! 收官”). Each top-level section is classed as reviewing the past or planning the
//! future, which the extract stage uses to tell actuals from targets.

use crate::model::{Part, Section, Sentence};

/// Years that tell review headings from plan headings.
#[derive(Debug, Clone, Copy)]
pub struct Years {
    pub review: i32,
    pub plan: i32,
    /// The report reviews the year it is delivered in: its 今年 is `review`, not `plan`
    /// (a report delivered from August on, [`crate::model::Meta::reviews_year_of_delivery`]).
    pub late: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub sections: Vec<Section>,
    pub sentences: Vec<Sentence>,
}

const CN_DIGITS: &str = "一二三四五六七八九十";

fn cn_digit(c: char) -> Option<u32> {
    CN_DIGITS.chars().position(|d| d == c).map(|i| i as u32 + 1).filter(|&d| d <= 9)
}

/// A five-year plan by its name: 十一五 … 十九五 as they are, and the older 六五 … 十五
/// in quotes or before 计划/时期/期间/末 (十五 alone is fifteen); or by its number written
/// out, 第十五个五年规划, 第六个五年计划.
static FIVE_YEAR_PLAN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"十([一二三四五六七八九])五|“([六七八九十])五”|([六七八九十])五(?:计划|规划|时期|期间|末|期末)|第(十?[一二三四五六七八九]?)个五年(?:计划|规划)",
    )
    .expect("valid regex")
});

/// The first year of each five-year plan named in `text`, with where the name starts:
/// 十一五 = 2006, “十五” = 2001, “六五” = 1981.
pub fn plans_named(text: &str) -> impl Iterator<Item = (usize, i32)> + '_ {
    plans_named_spans(text).map(|(at, _, start)| (at, start))
}

/// A plan's number written out: 六 = 6, 十 = 10, 十四 = 14 (up to 十九).
fn plan_number(written: &str) -> Option<i32> {
    let mut chars = written.chars();
    match (chars.next()?, chars.next()) {
        ('十', None) => Some(10),
        ('十', Some(d)) => Some(10 + cn_digit(d)? as i32),
        (d, None) => Some(cn_digit(d)? as i32),
        _ => None,
    }
}

/// [`plans_named`] with where each name ends: (start, end, the plan's first year).
pub fn plans_named_spans(text: &str) -> impl Iterator<Item = (usize, usize, i32)> + '_ {
    FIVE_YEAR_PLAN.captures_iter(text).filter_map(|c| {
        let (at, end) = (c.get(0)?.start(), c.get(0)?.end());
        if let Some(d) = c.get(1) {
            return Some((at, end, 2001 + 5 * cn_digit(d.as_str().chars().next()?)? as i32));
        }
        let n = match c.get(4) {
            Some(written) => plan_number(written.as_str())?,
            None => match c.get(2).or(c.get(3))?.as_str().chars().next()? {
                '十' => 10,
                d => cn_digit(d)? as i32,
            },
        };
        // the n-th plan, from the third (1966–1970) on every five years: 六五 = 1981; the
        // first (1953–1957) and the second (1958–1962) before a gap of three years
        Some((at, end, if n < 3 { 1948 + 5 * n } else { 1951 + 5 * n }))
    })
}

/// The year a heading plans when that is the year after the report's plan year, and
/// the only year it names: 二、1981年国民经济计划的任务和主要指标 in a report delivered
/// in September 1980, which reviews that year and then plans the next. A five-year
/// plan's heading is not one year's plan.
pub fn later_plan_year(title: &str, plan: i32) -> Option<i32> {
    const PLAN_WORDS: [&str; 5] = ["计划", "任务", "指标", "安排", "目标"];
    let b = title.as_bytes();
    let mut named = (0..b.len().saturating_sub(3))
        .filter(|&i| b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()))
        .filter(|&i| b.get(i + 4).is_none_or(|c| !c.is_ascii_digit()))
        .filter_map(|i| title[i..i + 4].parse::<i32>().ok());
    let year = named.next()?;
    let only = named.all(|y| y == year);
    (only
        && year == plan + 1
        && PLAN_WORDS.iter().any(|w| title.contains(w))
        && plans_named(title).next().is_none()
        && !title.contains("年以后")
        && !title.contains("到"))
    .then_some(year)
}

/// The level of a heading marker at the start of `s` and the marker's length in chars.
pub fn heading_marker(s: &str) -> Option<(u8, usize)> {
    let chars: Vec<char> = s.chars().take(8).collect();
    let run = |from: usize, set: &dyn Fn(char) -> bool| chars[from..].iter().take_while(|&&c| set(c)).count();
    let cn = |c: char| CN_DIGITS.contains(c);
    let n = run(0, &cn);
    if (1..=3).contains(&n) && chars.get(n) == Some(&'、') {
        return Some((1, n + 1));
    }
    if matches!(chars.first(), Some('（') | Some('(')) {
        let n = run(1, &cn);
        if (1..=3).contains(&n) && matches!(chars.get(n + 1), Some('）') | Some(')')) {
            return Some((2, n + 2));
        }
    }
    let n = run(0, &|c: char| c.is_ascii_digit());
    if (1..=2).contains(&n)
        && matches!(chars.get(n), Some('.') | Some('、'))
        && chars.get(n + 1).is_some_and(|c| !c.is_ascii_digit())
    {
        return Some((3, n + 1));
    }
    None
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

fn closing(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"')
}

fn has_content(s: &str) -> bool {
    // the main Han block (all letters) tested first: `is_alphanumeric` looks a Han char
    // up in Unicode's tables
    s.chars().any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}') || c.is_alphanumeric())
}

/// An un-numbered heading: a short paragraph with no sentence punctuation, such as
/// “决胜2020，‘十三五’圆满收官”. Greetings (各位代表：) and signatures are not.
fn is_plain_heading(p: &str) -> bool {
    // at most 31 counted: a paragraph is not read to its end to tell it is long
    let n = p.chars().take(31).count();
    (4..=30).contains(&n)
        && !p.chars().any(|c| ends_sentence(c) || c == '：' || c == ':')
        && p.chars().any(crate::ingest::decode::is_cjk)
        && !p.starts_with("——")
        && !p.ends_with('：')
        && !is_document_number(p)
        // (a line all in brackets is a note: （2018年1月30日省第十三届人大第一次会议审议通过）)
        && !(p.starts_with(['（', '(']) && p.ends_with(['）', ')']))
}

/// Units a figure of a result or an aim is stated in (增长7.5%, 1.2万人, 5万元, 20亿元,
/// 3个百分点, 1.5倍); not a year, a month or an ordinal (2025年, 第3批), which headings name.
const FIGURE_UNITS: [char; 7] = ['%', '％', '万', '亿', '元', '倍', '点'];

/// Whether a line states a figure: a digit followed by one of [`FIGURE_UNITS`] (after
/// the rest of its number: 1.2万人, 10,000元).
fn states_a_figure(p: &str) -> bool {
    let mut after_digit = false;
    for c in p.chars() {
        if after_digit && FIGURE_UNITS.contains(&c) {
            return true;
        }
        after_digit = c.is_ascii_digit() || (after_digit && matches!(c, '.' | ',' | '个' | '百' | '分'));
    }
    false
}

/// A document's number (癸政发〔2016〕13号, 某政〔2016〕3号): a report published as a government
/// document carries one above it, which names the year of issue and heads nothing.
fn is_document_number(p: &str) -> bool {
    let p = p.trim();
    let bracketed_year = ['〔', '[', '【', '［'].iter().any(|open| {
        p.split(*open).skip(1).any(|rest| rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit))
    });
    p.ends_with('号') && bracketed_year
}

/// The longest a sentence may be, in chars. A longer run without sentence punctuation
/// (a table dump, web text that lost its 。) is cut at clause punctuation or, failing
/// that, at this length, so that no quote, subject or diff grows with the file.
/// Reports' sentences stay well under it (the corpus's longest has 391 chars, the wider
/// corpus's 515);
/// normalisation cuts such runs into paragraphs already (`normalize`), so this holds
/// for any text given to `segment`.
pub const MAX_SENTENCE_CHARS: usize = 1_000;

/// Chars after which an over-long sentence may be cut.
fn ends_clause(c: char) -> bool {
    matches!(c, '，' | '、' | '：' | ',' | ':' | ' ' | '）' | ')')
}

/// Split a paragraph into sentences: (start, end) char offsets relative to it.
fn split_sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if ends_sentence(chars[i]) {
            let mut end = i + 1;
            while end < chars.len() && closing(chars[end]) {
                end += 1;
            }
            push_bounded(&mut out, chars, start, end);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        push_bounded(&mut out, chars, start, chars.len());
    }
    out
}

/// Push the sentence `start..end`, cut into pieces of at most [`MAX_SENTENCE_CHARS`]:
/// each after the last clause punctuation of its second half, or at the limit.
fn push_bounded(out: &mut Vec<(usize, usize)>, chars: &[char], mut start: usize, end: usize) {
    while end - start > MAX_SENTENCE_CHARS {
        let limit = start + MAX_SENTENCE_CHARS;
        let cut = (start + MAX_SENTENCE_CHARS / 2..limit).rev().find(|&k| ends_clause(chars[k - 1])).unwrap_or(limit);
        out.push((start, cut));
        start = cut;
    }
    out.push((start, end));
}

/// Whether a top-level heading opens the review or the plan part, if it says.
fn classify_heading(title: &str, years: Years) -> Option<Part> {
    classify_heading_with(title, years, true)
}

/// A heading that plans only because it names the five-year plan begun the year before
/// the plan year (一、“十三五”实现良好开局 in 2017): it may as well review that plan's first
/// year, which its first paragraph then says (过去的一年，…).
fn plans_by_last_years_plan_only(title: &str, years: Years) -> bool {
    classify_heading_with(title, years, true) == Some(Part::Plan)
        && classify_heading_with(title, years, false).is_none()
}

/// Words by which a heading plans, a sub-heading under the review's heading too
/// ([`plans_under_a_review`]). (二、今后五年的奋斗目标: the next plan period is planned,
/// whatever the heading calls it.)
const PLANS_EVEN_UNDER_A_REVIEW: [&str; 6] = ["工作安排", "总体部署", "总体要求", "工作建议", "今后五年", "未来五年"];

/// Words by which a heading plans, but not a sub-heading under the review's: there they name
/// what was done (（五）…重点工作取得突破, （一）圆满完成目标任务).
const PLANS_BUT_UNDER_A_REVIEW: [&str; 6] = ["工作任务", "主要任务", "目标任务", "重点工作", "主要目标", "规划纲要"];

/// [`classify_heading`], with a plan begun the year before the plan year counted as
/// planning or not.
fn classify_heading_with(title: &str, years: Years, last_years_plan: bool) -> Option<Part> {
    let plans_this_year = names_this_year(title, years);
    let plan_words = PLANS_EVEN_UNDER_A_REVIEW.iter().chain(&PLANS_BUT_UNDER_A_REVIEW);
    // 2008年四川省政府工作报告: the report's own title heads no part, nor does its date
    // line ((2006年2月8日 黄智权), 2006年2月8日在…会议上)
    if title.contains("工作报告") || names_a_day(title) {
        return None;
    }
    // 一、2005年工作回顾; 六五计划前两年的执行情况 (how a plan has been carried out); 二、“十三五”
    // 时期发展成就和“十四五”时期主要目标任务 (a past plan's achievements first, whatever follows)
    let past_plan = plans_named(title).any(|(_, start)| start + 4 <= years.review);
    if title.contains("回顾") || title.contains("执行情况") || (past_plan && title.contains("成就")) {
        return Some(Part::Review);
    }
    // 【大目标】: a news page's label over the year's aims
    let label = title.trim().strip_prefix('【').and_then(|t| t.strip_suffix('】'));
    if label.is_some_and(|l| l.contains("目标") && !l.contains("完成")) {
        return Some(Part::Plan);
    }
    // 一、十二届人大一次会议确定的目标任务完成情况, 一、2013年主要目标完成情况: how the aims
    // came out, the review (not a news page's label, which heads no part; not a sub-heading,
    // （五）强化目标任务完成情况督查考核, a task of the plan; nor one that names the year planned
    // too, 一、2015年目标完成情况和2016年工作安排)
    let sub = title.trim_start().starts_with(['（', '(']);
    let names_the_plan = title.contains(&years.plan.to_string()) || plans_this_year;
    let aims_came_out = title.contains("完成情况") && ["目标", "任务", "计划"].iter().any(|w| title.contains(w));
    if label.is_none() && !sub && !names_the_plan && aims_came_out && !title.contains("工作安排") {
        return Some(Part::Review);
    }
    if later_plan_year(title, years.plan).is_some() {
        return Some(Part::Plan);
    }
    // 一、1996年全省…取得显著成绩，实施“九五”计划开局良好; 一、…全面完成了2004年的工作任务: what
    // the year reviewed brought, whatever plan words it holds (the tasks it says were done)
    if !names_the_plan && (names_the_year_alone(title, years.review) || tells_aims_met(title)) {
        return Some(Part::Review);
    }
    // the five-year plan that starts this year or last (“十三五” in 2016 or 2017, “七五”
    // in 1986: 二、“七五”时期的基本任务和主要建设方针)
    let new_plan =
        plans_named(title).any(|(_, start)| start == years.plan || (last_years_plan && start + 1 == years.plan));
    if names_the_plan || plan_words.into_iter().any(|w| title.contains(w)) || new_plan {
        return Some(Part::Plan);
    }
    // “十五”时期国民经济和社会发展主要情况: a plan that ended by the year reviewed; 一、关于去年和
    // 今年前4个月工作 (a report delivered in May)
    if title.contains("过去")
        || title.contains("去年")
        || (years.late && title.contains("今年"))
        || past_plan
        || title.contains(&years.review.to_string())
        || title.contains("五年工作")
        || title.contains("五年来")
    {
        return Some(Part::Review);
    }
    None
}

/// Whether a heading names the year planned as 今年 (明年 in a report delivered late in the
/// year): not 今年前4个月, 今年以来, 今年上半年, the months of it already past when the report
/// is delivered (一、关于去年和今年前4个月工作).
fn names_this_year(title: &str, years: Years) -> bool {
    let this_year = if years.late { "明年" } else { "今年" };
    title.match_indices(this_year).any(|(at, w)| {
        let after = &title[at + w.len()..];
        years.late || !["前", "以来", "上半年", "一季度", "第一季度"].iter().any(|p| after.starts_with(p))
    })
}

/// Whether a heading names `year` (2004年) by itself: not as one end of a span of years
/// (2006—2010年, 2004年至2008年), which a plan's heading names too.
fn names_the_year_alone(title: &str, year: i32) -> bool {
    const SPAN_MARKS: [char; 6] = ['—', '-', '－', '～', '至', '到'];
    let named = format!("{year}年");
    title.match_indices(&named).any(|(at, w)| {
        let before = title[..at].chars().next_back();
        let after = title[at + w.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || SPAN_MARKS.contains(&c))
            && !after.is_some_and(|c| SPAN_MARKS.contains(&c))
            && !title[..at].ends_with("年至")
    })
}

/// Words that say aims or tasks were done: 胜利完成, 圆满完成 …
const AIMS_DONE: [&str; 5] = ["胜利完成", "圆满完成", "全面完成", "顺利完成", "超额完成"];

/// Words that make a heading's 完成 an aim still to be met (确保圆满完成全年目标任务).
const STILL_TO_DO: [&str; 10] = ["确保", "努力", "力争", "争取", "全力", "坚决", "务必", "必须", "奋力", "决胜"];

/// Whether a heading says aims or tasks were met: 完成了 (全面完成了2004年的工作任务), or one of
/// [`AIMS_DONE`] closing its clause (“十五”目标任务胜利完成); not where it is still to be met
/// ([`STILL_TO_DO`]), nor 圆满完成目标任务 (which plans as often as it reviews).
fn tells_aims_met(title: &str) -> bool {
    let done_at = title.find("完成了").or_else(|| {
        AIMS_DONE.iter().find_map(|w| {
            title.match_indices(w).map(|(at, _)| at).find(|&at| {
                let after = title[at + w.len()..].chars().next();
                after.is_none_or(|c| matches!(c, '，' | '、' | '；' | ',' | ' '))
            })
        })
    });
    done_at.is_some_and(|at| !STILL_TO_DO.iter().any(|w| title[..at].contains(w)))
}

/// Whether a sub-heading plans even under a heading of the review (（二）2020年工作安排 under
/// 一、2019年工作回顾和2020年工作安排): it names the year planned, a later one, the next five
/// years or a plan that starts this year, or says 工作安排, 总体要求. The other plan words
/// name what a review's sub-heading says was done: （五）聚焦聚力攻坚克难，重点工作取得突破,
/// （一）圆满完成目标任务, （六）扎实打好三大攻坚战，主要任务取得重大进展.
fn plans_under_a_review(title: &str, years: Years) -> bool {
    // (the next five years in digits too; a top heading with them stays as it was read)
    const IN_DIGITS: [&str; 2] = ["今后5年", "未来5年"];
    names_the_year_alone(title, years.plan)
        || names_this_year(title, years)
        || later_plan_year(title, years.plan).is_some()
        || PLANS_EVEN_UNDER_A_REVIEW.iter().chain(&IN_DIGITS).any(|w| title.contains(w))
        || plans_named(title).any(|(_, start)| start == years.plan)
}

/// Whether a text names a day (2006年2月8日, or a news page's 2020-04-22, 2020/4/22): a
/// date line of the header or a page's dateline, no heading.
fn names_a_day(title: &str) -> bool {
    if written_as_digits(title) {
        return true;
    }
    let Some(month_at) = title.find('月') else { return false };
    let (before, after) = (&title[..month_at], &title[month_at + '月'.len_utf8()..]);
    let month =
        before.rsplit('年').next().is_some_and(|m| (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit()));
    let day =
        after.find('日').is_some_and(|at| (1..=2).contains(&at) && after[..at].bytes().all(|b| b.is_ascii_digit()));
    before.contains('年') && month && day
}

/// 2020-04-22, 2020/4/22, 2020.04.22: a year of four digits, a month and a day, each after
/// the same mark.
fn written_as_digits(title: &str) -> bool {
    let b = title.as_bytes();
    let digits = |at: usize| b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    (0..b.len()).any(|at| {
        if (at > 0 && b[at - 1].is_ascii_digit()) || digits(at) != 4 {
            return false;
        }
        let mark = at + 4;
        let Some(&m) = b.get(mark).filter(|m| matches!(m, b'-' | b'/' | b'.')) else { return false };
        let month = digits(mark + 1);
        let day_at = mark + 1 + month;
        (1..=2).contains(&month) && b.get(day_at) == Some(&m) && (1..=2).contains(&digits(day_at + 1))
    })
}

/// A paragraph that opens the review part with its heading run into it: 2007年经济社会发展
/// 情况及本届政府工作回顾过去的一年，…: the year reviewed, then 回顾 within its first 30 chars
/// and before any punctuation.
fn opens_review_part(p: &str, years: Years) -> bool {
    let opening = &p[..p.char_indices().nth(30).map_or(p.len(), |(b, _)| b)];
    let head = opening.split(['，', '。', '；', '：', ',', ';', ':']).next().unwrap_or("");
    head.starts_with(&format!("{}年", years.review)) && head.contains("回顾")
}

/// A paragraph's words after its salutation (各位代表！, 各位代表，) and the spaces before it.
pub(crate) fn after_the_salutation(p: &str) -> &str {
    let p = p.trim_start_matches(|c: char| c.is_whitespace());
    p.strip_prefix("各位代表").and_then(|rest| rest.strip_prefix(['！', '!', '，', ','])).unwrap_or(p)
}

/// A paragraph whose first clause opens with the year reviewed: 过去的一年, 一年来, 刚刚过去的
/// 2016年, 去年, 2016年 (or 今年 in a report delivered late in the year it reviews).
fn opens_with_the_year_reviewed(p: &str, years: Years) -> bool {
    let p = after_the_salutation(p);
    let p = p.strip_prefix("回顾").unwrap_or(p);
    let p = p.strip_prefix("刚刚过去的").unwrap_or(p);
    let reviewed = format!("{}年", years.review);
    let now = if years.late { "今年" } else { "去年" };
    // the year alone is the first clause, or what the clause says the year was (过去的一年，
    // 是…; 2016年是…): not 去年底召开的会议对今年工作作出部署, a plan's paragraph
    let first = p.split(['，', '。', '；', ',']).next().unwrap_or("");
    ["过去的一年", "过去一年", "一年来", now, &reviewed]
        .iter()
        .any(|w| first.strip_prefix(w).is_some_and(|rest| rest.is_empty() || rest.starts_with('是')))
}

/// Whether a paragraph opens with the five-year plan that starts in the plan year: “十一五”
/// 发展的总体要求是 in 2006.
fn opens_with_the_plan_begun(p: &str, years: Years) -> bool {
    // (a plan's name opens with 十, 第, a numeral or a quote: most paragraphs are not searched)
    let opens = p.trim_start_matches('“').starts_with(['十', '第', '六', '七', '八', '九']);
    opens && plans_named(p).next().is_some_and(|(at, start)| start == years.plan && at <= "“".len())
}

/// A paragraph that opens the plan part by what it says: 2006年是实施“十一五”规划的
/// 第一年, 今年是…的开局之年, 2021年工作的总体要求是, 今年经济社会发展的主要预期目标是.
fn opens_plan_part(p: &str, years: Years, reviewed: bool) -> bool {
    // 各位代表！1995年是继续推进改革开放…的重要一年: after the salutation
    let p = after_the_salutation(p);
    let plan = format!("{}年", years.plan);
    // its first 40 chars, sliced rather than copied
    let opening = &p[..p.char_indices().nth(40).map_or(p.len(), |(b, _)| b)];
    // the plan year said as now: 今年, or 明年 in a report delivered late in the year it reviews
    let now = if years.late { "明年" } else { "今年" };
    // or the five-year plan that starts in it: “十一五”发展的总体要求是 in 2006
    let this_year = p.starts_with(&plan) || p.starts_with(now) || opens_with_the_plan_begun(p, years);
    // (the whole clause, not cut at 40 chars: 2012年工作任务 今年是全面实施“十二五”规划、落实…精神的
    // 重要一年, a heading run into it)
    let first_clause = p.split(['，', '。', '；']).next().unwrap_or("");
    // …的重要一年, 开局之年, and 1982年是第六个五年计划的第二年 (a year counted in a plan)
    let nth = first_clause.strip_suffix('年').and_then(|c| c.rfind("的第").map(|at| &c[at + "的第".len()..]));
    let counted = nth.is_some_and(|n| n.chars().count() == 1 && n.chars().all(|c| "一二三四五六七八九十".contains(c)));
    let a_year_of =
        counted || ["之年", "一年", "开局年", "关键年", "攻坚年", "收官年"].iter().any(|w| first_clause.ends_with(w));
    // (after a review: 今年全县主要目标是, 今年…预期目标是, 奋斗目标 too; in a story of the report
    // such a paragraph is one of its paragraphs, the results may follow it)
    // (今年经济社会发展总的要求是, 今年全省宏观调控目标和主要计划指标初步安排为 too)
    const AIMS: [&str; 13] = [
        "工作的总体要求",
        "工作总体要求",
        "主要预期目标",
        "工作安排",
        "计划要求",
        "计划安排",
        "预期目标",
        "主要目标",
        "奋斗目标",
        "总体要求",
        "总的要求",
        "调控目标",
        "计划指标",
    ];
    let aims = &AIMS[..if reviewed { AIMS.len() } else { 6 }];
    // 做好今年政府工作的总体要求是, 综合考虑，今年全市经济社会发展主要预期目标是: a clause that
    // opens with the plan year and says what the plan part does
    let opens_with_aims = |clause: &str, aims: &[&str]| {
        let clause = clause.strip_prefix("做好").unwrap_or(clause);
        let opens = clause.starts_with(&plan) || clause.starts_with(now);
        opens && aims.iter().any(|w| clause.contains(w))
    };
    let this_year_aims = opening.split(['，', '。', '；', '：']).take(2).any(|clause| opens_with_aims(clause, aims));
    // 建议今年我省经济和社会发展的预期目标是: the government proposing the year's aims, in the
    // paragraph's first words (a story's 报告显示，建议今年… stays a story)
    let proposed = opening.strip_prefix("我们建议").or_else(|| opening.strip_prefix("建议")).is_some_and(|rest| {
        let clause = rest.split(['，', '。', '；', '：']).next().unwrap_or(rest);
        opens_with_aims(clause, &["预期目标", "主要目标", "奋斗目标"])
    });
    // 今年要保持…，经济增长速度的调控目标定为8%: the year's aims, under a heading of its own
    let aims_ahead = p.strip_prefix(now).is_some_and(|rest| rest.starts_with('要')) && opening.contains("目标");
    // 各位代表！1999年，我们将庆祝…: the plan year alone, then what we will do in it
    let year_ahead = (first_clause == plan || first_clause == now)
        && ["我们将", "我们要"].iter().any(|w| opening[first_clause.len()..].trim_start_matches('，').starts_with(w));
    (this_year && first_clause.contains('是') && a_year_of)
        || year_ahead
        || (this_year && aims.iter().any(|w| opening.contains(w)))
        || aims_ahead
        || this_year_aims
        || proposed
}

/// A running head copied from a PDF page with the text: the report's own title
/// (2023年某市政府工作报告, 政府工作报告（2023年）), an issue of a gazette (2023年第2期,
/// 某市人民政府公报), a yearbook (某市年鉴2023). Short and unpunctuated like a heading,
/// and naming the plan year, but it heads nothing: inside the body it is furniture.
pub(crate) fn is_running_head(p: &str) -> bool {
    let p = p.trim_matches(char::is_whitespace);
    // at most 31 counted, as for a heading
    if p.chars().take(31).count() > 30 || p.contains(['。', '！', '？', '；', '：', '，', ':', ';']) {
        return false;
    }
    // 政府工作报告（2023年）: the title with its year in brackets after it
    let title = p.rfind(['（', '(']).filter(|_| p.ends_with(['）', ')'])).map_or(p, |at| &p[..at]);
    let issue = p.find('第').is_some_and(|at| {
        let number = p[at + '第'.len_utf8()..].trim_start();
        let digits = number.chars().take_while(|c| c.is_ascii_digit() || CN_DIGITS.contains(*c)).count();
        digits > 0 && number.chars().nth(digits) == Some('期')
    });
    title.ends_with("政府工作报告") || issue || p.contains("年鉴") || p.ends_with("公报")
}

fn is_appendix(p: &str) -> bool {
    let p = p.trim_end_matches(['：', ':']);
    matches!(p, "注释" | "名词解释" | "附注" | "注" | "附件" | "附录")
}

/// The paragraph of the greeting (各位代表：): the lines before it are the title block
/// (date, title, speaker); 0 when there is none in the first 60 lines.
fn body_start(text: &str) -> usize {
    text.split('\n').take(60).position(is_greeting).unwrap_or(0)
}

/// 各位代表： alone, or run on into the report's opening formula (各位代表，我代表省人民政府，
/// 向大会报告工作).
fn is_greeting(p: &str) -> bool {
    let Some(rest) = p.strip_prefix("各位代表") else { return false };
    let alone = p.chars().count() <= 8 && matches!(p.chars().last(), Some('：' | ':'));
    let opening = &rest[..rest.char_indices().nth(16).map_or(rest.len(), |(b, _)| b)];
    alone || (rest.starts_with(['：', ':', '，', ',', '！', '!']) && opening.contains("我代表"))
}

/// A paragraph's chars, and the byte offset of each char and of the end: sentences and
/// titles are sliced from the paragraph, one copy each, instead of collected char by
/// char. One pass into buffers sized at once (`collect` from `chars()` grew them by
/// copies: its size hint is a quarter of the bytes).
fn chars_and_bytes(para: &str) -> (Vec<char>, Vec<usize>) {
    let n = para.chars().count();
    let (mut chars, mut bytes) = (Vec::with_capacity(n), Vec::with_capacity(n + 1));
    for (b, c) in para.char_indices() {
        chars.push(c);
        bytes.push(b);
    }
    bytes.push(para.len());
    (chars, bytes)
}

/// Split clean text into sections and sentences.
pub fn segment(text: &str, years: Years) -> Segmented {
    let mut seg = Segmented::default();
    let mut stack: Vec<usize> = Vec::new();
    let mut top_part = Part::Preamble;
    let mut offset = 0;
    let mut appendix = false;
    // whether the last paragraph was a heading that names the review (一、2023年工作回顾):
    // 今年是…开局之年 right under it frames the year reviewed, it does not open the plan
    let mut under_review_heading = false;
    let mut last_plan = PlannedByLastPlan::default();
    let body_starts = body_start(text);
    for (paragraph, para) in text.split('\n').enumerate() {
        // 注释： / 名词解释: glossary notes after the report are not part of it
        appendix |= is_appendix(para);
        let in_body = (paragraph > body_starts || body_starts == 0) && !appendix;
        // a running head once a section is open (the title above the first one stays)
        if in_body && !seg.sections.is_empty() && is_running_head(para) {
            offset += para.chars().count() + 1;
            continue;
        }
        let (chars, bytes) = chars_and_bytes(para);
        let marker = heading_marker(para).filter(|_| in_body);
        // a web copy that lost the plan part's heading (or a report with none but the
        // plan's): the paragraph that opens it (2006年是实施…规划的第一年) heads it instead
        let before_plan = top_part != Part::Plan || last_plan.reviews;
        let opens_plan = in_body
            && !under_review_heading
            && opens_plan_here(para, years, top_part, (before_plan, last_plan.five_years));
        // and one that lost the review's (its heading run into its first paragraph)
        let opens_review = in_body && top_part == Part::Preamble && marker.is_none() && opens_review_part(para, years);
        // (a line stating a figure heads nothing: a story's subtitle, 今年GDP预期增长7.5%左右,
        // or one of a list of results or aims written a line each without stops,
        // 城镇新增就业1.2万人, under the heading that frames them all; a story's title, the
        // first line, still may: 地区生产总值增长5.6%以上，某区描绘2025年发展蓝图)
        // (looked for in a short line only: a search of every paragraph cost 11 M instructions)
        let plain_heading = is_plain_heading(para) && !(paragraph > 0 && states_a_figure(para));
        let plain = in_body && marker.is_none() && (plain_heading || opens_plan || opens_review);
        let spans = split_sentences(&chars);
        let mut heading_id = None;
        if in_body && !(marker.is_some() || plain) && has_content(para) {
            under_review_heading = false;
            last_plan.content(&mut seg, para, years);
        }
        if marker.is_some() || plain {
            let level = marker.map_or(1, |m| m.0);
            let title = heading_title(para, &bytes, &spans, opens_review);
            // classified once: the part it names decides both below
            let named = classify_heading(&title, years);
            under_review_heading = marker.is_some() && named == Some(Part::Review);
            while stack.last().is_some_and(|&i| seg.sections[i].level >= level) {
                stack.pop();
            }
            let parent = stack.last().copied();
            let plan_opened = top_part == Part::Plan;
            if parent.is_none() {
                let by_paragraph = opens_plan && marker.is_none();
                top_part = top_part_from(top_part, named, by_paragraph, opens_review);
                last_plan.top_section(by_paragraph && opens_with_the_plan_begun(after_the_salutation(para), years));
            }
            let part = parent.map_or(top_part, |p| part_under(seg.sections[p].part, named, &title, level, years));
            let id = seg.sections.len();
            // (once the plan part has opened, a section after it that recalls the year
            // first, 三、全面加强政府自身建设 / 过去一年，我们…, is still of the plan)
            if parent.is_none() {
                let open =
                    !plan_opened && !opens_plan && part == Part::Plan && plans_by_last_years_plan_only(&title, years);
                last_plan.open = open.then_some(id);
            }
            let later_plan =
                later_plan_year(&title, years.plan).or_else(|| parent.and_then(|p| seg.sections[p].later_plan));
            seg.sections.push(Section { id, level, title, parent, part, later_plan });
            stack.push(id);
            heading_id = Some(id);
        }
        let place = Place { offset, paragraph, section: stack.last().copied(), heading: heading_id.is_some() };
        push_sentences(&mut seg, para, (&chars, &bytes), &spans, place);
        offset += chars.len() + 1;
    }
    seg
}

/// Whether a paragraph opens the plan part ([`opens_plan_part`]) where it stands: `before_plan`,
/// or after a paragraph that opened it with the next five years' aims (`five_years_opened`),
/// when it opens the year's: “十四五”时期…的主要目标是… / 2021年经济社会发展的主要预期目标是.
fn opens_plan_here(para: &str, years: Years, top_part: Part, (before_plan, five_years_opened): (bool, bool)) -> bool {
    (before_plan || five_years_opened)
        && opens_plan_part(para, years, top_part == Part::Review)
        && !(five_years_opened && opens_with_the_plan_begun(para, years))
}

/// The part of a section under one of part `above`: the one its heading names (at levels 1
/// and 2), else `above`'s; under the review, a sub-heading plans only by
/// [`plans_under_a_review`].
fn part_under(above: Part, named: Option<Part>, title: &str, level: u8, years: Years) -> Part {
    let plans_anyway = above != Part::Review || plans_under_a_review(title, years);
    named.filter(|&n| level <= 2 && (n != Part::Plan || plans_anyway)).unwrap_or(above)
}

/// A top-level section whose heading plans only by naming the plan begun last year (一、“十三五”
/// 实现良好开局 in 2017): `open` while its first paragraph may still say it reviews, `reviews`
/// once it did, when a paragraph in it may still open the plan (2002年是实施“十五”计划的关键一年
/// at the end of 一、…“十五”计划开局良好). And `five_years` while the plan part is the one a
/// paragraph on the five-year plan begun in the plan year opened (“十四五”时期…的主要目标是).
#[derive(Default)]
struct PlannedByLastPlan {
    open: Option<usize>,
    reviews: bool,
    five_years: bool,
}

impl PlannedByLastPlan {
    /// A top-level section opens: it has not reviewed after all, and `five_years` says whether
    /// a paragraph on the five-year plan begun in the plan year opened it.
    fn top_section(&mut self, five_years: bool) {
        self.reviews = false;
        self.five_years = five_years;
    }

    /// A paragraph of content: the section reviews after all if it opens with the year reviewed.
    fn content(&mut self, seg: &mut Segmented, para: &str, years: Years) {
        if let Some(id) = self.open.take().filter(|_| opens_with_the_year_reviewed(para, years)) {
            reviewed_after_all(seg, id);
            self.reviews = true;
        }
    }
}

/// The part a top-level heading opens: the one a paragraph that opens a part opens,
/// whatever its first sentence says (各位代表！), else the one its heading names, else the
/// part before it goes on.
fn top_part_from(before: Part, named: Option<Part>, opens_plan: bool, opens_review: bool) -> Part {
    let opened = opens_plan.then_some(Part::Plan).or(opens_review.then_some(Part::Review));
    opened.or(named).unwrap_or(before)
}

/// A heading's title: the paragraph's first sentence (numbered headings often run on),
/// and of a review heading run into its paragraph the heading's words alone.
fn heading_title(para: &str, bytes: &[usize], spans: &[(usize, usize)], opens_review: bool) -> String {
    let (s, e) = spans.first().copied().unwrap_or((0, bytes.len() - 1));
    let title = para[bytes[s]..bytes[e]].trim_end_matches(['。', '；']);
    match title.find("回顾").filter(|_| opens_review) {
        Some(at) => title[..at + "回顾".len()].to_string(),
        None => title.to_string(),
    }
}

/// The section `id`, planned by its heading, reviews after all, with the sub-headings under
/// it so far, which took its part. (The sections after it keep the part the heading gave:
/// 二、用新发展理念统领发展全局 looks ahead, as the heading did.)
fn reviewed_after_all(seg: &mut Segmented, id: usize) {
    let was = seg.sections[id].part;
    seg.sections[id..].iter_mut().filter(|s| s.part == was).for_each(|s| s.part = Part::Review);
}

/// Where a paragraph's sentences go: the paragraph's char offset in the text, its
/// index, its section, and whether its first sentence is its heading.
struct Place {
    offset: usize,
    paragraph: usize,
    section: Option<usize>,
    heading: bool,
}

/// The sentences of a paragraph at `spans`, trimmed, those with content.
fn push_sentences(
    seg: &mut Segmented,
    para: &str,
    (chars, bytes): (&[char], &[usize]),
    spans: &[(usize, usize)],
    place: Place,
) {
    for (k, &(s, e)) in spans.iter().enumerate() {
        let lead = chars[s..e].iter().take_while(|c| c.is_whitespace()).count();
        let trail = chars[s + lead..e].iter().rev().take_while(|c| c.is_whitespace()).count();
        let (s, e) = (s + lead, e - trail);
        let text = &para[bytes[s]..bytes[e]];
        if !has_content(text) {
            continue;
        }
        seg.sentences.push(Sentence {
            id: seg.sentences.len(),
            text: text.to_string(),
            start: place.offset + s,
            end: place.offset + e,
            section: place.section,
            paragraph: place.paragraph,
            is_heading: k == 0 && place.heading,
        });
    }
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*FIVE_YEAR_PLAN,);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The part of each section of `text`.
    fn parts_of(text: &str, years: Years) -> Vec<Part> {
        segment(text, years).sections.iter().map(|s| s.part).collect()
    }

    const YEARS: Years = Years { review: 2020, plan: 2021, late: false };

    #[test]
    fn heading_markers_have_levels() {
        assert_eq!(heading_marker("一、2020年工作回顾"), Some((1, 2)));
        assert_eq!(heading_marker("十二、其他"), Some((1, 3)));
        assert_eq!(heading_marker("（三）深化改革"), Some((2, 3)));
        assert_eq!(heading_marker("2.推进"), Some((3, 2)));
        assert_eq!(heading_marker("2.5万人"), None);
        assert_eq!(heading_marker("2020年"), None);
        assert_eq!(heading_marker("一些地方"), None);
    }

    #[test]
    fn a_documents_number_heads_nothing() {
        assert!(!is_plain_heading("癸政发〔2016〕13号"));
        assert!(!is_plain_heading("某政办发[2019]5号"));
        assert!(is_plain_heading("2016年政府工作报告"));
        assert!(is_plain_heading("三、2016年工作安排"));
    }

    #[test]
    fn sentences_end_at_stops_and_keep_closing_quotes() {
        let seg = segment("他说：“增长6%。”然后；结束！\n没有句号的段落", YEARS);
        let texts: Vec<&str> = seg.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["他说：“增长6%。”", "然后；", "结束！", "没有句号的段落"]);
    }

    #[test]
    fn over_long_sentences_are_cut_at_clause_punctuation_or_at_the_limit() {
        let clauses = "地区生产总值增长6%，".repeat(200);
        let bare = "增".repeat(2_400);
        for text in [clauses.as_str(), bare.as_str()] {
            let seg = segment(text, YEARS);
            let chars: Vec<char> = text.chars().collect();
            assert!(seg.sentences.iter().all(|s| s.chars() <= MAX_SENTENCE_CHARS));
            assert_eq!(seg.sentences.iter().map(|s| s.text.as_str()).collect::<String>(), text);
            for s in &seg.sentences {
                assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            }
        }
        // at a clause: every piece ends with its comma
        assert!(segment(&clauses, YEARS).sentences.iter().all(|s| s.text.ends_with('，')));
        assert_eq!(segment(&bare, YEARS).sentences.len(), 3);
    }

    #[test]
    fn offsets_cover_the_sentence_text() {
        let text = "第一句。第二句。\n第三句";
        let seg = segment(text, YEARS);
        let chars: Vec<char> = text.chars().collect();
        for s in &seg.sentences {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
            assert_eq!(s.chars(), s.text.chars().count());
        }
    }

    #[test]
    fn numbered_and_plain_headings_build_a_tree_with_parts() {
        let text = "各位代表：\n决胜2020，“十三五”圆满收官\n过去一年增长6%。\n奋进2021，“十四五”开好局\n一、聚焦创新，推进改革。今年增长6%。\n（一）深化改革。\n内容。";
        let seg = segment(text, YEARS);
        let titles: Vec<(&str, u8, Part)> = seg.sections.iter().map(|s| (s.title.as_str(), s.level, s.part)).collect();
        assert_eq!(
            titles,
            [
                ("决胜2020，“十三五”圆满收官", 1, Part::Review),
                ("奋进2021，“十四五”开好局", 1, Part::Plan),
                ("一、聚焦创新，推进改革", 1, Part::Plan),
                ("（一）深化改革", 2, Part::Plan),
            ]
        );
        let last = seg.sentences.last().unwrap();
        assert_eq!((last.text.as_str(), last.section), ("内容。", Some(3)));
        assert_eq!(seg.sections[3].parent, Some(2));
    }

    #[test]
    fn five_year_plans_by_name() {
        let starts = |t: &str| plans_named(t).map(|(_, y)| y).collect::<Vec<_>>();
        assert_eq!(starts("“十一五”期间"), [2006]);
        assert_eq!(starts("十四五规划"), [2021]);
        assert_eq!(starts("“十五”时期"), [2001]);
        assert_eq!(starts("“六五”计划"), [1981]);
        assert_eq!(starts("七五计划草案"), [1986]);
        // fifteen, not the tenth plan
        assert_eq!(starts("十五个重点项目"), Vec::<i32>::new());
        assert_eq!(starts("第十五届"), Vec::<i32>::new());
    }

    #[test]
    fn a_review_heading_run_into_its_paragraph_opens_the_review() {
        // the title that names the plan year and the date line head no part; the
        // review's heading run into its first paragraph opens the review, and its words
        // alone are the section's title
        let years = Years { review: 2007, plan: 2008, late: false };
        let text = "2008年某省政府工作报告\n（2008年1月24日 张三）\n各位代表，我代表省人民政府，向大会报告工作。\n\
                    2007年经济社会发展情况及本届政府工作回顾过去的一年，全省生产总值增长14.2%。\n一、产业培育力度加大\n内容。";
        let seg = segment(text, years);
        let parts: Vec<(&str, Part)> = seg.sections.iter().map(|s| (s.title.as_str(), s.part)).collect();
        assert_eq!(
            parts,
            [("2007年经济社会发展情况及本届政府工作回顾", Part::Review), ("一、产业培育力度加大", Part::Review)]
        );
        // a paragraph that only opens with the year reviewed opens nothing
        let seg = segment("2007年，全省生产总值增长14.2%，回顾这一年。\n一、产业培育力度加大", years);
        assert!(seg.sections.iter().all(|s| s.part == Part::Preamble));
    }

    #[test]
    fn a_past_plans_section_reviews_it() {
        let years = Years { review: 2005, plan: 2006, late: false };
        let seg = segment(
            "一、2005年工作回顾\n三、关于规划的说明\n（二）“十五”时期主要情况“十五”是重要时期。\n内容。",
            years,
        );
        let parts: Vec<Part> = seg.sections.iter().map(|s| s.part).collect();
        assert_eq!(parts, [Part::Review, Part::Review, Part::Review]);
    }

    #[test]
    fn a_news_pages_label_over_aims_opens_the_plan() {
        let years = Years { review: 2018, plan: 2019, late: false };
        let text = "某市政府工作报告\n会议开幕。\n【大目标】\n生产总值增长8%左右。";
        let parts = parts_of(text, years);
        assert_eq!(parts.last(), Some(&Part::Plan));
        assert_eq!(classify_heading("【目标完成情况】", years), None);
        // a heading of how the aims came out opens the review
        assert_eq!(classify_heading("一、十二届人大一次会议确定的目标任务完成情况", years), Some(Part::Review));
        assert_eq!(classify_heading("一、2018年主要目标完成情况", years), Some(Part::Review));
        // not a task of the plan under a sub-heading, nor a heading of both years
        assert_eq!(classify_heading("（五）强化目标任务完成情况督查考核", years), Some(Part::Plan));
        assert_eq!(classify_heading("一、2018年目标完成情况和2019年工作安排", years), Some(Part::Plan));
    }

    #[test]
    fn a_past_plans_achievements_are_reviewed_and_the_year_ahead_opens_the_plan() {
        let years = Years { review: 2020, plan: 2021, late: false };
        assert_eq!(classify_heading("二、“十三五”时期发展成就和“十四五”时期主要目标任务", years), Some(Part::Review));
        assert_eq!(classify_heading("二、“十四五”时期主要目标任务", years), Some(Part::Plan));
        // 各位代表！1999年，我们将…: the plan year alone, then what will be done in it
        let years = Years { review: 1998, plan: 1999, late: false };
        let text = "政府工作报告\n一、1998年工作回顾和1999年工作的总体要求\n去年国内生产总值增长7.8%。\n各位代表！1999年，我们将庆祝新中国成立五十周年。\n二、继续扩大内需\n今年经济增长预期为7%左右。";
        let parts = parts_of(text, years);
        assert_eq!(parts.last(), Some(&Part::Plan), "{parts:?}");
        // not a year said in passing: 1999年，全县… in a review stays
        assert!(!opens_plan_part("1998年，全县生产总值增长7%。", years, true));
    }

    #[test]
    fn a_news_pages_dateline_heads_no_part() {
        let years = Years { review: 2019, plan: 2020, late: false };
        let text = "某旗人大会议隆重召开\n2020-04-22   V赤峰\n4月21日，会议开幕。\n全旗地区生产总值增长4.3%。";
        let parts = parts_of(text, years);
        assert!(!parts.contains(&Part::Plan), "{parts:?}");
        assert!(written_as_digits("2020/4/22 来源：某日报"));
        assert!(!written_as_digits("2020年工作安排"));
        assert!(!written_as_digits("12020-04-22"));
        assert!(!written_as_digits("2020-04"));
    }

    #[test]
    fn a_section_that_plans_the_next_year_is_plan() {
        // delivered in September: the year so far reviewed, then the next year planned
        let years = Years { review: 1979, plan: 1980, late: false };
        let text = "一、国民经济取得了新的进展\n增长8%。\n二、1981年国民经济计划的任务和主要指标\n增长5%。";
        let parts = parts_of(text, years);
        // (the first heading names no part: it stays the preamble's, read as results)
        assert_eq!(parts, [Part::Preamble, Part::Plan]);
        assert_eq!(later_plan_year("二、1981年国民经济计划的任务和主要指标", 1980), Some(1981));
        // the plan year itself, two years, a five-year plan, a goal reached by then: no
        assert_eq!(later_plan_year("三、保证1980、1981年计划的完成", 1980), None);
        assert_eq!(later_plan_year("二、2021年工作安排", 2021), None);
        assert_eq!(later_plan_year("二、“十四五”时期2022年的主要目标", 2021), None);
        assert_eq!(later_plan_year("到2022年的目标", 2021), None);
        assert_eq!(later_plan_year("二、2022年的形势", 2021), None);
    }

    #[test]
    fn a_line_all_in_brackets_heads_nothing() {
        let years = Years { review: 2017, plan: 2018, late: false };
        let text = "一、2017年工作回顾\n增长8%。\n二、2018年工作安排\n增长7.5%。\n（2018年1月30日省第十三届人大第一次会议审议通过）";
        let titles: Vec<String> = segment(text, years).sections.iter().map(|s| s.title.clone()).collect();
        assert_eq!(titles, ["一、2017年工作回顾", "二、2018年工作安排"]);
    }

    #[test]
    fn a_heading_of_last_years_plan_opened_well_reviews_when_its_paragraph_does() {
        let years = Years { review: 2016, plan: 2017, late: false };
        let text = "一、“十三五”实现良好开局\n过去的一年，是具有里程碑意义的一年。\n（一）供给侧结构性改革取得初步成效\n增长8.7%。\n二、用新发展理念统领发展全局\n我们要全面实施行动计划。\n三、扎实做好2017年重点工作\n增长8.5%左右。";
        let parts = parts_of(text, years);
        assert_eq!(parts, [Part::Review, Part::Review, Part::Plan, Part::Plan]);
        // a paragraph at the end of such a section may open the plan part all the same
        let years = Years { review: 2001, plan: 2002, late: false };
        let text = "一、国民经济持续快速发展“十五”计划开局良好\n过去的一年，是很不平凡的一年。增长8.8%。\n2002年是实施“十五”计划的关键一年。主要调控目标是：增长9%。\n二、深入实施西部大开发战略\n我们要扩大投资。";
        let titles: Vec<(String, Part)> =
            segment(text, years).sections.iter().map(|s| (s.title.clone(), s.part)).collect();
        assert_eq!(titles[1], ("2002年是实施“十五”计划的关键一年".to_string(), Part::Plan));
        assert_eq!(titles[2].1, Part::Plan);
        let years = Years { review: 2016, plan: 2017, late: false };
        // a heading that plans as its paragraph does stays the plan's
        let text = "一、2016年工作回顾\n增长8.7%。\n二、“十三五”开好局起好步\n今年要全面实施行动计划。";
        let parts = parts_of(text, years);
        assert_eq!(parts, [Part::Review, Part::Plan]);
        // and a section after the plan part that recalls the year first is the plan's
        let text = "一、2016年工作回顾\n增长8.7%。\n二、2017年主要任务\n增长8%。\n三、全面加强政府自身建设\n过去一年，我们坚持依法行政。\n我们要建设法治政府。";
        let parts = parts_of(text, years);
        assert_eq!(parts, [Part::Review, Part::Plan, Part::Plan]);
        // nor is a paragraph that only opens with the word of the year (去年底召开的会议…)
        let years = Years { review: 2021, plan: 2022, late: false };
        let text = "一、2021年工作回顾\n增长8%。\n二、奋力推动“十四五”规划落地见效\n去年底召开的中央经济工作会议对今年工作作出全面部署。\n增长6.5%左右。";
        let parts = parts_of(text, years);
        assert_eq!(parts, [Part::Review, Part::Plan]);
    }

    #[test]
    fn a_long_first_clause_of_the_year_opens_the_plan_part() {
        let years = Years { review: 2011, plan: 2012, late: false };
        let text = "一、2011年工作回顾\n增长12.6%。\n2012年工作任务今年是全面实施“十二五”规划、落实自治区第八次党代会和经济工作会议精神的重要一年。\n增长12%。";
        let parts = parts_of(text, years);
        assert_eq!(parts, [Part::Review, Part::Plan]);
    }

    #[test]
    fn the_plan_part_opens_without_its_heading() {
        let years = Years { review: 2005, plan: 2006, late: false };
        let text = "一、2005年工作回顾\n增长10%。\n2006年是实施“十一五”规划的第一年，做好工作意义重大。\n增长9%。";
        let seg = segment(text, years);
        let parts: Vec<(&str, Part)> = seg.sections.iter().map(|s| (s.title.as_str(), s.part)).collect();
        assert_eq!(
            parts,
            [("一、2005年工作回顾", Part::Review), ("2006年是实施“十一五”规划的第一年，做好工作意义重大", Part::Plan)]
        );
        // an anniversary is not the opening of the plan part
        let seg = segment("一、2005年工作回顾\n今年是建党85周年，增长10%。", years);
        assert_eq!(seg.sections.len(), 1);
        // nor is the salutation before the sentence that opens it
        let seg = segment("一、2005年工作回顾\n增长10%。\n各位代表！2006年是继续推进改革的重要一年。\n增长9%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // a clause that opens with the plan year and its aims, after a salutation or 做好
        let seg = segment("一、2005年工作回顾\n增长10%。\n做好2006年政府工作的总体要求是：坚持发展。\n增长9%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        let seg = segment("一、2005年工作回顾\n增长10%。\n综合考虑，今年主要预期目标是：增长9%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // the government proposing the year's aims, in its own words
        let seg = segment("一、2005年工作回顾\n增长10%。\n建议今年我省经济和社会发展的预期目标是：增长9%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // (a story quoting the proposal stays a story: 报告显示，建议今年…)
        let seg = segment(
            "某省人代会开幕\n报告显示，建议今年全省经济社会发展预期目标为：增长9%。\n据了解，2005年增长10%。",
            years,
        );
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Preamble));
        // (nor does a story's paragraph of the year's aims: its results may follow)
        let seg = segment("某省人代会开幕\n今年全省经济社会发展预期目标是：增长9%。\n据了解，2005年增长10%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Preamble));
        // after a review, 今年…主要目标是 opens the plan
        let seg = segment("一、2005年工作回顾\n增长10%。\n今年全县主要目标是：增长9%。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // the year's aims under a heading that does not name the plan
        let seg = segment(
            "一、2005年工作回顾\n增长10%。\n二、保持经济平稳发展\n今年要保持稳定增长，增长的目标定为8%。",
            years,
        );
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // the year's plan said to require (今年计划要求，…增长百分之六)
        let seg =
            segment("一、2005年工作回顾\n增长10%。\n二、加快发展\n今年计划要求，国民生产总值增长百分之六。", years);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // a year counted in a plan, in a report with no heading of its review
        let late = Years { review: 1981, plan: 1982, late: true };
        let seg = segment("当前的经济形势\n今年增长3%。\n1982年是第六个五年计划的第二年。明年要增长4%。", late);
        assert_eq!(seg.sections.last().map(|s| s.part), Some(Part::Plan));
        // a year framed right under a heading that names the review does not open it
        // (今年是…开局之年 there is the year reviewed)
        let seg = segment("一、2005年工作回顾\n2006年是开局之年。增长10%。\n增长9%。", years);
        assert_eq!(seg.sections.len(), 1);
    }

    #[test]
    fn a_heading_of_the_next_five_years_opens_the_plan_part() {
        let years = Years { review: 2016, plan: 2017, late: false };
        let text = "一、过去五年工作回顾\n年均增长8%。\n二、今后五年的奋斗目标\n年均增长7%。\n三、主要任务\n增长6%。";
        let parts = parts_of(text, years);
        assert_eq!(parts[..2], [Part::Review, Part::Plan]);
        // a review that names both periods stays the review
        let text = "一、过去五年工作回顾和今后五年的设想\n年均增长8%。";
        assert_eq!(segment(text, years).sections[0].part, Part::Review);
    }

    #[test]
    fn a_line_stating_a_figure_heads_nothing() {
        let years = Years { review: 2025, plan: 2026, late: false };
        // a list of aims a line each, without stops, stays under the heading of the five years
        let text = "二、“十五五”时期主要目标\n城镇调查失业率控制在5.5%以内\n居民人均可支配收入达到5万元\n\
                    一般公共预算收入突破20亿元\n三、2026年主要预期目标\n地区生产总值增长6%左右";
        let seg = segment(text, years);
        let titles: Vec<&str> = seg.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["二、“十五五”时期主要目标", "三、2026年主要预期目标"]);
        let income = seg.sentences.iter().find(|s| s.text.contains("5万元")).unwrap();
        assert_eq!(income.section, Some(0));
        for line in ["城镇新增就业1.2万人", "增长1.5倍", "提高3个百分点", "实现生产总值10,000亿元"]
        {
            assert!(states_a_figure(line), "{line}");
        }
        // years, months and ordinals are no figures: such lines still head
        for line in ["2025年工作回顾", "过去5年", "第3批重点项目", "“十五五”时期主要目标"] {
            assert!(!states_a_figure(line), "{line}");
        }
        let seg = segment("过去5年\n城镇新增就业累计6万人\n2025年\n城镇新增就业1.2万人", years);
        let titles: Vec<&str> = seg.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["过去5年", "2025年"]);
    }

    #[test]
    fn a_running_head_naming_the_plan_year_opens_nothing() {
        let years = Years { review: 2022, plan: 2023, late: false };
        for head in [
            "2023年某市政府工作报告",
            "政府工作报告（2023年）",
            "2023年第2期",
            "某市年鉴2023",
            "某市人民政府公报　2023年第2期",
        ] {
            let text = format!("一、2022年工作回顾\n增长6.5%。\n{head}\n上涨2.1%。\n二、2023年工作安排\n增长6%左右。");
            let seg = segment(&text, years);
            let titles: Vec<(&str, Part)> = seg.sections.iter().map(|s| (s.title.as_str(), s.part)).collect();
            assert_eq!(titles, [("一、2022年工作回顾", Part::Review), ("二、2023年工作安排", Part::Plan)], "{head}");
            let sentence = seg.sentences.iter().find(|s| s.text == "上涨2.1%。").unwrap();
            assert_eq!(sentence.section, Some(0), "{head}");
            assert!(!seg.sentences.iter().any(|s| s.text.contains(head)), "{head}");
        }
        // a heading that plans the year is no running head, nor is the title above the body
        assert!(!is_running_head("二、2023年工作安排"));
        assert!(!is_running_head("2023年主要工作"));
        let seg = segment("2023年某市政府工作报告\n一、2022年工作回顾\n增长6.5%。", years);
        assert_eq!(seg.sections[0].title, "2023年某市政府工作报告");
    }

    #[test]
    fn review_heading_by_keyword() {
        let seg = segment("一、2020年工作回顾\n二、2021年工作安排", YEARS);
        assert_eq!(seg.sections[0].part, Part::Review);
        assert_eq!(seg.sections[1].part, Part::Plan);
    }

    #[test]
    fn a_heading_that_tells_what_the_year_reviewed_brought_reviews() {
        let years = Years { review: 1996, plan: 1997, late: false };
        // the year reviewed named, with a plan begun that year: its results, not the plan
        assert_eq!(
            classify_heading("一、1996年全省经济建设取得显著成绩，“九五”计划开局良好", years),
            Some(Part::Review)
        );
        let years = Years { review: 2004, plan: 2005, late: false };
        // tasks said to be done, whatever plan words the heading holds
        assert_eq!(classify_heading("一、以改革为动力，全面完成了2004年的工作任务", years), Some(Part::Review));
        assert_eq!(classify_heading("一、开发区建设全面展开，“十五”目标任务胜利完成", years), Some(Part::Review));
        // still to be done, or the year planned named: the plan
        assert_eq!(classify_heading("（一）确保圆满完成全年目标任务", years), Some(Part::Plan));
        assert_eq!(classify_heading("二、全面完成2005年目标任务", years), Some(Part::Plan));
        // a span of years with the year reviewed at one end is no year reviewed
        assert_eq!(classify_heading("二、2004—2008年的主要任务", years), Some(Part::Plan));
        // the months of the year already past when the report is delivered
        assert_eq!(classify_heading("一、关于去年和今年前4个月工作", years), Some(Part::Review));
        assert_eq!(classify_heading("二、关于今年后几个月的重点工作", years), Some(Part::Plan));
    }

    #[test]
    fn a_review_sub_heading_with_plan_words_stays_in_the_review() {
        let years = Years { review: 2013, plan: 2014, late: false };
        let text = "一、2013年工作回顾\n（一）聚焦攻坚，重点工作取得突破\n生产总值增长8%。\n（二）圆满完成目标任务\n\
                    财政收入增长9%。\n二、2014年工作安排\n（一）抓好重点工作\n生产总值增长7%。";
        assert_eq!(parts_of(text, years), [Part::Review, Part::Review, Part::Review, Part::Plan, Part::Plan]);
        // but one that names the year planned plans
        let text = "一、2013年工作回顾和2014年工作安排\n（一）2013年工作回顾\n（二）2014年工作安排";
        assert_eq!(parts_of(text, years), [Part::Review, Part::Review, Part::Plan]);
    }

    #[test]
    fn the_years_aims_after_the_next_five_years_aims_open_a_part_of_their_own() {
        let years = Years { review: 2020, plan: 2021, late: false };
        let text = "一、2020年工作回顾\n生产总值增长3%。\n“十四五”时期经济社会发展的主要目标是：生产总值年均增长6%。\n\
                    2021年经济社会发展的主要预期目标是：生产总值增长7%左右。\n各项工作扎实推进。";
        let seg = segment(text, years);
        let parts: Vec<Part> = seg.sections.iter().map(|s| s.part).collect();
        assert_eq!(parts, [Part::Review, Part::Plan, Part::Plan], "{:?}", seg.sections);
        assert!(seg.sections[2].title.starts_with("2021年"));
        // so after an address too
        let text = text.replace("“十四五”时期经济", "各位代表，“十四五”时期经济");
        assert_eq!(parts_of(&text, years), [Part::Review, Part::Plan, Part::Plan]);
        // the plan's own aims open the plan after a review too (“十一五”发展的总体要求是 in 2006)
        let years = Years { review: 2005, plan: 2006, late: false };
        assert!(opens_plan_part("“十一五”发展的总体要求是：加快发展。", years, true));
        assert!(opens_plan_part("今年经济社会发展总的要求是：稳中求进。", years, true));
        assert!(opens_plan_part("今年全省宏观调控目标和主要计划指标初步安排为：生产总值增长10%。", years, true));
        // not the plan that ended
        assert!(!opens_plan_part("“十五”时期，全省生产总值年均增长10%。", years, true));
    }

    #[test]
    fn a_plan_named_by_its_number_written_out_is_that_plan() {
        let starts = |t: &str| plans_named(t).map(|(_, y)| y).collect::<Vec<_>>();
        assert_eq!(starts("关于第十五个五年规划纲要（草案）的说明"), [2026]);
        assert_eq!(starts("第十个五年计划的奋斗目标"), [2001]);
        assert_eq!(starts("第六个五年计划的第二年"), [1981]);
        assert_eq!(starts("第一个五年计划时期内和第二个五年计划的第一年"), [1953, 1958]);
        // as the short names give them
        assert_eq!(starts("“十五”时期和“十一五”规划"), [2001, 2006]);
        assert_eq!(starts("第十五个百分点"), Vec::<i32>::new());
    }
}
