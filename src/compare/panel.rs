//! Indicator records -> panel.csv and targets_vs_actuals.csv, with polars.
//!
//! Headline rule: among the mentions of an indicator in one report, the panel keeps
//! the one stated in the indicator's headline measure (config `headline`), for a
//! single year, that refers to the report's own plan year (targets) or review year
//! (actuals), and comes first in the report. The first mention is the headline
//! passage: reports state last year's results and this year's targets in one
//! summary paragraph before the detail; an actual stated exactly comes before one
//! stated as a bound (突破4万元 beside 4.1万元). Values are in the base unit (元, 人, %).

use polars::prelude::*;

use crate::config::Settings;
use crate::error::RunError;
use crate::model::{Bound, Indicator, Kind, Measure, Met, Meta, Report};

/// One indicator mention that can be a headline cell, as the panel needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub region: String,
    pub indicator: String,
    pub kind: Kind,
    /// the year the value is for (a candidate is for one year)
    pub period_end: i32,
    pub report_id: String,
    pub measure: Measure,
    pub value: Option<f64>,
    pub value_hi: Option<f64>,
    pub bound: Bound,
    pub unit: String,
    pub sentence_id: usize,
    /// what the number is of, as written (区本级固定资产投资, 全社会固定资产投资)
    pub subject: String,
    /// the sentence stands in a five-year passage (its years read from a cue of its own)
    pub five_year_context: bool,
    /// the position in the indicator's aliases of the one the subject names (the config
    /// lists an indicator's own name first: 全社会固定资产投资 before 城镇固定资产投资, 一般公共预算收入
    /// before 财政收入); past the last when it names none
    pub alias_rank: usize,
    /// the subject names a part of the region before the indicator (松山湖生产总值, 陕北生产总值),
    /// or the figure follows a clause about a zone with no scope of its own
    /// ([`Indicator::after_a_zone`]): of several values, the region's own is kept
    pub of_a_part: bool,
    /// a target striven for beside one committed to (力争7.5%、确保7%)
    pub striven_for: bool,
    /// a growth on an adjusted basis beside one on the natural basis (同口径, 剔除留抵退税因素后)
    pub adjusted: bool,
}

/// The headline value of one region × indicator × kind × year (a row of panel.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct PanelCell {
    pub region: String,
    pub indicator: String,
    pub kind: Kind,
    pub year: i64,
    /// In the base unit.
    pub value: Option<f64>,
    pub bound: Bound,
    pub report_id: String,
    pub value_hi: Option<f64>,
    pub unit: String,
    pub measure: Measure,
    pub sentence_id: i64,
    /// The distinct values the report states for the cell (the first is kept).
    pub values_stated: i64,
    pub subject: String,
    /// What a reader should check before using the value (`five_year_context`,
    /// `outlier`, `several_values`, `adjusted_basis`), `;`-separated in the tables.
    pub flags: Vec<Flag>,
}

/// Why a panel cell deserves a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// the sentence stands in a passage about five years; its own words date it to one
    FiveYearContext,
    /// outside the indicator's plausible range, or far off the neighbouring years
    Outlier,
    /// the report states more than one value for the cell (the first is kept)
    SeveralValues,
    /// a growth on an adjusted basis (同口径, 扣除/剔除…因素后), the only one the report gives
    AdjustedBasis,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::FiveYearContext => "five_year_context",
            Flag::Outlier => "outlier",
            Flag::SeveralValues => "several_values",
            Flag::AdjustedBasis => "adjusted_basis",
        }
    }
}

/// Flags as the tables write them: `;`-separated, in a fixed order, empty when none.
pub fn flags_text(flags: &[Flag]) -> String {
    flags.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(";")
}

/// A year's headline target against its actual (a row of targets_vs_actuals.csv).
#[derive(Debug, Clone, PartialEq)]
pub struct TargetVsActual {
    pub region: String,
    pub indicator: String,
    pub year: i64,
    pub target_value: Option<f64>,
    pub target_hi: Option<f64>,
    pub target_bound: Option<Bound>,
    pub target_report: Option<String>,
    pub actual_value: Option<f64>,
    pub actual_report: Option<String>,
    /// actual − target, when both are in the same unit.
    pub gap: Option<f64>,
    pub met: Met,
    pub unit: String,
    pub target_values_stated: Option<i64>,
    pub actual_values_stated: Option<i64>,
    pub target_subject: Option<String>,
    pub actual_subject: Option<String>,
    /// The flags of the target's and the actual's panel cells, together.
    pub flags: Vec<Flag>,
}

fn table_err(table: &'static str) -> impl Fn(PolarsError) -> RunError {
    move |e| RunError::Table { table, message: e.to_string() }
}

/// Whether indicator record `i` (of canonical indicator `id`, in a report with metadata
/// `meta`) can be a headline cell: stated in the indicator's headline measure, for a
/// single year, that is the year the report plans (a target) or reviews (an actual).
/// Only such records become [`Mention`]s: the panel would filter out the others, after
/// building every column of them.
pub fn is_headline_candidate(i: &Indicator, id: &str, meta: &Meta, settings: &Settings) -> bool {
    let own_year = match i.kind {
        Kind::Target => meta.target_year(),
        Kind::Actual => meta.review_year,
    };
    let headline = |d: &crate::config::IndicatorDef| {
        // 居民消费价格指数103: an index stands for growth of index − 100
        d.headline == i.measure || (d.headline == Measure::Growth && i.measure == Measure::Index)
    };
    // 增长132.3倍 (“40年来…”, 2003年到2023年…规模扩大了9.8倍): growth by multiples is a
    // comparison over many years far more often than one year's
    let multiples = i.measure == Measure::Growth && i.unit.ends_with('倍');
    i.period_start == i.period_end
        && i.period_end == own_year
        && !multiples
        && settings.indicator(id).is_some_and(headline)
}

/// The mentions of canonical indicators in one report that can be headline cells, in
/// base units, for the panel.
pub fn mentions(r: &Report, indicators: &[Indicator], settings: &Settings) -> Vec<Mention> {
    let mut out = Vec::new();
    for i in indicators {
        let Some(id) = &i.indicator else { continue };
        if !is_headline_candidate(i, id, &r.meta, settings) {
            continue;
        }
        let factor = match (i.value, i.value_base) {
            (Some(v), Some(b)) if v != 0.0 => b / v,
            _ => 1.0,
        };
        let index = i.measure == Measure::Index;
        let (value, value_hi) = if index {
            (i.value_base.map(|v| v - 100.0), i.value_hi.map(|h| h * factor - 100.0))
        } else {
            (i.value_base, i.value_hi.map(|h| h * factor))
        };
        out.push(Mention {
            region: r.meta.region.clone(),
            indicator: id.clone(),
            kind: i.kind,
            period_end: i.period_end,
            report_id: r.meta.report_id.clone(),
            measure: if index { Measure::Growth } else { i.measure },
            value,
            value_hi,
            bound: i.bound,
            unit: if index { "%".to_string() } else { i.base_unit.clone() },
            sentence_id: i.sentence_id,
            subject: i.subject.clone(),
            five_year_context: i.five_year_context,
            alias_rank: alias_rank(&i.subject, id, settings),
            of_a_part: i.after_a_zone || names_a_part(&i.subject, id, &r.meta.region, settings),
            striven_for: i.striven_for,
            adjusted: i.adjusted,
        });
    }
    out
}

/// The rank of the alias of indicator `id` that `subject` names, the longest if several
/// do (see [`Mention::alias_rank`]); the region said as a whole before it (全市生产总值,
/// 预计全市生产总值) is no other name than 生产总值.
fn alias_rank(subject: &str, id: &str, settings: &Settings) -> usize {
    let Some(def) = settings.indicator(id) else { return u16::MAX.into() };
    let plain = plain_subject(subject);
    let mut named: &str = &plain;
    while let Some(rest) =
        whole_region(settings).chain(LEAD_WORDS).find_map(|w| named.strip_prefix(w).filter(|rest| !rest.is_empty()))
    {
        named = rest;
    }
    let named = def.aliases.iter().enumerate().filter(|(_, a)| named.contains(a.as_str()));
    named.max_by_key(|(k, a)| (a.len(), std::cmp::Reverse(*k))).map_or(def.aliases.len(), |(k, _)| k)
}

/// The subject as extraction reads it: 限上工业完成增加值 names 工业增加值 with a verb inside.
fn plain_subject(subject: &str) -> std::borrow::Cow<'_, str> {
    crate::extract::without_inner_verb(subject).map_or(subject.into(), Into::into)
}

/// Words that say the region as a whole before an indicator's name: the config's scope
/// modifiers of the whole (全市, 全省, 全国 …, as extraction reads them) and the region said as
/// its own (我市, 本省 …).
fn whole_region(settings: &Settings) -> impl Iterator<Item = &str> {
    let scopes = settings.file.extract.scope_modifiers.iter().map(String::as_str);
    scopes.filter(|m| m.starts_with('全')).chain(crate::extract::OWN_REGION_WORDS)
}

/// Words before an indicator's name that say when or what was done, no place: 预计全市生产
/// 总值, 促进货物进出口总额.
const LEAD_WORDS: [&str; 11] = ["全年", "年度", "当年", "预计", "实现", "完成", "促进", "力争", "确保", "争取", "努力"];

/// Words before an indicator's name that name no part of the region though they are no
/// name of it either: the people an indicator is of (城镇居民登记失业率), and the
/// district's own level (区级一般公共预算收入, beside 地方级: what is collected in it; not 市级,
/// a city's own level without its counties). Not in an alias's rank: 城镇新增就业 and
/// 地方财政收入 are names.
const OF_THE_REGION: [&str; 6] = ["城镇居民", "城乡居民", "居民", "城镇", "地方", "区级"];

/// Whether `subject` names a part of `region` before the alias of indicator `id` that it
/// holds: a zone or a sub-region (松山湖生产总值, 陕北生产总值, 兵团生产总值), not the region as a
/// whole right before the name (全市生产总值, …预计2003年全区国内生产总值, 东莞市生产总值), nor a
/// time, a verb or the people it is of (预计生产总值, 促进货物进出口总额, 城镇居民登记失业率), nor
/// the indicator alone.
fn names_a_part(subject: &str, id: &str, region: &str, settings: &Settings) -> bool {
    let Some(def) = settings.indicator(id) else { return false };
    let plain = plain_subject(subject);
    // where the longest alias starts: most subjects end with it (松山湖生产总值), and a test of
    // the end costs a comparison where a search builds a searcher for each alias
    let at = match def.aliases.iter().filter(|a| plain.ends_with(a.as_str())).map(String::len).max() {
        Some(len) => plain.len() - len,
        None => match def.aliases.iter().filter_map(|a| plain.find(a.as_str()).map(|at| (a.len(), at))).max() {
            Some((_, at)) => at,
            None => return false,
        },
    };
    // (an alias of the region as a whole: 全区生产总值)
    if whole_region(settings).any(|w| plain[at..].starts_with(w)) {
        return false;
    }
    let short = region.trim_end_matches(['市', '省', '区', '县', '州', '盟', '旗']);
    let whole = |s: &str| whole_region(settings).chain([region, short]).any(|w| !w.is_empty() && s.ends_with(w));
    let mut before = &plain[..at];
    loop {
        // (marks and numbering of a copied list: <br>（2）全市城镇新增就业)
        let words = before.trim_end_matches(|c: char| !crate::ingest::decode::is_cjk(c));
        if words.is_empty() || whole(words) {
            return false;
        }
        match LEAD_WORDS.iter().chain(&OF_THE_REGION).find_map(|w| words.strip_suffix(w)) {
            Some(rest) => before = rest,
            None => return true,
        }
    }
}

fn frame(mentions: &[Mention]) -> PolarsResult<DataFrame> {
    let s = |f: &dyn Fn(&Mention) -> String| mentions.iter().map(f).collect::<Vec<String>>();
    let i = |f: &dyn Fn(&Mention) -> i64| mentions.iter().map(f).collect::<Vec<i64>>();
    DataFrame::new(
        mentions.len(),
        vec![
            Column::new("region".into(), s(&|m| m.region.clone())),
            Column::new("indicator".into(), s(&|m| m.indicator.clone())),
            Column::new("kind".into(), s(&|m| m.kind.as_str().into())),
            Column::new("year".into(), i(&|m| m.period_end as i64)),
            Column::new("value".into(), mentions.iter().map(|m| m.value).collect::<Vec<_>>()),
            Column::new("value_hi".into(), mentions.iter().map(|m| m.value_hi).collect::<Vec<_>>()),
            Column::new("bound".into(), s(&|m| m.bound.as_str().into())),
            Column::new("report_id".into(), s(&|m| m.report_id.clone())),
            Column::new("unit".into(), s(&|m| m.unit.clone())),
            Column::new("measure".into(), s(&|m| m.measure.as_str().into())),
            Column::new("sentence_id".into(), i(&|m| m.sentence_id as i64)),
            Column::new("subject".into(), s(&|m| m.subject.clone())),
            Column::new("five_year".into(), mentions.iter().map(|m| m.five_year_context).collect::<Vec<bool>>()),
            // 人均生产总值突破4万元 beside 达到4.1万元: a result stated exactly is preferred
            // to a threshold it passed (not to an estimate, 增长10%左右; a target's bound is
            // part of the target)
            Column::new(
                "loose".into(),
                mentions
                    .iter()
                    .map(|m| m.kind == Kind::Actual && matches!(m.bound, Bound::Gt | Bound::Ge | Bound::Lt | Bound::Le))
                    .collect::<Vec<bool>>(),
            ),
            Column::new("part".into(), mentions.iter().map(|m| m.of_a_part).collect::<Vec<bool>>()),
            Column::new("striven".into(), mentions.iter().map(|m| m.striven_for).collect::<Vec<bool>>()),
            Column::new("adjusted".into(), mentions.iter().map(|m| m.adjusted).collect::<Vec<bool>>()),
            Column::new("rank".into(), i(&|m| m.alias_rank as i64)),
        ],
    )
}

/// The headline frame: one row per region × indicator × kind × year, from mentions
/// that are headline candidates ([`is_headline_candidate`]).
/// Runs the panel's queries once on a made-up pair of mentions: `run` does it on its
/// warm-up thread at the start, so that polars' first use (its thread pool, its query
/// planner's first allocations, ~5 ms) is not paid at the end of the run, where the
/// whole-batch tables wait for it with a core idle.
pub(crate) fn warm_up() {
    let mention = |kind| Mention {
        region: String::new(),
        indicator: String::new(),
        kind,
        period_end: 0,
        report_id: String::new(),
        measure: Measure::Growth,
        value: Some(0.0),
        value_hi: None,
        bound: Bound::Approx,
        unit: String::new(),
        sentence_id: 0,
        subject: String::new(),
        five_year_context: false,
        alias_rank: 0,
        of_a_part: false,
        striven_for: false,
        adjusted: false,
    };
    if let Ok(head) = headline_frame(&[mention(Kind::Target), mention(Kind::Actual)]) {
        let _ = panel_cells(&head);
        let _ = targets_beside_actuals(&head);
    }
}

pub fn headline_frame(mentions: &[Mention]) -> Result<DataFrame, RunError> {
    let keys = ["region", "indicator", "kind", "year"];
    frame(mentions)
        .and_then(|df| {
            df.lazy()
                .sort(
                    // of several values the panel keeps, in turn: the region's own rather
                    // than a part's, one stated exactly, one committed to rather than striven
                    // for, one on the natural basis rather than an adjusted one, the one named
                    // by the indicator's own alias, the first said
                    [
                        "region",
                        "indicator",
                        "kind",
                        "year",
                        "part",
                        "loose",
                        "striven",
                        "adjusted",
                        "rank",
                        "report_id",
                        "sentence_id",
                    ],
                    SortMultipleOptions::new().with_maintain_order(true),
                )
                .group_by_stable(keys.map(col))
                .agg([
                    col("value").first(),
                    col("value_hi").first(),
                    col("bound").first(),
                    col("report_id").first(),
                    col("unit").first(),
                    col("measure").first(),
                    col("sentence_id").first(),
                    col("subject").first(),
                    col("five_year").first(),
                    col("adjusted").first(),
                    // more than one: the report states the cell twice, differently (a
                    // sector's figure and the region's); indicators.csv has them all
                    col("value").n_unique().cast(DataType::Int64).alias("values_stated"),
                ])
                .sort(keys, SortMultipleOptions::new().with_maintain_order(true))
                .collect()
        })
        .map_err(table_err("panel"))
}

fn strs(df: &DataFrame, name: &str) -> PolarsResult<Vec<Option<String>>> {
    Ok(df.column(name)?.str()?.iter().map(|v| v.map(str::to_string)).collect())
}

fn f64s(df: &DataFrame, name: &str) -> PolarsResult<Vec<Option<f64>>> {
    Ok(df.column(name)?.f64()?.iter().collect())
}

fn i64s(df: &DataFrame, name: &str) -> PolarsResult<Vec<Option<i64>>> {
    Ok(df.column(name)?.i64()?.iter().collect())
}

/// The panel's cells, sorted by region, indicator, kind, year, with their flags.
pub fn panel(head: &DataFrame, settings: &Settings) -> Result<Vec<PanelCell>, RunError> {
    let mut cells = panel_cells(head).map_err(table_err("panel"))?;
    flag_outliers(&mut cells, settings);
    Ok(cells)
}

/// Flag a cell `outlier` when its value lies outside the indicator's plausible range,
/// or far off both neighbouring years of its series in the same direction (a spike),
/// or far off the one neighbour it has by twice as much.
fn flag_outliers(cells: &mut [PanelCell], settings: &Settings) {
    let c = &settings.file.compare;
    let far = |v: f64, n: f64, unit: &str, times: f64| -> Option<f64> {
        let off = if unit == "%" {
            v - n
        } else if v > 0.0 && n > 0.0 {
            (v / n).ln()
        } else {
            return None;
        };
        let limit = if unit == "%" { c.outlier_points } else { c.outlier_ratio.ln() };
        (off.abs() > limit * times).then_some(off.signum())
    };
    let series = |a: &PanelCell, b: &PanelCell| {
        (&a.region, &a.indicator, a.kind, &a.unit) == (&b.region, &b.indicator, b.kind, &b.unit)
    };
    let mut outlier = vec![false; cells.len()];
    for (k, cell) in cells.iter().enumerate() {
        let Some(v) = cell.value else { continue };
        let range = settings.indicator(&cell.indicator).and_then(|d| d.plausible);
        if range.is_some_and(|[lo, hi]| v < lo || v > hi) {
            outlier[k] = true;
            continue;
        }
        let neighbour = |j: Option<usize>, year: i64| {
            let n = &cells[j?];
            (series(n, cell) && n.year == year).then_some(n.value).flatten()
        };
        let before = neighbour(k.checked_sub(1), cell.year - 1);
        let after = neighbour(Some(k + 1).filter(|&j| j < cells.len()), cell.year + 1);
        outlier[k] = match (before, after) {
            (Some(b), Some(a)) => {
                matches!((far(v, b, &cell.unit, 1.0), far(v, a, &cell.unit, 1.0)), (Some(x), Some(y)) if x == y)
            }
            (Some(n), None) | (None, Some(n)) => far(v, n, &cell.unit, 2.0).is_some(),
            (None, None) => false,
        };
    }
    for (cell, out) in cells.iter_mut().zip(outlier) {
        if out {
            cell.flags.push(Flag::Outlier);
            cell.flags.sort_unstable();
        }
    }
}

/// Each target-against-actual row takes the flags of its two panel cells.
pub fn flag_targets_vs_actuals(rows: &mut [TargetVsActual], cells: &[PanelCell]) {
    let by_key: std::collections::HashMap<(&str, &str, Kind, i64), &[Flag]> =
        cells.iter().map(|c| ((c.region.as_str(), c.indicator.as_str(), c.kind, c.year), c.flags.as_slice())).collect();
    for row in rows {
        let mut flags = Vec::new();
        for kind in [Kind::Target, Kind::Actual] {
            if let Some(f) = by_key.get(&(row.region.as_str(), row.indicator.as_str(), kind, row.year)) {
                flags.extend_from_slice(f);
            }
        }
        flags.sort_unstable();
        flags.dedup();
        row.flags = flags;
    }
}

fn panel_cells(df: &DataFrame) -> PolarsResult<Vec<PanelCell>> {
    let (region, indicator, kind) = (strs(df, "region")?, strs(df, "indicator")?, strs(df, "kind")?);
    let (year, value, value_hi) = (i64s(df, "year")?, f64s(df, "value")?, f64s(df, "value_hi")?);
    let (bound, report, unit, measure) =
        (strs(df, "bound")?, strs(df, "report_id")?, strs(df, "unit")?, strs(df, "measure")?);
    let sentence = i64s(df, "sentence_id")?;
    let stated = i64s(df, "values_stated")?;
    let subject = strs(df, "subject")?;
    let five_year: Vec<Option<bool>> = df.column("five_year")?.bool()?.iter().collect();
    let adjusted: Vec<Option<bool>> = df.column("adjusted")?.bool()?.iter().collect();
    Ok((0..df.height())
        .map(|k| PanelCell {
            region: region[k].clone().unwrap_or_default(),
            indicator: indicator[k].clone().unwrap_or_default(),
            kind: kind[k].as_deref().and_then(Kind::parse).unwrap_or(Kind::Actual),
            year: year[k].unwrap_or_default(),
            value: value[k],
            bound: bound[k].as_deref().and_then(Bound::parse).unwrap_or(Bound::Eq),
            report_id: report[k].clone().unwrap_or_default(),
            value_hi: value_hi[k],
            unit: unit[k].clone().unwrap_or_default(),
            measure: measure[k].as_deref().and_then(Measure::parse).unwrap_or(Measure::Level),
            sentence_id: sentence[k].unwrap_or_default(),
            values_stated: stated[k].unwrap_or(1),
            subject: subject[k].clone().unwrap_or_default(),
            flags: [
                (five_year[k] == Some(true)).then_some(Flag::FiveYearContext),
                (stated[k].unwrap_or(1) > 1).then_some(Flag::SeveralValues),
                (adjusted[k] == Some(true)).then_some(Flag::AdjustedBasis),
            ]
            .into_iter()
            .flatten()
            .collect(),
        })
        .collect())
}

/// Headline targets against actuals: a full join of the two, sorted by region,
/// indicator, year.
pub fn targets_vs_actuals(head: &DataFrame, settings: &Settings) -> Result<Vec<TargetVsActual>, RunError> {
    let err = table_err("targets_vs_actuals");
    let joined = targets_beside_actuals(head).map_err(&err)?;
    tva_records(&joined, settings).map_err(&err)
}

/// Each region × indicator × year's headline target beside its actual.
fn targets_beside_actuals(head: &DataFrame) -> PolarsResult<DataFrame> {
    let head = head.clone().lazy();
    let side = |kind: &str, prefix: &str| {
        head.clone().filter(col("kind").eq(lit(kind))).select([
            col("region"),
            col("indicator"),
            col("year"),
            col("value").alias(format!("{prefix}_value")),
            col("value_hi").alias(format!("{prefix}_hi")),
            col("bound").alias(format!("{prefix}_bound")),
            col("report_id").alias(format!("{prefix}_report")),
            col("unit").alias(format!("{prefix}_unit")),
            col("values_stated").alias(format!("{prefix}_values_stated")),
            col("subject").alias(format!("{prefix}_subject")),
        ])
    };
    let keys = [col("region"), col("indicator"), col("year")];
    side("target", "target")
        .join(
            side("actual", "actual"),
            keys.clone(),
            keys,
            JoinArgs::new(JoinType::Full).with_coalesce(JoinCoalesce::CoalesceColumns),
        )
        .sort(["region", "indicator", "year"], SortMultipleOptions::new().with_maintain_order(true))
        .collect()
}

fn tva_records(df: &DataFrame, settings: &Settings) -> PolarsResult<Vec<TargetVsActual>> {
    let (region, indicator, year) = (strs(df, "region")?, strs(df, "indicator")?, i64s(df, "year")?);
    let (tv, th, tb, tr, tu) = (
        f64s(df, "target_value")?,
        f64s(df, "target_hi")?,
        strs(df, "target_bound")?,
        strs(df, "target_report")?,
        strs(df, "target_unit")?,
    );
    let (av, ar, au) = (f64s(df, "actual_value")?, strs(df, "actual_report")?, strs(df, "actual_unit")?);
    let ab = strs(df, "actual_bound")?;
    let (ts, ast) = (i64s(df, "target_values_stated")?, i64s(df, "actual_values_stated")?);
    let (tsub, asub) = (strs(df, "target_subject")?, strs(df, "actual_subject")?);
    let tolerance = settings.file.compare.approx_tolerance;
    Ok((0..df.height())
        .map(|k| {
            let id = indicator[k].clone().unwrap_or_default();
            let higher = settings.indicator(&id).is_none_or(|d| d.higher_is_better);
            let bound = tb[k].as_deref().and_then(Bound::parse);
            let same_unit = tu[k] == au[k];
            let comparable = |v: Option<f64>| v.filter(|_| same_unit);
            let target = Target { value: tv[k], hi: th[k], bound };
            let actual_bound = ab[k].as_deref().and_then(Bound::parse);
            let met = match (comparable(av[k]), bound) {
                (Some(a), Some(_)) => target.met_by(a, actual_bound, higher, tolerance),
                _ => None,
            };
            TargetVsActual {
                region: region[k].clone().unwrap_or_default(),
                indicator: id,
                year: year[k].unwrap_or_default(),
                target_value: tv[k],
                target_hi: th[k],
                target_bound: bound,
                target_report: tr[k].clone(),
                actual_value: av[k],
                actual_report: ar[k].clone(),
                gap: comparable(av[k]).zip(tv[k]).map(|(a, t)| a - t),
                met: match met {
                    Some(true) => Met::True,
                    Some(false) => Met::False,
                    None => Met::Unknown,
                },
                // 元 against 美元: both, the target's first (gap and met stay empty)
                unit: match (&tu[k], &au[k]) {
                    (Some(t), Some(a)) if t != a => format!("{t}|{a}"),
                    (t, a) => t.clone().or_else(|| a.clone()).unwrap_or_default(),
                },
                target_values_stated: ts[k],
                actual_values_stated: ast[k],
                target_subject: tsub[k].clone(),
                actual_subject: asub[k].clone(),
                flags: Vec::new(),
            }
        })
        .collect())
}

/// A stated target and how to judge an actual against it.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub value: Option<f64>,
    pub hi: Option<f64>,
    pub bound: Option<Bound>,
}

impl Target {
    /// Whether `actual` meets the target, judged with its bound and the indicator's
    /// direction; None when the target is absent or has no value.
    /// Whether an actual stated with a bound of its own met the target: judged at both
    /// ends of what the actual may be (近5万 is below 5万: a target of 5万 is not met; 增长8%以上
    /// may or may not meet 8.5%), `None` when the two ends disagree.
    pub fn met_by(&self, actual: f64, bound: Option<Bound>, higher_is_better: bool, tolerance: f64) -> Option<bool> {
        // a strict bound stands just past its number
        let past = 1e-6 * actual.abs().max(1.0);
        let (low, high) = match bound {
            Some(Bound::Gt) => (actual + past, f64::INFINITY),
            Some(Bound::Ge) => (actual, f64::INFINITY),
            Some(Bound::Lt) => (f64::NEG_INFINITY, actual - past),
            Some(Bound::Le) => (f64::NEG_INFINITY, actual),
            _ => (actual, actual),
        };
        let (at_low, at_high) =
            (self.met(low, higher_is_better, tolerance)?, self.met(high, higher_is_better, tolerance)?);
        (at_low == at_high).then_some(at_low)
    }

    pub fn met(&self, actual: f64, higher_is_better: bool, tolerance: f64) -> Option<bool> {
        let t = self.value?;
        let eps = 1e-9;
        Some(match self.bound? {
            Bound::Absent => return None,
            Bound::Ge => actual >= t - eps,
            Bound::Gt => actual > t,
            Bound::Le => actual <= t + eps,
            Bound::Lt => actual < t,
            Bound::Range if higher_is_better => actual >= t - eps,
            Bound::Range => actual <= self.hi.unwrap_or(t) + eps,
            Bound::Approx if higher_is_better => actual >= t - tolerance - eps,
            Bound::Approx => actual <= t + tolerance + eps,
            Bound::Eq if higher_is_better => actual >= t - eps,
            Bound::Eq => actual <= t + eps,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_candidates_are_the_headline_measure_for_the_reports_own_years() {
        let settings = crate::config::test_settings();
        let text = "政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n一、2020年工作回顾\n\
            地区生产总值增长3%，总量达到500亿元。\n二、2021年工作安排\n地区生产总值增长6%左右。\n";
        let report = crate::pipeline::prepare(crate::model::Document::txt(text), settings).expect("a report");
        let found = crate::extract::Extractor::new(settings).extract(&report);
        let gdp: Vec<&Indicator> = found.iter().filter(|i| i.indicator.as_deref() == Some("gdp")).collect();
        assert_eq!(gdp.len(), 3, "{gdp:?}");
        let candidates: Vec<(Kind, Option<f64>)> = gdp
            .iter()
            .filter(|i| is_headline_candidate(i, "gdp", &report.meta, settings))
            .map(|i| (i.kind, i.value))
            .collect();
        // the level (500亿元) is not the headline measure (growth)
        assert_eq!(candidates, [(Kind::Actual, Some(3.0)), (Kind::Target, Some(6.0))]);
        // a target for the review year, or an actual for the plan year, is not one
        let mut moved = gdp[2].clone();
        moved.period_start -= 1;
        moved.period_end -= 1;
        assert!(!is_headline_candidate(&moved, "gdp", &report.meta, settings));
    }

    /// The panel of a report of 某某区 delivered in 2021 with `parts` (its review and plan):
    /// a lookup of a cell's value by indicator and kind.
    fn cells_in(parts: &str) -> Vec<PanelCell> {
        let settings = crate::config::test_settings();
        let text = format!("政府工作报告\n——2021年1月12日在某某区第一届人民代表大会第一次会议上\n{parts}");
        let report = crate::pipeline::prepare(crate::model::Document::txt(text), settings).expect("a report");
        let found = crate::extract::Extractor::new(settings).extract(&report);
        let heads = headline_frame(&mentions(&report, &found, settings)).expect("a frame");
        panel(&heads, settings).expect("cells")
    }

    fn cells_of(parts: &str) -> impl Fn(&str, Kind) -> Option<Option<f64>> {
        let cells = cells_in(parts);
        move |id: &str, kind: Kind| cells.iter().find(|c| c.indicator == id && c.kind == kind).map(|c| c.value)
    }

    #[test]
    fn a_growth_on_an_adjusted_basis_alone_is_flagged() {
        let flags = |review: &str| -> Vec<String> {
            cells_in(&format!("一、2020年工作回顾\n{review}\n二、2021年工作安排\n"))
                .iter()
                .filter(|c| c.indicator == "general_budget_revenue" && c.measure == Measure::Growth)
                .map(|c| flags_text(&c.flags))
                .collect()
        };
        assert_eq!(flags("一般公共预算收入37.6亿元，同口径增长29.1%。"), ["adjusted_basis"]);
        assert_eq!(flags("一般公共预算收入315.6亿元，扣除留抵退税因素后增长7.2%。"), ["adjusted_basis"]);
        assert_eq!(flags("一般公共预算收入100亿元，增长9.4%（同口径）。"), ["adjusted_basis"]);
        assert_eq!(flags("一般公共预算收入100亿元，增长12%（同口径，下同）。"), ["adjusted_basis"]);
        assert_eq!(flags("按同口径计算，地区生产总值增长6.6%，一般公共预算收入增长9.6%。"), ["adjusted_basis"]);
        assert_eq!(flags("按可比价格计算，地区生产总值增长6.6%，一般公共预算收入增长9.6%。"), [""]);
        assert_eq!(flags("一般公共预算收入100亿元，增长9.4%（扣除价格因素）。"), [""]);
        assert_eq!(
            flags("一般公共预算收入100亿元，下降1.8%（剔除减税降费因素，同口径增长8.1%）。"),
            ["several_values"]
        );
        // beside the natural basis, the cell keeps that one, unflagged as adjusted
        assert_eq!(flags("一般公共预算收入100亿元，同口径增长5%，自然口径下降6%。"), ["several_values"]);
        // the natural basis in brackets or after 、 is no adjusted one: the cell is it
        let cell = |review: &str| cells_of(&format!("一、2020年工作回顾\n{review}\n二、2021年工作安排\n"));
        let natural = cell("一般公共预算收入100亿元，同口径增长9.5%（自然口径增长3%）。")(
            "general_budget_revenue",
            Kind::Actual,
        );
        assert_eq!(natural, Some(Some(3.0)));
        let natural = cell("一般公共预算收入100亿元，同口径增长9.5%、自然口径增长3%。")(
            "general_budget_revenue",
            Kind::Actual,
        );
        assert_eq!(natural, Some(Some(3.0)));
        assert_eq!(flags("一般公共预算收入100亿元，增长5%。"), [""]);
    }

    #[test]
    fn an_exact_result_wins_over_a_threshold_passed_and_growth_by_multiples_enters_no_cell() {
        let cell = cells_of(
            "一、2020年工作回顾\n人均生产总值突破4万元。人均生产总值达到4.1万元。地区生产总值比上年增长1.5倍。\n\
             二、2021年工作安排\n地区生产总值增长6%左右。\n",
        );
        assert_eq!(cell("gdp_per_capita", Kind::Actual), Some(Some(41000.0)));
        // 增长1.5倍 is growth of 150%, but no year's headline
        assert_eq!(cell("gdp", Kind::Actual), None);
        assert_eq!(cell("gdp", Kind::Target), Some(Some(6.0)));
    }

    #[test]
    fn of_growths_on_two_bases_the_cell_keeps_the_natural_one() {
        let cell = |review: &str| {
            cells_of(&format!("一、2020年工作回顾\n{review}\n二、2021年工作安排\n"))(
                "general_budget_revenue",
                Kind::Actual,
            )
        };
        assert_eq!(cell("一般公共预算收入100亿元，剔除留抵退税因素后增长10%，自然口径增长1%。"), Some(Some(1.0)));
        assert_eq!(cell("一般公共预算收入100亿元，同口径增长5%，自然口径下降6%。"), Some(Some(-6.0)));
        assert_eq!(cell("一般公共预算收入100亿元，还原留抵退税因素后增长8%，自然口径下降2%。"), Some(Some(-2.0)));
        assert_eq!(cell("一般公共预算收入100亿元，剔除减税降费因素，同比增长9%，按自然口径下降2%。"), Some(Some(-2.0)));
        assert_eq!(cell("一般公共预算收入100亿元，剔除减税降费因素同口径增长9%，按自然口径下降2%。"), Some(Some(-2.0)));
        // an adjusted growth said alone is the cell's
        assert_eq!(cell("一般公共预算收入100亿元，同口径增长5%。"), Some(Some(5.0)));
        // a real growth (扣除价格因素) is no adjusted basis: the first said is kept
        let income = cells_of(
            "一、2020年工作回顾\n居民人均可支配收入增长8%，扣除价格因素实际增长6%。\n二、2021年工作安排\n",
        )("disposable_income", Kind::Actual);
        assert_eq!(income, Some(Some(8.0)));
    }

    #[test]
    fn of_several_values_the_cell_keeps_the_committed_target_and_the_indicators_own_name() {
        let cell = cells_of(
            "一、2020年工作回顾\n城镇固定资产投资增长35.2%，全社会固定资产投资增长31%。\
             财政收入增长13.1%，一般公共预算收入增长14.5%。\n\
             二、2021年工作安排\n地区生产总值力争增长7.5%、确保增长7%。一般公共预算收入确保增长6%、力争增长8%。\n",
        );
        assert_eq!(cell("fixed_asset_investment", Kind::Actual), Some(Some(31.0)));
        assert_eq!(cell("general_budget_revenue", Kind::Actual), Some(Some(14.5)));
        assert_eq!(cell("gdp", Kind::Target), Some(Some(7.0)));
        assert_eq!(cell("general_budget_revenue", Kind::Target), Some(Some(6.0)));
        // the local government's own revenue, not what was collected in the region
        let local = |text: &str| {
            cells_of(&format!("一、2020年工作回顾\n{text}\n"))("general_budget_revenue", Kind::Actual)
        };
        assert_eq!(local("财政收入38.7亿元，增长4.3%，其中地方级收入26.5亿元，增长0.9%。"), Some(Some(0.9)));
        assert_eq!(local("公共财政收入14.5亿元，增长10%；地方公共财政收入8.06亿元，增长8%。"), Some(Some(8.0)));
        assert_eq!(local("地方财政收入增长8%，财政收入增长9%。"), Some(Some(8.0)));
        // 一般公共预算收入 is the local government's already: a wider 地方 total gives way
        assert_eq!(local("一般公共预算收入增长8%，地方财政收入（含基金收入）增长30%。"), Some(Some(8.0)));
    }

    #[test]
    fn of_several_values_the_cell_keeps_the_regions_own_not_a_parts() {
        let gdp = |review: &str| cells_of(&format!("一、2020年工作回顾\n{review}\n"))("gdp", Kind::Actual);
        // a zone's or a sub-region's figure, said before the region's, even one stated exactly
        assert_eq!(gdp("高新区生产总值增长16%。全区生产总值增长8.1%左右。"), Some(Some(8.1)));
        assert_eq!(gdp("陕北生产总值增长20%。预计全年实现生产总值6800亿元，增长15%以上。"), Some(Some(15.0)));
        // the region as a whole right before the name, whatever a run-on heading put before it
        assert_eq!(gdp("综合实力增强预计2020年全区生产总值增长10.8%。兵团生产总值增长12.8%。"), Some(Some(10.8)));
        // a figure with no scope of its own after a clause about a zone, beside the region's
        // said as a bound
        let after_zone = "滨海新区进入全面开发建设新阶段。生产总值增长23%。预计全区生产总值增长16%以上。";
        assert_eq!(gdp(after_zone), Some(Some(16.0)));
        assert_eq!(gdp("园区建设全面提速。生产总值增长23%。"), Some(Some(23.0)), "the only value is kept");
        let settings = crate::config::test_settings();
        let part = |subject: &str, id: &str| names_a_part(subject, id, "某某区", settings);
        assert!(part("松山湖生产总值", "gdp") && part("滨海新区生产总值", "gdp"));
        for whole in
            ["生产总值", "全区生产总值", "某某区生产总值", "某某生产总值", "预计生产总值", "<br>（2）全区生产总值"]
        {
            assert!(!part(whole, "gdp"), "{whole}");
        }
        // the people an indicator is of, the district's own level: no part
        assert!(!part("城镇居民登记失业率", "registered_unemployment_rate"));
        assert!(!part("区级一般公共预算收入", "general_budget_revenue"));
        assert!(part("市级财政收入", "general_budget_revenue"));
    }

    fn t(value: f64, bound: Bound) -> Target {
        Target { value: Some(value), hi: None, bound: Some(bound) }
    }

    #[test]
    fn met_follows_the_bound_and_direction() {
        assert_eq!(t(6.5, Bound::Approx).met(6.1, true, 0.5), Some(true));
        assert_eq!(t(6.5, Bound::Approx).met(5.9, true, 0.5), Some(false));
        assert_eq!(t(4.5, Bound::Le).met(4.0, false, 0.5), Some(true));
        assert_eq!(t(4.5, Bound::Le).met(4.6, false, 0.5), Some(false));
        assert_eq!(t(8.0, Bound::Ge).met(8.0, true, 0.5), Some(true));
        assert_eq!(t(3.0, Bound::Approx).met(3.4, false, 0.5), Some(true));
        assert_eq!(t(3.0, Bound::Approx).met(3.6, false, 0.5), Some(false));
        assert_eq!(Target { value: None, hi: None, bound: Some(Bound::Absent) }.met(2.3, true, 0.5), None);
        // an actual with a bound of its own: 近5万 misses 5万; 8%以上 may or may not reach 8.5%
        assert_eq!(t(50000.0, Bound::Eq).met_by(50000.0, Some(Bound::Lt), true, 0.5), Some(false));
        assert_eq!(t(8.5, Bound::Eq).met_by(8.0, Some(Bound::Ge), true, 0.5), None);
        assert_eq!(t(8.0, Bound::Eq).met_by(8.0, Some(Bound::Ge), true, 0.5), Some(true));
        assert_eq!(t(3.0, Bound::Le).met_by(2.5, Some(Bound::Le), false, 0.5), Some(true));
        assert_eq!(t(3.0, Bound::Approx).met_by(3.0, Some(Bound::Approx), false, 0.5), Some(true));
        let range = Target { value: Some(6.0), hi: Some(6.5), bound: Some(Bound::Range) };
        assert_eq!(range.met(6.1, true, 0.5), Some(true));
        assert_eq!(range.met(5.9, true, 0.5), Some(false));
    }
}
