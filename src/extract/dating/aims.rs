//! Aims: lists of aims opened or recalled, aims set or striven for, and gaps to an aim
//! or to another place.

use super::*;

/// Whether a sentence (up to a number) opens with a year (2023年, 今年 in a report given early
/// in the year) and lists its aims after a colon, the words before the colon ending in
/// 目标 or 预期指标 (2023年主要预期目标是：, 今年经济社会发展的主要目标为：), the number's own
/// clause no result (实际增长5.5%).
pub(super) fn opens_a_list_of_aims(sentence: &str, late: bool) -> bool {
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
pub(super) fn aims_listed_before(ctx: &Context, upto: usize, plan: i32) -> bool {
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
pub(super) fn quoted_after_aims(ctx: &Context, plan: i32) -> bool {
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
pub(super) fn plan_named_ahead(sentence: &str, plan: i32) -> bool {
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
pub(super) fn ahead_last_in(sentence: &str) -> bool {
    let Some(at) = sentence.rfind("今后").or_else(|| sentence.rfind("未来")) else { return false };
    let rest = &sentence[at..];
    let done = ["以来", "已", "实现了", "完成了"].iter().any(|w| rest.contains(w));
    says_ahead(rest, &["今后"]) && !says_a_year_or_past(rest) && !done
}

/// Whether the words of a sentence before its colon (at most 60 chars) name the plan year
/// (or a later one) or 今年 and its aims (目标, 指标, 安排), and no result (实际, 完成) nor past
/// time: 报告提出2021年主要预期目标为：, 周建峰在报告中提出了2021年…发展指标体系安排，具体为：.
pub(in crate::extract) fn opens_list_of_the_plan_year(sentence: &str, plan: i32) -> bool {
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
pub(super) fn a_subtitle_of_aims(ctx: &Context) -> bool {
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
pub(super) fn what_will_be(ctx: &Context, upto: usize) -> bool {
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
pub(super) fn states_an_aim(before: &str) -> bool {
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
/// is no aim of the clause; nor is one several results each reached (均达到…的规划目标要求).
const MEASURED_AGAINST: [&str; 11] =
    ["超过", "超额", "接近", "完成了", "实现了", "低于", "高于", "均达到", "都达到", "均实现", "达到了"];
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
pub(super) fn sets_an_aim(window: &str, before: &str, cue: &str, after: &str) -> bool {
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
        || !purpose && MET_PLAIN.iter().any(|a| clause.ends_with(a))
        || met_after_aim(clause, after) && !window.contains("明年");
    let done = met && !SETS_AIMS.iter().any(|w| window.contains(w));
    // (占年度计划的105.7%: a result's share of its aim)
    let share_of_aim = SHARE_OF.iter().any(|w| clause.ends_with(w));
    !compared && !done && !share_of_aim && !MEASURED_AGAINST.iter().any(|a| clause.contains(a))
}

/// Words right before an aim a result is a share of (完成投资146.53亿元，占年度计划投资的105.7%).
const SHARE_OF: [&str; 4] = ["占", "占年度", "占全年", "占年初"];

/// Words of intent before an aim or its verb: 推动目标任务全面完成, 目标任务要全面完成, 这一目标一定
/// 会实现 are aims.
const INTENT: [&str; 15] = [
    "推动", "推进", "力保", "确保", "力争", "努力", "争取", "奋力", "全力", "促进", "保障", "必须", "务必", "保证",
    "一定",
];
/// Words of intent between an aim and its verb only (主要 and 会议 hold 要 and 会 before it).
const INTENT_AFTER: [&str; 2] = ["要", "将"];
/// Words that say how an aim came out, between it and its verb: met (均能, 已经, 全面, 圆满,
/// 顺利 …) or not (未能实现: the figures are results either way).
const ACCOMPLISHED: [&str; 13] =
    ["均", "已", "全面", "圆满", "顺利", "基本", "胜利", "较好", "超额", "如期", "提前", "全部", "未"];

/// 确定的目标任务均能圆满完成, 主要预期目标全面实现, 目标任务已经完成: the aims met, said after
/// them (`after`, the words after the cue; `clause`, those of its clause before it): the
/// clause's last word 完成 or 实现, soon after the aim, said done or not (均, 已, 全面, 未 …), with no
/// word of intent before it.
fn met_after_aim(clause: &str, after: &str) -> bool {
    let rest_of_clause = &after[..after.find(['，', '。', '；', '：']).unwrap_or(after.len())];
    let Some(at) = rest_of_clause.find("完成").or_else(|| rest_of_clause.find("实现")) else { return false };
    let (between, rest) = (&rest_of_clause[..at], &rest_of_clause[at + "完成".len()..]);
    // (计划完成之后: a time ahead, not the aim met)
    let closes = rest.is_empty() || rest == "了";
    let intent = INTENT.iter().any(|w| clause.contains(w) || between.contains(w))
        || INTENT_AFTER.iter().any(|w| between.contains(w));
    closes && between.chars().count() <= 8 && ACCOMPLISHED.iter().any(|w| between.contains(w)) && !intent
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
pub(super) fn without_asides_after(window: &str, from: usize) -> std::borrow::Cow<'_, str> {
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
pub(in crate::extract) fn without_attribution(paragraph: &str) -> &str {
    ATTRIBUTION.find(paragraph).map_or(paragraph, |m| &paragraph[m.end()..])
}

/// Who asks, stresses or sets out, before what is asked (会议要求，…; 报告明确，…; 会议强调，…):
/// the aims of the year ahead, whatever past year an earlier sentence named.
pub(super) static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[^，。；：“]{1,12}?(?:要求|强调|明确|提出|部署|号召)[，：]").expect("valid regex")
});

pub(super) static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[^，。；：“]{1,12}?(?:说|指出|表示|介绍|透露|显示|称|提到)|(?:根据|据)[^，。；：“]{1,12}?)[，：]",
    )
    .expect("valid regex")
});

/// Whether a number is an aim said and then met by a result in the same sentence (年初计划城镇
/// 新增就业6000人，实际新增7500人; 会议确定全县生产总值增长8%，实际增长9.5%): an aim word in the
/// number's clause, not one it is measured against, and a later clause of 实际.
pub(super) fn aim_then_result(before: &str, after: &str) -> bool {
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
pub(super) fn aims_recalled_before(before: &str, plan: i32) -> bool {
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
pub(super) const PRELIMINARY: [&str; 3] = ["初步预计", "初步统计", "初步核算"];

/// Verbs that set an aim, said before the aim (报告提出，…要…; 年初确定…要…).
const AIM_SETTING: [&str; 4] = ["提出", "确定", "预定", "部署"];
/// Words whose 要 is no modal of intent (主要, 重要, 需要, 要求, 要素).
const NOT_INTENT: [char; 6] = ['主', '重', '需', '必', '只', '纲'];

/// Whether the sentence before a number sets an aim and then says what is to be (报告提出，
/// 物价涨幅要从14.8%降到10%左右), with no result said since (实际回落到6.1%, 完成, 实现).
pub(super) fn aim_set_before(before: &str) -> bool {
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

/// Whether a number is the past the next one grows on: 在上年增长8.5%的基础上 (`before` up to
/// the number, `after` from it).
pub(super) fn on_base_of_the_past(before: &str, after: &str) -> bool {
    let clause = last_clause(before);
    let past = ["在上年", "在去年", "在上一年"].iter().any(|w| clause.contains(w));
    past && after.split(['，', '；']).next().is_some_and(|rest| rest.contains("的基础上"))
}

/// A year between a subject and its predicate, right before the number: 一般公共预算收入2017年为
/// 10亿元, 全社会固定资产投资2017年增长8.5%. Not a base (比2017年, 较, 与, 同), a start (由, 从), an
/// end (到, 至) or a year of a list or span (2016、2017年, 2016—2017年).
pub(super) static YEAR_BEFORE_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^比较由从于至到和与及同在、—\-－~～0-9]((?:19|20)[0-9]{2})年(?:底|末)?(?:为|是|达到|达|增长|下降|完成|实现)$")
        .expect("valid regex")
});

/// The year [`YEAR_BEFORE_PREDICATE`] names in the clause before a number.
pub(super) fn year_before_predicate(clause: &str) -> Option<i32> {
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
pub(in crate::extract) fn last_clause(text: &str) -> &str {
    text.rsplit(['，', '；', '：']).next().unwrap_or(text)
}

/// Whether the clause before a number strives for it (力争, 争取) after any commitment
/// (确保) it makes: 力争增长7.5%、确保增长7% strives for 7.5 and commits to 7.
pub(in crate::extract) fn striven_for(before: &str) -> bool {
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
pub(in crate::extract) fn on_adjusted_basis(before: &str) -> bool {
    const FACTOR_WORDS: [&str; 3] = ["剔除", "扣除", "还原"];
    let clause = last_clause(before);
    // (同口径增长9.5%（自然口径增长3%）, 、自然口径增长3%: the natural basis said last is the number's)
    if clause.rfind("自然口径").is_some_and(|at| {
        let after = &clause[at..];
        !after.contains("同口径") && !after.contains("可比口径") && !FACTOR_WORDS.iter().any(|w| after.contains(w))
    }) {
        return false;
    }
    let factor = |c: &str| FACTOR_WORDS.iter().any(|w| c.contains(w)) && !c.contains("价");
    let previous = last_clause(before[..before.len() - clause.len()].trim_end_matches('，'));
    // (a figure's own clause holds digits; one that ends as a factor's does may too: 剔除留抵
    // 退税12亿元后)
    let factor_before = FACTOR_WORDS.iter().any(|w| previous.starts_with(w))
        && factor(previous)
        && (!previous.contains(|c: char| c.is_ascii_digit()) || previous.ends_with('后') || previous.ends_with("因素"));
    // (按同口径计算，地区生产总值增长6.6%，一般公共预算收入增长9.6%: a basis that opens the sentence
    // holds for each growth in it)
    let opening = before.split(['，', ',']).next().unwrap_or(before);
    let opens_with_a_basis = opening.len() < before.len()
        && !opening.contains(|c: char| c.is_ascii_digit())
        && ((opening.starts_with('按') && (opening.contains("同口径") || opening.contains("可比口径")))
            || FACTOR_WORDS.iter().any(|w| opening.starts_with(w)) && factor(opening));
    factor(clause) || factor_before || opens_with_a_basis || clause.contains("同口径") || clause.contains("可比口径")
}

/// Whether a growth is said on an adjusted basis, before it ([`on_adjusted_basis`]) or in a
/// note after it ([`adjusted_basis_noted_after`]).
pub(in crate::extract) fn adjusted_basis_said(before: &str, after: &str) -> bool {
    on_adjusted_basis(before) || adjusted_basis_noted_after(after)
}

/// Whether a note in brackets right after a growth says its basis is adjusted (增长9.4%（同口径）,
/// （剔除留抵退税因素）; not （扣除价格因素）, the real growth).
fn adjusted_basis_noted_after(after: &str) -> bool {
    let Some(note) = after.strip_prefix(['（', '(']) else { return false };
    let note = note.split(['）', ')']).next().unwrap_or(note);
    // (not a figure of its own: 下降1.8%（剔除减税降费因素，同口径增长8.1%）; the note's first
    // clause says the basis: 同口径，下同)
    let first = note.split(['，', ',']).next().unwrap_or(note);
    note.chars().count() <= 20 && !note.contains(|c: char| c.is_ascii_digit()) && on_adjusted_basis(first)
}

/// Whether the words after a past year (上年结转, 上年结余) make it a line of this year's
/// budget, carried over, not a time.
pub(super) fn budget_line(after: &str) -> bool {
    ["结转", "结余"].iter().any(|w| after.starts_with(w))
}

/// Whether the words right after a number name it an aim (增长5%的目标任务, 7%的预期目标,
/// 低于4.5%的控制目标).
pub(in crate::extract) fn aim_named_after(after: &str) -> bool {
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
pub(in crate::extract) fn gap_below_aim(before: &str) -> Option<bool> {
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
pub(super) fn gap_to_another(before: &str, comparison_words: &[String]) -> bool {
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
pub(in crate::extract) fn difference_after_than(before: &str) -> Option<bool> {
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
