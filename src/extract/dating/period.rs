//! The years a number covers: the years its words name, then the cues of its paragraph
//! and section (one year, the first years of a plan, five years, an average).

use super::*;

impl Extractor {
    /// The years the words around a number say outright, before any cue of its paragraph:
    /// a level of a year named, an aim recalled, a level a change starts from, a span of
    /// years named.
    fn period_said(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
    ) -> Option<(i32, i32)> {
        if let Some(year) = dating.level_of {
            return Some((year, year));
        }
        let before = ctx.slice(ctx.sentence.start, upto);
        let recalled = || {
            states_an_aim(before)
                || aim_set_before(before)
                || aims_recalled_before(ctx.slice(ctx.full_start, upto), plan_of(report, ctx))
                || aim_then_result(before, ctx.slice(upto, ctx.sentence.end))
        };
        // (in a story, an aim recalled beside a past time: 去年…涨幅2.3%，控制在预期3%以内)
        let of_the_past = || {
            ctx.part(report) == Part::Preamble
                && (self.past_said_as_a_time(before) || self.result_held_within_its_aim(report, ctx, upto))
        };
        // (2022年主要预期目标是：… in the review: that year's aims)
        let listed = || opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late);
        if kind == Kind::Target && ctx.part(report) == Part::Review && listed() {
            if let Some(year) = topic_year(ctx, upto) {
                return Some((year, year));
            }
        }
        if kind == Kind::Target && (ctx.part(report) == Part::Review || of_the_past()) && recalled() {
            // 年初计划为6%，实际达到7.5%: the aim of the years the results are of, or of
            // the year named (1981年计划为百分之三点七)
            return Some(
                topic_year(ctx, upto).map_or_else(|| self.period(report, ctx, Kind::Actual, upto, dating), |y| (y, y)),
            );
        }
        let review = report.meta.review_year;
        if kind == Kind::Actual
            && ctx.part(report) == Part::Review
            && on_base_of_the_past(before, ctx.slice(upto, ctx.sentence.end))
        {
            // 在上年增长8.5%的基础上增长8%: the base is the year before the one reviewed
            return Some((review - 1, review - 1));
        }
        let clause = last_clause(before);
        if let Some(year) = year_before_predicate(clause) {
            // 全社会固定资产投资2017年增长8.5%, 一般公共预算收入2017年为10亿元
            return Some((year, year));
        }
        if dating.from_to && (kind == Kind::Target || span_named(ctx, upto, report.meta.review_year).is_none()) {
            // 由4家增加到6家 (a year reviewed), 城镇化率从47.5%提高到51.5% (a plan): the level
            // the change starts from, at the end of the year before the change's years
            let to = self.period(report, ctx, kind, upto, Dating { from_start: false, from_to: false, ..dating });
            let year = self.change_starts(report, ctx, kind, upto, to);
            return Some((year, year));
        }
        if kind == Kind::Actual && dating.since.is_none() && (!dating.stock || dating.average) {
            if let Some(start) = since_began(before).filter(|&y| y <= review) {
                // “十四五”以来，…增长20%; 党的十八大以来，城镇新增就业12万人: the years since
                // the plan or the congress began, to the year reviewed
                return Some((start, review));
            }
        }
        if let Some(first) = against_plan_years(clause) {
            // 社消零比“十三五”增长21.5%: the plan after the one named, over its five years
            return Some((first, first + 4));
        }
        let future = report.meta.review_year + if ctx.text.late { 1 } else { 2 };
        if let Some(span) = span_ahead(ctx, upto, future).filter(|_| kind == Kind::Target && dating.since.is_none()) {
            // 从一九七八年到一九八五年八年间，农业总产值每年要增长4%到5%: over the years named
            return Some(span);
        }
        if kind == Kind::Actual && dating.since.is_none() && dating.averaged_over.is_none() {
            if let Some(named) = span_named(ctx, upto, report.meta.review_year) {
                return Some(named.date(dating));
            }
        }
        None
    }

    /// The years a number covers: the cues of its paragraph, narrowed or widened by the
    /// words just before it.
    pub(in crate::extract) fn period(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
    ) -> (i32, i32) {
        let dating = with_base_level(ctx, kind, upto, dating);
        if let Some(said) = self.period_said(report, ctx, kind, upto, dating) {
            return said;
        }
        let span = later_target_year(ctx, kind, upto, dating, self.period_by_cues(report, ctx, kind, upto));
        let total = || ["累计", "期间", "时期"].iter().any(|w| ctx.slice(ctx.full_start, upto).contains(w));
        if kind == Kind::Actual && dating.year_on_year && span.0 != span.1 && dating.years.is_none() && !total() {
            // 一、过去五年工作回顾 … 全省生产总值比上年增长14.5%: the last of the years reviewed
            return (span.1, span.1);
        }
        if kind == Kind::Actual && span.0 != span.1 && !total() && a_years_pair(ctx, upto, dating) {
            // 8年来，…。全市生产总值20059亿元、增长5.6%: the last year's
            return (span.1, span.1);
        }
        if let Some(over) = dating.averaged_over.filter(|o| kind == Kind::Actual && o.1 < span.1) {
            // 在恢复时期平均每年递增36.9%: an average over the period named, not the paragraph's
            return over;
        }
        if let Some(start) = dating.plan_to_date.filter(|&y| kind == Kind::Actual && y < span.1 && y + 4 >= span.1) {
            return (start, span.1);
        }
        if let Some(five) = self.flow_of_five_years(report, ctx, kind, upto, dating, span) {
            return five;
        }
        if let Some(years) = self.cumulative_over_years(report, ctx, kind, upto, dating, span) {
            return years;
        }
        if let Some((n, _)) = dating.years.filter(|&(_, last)| last || span.0 == span.1) {
            // the words just before the number are more precise than the paragraph's cues
            // (近两年 in a review of five), though a bare 两年 in it may be any two
            return match kind {
                Kind::Target if dating.average_to_date => (span.0 - n + 1, span.0),
                Kind::Actual => (span.1 - n + 1, span.1),
                Kind::Target => (span.0, span.0 + n - 1),
            };
        }
        if span.0 != span.1 && kind == Kind::Actual && dating.from_start {
            // 五年来…地方财政一般预算收入由12.5亿元到36.4亿元: the level before the first year
            return (span.0 - 1, span.0 - 1);
        }
        if let Some(since) = dating.since.filter(|&y| span.0 != span.1 && kind == Kind::Target && y < span.0 - 1) {
            // “七五”计划…一九九○年工农业总产值…比一九八○年增长一点三倍: a target against a
            // year before the plan's spans from that year on, over ten years here
            return (since + 1, span.1);
        }
        if span.0 != span.1 {
            // 五年来…城镇化率达到39.2%: a stock reached, at the end of the years reviewed (and
            // 新增…920家，累计达到4133家: the total the years' additions reached)
            let reached = || total_after_the_added(ctx, upto);
            let stock_at_end =
                kind == Kind::Actual && (dating.stock && !dating.average && dating.since.is_none() || reached());
            return if stock_at_end { (span.1, span.1) } else { span };
        }
        let end = span.1;
        if let Some(base) = self.compared_with(ctx, upto, dating).filter(|&y| y < end - 1 && !dating.stock) {
            // 2005年与2000年相比，国内生产总值增长XX%: the years since the one compared with
            return (base + 1, end);
        }
        if let Some(since) = dating.since.filter(|&y| y < end) {
            return (since + 1, end);
        }
        if dating.average {
            return average_over(ctx, upto, end, kind);
        }
        span
    }

    /// 累计城镇新增就业38万人 in a review of five years (or of four: 一、过去四年工作回顾; or
    /// after a clause that counts them: 五年增加164.3亿元；…累计下降24.1%): the years reviewed.
    fn cumulative_over_years(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
        span: (i32, i32),
    ) -> Option<(i32, i32)> {
        let review = report.meta.review_year;
        if !dating.cumulative || kind != Kind::Actual || span != (review, review) || total_after_the_added(ctx, upto) {
            return None;
        }
        let five = self.last_five_year_cue.last_before(ctx, upto).map(|_| 5);
        let counted = || years_counted_before(ctx.slice(ctx.full_start, upto));
        // (过去五年及2021年工作回顾 …城镇新增就业累计达22.8万人: the years beside the one, in a
        // paragraph that names no year and goes on from none)
        let beside = || {
            ctx.years_beside_the_year(report, review).filter(|_| {
                paragraph_is_silent(ctx.paragraph_prefix(upto), review, ctx.text.late)
                    && !self.continues_the_year_reviewed(report, ctx)
            })
        };
        let n = five.or_else(|| ctx.section_years(report, review)).or_else(counted).or_else(beside)?;
        Some((review - n + 1, review))
    }

    /// 全民所有制企业新增加的固定资产达到5854亿元 in a paragraph of a five-year review that
    /// names the year reviewed only as the year its levels were reached ([`names_only_the_end`]:
    /// 国民收入1987年达到…，平均每年增长…): a flow or a change over the five years (or the
    /// years a shorter review's heading counts: 一、过去四年工作回顾), where the sentence names no
    /// year of its own. Not a term's review (本届政府工作回顾): its flows are as often the last
    /// year's, said without the year (新增城镇就业8210人 against 8,000 planned a year), as the
    /// term's; only a total said as one (累计) is the term's.
    fn flow_of_five_years(
        &self,
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
        span: (i32, i32),
    ) -> Option<(i32, i32)> {
        let review = report.meta.review_year;
        if kind != Kind::Actual || span != (review, review) || dating.stock && !dating.changes {
            return None;
        }
        let sentence = ctx.slice(ctx.full_start, upto);
        if total_after_the_added(ctx, upto) {
            return None;
        }
        let flow = dating.changes || FLOW_WORDS.iter().any(|w| sentence.contains(w));
        let paragraph = ctx.paragraph_prefix(upto);
        let years = ctx.section_years(report, review).filter(|_| {
            flow && !sentence.contains('年')
                && names_only_the_end(paragraph, review)
                && !self.continues_the_year_reviewed(report, ctx)
        })?;
        Some((review - years + 1, review))
    }

    /// The year a change from a level to another starts from, when its last years are
    /// `to`: the earliest year its sentence names before it (由1978年的27.8%提高到1982年的
    /// 33.6%，轻工业所占比重由31.1%…: 1978); a change averaged over years with none named
    /// (去年…年均增长9.7%，人均生产总值由14112元提高到26024元) from before the plan's five, as
    /// the average is dated; else the year before `to`.
    fn change_starts(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize, to: (i32, i32)) -> i32 {
        let sentence = ctx.slice(ctx.full_start, upto);
        let named = YEAR.captures_iter(sentence).filter_map(|c| c[1].parse::<i32>().ok()).filter(|&y| y < to.0).min();
        if let Some(year) = named {
            return year;
        }
        let review = report.meta.review_year;
        let averaged = ["年均", "平均每年"].iter().any(|w| ctx.window().contains(w));
        if kind == Kind::Actual && to == (review, review) && averaged {
            return review - 5;
        }
        to.0 - 1
    }

    fn period_by_cues(&self, report: &Report, ctx: &Context, kind: Kind, upto: usize) -> (i32, i32) {
        let review = report.meta.review_year;
        let paragraph = ctx.paragraph_prefix(upto);
        match kind {
            Kind::Actual => {
                let last_year = last_year_said(ctx, upto);
                if let Some(span) = Self::first_years_of_plan(ctx, upto, review) {
                    span
                } else if let Some(y) = self.year_reviewed_named(report, ctx, upto, review) {
                    // 1979年农业总产值比1978年增长8.6%: the year the sentence names
                    (y, y)
                } else if let Some(y) = self.expected_next_year(report, ctx, upto, review) {
                    (y, y)
                } else if ctx.text.late && last_year.is_some() && last_year > THIS_YEAR_ONLY.last_before(ctx, upto) {
                    // delivered in September or December: 去年 and 上年 are the year before
                    // the one reviewed
                    (review - 1, review - 1)
                } else if let Some(n) = self.years_back(ctx, upto) {
                    // 在这十年中，…建成了一千一百个大中型项目: the years counted back
                    (review - n + 1, review)
                } else if self.five_year(ctx, upto) {
                    (review - 4, review)
                } else if let Some(n) = ctx.section_years(report, review).filter(|_| {
                    paragraph_is_silent(paragraph, review, ctx.text.late)
                        && !self.continues_the_year_reviewed(report, ctx)
                }) {
                    (review - n + 1, review)
                } else if self.continues_the_five_years(report, ctx)
                    && paragraph_is_silent(paragraph, review, ctx.text.late)
                {
                    (review - 4, review)
                } else {
                    (review, review)
                }
            }
            Kind::Target => {
                let plan = plan_of(report, ctx);
                // the cue nearest before the number wins: 今年 after “十四五” is this year
                let single = THIS_YEAR.last_before(ctx, upto).max(ctx.text.plan_year.last_before(ctx, upto));
                // (where the number's sentence starts in the paragraph, in bytes)
                let piece_at = ctx.slice(ctx.paragraph_start, ctx.sentence.start).len();
                let to_year = TO_YEAR
                    .captures_iter(paragraph)
                    .filter(|c| !no_year_aimed_at(paragraph, c.get(0).map_or(0, |m| m.start()), piece_at))
                    .last()
                    .and_then(|c| {
                        let y = c[1].parse::<i32>().ok().filter(|&y| y > plan)?;
                        // 按照十年规划，到一九八五年: the plan's years, some before this one
                        let start =
                            years_of_plan(&paragraph[..c.get(0)?.start()]).map_or(plan, |n| (y - n + 1).min(plan));
                        Some((c.get(0)?.start(), (start, y)))
                    });
                // 今年是“十四五”规划收官之年: this year is one of the plan's, not the plan;
                // a plan that starts after this year (为“十五五”良好开局打牢基础) sets none
                // of this year's targets; nor does its mid-term review (推动“十四五”规划中期调整)
                // (…，全面完成“十二五”减排任务；城镇登记失业率控制在4.5%以内: a plan named as a task
                // of the year, in an earlier clause-sentence of a list of aims, frames its own only)
                let fyp = ctx
                    .plans_before(upto)
                    .into_iter()
                    .filter(|p| !p.framed && !mid_term(&paragraph[p.end..]))
                    .filter(|p| p.at >= piece_at || frames_what_follows(paragraph, p.at, p.end))
                    .map(|p| (p.at, p.start))
                    .next_back()
                    .and_then(|(at, start)| (start + 4 >= plan && start <= plan).then_some((at, (start, start + 4))));
                let ahead = YEARS_AHEAD
                    .iter()
                    .filter_map(|(cue, n)| cue.last_before(ctx, upto).map(|at| (at, (plan, plan + n - 1))))
                    .max_by_key(|(at, _)| *at);
                match to_year.into_iter().chain(fyp).chain(ahead).max_by_key(|(at, _)| *at) {
                    Some((at, span)) if single.is_none_or(|s| at > s) => span,
                    // “十二五”时期的主要目标: a section about a five-year plan sets five-year targets
                    _ if single.is_none() => ctx.five_year_section(report, plan).unwrap_or((plan, plan)),
                    _ => (plan, plan),
                }
            }
        }
    }

    /// The year reviewed that the sentence names before the number ([`topic_year`]): one
    /// of the five years up to the year reviewed, or the next when its figure is
    /// estimated (一九六四年全国工业总产值，预计比一九六三年增长15%以上, in a report whose
    /// header is lost: it was delivered in December 1964).
    fn year_reviewed_named(&self, report: &Report, ctx: &Context, upto: usize, review: i32) -> Option<i32> {
        let y = topic_year(ctx, upto)?;
        let estimate_of_next = y == review + 1 && !ctx.text.late && self.is_estimate(ctx.slice(ctx.full_start, upto));
        // (2020年上半年，…增长1% in a report given in August 2020 that reviews 2019: the months
        // of the year of delivery gone by)
        let delivered_after_midyear = || {
            let d = report.meta.delivered.as_deref().unwrap_or_default();
            d.get(..4).and_then(|y| y.parse::<i32>().ok()) == Some(review + 1) && d.get(5..7).is_some_and(|m| m >= "07")
        };
        let months_of_delivery = y == review + 1 && delivered_after_midyear();
        // (1980年，全县财政收入909.7万元 in a report of 1991: a year long past that opens the
        // sentence dates it; named inside a sentence it may be a base)
        let long_past = y < review - 4 && {
            let sentence = without_attribution(ctx.slice(ctx.full_start, upto)).trim_start();
            // (not the start of what came after it: 1978年，…召开，此后全县财政收入年均增长9%)
            let since = |rest: &str| ["此后", "以来", "以后", "之后", "从此"].iter().any(|w| rest.contains(w));
            // (with its comma, 1980年，…, or run into the sentence, 2010年全省生产总值增长14.6%,
            // 1936年的粮食产量是…, 2010年湖南的GDP为…; not a year of a deed that describes the
            // noun, 2008年启动的新农合制度…, 1984年建成投产的化肥厂…, 1980年不变价计算的…, 2010年为基期)
            let describes = |rest: &str| {
                let clause = rest.split(['，', '；', '：']).next().unwrap_or(rest);
                let deed = clause.match_indices('的').any(|(at, _)| {
                    clause[..at].chars().next_back().is_some_and(|c| "动台建成产施立工算定布始行办设签批".contains(c))
                });
                deed || ["不变价", "为基期", "为基数", "起", "开始", "以前"].iter().any(|w| clause.contains(w))
            };
            sentence
                .strip_prefix(&format!("{y}年"))
                .is_some_and(|rest| !since(rest) && (rest.starts_with('，') || !describes(rest)))
        };
        ((review - 4..=review).contains(&y) || estimate_of_next || months_of_delivery || long_past).then_some(y)
    }

    /// The year after the one reviewed, when the sentence gives that year's expected
    /// figures (一九五四年預計産量…：電力一百零八億度; 預計…今年的工農業總産值將等於…) in a report
    /// read as reviewing the year before its delivery: the September 1954 report, whose
    /// header is lost, speaks of its own year as 今年 and 一九五四年.
    /// Not under a heading that names the year reviewed (一、2022年工作回顾: its 今年…全年预计
    /// is that year, the report delivered before the year's figures were out).
    fn expected_next_year(&self, report: &Report, ctx: &Context, upto: usize, review: i32) -> Option<i32> {
        pub(super) const LATER_TIMES: [&str; 5] = ["现在", "目前", "当前", "去年", "明年"];
        if ctx.text.late {
            return None;
        }
        let sentence = ctx.slice(ctx.full_start, upto);
        // the cheap tests first: this runs for every actual
        let named = ["预计", "預計"]
            .iter()
            .any(|w| sentence.contains(w))
            .then(|| EXPECTED_YEAR.captures_iter(sentence).last())
            .flatten()
            .and_then(|c| Some((c.get(0)?.end(), c[1].parse::<i32>().ok()?)))
            .filter(|&(_, y)| y == review + 1);
        let reviewed_heading = || report.section_path(ctx.sentence.section).contains(&format!("{review}年"));
        let this_year =
            sentence.rfind("今年").filter(|_| !reviewed_heading()).map(|at| (at + "今年".len(), review + 1));
        let (at, y) = named.into_iter().chain(this_year).max_by_key(|&(at, _)| at)?;
        if !self.is_estimate(sentence) {
            return None;
        }
        let rest = &sentence[at..];
        // a year said after it ends it, unless it is the base compared with (等於一九四九年的)
        let other_year =
            YEAR.find_iter(rest).any(|m| !rest[..m.start()].ends_with(['比', '于', '於', '同', '与', '较']));
        (!other_year && !LATER_TIMES.iter().any(|w| rest.contains(w))).then_some(y)
    }

    /// “十一五”前四年累计…下降14.38%: the span of the first years of a plan, when that is
    /// the last year cue before the number.
    fn first_years_of_plan(ctx: &Context, upto: usize, review: i32) -> Option<(i32, i32)> {
        let paragraph = ctx.paragraph_prefix(upto);
        let c = PLAN_FIRST_YEARS.captures_iter(paragraph).last()?;
        let at = c.get(0)?.start();
        let later_single = PAST_YEAR.last_before(ctx, upto).is_some_and(|w| w > at);
        if later_single || paragraph[at..].contains("。") {
            return None;
        }
        let start = 2001 + 5 * number::cn_digit(c[1].chars().next()?)? as i32;
        let years = number::cn_digit(c[2].chars().next()?)? as i32;
        let span = (start, start + years - 1);
        (span.1 <= review).then_some(span)
    }

    /// “今年是…开局之年。过去一年，我们取得了很大成绩。国内生产总值增长10.3%”: in the
    /// plan part, a paragraph that turned to the past year in an earlier sentence, and
    /// has not turned back to the plan year since, reports results.
    pub(super) fn looks_back(&self, ctx: &Context) -> bool {
        let back = LOOKING_BACK.last_before(ctx, ctx.full_start);
        let ahead = LOOKING_AHEAD
            .last_before(ctx, ctx.full_start)
            .max(ctx.text.plan_year.last_before(ctx, ctx.full_start))
            .max(self.last_target_cue.last_before(ctx, ctx.full_start));
        matches!(back, Some(b) if ahead.is_none_or(|a| a < b))
    }

    /// Whether a number dated to one year stands in a sentence about five years: a
    /// five-year cue or a plan's name earlier in its sentence and after any cue of one
    /// year (五年来…城镇化率达到39.2%; “十四五”时期…增长8%). A heading or an earlier
    /// sentence alone does not make one: “十三五”圆满收官 heads the year's review too;
    /// nor the plan's mid-term review, a task of one year (推动“十四五”规划中期调整，…预计
    /// 全社会固定资产投资增长8%以上).
    pub(in crate::extract) fn in_five_year_context(&self, ctx: &Context, upto: usize) -> bool {
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let paragraph = ctx.paragraph_prefix(upto);
        let plan = ctx
            .plans_before(upto)
            .into_iter()
            .filter(|p| !p.framed && !mid_term(&paragraph[p.end..]))
            .map(|p| p.at)
            .next_back();
        let five = self.last_five_year_cue.last_before(ctx, upto).max(plan);
        // …对接“十四五”规划，提出今年…: a year named after the five-year cue dates it
        let single = [&*THIS_YEAR, &*SINGLE_PAST_YEAR, &ctx.text.plan_year, &ctx.text.review_year]
            .iter()
            .filter_map(|cues| cues.last_before(ctx, upto))
            .max();
        // (…达2010.9亿元，“十四五”以来年均增长7.8%；规上工业增加值增长7.6%: a cue after a figure
        // of an earlier clause of the sentence holds for that clause; one before any figure
        // of the sentence (各位代表，五年来，…；…), for all of it)
        let clause_at = paragraph[sentence_at..].rfind('；').map(|at| sentence_at + at);
        let figure_before = |f: usize| paragraph[sentence_at..f].contains(|c: char| c.is_ascii_digit());
        let holds = |f: usize| clause_at.is_none_or(|c| f > c || !figure_before(f));
        five.is_some_and(|f| f >= sentence_at && holds(f) && single.is_none_or(|s| s < f))
    }

    /// The year a sentence compares with before the number (2005年与2000年相比，…增长), or
    /// that a change carries from before it ([`carried_base`]).
    fn compared_with(&self, ctx: &Context, upto: usize, dating: Dating) -> Option<i32> {
        let sentence = ctx.slice(ctx.full_start, upto);
        match COMPARED_WITH.captures_iter(sentence).last() {
            Some(c) => c.get(1).or(c.get(2))?.as_str().parse().ok(),
            None => compared_with_plan_end(sentence).or_else(|| {
                let carried = dating.changes && dating.since.is_none();
                carried.then(|| since_founding(sentence).or_else(|| carried_base(ctx.paragraph_prefix(upto)))).flatten()
            }),
        }
    }

    /// The number of years counted back before the number ([`YEARS_BACK`]: 四年以来, 在这
    /// 十年中, 两年中新建铁路…), in its sentence, or in an earlier one it opens as the frame
    /// of what follows (六年来，…); when that is the last time cue: neither the year
    /// reviewed, nor a single past year (去年, 全年), nor a five-year cue after it.
    fn years_back(&self, ctx: &Context, upto: usize) -> Option<i32> {
        YEARS_BACK_CUES.last_before(ctx, upto)?;
        let paragraph = ctx.paragraph_prefix(upto);
        let (at, end, n) = YEARS_BACK
            .captures_iter(paragraph)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let n = years_back_counted(&paragraph[..whole.start()], &c)?;
                let record = RECORD.iter().any(|w| paragraph[whole.end()..].starts_with(w));
                (!record).then_some((whole.start(), whole.end(), n))
            })
            .last()?;
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let frame = paragraph[..at].trim_end_matches(['这', '过', '去', '的', '近', '在']).trim_end();
        // (过去三年，我们经受住了…考验。全市地区生产总值增长3.2%: 过去三年 or 近两年 without 来
        // dates its own sentence; a reflection on the years, then the year's figures)
        // (but 过去三年，…。累计新建道路40条: a total said after it is the years')
        let counted_since = paragraph[..end].ends_with(['来', '中', '里', '间']);
        let summed = || said_as_a_total(ctx, upto);
        let frames = (frame.is_empty() || frame.ends_with(['。', '！', '？'])) && paragraph[end..].starts_with('，');
        if at < sentence_at && !(frames && (counted_since || summed())) {
            return None;
        }
        let later = [&*SINGLE_PAST_YEAR, &ctx.text.review_year, &self.last_five_year_cue]
            .iter()
            .filter_map(|cues| cues.last_before(ctx, upto))
            .max();
        later.is_none_or(|l| l < at).then_some(n)
    }

    /// Whether the paragraph of a sentence continues a review of five years that an earlier
    /// paragraph of its section opened (过去的五年极不寻常。…, 五年来，…), with none between that
    /// opens the year reviewed (刚刚过去的2025年很不平凡。…, 一年来，…): 民生福祉不断增进。…城镇新增
    /// 就业603.7万人 after it is the five years', as a researcher reads it, not the year's
    /// (reports that open a plan review the last plan's years first, under a heading of both).
    fn continues_the_five_years(&self, report: &Report, ctx: &Context) -> bool {
        let paragraph = ctx.sentence.paragraph;
        if let Some((_, answer)) = ctx.text.five_years_of.get().filter(|&(p, _)| p == paragraph) {
            return answer;
        }
        let answer = self.opened_five_years_before(report, ctx);
        ctx.text.five_years_of.set(Some((paragraph, answer)));
        answer
    }

    /// [`Self::continues_the_five_years`], worked out for a paragraph.
    fn opened_five_years_before(&self, report: &Report, ctx: &Context) -> bool {
        /// Whom a paragraph may address before it opens its time.
        const ADDRESSES: [&str; 4] = ["各位代表", "代表们", "同志们", "各位委员"];
        /// Paragraphs and sentences looked back over: a five-year review's themes, one a
        /// paragraph or a numbered part ((一)…(六)) each.
        const PARAGRAPHS: usize = 12;
        const SENTENCES: usize = 240;
        let (review, here) = (ctx.text.review, ctx.sentence);
        let year = format!("{review}年");
        // the part of the report (一、…) a sentence is in, over its numbered parts ((一)…)
        let part = |section: Option<usize>| {
            let mut at = section?;
            while let Some(up) = report.sections.get(at).and_then(|s| s.parent) {
                at = up;
            }
            Some(at)
        };
        let top_heading = |s: &crate::model::Sentence| {
            s.is_heading && s.section.and_then(|i| report.sections.get(i)).is_some_and(|h| h.level == 1)
        };
        let here_part = part(here.section);
        // a paragraph's first clause says which time it opens, after an address (各位代表，
        // 刚刚过去的2025年，…: the year); a cue later in its sentence is said in passing
        // (我们…，把简政放权作为本届政府开门第一件大事). Only an introduction to the five years
        // opens them for the paragraphs after it: one with figures of its own (过去五年是…最快的
        // 时期。全市生产总值年均增长8.2%…) frames its own
        // (digits in quotation marks name a slogan, 落实“1310”具体部署, no figure)
        let figures = |first: &crate::model::Sentence| {
            let paragraph = report.sentences[first.id..].iter().take_while(|t| t.paragraph == first.paragraph);
            paragraph.into_iter().any(|t| has_a_figure_unquoted(&t.text))
        };
        let opens_one = |first: &crate::model::Sentence| {
            let clause = first.text.split(['，', '：', '。', '！']).find(|c| !ADDRESSES.contains(c))?;
            if clause.contains(&year) || YEAR_OPENINGS.iter().any(|w| clause.contains(w)) {
                return Some(false);
            }
            self.last_five_year_cue.found_in(clause).then(|| !figures(first))
        };
        // (各位代表！2025年是“十四五”收官之年。五年来，…: an address alone, then the year said as the
        // plan's last, opens the five years that the next sentence names; so does 2025年各项工作
        // 任务全面完成，标志着我市“十四五”规划圆满收官。过去五年是…的五年。)
        let opens = |first: &crate::model::Sentence| {
            let mut sentences = report.sentences[first.id..].iter().take_while(|t| t.paragraph == first.paragraph);
            let first =
                sentences.by_ref().find(|t| !ADDRESSES.contains(&t.text.trim_end_matches(['！', '，', '：'])))?;
            let answer = opens_one(first);
            let text = crate::segment::after_the_salutation(&first.text);
            let as_the_plans = || text.starts_with(&year) && plans_named(text).next().is_some();
            match sentences.next() {
                Some(next) if answer == Some(false) && as_the_plans() => Some(opens_one(next).unwrap_or(false)),
                _ => answer,
            }
        };
        // the earlier paragraphs back from the nearest, each decided at its first sentence
        let earlier = report.sentences[..here.id.min(report.sentences.len())].iter().rev().take(SENTENCES);
        let (mut current, mut first, mut passed) = (here.paragraph, None, 0);
        for s in earlier.take_while(|s| part(s.section) == here_part && !top_heading(s)) {
            if s.paragraph != current {
                if let Some(f) = first.take() {
                    if let Some(answer) = opens(f) {
                        return answer;
                    }
                    passed += 1;
                    if passed == PARAGRAPHS {
                        return false;
                    }
                }
                current = s.paragraph;
            }
            if s.paragraph != here.paragraph {
                first = Some(s);
            }
        }
        first.and_then(opens).unwrap_or(false)
    }

    /// Whether the paragraph of a sentence in a five-year review continues the year
    /// reviewed: the paragraphs right before it in its section, back to one that opens
    /// with that year (2022年，全省地区生产总值增长2.9%… / 过去一年，…), name no time of their
    /// own, nor five years, nor a plan. 城镇新增就业100.1万人，居民消费价格上涨2% after such a
    /// paragraph is 2022's, as a researcher reads it, not the five years'.
    fn continues_the_year_reviewed(&self, report: &Report, ctx: &Context) -> bool {
        let (review, late) = (ctx.text.review, ctx.text.late);
        let here = ctx.sentence;
        // (at most LOOK_BACK sentences, so that a run over a text of huge paragraphs stays
        // linear: the call is per number)
        let earlier = report.sentences[..here.id.min(report.sentences.len())].iter().rev().take(LOOK_BACK);
        let mut paragraphs: Vec<(usize, String)> = Vec::new();
        // (the sentences of its own paragraph before it are passed over first)
        let before = earlier.skip_while(|s| s.paragraph == here.paragraph && s.section == here.section);
        // (the items of a list said in paragraphs, 一是…, 二是…, count as one: the list's
        // opening paragraph decides for all of them)
        let mut items = 0;
        for s in before.take_while(|s| s.section == here.section && !s.is_heading) {
            let count = paragraphs.len();
            match paragraphs.last_mut() {
                Some((p, text)) if *p == s.paragraph => text.insert_str(0, &s.text),
                _ if count - items == 3 => break,
                _ => {
                    items += usize::from(paragraphs.last().is_some_and(|(_, text)| is_list_item(text)));
                    paragraphs.push((s.paragraph, s.text.clone()));
                }
            }
        }
        let year = format!("{review}年");
        // (各位代表！2010年，我们…: after the salutation)
        let opens_the_year = |p: &str| {
            let p = crate::segment::after_the_salutation(p);
            p.starts_with(&year) || YEAR_OPENINGS.iter().any(|w| p.starts_with(w)) || (late && p.starts_with("今年"))
        };
        for (k, (_, paragraph)) in paragraphs.iter().enumerate() {
            // (a paragraph that opens a list said in paragraphs frames its items only if it
            // says no five years too: 2022年，…。过去五年，我们取得了以下成就：一是…)
            let over_items = paragraphs[..k].iter().any(|(_, p)| is_list_item(p));
            if opens_the_year(paragraph) && !(over_items && paragraph.contains("五年")) {
                return true;
            }
            // (an item's own words of time, 连续五年保持两位数增长, are of the item)
            if is_list_item(paragraph) {
                continue;
            }
            let own_time = !paragraph_is_silent(paragraph, review, late)
                || self.last_five_year_cue.found_in(paragraph)
                || plans_named(paragraph).next().is_some();
            if own_time {
                return false;
            }
        }
        // back at its section's heading: a subsection of a five-year review under a lead that
        // opens the year (一、过去五年工作回顾 … 一年来，我们主要做了以下工作：（一）…) is the year's
        // (and says no five years: 2022年，…。五年来，我们主要做了以下工作：, 一年来特别是五年来)
        let of_the_year =
            |lead: &str| opens_the_year(lead) && !lead.contains("五年") && !self.last_five_year_cue.found_in(lead);
        paragraphs.len() - items < 3 && lead_of_the_subsections(report, here).is_some_and(|lead| of_the_year(&lead))
    }

    /// Whether the last year cue of the paragraph before the number is a five-year one:
    /// a five-year cue word, or the name of a plan that ended by the year reviewed.
    fn five_year(&self, ctx: &Context, upto: usize) -> bool {
        let review = ctx.text.review;
        // (2015年是“十二五”的收官之年: a year of the plan, said as one, frames only a figure
        // its clause says is a total or an average: 财政总收入累计完成800亿元)
        let summed = || said_as_a_total(ctx, upto);
        // (2025年是“十四五”规划的收官之年，…在“十四五”壮阔征程中写下浓墨重彩的篇章。全县地区生产
        // 总值增长4.8%: once the paragraph has said its year is one of the plan, the plan named
        // in passing in an earlier sentence, not as the years of what follows, frames nothing)
        let paragraph = ctx.paragraph_prefix(upto);
        let sentence_at = ctx.slice(ctx.paragraph_start, ctx.full_start).len();
        let plans = ctx.plans_before(upto);
        let year_of_plan_said = |p: &PlanName| plans.iter().any(|q| q.framed && q.at < p.at);
        // (“十三五”以来，: the years since the plan began, a frame)
        let since = |p: &PlanName| paragraph[p.end..].trim_start_matches(['”', '"', '》']).starts_with("以来");
        // (刚刚过去的2020年，“十三五”规划圆满收官。…城镇新增就业1.2万人: a plan said to end, in an
        // earlier sentence, is the year's news, not the years of what follows)
        let ended = |p: &PlanName| said_to_end(&paragraph[p.end..]);
        let frames = |p: &PlanName| {
            p.at >= sentence_at
                || !year_of_plan_said(p) && !ended(p)
                || since(p)
                || frames_what_follows(paragraph, p.at, p.end)
                || summed()
        };
        let past_plan = plans
            .iter()
            .filter(|p| p.start + 4 <= review && p.start + 4 >= review - 1 && (!p.framed || summed()) && frames(p))
            .map(|p| p.at)
            .next_back();
        // (完成了本届政府确定的目标任务。…增长7.2%: the term's aims said done frame a total or
        // an average, not a year's rate)
        let aims_done =
            |at: usize| crate::extract::context::cancelled(&ctx.paragraph_prefix(upto).as_bytes()[at..], &["目标"]);
        let cue = self.last_five_year_cue.last_before(ctx, upto).filter(|&at| summed() || !aims_done(at));
        let last_five = cue.max(past_plan);
        // (今年 in a report that reviews its year of delivery: that one year, 今年，全县…增长8.1%
        // after 五年来 in a December report)
        let this_year = |upto| THIS_YEAR_ONLY.last_before(ctx, upto).filter(|_| ctx.text.late);
        // (the year reviewed said as where a change ended, 增加到2017年的16199.9亿元, dates its own
        // sentence, not the paragraph's later ones: …。城镇新增就业351.2万人 stays the five years')
        let review_year = |upto| {
            let said = ctx.text.review_year.last_before(ctx, upto).filter(|&at| at >= sentence_at);
            said.max(ctx.text.review_year_framing.last_before(ctx, upto))
        };
        let single = |upto| SINGLE_PAST_YEAR.last_before(ctx, upto).max(review_year(upto)).max(this_year(upto));
        let mut last_single = single(upto);
        // 回顾过去的五年…。去年全市生产总值达到…。建立院士工作站3个: a year that opens an earlier
        // sentence right before its noun dates that sentence, not the rest of the review
        while let (Some(f), Some(s)) = (last_five, last_single) {
            if s < f || s >= sentence_at || !opens_a_sentence_topic(paragraph, s, review) {
                break;
            }
            last_single = single(ctx.paragraph_start + paragraph[..s].chars().count());
        }
        matches!((last_five, last_single), (Some(f), s) if s.is_none_or(|s| f > s))
    }
}

/// Whether the number at `upto` is a total reached after a count of what was added, in the
/// clause before, in the same unit: 新增国家高新技术企业920家，累计达到4133家; 启动旧楼加装电梯
/// 402台、累计达701台. The total is the stock at the end of the years, not their flow (as
/// 城镇新增就业累计达22.8万人 is, or 年实际利用外资跨越四个10亿美元台阶，累计达到265.3亿美元).
fn total_after_the_added(ctx: &Context, upto: usize) -> bool {
    let mut clauses = ctx.slice(ctx.full_start, upto).rsplit(['，', '、', '；']);
    let own = clauses.next().unwrap_or("");
    if !["累计达", "累计超"].iter().any(|w| own.starts_with(w)) {
        return false;
    }
    let Some(before) = clauses.next() else { return false };
    let after = ctx.slice(upto, ctx.sentence.end);
    let unit_at = after.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(after.len());
    let unit: String =
        after[unit_at..].chars().take_while(|c| !c.is_ascii_digit() && !is_punctuation(*c)).take(4).collect();
    !unit.is_empty()
        && before.strip_suffix(unit.as_str()).is_some_and(|figure| figure.ends_with(|c: char| c.is_ascii_digit()))
}

/// Punctuation that ends a unit after a figure.
fn is_punctuation(c: char) -> bool {
    matches!(c, '，' | '。' | '、' | '；' | '：' | '（' | '）' | '(' | ')' | '！' | '？' | '”' | '“')
        || c.is_whitespace()
}

/// `dating` with the year of the level a change is from as the year it is since (比2015年的
/// 1050亿元增长45.3%; 由2015年的94.9亿元增加到170亿元，增长79.1%: the change since that year,
/// however the sentence dates its end).
fn with_base_level(ctx: &Context, kind: Kind, upto: usize, dating: Dating) -> Dating {
    if kind != Kind::Actual || !dating.changes || dating.since.is_some() {
        return dating;
    }
    Dating { since: base_level_year(ctx.slice(ctx.full_start, upto)), ..dating }
}

/// The year of the level a change right after it is measured from: 比2015年的1050亿元增长,
/// 由2015年的94.9亿元增加到170亿元，增长 (and 增加到2020年的3500亿元), as `sentence` ends before
/// the change's figure.
fn base_level_year(sentence: &str) -> Option<i32> {
    const RISES_TO: [&str; 8] = ["增加到", "提高到", "上升到", "扩大到", "增长到", "增至", "下降到", "降至"];
    let rest = super::CHANGE_VERBS.iter().find_map(|w| sentence.strip_suffix(w))?;
    let rest = before_a_level(rest.strip_suffix('，').unwrap_or(rest))?;
    // 比2015年的1050亿元
    if let Some(year) = year_ending(rest).filter(|(_, head)| head.ends_with(['比', '较'])) {
        return Some(year.0);
    }
    // 由2015年的94.9亿元增加到(2020年的)170亿元
    let rest = year_ending(rest).map_or(rest, |(_, head)| head);
    let rest = RISES_TO.iter().find_map(|w| rest.strip_suffix(w))?;
    let (year, head) = year_ending(before_a_level(rest)?)?;
    head.ends_with(['由', '从']).then_some(year)
}

/// `text` before the figure and unit it ends with (1050亿元, 94.9亿元), if it ends so.
fn before_a_level(text: &str) -> Option<&str> {
    let unit_at = text
        .char_indices()
        .rev()
        .take(6)
        .take_while(|(_, c)| !c.is_ascii_digit() && !"，。；：、".contains(*c))
        .last()
        .map_or(text.len(), |(at, _)| at);
    let figure = text[..unit_at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    (figure.len() < unit_at).then_some(figure)
}

/// The year `text` ends with (2015年的, 2015年) and the text before it.
fn year_ending(text: &str) -> Option<(i32, &str)> {
    let head = text.strip_suffix('的').unwrap_or(text).strip_suffix('年')?;
    let digits = head.len().checked_sub(4)?;
    let year = head.get(digits..)?.parse().ok().filter(|y| (1900..2100).contains(y))?;
    Some((year, &head[..digits]))
}

/// Whether `text` holds a digit outside “…” (落实“1310”具体部署 holds none).
pub(super) fn has_a_figure_unquoted(text: &str) -> bool {
    let mut quoted = 0usize;
    text.chars().any(|c| {
        match c {
            '“' => quoted += 1,
            '”' => quoted = quoted.saturating_sub(1),
            _ => {}
        }
        quoted == 0 && c.is_ascii_digit()
    })
}

/// The count of years that opens a clause of `sentence` (五年增加164.3亿元, 近三年累计):
/// the last such, if any.
fn years_counted_before(sentence: &str) -> Option<i32> {
    // (at the clause's start, and no streak: 连续三年位居全省第一 counts no years of a total)
    let counted = sentence.rsplit(['，', '；']).find_map(|clause| {
        super::LAST_YEARS
            .captures(clause.trim_start())
            .filter(|c| c.get(0).is_some_and(|m| m.start() == 0) && &c[1] != "连续")
    })?;
    let n = counted[2].chars().next()?;
    Some(if n == '十' { 10 } else { crate::extract::number::cn_digit(n)? as i32 })
}

/// The last paragraph of the section above `here`'s, before its first subsection (its lead:
/// 一年来，我们主要做了以下工作：), without a salutation (各位代表，) or 刚刚过去的; None when
/// `here` is in no subsection or its section has no lead.
fn lead_of_the_subsections(report: &Report, here: &crate::model::Sentence) -> Option<String> {
    let parent = report.sections[here.section?].parent?;
    let first_child = report.sections.iter().skip(parent + 1).find(|s| s.parent == Some(parent))?.id;
    // (sections are numbered in the text's order, and each sentence is in the last one opened)
    let at = report.sentences.partition_point(|s| s.section < Some(first_child));
    let last = report.sentences[..at].last().filter(|s| s.section == Some(parent) && !s.is_heading)?;
    let sentences: Vec<&str> = report.sentences[..at]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == last.paragraph)
        .map(|s| s.text.as_str())
        .collect();
    let text: String = sentences.into_iter().rev().collect();
    let text = crate::segment::after_the_salutation(&text);
    Some(text.strip_prefix("刚刚过去的").unwrap_or(text).to_string())
}

/// Whether a paragraph is an item of a list said in paragraphs: 一是…, 二是… (up to 十是).
fn is_list_item(paragraph: &str) -> bool {
    let mut chars = paragraph.chars();
    chars.next().is_some_and(|c| "一二三四五六七八九十".contains(c)) && chars.next() == Some('是')
}
