//! The title block -> whether the text is the government's work report or another
//! document of a congress's session: the standing committee's, a court's, a
//! procuratorate's or the political consultative conference's report, a report to a
//! standing committee's meeting, or the government's own plan, budget or audit report.
//!
//! Scrapers that collect a congress's documents ("工作报告") bring these in beside the
//! work reports, with the same region and year. Only the title block is read (the title,
//! delivery and speaker lines before 各位代表): a work report's body names these
//! documents too. A title that says 政府工作报告 is a work report whatever else it says.

/// A text that is not a government work report, as its title block shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Other {
    pub(super) whose: Whose,
    /// What it is, with the words that show it: a plan report (关于…计划草案的报告).
    pub(super) what: String,
    /// Its title line, where a title showed it.
    pub(super) title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Whose {
    /// Another body's report, or a report to a standing committee's meeting: never a
    /// work report.
    AnotherBody,
    /// The government's plan, budget or audit report, or its report on a topic (关于…的报告):
    /// the year's report only where no work report of that region and year is given (the
    /// State Council's plan and budget reports stood in for one in some years of the
    /// 1950s to 1980s).
    Government,
}

/// Chars that write a meeting's number: 第二十九次会议, 第3次会议.
const NUMERALS: &str = "一二三四五六七八九十百零〇0123456789";

/// Sentence punctuation: a title has none.
const SENTENCE_MARKS: [char; 5] = ['，', '。', '；', '！', '？'];

/// Speakers' titles of other bodies (a name of 2 to 4 chars follows).
const OTHER_BODIES_SPEAKERS: [&str; 9] = [
    "人大常委会主任",
    "人大常委会副主任",
    "常务委员会主任",
    "常务委员会副主任",
    "法院院长",
    "法院副院长",
    "检察院检察长",
    "检察院副检察长",
    "政协主席",
];

/// The government's departments that deliver its plan, budget and audit reports, named
/// alone on a line (财政部) or before their head's title and name (市财政局局长 张三).
const DEPARTMENTS: [&str; 10] = [
    "财政部",
    "财政厅",
    "财政局",
    "审计署",
    "审计厅",
    "审计局",
    "发展和改革委员会",
    "发展改革委员会",
    "发展改革委",
    "计划委员会",
];

/// The bodies other than a government that report to a congress in their own name
/// (我代表某市中级人民法院向大会报告工作).
const OTHER_BODIES: [&str; 4] = ["法院", "检察院", "常务委员会", "常委会"];

/// What the head of a text shows it to be, if not a government work report: its title
/// block (the lines before the greeting), the greeting (各位委员 and 主任、各位副主任 address a
/// standing committee or the CPPCC, never a congress) and the sentence after it.
pub(super) fn other(head: &str) -> Option<Other> {
    let (block, greeting, opening) = split_at_greeting(head);
    let lines: Vec<String> = block
        .lines()
        .take(40)
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect::<String>())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.iter().any(|l| names_the_work_report(l)) {
        return None;
    }
    let titled = title_in(&lines);
    let flat: String = lines.concat();
    let venue = standing_committee_meeting(&flat)
        .map(|v| format!("a standing committee's meeting ({v})"))
        .or_else(|| {
            let at = ["在政协", "在中国人民政治协商会议", "在政治协商会议"].iter().find_map(|v| flat.find(v))?;
            Some(format!("the CPPCC ({})", flat[at..].chars().take_while(|&c| c != '上').take(40).collect::<String>()))
        })
        .or_else(|| {
            greeting
                .filter(|g| !g.starts_with("各位代表"))
                .map(|g| format!("a standing committee or the CPPCC (greeting {g})"))
        })
        .or_else(|| to_a_standing_committee(opening).map(|o| format!("a standing committee ({o})")));
    match (titled, venue) {
        (Some((whose, kind, t)), venue) => {
            let what = match (&venue, whose) {
                (Some(v), Whose::Government) => format!("{kind} ({t}) delivered to {v}"),
                _ => format!("{kind} ({t})"),
            };
            let whose = if venue.is_some() { Whose::AnotherBody } else { whose };
            Some(Other { whose, what, title: Some(t) })
        }
        (None, Some(venue)) => {
            Some(Other { whose: Whose::AnotherBody, what: format!("a report to {venue}"), title: None })
        }
        (None, None) => by_speaker(&lines, opening),
    }
}

/// The title block, the greeting and the sentence after it (up to its 。). The greeting is
/// a line's start (各位代表：, 各位委员：, 主任、各位副主任、各位委员：, 全国人民代表大会常务委员会：) or
/// 各位代表： run on after the speaker's name; without one, the block is the whole head.
fn split_at_greeting(head: &str) -> (&str, Option<&str>, &str) {
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        let t = line.trim();
        let short = t.chars().count() <= 40;
        let addressed = t.starts_with("各位代表")
            || t.starts_with("各位委员")
            || (short && t.starts_with("主任") && t.contains("各位"))
            || (short && ["常务委员会：", "常务委员会:", "常委会：", "常委会:"].iter().any(|g| t.ends_with(g)));
        let start = match addressed {
            true => Some(at + line.len() - line.trim_start().len()),
            false => line.find("各位代表：").map(|i| at + i),
        };
        if let Some(start) = start {
            let rest = &head[start..];
            // the greeting ends at its colon or exclamation mark, on its line
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let end = rest[..line_end]
                .find(['：', ':', '！', '!'])
                .map_or(line_end, |e| e + rest[e..].chars().next().map_or(0, char::len_utf8));
            let opening = rest[end..].trim_start();
            let cut = opening.find('。').unwrap_or(opening.len());
            let cut = cut.min(opening.char_indices().nth(200).map_or(opening.len(), |(i, _)| i));
            return (&head[..start], Some(rest[..end].trim()), &opening[..cut]);
        }
        at += line.len();
    }
    (head, None, "")
}

/// Whether a line is a work report's title (政府工作报告, 《2019年政府工作报告》全文, 某县人民政府工作报告),
/// not a sentence that mentions one (按照《政府工作报告》安排).
fn names_the_work_report(line: &str) -> bool {
    ["政府工作报告", "政府工作報告"].iter().any(|w| {
        line.find(w).is_some_and(|at| {
            let before = line[..at].trim_start_matches(['《', '“', '【']).trim_start_matches("标题：");
            before.chars().count() <= 30 && !before.contains(SENTENCE_MARKS) && !before.contains(['《', '“', '、'])
        })
    })
}

/// The kind and title of the first title line (or two or three lines run together: a
/// long title broken) that names a document other than a work report.
fn title_in(lines: &[String]) -> Option<(Whose, &'static str, String)> {
    (0..lines.len()).find_map(|i| {
        (1..=3).filter(|n| i + n <= lines.len()).find_map(|n| {
            let joined = lines[i..i + n].concat();
            let t = title_words(&joined)?;
            title_kind(t).map(|(whose, kind)| (whose, kind, t.to_string()))
        })
    })
}

/// Another body's report or the government's plan or budget report, read from the
/// speaker line (市审计局局长 张三, 某市人大常委会主任 李四), a department named alone on a
/// line (财政部), or the opening sentence (我代表某市中级人民法院向大会报告工作; 受某市人民政府委托，
/// 现将…预算执行情况与…预算草案提请…审查).
fn by_speaker(lines: &[String], opening: &str) -> Option<Other> {
    let other = |whose, what: String| Some(Other { whose, what, title: None });
    if let Some(body) = in_own_name(opening) {
        return other(Whose::AnotherBody, format!("the report of {body} (opening {opening})"));
    }
    for l in lines.iter().filter(|l| l.chars().count() <= 30) {
        if OTHER_BODIES_SPEAKERS.iter().any(|t| ends_with_a_name_after(l, t)) {
            return other(Whose::AnotherBody, format!("another body's report (speaker {l})"));
        }
        let department = DEPARTMENTS.iter().any(|d| {
            l.ends_with(d) && l.chars().all(crate::ingest::decode::is_cjk)
                || l.find(d).is_some_and(|at| {
                    ["局长", "厅长", "部长", "主任", "审计长"].iter().any(|t| ends_with_a_name_after(&l[at..], t))
                })
        });
        if department {
            return other(Whose::Government, format!("a department's report (speaker {l})"));
        }
    }
    let on_behalf = opening.starts_with('受') && opening.contains("委托");
    let plan_or_budget =
        ["预算执行", "预算草案", "决算", "计划执行情况", "计划草案"].iter().any(|w| opening.contains(w));
    (on_behalf && plan_or_budget).then(|| Other {
        whose: Whose::Government,
        what: format!("a plan or budget report (opening {opening})"),
        title: None,
    })
}

/// The body an opening sentence reports for in its own name: 我代表某市中级人民法院向大会报告工作,
/// 我代表政协某市委员会常务委员会，向大会报告工作 (a government's: 我代表市人民政府，向大会报告工作).
fn in_own_name(opening: &str) -> Option<&str> {
    let after = &opening[opening.find("我代表")? + "我代表".len()..];
    let to = after.find("向大会")?;
    let body = after[..to].trim_end_matches(['，', ',']);
    (!body.contains(SENTENCE_MARKS) && OTHER_BODIES.iter().any(|b| body.ends_with(b))).then_some(body)
}

/// The standing committee an opening sentence reports to: 受区人民政府的委托，向区人大常委会报告….
fn to_a_standing_committee(opening: &str) -> Option<&str> {
    let at = opening.find('向')?;
    let rest = &opening[at..];
    let body = ["人大常委会", "常务委员会"].iter().filter_map(|b| rest.find(b).map(|i| i + b.len())).min()?;
    let next = &rest[body..];
    (rest[..body].chars().count() <= 24 && ["报告", "提出", "提请"].iter().any(|v| next.starts_with(v)))
        .then_some(opening)
}

/// A title's words without brackets, book-title marks, a scraper's field name and a
/// reprint's note, up to its first 报告: 《关于…的报告》（摘要）, 关于…的报告 2021-02-01 来源：某报
/// (a page's line run on) -> 关于…的报告. None where the line is a sentence.
fn title_words(line: &str) -> Option<&str> {
    let line = line.strip_prefix("标题：").or_else(|| line.strip_prefix("标题:")).unwrap_or(line);
    // (a page's breadcrumbs before it: 首页>常委会会议>…; a loader's words: Loading……)
    let line = line.rsplit('>').next().unwrap_or(line);
    let line = line.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '…' || c == '.');
    let line = line.trim_start_matches(['《', '“', '【']);
    let end = ["报告", "報告"].iter().filter_map(|w| line.find(w).map(|at| at + w.len())).min()?;
    let end = ["（草案）", "(草案)"].iter().find(|d| line[end..].starts_with(**d)).map_or(end, |d| end + d.len());
    (!line.contains(SENTENCE_MARKS))
        .then(|| super::header::without_notes(line[..end].trim_end_matches(['》', '”', '】'])))
}

/// The kind of report a title names, if not a government work report: a title ends in
/// 报告 and has no sentence punctuation.
fn title_kind(t: &str) -> Option<(Whose, &'static str)> {
    if t.chars().count() > 90 {
        return None;
    }
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    // (the CPPCC's standing committee: 政协某市第十一届委员会常务委员会工作报告)
    Some(if has(&["政协", "政治协商", "委员会常务委员会"]) {
        (Whose::AnotherBody, "a report of the CPPCC")
    } else if has(&["法院"]) {
        (Whose::AnotherBody, "a court's report")
    } else if has(&["检察院"]) {
        (Whose::AnotherBody, "a procuratorate's report")
    } else if has(&["常务委员会工作报告", "常委会工作报告"]) {
        (Whose::AnotherBody, "the report of a congress's standing committee")
    } else if has(&["审计"]) {
        (Whose::Government, "an audit report")
    } else if has(&["预算", "决算", "預算", "決算"]) {
        (Whose::Government, "a budget report")
    } else if has(&["计划执行", "计划草案", "计划（草案）", "计划(草案)", "發展計劃", "计划的报告"])
    {
        (Whose::Government, "a plan report")
    } else if t.starts_with("关于") || t.starts_with("關於") {
        (Whose::Government, "a report on a topic")
    } else {
        return None;
    })
}

/// The delivery to a standing committee's meeting (在某区第三届人民代表大会常务委员会第二十九次
/// 会议), as written: a work report is delivered to the congress itself (第二次会议).
fn standing_committee_meeting(flat: &str) -> Option<&str> {
    ["常务委员会第", "常委会第"].iter().find_map(|body| {
        flat.match_indices(body).find_map(|(at, _)| {
            let after = &flat[at + body.len()..];
            let n: usize = after.chars().take_while(|c| NUMERALS.contains(*c)).map(char::len_utf8).sum();
            let rest = &after[n..];
            let meeting = ["次会议", "次全体会议"].iter().find(|m| rest.starts_with(**m))?;
            // 在 within a line's length before it and no other meeting between: the
            // delivery line, not a mention after it (县人大常委会第十次会议决定)
            let from = flat[..at].char_indices().rev().take(40).find(|&(_, c)| c == '在')?.0;
            (n > 0 && !flat[from..at].contains("会议")).then(|| &flat[from..at + body.len() + n + meeting.len()])
        })
    })
}

/// Whether `line` ends with `title` and a name of 2 to 4 chars (市审计局局长王建平).
fn ends_with_a_name_after(line: &str, title: &str) -> bool {
    line.rfind(title).is_some_and(|at| {
        let name = &line[at + title.len()..];
        (2..=4).contains(&name.chars().count()) && name.chars().all(|c| c == '·' || crate::ingest::decode::is_cjk(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(block: &str) -> Option<(Whose, String)> {
        other(block).map(|o| (o.whose, o.what))
    }

    #[test]
    fn other_bodies_reports_are_never_work_reports() {
        for block in [
            "某市人民代表大会常务委员会工作报告\n——2019年1月29日在某市第十五届人民代表大会第二次会议上\n某市人大常委会主任 张三",
            "某省高级人民法院工作报告\n——2019年1月28日在某省第十三届人民代表大会第二次会议上",
            "《某县人民检察院工作报告》\n2020年1月9日",
            "政协某市第十三届委员会常务委员会工作报告\n——2019年1月26日在政协某市第十三届委员会第二次会议上",
            "关于某区2020年上半年预算执行情况的报告\n——2020年7月30日在某区第三届人民代表大会\n常务委员会第二十九次会议上",
            "——2018年7月26日在某市第十五届人民代表大会常务委员会第五次会议上\n市环保局局长 李四",
            "——2019年1月26日在政协某市第十三届委员会第二次会议上\n某市政协主席 王五",
            "某市人大常委会主任 张三",
        ] {
            assert_eq!(kind(block).map(|k| k.0), Some(Whose::AnotherBody), "{block}");
        }
        // the meeting as written
        let (_, what) = kind("——2020年7月30日在某区第三届人民代表大会\n常务委员会第二十九次会议上").unwrap();
        assert_eq!(
            what,
            "a report to a standing committee's meeting (在某区第三届人民代表大会常务委员会第二十九次会议)"
        );
        let (_, what) = kind(
            "关于某区2020年上半年预算执行情况的报告\n——2020年7月30日在某区第三届人民代表大会常务委员会第二十九次会议上",
        )
        .unwrap();
        assert_eq!(what, "a budget report (关于某区2020年上半年预算执行情况的报告) delivered to a standing committee's meeting (在某区第三届人民代表大会常务委员会第二十九次会议)");
    }

    #[test]
    fn the_governments_plan_budget_and_audit_reports_are_told_apart() {
        for (block, what) in [
            (
                "关于某市2018年国民经济和社会发展计划执行情况\n与2019年国民经济和社会发展计划草案的报告\n——2019年1月27日在某市第十五届人民代表大会第二次会议上\n某市发展和改革委员会主任 张三",
                "a plan report (关于某市2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告)",
            ),
            ("关于2018年预算执行情况和2019年预算草案的报告\n——2019年1月15日在某县第十七届人民代表大会第三次会议上", "a budget report (关于2018年预算执行情况和2019年预算草案的报告)"),
            ("关于第六个五年计划的报告", "a plan report (关于第六个五年计划的报告)"),
            ("关于加强环境保护工作情况的报告", "a report on a topic (关于加强环境保护工作情况的报告)"),
            ("——2019年1月15日在某县第十七届人民代表大会第三次会议上\n县财政局局长 李四", "a department's report (speaker 县财政局局长李四)"),
        ] {
            assert_eq!(kind(block), Some((Whose::Government, what.to_string())), "{block}");
        }
    }

    #[test]
    fn work_reports_and_their_mentions_of_other_reports_are_work_reports() {
        for block in [
            "政府工作报告\n——2019年1月27日在某市第十五届人民代表大会第二次会议上\n某市市长 张三",
            // a title that also names the congress's standing committee
            "某县人民政府工作报告（向县人大常委会第十次会议报告）",
            "某新区管委会2024年工作报告\n某新区管委会主任 张三",
            "某镇2023年工作报告",
            // no title block at all
            "",
            // a sentence, not a title
            "会议听取了关于预算执行情况的报告，审议了政府工作报告。",
            // a standing committee named, but no meeting of it delivered to
            "——2019年1月15日在某县第十七届人民代表大会第三次会议上\n某县县长 张三\n县人大常委会第十次会议决定",
        ] {
            assert_eq!(kind(block), None, "{block}");
        }
    }
}
