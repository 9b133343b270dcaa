//! Positioned lines of PDF pages -> the report's text, one paragraph per line.
//!
//! What a PDF adds to a report and is dropped here: running headers and footers
//! (a line at the top or bottom of most pages, the same but for its digits), page
//! numbers at the top or bottom of a page (`- 3 -`, `第3页`, `第3页 共9页`, `3/9`, a
//! bare number), and line breaks inside paragraphs. Lines are joined without a space
//! (CJK text has none; a space is kept only between two Latin letters); a new
//! paragraph starts on an indented line, after a larger gap than the usual line
//! spacing, or after a line that stops short of the column's right edge. A paragraph
//! that runs over a page break is joined the same way.
//!
//! The text made here is the report's decoded text: `char_start`/`char_end` of
//! indicators.csv count chars in it, and `baogao inspect --text FILE.pdf` prints it.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// One visual line of a page, in PDF user space (points, y upwards). For a reader
/// that gives no positions (pdftotext), `x` is 0, `y` counts down by one per line,
/// `x_end` is the line's width in half-width chars and `size` is 2 (a CJK char).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub x_end: f32,
    pub y: f32,
    /// Font size: the unit of indentation and gaps.
    pub size: f32,
}

/// The lines of one page, in the order the page draws them (which is the reading
/// order of columns in the PDFs that word processors write).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub lines: Vec<Line>,
}

/// How many lines at each edge of a page can be furniture (a header with a rule and a
/// date under it, a footer with the page number and the title).
const EDGE_LINES: usize = 2;

/// Pages -> text: furniture dropped, paragraphs joined, one paragraph per line.
pub fn text_of(pages: &[Page]) -> String {
    text_and_footnotes(pages).0
}

/// Pages -> text, as [`text_of`], and how many footnotes at the foot of pages were
/// left out of it ([`footnotes`]).
pub fn text_and_footnotes(pages: &[Page]) -> (String, usize) {
    let pages = without_furniture(pages);
    let body = body_size(&pages);
    let mut notes = 0;
    let pages: Vec<Page> = pages
        .into_iter()
        .map(|page| {
            let (dropped, starts) = footnotes(&page, body);
            notes += starts;
            let lines = page.lines.into_iter().enumerate().filter(|(k, _)| !dropped.contains(k)).map(|(_, l)| l);
            Page { lines: lines.collect() }
        })
        .collect();
    (joined(&pages), notes)
}

/// The font size most of the text is set in (by chars, to the half point): the body's.
fn body_size(pages: &[Page]) -> f32 {
    let mut chars: HashMap<i32, usize> = HashMap::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        *chars.entry((line.size * 2.0).round() as i32).or_default() += line.text.chars().count();
    }
    chars.into_iter().max_by_key(|&(size, n)| (n, -size)).map_or(0.0, |(size, _)| size as f32 / 2.0)
}

/// The footnotes at the foot of a page: lines in a smaller font than the body's,
/// below every body line of their column (with body text above them), from one that
/// opens with a footnote's mark (`1规模以上工业：…`, `①…`, `注：…`) down. Read as text
/// they were joined into the paragraph that runs over the page break, or stood between
/// its halves, and their figures (年主营业务收入2000万元) were the report's. Returns the
/// indexes of their lines and how many notes open there.
fn footnotes(page: &Page, body: f32) -> (HashSet<usize>, usize) {
    let small = |l: &Line| l.size <= 0.85 * body;
    // below all the body lines of its column, with at least one above it
    let at_foot = |l: &Line| {
        let mut above = overlapping(page, l).filter(|o| !small(o)).peekable();
        above.peek().is_some() && above.all(|o| o.y > l.y)
    };
    let foot: Vec<usize> =
        (0..page.lines.len()).filter(|&k| small(&page.lines[k]) && at_foot(&page.lines[k])).collect();
    let starts: Vec<usize> = foot.iter().copied().filter(|&k| opens_note(&page.lines[k].text)).collect();
    let Some(top) = starts.iter().map(|&k| page.lines[k].y).reduce(f32::max) else {
        return (HashSet::new(), 0);
    };
    (foot.into_iter().filter(|&k| page.lines[k].y <= top + 0.5).collect(), starts.len())
}

/// Whether a line opens a footnote: a mark (1–3 digits, ①, ⑴, *, [1], （1）) or 注 and
/// a colon before its text; not a number with its unit (12月, 3万).
fn opens_note(text: &str) -> bool {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix('注') {
        return rest.starts_with(['：', ':']) || rest.starts_with(|c: char| c.is_ascii_digit());
    }
    let first = t.chars().next().unwrap_or(' ');
    let circled = matches!(first, '\u{2460}'..='\u{249B}' | '\u{24EA}'..='\u{24FF}' | '\u{2776}'..='\u{2793}');
    let rest = if circled || matches!(first, '*' | '＊' | '※') {
        &t[first.len_utf8()..]
    } else {
        let bracketed = ['[', '［', '（', '(', '〔', '【'].iter().find_map(|&o| t.strip_prefix(o));
        let digits = bracketed.unwrap_or(t);
        let n = digits.chars().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 3 {
            return false;
        }
        digits[n..].trim_start_matches([']', '］', '）', ')', '〕', '】', '.', '、', '．'])
    };
    let rest = rest.trim_start();
    rest.chars().count() >= 4
        && rest.starts_with(|c: char| super::super::decode::is_cjk(c) && !"年月日万亿千百个家项元人次".contains(c))
}

/// Pages without furniture -> the text, paragraphs joined, one per line.
fn joined(pages: &[Page]) -> String {
    let leading = usual_leading(pages);
    let mut out = String::new();
    let mut prev: Option<Previous> = None;
    for page in pages {
        for line in &page.lines {
            let text = line.text.trim();
            if text.is_empty() {
                continue;
            }
            let joined = prev.as_ref().is_some_and(|p| continues(p, (line, page), leading));
            if let Some(p) = prev.as_ref() {
                if !joined {
                    out.push('\n');
                } else if ends_latin(&p.line.text) && text.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    out.push(' ');
                }
            }
            out.push_str(text);
            prev = Some(Previous { line, page, same_page: true, starts_paragraph: !joined });
        }
        if let Some(p) = prev.as_mut() {
            p.same_page = false; // the next line is on the next page
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The line before the one at hand.
struct Previous<'a> {
    line: &'a Line,
    page: &'a Page,
    /// Whether the line at hand is on the same page.
    same_page: bool,
    /// Whether this line began its paragraph.
    starts_paragraph: bool,
}

fn ends_latin(s: &str) -> bool {
    s.trim_end().ends_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether `next` (on its page) goes on the paragraph of the line before it.
fn continues(prev: &Previous, (next, next_page): (&Line, &Page), leading: f32) -> bool {
    let size = prev.line.size.max(next.size).max(1.0);
    // set in another size: a title over its subtitle or the text (a cover's 政府工作报告 over
    // 某市人民政府, short centred lines that each look full against the other)
    if (prev.line.size - next.size).abs() > 0.15 * size {
        return false;
    }
    let (before, after) = (indent(prev.page, prev.line), indent(next_page, next));
    // indented more than the line before it, each against its own column's left edge
    // (a paragraph's first line after a full one)
    if after > before + 0.8 * size {
        return false;
    }
    // as indented as a paragraph's indented first line: the next first line (the
    // paragraph before was a single line, or a heading that fills the width). Reports
    // indent first lines; a paragraph indented as a block would come out a line per
    // paragraph.
    if prev.starts_paragraph && before >= 0.8 * size && (after - before).abs() <= 0.5 * size {
        return false;
    }
    // a larger gap than the usual line spacing; a line above the one before it is in
    // the next column, and is joined like one on the next page
    if prev.same_page && prev.line.y - next.y > leading * 1.4 + 0.5 {
        return false;
    }
    // the line before stops short of its column's right edge
    prev.line.x_end >= right_edge(prev.page, prev.line) - 1.5 * size
}

/// The lines of a page that share some of a line's width: its column, and the
/// lines that span it.
fn overlapping<'a>(page: &'a Page, line: &'a Line) -> impl Iterator<Item = &'a Line> + 'a {
    page.lines.iter().filter(move |l| l.x < line.x_end && line.x < l.x_end)
}

/// How far a line starts right of its column's left edge (the leftmost start of the
/// lines it overlaps).
fn indent(page: &Page, line: &Line) -> f32 {
    line.x - overlapping(page, line).map(|l| l.x).fold(line.x, f32::min)
}

/// The right edge of a line's column: the furthest right that at least two of the
/// lines overlapping it reach (within a char), so that a title spanning two columns,
/// or one odd long line, does not move it; the furthest of all when no two agree.
fn right_edge(page: &Page, line: &Line) -> f32 {
    let mut ends: Vec<f32> = overlapping(page, line).map(|l| l.x_end).collect();
    ends.sort_by(|a, b| b.total_cmp(a));
    let widest = ends.first().copied().unwrap_or(line.x_end);
    ends.windows(2).find(|w| w[0] - w[1] <= line.size.max(1.0)).map_or(widest, |w| w[0])
}

/// The most common distance between consecutive lines of a page: the document's line
/// spacing, against which a larger gap starts a paragraph.
fn usual_leading(pages: &[Page]) -> f32 {
    let mut gaps: Vec<i32> = pages
        .iter()
        .flat_map(|p| p.lines.windows(2).map(|w| ((w[0].y - w[1].y) * 4.0).round() as i32))
        .filter(|&g| g > 0)
        .collect();
    gaps.sort_unstable();
    // the mode of the gaps, in quarter points; ties to the smaller gap
    let mut best = (0, 0);
    let mut k = 0;
    while k < gaps.len() {
        let run = gaps[k..].iter().take_while(|&&g| g == gaps[k]).count();
        if run > best.1 {
            best = (gaps[k], run);
        }
        k += run;
    }
    if best.1 == 0 {
        return f32::MAX / 4.0;
    }
    best.0 as f32 / 4.0
}

/// The pages without their running headers, footers and page numbers.
fn without_furniture(pages: &[Page]) -> Vec<Page> {
    let edges: Vec<[Vec<usize>; 2]> = pages.iter().map(edge_lines).collect();
    // on how many pages each line at an edge (the same text, digits aside, at the same
    // height) is found, counted apart on odd and even pages: a book's running heads
    // alternate (the gazette's name on even pages, the issue on odd ones), each on only
    // half of the pages. A title on the first page that the running header of the
    // others repeats stands lower, and stays.
    let mut counts: [HashMap<RepeatKey, usize>; 2] = Default::default();
    for (i, (page, edge_lines)) in pages.iter().zip(&edges).enumerate() {
        let mut seen = HashSet::new();
        for lines in edge_lines {
            for &k in lines {
                let key = repeat_key(&page.lines[k]);
                if !key.0.is_empty() && seen.insert(key.clone()) {
                    *counts[i % 2].entry(key).or_default() += 1;
                }
            }
        }
    }
    // on at least two pages, and on half of all pages or of the pages of its side
    let running = |line: &Line, side: usize| {
        let key = repeat_key(line);
        let [own, other] = [side, 1 - side].map(|s| counts[s].get(&key).copied().unwrap_or(0));
        let side_pages = (pages.len() + 1 - side) / 2;
        (own + other >= 2 && (own + other) * 2 >= pages.len()) || (own >= 2 && own * 2 >= side_pages)
    };
    pages
        .iter()
        .zip(&edges)
        .enumerate()
        .map(|(i, (page, [top, bottom]))| {
            let split = split_page_number(page);
            let furniture = |k: usize| {
                split.contains(&k)
                    || ((top.contains(&k) || bottom.contains(&k))
                        && (running(&page.lines[k], i % 2) || is_page_number(&page.lines[k].text)))
            };
            Page {
                lines: page.lines.iter().enumerate().filter(|&(k, _)| !furniture(k)).map(|(_, l)| l.clone()).collect(),
            }
        })
        .collect()
}

/// The lines of a page number broken into lines of its own (`-`, `3`, `-`, as
/// pdftotext gives `- 3 -`): two or three lines at the top or bottom of the page that
/// make a page number together.
fn split_page_number(page: &Page) -> Vec<usize> {
    let mut order: Vec<usize> = (0..page.lines.len()).filter(|&k| !page.lines[k].text.trim().is_empty()).collect();
    order.sort_by(|&a, &b| page.lines[b].y.total_cmp(&page.lines[a].y));
    let joined = |ks: &[usize]| ks.iter().map(|&k| page.lines[k].text.trim()).collect::<String>();
    for n in [3, 2] {
        if order.len() <= n {
            continue;
        }
        for edge in [&order[..n], &order[order.len() - n..]] {
            if is_page_number(&joined(edge)) {
                return edge.to_vec();
            }
        }
    }
    Vec::new()
}

/// A line's text with its digits (page numbers, dates) and spaces taken out, and its
/// height on the page to the nearest two points: the same running header on every page.
type RepeatKey = (String, i32);

fn repeat_key(line: &Line) -> RepeatKey {
    let text = line.text.chars().filter(|c| !c.is_whitespace() && !c.is_ascii_digit()).collect();
    (text, (line.y / 2.0).round() as i32)
}

/// The indexes of the lines at the top and at the bottom of a page, by position:
/// up to [`EDGE_LINES`] of each, never the same line at both edges unless it is alone.
fn edge_lines(page: &Page) -> [Vec<usize>; 2] {
    let mut order: Vec<usize> = (0..page.lines.len()).filter(|&k| !page.lines[k].text.trim().is_empty()).collect();
    order.sort_by(|&a, &b| page.lines[b].y.total_cmp(&page.lines[a].y));
    let n = order.len().min(EDGE_LINES);
    let top = order[..n].to_vec();
    let bottom = order[order.len() - n..].to_vec();
    if order.len() <= 1 {
        return [top, bottom];
    }
    // a short page: its lines are split between the two edges
    let half = order.len() / 2;
    [top.into_iter().take(half.max(1)).collect(), bottom.into_iter().rev().take(half.max(1)).collect()]
}

/// `- 3 -`, `—3—`, `·3·`, `3`, `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3`: a page number.
pub fn is_page_number(text: &str) -> bool {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.trim_matches(|c: char| matches!(c, '-' | '—' | '–' | '－' | '·' | '•' | '(' | ')' | '（' | '）'));
    let s = s.strip_prefix("Page").or_else(|| s.strip_prefix("page")).unwrap_or(s);
    let digits = |t: &str| !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit());
    if digits(s) {
        return true;
    }
    if let Some((a, b)) = s.split_once('/') {
        return digits(a) && digits(b);
    }
    // 第3页, 第3页共9页, 共9页第3页
    let rest = s.strip_prefix('第').and_then(|r| r.split_once('页'));
    match rest {
        Some((n, tail)) => {
            digits(n)
                && (tail.is_empty() || tail.strip_prefix('共').and_then(|t| t.strip_suffix('页')).is_some_and(digits))
        }
        None => s
            .strip_prefix('共')
            .and_then(|r| r.split_once('页'))
            .is_some_and(|(n, tail)| digits(n) && is_page_number(tail) && !tail.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of lines at 12 pt, 20 pt apart, from the top, `(indent in chars, text)`;
    /// a full line is 35 chars wide, from x = 72.
    fn page(lines: &[(f32, &str)]) -> Page {
        Page {
            lines: lines
                .iter()
                .enumerate()
                .map(|(k, &(indent, text))| {
                    let x = 72.0 + indent * 12.0;
                    let width: f32 = text.chars().map(|c| if c.is_ascii() { 6.0 } else { 12.0 }).sum();
                    Line { text: text.into(), x, x_end: x + width, y: 770.0 - 20.0 * k as f32, size: 12.0 }
                })
                .collect(),
        }
    }

    /// A full line of 35 chars (33 after an indent of 2).
    fn full(indent: usize, tag: &str) -> String {
        let body = "一二三四五六七八九十".repeat(4);
        let mut s: String = tag.to_string();
        s.extend(body.chars().take(35 - indent - tag.chars().count()));
        s
    }

    #[test]
    fn lines_of_a_paragraph_are_joined_without_spaces() {
        let (a, b) = (full(2, "甲"), full(0, "乙"));
        let p = page(&[(2.0, &a), (0.0, &b), (0.0, "末行。")]);
        assert_eq!(text_of(&[p]), format!("{a}{b}末行。\n"));
    }

    #[test]
    fn an_indented_line_starts_a_paragraph() {
        let (a, b) = (full(2, "甲"), full(2, "乙"));
        let p = page(&[(2.0, &a), (2.0, &b), (0.0, "末行。")]);
        assert_eq!(text_of(&[p]), format!("{a}\n{b}末行。\n"));
    }

    #[test]
    fn a_full_line_with_a_first_line_indent_is_a_paragraph_of_its_own() {
        // a heading or a date line that fills the width, then an indented paragraph
        let (a, b) = (full(2, "甲"), full(2, "乙"));
        let p = page(&[(2.0, &a), (2.0, &b), (0.0, "末行。")]);
        assert_eq!(text_of(&[p]), format!("{a}\n{b}末行。\n"));
    }

    #[test]
    fn a_line_in_another_size_starts_a_paragraph() {
        // a cover: the title at 22 pt over the government and the date, centred
        let mut p = page(&[(13.0, "政府工作报告"), (14.0, "某市人民政府"), (15.0, "2024年1月")]);
        p.lines[0].size = 22.0;
        p.lines[0].x_end = p.lines[0].x + 6.0 * 22.0;
        assert!(text_of(&[p]).starts_with("政府工作报告\n"));
    }

    #[test]
    fn a_short_line_ends_its_paragraph() {
        let b = full(0, "乙");
        let p = page(&[(0.0, "各位代表："), (0.0, &b)]);
        assert_eq!(text_of(&[p]), format!("各位代表：\n{b}\n"));
    }

    #[test]
    fn a_larger_gap_starts_a_paragraph() {
        let (a, b) = (full(0, "甲"), full(0, "乙"));
        let mut p = page(&[(0.0, &a), (0.0, &a), (0.0, &b), (0.0, &b)]);
        for l in &mut p.lines[2..] {
            l.y -= 14.0;
        }
        assert_eq!(text_of(&[p]), format!("{a}{a}\n{b}{b}\n"));
    }

    #[test]
    fn latin_words_broken_across_lines_keep_one_space() {
        let a = format!("{}Made in", &full(0, "甲")[..full(0, "甲").char_indices().nth(30).unwrap().0]);
        let p = page(&[(0.0, &a), (0.0, "China 2025。")]);
        let mut q = p.clone();
        q.lines[0].x_end = 492.0; // a full line
        assert_eq!(text_of(&[q]), format!("{a} China 2025。\n"));
    }

    #[test]
    fn digits_broken_across_lines_are_joined_as_one_number() {
        let a = format!("{}1.", &full(0, "甲")[..full(0, "甲").char_indices().nth(33).unwrap().0]);
        let mut p = page(&[(0.0, &a), (0.0, "2万人。")]);
        p.lines[0].x_end = 492.0;
        assert_eq!(text_of(&[p]), format!("{a}2万人。\n"));
    }

    /// Full lines that differ from page to page (body text does not repeat).
    fn body(page: usize, line: usize) -> String {
        full(0, &format!("{}{}", char::from_u32(0x4E00 + page as u32 * 7).unwrap(), "丙丁".repeat(line + 1)))
    }

    /// A short last line that differs from page to page, in more than its digits.
    fn end(page: usize) -> String {
        format!("{}完。", char::from_u32(0x4E10 + page as u32 * 7).unwrap())
    }

    #[test]
    fn running_headers_and_page_numbers_are_dropped() {
        let pages: Vec<Page> = (1..=4)
            .map(|n| {
                let mut p = page(&[
                    (12.0, "某某区政府工作报告"),
                    (0.0, &body(n, 0)),
                    (0.0, &body(n, 1)),
                    (14.0, &format!("- {n} -")),
                ]);
                p.lines[3].y = 50.0;
                p
            })
            .collect();
        let text = text_of(&pages);
        let all: String = (1..=4).map(|n| body(n, 0) + &body(n, 1)).collect();
        assert_eq!(text, format!("{all}\n"));
    }

    #[test]
    fn running_heads_that_alternate_on_odd_and_even_pages_are_dropped() {
        // the gazette's name on even pages, the issue on odd ones after the first: each on
        // fewer than half of the 7 pages
        let pages: Vec<Page> = (1..=7)
            .map(|n| {
                let head = if n % 2 == 0 { "某市人民政府公报" } else { "2023年第2期" };
                let lines = [(12.0, head), (0.0, &body(n, 0)), (0.0, &body(n, 1))];
                page(&lines[usize::from(n == 1)..])
            })
            .collect();
        let text = text_of(&pages);
        let all: String = (1..=7).map(|n| body(n, 0) + &body(n, 1)).collect();
        assert_eq!(text, format!("{all}\n"));
    }

    #[test]
    fn a_title_on_the_first_page_only_stays() {
        let mut pages = vec![page(&[(10.0, "某某区政府工作报告"), (0.0, &body(0, 0)), (0.0, "完。")])];
        pages.extend((1..4).map(|n| page(&[(0.0, &body(n, 0)), (0.0, &body(n, 1)), (0.0, &end(n))])));
        let text = text_of(&pages);
        assert!(text.starts_with("某某区政府工作报告\n"), "{text}");
        assert_eq!(text.lines().count(), 5, "{text}");
    }

    #[test]
    fn a_header_with_the_page_number_in_it_is_still_a_running_header() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| page(&[(8.0, &format!("政府工作报告 第{n}页")), (0.0, &body(n, 0)), (0.0, &end(n))]))
            .collect();
        let text = text_of(&pages);
        assert!(!text.contains("报告") && text.contains(&end(1)), "{text}");
    }

    #[test]
    fn a_paragraph_runs_over_a_page_break() {
        let (a, b) = (full(2, "甲"), full(0, "乙"));
        let pages = [page(&[(2.0, &a), (0.0, &b)]), page(&[(0.0, "末行。"), (2.0, "新段。")])];
        assert_eq!(text_of(&pages), format!("{a}{b}末行。\n新段。\n"));
    }

    #[test]
    fn columns_are_read_one_after_the_other() {
        // two columns of 15 chars: the page draws the left one, then the right one
        let mut left = page(&[(2.0, "左栏第一段的第一行，共十五个字"), (0.0, "左栏第一段的第二行。")]);
        let mut right = page(&[(2.0, "右栏第一段的第一行，共十五个字"), (0.0, "右栏第一段的第二行。")]);
        for l in &mut left.lines {
            l.x_end = l.x_end.min(72.0 + 180.0);
        }
        for l in &mut right.lines {
            l.x += 240.0;
            l.x_end += 240.0;
        }
        left.lines.extend(right.lines);
        assert_eq!(
            text_of(&[left]),
            "左栏第一段的第一行，共十五个字左栏第一段的第二行。\n右栏第一段的第一行，共十五个字右栏第一段的第二行。\n"
        );
    }

    #[test]
    fn a_page_number_broken_into_lines_is_dropped() {
        let (a, b) = (full(2, "甲"), full(0, "乙"));
        let p = page(&[(2.0, &a), (0.0, &b), (0.0, "末行。"), (16.0, "-"), (16.0, "3"), (16.0, "-")]);
        assert_eq!(text_of(&[p]), format!("{a}{b}末行。\n"));
    }

    /// `page`'s lines, then footnote lines in 9 pt under them, `(x indent in chars, text)`.
    fn with_notes(mut p: Page, notes: &[(f32, &str)]) -> Page {
        let bottom = p.lines.iter().map(|l| l.y).fold(f32::MAX, f32::min);
        for (k, &(indent, text)) in notes.iter().enumerate() {
            let x = 72.0 + indent * 9.0;
            let x_end = x + text.chars().count() as f32 * 9.0;
            p.lines.push(Line { text: text.into(), x, x_end, y: bottom - 40.0 - 12.0 * k as f32, size: 9.0 });
        }
        p
    }

    #[test]
    fn footnotes_at_the_foot_of_a_page_are_left_out() {
        let (a, b) = (full(2, "甲"), full(0, "乙"));
        let first = with_notes(
            page(&[(2.0, &a), (0.0, &b)]),
            &[
                (0.0, "1规模以上工业：年主营业务收入2000万元及以上的"),
                (0.0, "工业法人企业。"),
                (0.0, "②城镇调查失业率全年为5.2%。"),
            ],
        );
        let pages = [first, page(&[(0.0, "末行。"), (2.0, "新段。")])];
        assert_eq!(text_and_footnotes(&pages), (format!("{a}{b}末行。\n新段。\n"), 2));
        // in the forms marks take
        for note in [
            "注：数据为初步统计。",
            "[3]规模以上工业指…",
            "（4）规模以上工业指",
            "* 规模以上工业指",
            "12. 规模以上工业指",
        ] {
            assert!(opens_note(note), "{note}");
        }
        for not in
            ["12月份规模以上工业", "3万户农村生活污水", "2023年规模以上工业", "1", "规模以上工业", "1234规模以上"]
        {
            assert!(!opens_note(not), "{not}");
        }
    }

    #[test]
    fn small_lines_that_open_no_note_or_stand_above_the_text_stay() {
        let (a, b) = (full(2, "甲"), full(0, "乙"));
        // a caption under the text, in a small font, is no footnote
        let caption = with_notes(page(&[(2.0, &a), (0.0, &b)]), &[(0.0, "资料来源：市统计局。")]);
        assert!(text_and_footnotes(&[caption]).0.contains("资料来源"));
        // a page all in a small font (a table) has no body above its lines
        let mut table = page(&[(0.0, "1地区生产总值增长百分之六"), (0.0, "2一般公共预算收入增长")]);
        for l in &mut table.lines {
            l.size = 9.0;
        }
        let body = page(&[(2.0, &a), (0.0, &b), (0.0, &a), (0.0, &b)]);
        let (text, notes) = text_and_footnotes(&[body, table]);
        assert!(text.contains("1地区生产总值") && notes == 0, "{text}");
    }

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for s in ["- 3 -", "—12—", "3", "第3页", "第 3 页 共 9 页", "3/9", "·7·", "（5）", "Page 4"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["2023年", "第三章", "一、", "12345", "3.5%", "第3项", ""] {
            assert!(!is_page_number(s), "{s}");
        }
    }
}
