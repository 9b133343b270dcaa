//! `.pdf` -> the report's text: the text layer read by oxidize-pdf (in a child
//! process, see [`isolate`]), or by `pdftotext` when that reads what oxidize-pdf
//! could not; then the layout clean-up of [`layout`]. Text that cannot be read (no
//! text layer: a scan; fonts without a Unicode mapping) is an error that says which,
//! and what to do.

pub mod isolate;
pub mod layout;
pub mod oxidize;
pub mod pdftotext;
pub mod predefined;

use std::path::Path;

use crate::error::InputError;
use layout::Page;

/// The text of a PDF, which reader made it, and what went wrong on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfText {
    pub text: String,
    /// `oxidize-pdf 5.5` or `pdftotext 22.12.0`: reports.csv's `reader`.
    pub reader: String,
    pub warnings: Vec<String>,
}

/// Above this share of unreadable chars (U+FFFD, control, private use), a PDF's
/// fonts are taken to have no Unicode mapping. A few bullets or symbols in a private
/// use area stay well under it; a body font without a mapping is far over.
const MAX_UNREADABLE_PERCENT: usize = 5;

/// What a reader's pages hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Readable,
    /// Not a char of text: a scan, or pages of drawings.
    NoText,
    /// This percentage of the chars cannot be read.
    Unmapped(u32),
    /// Text, none of it Chinese: glyphs mapped to the wrong chars (or not a report).
    NoChinese,
}

fn assess(pages: &[Page]) -> Verdict {
    let (mut chars, mut bad, mut cjk) = (0usize, 0usize, false);
    for c in pages.iter().flat_map(|p| &p.lines).flat_map(|l| l.text.chars()).filter(|c| !c.is_whitespace()) {
        chars += 1;
        bad += usize::from(unreadable(c));
        cjk |= super::decode::is_cjk(c);
    }
    match chars {
        0 => Verdict::NoText,
        _ if bad * 100 > chars * MAX_UNREADABLE_PERCENT => Verdict::Unmapped((bad * 100 / chars) as u32),
        _ if !cjk => Verdict::NoChinese,
        _ => Verdict::Readable,
    }
}

/// U+FFFD (a glyph without a mapping), a control char, or a private use char (a
/// font's own codes).
fn unreadable(c: char) -> bool {
    c == '\u{FFFD}'
        || c.is_control()
        || matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
}

/// Read the text of the PDF at `path` (`bytes` is its content, already read).
pub fn read(path: &Path, bytes: &[u8]) -> Result<PdfText, InputError> {
    let primary = isolate::read_pages(path, bytes);
    let (verdict, reason, mut warnings) = match primary {
        Ok((pages, mut warnings)) => match assess(&pages) {
            Verdict::Readable => {
                let text = laid_out(&pages, &mut warnings);
                return Ok(PdfText { text, reader: oxidize::READER.to_string(), warnings });
            }
            v => (v, String::new(), warnings),
        },
        Err(reason) => (Verdict::NoText, reason, Vec::new()),
    };
    // what oxidize-pdf could not read, pdftotext (with poppler-data) may
    let also = match pdftotext::read_pages(path) {
        None => String::new(),
        Some(Ok(out)) => match assess(&out.pages) {
            Verdict::Readable => {
                let why = describe(verdict, &reason);
                warnings.push(format!("read with {} because {} found {why}", out.reader, oxidize::READER));
                let text = laid_out(&out.pages, &mut warnings);
                return Ok(PdfText { text, reader: out.reader, warnings });
            }
            Verdict::NoText if out.stderr.contains("Missing language pack") => {
                " (pdftotext, tried too, gave no text: install poppler-data, without which it reads no Chinese font)"
                    .to_string()
            }
            Verdict::NoText => " (pdftotext, tried too, gave no text)".to_string(),
            _ => " (pdftotext, tried too, could not read it either)".to_string(),
        },
        Some(Err(e)) => format!(" (pdftotext, tried too, failed: {e})"),
    };
    if reason.is_empty() {
        return Err(failure(verdict, &reason, also));
    }
    Err(unreadable_file(bytes, reason, also))
}

/// The error for a file that could not be opened: a password's, or the reader's
/// reason and, when the file has no `%%EOF` near its end, that it is cut short.
fn unreadable_file(bytes: &[u8], reason: String, also: String) -> InputError {
    // (an encrypted file that opens without a password was read above)
    if memchr::memmem::find(bytes, b"/Encrypt").is_some() {
        return InputError::PdfEncrypted { also };
    }
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    let reason = match memchr::memmem::find(tail, b"%%EOF") {
        None => format!(
            "{reason}; the file is cut short: it does not end as a PDF does, with %%EOF (a download that stopped?)"
        ),
        Some(_) => reason,
    };
    InputError::Pdf { reason, also }
}

/// The text of readable pages ([`layout::text_and_footnotes`]), with a warning when
/// footnotes at the foot of pages were left out.
fn laid_out(pages: &[Page], warnings: &mut Vec<String>) -> String {
    let (text, notes) = layout::text_and_footnotes(pages);
    if notes > 0 {
        let what = if notes == 1 { "a footnote".to_string() } else { format!("{notes} footnotes") };
        warnings.push(format!("{what} at the foot of pages (in a smaller font, under the text) left out of the text"));
    }
    text
}

/// What the first reader found, in a few words, for the warning of the second.
fn describe(verdict: Verdict, reason: &str) -> String {
    match verdict {
        _ if !reason.is_empty() => format!("the file damaged ({reason})"),
        Verdict::Unmapped(percent) => format!("{percent}% of the chars without a Unicode mapping"),
        Verdict::NoChinese => "no Chinese char in the text".to_string(),
        Verdict::NoText | Verdict::Readable => "no text".to_string(),
    }
}

/// The error for a PDF that no reader could read: `reason` when the file itself
/// could not be read, else what the verdict says.
fn failure(verdict: Verdict, reason: &str, also: String) -> InputError {
    if !reason.is_empty() {
        return InputError::Pdf { reason: reason.to_string(), also };
    }
    match verdict {
        Verdict::Unmapped(percent) => InputError::PdfUnmapped { percent, also },
        Verdict::NoChinese => InputError::PdfNoChinese { also },
        Verdict::NoText | Verdict::Readable => InputError::PdfNoText { also },
    }
}

#[cfg(test)]
mod tests {
    use super::layout::Line;
    use super::*;

    fn pages(text: &str) -> Vec<Page> {
        vec![Page {
            lines: text.lines().map(|t| Line { text: t.into(), x: 0.0, x_end: 10.0, y: 0.0, size: 2.0 }).collect(),
        }]
    }

    #[test]
    fn text_with_chinese_is_readable() {
        assert_eq!(assess(&pages("全年增长6%。\n")), Verdict::Readable);
    }

    #[test]
    fn no_char_at_all_is_no_text_layer() {
        assert_eq!(assess(&pages(" \n\n")), Verdict::NoText);
        assert_eq!(assess(&[]), Verdict::NoText);
    }

    #[test]
    fn replacement_chars_over_the_share_are_unmapped_fonts() {
        assert_eq!(assess(&pages("\u{FFFD}\u{FFFD}\u{FFFD}增长")), Verdict::Unmapped(60));
        assert_eq!(assess(&pages("\u{E001}\u{E002}\u{1}\u{2}")), Verdict::Unmapped(100));
        // one bullet from a symbol font in a paragraph is fine
        assert_eq!(assess(&pages(&format!("\u{F0B7}{}", "全年增长".repeat(6)))), Verdict::Readable);
    }

    #[test]
    fn latin_mojibake_is_not_chinese() {
        assert_eq!(assess(&pages("rºÍ@tk*J ×× rQºÍ@¯A2i")), Verdict::NoChinese);
    }

    #[test]
    fn a_file_that_cannot_be_opened_says_why_when_the_bytes_tell() {
        let whole = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n";
        let e = unreadable_file(whole, "bad catalog".into(), String::new()).to_string();
        assert!(e.contains("encrypted") && e.contains("password"), "{e}");
        let cut = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pa";
        let e = unreadable_file(cut, "Missing required key: Pages".into(), String::new()).to_string();
        assert!(e.contains("(Missing required key: Pages; the file is cut short"), "{e}");
        let e = unreadable_file(b"%PDF-1.4\nxx\n%%EOF\n", "Invalid xref table".into(), String::new()).to_string();
        assert!(e.contains("(Invalid xref table)"), "{e}");
    }

    #[test]
    fn errors_say_what_to_do() {
        let e = failure(Verdict::NoText, "", String::new()).to_string();
        assert!(e.contains("no text layer") && e.contains("OCR"), "{e}");
        let e = failure(Verdict::Unmapped(80), "", String::new()).to_string();
        assert!(e.contains("80%") && e.contains("poppler-data") && e.contains("pdftotext"), "{e}");
        let e = failure(Verdict::NoText, "invalid xref", " (pdftotext, tried too, gave no text)".into()).to_string();
        assert!(e.contains("(invalid xref)") && e.ends_with("(pdftotext, tried too, gave no text)"), "{e}");
    }
}
