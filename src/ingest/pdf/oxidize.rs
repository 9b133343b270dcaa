//! PDF bytes -> positioned lines of each page, through oxidize-pdf (pure Rust).
//!
//! oxidize-pdf decodes the fonts Chinese official PDFs use: Type0 fonts with an
//! Adobe-GB1 CMap (GBK-EUC-H, GB-EUC-H, UniGB-UCS2-H, UniGB-UTF16-H) whether or not
//! they are embedded, and embedded TrueType subsets with a ToUnicode map. A glyph it
//! cannot map comes back as U+FFFD, which is how `super::assess` tells unreadable
//! fonts. Its layout mode gives text fragments with their position, in the order the
//! page draws them; they are grouped into visual lines here. Fonts that name one of
//! those CMaps are first given the codes they show (see `super::predefined`), which
//! oxidize-pdf would otherwise search for one by one.
//!
//! oxidize-pdf can panic on damaged files: this runs in a child process or under
//! `catch_unwind` (see `super::isolate`), never bare in a batch.

use std::io::{Cursor, Read, Seek};

use oxidize_pdf::parser::{ParseOptions, PdfDocument, PdfReader};
use oxidize_pdf::text::{ExtractionOptions, TextExtractor, TextFragment};

use super::layout::{Line, Page};

/// What one page may decode to at most: far over any report's page (a few KB), so it
/// only bounds a hostile content stream.
const MAX_PAGE_BYTES: usize = 4 << 20;

/// The reader's name and version, for reports.csv and run.json.
pub const READER: &str = "oxidize-pdf 5.5";

/// The lines of every page, and a warning for each page that could not be read.
/// An error when the file cannot be opened at all or no page can be read.
pub fn read_pages(bytes: &[u8]) -> Result<(Vec<Page>, Vec<String>), String> {
    // the same text, faster, for fonts that name a predefined Adobe-GB1 CMap; the file
    // as it is when there are none, or the speed-up panics or cannot be opened
    let faster = std::panic::catch_unwind(|| super::predefined::with_listed_codes(bytes)).ok().flatten();
    if let Some(faster) = faster {
        if let Ok(doc) = open(&faster) {
            return read_document(&doc);
        }
    }
    read_document(&open(bytes)?)
}

/// The PDF in `bytes`, once its page count could be read.
pub(super) fn open(bytes: &[u8]) -> Result<PdfDocument<Cursor<&[u8]>>, String> {
    let reader = PdfReader::new_with_options(Cursor::new(bytes), ParseOptions::lenient()).map_err(|e| e.to_string())?;
    let doc = PdfDocument::new(reader);
    doc.page_count().map_err(|e| e.to_string())?;
    Ok(doc)
}

/// The lines of every page of `doc`, as [`read_pages`] says.
pub(super) fn read_document<R: Read + Seek>(doc: &PdfDocument<R>) -> Result<(Vec<Page>, Vec<String>), String> {
    let n = doc.page_count().map_err(|e| e.to_string())?;
    let options =
        ExtractionOptions { preserve_layout: true, max_extracted_bytes: Some(MAX_PAGE_BYTES), ..Default::default() };
    let mut extractor = TextExtractor::with_options(options);
    let mut pages = Vec::with_capacity(n.min(10_000) as usize);
    let mut warnings = Vec::new();
    let mut first_error = None;
    for k in 0..n {
        match extractor.extract_from_page(doc, k) {
            Ok(text) => pages.push(Page { lines: lines_of(&text.fragments) }),
            Err(e) => {
                warnings.push(format!("page {} of the PDF could not be read and is left out: {e}", k + 1));
                first_error.get_or_insert(e.to_string());
                pages.push(Page::default());
            }
        }
    }
    match first_error {
        Some(e) if warnings.len() as u32 == n => Err(e),
        _ => Ok((pages, warnings)),
    }
}

/// Fragments in drawing order -> lines: a fragment on the same baseline as the line
/// before, and not left of where it ends, goes on that line; so does a script set
/// smaller beside it ([`script`]).
fn lines_of(fragments: &[TextFragment]) -> Vec<Line> {
    grouped(fragments.iter().filter(|f| !f.text.is_empty() && f.x.is_finite() && f.y.is_finite()).map(|f| {
        let (x, y, size) = (f.x as f32, f.y as f32, (f.font_size as f32).abs().max(1.0));
        Line { text: f.text.clone(), x, x_end: x + (f.width as f32).max(0.0), y, size }
    }))
}

/// Fragments (as one-fragment lines) in drawing order -> lines, as [`lines_of`] says.
fn grouped(fragments: impl Iterator<Item = Line>) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for next in fragments {
        if let Some(line) = lines.last_mut() {
            let size = next.size;
            let same_baseline = (line.y - next.y).abs() <= 0.3 * size;
            let gap = next.x - line.x_end;
            if same_baseline && gap >= -0.5 * size {
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if gap > 0.25 * size && latin(line.text.chars().last()) && latin(next.text.chars().next()) {
                    line.text.push(' ');
                }
                line.text.push_str(&next.text);
                line.x_end = line.x_end.max(next.x_end);
                continue;
            }
            if let Some(joined) = script(line, &next) {
                *line = joined;
                continue;
            }
        }
        lines.push(next);
    }
    lines
}

/// A line and a fragment beside it (within half a char) in a smaller font, raised or
/// lowered but inside the line's height, as one line: a footnote mark drawn as a
/// superscript after a word (规模以上工业增加值¹增长9.2%), a subscript (PM₂.₅), or a
/// footnote's own mark before its text. Without this the mark is a line of its own,
/// which ends the paragraph in the middle of its sentence. A raised footnote mark
/// (1–3 digits, ①, *) is dropped, as a web page's `<sup>` is; 2 or 3 raised after m
/// is m² or m³; other scripts are kept as text. `None` when they are not so placed.
fn script(line: &Line, next: &Line) -> Option<Line> {
    let beside = |a: &Line, b: &Line| (b.x - a.x_end).abs() <= 0.5 * a.size.max(b.size);
    let small = |s: &Line, of: &Line| s.size <= 0.8 * of.size;
    let within = |s: &Line, of: &Line| (-0.4 * of.size..=0.7 * of.size).contains(&(s.y - of.y));
    let mark = |s: &str| crate::ingest::html::is_footnote_mark(s.trim());
    if small(next, line) && within(next, line) && beside(line, next) {
        // after the line: its superscript or subscript
        let mut joined = line.clone();
        let raised = next.y > line.y;
        match next.text.trim() {
            "2" | "3" if raised && line.text.ends_with('m') => {
                joined.text.push(if next.text.trim() == "2" { '²' } else { '³' })
            }
            t if raised && mark(t) => {}
            t => joined.text.push_str(t),
        }
        joined.x_end = joined.x_end.max(next.x_end);
        return Some(joined);
    }
    // a footnote's mark, then its text on a lower baseline
    if small(line, next) && within(line, next) && beside(line, next) && mark(&line.text) {
        return Some(Line { text: format!("{}{}", line.text.trim(), next.text), x: line.x, ..next.clone() });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frag(text: &str, x: f32, x_end: f32, y: f32, size: f32) -> Line {
        Line { text: text.into(), x, x_end, y, size }
    }

    #[test]
    fn a_footnote_mark_raised_in_a_line_is_dropped_and_the_line_goes_on() {
        // 规模以上工业增加值¹增长9.2%；as LibreOffice draws it: the mark 6 pt up, 8 pt high
        let line = grouped(
            [
                frag("共预算收入增长8.1%；规模以上工业增加值", 73.8, 439.1, 525.7, 14.0),
                frag("1", 439.6, 444.5, 531.9, 8.1),
                frag("增长9.2%；", 444.9, 521.7, 525.7, 14.0),
                frag("社会消费品零售总额增长7.3%。", 73.8, 275.4, 497.3, 14.0),
            ]
            .into_iter(),
        );
        let texts: Vec<&str> = line.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["共预算收入增长8.1%；规模以上工业增加值增长9.2%；", "社会消费品零售总额增长7.3%。"]);
        assert_eq!(line[0].x_end, 521.7);
    }

    #[test]
    fn other_scripts_are_kept() {
        let join = |a: Line, b: Line| grouped([a, b].into_iter()).into_iter().map(|l| l.text).collect::<Vec<_>>();
        // a subscript, lowered
        assert_eq!(join(frag("PM", 0.0, 20.0, 100.0, 14.0), frag("2.5", 20.0, 30.0, 97.0, 8.0)), ["PM2.5"]);
        assert_eq!(join(frag("CO", 0.0, 20.0, 100.0, 14.0), frag("2", 20.0, 25.0, 97.0, 8.0)), ["CO2"]);
        // square metres
        assert_eq!(
            join(frag("面积120万m", 0.0, 80.0, 100.0, 14.0), frag("2", 80.0, 85.0, 105.0, 8.0)),
            ["面积120万m²"]
        );
        // a footnote's own mark before its text, on a lower baseline
        assert_eq!(
            join(frag("1", 73.8, 78.0, 88.0, 6.0), frag("规模以上工业：年主营业务收入", 78.5, 300.0, 85.0, 9.0)),
            ["1规模以上工业：年主营业务收入"]
        );
        // a smaller line far off, or below the line: lines of their own
        assert_eq!(join(frag("正文", 0.0, 28.0, 100.0, 14.0), frag("1", 200.0, 205.0, 106.0, 8.0)).len(), 2);
        assert_eq!(join(frag("正文", 0.0, 28.0, 100.0, 14.0), frag("注释", 28.0, 46.0, 80.0, 9.0)).len(), 2);
    }
}
