//! Target or actual: a number's part of the report, its story, the cue words around it,
//! and results held within an aim.

use super::*;

impl Extractor {
    /// 居民人均可支配收入2.8万元, 金融机构存款余额, 学位总数167.6万个, 良种覆盖率99% in a review
    /// of five years: a level held (`[extract] stock_nouns`, or a rate ending in 率) is the
    /// level at the end of the years, not a total over them; unless the words before the
    /// number date it otherwise (年均, 比2010年, 累计, 由…) or its sentence says a flow
    /// (五年内新增…铁路通车里程; …建成通车，通车里程).
    pub(in crate::extract) fn held_at_end(&self, record: &mut Indicator, dating: Dating, sentence: &str) {
        let span = record.period_start != record.period_end;
        let rate = record.measure == Measure::Share;
        if !span || record.kind != Kind::Actual || !matches!(record.measure, Measure::Level | Measure::Count) && !rate {
            return;
        }
        let dated = Dating { stock: false, changes: false, ..dating } != Dating::default();
        let s = record.subject.as_str();
        let held = if rate {
            // 城镇化率, or a part's share of a whole (工业增加值占全市的79%, 所占比重): not a
            // share of money spent over the years (…投资占43.7%，…建设占15.3%; 民生支出占同期…)
            // in its sentence, nor one its clause says of every year (比例持续超过4%)
            let clause = last_clause(sentence);
            let share_of_whole = (s.contains('占') || s.ends_with("比重") || s.ends_with("比例"))
                && !FLOW_WORDS.iter().any(|w| sentence.contains(w))
                && !SPENT.iter().any(|w| s.contains(w) || sentence.contains(w))
                && !EVERY_YEAR.iter().any(|w| clause.contains(w));
            (s.ends_with('率') || share_of_whole) && !FLOW_RATES.iter().any(|w| s.ends_with(w))
        } else {
            let clause_before = sentence.rsplit(['，', '；']).nth(1).unwrap_or("");
            (self.stock_nouns.found_in(s) || counts_what_exists(record, sentence))
                && !FLOW_WORDS.iter().any(|w| sentence.contains(w))
                && !clause_before.match_indices(BUILT).any(|(at, w)| !clause_before[at + w.len()..].starts_with('区'))
        };
        if held && !dated && !FLOW_WORDS.iter().any(|w| s.contains(w)) {
            record.period_start = record.period_end;
        }
    }

    /// Whether the words of a sentence before a number say it is an estimate (预计): not
    /// where the cue qualifies the base it is compared with (比1980年预计增长5.5%, a
    /// target over the year's estimated result).
    pub(in crate::extract) fn is_estimate(&self, before: &str) -> bool {
        let qualifies_base = |prefix: &str| {
            let Some(p) = prefix.strip_suffix('年') else { return false };
            let p = p.trim_end_matches(|c: char| c.is_ascii_digit());
            p.strip_suffix(['上', '去']).unwrap_or(p).ends_with('比')
        };
        // (a note on the figure before it, 150亿元以上（预计数），, is that figure's; with 下同,
        // of the ones after too)
        let notes_one = |at: usize| {
            before[..at].ends_with(['（', '('])
                && before[at..].split(['）', ')']).next().is_some_and(|note| !note.contains("下同"))
        };
        // searchers built once: `match_indices` built one per cue and call (8 M instructions)
        self.estimate_finders
            .iter()
            .any(|f| f.find_iter(before.as_bytes()).any(|at| !qualifies_base(&before[..at]) && !notes_one(at)))
    }

    /// 预计全年（下同）: an estimate cue said to hold for the rest of its paragraph.
    pub(in crate::extract) fn estimate_holds_below(&self, paragraph: &str) -> bool {
        paragraph.match_indices("下同").any(|(at, _)| {
            let cue = paragraph[..at].trim_end_matches(['（', '(']);
            self.estimate_cues.iter().any(|c| cue.ends_with(c.as_str()))
        })
    }

    /// The kind as the years named say: a figure of a year after the report's delivery is
    /// a target (一九六五年国家预算收入比上年增长10% in a report that reviews 1963 or 1964); a
    /// level of a year before the one planned, a result (将比1958年的2050亿元增长40%: 1958's).
    pub(in crate::extract) fn kind_by_years(
        report: &Report,
        ctx: &Context,
        kind: Kind,
        upto: usize,
        dating: Dating,
    ) -> Kind {
        let review = report.meta.review_year;
        match kind {
            Kind::Actual => {
                let future = review + if ctx.text.late { 1 } else { 2 };
                let span_ahead = span_ahead(ctx, upto, future).map(|(_, last)| last);
                if topic_year(ctx, upto)
                    .or_else(|| year_aimed_at(ctx, upto))
                    .or(span_ahead)
                    .is_some_and(|y| y >= future)
                {
                    Kind::Target
                } else if states_an_aim(ctx.slice(ctx.sentence.start, upto)) {
                    // 1981年计划为百分之三点七，实际达到百分之四点六: the year's aim, recalled
                    Kind::Target
                } else if !dating.is_from_level() && aim_set_before(ctx.slice(ctx.sentence.start, upto)) {
                    // 去年政府工作报告提出，物价涨幅要从14.8%降到10%左右: the aim, recalled
                    Kind::Target
                } else if aims_recalled_before(ctx.slice(ctx.full_start, upto), plan_of(report, ctx)) {
                    // 市人大确定的2003年主要预期目标是：国内生产总值增长12%；…: the aims set, recalled
                    Kind::Target
                } else if aim_then_result(ctx.slice(ctx.sentence.start, upto), ctx.slice(upto, ctx.sentence.end)) {
                    // 年初计划城镇新增就业6000人，实际新增7500人: the aim, then the result
                    Kind::Target
                } else {
                    kind
                }
            }
            Kind::Target if dating.level_of.is_some_and(|y| y < plan_of(report, ctx)) => Kind::Actual,
            // 1958年我国只生产八十万千瓦，1959年将生产…: what a year before the one planned gave
            // (2022年主要预期目标是：… in the review: the aims of that year, recalled)
            Kind::Target
                if topic_year(ctx, upto).is_some_and(|y| y < plan_of(report, ctx))
                    && !(ctx.part(report) == Part::Review
                        && opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late)) =>
            {
                Kind::Actual
            }
            Kind::Target => kind,
        }
    }

    pub(in crate::extract) fn kind(&self, report: &Report, ctx: &Context, after: &str, upto: usize) -> Kind {
        if aim_named_after(after) {
            return Kind::Target;
        }
        let window = without_asides_after(ctx.window(), ctx.slice(ctx.full_start, upto).len());
        let window = window.as_ref();
        match ctx.part(report) {
            // 今年，全市地区生产总值预计增长8.1%，明年预期增长7.5%左右 in a report given in
            // December: 今年 is the year reviewed
            Part::Plan if ctx.text.late && this_year_frames(ctx.slice(ctx.full_start, upto)) => Kind::Actual,
            // 在去年增长6.5%的基础上，今年地区生产总值增长7%: 今年 after the past said
            // last before the number makes it the plan year's
            Part::Plan if this_year_after_the_past(ctx.slice(ctx.full_start, upto), &self.actual_cues) => Kind::Target,
            // 上年城镇登记失业率为3.2%，今年控制在4%以内: a past time in the number's own
            // clause and no aim there; the aim of the next clause is the next number's
            Part::Plan if self.past_in_own_clause(ctx.slice(ctx.sentence.start, upto)) => Kind::Actual,
            // 2022年一季度…。初步预计，地区生产总值增长7%以上: a first count of a result, never an aim
            Part::Plan if PRELIMINARY.iter().any(|w| ctx.slice(ctx.full_start, upto).contains(w)) => Kind::Actual,
            // 预计全市GDP增长5.2%左右。今年主要预期目标：… opening a paragraph that opens the plan
            // part (a story's): the estimate before the aims is the year reviewed's
            Part::Plan if ctx.full_start == ctx.paragraph_start && self.estimate_before_the_aims(ctx, window, upto) => {
                Kind::Actual
            }
            // 过去五年…年均增长8%，今后五年年均增长7%以上: a time ahead in the number's own
            // clause makes it an aim, whatever past was said before
            Part::Plan if ahead_in_own_clause(ctx.slice(ctx.sentence.start, upto)) => Kind::Target,
            // 去年，全县城镇新增就业6200人，今年要确保…: a sentence opened by a past time alone
            // looks back up to a later time said
            Part::Plan if self.opens_with_the_past(ctx.slice(ctx.full_start, upto), plan_of(report, ctx)) => {
                Kind::Actual
            }
            Part::Plan => {
                // 控制在 states results as often as aims (居民消费价格涨幅控制在3.3%): not one of
                // the aim cues
                // a past time, not the base of a comparison (比去年增加4000亿元 is this year's
                // change), with no aim
                let past_only = !self.target_cues.found_in(window) && self.past_said_as_a_time(window);
                if past_only || (!self.aim_cues.found_in(window) && self.looks_back(ctx)) {
                    Kind::Actual
                } else {
                    Kind::Target
                }
            }
            // 全市生产总值增长4%。2023年主要预期目标是：… (a copy run into one paragraph, the
            // plan's heading lost): a sentence that opens by listing aims lists aims
            Part::Review if opens_a_list_of_aims(ctx.slice(ctx.full_start, upto), ctx.text.late) => Kind::Target,
            Part::Review => Kind::Actual,
            // 他说，2004年，四川国民经济持续快速协调健康发展。全省生产总值…增长12.7%: a text with
            // no parts (a news story of the report) whose paragraph opens with a past year
            // looks back up to a later time said
            // (not a sentence that sets aims: 新的一年，要确保…; 报告提出，…; an aim said met,
            // 较好完成全年…目标任务, or a result measured against one, 好于预期, sets none)
            Part::Preamble
                if !self.aim_cues.found_where(window, |b, c, a| sets_an_aim(window, b, c, a))
                    && self
                        .a_sentence_opens_with_the_past(ctx.slice(ctx.paragraph_start, upto), plan_of(report, ctx)) =>
            {
                Kind::Actual
            }
            Part::Preamble => self.story_kind(report, ctx, window, upto),
        }
    }

    /// The kind of a number in a text with no parts (a news story of the report) whose
    /// paragraph does not open with the past: an aim where an aim is set (a cue of aims,
    /// a box or list of aims, what is asked, what will be, the years ahead), unless a past
    /// time is said. `window`: the full sentence up to the clause-sentence's end.
    fn story_kind(&self, report: &Report, ctx: &Context, window: &str, upto: usize) -> Kind {
        // (a news headline is read whole when the figure's own sentence says no time:
        // GDP增长6%以上！青岛明确今年发展主要预期目标 is the aim the headline names)
        let window = ctx.headline().filter(|_| !window.contains('年')).unwrap_or(window);
        // (比去年 counts as a past time here: a headless review compares with the
        // year before it, 比去年增长6%，超过预期目标)
        // (上年结转收入, a line of the year's budget, is no past time)
        let said = |c: &String| window.match_indices(c.as_str()).any(|(at, _)| !budget_line(&window[at + c.len()..]));
        let past = self.actual_cue_set.found_in(window) && self.actual_cues.iter().any(said);
        let aim = |before: &str, cue: &str, after: &str| sets_an_aim(window, before, cue, after);
        let listed = || self.in_a_box_of_aims(report, ctx);
        // (会议要求，全市城镇新增就业2万人: what is asked is an aim)
        let asked = || ASKED.is_match(ctx.slice(ctx.full_start, upto));
        let will = || what_will_be(ctx, upto) || a_subtitle_of_aims(ctx);
        let continued = || aims_listed_before(ctx, upto, plan_of(report, ctx));
        // (报告明确了今后五年发展蓝图：地区生产总值增速保持7.6%左右: the years ahead)
        let ahead = || {
            ahead_last_in(ctx.slice(ctx.full_start, upto))
                || plan_named_ahead(ctx.slice(ctx.full_start, upto), plan_of(report, ctx))
        };
        let quoted = || quoted_after_aims(ctx, plan_of(report, ctx));
        let aims = self.target_cues.found_where(window, aim)
            || listed()
            || asked()
            || will()
            || continued()
            || ahead()
            || quoted();
        if aims && !past && !self.estimate_before_the_aims(ctx, window, upto) {
            Kind::Target
        } else {
            Kind::Actual
        }
    }

    /// 预计全市GDP增长5.2%左右。今年主要预期目标：… in a story: an estimate that names no year
    /// of its own, said right before a sentence that sets this year's aims, is the year
    /// reviewed's result.
    fn estimate_before_the_aims(&self, ctx: &Context, window: &str, upto: usize) -> bool {
        if window.contains('年') || !self.is_estimate(ctx.slice(ctx.full_start, upto)) {
            return false;
        }
        let next = ctx.next_sentence();
        next.contains("今年") && self.aim_cues.found_in(next)
    }

    /// Whether a number is an item of a list of aims one to a line, in a text with no parts
    /// (今年…预期目标： / 国内生产总值增长10%); not of a list of results measured against aims
    /// (去年主要目标完成情况：, 年初确定的目标, a year before the one planned).
    fn in_a_box_of_aims(&self, report: &Report, ctx: &Context) -> bool {
        let plan = plan_of(report, ctx);
        let aims_opened = |opening: &str| {
            let back = ["完成", "执行", "年初", "过去", "一年来"].iter().any(|w| opening.contains(w))
                || self.actual_cue_set.found_in(opening)
                || YEAR.captures_iter(opening).any(|c| c[1].parse::<i32>().is_ok_and(|y| y < plan));
            self.aim_cues.found_in(opening) && !back
        };
        ctx.text.story && ctx.list_opened_by().is_some_and(aims_opened)
    }

    /// Whether a number in a text with no parts (a news story of the report, a copy that
    /// lost its headings) is framed by the year planned, and so is its aim: a clause opened
    /// by that year (2022年，全县将新增城镇就业5000人; 在讲到2022年工作总体要求时指出，…)
    /// or by 今年 (今年，全区地区生产总值增长6.5%左右; 去年…，今年预计GDP增长10%左右), in a report given
    /// before the year's end. Not 今年以来 (the months so far), part of the year (the
    /// caller's: 2022年一季度…) nor a deed done (了).
    pub(in crate::extract) fn framed_by_the_plan_year(report: &Report, ctx: &Context, upto: usize) -> bool {
        if !ctx.text.story || ctx.text.late {
            return false;
        }
        let plan = plan_of(report, ctx);
        let before = ctx.slice(ctx.full_start, upto);
        // (a deed done, 今年国务院决定…提高了…收购价格, is no aim; nor is a year's result
        // foreseen by its number, 1954年预计…将等于1949年的四点二倍 in a report given in
        // September, as 预计全年 is a result foreseen)
        let done = before.contains('了');
        let foreseen = ["预计", "估计"].iter().any(|w| before.contains(w));
        let named = || topic_year(ctx, upto) == Some(plan) || names_the_plan_of(before, plan);
        let this_year = opens_with_this_year(before)
            || this_year_frames(before)
                && before.rfind("今年").is_some_and(|at| !says_the_past_or_so_far(&before[at + "今年".len()..]));
        !done && (this_year || !foreseen && named())
    }

    /// Whether the sentence up to a number (`before`) opens with a past time alone
    /// ([`PAST_OPENING`]: 去年，, 过去两年，, 2015年， before the year `plan`), with no later
    /// time said after it (今年, 明年, a year, 今后, 未来) and no aim in the number's clause
    /// (控制在 states a result as often).
    fn opens_with_the_past(&self, before: &str, plan: i32) -> bool {
        let Some(c) = PAST_OPENING.captures(before) else { return false };
        if c.get(1).is_some_and(|y| y.as_str().parse::<i32>().is_ok_and(|y| y >= plan)) {
            return false;
        }
        let rest = &before[c.get(0).map_or(0, |m| m.end())..];
        // (the number's own clause, in its own sentence when a paragraph is read)
        let clause = last_clause(rest).rsplit(['。', '！', '？']).next().unwrap_or(rest);
        let aims = self.aim_cues.found_in(clause);
        let ahead = says_ahead(rest, &["今后", "下一步", "接下来"]);
        !says_a_later_time(rest) && !aims && !ahead
    }

    /// Whether the paragraph up to a number, or a sentence of it, opens with a past time
    /// ([`Self::opens_with_the_past`], after who said it): a news story's lede comes first,
    /// 1月11日，…市长作政府工作报告。会议提到，2019年，…物价形势总体稳定，居民消费价格涨幅控制在3%以内.
    /// The last such opening holds up to a sentence that says who asks or stresses
    /// (会议要求，全年居民消费价格涨幅控制在3%左右: the aim of the year ahead).
    fn a_sentence_opens_with_the_past(&self, paragraph: &str, plan: i32) -> bool {
        let starts = paragraph.rmatch_indices(['。', '！', '？']).map(|(at, stop)| at + stop.len());
        for start in starts.chain([0]) {
            let sentence = &paragraph[start..];
            if self.opens_with_the_past(without_attribution(sentence), plan) {
                return true;
            }
            if ASKED.is_match(sentence) {
                return false;
            }
        }
        false
    }

    /// [`gap_to_another`] with the configuration's comparison words.
    pub(in crate::extract) fn gap_to_another(&self, before: &str) -> bool {
        gap_to_another(before, &self.comparison_words)
    }

    /// Whether the aim a number is (控制在预期4.2%以内) follows the result held within it, in a
    /// story framed by a past year: 2016年，…。城镇登记失业率3.52%，控制在预期4.2%以内. The clause
    /// before the aim's holds a number, the sentence sets no aim before it (主要预期目标是：…;
    /// 会议要求，…), and its own clause says no later time.
    pub(super) fn result_held_within_its_aim(&self, report: &Report, ctx: &Context, upto: usize) -> bool {
        let sentence = ctx.slice(ctx.full_start, upto);
        let Some(cut) = sentence.rfind(['，', '；']) else { return false };
        let (head, own) = sentence.split_at(cut);
        let result_before = last_clause(head).contains(|c: char| c.is_ascii_digit());
        let aims = self.aim_cues.found_where(head, |b, c, a| sets_an_aim(head, b, c, a)) || ASKED.is_match(sentence);
        // (the paragraph up to the aim's clause: its start to the head's end, one slice)
        let paragraph = ctx.slice(ctx.paragraph_start, upto);
        let up_to_head = &paragraph[..paragraph.len() - own.len()];
        result_before
            && !aims
            && !says_a_later_time(own)
            && self.a_sentence_opens_with_the_past(up_to_head, plan_of(report, ctx))
    }

    /// Whether `text` says a past time (`actual_cues`: 去年, 上年) as a time, not as the base
    /// of a comparison ([`said_as_a_time`]): each cue is read where it stands only when
    /// one occurs at all.
    pub(super) fn past_said_as_a_time(&self, text: &str) -> bool {
        self.actual_cue_set.found_in(text) && self.actual_cues.iter().any(|c| said_as_a_time(text, c))
    }

    /// Whether the clause of a number, up to it, says a past time (上年, 去年) and no cue of
    /// an aim.
    fn past_in_own_clause(&self, before: &str) -> bool {
        let clause = last_clause(before);
        !self.target_cues.found_in(clause) && self.past_said_as_a_time(clause)
    }
}
