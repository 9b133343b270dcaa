//! The words before (and after) a number, read: the subject it belongs to, the cue
//! words stripped from it (verbs of change, 分别, 均), and lists of subjects that a
//! run of numbers is spread over.
//!
//! Input: the clause text before a number. Output: a [`Phrase`] (subject and verbs),
//! or the list of subjects that numbers are distributed over.

use std::sync::LazyLock;

use regex::Regex;

use super::number::Hit;
use super::words::{has_prefix, has_suffix};
use super::Extractor;
use crate::ingest::decode::is_cjk;
use crate::meta::gazetteer::{Division, Gazetteer, Resolution};
use crate::model::UnitFamily;

/// Characters that join the items of a list subject (城镇、农村; 申请量和授权量).
pub(super) const LIST_SEPARATORS: [char; 4] = ['、', '和', '与', '及'];

/// The words before a number, read: the subject and the cue words stripped from it.
#[derive(Debug, Clone, Default)]
pub(super) struct Phrase {
    pub(super) subject: String,
    pub(super) verbs: Vec<Verb>,
    /// The growth or decline word nearest the number (增加, 减少), as written.
    pub(super) change_word: Option<String>,
    /// The subject was cut before a comparison (增速快于第二产业): the number is a gap
    /// between two series, not a value of an indicator.
    pub(super) compared: bool,
    /// The clause opens with a comparison and names only the other term (年均增长7.3%，
    /// 高于全省1个百分点): whether the other term is above (低于全省). The number is the
    /// gap of the number before, of its subject and over its years, unless it is the
    /// other term's own rate (高于全国平均增长6%): see [`Phrase::read_as_gap`].
    pub(super) gap: Option<bool>,
    /// The number is written with a minus sign (增长-2.6%; 分别增长8.6%和-2.1%).
    pub(super) signed: bool,
}

impl Phrase {
    /// 年均增长7.3%，高于全省1个百分点: a clause that opens with a comparison has no
    /// subject of its own; a gap below (低于全国, 低于经济增长1个百分点) is negative, as a
    /// decline is. Not a percent changed (高于全国平均增长6%): the other term's own rate,
    /// read as written.
    pub(super) fn read_as_gap(self, family: UnitFamily) -> Phrase {
        let changed = self.verbs.iter().any(|v| v.moves());
        match self.gap {
            Some(below) if !(changed && family == UnitFamily::Percent) => {
                let verbs = if below { vec![Verb::Decline] } else { Vec::new() };
                Phrase { verbs, gap: Some(below), ..Phrase::default() }
            }
            _ => Phrase { gap: None, ..self },
        }
    }
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
pub(super) enum Verb {
    Growth,
    Decline,
    /// 分别: the subject is a list that the following numbers are distributed over.
    Respectively,
    /// 提高到, 降至: the number is the new level, not the change.
    ToLevel,
    /// 达到: the number is what the subject reached: a level, or after a word of
    /// change the change itself (出口增长达到15%: a growth of 15%).
    Reach,
    /// 均, 都: one number holds for each subject of a list.
    Each,
    /// 为调整后预算的104%, 占年度计划的113.5%: the clause names only the whole; the
    /// number is the share of it that the subject before makes.
    ShareOf,
    Other,
}

impl Verb {
    /// Whether the verb says the number is a change (增长, 下降).
    pub(super) fn changes(self) -> bool {
        matches!(self, Verb::Growth | Verb::Decline)
    }

    /// Whether the verb says the number is a change or the level it led to (增长, 下降,
    /// 提高到, 达到), not what the subject is.
    pub(super) fn moves(self) -> bool {
        matches!(self, Verb::Growth | Verb::Decline | Verb::ToLevel | Verb::Reach)
    }
}

/// Time phrases at the end of a subject: 从2007年底, 由上年的, 比五年前, 比年初, 五年 (固定资产
/// 投资总额五年为8960亿元, 投入五年累计8729亿元), a span of years (从1953年至1980年的二十八
/// 年间), a year compared with (与1995年相比, 同上年相比: 国内生产总值与1995年相比增长58.6%).
static TRAILING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:与|同|和|跟)(?:(?:19|20)[0-9][0-9]年|上年|去年|上年同期|同期)(?:底|末)?相比较?|(?:从|由|比较|比較|比|较|較)?(?:(?:19|20)[0-9][0-9]年(?:(?:至|到)(?:19|20)[0-9][0-9]年的?(?:[一二三四五六七八九十]+年(?:间|中|里))?)?|上年|去年|年初|五年前|同期|上年同期|(?:“十[一二三四五六七八九]?五”|“[一二三四五六七八九]五”|十[一二三四五六七八九]五)(?:期间|时期)?|近[一二两三四五六七八九十]年|过去(?:的)?[一二两三四五六七八九十]年|[一二两三四五六七八九十]年来|(?:连续|这|在|上一?个)?五年(?:内|间|中|里)?)(?:底|末|初)?的?|按[^，]{1,8}(?:口径|价格|价)(?:计算)?|(?:剔除|扣除|还原)[^，]{1,10}(?:因素后?|后))$")
        .expect("valid regex")
});
/// Time phrases at the start of a subject: 2015年城镇…, 到2020年人均…, 去年底…, “十三五”时期…, 连续三年…
/// (在恢复期间…: see [`during`]).
static LEADING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:到|至)?(?:19|20)[0-9][0-9]年(?:[至到—-](?:19|20)[0-9][0-9]年)?|去年|今年|明年|上一年度|上一年|上年|(?:“十[一二三四五六七八九]?五”|“[一二三四五六七八九]五”|十[一二三四五六七八九]五)(?:期间|时期|前[一二三四]年)?|(?:过去|近|这|连续|今后|未来)?[二两三四五六七八九十]年(?:来|间|中|内|里)?(?:共|累计|平均每年|平均)?)(?:底|末|初)?",
    )
    .expect("valid regex")
});
/// The words after a document's title and a verb of proposing that open `s` (《纲要（草案）》
/// 提出今后五年…: what follows is what it proposes).
fn after_a_document_proposes(s: &str) -> Option<&str> {
    let rest = &s[s.strip_prefix('《')?.find('》')? + '《'.len_utf8() + '》'.len_utf8()..];
    let rest = ["提出", "明确", "要求", "确定"].iter().find_map(|v| rest.strip_prefix(v))?;
    let rest = rest.strip_prefix('了').unwrap_or(rest).trim_start_matches(['，', ',', '：', ':']);
    (rest.chars().count() >= 2).then_some(rest)
}

/// The words after 加上 or 带动 that open `s`: 加上上年结转收入, an amount added to the one before,
/// which the words after name; 带动全社会投入扶贫资金, what the whole (全社会, 全市, 全年) reached,
/// which the words before brought about (not 带动消费, a flow the words before induced).
fn after_added_or_brought(s: &str) -> Option<&str> {
    s.strip_prefix("加上")
        .filter(|r| r.chars().count() >= 2)
        .or_else(|| s.strip_prefix("带动").filter(|w| w.starts_with('全') && w.chars().count() >= 4))
}

/// Words that close a head naming aims before the noun of the first (今年主要预期目标是经济增长
/// 6.5%以上: 经济 is the subject).
const AIMS_HEAD_ENDS: [&str; 5] = ["目标是", "目标为", "目标定为", "指标是", "指标为"];

/// The words after a head naming aims that opens `s` (主要预期目标是经济): the head is a
/// few words with no mark between them.
fn after_aims_head(s: &str) -> Option<&str> {
    if !s.contains('标') {
        return None; // most subjects: no head (a char's search, where five words' cost more)
    }
    let (at, w) = AIMS_HEAD_ENDS.iter().filter_map(|w| s.find(w).map(|at| (at, *w))).min()?;
    let rest = &s[at + w.len()..];
    let head_only = s[..at].chars().count() <= 12 && !s[..at].contains(|c: char| c.is_ascii_digit() || !is_cjk(c));
    (head_only && rest.chars().count() >= 2).then_some(rest)
}

/// Budget lines carried over from the year before (加上上年结转收入, 上年结余): their year is
/// part of their name, not a time to trim.
const CARRIED_OVER: [&str; 2] = ["上年结转", "上年结余"];
/// Schooling whose span of years is part of its name (九年义务教育巩固率, 十二年免费教育):
/// the years before it are no time to trim. A closed set.
const YEARS_OF_SCHOOLING: [&str; 3] = ["义务教育", "免费教育", "一贯制"];
/// 截至年底, 止年底, 截止到6月底: the date a stock is taken at, before its subject (止年底、
/// 金融机构存、贷款余额…).
static AS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:截至|截止|止)(?:到)?(?:(?:19|20)[0-9][0-9]年)?(?:年底|年末|目前|[0-9一二三四五六七八九十]+月(?:底|末))[、，]?")
        .expect("valid regex")
});
/// Words that are a time, not a subject, when nothing else is left of one (年 of 年增长14.4%
/// after a year's level: 2007年达到9145亿元，年增长14.4%).
const TIME_ONLY: [&str; 11] =
    ["全年", "全年预计", "预计", "預計", "年末", "年底", "当年", "今年", "去年", "过去一年", "年"];
/// The noun of a milestone a number reached (迈上3万亿元新台阶、达到…, 突破100亿元大关):
/// it ends the number's phrase and is no subject of the next number, which keeps the
/// subject before. A closed set of set phrases, not a list a user tunes.
const MILESTONES: [&str; 7] = ["新台阶", "台阶", "大关", "关口", "新关口", "新高", "历史新高"];
/// Verbs that may stand between a scope (全市) and the noun a number is of
/// (全市完成生产总值): the scope goes with the verb. Verbs of doing, a closed set; the
/// general leading words (和, 及 …) do not follow a scope this way.
const SCOPED_VERBS: [&str; 4] = ["完成", "实现", "全面完成", "累计完成"];
/// Verbs of doing that follow a scope (全市投入财政专项扶贫资金, 全市实施市政项目): the scope
/// goes with the verb, as with [`SCOPED_VERBS`], when a noun of three chars or more is left.
const SCOPED_OBJECT_VERBS: [&str; 2] = ["实施", "投入"];
/// Last chars of the name of a place (中心城区, 各县, 中心镇, 行政村, 滁城).
const PLACE_ENDS: [char; 6] = ['区', '县', '市', '镇', '村', '城'];

/// 中心城区实施重点城建项目: a place, 实施 and the noun of what was done there: the place and
/// the noun (中心城区重点城建项目). The place is two to six chars before 实施; a noun of three
/// chars or more follows.
fn without_place_verb(s: &str) -> String {
    let Some(at) = s.find("实施") else { return s.to_string() };
    let (place, noun) = (&s[..at], &s[at + "实施".len()..]);
    let is_place = (2..=6).contains(&place.chars().count()) && place.ends_with(PLACE_ENDS) && place.chars().all(is_cjk);
    match is_place && noun.chars().count() >= 3 && !noun.starts_with(['了', '的']) {
        true => format!("{place}{noun}"),
        false => s.to_string(),
    }
}
/// Last chars of a noun naming a set of things counted (主要工业产品, 主要经济指标, 重点项目,
/// 工业单位, 農田), before which 中 picks some out of the set rather than naming a place or a
/// word of its own (高中, 其中, 心中).
const SET_ENDS: [char; 10] = ['品', '标', '目', '位', '田', '业', '种', '项', '户', '物'];

/// 主要工业产品中 -> 主要工业产品: the 中 (among) after a counted set is no part of its noun.
fn without_set_in(noun: &str) -> &str {
    match noun.strip_suffix('中') {
        Some(set) if set.chars().count() >= 2 && set.ends_with(SET_ENDS) => set,
        _ => noun,
    }
}

/// A grade of size that opens a noun (500亿级, 千亿级, 百亿元级): digits or numerals of
/// magnitude, then 级.
static GRADE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9一二三四五六七八九十百千万亿]+元?级").expect("valid regex"));

/// 有, alone or after an adverb (又有, 已有): there are so many of what the noun after the
/// number names, when a clause of 了 says what they did (有3000万贫困人口解决了温饱问题; not
/// 有3项不及预期, 有2项指标增速居全省第1位, whose noun is no clear set). Not after a noun
/// (全国有, 拟改制企业有: the set counted from). A closed set.
pub(super) const THERE_ARE: [&str; 8] = ["有", "又有", "已有", "再有", "还有", "已经有", "共有", "就有"];

/// 城市建立了居民最低生活保障制度, 贫困人口解决了温饱问题: the noun a number counts (read up to
/// a stop word, `noun`), then a verb of two chars with 了 and its object to the end of the
/// clause (in `text`, the words after the number), says what the things counted did: the
/// noun with that clause before it (建立了居民最低生活保障制度的城市), as a researcher names
/// the set. None unless the noun and the object are two chars or more, and the object ends
/// the clause and holds no numeral (房屋即因此浪费了五百四十万元 is an amount, not a set).
fn as_relative(noun: &str, text: &str) -> Option<String> {
    let chars: Vec<char> = noun.chars().collect();
    let at = chars.iter().position(|&c| c == '了').filter(|&at| at >= 4 && chars.len() - at > 2)?;
    let owner: String = chars[..at - 2].iter().collect();
    let clause_at = owner.len();
    let end = text.char_indices().find(|&(_, c)| !is_cjk(c)).map(|(i, _)| i)?;
    let clause = text.get(clause_at..end)?;
    let numeral = clause.contains(|c: char| "一二两三四五六七八九十百千万亿".contains(c));
    let unknown = clause.contains("了解") || !owner.chars().all(is_cjk);
    (!numeral && !unknown && clause.chars().count() >= 5).then(|| format!("{clause}的{owner}"))
}

/// Whether the verb `w` opens `text`: not a word of a kind made of it (2座压缩式生活垃圾转运站,
/// a compression-type station, not a cut of 2座; 压缩机, 压缩天然气, 压缩空气).
fn verb_at(text: &str, w: &str) -> bool {
    has_prefix(text, w) && {
        let after = &text[w.len()..];
        !after.starts_with(['式', '机']) && !["天然气", "空气"].iter().any(|n| after.starts_with(n))
    }
}

/// `s` after a marker that opens it: an enumerated point's (1.地区生产总值：…, 一是…), or a
/// frame of the words after it, never a noun, even alone (在实际工作中力争7%).
fn after_opening_marker(s: &str) -> Option<&str> {
    match ENUMERATION.find(s).filter(|m| m.end() < s.len()) {
        Some(m) => Some(&s[m.end()..]),
        None => FRAMES.iter().find_map(|f| s.strip_prefix(f)),
    }
}

/// A count that opens the next item of a list after 和 (和一批优势产业集群, 和5个…): numerals
/// and a classifier (not 二级和三级管网, a grade).
static COUNT_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9一二两三四五六七八九十百千]+(?:多)?[批个家座项条所名处]").expect("valid regex"));

/// Words that frame what follows them (在实际工作中力争7%, 在执行中争取达到百分之五), stripped
/// even when nothing follows. Grammar, fixed.
const FRAMES: [&str; 4] = ["在实际工作中", "实际工作中", "在执行中", "执行中"];

/// Divisions named by one char, counted as they are (320个县, 7个区): a noun of their own.
const ONE_CHAR_DIVISIONS: [&str; 7] = ["省", "市", "县", "区", "乡", "镇", "村"];

/// Words that end the noun read after a number, besides `[extract] subject_after_stops`:
/// the adverbs of a predicate over several items (34个省重点、300个市重点项目分别完成投资;
/// 100亿元园区各1个), an estimate cue (预计完成) and the copula (开发区是…). Grammar, fixed.
const NOUN_AFTER_STOPS: [&str; 4] = ["分别", "各", "预计", "是"];

/// 61个省重点、798个市重点项目; 2个500亿级、7个百亿级特色产业集群: a counted noun that the next
/// item of its list (`after` it: 、, a count, a noun) names again with a head after the same
/// last two chars takes that head (省重点项目, 500亿级特色产业集群).
fn with_next_head(noun: &str, after: &[char], ends: impl Fn(&str) -> bool) -> String {
    // a grade (省级, 国家级, 千亿级) is matched by its 级 alone: 4个国家级、13个省级开发区
    let take = if noun.ends_with('级') { 1 } else { 2 };
    let last: Vec<char> = noun.chars().rev().take(take).collect();
    if after.first() != Some(&'、') || noun.chars().count() < 2 {
        return noun.to_string();
    }
    let item: Vec<char> = after[1..].iter().take(24).copied().collect();
    // the next item opens with its count
    let counted = item.first().is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十百千".contains(*c));
    let key: Vec<char> = last.into_iter().rev().collect();
    let Some(at) = item.windows(take).position(|w| w == key.as_slice()).filter(|_| counted) else {
        return noun.to_string();
    };
    let rest: String = item[at + take..].iter().collect();
    let end = rest.char_indices().find(|&(i, c)| !is_cjk(c) || "和及与".contains(c) || ends(&rest[i..]));
    let head = &rest[..end.map_or(rest.len(), |(i, _)| i)];
    match head.chars().count() >= 2 {
        true => format!("{noun}{head}"),
        false => noun.to_string(),
    }
}

/// The subject as read: none for a clause that names who set the figure ([`SET_BY`]) or
/// only the other term of a comparison
/// (比全省预期目标高2个百分点: the number is of the subject before); a pair written apart
/// as one word (金融机构存、贷款余额 -> 金融机构存贷款余额).
fn own_subject(subject: String, before: &str) -> String {
    // 与市委经济工作会议确定的9%下调0.5个百分点: the figure compared with is who set it,
    // no subject (the number is of the subject before)
    let set_by = names_a_set_figure(before);
    // 两年平均增长5.2%: the count of years left of 年平均 is no noun
    let numeral = !subject.is_empty() && subject.chars().all(|c| "一二两三四五六七八九十".contains(c));
    // 虽然低于…目标，但仍增长6.8%: a connective or a pronoun alone is no noun (the number is
    // of the subject before: 基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十)
    let connective = CONNECTIVES.contains(&subject.as_str()) || PRONOUNS.contains(&subject.as_str());
    match set_by || numeral || connective || names_other_term(&subject) {
        true => String::new(),
        false => without_aim_inside(&fused_pairs(after_who_set_it(subject))),
    }
}

/// 年初县人代会提出的地区生产总值, 完成了年初确定的全县地区生产总值: who set a figure and when,
/// said before the noun with [`SET_BY`] and 的, is no part of what it is of: the noun after
/// the last such 的, when it has three chars or more (解决企业提出的问题 keeps its verb).
fn after_who_set_it(subject: String) -> String {
    let after = subject
        .match_indices('的')
        .filter(|&(at, _)| SET_BY.iter().any(|v| subject[..at].ends_with(v)))
        .map(|(at, _)| at + '的'.len_utf8())
        .next_back();
    match after {
        Some(at) if subject[at..].chars().nth(2).is_some() => subject[at..].to_string(),
        _ => subject,
    }
}

/// Subjects whose 持平 is no growth of 0: a rate or a pace (增速与上年持平, 失业率同比持平:
/// the rate is the year before's), a share, an aim (预期目标与去年持平: the aim is last
/// year's), a balance (收支基本持平: revenue and spending level with each other).
const LEVEL_WITHOUT_GROWTH: [&str; 10] = ["速", "幅", "率", "增长", "比重", "比例", "水平", "指数", "收支", "平衡"];

/// Whether `subject`, level with the year before (与上年持平), grew by 0: a quantity named
/// (a revenue, an output), not a rate, share, aim or balance, nor nothing. `before`: the
/// words right before the comparison as written, which the subject may have trimmed
/// (经济增长预期目标总体与去年持平: the subject 经济, the words an aim's).
pub(super) fn grows_when_flat(subject: &str, before: &str) -> bool {
    let rate = |s: &str| s.contains("目标") || LEVEL_WITHOUT_GROWTH.iter().any(|w| s.ends_with(w));
    !subject.is_empty() && !rate(subject) && !rate(before)
}

/// Whether the words before a number name it a figure set earlier that the one just said is
/// compared with (与市委经济工作会议确定的9%): of the subject before, in its measure.
pub(super) fn names_a_set_figure(before: &str) -> bool {
    let compared = before.trim_start().starts_with(['与', '比', '较', '同']);
    compared && SET_BY.iter().any(|v| before.trim_end().strip_suffix('的').is_some_and(|b| b.ends_with(v)))
}

/// 一般公共预算收入预期增速 -> 一般公共预算收入增速: a word of aim inside a subject, before its
/// rate of change, says what kind of figure it is (the kind says so too), not what it is of.
fn without_aim_inside(subject: &str) -> String {
    // every subject of a run comes here (2% of a run's instructions went to formatting and
    // searching the nine words): a subject without the first char of an aim has none
    if !subject.contains(['预', '计', '目']) {
        return subject.to_string();
    }
    for (aim, word) in AIMS_OF_RATES {
        if let Some(at) = subject.find(word).filter(|&at| at > 0) {
            return format!("{}{}", &subject[..at], &subject[at + aim.len()..]);
        }
    }
    subject.to_string()
}

/// Each word of aim, and it before each rate of change, in the order they are tried.
const AIMS_OF_RATES: [(&str, &str); 9] = [
    ("预期", "预期增速"),
    ("预期", "预期增幅"),
    ("预期", "预期增长率"),
    ("计划", "计划增速"),
    ("计划", "计划增幅"),
    ("计划", "计划增长率"),
    ("目标", "目标增速"),
    ("目标", "目标增幅"),
    ("目标", "目标增长率"),
];

/// 城镇居民人均可支配收人, 农民人均纯收人, 一般公共预算收人: 人 typed for 入 in 收入 after the
/// words an income's or a revenue's name has before it (可支配, 纯, 预算, 财政, 总, 营业) is 收入;
/// 招收人数, 吸收人才 keep theirs. Only a list's reading uses it (the item has its head noun
/// and borrows none): the subject stays as written, and so gets no indicator, as the gold
/// set reads it (tests/gold/wide_notes.md, 驻马店市/2002 and 2006).
pub(super) fn with_income_mended(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("收人") {
        let named = rest[..at].ends_with(['配', '纯', '算', '政', '总', '业']);
        out.push_str(&rest[..at]);
        out.push_str(if named { "收入" } else { "收人" });
        rest = &rest[at + "收人".len()..];
    }
    out.push_str(rest);
    out
}

/// Words that join clauses (但仍增长6.8%), frame the figure after them as built on one
/// before (在上年增长6.9%的基础上再增长7.5%) or name its prices (现价增长9.1%，可比价增长7.2%),
/// left as a whole subject when nothing follows them.
const CONNECTIVES: [&str; 16] = [
    "但",
    "但是",
    "但仍",
    "仍",
    "仍然",
    "而",
    "则",
    "并",
    "从而",
    "因此",
    "同时",
    "却",
    "基础上",
    "可比价",
    "现价",
    "名义",
];

/// Pronouns that stand for the subject before.
const PRONOUNS: [&str; 4] = ["它", "它们", "其", "这"];

/// The speakers' pronoun (我们), the government acting: never what an amount is of.
const SPEAKERS: &str = "我们";

/// Verbs of setting a figure before 的 and the number it is compared with (与会议确定的9%).
const SET_BY: [&str; 4] = ["确定", "提出", "下达", "规定"];

/// 比全省预期目标高, 比计划规定的单位数多, 相当于前九年总和: a clause that opens with 比 or
/// 相当于 and names only the other term of a comparison, up to the word that says which
/// way it goes (高, 低, 多, 少) or a total (总和): no subject of its own.
fn names_other_term(subject: &str) -> bool {
    let opens = (subject.starts_with('比') && !["比重", "比例", "比率", "比较"].iter().any(|w| subject.starts_with(w)))
        || subject.starts_with("相当于");
    opens && (subject.ends_with(['高', '低', '多', '少']) || subject.contains("总和"))
}

/// Footnote and highlight marks a report sets after a word (达到★): never part of a subject.
fn is_note_mark(c: char) -> bool {
    matches!(c, '★' | '☆' | '※' | '*' | '＊' | '▲' | '△') || ('①'..='⑳').contains(&c)
}
/// Nouns that start with a verb of doing (建成区, the built-up area): no verb is
/// trimmed from them.
const NOUNS_AFTER_A_VERB: [&str; 1] = ["建成区"];
/// Whether the words after a verb of doing are only a measure of the doing (落实率, 落实到位率,
/// 建成面积): the verb is part of the noun then, not trimmed.
fn measures_the_verb(rest: &str) -> bool {
    rest.chars().count() <= 3 && ["率", "面积", "规模", "数", "量", "额"].iter().any(|m| rest.ends_with(m))
}
/// Verbs whose object is named after the number (五年共培养近五百万高级专门人才): a
/// subject ending in one counts the noun after the number. Unlike the verbs of
/// `[extract] subject_leading_verbs`, not trimmed from the start of a subject (培养技术能手
/// 1331名 names the flow, not the stock; 解决了12万农村人口的饮水问题 counts the people).
pub(super) const OBJECT_VERBS: [&str; 2] = ["培养", "解决"];
/// Words of a flow counted in a period (净增国家高新技术企业1994户、总数8406户): the total
/// after it is the stock of the noun, not of the flow.
pub(super) const FLOW_WORDS: [&str; 8] = ["净增", "新增", "新登记", "新注册", "新认定", "新设立", "新引进", "新培育"];
/// Verbs said once before a list of amounts (全市新增有效灌溉面积113万亩、公路通车里程880公里;
/// 改造城镇老旧小区137个、农村危房1078户): each later item is new or rebuilt too. The
/// flows above and 改造, a closed set.
const LIST_VERBS: [&str; 9] = ["净增", "新增", "新登记", "新注册", "新认定", "新设立", "新引进", "新培育", "改造"];

/// The next item of a list after 、 (公路通车里程 after 全市新增有效灌溉面积113万亩) with the
/// verb of the list's first item, when that item opens with one of [`LIST_VERBS`], or
/// a scope of two chars (全市, 全省) and one (not 城镇新增就业, a noun; not 新建改造绿地,
/// whose verb is another).
pub(super) fn with_list_verb(previous: &str, item: &str) -> Option<String> {
    let opening = match previous.strip_prefix('全').and_then(|rest| rest.char_indices().nth(1)) {
        Some((at, _)) => &previous['全'.len_utf8() + at..],
        None => previous,
    };
    let (object, verb) = LIST_VERBS
        .iter()
        .find_map(|v| [opening, previous].into_iter().find(|s| has_prefix(s, v)).map(|s| (&s[v.len()..], *v)))?;
    // a verb of two after 改造 (改造建设乡镇卫生院127个、疾病控制中心10个: the centres were
    // rebuilt or built, not rebuilt); not the noun 建设用地 (land for building). Not after
    // 新增, whose second verb is the first item's own (新增投产项目20个、城镇就业8万人)
    let second = WORK_VERBS
        .iter()
        .chain(&["提升", "升级"])
        .filter(|_| verb == "改造")
        .find(|w| has_prefix(object, w) && **w != verb && !has_prefix(&object[w.len()..], "用"));
    let verb = format!("{verb}{}", second.unwrap_or(&""));
    let verb = verb.as_str();
    // 净增…1994户、总数8406户: a total after the flow is the stock, no flow; 新引进涉侨项目
    // 30个、投资总额121.77亿元: the money is the projects', not new
    let total = ["总数", "总量", "总额", "规模"].contains(&item) || item.contains("投资");
    (!item.contains(verb) && !item.is_empty() && !total).then(|| format!("{verb}{item}"))
}

/// Heads of a capacity added: what the national statistics list as new productive
/// capacity (新增生产能力: generating capacity, mining and port capacity, lines of rail
/// and road, exchange lines) and the capacity words of their names. A closed set.
const CAPACITY_HEADS: [&str; 10] = ["能力", "容量", "装机", "里程", "新线", "复线", "公路", "铁路", "交换机", "管道"];

/// Verbs that open an item of a list of works with a verb of its own (新建改建高速公路,
/// 联网接入泊位): no verb said once before holds for it.
const WORK_VERBS: [&str; 16] = [
    "新建", "改建", "扩建", "续建", "建成", "建设", "改造", "开工", "完成", "实施", "联网", "接入", "投产", "开通",
    "治理", "修建",
];

/// Whether a list item opens with a verb of its own (建成社区养老服务综合体24个).
pub(super) fn opens_with_work_verb(item: &str) -> bool {
    WORK_VERBS.iter().chain(&LIST_VERBS).chain(&["提升", "升级"]).any(|v| has_prefix(item, v))
}

/// The next item of a list of capacities added that names no verb of its own (全年新增大中型
/// 发电机组容量1500多万千瓦，铁路新线和复线3300多公里，港口吞吐能力近2600万吨): added
/// too, as the item before. Only capacities after capacities, so that a clause with
/// another noun (新能源发电量60.9亿度, the power generated) keeps its own reading.
pub(super) fn with_capacity_verb(previous: &str, item: &str) -> Option<String> {
    let verb = ["新增加", "新增"].into_iter().find(|v| previous.starts_with(v))?;
    let capacity = |s: &str| CAPACITY_HEADS.iter().any(|h| s.ends_with(h));
    let own_verb = item.starts_with(verb) || WORK_VERBS.iter().any(|v| item.starts_with(v));
    (capacity(previous) && capacity(item) && !own_verb).then(|| format!("{verb}{item}"))
}

/// Clauses that are only a verb of setting a figure, whose noun is the clause before
/// (…工业总产值，拟定为643亿元).
const SETTING_VERBS: [&str; 4] = ["定为", "拟定为", "确定为", "拟订为"];

/// Words that start the predicate of a sentence's first clause (外贸出口|从7月份开始回升;
/// 地区生产总值|再上新台阶, a milestone reached; 增速|快于全省, a comparison; 经济增速|逐季
/// 回升, the manner of a change).
const PREDICATE_STARTS: [&str; 40] = [
    "从",
    "自",
    "由",
    "在",
    "比",
    "较",
    "开始",
    "继续",
    "保持",
    "持续",
    "实现",
    "达到",
    "增长",
    "下降",
    "回升",
    "回落",
    "再上",
    "迈上",
    "跨上",
    "跃上",
    "登上",
    "快于",
    "高于",
    "低于",
    "慢于",
    "逐季",
    "逐月",
    "逐年",
    "跨越",
    "翻一番",
    "翻两番",
    "翻番",
    // (一般公共预算收入创历史新高，增长25%: a remark on the noun before its figure)
    "创历史",
    "屡创",
    "再创",
    "止跌",
    "扭转",
    "好于",
    "企稳",
    "逆势",
];
/// Words that open a circumstance said between a figure's noun and its verb (受疫情影响,
/// 扣除留抵退税, 剔除价格因素, 因…).
const CIRCUMSTANCE_AFTER_NAME: [&str; 5] = ["受", "扣除", "剔除", "因", "由于"];
/// What makes a 在-phrase a circumstance of the times (在大规模减税降费的情况下, 在疫情冲击下).
const HARD_TIMES: [&str; 8] = ["减税降费", "疫情", "影响", "冲击", "情况下", "背景下", "形势下", "压力"];
/// Words of manner right before a predicate's start (城乡居民收入稳步增长): the predicate's.
const MANNER: [&str; 6] = ["稳步", "大幅", "快速", "较快", "平稳", "明显"];
/// Chinese numerals and scales: what a magnitude in words is written with (五百亿, 千亿).
const MAGNITUDE_CHARS: &str = "零〇一二两三四五六七八九十百千万亿";

/// A figure written with a minus sign is a decline: 增长-2.6% turns its growth, 同比-3.2%
/// and 增速为-5.6% (no word of change) are one.
fn signed_as_a_decline(verbs: &mut Vec<Verb>) {
    if verbs.first() == Some(&Verb::Growth) {
        verbs[0] = Verb::Decline;
    } else if !verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline)) {
        verbs.insert(0, Verb::Decline);
    }
}

/// The verbs of a run's later number, from the earlier number's `verbs`: the minus sign of
/// either is its own (分别增长-3%和5%: 5 is a growth; 分别增长8.6%和-2.1%: -2.1 a decline).
pub(super) fn with_own_sign(verbs: &mut Vec<Verb>, earlier_signed: bool, signed: bool) {
    if earlier_signed && verbs.first() == Some(&Verb::Decline) {
        verbs[0] = Verb::Growth;
    }
    if signed {
        signed_as_a_decline(verbs);
    }
}

/// Where a base the figure builds on that ends `s` opens (地区生产总值在去年的基础上增长7%: no
/// part of the noun).
fn base_at_end(s: &str) -> Option<usize> {
    s.strip_suffix("基础上").and_then(|b| b.rfind('在')).filter(|&at| at > 0)
}

/// The words before a number, without what is no part of a subject: marks, a note after
/// them, an unclosed quotation's opening, an enumerated point's marker, a base opening them.
/// `None` for a verb of setting alone (…工业总产值，拟定为643亿元: the noun is the clause before).
fn words_of_the_subject(before: &str) -> Option<String> {
    let s = before.trim_matches(|c: char| c.is_whitespace() || "、的了".contains(c) || is_note_mark(c));
    // 同比增长（以下简称增长）, 固定资产投资（不含农户）: a note after the words is no part of them
    let mut s = without_same_below(without_note_after(s).to_string());
    // (“生产总值增长6%，…”: the opening of a quotation, unclosed in the words, is no part of them)
    if let Some(rest) = s.strip_prefix('“').filter(|rest| !rest.contains('”')) {
        s = rest.to_string();
    }
    if SETTING_VERBS.contains(&s.as_str()) {
        return None;
    }
    // 三是将18项收费…: the marker of an enumerated point is no part of the subject
    if let Some(m) = ENUMERATION.find(&s) {
        s = s[m.end()..].to_string();
    }
    Some(without_base_opening(s))
}

/// Words that open with a one-char word of `[extract] subject_leading` (及, 和, 并) but are
/// words of their own, fixed by the language: 及时受理率, 和谐社区, 并网装机容量, 使用面积. (Not
/// 并购 nor 使用 alone: 并购置新能源公交车, 使用电成本降低 are 并 and 使 before a verb and a noun.)
const OPENS_A_WORD: [&str; 8] = ["及时", "和谐", "并网发电", "并网装机", "并网电", "并购重组", "使用面积", "使用率"];

/// Words that say a number is the sum of what is listed before it (贡献率合计达到90%).
const SUMS: [&str; 6] = ["合计", "总计", "共计", "之和", "总和", "加起来"];

/// Words that single out a part of what was said (其中, 尤其是), alone before a time and a verb,
/// and 以 alone before a rate (…2500亿元，以13.5%的速度增长): no subject of their own.
const SINGLING_OUT: [&str; 5] = ["其中", "尤其是", "特别是", "其中，", "以"];

/// The verb a clause of one char is, whose subject is the one before: 到 before a later level
/// (由12.5亿元到36.4亿元), 增 and 降 (or 减) as terse copies write 增长 and 下降 (实现生产总值1200亿元，
/// 增8%，降3.5%; not a word's last char: 新增, 倍增).
impl Extractor {
    /// 今年GDP增7%左右, 地区生产总值增7.5%-8%, 单位生产总值能耗降3.5%: a headline's 增 or 降
    /// glued to an indicator's name is its growth or decline (not 新增, 倍增: the name must
    /// be an indicator's). The name and the verb.
    fn glued_change<'s>(&self, s: &'s str) -> Option<(&'s str, Verb)> {
        let (stem, v) = match s.strip_suffix('增') {
            Some(stem) => (stem, Verb::Growth),
            None => (s.strip_suffix('降')?, Verb::Decline),
        };
        self.alias_ending(stem).map(|_| (stem, v))
    }
}

fn lone_verb(s: &str) -> Option<Verb> {
    match s {
        "到" | "至" => Some(Verb::ToLevel),
        "增" => Some(Verb::Growth),
        "降" | "减" => Some(Verb::Decline),
        _ => None,
    }
}

/// Where a magnitude in quotes that ends `s` opens (突破“五百亿”、达513.35亿元: a milestone,
/// no noun; the verb before it is stripped next). Not a quoted name (“菜篮子”).
fn quoted_magnitude_at_end(s: &str) -> Option<usize> {
    let open = s.strip_suffix('”')?.rfind('“')?;
    let quoted = &s[open + '“'.len_utf8()..s.len() - '”'.len_utf8()];
    let magnitude = !quoted.is_empty() && quoted.chars().all(|c| MAGNITUDE_CHARS.contains(c) || c.is_ascii_digit());
    magnitude.then_some(open)
}
/// Words that open a clause of circumstance, cause or means (随着…, 由于…, 通过…): what
/// follows them in that clause is no subject of the numbers after it.
const CIRCUMSTANCE: [&str; 7] = ["随着", "由于", "因为", "为了", "通过", "按照", "根据"];
/// Nouns of a rate of change that end a measure's name (物价上涨幅度, 工资涨幅, 地区生产总值增速).
const CHANGE_RATES: [&str; 4] = ["幅度", "涨幅", "增幅", "增速"];

/// The clause that ends with the comma right before the clause at `at`, when it starts at
/// or after `prev_end` (no number of the sentence stands in it).
pub(super) fn clause_before(chars: &[char], at: usize, prev_end: usize) -> Option<String> {
    let end = clause_start(chars, at).checked_sub(1).filter(|&i| chars[i] == '，')?;
    let start = clause_start(chars, end);
    (start >= prev_end).then(|| chars[start..end].iter().collect())
}

/// Where the predicate of `clause` starts ([`PREDICATE_STARTS`], after two chars at least).
fn predicate_cut(clause: &str) -> Option<usize> {
    // (two chars before it at least: two Chinese chars, or a Latin name, GDP逐季回升)
    let noun_before = |i: usize| i >= 6 || (i >= 2 && clause[..i].bytes().all(|b| b.is_ascii_uppercase()));
    // (nor a verb before 的, which names the noun after it: 消费对经济增长的贡献率逐年提高)
    let cut = PREDICATE_STARTS
        .iter()
        .filter_map(|w| {
            clause
                .match_indices(w)
                .map(|(i, _)| i)
                .find(|&i| noun_before(i) && !clause[i + w.len()..].starts_with('的'))
        })
        .min()?;
    let manner = MANNER.iter().find_map(|m| clause[..cut].strip_suffix(m)).map_or(cut, str::len);
    Some(if manner >= 6 { manner } else { cut })
}

/// `noun` when it is two to twelve Chinese chars, as a subject read from a clause is.
fn short_noun(noun: String) -> Option<String> {
    let n = noun.chars().count();
    // (or with a Latin name: GDP, CPI, GDP增速)
    ((2..=12).contains(&n) && noun.chars().all(|c| is_cjk(c) || c.is_ascii_uppercase())).then_some(noun)
}

/// `s` without the base it opens with, compared with right before the change (比历史上最好的
/// 1984年增长11.3%: the words name no noun; not 比重, 比例, nor 比1958年到1960年…, 比1980年末).
fn without_base_opening(s: String) -> String {
    // (分别比大丰收的1990年增长: each compared with it)
    let compared = ["分别", "均", "都"].iter().find_map(|w| s.strip_prefix(w)).unwrap_or(&s);
    if !compared.starts_with(['比', '较']) || compared.starts_with("比重") || compared.starts_with("比例") {
        return s;
    }
    let changes = |rest: &str| super::dating::CHANGE_VERBS.iter().any(|w| rest.starts_with(w));
    match super::dating::YEAR.find(&s).map(|m| m.end()).filter(|&end| changes(&s[end..])) {
        Some(end) => format!("{}{}", &s[..s.len() - compared.len()], &s[end..]),
        None => s,
    }
}

/// The marker of an enumerated point at the start of a clause: 一是, 三是, 1., 2、, （3）, ①.
static ENUMERATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]+是|[0-9]{1,2}[.．、]\s*|[（(][0-9一二三四五六七八九十]{1,3}[）)]\s*|[①-⑳])")
        .expect("valid regex")
});
/// An ordinal with its classifier (全球第五个): what follows it is the subject.
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"第[0-9一二三四五六七八九十百]+个").expect("valid regex"));

/// One side of a pair, and the other side: a later item or clause that names one side
/// alone (一般公共预算收入、支出; 地方财政一般预算收入36.4亿元、支出172.67亿元) shares the
/// modifier of the item that named the other. A closed set of accounting pairs.
const COUNTERPARTS: [(&str, &str); 6] =
    [("支出", "收入"), ("收入", "支出"), ("贷款", "存款"), ("存款", "贷款"), ("进口", "出口"), ("出口", "进口")];
/// Whether a noun names a whole of `count` parts that numbers said of it respectively are
/// of, in order: 城乡 (城镇, 农村), a fused pair (存贷款), 三次产业.
pub(super) fn names_its_parts(noun: &str, count: usize) -> bool {
    match count {
        2 => urban_and_rural(noun).is_some() || FUSED_PAIRS.iter().any(|(w, _)| noun.contains(w)),
        3 => noun.contains("三次产业") && !noun.contains("结构"),
        _ => false,
    }
}

/// 城乡居民人均可支配收入, 全区城乡居民人均可支配收入: the whole a subject opens with (or
/// nothing) and the words after its 城乡, which stands for 城镇 and 农村.
fn urban_and_rural(subject: &str) -> Option<(&str, &str)> {
    if !subject.contains("城乡") {
        return None; // most subjects: no look at the wholes
    }
    let whole = whole_words().find(|w| subject.starts_with(w)).unwrap_or("");
    subject[whole.len()..].strip_prefix("城乡").map(|rest| (whole, rest))
}

/// 存、贷款, 城、乡居民: a pair of [`FUSED_PAIRS`] or 城乡 written apart by 、, read as the
/// fused word (城乡居民…分别 is then 城镇居民…, 农村居民…).
const SPLIT_PAIRS: [(&str, &str); 2] = [("存、贷款", "存贷款"), ("城、乡居民", "城乡居民")];

/// A pair of [`SPLIT_PAIRS`] read as its fused word: 存、贷款 anywhere, 城、乡居民 where it
/// opens the subject or follows a region's whole (全县城、乡居民), not inside another word
/// (新城、乡居民安置房: 新城 and 乡).
fn fused_pairs(subject: String) -> String {
    SPLIT_PAIRS.iter().fold(subject, |s, (apart, word)| match s.find(apart) {
        // (存、贷款 is no other word's: 金融机构存、贷款余额)
        Some(at)
            if at == 0 || apart.starts_with('存') || s[..at].ends_with(['市', '县', '区', '省', '州', '旗', '盟']) =>
        {
            s.replacen(apart, word, 1)
        }
        _ => s,
    })
}
/// How a growth goes, said between its noun and the word of growth (固定资产投资保持稳定增长、
/// 力争达到3%: the subject is 固定资产投资).
const PACE: [&str; 7] = ["保持稳定", "保持较快", "保持平稳", "保持快速", "保持较高", "实现稳定", "实现较快"];

/// `s` without the pace of its growth ([`PACE`]) when a word of growth was stripped after it.
fn without_pace(s: &mut String, grew: bool) {
    if let Some(w) = PACE.iter().find(|w| grew && s.ends_with(*w) && s.len() > w.len()) {
        s.truncate(s.len() - w.len());
    }
}

/// 增长-2.6%: a growth written with a minus sign is a decline (the sign stays outside the
/// number, which starts at its first digit); whether `s` ended with one.
fn without_minus(s: &mut String) -> bool {
    let minus = s.ends_with(['-', '－', '−']);
    if minus {
        s.pop();
    }
    minus
}

/// 增速“保8争9”: 保 before the floor is no part of the subject, and 争 alone before the aim
/// leaves the subject to be carried from the floor's; whether `s` was that 争 (a growth,
/// as the floor's is: 保X争Y is read after a word of growth only).
fn without_two_tier_word(s: &mut String) -> bool {
    let kept = s.strip_suffix('保').map(|r| r.trim_end_matches('“'));
    if let Some(rest) = kept.filter(|r| super::number::TWO_TIER_AFTER.iter().any(|w| r.ends_with(w))) {
        *s = rest.to_string();
        false
    } else if s == "争" {
        s.clear();
        true
    } else {
        false
    }
}

/// A list without the count of its items said after it (居民人均可支配收入、城镇…、农村居民
/// 人均可支配收入三项增速分别为…: 三项 is no part of the last item, 增速 still the measure of
/// each), when the count is the numbers'.
fn without_count_of_the_list(subject: &str, count: usize) -> std::borrow::Cow<'_, str> {
    let numerals = ["", "", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
    let Some(numeral) = numerals.get(count).filter(|n| !n.is_empty()) else { return subject.into() };
    let counted = format!("{numeral}项");
    match subject.rfind(&counted) {
        Some(at) if subject[..at].contains(LIST_SEPARATORS) && subject[at + counted.len()..].chars().count() <= 2 => {
            format!("{}{}", &subject[..at], &subject[at + counted.len()..]).into()
        }
        _ => subject.into(),
    }
}

/// Two sides said in one word (金融机构存贷款余额分别为…, 财政收支): each side in turn.
const FUSED_PAIRS: [(&str, [&str; 2]); 2] = [("存贷款", ["存款", "贷款"]), ("收支", ["收入", "支出"])];

/// 支出 after 一般公共预算收入: 一般公共预算支出. None unless `item` is one side of a
/// pair and `full` names the other with a modifier before it.
pub(super) fn with_counterpart(full: &str, item: &str) -> Option<String> {
    let (_, other) = COUNTERPARTS.iter().find(|(w, _)| *w == item)?;
    let modifier = full.strip_suffix(other)?;
    // 进出口 is the whole, not 进 before 出口
    let fused = item.chars().next().is_some_and(|c| modifier.ends_with(c));
    (!modifier.is_empty() && !fused).then(|| format!("{modifier}{item}"))
}

/// 城镇人均居住面积增加到8.7平方米，农村增加到22平方米: a bare scope word after a subject
/// that opens with another scope has the rest of it (农村人均居住面积). Not a whole (全市,
/// 本市), which is no counterpart of a part.
pub(super) fn with_other_scope(scopes: &[String], previous: &str, item: &str) -> Option<String> {
    let part = |w: &str| !w.starts_with(['全', '本']);
    if !(part(item) && scopes.iter().any(|m| m == item)) {
        return None;
    }
    let scope = scopes.iter().find(|m| has_prefix(previous, m) && previous.len() > m.len() && part(m))?;
    let rest = &previous[scope.len()..];
    (scope != item && !scopes.iter().any(|m| has_prefix(rest, m))).then(|| format!("{item}{rest}"))
}

/// Words that open a subject with a whole and the last char of the name of a region that
/// whole is (全省 is a 省's own, 全区 a 区's or an autonomous region's); 全国, 我国, 国家 and
/// 中央 are the country's ([`NATIONAL`]). Grammar of division names, fixed.
const WHOLES: [(&str, char); 12] = [
    ("全省", '省'),
    ("省里", '省'),
    ("全市", '市'),
    ("市里", '市'),
    ("全区", '区'),
    ("全自治区", '区'),
    ("区里", '区'),
    ("全州", '州'),
    ("州里", '州'),
    ("全盟", '盟'),
    ("全县", '县'),
    ("县里", '县'),
];

/// Whether a report's region is named as a division is (…省/市/区/县/州/盟/旗, or 全国), so
/// that its own whole and its own name can be told from others'.
fn named_as_a_division(region: &str) -> bool {
    region == "全国" || region.ends_with(['省', '市', '区', '县', '州', '盟', '旗'])
}

/// The words that open a subject with a whole: the country's ([`NATIONAL`]), then
/// [`WHOLES`].
/// `subject` without the whole it opens with, the region's own or another's (全市, 全县,
/// 我市, 本县, 全国).
pub(super) fn without_whole_opening(subject: &str) -> &str {
    let mut chars = subject.chars();
    let own = matches!(
        (chars.next(), chars.next()),
        (Some('我' | '本'), Some('市' | '县' | '区' | '省' | '州' | '盟' | '旗'))
    );
    if own {
        return &subject[2 * '我'.len_utf8()..];
    }
    whole_words().find_map(|w| subject.strip_prefix(w)).unwrap_or(subject)
}

fn whole_words() -> impl Iterator<Item = &'static str> {
    NATIONAL.iter().copied().chain(WHOLES.iter().map(|(w, _)| *w))
}

/// 全国, 全省, 全市 …: a word that names only a whole (the country, or a province's, a
/// city's, a county's own).
pub(super) fn is_a_whole(word: &str) -> bool {
    whole_words().any(|w| w == word)
}

/// Words that open a subject with the whole country.
const NATIONAL: [&str; 4] = ["全国", "我国", "国家", "中央"];

/// 全国经济增长5.2%, 全省生产总值增长5.4% in a city's report: a subject that opens with a
/// whole other than the report's own `region` (a country's, a province's a city is in, a
/// city's a district is in) is that whole's figure, never the region's. The region's own
/// whole (全市 in a 市's report, 全国 in the State Council's) is not other. In the State
/// Council's, a level of government (中央财政收入, 地方财政收入) is a part of the country's.
pub(super) fn names_another_whole(subject: &str, region: &str) -> bool {
    // a region that is no division's name (a folder's name): its wholes are unknown
    if !named_as_a_division(region) {
        return false;
    }
    if region == "全国" && names_a_level_of_government(subject) {
        return true;
    }
    if NATIONAL.iter().any(|w| subject.starts_with(w)) {
        return region != "全国";
    }
    let whole = WHOLES.iter().find(|(w, _)| subject.starts_with(w));
    whole.is_some_and(|&(_, last)| !region.ends_with(last))
}

/// Whether the words that open a sentence before its first number, up to a colon, name a
/// place other than the report's region as whose the figures are (卫辉市提出的目标是：…). Not
/// aims given to the region (…下达我县的目标是：, 省里确定我市的目标), who reported or rated them
/// (…考核结果显示：), nor a whole (全国…, 省里…: too often the frame of the region's own).
pub(super) fn opened_by_another(opening: &str, region: &str) -> bool {
    let Some((topic, _)) = opening.rsplit_once(['：', ':']) else { return false };
    let topic = topic.rsplit(['，', '；', '。']).next().unwrap_or(topic).trim();
    let given = ["下达", "我", "本", "显示", "反馈", "考核", "评估", "认定"].iter().any(|w| topic.contains(w));
    // (a division's name: not 对标省 of 对标省里提出的目标)
    let place = place_named_first(topic, region).is_some_and(|end| names_a_division(&topic[..end]));
    topic.chars().count() >= 3 && !given && place
}

/// 全省实现生产总值58887亿元 in a city's report: a clause opened by another whole and a
/// verb of doing ([`SCOPED_VERBS`]), which the subject is trimmed of (生产总值), is that
/// whole's figure.
pub(super) fn another_whole_did(clause: &str, region: &str, written: &str) -> bool {
    let clause = clause.trim_start();
    let did = whole_words()
        .any(|w| clause.strip_prefix(w).is_some_and(|rest| SCOPED_VERBS.iter().any(|v| rest.starts_with(v))));
    did && names_another_whole_of(clause, region, written)
}

/// 超额完成年度任务, 超过年度目标, 完成全年计划: a subject that names the plan a figure is
/// measured against, not a thing of its own.
pub(super) fn measured_against_a_plan(subject: &str) -> bool {
    ["完成", "超过", "超出"].iter().any(|w| subject.contains(w))
        && ["任务", "目标", "计划", "预算"].iter().any(|w| subject.ends_with(w))
}

/// 中央财政收入, 地方级收入, 地方一般公共预算收入: the central or the local governments' own
/// figure (not 中央经济工作会议确定…, 中央决定…: who decided).
fn names_a_level_of_government(subject: &str) -> bool {
    let Some(rest) = ["中央", "地方"].iter().find_map(|w| subject.strip_prefix(w)) else { return false };
    ["财政", "级", "本级", "一般公共预算", "公共预算", "公共财政", "一般预算", "收入", "支出", "政府"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// [`names_another_whole`] for a report whose region is also `written` otherwise in its
/// header: a county since made a city or a district (宁乡县's report of 2016, its region
/// 宁乡市 now) names its own whole 全县, which is no other whole. A written name that is
/// no division's (a folder's 南宁, `national`) adds nothing.
pub(super) fn names_another_whole_of(subject: &str, region: &str, written: &str) -> bool {
    let own_as_written = named_as_a_division(written) && !names_another_whole(subject, written);
    names_another_whole(subject, region) && !own_as_written
}

/// 地区生产总值增长6%，高于全国（2.3%）、全省（3.8%）: a number in brackets right after another
/// whole's name is that whole's figure, not the region's.
pub(super) fn bracketed_after_another_whole(before: &str, region: &str) -> bool {
    let Some(named) = before.trim_end().strip_suffix('（') else { return false };
    whole_words().find(|w| named.ends_with(w)).is_some_and(|w| names_another_whole(w, region))
}

/// Statistics counted from a size up (500万元以上固定资产投资, 500万元以上项目固定资产投资,
/// 2000万元以上工业): an amount
/// with 以上 right before one is the size, part of the statistic's name.
const SIZE_SCOPED: [&str; 3] = ["固定资产投资", "工业", "项目固定资产投资"];
/// Words of doing or totalling, or of a region's own scope, that stand before 地区生产总值
/// (全年共实现地区生产总值, 累计完成, 区属地区生产总值) and never in the name of a place (前海地区,
/// 阿里地区).
const DONE_BEFORE_AREA: [&str; 9] = ["实现", "完成", "达到", "共", "累计", "合计", "区属", "县属", "市属"];
/// Last chars (or words) of a division's name: what a place named first in a subject ends with.
const DIVISION_ENDS: [&str; 10] = ["街道", "省", "市", "区", "县", "镇", "乡", "州", "盟", "旗"];
/// Words that end as a division's name does but name a kind of division, no place.
const DIVISION_KINDS: [&str; 8] = ["自治区", "自治州", "自治县", "自治旗", "地级市", "县级市", "省辖市", "直辖市"];

/// Where the name of a place other than the report's `region` that opens a subject ends
/// (成都市生产总值 in 四川省's report, 鼎城区 or 津市市 in 常德市's, 城关镇 in a county's): the
/// place is a part, or another whole, and its figure never the region's. A name is three
/// chars or more up to its first division ending (地区, 城市, 城镇, 全市 are no names); not
/// the region's own (西青区, 天津市西青区 in 西青区's). For a region that is no division's
/// name (a folder's), whose own name is unknown, only a county's name (象州县) is taken: a
/// region named by its folder is rarely a county that names itself so.
pub(super) fn place_named_first(subject: &str, region: &str) -> Option<usize> {
    let division = named_as_a_division(region);
    if division && subject.contains(region) {
        return None;
    }
    let end = subject
        .char_indices()
        .take(9)
        .filter(|&(i, _)| subject[..i].chars().count() >= 2)
        .find_map(|(i, _)| DIVISION_ENDS.iter().find(|e| subject[i..].starts_with(*e)).map(|e| i + e.len()))?;
    let name = &subject[..end];
    // (the region's short name with its own ending or 地区: 海南州 in 海南省's report is
    // another division, whose name opens with the province's)
    let own = region.strip_suffix(['省', '市', '区', '县']).is_some_and(|short| {
        name.strip_prefix(short).is_some_and(|rest| rest.is_empty() || region.ends_with(rest) || rest == "地区")
    }) || division && (is_short_for(name, region) || region.ends_with(name) && name.chars().count() >= 3)
        || own_kind(name, region);
    // a whole (全市地区, 拉动全市) or words of town and country (促进城镇) are no place's name;
    // nor are words of doing before 地区 (共实现地区生产总值: the GDP, done)
    let no_name = !name.chars().all(is_cjk)
        || name.contains(['全', '我', '本', '该', '各'])
        || ["城镇", "城市", "城乡", "乡镇"].iter().any(|w| name.contains(w))
        || name.ends_with("地区") && DONE_BEFORE_AREA.iter().any(|w| name.contains(w));
    let known = division || name.ends_with('县');
    if own {
        // the region's own name, then a place in it (黔东南州凯里市地区生产总值): the place's
        return place_named_first(&subject[end..], region).map(|rest| end + rest);
    }
    (known && !no_name && !DIVISION_KINDS.iter().any(|k| name.ends_with(k))).then_some(end)
}

/// Whether `name` is the kind of place the region is and calls itself (新区 or 新区地区 in
/// 浦东新区's report; see [`super::measure::OWN_KINDS`]).
fn own_kind(name: &str, region: &str) -> bool {
    let kind = name.strip_suffix("地区").unwrap_or(name);
    super::measure::OWN_KINDS.contains(&kind) && super::measure::named_by_kind(region, kind)
}

/// Whether `s`, stripped of `w`, said the figure in step with another's (居民人均可支配收入与地区
/// 生产总值同步增长6.5%): the rate is the first's alone, `s` is cut to it. 同步 after a list
/// (…分别达到10558元、6238元，同步增长9%) holds for each of it.
fn in_step_with_another(s: &mut String, w: &str) -> bool {
    let Some(at) = s.rfind('与').filter(|_| w == "同步") else { return false };
    s.truncate(at);
    true
}

/// Whether the trailing word `w` (the verb `v`) that `s` ends with is the end of another
/// word: 均 of 人均 and 平均 (no “each”), 约 of 签约 and 节约 (no “about”), 高达 of 最高达 or
/// 提高达 (单日最高达78.4万人次, 提高达2.1个百分点: 达 alone follows another word).
fn ends_another_word(s: &str, w: &str, v: Verb) -> bool {
    let average = v == Verb::Each && (s.ends_with("人均") || s.ends_with("平均"));
    let word_end = w == "约" && crate::extract::number::ends_a_word_in_yue(s.chars().rev());
    let highest = w == "高达" && ["最高达", "提高达", "升高达", "增高达", "抬高达"].iter().any(|x| s.ends_with(x));
    // (可 of 许可, 认可; 有望 and 可望 stripped whole)
    let may = w == "可" && ["许可", "认可", "不可", "宁可", "即可", "尚可", "皆可"].iter().any(|x| s.ends_with(x));
    // (一季度、上半年和全年分别增长: 全年 the last item of a list of times, not a frame)
    let listed = w == "全年"
        && s[..s.len() - w.len()]
            .strip_suffix(LIST_SEPARATORS)
            .is_some_and(|time| ["季度", "半年", "月", "月份"].iter().any(|t| time.ends_with(t)));
    average || word_end || highest || may || listed
}

/// Marks that open an item of a list: the bullets a line of a list starts with in
/// normalisation ([`crate::normalize::is_bullet`]), and the ones seen before a figure's
/// subject only (◎ · ➢ ➤ ▪).
fn is_bullet(c: char) -> bool {
    crate::normalize::is_bullet(c) || matches!(c, '◎' | '·' | '➢' | '➤' | '▪')
}

/// Words by which a report names its own region: 我市经济增长7%, 该市经济增长10%.
/// A word names the region only when its last char is the region's own kind (我市 in a
/// city's report, not 我省 quoted there, nor 该区 of a district in it).
pub(crate) const OWN_REGION_WORDS: [&str; 21] = [
    "我省", "我市", "我区", "我县", "我州", "我盟", "我旗", "本省", "本市", "本县", "本区", "本州", "本盟", "本旗",
    "该省", "该市", "该区", "该县", "该州", "该盟", "该旗",
];

/// `words` without a leading name of the report's own `region` (重庆, 重庆市 in 重庆市's report;
/// 我市, 该市; a short form the gazetteer knows): 重庆经济增长13.6% is the region's economy, as
/// 全市经济增长 is. Another place's name stays (北京经济增长 in 天津市's report). `is_alias`:
/// whether words are an alias as a whole.
pub(super) fn without_own_name<'a>(words: &'a str, region: &str, is_alias: impl Fn(&str) -> bool) -> &'a str {
    let own_kind = |w: &&&str| w.chars().next_back().is_some_and(|kind| region.ends_with(kind));
    if let Some(rest) = OWN_REGION_WORDS.iter().filter(own_kind).find_map(|w| words.strip_prefix(w)) {
        return rest;
    }
    if let Some(rest) = words.strip_prefix(region).filter(|_| !region.is_empty()) {
        return rest;
    }
    let short = region.strip_suffix(['省', '市', '区', '县']).filter(|s| s.chars().count() >= 2);
    if let Some(rest) = short.and_then(|s| words.strip_prefix(s)) {
        return rest;
    }
    // (a short form the gazetteer knows: 广西经济增长 in 广西壮族自治区's report; looked up
    // only before an alias, as the lookup is dear)
    (2..=4)
        .filter_map(|n| words.char_indices().nth(n).map(|(at, _)| at))
        .find(|&at| is_alias(&words[at..]) && named_as_a_division(region) && is_short_for(&words[..at], region))
        .map_or(words, |at| &words[at..])
}

/// Whether `name` is a short form of `region` the gazetteer knows (果洛州 for 果洛藏族自治州,
/// 黔东南州), or one before 地区 (西藏地区生产总值, 广西地区生产总值 in an autonomous region's
/// report): the region naming itself, whose figure is its own.
fn is_short_for(name: &str, region: &str) -> bool {
    let g = Gazetteer::builtin();
    // (every division the name has stood for is the region, under its name then or now:
    // 长阳县 is also the county before it became 长阳土家族自治县)
    let the_region = |d: &Division| d.name() == region || d.current_name() == region;
    let names_region = |n: &str| match g.resolve(n, None) {
        Resolution::Unique(d) => the_region(&d),
        Resolution::Ambiguous(ds) => ds.iter().all(the_region),
        Resolution::Unknown => false,
    };
    names_region(name)
        || name.strip_suffix("地区").is_some_and(|short| short.chars().count() >= 2 && names_region(short))
}

/// Where the short name of a place under the report's `region` that opens a subject ends
/// (郑州生产总值 in 河南省's report, 遂平 in 驻马店市's: a name of 2 to 4 chars that the
/// gazetteer has for a division below the region in `year`). The place's figure is never
/// the region's.
pub(super) fn part_named_short(subject: &str, region: &str, year: i32) -> Option<usize> {
    if !named_as_a_division(region) || region == "全国" {
        return None;
    }
    let g = Gazetteer::builtin();
    let ends = subject.char_indices().map(|(i, _)| i).chain([subject.len()]).skip(2).take(3);
    ends.filter(|&end| g.names_a_part_of(&subject[..end], region, year)).last()
}

/// Words after a list of places that count them (襄阳、宜昌两市生产总值): no part of the noun.
const PLACES_COUNTED: [&str; 14] =
    ["两市", "三市", "四市", "两县", "三县", "两区", "三区", "两州", "两盟", "两旗", "两地", "三地", "等地", "等市"];

/// Whether `name` is a division's name, whole or short (洛阳, 和田市), not a common word.
fn names_a_division(name: &str) -> bool {
    name.chars().count() >= 2 && Gazetteer::builtin().names_a_division(name)
}

/// The division's name `text` opens with, the longest (乌兰浩特市, 无锡市 rather than 无锡),
/// but without 地区 when the name before it is one too (宜宾地区生产总值: 宜宾).
fn place_opening(text: &str) -> Option<&str> {
    let ends = text.char_indices().map(|(i, _)| i).chain([text.len()]).skip(2).take(9);
    let end = ends.filter(|&e| names_a_division(&text[..e])).last()?;
    let name = &text[..end];
    Some(name.strip_suffix("地区").filter(|short| names_a_division(short)).unwrap_or(name))
}

/// 洛阳、南阳经济总量分别达到…; 呼和浩特、包头两市一般公共预算收入分别增长…: places listed by
/// their names (a division's, whole or short) before one noun. Each item is the place with
/// the noun (洛阳经济总量, 南阳经济总量): a place's figure, never the region's, whatever the
/// noun names. None unless every item names a division and a noun follows the last.
pub(super) fn places_listed(subject: &str) -> Option<Vec<String>> {
    let items: Vec<&str> = subject.split('、').collect();
    let items = if items.len() >= 2 { items } else { subject.splitn(2, ['和', '与', '及']).collect() };
    let (last, named) = items.split_last()?;
    if named.is_empty() || !named.iter().all(|item| names_a_division(item)) {
        return None;
    }
    let place = place_opening(last)?;
    let noun = &last[place.len()..];
    let noun = PLACES_COUNTED.iter().find_map(|w| noun.strip_prefix(w)).unwrap_or(noun);
    (noun.chars().count() >= 2).then(|| named.iter().chain([&place]).map(|p| format!("{p}{noun}")).collect())
}

/// Whether `s` opens with a division's name up to its first ending (和田市地区生产总值, 和县,
/// 即墨区, 将乐县): a word a subject is trimmed of at its start (和, 即, 将) is then part of a
/// name, no connector or cue.
fn opens_with_a_division(s: &str) -> bool {
    let end = s.char_indices().skip(1).take(8).find(|&(_, c)| "省市县区州盟旗".contains(c));
    end.is_some_and(|(at, c)| names_a_division(&s[..at + c.len_utf8()]))
}

/// 全省一般公共预算收入增长4%，我市增长7.5%: the report's own whole after another whole's
/// figure takes the rest of its subject (我市一般公共预算收入).
pub(super) fn with_own_whole(previous: &str, item: &str, region: &str) -> Option<String> {
    let own = ["我", "本"].iter().any(|w| item.starts_with(w)) && item.chars().count() == 2;
    if !own || !names_another_whole(previous, region) {
        return None;
    }
    let scope = whole_words().find(|w| previous.starts_with(w))?;
    let rest = &previous[scope.len()..];
    (rest.chars().count() >= 2).then(|| format!("{item}{rest}"))
}

/// 包括村办工业, 不含房地产: a note that states the figure before under another
/// definition (in brackets after it: 增长4%（包括村办工业为6%）).
pub(super) fn is_definition_note(subject: &str) -> bool {
    let n = subject.chars().count();
    ["包括", "不包括", "不含"].iter().any(|w| subject.starts_with(w)) && (3..=12).contains(&n)
}

/// Subjects that say only that money was spent (投入12亿元用于农村公路建设): on what, the
/// words after the amount may say.
pub(super) const FUNDING: [&str; 12] = [
    "投入",
    "投资",
    "安排",
    "筹措",
    "拨付",
    "下达",
    "投入资金",
    "安排资金",
    "筹措资金",
    "拨付资金",
    "下达资金",
    "统筹资金",
];

/// Subjects that say only that money was invested: whose, the sentence said before.
pub(super) const INVESTMENT: [&str; 2] = ["投资", "总投资"];

/// 重点建设项目完成投资, 基础设施重点项目累计完成投资: the investment of the projects
/// named (重点建设项目投资); 完成 says it was done, not what was.
pub(super) fn without_done(subject: &str) -> String {
    for done in ["累计完成", "完成"] {
        for money in INVESTMENT {
            if let Some(projects) = subject.strip_suffix(money).and_then(|s| s.strip_suffix(done)) {
                if projects.ends_with("项目") {
                    return format!("{projects}{money}");
                }
            }
        }
    }
    subject.to_string()
}

/// Words between a category and the count of it (超10亿元企业达到25家, 的村占比75%).
const CATEGORY_LINKS: [&str; 6] = ["达到", "达", "有", "超过", "占比", "为"];
/// `s` without a [`CATEGORY_LINKS`] word at its end.
fn without_link(s: &str) -> &str {
    CATEGORY_LINKS.iter().find_map(|l| s.strip_suffix(l)).unwrap_or(s)
}
/// Verbs that may follow an amount: the words after it are what the money does
/// (投资超100亿元建设一批重大项目), not a category it names.
/// 抓好1600个、年度投资6000亿元以上的重大项目: an amount set beside a count of the items,
/// after 、 and a few words (`before`: the chars up to it), is their total, not each one's
/// threshold.
fn apposed_to_a_count(before: &[char]) -> bool {
    let head = &before[before.len().saturating_sub(8)..];
    let Some(k) = head.iter().rposition(|&c| c == '、') else { return false };
    let counted = k >= 2 && "个项家座所条批".contains(head[k - 1]) && head[k - 2].is_ascii_digit();
    counted && head[k + 1..].iter().all(|&c| is_cjk(c))
}

/// The most chars of a category's name before a predicate after it (重大项目建成投产: 重大项目).
const CATEGORY_NOUN_CHARS: usize = 6;

/// The categories a threshold with a predicate after them names (see
/// `Extractor::category_with_predicate`): projects and firms, whose size a report
/// states; other category nouns (产业, 园区, 村) more often start a clause of their own
/// where a comma is missing (完成工业投资超过60亿元产业转型升级加快).
const CATEGORY_HEADS: [&str; 2] = ["项目", "企业"];

/// What a category of projects or firms does (建成, 新开工, 签约落地, 有研发机构), not what
/// the money before does (项目建设, 企业受益).
const CATEGORY_PREDICATES: [&str; 12] =
    ["建成", "投产", "新开工", "开工", "竣工", "签约", "落地", "动工", "加快建设", "开工建设", "有", "实现"];

/// Verbs of the region's own money before an amount (完成投资, 争取资金, 发放贷款, 实际利用
/// 外资): the amount is the region's flow, not a category's threshold.
const OWN_FLOW_VERBS: [&str; 16] = [
    "完成", "争取", "发放", "兑现", "拨付", "筹集", "安排", "投入", "整合", "减免", "发行", "到位", "引进", "招商",
    "利用", "实现",
];

const CATEGORY_NOT_AFTER: [&str; 6] = ["建设", "实施", "用于", "支持", "带动", "推进"];

/// 年主营业务收入超50亿元企业3家、超10亿元企业40家: a later item that opens with its
/// threshold shares what the first item said before its own (年主营业务收入), when both
/// name the same category.
pub(super) fn with_threshold_modifier(previous: &str, item: &str) -> Option<String> {
    let opens_with_digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    let at = match ["超过", "超", "过"].into_iter().find(|m| item.starts_with(m)) {
        Some(marker) => previous.find(marker)?,
        None if opens_with_digit(item) && item.contains("以上") => previous.find(|c: char| c.is_ascii_digit())?,
        None => return None,
    };
    let tail = |s: &str| s.chars().rev().take(2).collect::<String>();
    let same_category = tail(previous) == tail(item) && previous[at..].contains("以上") == item.contains("以上");
    (at > 0 && same_category && previous[..at].chars().all(is_cjk)).then(|| format!("{}{item}", &previous[..at]))
}

impl Extractor {
    /// 年主营业务收入超50亿元企业3家, 10亿元以上项目, 产值过50亿元的村达到80个: an amount
    /// passed (以上, 超, 过) right before a category noun (`[extract] category_nouns`) is
    /// the threshold that defines the category, part of its name, not a figure. `next` is
    /// where the next number starts (the category's count).
    pub(super) fn is_category_threshold(&self, chars: &[char], hit: &Hit, next: usize) -> bool {
        if hit.info.family != UnitFamily::Money {
            return false;
        }
        let written: String = chars[hit.start..hit.end].iter().collect();
        let prefix: String = chars[hit.start..hit.number_start].iter().collect();
        let before = |n: usize| hit.start.checked_sub(n).map(|i| chars[i]);
        // 过 is no bound word of its own (通过, 经过, 不过, 超过 are other words)
        let past = prefix.is_empty() && before(1) == Some('过') && !before(2).is_some_and(|c| "通经不超".contains(c));
        if !(written.ends_with("以上") || ["超", "超过", "突破"].contains(&prefix.as_str()) || past) {
            return false;
        }
        let rest: String =
            chars[hit.end..next.max(hit.end)].iter().take_while(|&&c| is_cjk(c) || "“”".contains(c)).collect();
        let rest = rest.strip_prefix('的').unwrap_or(&rest);
        let verb_after = CATEGORY_NOT_AFTER.iter().any(|w| has_prefix(rest, w))
            || self.leading_verbs.iter().chain(&self.after_stops).any(|w| has_prefix(rest, w))
            || self.trailing.iter().any(|(w, _)| has_prefix(rest, w));
        // 村占比达到60%: up to two link words
        let noun = without_link(without_link(rest));
        let names_category = |noun: &str| self.category_nouns.iter().any(|c| has_suffix(noun, c));
        // 500万元以上固定资产投资完成39.7亿元, 500万元以上工业增加值: the size a statistic counts
        // from, said before its name
        let scope = written.ends_with("以上") && SIZE_SCOPED.iter().any(|w| has_prefix(rest, w));
        scope || !verb_after && (names_category(noun) || self.category_with_predicate(chars, hit.start, noun))
    }

    /// 一批投资超50亿元重大项目建成投产, 超5亿元项目新开工231个, 营收1亿元以上企业有研发机构: a
    /// project's or a firm's category ([`CATEGORY_HEADS`]) with a predicate a category has
    /// ([`CATEGORY_PREDICATES`]) right after its noun, which ends within
    /// [`CATEGORY_NOUN_CHARS`] of the amount (at `at`; `noun`: the words after it). Not when
    /// the words before the amount name the region's own flow or total (完成投资超100亿元,
    /// 实际利用外资超过3亿美元, 全社会固定资产投资突破300亿元: an indicator's alias), nor beside a
    /// count of the items (1600个、年度投资6000亿元以上的重大项目: their total).
    fn category_with_predicate(&self, chars: &[char], at: usize, noun: &str) -> bool {
        let head_then_predicate = |head: &str| {
            noun.match_indices(head).next().is_some_and(|(i, h)| {
                noun[..i + h.len()].chars().count() <= CATEGORY_NOUN_CHARS
                    && CATEGORY_PREDICATES.iter().any(|p| noun[i + h.len()..].starts_with(p))
            })
        };
        if !CATEGORY_HEADS.iter().any(|h| head_then_predicate(h)) || apposed_to_a_count(&chars[..at]) {
            return false;
        }
        let before: String = chars[clause_start(chars, at)..at].iter().collect();
        !OWN_FLOW_VERBS.iter().any(|v| before.contains(v)) && self.alias_ending(&before).is_none()
    }

    /// The subjects that one number, or a run of numbers joined by 和/、, is spread over:
    /// a list before 分别 or 均, a list as long as the run, or the list named before.
    /// `said`: the words before the number, up to the number before.
    pub(super) fn list_for(
        &self,
        subject: &str,
        verbs: &[Verb],
        run: usize,
        subjects: &[String],
        group: &[String],
        said: &str,
    ) -> Option<Vec<String>> {
        let respectively = verbs.contains(&Verb::Respectively);
        let each = verbs.contains(&Verb::Each) && !respectively;
        let list = if subject.is_empty() {
            if run >= 2 {
                // 17175元和5153元，实际增长9.8%和8.5%: the numbers follow the subjects in order
                distinct_tail(subjects, run)?
            } else if (respectively || each) && group.len() >= 2 {
                // 分别达35512元、25689元，均增长7.8%: each subject of the list named before
                group.to_vec()
            } else if each && run == 1 {
                // 城镇居民人均可支配收入16540元、农民人均纯收入7235元，均增长12%: each of the two
                // subjects the amounts just before were of (a pair: earlier clauses of the
                // sentence may count other things, 新增4A级景区2家、…，接待游客…、旅游收入…，均增长70%)
                distinct_tail(subjects, 2)?
            } else {
                return None;
            }
        } else if (respectively || each) && BARE_MEASURES.contains(&subject) && group.len() == run.max(2) {
            // …三项增速分别为5.7%、4.5%和7.6%，总量分别为33893元、42291元和21460元: the
            // measure of each subject of the list named before
            // (the list's own measure, said once on its last item, left: …收入增速分别为)
            let bare = |g: &str| BARE_MEASURES.iter().find_map(|m| g.strip_suffix(m)).unwrap_or(g).to_string();
            group.iter().map(|g| format!("{}{subject}", bare(g))).collect()
        } else if respectively || each {
            // 城乡居民人均可支配收入分别增长7.5%; 城镇、农村居民收入均增长8%
            self.distribute(subject, run.max(2))
        } else if run >= 2
            && (subject.contains(LIST_SEPARATORS)
                || FUSED_PAIRS.iter().any(|(w, _)| subject.contains(w))
                || urban_and_rural(subject).is_some())
        {
            // 城镇居民人均可支配收入和农村居民人均纯收入增长8.4%和11.4%: 分别 unsaid; so
            // with 城乡 (城乡居民人均可支配收入增长4.7%和7.3%: 城镇, then 农村)
            Some(self.distribute(subject, run)).filter(|l| l.len() == run)?
        } else if run == 1 && subject.ends_with('率') {
            // 人大代表建议、政协提案办结率、满意率100%: 均 unsaid; rates do not add up, so
            // the one number is each rate's (城镇调查失业率和登记失业率控制在5%以内 too)
            rates_of_a_list(subject).or_else(|| self.rates_named_each(subject, said))?
        } else {
            return None;
        };
        (list.len() >= 2).then_some(list)
    }

    /// 城镇调查失业率和登记失业率, 高中阶段毛入学率、义务教育巩固率: two to four rates of three
    /// characters or more (Chinese only), as the list's items (a later one named short,
    /// 覆盖率和成功率, stays short: where the first one's modifier ends is not known). None
    /// when the clause says the number is their sum (`said`: 贡献率合计达到90%).
    fn rates_named_each(&self, subject: &str, said: &str) -> Option<Vec<String>> {
        let pieces = list_items(subject);
        let named = |w: &&str| w.ends_with('率') && w.chars().count() >= 3 && w.chars().all(is_cjk);
        let summed = SUMS.iter().any(|w| said.contains(w));
        ((2..=4).contains(&pieces.len()) && pieces.iter().all(named) && !summed)
            .then(|| self.distribute(subject, pieces.len()))
    }

    /// The noun a number counts when the number stands before it: 100多项制度创新成果在全国推广,
    /// 13亿多人口的大国. None when a verb, a cue or nothing nominal follows.
    pub(super) fn noun_after(&self, chars: &[char], at: usize) -> Option<String> {
        let rest: Vec<char> = chars[at.min(chars.len())..].iter().take(16).copied().collect();
        let text: String = rest.iter().collect();
        // 2个500亿级、7个百亿级特色产业集群: a grade of size opens the noun
        let grade = GRADE.find(&text).map_or(0, |m| m.end());
        let starts_nominal = grade > 0
            || rest.first().is_some_and(|&c| is_cjk(c))
            && !text.starts_with(['比', '占', '的', '是', '为'])
            && !self.trailing.iter().any(|(w, _)| verb_at(&text, w))
            && !self.after_stops.iter().any(|w| has_prefix(&text, w))
            // 4万多亿元: the rest of a number, not a noun
            && !self.lex.scales.iter().any(|(w, _)| rest.starts_with(w))
            && self.lex.unit(&rest, 0).is_none();
        if !starts_nominal {
            return None;
        }
        // the noun ends at a stop word or at a verb of change (31个省份公务接待费减少26%)
        let changes = self.trailing.iter().filter(|(_, v)| v.moves());
        // 和 and a count opens the next item (10个百亿级特色产业集群和一批优势产业集群)
        let next_count = |i: usize, c: char| "和及与".contains(c) && COUNT_NEXT.is_match(&text[i + c.len_utf8()..]);
        // (the words are tried only where one of their first chars stands)
        let may_end = |c: char| self.noun_after_starts.as_ref().is_none_or(|s| s.binary_search(&c).is_ok());
        let (end, _) = text.char_indices().skip_while(|&(i, _)| i < grade).find(|&(i, c)| {
            !is_cjk(c)
                || may_end(c)
                    && (self.ends_noun_after(&text[i..]) || changes.clone().any(|(w, _)| verb_at(&text[i..], w)))
                || next_count(i, c)
        })?;
        // 18公里供水管网和19公里城市道路: the connector to the next item is no part of it
        let noun = text[..end].trim_end_matches(['和', '及', '与']);
        // 45种主要工业产品中，有37种…: the set the count names, not the 中 that picks from it
        let noun = without_set_in(noun);
        // 增长7.5%，突破500亿元大关: a milestone, not what the number counts
        if MILESTONES.iter().any(|m| noun.starts_with(m)) {
            return None;
        }
        let after = &chars[at.min(chars.len()) + noun.chars().count()..];
        // 20个总投资5亿元以上的项目: an investment cut by its amount names no noun alone
        if INVESTMENT.contains(&noun) && after.first().is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        // 在320个县开展…: a division is a noun of one char, when a predicate follows it
        let after_text: String = after.iter().take(4).collect();
        let division = ONE_CHAR_DIVISIONS.contains(&noun) && self.ends_noun_after(&after_text);
        let noun = (noun.chars().count() >= 2 || division)
            .then(|| with_next_head(noun, after, |t| self.ends_noun_after(t)))?;
        Some(as_relative(&noun, &text).unwrap_or(noun))
    }

    /// The first chars of the words that end the noun read after a number (the stops and
    /// the verbs of change, [`Extractor::noun_after`]), sorted; None if a word is empty.
    pub(super) fn noun_after_starts(after_stops: &[String], trailing: &[(String, Verb)]) -> Option<Vec<char>> {
        let changes = trailing.iter().filter(|(_, v)| v.moves());
        let words =
            after_stops.iter().map(String::as_str).chain(NOUN_AFTER_STOPS).chain(changes.map(|(w, _)| w.as_str()));
        let mut starts = words.map(|w| w.chars().next()).collect::<Option<Vec<char>>>()?;
        starts.sort_unstable();
        starts.dedup();
        Some(starts)
    }

    /// Whether a word that ends the noun read after a number starts `text`.
    fn ends_noun_after(&self, text: &str) -> bool {
        self.after_stops.iter().any(|w| has_prefix(text, w)) || NOUN_AFTER_STOPS.iter().any(|w| has_prefix(text, w))
    }

    /// Whether the number counts the noun after it, by the words before it: a 的 (…的13亿
    /// 多人口), a bare whole (全市112个重点建设项目), a list of examples closed by 等 (小洪河等
    /// 19条中小河道治理), or a list item that opens with its count (7个贫困县全部摘帽、928个
    /// 贫困村…: the text before ends in 、 after other words), or 一个 (在我们这样一个近八亿
    /// 人口的国家: the one country, and the number counts its people), or 有 and a clause of 了
    /// ([`THERE_ARE`]) after the number, which ends at `end`.
    pub(super) fn counts_noun_after(&self, before: &str, subject: &str, chars: &[char], end: usize) -> bool {
        let whole = subject.starts_with(['全', '本']) && self.scope_modifiers.iter().any(|m| m == subject);
        let examples = subject.ends_with('等') && subject.chars().count() >= 3;
        let one = subject.ends_with("一个");
        // 五年中有3000万贫困人口解决了温饱问题: there are so many of the things after that did so
        // (全县有45家企业通过了质量管理体系认证: after the whole, too; not where a figure follows in the
        // clause, which the relative clause would lose: 23家企业跻身了全国民营企业500强)
        let there_are = THERE_ARE.contains(&without_whole_opening(subject)) && {
            let after: String = chars[end.min(chars.len())..].iter().take(16).collect();
            let clause = after.split(['，', '。', '；', '：', '！', '？']).next().unwrap_or_default();
            !clause.contains(|c: char| c.is_ascii_digit()) && as_relative(&after, &after).is_some()
        };
        let item = before.trim_end().ends_with('、') && !subject.is_empty();
        before.trim_end().ends_with('的') || whole || examples || one || item || there_are
    }

    /// Strip cue words from both ends of the text before a number: (subject, verbs).
    pub(super) fn subject(&self, before: &str) -> Phrase {
        // …工业总产值，拟定为643亿元: the noun is the clause before (see `set_noun`)
        let Some(mut s) = words_of_the_subject(before) else { return Phrase::default() };
        // 增速快于第二产业9个百分点: the subject is the first term of the comparison
        let cut = self.comparison_words.iter().filter_map(|w| s.find(w.as_str())).filter(|&i| i > 0).min();
        s.truncate(cut.unwrap_or(s.len()));
        let mut verbs = Vec::new();
        let mut change_word = None;
        let (minus, two_tier_aim) = (without_minus(&mut s), without_two_tier_word(&mut s));
        // 低于全省, 低于上年 (the time stripped below): the gap to the term compared
        let gap = self
            .comparison_words
            .iter()
            .find(|w| has_prefix(&s, w) && s.len() > w.len())
            .map(|w| ["低于", "慢于"].contains(&w.as_str()));
        'strip: loop {
            if let Some(m) = TRAILING_TIME.find(&s).filter(|m| m.start() > 0 || m.end() == s.len()) {
                if !m.as_str().is_empty() {
                    s.truncate(m.start());
                    // 其中增长较快的“一五”时期平均每年增长4.5%: words of change before 的 say
                    // how the time went; the subject is the one named before
                    if s.ends_with('的') && self.says_a_change(&s) {
                        s.clear();
                    }
                    continue 'strip;
                }
            }
            if let Some(at) = quoted_magnitude_at_end(&s).or_else(|| base_at_end(&s)) {
                s.truncate(at);
                continue 'strip;
            }
            // no word ends in this char: none is tried (a cheap test, as most subjects end
            // in a noun)
            let ends = s.chars().next_back().is_some_and(|c| self.trailing_ends.binary_search(&c).is_ok());
            for (w, v) in self.trailing.iter().filter(|_| ends) {
                if has_suffix(&s, w) && !ends_another_word(&s, w, *v) {
                    if matches!(v, Verb::Growth | Verb::Decline) && change_word.is_none() {
                        change_word = Some(w.clone());
                    }
                    s.truncate(s.len() - w.len());
                    s = s.trim_end_matches(|c| matches!(c, '的' | '了' | '、') || is_note_mark(c)).to_string();
                    verbs.push(if in_step_with_another(&mut s, w) { Verb::Other } else { *v });
                    continue 'strip;
                }
            }
            break;
        }
        if minus {
            signed_as_a_decline(&mut verbs);
        }
        verbs.extend(two_tier_aim.then_some(Verb::Growth));
        without_pace(&mut s, change_word.is_some());
        if let Some(v) = lone_verb(&s) {
            if v != Verb::ToLevel {
                change_word.get_or_insert_with(|| s.clone());
            }
            s.clear();
            verbs.push(v);
        } else if let Some((stem, v)) = self.glued_change(&s).filter(|_| verbs.is_empty()) {
            change_word = Some(s[stem.len()..].to_string());
            s.truncate(stem.len());
            verbs.push(v);
        }
        // 全球第五个航空旅客年吞吐量: the ordinal ranks what follows it
        if let Some(m) = ORDINAL.find_iter(&s).last().filter(|m| m.end() < s.len()) {
            s = s[m.end()..].to_string();
        }
        let subject = self.without_circumstance(own_subject(self.lead_trimmed(&s), before));
        Phrase { subject, verbs, change_word, compared: cut.is_some(), gap, signed: minus }
    }

    /// A subject without a circumstance said with 在 (在大幅减税降费情况下增长1.5%, 区级财政
    /// 收入在更大规模减税降费实现194.1亿元): alone it names nothing, after a measure's name it
    /// is no part of the name. Only a circumstance of the times ([`HARD_TIMES`]): 在 also
    /// opens a place or a whole (在全省排名, 在一般公共预算收入中占比).
    fn without_circumstance(&self, subject: String) -> String {
        // (a name may open with 在 itself: 在岗职工平均工资在疫情冲击下, 在建项目, 在校学生)
        let later = subject.char_indices().skip(1).find(|&(_, c)| c == '在').map(|(at, _)| at);
        let at = match later {
            Some(at) => at,
            // alone: 在大幅减税降费情况下, a circumstance and nothing else
            None if subject.starts_with('在') && subject.ends_with('下') => 0,
            None => return subject,
        };
        if !HARD_TIMES.iter().any(|w| subject[at..].contains(w)) {
            return subject;
        }
        if at == 0 {
            return String::new();
        }
        let name = &subject[..at];
        let named = self.alias_as_a_whole(name, UnitFamily::Percent).is_some() || self.names_a_measure(name);
        if named {
            name.to_string()
        } else {
            subject
        }
    }

    /// Whether `s` holds a word of growth or decline (增长较快的).
    fn says_a_change(&self, s: &str) -> bool {
        self.trailing.iter().any(|(w, v)| matches!(v, Verb::Growth | Verb::Decline) && s.contains(w.as_str()))
    }

    /// Strip leading cue words (全年, 预计, 力争 …).
    pub(super) fn lead_trimmed(&self, text: &str) -> String {
        // (●经济增长6%左右: the bullet of a list's item is no part of its subject)
        let mut s = text.trim().trim_start_matches(is_bullet);
        // …年均增长29.8%，其中2006年增长42.3%: a word that singles out a part of what was said,
        // alone, names no subject (the one before is meant)
        if SINGLING_OUT.contains(&s) {
            return String::new();
        }
        'lead: loop {
            // a subject that is only a time (今年要新增…) is no subject
            if let Some(m) = LEADING_TIME.find(s).filter(|m| !m.as_str().is_empty()) {
                // 上年结转收入: a budget line carried over, whose year is part of its name;
                // 九年义务教育: a span of schooling, part of its name
                if CARRIED_OVER.iter().any(|w| has_prefix(s, w))
                    || YEARS_OF_SCHOOLING.iter().any(|w| has_prefix(&s[m.end()..], w))
                {
                    break 'lead;
                }
                // 今年初步安排: the 初 of 初步 (tentatively) is no time of the year
                let tentative = m.as_str().ends_with('初') && s[m.end()..].starts_with('步');
                s = &s[m.end() - if tentative { '初'.len_utf8() } else { 0 }..];
                continue 'lead;
            }
            if let Some(rest) = during(s) {
                s = rest;
                continue 'lead;
            }
            if let Some(m) = AS_OF.find(s).filter(|m| m.end() < s.len()) {
                s = &s[m.end()..];
                continue 'lead;
            }
            // 预计（下同）全年…: a note in brackets before the subject
            if let Some(at) = s.strip_prefix('（').and_then(|rest| rest.find('）')) {
                s = &s['（'.len_utf8() + at + '）'.len_utf8()..];
                continue 'lead;
            }
            if let Some(rest) = after_opening_marker(s).or_else(|| after_ba(s)) {
                s = rest;
                continue 'lead;
            }
            let starts = s.chars().next().is_some_and(|c| self.leading_starts.binary_search(&c).is_ok());
            let word = self.leading.iter().filter(|_| starts).find(|w| has_prefix(s, w) && s.len() > w.len());
            // (the gazetteer asked only when a word would be trimmed: 和田市 keeps its 和)
            // (及时受理率 keeps its 及: a one-char leading word that opens a word is no cue)
            let opens_a_word = || OPENS_A_WORD.iter().any(|o| has_prefix(s, o));
            // (预期性指标: a word made into an adjective by 性 is part of the noun)
            let adjective = |w: &str| s[w.len()..].starts_with('性');
            let trimmed =
                |w: &&String| !(w.chars().count() == 1 && opens_a_word() || opens_with_a_division(s) || adjective(w));
            if let Some(w) = word.filter(trimmed) {
                s = &s[w.len()..];
                continue 'lead;
            }
            // 《纲要（草案）》提出今后五年我市生产总值: what a document proposes, its noun
            if let Some(rest) =
                after_added_or_brought(s).or_else(|| after_a_document_proposes(s)).or_else(|| after_aims_head(s))
            {
                s = rest;
                continue 'lead;
            }
            // 全市完成生产总值: the scope and the verb before the noun
            for m in self.scope_modifiers.iter().filter(|m| has_prefix(s, m)) {
                let rest = &s[m.len()..];
                if let Some(v) = SCOPED_VERBS.iter().find(|v| has_prefix(rest, v) && rest.len() > v.len()) {
                    s = &rest[v.len()..];
                    continue 'lead;
                }
                // 全市投入财政专项扶贫资金 (not 全市投入资金, too bare without its scope)
                if let Some(v) = SCOPED_OBJECT_VERBS.iter().find(|v| has_prefix(rest, v)) {
                    if rest[v.len()..].chars().count() >= 3 {
                        s = &rest[v.len()..];
                        continue 'lead;
                    }
                }
            }
            break;
        }
        self.noun_left(s)
    }

    /// What is left of a subject after the leading words: without the rest of a note, a
    /// verb of doing, a 了 before the noun; nothing when only a time is left.
    fn noun_left(&self, s: &str) -> String {
        let s = s.trim_matches(['、', '，', '的']);
        // 下同）地区生产总值: the rest of a note in brackets opened before the clause
        let s = match s.find('）') {
            Some(at) if !s[..at].contains('（') => s[at + '）'.len_utf8()..].trim_start_matches(['，', '、']),
            _ => s,
        };
        // 固定资产投资（不含农户）: a note on the definition after the subject
        let s = without_note_after(s);
        // 建成高标准农田, 推进亿元以上重点项目: the verb of doing before the noun (not in
        // a relative clause, 获得先进集体称号的地级市, nor a noun, 建成区)
        let s = match self.leading_verbs.iter().find(|v| has_prefix(s, v) && s.len() > v.len()) {
            Some(v)
                if !s.contains('的')
                    && !NOUNS_AFTER_A_VERB.iter().any(|n| has_prefix(s, n))
                    && !measures_the_verb(&s[v.len()..]) =>
            {
                &s[v.len()..]
            }
            _ => s,
        };
        // 完成了小洪河等, 提出了钢产量: the 了 of a verb trimmed before is no part of the noun
        // (not 了解, a verb of its own)
        let s = match s.strip_prefix('了') {
            Some(rest) if rest.chars().count() >= 2 && !rest.starts_with('解') => rest,
            _ => s,
        };
        // 外贸出口从7月份开始回升，全年达到1800亿美元: a time alone is no subject; nor is
        // 即 (收入增长9.6亿元，即增长3.68%: the number before, restated)
        if TIME_ONLY.contains(&s) || MILESTONES.contains(&s) || s == "即" {
            return String::new();
        }
        without_place_verb(s)
    }

    /// The noun of the clause before, for a number whose own clause is only a verb of
    /// setting a figure (一九五八年的工业总产值，拟定为…; 今年经济增长速度的宏观调控目标，定为…):
    /// that clause as a whole, without the plan word after its 的 (的宏观调控目标). None when
    /// the clause before is no noun: it opens with a preposition (通过国家预算的部分) or
    /// holds a number or a mark.
    pub(super) fn set_noun(&self, chars: &[char], clause: &str, at: usize) -> Option<String> {
        if !SETTING_VERBS.contains(&clause.trim()) {
            return None;
        }
        let end = clause_start(chars, at).checked_sub(1).filter(|&i| chars[i] == '，')?;
        let text: String = chars[clause_start(chars, end)..end].iter().collect();
        let text = match text.rfind('的') {
            Some(i) if ["目标", "指标"].iter().any(|w| text.ends_with(w)) && text.len() - i <= 24 => &text[..i],
            _ => &text[..],
        };
        let noun = self.lead_trimmed(text);
        let n = noun.chars().count();
        let adverbial = ["通过", "根据", "按照", "按", "在", "为了", "对", "从"].iter().any(|p| noun.starts_with(p));
        ((2..=16).contains(&n) && !adverbial && noun.chars().all(is_cjk)).then_some(noun)
    }

    /// The clause before, for a number whose own clause names no subject (钢、煤、纸等产品的
    /// 产量，都比上年增长一倍; 甲在乙中所占的比重，由10%上升到12%): that clause as a whole,
    /// when no number stands in it (after `prev_end`) and it reads as the noun the clauses
    /// after it are about: a share, a list before 分别, or a list closed by 等 and the noun
    /// of its items before a number that is a change (by its `verbs`: 出台甲、乙等措施，27个
    /// 项目 names no noun of 27).
    pub(super) fn topic_noun(&self, chars: &[char], at: usize, prev_end: usize, verbs: &[Verb]) -> Option<String> {
        let text = clause_before(chars, at, prev_end)?;
        // 第一是甲所占的比重: the marker of an enumerated point
        let body = text.strip_prefix('第').unwrap_or(&text);
        let body = ENUMERATION.find(body).map_or(&text[..], |m| &body[m.end()..]);
        let noun = self.lead_trimmed(body);
        let n = noun.chars().count();
        if !(4..=40).contains(&n) || !noun.chars().all(|c| is_cjk(c) || "、“”".contains(c)) {
            return None;
        }
        // 甲、乙、丙等产品的产量: 等 after the list's last item, then a short noun
        let after_list = noun.rfind('、').and_then(|i| noun[i..].rfind('等').map(|j| &noun[i + j + '等'.len_utf8()..]));
        let changed = verbs.iter().any(|v| v.moves());
        let list = changed && after_list.is_some_and(|rest| (1..=8).contains(&rest.chars().count()));
        // 甲、乙产值，分别增长…: the items the numbers are spread over, without what is said
        // of all of them (甲、乙均超过上年，分别增长…)
        let respectively = !list && verbs.contains(&Verb::Respectively) && noun.contains('、');
        if let Some(items) = respectively.then(|| noun.rfind('、')).flatten().map(|i| said_of_all(&noun, i)) {
            return Some(items.to_string());
        }
        // 甲在乙中所占的比重, not a bare 中所占的比重 (its part in a clause before)
        let share = noun.find('占').is_some_and(|at| at >= 6) && !noun.starts_with('中');
        let share = share && (noun.ends_with("比重") || noun.ends_with("比例"));
        (list || share).then_some(noun)
    }

    /// The noun a sentence opens with, for a number whose own clause names only a time
    /// (外贸出口从7月份开始回升，全年达到1800亿美元): the words of the first clause
    /// before the first word that starts a predicate.
    pub(super) fn opening_subject(&self, chars: &[char], number_at: usize) -> Option<String> {
        let mark = |c: &char| "，,；;：:".contains(*c);
        let mut start = 0;
        let mut first_end = chars.iter().position(mark)?;
        // (特别是开展攻坚战以来，GDP增速逐季攀升，…: a time said first frames the clause after it,
        // which opens with the noun)
        if chars[..first_end].ends_with(&['以', '来']) {
            start = first_end + 1;
            first_end = start + chars[start..].iter().position(mark)?;
        }
        if first_end >= number_at {
            return None;
        }
        let clause: String = chars[start..first_end].iter().collect();
        // 随着服务业比重上升，…: a clause of circumstance names no subject
        if CIRCUMSTANCE.iter().any(|w| clause.starts_with(w)) {
            return None;
        }
        // 1964年全国工业总产值，预计比1963年增长…: a first clause that is only a noun of a
        // measure (产值, 总额, 量 …), right before the number's own clause
        let cut = match predicate_cut(&clause) {
            Some(cut) => cut,
            None if clause_start(chars, number_at) == first_end + 1 && self.names_a_measure(&clause) => clause.len(),
            None => return None,
        };
        // (我们逐年加大…投入，五年累计达到…: the speakers, who acted, are no subject)
        short_noun(self.lead_trimmed(&clause[..cut])).filter(|noun| !noun.starts_with(SPEAKERS))
    }

    /// 确保物价上涨幅度比去年有明显回落，力争控制在15%左右: a number whose clause names no
    /// noun is of the noun the clause right before opens with, cut where its predicate
    /// starts ([`PREDICATE_STARTS`]), if it is a noun of a measure and no number stands
    /// between them.
    pub(super) fn clause_before_subject(&self, chars: &[char], at: usize, prev_end: usize) -> Option<String> {
        let clause = clause_before(chars, at, prev_end)?;
        if let Some(name) = self.name_before_circumstance(&clause) {
            return Some(name);
        }
        let noun = self.lead_trimmed(&clause[..predicate_cut(&clause)?]);
        // 财政总收入五年翻一番: the time said before the predicate is not the noun's
        let noun = match TRAILING_TIME.find(&noun).filter(|m| m.start() > 0 && !m.as_str().is_empty()) {
            Some(m) => noun[..m.start()].to_string(),
            None => noun,
        };
        // a noun of a measure (产值, 总值, 幅度 …), not any words before a verb (随着服务业)
        let measure = self.names_a_measure(&noun)
            || CHANGE_RATES.iter().any(|w| noun.ends_with(w))
            || self.alias_as_a_whole(&noun, UnitFamily::Percent).is_some();
        short_noun(noun).filter(|_| measure)
    }

    /// An indicator's name that opens a clause, followed by a circumstance (一般公共预算收入受
    /// 留抵退税影响，下降3.1%; 地方一般公共预算收入扣除留抵退税，同口径增长9.9%): the name.
    fn name_before_circumstance(&self, clause: &str) -> Option<String> {
        if !clause.contains(['受', '扣', '剔', '因', '由']) {
            return None; // most clauses: no circumstance (one pass for the five words' first chars)
        }
        let cut = CIRCUMSTANCE_AFTER_NAME.iter().filter_map(|w| clause.find(w)).filter(|&i| i >= 6).min()?;
        let name = self.lead_trimmed(&clause[..cut]);
        // (第一产业增加值受灾害影响: a noun of a measure, whether or not an indicator's)
        let named = self.alias_as_a_whole(&name, UnitFamily::Percent).is_some() || self.names_a_measure(&name);
        short_noun(name).filter(|_| named)
    }

    /// Whether `s` ends in a noun of a measure: a head noun, 量/额/数/率, or 总值.
    fn names_a_measure(&self, s: &str) -> bool {
        self.head_nouns.iter().any(|h| has_suffix(s, h)) || s.ends_with(MEASURE_ENDS) || s.ends_with("总值")
    }

    /// Whether a list item lacks a head noun of its own, and borrows the last item's: not
    /// a head noun's end, a measure's end, or an indicator's name (GDP、规模工业增加值、社会
    /// 消费品零售总额).
    fn borrows_a_head(&self, item: &str) -> bool {
        // 全县生产总值、一般公共预算收入: an alias after the region's whole is a name too
        let bare = whole_words().find_map(|w| item.strip_prefix(w)).unwrap_or(item);
        // 城镇居民人均可支配收人和…: an income typed with 人 for 入 has its head noun
        let mended = if item.contains("收人") { with_income_mended(item) } else { item.to_string() };
        !self.head_nouns.iter().any(|x| has_suffix(&mended, x))
            && !is_whole_measure(item)
            && !self.aliases.iter().any(|a| a.text == item || a.text == bare)
    }

    /// The items of a subject that names them as a whole, not as a list of its own: years
    /// listed before a noun, 城乡, a fused pair (存贷款), 三次产业, rates said once.
    fn spread_as_a_whole(subject: &str, count: usize) -> Option<Vec<String>> {
        // 2018、2019、2020年出口分别增长…: one year each, of one noun (the years are read
        // as periods where the records are made)
        if let Some(noun) = super::dating::after_year_list(subject).filter(|n| !n.is_empty()) {
            return Some(vec![noun.to_string(); count]);
        }
        // 城乡居民人均可支配收入分别增长8%和9%: 城乡 stands for 城镇 and 农村
        // (全区城乡居民…: after the region's whole, 全区城镇居民…, 全区农村居民…)
        if count >= 2 && !subject.contains(LIST_SEPARATORS) {
            if let Some((whole, rest)) = urban_and_rural(subject) {
                return Some(vec![format!("{whole}城镇{rest}"), format!("{whole}农村{rest}")]);
            }
        }
        // 金融机构存贷款余额6548.5亿元、3368.1亿元: 存款余额, then 贷款余额
        if count == 2 && !subject.contains(LIST_SEPARATORS) {
            if let Some((fused, sides)) = FUSED_PAIRS.iter().find(|(w, _)| subject.contains(w)) {
                return Some(sides.iter().map(|side| subject.replacen(fused, side, 1)).collect());
            }
        }
        // 三次产业分别增长4.5%、6.5%和7%: the three sectors, first to third
        if count == 3 {
            if let Some((before, after)) = subject.split_once("三次产业") {
                return Some(["第一", "第二", "第三"].iter().map(|o| format!("{before}{o}产业{after}")).collect());
            }
        }
        // 增速比全国、全省分别高1.2和0.5个百分点: the list is of what the subject is compared
        // with; each number is the subject's gap to one of them
        if let Some((head, others)) = subject.split_once('比').filter(|(h, o)| o.contains('、') && !h.contains('、'))
        {
            let head = head.trim_end_matches("分别");
            if head.chars().count() >= 2 && !others.starts_with(['例', '重']) {
                return Some(vec![head.to_string(); count]);
            }
        }
        rates_of_a_list(subject).filter(|l| l.len() == count)
    }

    /// A list read longer than the run of numbers only because a name holds a connector
    /// (规模以上工业增加值、批发和零售业增加值分别增长6.6%和5.1%; 卫生厕所普及率): read again
    /// split at 、 alone, when that gives one item a number. Else the list as it was.
    pub(super) fn listed_by_commas(&self, list: Vec<String>, topic: &str, run: usize) -> Vec<String> {
        // the connectors, each kept as a char of the private use area while the list is read
        const KEPT: [(char, char); 3] = [('和', '\u{E000}'), ('与', '\u{E001}'), ('及', '\u{E002}')];
        let swap = |s: &str, to_kept: bool| -> String {
            s.chars()
                .map(|c| {
                    KEPT.iter()
                        .find(|(said, kept)| c == if to_kept { *said } else { *kept })
                        .map_or(c, |(said, kept)| if to_kept { *kept } else { *said })
                })
                .collect()
        };
        let private = |c: char| ('\u{E000}'..='\u{E002}').contains(&c);
        // (not a list with a bracket, whose 、 may be inside it: 县（市、区）)
        let bracket = topic.contains(['（', '(']);
        if run < 2 || list.len() <= run || topic.matches('、').count() + 1 != run || bracket || topic.contains(private)
        {
            return list;
        }
        let again = self.distribute(&swap(topic, true), run);
        if again.len() != run {
            return list;
        }
        again.iter().map(|item| swap(item, false)).collect()
    }

    /// 对日本、韩国、俄罗斯进出口: the partners of one trade (or another flow), listed after one
    /// 对 and before the flow's name said once: each partner's flow, 对韩国进出口 (a part of
    /// the region's trade, as 对俄进出口 is). None for any other list, and for 对外 (trade with
    /// the world, the whole).
    fn partners_listed(&self, items: &[&str]) -> Option<Vec<String>> {
        let (first, last) = (*items.first()?, *items.last()?);
        let opened = without_whole_opening(first);
        let partner = opened.strip_prefix('对').filter(|p| !p.is_empty() && !p.starts_with('外'))?;
        let name = &self.alias_ending(last)?.text;
        let own = |item: &str| item.strip_suffix(name.as_str()).unwrap_or(item).trim_start_matches('对').to_string();
        if items.len() < 2 || last.len() <= name.len() || partner == name {
            return None;
        }
        let whole = &first[..first.len() - opened.len()];
        let listed = items.iter().enumerate().map(|(i, item)| match i {
            0 => format!("{whole}对{}{name}", own(opened)),
            _ => format!("对{}{name}", own(item)),
        });
        Some(listed.collect())
    }

    /// 城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入.
    pub(super) fn distribute(&self, subject: &str, count: usize) -> Vec<String> {
        let subject = &*without_count_of_the_list(subject, count);
        if let Some(items) = Self::spread_as_a_whole(subject, count) {
            return items;
        }
        if let Some(items) = places_listed(subject).filter(|items| items.len() == count) {
            return items;
        }
        if let Some(items) = parts_of_the_year(subject).filter(|items| items.len() == count) {
            return items;
        }
        // 研发经费支出和环保投入相当于生产总值的比例: the items share the relation after
        // the last one
        let relation = ["相当于", "占"]
            .iter()
            .filter_map(|w| subject.rfind(w).filter(|&at| at > 0))
            .min()
            .filter(|&at| subject[..at].contains(LIST_SEPARATORS));
        if let Some(at) = relation {
            // 增加值、主营业务收入分别占全市的79%和82%: 分别 says how the list is read
            let items = self.distribute(subject[..at].trim_end_matches("分别"), count);
            if items.len() >= 2 {
                return items.into_iter().map(|item| format!("{item}{}", &subject[at..])).collect();
            }
        }
        let items = list_items(subject);
        if let Some(items) = self.partners_listed(&items) {
            return items;
        }
        let (Some(first), Some(last)) = (items.first(), items.last()) else { return vec![subject.to_string()] };
        let head = self.head_nouns.iter().find(|h| has_suffix(last, h) && last.len() > h.len());
        // 城镇和农村人均住房面积: a scope word stands for the last item's own scope word
        let scope = self.scope_modifiers.iter().find(|m| has_prefix(last, m) && last.len() > m.len());
        // 一、二、三产业增加值: a bare ordinal takes what follows the last item's ordinal
        let ordinal = |w: &str| {
            let w = w.strip_prefix('第').unwrap_or(w);
            w.chars().count() == 1 && w.chars().all(|c| "一二三".contains(c))
        };
        let after_ordinal = last.strip_prefix('第').unwrap_or(last).get('一'.len_utf8()..).filter(|rest| {
            ordinal(&last[..last.len() - rest.len()]) && !rest.is_empty() && rest.chars().next().is_some_and(is_cjk)
        });
        let borrows = |item: &str| self.borrows_a_head(item);
        // 民航客运、货邮吞吐量: the first item with its head noun, whose modifier (民航) the
        // later items share
        let (first, least) = match head {
            Some(h) if borrows(first) => (with_head(first, h), 2),
            _ => (first.to_string(), 1),
        };
        let listed = items
            .iter()
            .enumerate()
            .map(|(i, item)| match head {
                _ if after_ordinal.is_some() && ordinal(item) => format!("{item}{}", after_ordinal.unwrap_or_default()),
                _ if said_once(&first, last, i, item).is_some() => said_once(&first, last, i, item).unwrap_or_default(),
                _ if scope
                    .is_some_and(|m| self.scope_modifiers.contains(&item.to_string()) && item.len() == m.len()) =>
                {
                    format!("{item}{}", &last[item.len()..])
                }
                Some(h) if borrows(item) => with_head(item, h),
                // 一般公共预算收入、支出: the other side of the first item
                _ if i > 0 && with_counterpart(&first, item).is_some() => {
                    with_counterpart(&first, item).unwrap_or_default()
                }
                // a one-char modifier of a first item that borrowed its head is no sign
                // (第一产业、服务业增加值 is no 第服务业增加值)
                _ => match shared_modifier(&first, item).filter(|m| i > 0 && m.chars().count() >= least) {
                    Some(modifier) => format!("{modifier}{item}"),
                    None => item.to_string(),
                },
            })
            .collect();
        with_the_rate_of_the_last(listed)
    }
}

/// 生产总值、人均生产总值增速分别为8%和7.5%: a rate of change that ends the last item of a list
/// (增速, 增幅) is said once for every item that is a quantity (not for a rate of its own:
/// 城镇化率、工业增速 keeps 城镇化率, 物价涨幅). Not 增长率, which ends names of levels too
/// (人口自然增长率).
fn with_the_rate_of_the_last(mut items: Vec<String>) -> Vec<String> {
    const RATES: [&str; 3] = ["增速", "增幅", "增长速度"];
    let Some((last, earlier)) = items.split_last_mut() else { return items };
    let Some(rate) = RATES.iter().find(|r| last.ends_with(**r) && last.len() > r.len()) else { return items };
    for item in earlier {
        let a_rate = item.ends_with(['率', '速', '幅']) || BARE_RATES.iter().any(|r| item.contains(r));
        if !a_rate && !item.is_empty() {
            item.push_str(rate);
        }
    }
    items
}

/// The items of a list (甲、乙和丙): split at [`LIST_SEPARATORS`], but not at the 及 of a
/// range of levels (县级及以上集中式饮用水水源地, 三类及以上水质比例: one item) nor where the
/// separator opens a word (及时受理率).
fn list_items(subject: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut start = 0;
    for (at, c) in subject.char_indices().filter(|(_, c)| LIST_SEPARATORS.contains(c)) {
        let rest = &subject[at + c.len_utf8()..];
        let opens_a_word = OPENS_A_WORD.iter().any(|w| has_prefix(&subject[at..], w));
        if opens_a_word || c == '及' && (rest.starts_with("以上") || rest.starts_with("以下")) {
            continue;
        }
        items.push(&subject[start..at]);
        start = at + c.len_utf8();
    }
    items.push(&subject[start..]);
    items.retain(|s| !s.is_empty());
    items
}

/// Parts of a year a list names after a noun said once (全县生产总值一季度、上半年、前三季度和全年
/// 分别增长5.3%、8.1%、9.7%和11.2%): each part with the noun (全县生产总值上半年), and 全年 the
/// noun alone, the year's own figure.
fn parts_of_the_year(subject: &str) -> Option<Vec<String>> {
    // (longest first: 前三季度 before 三季度)
    const PARTS: [&str; 12] = [
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
        "前三季度",
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "上半年",
        "下半年",
        "全年",
    ];
    let items = list_items(subject);
    let (first, rest) = items.split_first()?;
    let part = PARTS.iter().filter(|p| **p != "全年").find(|p| first.ends_with(*p) && first.len() > p.len())?;
    let noun = &first[..first.len() - part.len()];
    // (a noun, not the word of a comparison: 比前三季度和上半年分别提升)
    if noun.chars().count() < 2 || noun.starts_with(['比', '较', '与', '同']) {
        return None;
    }
    let all_parts = !rest.is_empty() && rest.iter().all(|item| PARTS.contains(item));
    all_parts.then(|| {
        let each = rest.iter().map(|&item| if item == "全年" { noun.to_string() } else { format!("{noun}{item}") });
        std::iter::once(first.to_string()).chain(each).collect()
    })
}

/// 每千人口, 每万人, 每百户: the count of people a ratio is per, said once before a list of
/// ratios (每千人口床位数、执业医师数).
static PER_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^每(?:[十百千万]|百万)(?:人口|人|户|名)").expect("valid regex"));

/// The words a list says once for all its items: PM10、PM2.5平均浓度 (a code takes the words
/// after the last item's code: PM10平均浓度); 每千人口床位数、执业医师数 (per thousand people,
/// each: 每千人口执业医师数). `i` is the item's place in the list.
fn said_once(first: &str, last: &str, i: usize, item: &str) -> Option<String> {
    if let Some(tail) = code_tail(last).filter(|_| is_code(item)) {
        return Some(format!("{item}{tail}"));
    }
    // 化学需氧量和二氧化硫排放量: a substance is named by a 量 word too; the emission is
    // said once after the last. A use per unit of output (单位…用水量, 能耗) is no substance.
    let substance = !item.contains("排放") && !item.contains("单位") && !item.contains('耗');
    let emitted = EMISSIONS.iter().find(|e| last.ends_with(*e) && substance);
    if let Some(emission) = emitted {
        return Some(format!("{item}{emission}"));
    }
    // 市属企业营业收入、利润: the second attribute of the first item's owner
    if let Some(owned) = with_owner(first, item).filter(|_| i > 0) {
        return Some(owned);
    }
    let per_head = PER_HEAD.find(first).filter(|_| i > 0 && !item.starts_with('每'))?;
    Some(format!("{}{item}", per_head.as_str()))
}

/// Attributes of an owner named before them (粮食 of 粮食播种面积、产量; 商品房 of 商品房销售面积，
/// 销售额; 生产安全事故 of 生产安全事故起数、死亡人数): a bare one after a subject that ends in another has that subject's owner.
/// Longest first where one ends another (建成区面积 before 面积). A closed set of the
/// attributes reports give an owner one after another, not a list a user tunes; not
/// 固定资产投资, an indicator of its own after 规上工业增加值 in a list of targets.
const ATTRIBUTES: [&str; 24] = [
    "建成区面积",
    "播种面积",
    "种植面积",
    "销售面积",
    "资产总额",
    "资产规模",
    "主营业务收入",
    "营业收入",
    "销售收入",
    "增加值",
    "总产量",
    "总产值",
    "销售额",
    "交易额",
    "利润总额",
    "播面",
    "产量",
    "总产",
    "产值",
    "利润",
    "利税",
    "起数",
    "死亡人数",
    "受伤人数",
];

/// 粮食播种面积… then 产量: the bare attribute `item` of the owner `previous` names with
/// another attribute (粮食产量). None unless both are [`ATTRIBUTES`] and the owner is two
/// chars or more.
pub(super) fn with_owner(previous: &str, item: &str) -> Option<String> {
    if !ATTRIBUTES.contains(&item) {
        return None;
    }
    let other = ATTRIBUTES.iter().find(|a| previous.ends_with(*a) && **a != item)?;
    let owner = &previous[..previous.len() - other.len()];
    // 限额以上工业完成增加值: the verb is no part of the owner
    let owner = SCOPED_VERBS.iter().find_map(|v| owner.strip_suffix(v)).unwrap_or(owner);
    (owner.chars().count() >= 2 && owner.chars().all(is_cjk)).then(|| format!("{owner}{item}"))
}

/// Heads of an emission said once after a list of substances (化学需氧量、二氧化硫排放量).
const EMISSIONS: [&str; 2] = ["排放总量", "排放量"];

/// A code of letters and digits (PM10, SO2, 5G), no CJK.
fn is_code(item: &str) -> bool {
    item.starts_with(|c: char| c.is_ascii_alphabetic()) && item.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
}

/// PM2.5平均浓度 -> 平均浓度: the words after the code a list's last item opens with.
fn code_tail(last: &str) -> Option<&str> {
    let at = last.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))?;
    (at > 0 && is_code(&last[..at]) && last[at..].chars().all(is_cjk)).then(|| &last[at..])
}

/// 人大代表建议、政协提案办结率、满意率: rates said once each after a list of what they
/// are rates of (办结率 ends the last item of that list, 满意率 is bare): each rate of the
/// whole list, as written (人大代表建议、政协提案办结率, 人大代表建议、政协提案满意率). None
/// unless the items after the first rate are bare rates of as many characters.
fn rates_of_a_list(subject: &str) -> Option<Vec<String>> {
    let items: Vec<&str> = subject.split('、').collect();
    let bare = |w: &str| w.ends_with('率') && (2..=4).contains(&w.chars().count()) && w.chars().all(is_cjk);
    let heads = items.iter().rev().take_while(|w| bare(w)).count();
    if heads == 0 {
        return None;
    }
    let first = items.len().checked_sub(heads + 1)?;
    let n = items[first + 1].chars().count();
    let tail_at = items[first].char_indices().rev().nth(n - 1).map(|(i, _)| i)?;
    let (modifier, head) = items[first].split_at(tail_at);
    let list_before = first >= 1 && items[..first].iter().all(|w| !w.is_empty() && !w.ends_with('率'));
    let same_size = items[first + 1..].iter().all(|w| w.chars().count() == n) && bare(head);
    if !list_before || !same_size || modifier.is_empty() || subject.contains(['和', '与', '及']) {
        return None;
    }
    let whole = format!("{}、{modifier}", items[..first].join("、"));
    Some(std::iter::once(head).chain(items[first + 1..].iter().copied()).map(|h| format!("{whole}{h}")).collect())
}

/// 为调整后预算的, 占年度计划的, 是上年的: a clause that opens with 为, 占 or 是 and names
/// only the whole a number is a share of (up to 的); or 完成年度目标的, 达到全年计划的: one
/// of 完成 or 达到 and a plan.
pub(super) fn is_share_of_whole(before: &str) -> bool {
    let before = before.trim();
    let whole = before.strip_prefix(['为', '占', '是']).and_then(|s| s.strip_suffix('的'));
    // 完成年度目标的127.5%: a completion of the plan, said with 完成 or 达到
    let plan = ["完成", "达到"].iter().find_map(|v| before.strip_prefix(v)).and_then(|s| s.strip_suffix('的'));
    let plan = plan.filter(|w| PLAN_WHOLES.iter().any(|p| w.ends_with(p)));
    whole.or(plan).is_some_and(|w| (2..=10).contains(&w.chars().count()) && w.chars().all(is_cjk))
}

/// 省市重点项目完成年度计划的140%, 分别完成年投资计划的119%, 达年度计划的126.6%: a clause
/// that ends in the completion of a plan (a verb of [`COMPLETING`] and a whole of
/// [`PLAN_WHOLES`]), the number the share of the plan that the words before the verb
/// (or, when there are none, the subject before) completed. Returns those words, the
/// adverbs before the verb left out, and whether one of them was 分别 (a list's items
/// take the numbers in turn). None when the clause ends in no such completion.
pub(super) fn plan_completion(before: &str) -> Option<(&str, bool)> {
    let rest = before.trim().strip_suffix('的')?;
    let (at, _) = COMPLETING
        .iter()
        .filter_map(|verb| {
            let at = rest.rfind(verb)?;
            let whole = rest[at + verb.len()..].trim_start_matches(['了', '到']);
            let size = whole.chars().count();
            // 省下达任务, 作为年度目标: the verb's char inside another word
            let in_a_word = rest[..at].ends_with(|c: char| NOT_COMPLETING_BEFORE.contains(c));
            let plan = PLAN_WHOLES.iter().any(|w| whole.ends_with(w)) && (2..=10).contains(&size);
            // 为上年度的106%: a past year, no plan; 占全市任务的30%: a part of a larger
            // government's task, no completion of one's own
            let past = whole.starts_with(['上', '去', '前']);
            let larger = *verb == "占" && whole.starts_with('全');
            (plan && !in_a_word && !past && !larger && whole.chars().all(is_cjk)).then_some((at, *verb))
        })
        .max_by_key(|(at, _)| *at)?;
    let mut head = rest[..at].trim_end();
    let mut respectively = false;
    while let Some(adverb) = ADVERBS_BEFORE_COMPLETING.iter().find(|a| head.ends_with(*a)) {
        respectively |= *adverb == "分别";
        head = head[..head.len() - adverb.len()].trim_end();
    }
    Some((head, respectively))
}

/// Verbs that say a figure completed a plan: 完成(了), 达(到), 占(到), 为, 相当于.
const COMPLETING: [&str; 5] = ["完成", "达", "占", "为", "相当于"];

/// Chars before 达, 占 or 为 that make them part of another word (下达, 表达, 到达, 抵达,
/// 侵占, 作为, 成为, 因为, 认为, 称为, 视为, 以为, 较为, 更为, 最为, 行为).
const NOT_COMPLETING_BEFORE: &str = "下表到抵传送通侵霸抢作成因认称视以较更最行";

/// Words between what completed a plan and the verb (分别完成, 只完成, 累计完成, 总共完成);
/// not 均 or 共 alone, the last chars of words too (平均, 总共).
const ADVERBS_BEFORE_COMPLETING: [&str; 8] = ["分别", "只", "仅", "都", "已", "也", "累计", "总共"];

/// Last words of wholes against which a share is a plan's completion (占年度计划的113.5%, 为预算的104%):
/// the number is of the subject before, not a share named by the whole.
const PLAN_WHOLES: [&str; 8] = ["计划", "预算", "目标", "任务", "规划", "预算数", "计划数", "年度"];

/// 民生支出459亿元，占一般公共预算支出的74%: a clause of 占 and a whole that is no plan
/// names the share (民生支出占一般公共预算支出的比重); None for a completion of a plan
/// (占年度计划的), a clause of 为 or 是, or no part named before.
pub(super) fn share_named(part: &str, before: &str) -> Option<String> {
    let whole = before.trim().strip_prefix('占')?.strip_suffix('的')?;
    let whole = whole.strip_prefix('到').unwrap_or(whole);
    let plan = PLAN_WHOLES.iter().any(|w| whole.ends_with(w));
    (!plan && !part.is_empty() && !part.contains('占')).then(|| format!("{part}占{whole}的比重"))
}

/// 民生支出占一般公共预算支出 (of 民生支出占一般公共预算支出的80%) -> 民生支出占一般公共预算支出的比重:
/// a share said in the subject's own clause is named as [`share_named`] names one said in a
/// clause of its own, so that the same share has one subject however a report words it.
/// None when the words already name the share (占比, …的比重, …比例) or the whole is a plan
/// (占年度计划的113%: a completion).
pub(super) fn share_in_clause(subject: &str) -> Option<String> {
    let at = subject.rfind('占').filter(|&at| at > 0)?;
    let (part, whole) = (&subject[..at], &subject[at + '占'.len_utf8()..]);
    // 占到全省: 到 says no more than 占
    let whole = whole.strip_prefix('到').unwrap_or(whole);
    // 占有率, 占用耕地, 占地: other words than 占 a share
    let other_word = whole.starts_with(['有', '用', '地']);
    let named = whole.starts_with('比') || SHARE_NAMES.iter().any(|w| whole.contains(w)) || whole.ends_with('中');
    let plan = PLAN_WHOLES.iter().any(|w| whole.ends_with(w));
    let size = whole.chars().count();
    (!named && !other_word && !plan && (2..=16).contains(&size) && !part.ends_with('所'))
        .then(|| format!("{part}占{whole}的比重"))
}

/// Words in a whole that name the share already (占全市生产总值比重, 占GDP比例持续提高).
pub(super) const SHARE_NAMES: [&str; 3] = ["比重", "比例", "份额"];

/// The subject of a number after a clause of [`Verb::ShareOf`]: the part named before, or
/// the share it makes of the whole the clause names ([`share_named`]).
pub(super) fn as_share(part: String, before: &str, verbs: &[Verb]) -> String {
    match verbs.contains(&Verb::ShareOf) {
        true => share_named(&part, before).unwrap_or(part),
        false => part,
    }
}

/// The part a bare 占比 is a share of: the last subject read in the sentence, without a
/// share of its own (…占全社会固定资产投资比重 -> the part before 占); None when there is
/// none or it is no noun (有, 共有).
pub(super) fn part_before(subjects: &[String]) -> Option<&str> {
    let last = subjects.last()?;
    let part = last.char_indices().skip(1).find(|&(_, c)| c == '占').map_or(last.as_str(), |(at, _)| &last[..at]);
    (part.chars().count() >= 2 && !THERE_ARE.contains(&part)).then_some(part)
}

/// The part a share named by [`share_named`] is of (民生支出 of 民生支出占…的比重).
pub(super) fn share_part(subject: &str) -> &str {
    match subject.strip_suffix("的比重").and_then(|s| s.rfind('占')) {
        Some(at) if at > 0 => &subject[..at],
        _ => subject,
    }
}

/// 甲、乙均超过上年: the list up to 均 or 都 after its last 、 (at byte `last`), which say
/// what holds for every item.
fn said_of_all(list: &str, last: usize) -> &str {
    match list[last..].find(['均', '都']) {
        Some(at) => &list[..last + at],
        None => list,
    }
}

/// 在恢复期间工业总产值…: the rest after a time phrase of 在 and up to six chars before
/// 期间 (期間 as the 1950s reports' web copies write it).
fn during(s: &str) -> Option<&str> {
    let rest = s.strip_prefix('在')?;
    let head: usize = rest.chars().take(8).map(char::len_utf8).sum();
    let at = ["期间", "期間"].iter().find_map(|w| rest[..head].find(w).map(|i| i + w.len()))?;
    let inside = &rest[..at - "期间".len()];
    ((1..=6).contains(&inside.chars().count()) && !inside.contains(['，', '、', '的'])).then(|| &rest[at..])
}

/// `s` without a note in brackets at its end (固定资产投资（不含农户）, 同比增长（以下简称
/// 增长）, 居民消费价格指数(CPI)); a text that is all note stays as it is, and so does a
/// note that narrows the figure to a part ([`PART_NOTES`]: 社会消费品零售总额（限上）).
fn without_note_after(s: &str) -> &str {
    let (open, close) = match s.chars().last() {
        Some('）') => ('（', '）'),
        Some(')') => ('(', ')'),
        _ => return s,
    };
    match s.rfind(open) {
        Some(at) if at > 0 && !PART_NOTES.contains(&&s[at + open.len_utf8()..s.len() - close.len_utf8()]) => &s[..at],
        _ => s,
    }
}

/// Notes that a word before them holds for the figures below too (预计（下同）, 比2012年（下同）).
const SAME_BELOW_NOTES: [&str; 2] = ["（下同）", "(下同)"];

/// 比2012年（下同）增长: a note that a word holds below is no part of any subject.
fn without_same_below(s: String) -> String {
    match s.contains("下同") {
        true => SAME_BELOW_NOTES.iter().fold(s, |s, note| s.replace(note, "")),
        false => s,
    }
}

/// Notes after a figure's name that narrow it to a part: the retailers above the size
/// the statistics count one by one (限上, 限额以上), not the region's whole retail sales.
const PART_NOTES: [&str; 2] = ["限上", "限额以上"];

/// Last chars of the name of a measured quantity (用电量, 成交额, 死亡人数, 办结率): a list
/// item ending in one names its indicator whole and borrows no head noun from the last
/// item (工业用电量、制造业增加值 is no 工业用电量增加值). A closed set of suffixes.
const MEASURE_ENDS: [char; 4] = ['量', '额', '数', '率'];

/// 把居民消费价格涨幅控制在3%: the object after 把 (not 把关, 把握, 把脉 …, verbs).
fn after_ba(s: &str) -> Option<&str> {
    s.strip_prefix('把').filter(|r| r.chars().count() >= 2 && !r.starts_with(BA_VERBS))
}

/// Second chars of verbs that open with 把 (把关, 把脉, 把握, 把控, 把持, 把舵): no 把 of an
/// object.
const BA_VERBS: [char; 6] = ['关', '脉', '握', '控', '持', '舵'];

/// Nouns of a rate of change said alone, with no owner (增速16%, 增长率12%).
pub(super) const BARE_RATES: [&str; 4] = ["增速", "增幅", "增长率", "增长速度"];

/// A measure said alone, of the things a list before it named (总量分别为…).
const BARE_MEASURES: [&str; 6] = ["总量", "总额", "增速", "增幅", "规模", "比重"];

/// Whether a list item is a whole indicator name by its last char ([`MEASURE_ENDS`]).
fn is_whole_measure(item: &str) -> bool {
    item.ends_with(MEASURE_ENDS) && item.chars().count() >= 3
}

/// An item with the head noun it borrows, the words they share said once (城镇居民 and
/// 居民人均可支配收入: 城镇居民人均可支配收入, not 城镇居民居民…).
fn with_head(item: &str, head: &str) -> String {
    let overlap = head.char_indices().skip(1).map(|(i, _)| i).filter(|&i| item.ends_with(&head[..i])).max();
    format!("{item}{}", &head[overlap.unwrap_or(0)..])
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

/// Start of the clause a number stands in: after the last ，；：（ etc. before it.
pub(super) fn clause_start(chars: &[char], at: usize) -> usize {
    // not at quotation marks: “十一五”期间 and “雏鹰”企业 stand inside a subject; nor at
    // a bracket closed before the number: 边境县（市）建设项目, 规上（限上）企业
    let mut end = at;
    loop {
        // (a `matches!`, not a search of a string of the marks: this runs for every char
        // before every number)
        let mark = |c: char| {
            matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '。' | '（' | '(' | '！' | '？' | '!' | '?' | '—')
        };
        let Some(i) = chars[..end].iter().rposition(|&c| mark(c)) else {
            return 0;
        };
        let closed = matches!(chars[i], '（' | '(') && chars[i + 1..at].iter().any(|&c| matches!(c, '）' | ')'));
        if closed {
            end = i;
            continue;
        }
        // a comma inside a note in brackets closed before the number (地区生产总值（预计，下同）
        // 7100亿元): the clause goes on before the note's opening
        match opening_of_note_around(chars, i, at) {
            Some(open) => end = open,
            None => return i + 1,
        }
    }
}

/// The opening bracket of a short note in brackets that holds the mark at `i` and closes
/// before `at` (（预计，下同）, （快报数，下同）).
fn opening_of_note_around(chars: &[char], i: usize, at: usize) -> Option<usize> {
    const NOTE: usize = 12;
    if !matches!(chars[i], '，' | ',') || !chars[i + 1..at].iter().any(|&c| matches!(c, '）' | ')')) {
        return None;
    }
    let from = i.saturating_sub(NOTE);
    let open = chars[from..i].iter().rposition(|&c| matches!(c, '（' | '(' | '）' | ')'))? + from;
    let close = chars[i + 1..at].iter().position(|&c| matches!(c, '）' | ')' | '（' | '(' | '，' | '。'))? + i + 1;
    let between: String = chars[close + 1..at].iter().collect();
    let before_number = NOTE_TO_NUMBER.contains(&between.as_str());
    (matches!(chars[open], '（' | '(') && matches!(chars[close], '）' | ')') && close - i <= NOTE && before_number)
        .then_some(open)
}

/// What may stand between a note in brackets after a subject and its number (地区生产总值
/// （预计，下同）7100亿元, 机床（不包括简易机床，下同）增加了1万台); not a noun (我市（含新区，下同）
/// 一般公共预算收入: the note is no part of the number's clause).
const NOTE_TO_NUMBER: [&str; 12] =
    ["", "为", "达", "达到", "约", "近", "增加", "增加了", "增长", "实现", "完成", "完成了"];

/// Bare amounts a clause names without their owner, besides [`ATTRIBUTES`]: the kinds of
/// a product (品种), the sum of a flow (实际金额), an investment (投资). A closed set.
const BARE_AMOUNTS: [&str; 4] = ["品种", "实际金额", "金额", "投资"];
/// Verbs of doing that may stand before a bare amount (共完成投资): no part of its name.
const DONE_BEFORE_AMOUNT: [&str; 4] = ["共完成", "累计完成", "完成", "实现"];
/// Nouns of an activity named with the products it makes (粮食生产在高基点上实现新跨越，总产达…;
/// 工业生产增长较快，总产值…): the owner of the output is what is produced (粮食, 工业), not
/// the activity.
const ACTIVITIES: [&str; 1] = ["生产"];
/// Attributes of an output, whose owner is the product of an activity ([`ACTIVITIES`]).
const OUTPUTS: [&str; 6] = ["产量", "总产量", "总产", "产值", "总产值", "增加值"];
/// Heads of an owner named with a short predicate after it and no verb of
/// [`PREDICATE_STARTS`] (…园区增势迅猛, …等重点项目加快推进): the owner ends with the head.
const OWNER_HEADS: [&str; 6] = ["项目", "产品", "企业", "园区", "集聚区", "开发区"];
/// Verbs of doing that open a clause of what the government does (大力发展绿色食品产业, 推进
/// 开发区创新升级, 支持甲、乙等企业壮大): what follows is their object, not the topic whose
/// amount the next clause gives. A closed set of the verbs of plans and the adverbs that open them (重点,
/// 大力, 积极), with the config's leading words and verbs.
const DOING: [&str; 32] = [
    "发展", "推进", "支持", "实施", "壮大", "做大", "做强", "落地", "积极", "大力", "加快", "建设", "引进", "推动",
    "开工", "培育", "抓好", "深入", "着力", "聚焦", "坚持", "打造", "提升", "扩大", "促进", "加强", "强化", "完善",
    "优化", "承接", "新建", "重点",
];

/// A verb of producing, alone or after 只 (only), as a subject (1958年只生产80万千瓦): the amount
/// produced of a product named before. A closed set.
const PRODUCING: [&str; 2] = ["生产", "只生产"];

/// 如发电设备, 例如钢材: the product a clause of example names (two to eight chars).
fn example_named(clause: &str) -> Option<&str> {
    let product = ["例如", "比如", "如"].iter().find_map(|w| clause.strip_prefix(w))?;
    ((2..=8).contains(&product.chars().count()) && product.chars().all(is_cjk)).then_some(product)
}

/// 如发电设备，1958年只生产80万千瓦，1959年将生产300万千瓦: the product that a clause of
/// example, one of the three clauses before the number's, names; the clauses between say
/// what was produced of it.
fn example_before(chars: &[char], at: usize) -> Option<String> {
    let mut end = clause_start(chars, at);
    for _ in 0..3 {
        let clause = clause_before(chars, end, 0)?;
        if let Some(product) = example_named(&clause) {
            return Some(product.to_string());
        }
        end = clause_start(chars, end - 1);
    }
    None
}

/// 产量 (after 将), 五年间产值, 共完成投资: the bare attribute or amount a subject names, and
/// nothing else; None for a subject that names its owner.
fn bare_attribute(subject: &str) -> Option<&str> {
    let s = DONE_BEFORE_AMOUNT.iter().find_map(|v| subject.strip_prefix(v)).unwrap_or(subject);
    (ATTRIBUTES.contains(&s) || BARE_AMOUNTS.contains(&s)).then_some(s)
}

/// A count of kinds before a set (三十二种主要工业产品): where the set's noun starts.
fn after_count(s: &str) -> &str {
    let digits = s.char_indices().find(|&(_, c)| !(c.is_ascii_digit() || "一二两三四五六七八九十百千".contains(c)));
    match digits {
        Some((at, c)) if at > 0 && "种类项个家".contains(c) => &s[at + c.len_utf8()..],
        _ => s,
    }
}

/// 甲、乙等重点项目加快推进: the words after the 等 that closes a list of names the clause
/// opens with (its first item short and no predicate); None when the clause opens otherwise
/// (动力电池产业集聚了甲、乙等一批企业).
fn after_opening_list(clause: &str) -> Option<&str> {
    let first = clause.find('、')?;
    let named = clause[..first].chars().count() <= 10 && predicate_cut(&clause[..first]).is_none();
    let end = clause[first..].find('等').map(|j| first + j + '等'.len_utf8())?;
    named.then(|| &clause[end..])
}

/// The owner a topic clause names (在三十二种主要工业产品中 -> 主要工业产品; 甲、乙等主要工业产品
/// -> 主要工业产品; 乡镇企业保持旺盛发展势头 -> 乡镇企业; 其他的产品, a bare set): None when the
/// clause names no noun that owns an amount.
fn topic_owner(clause: &str) -> Option<&str> {
    // 在主要的农业产品中: the set picked from
    if let Some(set) = clause.strip_prefix('在').and_then(|s| s.strip_suffix('中')) {
        return Some(after_count(set));
    }
    let body = match clause.contains('等') {
        true => after_opening_list(clause).unwrap_or(clause),
        false => clause,
    };
    if let Some(cut) = predicate_cut(body) {
        return Some(&body[..cut]);
    }
    // 成阿、德阿“飞地”园区增势迅猛: a head of an owner, then a predicate of four chars at most
    let head = OWNER_HEADS.iter().filter_map(|h| body.rfind(h).map(|i| i + h.len())).max();
    match head {
        Some(end) if body[end..].chars().count() <= 4 => Some(&body[..end]),
        // 其他的产品: a bare set, the whole clause
        _ => body.ends_with(SET_ENDS).then_some(body),
    }
}

/// Whether `owner` reads as the owner of an amount: two to sixteen chars of words (names in
/// quotes and lists allowed), no attribute of its own (粮食种植面积、单产实现“双增”), no 了,
/// no pronoun of the speakers (我们逐年加大…投入: who acted, not what the amount is of).
fn is_owner(owner: &str) -> bool {
    let n = owner.chars().count();
    let own_attribute = ATTRIBUTES.iter().any(|a| owner.contains(a)) || owner.contains("单产");
    (2..=16).contains(&n)
        && !owner.starts_with(SPEAKERS)
        && owner.chars().all(|c| is_cjk(c) || "、“”".contains(c))
        && !own_attribute
        && !owner.contains('了')
}

/// The product an owner of an output names (粮食生产呈恢复性快速 -> 粮食): the words before
/// an activity ([`ACTIVITIES`]), when the attribute is an output.
fn product_of(owner: &str, attribute: &str) -> String {
    let cut = ACTIVITIES.iter().filter_map(|a| owner.find(a)).filter(|&at| owner[..at].chars().count() >= 2).min();
    match cut.filter(|_| OUTPUTS.contains(&attribute)) {
        Some(at) => owner[..at].to_string(),
        None => owner.to_string(),
    }
}

impl Extractor {
    /// 在三十二种主要工业产品中，产量将增长…; 乡镇企业保持旺盛发展势头，五年间产值增长2倍: a number
    /// whose subject is a bare attribute or amount ([`bare_attribute`]) is of the owner the
    /// clause right before names ([`topic_owner`]), a clause of exception (除少数几种以外)
    /// passed over, when no number stands between them and the clause does not open with a
    /// verb of doing ([`DOING`]); a verb of producing ([`PRODUCING`]) after a clause of
    /// example (如发电设备) is of the product it names ([`example_before`]). As written, with
    /// 的 when the text says 的 before the attribute (一九六四年的产量 -> 主要工业产品的产量).
    pub(super) fn topic_owned(&self, chars: &[char], at: usize, prev_end: usize, phrase: &Phrase) -> Option<String> {
        if PRODUCING.contains(&phrase.subject.as_str()) {
            return example_before(chars, at);
        }
        let attribute = bare_attribute(&phrase.subject)?;
        let mut end = clause_start(chars, at);
        let clause = loop {
            let clause = clause_before(chars, end, 0)?;
            end = clause_start(chars, end - 1);
            // 除很少数的几种以外: an exception to the set, not the set
            if !(clause.starts_with('除') && clause.ends_with('外')) {
                break clause;
            }
        };
        // a number in the clause is the count of the set picked from (在三十二种…中), or none
        let counted_set = clause.starts_with('在') && clause.ends_with('中');
        if (end < prev_end && !counted_set) || self.opens_with_doing(&clause) {
            return None;
        }
        let owner = product_of(&self.lead_trimmed(topic_owner(&clause)?), attribute);
        if !is_owner(&owner) {
            return None;
        }
        let before: String = chars[clause_start(chars, at)..at].iter().collect();
        let of = if before.contains(&format!("的{attribute}")) { "的" } else { "" };
        Some(format!("{owner}{of}{attribute}"))
    }

    /// Whether a clause opens with a verb of doing ([`DOING`], the config's leading verbs).
    fn opens_with_doing(&self, clause: &str) -> bool {
        DOING.iter().any(|w| clause.starts_with(w))
            || self
                .leading_verbs
                .iter()
                .chain(&self.leading)
                .any(|w| has_prefix(clause, w) && !LEADING_TIME.is_match(w))
    }
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*TRAILING_TIME, &*LEADING_TIME, &*AS_OF, &*GRADE, &*COUNT_NEXT, &*ENUMERATION, &*ORDINAL, &*PER_HEAD);
}
