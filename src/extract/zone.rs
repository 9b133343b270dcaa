//! Zones inside a region (开发区, 高新区, 新区, the 兵团 of 新疆) and their figures, which are
//! theirs, not the region's. A sentence opened by a zone as who did it owns the figures after
//! it ([`Extractor::of_a_zone_opening_the_sentence`]). A figure said with no scope of its own
//! right after a clause that makes a zone the topic (新疆生产建设兵团经济社会保持平稳较快发展。实现生产
//! 总值预计600亿元) is most often the zone's, though not always (宜宾综保区、…基地运营良好，实现外贸进出口
//! 总额364.2亿元 is the city's): it is kept, marked, and the panel prefers a value of the region
//! said otherwise ([`Extractor::after_a_zone_named`]). The corps of 新疆, counted apart from the
//! region, owns the figures of a paragraph it opens ([`Extractor::in_a_paragraph_of_the_corps`]).

use std::sync::LazyLock;

use super::context::{Context, LastOf};
use super::{subject, Extractor, Walk, AIM_LISTS};

/// Zones inside a region whose figures are theirs, not the region's, when a sentence opens
/// with one.
const ZONES: [&str; 14] = [
    "经开区",
    "高新区",
    "开发区",
    "产业园区",
    "工业园区",
    "园区",
    "综保区",
    "保税区",
    "集聚区",
    "示范区",
    "新区",
    "县域",
    // (新疆生产建设兵团: the corps, with its own economy inside 新疆's; its whole name first,
    // whose 建设 is no verb that builds it)
    "生产建设兵团",
    "兵团",
];
/// The corps of 新疆 (新疆生产建设兵团), a whole of its own inside the region with statistics of
/// its own (生产总值, 固定资产投资, 新增就业): a paragraph it opens as its topic gives the corps's
/// figures ([`Extractor::in_a_paragraph_of_the_corps`]).
const CORPS: [&str; 2] = ["生产建设兵团", "兵团"];
/// Areas a passage can be about whose figures are probably theirs, beside [`ZONES`]: an
/// economic area around a city (兰州 2009: 经济区“区区合一”优势逐步发挥，实现生产总值59亿元). Not
/// one that owns a sentence it opens: 海峡西岸经济区 is larger than 福建.
const TOPIC_ZONES: [&str; 1] = ["经济区"];
/// Verbs before a zone that make the zone what is counted or done (新增省级开发区2个,
/// 创建国家级示范区2个, 新建园区标准厂房), not who did it.
const ZONE_COUNTED: [&str; 10] = ["新增", "新建", "创建", "建成", "建设", "设立", "获批", "扩大", "认定", "升级"];
/// Verbs before a zone's economy that make it what is worked on (着力发展园区经济, 壮大县域经济),
/// not the subject whose figures follow (园区经济快速增长).
const ZONE_WORKED_ON: [&str; 12] =
    ["发展", "推进", "加快", "着力", "提升", "推动", "支持", "壮大", "做强", "做大", "打造", "促进"];
/// The chars at the opening of a sentence a zone that owns its figures is named within.
const ZONE_OPENING_CHARS: usize = 12;
/// How far back from a figure, in chars, a clause that makes a zone the topic is looked
/// for (within the paragraph): a remark and a few sentences of the zone's figures.
const TOPIC_REACH: usize = 200;
/// Where the names of zones occur in a paragraph, found once a paragraph: most figures have
/// none within [`TOPIC_REACH`] and need no clause read.
static ZONE_NAMES: LazyLock<LastOf> = LazyLock::new(|| LastOf::new(ZONES.iter().chain(&TOPIC_ZONES)));

/// Builds this module's patterns now (see [`super::warm_up`]).
pub(crate) fn warm_up() {
    let _ = (&*ZONE_NAMES,);
}

/// The zone a clause names in its opening chars as who did it, and the words before and
/// after its name: a name before it (滨海新区), no verb (新增省级开发区2个 counts zones), and
/// not a word it opens (开发区域).
fn zone_as_owner<'a>(clause: &'a str, zones: &[&str]) -> Option<(&'a str, &'a str)> {
    let head = &clause[..clause.char_indices().nth(ZONE_OPENING_CHARS).map_or(clause.len(), |(b, _)| b)];
    let (at, zone) = zones.iter().find_map(|z| head.find(*z).map(|at| (at, *z)))?;
    let named_by = &head[..at];
    let after = &head[at + zone.len()..];
    let as_owner = named_by.chars().count() <= 8
        && !ZONE_COUNTED.iter().any(|w| named_by.contains(w))
        && !after.starts_with(|c: char| c == '域' || c.is_ascii_digit())
        && !head.starts_with(['全', '我', '本']);
    as_owner.then_some((named_by, after))
}

/// The chars of a paragraph's opening read for the corps as its topic: a heading run into
/// the paragraph and the first clause after it.
const CORPS_OPENING_CHARS: usize = 60;

/// Whether the report is a zone's own (长沙经济技术开发区 calls itself 经开区 or 园区).
fn zones_report(walk: &Walk) -> bool {
    ZONES.iter().any(|z| walk.region.contains(z))
}

impl Extractor {
    /// 天易经开区实现技工贸总收入1200亿元；完成地区生产总值430亿元；…进出口总额8亿元: a zone
    /// ([`ZONES`]) named at the opening of the full sentence, as who did it, is the owner of
    /// every figure after it in the sentence whose own clause names no scope of its own
    /// (…；全县固定资产投资增长10%). Not in a report of such a zone (某某新区's own figures).
    /// `before`: the clause-sentence up to the number.
    pub(super) fn of_a_zone_opening_the_sentence(&self, before: &str, walk: &Walk, ctx: &Context) -> bool {
        let opening = ctx.slice(ctx.full_start, ctx.sentence.end);
        // (the zone's own figure in the first clause: not 宜宾综保区、…基地运营良好，…，实现外贸
        // 进出口总额364.2亿元, nor 着力推动市工业园区能级跃升，…，规上工业增加值增长9%以上, the
        // region's figures after a clause about the zone)
        // (其中，2021年洋浦经济开发区主要经济指标…: the clause after a bare 其中)
        let opening = ["其中，", "同时，"].iter().find_map(|w| opening.strip_prefix(w)).unwrap_or(opening);
        // (2021年洋浦经济开发区…: a year before the zone's name is no part of it)
        let year = opening.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        let opening = opening.get(4..).filter(|_| year).and_then(|o| o.strip_prefix('年')).unwrap_or(opening);
        let first = &opening[..opening.find(['，', '；', '：', '。']).unwrap_or(opening.len())];
        let Some((named_by, after)) = zone_as_owner(first, &ZONES) else { return false };
        // (or the zone's economy as the subject: 园区经济快速增长, 县域经济发展继续提速, 洋浦经济开发区
        // 主要经济指标成绩喜人; not as what is worked on, 着力发展园区经济)
        let economy = ["经济", "主要经济"].iter().any(|w| after.starts_with(w))
            && !ZONE_WORKED_ON.iter().any(|w| named_by.contains(w));
        let figure = first.contains(|c: char| c.is_ascii_digit()) || economy;
        if !figure || zones_report(walk) {
            return false;
        }
        // (…；全县固定资产投资增长8%, 我县…: the region's own scope in the number's clause, or
        // opening the piece after a semicolon before it: …；全市工业增加值241.24亿元，规模以上工业
        // 增加值…均增长14%; not 高于全市平均水平, 占全市比重, 全市产业园区 inside a zone's clause)
        let clause = super::dating::last_clause(before);
        // (a clause-sentence after a semicolon of the full sentence is such a piece)
        let piece = ctx.sentence.start > ctx.full_start;
        let whole = |m: &&String| m.starts_with(['全', '本']);
        !(self.names_the_whole(clause)
            || piece && self.scope_modifiers.iter().filter(whole).any(|m| before.starts_with(m.as_str())))
    }

    /// Whether the figure at char `upto`, in a clause that names no scope of its own, comes
    /// after a clause of its paragraph that makes a zone the topic, with no figure of its own,
    /// opening or closing its sentence (新疆生产建设兵团经济社会保持平稳较快发展。实现生产总值预计600亿元，
    /// 增长13%。完成固定资产投资300亿元; …，滨海新区进入全面开发建设新阶段。生产总值增长23%，…地方财政收入
    /// 增长31%) or right before the figure's clause (高新区“一区多园”发展格局初步形成，实现生产总值
    /// 120亿元), with no clause between that names the region as a whole or opens a list of
    /// aims (主要目标是：…). A zone in the middle of a sentence of other work (稳外贸提质增效，赣州综合
    /// 保税区规划调整通过国家验收，…。全年GDP增长5.3%) is an event of the year, not a topic.
    pub(super) fn after_a_zone_named(&self, ctx: &Context, upto: usize, walk: &Walk) -> bool {
        let from = upto.saturating_sub(TOPIC_REACH).max(ctx.paragraph_start);
        let reach = ctx.slice(ctx.paragraph_start, from).len();
        if ZONE_NAMES.last_before(ctx, upto).is_none_or(|at| at < reach) || zones_report(walk) {
            return false;
        }
        let text = ctx.slice(from, upto);
        // the clauses before the figure's, and whether each opens or closes its sentence (a
        // clause cut by the reach is not read)
        let ends = |c: char| matches!(c, '。' | '！' | '？');
        let mut clauses = Vec::new();
        let (mut start, mut opens) = (0, from == ctx.paragraph_start);
        for (at, c) in text.char_indices().filter(|&(_, c)| ends(c) || matches!(c, '，' | '；' | '：')) {
            if start > 0 || from == ctx.paragraph_start {
                clauses.push((&text[start..at], opens || ends(c)));
            }
            (start, opens) = (at + c.len_utf8(), ends(c));
        }
        if self.names_the_whole(&text[start..]) {
            return false;
        }
        for (k, &(clause, at_an_end)) in clauses.iter().rev().enumerate() {
            if self.names_the_whole(clause) || AIM_LISTS.iter().any(|w| clause.contains(w)) {
                return false;
            }
            let zone = zone_as_owner(clause, &ZONES).or_else(|| zone_as_owner(clause, &TOPIC_ZONES));
            let topic = zone.is_some_and(|(named_by, _)| !ZONE_WORKED_ON.iter().any(|w| named_by.contains(w)));
            if topic && (at_an_end || k == 0) && !clause.contains(|c: char| c.is_ascii_digit()) {
                return true;
            }
        }
        false
    }

    /// Whether a figure is in a paragraph that the corps ([`CORPS`]) opens as its topic, in a
    /// clause that names no scope of its own: the corps's, not the region's. 兵团是自治区的重要组成
    /// 部分。…预计实现生产总值2120亿元，增长9%左右；固定资产投资1800亿元左右，增长0.8%; （十一）发展兵团
    /// 经济，增强屯垦戍边和维护稳定能力。兵团坚持…。…新增就业6.3万人; 生产建设兵团要保证粮食生产，…
    /// 预期生产总值增长10%，…新增就业岗位6万个. Unlike a zone's passage (whose figures may be the
    /// region's: [`Self::after_a_zone_named`]), the corps's economy is counted apart from the
    /// region's, and a report speaks of it in a paragraph of its own.
    pub(super) fn in_a_paragraph_of_the_corps(&self, before: &str, walk: &Walk, ctx: &Context) -> bool {
        // (兵团 ends both names: most reports have neither, and need nothing read)
        if !ctx.text.corps {
            return false;
        }
        let paragraph = ctx.slice(ctx.paragraph_start, ctx.paragraph_start + CORPS_OPENING_CHARS);
        if !paragraph.contains("兵团") || zones_report(walk) {
            return false;
        }
        if self.names_the_whole(super::dating::last_clause(before)) {
            return false;
        }
        // (a heading run into its paragraph, （十一）发展兵团经济，…。兵团坚持…: the heading and
        // the opening of the text after it)
        let heading = crate::segment::heading_marker(paragraph)
            .and_then(|(_, chars)| paragraph.char_indices().nth(chars).map(|(at, _)| &paragraph[at..]));
        let openings = match heading {
            Some(rest) => vec![rest, rest.split_once('。').map_or("", |(_, after)| after)],
            None => vec![paragraph],
        };
        // (as who did it, 兵团坚持…, or what a heading works on, 发展兵团经济)
        openings.into_iter().any(|opening| {
            let first = &opening[..opening.find(['，', '；', '：', '。']).unwrap_or(opening.len())];
            zone_as_owner(first, &CORPS).is_some()
        })
    }

    /// Whether a clause names the region as a whole (全市, 本县, 我市): its figures are the
    /// region's.
    fn names_the_whole(&self, clause: &str) -> bool {
        let whole = |m: &&String| m.starts_with(['全', '本']);
        self.scope_modifiers.iter().filter(whole).any(|m| clause.contains(m.as_str()))
            || subject::OWN_REGION_WORDS.iter().any(|w| clause.contains(w))
    }
}
