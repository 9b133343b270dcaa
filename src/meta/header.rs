//! The opening of a report -> what it says about itself: the delivery line (date and
//! congress), the speaker line, the title line, the headings that name a year
//! (一、2020年工作回顾) and a web scraper's own fields (标题：, 年份：).
//!
//! Input: the normalised text. Output: [`Header`], each fact as written; which fact
//! wins and what the region names mean is decided in `meta`.

use std::sync::LazyLock;

use regex::Regex;

use super::gapped::{Gap, Gapped};

/// How far into the text the header is looked for, in chars.
pub(super) const HEADER_CHARS: usize = 3000;

/// A year written in Arabic digits or in Chinese numerals, digit by digit (二〇二六,
/// 二00三 and 二O一一 with a digit or a letter for zero, as web copies write them).
const YEAR: &str = r"(?:[0-9]{4}|[〇零○Oo0一二三四五六七八九]{4})";
const MONTH: &str = r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])";
const DAY: &str = r"(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
/// The congress a report is delivered to: 第十七届人民代表大会, 十四届人大, 第十三届全国人民代表大会
/// (or in traditional characters, as some web copies of old reports write it: 全國人民代表大會).
/// A league or prefecture (盟, 地区) has no congress of its own: its government (行政公署)
/// reports to the autonomous region's congress's working committee there (人大工委).
const CONGRESS: &str =
    r"(?:第?[一二三四五六七八九十0-9]{1,4}[届屆](全[国國])?(?:人民代表大[会會]|人大)|人大工委|人大工作委员会)";
/// What follows the congress in a delivery line: its session (第八次会议上, 五次会议, 第四次会議),
/// with `gap` the bound of what stands before 会议 (a capture group, for [`Gapped`]).
fn session(gap: &str) -> String {
    format!(r"([^。；！？]{gap})[会會][议議]")
}

/// The delivery line: a date, then (within a line's length) the congress; what stands
/// between them names the region (在天津市西青区, 某省省长张三在某省).
static DELIVERY: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let (gap, session_gap) = if bounded { ("{0,40}?", "{0,12}?") } else { ("*?", "*?") };
        format!(r"({YEAR})年({MONTH})月(?:({DAY})日)?([^。；！？]{gap}){CONGRESS}{}", session(session_gap))
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 4, max: 40 }, Gap { group: 6, max: 12 }])
});
/// A date as a delivery line writes it.
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({YEAR})年({MONTH})月(?:({DAY})日)?")).expect("valid regex"));
/// A line that is a date alone, bare or in brackets: （2022年1月5日） under a speaker line.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<open>[（(〔【\[])?\s*({YEAR})年({MONTH})月(?:({DAY})日)?\s*(?P<close>[）)〕】\]])?$"))
        .expect("valid regex")
});
/// The congress without a date before it: 在天津市西青区第十七届人民代表大会.
static CONGRESS_ONLY: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let (gap, session_gap) = if bounded { ("{0,24}?", "{0,12}?") } else { ("*?", "*?") };
        format!(r"在([^。；，：\n]{gap}){CONGRESS}{}", session(session_gap))
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 1, max: 24 }, Gap { group: 3, max: 12 }])
});
/// The speaker line: 西青区区长 白凤祥, 海拉尔区人民政府区长 张天喜, …会议上驻马店市人民政府代市长王玲,
/// 某地区行署专员 张三 (a prefecture's head), 南宁市市长孙大光(2021年10月25日) (the date after
/// the name, in brackets).
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|会议上|讲话)[—\-]*([^\n：，。—]{0,20}?)(?:人民政府|行政公署)?(代理|代)?(总理|省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长|办事处主任|专员)\s*([\p{Han}·]{2,8})\s*(?:[（(][^（()）\n]{6,16}[）)])?\s*$")
        .expect("valid regex")
});
/// The speaker before the congress on one line: 某县县长 张三在某县第十八届人民代表大会…上的报告,
/// ——2025年1月14日某省省长 张三在某省… (groups as [`SPEAKER`]'s; the name is the shortest
/// before 在).
static SPEAKER_BEFORE_CONGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[—\-]*(?:{YEAR}年{MONTH}月(?:{DAY}日)?)?([^\n：，。—0-9]{{0,20}}?)(?:人民政府|行政公署)?(代理|代)?(总理|省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长|办事处主任|专员)\s*([\p{{Han}}·]{{2,4}}?)在[^\n]{{0,40}}(?:人民代表大[会會]|人大)"
    ))
    .expect("valid regex")
});
/// 我代表北京市人民政府 / 我代表国务院: whose government the report speaks for.
static ON_BEHALF: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let gap = if bounded { "{1,20}?" } else { "+?" };
        format!(r"我代表(?:(国务院)|([^，。、\n]{gap})(?:人民政府|政府))")
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 2, max: 20 }])
});
/// A title line that names the year (and maybe the region, after the year or before
/// it): 2026年某省政府工作报告, 标题：二O一一年政府工作报告, 某县2017年政府工作报告, or in
/// traditional characters as web copies write it (某區2010年政府工作報告).
static TITLE_YEAR: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let gap = if bounded { "{0,20}?" } else { "*?" };
        format!(
            r"^(?:标题[：:])?[《“]?([^\s，。：；《》“0-9]{gap})({YEAR})年(?:度)?([^\s，。：；《》]{gap})((?:人民)?政府|{BODIES})?工作[报報]告"
        )
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 1, max: 20 }, Gap { group: 3, max: 20 }])
});
/// The governments a work report is of that are not 人民政府: a league's or prefecture's
/// office (行政公署, 行署), a new area's or development zone's committee (管委会), a
/// sub-district's office (街道办事处).
const BODIES: &str = "行政公署|行署|管委会|管理委员会|办事处";
/// A title line that names the region and no year: 某县人民政府工作报告, 某地区行政公署工作报告.
static TITLE_REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[《“]?([^\s，。：；《》“”0-9]{{2,20}}?)(?:人民政府|政府|{BODIES})工作[报報]告[》”]?$"))
        .expect("valid regex")
});
/// A heading of the review part that names the year reviewed (group 2): 一、2020年工作回顾,
/// “十四五”时期和2025年工作回顾, 2023年工作回顾 (a heading run on into its text too).
static REVIEW_HEADING: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let (before, after) = if bounded { ("{0,16}?", "{0,14}?") } else { ("*?", "*?") };
        format!(
            r"^(?:[一二三四五六七八九十]{{1,3}}、|（[一二三四五六七八九十]{{1,3}}）)?\s*([^。，；：\n]{before})((?:19|20)[0-9]{{2}})年([^。，；：\n]{after})回顾"
        )
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 1, max: 16 }, Gap { group: 3, max: 14 }])
});
/// A numbered heading of the plan part that names the plan year (group 1): 二、2021年工作安排.
static PLAN_HEADING: LazyLock<Gapped> = LazyLock::new(|| {
    let pattern = |bounded: bool| {
        let gap = if bounded { "{0,10}?" } else { "*?" };
        format!(
            r"^(?:[一二三四五六七八九十]{{1,3}}、|（[一二三四五六七八九十]{{1,3}}）)\s*((?:19|20)[0-9]{{2}})年([^。，；：\n]{gap})(?:工作安排|工作任务|主要任务|重点工作|工作建议|总体要求|目标任务|主要目标|的工作)"
        )
    };
    Gapped::new(pattern(true), &pattern(false), &[Gap { group: 2, max: 10 }])
});
/// A zone's committee named as the body whose report it is (group 1 the zone, group 2 a
/// speaker's name): by a title (大鹏新区管委会工作报告, 大鹏新区2024年管理委员会工作报告), the
/// speaker line (大鹏新区管委会主任 孟锦锦) or 我代表大鹏新区管理委员会. Such a committee may report to
/// the congress of a district it lies in (在龙岗区第七届人民代表大会…): the report is the zone's.
static COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    const ZONE: &str = r"[^\s，。：；、《》“”0-9—\-]{2,20}?";
    const BODY: &str = "(?:管委会|管理委员会)";
    Regex::new(&format!(
        r"(?m)^[《“]?(?:标题[：:])?(?:{YEAR}年度?)?({ZONE})(?:{YEAR}年度?)?{BODY}(?:{YEAR}年度?)?(?:工作[报報]告|(?:党工委书记、)?(?:代理|代)?主任\s*([\p{{Han}}·]{{2,4}})\s*$)|我代表({ZONE}){BODY}"
    ))
    .expect("valid regex")
});
/// The greeting that opens the body, where a line runs it on: 李克强各位代表：.
static GREETING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"各位代表[：:！!]").expect("valid regex"));
/// A scraper's year field: 年份：2014 (not always right: the title wins).
static SCRAPER_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^年份[：:]\s*((?:19|20)[0-9]{2})\s*$").expect("valid regex"));

/// A scraper's date field: 发布时间：2019-01-15 10:20. The page was published then, which
/// is when the report was delivered or soon after: the weakest source of the year.
static SCRAPER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // (a page's line of fields: 来源：某县人民政府办公室  发布时间：2023-01-18)
    Regex::new(
        r"(?m)(?:^日期|(?:^|[\s|｜])(?:发布时间|发布日期|发文日期|生成日期|成文日期))[：:]\s*((?:19|20)[0-9]{2})[-年/.]([0-9]{1,2})",
    )
    .expect("valid regex")
});

/// A delivery date as written: the day may be missing (2021年1月).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Date {
    pub(super) year: i32,
    pub(super) month: u32,
    pub(super) day: Option<u32>,
}

/// What the opening of a report says about itself, each as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Header {
    pub(super) delivered: Option<Date>,
    /// The text before the congress that names its region (天津市西青区, 某省), and
    /// whether the congress is the national one.
    pub(super) congress_region: Option<String>,
    pub(super) national_congress: bool,
    /// The speaker line as `title name` (西青区区长 白凤祥), and the region text in it.
    pub(super) speaker: String,
    pub(super) speaker_region: Option<String>,
    pub(super) title: String,
    /// The year and region a title line names (2026年某省政府工作报告).
    pub(super) title_year: Option<i32>,
    pub(super) title_region: Option<String>,
    /// The plan year a heading gives: the year reviewed + 1, or the year planned.
    pub(super) heading_year: Option<i32>,
    pub(super) scraper_year: Option<i32>,
    /// 我代表…人民政府: the government named (empty for 市 alone), or 国务院.
    pub(super) on_behalf: Option<String>,
    /// The zone whose committee (管委会) the report is of, as written (大鹏新区).
    pub(super) committee: Option<String>,
}

/// The head of `text` (its first [`HEADER_CHARS`] chars).
pub(super) fn head(text: &str) -> &str {
    &text[..text.char_indices().nth(HEADER_CHARS).map_or(text.len(), |(at, _)| at)]
}

/// The title block: the lines before the greeting (各位代表：), where the title, the
/// delivery line and the speaker stand; the whole head if there is no greeting. A
/// date and a congress in the body (一九七五年一月四届人大) are history, not the header.
fn title_block(head: &str) -> &str {
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        if line.trim_start().starts_with("各位代表") {
            return &head[..at];
        }
        // a greeting run on after the speaker's name: 国务院总理 李克强各位代表：
        if let Some(i) = GREETING.find(line).map(|m| m.start()) {
            return &head[..at + i];
        }
        at += line.len();
    }
    head
}

/// Read the header facts of a report's text.
pub(super) fn read(text: &str) -> Header {
    let head = head(text);
    let block = title_block(head);
    // The delivery line may be broken over two lines by PDF extraction.
    let flat = block.replace('\n', "");
    let mut h = Header::default();
    let mut posted = None;
    if let Some(c) = DELIVERY.captures(&flat) {
        // the date nearest the congress: a notice's own date may stand before the line
        // (2021年1月15日 … 政府工作报告——2021年1月12日在…)
        let (mut when, mut between) = ((&c[1], &c[2], c.get(3).map(|m| m.as_str())), &c[4]);
        let nearer = DATE.captures_iter(between).last();
        if let Some(d) = &nearer {
            when = (
                d.get(1).map_or("", |m| m.as_str()),
                d.get(2).map_or("", |m| m.as_str()),
                d.get(3).map(|m| m.as_str()),
            );
            between = &between[d.get(0).map_or(0, |m| m.end())..];
        }
        // (2010年02月04日 14时39分 … 在四川省第十一届人民代表大会…: a page's time of posting;
        // the delivery date stands alone under the speaker, read below, or else the
        // posting's day is the nearest there is: a news story's, the day of the session)
        let said = date(when.0, when.1, when.2);
        if at_a_time_of_day(between) {
            posted = said;
        } else {
            h.delivered = said;
        }
        h.congress_region = region_before_congress(between);
        h.national_congress = c.get(5).is_some();
    } else if let Some(c) = CONGRESS_ONLY.captures(&flat) {
        h.congress_region = region_before_congress(&c[1]);
        h.national_congress = c.get(2).is_some();
        h.delivered = date_after_congress(&flat[c.get(0).map_or(0, |m| m.end())..]);
    }
    if h.delivered.is_none() {
        let congress = h.congress_region.is_some() || h.national_congress;
        // (after a page's time of posting, only a date under the congress line is the
        // delivery's: one above it is a gazette's issue, 某市人民政府公报 / 2023年2月15日)
        let below = match posted {
            Some(_) => block.find("代表大会").map_or("", |at| &block[at..]),
            None => block,
        };
        h.delivered = date_line(below, congress).or(posted);
    }
    if let Some(c) = SPEAKER.captures(block).or_else(|| SPEAKER_BEFORE_CONGRESS.captures(block)) {
        h.speaker = speaker_line(&c);
        h.speaker_region = Some(c[1].trim().to_string()).filter(|r| !r.is_empty());
    }
    if let Some(c) = ON_BEHALF.captures(head) {
        h.on_behalf = c.get(1).or(c.get(2)).map(|m| m.as_str().trim().to_string());
    }
    if head.contains("管委会") || head.contains("管理委员会") {
        if let Some(c) = COMMITTEE.captures(head) {
            // (我代表区人民政府和大鹏新区管委会: a government's report, with a zone's beside it)
            h.committee = c
                .get(1)
                .or(c.get(3))
                .map(|m| m.as_str().to_string())
                .filter(|z| !z.contains("政府") && !z.contains(['（', '(']));
            if let (true, Some(name)) = (h.speaker.is_empty(), c.get(2)) {
                let title = &c[0][..name.start() - c.get(0).map_or(0, |m| m.start())];
                h.speaker = format!("{} {}", title.split_whitespace().collect::<String>(), name.as_str());
            }
        }
    }
    h.title = title(block, head);
    if let Some((year, region)) = title_year(block) {
        h.title_year = Some(year);
        h.title_region = region;
    }
    if h.title_region.is_none() {
        h.title_region = undated_title_region(block);
    }
    h.heading_year = heading_year(text);
    h.scraper_year = SCRAPER_YEAR.captures(head).and_then(|c| c[1].parse().ok());
    h
}

/// The plan year a scraper's date field gives: the year published, or the next one for
/// a page published from October on (as for a delivery date). Read in the text as
/// decoded: cleaning drops these lines as page chrome.
pub(super) fn published_plan_year(head: &str) -> Option<i32> {
    let c = SCRAPER_DATE.captures(head)?;
    let (year, month): (i32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (1..=12).contains(&month).then_some(if month >= 10 { year + 1 } else { year })
}

/// The date a delivery line gives after its congress, on the next line, in brackets:
/// 在某市第六届人民代表大会第三次会议上（2018年1月20日）. Only a date that follows within
/// a few chars is the delivery date; a date further on is something else.
fn date_after_congress(after: &str) -> Option<Date> {
    // …会议上的报告（2023年1月8日）: the words that close the line are not between
    let after = after.trim_start_matches(['上', '的']);
    let after =
        ["政府工作报告", "工作报告", "报告", "讲话"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let near: String = after.chars().take(6).collect();
    if !near.contains('年') && !near.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let c = DATE.captures(after).filter(|c| c.get(0).is_some_and(|m| after[..m.start()].chars().count() <= 3))?;
    date(&c[1], &c[2], c.get(3).map(|m| m.as_str()))
}

/// Whether `after` a date opens with a time of day (14时39分, 14:39): the date is a
/// page's time of posting, not a delivery date.
fn at_a_time_of_day(after: &str) -> bool {
    let after = after.trim_start();
    let hours = after.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &after[hours..];
    let minutes = ["时", ":", "："].iter().find_map(|m| rest.strip_prefix(m));
    (1..=2).contains(&hours) && minutes.is_some_and(|m| m.bytes().take_while(u8::is_ascii_digit).count() == 2)
}

/// The delivery date a line of the title block gives alone: in brackets (阿里地区行政公署
/// 工作报告 / （2021年1月20日）), or bare when the block has a congress line (——在某旗…
/// 会议上 / 某旗旗长 张三 / 2022年1月5日, the date under the speaker).
fn date_line(block: &str, congress: bool) -> Option<Date> {
    block.lines().find_map(|l| {
        let l = l.trim().trim_start_matches(['—', '-']);
        // a date in brackets after the speaker's name (南宁市市长孙大光(2021年10月25日))
        let l = match l.rfind(['（', '(']) {
            Some(at) if at > 0 && SPEAKER.is_match(l) => &l[at..],
            _ => l,
        };
        let c = DATE_LINE.captures(l)?;
        let bracketed = c.name("open").is_some() && c.name("close").is_some();
        (bracketed || (congress && c.name("open").is_none() && c.name("close").is_none()))
            .then(|| date(&c[2], &c[3], c.get(4).map(|m| m.as_str())))
            .flatten()
    })
}

/// The region named between a date and a congress: what follows the last 在 (a speaker
/// may stand before it: 某省省长张三在某省), trimmed of dashes and spaces. A 于 that
/// stands for 在 is left in: it may begin the name (于都县), and the gazetteer's search
/// of the span finds the division either way.
fn region_before_congress(between: &str) -> Option<String> {
    let after = between.rfind('在').map_or(between, |at| &between[at + '在'.len_utf8()..]);
    let r = after.trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '-' | '－' | '–'));
    (!r.is_empty()).then(|| r.to_string())
}

/// A date from its parts as written (Arabic or Chinese numerals), if it is one.
fn date(year: &str, month: &str, day: Option<&str>) -> Option<Date> {
    let (year, month) = (year_number(year)?, small_number(month)?);
    let day = match day {
        Some(d) => Some(small_number(d)?),
        None => None,
    };
    let valid = (1949..=2100).contains(&year) && (1..=12).contains(&month) && day.is_none_or(|d| (1..=31).contains(&d));
    valid.then_some(Date { year, month, day })
}

/// A four-digit year, Arabic or digit by digit in Chinese numerals (二〇二六, 二O一一).
pub(super) fn year_number(s: &str) -> Option<i32> {
    if let Ok(y) = s.parse() {
        return Some(y);
    }
    s.chars().try_fold(0, |acc, c| {
        let d = match c {
            '〇' | '零' | '○' | 'O' | 'o' | '0' => 0,
            _ => crate::extract::number::cn_digit(c)? as i32,
        };
        Some(acc * 10 + d)
    })
}

/// A month or day: Arabic, or Chinese up to 三十一 (十二, 二十七).
fn small_number(s: &str) -> Option<u32> {
    s.parse().ok().or_else(|| crate::extract::number::parse_cn(s).map(|v| v as u32))
}

/// “西青区区长 白凤祥”: the title as written, one space, the name.
fn speaker_line(c: &regex::Captures) -> String {
    let name = &c[4];
    // from the title to the name (a date before it, or the congress after it, is not part)
    let from = c.get(1).map_or(0, |m| m.start()) - c.get(0).map_or(0, |m| m.start());
    let to = c.get(4).map_or(0, |m| m.end()) - c.get(0).map_or(0, |m| m.start());
    let whole =
        c[0][from..to].trim_start_matches("会议上").trim_start_matches("讲话").trim_start_matches(['—', '-']).trim();
    let title: String = whole[..whole.len() - name.len()].chars().filter(|c| !c.is_whitespace()).collect();
    format!("{title} {name}")
}

/// The year (and region) a short title line names: 2026年某省政府工作报告.
fn title_year(head: &str) -> Option<(i32, Option<String>)> {
    head.lines().take(40).find_map(|l| {
        let mut squeezed: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        if squeezed.chars().count() > 60 {
            // a copy run into one line opens with its title, then a space ((福建省)2019年
            // 松溪县人民政府工作报告(全文) 政 府 工 作 报 告 …)
            squeezed = l.split_whitespace().next().filter(|t| t.chars().count() <= 60)?.to_string();
        }
        let c = TITLE_YEAR.captures(without_notes(&squeezed))?;
        // a government's report: the body is named after the year (某市政府工作报告) or
        // before it (某新区管委会2021年工作报告), not some other 工作报告 (人大常委会)
        let before = strip_body(&c[1]);
        // (or a zone's report named by the zone alone: 光明新区2017年工作报告)
        let zone = super::region::names_a_zone(before);
        if c.get(4).is_none() && before.len() == c[1].len() && !zone {
            return None;
        }
        // what stands before the year is a region's name (某县, 某市某區), not a sentence
        if !before.is_empty() && !names_a_region(before) {
            return None;
        }
        let year = year_number(&c[2]).filter(|y| (1949..=2100).contains(y))?;
        // the region after the year (2026年某省) or, failing that, before it (某县2017年)
        let region = [&c[3], before].into_iter().find(|r| !r.is_empty()).map(str::to_string);
        Some((year, region))
    })
}

/// The region an undated title line names (某州人民政府工作报告, 某盟行政公署工作报告).
fn undated_title_region(block: &str) -> Option<String> {
    block.lines().take(40).find_map(|l| {
        let squeezed: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        let line = without_notes(squeezed.trim_start_matches("标题：").trim_start_matches("标题:"));
        let region = TITLE_REGION.captures(line)?.get(1)?.as_str();
        names_a_region(region).then(|| region.to_string())
    })
}

/// A title line without a reprint site's notes around it: the province in brackets before
/// it, 全文 or 摘要 or a date after it ((湖南省)2020年新晃侗族自治县政府工作报告(全文),
/// 2023年某省政府工作报告(20230114)).
pub(super) fn without_notes(line: &str) -> &str {
    const OPEN: [char; 4] = ['(', '（', '【', '['];
    const CLOSE: [char; 4] = [')', '）', '】', ']'];
    let mut line = line;
    if let Some(rest) = line.strip_prefix(OPEN) {
        if let Some(at) = rest.find(CLOSE).filter(|&at| (1..=12).contains(&rest[..at].chars().count())) {
            let note = &rest[..at];
            if names_a_region(note) || note.ends_with("全文") {
                line = &rest[at..][rest[at..].chars().next().map_or(0, char::len_utf8)..];
            }
        }
    }
    // a date in brackets after it, as a document site writes it ((20230114), (2023-01-14))
    for (open, close) in OPEN.iter().zip(CLOSE) {
        if let Some(at) = line.strip_suffix(close).and_then(|l| l.rfind(*open)) {
            let note = &line[at + open.len_utf8()..line.len() - close.len_utf8()];
            if note.len() >= 6 && note.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '/')) {
                return &line[..at];
            }
        }
    }
    for note in ["全文", "摘要", "节选", "摘登"] {
        for (open, close) in OPEN.iter().zip(CLOSE) {
            if let Some(cut) =
                line.strip_suffix(close).and_then(|l| l.strip_suffix(note)).and_then(|l| l.strip_suffix(*open))
            {
                return cut;
            }
        }
    }
    line
}

/// Whether a title's words end as a division's or a town's name does (某县, 某市某區, 某地区,
/// 卢村乡), not a
/// sentence's or another body's (关于, 人大常委会).
fn names_a_region(words: &str) -> bool {
    words.chars().last().is_some_and(|l| "省市县区旗州盟縣區镇乡鎮鄉".contains(l)) || words.ends_with("街道")
}

/// A title's words before the year without the body they end in (某新区管委会 -> 某新区).
pub(super) fn strip_body(words: &str) -> &str {
    BODIES.split('|').find_map(|b| words.strip_suffix(b)).unwrap_or(words)
}

/// The plan year its headings give: the year after the one a review heading names, else
/// the year a numbered plan heading names. Headings are short lines or start with a
/// numbering marker.
fn heading_year(text: &str) -> Option<i32> {
    let headings = || {
        text.lines().filter(|l| {
            let l = l.trim_start();
            l.starts_with(|c: char| "一二三四五六七八九十（".contains(c)) || l.chars().nth(40).is_none()
        })
    };
    let year = |group: usize| move |c: regex::Captures| c[group].parse::<i32>().ok();
    headings()
        .find_map(|l| REVIEW_HEADING.captures(l.trim_start()).and_then(year(2)).map(|y| y + 1))
        .or_else(|| headings().find_map(|l| PLAN_HEADING.captures(l.trim_start()).and_then(year(1))))
        .or_else(|| year_framed_under_a_review(text).map(|y| y + 1))
}

/// The year a review's first paragraph opens with, under a numbered heading of the review
/// that names no year (一、…，过去一年政府工作成效显著 / 2019年，是我县…的一年): the year reviewed.
/// (Not a span of years: 2017年以来.)
/// Not where the sentence looks ahead (2019年，我们将…; …做好今年工作) nor where a date line of
/// that year stands above it (2019年1月10日 under the speaker: delivered in the year it names).
fn year_framed_under_a_review(text: &str) -> Option<i32> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut dates = Vec::new();
    lines.find(|l| {
        if let Some(c) = DATE_LINE.captures(l) {
            dates.push(c[2].to_string());
        }
        l.starts_with(|c: char| "一二三四五六七八九十".contains(c))
            && l.chars().nth(40).is_none()
            && (l.contains("过去一年") || l.contains("一年来") || (l.contains("回顾") && !l.contains("五年")))
    })?;
    let first = lines.next()?;
    let digits = first.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let after = first[4..].strip_prefix('年')?;
    let sentence = after.split('。').next().unwrap_or(after);
    let ahead = ["将", "要", "今年", "明年"].iter().any(|w| sentence.contains(w));
    let dated = dates.iter().any(|d| d == digits);
    let framed = after.starts_with(['，', ',', '是', '、']) && !ahead && !dated;
    framed.then(|| digits.parse().ok()).flatten().filter(|y| (1950..2100).contains(y))
}

/// The title line of the title block (“政府工作报告”, spaced out or not), else
/// 政府工作报告 if the head names it.
fn title(block: &str, head: &str) -> String {
    let lines: Vec<&str> = block.lines().take(40).collect();
    // spaces out (政 府 工 作 报 告), and a scraper's field name (标题：) off
    let squeeze = |l: &str| {
        let s: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        s.strip_prefix("标题：").or_else(|| s.strip_prefix("标题:")).map(String::from).unwrap_or(s)
    };
    if let Some(l) = lines.iter().map(|l| squeeze(l)).find(|l| l.starts_with("政府工作报告")) {
        return "政府工作报告".to_string() + l.trim_start_matches("政府工作报告").split("——").next().unwrap_or("");
    }
    // (a league's or prefecture's office and a zone's committee report too: 某盟行政公署工作报告)
    let titles: Vec<String> =
        std::iter::once("政府").chain(BODIES.split('|')).map(|body| format!("{body}工作报告")).collect();
    for l in &lines {
        let squeezed = squeeze(l);
        if squeezed.chars().count() > 30 {
            continue;
        }
        if let Some(end) = titles.iter().find_map(|t| squeezed.find(t.as_str()).map(|i| i + t.len())) {
            return squeezed[..end].trim_start_matches('《').to_string();
        }
    }
    // “…作《政府工作报告》”: the title is named even where no line holds it alone
    if head.contains("政府工作报告") {
        "政府工作报告".to_string()
    } else {
        String::new()
    }
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (
        &*DELIVERY,
        &*DATE,
        &*DATE_LINE,
        &*CONGRESS_ONLY,
        &*SPEAKER,
        &*SPEAKER_BEFORE_CONGRESS,
        &*ON_BEHALF,
        &*TITLE_YEAR,
        &*TITLE_REGION,
        &*REVIEW_HEADING,
        &*PLAN_HEADING,
        &*COMMITTEE,
        &*GREETING,
        &*SCRAPER_YEAR,
        &*SCRAPER_DATE,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of a regex's first match, as byte ranges.
    fn groups(c: Option<regex::Captures>) -> Option<Vec<Option<std::ops::Range<usize>>>> {
        c.map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
    }

    #[test]
    fn gapped_regexes_match_as_their_bounded_patterns_do() {
        // gaps one char short of their bounds, at them and past them, alone and with a
        // later match whose gaps fit
        let mut lines = Vec::new();
        for n in [0, 1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 23, 24, 25, 39, 40, 41, 45] {
            let f = "某".repeat(n);
            let g = "区".repeat(n / 2);
            lines.extend([
                format!("——2021年1月12日在{f}第十七届人民代表大会第八次会议上"),
                format!("——2021年1月12日在天津市第十七届人民代表大会{f}会议上"),
                format!("2020年1月{f}第一届人大第{g}次会议\n2021年2月3日在某市{g}第二届全国人大第{f}次会议"),
                format!("二〇二一年十二月{f}{g}第十届人民代表大會第{g}次會議"),
                format!("在{f}第十七届人民代表大会第{g}次会议，在{g}第二届人大{f}会议"),
                format!("我代表{f}人民政府，我代表{g}政府"),
                format!("{f}2026年{g}政府工作报告"),
                format!("标题：《{g}县二O一一年度{f}人民政府工作報告"),
                format!("一、{f}2020年{g}工作回顾"),
                format!("（三）{g}2019年{f}回顾"),
                format!("二、2021年{f}工作安排"),
                format!("十、 2021年{g}的工作"),
            ]);
        }
        for re in [&*DELIVERY, &*CONGRESS_ONLY, &*ON_BEHALF, &*TITLE_YEAR, &*REVIEW_HEADING, &*PLAN_HEADING] {
            for l in &lines {
                assert_eq!(groups(re.captures(l)), groups(re.exact().captures(l)), "{l}");
            }
        }
    }

    proptest::proptest! {
        // texts of the chars the patterns name, and others, in any order
        #[test]
        fn gapped_regexes_match_random_texts_as_their_bounded_patterns_do(
            l in "[2021年1月3日在某区第十七届全国人民代表大会會议議次上。；！？，：\n 我政府标题《“度工作报告、回顾安排一二（）]{0,90}"
        ) {
            for re in [&*DELIVERY, &*CONGRESS_ONLY, &*ON_BEHALF, &*TITLE_YEAR, &*REVIEW_HEADING, &*PLAN_HEADING] {
                proptest::prop_assert_eq!(groups(re.captures(&l)), groups(re.exact().captures(&l)));
            }
        }
    }

    #[test]
    fn delivery_line_with_arabic_date_gives_date_and_region() {
        let h = read("政府工作报告\n——2021年1月12日在天津市西青区第十七届\n人民代表大会第八次会议上\n西青区区长 白凤祥\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2021, month: 1, day: Some(12) }));
        assert_eq!(h.congress_region.as_deref(), Some("天津市西青区"));
        assert_eq!(h.speaker, "西青区区长 白凤祥");
        assert_eq!(h.speaker_region.as_deref(), Some("西青区"));
    }

    #[test]
    fn a_pages_time_of_posting_is_no_delivery_date() {
        let h = read("四川省人民政府工作报告\n• 2010年02月04日 14时39分\n• 来源: 四川人大网\n在四川省第十一届人民代表大会第三次会议上\n四川省人民政府省长 蒋巨峰\n2010年1月26日\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2010, month: 1, day: Some(26) }));
        assert_eq!(h.congress_region.as_deref(), Some("四川省"));
        // a date above the congress line is no delivery date after a posting time
        let h = read("某市人民政府公报\n2023年2月15日\n政府工作报告\n2023年01月10日 14:39 在某某市第十六届人民代表大会第二次会议上\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2023, month: 1, day: Some(10) }));
        // with no other date, the day of posting is the nearest there is
        let h = read("政府工作报告\n2010年2月4日 14:39 在某某市第十一届人民代表大会第三次会议上\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2010, month: 2, day: Some(4) }));
    }

    #[test]
    fn the_date_nearest_the_congress_is_the_delivery_date() {
        let h = read("2021年1月15日\n（此件主动公开）\n政府工作报告\n——2021年1月12日在天津市西青区第十七届\n人民代表大会第八次会议上\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2021, month: 1, day: Some(12) }));
        assert_eq!(h.congress_region.as_deref(), Some("天津市西青区"));
    }

    #[test]
    fn a_greeting_run_on_after_the_speaker_ends_the_header() {
        let h = read("政府工作报告\n——2014年3月5日在第十二届全国人民代表大会第二次会议上\n国务院总理 李克强各位代表：\n现在，我代表国务院，向大会作政府工作报告。");
        assert_eq!(h.speaker, "国务院总理 李克强");
        assert!(h.national_congress);
    }

    #[test]
    fn a_speaker_before_the_congress_does_not_become_the_region() {
        let h = read("——2025年1月14日某省省长 张三在某省第七届人民代表大会第四次会议上的讲话\n");
        assert_eq!(h.congress_region.as_deref(), Some("某省"));
        let h = read("----2025年1月15日李四市长在某市第十六届人民代表大会第三次会议的政府工作报告\n");
        assert_eq!(h.congress_region.as_deref(), Some("某市"));
        assert_eq!(h.delivered.map(|d| (d.year, d.month, d.day)), Some((2025, 1, Some(15))));
    }

    #[test]
    fn chinese_numeral_dates_with_letter_or_digit_zeros() {
        let h = read("——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上\n");
        assert_eq!(h.delivered, Some(Date { year: 2026, month: 1, day: Some(27) }));
        assert_eq!(h.congress_region.as_deref(), Some("某省"));
        assert_eq!(year_number("二O一一"), Some(2011));
        assert_eq!(year_number("二00三"), Some(2003));
        assert_eq!(year_number("一九九八"), Some(1998));
    }

    #[test]
    fn a_date_and_congress_in_the_body_are_history_not_the_header() {
        let h = read("各位代表：\n从一九七五年一月四届人大以来，形势很好。\n1983年6月第六届全国人大一次会议以来，我们做了很多工作。");
        assert_eq!((h.delivered, h.congress_region, h.national_congress), (None, None, false));
        assert_eq!(h.title, "");
    }

    #[test]
    fn a_delivery_line_in_traditional_characters() {
        let h = read("政府工作报告\n1957年6月26日在第一届全国人民代表大会第四次会議上\n周恩来\n");
        assert_eq!(h.delivered, Some(Date { year: 1957, month: 6, day: Some(26) }));
        assert!(h.national_congress);
        let h = read("——1955年7月5日在第一屆全國人民代表大會第二次會議上\n");
        assert_eq!((h.delivered.map(|d| d.year), h.national_congress), (Some(1955), true));
    }

    #[test]
    fn national_congress_is_flagged() {
        let h = read("——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理 李克强");
        assert!(h.national_congress);
        assert_eq!(h.congress_region, None);
    }

    #[test]
    fn title_line_names_year_and_region() {
        let h = read("2026年某省政府工作报告\n各位代表：\n");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2026), Some("某省")));
        let h = read("标题：二O一一年政府工作报告\n年份：2014\n=====\n各位代表：\n");
        assert_eq!((h.title_year, h.title_region), (Some(2011), None));
        assert_eq!(h.scraper_year, Some(2014));
        assert_eq!(h.title, "二O一一年政府工作报告", "the scraper's field name is no part of the title");
    }

    #[test]
    fn a_title_line_may_name_the_region_before_the_year_and_be_traditional() {
        let h = read("某县2017年政府工作报告\n各位代表：\n");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2017), Some("某县")));
        let h = read("某市某區2010年政府工作報告\n各位代表：\n");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2010), Some("某市某區")));
        let h = read("2015年政府工作報告\n各位代表：\n");
        assert_eq!((h.title_year, h.title_region), (Some(2015), None));
        // a sentence that names a year and the report is no title
        let h = read("各位代表：\n我们认真落实了2016年政府工作报告提出的各项任务。\n");
        assert_eq!(h.title_year, None);
    }

    #[test]
    fn a_title_that_opens_a_copy_run_into_one_line() {
        let line = "（福建省）2019年松溪县人民政府工作报告（全文） 政 府 工 作 报 告 松溪县人民政府县长苏建旗 各位代表：现在，我代表松溪县人民政府，向大会报告政府工作，请予审议。";
        let h = read(line);
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2019), Some("松溪县")));
        // a long line that opens with a sentence names no title
        let h = read("2019年，全县地区生产总值增长8%，一般公共预算收入完成5亿元，县政府工作报告提出的各项目标任务全面完成，人民生活持续改善，社会事业全面进步。");
        assert_eq!(h.title_year, None);
    }

    #[test]
    fn reports_of_a_leagues_or_prefectures_office_and_of_a_zones_committee() {
        // the office reports to the working committee of the region's congress
        let h = read(
            "某盟行政公署工作报告\n——2023年1月12日在某盟人大工委二届二次全体（扩大）会议上\n某盟盟长 张三\n各位代表：",
        );
        assert_eq!(h.delivered, Some(Date { year: 2023, month: 1, day: Some(12) }));
        assert_eq!((h.congress_region.as_deref(), h.title_region.as_deref()), (Some("某盟"), Some("某盟")));
        let h = read("2020年某地区行政公署工作报告\n某地区行署专员 张三\n各位代表：");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2020), Some("某地区")));
        assert_eq!((h.speaker.as_str(), h.speaker_region.as_deref()), ("某地区行署专员 张三", Some("某地区行署")));
        let h = read("2023年某某工业园区管委会工作报告\n各位代表：");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2023), Some("某某工业园区")));
        assert_eq!(h.title, "2023年某某工业园区管委会工作报告");
        assert_eq!(read("某盟行政公署工作报告\n各位代表：").title, "某盟行政公署工作报告");
        let h = read("某某新区管委会2022年工作报告\n各位代表：");
        assert_eq!((h.title_year, h.title_region.as_deref()), (Some(2022), Some("某某新区")));
        // the zone whose committee reports, however its title, speaker or opening names it
        let committee = |text: &str| read(text).committee;
        assert_eq!(committee("2023年某某工业园区管委会工作报告\n各位代表：").as_deref(), Some("某某工业园区"));
        assert_eq!(committee("某某新区2024年管理委员会工作报告\n各位代表：").as_deref(), Some("某某新区"));
        let h = read("——2024年1月26日在某区第七届人民代表大会第四次会议上\n某某新区管委会主任 张三\n各位代表：");
        assert_eq!((h.committee.as_deref(), h.speaker.as_str()), (Some("某某新区"), "某某新区管委会主任 张三"));
        let text = "某某新区管委会工作报告——2015年1月27日在某区第五届人民代表大会第五次会议上\n各位代表：";
        assert_eq!(committee(text).as_deref(), Some("某某新区"));
        let text = "各位代表：\n现在，我代表某某新区管理委员会，向大会报告工作。";
        assert_eq!(committee(text).as_deref(), Some("某某新区"));
        // a government and a committee together: the government's report
        let text = "各位代表：\n现在，我代表区人民政府和某某新区管委会，向大会报告政府工作。";
        assert_eq!(committee(text), None);
        // a notice sent to a zone's committee among others names no report's body
        let text = "某某开发区管委会，各镇人民政府，区政府各委、办、局：\n政府工作报告\n各位代表：";
        assert_eq!(committee(text), None);
        // another body's report is none of these
        let h = read("2023年某县人大常委会工作报告\n各位代表：");
        assert_eq!((h.title_year, h.title_region), (None, None));
    }

    #[test]
    fn an_undated_title_line_names_the_region() {
        let h = read("某州人民政府工作报告\n——2020年1月8日在州八届人大四次会议上\n各位代表：");
        assert_eq!((h.title_region.as_deref(), h.congress_region.as_deref()), (Some("某州"), Some("州")));
        assert_eq!(read("某盟行政公署工作报告\n各位代表：").title_region.as_deref(), Some("某盟"));
        assert_eq!(read("标题：某县人民政府工作报告\n各位代表：").title_region.as_deref(), Some("某县"));
        // a title that names no region, or a sentence, is none
        assert_eq!(read("政府工作报告\n各位代表：").title_region, None);
        assert_eq!(read("关于政府工作报告\n各位代表：").title_region, None);
    }

    #[test]
    fn a_date_in_brackets_after_the_congress_is_the_delivery_date() {
        let h =
            read("政府工作报告\n——在某市第六届人民代表大会第三次会议上\n（2018年1月20日）\n某市市长 张三\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2018, month: 1, day: Some(20) }));
        assert_eq!(h.congress_region.as_deref(), Some("某市"));
        let h = read("在某县第十届人民代表大会第二次会议上\n二〇一六年十二月二十八日\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2016, month: 12, day: Some(28) }));
        // a date further on is not the delivery date
        let h = read("在某县第十届人民代表大会第二次会议上\n某县县长 李四\n（2016年12月28日印发）\n各位代表：");
        assert_eq!(h.delivered, None);
    }

    #[test]
    fn a_date_alone_on_a_line_of_the_title_block_is_the_delivery_date() {
        // under the speaker line, bare or in brackets
        let h = read("政府工作报告\n——在某旗第十六届人民代表大会第一次会议上\n某旗人民政府代旗长 张三\n（2022年1月5日）\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2022, month: 1, day: Some(5) }));
        let h =
            read("某县人民政府工作报告\n——在县第十八届人民代表大会第一次会议上\n县长 张三\n2021年9月28日\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2021, month: 9, day: Some(28) }));
        // after the title, with no congress line: only in brackets
        let h = read("某地区行政公署工作报告\n（2021年1月20日）\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2021, month: 1, day: Some(20) }));
        let h = read("某地区行政公署工作报告\n2021年1月20日\n各位代表：");
        assert_eq!(h.delivered, None);
        // a date with more on its line is none
        let h = read("某地区行政公署工作报告\n（2021年1月20日印发）\n各位代表：");
        assert_eq!(h.delivered, None);
    }

    #[test]
    fn a_date_after_the_words_that_close_the_congress_line() {
        let h = read(
            "政府工作报告\n某县县长 张三在某县第十八届人民代表大会第三次会议上的报告\n（2023年1月8日）\n各位代表：",
        );
        assert_eq!(h.delivered, Some(Date { year: 2023, month: 1, day: Some(8) }));
        assert_eq!(h.congress_region.as_deref(), Some("某县"));
        let h = read("——在某县第十八届人民代表大会第二次会议上的政府工作报告（2022年1月7日）\n各位代表：");
        assert_eq!(h.delivered, Some(Date { year: 2022, month: 1, day: Some(7) }));
    }

    #[test]
    fn a_speaker_before_the_congress_on_its_line() {
        let h = read(
            "政府工作报告\n某县县长 张三在某县第十八届人民代表大会第三次会议上的报告\n（2023年1月8日）\n各位代表：",
        );
        assert_eq!((h.speaker.as_str(), h.speaker_region.as_deref()), ("某县县长 张三", Some("某县")));
        let h = read("——2025年1月14日某省代省长 王小明在某省第十四届人民代表大会第三次会议上\n各位代表：");
        assert_eq!((h.speaker.as_str(), h.speaker_region.as_deref()), ("某省代省长 王小明", Some("某省")));
        // a speaker line of its own is read as before; a 在 not before a congress is no speaker
        let h = read("——在某市第十五届人民代表大会第二次会议上\n某市市长 李四\n各位代表：");
        assert_eq!(h.speaker, "某市市长 李四");
        assert_eq!(read("某市市长 李四在某地调研时说，\n各位代表：").speaker, "");
    }

    #[test]
    fn a_scrapers_date_field_gives_a_year() {
        let p = |s| published_plan_year(head(s));
        assert_eq!(p("标题：政府工作报告\n发布时间：2019-01-15 10:20\n来源：某县人民政府\n各位代表：\n"), Some(2019));
        assert_eq!(p("发布日期：2016年12月30日\n各位代表：\n"), Some(2017));
        // a field in a page's line of fields
        assert_eq!(p("来源：某县人民政府办公室  发布时间：2023-01-18 09:30  浏览次数：12\n"), Some(2023));
        // the fields of a page of the government's information disclosure (信息公开)
        assert_eq!(p("索引号：115103/2024-00012\n生成日期：2024-01-25\n各位代表：\n"), Some(2024));
        assert_eq!(p("成文日期：2023-01-20\n各位代表：\n"), Some(2023));
        // a date in the body is no field
        assert_eq!(p("各位代表：\n2019-01-15发布时间：无。\n"), None);
    }

    #[test]
    fn headings_give_the_plan_year() {
        assert_eq!(read("各位代表：\n一、2020年工作回顾\n内容。").heading_year, Some(2021));
        assert_eq!(read("各位代表：\n“十四五”时期和2025年工作回顾\n内容。").heading_year, Some(2026));
        assert_eq!(read("各位代表：\n一、2010年及“十一五”工作回顾过去的一年，我们很忙。").heading_year, Some(2011));
        assert_eq!(read("各位代表：\n二、2021年工作安排\n内容。").heading_year, Some(2021));
        // a review's heading without a year: the year its first paragraph opens with
        let text =
            "各位代表：\n一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n2019年,是我县经济社会发展极具挑战的一年。";
        assert_eq!(read(text).heading_year, Some(2020));
        assert_eq!(read("各位代表：\n一、过去一年工作回顾\n2017年以来，我们很忙。").heading_year, None);
        assert_eq!(read("各位代表：\n一、过去五年工作回顾\n2017年，我们很忙。").heading_year, None);
        // nor a sentence that looks ahead, nor under a date line of that year
        assert_eq!(read("各位代表：\n一、过去一年工作回顾\n2019年，我们将坚持稳中求进。").heading_year, None);
        let text = "某县县长 张三\n2019年1月10日\n各位代表：\n一、过去一年工作回顾\n2019年，是极具挑战的一年。";
        assert_eq!(read(text).heading_year, None);
        // a sentence is no heading
        assert_eq!(
            read("各位代表：\n我们认真回顾了2020年的工作，总结了经验，也看到了很多不足之处和问题所在。").heading_year,
            None
        );
    }

    #[test]
    fn on_behalf_names_the_government() {
        assert_eq!(read("现在，我代表国务院向大会作政府工作报告").on_behalf.as_deref(), Some("国务院"));
        assert_eq!(read("现在，我代表市人民政府向大会报告工作").on_behalf.as_deref(), Some("市"));
        assert_eq!(read("现在，我代表北京市人民政府，向大会报告").on_behalf.as_deref(), Some("北京市"));
    }
}
