//! The head of a text -> whether it is the government's work report or another document
//! of a congress's session: the standing committee's, a court's, a procuratorate's, a
//! supervisory commission's, a town congress's presidium's or the political consultative
//! conference's report, a report to a standing committee's meeting, or the government's
//! own plan, budget or audit report.
//!
//! Scrapers that collect a congress's documents ("工作报告") bring these in beside the
//! work reports, with the same region and year. Read: the title lines (before the
//! delivery line), the delivery line, the speaker line, the greeting and the sentence
//! after it; a work report's body names these documents too. A title that names the
//! work report (政府工作报告, 某县2021年政府工作报告（摘要）) is one, and a report delivered to a
//! congress (第二次会议, 人大工委) is never one to a standing committee, whatever a note says.

/// A text that is not a government work report, as its head shows.
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

/// The bodies other than a government that report to a congress: in a title
/// (某市中级人民法院工作报告), a speaker line (某市人民检察院代理检察长 张三, 某镇人大主席 李四) or
/// an opening (我代表市人大常委会向大会报告工作, 受镇人大主席团委托). The CPPCC's come first: its
/// standing committee (政协某市委员会常务委员会) is not a congress's.
const OTHER_BODIES: [(&str, &str); 10] = [
    ("政协", "a report of the CPPCC"),
    ("政治协商", "a report of the CPPCC"),
    ("委员会常务委员会", "a report of the CPPCC"),
    ("法院", "a court's report"),
    ("检察院", "a procuratorate's report"),
    ("监察委员会", "a supervisory commission's report"),
    ("主席团", "the report of a town congress's presidium"),
    ("常务委员会", "the report of a congress's standing committee"),
    ("常委会", "the report of a congress's standing committee"),
    ("人大主席", "the report of a town congress's presidium"),
];

/// The titles of other bodies' heads in a speaker line, before a name.
const OTHER_HEADS: [&str; 4] = ["院长", "检察长", "主任", "主席"];

/// The government's departments that deliver its plan, budget and audit reports, named
/// alone on a line (财政部) or before their head's title and name (市财政局局长 张三).
const DEPARTMENTS: [&str; 11] = [
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
    "计委",
];

/// The heads of a government: a speaker with one of these titles speaks for it, even
/// with a department's post besides (副市长兼市计划委员会主任).
const GOVERNMENT_HEADS: [&str; 9] = ["总理", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "专员"];

/// What the head of a text shows it to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Document {
    /// A work report, and whether its title says it is an abridgement (政府工作报告（摘要）).
    Work {
        abridged: bool,
    },
    Other(Other),
}

/// Reads the head of a text once: its title block, greeting and opening.
pub(super) fn read(head: &str) -> Document {
    let (block, greeting, opening) = split_at_greeting(head);
    match other(block, greeting, opening) {
        Some(o) => Document::Other(o),
        None => Document::Work { abridged: abridged(block) },
    }
}

/// What the title block, greeting and opening show a text to be, if not a government
/// work report.
fn other(block: &str, greeting: Option<&str>, opening: &str) -> Option<Other> {
    let mut raw: Vec<&str> = block.lines().map(str::trim).filter(|l| !l.is_empty()).take(40).collect();
    if greeting.is_none() {
        // no greeting: the head's short lines before its body, not the body's mentions
        let body = raw.iter().position(|l| l.chars().count() > 60).unwrap_or(raw.len());
        raw.truncate(body.min(8));
    }
    let lines: Vec<String> = raw.iter().map(|l| l.chars().filter(|c| !c.is_whitespace()).collect()).collect();
    // the title lines stand before the delivery line (or open the text without one); one
    // that names the work report makes it one, whatever other lines (related links) name
    let delivery = lines.iter().position(|l| is_a_delivery_line(l));
    let titles = 0..delivery.unwrap_or(lines.len().min(4));
    let work = |i: usize| names_the_work_report(&lines[i]) || raw[i].split_whitespace().any(names_the_work_report);
    if titles.clone().any(work) {
        return None;
    }
    let titled = title_in(&lines[titles.clone()]);
    // a news copy's headline: 王忠林作政府工作报告 (other reports named beside it are not the text's)
    let another_body = matches!(titled, Some((Whose::AnotherBody, _, _)));
    if !another_body && titles.clone().any(|i| delivers_the_work_report(&lines[i])) {
        return None;
    }
    let flat: String = lines.concat();
    let venue = if to_a_congress(&flat) { None } else { committee_venue(&flat, greeting, opening) };
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

/// Whether a title line of the title block says the text is an abridgement of the work
/// report (政府工作报告（摘要）, 《2019年政府工作报告》摘登, 某县人民政府工作报告（节选）).
fn abridged(block: &str) -> bool {
    block.lines().take(8).any(|l| {
        let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        l.chars().count() <= 60
            && l.find("工作报告").is_some_and(|at| {
                let after = l[at + "工作报告".len()..].trim_start_matches(['》', '”', '（', '(', '【', '[']);
                ["摘要", "摘登", "节选", "摘编"].iter().any(|n| after.starts_with(n))
            })
    })
}

/// The title block, the greeting and the sentence after it (up to its 。). A greeting
/// opens a line (各位代表：, 代表们：, 各位委员：, 主任、各位副主任、各位委员：, 全国人民代表大会常务委员会：)
/// or is 各位代表： run on after the speaker's name.
fn split_at_greeting(head: &str) -> (&str, Option<&str>, &str) {
    const OPENERS: [&str; 6] = ["各位代表", "代表们", "代表同志们", "各位人大代表", "各位委员", "同志们"];
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        let t = line.trim();
        let short = t.chars().count() <= 40;
        let addressed = OPENERS.iter().any(|o| t.starts_with(o))
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

/// Whether a line is a delivery line: ——2021年1月12日在某市…会议上, 在某县…会议上的报告.
fn is_a_delivery_line(line: &str) -> bool {
    let dashed = line.starts_with(['—', '-', '－', '─']);
    (dashed || line.contains('在')) && (line.contains("会议") || line.contains("會議"))
}

/// Whether a line is a work report's title (政府工作报告, 《2019年政府工作报告》全文, 某县人民政府
/// 工作报告（摘要）, 市政府2021年工作报告, 某新区管委会工作报告, 某镇2023年工作报告, 政府工作报告——2021年
/// 1月…), not a line about one (《政府工作报告》重点任务落实情况的报告, 关于政府工作报告审议意见的…,
/// 相关阅读：2021年政府工作报告, 图解：…).
fn names_the_work_report(line: &str) -> bool {
    const GOVERNMENTS: [&str; 6] = ["政府", "行政公署", "行署", "管委会", "管理委员会", "办事处"];
    // a notice that publishes it (某区人民政府关于印发政府工作报告的通知; not 关于印发《政府工作报告》
    // 重点工作任务分工的通知)
    let published = line.find("政府工作报告").is_some_and(|at| {
        let after = line[at + "政府工作报告".len()..].trim_start_matches(['》', '”']);
        line[..at].contains("印发") && after == "的通知"
    });
    if published {
        return true;
    }
    ["工作报告", "工作報告"].iter().any(|w| {
        line.match_indices(w).any(|(at, _)| {
            let before = line[..at].strip_prefix("标题：").or_else(|| line[..at].strip_prefix("标题:"));
            let before = before.unwrap_or(&line[..at]).trim_start_matches(['《', '“', '【']);
            // the body whose report it is, before a year (市政府2021年, 某镇2023年度)
            let undated = before
                .trim_end_matches('度')
                .strip_suffix('年')
                .map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit() || "〇零○Oo一二三四五六七八九".contains(c)));
            let body = undated.unwrap_or(before);
            let town = undated.is_some() && ["镇", "乡", "街道"].iter().any(|t| body.ends_with(t));
            let a_government = town || GOVERNMENTS.iter().any(|g| body.ends_with(g));
            let after = line[at + w.len()..].trim_start_matches(['》', '”', '】']);
            // (a note in brackets after it: （摘要）, （向县人大常委会第十次会议报告）)
            let after = match after.strip_prefix(['（', '(']) {
                Some(note) => note
                    .find(['）', ')'])
                    .map_or(after, |end| &note[end..][note[end..].chars().next().map_or(0, char::len_utf8)..]),
                None => after,
            };
            // (关于 before it only in a reprint's headline that ends with it: 关于广州市政府工作报告)
            let plain_before = before.chars().count() <= 30
                && !before.contains(SENTENCE_MARKS)
                && !before.contains(['：', ':', '>', '、', '《', '“', '了'])
                && (!before.contains("关于") || after.is_empty());
            let plain_after = !after.starts_with('的')
                && !["报告", "報告", "说明", "解读", "审议", "决议", "落实", "完成情况"]
                    .iter()
                    .any(|x| after.contains(x));
            a_government && plain_before && plain_after
        })
    })
}

/// Whether a headline says the work report was delivered or heard (某省长作《政府工作报告》,
/// 大会听取了政府工作报告).
fn delivers_the_work_report(line: &str) -> bool {
    line.chars().count() <= 60
        && !line.contains(SENTENCE_MARKS)
        && line.find("政府工作报告").is_some_and(|at| {
            let lead = line[..at].trim_end_matches(['《', '“']);
            ["作", "做", "听取", "听取了", "审议"].iter().any(|v| lead.ends_with(v))
        })
}

/// Whether the delivery line names a session of a congress (第十五届人民代表大会第二次会议,
/// 十四届人大一次会议) or of a prefecture's working committee of one (人大工委, 人大常委会某地区工作
/// 委员会第五次全体会议): a work report's venue, never a standing committee's meeting.
fn to_a_congress(flat: &str) -> bool {
    let session = ["人民代表大会", "人民代表大會", "人大", "工作委员会"].iter().any(|body| {
        flat.match_indices(body).any(|(at, _)| {
            let after = flat[at + body.len()..].trim_start_matches('第');
            let n: usize = after.chars().take_while(|c| NUMERALS.contains(*c)).map(char::len_utf8).sum();
            let rest = &after[n..];
            n > 0 && ["次会议", "次會議", "次全体", "次全體"].iter().any(|m| rest.starts_with(m))
        })
    });
    session || flat.contains("人大工委")
}

/// Where a text not delivered to a congress was delivered: a standing committee's meeting
/// (在某区第三届人民代表大会常务委员会第二十九次会议), the CPPCC's session, or a standing committee
/// or the CPPCC as its greeting (各位委员, 主任、各位副主任…) or opening (向区人大常委会报告) addresses it.
fn committee_venue(flat: &str, greeting: Option<&str>, opening: &str) -> Option<String> {
    if let Some(v) = standing_committee_meeting(flat) {
        return Some(format!("a standing committee's meeting ({v})"));
    }
    if let Some(v) = cppcc_session(flat) {
        return Some(format!("the CPPCC ({v})"));
    }
    if let Some(g) = greeting.filter(|g| !g.contains("代表") && !g.starts_with("同志们")) {
        return Some(format!("a standing committee or the CPPCC (greeting {g})"));
    }
    to_a_standing_committee(opening).map(|o| format!("a standing committee ({o})"))
}

/// The delivery to a standing committee's meeting (在某区第三届人民代表大会常务委员会第二十九次
/// 会议), as written.
fn standing_committee_meeting(flat: &str) -> Option<&str> {
    ["常务委员会第", "常委会第"].iter().find_map(|body| {
        flat.match_indices(body).find_map(|(at, _)| {
            let after = &flat[at + body.len()..];
            let n: usize = after.chars().take_while(|c| NUMERALS.contains(*c)).map(char::len_utf8).sum();
            let meeting = ["次会议", "次全体会议"].iter().find(|m| after[n..].starts_with(**m))?;
            // 在 within a line's length before it and no other meeting between: the
            // delivery line, not a mention after it (县人大常委会第十次会议决定)
            let from = flat[..at].char_indices().rev().take(40).find(|&(_, c)| c == '在')?.0;
            (n > 0 && !flat[from..at].contains("会议")).then(|| &flat[from..at + body.len() + n + meeting.len()])
        })
    })
}

/// The delivery to a session of the CPPCC (在政协某市第十三届委员会第五次会议), as written.
fn cppcc_session(flat: &str) -> Option<&str> {
    ["在政协", "在中国人民政治协商会议", "在政治协商会议"].iter().find_map(|v| {
        let from = flat.find(v)?;
        let rest = &flat[from..];
        let end = rest.char_indices().take(50).find_map(|(i, _)| {
            ["次会议", "次全体会议"].iter().find(|m| rest[i..].starts_with(**m)).map(|m| i + m.len())
        })?;
        Some(&rest[..end])
    })
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

/// The kind and words of the first title line (or else two or three run together: a
/// long title broken) that names a document other than a work report.
fn title_in(lines: &[String]) -> Option<(Whose, &'static str, String)> {
    // single lines first, each with the lines before it that begin it (a title broken
    // after 执行情况), not a news lead that ends in a report's name of its own
    (1..=3).find_map(|n| {
        (0..lines.len().saturating_sub(n - 1)).find_map(|i| {
            let classify = |from: usize| {
                let joined = lines[from..i + n].concat();
                title_words(&joined).and_then(|t| title_kind(t).map(|(whose, kind)| (whose, kind, t.to_string())))
            };
            let found = classify(i)?;
            let begun = (i.saturating_sub(2)..i)
                .filter(|&from| lines[from..i].iter().all(|l| !l.contains("报告") && !l.contains("報告")))
                .find_map(|from| classify(from).filter(|(_, kind, _)| *kind == found.1));
            Some(begun.unwrap_or(found))
        })
    })
}

/// A title's words without a scraper's field name, a page's breadcrumbs and loader, book-
/// title marks and a reprint's note, up to its first 报告: 《关于…的报告》（摘要）, 关于…的报告
/// 2021-02-01 (a page's date run on) -> 关于…的报告. None for a sentence, a field (附件：…,
/// 现在把…报告如下：) or a note in brackets.
fn title_words(line: &str) -> Option<&str> {
    let line = line.strip_prefix("标题：").or_else(|| line.strip_prefix("标题:")).unwrap_or(line);
    let line = line.rsplit('>').next().unwrap_or(line);
    let line = line.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '…' || c == '.');
    let line = line.trim_start_matches(['《', '“', '【']);
    // (the first 报告 but one of 政府工作报告 named inside: 关于2020年政府工作报告目标任务完成情况的报告)
    let end = ["报告", "報告"]
        .iter()
        .filter_map(|w| {
            line.match_indices(w).map(|(at, _)| at).find(|&at| !line[..at].ends_with("政府工作")).map(|at| at + w.len())
        })
        .min()
        .unwrap_or(line.len());
    let end = ["（草案）", "(草案)"].iter().find(|d| line[end..].starts_with(**d)).map_or(end, |d| end + d.len());
    let words = &line[..end];
    let plain = !line.contains(SENTENCE_MARKS) && !words.contains(['：', ':']) && !words.starts_with(['（', '(']);
    (plain && words.chars().count() <= 90)
        .then(|| super::header::without_notes(words.trim_end_matches(['》', '”', '】'])))
}

/// The kind of document a title names, if not a government work report.
fn title_kind(t: &str) -> Option<(Whose, &'static str)> {
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    // (a report of its own, not 政府工作报告 named in it: 关于印发政府工作报告的通知 is none)
    let reported = t.ends_with("报告") || t.ends_with("報告");
    if let Some((_, kind)) = OTHER_BODIES.iter().find(|(body, _)| t.contains(body)) {
        return (reported || t.contains("工作")).then_some((Whose::AnotherBody, *kind));
    }
    let drafted = reported || has(&["草案", "纲要", "说明"]);
    // (a report on the work report: 《政府工作报告》重点任务落实情况的报告)
    let on_the_work_report = t.find("政府工作报告").is_some_and(|at| {
        let after = &t[at + "政府工作报告".len()..];
        let ends = ["报告", "说明", "通知", "方案", "意见"];
        after.trim_start_matches(['》', '”']).chars().count() > 1 && ends.iter().any(|e| after.ends_with(e))
    });
    if on_the_work_report {
        return Some((Whose::Government, "a report on the work report"));
    }
    Some(if has(&["审计"]) && reported {
        (Whose::Government, "an audit report")
    } else if has(&["预算", "决算", "預算", "決算"]) && drafted {
        (Whose::Government, "a budget report")
    } else if has(&["计划执行", "计划草案", "计划（草案）", "计划(草案)", "發展計劃", "计划的报告", "规划", "纲要"])
        && drafted
    {
        (Whose::Government, "a plan report")
    } else if t.contains("关于") && (reported || t.ends_with("说明")) {
        (Whose::Government, "a report on a topic")
    } else {
        return None;
    })
}

/// Another body's report or the government's plan or budget report, read from the
/// opening (我代表某市中级人民法院向大会报告工作; 受市人大常委会委托; 受某市人民政府委托，现将…预算
/// 执行情况与…预算草案提请…审查), the speaker line (市审计局局长 张三, 某镇人大主席 李四) or a
/// department named alone on a line (财政部).
fn by_speaker(lines: &[String], opening: &str) -> Option<Other> {
    let other = |whose, what: String| Some(Other { whose, what, title: None });
    if let Some(kind) = in_own_name(opening) {
        return other(Whose::AnotherBody, format!("{kind} (opening {opening})"));
    }
    for l in lines.iter().filter(|l| l.chars().count() <= 30 && !l.contains(['：', ':'])) {
        if let Some((_, kind)) = OTHER_BODIES.iter().find(|(body, _)| {
            l.find(body).is_some_and(|at| OTHER_HEADS.iter().any(|t| ends_with_a_name_after(&l[at..], t)))
        }) {
            return other(Whose::AnotherBody, format!("{kind} (speaker {l})"));
        }
        let head_of_government = GOVERNMENT_HEADS.iter().any(|t| l.contains(t));
        let listed = ["来源", "发布", "机构", "单位"].iter().any(|w| l.contains(w));
        let department = DEPARTMENTS.iter().any(|d| {
            (l.ends_with(d) && l.chars().count() <= 16 && l.chars().all(crate::ingest::decode::is_cjk))
                || l.find(d).is_some_and(|at| {
                    ["局长", "厅长", "部长", "主任", "审计长"].iter().any(|t| ends_with_a_name_after(&l[at..], t))
                })
        });
        if department && !head_of_government && !listed {
            return other(Whose::Government, format!("a department's report (speaker {l})"));
        }
    }
    // (受市长委托，我代表市人民政府向大会报告工作, 连同计划草案: a deputy's work report)
    let opening_words = opening.trim_start_matches("现在").trim_start_matches(['，', ',']).trim_start_matches('我');
    let delegated = opening_words.starts_with('受') && opening.contains("委托");
    let plan_or_budget =
        ["预算执行", "预算草案", "决算", "计划执行情况", "计划草案"].iter().any(|w| opening.contains(w));
    let own_work = ["报告工作", "政府工作", "政府的工作", "工作报告"].iter().any(|w| opening.contains(w));
    (delegated && plan_or_budget && !own_work).then(|| Other {
        whose: Whose::Government,
        what: format!("a plan or budget report (opening {opening})"),
        title: None,
    })
}

/// The kind of report an opening sentence shows another body making: in its own name
/// (我代表某市中级人民法院向大会报告工作, 我代表政协某市委员会常务委员会，向大会报告工作), on its
/// behalf (受市人大常委会委托，我向大会报告工作) or by its subject (我向大会报告全市法院工作). A
/// government's: 我代表市人民政府，向大会报告工作.
fn in_own_name(opening: &str) -> Option<&'static str> {
    let of = |body: &str| OTHER_BODIES.iter().find(|(b, _)| body.ends_with(b)).map(|(_, kind)| *kind);
    if let Some(at) = opening.find("我代表") {
        let after = &opening[at + "我代表".len()..];
        let end = ["向大会", "，", ",", "报告"].iter().filter_map(|w| after.find(w)).min().unwrap_or(after.len());
        if let Some(kind) = of(&after[..end]) {
            return Some(kind);
        }
    }
    if let Some(at) = opening.find('受') {
        let after = &opening[at + '受'.len_utf8()..];
        let body = &after[..after.find("委托")?];
        if let Some(kind) = of(body.trim_end_matches('的')).filter(|_| body.chars().count() <= 20) {
            return Some(kind);
        }
    }
    let subject = ["法院工作", "检察工作", "审判工作"].iter().find(|w| opening.contains(**w))?;
    Some(if subject.starts_with("检察") { "a procuratorate's report" } else { "a court's report" })
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

    fn kind(head: &str) -> Option<(Whose, String)> {
        match read(head) {
            Document::Other(o) => Some((o.whose, o.what)),
            Document::Work { .. } => None,
        }
    }

    fn abridged(head: &str) -> bool {
        read(head) == Document::Work { abridged: true }
    }

    const SESSION: &str = "——2021年1月12日在南京市第十六届人民代表大会第五次会议上";

    #[test]
    fn other_bodies_reports_are_never_work_reports() {
        for head in [
            "某市人民代表大会常务委员会工作报告\n——2019年1月29日在某市第十五届人民代表大会第二次会议上\n某市人大常委会主任 张三",
            "某省高级人民法院工作报告\n——2019年1月28日在某省第十三届人民代表大会第二次会议上",
            "《某县人民检察院工作报告》\n2020年1月9日",
            "政协某市第十三届委员会常务委员会工作报告\n——2019年1月26日在政协某市第十三届委员会第二次会议上",
            "关于某区2020年上半年预算执行情况的报告\n——2020年7月30日在某区第三届人民代表大会\n常务委员会第二十九次会议上",
            "——2018年7月26日在某市第十五届人民代表大会常务委员会第五次会议上\n市环保局局长 李四",
            "——2019年1月26日在政协上海市第十三届委员会第二次会议上\n各位委员：\n现在，我代表政协上海市委员会常务委员会，向大会报告工作。",
            "某市人大常委会主任 张三",
            "杨柳青镇人大主席团工作报告\n——2021年1月8日在杨柳青镇第十七届人民代表大会第六次会议上\n杨柳青镇人大主席 李明",
            "南京市中级人民法院2020年工作情况",
            // a title lost: the speaker or the opening says whose
            "——2021年1月12日在南京市第十六届人民代表大会第五次会议上\n南京市人民检察院代理检察长 孙勇\n各位代表：\n现在，我向大会报告全市检察工作，请予审议。",
            "——2021年1月12日在南京市第十六届人民代表大会第五次会议上\n各位代表：\n受市人大常委会委托，我向大会报告工作，请予审议。",
            "各位代表：    我代表市中级人民法院向大会报告工作，请予审议。",
            "——2021年1月12日在南京市第十六届人民代表大会第五次会议上\n各位代表：\n现在，我代表市监察委员会向大会报告工作，请予审议。",
            // addressed to a standing committee
            "某区审计局局长 郑某\n2023年9月28日\n主任、各位副主任、各位委员：\n我受区人民政府的委托，向区人大常委会报告审计情况。",
            "国务院关于今年以来预算执行情况的报告\n全国人民代表大会常务委员会：\n受国务院委托，我向全国人大常委会报告今年以来预算执行情况，请审议。",
        ] {
            assert_eq!(kind(head).map(|k| k.0), Some(Whose::AnotherBody), "{head}");
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
        let (_, what) = kind("——2021年1月22日在政协上海市第十三届委员会第五次会议上\n各位委员：").unwrap();
        assert_eq!(what, "a report to the CPPCC (在政协上海市第十三届委员会第五次会议)");
    }

    #[test]
    fn the_governments_plan_budget_and_audit_reports_are_told_apart() {
        for (head, what) in [
            (
                "关于某市2018年国民经济和社会发展计划执行情况\n与2019年国民经济和社会发展计划草案的报告\n——2019年1月27日在某市第十五届人民代表大会第二次会议上\n某市发展和改革委员会主任 张三",
                "a plan report (关于某市2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告)",
            ),
            ("关于2018年预算执行情况和2019年预算草案的报告 2019-01-20 来源：某报\n（2019年1月15日某县第十七届人民代表大会第三次会议通过）", "a budget report (关于2018年预算执行情况和2019年预算草案的报告)"),
            ("关于第六个五年计划的报告", "a plan report (关于第六个五年计划的报告)"),
            ("某市人民政府关于2020年度国有资产管理情况的综合报告", "a report on a topic (某市人民政府关于2020年度国有资产管理情况的综合报告)"),
            ("——2019年1月15日在某县第十七届人民代表大会第三次会议上\n县财政局局长 李四", "a department's report (speaker 县财政局局长李四)"),
            ("——2023年3月5日在第十四届全国人民代表大会第一次会议上\n财政部\n各位代表：", "a department's report (speaker 财政部)"),
            (
                "——1986年3月20日在某市第十届人民代表大会第四次会议上\n各位代表：\n我受市人民政府的委托，向大会报告1986年计划草案",
                "a plan or budget report (opening 我受市人民政府的委托，向大会报告1986年计划草案)",
            ),
        ] {
            assert_eq!(kind(head), Some((Whose::Government, what.to_string())), "{head}");
        }
    }

    #[test]
    fn work_reports_and_their_mentions_of_other_reports_are_work_reports() {
        let work = "\n南京市市长 韩立明\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。";
        for head in [
            format!("政府工作报告\n{SESSION}{work}"),
            format!("政府工作报告——2021年1月12日在南京市第十六届人民代表大会第五次会议上{work}"),
            format!("标题：《2021年南京市政府工作报告》（摘要）\n{SESSION}{work}"),
            format!("天津市西青区人民政府关于印发政府工作报告的通知\n{SESSION}{work}"),
            format!("关于广州市政府工作报告\n——2017年1月5日在广州市第十五届人民代表大会第一次会议上{work}"),
            format!("关于广州市政府工作报告（全文）\n——2017年1月5日在广州市第十五届人民代表大会第一次会议上{work}"),
            format!("某县人民政府工作报告（向县人大常委会第十次会议报告）{work}"),
            "某新区管委会2024年工作报告\n某新区管委会主任 张三".to_string(),
            "某镇2023年工作报告".to_string(),
            String::new(),
            // a sentence, not a title
            "会议听取了关于预算执行情况的报告，审议了政府工作报告。".to_string(),
            // a standing committee named, but no meeting of it delivered to
            format!("{SESSION}\n某县县长 张三\n县人大常委会第十次会议决定"),
            // a note of a standing committee's meeting under a congress's delivery line
            format!("{SESSION}\n（本报告于1月5日在市人大常委会第二十次会议上作了通报）{work}"),
            format!("{SESSION}\n（县法院、县检察院工作报告另行印发）{work}"),
            format!("{SESSION}\n主持人：南京市人大常委会主任 龙翔\n报告人：南京市市长 韩立明{work}"),
            // no greeting: the body's mentions are not the head
            "——1954年9月23日在第一届全国人民代表大会第一次会议上\n国务院总理 周恩来\n代表们：\n中央人民政府成立五年来，在中国人民政治协商会议共同纲领的基础上，领导全国人民完成了恢复国民经济的任务。".to_string(),
            format!("{SESSION}\n南京市市长 韩立明\n去年八月，在市人大常委会第九次会议上，我们报告了上半年的计划执行情况。\n{}", "过去一年，全市生产总值增长6.5%，一般公共预算收入增长5.2%，城镇新增就业二十万人，居民收入稳步增长。"),
            // a prefecture's office, at the working committee of the region's congress
            "大兴安岭地区行政公署工作报告\n——2021年1月在黑龙江省人大常委会大兴安岭地区工作委员会第五次全体会议上\n大兴安岭地区行署专员 李英臣\n各位委员：\n现在，我代表行署向大会报告工作，请予审议。".to_string(),
            // a deputy head delivering for the head, with the plan and the budget
            format!("{SESSION}\n南京市常务副市长 蒋跃建\n各位代表：\n受市长韩立明同志委托，我代表市人民政府向大会报告工作，连同2021年国民经济和社会发展计划草案、预算草案一并提请审议。"),
            format!("{SESSION}\n南京市副市长兼市计划委员会主任 张宏伟\n各位代表：\n我受市长的委托，向大会报告市政府的工作。"),
            // a page's lines: its publisher, related links
            format!("市政府2021年工作报告\n发布机构 南京市发展和改革委员会\n{SESSION}{work}"),
            format!("市政府2021年工作报告\n相关文件：\n关于南京市2020年预算执行情况与2021年预算草案的报告\n{SESSION}{work}"),
            format!("附件：关于南京市2020年预算执行情况与2021年预算草案的报告\n{SESSION}{work}"),
        ] {
            assert_eq!(kind(&head), None, "{head}");
        }
    }

    #[test]
    fn an_abridgement_says_so_in_its_title() {
        assert!(abridged("政府工作报告（摘要）\n——2021年1月12日在某市第十六届人民代表大会第五次会议上\n各位代表："));
        assert!(abridged("《2019年某省政府工作报告》摘登\n各位代表："));
        assert!(!abridged("政府工作报告\n各位代表：\n现将摘要报告如下。"));
        assert!(!abridged("政府工作报告（全文）\n各位代表："));
    }

    #[test]
    fn lines_about_the_work_report_are_not_its_title() {
        for (head, whose) in [
            ("《政府工作报告》重点任务落实情况的报告\n——2021年7月28日在南京市第十六届人民代表大会常务委员会第二十九次会议上", Whose::AnotherBody),
            ("南京市人民政府关于2020年政府工作报告目标任务完成情况的报告\n——2021年1月12日在南京市第十六届人民代表大会第五次会议上", Whose::Government),
            ("相关阅读：2021年南京市政府工作报告\n南京市中级人民法院工作报告\n——2021年1月12日在南京市第十六届人民代表大会第五次会议上", Whose::AnotherBody),
            ("济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知", Whose::Government),
        ] {
            assert_eq!(kind(head).map(|k| k.0), Some(whose), "{head}");
        }
    }
}
