//! What a number measures and of what: its measure (level, growth, share …), its
//! bound across a run of numbers, and the canonical indicator its subject names.
//!
//! Input: a number [`Hit`], its subject and verbs. Output: [`Measure`], [`Bound`] and
//! an indicator id from the config's dictionary.

use std::sync::LazyLock;

use regex::Regex;

use super::number::Hit;
use super::rules::Alias;
use super::subject::Verb;
use super::words::has_suffix;
use super::Extractor;
use crate::model::{Bound, Measure, Report, UnitFamily};

/// 第一季度, 上半年, 前三季度, 1-9月, 11月底, 12月: part of a year, which no yearly indicator is.
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:第|前)?[一二三四两1-4]?季度|上半年|下半年|前[一二三四五六七八九十两0-9]{1,2}个月|[一二三四五六七八九十0-9]{1,2}\s*[-—–~至]\s*[一二三四五六七八九十0-9]{1,2}月|(?:十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月(?:底|末|份)?")
        .expect("valid regex")
});

/// Whether the last time said before a number in its sentence is a part of a year (前三
/// 季度，GDP增长6.5%), with no 全年 after it: the number is that part's, no yearly figure.
pub(super) fn said_of_part_of_year(before: &str) -> bool {
    // most sentences name no part of a year: a cheap test first
    if !(before.contains('季') || before.contains("半年") || before.contains('月')) {
        return false;
    }
    let Some(part) = PART_OF_YEAR.find_iter(before).last() else { return false };
    // 截至11月底: up to a month's end; 12月底 is the year's end, but 12月 alone is a month
    // (2023年12月，居民消费价格同比上涨0.3%: December's, not the year's)
    let december = part.as_str().starts_with("十二") || part.as_str().starts_with("12");
    let year_end = december && part.as_str().ends_with(['底', '末']);
    // 1月7日，…会议开幕，…2022年预计…: a day is an event's date, and a year said after the
    // month is the time of what follows
    let rest = &before[part.end()..];
    let after_digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let day = after_digits.len() < rest.len() && after_digits.starts_with(['日', '号']);
    // (面对一季度大幅回落，全市地区生产总值增长3.5%: a part of the year that an earlier clause
    // says was faced or overcome, or the time of an event, not the time of the figure after it)
    // (进入四季度后，…; 在一季度大幅回落的情况下，…: the time of an event said before)
    let clause_at = before[..part.start()].rfind(['，', '；']).map_or(0, |at| at + '，'.len_utf8());
    let clause = &before[clause_at..];
    let clause = &clause[..clause.find(['，', '；']).unwrap_or(clause.len())];
    let event = (clause.starts_with("进入") && clause.ends_with('后'))
        || (clause.starts_with('在') && (clause.ends_with("情况下") || clause.ends_with("基础上")));
    // (an event's time reaches the clause right after it: 进入四季度后，全市地区生产总值增长4% may be
    // the quarter's; a figure clauses later, after other news, is the year's)
    // (上半年，面对一季度大幅下滑，…: the half framing the sentence stays its time; 进入11月后，
    // 受疫情反弹影响，…下降3.2%: the month's, but …，预计全市地区生产总值增长4%: the year's estimate)
    let clauses_after = rest.matches(['，', '；']).count();
    let framed_before = PART_OF_YEAR
        .find(&before[..clause_at])
        .is_some_and(|m| before[..m.start()].chars().count() <= 3 && before[m.end()..].starts_with('，'));
    let own_clause = rest.rsplit(['，', '；']).next().unwrap_or(rest);
    let estimate = ["预计", "全年", "初步"].iter().any(|w| own_clause.starts_with(w));
    let faced = !framed_before
        && (OVERCOME.iter().any(|w| clause.starts_with(w)) && clauses_after >= 1
            || event && clauses_after >= 2 && estimate);
    !year_end && !day && !faced && !super::dating::names_a_year(rest) && !rest.contains("全年")
}

/// Verbs that make a part of a year what was faced, not a time (面对一季度大幅回落，克服上半年…).
const OVERCOME: [&str; 6] = ["面对", "克服", "扭转", "消化", "走出", "摆脱"];

/// Whether a full sentence of a review opens with the part of a year gone so far, said
/// for all of it (前三季度，全市实现地区生产总值1995.5亿元、增长5.3%；地方一般公共预算收入…增长
/// 6.2%: both clauses are of the three quarters; 1—11月，…；…; 截至11月底，…；…), with no 全年
/// after it. Not a month or a half said for an event (3月，成功举办…；地区生产总值增长5.6%).
pub(super) fn framed_by_part_of_year(full: &str) -> bool {
    if !(full.contains('季') || full.contains('月')) {
        return false;
    }
    let Some(part) = PART_OF_YEAR.find(full) else { return false };
    let said = part.as_str();
    // (a quarter or a half said to open the sentence whose first clause gives a figure,
    // 一季度，全市生产总值增幅回落5.2个百分点；…, is as much a frame; not one said for an event,
    // 上半年，经济增速一度回落；…)
    let first_clause = full[part.end()..].split('；').next().unwrap_or("");
    let quarter =
        (said.ends_with("季度") || said.ends_with("半年")) && first_clause.contains(|c: char| c.is_ascii_digit());
    let so_far = said.starts_with('前')
        || quarter
        || (said.starts_with(['1', '一']) && said.contains(['-', '—', '–', '~', '至']))
        || (full[..part.start()].ends_with("截至") && said.ends_with(['底', '末']));
    // (今年, 2023年 before it)
    let opening = full[..part.start()].chars().count() <= 5;
    let december = said.starts_with("十二") || said.starts_with("12");
    let frame = full[part.end()..].starts_with('，');
    opening && so_far && frame && !december && !full[part.end()..].contains("全年")
}

/// `s` without the part of a year it names (GDP一季度 → GDP; 地区生产总值由一季度, where a
/// change from the part to the whole year is told, → 地区生产总值), if it names one.
fn without_part_of_year(s: &str) -> Option<String> {
    PART_OF_YEAR
        .is_match(s)
        .then(|| PART_OF_YEAR.replace_all(s, "").trim_start_matches("累计").trim_end_matches(['由', '从']).to_string())
}

/// The subject a number whose clause names none carries from the numbers before it: the
/// last one, but for the whole year (`whole_year`) past parts of a year said alone (GDP
/// 一季度增长4.7%、二季度…、三季度…，全年增长6.7%: of GDP, not of 三季度) to the thing
/// the first of them was of; None when none names a thing (一季度增长4.5%…: the opening of
/// the sentence does).
pub(super) fn carried_subject(subjects: &[String], whole_year: bool) -> Option<String> {
    let last = subjects.last().filter(|s| !s.is_empty())?;
    if !whole_year {
        return Some(last.clone());
    }
    for s in subjects.iter().rev() {
        match without_part_of_year(s) {
            None => return (!s.is_empty()).then(|| s.clone()),
            Some(thing) if thing.chars().count() >= 2 => return Some(thing),
            Some(_) => {}
        }
    }
    None
}

/// `subject` without a verb of a result said inside it, before the noun measured
/// (规模以上工业实现增加值, 限上工业完成增加值 → 规模以上工业增加值, 限上工业增加值); None if it has
/// none there. (The panel ranks such a subject by the alias it names so.)
pub(crate) fn without_inner_verb(subject: &str) -> Option<String> {
    ["实现", "完成"].iter().find_map(|verb| {
        let (head, noun) = subject.split_once(verb)?;
        (head.chars().count() >= 2 && noun.chars().count() >= 2).then(|| format!("{head}{noun}"))
    })
}

/// The least percent an index is written as (its base is 100%); less is a change.
const INDEX_FLOOR: f64 = 50.0;

/// Names of a level of prices: a percent said of one, with no verb, is its rise (growth),
/// never a level. Fixed: the language of prices, not a setting.
const PRICE_LEVELS: [&str; 6] = ["价格总水平", "物价总水平", "价格水平", "居民消费价格", "消费价格", "CPI"];
impl Extractor {
    /// The bound of the first number of a run: 分别增长7%和8%左右 is approx for both. Not
    /// when the two figures are the same (分别增长8%和8%以上): the bound then tells the
    /// second from the first, which is exactly as written.
    pub(super) fn run_bound(&self, chars: &[char], run: &[Hit]) -> Bound {
        let (first, last) = (&run[0], &run[run.len() - 1]);
        let shared = matches!(last.bound, Bound::Approx | Bound::Ge | Bound::Le)
            && self.lex.bound_suffixes.iter().any(|(w, b)| *b == last.bound && chars[..last.end].ends_with(w));
        let same_figure =
            run.len() == 2 && first.value == last.value && first.value_hi == last.value_hi && first.unit == last.unit;
        if run.len() > 1 && first.bound == Bound::Eq && shared && !same_figure {
            last.bound
        } else {
            first.bound
        }
    }

    /// What a number measures. `absolute`: an amount after a verb of change (比上年增加
    /// 1400亿元, 减少1000万人) is the change, not the level.
    pub(super) fn measure(&self, hit: &Hit, subject: &str, verbs: &[Verb], absolute: bool) -> Measure {
        let change = verbs.iter().find(|v| v.moves());
        // 出口增长达到15%: what a growth reached is the growth
        let grew = verbs.iter().any(|v| matches!(v, Verb::Growth | Verb::Decline));
        match hit.info.family {
            // 与上年持平: level with the year before, a growth of 0
            _ if hit.flat => Measure::Growth,
            _ if absolute => Measure::Change,
            // 居民消费价格指数103: the unit-less value of an index
            UnitFamily::Number if hit.unit.is_empty() && subject.ends_with("指数") => Measure::Index,
            UnitFamily::Pp => Measure::PpChange,
            // 比上年增长1.4倍: an increase said in multiples is growth (+140%); 是…的2.4倍
            // is a multiple
            UnitFamily::Multiple if change == Some(&Verb::Growth) => Measure::Growth,
            UnitFamily::Multiple => Measure::Multiple,
            UnitFamily::Percent => match change {
                Some(Verb::Growth | Verb::Decline) => Measure::Growth,
                Some(Verb::Reach) if grew => Measure::Growth,
                _ if verbs.contains(&Verb::ShareOf) => Measure::Share,
                // 综合效益指数115.3%: an index stated in percent (the base 100%); one far
                // below 100 is its rise (居民消费价格指数控制在3%左右)
                _ if subject.ends_with("指数") && hit.value >= INDEX_FLOOR => Measure::Index,
                _ if subject.ends_with("指数") => Measure::Growth,
                // 居民消费价格总水平控制在4%左右, CPI控制在3%: a price level in percent is its rise
                _ if PRICE_LEVELS.iter().any(|w| subject.ends_with(w)) => Measure::Growth,
                // 地区生产总值增长率为7.2%: the growth of an indicator (人口自然增长率 is a level)
                _ if subject.strip_suffix("增长率").is_some_and(|s| self.alias_ending(s).is_some()) => {
                    Measure::Growth
                }
                _ if self.level_rates.iter().any(|w| has_suffix(subject, w)) => Measure::Level,
                _ if ends_in_change(without_setting(subject)) => Measure::Growth,
                // 口岸贸易总额占全球的3.2%: a part of a whole; 人均地区生产总值相当于全国平均水平的76.9%:
                // a ratio to another quantity
                _ if subject.chars().skip(1).any(|c| c == '占') => Measure::Share,
                _ if subject.find("相当于").is_some_and(|at| at > 0) => Measure::Share,
                // 一般贸易进出口增长14.4%、占进出口总额53.6%: the clause of the share alone
                _ if subject.starts_with('占') && !subject.starts_with("占地") => Measure::Share,
                _ if self.share_words.iter().any(|w| has_suffix(subject, w)) => Measure::Share,
                _ => Measure::Level,
            },
            _ if self.count_units.contains(&hit.info.base) => Measure::Count,
            _ => Measure::Level,
        }
    }

    pub(super) fn indicator_of(&self, subject: &str, family: UnitFamily) -> Option<String> {
        // 第一季度市生产总值增长3.1%: a quarter's growth is not the year's
        if PART_OF_YEAR.is_match(subject) {
            return None;
        }
        // 规模以上工业增加值增速, GDP总量: a rate-of-change or total noun after the alias is
        // still the indicator (but 经济增速 and 进出口总额 are aliases as a whole)
        let core = match without_rate_noun(subject) {
            core if core.len() < subject.len() && self.alias_ending(subject).is_some() => subject,
            core => core,
        };
        // 服务业增加值占地区生产总值比重, 研发经费与国内生产总值之比: the whole is not
        // the indicator; the part before it names what is measured
        let core = match core.char_indices().skip(1).find(|&(_, c)| c == '占') {
            Some((at, _)) => &core[..at],
            None => core.split("相当于").next().unwrap_or(core),
        };
        let core = match core.strip_suffix("之比").and_then(|c| c.rfind('与').map(|at| &c[..at])) {
            Some(part) => part,
            None => core,
        };
        // 规模以上工业实现增加值8.38亿元: the verb said inside the indicator's name
        let joined;
        let core = match self.alias_ending(core) {
            Some(_) => core,
            None => {
                joined = without_inner_verb(core)?;
                &joined
            }
        };
        let alias = self.alias_ending(core)?;
        let before = &core[..core.len() - alias.text.len()];
        let id = &self.indicators[alias.indicator].0;
        // 项目建成后可带动新增就业1500人: the people something brings or takes on, a part
        // of the region's (not for amounts: 带动固定资产投资增长2.8% is the whole's growth)
        let brought = || self.counted_in_people(id) && self.people_part_qualifiers.found_in(before);
        // 限上社零额: the traders above a size (限额以上), a part of the total; 限上工业增加值 is
        // industry counted from its size up, the statistic's own name as 规模以上工业 is
        let above_quota = before.ends_with("限上") && !alias.text.starts_with("工业");
        // (500万元以上项目固定资产投资: the projects a size up, the statistic's own scope, as
        // 500万元以上固定资产投资 is; not a part)
        let before = before
            .strip_suffix("以上项目")
            .map_or(before, |size| size.trim_end_matches(|c: char| c.is_ascii_digit() || "万亿元.".contains(c)));
        // (辖区公共财政收入: the territory's revenue, the central taxes collected in it included,
        // wider than the region's own; 辖区 before any other figure is the region's)
        let territory_revenue = id == "general_budget_revenue" && before.ends_with("辖区");
        // (地方工业增加值: the industry of local firms, without the central state's (大庆's oil);
        // 地方 before revenue is the region's own, the whole)
        let local_industry = alias.text.starts_with("工业") && before.ends_with("地方");
        // (规模以上企业生产总值, 规模以上企业实现生产总值, 规上生产总值: the output of firms above a
        // size, a town's figure, not its GDP)
        let firms_output =
            id == "gdp" && (before.contains("企业") || before.ends_with("规上") || before.ends_with("规模以上"));
        // (居民收入 is the whole's alone or after the whole region, 全市居民收入, 全体居民收入;
        // 城乡居民收入增长9% is urban and rural incomes each, as reports before the combined
        // survey of 2013 meant it, or the whole, said neither way; 山区居民收入 is a part)
        let whole_region = before.is_empty() || before.chars().count() <= 2 && before.starts_with(['全', '本', '我']);
        let both_or_whole = alias.text == "居民收入" && !whole_region;
        // (高加工度工业增加值: a kind of industry, a part; 规模 and 限上 say the statistic's
        // scope, 全部 and a whole (全市) the whole)
        let scope = ["规模", "限上", "全部"].iter().any(|w| before.ends_with(w));
        let kind_of_industry = alias.text == "工业增加值" && !whole_region && !scope;
        if self.names_a_part(before)
            || brought()
            || above_quota
            || territory_revenue
            || local_industry
            || kind_of_industry
            || firms_output
            || both_or_whole
        {
            return None;
        }
        self.accepts(id, family).then(|| id.clone())
    }

    /// [`Self::indicator_of`] in the report of `report`'s region: there, the output of its own
    /// scope (区属地区生产总值 in a 区's report, 县属 in a 县's: the districts of Sichuan state
    /// the GDP of what they administer so, the only one they give) is its output, though
    /// 区属 and 县属 name a part before any other figure (县属工业增加值: its own firms').
    pub(super) fn indicator_in(&self, subject: &str, family: UnitFamily, report: &Report) -> Option<String> {
        let found = self.indicator_of(subject, family);
        let own_scope = || {
            let (level, rest) =
                OWN_SCOPES.iter().find_map(|(q, level)| subject.strip_prefix(q).map(|r| (*level, r)))?;
            // (not a province's 自治区, nor with a noun between: 区属企业生产总值)
            let meta = &report.meta;
            let own = |r: &&String| r.ends_with(level) && !r.ends_with("自治区");
            let scope = OUTPUT_OF_A_TERRITORY.contains(&rest) && [&meta.region, &meta.region_raw].iter().any(own);
            scope.then(|| self.indicator_of(rest, family)).flatten()
        };
        // (新区公共财政预算收入 in 金州新区's report: a region named by a kind of place that is a
        // part of others, 新区, calls itself by that kind)
        let own_kind = || {
            let meta = &report.meta;
            let kind =
                OWN_KINDS.iter().find(|k| [&meta.region, &meta.region_raw].iter().any(|r| named_by_kind(r, k)))?;
            self.indicator_of(subject.strip_prefix(kind)?, family)
        };
        found.or_else(own_scope).or_else(own_kind)
    }

    /// Whether indicator `id` is counted in people only (城镇新增就业): stated in people,
    /// neither in money nor as a bare number.
    fn counted_in_people(&self, id: &str) -> bool {
        self.indicators.iter().any(|(i, families, _)| {
            i == id
                && families.contains(&UnitFamily::People)
                && !families.iter().any(|f| matches!(f, UnitFamily::Money | UnitFamily::Number))
        })
    }

    /// 城镇新增就业45.6万: a bare 万 or 亿 (no unit after it) after an indicator counted in
    /// people only counts people (45.6万人), as the report leaves 人 unsaid; the hit in
    /// people, or None. Only where the phrase ends its clause: a noun after it is what it
    /// counts (…、160万外出务工劳动力稳定就业). A number without its scale (新增就业4560) has
    /// no hit at all.
    fn people_left_unsaid(&self, chars: &[char], hit: &Hit, subject: &str) -> Option<Hit> {
        let bare = hit.info.family == UnitFamily::Number && hit.info.base.is_empty() && hit.scale >= 1e4;
        let ends_clause = chars.get(hit.end).is_none_or(|c| "，,；;。：:、）)".contains(*c));
        if !bare || !ends_clause {
            return None;
        }
        let id = self.indicator_of(subject, UnitFamily::People)?;
        let info = self.people_unit()?;
        self.counted_in_people(&id).then(|| Hit { unit: format!("{}人", hit.unit), info, ..hit.clone() })
    }

    /// The people a jobs figure counts where its unit does not say people: 人 left unsaid
    /// (城镇新增就业45.6万), or the positions made (新增就业岗位40万个).
    pub(super) fn people_counted(&self, chars: &[char], hit: &Hit, subject: &str) -> Option<Hit> {
        self.people_left_unsaid(chars, hit, subject).or_else(|| self.positions_as_people(chars, hit, subject))
    }

    /// The unit 人, counting people, as the settings define it.
    fn people_unit(&self) -> Option<super::number::UnitInfo> {
        let (_, info) = self.lex.units.iter().find(|(u, info)| *u == ['人'] && info.family == UnitFamily::People)?;
        Some(info.clone())
    }

    /// 新增城镇就业岗位40万个: jobs counted as the positions made, one a person, after an
    /// indicator counted in people only; the hit counting people (its unit as written), or
    /// None. Said in 万, or in the sentence's first clause (全年新增就业岗位37162个): after
    /// another clause the positions are often of what it counts (引进企业20家，新增就业岗位1200个).
    fn positions_as_people(&self, chars: &[char], hit: &Hit, subject: &str) -> Option<Hit> {
        let first_clause = || !chars[..hit.start.min(chars.len())].iter().any(|c| matches!(c, '，' | '；' | ','));
        if !(hit.unit.ends_with('个') && subject.ends_with("岗位") && (hit.scale >= 1e4 || first_clause())) {
            return None;
        }
        let id = self.indicator_of(subject, UnitFamily::People)?;
        let info = self.people_unit()?;
        self.counted_in_people(&id).then(|| Hit { info, ..hit.clone() })
    }

    /// The alias `subject` ends with, the longest if several do (the aliases are sorted
    /// longest first).
    pub(super) fn alias_ending(&self, subject: &str) -> Option<&Alias> {
        self.aliases.iter().find(|a| has_suffix(subject, &a.text))
    }

    /// Whether the words before an alias make the subject a part of what the alias names:
    /// a part qualifier (民营企业进出口, 县域工业增加值), or a partner after 对 (对俄进出口,
    /// 对共建“一带一路”国家进出口; not 对外, foreign trade as a whole).
    fn names_a_part(&self, before: &str) -> bool {
        let partnered = |b: &str| b.starts_with('对') && !b.starts_with("对外");
        // (全市对日本进出口: the region as a whole said before its partner)
        partnered(before)
            || partnered(super::subject::without_whole_opening(before))
            || self.part_qualifiers.found_in(before)
            // 重工业增加值, 轻工业增加值: heavy and light industry, each a part of 工业
            || before.ends_with(['重', '轻'])
            // 规上装备工业增加值: a sector named inside the statistic's scope (规上, 规模以上)
            || ["规上", "规模以上"].iter().any(|w| before.strip_prefix(w).is_some_and(|sector| !sector.is_empty()))
            || names_counties(before)
    }

    /// The indicator a subject names ([`Self::indicator_in`]), or a short name said alone as a
    /// growth.
    pub(super) fn indicator_named(
        &self,
        subject: &str,
        hit: &Hit,
        measure: Measure,
        report: &Report,
    ) -> Option<String> {
        self.indicator_in(subject, family_of(hit), report).or_else(|| self.short_name(subject, measure))
    }

    /// The indicator a short name says alone, as a growth (投资增长11.5%, in a headline list).
    fn short_name(&self, subject: &str, measure: Measure) -> Option<String> {
        let named = (measure == Measure::Growth).then(|| self.short_names.iter().find(|(w, _)| w == subject))?;
        named.map(|(_, id)| id.clone())
    }

    /// The indicator of an alias that holds a verb (经济增长), when the words are that
    /// alias as a whole, after a scope word (全市经济增长): 循环经济增长 is no 经济增长.
    pub(super) fn alias_as_a_whole(&self, words: &str, family: UnitFamily) -> Option<String> {
        // (a scope that is a part, 县级, gives no indicator: 县级财政一般预算收入)
        let scope = self.scope_modifiers.iter().find(|m| words.starts_with(m.as_str()));
        if scope.is_some_and(|m| self.names_a_part(m)) {
            return None;
        }
        let core = scope.map_or(words, |m| &words[m.len()..]);
        // (地方经济增长6% beside 地区生产总值增长1%: the economy run by the region, without
        // its central firms, a part; 地方 scopes what the region collects, 地方财政收入)
        if scope.is_some_and(|m| m == "地方") && core.starts_with("经济") {
            return None;
        }
        let core = without_rate_noun(core);
        let alias = &self.aliases[*self.alias_at.get(core)?];
        let id = &self.indicators[alias.indicator].0;
        self.accepts(id, family).then(|| id.clone())
    }

    /// Whether indicator `id` may be stated in a unit of `family`.
    pub(super) fn accepts(&self, id: &str, family: UnitFamily) -> bool {
        // 是五年前的1.9倍: any indicator may be stated as a multiple of an earlier level
        family == UnitFamily::Multiple
            || self.indicators.iter().any(|(i, families, _)| i == id && families.contains(&family))
    }
}

/// Qualifiers of a region's own scope (区属) and the level of region each is said in.
/// Kinds of place that name a part of a city (新区, 开发区, a part qualifier) but also end the
/// names of regions that give reports (浦东新区, 金州新区, 神农架林区): there, the region itself.
/// (the longest first: 长沙高新区 is a 高新区 before it is a 新区)
pub(super) const OWN_KINDS: [&str; 5] = ["高新区", "开发区", "经开区", "新区", "林区"];

/// Whether `region` is named by the kind of place `kind` (浦东新区 by 新区), more than the kind alone.
pub(super) fn named_by_kind(region: &str, kind: &str) -> bool {
    region.ends_with(kind) && region.len() > kind.len()
}

const OWN_SCOPES: [(&str, char); 3] = [("区属", '区'), ("县属", '县'), ("市属", '市')];
/// Names of a territory's whole output: of a scope they are the scope's, no firms'.
const OUTPUT_OF_A_TERRITORY: [&str; 3] = ["地区生产总值", "生产总值", "GDP"];

/// 规模以上工业增加值增速, 固定资产投资增长幅度, 居民消费价格指数涨幅, 城镇调查失业率平均值,
/// GDP总量: a noun of a rate of change or of a
/// total after an alias leaves the alias (the caller keeps a subject that is an alias
/// whole: 社会消费品零售总额).
fn without_rate_noun(subject: &str) -> &str {
    // (an average's first: 地区生产总值年均增速, whose years the dating reads)
    const RATE_NOUNS: [&str; 15] = [
        "年均增速",
        "年均增幅",
        "年均增长率",
        "年均增长速度",
        "增速",
        "增幅",
        "涨幅",
        "降幅",
        "增长幅度",
        "上涨幅度",
        "增长率",
        "增长速度",
        "总量",
        "总额",
        "平均值",
    ];
    RATE_NOUNS.iter().find_map(|w| subject.strip_suffix(w)).unwrap_or(subject)
}

/// Percentage points are compared with percent indicators.
/// Whether the words before an alias name counties of the region: 县 (5个县一般公共预算收入超
/// 10亿元, 各县, 山区5县, 五县). A county's name (象州县规上工业增加值) is a place other than the report's,
/// which needs the report's region (`subject::place_named_first`): 清河县地区生产总值 is
/// 清河县's own in its report.
fn names_counties(before: &str) -> bool {
    // (44个县（市）, 各县（市、区）: the county-level cities and districts named with them)
    let before = before
        .strip_suffix(['）', ')'])
        .and_then(|b| b.rfind(['（', '(']).map(|at| (b, at)))
        .filter(|&(b, at)| b[at..].chars().skip(1).all(|c| "市区县旗、".contains(c)))
        .map_or(before, |(b, at)| &b[..at]);
    let counted = before
        .strip_suffix('县')
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十几多个各".contains(c));
    before == "县" || counted
}

pub(super) fn family_of(hit: &Hit) -> UnitFamily {
    if hit.info.family == UnitFamily::Pp {
        UnitFamily::Percent
    } else {
        hit.info.family
    }
}

/// `v` to 9 decimals, where that is finer than an f64 holds (below 10^6: ×10^9 stays
/// under 2^53, so rounding there adds no error of its own, as it did to 1.13×10^13).
pub(super) fn round9(v: f64) -> f64 {
    if v.abs() < 1e6 {
        (v * 1e9).round() / 1e9
    } else {
        v
    }
}

/// The bound of a negated number: “下降3%以上” is growth ≤ -3.
pub(super) fn flip(b: Bound) -> Bound {
    match b {
        Bound::Ge => Bound::Le,
        Bound::Le => Bound::Ge,
        Bound::Gt => Bound::Lt,
        Bound::Lt => Bound::Gt,
        other => other,
    }
}

/// 一般公共预算收入预期增速确定为8.5%: a verb that sets the figure after its subject is no
/// part of what the subject names.
fn without_setting(subject: &str) -> &str {
    ["确定", "设定"].iter().find_map(|w| subject.strip_suffix(w)).unwrap_or(subject)
}

/// Subjects such as 居民消费价格涨幅, 经济增长速度, 固定资产投资增长幅度 name a change
/// themselves.
fn ends_in_change(subject: &str) -> bool {
    ["涨幅", "增幅", "增速", "降幅", "增长速度", "增长幅度", "上涨幅度"].iter().any(|w| subject.ends_with(w))
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*PART_OF_YEAR,);
}
