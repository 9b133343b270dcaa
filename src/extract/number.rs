//! The number grammar: where numbers stand in a sentence and what they say.
//!
//! Reads Arabic numbers (`43735`, `6.5`), Chinese numerals (`一千二百`, `两`, `〇`,
//! `十五`, `五点五`), `百分之五点五`, scales (`1.5万`, `3千`, `万亿`), the bound words
//! before, inside and after a number (`约`, `6300余万元`, `26万余条`, `左右`), and
//! ranges (`6%-6.5%`, `6—6.5%`, `6%至6.5%`). Input is a sentence as chars; output is
//! [`Hit`]s with char spans. What the number *means* is decided in `extract::context`.

use std::sync::LazyLock;

use regex::Regex;

use crate::ingest::decode::is_cjk;
use crate::model::{Bound, UnitFamily};

/// A unit as the grammar knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitInfo {
    pub base: String,
    pub factor: f64,
    pub family: UnitFamily,
}

/// Names of statistics written in Latin letters that a figure may follow without a space
/// (全县实现GDP243亿元); other letters glued to digits are a code or a model (G20, PM2.5, 5G).
const LATIN_NAMES: [&str; 3] = ["GDP", "CPI", "PPI"];

/// Whether the letters right before `at` are one of [`LATIN_NAMES`], standing alone (not
/// the end of a longer run of letters).
fn named_in_latin_letters(chars: &[char], at: usize) -> bool {
    let letters = chars[..at].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    let run = &chars[at - letters..at];
    LATIN_NAMES.iter().any(|n| n.chars().eq(run.iter().copied()))
}

impl UnitInfo {
    /// Percent, written as 百分之 or left unsaid (保8争9).
    fn percent() -> UnitInfo {
        UnitInfo { base: "%".into(), factor: 1.0, family: UnitFamily::Percent }
    }

    /// Per mille, written as 千分之 (人口自然增长率控制在千分之四点五以内).
    fn per_mille() -> UnitInfo {
        UnitInfo { base: "‰".into(), factor: 1.0, family: UnitFamily::Percent }
    }
}

/// The words that write a rate before its number: 百分之 (percent) and 千分之 (per mille),
/// with the unit each stands for (its base, which is how it is written).
fn rate_prefix(chars: &[char], at: usize) -> Option<UnitInfo> {
    if starts_with(chars, at, &['百', '分', '之']) {
        Some(UnitInfo::percent())
    } else if starts_with(chars, at, &['千', '分', '之']) {
        Some(UnitInfo::per_mille())
    } else {
        None
    }
}

/// The words the grammar needs, compiled once from config (longest first).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// (scale word, factor), longest first.
    pub scales: Vec<(Vec<char>, f64)>,
    /// (unit, info), longest first.
    pub units: Vec<(Vec<char>, UnitInfo)>,
    pub bound_prefixes: Vec<(Vec<char>, Bound)>,
    pub bound_suffixes: Vec<(Vec<char>, Bound)>,
    pub not_prefixes: Vec<Vec<char>>,
    pub not_units: Vec<Vec<char>>,
    /// Words a unit would start (人口): no unit is read where one of them stands.
    pub not_unit_words: Vec<Vec<char>>,
    /// (a `not_units` unit, the words after which it is a quantity): 岁 after 寿命.
    pub read_after: Vec<(Vec<char>, Vec<Vec<char>>)>,
    /// One-char units of a tally (2金2银): read only at the end of a word or in a tally.
    pub tally_units: Vec<char>,
}

/// Families a scale word may precede.
const SCALABLE: &[UnitFamily] = &[
    UnitFamily::Money,
    UnitFamily::People,
    UnitFamily::Area,
    UnitFamily::Mass,
    UnitFamily::Energy,
    UnitFamily::Length,
    UnitFamily::Count,
    UnitFamily::Volume,
    UnitFamily::Turnover,
];

/// Whether `c` joins the items of a list (、, 和, 与, 及).
pub(super) fn is_list_connector(c: char) -> bool {
    matches!(c, '、' | '和' | '与' | '及')
}

/// Units of time an amount is per (万吨/日, 元/月, 元/人/年): not units of their own
/// after a number (日, 年 and 月 date it), so named here, longest first.
const PER_TIME: [&[char]; 8] = [&['小', '时'], &['分', '钟'], &['日'], &['天'], &['周'], &['月'], &['年'], &['秒']];

/// What follows a number: (scale, unit as written, unit, infix bound, end).
type Tail = (f64, String, UnitInfo, Option<Bound>, usize);

/// One number phrase found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Char span of the whole phrase, bound words included.
    pub start: usize,
    pub end: usize,
    /// Char index where the number itself (or its range) starts, after any prefix.
    pub number_start: usize,
    pub value: f64,
    pub value_hi: Option<f64>,
    /// Scale and unit as written (`亿元`, `%`, `万人`).
    pub unit: String,
    pub scale: f64,
    pub info: UnitInfo,
    pub bound: Bound,
    /// 与上年持平: a quantity level with the year before's, a growth of 0 written in words.
    pub flat: bool,
}

/// `value` times `factor`, the product of the decimal numbers as written when `factor` is
/// a power of ten: 2540.3亿元 is 254030000000 元, not the 254030000000.00003 that binary
/// fractions multiply to. The product is rounded to the decimals `value` was written with
/// less those the factor moves (a value has at most 9 decimals as read).
pub fn in_base(value: f64, factor: f64) -> f64 {
    let product = value * factor;
    let power = factor.log10().round();
    let exact_power = (0.0..=16.0).contains(&power) && 10f64.powi(power as i32) == factor;
    let Some(written) = (0..=9).find(|&k| {
        let shifted = value * 10f64.powi(k);
        (shifted - shifted.round()).abs() <= 1e-9 * shifted.abs().max(1.0)
    }) else {
        return product;
    };
    if !exact_power || !product.is_finite() {
        return product;
    }
    let left = 10f64.powi((written - power as i32).max(0));
    (product * left).round() / left
}

/// 价格指数为, 价格指数预计在: the words between an index and its value.
static INDEX_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"指数(?:预计|全年|比上年|上涨到|上升到|回落到|下降到|涨到|控制在|调控在|保持在|稳定在|达到|约为|为|是|在|约)*$",
    )
    .expect("valid regex")
});

/// Whether the words just before `at` name an index (价格指数为) that a bare number
/// after them is the value of.
fn index_before(chars: &[char], at: usize) -> bool {
    let before: String = chars[at.saturating_sub(12)..at].iter().collect();
    INDEX_BEFORE.is_match(&before)
}

/// An index against the previous year (= 100) lies in this range; 2020 after 指数 is
/// no index value.
pub fn is_index_value(v: f64) -> bool {
    (50.0..=200.0).contains(&v)
}

// Word lists are tried word by word at every number: the first (last) char is compared
// before the rest, so that most words cost one comparison instead of a call to memcmp
// (a fifth of extraction's time went to such calls).
fn starts_with(chars: &[char], at: usize, word: &[char]) -> bool {
    chars.len() >= at + word.len()
        && word.first().is_none_or(|c| chars[at] == *c)
        && chars[at..at + word.len()] == *word
}

fn ends_with(chars: &[char], at: usize, word: &[char]) -> bool {
    at >= word.len() && word.last().is_none_or(|c| chars[at - 1] == *c) && chars[at - word.len()..at] == *word
}

fn longest<'a, T>(list: &'a [(Vec<char>, T)], chars: &[char], at: usize) -> Option<&'a (Vec<char>, T)> {
    list.iter().find(|(w, _)| starts_with(chars, at, w))
}

pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

pub(super) fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿' | '点')
}

/// Value of a Chinese numeral: `一千二百` 1200, `十五` 15, `两万` 20000, `五点五` 5.5,
/// `一〇五` 105 (digit by digit). None when malformed.
pub fn parse_cn(s: &str) -> Option<f64> {
    let (int_part, frac) = match s.split_once('点') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let int = parse_cn_int(int_part)?;
    match frac {
        None => Some(int),
        Some("") => None,
        Some(f) => {
            // through a decimal string, so 五点五 is exactly 5.5
            let digits: Option<String> = f.chars().map(|c| cn_digit(c).and_then(|d| char::from_digit(d, 10))).collect();
            format!("{int}.{}", digits?).parse().ok()
        }
    }
}

fn parse_cn_int(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    // digit by digit, as in 一〇五 or 二〇二〇
    if s.chars().count() > 1 && s.chars().all(|c| cn_digit(c).is_some()) {
        return s.chars().try_fold(0.0, |acc, c| Some(acc * 10.0 + cn_digit(c)? as f64));
    }
    let (mut yi, mut wan, mut section) = (0.0, 0.0, 0.0); // groups of 亿, 万, and below 万
    let mut digit: Option<f64> = None;
    for c in s.chars() {
        if let Some(d) = cn_digit(c) {
            if digit.is_some_and(|p| p != 0.0) {
                return None; // 二三 without a unit between (零 may precede a digit)
            }
            digit = Some(d as f64);
            continue;
        }
        match c {
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10.0,
                    '百' => 100.0,
                    _ => 1000.0,
                };
                let d = match digit.take() {
                    Some(d) => d,
                    None if unit == 10.0 => 1.0, // 十五 = 15
                    None => return None,
                };
                section += d * unit;
            }
            '万' => {
                wan = section + digit.take().unwrap_or(0.0);
                section = 0.0;
                if wan == 0.0 {
                    return None;
                }
            }
            '亿' => {
                yi = wan * 1e4 + section + digit.take().unwrap_or(0.0);
                (wan, section) = (0.0, 0.0);
                if yi == 0.0 {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(yi * 1e8 + wan * 1e4 + section + digit.unwrap_or(0.0))
}

/// The digit a char of an Arabic number stands for at `i`, where the number's part
/// (before or after its point) starts at `first`: a digit, or a typist's letter for one
/// (4l.38亿公斤, 为…的l.8倍, 年均增长2l.7％: l for 1, O for 0), read only between digits or
/// before a decimal point, where no word has them.
fn digit_at(chars: &[char], i: usize, first: usize) -> Option<char> {
    let c = *chars.get(i)?;
    let digit = match c {
        _ if c.is_ascii_digit() => return Some(c),
        'l' => '1',
        'O' => '0',
        _ => return None,
    };
    let next = chars.get(i + 1).copied();
    let point_next = next == Some('.') && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit());
    let digit_next = next.is_some_and(|c| c.is_ascii_digit());
    (point_next || (i > first && digit_next)).then_some(digit)
}

/// An Arabic number at `at`: digits with an optional decimal part. Returns (value, end).
fn arabic(chars: &[char], at: usize) -> Option<(f64, usize)> {
    let mut s = String::new();
    let mut end = at;
    while let Some(d) = digit_at(chars, end, at) {
        s.push(d);
        end += 1;
    }
    if end == at {
        return None;
    }
    if end + 1 < chars.len() && chars[end] == '.' && chars[end + 1].is_ascii_digit() {
        s.push('.');
        end += 1;
        let first = end;
        while let Some(d) = digit_at(chars, end, first) {
            s.push(d);
            end += 1;
        }
    }
    s.parse().ok().map(|v| (v, end))
}

/// Whether a number starts at `i`: a digit, a point, a Chinese numeral, or a typist's
/// letter for a digit before a point (l.8倍).
fn starts_a_number(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    c.is_ascii_digit() || c == '.' || is_cn_numeral(c) || (matches!(c, 'l' | 'O') && digit_at(chars, i, i).is_some())
}

/// The words before 持平 that say with what a quantity is level: the year before's (与上年持平,
/// 同比持平: a growth of 0). A grammar as fixed as 百分之's; 与2019年持平 (a year named) is
/// a change over more than a year, and no growth here.
const LEVEL_WITH: [&[char]; 7] = [
    &['与', '上', '一', '年'],
    &['与', '上', '年'],
    &['与', '去', '年'],
    &['和', '上', '年'],
    &['较', '上', '年'],
    &['比', '上', '年'],
    &['同', '比'],
];

/// Words of approximation beside 持平 (基本与上年持平, 与上年基本持平: about level).
const ROUGHLY: [[char; 2]; 3] = [['基', '本'], ['大', '体'], ['总', '体']];

/// 与上年持平, 同比基本持平 at `at` (the 持 of 持平): a growth of 0 (about 0 after 基本), from
/// the comparison on. None where it says something else: 持平略增 (a small rise), and a
/// comparison that opens its clause right after a rate (增长5.5%，与上年持平: the rate is
/// the year before's, the quantity grew). `floor`: where the previous hit ended.
fn flat_at(chars: &[char], at: usize, floor: usize) -> Option<Hit> {
    if chars.get(at + 1) != Some(&'平') || matches!(chars.get(at + 2), Some('略' | '微' | '稍' | '偏')) {
        return None;
    }
    let roughly_at = |end: usize| ROUGHLY.iter().any(|w| ends_with(chars, end, w));
    let inner = roughly_at(at);
    let mut start = if inner { at - 2 } else { at };
    start -= LEVEL_WITH.iter().find(|w| ends_with(chars, start, w))?.len();
    let outer = roughly_at(start);
    if outer {
        start -= 2;
    }
    if start < floor {
        return None;
    }
    // (the clause before ends in a rate: 增长5.5%，与上年持平 says that rate again)
    let opens_clause = start == 0 || matches!(chars[start - 1], '，' | '、' | '；' | ',');
    let after_rate = opens_clause
        && start >= 2
        && (matches!(chars[start - 2], '%' | '‰' | '％') || ends_with(chars, start - 1, &['百', '分', '点']));
    let bound = if inner || outer { Bound::Approx } else { Bound::Eq };
    (!after_rate).then(|| Hit {
        start,
        end: at + 2,
        number_start: start,
        value: 0.0,
        value_hi: None,
        unit: "%".to_string(),
        scale: 1.0,
        info: UnitInfo::percent(),
        bound,
        flat: true,
    })
}

/// 2万5千公里, 1万6千多户, 1亿3千多万: an Arabic number, 万 or 亿, then the group below it
/// written with 千 or 百 is one number (25000 公里), not two (2万 and 5千公里). After 亿, a
/// group followed by 万 (1亿3千多万) is the 万 group: the value is counted in 万 and the
/// 万 is left to the tail, as with 六百四十三亿七千万元. `end` is where the Arabic number ends.
fn mixed_groups(chars: &[char], value: f64, end: usize) -> Option<(f64, usize, bool)> {
    let top = *chars.get(end)?;
    if !matches!(top, '万' | '亿') || value.fract() != 0.0 {
        return None;
    }
    let from = end + 1;
    let mut to = from;
    while to < chars.len()
        && (chars[to].is_ascii_digit() || cn_digit(chars[to]).is_some() || matches!(chars[to], '百' | '千'))
    {
        to += 1;
    }
    let group: String = chars[from..to]
        .iter()
        .map(|&c| c.to_digit(10).and_then(|d| "〇一二三四五六七八九".chars().nth(d as usize)).unwrap_or(c))
        .collect();
    // (1万2500人, 108亿3038万元: the group in digits alone, at most four, and no year nor
    // a decimal after it)
    let digits = || {
        let n = to - from;
        (1..=4).contains(&n)
            && chars[from..to].iter().all(char::is_ascii_digit)
            && !matches!(chars.get(to), Some('年' | '.' | '%' | '-' | '—'))
    };
    let lower = if group.contains(['百', '千']) {
        parse_cn(&group).filter(|&l| l < 1e4)?
    } else if digits() {
        chars[from..to].iter().collect::<String>().parse::<f64>().ok()?
    } else {
        return None;
    };
    if top == '万' {
        return Some((value * 1e4 + lower, to, false));
    }
    let wan = to + usize::from(matches!(chars.get(to), Some('多' | '余')));
    (chars.get(wan) == Some(&'万')).then_some((value * 1e4 + lower, to, false))
}

/// 一○一, 一○○: a white circle written for the zero digit, inside a numeral that starts
/// at `at` (after a Chinese digit or another such circle): the digit. A circle elsewhere
/// (a bullet) is no numeral.
fn is_circle_zero(chars: &[char], at: usize, i: usize) -> bool {
    chars[i] == '○' && i > at && (cn_digit(chars[i - 1]).is_some() || chars[i - 1] == '○')
}

/// ○ as the zero digit 〇 (read only where [`is_circle_zero`] says it is one).
fn circle_as_zero(c: &char) -> char {
    if *c == '○' {
        '〇'
    } else {
        *c
    }
}

/// A number of either script at `at`: (value, end, chinese?).
fn number(chars: &[char], at: usize) -> Option<(f64, usize, bool)> {
    // `at` may be the end of the sentence: 百分之 with nothing after it
    let first = *chars.get(at)?;
    if digit_at(chars, at, at).is_some() {
        let (v, e) = arabic(chars, at)?;
        return Some(mixed_groups(chars, v, e).unwrap_or((v, e, false)));
    }
    if !is_cn_numeral(first) || first == '点' {
        return None;
    }
    let mut end = at;
    while end < chars.len() && (is_cn_numeral(chars[end]) || is_circle_zero(chars, at, end)) {
        end += 1;
    }
    // A trailing 万/亿 (or 万亿) is the scale of the unit, not part of the numeral,
    // as with Arabic numbers: 三十万人 is 30 万人.
    while end > at + 1 && matches!(chars[end - 1], '万' | '亿') {
        end -= 1;
    }
    while end > at && chars[end - 1] == '点' {
        end -= 1;
    }
    let mut s: String = chars[at..end].iter().map(circle_as_zero).collect();
    // 八十万千瓦: the 千 (or 百) that starts the unit is no numeral of the number
    while parse_cn(&s).is_none() && end > at + 2 && matches!(chars[end - 1], '千' | '百') {
        end -= 1;
        while end > at + 1 && matches!(chars[end - 1], '万' | '亿') {
            end -= 1;
        }
        s = chars[at..end].iter().map(circle_as_zero).collect();
    }
    let value = parse_cn(&s)?;
    // 六百四十三亿七千万元: a trailing 万 after an 亿 group is that numeral's 万 group,
    // not a scale of its own: the numeral (643亿7000万) is counted in 万, so that the
    // unit stays as written (6437000 万元), where reading 六百四十三亿七千 alone gave
    // 64300007000 万元
    // (二十五亿七千多万元: 多 or 余 may stand before the 万)
    let wan = end + usize::from(matches!(chars.get(end), Some('多' | '余')));
    if chars.get(wan) == Some(&'万') && chars.get(wan + 1) != Some(&'亿') && s.contains('亿') && !s.ends_with('亿')
    {
        return Some((parse_cn(&format!("{s}万"))? / 1e4, end, true));
    }
    Some((value, end, true))
}

impl Lexicon {
    /// A number at `at`, like [`number`], except that a Chinese numeral keeps its trailing
    /// 万/亿 when the unit after it takes no scale: 四千万个百分点 is 40,000,000
    /// percentage points, where 三十万人 is 30 万人.
    fn number(&self, chars: &[char], at: usize) -> Option<(f64, usize, bool)> {
        let (value, end, chinese) = number(chars, at)?;
        if chinese {
            if let Some((w, _)) = longest(&self.scales, chars, end) {
                let after = end + w.len();
                let unscalable = self.unit(chars, after).is_some_and(|(_, info)| !SCALABLE.contains(&info.family));
                if unscalable && chars[end..after].iter().all(|&c| matches!(c, '万' | '亿')) {
                    let whole: String = chars[at..after].iter().collect();
                    if let Some(v) = parse_cn(&whole) {
                        return Some((v, after, true));
                    }
                }
            }
        }
        Some((value, end, chinese))
    }

    /// 近万亿元, 突破千亿元, 迈上百亿元, 突破万户, 突破亿元大关: a magnitude without a digit
    /// after a bound word is one of it (1万亿, 1000亿, 100亿, 1万户, 1亿元). Only before
    /// another scale (or 万 or 亿 before a unit) and after a bound word, so that 千家万户 and
    /// 千万不能 stay words.
    fn implicit_one(&self, chars: &[char], at: usize) -> Option<(f64, usize, bool)> {
        let magnitude = match chars.get(at)? {
            '百' => 100.0,
            '千' => 1000.0,
            '万' => 1e4,
            '亿' => 1e8,
            _ => return None,
        };
        // 首次突破万户, 突破亿元: 万 or 亿 before a unit is one 万 or 亿 of it; 亿 only as a
        // milestone passed or neared (突破, 迈上, 近…), before 大关 or the clause's end:
        // 超亿元的企业, 签约亿元以上项目, 产值突破亿元、利税突破千万元的企业 name a kind of firm or
        // project, and 所有县财政收入超亿元 says something of each county
        let scale = matches!(chars[at], '万' | '亿');
        let unit_end = if scale { self.unit(chars, at + 1).map(|(u, _)| at + 1 + u.len()) } else { None };
        let passed = |end: usize| {
            let ends = chars.get(end).is_none_or(|c| matches!(c, '，' | '。' | '；'));
            let milestone = ends || starts_with(chars, end, &['大', '关']);
            let bound = [&['超'][..], &['超', '过'], &['约']].iter().any(|w| ends_with(chars, at, w));
            // (城关镇、新城镇财政收入均突破亿元: each of them, not the region)
            let each = self.bound_prefixes.iter().any(|(w, _)| {
                at > w.len() && ends_with(chars, at, w) && matches!(chars[at - w.len() - 1], '均' | '都' | '各')
            });
            milestone && !bound && !each
        };
        let of_unit = unit_end.is_some_and(|end| chars[at] == '万' || passed(end));
        if !(of_unit || matches!(chars.get(at + 1), Some('万' | '亿')))
            || !self.bound_prefixes.iter().any(|(w, _)| ends_with(chars, at, w))
        {
            return None;
        }
        // 万亿 is a scale of its own: 近万亿元 is 1 万亿元; so is 万 or 亿 before a unit
        if scale && (of_unit || chars[at + 1] == '亿') {
            return Some((1.0, at, true));
        }
        Some((magnitude, at + 1, true))
    }

    /// Scale, infix bound and unit after a number: (scale, unit written, info, infix bound, end).
    fn tail(&self, chars: &[char], mut at: usize) -> Option<Tail> {
        let start = at;
        let mut infix = None;
        let mut written = String::new();
        let mut take_infix = |at: &mut usize, written: &mut String| {
            // 多个 is “several” after a word, but 900多个 is “over 900”
            let several = starts_with(chars, *at, &['多', '个']) && !chars[*at - 1].is_ascii_digit();
            if *at < chars.len() && matches!(chars[*at], '余' | '多') && !several {
                infix = Some(Bound::Gt);
                *at += 1;
                let _ = written; // the infix is not part of the unit as written
            }
        };
        take_infix(&mut at, &mut written);
        let mut scale = 1.0;
        if let Some((w, f)) = longest(&self.scales, chars, at) {
            // only a scale when a unit follows it (万 alone is not a unit)
            let after = at + w.len();
            let after = if after < chars.len() && matches!(chars[after], '余' | '多') { after + 1 } else { after };
            if let Some((u, info)) = self.unit(chars, after) {
                if SCALABLE.contains(&info.family) {
                    scale = *f;
                    written.extend(w.iter());
                    at += w.len();
                    take_infix(&mut at, &mut written);
                    written.extend(u.iter());
                    let (info, end) = self.per(chars, after + u.len(), info, &mut written);
                    return Some((scale, written, info, infix, end));
                }
            }
            // 13亿, 6600万: a bare scale of 万 or more stands for its own unit
            if *f >= 1e4 {
                written.extend(w.iter());
                let end = at + w.len();
                let info = UnitInfo { base: String::new(), factor: 1.0, family: UnitFamily::Number };
                return Some((*f, written, info, infix, end));
            }
        }
        let (u, info) = self.unit(chars, at)?;
        written.extend(u.iter());
        let _ = start;
        let (info, end) = self.per(chars, at + u.len(), info, &mut written);
        Some((scale, written, info, infix, end))
    }

    /// A unit `info` that ends at `at`, made a unit per another (元/月, 万吨/日, 元/人/年,
    /// 批次/千人) when a slash and a unit of time or a unit of the lexicon follow it: the
    /// denominators are added to `written` and the base, and the family is `per`.
    fn per(&self, chars: &[char], mut at: usize, info: &UnitInfo, written: &mut String) -> (UnitInfo, usize) {
        let mut base = info.base.clone();
        let mut per = false;
        // (a rate per year, 10%/年, stays a rate)
        while SCALABLE.contains(&info.family) && matches!(chars.get(at), Some('/' | '／')) {
            let from = at + 1;
            let prefix = usize::from(chars.get(from).is_some_and(|c| "十百千万".contains(*c)));
            let unit = self.unit(chars, from + prefix).map(|(u, _)| u.len());
            let time = PER_TIME.iter().find(|w| starts_with(chars, from, w)).map(|w| w.len());
            let Some(len) = time.or(unit.map(|n| prefix + n)) else { break };
            let denominator: String = chars[from..from + len].iter().collect();
            written.push('/');
            written.push_str(&denominator);
            base.push('/');
            base.push_str(&denominator);
            per = true;
            at = from + len;
        }
        if !per {
            return (info.clone(), at);
        }
        (UnitInfo { base, factor: info.factor, family: UnitFamily::Per }, at)
    }

    /// The longest unit at `at`, unless a longer word starts there (13亿人口).
    pub fn unit(&self, chars: &[char], at: usize) -> Option<&(Vec<char>, UnitInfo)> {
        if self.not_unit_words.iter().any(|w| starts_with(chars, at, w)) {
            return None;
        }
        longest(&self.units, chars, at).filter(|(u, _)| !(u.len() == 1 && self.starts_a_word(chars, at)))
    }

    /// Whether a tally unit at `at` (金 of 2金2银) starts a word instead (10家银行, 45家金融
    /// 服务中心): a Chinese char follows it, and no other medal of a tally stands before
    /// its number (2银 in 6金2银佳绩 is one).
    fn starts_a_word(&self, chars: &[char], at: usize) -> bool {
        if !self.tally_units.contains(&chars[at]) || !chars.get(at + 1).is_some_and(|&c| is_cjk(c)) {
            return false;
        }
        let digits = chars[..at].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let before = (at - digits).checked_sub(1).map(|i| chars[i]);
        !(digits > 0 && before.is_some_and(|c| self.tally_units.contains(&c)))
    }

    fn excluded_before(&self, chars: &[char], at: usize) -> bool {
        let prev = at.checked_sub(1).map(|i| chars[i]);
        matches!(prev, Some(c) if c.is_ascii_alphanumeric() && !named_in_latin_letters(chars, at) || c == '.' || c == '_' || c == '-' && at >= 2 && chars[at - 2].is_ascii_alphabetic())
            || self.not_prefixes.iter().any(|w| ends_with(chars, at, w))
    }

    /// Whether the clause before `at` names a word after which `unit` is a quantity.
    fn read_after(&self, chars: &[char], at: usize, unit: &str) -> bool {
        let Some((_, words)) = self.read_after.iter().find(|(u, _)| u.iter().copied().eq(unit.chars())) else {
            return false;
        };
        let clause_start = |end: usize| {
            chars[..end]
                .iter()
                .rposition(|&c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':'))
                .map_or(0, |i| i + 1)
        };
        let mut from = clause_start(at);
        // 人均预期寿命达78.3岁，较五年前提高3.4岁: a comparison continues the clause before
        if from > 0 && matches!(chars.get(from), Some('较' | '比')) {
            from = clause_start(from - 1);
        }
        words.iter().any(|w| chars[from..at].windows(w.len()).any(|x| x == w.as_slice()))
    }

    fn excluded_after(&self, chars: &[char], at: usize) -> bool {
        let next = chars.get(at).copied();
        matches!(next, Some(c) if c.is_ascii_alphabetic() && c != 'k')
            || self.not_units.iter().any(|w| starts_with(chars, at, w))
    }

    /// All number phrases of a sentence, left to right.
    pub fn scan(&self, chars: &[char]) -> Vec<Hit> {
        let mut hits: Vec<Hit> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            // a number phrase starts with a digit or a Chinese numeral (百分之 too): most
            // chars are neither, and need no closer look
            if !starts_a_number(chars, i) {
                // (与上年持平: a growth of 0 in words, read at its 持)
                if chars[i] == '持' {
                    if let Some(hit) = flat_at(chars, i, hits.last().map_or(0, |h: &Hit| h.end)) {
                        hits.push(hit);
                    }
                }
                i += 1;
                continue;
            }
            match self.phrase_at(chars, i) {
                Some(hit) => {
                    i = hit.end;
                    hits.push(hit);
                }
                None => {
                    // skip the rest of a number so its tail is not read as a new one
                    let digitish = |c: char| c.is_ascii_digit() || c == '.' || is_cn_numeral(c);
                    i += 1;
                    if digitish(chars[i - 1]) {
                        while i < chars.len() && digitish(chars[i]) && chars[i] != '点' {
                            i += 1;
                        }
                    }
                }
            }
        }
        hits
    }

    fn phrase_at(&self, chars: &[char], at: usize) -> Option<Hit> {
        let prefix = rate_prefix(chars, at);
        let percent_prefix = prefix.is_some();
        let (number_start, value, end, chinese) = if percent_prefix {
            let (v, e, _) = self.number(chars, at + 3)?;
            (at, v, e, true)
        } else {
            if at > 0 && (chars[at - 1].is_ascii_digit() || is_cn_numeral(chars[at - 1]) && !chars[at].is_ascii_digit())
            {
                return None;
            }
            let (v, e, cn) = self.number(chars, at).or_else(|| self.implicit_one(chars, at))?;
            (at, v, e, cn)
        };
        // 增速“保8争9”: a growth to keep and one to strive for, in bare digits
        let two_tier = !chinese && !percent_prefix && two_tier_growth(chars, number_start, end);
        if self.excluded_before(chars, number_start) || (!two_tier && in_short_quote(chars, number_start, end)) {
            return None;
        }
        let (value, mut value_hi, mut end) = (value, None, end);
        // an index's value after its name, in either script (一百零三 as 103)
        let index = !percent_prefix && is_index_value(value) && index_before(chars, number_start);
        let (scale, unit, info, infix, tail_end) = if let Some(info) = prefix {
            // 百分之八至九, 百分之四至百分之五: a range of percents (not 由百分之六到…)
            let range =
                self.percent_range_end(chars, end).filter(|&(hi, _)| hi > value && !from_to(chars, number_start));
            value_hi = range.map(|(hi, _)| hi);
            (1.0, info.base.clone(), info, None, range.map_or(end, |(_, e)| e))
        } else if let Some((hi, tail)) = self.tail_and_range(chars, number_start, value, end, chinese) {
            value_hi = hi;
            tail
        } else if two_tier {
            // the percent unsaid; 保 keeps the floor (at least), 争 names the aim
            (1.0, "%".to_string(), UnitInfo::percent(), None, end)
        } else if index {
            // 居民消费价格指数103左右, 指数为一百零三: an index (previous year = 100) has no unit
            let index = UnitInfo { base: String::new(), factor: 1.0, family: UnitFamily::Number };
            (1.0, String::new(), index, None, end)
        } else if let Some((unit, info)) = self.rate_after_list(chars, end, chinese) {
            (1.0, unit, info, None, end)
        } else {
            // 6-6.5% / 6—6.5%: the unit only after the second number
            let (hi, hi_number_end, _, _) = self.range_end(chars, end, chinese)?;
            let (scale, unit, info, infix, e) = self.tail(chars, hi_number_end)?;
            if hi <= value {
                return None;
            }
            value_hi = Some(hi);
            (scale, unit, info, infix, e)
        };
        if chinese && !percent_prefix && !self.cn_quantity(chars, number_start..end, (&unit, scale), tail_end, index) {
            return None;
        }
        if self.no_quantity(chars, (number_start, tail_end), value, (&unit, &info)) {
            return None;
        }
        end = tail_end;
        let (mut bound, start, end) = self.bound_words(chars, number_start, end, infix);
        if two_tier && chars[number_start - 1] == '保' {
            bound = Bound::Ge;
        } else if value_hi.is_some() && bound == Bound::Eq {
            bound = Bound::Range;
        }
        // a number too long for f64 (or overflowing once scaled, 1e300万亿) is no statement
        let finite = |v: f64| v.is_finite() && (v * scale * info.factor).is_finite();
        (finite(value) && value_hi.is_none_or(finite)).then_some(Hit {
            start,
            end,
            number_start,
            value,
            value_hi,
            unit,
            scale,
            info,
            bound,
            flat: false,
        })
    }

    /// Whether a number read with its unit (from `number_start` to `end`) is no quantity
    /// after all: a year glued to a word that starts with a time unit (“2020天津…”), an age
    /// (60岁, but a lifetime is one: 人均预期寿命78.3岁), or a number the words after it
    /// exclude (150项年度任务清单: 年度 after a unit begins the noun counted, no date).
    fn no_quantity(
        &self,
        chars: &[char],
        (number_start, end): (usize, usize),
        value: f64,
        unit: (&str, &UnitInfo),
    ) -> bool {
        let (unit, info) = unit;
        let year = info.family == UnitFamily::Time && value.fract() == 0.0 && (1900.0..=2100.0).contains(&value);
        let age = self.not_units.iter().any(|w| w.iter().copied().eq(unit.chars()))
            && !self.read_after(chars, number_start, unit);
        let annual = !unit.is_empty() && starts_with(chars, end, &['年', '度']);
        year || age || (!annual && self.excluded_after(chars, end))
    }

    /// Whether a Chinese numeral (at `numeral`) with `unit` and `scale` after it is a
    /// quantity, not a word: see [`cn_allowed`]; a single digit listed before a count
    /// (九项…、十四项); or an index's value without a unit, `index`: the index's name before it
    /// makes it one, as a unit does (居民消费价格指数为一百零三, 一○一).
    fn cn_quantity(
        &self,
        chars: &[char],
        numeral: std::ops::Range<usize>,
        (unit, scale): (&str, f64),
        tail_end: usize,
        index: bool,
    ) -> bool {
        (index && unit.is_empty())
            || cn_allowed(unit, scale, &chars[numeral])
            || self.listed_before_a_count(chars, tail_end, unit)
    }

    /// The tail after a number (scale, unit, infix bound, end) and, when a second number
    /// with the same unit follows (6%-6.5%, 6%至6.5%), the range's upper end. None when no
    /// unit follows the number.
    fn tail_and_range(
        &self,
        chars: &[char],
        number_start: usize,
        value: f64,
        end: usize,
        chinese: bool,
    ) -> Option<(Option<f64>, Tail)> {
        let (lo_scale, lo_unit, lo_info, infix, lo_end) = self.tail(chars, end)?;
        let range = self.range_end(chars, lo_end, chinese).filter(|r| r.0 > value && !from_to(chars, number_start));
        Some(match range {
            Some((hi, _, hi_end, hi_unit)) if hi_unit == lo_unit => {
                (Some(hi), (lo_scale, lo_unit, lo_info, infix, hi_end))
            }
            // 二百八十万到三百万千瓦: the first member's unit is said once, after the second
            // (280万 is 280万千瓦)
            Some((hi, hi_number_end, hi_end, hi_unit))
                if lo_info.family == UnitFamily::Number && lo_info.base.is_empty() && hi_unit.starts_with(&lo_unit) =>
            {
                let (scale, unit, info, _, _) = self.tail(chars, hi_number_end)?;
                (Some(hi), (scale, unit, info, infix, hi_end))
            }
            _ => (None, (lo_scale, lo_unit, lo_info, infix, lo_end)),
        })
    }

    /// 九项战略行动、十四项重点工作: a count in a single Chinese digit (read as a word
    /// elsewhere: 一个, 三年) is a count when its noun is followed by 、 or 和 and a count of
    /// the same unit that is read (十四项). `at` is where its unit ends.
    fn listed_before_a_count(&self, chars: &[char], at: usize, unit: &str) -> bool {
        let Some(gap) = chars[at..].iter().take(12).position(|&c| c == '、' || c == '和') else { return false };
        if gap < 2 || !chars[at..at + gap].iter().all(|&c| is_cjk(c)) {
            return false;
        }
        let next = at + gap + 1;
        let Some((_, end, true)) = number(chars, next) else { return false };
        let tail = self.tail(chars, end);
        tail.is_some_and(|(scale, u, ..)| u == unit && cn_allowed(&u, scale, &chars[next..end]))
    }

    /// 高于全省4.6、1.2个百分点, 分别低16.1和7.6个百分点: a rate unit (%, 个百分点, 倍) said
    /// once after a list of Arabic numbers holds for each; the unit after the list, when it
    /// is one.
    fn rate_after_list(&self, chars: &[char], mut at: usize, chinese: bool) -> Option<(String, UnitInfo)> {
        while !chinese && chars.get(at).is_some_and(|&c| is_list_connector(c)) {
            let (_, e, cn) = self.number(chars, at + 1)?;
            if cn {
                return None;
            }
            if let Some((scale, unit, info, _, _)) = self.tail(chars, e) {
                let rate = super::is_rate(info.family);
                return (rate && scale == 1.0).then_some((unit, info));
            }
            at = e;
        }
        None
    }

    /// The bound a number phrase states with the words before and after it, and the
    /// phrase's span with them: (bound, start, end).
    fn bound_words(
        &self,
        chars: &[char],
        number_start: usize,
        end: usize,
        infix: Option<Bound>,
    ) -> (Bound, usize, usize) {
        let (mut bound, mut start, mut end) = (infix.unwrap_or(Bound::Eq), number_start, end);
        let bound_word = |w: &&(Vec<char>, Bound)| {
            // (the 约 that ends a word, 签约6个, 节约3万吨, is no "about")
            let word_end = w.0 == ['约'] && ends_a_word_in_yue(chars[..number_start].iter().rev().copied());
            ends_with(chars, number_start, &w.0) && !word_end
        };
        if let Some((w, b)) = self.bound_prefixes.iter().find(bound_word) {
            // 超过/近/约 … before the number
            start -= w.len();
            bound = *b;
        } else if infix.is_none() && approx_before_verb(chars, number_start) {
            // 大约增加了两万四千种, 约增长百分之三十三: 约 said before the verb
            bound = Bound::Approx;
        }
        if let Some((w, b)) = longest(&self.bound_suffixes, chars, end) {
            // 多 and 余 after the unit (30万人多) are rare but legal; 以上 etc. override.
            if !(matches!(*b, Bound::Gt) && infix.is_some()) {
                bound = *b;
            }
            end += w.len();
        }
        (bound, start, end)
    }

    /// The upper end of a range of percents written in words, after `at`: 至 or 到, then
    /// 百分之 and a number (百分之四至百分之五), or a Chinese numeral with nothing that
    /// would make it a quantity of its own after it (百分之八至九). (value, end)
    fn percent_range_end(&self, chars: &[char], at: usize) -> Option<(f64, usize)> {
        if !matches!(chars.get(at), Some('至' | '到')) {
            return None;
        }
        if starts_with(chars, at + 1, &['百', '分', '之']) {
            let (hi, e, _) = self.number(chars, at + 4)?;
            return Some((hi, e));
        }
        let (hi, e, chinese) = self.number(chars, at + 1)?;
        (chinese && self.tail(chars, e).is_none() && !chars.get(e).is_some_and(|&c| is_cn_numeral(c)))
            .then_some((hi, e))
    }

    /// A range's upper end after `at`: a dash or 至/到, then a number, then an
    /// optional tail. Returns (value, end of the number, end after the tail, unit written).
    fn range_end(&self, chars: &[char], at: usize, chinese: bool) -> Option<(f64, usize, usize, String)> {
        let sep = *chars.get(at)?;
        // (5%一5.5%: 一 for a dash in a copy typed or read by eye, between digits only)
        let yi_dash = sep == '一' && !chinese && chars.get(at + 1).is_some_and(char::is_ascii_digit);
        if !matches!(sep, '-' | '—' | '–' | '~' | '～' | '至' | '到' | '－') && !yi_dash {
            return None;
        }
        let mut from = at + 1;
        if sep == '—' && chars.get(from) == Some(&'—') {
            from += 1;
        }
        let (hi, e, cn) = self.number(chars, *chars.get(from).map(|_| &from)?)?;
        if cn != chinese {
            return None;
        }
        match self.tail(chars, e) {
            Some((_, unit, _, _, te)) => Some((hi, e, te, unit)),
            None => Some((hi, e, e, String::new())),
        }
    }
}

/// 由12.5亿元到36.4亿元, 从8家到20家: a level then a later level, not a range.
fn from_to(chars: &[char], number_start: usize) -> bool {
    number_start > 0 && matches!(chars[number_start - 1], '由' | '从')
}

/// Chinese numerals are common words (一个, 三年, 十四五); read them only with a
/// percent-point, multiple or scaled unit, or when they contain a unit numeral.
fn cn_allowed(unit: &str, scale: f64, numeral: &[char]) -> bool {
    matches!(unit, "个百分点" | "百分点" | "倍")
        || scale > 1.0
        || numeral.iter().any(|c| matches!(c, '十' | '百' | '千')) && numeral.len() >= 2
}

/// A number inside a short quotation (“132”工作机制, “惠企14条”, “十四五”) is a name.
/// Growth words a two-tier aim in bare digits follows right after (地区生产总值增速“保8争9”,
/// 经济增长保7争8; not 培育新的增长点保3争5个).
pub(super) const TWO_TIER_AFTER: [&str; 4] = ["增速", "增长", "速度", "增幅"];

/// Whether the Arabic number at `start..end` is one side of 保X争Y after a growth word: X
/// right after 保 with 争 and a number after it, or Y right after 争 with 保 and a number
/// before that; both under 30 (a growth in percent).
fn two_tier_growth(chars: &[char], start: usize, end: usize) -> bool {
    let digits = |from: usize, step: isize| {
        let mut k = from as isize;
        let mut n = 0;
        while k >= 0 && (k as usize) < chars.len() && (chars[k as usize].is_ascii_digit() || chars[k as usize] == '.') {
            k += step;
            n += 1;
        }
        (n, k)
    };
    let value = |from: usize, to: usize| chars[from..to].iter().collect::<String>().parse::<f64>().ok();
    let keep = if start > 0 && chars[start - 1] == '保' {
        let (n, after) = digits(end + 1, 1);
        (chars.get(end) == Some(&'争') && n > 0).then(|| (start - 1, [(start, end), (end + 1, after as usize)]))
    } else if start > 0 && chars[start - 1] == '争' && start >= 3 {
        let (n, before) = digits(start - 2, -1);
        let first = (before + 1) as usize;
        (n > 0 && before >= 0 && chars[before as usize] == '保')
            .then(|| (before as usize, [(first, start - 1), (start, end)]))
    } else {
        None
    };
    let Some((bao, sides)) = keep else { return false };
    let small = sides.iter().all(|&(a, b)| a < b && value(a, b).is_some_and(|v| v > 0.0 && v < 30.0));
    let before: String = chars[bao.saturating_sub(6)..bao].iter().collect();
    let before = before.trim_end_matches('“');
    small && TWO_TIER_AFTER.iter().any(|w| before.ends_with(w))
}

fn in_short_quote(chars: &[char], start: usize, end: usize) -> bool {
    let open = chars[..start].iter().rposition(|&c| c == '“' || c == '”');
    let Some(open) = open.filter(|&o| chars[o] == '“') else { return false };
    let close = chars[end..].iter().position(|&c| c == '”' || c == '“').map(|p| p + end);
    matches!(close, Some(c) if chars[c] == '”' && c - open <= 12)
}

/// Verbs of change or level that 约 may stand before, with the number after them (大约增加了
/// 两万四千种, 约为一万公里): fixed, as the grammar of 约 is.
const VERBS_AFTER_APPROX: [&str; 7] = ["增加", "增长", "减少", "下降", "提高", "达到", "为"];

/// First chars of the words that end in 约 (签约, 节约, 制约, 履约, 预约, 集约): a 约 after one
/// ends the word, it says no "about" of the number after.
const ENDS_IN_YUE: &str = "签节制合履预违特相邀缔契公条集";

/// Whether text, given by its chars from the last back, ends with a word that ends in 约
/// ([`ENDS_IN_YUE`]: 签约, 节约).
pub(crate) fn ends_a_word_in_yue(mut last: impl Iterator<Item = char>) -> bool {
    last.next() == Some('约') && last.next().is_some_and(|c| ENDS_IN_YUE.contains(c))
}

/// Whether the words before `at` are 约 (大约) and one of [`VERBS_AFTER_APPROX`], with 了
/// after it or not.
fn approx_before_verb(chars: &[char], at: usize) -> bool {
    let at = if at > 0 && chars[at - 1] == '了' { at - 1 } else { at };
    VERBS_AFTER_APPROX.iter().any(|v| {
        let n = v.chars().count();
        at > n && chars[at - n - 1] == '约' && chars[at - n..at].iter().copied().eq(v.chars())
    })
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*INDEX_BEFORE,);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_cn("一千二百"), Some(1200.0));
        assert_eq!(parse_cn("十五"), Some(15.0));
        assert_eq!(parse_cn("两"), Some(2.0));
        assert_eq!(parse_cn("一〇五"), Some(105.0));
        assert_eq!(parse_cn("五点五"), Some(5.5));
        assert_eq!(parse_cn("三万"), Some(30000.0));
        assert_eq!(parse_cn("一亿二千万"), Some(120_000_000.0));
        // the trailing 万 of a numeral with an 亿 group is its own: counted in 万
        let s: Vec<char> = "六百四十三亿七千万元".chars().collect();
        assert_eq!(number(&s, 0), Some((6_437_000.0, 8, true)));
        let s: Vec<char> = "二十五亿七千多万元".chars().collect();
        assert_eq!(number(&s, 0), Some((257_000.0, 6, true)));
        let s: Vec<char> = "三万五千亿元".chars().collect();
        assert_eq!(number(&s, 0), Some((35_000.0, 4, true)));
        assert_eq!(parse_cn("一千零五"), Some(1005.0));
        assert_eq!(parse_cn("二十三三"), None);
        assert_eq!(parse_cn("一九九八"), Some(1998.0));
        assert_eq!(parse_cn("点五"), None);
    }

    #[test]
    fn a_typists_letter_for_a_digit_is_read_between_digits_or_before_a_point() {
        let n = |s: &str| number(&s.chars().collect::<Vec<_>>(), 0).map(|(v, e, _)| (v, e));
        assert_eq!(n("4l.38亿"), Some((41.38, 5)));
        assert_eq!(n("l.8倍"), Some((1.8, 3)));
        assert_eq!(n("2l.7%"), Some((21.7, 4)));
        assert_eq!(n("2O1项"), Some((201.0, 3)));
        // not after the number, nor before a digit at its start
        assert_eq!(n("4l项"), Some((4.0, 1)));
        assert_eq!(n("l8项"), None);
    }

    #[test]
    fn a_thousand_that_starts_the_unit_is_no_numeral() {
        let n = |s: &str| number(&s.chars().collect::<Vec<_>>(), 0);
        assert_eq!(n("八十万千瓦"), Some((80.0, 2, true)));
        assert_eq!(n("五万千瓦"), Some((5.0, 1, true)));
        assert_eq!(n("一万二千千瓦"), Some((12_000.0, 4, true)));
        assert_eq!(n("千家万户"), None);
    }

    #[test]
    fn arabic_numbers_with_a_lower_group_are_one_number() {
        let n = |s: &str| number(&s.chars().collect::<Vec<_>>(), 0);
        assert_eq!(n("2万5千公里"), Some((25_000.0, 4, false)));
        assert_eq!(n("1万6千多户"), Some((16_000.0, 4, false)));
        assert_eq!(n("3万2千5百人"), Some((32_500.0, 6, false)));
        // after 亿, the group before 万 is the 万 group, counted in 万
        assert_eq!(n("1亿3千多万。"), Some((13_000.0, 4, false)));
        assert_eq!(n("1亿三千万人"), Some((13_000.0, 4, false)));
        // not a lower group: a unit of 千 (千瓦), a bare number, a year, a decimal
        assert_eq!(n("3万千瓦"), Some((3.0, 1, false)));
        assert_eq!(n("100万2019年"), Some((100.0, 3, false)));
        assert_eq!(n("1.5万3千人"), Some((1.5, 3, false)));
        // a lower group in digits alone (1万2500人; 108亿3038万元, counted in 万)
        assert_eq!(n("1万2500人"), Some((12_500.0, 6, false)));
        assert_eq!(n("108亿3038万元"), Some((1_083_038.0, 8, false)));
        // (not a year, a decimal, a percent, nor five digits)
        assert_eq!(n("5万2018年"), Some((5.0, 1, false)));
        assert_eq!(n("5万12.5%"), Some((5.0, 1, false)));
        assert_eq!(n("5万12345人"), Some((5.0, 1, false)));
        assert_eq!(n("1亿3千人"), Some((1.0, 1, false)));
        assert_eq!(n("2万15千人"), Some((2.0, 1, false)));
    }
}
