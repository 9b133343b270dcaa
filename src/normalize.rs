//! Decoded text -> clean text + a map from each clean char back to the original.
//!
//! What it does, and nothing more: fold full-width digits, Latin letters and the
//! punctuation used inside numbers by width only (no NFKC, which turns ① into 1);
//! ASCII punctuation in Chinese text to its Chinese form (`增长5%,达到` -> `增长5%，达到`);
//! write years in Chinese numerals (一九五七年, 二O一一年) in digits;
//! drop spaces inside lines (`148 个` -> `148个`, `2 6.5%` -> `26.5%`) except one
//! between two Latin words; remove thousands separators; unwrap `PM_{2.5}`; drop
//! page-number lines; and join a paragraph that PDF extraction broke across a blank
//! line or page break. Paragraphs come out one per line.

use crate::config::Chrome;

mod script;
pub use script::Script;

/// Builds this module's table now (see [`script::warm_up`]).
pub(crate) fn warm_up() {
    script::warm_up();
    let _ = &*SITE_MARK;
}

/// Normalised text and, for each of its chars, the char offset in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub offsets: Vec<u32>,
    /// Runs of over [`MAX_UNPUNCTUATED_CHARS`] chars without sentence punctuation, each
    /// cut into paragraphs.
    pub cut: usize,
}

/// The most chars a paragraph runs without sentence punctuation (。！？；). A longer run
/// (a table dump, web text that lost its 。) is cut into paragraphs of its own, after
/// clause punctuation where it has some: what reads the words around a number (the
/// extraction's cues) then reads a bounded stretch, and every stage stays linear in the
/// file. Reports' sentences stay under it (the corpus's longest has 391 chars, the
/// wider corpus's 515: the guiding principles of a five-year plan).
pub const MAX_UNPUNCTUATED_CHARS: usize = 1_000;

/// The most chars a paragraph has: a longer one is cut after a sentence. Reports'
/// paragraphs stay far under it (the longest line of the wider corpus has 6,498).
pub const MAX_PARAGRAPH_CHARS: usize = 20_000;

type Line = Vec<(char, u32)>;

pub fn normalize(original: &str) -> Normalized {
    normalize_with(original, &Chrome::default())
}

/// Drop the page chrome around a scraped report: the paragraphs before the greeting
/// that `chrome.before` matches, and from a paragraph of the last fifth that
/// `chrome.after` matches on (from the first of the matching paragraphs right before it).
fn strip_chrome(chrome: &Chrome, mut paragraphs: Vec<Line>) -> Vec<Line> {
    if chrome.before.is_none() && chrome.after.is_none() {
        return paragraphs;
    }
    // whether the patterns match a paragraph's text
    let matches = |patterns: &Option<regex::Regex>, p: &Line| {
        patterns.as_ref().is_some_and(|r| r.is_match(&p.iter().map(|c| c.0).collect::<String>()))
    };
    let greeting =
        paragraphs.iter().take(80).position(|p| p.iter().map(|c| c.0).take(4).eq("各位代表".chars())).unwrap_or(0);
    let mut k = 0;
    paragraphs.retain(|p| {
        k += 1;
        k > greeting || !matches(&chrome.before, p)
    });
    let n = paragraphs.len();
    if let Some(mut cut) = (n * 4 / 5..n).find(|&i| matches(&chrome.after, &paragraphs[i])) {
        // the trailer of a short page starts before its last fifth (上一篇, 下一篇, 主办单位…)
        while cut > 0 && matches(&chrome.after, &paragraphs[cut - 1]) {
            cut -= 1;
        }
        paragraphs.truncate(cut);
    }
    paragraphs
}

/// Like [`normalize`], and removes web page chrome around the report.
pub fn normalize_with(original: &str, chrome: &Chrome) -> Normalized {
    let lines = split_at_site_marks(split_lines(original, Script::of(original)), original);
    let line_count = lines.len();
    let lines: Vec<Line> = match may_have_spaced_headings(original) {
        true => lines.into_iter().flat_map(split_at_spaced_headings).collect(),
        false => lines,
    };
    // a copy whose lines held headings between spaces lost its line breaks: any of its
    // paragraphs may be several run together
    let run_together = lines.len() > line_count;
    // a text with no 。 at all writes its full stops as points (增长6%．全年…); in one
    // with 。 a point after a word is a misread comma (OCR), left as it is
    let points_end = !original.contains('。');
    let lines: Vec<Line> = match may_be_markdown(original) {
        true => without_front_matter(lines).into_iter().map(without_markdown).collect(),
        false => lines,
    };
    let mut lines: Vec<Line> = lines.into_iter().map(|l| clean_line(l, points_end)).collect();
    drop_line_end_tokens(&mut lines);
    let title = title_over_a_blank(&lines);
    let lines: Vec<Line> = lines.into_iter().filter(|l| !l.is_empty()).collect();
    // (a heading a line ends with, a line of its own before lines are joined)
    let lines: Vec<Line> = match lines.iter().any(|l| tail_heading(l).is_some()) {
        true => lines.into_iter().flat_map(split_tail_heading).collect(),
        false => lines,
    };
    // (a line of digits between words and what numbers are read with is a figure broken
    // out of its sentence, no page number: 实施 / 17 / 个项目; but 共计3.9 / 6 / 亿元, 增长8.2%。
    // / 12 / 人居环境… and 全市常住 / 12 / 人口 are a page's)
    let figures = FigureLines::of(&lines);
    let figure = |i: usize| {
        let after_words = i.checked_sub(1).is_none_or(|k| figures.may_follow(&lines[k]));
        let next = lines.get(i + 1);
        is_number_line(&lines[i])
            && after_words
            && next.is_some_and(|next| goes_on_a_figure(&lines[i], next) && !is_number_line(next))
    };
    let keep: Vec<bool> = (0..lines.len()).map(|i| !is_page_number(&lines[i]) || figure(i)).collect();
    let lines: Vec<Line> = lines.into_iter().zip(keep).filter_map(|(l, k)| k.then_some(l)).collect();
    let lines = drop_running_lines(lines);
    // chrome is dropped line by line first, so that a photo caption is not joined to the
    // header line above it (and dropped with it), then again for chrome broken over lines
    let lines = strip_chrome(&Chrome { before: chrome.before.clone(), after: None }, lines);
    let (paragraphs, cut) =
        bound_paragraphs(unrun(strip_chrome(chrome, join_broken(lines, title, figures)), run_together));
    // sized at once: growing them copied the whole text several times
    let chars = paragraphs.iter().map(Vec::len).sum::<usize>() + paragraphs.len();
    let bytes = paragraphs.iter().flatten().map(|p| p.0.len_utf8()).sum::<usize>() + paragraphs.len();
    let mut text = String::with_capacity(bytes);
    let mut offsets = Vec::with_capacity(chars);
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            offsets.push(p[0].1.saturating_sub(1));
        }
        for &(c, o) in p {
            text.push(c);
            offsets.push(o);
        }
    }
    Normalized { text, offsets, cut }
}

/// Whether a text may be written in Markdown (the copies of public text collections:
/// `## 一、2019年工作回顾`, `**政府工作报告**`): a line opens with # or the text has **.
fn may_be_markdown(original: &str) -> bool {
    // (one pass for either mark: most texts have neither)
    let bytes = original.as_bytes();
    let marked = memchr::memchr2_iter(b'#', b'*', bytes).any(|at| match bytes[at] {
        b'#' => at == 0 || bytes[at - 1] == b'\n',
        _ => bytes.get(at + 1) == Some(&b'*'),
    });
    // a front matter (---, title: …, ---) or a comment, in a copy saved as plain text
    marked
        || original.trim_start_matches('\u{feff}').starts_with("---")
        || memchr::memmem::find(bytes, b"<!--").is_some()
}

/// Lines without a Markdown copy's front matter (---, then `key: value` lines and their
/// lists, ---, at the top), its title (`title: …`) kept as the first line: it is the
/// copy's metadata, not the report's text.
fn without_front_matter(mut lines: Vec<Line>) -> Vec<Line> {
    let text = |l: &Line| l.iter().map(|p| p.0).collect::<String>();
    let Some(open) = lines.iter().position(|l| !text(l).trim().is_empty()) else { return lines };
    let fence = |l: &Line| {
        let t = text(l);
        t.trim_start_matches('\u{feff}').trim() == "---"
    };
    if !fence(&lines[open]) {
        return lines;
    }
    let Some(close) = lines.iter().skip(open + 1).take(40).position(fence).map(|k| open + 1 + k) else { return lines };
    // (every line between is a key, an item of a list, or blank, and one at least a key:
    // YAML's, not a report's: not ---, -- 2021年1月12日在…会议上, --- as rules around a dateline)
    let key = |l: &Line| text(l).trim().split_once(':').is_some_and(|(k, _)| !k.is_empty() && k.is_ascii());
    let yaml = |l: &Line| {
        let t = text(l);
        let t = t.trim();
        t.is_empty() || t.starts_with("- ") || key(l)
    };
    let between = &lines[open + 1..close];
    if !between.iter().all(yaml) || !between.iter().any(key) {
        return lines;
    }
    let title = lines[open + 1..close].iter().find_map(|l| {
        let at = l.iter().position(|p| p.0 != ' ')?;
        let key: String = l[at..].iter().take(6).map(|p| p.0).collect();
        (key == "title:").then(|| l[at + 6..].iter().copied().skip_while(|p| p.0 == ' ').collect::<Line>())
    });
    lines.splice(open..=close, title);
    lines
}

/// A line without its Markdown marks: a heading's #s (## 一、…), a quote's >, bold's **,
/// and nothing of a comment (<!-- … -->). The text is kept as written.
fn without_markdown(line: Line) -> Line {
    let text_at = line.iter().position(|p| !matches!(p.0, ' ' | '\t' | '\u{3000}')).unwrap_or(line.len());
    let rest = &line[text_at..];
    if rest.first().is_some_and(|p| p.0 == '<') && {
        let t: String = rest.iter().map(|p| p.0).collect();
        t.starts_with("<!--") && t.trim_end().ends_with("-->")
    } {
        return Vec::new();
    }
    let hashes = rest.iter().take_while(|p| p.0 == '#').count();
    let marks = match (hashes, rest.first().map(|p| p.0)) {
        (1..=6, _) if rest.get(hashes).is_some_and(|p| matches!(p.0, ' ' | '\t')) => hashes + 1,
        (0, Some('>')) => 1,
        _ => 0,
    };
    let body = &rest[marks..];
    let pairs = body.windows(2).enumerate().filter(|&(i, w)| {
        w[0].0 == '*' && w[1].0 == '*' && (i == 0 || body[i - 1].0 != '*') && body.get(i + 2).is_none_or(|p| p.0 != '*')
    });
    let bold_pairs = pairs.count() % 2 == 0;
    // ***政府工作报告**: a line in bold (and italics) whose marks do not pair, all of it
    let (lead, trail) =
        (body.iter().take_while(|p| p.0 == '*').count(), body.iter().rev().take_while(|p| p.0 == '*').count());
    if lead >= 2 && trail >= 2 && lead + trail < body.len() && !bold_pairs {
        return without_markdown(body[lead..body.len() - trail].to_vec());
    }
    let mut out: Line = Vec::with_capacity(body.len());
    let mut k = 0;
    while k < body.len() {
        // (bold's two, in pairs on the line; not a run of three or more, 以***新时代…, nor
        // one pair alone, 全面**清, which mask a name or a word)
        let stars = body[k..].iter().take_while(|p| p.0 == '*').count();
        if stars == 2 && bold_pairs {
            k += 2;
            continue;
        }
        if stars > 2 {
            out.extend_from_slice(&body[k..k + stars]);
            k += stars;
            continue;
        }
        out.push(body[k]);
        k += 1;
    }
    out
}

/// Whether `original` has a space (any that [`fold_width`] makes one: a tab, an ideographic,
/// a no-break space, U+2002–U+200A) after text and right before a char that may open a
/// numbered heading: only then can [`split_at_spaced_headings`] split a line (most texts
/// have none, and a search of the bytes costs less than a look at every char of every line).
fn may_have_spaced_headings(original: &str) -> bool {
    // (after text on its line: not the indent of a heading at a line's start, 　　一、…)
    let after_text = |at: usize| {
        let space = |c: char| c.is_whitespace() && c != '\n';
        original.get(..at).and_then(|before| before.chars().rev().find(|&c| !space(c))).is_some_and(|c| c != '\n')
    };
    let opens = |after: usize| {
        original
            .get(after..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| matches!(c, '一'..='十' | '(' | '（'))
            && after_text(after)
    };
    let bytes = original.as_bytes();
    // U+2002–U+200A are E2 80 82–8A in UTF-8
    let general = |at: usize| bytes.get(at + 2).is_some_and(|b| (0x82..=0x8A).contains(b)) && opens(at + 3);
    memchr::memchr2_iter(b' ', b'\t', bytes).any(|at| opens(at + 1))
        || ["\u{3000}", "\u{a0}"]
            .iter()
            .any(|sp| memchr::memmem::find_iter(bytes, sp.as_bytes()).any(|at| opens(at + sp.len())))
        || memchr::memmem::find_iter(bytes, b"\xE2\x80").any(general)
}

/// The most chars of a heading [`split_at_spaced_headings`] takes out of a line.
const SPACED_HEADING_CHARS: usize = 24;

/// A line split around each numbered heading that stands between spaces inside it
/// (…增长3.5% 二、今年主要预期目标 全市生产总值…, 　　三、2025年重点工作　　…): a copy that lost
/// its line breaks but kept the spaces that stood for them (a web page's paragraphs run
/// into one line, an infographic's text read out). Only a marker of the first two levels
/// (一、, （一）; not 一、二季度), after text and a space, whose words up to the next space
/// or the line's end are short and hold no stop or comma: the line's spaces are dropped
/// later, and the heading would be read as the opening of the sentence after it.
fn split_at_spaced_headings(line: Line) -> Vec<Line> {
    let spaced =
        |i: usize| line[i].0 == ' ' && line.get(i + 1).is_some_and(|p| matches!(p.0, '一'..='十' | '(' | '（'));
    // (most lines have no space before a numeral)
    if !(1..line.len()).any(spaced) {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 1;
    while i < line.len() {
        match (spaced(i) && ends_a_paragraph(&line[start..i])).then(|| spaced_heading(&line[i + 1..])).flatten() {
            Some(len) => {
                out.push(line[start..i].to_vec());
                out.push(line[i + 1..i + 1 + len].to_vec());
                start = i + 1 + len;
                i = start;
            }
            None => i += 1,
        }
    }
    out.push(line[start..].to_vec());
    out
}

/// Whether `text`, before a space, can be a paragraph that a heading follows: it ends a
/// sentence (。), a figure (增长3.5%, 5%以内, 1.2万人: a digit or percent among its last
/// [`FIGURE_END_CHARS`] chars), or is the copy's title (…政府工作报告, …要点). Not words
/// that go on (一年来 一、年初目标任务 全面完成…: an enumeration inside a sentence).
fn ends_a_paragraph(text: &[(char, u32)]) -> bool {
    let words: Vec<char> = text.iter().map(|p| p.0).filter(|&c| c != ' ').collect();
    let title = |w: &str| words.ends_with(&w.chars().collect::<Vec<_>>());
    match words.last() {
        None => false,
        Some(c) if "。！？；!?;".contains(*c) => true,
        _ => {
            words.iter().rev().take(FIGURE_END_CHARS).any(|&c| c.is_ascii_digit() || c == '%' || c == '‰')
                || ["报告", "要点", "全文"].into_iter().any(title)
        }
    }
}

/// How near its end a paragraph that ends with a figure has its last digit (5%以内, 1.2万人,
/// 100亿元以上).
const FIGURE_END_CHARS: usize = 6;

/// The length of the heading that opens `rest` when [`split_at_spaced_headings`] takes it
/// out: its marker and words up to a space or the end.
fn spaced_heading(rest: &[(char, u32)]) -> Option<usize> {
    if !opens_heading(rest) {
        return None;
    }
    let len = rest.iter().take(SPACED_HEADING_CHARS + 1).position(|p| p.0 == ' ').unwrap_or(rest.len());
    let words = &rest[..len];
    let stops = |c: char| matches!(c, '。' | '，' | '；' | '！' | '？' | ',' | ';' | '!' | '?' | '%');
    ((4..=SPACED_HEADING_CHARS).contains(&len) && !words.iter().any(|p| stops(p.0))).then_some(len)
}

fn split_lines(original: &str, script: Script) -> Vec<Line> {
    // each line's buffer sized before its chars are pushed, so it never grows: the chars
    // up to the next '\n' (the other line breaks are rare, and only cut a line shorter)
    let line_chars = |from: usize| {
        let rest = &original[from..];
        rest[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())].chars().count()
    };
    let mut lines = vec![Vec::with_capacity(line_chars(0))];
    for (i, (at, c)) in original.char_indices().enumerate() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0C}' => lines.push(Vec::with_capacity(line_chars(at + c.len_utf8()))),
            // (a NUL is a stray byte of a damaged file: decoding warned about it)
            '\r' | '\0' | '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{00AD}' => {}
            '年' => {
                let line = lines.last_mut().expect("never empty");
                fold_cn_year(line);
                fold_year_count(line, &original[at + c.len_utf8()..]);
                line.push((c, i as u32));
            }
            _ => lines.last_mut().expect("never empty").push((script.fold(fold_width(c)), i as u32)),
        }
    }
    lines
}

/// A year in Chinese numerals just before 年 (一九五七, 二〇二六, 二O一一 with a letter
/// or digit for zero) -> Arabic digits, char for char, so that every stage reads one
/// way of writing years. Only 19xx and 20xx: 十一五年 or 三五年 are no years.
fn fold_cn_year(line: &mut [(char, u32)]) {
    let n = line.len();
    if n < 4 {
        return;
    }
    let digit = |c: char| match c {
        '〇' | '零' | '○' | 'O' | '0' => Some('0'),
        _ => crate::extract::number::cn_digit(c).and_then(|d| char::from_digit(d, 10)),
    };
    let year = &line[n - 4..];
    let century = matches!((year[0].0, year[1].0), ('一', '九') | ('二', '〇' | '零' | '○' | 'O' | '0'));
    let longer = n > 4 && (digit(line[n - 5].0).is_some() || matches!(line[n - 5].0, '十' | '百' | '千'));
    if !century || longer || year.iter().any(|&(c, _)| digit(c).is_none() || c == '两') {
        return;
    }
    for p in &mut line[n - 4..] {
        p.0 = digit(p.0).unwrap_or(p.0);
    }
}

/// A count of years back in digits just before 年 (过去5年, 近10年, 5年来, 5年间) -> Chinese
/// numerals (过去五年, 近十年), as reports mostly write it, so that every stage reads one
/// way of writing the years a review looks back over. Only 1 to 10, with a word of the last
/// years before it (过去, 近, 这, 连续, 最近) or after it (来, 间, 中, 里, 共, 累计, 以来);
/// not a year (2015年来), an ordinal (第5年), a span of a plan (5年行动) nor years ahead
/// (5年内, 未来5年: an aim's, as digits they stay).
fn fold_year_count(line: &mut Line, after: &str) {
    const BEFORE: [&str; 5] = ["过去", "近", "这", "连续", "最近"];
    const AFTER: [&str; 10] = ["来", "間", "间", "中", "里", "裡", "裏", "共", "累计", "以来"];
    let digits = line.iter().rev().take_while(|p| p.0.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return;
    }
    let at = line.len() - digits;
    let count: u32 = line[at..].iter().fold(0, |n, p| n * 10 + p.0.to_digit(10).unwrap_or(0));
    let word_before = |w: &str| {
        let n = w.chars().count();
        at >= n && line[at - n..at].iter().map(|p| p.0).eq(w.chars())
    };
    let glued = at > 0 && (line[at - 1].0.is_ascii_alphanumeric() || matches!(line[at - 1].0, '.' | '第' | '-'));
    // (09年以来, 10年以来: a year in two digits, since 2009 or 2010; a count of ten only after
    // a word of the last years, 近10年)
    let said_back = BEFORE.iter().any(|w| word_before(w));
    let year_in_two = digits == 2 && !said_back;
    let counted = said_back || AFTER.iter().any(|w| after.starts_with(w));
    if !(1..=10).contains(&count) || glued || year_in_two || !counted {
        return;
    }
    let numeral = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][count as usize - 1];
    let first = line[at].1;
    line.truncate(at);
    line.push((numeral, first));
}

/// Full-width digits, Latin letters and number punctuation to ASCII. Chinese
/// punctuation (，：；（）！？) is left as it is: it is part of the text.
#[inline]
pub fn fold_width(c: char) -> char {
    // most chars of a report (Han, and the punctuation before U+FF01) fold to
    // themselves: one comparison instead of the match's ranges
    if ('\u{3001}'..'\u{FF01}').contains(&c) {
        return c;
    }
    match c {
        '０'..='９'
        | 'Ａ'..='Ｚ'
        | 'ａ'..='ｚ'
        | '％'
        | '．'
        | '－'
        | '～'
        | '＋'
        | '／'
        | '＝'
        | '＜'
        | '＞'
        | '＿'
        | '｛'
        | '｝'
        | '＾' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // (℅, the care-of sign, is typed for a percent: 增长15℅)
        '℅' => '%',
        '\u{3000}' | '\u{00A0}' | '\t' | '\u{2002}'..='\u{200A}' => ' ',
        _ => c,
    }
}

/// ASCII punctuation in Chinese text (web copies: 比上年增长10.1%,人均地区生产总值超过1万美元;
/// 财政收入(不含基金)2.01亿元) to the Chinese form every later stage reads, one char for one:
/// `, ; : ? !` beside a Chinese char (a comma also between a percent and a digit: 增长5%,6%);
/// a bracket with its pair when it follows a Han char or holds one. Not `1,234`
/// (a separator, dropped after), `10:30` or `PM(2.5)`.
fn fold_ascii_punctuation(line: &mut Line) {
    let chinese = |k: Option<usize>| k.and_then(|k| line.get(k)).is_some_and(|p| is_chinese_text(p.0));
    let mut folds: Vec<(usize, char)> = Vec::new();
    for (i, &(c, _)) in line.iter().enumerate() {
        if !matches!(c, ',' | ';' | ':' | '?' | '!' | '(') {
            continue;
        }
        let beside = chinese(i.checked_sub(1)) || chinese(Some(i + 1));
        let wide = match c {
            ',' if is_thousands_comma(line, i) => continue,
            ',' if beside
                || (i > 0 && line[i - 1].0 == '%' && line.get(i + 1).is_some_and(|p| p.0.is_ascii_digit())) =>
            {
                '，'
            }
            // (8%; ending a line: a figure's clause in a Chinese list, the line broken after it)
            ';' if beside || (i + 1 == line.len() && i > 0 && line[i - 1].0 == '%') => '；',
            ':' if beside => '：',
            '?' if beside => '？',
            '!' if beside => '！',
            '(' => {
                // its pair: the next ')' before another '(' on the line
                let Some(close) = line[i + 1..].iter().position(|p| matches!(p.0, '(' | ')')).map(|k| i + 1 + k) else {
                    continue;
                };
                let han = |k: usize| line.get(k).is_some_and(|p| crate::ingest::decode::is_cjk(p.0));
                let inside = line[i + 1..close].iter().any(|p| crate::ingest::decode::is_cjk(p.0));
                if line[close].0 == ')' && (inside || (i > 0 && han(i - 1))) {
                    folds.push((close, '）'));
                    '（'
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        folds.push((i, wide));
    }
    for (i, wide) in folds {
        line[i].0 = wide;
    }
}

/// A Han char or Chinese punctuation (、。“”《》，：（）…).
fn is_chinese_text(c: char) -> bool {
    crate::ingest::decode::is_cjk(c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF01}'..='\u{FF1F}').contains(&c)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—')
}

/// A circled number (① … ⑳), the mark of a note or of a list's item.
fn is_circled(c: char) -> bool {
    ('\u{2460}'..='\u{2473}').contains(&c)
}

/// A line cleaned: spaces, thousands separators and notes' marks inside words out; a
/// point after a word a full stop when `points_end` ([`is_full_stop`]).
fn clean_line(line: Line, points_end: bool) -> Line {
    let mut line = without_ruby(unwrap_braces(line));
    // most lines have none of these: returned as they are, not copied
    let digit_at = |k: usize| line.get(k).is_some_and(|p| p.0.is_ascii_digit());
    // (most chars are Han: one test sends them past the ASCII ones)
    if !line.iter().enumerate().any(|(i, &(c, _))| {
        if c.is_ascii() {
            matches!(c, ' ' | ',' | ';' | ':' | '(' | ')' | '?' | '!') || c == '.' && i > 0 && !digit_at(i - 1)
        } else {
            c == '，' && digit_at(i + 1) || is_circled(c) || is_middle_dot(c)
        }
    }) {
        return line;
    }
    fold_ascii_punctuation(&mut line);
    let han_at = |k: usize| line.get(k).is_some_and(|p| crate::ingest::decode::is_cjk(p.0));
    let mut out: Line = Vec::with_capacity(line.len());
    for (i, &(c, o)) in line.iter().enumerate() {
        if points_end && c == '.' && is_full_stop(&line, i) {
            out.push(('。', o));
            continue;
        }
        // 规模以上工业①增加值: a note's mark inside a word (a PDF's footnote), not text
        if is_circled(c) && i > 0 && han_at(i - 1) && han_at(i + 1) {
            continue;
        }
        if c == ' ' {
            // keep one space between two Latin words ("Made in China"), nothing else
            let prev = out.last().map(|p| p.0);
            let next = line[i + 1..].iter().map(|p| p.0).find(|&n| n != ' ');
            let between_words =
                matches!((prev, next), (Some(p), Some(n)) if p.is_ascii_alphabetic() && n.is_ascii_alphabetic());
            if between_words && prev != Some(' ') {
                out.push((c, o));
            }
            continue;
        }
        if (c == ',' && is_thousands_comma(&line, i)) || (c == '，' && is_wide_thousands_comma(&line, i)) {
            continue;
        }
        if is_middle_dot(c) && is_decimal_dot(&line, i) {
            out.push(('.', o));
            continue;
        }
        out.push((c, o));
    }
    out
}

/// A middle dot (·, ・, •), which some typeset copies of the 1990s and 2000s write for the
/// decimal point (国内生产总值881·2亿元, 增长13·06%).
fn is_middle_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '•')
}

/// Whether the middle dot at `i` is a decimal point: digits on both sides and a unit or a
/// scale right after the digits (881·2亿元, 22·5%, 8·2个百分点). Not a date's dot, which a
/// name or a quote follows (“5·12”汶川特大地震, 7·20特大暴雨, 3·15晚会).
fn is_decimal_dot(line: &[(char, u32)], i: usize) -> bool {
    const UNIT_OPENINGS: &str = "%‰亿万千百元倍个吨公平人户斤亩米美台辆家项所座套件";
    let digit = |k: usize| line.get(k).is_some_and(|p| p.0.is_ascii_digit());
    if i == 0 || !digit(i - 1) || !digit(i + 1) {
        return false;
    }
    let after = line[i + 1..].iter().map(|p| p.0).find(|c| !c.is_ascii_digit());
    after.is_some_and(|c| UNIT_OPENINGS.contains(c))
}

/// A point after a Chinese word (or a percent, or a closing bracket or quote) and before
/// Chinese text, a quote or the line's end ends a sentence, in a text without 。: pages
/// and copies that write `．` or `.` for 。(增长6.5%．全年…). Not a decimal point, nor
/// one after Latin (No.1).
fn is_full_stop(line: &[(char, u32)], i: usize) -> bool {
    // a heading's number (二．今年主要工作, 十一．): the line opens with it (at most 4 chars
    // looked at, so that a long line of points stays linear)
    let opening = line[..i].iter().skip_while(|p| p.0.is_whitespace()).take(4);
    if i > 0 && opening.clone().count() <= 3 && opening.clone().all(|p| "一二三四五六七八九十".contains(p.0))
    {
        return false;
    }
    let before = i.checked_sub(1).map(|k| line[k].0);
    let after = line.get(i + 1).map(|p| p.0);
    let word = |c: char| crate::ingest::decode::is_cjk(c) || matches!(c, '%' | '）' | '”' | '’' | '」');
    before.is_some_and(word)
        && after.is_none_or(|c| crate::ingest::decode::is_cjk(c) || matches!(c, ' ' | '“' | '”' | '‘' | '（'))
}

/// `1,234` (a comma between a digit and exactly three digits) is a separator.
fn is_thousands_comma(line: &[(char, u32)], i: usize) -> bool {
    let digit = |k: usize| line.get(k).is_some_and(|p| p.0.is_ascii_digit());
    i > 0 && digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)
}

/// `3，989亿斤` (reports of the 1950s, and typed copies since, separate thousands with a
/// full-width comma): a separator when one to three digits stand before it and exactly
/// three after, as in a whole number's groups (`12，345，678`). A clause comma between
/// two numbers has a unit or a sign first (`增长8%，100个`, `2019年，2020年`), and a
/// year before it has four digits.
fn is_wide_thousands_comma(line: &[(char, u32)], i: usize) -> bool {
    let digit = |k: usize| line.get(k).is_some_and(|p| p.0.is_ascii_digit());
    let before = line[..i].iter().rev().take_while(|p| p.0.is_ascii_digit()).count();
    let group_start = i - before;
    let lead = group_start.checked_sub(1).map(|k| line[k].0);
    (1..=3).contains(&before)
        && !matches!(lead, Some('.'))
        && digit(i + 1)
        && digit(i + 2)
        && digit(i + 3)
        && !digit(i + 4)
}

/// `PM_{2.5}` and `m^{2}` (TeX left by PDF converters) -> `PM2.5`, `m2`.
fn unwrap_braces(line: Line) -> Line {
    if !line.iter().any(|&(c, _)| c == '_' || c == '^') {
        return line;
    }
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let (c, _) = line[i];
        if (c == '_' || c == '^') && line.get(i + 1).is_some_and(|p| p.0 == '{') {
            if let Some(close) = line[i + 2..].iter().take(12).position(|p| p.0 == '}') {
                out.extend_from_slice(&line[i + 2..i + 2 + close]);
                i += close + 3;
                continue;
            }
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

/// 實(shí)現(xiàn)生(shēng)產(chǎn)總值: a page that annotates its chars with their pinyin in brackets
/// (a reading aid some sites add). The annotation (letters with at least one tone mark, after
/// a Chinese char) is no text of the report, and is dropped.
fn without_ruby(line: Line) -> Line {
    if !line.iter().any(|&(c, _)| is_toned(c)) {
        return line;
    }
    let mut out = Vec::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let (c, _) = line[i];
        let after_han = out.last().is_some_and(|p: &(char, u32)| crate::ingest::decode::is_cjk(p.0));
        if after_han && matches!(c, '(' | '（') {
            let inside = line[i + 1..].iter().take(8).position(|p| matches!(p.0, ')' | '）'));
            let word = inside.map(|n| &line[i + 1..i + 1 + n]).filter(|w| !w.is_empty());
            let pinyin = word.is_some_and(|w| {
                w.iter().all(|p| p.0.is_ascii_lowercase() || is_toned(p.0)) && w.iter().any(|p| is_toned(p.0))
            });
            if let (true, Some(n)) = (pinyin, inside) {
                i += n + 2;
                continue;
            }
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

/// A pinyin vowel with its tone mark, or ü (all between U+00E0 and U+01DC: most chars of a
/// report are outside, at one comparison).
fn is_toned(c: char) -> bool {
    ('\u{E0}'..='\u{1DC}').contains(&c) && "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// `- 3 -`, `—12—`, `第3页`, `第3页 共12页`, `3/12` and bare numbers alone on a line are
/// page furniture: the forms the PDF reader drops at a page's edge
/// ([`crate::ingest::pdf::layout::is_page_number`]).
fn is_page_number(line: &[(char, u32)]) -> bool {
    // a char that can be neither furniture nor the number: most lines, at once
    let furniture = |c: char| {
        matches!(c, '-' | '—' | '–' | '－' | ' ' | '·' | '•' | '第' | '页' | '共' | '/' | '(' | ')' | '（' | '）')
            || c.is_ascii_digit()
    };
    if line.len() > 24 || !line.iter().all(|&(c, _)| furniture(c)) {
        return false;
    }
    let s: String = line.iter().map(|p| p.0).collect();
    crate::ingest::pdf::layout::is_page_number(&s)
}

/// The most times a short line may recur before it is read as a running header or
/// footer copied with the text of PDF pages (政府工作报告, 某市人民政府公报, 2023年第2期).
const RUNNING_LINE_REPEATS: usize = 3;

/// Lines that recur, the same but for their digits, at least [`RUNNING_LINE_REPEATS`]
/// times, short and without sentence punctuation or a heading's number: the running
/// headers and footers of the pages a text was copied from, dropped as the PDF reader
/// drops them. They break a paragraph where they stand, and one that names the plan
/// year would read as a heading. A line that recurs only before the greeting
/// (各位代表：) is none: a saved web page repeats its title (the page's title, the
/// article's heading, the report's own title line), and it is the report's title.
fn drop_running_lines(mut lines: Vec<Line>) -> Vec<Line> {
    let key = |l: &Line| -> Option<String> {
        let short = l.len() <= 30 && l.iter().filter(|p| crate::ingest::decode::is_cjk(p.0)).count() >= 2;
        let punctuated =
            l.iter().any(|p| matches!(p.0, '。' | '！' | '？' | '；' | '：' | '，' | '!' | '?' | ':' | ';' | ','));
        (short && !punctuated && !is_salutation(l) && !starts_heading(l))
            .then(|| l.iter().map(|p| p.0).filter(|c| !c.is_ascii_digit() && !c.is_whitespace()).collect())
    };
    let greeting = greeting(&lines);
    // (times in all, times after the greeting)
    let mut counts: rustc_hash::FxHashMap<String, (usize, usize)> = Default::default();
    for (i, l) in lines.iter().enumerate() {
        if let Some(k) = key(l) {
            let count = counts.entry(k).or_default();
            count.0 += 1;
            count.1 += usize::from(greeting.is_none_or(|g| i > g));
        }
    }
    let running = |&(all, after): &(usize, usize)| all >= RUNNING_LINE_REPEATS && after >= 2;
    if !counts.values().any(running) {
        return lines;
    }
    lines.retain(|l| key(l).is_none_or(|k| !running(&counts[&k])));
    lines
}

/// The line of the greeting that ends the title block, among the first 80 (as for the
/// chrome).
fn greeting(lines: &[Line]) -> Option<usize> {
    lines.iter().take(80).position(is_salutation)
}

/// 各位代表 opens a part of the speech, however often.
fn is_salutation(l: &Line) -> bool {
    l.iter().map(|p| p.0).filter(|c| !c.is_whitespace()).take(4).eq("各位代表".chars())
}

/// Chars that end a paragraph; a line ending otherwise may continue on the next. A
/// closing quote or bracket counts only when nothing stands before its group.
fn closes_paragraph(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '：' | '…' | '!' | '?' | ';' | ':') || closing(c)
}

/// Closing quotes and brackets.
fn closing(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"')
}

/// The char that says whether a line ends: its last, or for a line that ends with a
/// closing quote the char inside it (`…。”` ends, `“十四五”` goes on), for one that ends
/// with a bracketed group the char before the group (`（GDP）` and `（含灵活就业）` mid-
/// sentence go on, `…。（⑵⑶）` with its notes ends).
fn open_end(line: &[(char, u32)]) -> Option<char> {
    let mut end = line.len();
    while let Some(k) = end.checked_sub(1) {
        let c = line[k].0;
        end = match c {
            '）' | ')' => opening_bracket(&line[..k]).unwrap_or(0),
            c if closing(c) => k,
            _ => return Some(c),
        };
    }
    line.last().map(|p| p.0)
}

/// Where the bracket that the one after `before` closes opens.
fn opening_bracket(before: &[(char, u32)]) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &(c, _)) in before.iter().enumerate().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' if depth == 0 => return Some(k),
            '（' | '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether `c` is a bullet that opens an item of a list (■ ● ◆ ▲ ★ …).
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '■' | '□' | '●' | '○' | '◆' | '◇' | '▲' | '△' | '★' | '☆' | '►' | '▶' | '•' | '※')
}

/// A line that starts with a bullet ([`is_bullet`]) starts an item of a list.
fn starts_item(line: &[(char, u32)]) -> bool {
    line.first().is_some_and(|p| is_bullet(p.0))
}

/// Units numbers are read with (17个, 3.2万户, 58亿元): a figure never follows one (亿元 / 8.5
/// are a table's cells).
const UNITS: &str = "个人万亿元家项户座条所名次倍千百%‰";

/// Whether a figure on the next line may go on `prev` (a PDF's copy that puts every figure
/// on a line of its own: 地区生产总值增长 / 8%; 2019 / 年 / 12 / 月): it ends with a word that
/// is no unit, or with 年 or 月 after a digit (a date's parts), and is no numbered heading.
/// Not after a stop, a comma, a digit or a unit (…增长3.7%， / 18 / 年均增长… holds a page's number).
fn takes_a_figure(prev: &[(char, u32)]) -> bool {
    let n = prev.len();
    let Some(&(end, _)) = prev.last() else { return false };
    // (年 alone on its line: a date's part broken out too, 2019 / 年 / 12)
    let date_part = matches!(end, '年' | '月') && (n == 1 || prev[n - 2].0.is_ascii_digit());
    let word = crate::ingest::decode::is_cjk(end) && !UNITS.contains(end) && !matches!(end, '年' | '月');
    let heading = || crate::segment::heading_marker(&prev.iter().take(6).map(|p| p.0).collect::<String>()).is_some();
    (date_part || word) && !heading()
}

/// How a text's lines that are only a figure are read: a copy with many (a PDF's that
/// broke every figure out of its sentence: one line in [`FIGURE_COPY_SHARE`] or more) puts
/// them after commas too (…取得决定性成果， / 17 / 个贫困村…), where in another text a line of
/// digits after a comma is a page's number (…8.6万人， / 15 / 人均地区生产总值…).
#[derive(Clone, Copy)]
struct FigureLines {
    figure_copy: bool,
}

/// One line in this many or more a figure alone: a copy that broke out every figure.
const FIGURE_COPY_SHARE: usize = 6;

impl FigureLines {
    fn of(lines: &[Line]) -> FigureLines {
        let figures = lines.iter().filter(|l| is_number_line(l)).count();
        FigureLines { figure_copy: figures >= 5 && figures * FIGURE_COPY_SHARE >= lines.len() }
    }

    /// Whether a figure on the next line may go on `prev`: [`takes_a_figure`]; in a copy of
    /// figures broken out, after a comma or a colon too; after a date line's dashes always
    /// (── / 2019 / 年…).
    fn may_follow(self, prev: &[(char, u32)]) -> bool {
        let end = prev.last().map(|p| p.0);
        takes_a_figure(prev)
            || (self.figure_copy && matches!(end, Some('，' | '、' | '：' | ',' | ':')))
            || (!prev.is_empty() && prev.iter().all(|p| matches!(p.0, '─' | '—' | '-' | '－')))
    }
}

/// Whether `next` goes on `figure`, a figure on a line of its own: after digits, a unit,
/// a date's part or punctuation (17 / 个贫困村, 2019 / 年); after a percent, punctuation only
/// (8.2% / 年初确定的目标… is a new sentence); and a list or range's word (5.2% / 和 / 7.1%).
fn goes_on_a_figure(figure: &[(char, u32)], next: &[(char, u32)]) -> bool {
    let Some(&(open, _)) = next.first() else { return false };
    // (and a bound after it: 7% / 左右, 以上, 以内)
    let joins = "，。；、：）”和至到—～-左以".contains(open);
    match figure.last().map(|p| p.0) {
        Some(c) if c.is_ascii_digit() => joins || UNITS.contains(open) || matches!(open, '年' | '月' | '日'),
        Some('%' | '‰') => joins,
        _ => false,
    }
}

/// A line that is only a number (17, 0.47%, 8%;): a figure a PDF's copy broke out of its
/// sentence. (Not a date written with points, 2024.1.10, nor an item's number, 1.)
fn is_number_line(line: &[(char, u32)]) -> bool {
    line.len() <= 12
        && line.first().is_some_and(|p| p.0.is_ascii_digit())
        && line.iter().filter(|p| p.0 == '.').count() <= 1
        && line.last().is_some_and(|p| p.0 != '.')
        && line.iter().all(|p| p.0.is_ascii_digit() || matches!(p.0, '.' | '%' | '‰' | ';' | ',' | '；' | '，' | '。'))
}

fn starts_heading(line: &[(char, u32)]) -> bool {
    let s: String = line.iter().take(6).map(|p| p.0).collect();
    crate::segment::heading_marker(&s).is_some() || s.starts_with("——") || s.starts_with('—')
}

/// Whether no line continues `line`, which is followed by `next`: a heading alone, or a
/// heading and its paragraph's first sentences that a wrap did not cut between two chars
/// or digits (（一）县域经济较快发展，综合实力越来越强。2016年，全县生产总值34 / 0亿元 goes
/// on; …。全县地区生产总值增长6% / 全县… is a paragraph's end).
fn heading_alone(line: &[(char, u32)], next: &[(char, u32)], width: impl FnOnce() -> Option<usize>) -> bool {
    if !starts_heading(line) {
        return false;
    }
    let sentence = line.iter().any(|p| matches!(p.0, '。' | '！' | '？' | '；'));
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let word = |c: char| han(c) || c.is_ascii_digit();
    let cut = match (line.last().map(|p| p.0), next.first().map(|p| p.0)) {
        (Some(a), Some(b)) => word(a) && word(b),
        _ => false,
    };
    // (a paragraph opened by a dash, ——过去的五年，是…的五年。…全县生产总值由“十五”末的 / 12.8亿元…:
    // sentences and a cut word, never a heading's length)
    let dashed = line.first().is_some_and(|p| p.0 == '—') && line.len() >= DASHED_PARAGRAPH_CHARS;
    // (a copy wrapped at a fixed width: the line is as wide as the copy's lines are; not
    // （三）项目建设。全年实施重点项目180个，完成投资230亿元, a paragraph of its own)
    !(sentence && cut && (dashed || width().is_some_and(|w| display_width(line) + FIRST_LINE_SLACK >= w)))
}

/// The chars a line opened by a dash has at least when it is a paragraph's text rather than
/// a heading or the date line under a title (——2021年1月6日在某县第十七届人民代表大会第五次会议上).
const DASHED_PARAGRAPH_CHARS: usize = 40;

/// Columns a paragraph's first line may fall short of the wrap's width: its indent (two
/// Chinese chars, dropped with the other spaces), and as much again for the chars a wrap
/// did not fit in (承德's copy: lines of 58 columns, a first line of 52).
const FIRST_LINE_SLACK: usize = 8;

/// A line's width as a fixed-width page shows it: a Chinese char two columns, an ASCII
/// char (a digit, a Latin letter) one.
fn display_width(line: &[(char, u32)]) -> usize {
    line.iter().map(|p| if p.0.is_ascii() { 1 } else { 2 }).sum()
}

/// The width a copy's lines were wrapped at: the width that most of its lines of at least
/// 32 columns reach to within two columns (a wrap leaves a column or two free where a
/// Chinese char would not fit), when at least three and a third of them do; a copy that
/// was not wrapped has lines of every width.
fn wrap_width(widths: &[usize]) -> Option<usize> {
    let mut long: Vec<usize> = widths.iter().copied().filter(|&n| n >= 32).collect();
    long.sort_unstable();
    // (sorted: the lines within two columns below `w` are a run that ends at w's last)
    let (width, full) = long
        .iter()
        .map(|&w| (w, long.partition_point(|&n| n <= w) - long.partition_point(|&n| n + 2 < w)))
        .max_by_key(|&(w, n)| (n, w))?;
    (full >= 3 && full * 3 >= long.len()).then_some(width)
}

/// 公文搜's copies run into one line, each of the page's lines ended by the site's mark and
/// spaces (…政府工作报告C6m   2021年1月6日在某县…会议上C6m   各位代表：C6m   …): the mark, three
/// ASCII letters or digits (not all capitals nor all digits) that at least three times follows
/// a Chinese char or mark and comes before two spaces or more, ends a line there.
fn split_at_site_marks(lines: Vec<Line>, original: &str) -> Vec<Line> {
    // (memchr's search: a report's text is long, and most have no run of spaces)
    if memchr::memmem::find(original.as_bytes(), b"   ").is_none() {
        return lines;
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for c in SITE_MARK.captures_iter(original) {
        let mark = c.get(1).map_or("", |m| m.as_str());
        if is_site_mark(mark.chars()) {
            *counts.entry(mark).or_default() += 1;
        }
    }
    let Some((mark, _)) = counts.into_iter().filter(|&(_, n)| n >= 3).max_by_key(|&(_, n)| n) else {
        return lines;
    };
    let mark: Vec<char> = mark.chars().collect();
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut from = 0;
        let mut k = 1;
        while k + mark.len() <= line.len() {
            let here =
                !line[k - 1].0.is_ascii() && line[k..k + mark.len()].iter().map(|p| p.0).eq(mark.iter().copied());
            let spaces = if here { line[k + mark.len()..].iter().take_while(|p| p.0 == ' ').count() } else { 0 };
            if here && (spaces >= 2 || k + mark.len() == line.len()) {
                out.push(line[from..k].to_vec());
                from = k + mark.len() + spaces;
                k = from + 1;
            } else {
                k += 1;
            }
        }
        out.push(line[from.min(line.len())..].to_vec());
    }
    out
}

/// Whether three chars may be a site's mark: ASCII letters or digits, neither all capitals (GDP,
/// CPI, APP: words) nor all digits (a number).
fn is_site_mark(mut mark: impl Iterator<Item = char> + Clone) -> bool {
    mark.clone().all(|c| c.is_ascii_alphanumeric())
        && !mark.clone().all(|c| c.is_ascii_uppercase())
        && !mark.all(|c| c.is_ascii_digit())
}

/// A site's mark in a line: a Chinese char or mark, three ASCII letters or digits, two spaces.
static SITE_MARK: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"[^\x00-\x7F]([A-Za-z0-9]{3})  ").expect("valid regex"));

/// A site's marks at the ends of lines (公文搜's copies: 第十五届PZl, 增长3.8%。v7R, heK): three
/// ASCII letters or digits, not all capitals (GDP, CPI, APP stay), right after a Chinese char
/// or mark. Dropped when at least three lines end so: one alone may be a word.
fn drop_line_end_tokens(lines: &mut [Line]) {
    let token = |line: &Line| {
        let n = line.len();
        n > 3 && !line[n - 4].0.is_ascii() && is_site_mark(line[n - 3..].iter().map(|p| p.0))
    };
    let marked: Vec<usize> = (0..lines.len()).filter(|&i| token(&lines[i])).collect();
    if marked.len() < 3 {
        return;
    }
    for i in marked {
        let n = lines[i].len();
        lines[i].truncate(n - 3);
    }
}

/// The offset of a text's first line when a blank line stands under it and it reads as a
/// title (a web page's headline over its story): at most 30 chars, no sentence ended in it,
/// not the greeting (现在，我代表…); for [`join_broken`]. A copy's first line of text, cut
/// at the page's width, is longer.
fn title_over_a_blank(lines: &[Line]) -> Option<u32> {
    let first = lines.iter().position(|l| !l.is_empty())?;
    let line = &lines[first];
    let ended = line.iter().any(|p| matches!(p.0, '。' | '；' | '！' | '？'));
    let opening: String = line.iter().take(2).map(|p| p.0).collect();
    let greeting = opening == "现在" || opening == "各位";
    // (a body's first sentence, cut: 过去一年，全县地区生产总值增长6.2%，一般公共预算收 /
    // 2023年是…的开局之年，全: a time said for it, or clauses one after another)
    let text: String = line.iter().map(|p| p.0).collect();
    let body = text.contains("年，") || text.contains("年是") || text.matches('，').count() > 1;
    let title = line.len() <= 30 && !ended && !greeting && !body;
    (title && lines.get(first + 1).is_some_and(Vec::is_empty)).then(|| line[0].1)
}

/// Join lines that PDF extraction broke mid-paragraph: a line ending in ，or 、
/// always continues; one ending in a character or digit continues when it is long
/// (headings are short) and the next line does not start a heading. A figure on a line of
/// its own goes back between the words around it ([`FigureLines::may_follow`],
/// [`goes_on_a_figure`]).
fn join_broken(lines: Vec<Line>, title: Option<u32>, figures: FigureLines) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // the lines before the greeting, when there is one
    let greeting = greeting(&lines).unwrap_or(0);
    // the wrap's width worked out only at a heading's line that a sentence ends in (most
    // reports: never), from the lines' widths
    let widths: Vec<usize> = lines.iter().map(|l| display_width(l)).collect();
    let width = std::cell::OnceCell::new();
    // which lines are figures on their own, and the last figure joined (what may follow it)
    let numbers: Vec<bool> = lines.iter().map(|l| is_number_line(l)).collect();
    let mut figure: Option<Line> = None;
    for (i, line) in lines.into_iter().enumerate() {
        let title_block = i < greeting;
        let first = out.len() == 1;
        let number = numbers[i];
        let after = figure.take();
        if let Some(prev) = out.last_mut() {
            // a figure on a line of its own goes with the words before it (…地区生产总值增长 /
            // 8%; 财政收入增长 / 10%;), and what follows it with the figure (17 / 个贫困村…),
            // but never two figures together (a table's cells)
            let figure_joins = number && figures.may_follow(prev) && !numbers.get(i + 1).copied().unwrap_or(false);
            let after_figure = after.as_ref().is_some_and(|f| goes_on_a_figure(f, &line));
            if figure_joins || after_figure {
                if figure_joins {
                    figure = Some(line.clone());
                }
                prev.extend(line);
                continue;
            }
            let last = open_end(prev).unwrap_or('。');
            // a short line without punctuation after it is a signature or heading
            let next_is_text =
                line.len() >= 16 || line.last().is_some_and(|p| matches!(p.0, '。' | '！' | '？' | '；'));
            // mid-sentence: after a comma, or a long line's word or number (not a rule of ====)
            let word = matches!(last, '\u{4E00}'..='\u{9FFF}' | '0'..='9' | '%');
            let open = matches!(last, '，' | '、' | ',') || (word && prev.len() >= 20);
            // the report's title, an issue or a gazette's name, once, between the halves of
            // a sentence: a running head the copy kept (see `segment::is_running_head`)
            // (not before the greeting: a line of the congress's papers, 某市第九届人民代表大会
            // 第四次会议文件（2）, stands over the report's title)
            if open
                && !title_block
                && line.len() <= 30
                && crate::segment::is_running_head(&line.iter().map(|p| p.0).collect::<String>())
            {
                continue;
            }
            // (a text's first line over a blank line is its title, never a sentence's half:
            // a news story's headline, 地区生产总值增长5.6%以上，某区描绘2025年发展蓝图)
            // (nor is a line over the greeting that ends naming the work report: (福建省)
            // 2019年某县人民政府工作报告(全文) over a copy of itself)
            let titled = (first
                && !matches!(last, '，' | '、' | ',')
                && title.is_some_and(|t| prev.first().is_some_and(|p| p.1 == t)))
                || (title_block && ends_naming_the_work_report(prev));
            let continues = !titled
                && (matches!(last, '，' | '、' | ',')
                    || (!closes_paragraph(last)
                        && prev.len() >= 20
                        && next_is_text
                        && !heading_alone(prev, &line, || *width.get_or_init(|| wrap_width(&widths)))
                        && !starts_heading(&line)
                        && !starts_item(&line)));
            if continues {
                prev.extend(line);
                continue;
            }
        }
        // (a text's first line may be a figure: 2020 / 年某县人民政府工作报告)
        if number && out.is_empty() {
            figure = Some(line.clone());
        }
        out.push(line);
    }
    out
}

/// Whether a line ends naming the work report, but for a note in brackets: 某县人民政府
/// 工作报告, 2019年某县人民政府工作报告（全文）.
fn ends_naming_the_work_report(line: &[(char, u32)]) -> bool {
    let mut end = line.len();
    if line.last().is_some_and(|p| matches!(p.0, '）' | ')')) {
        end = opening_bracket(&line[..end - 1]).filter(|&k| end - k <= 10).unwrap_or(end);
    }
    let words = &line[..end];
    ["工作报告", "工作報告"].iter().any(|w| {
        let n = w.chars().count();
        words.len() >= n && words[words.len() - n..].iter().map(|p| p.0).eq(w.chars())
    })
}

/// A paragraph this long may be several run together: a copy (a PDF turned into a Word
/// file, a web page) that lost its line breaks, whole report in one paragraph. Reports'
/// own paragraphs with headings inside stay under it but for a few long reviews.
const RUN_TOGETHER_CHARS: usize = 2_000;

/// Long paragraphs ([`RUN_TOGETHER_CHARS`]), or every paragraph of a copy known to be
/// `run_together` ([`split_at_spaced_headings`] split some line), split before each heading
/// that follows a sentence's end (…增长6%。二、2024年工作安排…, 。（三）聚力…), as a reader sees where the
/// lost breaks were, and without the page numbers the copy kept between its pages' text
/// (—18—, inside a word too: 一—1—般公共预算收入). Only headings numbered 一、 and （一）:
/// a sentence may go on to 1. or 1、 in a list of its own.
fn unrun(paragraphs: Vec<Line>, run_together: bool) -> Vec<Line> {
    let long = |p: &Line| run_together || p.len() >= RUN_TOGETHER_CHARS;
    if !paragraphs.iter().any(long) {
        return paragraphs;
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        if !long(&p) {
            out.push(p);
            continue;
        }
        // (an unnumbered heading, 2023年工作安排, is looked for in a paragraph long enough to
        // be several only: in a shorter one of a copy run together, numbered headings)
        let long_as_such = p.len() >= RUN_TOGETHER_CHARS;
        let p = without_page_marks(p);
        let mut start = 0;
        for i in 1..p.len() {
            if !matches!(p[i - 1].0, '。' | '！' | '？' | '；') || i < start {
                continue;
            }
            if matches!(p[i].0, '一'..='十' | '（' | '(') && opens_heading(&p[i..]) {
                out.push(p[start..i].to_vec());
                start = i;
            } else if let Some(len) = year_part_heading(&p[i..]).filter(|_| long_as_such) {
                // 。2023年工作回顾2023年是…: the heading a line of its own
                out.push(p[start..i].to_vec());
                out.push(p[i..i + len].to_vec());
                start = i + len;
            }
        }
        out.push(p[start..].to_vec());
    }
    out
}

/// The most chars of a heading [`tail_heading`] takes off the end of a paragraph.
const TAIL_HEADING_CHARS: usize = 30;

/// Where a numbered heading of the first level that a paragraph ends with starts, after a
/// sentence's end (…贡献出一切力量！三、2003年的主要工作安排): a copy that lost the line break
/// before it. Short, and with no stop, comma or colon of its own.
fn tail_heading(p: &[(char, u32)]) -> Option<usize> {
    let from = p.len().saturating_sub(TAIL_HEADING_CHARS + 1).max(1);
    let at = (from..p.len()).find(|&i| matches!(p[i - 1].0, '。' | '！' | '？') && matches!(p[i].0, '一'..='十'))?;
    let stops = |c: char| matches!(c, '。' | '，' | '；' | '！' | '？' | '：' | ',' | ';' | ':' | '%');
    let head: String = p[at..].iter().take(8).map(|c| c.0).collect();
    let level_one = crate::segment::heading_marker(&head).is_some_and(|(level, _)| level == 1);
    (level_one && opens_heading(&p[at..]) && p.len() - at >= 4 && !p[at..].iter().any(|c| stops(c.0))).then_some(at)
}

/// A paragraph split before the heading it ends with ([`tail_heading`]).
fn split_tail_heading(mut p: Line) -> Vec<Line> {
    match tail_heading(&p) {
        Some(at) => {
            let heading = p.split_off(at);
            vec![p, heading]
        }
        None => vec![p],
    }
}

/// The length of the unnumbered heading of a report's part that opens `rest`:
/// 2023年工作回顾, 2024年工作安排, 2024年政府工作安排, 2024年工作建议.
fn year_part_heading(rest: &[(char, u32)]) -> Option<usize> {
    const PARTS: [&str; 5] = ["回顾", "安排", "建议", "部署", "总体要求"];
    // what opens the part's text after its heading (2023年是…, 过去一年，…): not a
    // predicate of the words (2023年工作安排全部落实到位 is a sentence)
    const OPENINGS: [&str; 5] = ["过去", "一年来", "今年", "各位代表", "回顾"];
    let head: String = rest.iter().take(24).map(|p| p.0).collect();
    let after_year = head.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let rest_of = head[after_year.len()..].strip_prefix('年')?;
    let work = rest_of.strip_prefix("政府").unwrap_or(rest_of).strip_prefix("工作")?;
    let part = PARTS.iter().find(|w| work.starts_with(*w))?;
    // (2024年工作安排建议2024年…: 建议 before the plan year opens the part too)
    let next = &work[part.len()..];
    let next = next.strip_prefix("建议").unwrap_or(next);
    let year_next =
        next.len() >= 7 && next.as_bytes()[..4].iter().all(u8::is_ascii_digit) && next[4..].starts_with('年');
    (year_next || OPENINGS.iter().any(|w| next.starts_with(w)))
        .then(|| head[..head.len() - work.len() + part.len()].chars().count())
}

/// Whether `rest` opens with a heading's number of the first two levels (一、, （一）).
fn opens_heading(rest: &[(char, u32)]) -> bool {
    let head: String = rest.iter().take(8).map(|p| p.0).collect();
    // (not 一、二季度 nor 一、二、三产业: numerals listed)
    let listed = |len: usize| rest.get(len).is_some_and(|p| "一二三四五六七八九十".contains(p.0));
    crate::segment::heading_marker(&head).is_some_and(|(level, len)| level <= 2 && !(level == 1 && listed(len)))
}

/// `p` without the page numbers between its pages' text: 1 to 3 digits between two
/// dashes, no digit or dash outside them (—18—; not 2021—2025 nor 3—5—8).
fn without_page_marks(p: Line) -> Line {
    let dash = |c: char| matches!(c, '—' | '－' | '–' | '-');
    let mut out: Line = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        if dash(p[i].0) {
            let digits = p[i + 1..].iter().take(4).take_while(|q| q.0.is_ascii_digit()).count();
            let close = i + 1 + digits;
            let outside_ok = |k: Option<&(char, u32)>| k.is_none_or(|q| !dash(q.0) && !q.0.is_ascii_digit());
            if (1..=3).contains(&digits)
                && p.get(close).is_some_and(|q| dash(q.0))
                && outside_ok(i.checked_sub(1).and_then(|k| p.get(k)))
                && outside_ok(p.get(close + 1))
            {
                i = close + 1;
                continue;
            }
        }
        out.push(p[i]);
        i += 1;
    }
    out
}

/// Paragraphs cut where they exceed [`MAX_UNPUNCTUATED_CHARS`] without sentence
/// punctuation or [`MAX_PARAGRAPH_CHARS`] in all, and how many unpunctuated runs were cut.
fn bound_paragraphs(paragraphs: Vec<Line>) -> (Vec<Line>, usize) {
    if paragraphs.iter().all(|p| p.len() <= MAX_UNPUNCTUATED_CHARS) {
        return (paragraphs, 0);
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut runs_cut = 0;
    for mut p in paragraphs {
        let (cuts, runs) = cut_points(&p);
        runs_cut += runs;
        // from the last cut back, so that each split leaves the front in place
        let mut pieces: Vec<Line> = cuts.iter().rev().map(|&at| p.split_off(at)).collect();
        pieces.push(p);
        out.extend(pieces.into_iter().rev().filter(|piece| !piece.is_empty()));
    }
    (out, runs_cut)
}

/// Where to cut a paragraph, in order, and how many unpunctuated runs were among them:
/// a run over the limit after its last clause punctuation (，、：) in its second half,
/// or at the limit; a paragraph over its limit after its last sentence.
fn cut_points(p: &[(char, u32)]) -> (Vec<usize>, usize) {
    let (mut cuts, mut runs) = (Vec::new(), 0);
    let (mut start, mut run_start) = (0, 0);
    let (mut last_clause, mut last_sentence) = (None, None);
    // whether the current run was cut already (a run is counted once)
    let mut run_cut = false;
    for (i, &(c, _)) in p.iter().enumerate() {
        let ends_sentence = matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';');
        // a cut goes before char `i` when it would make the run, or the paragraph, too long
        let cut = if !ends_sentence && i - run_start >= MAX_UNPUNCTUATED_CHARS {
            runs += usize::from(!run_cut);
            run_cut = true;
            Some(last_clause.filter(|&k| k >= run_start + MAX_UNPUNCTUATED_CHARS / 2).unwrap_or(i))
        } else if i - start >= MAX_PARAGRAPH_CHARS {
            Some(last_sentence.filter(|&k| k > start).unwrap_or(i))
        } else {
            None
        };
        if let Some(cut) = cut {
            cuts.push(cut);
            (start, run_start, last_clause, last_sentence) = (cut, cut, None, None);
        }
        if ends_sentence {
            run_start = i + 1;
            last_clause = None;
            last_sentence = Some(i + 1);
            run_cut = false;
        } else if matches!(c, '，' | '、' | '：' | ',' | ':') {
            last_clause = Some(i + 1);
        }
    }
    (cuts, runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn a_heading_a_paragraph_ends_with_is_a_line_of_its_own() {
        let text = "一、过去五年的工作回顾\n我们更应该为自己城市的发展贡献出一切力量！三、2003年的主要工作安排\n2003年主要指标预期为：增长11%。\n";
        let lines: Vec<String> = clean(text).lines().map(str::to_string).collect();
        assert_eq!(lines[1..3], ["我们更应该为自己城市的发展贡献出一切力量！", "三、2003年的主要工作安排"]);
        // not a list of aims in the sentence, nor a heading that a sentence goes on after
        for text in ["今年要做好三件事。一、稳增长，二、促改革", "今年要做好工作。二、三季度增长较快"]
        {
            assert_eq!(clean(text).lines().count(), 1, "{text}");
        }
    }

    #[test]
    fn a_paragraph_opened_by_a_dash_and_cut_mid_word_goes_on() {
        let text = "各位代表：\n——过去的五年，是县域经济快速增长的五年。五年来，主要经济指标快速增长。全县生产总值由“十五”末的\n12.8亿元增加到19.2亿元，年均增长8.4%。\n";
        assert!(clean(text).contains("由“十五”末的12.8亿元增加到"), "{}", clean(text));
        // the date line under a title, and a short dashed heading, stay lines of their own
        let text = "政府工作报告\n——2011年1月6日在某县第十六届人民代表大会第五次会议上\n各位代表：\n";
        assert_eq!(clean(text).lines().count(), 3);
    }

    #[test]
    fn figures_a_copy_put_on_lines_of_their_own_go_back_into_their_sentences() {
        // a PDF's copy that breaks every figure out of its sentence; a page number
        // between a figure and its unit is still dropped
        let text = "2020\n年某县人民政府工作报告\n──\n2019\n年\n12\n月\n30\n日在县十六届人民代表大会第四次会议上\n各位代表:\n一、2019年工作回顾\n预计,地区生产总值增长\n8%;\n财政收入增长\n10%\n。\n脱贫攻坚取得决定性成果,\n17\n个贫困村出列,落实医疗保障救助待遇249.6万人次、共计3.9\n6\n亿元。";
        assert_eq!(
            clean(text).lines().collect::<Vec<_>>(),
            [
                "2020年某县人民政府工作报告",
                "──2019年12月30日在县十六届人民代表大会第四次会议上",
                "各位代表：",
                "一、2019年工作回顾",
                "预计，地区生产总值增长8%；",
                "财政收入增长10%。",
                "脱贫攻坚取得决定性成果，17个贫困村出列，落实医疗保障救助待遇249.6万人次、共计3.9亿元。"
            ]
        );
        // two figures in a row (a table's cells) stay apart; in a text with few figures
        // alone, digits after a stop or a comma are a page's number
        assert_eq!(clean("地区生产总值\n亿元\n1234\n8.5").lines().count(), 3);
        let text = "全市城镇新增就业8.6万人，\n15\n人均地区生产总值达到7.8万元。全市生产总值增长8.2%。\n12\n人居环境持续改善。";
        assert_eq!(
            clean(text),
            "全市城镇新增就业8.6万人，人均地区生产总值达到7.8万元。全市生产总值增长8.2%。\n人居环境持续改善。"
        );
    }

    #[test]
    fn headings_between_spaces_in_a_line_are_lines_of_their_own() {
        // a web copy's paragraphs run into one line with the spaces that stood for them
        let text = "一图读懂政府工作报告 一、2024年工作回顾 全市生产总值增长5%左右 二、今年主要预期目标　全市生产总值增长5%左右。 （一）扩大内需。全年…";
        assert_eq!(
            clean(text).lines().collect::<Vec<_>>(),
            [
                "一图读懂政府工作报告",
                "一、2024年工作回顾",
                "全市生产总值增长5%左右",
                "二、今年主要预期目标",
                "全市生产总值增长5%左右。",
                "（一）扩大内需。全年…"
            ]
        );
        // numerals listed, words with a stop, a marker at the line's start, an enumeration
        // inside a sentence (no sentence, figure or title before it): no split
        for text in [
            "上半年增长5% 一、二季度分别增长4%和6%",
            "增长5% 一、是坚持稳中求进，二是…",
            "一、2024年工作回顾 全市生产总值增长5%",
            "一年来 一、年初目标任务 全面完成，全市生产总值增长7.1%。",
        ] {
            assert_eq!(clean(text).lines().count(), 1, "{text}");
        }
    }

    #[test]
    fn a_report_run_into_one_paragraph_is_split_at_its_headings() {
        // a PDF turned into one Word paragraph: headings after a sentence's end, page
        // numbers between the pages' text, inside a word too
        let filler = "全市上下团结奋斗，各项工作取得新进展。".repeat(120);
        let text = format!(
            "2023年工作回顾{filler}一—1—般公共预算收入增长7.2%。二、2024年工作安排{filler}（一）聚力发展。规划期为2021—2025年，完成3—5—8项。"
        );
        let lines: Vec<String> = clean(&text).lines().map(str::to_string).collect();
        assert_eq!(
            lines.len(),
            3,
            "{:?}",
            lines.iter().map(|l| l.chars().take(12).collect::<String>()).collect::<Vec<_>>()
        );
        assert!(lines[0].starts_with("2023年工作回顾") && lines[0].ends_with("一般公共预算收入增长7.2%。"));
        assert!(lines[1].starts_with("二、2024年工作安排"));
        assert_eq!(lines[2], "（一）聚力发展。规划期为2021—2025年，完成3—5—8项。");
        // an unnumbered heading run in after a sentence is a line of its own
        let text = format!("{filler}2024年工作安排建议今年主要预期目标是：地区生产总值增长6%。");
        let lines: Vec<String> = clean(&text).lines().map(str::to_string).collect();
        assert_eq!(lines[1..], ["2024年工作安排", "建议今年主要预期目标是：地区生产总值增长6%。"]);
        // a sentence that opens with the words of a part's heading, and numerals listed,
        // are no headings (2023年工作任务全面完成，…; 一、二季度，…)
        let text = format!(
            "{filler}2023年工作任务全面完成，地区生产总值增长5.6%。一、二季度，增速高于上年。2024年工作安排建议已征求各方意见。"
        );
        assert_eq!(clean(&text).lines().count(), 1);
        // a paragraph of ordinary length keeps what looks like a heading in a sentence
        assert_eq!(clean("任务有两项。二、加快发展。"), "任务有两项。二、加快发展。");
    }

    #[test]
    fn full_width_digits_and_percent_fold_but_chinese_punctuation_stays() {
        assert_eq!(clean("增长６．５％，好！"), "增长6.5%，好！");
    }

    #[test]
    fn ascii_punctuation_in_chinese_text_folds_to_its_chinese_form() {
        assert_eq!(
            clean("比上年增长10.1%,人均生产总值超过1万美元;财政收入(不含基金)2.01亿元:好!"),
            "比上年增长10.1%，人均生产总值超过1万美元；财政收入（不含基金）2.01亿元：好！"
        );
        assert_eq!(clean("增长5%,6%和7%"), "增长5%，6%和7%");
        assert_eq!(clean("(2006年2月8日 黄智权)"), "（2006年2月8日黄智权）");
        // not a separator, a time, a formula or Latin text
        assert_eq!(
            clean("收入1,234亿元，10:30开会，PM(2.5)，Made in China"),
            "收入1234亿元，10:30开会，PM(2.5)，Made in China"
        );
    }

    #[test]
    fn a_middle_dot_between_digits_before_a_unit_is_a_decimal_point() {
        assert_eq!(
            clean("国内生产总值881·2亿元，增长13·06%，拉动8・2个百分点。"),
            "国内生产总值881.2亿元，增长13.06%，拉动8.2个百分点。"
        );
        // a date's dot, before a name or a quote, stays
        assert_eq!(clean("“5·12”汶川特大地震，7·20特大暴雨"), "“5·12”汶川特大地震，7·20特大暴雨");
    }

    #[test]
    fn circled_numbers_are_not_folded() {
        assert_eq!(clean("①增长"), "①增长");
    }

    #[test]
    fn spaces_inside_numbers_and_before_units_go() {
        assert_eq!(clean("新建 148 个，占 2 6.5%。"), "新建148个，占26.5%。");
        assert_eq!(clean("　　各位代表："), "各位代表：");
    }

    #[test]
    fn one_space_between_latin_words_stays() {
        assert_eq!(clean("Made  in China 2025。"), "Made in China2025。");
    }

    #[test]
    fn tex_subscripts_are_unwrapped() {
        assert_eq!(clean("PM_{2.5} 年均浓度下降"), "PM2.5年均浓度下降");
    }

    #[test]
    fn thousands_separators_are_removed() {
        assert_eq!(clean("投资1,234.5亿元，共1,2项"), "投资1234.5亿元，共1,2项");
        assert_eq!(clean("粮食产量达到3，989亿斤，棉花12，345，678担"), "粮食产量达到3989亿斤，棉花12345678担");
        // a clause comma: a unit or sign first, a year, a decimal, not three digits after
        for kept in ["增长8%，100个项目", "2019，2020年", "增长3.5，200个", "完成12，新开工15个", "达到1，2345个"]
        {
            assert_eq!(clean(kept), kept);
        }
    }

    #[test]
    fn paragraph_broken_across_blank_line_is_joined() {
        let text = "某区政府工作报告\n\n民生福祉在普惠共享中不断增进，新建学校十所，引进优质资源，中央音乐学院新\n\n址落户我区。\n\n二、下一段。";
        assert_eq!(
            clean(text),
            "某区政府工作报告\n民生福祉在普惠共享中不断增进，新建学校十所，引进优质资源，中央音乐学院新址落户我区。\n二、下一段。"
        );
    }

    #[test]
    fn a_count_of_years_back_in_digits_reads_as_reports_mostly_write_it() {
        assert_eq!(clean("5年来，累计新增城镇就业3.5万人。"), "五年来，累计新增城镇就业3.5万人。");
        assert_eq!(clean("过去5年，近10年来，连续2年，3年间。"), "过去五年，近十年来，连续两年，三年间。");
        // not a year, an ordinal, a plan's span, years ahead, nor more than ten
        for kept in [
            "2015年来，",
            "第5年来，",
            "5年行动计划",
            "力争5年内完成",
            "未来5年",
            "连续17年获评",
            "3.5年间",
            "09年以来，",
            "10年以来，",
        ] {
            assert_eq!(clean(kept), kept);
        }
    }

    #[test]
    fn a_copy_run_into_one_line_is_cut_at_the_sites_marks() {
        let text = "(某省)2020年某某县人民政府工作报告(全文)   政府工作报告C6m   2021年1月6日在某某县第六届人民代表大会第六次会议上C6m   各位代表：C6m   一、2020年工作回顾C6m   全县地区生产总值增长3.5%。";
        let read = clean(text);
        assert!(!read.contains("C6m"), "{read}");
        assert!(read.ends_with("会议上\n各位代表：\n一、2020年工作回顾\n全县地区生产总值增长3.5%。"), "{read}");
        // a word in Latin letters before spaces, once or in capitals, stays
        let kept = "全市开发APP   三个，建成5G   基站。";
        assert_eq!(clean(kept), clean(&kept.replace("   ", " ")));
    }

    #[test]
    fn a_sites_marks_at_the_ends_of_lines_are_dropped() {
        let text = "2020年6月22日在某某县第十五届PZl\n人民代表大会第四次会议上v7R\n规模以上工业增加值分别比增2.3%、9.3%和IAh\n3.8%。heK\n";
        assert_eq!(
            clean(text),
            "2020年6月22日在某某县第十五届\n人民代表大会第四次会议上\n规模以上工业增加值分别比增2.3%、9.3%和3.8%。"
        );
        // one alone, or capitals, stay
        assert_eq!(clean("引进项目达到v7R\n增长。"), "引进项目达到v7R\n增长。");
        let capitals = "全市GDP\n增长6%。全省CPI\n上涨2%。开发APP\n一个。";
        assert_eq!(clean(capitals), capitals);
    }

    #[test]
    fn markdown_marks_are_no_text() {
        let md = "<!-- 来源 -->\n# **政府工作报告**\n\n## 一、2019年工作回顾\n\n> 全年地区生产总值增长6%。\n\n## 二、2020年工作安排\n\n今年地区生产总值增长5%左右。";
        assert_eq!(
            clean(md),
            "政府工作报告\n一、2019年工作回顾\n全年地区生产总值增长6%。\n二、2020年工作安排\n今年地区生产总值增长5%左右。"
        );
        // a # that opens no heading stays (#1机组)
        assert_eq!(clean("#1机组投产发电，**全年**发电量增长8%。"), "#1机组投产发电，全年发电量增长8%。");
        // a masked name or word stays as the copy has it
        assert_eq!(clean("以***新时代中国特色社会主义思想为指导。"), "以***新时代中国特色社会主义思想为指导。");
        assert_eq!(clean("**标题**\n全面**清政府债务底数。"), "标题\n全面**清政府债务底数。");
        // a line in bold whose marks do not pair is all bold
        assert_eq!(clean("***政府工作报告**\n各位代表："), "政府工作报告\n各位代表：");
    }

    #[test]
    fn a_copys_front_matter_is_no_text_but_its_title() {
        let copy = "---\nsource:\n- https://example.gov.cn/1.html\ntitle: 某市政府工作报告（2025年1月22日 张三）\n---\n\n——2025年1月22日在某市第十六届人民代表大会第六次会议上\n<!-- 来源：某市日报 -->\n各位代表：";
        assert_eq!(
            clean(copy),
            "某市政府工作报告（2025年1月22日张三）\n——2025年1月22日在某市第十六届人民代表大会第六次会议上\n各位代表："
        );
        // a rule of dashes over report text is no front matter
        let text = "---\n一、2024年工作回顾\n---\n全年增长5%。";
        assert_eq!(clean(text), clean(text.replacen("---\n", "--- \n", 1).as_str()));
        assert!(clean(text).contains("一、2024年工作回顾"));
        // nor a dateline between two rules
        let dateline = "---\n-- 2021年1月12日在南京市第十六届人民代表大会第五次会议上\n---\n政府工作报告";
        assert!(clean(dateline).contains("2021年1月12日在南京市"), "{}", clean(dateline));
    }

    #[test]
    fn a_line_over_the_greeting_that_names_the_work_report_ends() {
        // a document site's title over a copy of the page that repeats it
        let page = "（福建省）2019年某县人民政府工作报告（全文）\n（福建省）2019年某县人民政府工作报告（全文）政府工作报告某县人民政府县长张三\n各位代表：\n现在，我代表县人民政府向大会报告工作。";
        assert!(clean(page).starts_with("（福建省）2019年某县人民政府工作报告（全文）\n（福建省）"), "{}", clean(page));
        // a title wrapped before its last words still goes on
        let wrapped = "（福建省）2019年某县人民政府工作报告的审议意见和落实情况的\n说明与某县人民政府关于有关事项的报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。";
        assert!(
            clean(wrapped).starts_with("（福建省）2019年某县人民政府工作报告的审议意见和落实情况的说明"),
            "{}",
            clean(wrapped)
        );
    }

    #[test]
    fn a_first_line_over_a_blank_line_is_a_title() {
        // a news story's headline is not the half of its first sentence
        let story =
            "地区生产总值增长5.6%以上，某区描绘2025年发展蓝图\n\n1月9日，某区第十九届人民代表大会第四次会议召开。";
        assert_eq!(
            clean(story),
            "地区生产总值增长5.6%以上，某区描绘2025年发展蓝图\n1月9日，某区第十九届人民代表大会第四次会议召开。"
        );
        // without the blank line, or after a comma, the line goes on
        let wrapped =
            "全市地区生产总值增长5.6%以上，某区描绘2025年发展蓝图\n1月9日，某区第十九届人民代表大会第四次会议召开。";
        assert_eq!(clean(wrapped), wrapped.replace('\n', ""));
        let comma = "全市地区生产总值增长5.6%以上，一般公共预算收入增长8%，\n\n社会消费品零售总额增长6%。";
        assert_eq!(clean(comma), comma.replace("\n", ""));
        // a copy's first line of text, cut at the page's width, is no title
        for cut in [
            "过去一年，面对复杂严峻的形势，全县上下团结奋进，一般公共预算收\n\n入9.8亿元，增长5.1%。",
            "过去一年，全县地区生产总值增长6.2%，一般公共预算收\n\n入9.8亿元，增长5.1%。",
            "2023年，全市地区生产总值完成2156.8亿\n\n元，增长5.6%。",
            "2023年是全面贯彻党的二十大精神的开局之年，全\n\n市地区生产总值完成2156.8亿元。",
        ] {
            assert_eq!(clean(cut), cut.replace("\n", ""));
        }
    }

    #[test]
    fn a_line_broken_after_a_closing_bracket_or_quote_goes_on() {
        assert_eq!(
            clean("2023年，全市主要预期目标为：地区生产总值（GDP）\n增长5%左右，一般公共预算收入增长6%，城镇新增就业（含灵活就业）\n2.5万人。"),
            "2023年，全市主要预期目标为：地区生产总值（GDP）增长5%左右，一般公共预算收入增长6%，城镇新增就业（含灵活就业）2.5万人。"
        );
        assert_eq!(
            clean("全市地区生产总值达到5006.7亿元，增长2.1%。“十四五”\n以来，全市累计新增城镇就业9.8万人。"),
            "全市地区生产总值达到5006.7亿元，增长2.1%。“十四五”以来，全市累计新增城镇就业9.8万人。"
        );
        // a sentence that ends inside its quote ends the paragraph; a heading is not joined
        let ended = "他强调指出，要坚持稳中求进工作总基调，“发展是第一要务。”\n全市地区生产总值增长6%，一般公共预算收入增长8%。";
        assert_eq!(clean(ended), ended);
        let heading = "全市地区生产总值达到5006.7亿元（现价）\n（一）深化改革开放，不断增强发展活力动力。";
        assert_eq!(clean(heading), heading);
        // notes after the stop, an item of a list, a line that is all brackets
        for kept in [
            "由于工资提高，全国职工增加的收入将达到12.5亿元。（⑴⑵）\n全国国营工业的劳动生产率在过去几年内有很大的提高。",
            "■“预计全市生产总值增长7.7%左右”改为“全市生产总值增长7.7%”\n■“城镇登记失业率控制在4.5%以内”改为“城镇登记失业率为4.2%”",
        ] {
            assert_eq!(clean(kept), kept);
        }
    }

    #[test]
    fn a_heading_with_its_paragraph_on_the_line_goes_on() {
        // a copy that wraps lines at a fixed width: the heading's paragraph goes on past
        // the heading and its first sentence, and so does the number broken at the wrap
        let text = "（一）县域经济较快发展，综合实力越来越强。2016年，全县生产总值340亿元，增长7.5%；\
            固定资产投资353.7亿元，增长12.5%；一般公共预算收入26.06亿元，增长9.8%；社会消费品零售\
            总额106亿元，增长9%；城镇居民人均可支配收入增长8.5%，农村居民人均可支配收入增长9%。";
        // wrapped at 64 columns, as a page of fixed width shows it
        let mut lines = vec![String::new()];
        for c in text.chars() {
            let width = |l: &String| l.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
            if width(lines.last().unwrap()) + if c.is_ascii() { 1 } else { 2 } > 64 {
                lines.push(String::new());
            }
            lines.last_mut().unwrap().push(c);
        }
        assert!(lines[0].ends_with("34") && lines.len() >= 4);
        let wrapped = clean(&lines.join("\n"));
        assert!(wrapped.starts_with("（一）县域经济较快发展，综合实力越来越强。2016年，全县生产总值340亿元"));
        assert!(!wrapped.contains('\n'));
        // a heading alone is not continued, nor, in a copy that was not wrapped, a heading
        // and a sentence on a line of their own
        let alone = "（一）县域经济较快发展综合实力越来越强持续提升\n全县生产总值340亿元，增长7.5%。";
        assert_eq!(clean(alone), alone);
        let own =
            "（三）项目建设。全年实施重点项目180个，完成投资230亿元\n比2014年增长45%的固定资产投资为全县发展注入动力。";
        assert_eq!(clean(own), own);
    }

    #[test]
    fn pinyin_annotations_after_chars_are_dropped() {
        assert_eq!(clean("全年实(shí)现(xiàn)生产(chǎn)总值67.9亿元"), "全年实现生产总值67.9亿元");
        // brackets of Latin words without tone marks stay (a name, an abbreviation)
        // (their ASCII brackets after a Han char read as Chinese ones)
        for (kept, read) in
            [("地区生产总值(gdp)增长", "地区生产总值（gdp）增长"), ("增长(10%)，第(ii)项", "增长（10%），第（ii）项")]
        {
            assert_eq!(clean(kept), read);
        }
    }

    #[test]
    fn short_heading_is_not_joined() {
        assert_eq!(
            clean("决胜2020，“十三五”圆满收官\n\n过去一年是收官之年。"),
            "决胜2020，“十三五”圆满收官\n过去一年是收官之年。"
        );
    }

    #[test]
    fn page_chrome_around_a_scraped_report_is_removed() {
        let chrome = Chrome {
            before: Some(regex::Regex::new(r"^(打印|【字号|来源：)|摄$").unwrap()),
            after: Some(regex::Regex::new(r"^(相关报道|责任编辑)").unwrap()),
        };
        let page = "打印 | 全屏\n【字号：加大 还原 减小】\n来源：某某日报\n区长作政府工作报告。本报记者 张三 摄\n政府工作报告\n各位代表：\n一、工作回顾\n全年增长6%。\n全年增长6%。\n全年增长6%。\n相关报道\n某某新闻。";
        assert_eq!(
            normalize_with(page, &chrome).text,
            "政府工作报告\n各位代表：\n一、工作回顾\n全年增长6%。\n全年增长6%。\n全年增长6%。"
        );
    }

    #[test]
    fn a_notes_mark_inside_a_word_is_dropped_and_a_list_items_kept() {
        let chrome = Chrome { before: None, after: None };
        assert_eq!(normalize_with("规模以上工业①增加值增长9.2%。", &chrome).text, "规模以上工业增加值增长9.2%。");
        assert_eq!(normalize_with("措施：①加强监管；②优化服务。", &chrome).text, "措施：①加强监管；②优化服务。");
    }

    #[test]
    fn a_trailer_is_dropped_from_its_first_line_before_the_last_fifth() {
        let chrome =
            Chrome { before: None, after: Some(regex::Regex::new(r"^(上一篇|下一篇|主办单位)：").unwrap()) };
        let page = "各位代表：\n全年增长6%。\n全年增长6%。\n上一篇：去年的报告\n下一篇：明年的报告\n主办单位：某市";
        assert_eq!(normalize_with(page, &chrome).text, "各位代表：\n全年增长6%。\n全年增长6%。");
    }

    #[test]
    fn a_photo_caption_under_the_header_line_goes_alone() {
        // the header line does not end a paragraph, so it was joined to the caption
        // below it and dropped with it
        let chrome = Chrome {
            before: Some(regex::Regex::new(r"^新华社.{0,12}电$|记者.{0,12}摄$").unwrap()),
            after: None,
        };
        let page = "新华社北京3月17日电\n\n政府工作报告——2016年3月5日在第十二届全国人民代表大会第四次会议上国务院总理  李克强\n\n3月5日，总理在十二届全国人大四次会议上作《政府工作报告》。新华社记者 某某 摄\n\n各位代表：\n现在，我代表国务院，向大会报告政府工作。";
        assert_eq!(
            normalize_with(page, &chrome).text,
            "政府工作报告——2016年3月5日在第十二届全国人民代表大会第四次会议上国务院总理李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。"
        );
    }

    #[test]
    fn over_long_runs_without_sentence_punctuation_become_paragraphs() {
        let bare = "增".repeat(1_200);
        let n = normalize(&bare);
        let lengths: Vec<usize> = n.text.split('\n').map(|p| p.chars().count()).collect();
        assert_eq!(lengths, [1_000, 200]);
        assert_eq!(n.cut, 1);
        let clauses = "地区生产总值增长6%，".repeat(200);
        let n = normalize(&clauses);
        assert!(n.text.split('\n').all(|p| p.ends_with('，') && p.chars().count() <= MAX_UNPUNCTUATED_CHARS));
        // a long paragraph of sentences is cut after a sentence
        let sentences = "地区生产总值增长6%。".repeat(3_000);
        let n = normalize(&sentences);
        assert!(n.text.split('\n').all(|p| p.ends_with('。') && p.chars().count() <= MAX_PARAGRAPH_CHARS));
        assert_eq!(n.cut, 0);
        // every char still maps back to the one it came from
        for text in [&bare, &clauses, &sentences] {
            let n = normalize(text);
            let orig: Vec<char> = text.chars().collect();
            for (c, &o) in n.text.chars().zip(&n.offsets) {
                assert!(c == '\n' || orig[o as usize] == c);
            }
        }
    }

    #[test]
    fn years_in_chinese_numerals_become_digits() {
        assert_eq!(clean("一九五七年和二〇二六年，二O一一年"), "1957年和2026年，2011年");
        // no years: a plan's name, a count of years, a longer numeral
        assert_eq!(clean("十一五年间，三五年，一千九百五十七年"), "十一五年间，三五年，一千九百五十七年");
        assert_eq!(normalize("一九五七年").offsets, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn page_numbers_are_dropped() {
        assert_eq!(clean("第一段。\n- 3 -\n第二段。"), "第一段。\n第二段。");
        // and the ones that cut a sentence: it joins again
        let broken = "全市地区生产总值达到1023亿元，增长6.5%；一般公共预算收入\n{}\n\n120亿元，增长8.1%。";
        for page in ["第3页 共12页", "3/12", "— 3 —", "共12页 第3页"] {
            assert_eq!(
                clean(&broken.replace("{}", page)),
                "全市地区生产总值达到1023亿元，增长6.5%；一般公共预算收入120亿元，增长8.1%。",
                "{page}"
            );
        }
        // a running head alone between the halves of a sentence goes too
        assert_eq!(
            clean(&broken.replace("{}", "2023年某市政府工作报告")),
            "全市地区生产总值达到1023亿元，增长6.5%；一般公共预算收入120亿元，增长8.1%。"
        );
        // not under a rule, where the title stands
        let titled = "============================================================\n政府工作报告\n——2014年2月19日在某市人民代表大会上";
        assert_eq!(clean(titled), titled);
        // a date or a ratio stays
        assert_eq!(clean("第一段。\n2023/1/9\n第二段。"), "第一段。\n2023/1/9\n第二段。");
    }

    #[test]
    fn running_headers_copied_from_pdf_pages_are_dropped() {
        // three times, the issue number changing: dropped, and the sentence it cut joins
        let body = "一、2022年工作回顾\n全市地区生产总值增长6.5%，一般公共预算收入增长8.1%，城镇新增\n某市人民政府公报 2023年第2期\n就业3.2万人。\n某市人民政府公报 2023年第3期\n二、2023年工作安排\n增长6%左右。\n某市人民政府公报 2023年第4期";
        assert_eq!(
            clean(body),
            "一、2022年工作回顾\n全市地区生产总值增长6.5%，一般公共预算收入增长8.1%，城镇新增就业3.2万人。\n二、2023年工作安排\n增长6%左右。"
        );
        // a web page's title, repeated before the greeting (its <title>, its heading and
        // the report's own title line), is the title
        let page = "2024年某市政府工作报告\n当前位置：首页\n2024年某市政府工作报告\n2024年某市政府工作报告\n各位代表：\n增长6%。";
        assert_eq!(clean(page), page);
        // twice is not running, nor are headings or sentences that recur
        let papers = "某市第九届人民代表大会第四次会议文件（2）\n2023年某区政府工作报告\n各位代表：\n增长6%。";
        assert_eq!(clean(papers), papers);
        let text = "各位代表\n某市年鉴\n增长6%。\n各位代表\n某市年鉴\n各位代表\n（一）深化改革\n（一）深化改革\n（一）深化改革\n完成。\n完成。\n完成。";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn a_point_that_ends_a_sentence_is_a_full_stop() {
        assert_eq!(
            clean("增长6.5%．全年新增就业3万人.城镇化率达到60.5%."),
            "增长6.5%。全年新增就业3万人。城镇化率达到60.5%。"
        );
        assert_eq!(clean("“十四五”规划．（一）稳增长．"), "“十四五”规划。（一）稳增长。");
        // a heading's number keeps its point
        assert_eq!(clean("二．今年主要工作\n 十一．加强自身建设．"), "二.今年主要工作\n十一.加强自身建设。");
        // a decimal point, an item's number, a Latin abbreviation or a URL stay
        for kept in ["增长6.5%", "1.加快发展", "No.1号", "见www.gov.cn网站", "PM2.5浓度", "共3项.5"] {
            assert_eq!(clean(kept), kept);
        }
        // in a text with 。, a point after a word is a misread comma, and stays
        let ocr = "比2000年净增253万吨．年均增长11.4%。";
        assert_eq!(clean(ocr), "比2000年净增253万吨.年均增长11.4%。");
    }

    #[test]
    fn offsets_point_back_to_the_original() {
        // widths folded, spaces and both kinds of thousands separator dropped
        for original in ["　　增长 ６％。", "粮食产量达到3，989亿斤，棉花1,234担。"] {
            let n = normalize(original);
            let orig: Vec<char> = original.chars().collect();
            for (c, &o) in n.text.chars().zip(&n.offsets) {
                assert_eq!(fold_width(orig[o as usize]), c);
            }
        }
    }
}
