//! Spans of years named in a sentence, the year a sentence or clause opens with, and
//! the years a section or a list names.

use super::*;
use crate::model::Sentence;

/// Whether the clause after a plan's name (`after`) says the plan ended (规划圆满收官, 画上了圆满
/// 句号), not that a year is its last (收官之年) nor the five years (决胜收官的五年).
pub(super) fn said_to_end(after: &str) -> bool {
    let clause = &after[..after.find(['，', '。', '；', '：']).unwrap_or(after.len())];
    let ends =
        clause.contains("句号") || clause.contains("收官") && !clause.contains("之年") && !clause.contains("的五年");
    ends && clause.chars().count() <= 16
}

/// The years an average (年均增长12.1%) ending at `end` is over: 由2010年的…增加到2015年的…: from the
/// year after the earliest one the sentence names; without one, the five years of a plan.
/// (2020年地区生产总值首个突破2000亿元，2021年…，年均增长7.9%: the year before the last is a
/// milestone, not a base; an average is over two years at least)
pub(super) fn average_over(ctx: &Context, upto: usize, end: i32, kind: Kind) -> (i32, i32) {
    let earliest = YEAR
        .captures_iter(ctx.slice(ctx.full_start, upto))
        .filter_map(|c| c[1].parse::<i32>().ok())
        .filter(|&y| y < end - 1)
        .min();
    match (earliest, kind) {
        (Some(y), _) => (y + 1, end),
        (None, Kind::Actual) => (end - 4, end),
        (None, Kind::Target) => (end, end + 4),
    }
}

/// Whether a number is one of a level and its rate said for a year ([`level_and_its_rate`]),
/// with no base, average, change from a level nor count of years in the words before it.
pub(super) fn a_years_pair(ctx: &Context, upto: usize, dating: Dating) -> bool {
    let plain = dating.since.is_none() && !dating.average && !dating.from_to && !dating.from_start;
    plain
        && dating.years.is_none()
        && level_and_its_rate(ctx.slice(ctx.full_start, upto), ctx.slice(upto, ctx.sentence.end))
}

/// Whether a number is a level said with its rate, or the rate said right after its level,
/// with no total, average or base in the sentence (全市生产总值20059亿元、增长5.6%): a pair a
/// review gives for a year, its last, even in a paragraph about several (8年来，…). A rate
/// over several years says so (年均, 累计, 比2015年, 由…增加到…，增长50%).
fn level_and_its_rate(before: &str, after: &str) -> bool {
    const NOT_OF_A_YEAR: [&str; 8] = ["累计", "年均", "平均", "由", "从", "合计", "总计", "期间"];
    // (a base, 比2015年, 较上年; not 比重, 较快, 比较; a sum, 共完成; not 公共, 共同)
    let base_or_sum = |sentence: &str| {
        let word_after = |at: usize, next: &[char]| sentence[at + 3..].starts_with(next);
        let not_a_base = ['重', '例', '快', '好', '大', '高', '较'];
        let base = |at: usize| !word_after(at, &not_a_base) && !sentence[..at].ends_with('比');
        let sum = |at: usize| !sentence[..at].ends_with('公') && !word_after(at, &['同', '享', '建']);
        sentence.match_indices(['比', '较']).any(|(at, _)| base(at))
            || sentence.match_indices('共').any(|(at, _)| sum(at))
    };
    let rate = |clause: &str| {
        let clause = clause.strip_prefix("分别").unwrap_or(clause);
        let clause = clause.strip_prefix("同比").unwrap_or(clause);
        ["增长", "下降", "增长了", "下降了", "提高", "提高了"].contains(&clause)
    };
    // (a percent: 增长3.2倍 over five years is theirs)
    let percent = |number: &str| number.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').starts_with('%');
    // (the rate: the words before it a clause of their own that ends a level)
    // (分别增长4.6%和6.6%: the rates before it in its list are of the clause)
    let listed = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '和' | '、' | '及');
    let clause_at = before
        .char_indices()
        .rfind(|&(at, c)| c == '，' || c == '、' && !before[..at].ends_with('%'))
        .map(|(at, c)| at + c.len_utf8());
    let as_rate = percent(after)
        && clause_at.is_some_and(|at| {
            let (head, clause) = (&before[..at], &before[at..]);
            let verb_end = clause.find(|c: char| c.is_ascii_digit()).unwrap_or(clause.len());
            let level = head.trim_end_matches(['，', '、']);
            let level = level.rsplit(['，', '、', '；', '：']).next().unwrap_or(level);
            rate(&clause[..verb_end])
                && clause[verb_end..].chars().all(listed)
                && level.ends_with(|c: char| !c.is_ascii_digit())
                && level.contains(|c: char| c.is_ascii_digit())
        });
    // (the level: its number and unit, then the rate's clause)
    let as_level = after.split_once(['，', '、']).is_some_and(|(level, rest)| {
        let verb_end = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        level.chars().count() <= 16 && verb_end > 0 && rate(&rest[..verb_end]) && percent(&rest[verb_end..])
    });
    let sentence = before.rsplit(['。', '；']).next().unwrap_or(before);
    // (…达到40亿元，增长50%，年均增长8.4%: a rate with the average of its years after it, and
    // too big to be one year's beside it (at least 2.8 times: three years' compounding), is over
    // those years; 增长15%，年均增长12% is the last year's and the average)
    let leading = |s: &str| {
        let digits = s.trim_start_matches(|c: char| !c.is_ascii_digit());
        let end = digits.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(digits.len());
        digits[..end].parse::<f64>().ok()
    };
    let averaged_after = as_rate
        && after.split_once(['，', '、']).is_some_and(|(rate, next)| {
            let average = ["年均", "平均每年", "年平均"].iter().any(|w| next.trim_start_matches("分别").starts_with(w));
            let clause = next.split(['，', '；', '。']).next().unwrap_or(next);
            average && leading(rate).zip(leading(clause)).is_some_and(|(r, a)| a > 0.0 && r >= 2.8 * a)
        });
    (as_rate || as_level)
        && !averaged_after
        && !NOT_OF_A_YEAR.iter().any(|w| sentence.contains(w))
        && !base_or_sum(sentence)
}

/// Whether the clause of a number, up to it, says it is a total or an average (累计, 年均,
/// 平均每年, 总计, 合计, 共计): a figure over the years a frame names, whatever else it frames.
pub(super) fn said_as_a_total(ctx: &Context, upto: usize) -> bool {
    let clause = last_clause(ctx.slice(ctx.full_start, upto));
    ["累计", "年均", "平均每年", "总计", "合计", "共计"].iter().any(|w| clause.contains(w))
}

/// Whether the year cue at `at` of `paragraph` opens a sentence and is followed by its
/// noun (去年全市生产总值达到…, 2020年生产总值达…): the year of that sentence's figures. Not a
/// time said for what follows (2020年，我们…; 刚刚过去的2025年，…; 过去一年; 去年以来).
pub(super) fn opens_a_sentence_topic(paragraph: &str, at: usize, review: i32) -> bool {
    const NOT_A_NOUN: [char; 12] = ['，', '、', '：', '；', '是', '以', '来', '的', '底', '末', '初', '（'];
    if !paragraph[..at].ends_with(['。', '！', '？']) {
        return false;
    }
    let rest = &paragraph[at..];
    let year = format!("{review}年");
    let after = rest.strip_prefix("去年").or_else(|| rest.strip_prefix(year.as_str()));
    after.and_then(|a| a.chars().next()).is_some_and(|c| !NOT_A_NOUN.contains(&c) && !c.is_ascii_digit())
}

/// 1957年比1952年，: a year compared with another for the sentence that follows.
pub(super) static COMPARED_FOR_THE_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{4}年(?:预计)?比(?:19|20)[0-9]{2}年(?:底|末)?，").expect("valid regex"));

/// A comparison with a year that later changes carry: one said for what follows
/// (1992年同1987年相比，; 1957年比1952年，) or a change since the year (比1964年增长1.9倍).
pub(super) static CARRIED_COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[与同和跟](?P<with>(?:19|20)[0-9]{2})年(?:底|末)?(?:相比|比较)(?P<same1>[（(]下同[）)])?，|[比较](?P<than>(?:19|20)[0-9]{2})年(?:底|末)?(?P<same2>[（(]下同[）)])?(?P<then>，|增长|增加|提高|上升|下降|减少|降低))")
        .expect("valid regex")
});

/// The base year a change without one of its own carries from a comparison before it
/// in its paragraph, read as the reader of the paragraph does: 1992年同1987年相比，钢产量
/// 增长42%…。…铁路货运周转量增长23% (1988–1992, sentences later); 工业总产值比1964年增长
/// 1.9倍，…，钢增长1.2倍 (a change since a year, to the end of its sentence only). Any time
/// said after it ends it (a year, 今年, 五年间, 时期, 月, 现在), and so does another
/// comparison (比上年, 同比, 比重: any 比). The base's 年 is the last one before the number.
pub(super) fn carried_base(paragraph: &str) -> Option<i32> {
    carried_year(paragraph).or_else(|| carried_plan_end(paragraph))
}

/// Times said after a carried base that end it (…期间, …月, 现在, 以来): the changes after
/// them are of that time.
const ENDS_A_CARRIED_BASE: [&str; 6] = ["期", "月", "现在", "目前", "当前", "以来"];

/// [`carried_base`] where the base is a year.
fn carried_year(paragraph: &str) -> Option<i32> {
    let nian = paragraph.rfind('年')?;
    // 与 + four digits before 年: seven bytes
    let start = nian.checked_sub(7).filter(|&s| paragraph.is_char_boundary(s))?;
    let tail = &paragraph[start..];
    let c = CARRIED_COMPARISON.captures(tail)?;
    let between = &tail[c.get(0)?.end()..];
    // 比2012年（下同）增长47.7%；固定资产投资…增长125.1%: the base said to hold below
    // holds to the paragraph's end, unless another comparison is said
    let same_below = c.name("same1").or(c.name("same2")).is_some();
    let for_what_follows = c.name("with").is_some() || c.name("then").is_some_and(|m| m.as_str() == "，");
    // 地区生产总值增长6.3%，比2019年增长15.8%；规上工业增加值增长6.8%: a comparison said
    // after a change of its sentence is an aside to it, which a semicolon ends (not so
    // 1954年工业总产值比1952年增长53.7%；重要产品…如铁增长56%: the base of what follows)
    let head = &paragraph[..start];
    let own = &head[head.rfind(['。', '；']).map_or(0, |i| i + '。'.len_utf8())..];
    let aside = ["增长", "下降"].iter().any(|w| own.contains(w));
    let ended = match same_below {
        true => between.contains('比'),
        false => {
            between.contains('比')
                || ENDS_A_CARRIED_BASE.iter().any(|w| between.contains(w))
                || (!for_what_follows && between.contains(['。', '！', '？']))
                || (!for_what_follows && aside && between.contains('；'))
        }
    };
    if ended {
        return None;
    }
    c.name("with").or(c.name("than"))?.as_str().parse().ok()
}

/// [`carried_base`] where the base is the last year of a plan (预计2015年生产总值800亿元，比“十一
/// 五”末增长62.7%；人均生产总值8000美元，增长58.2%；…: the plan's five years, to the end of the
/// sentence, as 比2010年增长 carries): that year. Said for a change or for what follows
/// (比“十一五”末，; 比“十一五”期末（下同）增长), with no year, other comparison or time after it.
fn carried_plan_end(paragraph: &str) -> Option<i32> {
    let at = paragraph.rfind('末')?;
    // (the end of a plan named: “十一五”末, 十一五期末; not 年末, 月末: most paragraphs)
    if !paragraph[..at].ends_with(['”', '"', '期', '五']) {
        return None;
    }
    let after = &paragraph[at + '末'.len_utf8()..];
    // the comparison's own words only, 比, the plan's name, 期, 末: ten chars at most
    let from = paragraph[..at].char_indices().rev().nth(9).map_or(0, |(k, _)| k);
    let (end, _) = plan_end_after(&paragraph[from..at + '末'.len_utf8()], &['比', '较'])?;
    let same_below = ["（下同）", "(下同)"].iter().find_map(|w| after.strip_prefix(w));
    let between = same_below.unwrap_or(after);
    let for_what_follows = between.starts_with('，');
    let changed = super::CHANGE_VERBS.iter().any(|w| between.starts_with(w));
    if !for_what_follows && !changed {
        return None;
    }
    // (a share or a structure is no other comparison: 三次产业比例调整到7.1：57.5：35.4)
    let compared =
        between.match_indices('比').any(|(k, _)| !["比例", "比重"].iter().any(|w| between[k..].starts_with(w)));
    let ended = compared
        || between.contains('年')
        || ENDS_A_CARRIED_BASE.iter().any(|w| between.contains(w))
        || (same_below.is_none() && !for_what_follows && between.contains(['。', '！', '？']));
    (!ended).then_some(end)
}

/// Whether what follows `head`, the words before it, opens a clause: nothing stands
/// before it, or a comma, semicolon, colon or full stop.
fn opens_a_clause(head: &str) -> bool {
    head.is_empty() || head.ends_with(['，', '；', '：', '。'])
}

/// “十四五”以来, “十三五”时期以来, “十三五”规划实施以来, 十二五开局以来, 党的十八大以来:
/// since a five-year plan or a party congress began.
pub(super) static SINCE_BEGAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:“[^”]{2,3}”|十[一二三四五六]五)(?:规划|计划)?(?:时期|期间)?(?:实施|开局)?以来|党的(十[二三四五六七八九]|二十)大以来")
        .expect("valid regex")
});

/// The first year of the time [`SINCE_BEGAN`] names in `before` (the words of a sentence
/// before a number) as the frame of a clause (opening it, a comma after it), when no
/// other time is said between it and the number: the plan's first year; the year after
/// a congress (held in the autumn: 十八大, 2012 → 2013). Not a record it is compared
/// with (实现党的十八大以来首次正增长, 创“十四五”以来最好水平).
pub(super) fn since_began(before: &str) -> Option<i32> {
    if !before.contains("以来") {
        return None; // most sentences: no regex
    }
    let c = SINCE_BEGAN.captures_iter(before).last()?;
    let whole = c.get(0)?;
    let head = before[..whole.start()].trim_end_matches(['自', '从']);
    if !opens_a_clause(head) || !before[whole.end()..].starts_with('，') || span_ended(&before[whole.end()..], &[]) {
        return None;
    }
    match c.get(1) {
        Some(n) => {
            let n = match n.as_str() {
                "二十" => 20,
                s => 10 + number::cn_digit(s.chars().nth(1)?)? as i32,
            };
            Some(1982 + 5 * (n - 12) + 1)
        }
        None => plans_named(whole.as_str()).next().map(|(_, start)| start),
    }
}

/// 全国解放以来，…粮食增产一点四倍; 新中国成立以来，: a clause that dates the changes after it
/// from 1949, the year the People's Republic was founded.
pub(super) static SINCE_FOUNDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，；。])\s*(?:全国|全國)?(?:解放|建国|建國|新中国成立|新中國成立)以[来來]，")
        .expect("valid regex")
});
const FOUNDING: i32 = 1949;

/// The year the changes of a sentence count from when a clause of it opens with
/// [`SINCE_FOUNDING`] and no later time is said after it (a year, 今年, 五年内, 时期, 月, 现在,
/// 比); 逐年 is none.
pub(super) fn since_founding(sentence: &str) -> Option<i32> {
    if !sentence.contains("以") {
        return None; // most sentences: no regex
    }
    let m = SINCE_FOUNDING.find_iter(sentence).last()?;
    let after = &sentence[m.end()..];
    let later = says_a_later_time(after) || ["比", "期", "月"].iter().any(|w| after.contains(w));
    (!later).then_some(FOUNDING)
}

/// Years counted after a year named (1985年招收研究生二万人，…，五年内毕业研究生4.5万人).
pub(super) static YEARS_WITHIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[二两三四五六七八九十]年(?:内|来|间|里|中|以来)").expect("valid regex"));

/// 从1978年到1982年，…; 粮食产量在1953年到1978年间…; 2003年到2023年，…; 2019—2021年，…;
/// 从1953年至1980年的二十八年间; 1978、1979两年: years named as a span, at the start of a clause or after
/// 从/在, for the numbers after it in the sentence. The first and last years are groups 1
/// and 2, or 3 and 4 for two years listed and counted (1978、1979两年).
pub(super) static SPAN_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:^|[，；：])\s*|[从從在])(?:((?:19|20)[0-9][0-9])(?:年(?:至|到)|年?(?:—{1,2}|[-–~～]))((?:19|20)[0-9][0-9])年(?:(?:的|这)?(?:[一二三四五六七八九十两]+|[0-9]+)年(?:时间)?[间中内里]?)?|((?:19|20)[0-9][0-9])年?[、和]((?:19|20)[0-9][0-9])年?(?:这)?[两二]年)")
        .expect("valid regex")
});

/// The years of a [`SPAN_NAMED`] and whether a level of its first year is said between it
/// and the number (由103.97亿元增加到…).
pub(super) struct SpanNamed {
    first: i32,
    last: i32,
    from_level: bool,
}

impl SpanNamed {
    /// A level after 由/从 is the first year's; one reached (增加到715所) the last year's;
    /// a change or average after a level of the first year is since that year; any
    /// other figure (从1979年到1983年，…平均每年增长7.9%; 共有) is over the years named.
    pub(super) fn date(&self, dating: Dating) -> (i32, i32) {
        if dating.from_start {
            (self.first, self.first)
        } else if dating.stock && !dating.average && !dating.changes {
            (self.last, self.last)
        } else if self.from_level && (dating.changes || dating.average) {
            (self.first + 1, self.last)
        } else {
            (self.first, self.last)
        }
    }
}

/// The last [`SPAN_NAMED`] in the sentence before the number: its first and last years,
/// and the words between it and the number.
fn last_span_named<'a>(ctx: &Context<'a>, upto: usize) -> Option<(i32, i32, &'a str)> {
    // the whole sentence: 2003年到2023年，…增加到1117.56亿元；工业增加值由19亿元…, past its semicolons
    let before = ctx.slice(ctx.full_start, upto);
    if !before.contains(['至', '到', '—', '-', '–', '~', '～']) && !before.contains("两年") && !before.contains("二年")
    {
        return None; // most sentences: no regex
    }
    let c = SPAN_NAMED.captures_iter(before).last()?;
    let year = |k: usize| c.get(k).or(c.get(k + 2)).and_then(|m| m.as_str().parse::<i32>().ok());
    let (first, last) = (year(1)?, year(2)?);
    Some((first, last, &before[c.get(0)?.end()..]))
}

/// Whether the words after a span named say a time after it or compare (a year, 今年,
/// 现在, 五年内, a 时期, 比, 相当于), or one of `more`: the span does not date the number.
fn span_ended(rest: &str, more: &[&str]) -> bool {
    says_a_later_time(rest) || ["期", "比", "相当于"].iter().chain(more).any(|w| rest.contains(w))
}

/// The span of years the sentence names before the number ([`SPAN_NAMED`]), ended by any
/// time said after it (a year, 今年, 现在, 五年内, a 时期, a comparison 比).
pub(super) fn span_named(ctx: &Context, upto: usize, review: i32) -> Option<SpanNamed> {
    let (first, last, rest) = last_span_named(ctx, upto)?;
    (first < last && last <= review && !span_ended(rest, &[])).then_some(SpanNamed {
        first,
        last,
        from_level: rest.contains(['由', '从']),
    })
}

/// A [`SPAN_NAMED`] before the number that ends in `future` or later: what is to be done
/// over those years (从1978年到1985年八年间，…每年要增长10%以上, in a report that reviews
/// 1977), in whatever part of the report it stands. Ended as [`span_named`] is, and by 已.
pub(super) fn span_ahead(ctx: &Context, upto: usize, future: i32) -> Option<(i32, i32)> {
    let (first, last, rest) = last_span_named(ctx, upto)?;
    (first < last && last >= future && !span_ahead_ended(rest, first)).then_some((first, last))
}

/// Whether the words after a span ahead starting in `first` end it (as [`span_ended`], and
/// 已): but a year before the span is the base its figures grow from, no time of their own
/// (一九五五年到一九五七年，…；工业总产值要在1954年的基数上增长29%；…社会商品零售额要比1954年增长27%).
fn span_ahead_ended(rest: &str, first: i32) -> bool {
    let later_year = YEAR.captures_iter(rest).any(|c| c[1].parse::<i32>().is_ok_and(|y| y >= first));
    let base = |w: &str| w == "比" && YEAR.captures_iter(rest).all(|c| c[1].parse::<i32>().is_ok_and(|y| y < first));
    later_year
        || YEARS_WITHIN.is_match(rest)
        || LATER_TIMES.iter().any(|w| rest.contains(w))
        || ["期", "比", "相当于", "已"].iter().any(|w| rest.contains(w) && !base(w))
}

/// Times that, said after a year or a phrase of time, end what it dates.
pub(super) const LATER_TIMES: [&str; 7] = ["现在", "目前", "当前", "今年", "去年", "明年", "新的一年"];

/// Whether `rest` says a time after the one before it: a year, years counted (五年内), or
/// one of [`LATER_TIMES`].
pub(super) fn says_a_later_time(rest: &str) -> bool {
    YEAR.is_match(rest) || YEARS_WITHIN.is_match(rest) || LATER_TIMES.iter().any(|w| rest.contains(w))
}

/// The year a clause before the number opens with, in its sentence ([`TOPIC_YEAR`]): one
/// that opens the sentence or is followed by a comma holds to its end, another only in
/// its own clause; none holds past a time said after it (1958年初全国有74万个合作社，现在
/// 已经合并成为2.4万个人民公社; 1957年修订的纲要，规定…到1967年达到400斤; …五年内).
pub(super) fn topic_year(ctx: &Context, upto: usize) -> Option<i32> {
    topic_year_of_clauses(ctx, upto).or_else(|| opening_year(ctx, upto))
}

/// A year that opens a sentence on its own (2015年，市区…；全市…): the year of the clauses
/// after its semicolons too, which the segmenter makes sentences of their own, up to any
/// time said after it (…；2016年…, …；五年来…, …；今年…).
pub(super) static OPENING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:19|20)[0-9][0-9])年(?:底|末)?(?:[，：]|(?:全年)?(?:初步)?预计|全[省市县区州国])")
        .expect("valid regex")
});

/// Whether the clause of a number, up to it, says a time ahead (今后五年, 未来三年, 今年, 明年).
pub(super) fn ahead_in_own_clause(before: &str) -> bool {
    says_ahead(last_clause(before), &["今后", "今年", "明年"])
}

/// Whether 今年 frames the clause of a number (`before`, its sentence up to it): it opens
/// that clause (今年全市…), or is the clause before it alone (今年，…; 今年以来，…), and the
/// clause compares with no other time (比今年, 由今年预计的3%提高到4%: the base, not the time).
pub(super) fn this_year_frames(before: &str) -> bool {
    let clause = last_clause(before);
    let head = before[..before.len() - clause.len()].trim_end_matches(['，', '；', '：']);
    let previous = head.rsplit(['，', '；', '：', '。']).next().unwrap_or("");
    let opens = clause.starts_with("今年") || ["今年", "今年以来"].contains(&previous) && !head.is_empty();
    opens && !["比", "由", "较", "明年"].iter().any(|w| clause.contains(w))
}

/// Whether `text` names a year (2021年).
pub(in crate::extract) fn names_a_year(text: &str) -> bool {
    YEAR.is_match(text)
}

/// Whether `text` names a year (2021年) or a past time (去年, 上年, 过去): a time of its own.
pub(in crate::extract) fn says_a_year_or_past(text: &str) -> bool {
    names_a_year(text) || ["去年", "上年", "过去", "前年"].iter().any(|w| text.contains(w))
}

/// Whether a sentence (`before`, up to a number) opens with 今年 and says no other time
/// after it (去年, 过去, a year; 今年以来 is the months so far): the year planned holds to
/// the number, through the clauses between (今年，全区地区生产总值增长6.5%左右，一般公共预算
/// 收入增长5%).
pub(super) fn opens_with_this_year(before: &str) -> bool {
    let Some(rest) = before.trim_start().strip_prefix("今年") else { return false };
    !YEAR.is_match(rest) && !says_the_past_or_so_far(rest)
}

/// Whether words after 今年 say a past time (去年, 一年来, 上年 but as a base, 比上年), the
/// months so far (以来, 截至, 至今, 已, a month), or the report itself (今年的政府工作报告显示:
/// what it then says is of the year reviewed).
pub(super) fn says_the_past_or_so_far(rest: &str) -> bool {
    const PAST: [&str; 13] =
        ["去年", "过去", "以来", "前年", "一年来", "上一年", "上年度", "截至", "至今", "目前", "已", "月", "报告"];
    PAST.iter().any(|w| rest.contains(w))
        || rest.match_indices("上年").any(|(at, _)| !rest[..at].ends_with(['比', '较', '同', '于']))
}

/// Whether a sentence (`before`, up to a number) names the year `plan`'s aims (在讲到2010年
/// 工作总体要求时指出，…; 2022年主要预期目标是：…): the year, then within its clause a
/// word of aims, and no other year after it.
pub(super) fn names_the_plan_of(before: &str, plan: i32) -> bool {
    const AIMS: [&str; 5] = ["目标", "要求", "安排", "任务", "计划"];
    let year = format!("{plan}年");
    let Some(at) = before.find(&year) else { return false };
    let rest = &before[at + year.len()..];
    let clause = &rest[..rest.find(['，', '。', '；']).unwrap_or(rest.len())];
    AIMS.iter().any(|w| clause.contains(w)) && !YEAR.is_match(rest)
}

/// Whether `text` says one of `words` or 未来 as a time (未来五年, 未来一个时期), not the 未来
/// of a name (未来社区, 未来乡村, 未来科技城).
pub(super) fn says_ahead(text: &str, words: &[&str]) -> bool {
    const SPANS: [&str; 4] = ["一个时期", "一段时期", "一个阶段", "一段时间"];
    let future = |rest: &str| {
        let years = rest.trim_start_matches(|c: char| "一二两三四五六七八九十几".contains(c) || c.is_ascii_digit());
        (years.len() < rest.len() && years.starts_with('年')) || SPANS.iter().any(|w| rest.starts_with(w))
    };
    words.iter().any(|w| text.contains(w)) || text.match_indices("未来").any(|(at, w)| future(&text[at + w.len()..]))
}

/// A past time that opens a sentence alone, before its comma (去年，, 上年，, 过去一年，,
/// 过去两年，, 近三年来，, 五年来，, 2016年以来，, 2015年，): in a plan part, what follows it
/// looks back. A year is captured (past only if before the plan year); a plan in quotes
/// (“十四五”期间) is not taken, as it may be the one under way.
pub(super) static PAST_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(?:去年|上年|前年|过去(?:的)?一年|(?:过去|近)[两二三四五六七八九十]年(?:来|间|中|里)?|",
        r"[两二三四五六七八九十]年来|(?:19|20)[0-9]{2}年以来|“[^”]{2,6}”以来|((?:19|20)[0-9]{2})年(?:底|末)?)",
        r"(?:[，：]|(?:全年)?(?:初步)?预计|全[省市县区州国])"
    ))
    .expect("valid regex")
});

/// The year [`OPENING_YEAR`] names for a clause after the first of its sentence.
fn opening_year(ctx: &Context, upto: usize) -> Option<i32> {
    if ctx.full_start >= ctx.sentence.start {
        return None; // the first clause: [`topic_year_of_clauses`] reads it
    }
    let before = without_attribution(ctx.slice(ctx.full_start, upto));
    let c = OPENING_YEAR.captures(before)?;
    let rest = &before[c.get(0)?.end()..];
    let later = says_a_later_time(rest) || LAST_YEARS.is_match(rest) || rest.contains("以来");
    (!later).then(|| c[1].parse().ok()).flatten()
}

/// [`topic_year`] in the clause-sentence of the number (up to its semicolon).
fn topic_year_of_clauses(ctx: &Context, upto: usize) -> Option<i32> {
    let before = ctx.slice(ctx.sentence.start, upto);
    // a cheap test first: this runs for every number, most with no year before them
    if !before.contains('年') {
        return None;
    }
    let c = TOPIC_YEAR.captures_iter(before).last()?;
    let (whole, year) = (c.get(0)?, c.get(1)?);
    // 1957年比1952年，钢增加了400万吨: a comparison said for the sentence
    let compared = COMPARED_FOR_THE_SENTENCE.is_match(&before[year.start()..]);
    // (报告指出，2024年全市…: after who said it, the year opens what was said)
    let lead = before[..year.start()].trim();
    let opens = lead.is_empty() || lead.len() <= 40 && without_attribution(lead).trim().is_empty();
    let for_the_sentence = opens || c[2].starts_with(['，', '：']) || compared;
    let rest = &before[whole.end()..];
    let to_a_year =
        rest.match_indices(['到', '至']).any(|(at, w)| rest[at + w.len()..].starts_with(|c: char| c.is_ascii_digit()));
    let topic: i32 = year.as_str().parse().ok()?;
    // (报告透露，2022年…，报告定下2023年发展目标：…: a later year named after it ends its hold)
    let later_year = || YEAR.captures_iter(rest).filter_map(|c| c[1].parse::<i32>().ok()).any(|y| y > topic);
    let holds = (for_the_sentence || !rest.contains(['，', '；', '：']))
        && !to_a_year
        && !YEARS_WITHIN.is_match(rest)
        && !LATER_TIMES.iter().any(|w| rest.contains(w))
        && !(opens && !lead.is_empty() && later_year());
    holds.then_some(topic)
}

/// 到1985年，粮食产量达到8000亿斤 (or 到2025年城镇调查失业率为5%, no comma): a clause that opens with 到 + a year sets what is to be
/// reached by then, in whatever part of the report it stands (a ten-year plan under a
/// heading that names no plan). Not past a time said after it (现在, 目前, a year, 五年内).
pub(super) static TO_YEAR_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[，；：])\s*[到至]((?:19|20)[0-9][0-9])年(?:底|末)?，?").expect("valid regex"));

/// The year a clause before the number aims at ([`TO_YEAR_CLAUSE`]).
pub(super) fn year_aimed_at(ctx: &Context, upto: usize) -> Option<i32> {
    let before = ctx.slice(ctx.sentence.start, upto);
    if !before.contains('到') {
        return None; // most sentences: no regex
    }
    let c = TO_YEAR_CLAUSE.captures_iter(before).last()?;
    let rest = &before[c.get(0)?.end()..];
    (!says_a_later_time(rest) && !rest.contains('已')).then(|| c[1].parse().ok()).flatten()
}

/// A target of a year after the plan year: one the sentence opens with (1997年钢产量达到
/// 9400万吨 in a report that plans 1993; 一九六五年国家预算收入比上年增长10%), or the year
/// after the plan year it grows over (计划草案拟定，工业总产值比一九六四年增长11%, in a
/// report that plans 1964 by default). Other words of the sentence date from there.
pub(super) fn later_target_year(
    ctx: &Context,
    kind: Kind,
    upto: usize,
    dating: Dating,
    span: (i32, i32),
) -> (i32, i32) {
    if kind != Kind::Target || span.0 != span.1 {
        return span;
    }
    if let Some(y) = topic_year(ctx, upto).filter(|&y| y > span.1) {
        return (y, y);
    }
    if dating.since == Some(span.1) {
        return (span.1 + 1, span.1 + 1);
    }
    span
}

/// The year the plan part of the sentence's section plans by default: the report's, or
/// the next where a section plans that (二、1981年国民经济计划 in a report that plans 1980).
pub(super) fn plan_of(report: &Report, ctx: &Context) -> i32 {
    ctx.sentence.section.and_then(|s| report.sections[s].later_plan).unwrap_or(report.meta.target_year())
}

/// Whether a paragraph names no single year reviewed: no word of it, not the year, nor, in
/// a report that reviews its year of delivery (`late`), 今年.
pub(super) fn paragraph_is_silent(paragraph: &str, review: i32, late: bool) -> bool {
    let this_year = late && paragraph.contains("今年");
    !(names_a_past_year(paragraph) || paragraph.contains(&format!("{review}年")) || this_year)
}

/// Whether a paragraph names the year reviewed as one year ([`PAST_YEAR_WORDS`]).
fn names_a_past_year(paragraph: &str) -> bool {
    PAST_YEAR_WORDS.iter().any(|c| paragraph.contains(c))
}

/// Whether a paragraph names the year reviewed only as the year levels were reached
/// (国民收入1987年达到9153亿元, 1987年底) and no single past year (去年, 全年): in a
/// five-year review, the end of the five years, not the year whose figures it gives.
pub(super) fn names_only_the_end(paragraph: &str, review: i32) -> bool {
    // (达 alone too: 2010年达131.5亿元)
    const LEVEL_REACHED: [&str; 3] = ["达", "底", "末"];
    let year = format!("{review}年");
    !names_a_past_year(paragraph)
        && paragraph
            .match_indices(year.as_str())
            .all(|(at, y)| LEVEL_REACHED.iter().any(|w| paragraph[at + y.len()..].starts_with(w)))
}

/// Whether 今年 is said in `before` (a plan part's words before a number) after the last
/// of the words of a past time (`actual_cues`), which it then outweighs.
pub(super) fn this_year_after_the_past(before: &str, actual_cues: &[String]) -> bool {
    // (在上年增长6.9%的基础上再增长7.5%: the past is the base the plan year's figure builds on)
    if !before.contains(['今', '基']) {
        return false; // (neither word can be there)
    }
    let Some(this_year) = ["今年", "基础上"].iter().filter_map(|w| before.rfind(w)).max() else { return false };
    actual_cues.iter().all(|c| !said_as_a_time(&before[this_year..], c))
}

/// Whether `cue` (a past time) is said in `text` as a time, not as the base of a
/// comparison (比去年, 较去年).
pub(super) fn said_as_a_time(text: &str, cue: &str) -> bool {
    text.match_indices(cue).any(|(at, _)| !is_base(text, at, cue))
}

/// Whether `cue` (a past time) at `at` in `text` is the base of a comparison or a budget
/// line (比上年, 与上年相比, 高于上年, 上年同期, 上年末, 上年结转), not a time.
fn is_base(text: &str, at: usize, cue: &str) -> bool {
    let year = cue.ends_with('年');
    let rest = &text[at + cue.len()..];
    text[..at].ends_with(['比', '较'])
        || (year && text[..at].ends_with(['同', '与', '于', '超', '过', '和', '按']))
        || (year && (["同期", "末", "底"].iter().any(|w| rest.starts_with(w)) || budget_line(rest)))
}

/// Byte offset, in the paragraph before `upto`, of the last word for the year before
/// ([`LAST_YEAR_WORDS`]) said as a time, not as a base (比去年增长6% is the year's own
/// growth). 上年 only where it opens a clause: its 上 may end a word before it (世界上年产
/// 石油一亿吨以上的国家, 在此基础上年均增长).
pub(super) fn last_year_said(ctx: &Context, upto: usize) -> Option<usize> {
    // a cheap test first, from the paragraph's cached cues
    LAST_YEAR_ONLY.last_before(ctx, upto)?;
    let paragraph = ctx.paragraph_prefix(upto);
    let time = |cue: &str, at: usize| {
        !is_base(paragraph, at, cue) && (cue.starts_with('去') || opens_a_clause(&paragraph[..at]))
    };
    let said = |cue: &&str| paragraph.match_indices(*cue).filter(|&(at, _)| time(cue, at)).last();
    LAST_YEAR_WORDS.iter().filter_map(|cue| said(cue).map(|(at, _)| at)).max()
}

/// A sentence's opening clause that is a frame of time and nothing else, before its first
/// number at `first`: 过去两年, 近三年来, 这五年, “十三五”以来, 2016年以来 (followed by ，).
pub(super) static OPENING_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:过去|近|这|连续)?[二两三四五六七八九十]年(?:来|以来|间|中|里)?|“[^”]{2,6}”(?:以来|期间|时期)|(?:19|20)[0-9]{2}年以来)$")
        .expect("valid regex")
});

/// The opening frame of time ([`OPENING_FRAME`]) of a sentence, `chars`.
pub(in crate::extract) fn opening_frame(chars: &[char], first: usize) -> Option<String> {
    let comma = chars[..first.min(chars.len())].iter().position(|&c| c == '，')?;
    // a cheap test first: a frame is short
    if comma > 10 {
        return None;
    }
    let clause: String = chars[..comma].iter().collect();
    OPENING_FRAME.is_match(&clause).then_some(clause)
}

/// The opening frame of years of the paragraph of a sentence of the review (五年来，我市城乡居民生活品质显著
/// 提升。城镇居民人均可支配收入…实际增长60.7%: the five years' growth), when its first sentence is
/// a frame and a remark with no figure, and no sentence from there to this one says a time
/// of its own before its first comma (去年，…; 2010年，…), nor this one before its first
/// number (`before`).
pub(in crate::extract) fn paragraph_frame(report: &Report, sentence: &Sentence, before: &[char]) -> Option<String> {
    // (in the review: a count back frames no aim)
    let review = sentence.section.is_some_and(|s| report.sections[s].part == crate::model::Part::Review);
    if !review || before.iter().any(|&c| c == '年' || c == '月') {
        return None;
    }
    let mut first = None;
    for earlier in report.sentences[..sentence.id.min(report.sentences.len())].iter().rev() {
        if earlier.paragraph != sentence.paragraph || earlier.is_heading {
            break;
        }
        first = Some(earlier);
    }
    let first = first?;
    let chars: Vec<char> = first.text.chars().take(12).collect();
    // (a count back without 来, 过去三年，…, dates its own sentence alone)
    let frame = opening_frame(&chars, chars.len()).filter(|f| f.ends_with('来'))?;
    let own_time = |s: &Sentence| s.text.split('，').next().is_some_and(|c| c.contains('年') || c.contains('月'));
    let between = report.sentences.get(first.id + 1..sentence.id).unwrap_or_default();
    (!super::period::has_a_figure_unquoted(&first.text) && !between.iter().any(own_time)).then_some(frame)
}

impl Context<'_> {
    /// The span of the five-year plan the sentence's section is about (“十二五”时期的主要
    /// 目标和任务, 今后五年的工作), if it covers the plan year.
    pub(super) fn five_year_section(&self, report: &Report, plan: i32) -> Option<(i32, i32)> {
        let path = report.section_path(self.sentence.section);
        // 做好“十三五”开局工作, 为“十四五”开好局 are this year's work, in the plan's first
        // year; so is a heading that names the plan year (2024年是实施“十四五”规划的关键一年)
        if ["开局", "开好局", "起步", "起好步", "第一年", "首年"].iter().any(|w| path.contains(w))
            || path.contains(&format!("{plan}年"))
        {
            return None;
        }
        if let Some((at, start)) = plans_named(&path).next() {
            // (今年是“十五”计划的最后一年，…: a plan part opened by the year's framing sentence)
            let year_of_it = crate::extract::context::names_the_year_of_plan(&path[..at]);
            return (start + 4 >= plan && start <= plan && !year_of_it).then_some((start, start + 4));
        }
        // (新一届政府工作的总体要求和奋斗目标: a new term's aims, its five years)
        ["今后五年", "未来五年", "新一届政府"].iter().any(|w| path.contains(w)).then_some((plan, plan + 4))
    }

    /// The years the sentence's section reviews, when more than one: five for a review of
    /// five years or of a plan that ended by the year reviewed (过去五年工作回顾, “十二五”时期),
    /// else the years its heading counts back (一、过去四年工作回顾: a term that ran short of
    /// five; 三年来的工作). None for a heading that names the year reviewed.
    pub(super) fn section_years(&self, report: &Report, review: i32) -> Option<i32> {
        let path = report.section_path(self.sentence.section);
        if path.contains(&review.to_string()) {
            return None;
        }
        // (not 本届政府工作回顾: a term's review gives its last year's figures without the year,
        // 预计全市地区生产总值增长5%，比四年前增长19.1%)
        heading_years(&path, review)
    }

    /// The years a review heading counts beside the year reviewed (过去五年及2021年工作回顾,
    /// 2020年和“十三五”时期…回顾; or with no year, 本届政府工作回顾: a term's five), for a total
    /// said as one (累计) in a paragraph of those years. A heading that names the year alone,
    /// however it goes on (2015年工作回顾2015年是“十二五”的收官之年: a line run into its first
    /// sentence), counts none.
    pub(super) fn years_beside_the_year(&self, report: &Report, review: i32) -> Option<i32> {
        let path = report.section_path(self.sentence.section);
        let counted = |s: &str| heading_years(s, review).or_else(|| names_a_term(s).then_some(5));
        let year = format!("{review}年");
        if !path.contains(&year) {
            return counted(&path);
        }
        // the year and the years on either side of one 及, 和, 与, 暨 or 、
        let chars: Vec<char> = path.chars().collect();
        let side = |from: usize, to: usize| chars[from..to.min(chars.len())].iter().collect::<String>();
        chars.iter().enumerate().filter(|(_, c)| matches!(c, '及' | '和' | '与' | '暨' | '、')).find_map(|(at, _)| {
            let (before, after) = (side(at.saturating_sub(BESIDE), at), side(at + 1, at + 1 + BESIDE));
            match (before.contains(&year), after.contains(&year)) {
                (true, false) => counted(&after),
                (false, true) => counted(&before),
                _ => None,
            }
        })
    }
}

/// Chars on either side of the word that joins the year reviewed and the years beside it
/// in a heading ([`Context::years_beside_the_year`]): 2010年工作及“十一五”发展.
const BESIDE: usize = 12;

/// The years a review's heading counts, when more than one (see [`Context::section_years`]).
fn heading_years(path: &str, review: i32) -> Option<i32> {
    if path.contains("五年") || plans_named(path).any(|(_, start)| start + 4 <= review) {
        return Some(5);
    }
    if !YEARS_BACK_CUES.found_in(path) {
        return None;
    }
    YEARS_BACK.captures_iter(path).find_map(|c| years_back_counted("", &c)).filter(|&n| n <= 10)
}

/// Whether a heading names a government's term (本届政府, 这届政府, 市第四届人民政府, 市七届政府).
fn names_a_term(path: &str) -> bool {
    ["本届", "这届", "届政府", "届人民政府"].iter().any(|w| path.contains(w))
}

/// Two or more years joined as a list (2019年、2020年; 2018、2019、2020年; not a span,
/// 2019年至2020年).
pub(super) static LISTED_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)[0-9]{2}年?(?:[、和与及](?:19|20)[0-9]{2}年?)*[、和与及](?:19|20)[0-9]{2}年")
        .expect("valid regex")
});

/// The years of the first list of years in `clause`, when they ascend (empty otherwise).
pub(in crate::extract) fn listed_years(clause: &str) -> Vec<i32> {
    let Some(list) = LISTED_YEARS.find(clause) else { return Vec::new() };
    let years: Vec<i32> = list
        .as_str()
        .split(|c: char| !c.is_ascii_digit())
        .filter(|y| y.len() == 4)
        .filter_map(|y| y.parse().ok())
        .collect();
    if years.windows(2).all(|w| w[0] < w[1]) {
        years
    } else {
        Vec::new()
    }
}

/// A span of years (2016—2018年, 2016年至2018年, 2016-2018年).
pub(super) static SPANNED_YEARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9]{2})年?[—–\-~～至到]((?:19|20)[0-9]{2})年").expect("valid regex"));

/// The years a clause names one by one: a list ([`listed_years`]), or else every year of
/// a short span (2016—2018年, 分别增长9%、8.5%和8%: one value a year).
pub(in crate::extract) fn years_named(clause: &str) -> Vec<i32> {
    let listed = listed_years(clause);
    if !listed.is_empty() {
        return listed;
    }
    let Some(span) = SPANNED_YEARS.captures(clause) else { return Vec::new() };
    let (from, to): (i32, i32) = (span[1].parse().unwrap_or(0), span[2].parse().unwrap_or(0));
    if from < to && to - from < 10 {
        (from..=to).collect()
    } else {
        Vec::new()
    }
}

/// The words after a list of years that opens `subject` (2018、2019、2020年出口 -> 出口).
pub(in crate::extract) fn after_year_list(subject: &str) -> Option<&str> {
    LISTED_YEARS.find(subject).filter(|m| m.start() == 0).map(|m| &subject[m.end()..])
}

/// A subject without the years listed before it (2020年固定资产投资 -> 固定资产投资).
pub(in crate::extract) fn without_listed_years(subject: &str) -> &str {
    let rest = after_year_list(subject).unwrap_or(subject);
    match YEAR.find(rest).filter(|m| m.start() == 0) {
        Some(m) => &rest[m.end()..],
        None => rest,
    }
}
