//! Clean text + path -> report metadata: region (a division of China or a configured
//! alias), its parent and level, delivery date, plan year, title, speaker.
//!
//! Sources, most trusted first. Year: the delivery date (“——2021年1月12日在…人民代表
//! 大会”; a report delivered from October on plans the next year), a title line that
//! names the year (2026年某省政府工作报告, 二O一一年政府工作报告), the headings
//! (一、2020年工作回顾 plans 2021), the path, a scraper's 年份 field. Region: the
//! delivery line, the speaker line, the title line, “我代表…人民政府”, the path; a
//! name counts only if it is a division of the gazetteer ([`gazetteer`]) or an alias
//! in `[regions.aliases]`, so 市人民 (from 我代表市人民政府) is never a region. Where
//! header and path disagree the header wins and a warning names both.
//!
//! [`header`] reads the opening, [`path`] the path, [`region`] resolves names.

mod document;
mod gapped;
pub mod gazetteer;
mod header;
mod path;
mod region;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::error::InputError;
use crate::model::Meta;
use gazetteer::{Gazetteer, Level};
use header::Header;
use region::{Candidate, Region, Resolver, Source};

/// Metadata of one report. `report_id` is the path below INPUT_DIR without extension;
/// `aliases` are the config's `[regions.aliases]`.
pub fn read_meta(
    text: &str,
    decoded: &str,
    report_id: &str,
    aliases: &BTreeMap<String, String>,
) -> Result<Meta, InputError> {
    let mut h = header::read(text);
    let mut warnings = Vec::new();
    let (other_report, abridged) = other_report(text, &mut h, &mut warnings)?;
    let p = path::read(report_id);
    let (year, year_source) = plan_year(&h, &p, &mut warnings)
        // a scraper's publication date, the last resort (发布时间：2019-01-15)
        .or_else(|| header::published_plan_year(header::head(decoded)).map(|y| (y, "header")))
        .ok_or(InputError::NoYear)?;
    let resolver =
        Resolver { gazetteer: Gazetteer::builtin(), aliases, year, context: header::head(text), folders: &p.names };
    // a zone's committee that reports to the congress of a division it lies in (大鹏新区管委会
    // at 龙岗区's): the zone's report, not the host's
    // (a zone named by its kind alone and no division names none: 新区管委会工作报告)
    let zone = h.committee.as_deref().filter(|z| !region::GENERIC_ZONES.contains(z));
    let from_text = match zone {
        Some(zone) => Some(resolver.committee(&fold_name(zone), Source::Speaker, &mut warnings)),
        None => resolver.first(&candidates_in_text(&h)),
    };
    let from_path = resolver.first_in_path(&candidates_in_path(&p)).or_else(|| {
        // (沈阳_2010_工作安排: the one piece of the file name that is a division, when
        // neither the header nor a name or folder gives one)
        let pieces: Vec<String> = p.pieces.iter().map(|n| fold_name(n)).collect();
        from_text.is_none().then(|| resolver.the_one_piece(&pieces)).flatten()
    });
    // a town or a zone the header names (在沙沟镇第十六届人民代表大会, 在天津市西青区杨柳青镇…, 光明新区
    // 2016年工作报告): its own report, whatever folder the file is in (沂水县/2021.txt)
    let from_text = from_text.or_else(|| below_the_county(&resolver, &h, from_path.as_ref(), &mut warnings));
    // the site a saved page came from names it when nothing else does (政府工作报告_长兴县人民政府)
    let from_text = match (&from_text, &from_path) {
        (None, None) => {
            site_name(text).and_then(|s| resolver.first(&[Candidate { source: Source::Title, text: s, span: true }]))
        }
        _ => from_text,
    };
    let region = match (from_text, from_path) {
        (Some(t), Some(p)) => {
            if t.name != p.name {
                warnings.push(format!(
                    "the {} names the region {} and the path {}; {} is used",
                    t.source.as_str(),
                    t.name,
                    p.name,
                    t.name
                ));
            }
            Some(t)
        }
        (t, p) => t.or(p),
    };
    let (region, parent_region, level, region_raw, region_source) = match region {
        Some(r) => (r.name, r.parent, r.level.map(|l| l.as_str().to_string()), r.raw, r.source.as_str()),
        None => unresolved(&resolver, &h, &p, &mut warnings),
    };
    Ok(Meta {
        report_id: report_id.to_string(),
        region,
        parent_region,
        level,
        year,
        review_year: review_year(&h, year, year_source, text),
        delivered: h.delivered.map(|d| match d.day {
            Some(day) => format!("{:04}-{:02}-{day:02}", d.year, d.month),
            None => format!("{:04}-{:02}", d.year, d.month),
        }),
        title: h.title,
        speaker: h.speaker,
        region_raw,
        meta_source: format!("region:{region_source};year:{year_source}"),
        warnings,
        abridged,
        other_report,
    })
}

/// The government's other report a text is (a plan report (关于…的报告)), with a warning
/// and its title as the title, or whether a work report is an abridgement; an error for
/// another body's document or one delivered to a standing committee's meeting. Scrapers
/// collect a session's documents beside its work reports.
fn other_report(text: &str, h: &mut Header, warnings: &mut Vec<String>) -> Result<(Option<String>, bool), InputError> {
    let other = match document::read(header::head(text)) {
        document::Document::Work { abridged } => return Ok((None, abridged)),
        document::Document::Other(other) => other,
    };
    if other.whose == document::Whose::AnotherBody {
        return Err(InputError::AnotherDocument(other.what));
    }
    warnings.push(format!(
        "{}, not a government work report: read as the year's report where the batch has no work report of its region and year",
        other.what
    ));
    if let Some(title) = other.title {
        h.title = title;
    }
    Ok((Some(other.what), false))
}

/// The plan year and where it was read, with a warning where the path disagrees.
fn plan_year(h: &Header, p: &path::PathFacts, warnings: &mut Vec<String>) -> Option<(i32, &'static str)> {
    let from_date = h.delivered.map(|d| if d.month >= 10 { d.year + 1 } else { d.year });
    let (year, source) = [(from_date, "header"), (h.title_year, "title"), (h.heading_year, "header"), (p.year, "path")]
        .into_iter()
        .chain([(h.scraper_year, "header")])
        .find_map(|(y, s)| y.map(|y| (y, s)))?;
    // 2019年梨树县政府工作报告 over 二、2020年工作安排: a web page's title that names the year
    // reviewed (as aggregators title reports), which the headings say is the year before
    let (year, source) = match h.heading_year {
        Some(planned) if source == "title" && planned == year + 1 => {
            warnings
                .push(format!("the title gives the year {year} and the headings or the review's first words plan {planned}; {planned} is used"));
            (planned, "header")
        }
        _ => (year, source),
    };
    // a path year may name the delivery year of a report that plans the next
    let delivered_year = h.delivered.map(|d| d.year);
    if let Some(py) = p.year.filter(|&py| source != "path" && py != year && Some(py) != delivered_year) {
        warnings.push(format!("the {source} gives the year {year} and the path {py}; {year} is used"));
    }
    Some((year, source))
}

/// The year a report reviews: the year before its plan year; for a report delivered from
/// August on, the year of delivery. The State Council's reports of 1954 (September),
/// 1964 (December), 1980 (September) and 1981 (November) give that year's results as
/// estimates (预计) and plan the next; those delivered to June review the year before.
/// A report with no date whose year comes from its path reviews that year when its text
/// plans the next and not that one and gives that year's results as estimates
/// (1965年计划草案…; 1964年全国工业总产值，预计比1963年增长…: a copy of a December report).
///
/// Headings that review the year before the delivery and plan the delivery's year (一、2019年
/// 工作回顾 / 二、2020年工作安排 in a report given on 2020-08-12, a session put off by the
/// epidemic) outrank the month.
fn review_year(h: &Header, year: i32, year_source: &str, text: &str) -> i32 {
    match h.delivered {
        Some(d) if d.month >= LATE_MONTH && !reviews_the_year_before(text, d.year) => d.year,
        None if year_source == "path" && plans_next_year(text, year) => year,
        _ => year - 1,
    }
}

/// Whether a heading of `text` reviews the year before `year` (一、2019年工作回顾 in a report
/// given in August 2020): the year of the report's results, whatever the month of delivery.
fn reviews_the_year_before(text: &str, year: i32) -> bool {
    let named = format!("{}年", year - 1);
    text.lines().any(|line| {
        let line = line.trim();
        line.chars().count() <= 30 && line.contains(&named) && line.contains("回顾")
    })
}

/// A plan named after a year (1965年计划草案, 1981年国民经济计划, 1982年的计划, 1982年经济
/// 和社会发展计划).
static YEAR_PLAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})年(?:的|度)?(?:经济和社会)?(?:发展)?(?:国民经济)?计划").expect("valid regex"));
/// A year's result given as an estimate (1964年全国工业总产值，预计…).
static YEAR_ESTIMATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})年[^。\n]{0,20}预计").expect("valid regex"));

/// Whether `text` plans the year after `year`, not `year` itself (but for its plan under
/// way), and estimates `year`'s results: the report was delivered late in `year`.
fn plans_next_year(text: &str, year: i32) -> bool {
    // １９８１年: the digits of a web copy, full width
    let number = |digits: &str| -> Option<i32> {
        digits.chars().try_fold(0, |n, c| {
            let d = c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))?;
            Some(n * 10 + d as i32)
        })
    };
    let years = |re: &Regex| -> Vec<i32> { re.captures_iter(text).filter_map(|c| number(&c[1])).collect() };
    // 1981年国民经济计划预计可以胜利完成, …计划和国家概算进行必要的修订: the plan of a year
    // nearly over, fulfilled or revised, not one proposed (正在执行, in mid-year, is proposed
    // too: the report reviews the year before)
    let carried_out = |m: regex::Match| {
        text[m.end()..].chars().take(14).take_while(|c| !"，。；,;".contains(*c)).any(|c| "预完修".contains(c))
    };
    let plans: Vec<i32> = YEAR_PLAN
        .captures_iter(text)
        .filter(|c| !carried_out(c.get(0).expect("whole match")))
        .filter_map(|c| number(&c[1]))
        .collect();
    plans.contains(&(year + 1)) && !plans.contains(&year) && years(&YEAR_ESTIMATE).contains(&year)
}

/// The first month of delivery in which a report reviews the year it is delivered in.
const LATE_MONTH: u32 = 8;

/// Region names the text gives, most trusted first.
/// Traditional characters of division names as web copies of reports write them
/// (桃源縣, 南開區), with their simplified forms, the gazetteer's.
const TRADITIONAL_NAMES: [(char, char); 35] = [
    ('盧', '卢'),
    ('縣', '县'),
    ('區', '区'),
    ('鎮', '镇'),
    ('鄉', '乡'),
    ('東', '东'),
    ('門', '门'),
    ('陽', '阳'),
    ('灣', '湾'),
    ('豐', '丰'),
    ('臺', '台'),
    ('寧', '宁'),
    ('陝', '陕'),
    ('遼', '辽'),
    ('龍', '龙'),
    ('嶺', '岭'),
    ('濟', '济'),
    ('蘇', '苏'),
    ('雲', '云'),
    ('貴', '贵'),
    ('廣', '广'),
    ('開', '开'),
    ('莊', '庄'),
    ('慶', '庆'),
    ('臨', '临'),
    ('興', '兴'),
    ('漢', '汉'),
    ('澤', '泽'),
    ('長', '长'),
    ('華', '华'),
    ('烏', '乌'),
    ('爾', '尔'),
    ('齊', '齐'),
    ('魯', '鲁'),
    ('黃', '黄'),
];

/// A region name with the traditional characters of division names folded.
/// The region of a report whose names name no division: a zone under a division of the
/// path (杭州市/新区), else the path's name as the user wrote it (a development zone, a
/// district the gazetteer does not know yet), else the header's; with a warning that says
/// so. (name, parent, level, as written, source)
fn unresolved(
    resolver: &Resolver,
    h: &Header,
    p: &path::PathFacts,
    warnings: &mut Vec<String>,
) -> (String, String, Option<String>, String, &'static str) {
    let raw = p.names.first().cloned().or_else(|| written_region(h)).unwrap_or_default();
    if let Some((series, parent)) = resolver.zone_in_path() {
        warnings.push(format!(
            "{raw} is not a division in the gazetteer; it is used as {series}, under {parent} (add an alias under [regions.aliases] to map it)"
        ));
        return (series, parent, None, raw, "path");
    }
    let mut named = written_region(h).into_iter().chain(p.names.iter().cloned());
    if let Some((name, several)) = named.find_map(|n| resolver.ambiguous(&n).map(|several| (n, several))) {
        warnings.push(format!(
            "{name} names several divisions ({}); {raw} is used as written (name the division above in the header or a folder: <city>/{name}/<year>.txt)",
            several.join(", ")
        ));
    } else if !raw.is_empty() {
        warnings.push(format!(
            "{raw} is not a division in the gazetteer; it is used as written (add an alias under [regions.aliases] to map it)"
        ));
    }
    let shown = if raw.is_empty() { "unknown".to_string() } else { raw.clone() };
    (shown, String::new(), None, raw, "none")
}

/// The region of a government below or beside the county that the header names (none of the
/// gazetteer's divisions), with a warning: a town after its county (天津市西青区杨柳青镇 →
/// 西青区杨柳青镇, under 西青区), a town alone (沙沟镇; with the county of the path's folder when
/// one names it: 沂水县沙沟镇), or a zone (光明新区, as a committee's zone is named).
fn below_the_county(
    resolver: &Resolver,
    h: &Header,
    path: Option<&Region>,
    warnings: &mut Vec<String>,
) -> Option<Region> {
    let spans = [
        (Source::Congress, &h.congress_region),
        (Source::Speaker, &h.speaker_region),
        (Source::Title, &h.title_region),
        (Source::OnBehalf, &h.on_behalf),
    ];
    let spans: Vec<(Source, String)> =
        spans.into_iter().filter_map(|(at, s)| Some((at, fold_name(s.as_ref()?)))).collect();
    if let Some((name, parent, raw, source)) = spans.iter().find_map(|(source, span)| {
        let (name, parent) = resolver.town_in_span(span)?;
        Some((name, parent, span.clone(), *source))
    }) {
        warnings.push(format!(
            "{raw} is a town's government, which the gazetteer does not hold; it is used as {name}, under {parent} (add an alias under [regions.aliases] to map it)"
        ));
        return Some(Region { name, parent, level: None, raw, source });
    }
    // (a town's own name, not a division's short one: 景德镇市长, 在宁乡第十七届…)
    let town =
        |(_, s): &&(Source, String)| region::names_a_town(s) && s.chars().count() <= 6 && !resolver.names_a_division(s);
    if let Some((source, town)) = spans.iter().find(town) {
        // (the county of the path, or of a folder above the town's own: 西青区/辛口镇/2021.txt)
        let county = path
            .filter(|p| p.level.is_some_and(|l| matches!(l, Level::County | Level::City)))
            .map(|c| c.name.clone())
            .or_else(|| resolver.county_of_a_folder());
        let (name, parent) = match county {
            Some(c) => (format!("{c}{town}"), c),
            None => (town.clone(), String::new()),
        };
        warnings.push(format!(
            "{town} is a town's government, which the gazetteer does not hold; it is used as {name} (add an alias under [regions.aliases] to map it)"
        ));
        return Some(Region { name, parent, level: None, raw: town.clone(), source: *source });
    }
    let (source, zone) = spans.iter().find(|(_, s)| region::names_a_zone(s))?;
    Some(resolver.committee(zone, *source, warnings))
}

fn fold_name(text: &str) -> String {
    if text.is_ascii() || text.chars().all(|c| !TRADITIONAL_NAMES.iter().any(|&(t, _)| t == c)) {
        return text.to_string();
    }
    text.chars().map(|c| TRADITIONAL_NAMES.iter().find(|&&(t, _)| t == c).map_or(c, |&(_, s)| s)).collect()
}

fn candidates_in_text(h: &Header) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut push = |source, text: &str, span| out.push(Candidate { source, text: fold_name(text), span });
    if h.national_congress {
        push(Source::Congress, "全国", false);
    }
    if let Some(r) = &h.congress_region {
        push(Source::Congress, r, true);
    }
    if let Some(r) = &h.speaker_region {
        push(Source::Speaker, r, true);
    }
    if let Some(r) = &h.title_region {
        push(Source::Title, r, true);
        push(Source::Title, r, false);
    }
    match h.on_behalf.as_deref() {
        Some("国务院") => push(Source::OnBehalf, "全国", false),
        Some(r) => push(Source::OnBehalf, r, true),
        None => {}
    }
    out
}

/// The site name after a page title that names a work report (政府工作报告_长兴县人民政府,
/// 2023年政府工作报告-某市人民政府门户网站), in the first lines: the government whose site it
/// is, the report's own when nothing else names one.
fn site_name(text: &str) -> Option<String> {
    let line = text.lines().take(3).find(|l| l.contains("政府工作报告"))?;
    let (_, site) = line.rsplit_once(['_', '|', '｜', '-', '—'])?;
    site.contains("人民政府").then(|| fold_name(site.split("人民政府").next().unwrap_or(site)))
}

fn candidates_in_path(p: &path::PathFacts) -> Vec<Candidate> {
    p.names.iter().map(|n| Candidate { source: Source::Path, text: fold_name(n), span: false }).collect()
}

/// The region the header writes, as written, when none of it is a division.
fn written_region(h: &Header) -> Option<String> {
    h.congress_region.clone().or_else(|| h.speaker_region.clone()).or_else(|| h.title_region.clone())
}

/// Builds the patterns and the gazetteer of metadata reading now: `run` does it on a
/// thread of its own at the start (while a core would idle) rather than in the first
/// worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*YEAR_PLAN, &*YEAR_ESTIMATE);
    header::warm_up();
    path::warm_up();
    gazetteer::warm_up();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str, id: &str) -> Result<Meta, InputError> {
        let aliases = BTreeMap::from([
            ("national".to_string(), "全国".to_string()),
            ("hailaer".to_string(), "海拉尔区".to_string()),
        ]);
        read_meta(text, text, id, &aliases)
    }

    #[test]
    fn header_gives_date_region_parent_level_speaker_and_plan_year() {
        let text = "政府工作报告\n——2021年1月12日在天津市西青区第十七届\n人民代表大会第八次会议上\n西青区区长 白凤祥\n各位代表：";
        let m = meta(text, "000_x").unwrap();
        assert_eq!(
            (m.region.as_str(), m.parent_region.as_str(), m.level.as_deref()),
            ("西青区", "天津市", Some("county"))
        );
        assert_eq!(m.region_raw, "天津市西青区");
        assert_eq!((m.year, m.review_year), (2021, 2020));
        assert_eq!(m.delivered.as_deref(), Some("2021-01-12"));
        assert_eq!(m.speaker, "西青区区长 白凤祥");
        assert_eq!(m.title, "政府工作报告");
        assert_eq!(m.meta_source, "region:header;year:header");
    }

    #[test]
    fn national_congress_is_region_quanguo() {
        let m = meta("政府工作报告——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理 李克强", "x/2019")
            .unwrap();
        assert_eq!((m.region.as_str(), m.year, m.level.as_deref()), ("全国", 2019, Some("national")));
        assert_eq!(m.parent_region, "");
    }

    #[test]
    fn delivered_in_december_plans_the_next_year() {
        let m = meta("——2022年12月21日在静海区第三届人民代表大会第二次会议上", "a").unwrap();
        assert_eq!((m.year, m.review_year), (2023, 2022));
    }

    #[test]
    fn delivered_from_august_reviews_its_own_year() {
        // September: the plan year stays the year of delivery, the review is that year's
        let m = meta("——1980年9月1日在第五届全国人民代表大会第三次会议上", "a").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (1980, 1980, 1981));
        let m = meta("——一九六四年十二月二十一日在第三届全国人民代表大会第一次会议上", "a").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (1965, 1964, 1965));
        // June and March: the year before
        let m = meta("——1957年6月26日在第一届全国人民代表大会第四次会议上", "a").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (1957, 1956, 1957));
        let m = meta("各位代表：\n一、2020年工作回顾\n", "x/2021").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (2021, 2020, 2021));
    }

    #[test]
    fn an_undated_report_that_plans_the_next_year_reviews_its_own() {
        // the plan of its year is the one under way (carried out, revised); the next one's
        // is proposed; digits of a web copy are full width
        let text = "各位代表：\n１９８１年国民经济计划预计可以胜利完成。１９８１年国民经济计划和国家概算进行必要的修订。\n１９８２年的计划，要求增长4%。\n";
        let m = meta(text, "national/1981").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (1981, 1981, 1982));
    }

    #[test]
    fn a_session_put_off_to_august_reviews_the_year_its_headings_name() {
        let text = "2020年某某县政府工作报告\n——2020年8月12日在某某县第十六届人民代表大会第四次会议上\n各位代表：\n\
            一、2019年工作回顾\n全县地区生产总值增长7.5%。\n二、2020年工作安排\n增长6%左右。\n";
        let m = meta(text, "某某县/2020").unwrap();
        assert_eq!((m.year, m.review_year), (2020, 2019));
        // a heading of the delivery year's months (一、今年以来工作回顾 / 二、2020年下半年工作安排) is none
        let months = "2020年某某县政府工作报告\n——2020年9月15日在某某县第十六届人民代表大会第四次会议上\n各位代表：\n\
            一、今年以来工作回顾\n增长2%。\n二、2020年下半年工作安排\n做好工作。\n";
        assert_eq!(meta(months, "某某县/2020").unwrap().review_year, 2020);
        // with no such headings, a report of September reviews its own year
        let late = "1954年政府工作报告\n——1954年9月23日在第一届全国人民代表大会第一次会议上\n各位代表：\n1954年预计增长10%。\n";
        assert_eq!(meta(late, "national/1954").unwrap().review_year, 1954);
    }

    #[test]
    fn undated_copy_that_plans_the_next_year_reviews_its_own() {
        let late = "各位代表：\n1970年钢产量预计比上年增长一成。\n1971年计划草案规定，钢产量再增长一成。\n";
        let m = meta(late, "national/1970").unwrap();
        assert_eq!((m.year, m.review_year, m.target_year()), (1970, 1970, 1971));
        // a plan for the year itself as well: the usual review of the year before
        let both = "各位代表：\n1970年计划正在执行，钢产量预计增长一成。\n1971年计划草案另行提出。\n";
        assert_eq!(meta(both, "national/1970").unwrap().review_year, 1969);
        // a plan five years on, with no estimate of the year: the year before
        let far = "各位代表：\n到1971年计划建成三座水库。\n";
        assert_eq!(meta(far, "x/1970").unwrap().review_year, 1969);
    }

    #[test]
    fn speaker_line_gives_region_when_no_delivery_line() {
        let m = meta("上海市市长杨雄\n各位代表：\n一、2014年工作回顾\n", "shanghai/2015").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("上海市", 2015));
        assert_eq!(m.meta_source, "region:header;year:header");
    }

    #[test]
    fn a_date_in_brackets_after_the_speakers_name_is_the_delivery() {
        // delivered in October: the report plans the next year
        let m = meta("政府工作报告\n南宁市市长孙大光(2021年10月25日)\n各位代表：\n", "x/report").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("南宁市", 2022));
        assert_eq!(m.speaker, "南宁市市长 孙大光");
        let m = meta("政府工作报告\n某县县长 张三（2023年1月5日）\n", "x/清河县").unwrap();
        assert_eq!(m.year, 2023);
    }

    #[test]
    fn a_government_that_names_no_division_is_no_region() {
        // 我代表市人民政府 names no division: the path does (2024/合肥.docx)
        let m = meta("各位代表：现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n", "2024/合肥").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("合肥市", "安徽省", 2024));
        assert_eq!(m.meta_source, "region:path;year:header");
        let m = meta("各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。", "national/1987").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("全国", 1987));
    }

    #[test]
    fn a_title_that_names_the_year_reviewed_yields_to_the_headings() {
        // an aggregator's title names the year reviewed; the plan heading the next
        let text = "2019年梨树县政府工作报告\n一、过去一年政府工作成效显著\n内容。\n二、2020年工作安排\n内容。\n";
        let m = meta(text, "x/梨树县").unwrap();
        assert_eq!((m.year, m.review_year), (2020, 2019));
        assert!(m.warnings.iter().any(|w| w.contains("plan 2020")), "{:?}", m.warnings);
        // or, in a copy that stops in the review, the year the review's first paragraph opens with
        let text = "2019年梨树县政府工作报告\n一、勠力奋战,过去一年政府工作成效显著\n2019年,是我县极具挑战的一年。预计到年末，全县地区生产总值增长3.3%。\n";
        assert_eq!(meta(text, "x/梨树县").unwrap().year, 2020);
        let text = "2019年梨树县政府工作报告\n一、过去一年工作回顾\n2018年，是我县极具挑战的一年。\n";
        assert_eq!(meta(text, "x/梨树县").unwrap().year, 2019);
        // a title and headings that agree stay as they are
        let m = meta("2020年梨树县政府工作报告\n一、2019年工作回顾\n内容。\n", "x/梨树县").unwrap();
        assert_eq!((m.year, m.meta_source.as_str()), (2020, "region:title;year:title"));
    }

    #[test]
    fn a_title_year_beats_a_wrong_scraper_year_and_file_name() {
        let text = "标题：二O一一年政府工作报告\n年份：2014\n======\n各位代表：\n一、2010年工作回顾\n";
        let m = meta(text, "驻马店市/2014_二O一一年政府工作报告").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.level.as_deref()), ("驻马店市", 2011, Some("city")));
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        let m = meta("各位代表：\n一、2010年工作回顾\n", "驻马店市/2014_报告").unwrap();
        assert_eq!(m.year, 2011);
        assert!(m.warnings.iter().any(|w| w.contains("2014")), "{:?}", m.warnings);
    }

    #[test]
    fn header_and_path_that_disagree_warn_and_the_header_wins() {
        let m = meta("——2020年1月6日在海拉尔区第十五届人民代表大会第四次会议上", "西青区/2020").unwrap();
        assert_eq!(m.region, "海拉尔区");
        assert!(m.warnings.iter().any(|w| w.contains("西青区") && w.contains("海拉尔区")), "{:?}", m.warnings);
    }

    #[test]
    fn renamed_and_prefixed_forms_join_one_series() {
        let old = meta("——2010年1月5日在徐水县第十四届人民代表大会第五次会议上", "a").unwrap();
        let new = meta("——2020年1月5日在保定市徐水区第一届人民代表大会第五次会议上", "b").unwrap();
        assert_eq!(old.region, new.region);
        assert_eq!(new.region, "徐水区");
        assert_eq!(old.region_raw, "徐水县");
    }

    #[test]
    fn a_speaker_before_the_congress_is_not_the_region() {
        let text =
            "政府工作报告\n——2025年1月14日河北省省长 张三在河北省第十四届人民代表大会第三次会议上的讲话\n各位代表：";
        let m = meta(text, "reports/a").unwrap();
        assert_eq!((m.region.as_str(), m.level.as_deref(), m.year), ("河北省", Some("province"), 2025));
        assert_eq!(m.delivered.as_deref(), Some("2025-01-14"));
        let text = "----2025年1月15日李四市长在石家庄市第十五届人民代表大会第三次会议的政府工作报告\n各位代表：";
        let m = meta(text, "reports/b").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("石家庄市", "河北省", 2025));
        assert_eq!(m.meta_source, "region:header;year:header");
    }

    #[test]
    fn a_region_that_begins_with_yu_is_not_cut_at_it() {
        // 于 may stand for 在 (于某县…会议上), but 于都县 is a county
        let m = meta("——2021年1月8日在于都县第十八届人民代表大会第五次会议上", "a").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("于都县", "赣州市"));
        let m = meta("——2021年1月8日于宁都县第十八届人民代表大会第五次会议上", "a").unwrap();
        assert_eq!(m.region, "宁都县");
    }

    #[test]
    fn a_county_named_in_two_chars_in_the_header() {
        // 鄞县, 歙县, 和县: two chars, which count as a division only before a government
        let m = meta("——2001年2月20日在鄞县第十三届人民代表大会第四次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("鄞州区", "宁波市", 2001));
        assert_eq!((m.region_raw.as_str(), m.meta_source.as_str()), ("鄞县", "region:header;year:header"));
        let m = meta("——2019年1月9日在和县第十七届人民代表大会第三次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("和县", "马鞍山市"));
        let m = meta("政府工作报告\n歙县人民政府县长 张三\n各位代表：\n一、2016年工作回顾\n", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("歙县", 2017));
        let m = meta("各位代表：\n现在，我代表沛县人民政府向大会报告工作。\n一、2020年工作回顾\n", "x/a").unwrap();
        assert_eq!(m.region, "沛县");
        // a government that names no division is still none
        let m = meta("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2020年工作回顾\n", "x/a").unwrap();
        assert_eq!(m.region, "a");
    }

    #[test]
    fn a_former_name_gets_the_parent_and_level_of_the_year() {
        // 长阳县 is the name of the row before 1984 (under 宜昌地区); in 2023 the county
        // is 长阳土家族自治县 under 宜昌市, and in 1990 under 宜昌地区
        let m = meta("长阳县2023年政府工作报告\n各位代表：\n", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("长阳土家族自治县", "宜昌市"));
        let m = meta("——2022年1月6日在长阳县第十届人民代表大会第五次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!(
            (m.region.as_str(), m.parent_region.as_str(), m.region_raw.as_str()),
            ("长阳土家族自治县", "宜昌市", "长阳县")
        );
        let m = meta("——1990年3月5日在长阳土家族自治县第二届人民代表大会第三次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!(m.parent_region, "宜昌地区");
        // a county-level city that became a prefecture-level one (儋州市, 2015)
        let m = meta("——2014年1月10日在儋州市第十二届人民代表大会第四次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.level.as_deref()), ("儋州市", Some("county")));
        let m = meta("——2016年1月10日在儋州市第一届人民代表大会第一次会议上\n各位代表：", "x/a").unwrap();
        assert_eq!((m.region.as_str(), m.level.as_deref()), ("儋州市", Some("city")));
    }

    #[test]
    fn a_leagues_or_prefectures_office_report_names_its_region() {
        let text = "锡林郭勒盟行政公署工作报告\n——2023年1月12日在锡林郭勒盟人大工委二届二次全体（扩大）会议上\n盟长 张三\n各位代表：\n现在，我代表盟行政公署向大会报告工作。";
        let m = meta(text, "reports/xlgl").unwrap();
        assert_eq!(
            (m.region.as_str(), m.parent_region.as_str(), m.level.as_deref()),
            ("锡林郭勒盟", "内蒙古自治区", Some("city"))
        );
        assert_eq!((m.year, m.meta_source.as_str()), (2023, "region:header;year:header"));
        // the title, not the province folder, names the prefecture
        let text = "2020年阿克苏地区行政公署工作报告\n各位代表：\n";
        let m = meta(text, "新疆/2020年阿克苏地区行政公署工作报告").unwrap();
        assert_eq!(
            (m.region.as_str(), m.parent_region.as_str(), m.level.as_deref()),
            ("阿克苏地区", "新疆维吾尔自治区", Some("city"))
        );
        // and the file name, with nothing in the text
        let m = meta("各位代表：\n一、2019年工作回顾\n", "新疆/2020年阿克苏地区行政公署工作报告").unwrap();
        assert_eq!((m.region.as_str(), m.meta_source.as_str()), ("阿克苏地区", "region:path;year:header"));
        // an undated title of a prefecture, its congress line saying only 州
        let text = "恩施州人民政府工作报告\n——2020年1月8日在州八届人大四次会议上\n州长 张三\n各位代表：";
        let m = meta(text, "x/es").unwrap();
        assert_eq!(
            (m.region.as_str(), m.year, m.meta_source.as_str()),
            ("恩施土家族苗族自治州", 2020, "region:title;year:header")
        );
    }

    #[test]
    fn a_district_name_several_cities_have_is_told_apart_by_a_folder() {
        // 鼓楼区 is a district of 南京, 福州, 徐州 and 开封: the folder above names the city
        let text = "政府工作报告\n——2020年1月8日在鼓楼区第十八届人民代表大会第四次会议上\n各位代表：\n";
        let m = meta(text, "南京/鼓楼区/2020").unwrap();
        assert_eq!(
            (m.region.as_str(), m.parent_region.as_str(), m.level.as_deref()),
            ("南京市鼓楼区", "南京市", Some("county"))
        );
        assert_eq!(m.meta_source, "region:header;year:header");
        let m = meta("各位代表：\n一、2019年工作回顾\n", "福州/鼓楼区/2020").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("福州市鼓楼区", "福州市"));
        // a folder that does not tell them apart is not the region: the district was
        // taken for the province
        let m = meta(text, "江苏/鼓楼区/2020").unwrap();
        assert_eq!((m.region.as_str(), m.level), ("鼓楼区", None));
        assert!(m.warnings.iter().any(|w| w.contains("names several divisions")), "{:?}", m.warnings);
        // a name none of whose divisions lies under a folder is passed over, as before
        // (和平区 is in 天津 and 沈阳, not in 杭州)
        let m = meta("各位代表：\n一、2020年工作回顾\n", "杭州市/和平/2021").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("杭州市", "浙江省"));
        // but a name that reads as a government's (新区, 某某开发区) is the report's, not
        // its city's, though the gazetteer lacks it (新区 of 唐山 was gone by 2002); a kind
        // of zone alone is named with its city
        let m = meta("各位代表：\n一、2020年工作回顾\n", "杭州市/新区/2021").unwrap();
        assert_eq!(
            (m.region.as_str(), m.level, m.meta_source.as_str()),
            ("杭州市新区", None, "region:path;year:header")
        );
        assert_eq!(m.parent_region, "杭州市");
        let m = meta("各位代表：\n一、2020年工作回顾\n", "杭州市/临江开发区/2021").unwrap();
        assert_eq!(
            (m.region.as_str(), m.level, m.meta_source.as_str()),
            ("临江开发区", None, "region:none;year:header")
        );
        // a folder of a kind of division is passed over as before (湖南省/县级市/2021.txt)
        let m = meta("各位代表：\n一、2020年工作回顾\n", "湖南省/县级市/2021").unwrap();
        assert_eq!(m.region, "湖南省");
    }

    #[test]
    fn a_title_that_names_the_region_before_the_year_gives_both() {
        let text = "鄂托克旗2017年政府工作报告\n各位代表：\n现在，我代表旗人民政府向大会报告工作。\n";
        let m = meta(text, "reports/a").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("鄂托克旗", "鄂尔多斯市", 2017));
        assert_eq!(m.meta_source, "region:title;year:title");
    }

    #[test]
    fn a_header_that_ends_in_a_division_the_gazetteer_cannot_read_does_not_name_its_parent() {
        // a district the gazetteer does not know: the title names it, not 天津市
        let text = "天津市某某區2010年政府工作報告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n";
        let m = meta(text, "南开/2010").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("南开区", "天津市", 2010));
        assert_eq!(m.meta_source, "region:path;year:title");
        let m = meta("——2019年1月8日在郑州市某某开发区第三届人民代表大会第二次会议上\n各位代表：", "x/2019").unwrap();
        assert_ne!(m.region, "郑州市");
    }

    #[test]
    fn a_scrapers_publication_date_is_the_last_source_of_the_year() {
        let aliases = BTreeMap::new();
        let decoded = "标题：政府工作报告\n发布时间：2019-01-15 10:20\n各位代表：\n内容。";
        let m = read_meta("标题：政府工作报告\n各位代表：\n内容。", decoded, "怀来县/content_1", &aliases).unwrap();
        assert_eq!((m.region.as_str(), m.year), ("怀来县", 2019));
        // any other source comes first
        let m = read_meta("各位代表：\n一、2017年工作回顾\n", decoded, "x", &aliases).unwrap();
        assert_eq!(m.year, 2018);
    }

    #[test]
    fn division_names_in_traditional_characters() {
        let m =
            meta("政府工作報告\n——2011年12月28日在桃源縣第十五屆人民代表大會第五次會議上\n各位代表：", "x").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("桃源县", "常德市", 2012));
        let m = meta("天津市南開區2010年政府工作報告\n各位代表：\n", "x").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("南开区", "天津市"));
    }

    #[test]
    fn a_delivery_date_after_the_congress() {
        let text = "政府工作报告\n——在衡水市第六届人民代表大会第三次会议上\n（2018年1月20日）\n各位代表：\n";
        let m = meta(text, "x").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.delivered.as_deref()), ("衡水市", 2018, Some("2018-01-20")));
        let m = meta("在桃源县第十六届人民代表大会第一次会议上\n2016年12月28日\n各位代表：\n", "x").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.review_year), ("桃源县", 2017, 2016));
    }

    #[test]
    fn a_delivery_date_in_chinese_numerals() {
        let text = "——二〇二六年一月二十七日在河南省十四届人民代表大会第四次会议上\n各位代表：";
        let m = meta(text, "x").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.delivered.as_deref()), ("河南省", 2026, Some("2026-01-27")));
        let m = meta("——二O一一年二月十八日在驻马店市第二届人民代表大会第六次会议上", "x").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.delivered.as_deref()), ("驻马店市", 2011, Some("2011-02-18")));
    }

    #[test]
    fn a_page_titles_site_name_gives_the_region_when_nothing_else_does() {
        let text =
            "政府工作报告_长兴县人民政府\n2023年政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。";
        let m = meta(text, "x/art_58942").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("长兴县", 2023));
        // the path's name wins over a site's (a county's report on its city's site)
        let m = meta("政府工作报告_湖州市人民政府\n2023年政府工作报告\n各位代表：\n", "长兴县/2023").unwrap();
        assert_eq!(m.region, "长兴县");
    }

    #[test]
    fn a_title_line_alone_gives_region_and_year() {
        let m = meta("2026年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", "in/report")
            .unwrap();
        assert_eq!((m.region.as_str(), m.year, m.level.as_deref()), ("河北省", 2026, Some("province")));
        assert_eq!(m.meta_source, "region:title;year:title");
    }

    #[test]
    fn a_district_with_and_without_its_city_is_one_series() {
        let with_city = meta("——2020年1月7日在保定市清苑区第一届人民代表大会第四次会议上", "a").unwrap();
        let without = meta("——2021年1月6日在清苑区第一届人民代表大会第五次会议上", "b").unwrap();
        assert_eq!((with_city.region.as_str(), with_city.parent_region.as_str()), ("清苑区", "保定市"));
        assert_eq!(with_city.region, without.region);
        assert_eq!(with_city.region_raw, "保定市清苑区");
    }

    #[test]
    fn a_county_that_became_a_district_is_one_series() {
        // 清苑县 became 清苑区 in 2015 (same government, a new code): the gazetteer's
        // successor joins them under the current name
        let county = meta("——2014年1月9日在清苑县第十五届人民代表大会第三次会议上", "a").unwrap();
        let district = meta("——2016年1月9日在清苑区第一届人民代表大会第一次会议上", "b").unwrap();
        assert_eq!(county.region, district.region);
        assert_eq!((county.region_raw.as_str(), county.level.as_deref()), ("清苑县", Some("county")));
    }

    #[test]
    fn year_folder_and_short_region_file_name() {
        let m = meta("各位代表：\n一、2023年工作回顾\n", "2024/徐州").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.year), ("徐州市", "江苏省", 2024));
        assert_eq!(m.meta_source, "region:path;year:header");
        let m = meta("各位代表：\n内容。", "2024/凉山").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("凉山彝族自治州", 2024));
        assert_eq!(m.meta_source, "region:path;year:path");
    }

    #[test]
    fn a_townships_report_is_not_its_countys() {
        // the congress and the speaker of a town under its district: not the district's series
        // (named with its county: towns of one name lie in many counties)
        let head = "——2019年1月8日在天津市西青区杨柳青镇第十七届人民代表大会第三次会议上\n西青区杨柳青镇镇长 张三\n";
        let m = meta(head, "t").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str(), m.level), ("西青区杨柳青镇", "西青区", None));
        assert_eq!(m.meta_source, "region:header;year:header");
        assert!(m.warnings.iter().any(|w| w.contains("town")), "{:?}", m.warnings);
        let m = meta("——2020年1月6日在某县某某乡第九届人民代表大会第四次会议上\n", "x/某某乡/2020").unwrap();
        assert_eq!(m.region, "某县某某乡");
        // nor a folder of its own under the county's
        let m = meta("各位代表：\n一、2019年工作回顾\n", "西青区/杨柳青镇/2020").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("西青区杨柳青镇", "西青区"));
        assert_eq!(meta("各位代表：\n一、2019年工作回顾\n", "杨柳青镇/2020").unwrap().region, "杨柳青镇");
        assert_eq!(
            meta("——2021年1月6日在东莞市虎门镇第十八届人民代表大会第五次会议上\n", "t").unwrap().region,
            "东莞市虎门镇"
        );
        // the header's town wins over a county's folder
        assert_eq!(meta(head, "西青区/2019").unwrap().region, "西青区杨柳青镇");
        // the district's own congress still names it
        let m = meta("——2019年1月8日在天津市西青区第十七届人民代表大会第三次会议上\n", "t").unwrap();
        assert_eq!(m.region, "西青区");
    }

    #[test]
    fn a_zones_committee_reporting_to_a_districts_congress_is_the_zones() {
        // 大鹏新区's committee reports to 龙岗区's congress: its figures are not 龙岗区's
        let heads = [
            "大鹏新区2024年管理委员会工作报告\n——2024年1月26日在龙岗区第七届人民代表大会第四次会议上\n大鹏新区管委会主任 张三\n各位代表：",
            "大鹏新区管委会工作报告——2015年1月27日在龙岗区第五届人民代表大会第五次会议上\n各位代表：",
            "——2025年1月16日在深圳市龙岗区第七届人民代表大会第六次会议上\n深圳市大鹏新区管委会主任 张三\n各位代表：",
        ];
        for head in heads {
            let m = meta(head, "t").unwrap();
            assert_eq!(
                (m.region.as_str(), m.level, m.meta_source.as_str()),
                ("大鹏新区", None, "region:header;year:header"),
                "{head}"
            );
            assert!(m.warnings.iter().any(|w| w.contains("committee")), "{:?}", m.warnings);
        }
        // a zone named by its kind after its county keeps the county: two counties' parks are two
        let a = meta("2023年西青区工业园区管委会工作报告\n各位代表：", "t").unwrap();
        let b = meta("2024年梨树县工业园区管委会工作报告\n各位代表：", "t").unwrap();
        assert_eq!((a.region.as_str(), b.region.as_str()), ("西青区工业园区", "梨树县工业园区"));
        // a district's government that speaks for itself at its congress stays the district
        let m = meta("——2021年1月8日在武汉市汉南区第四届人民代表大会第七次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作。", "t").unwrap();
        assert_eq!(m.region, "汉南区");
    }

    #[test]
    fn a_town_or_zone_the_header_names_alone_is_its_own_series() {
        // a town named alone: its name, whatever the file's; with its county's folder, under it
        let head = "——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n沙沟镇镇长 张三\n各位代表：";
        let m = meta(head, "z13").unwrap();
        assert_eq!((m.region.as_str(), m.meta_source.as_str()), ("沙沟镇", "region:header;year:header"));
        let m = meta(head, "沂水县/2021").unwrap();
        assert_eq!((m.region.as_str(), m.parent_region.as_str()), ("沂水县沙沟镇", "沂水县"));
        assert_eq!(
            meta("——2024年1月28日在卢村鄉第十四屆人民代表大會第三次會議上\n各位代表：", "z18").unwrap().region,
            "卢村乡"
        );
        // a zone's report whose committee calls itself 新区管委会: the title's zone
        let m = meta("光明新区2016年政府工作报告\n同志们：\n我代表新区管委会向大会报告工作。", "z07").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("光明新区", 2016));
        assert_eq!(meta("光明新区2017年工作报告\n同志们：", "z08").unwrap().region, "光明新区");
        assert_eq!(meta("卢村乡2023年政府工作报告\n各位代表：", "z11").unwrap().region, "卢村乡");
        // a county's own report is its own
        let m = meta("——2021年1月6日在沂水县第十九届人民代表大会第五次会议上\n各位代表：", "沂水县/2021").unwrap();
        assert_eq!(m.region, "沂水县");
        // a division's short name that ends as a town's does is the division's (景德镇市长, 在宁乡…)
        assert_eq!(meta("政府工作报告\n景德镇市长 张三\n各位代表：", "景德镇市/2021").unwrap().region, "景德镇市");
        assert_eq!(
            meta("——2021年1月10日在宁乡第十七届人民代表大会第五次会议上\n", "宁乡市/2021").unwrap().region,
            "宁乡市"
        );
        // a slogan, a compilation or words with punctuation name no town
        for title in
            ["美丽城乡2021年政府工作报告", "建设鱼米之乡2021年政府工作报告", "沂水县乡镇2021年政府工作报告汇编"]
        {
            assert_eq!(meta(&format!("{title}\n各位代表："), "沂水县/2021").unwrap().region, "沂水县", "{title}");
        }
        // a town under a folder of its county, whatever folder stands between
        let head = "——2021年1月10日在辛口镇第十七届人民代表大会第五次会议上\n";
        assert_eq!(meta(head, "西青区/辛口镇/2021").unwrap().region, "西青区辛口镇");
        // a sub-district office's head names it, not its district's folder
        let head = "政府工作报告\n——2021年1月10日在杨柳青街道居民代表会议上\n杨柳青街道办事处主任 张三\n各位代表：";
        assert_eq!(meta(head, "西青区/2021").unwrap().region, "西青区杨柳青街道");
        assert_eq!(meta("凤鸣街道办事处工作报告\n各位代表：", "2025_t").unwrap().region, "凤鸣街道");
        // a township's head (乡长) names the township; 盧 folds to 卢
        assert_eq!(meta("政府工作报告\n卢村乡乡长 张三\n各位代表：", "沂水县/2021").unwrap().region, "沂水县卢村乡");
        assert_eq!(meta("——2024年1月28日在盧村鄉第十四屆人民代表大會第三次會議上\n", "t").unwrap().region, "卢村乡");
    }

    #[test]
    fn a_reprint_sites_title_in_brackets_names_region_and_year() {
        let m = meta(
            "(湖南省)2020年新晃侗族自治县政府工作报告(全文)\n——2020年6月4日在县十七届人大五次会议上\n各位代表：",
            "r4",
        )
        .unwrap();
        assert_eq!((m.region.as_str(), m.year), ("新晃侗族自治县", 2020));
        let m = meta("(福建省)2019年松溪县人民政府工作报告(全文)\n各位代表：", "r5").unwrap();
        assert_eq!((m.region.as_str(), m.year, m.meta_source.as_str()), ("松溪县", 2019, "region:title;year:title"));
        // a document site's date after it
        let m = meta("2023年宁夏回族自治区政府工作报告(20230114)\n各位代表：", "r6").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("宁夏回族自治区", 2023));
    }

    #[test]
    fn a_name_that_is_no_division_is_kept_with_a_warning() {
        let m = meta("——2021年1月12日在某某区第一届人民代表大会第一次会议上", "t").unwrap();
        assert_eq!((m.region.as_str(), m.level), ("t", None));
        assert!(!m.warnings.is_empty());
    }

    #[test]
    fn a_zone_under_a_division_folder_is_named_with_it() {
        // two cities' new areas are two governments, under their cities
        let head = "——2024年1月10日在新区第三届人民代表大会第二次会议上";
        let a = meta(head, "杭州市/新区/2024").unwrap();
        let b = meta(head, "苏州/新区/2024").unwrap();
        assert_eq!((a.region.as_str(), a.parent_region.as_str(), a.level), ("杭州市新区", "杭州市", None));
        assert_eq!((b.region.as_str(), b.parent_region.as_str()), ("苏州市新区", "苏州市"));
        assert!(a.warnings[0].contains("杭州市新区"), "{:?}", a.warnings);
        // a zone with a name of its own keeps it, whatever the folders above
        for id in ["兰州市/兰州新区/2024", "甘肃省/兰州新区/2024", "甘肃省/兰州市/兰州新区/2024"]
        {
            assert_eq!(meta(head, id).unwrap().region, "兰州新区", "{id}");
        }
        // no folder above that names a division: as written
        assert_eq!(meta(head, "zones/新区/2024").unwrap().region, "新区");
    }

    #[test]
    fn no_year_anywhere_is_an_error_that_says_how_to_name_the_file() {
        let err = meta("各位代表：\n内容。", "notes/readme").unwrap_err();
        assert_eq!(err, InputError::NoYear);
        assert!(err.to_string().contains("<region>/<year>.txt"));
    }
}
