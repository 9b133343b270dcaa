//! The text around a number that its cues are read from: the report as chars with
//! byte offsets (so windows are borrowed, not collected), the paragraph and full
//! sentence that hold a clause, and where cue words last occur before a number.
//!
//! Input: a segmented [`Report`] and one of its sentences. Output: string windows and
//! byte positions of cue words, cached per paragraph.

use crate::model::{Part, Report, Sentence};

/// Cue words whose last occurrence before a number in its paragraph is asked for,
/// for every number: where they occur is found once per paragraph (`Text::cues`).
#[derive(Debug, Clone)]
pub(super) struct LastOf {
    /// Tells sets apart in the cache; unique per set.
    id: usize,
    words: Vec<memchr::memmem::Finder<'static>>,
    /// Words that, said after a cue in its clause, make it no cue ([`LastOf::unless_followed_by`]).
    cancel: &'static [&'static str],
    /// Whether a record said right after a cue makes it no cue ([`LastOf::unless_a_record`]).
    records: bool,
    /// Whether a cue said as where a change ended makes it no cue ([`LastOf::unless_an_end_point`]).
    end_points: bool,
}

static NEXT_CUE_SET: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl LastOf {
    pub(super) fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> LastOf {
        LastOf {
            id: NEXT_CUE_SET.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            words: words.into_iter().map(|w| memchr::memmem::Finder::new(w.as_ref().as_bytes()).into_owned()).collect(),
            cancel: &[],
            records: false,
            end_points: false,
        }
    }

    /// The same cues, but none said as where a change ended (增加到2017年的16199.9亿元, 回升到2017年
    /// 的6.4%): a year named so is the end of the years the change spans, not a frame for what
    /// the paragraph says next (…。城镇新增就业351.2万人 after it in a review of five years).
    pub(super) fn unless_an_end_point(self) -> LastOf {
        LastOf { end_points: true, ..self }
    }

    /// The same cues, but none said as a record right after it: 创五年来新高, 近五年来首次,
    /// 为近五年来最多 name the years only to measure the one year's figure against them.
    pub(super) fn unless_a_record(self) -> LastOf {
        LastOf { records: true, ..self }
    }

    /// The same cues, but none that is followed in its clause by one of `cancel`: 本届政府
    /// is the five years of a government's term, but 实现了本届政府良好开局 and 本届政府的
    /// 收官之年 are one year of it.
    pub(super) fn unless_followed_by(self, cancel: &'static [&'static str]) -> LastOf {
        LastOf { cancel, ..self }
    }

    /// Whether any of the words occurs in `text`.
    pub(super) fn found_in(&self, text: &str) -> bool {
        self.words.iter().any(|w| {
            w.find_iter(text.as_bytes()).any(|at| {
                let after = &text.as_bytes()[at + w.needle().len()..];
                !voided(&text.as_bytes()[..at], after, (self.cancel, self.records, self.end_points))
            })
        })
    }

    /// Byte offset, in `ctx.paragraph_prefix(upto)`, of the last occurrence of any of
    /// the words there: what `rfind` of each word on that prefix would give.
    pub(super) fn last_before(&self, ctx: &Context, upto: usize) -> Option<usize> {
        ctx.last_cue(self.id, &self.words, (self.cancel, self.records, self.end_points), upto)
    }
}

/// Whether `before` ends with a verb of change and 到 or 至 (增加到, 回升到, 降至): what follows
/// is where the change ended.
fn an_end_point(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix("到".as_bytes()).or_else(|| before.strip_suffix("至".as_bytes())) else {
        return false;
    };
    ["加", "高", "升", "降", "长", "大", "少", "落"].iter().any(|v| rest.ends_with(v.as_bytes()))
}

/// Whether what surrounds a cue makes it none: a word of `cancel` in the clause after it,
/// when `records` a record right after it, when `end_points` a verb of change and 到 right
/// before it.
fn voided(before: &[u8], after: &[u8], (cancel, records, end_points): (&[&str], bool, bool)) -> bool {
    cancelled(after, cancel) || records && a_record(after) || end_points && an_end_point(before)
}

/// Whether `after` opens with a record (新高, 新低, 首次, 最…), after 来, 以来 or 的 that may end
/// the cue before it.
fn a_record(after: &[u8]) -> bool {
    let after = ["以来", "来", "的"].iter().fold(after, |a, w| a.strip_prefix(w.as_bytes()).unwrap_or(a));
    ["新高", "新低", "首次", "最"].iter().any(|w| after.starts_with(w.as_bytes()))
}

/// Whether the clause that `after` opens (to its first ，。；：) holds one of `cancel`.
pub(super) fn cancelled(after: &[u8], cancel: &[&str]) -> bool {
    if cancel.is_empty() {
        return false;
    }
    // (32 chars are enough: the word follows its cue closely)
    let window = &after[..after.len().min(96)];
    let after =
        std::str::from_utf8(window).or_else(|e| std::str::from_utf8(&window[..e.valid_up_to()])).unwrap_or_default();
    let clause = &after[..after.find(['，', '。', '；', '：', '\n']).unwrap_or(after.len())];
    // (过去五年是…决胜收官的五年: the five years, which the word describes)
    !clause.contains("的五年") && cancel.iter().any(|w| clause.contains(w))
}

/// A report's text as chars, and as the string with each char's byte offset, so that
/// windows of it are borrowed, not collected.
pub(super) struct Text<'a> {
    pub(super) chars: &'a [char],
    pub(super) str: &'a str,
    /// `bytes[k]`: byte offset of char `k`; one more entry for the end (4 bytes each,
    /// not 8: a report's tables are most of the memory extraction touches)
    pub(super) bytes: &'a [u32],
    pub(super) cues: std::cell::RefCell<CueCache>,
    /// “<plan year>年” and “<review year>年”, cue words of this report
    pub(super) plan_year: LastOf,
    pub(super) review_year: LastOf,
    /// The year reviewed, not where a change ended (增加到2017年的…): a year that frames what
    /// a paragraph of five years says after it ([`LastOf::unless_an_end_point`]).
    pub(super) review_year_framing: LastOf,
    /// The year the report reviews.
    pub(super) review: i32,
    /// Whether that is the year of delivery (its 去年 is the year before).
    pub(super) late: bool,
    /// Whether the report is a story of the report (a news write-up) or a copy that lost
    /// its headings: no part of it is a review or a plan, and its 今年 is the year planned
    /// (no 明年 said: a story of a report given in December says 明年 for that)
    pub(super) story: bool,
    /// Whether the text says 下同 (“same below”) anywhere: only then is a cue looked
    /// for that holds for the rest of its paragraph (预计全年（下同）)
    pub(super) same_below: bool,
    /// Whether the text names the corps (兵团) anywhere: only then is a paragraph asked
    /// whether the corps opens it (`Extractor::in_a_paragraph_of_the_corps`)
    pub(super) corps: bool,
    /// paragraph start (byte) -> the five-year plans its text names (`PlanName`)
    pub(super) plans: std::cell::RefCell<rustc_hash::FxHashMap<usize, std::rc::Rc<Vec<PlanName>>>>,
    /// The last paragraph asked whether it continues a review of five years, and the answer
    /// (the same for all its numbers, which come one after another)
    pub(super) five_years_of: std::cell::Cell<Option<(usize, bool)>>,
}

impl Text<'_> {
    /// The byte offset of char `k` (`k` up to the chars' count).
    pub(super) fn byte(&self, k: usize) -> usize {
        self.bytes[k] as usize
    }
}

/// A five-year plan named in a paragraph: where the name starts and ends (bytes, in
/// the paragraph), the plan's first year, and whether a year is said to be one of it
/// (今年是“十四五”规划收官之年) rather than the plan itself being spoken of.
#[derive(Debug, Clone, Copy)]
pub(super) struct PlanName {
    pub(super) at: usize,
    pub(super) end: usize,
    pub(super) start: i32,
    pub(super) framed: bool,
}

/// (cue set, paragraph start) -> (start, end) byte offsets in the paragraph of every
/// occurrence of the set's words, by start.
pub(super) type CueCache = rustc_hash::FxHashMap<(usize, usize), Vec<(usize, usize)>>;

/// The text around a sentence that cues are read from.
pub(super) struct Context<'a> {
    pub(super) text: &'a Text<'a>,
    pub(super) sentence: &'a Sentence,
    /// Start of the paragraph and of the full sentence (ending in 。！？) that holds it.
    pub(super) paragraph_start: usize,
    pub(super) full_start: usize,
}

impl<'a> Context<'a> {
    pub(super) fn new(text: &'a Text<'a>, sentence: &'a Sentence) -> Context<'a> {
        let chars = text.chars;
        let paragraph_start = chars[..sentence.start].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
        let full_start = chars[paragraph_start..sentence.start]
            .iter()
            .rposition(|&c| matches!(c, '。' | '！' | '？'))
            .map_or(paragraph_start, |i| paragraph_start + i + 1);
        Context { text, sentence, paragraph_start, full_start }
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> &'a str {
        let n = self.text.chars.len();
        let (from, to) = (from.min(n), to.min(n));
        if from >= to {
            return "";
        }
        &self.text.str[self.text.byte(from)..self.text.byte(to)]
    }

    /// The full sentence up to the end of the current clause-sentence, for cues.
    pub(super) fn window(&self) -> &'a str {
        self.slice(self.full_start, self.sentence.end)
    }

    /// A headline's sentence with the one after it: a short sentence (at most 24 chars) cut
    /// off by ！ or ？ from what the headline goes on to say (GDP增长6%以上！青岛明确今年发展主要
    /// 预期目标). A headline's parts are one statement, read together for what they say of a
    /// figure. (A headline often has no 。 and is run into the next line by normalisation, so
    /// the next sentence is taken up to its own end, or the line's.)
    pub(super) fn headline(&self) -> Option<&'a str> {
        let chars = self.text.chars;
        let sentence_end = self.sentence.end.min(chars.len());
        let own = &chars[self.full_start.min(sentence_end)..sentence_end];
        if own.len() > 24 || !matches!(own.last(), Some('！' | '？')) {
            return None;
        }
        let end = self.next_sentence_end();
        // (GDP增长8.3%！青岛今年目标增长6%以上: a next sentence with a figure of its own says
        // what it says of that figure)
        // (a date, 4月15日上午, is no figure: a headline run into the story's first line)
        let next = &chars[sentence_end..end];
        let figure = next.iter().enumerate().any(|(k, c)| {
            let after = next[k + 1..].iter().find(|c| !c.is_ascii_digit() && **c != '.');
            c.is_ascii_digit() && !matches!(after, Some('年' | '月' | '日' | '时' | '号'))
        });
        (!figure).then(|| self.slice(self.full_start, end))
    }

    /// The sentence after this one in its paragraph, up to its 。, ！, ？ or the line's end.
    pub(super) fn next_sentence(&self) -> &'a str {
        self.slice(self.sentence.end.min(self.text.chars.len()), self.next_sentence_end())
    }

    /// Where the sentence after this one ends: at its 。, ！ or ？, or the line's end.
    fn next_sentence_end(&self) -> usize {
        let chars = self.text.chars;
        let start = self.sentence.end.min(chars.len());
        chars[start..].iter().position(|c| matches!(c, '。' | '！' | '？' | '\n')).map_or(chars.len(), |i| start + i)
    }

    pub(super) fn paragraph_prefix(&self, upto: usize) -> &'a str {
        self.slice(self.paragraph_start, upto)
    }

    /// Byte offset, in `paragraph_prefix(upto)`, of the last occurrence there of any of
    /// `words`, found from where they occur in the whole paragraph (cached as set `id`).
    fn last_cue(
        &self,
        id: usize,
        words: &[memchr::memmem::Finder<'static>],
        (cancel, records, end_points): (&[&str], bool, bool),
        upto: usize,
    ) -> Option<usize> {
        let n = self.text.chars.len();
        let from = self.text.byte(self.paragraph_start.min(n));
        let to = self.text.byte(upto.min(n)).max(from);
        let mut cache = self.text.cues.borrow_mut();
        let found = cache.entry((id, from)).or_insert_with(|| {
            let rest = &self.text.str.as_bytes()[from..];
            let paragraph = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
            let mut found = Vec::new();
            for w in words {
                // every occurrence, overlapping ones too, as rfind may find any of them
                let mut at = 0;
                while let Some(k) = w.find(&paragraph[at..]) {
                    let end = at + k + w.needle().len();
                    if !voided(&paragraph[..at + k], &paragraph[end..], (cancel, records, end_points)) {
                        found.push((at + k, end));
                    }
                    at += k + 1;
                }
            }
            found.sort_unstable();
            found
        });
        let to = to - from;
        // the latest start whose word ends within the prefix
        let before = found.partition_point(|&(start, _)| start < to);
        found[..before].iter().rev().find(|&&(_, end)| end <= to).map(|&(start, _)| start)
    }

    /// The plans named in the paragraph before `upto`, found once per paragraph.
    pub(super) fn plans_before(&self, upto: usize) -> Vec<PlanName> {
        let n = self.text.chars.len();
        let from = self.text.byte(self.paragraph_start.min(n));
        let to = self.text.byte(upto.min(n)).max(from) - from;
        let all = self
            .text
            .plans
            .borrow_mut()
            .entry(from)
            .or_insert_with(|| {
                let rest = &self.text.str[from..];
                let paragraph = &rest[..rest.find('\n').unwrap_or(rest.len())];
                let names = crate::segment::plans_named_spans(paragraph).map(|(at, end, start)| PlanName {
                    at,
                    end,
                    start,
                    framed: names_the_year_of_plan(&paragraph[..at]),
                });
                std::rc::Rc::new(names.collect())
            })
            .clone();
        all.iter().filter(|p| p.end <= to).copied().collect()
    }

    /// The line that opens the list the sentence's line is an item of: the nearest line
    /// before it that ends with a colon, when every line between is a short item (at most
    /// 40 chars, without 。): 今年我省经济社会发展预期目标： / 国内生产总值增长10% / 城镇登记
    /// 失业率控制在4.5%以内, a news story's box of figures, one to a line.
    pub(super) fn list_opened_by(&self) -> Option<&'a str> {
        let chars = self.text.chars;
        let item = |line: &[char]| line.len() <= 40 && !line.contains(&'。');
        let mut end = self.paragraph_start.checked_sub(1)?.min(chars.len());
        let sentence_end = self.sentence.end.min(chars.len());
        let own_end = chars[sentence_end..].iter().position(|&c| c == '\n').map_or(chars.len(), |i| sentence_end + i);
        if !item(&chars[self.paragraph_start.min(own_end)..own_end]) {
            return None;
        }
        for _ in 0..12 {
            let start = chars[..end].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
            let line = &chars[start..end];
            if matches!(line.last(), Some('：' | ':')) {
                return Some(self.slice(start, end));
            }
            if !item(line) || start == 0 {
                return None;
            }
            end = start - 1;
        }
        None
    }

    pub(super) fn part(&self, report: &Report) -> Part {
        self.sentence.section.map_or(Part::Preamble, |s| report.sections[s].part)
    }
}

/// Whether `before` ends with 今年是, 2025年是, 过去一年是 and at most 16 chars without
/// ，。；, or with a later clause of that one opened by 是 (…75周年，也是 / 是; 2023年，是…之年，
/// 是深入实施): a plan named after it is the frame of one year (…收官之年). Written out, not
/// as the regex of the test that checks they agree, whose copies of its class cost 3 M
/// instructions to compile, more than all its searches.
pub(super) fn names_the_year_of_plan(before: &str) -> bool {
    const SEPARATORS: [char; 3] = ['，', '。', '；'];
    const COPULAS: [&str; 4] = ["也是", "又是", "更是", "是"];
    // the clause the text ends with (，。； are three bytes each)
    let start = before.rfind(SEPARATORS).map_or(0, |i| i + 3);
    let clause = &before[start..];
    let year_before = |head: &str| {
        if ["今年", "明年", "去年", "过去一年"].iter().any(|y| head.ends_with(y)) {
            return true;
        }
        let Some(digits) = head.strip_suffix('年').map(str::as_bytes) else { return false };
        let n = digits.len();
        n >= 4 && matches!(&digits[n - 4..n - 2], b"19" | b"20") && digits[n - 2..].iter().all(u8::is_ascii_digit)
    };
    let year_is = |clause: &str| clause.char_indices().any(|(at, c)| c == '是' && year_before(&clause[..at]));
    if clause.char_indices().rev().take(17).any(|(at, c)| c == '是' && year_before(&clause[..at])) {
        return true;
    }
    // 今年是新中国成立75周年，也是实施“十四五”规划的; 2023年，是…开局之年，是深入实施“十四五”规划
    // 的 (the subject left out): back over the clauses opened by 是 to the year's own
    let Some(rest) = COPULAS.iter().find_map(|w| clause.strip_prefix(w)) else { return false };
    if rest.chars().count() > 16 {
        return false;
    }
    let mut end = start;
    while end >= 3 {
        let head = &before[..end - 3];
        let from = head.rfind(SEPARATORS).map_or(0, |i| i + 3);
        let prev = &head[from..];
        if year_before(prev) || year_is(prev) {
            return true;
        }
        if !COPULAS.iter().any(|w| prev.starts_with(w)) {
            return false;
        }
        end = from;
    }
    false
}
