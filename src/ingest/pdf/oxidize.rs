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
/// before, and not left of where it ends, goes on that line.
fn lines_of(fragments: &[TextFragment]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for f in fragments {
        if f.text.is_empty() || !f.x.is_finite() || !f.y.is_finite() {
            continue;
        }
        let (x, y, size) = (f.x as f32, f.y as f32, (f.font_size as f32).abs().max(1.0));
        let x_end = x + (f.width as f32).max(0.0);
        if let Some(line) = lines.last_mut() {
            let same_baseline = (line.y - y).abs() <= 0.3 * size;
            let gap = x - line.x_end;
            if same_baseline && gap >= -0.5 * size {
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if gap > 0.25 * size && latin(line.text.chars().last()) && latin(f.text.chars().next()) {
                    line.text.push(' ');
                }
                line.text.push_str(&f.text);
                line.x_end = line.x_end.max(x_end);
                continue;
            }
        }
        lines.push(Line { text: f.text.clone(), x, x_end, y, size });
    }
    lines
}
