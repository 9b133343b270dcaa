//! Files -> decoded documents. The only stage besides `output` that touches the disk.
//!
//! `discover` lists every file below INPUT_DIR (sorted; hidden files and baogao's own
//! outputs skipped); `read` turns one into a [`Document`] or a [`Failure`] that names
//! the file and the problem.

pub mod decode;
mod discover;
pub mod docx;
pub mod html;
pub mod memory;
pub mod pdf;

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::config::hex;
use crate::error::{Failure, InputError, Stage};
use crate::model::{Document, SourceFormat};
pub use discover::{discover, input_for, Discovered, Input, Ours};

fn format_of(path: &Path) -> Result<SourceFormat, InputError> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let unsupported = |advice: &str| Err(InputError::Unsupported { ext: ext.clone(), advice: advice.to_string() });
    match ext.as_str() {
        "txt" | "text" => Ok(SourceFormat::Txt),
        "md" | "markdown" => Ok(SourceFormat::Md),
        "html" | "htm" | "xhtml" => Ok(SourceFormat::Html),
        "docx" => Ok(SourceFormat::Docx),
        "pdf" => Ok(SourceFormat::Pdf),
        "doc" | "wps" | "rtf" => unsupported("legacy Word files are not read; save as .docx (or export .txt)"),
        "png" | "jpg" | "jpeg" | "gif" | "tif" | "tiff" | "bmp" | "webp" => {
            unsupported("images are not read; run OCR and save the text as .txt")
        }
        "" => unsupported("files need an extension: .txt, .md, .html, .docx or .pdf"),
        _ => unsupported("not a report format; baogao reads .txt, .md, .html, .docx and .pdf"),
    }
}

/// What a file's first bytes say it is, when that is a kind of file with a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
    Pdf,
    /// A zip package: a .docx (or .xlsx, .odt …).
    Zip,
    /// An OLE compound file: a legacy .doc, .wps, .xls.
    Ole,
    Html,
    Rtf,
    Image,
}

/// `named_pdf`: the file is named .pdf, and a PDF's header may then stand anywhere in its
/// first 1,024 bytes, as readers allow; in a file named otherwise only at its start (a
/// text that quotes 原文件：%PDF-1.4 is no PDF).
fn content_of(bytes: &[u8], named_pdf: bool) -> Option<Content> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    // a BOM or blank lines may stand before a page's first tag
    let text = lower.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&lower).trim_ascii_start();
    if text.starts_with(b"%pdf-") || named_pdf && head.windows(5).any(|w| w == b"%PDF-") {
        Some(Content::Pdf)
    } else if head.starts_with(b"PK\x03\x04") {
        Some(Content::Zip)
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(Content::Ole)
    } else if [&b"<!doctype html"[..], b"<html", b"<head", b"<meta", b"<body"].iter().any(|t| text.starts_with(t)) {
        Some(Content::Html)
    } else if head.starts_with(b"{\\rtf") {
        Some(Content::Rtf)
    } else if [&b"\x89PNG"[..], b"\xff\xd8\xff", b"GIF8", b"II*\0", b"MM\0*"].iter().any(|m| head.starts_with(m)) {
        Some(Content::Image)
    } else {
        None
    }
}

/// Whether a text is a web page's markup, as a scraper saves a page's body under a .txt
/// name (`<p>各位代表：</p><p>…`): it opens with an element and its first 4 KiB close at
/// least three paragraphs, blocks or headings. Its tags read as text would run into its sentences
/// and hide its headings. (A text that only starts with a tag, or quotes one, stays text.)
fn is_markup(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head).trim_ascii_start();
    // (an element, not a comment or a doctype alone: <!-- saved by … --> before plain text)
    if !(text.starts_with(b"<") && text.get(1).is_some_and(u8::is_ascii_alphabetic)) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let count = |tag: &[u8]| lower.windows(tag.len()).filter(|w| *w == tag).count();
    count(b"</p>") + count(b"</div>") + count(b"</h") >= 3
}

/// The format to read a file in: its extension's, unless its content is another
/// format's (a site's error page saved as 2023.pdf, a .docx served as 2023.doc, a PDF
/// named .html): then that format, with a warning. Content baogao does not read under
/// a name it reads (a .doc renamed .docx, an image named .pdf) is an error saying what
/// the file is.
fn format_by_content(path: &Path, bytes: &[u8]) -> Result<(SourceFormat, Option<String>), InputError> {
    let named = format_of(path);
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let content = content_of(bytes, matches!(named, Ok(SourceFormat::Pdf)));
    let read_as = |format: SourceFormat, what: &str| {
        let note = format!("the file is named .{ext} but is {what}: read as one");
        Ok((format, Some(note)))
    };
    let wrong = |what, advice| Err(InputError::WrongContent { ext: ext.clone(), what, advice });
    let matching = |f, c| {
        matches!(
            (f, c),
            (SourceFormat::Pdf, Content::Pdf)
                | (SourceFormat::Docx, Content::Zip)
                | (SourceFormat::Html, Content::Html)
        )
    };
    match (named, content) {
        (Ok(f), Some(c)) if matching(f, c) => Ok((f, None)),
        (Ok(SourceFormat::Txt), None | Some(Content::Html)) if is_markup(bytes) => {
            read_as(SourceFormat::Html, "a web page's markup")
        }
        (_, Some(Content::Pdf)) => read_as(SourceFormat::Pdf, "a PDF"),
        (Ok(SourceFormat::Pdf) | Err(_), Some(Content::Zip)) => read_as(SourceFormat::Docx, "a zip package (a .docx?)"),
        (Ok(SourceFormat::Pdf | SourceFormat::Docx) | Err(_), Some(Content::Html)) => {
            read_as(SourceFormat::Html, "a web page")
        }
        (Ok(_), Some(Content::Ole)) => {
            wrong("a legacy Word or WPS file (.doc, .wps)", "open it in Word, WPS or LibreOffice and save it as .docx")
        }
        (Ok(_), Some(Content::Rtf)) => wrong("an RTF file", "open it in Word, WPS or LibreOffice and save it as .docx"),
        (Ok(_), Some(Content::Image)) => wrong("an image", "run OCR on it and save the text as .txt"),
        (Ok(SourceFormat::Pdf), None) => {
            wrong("no PDF (it has no %PDF- header)", "download it again; if it is text, name it .txt")
        }
        (named, _) => named.map(|f| (f, None)),
    }
}

/// Read and decode one input.
pub fn read(input: &Input, max_bytes: u64) -> Result<Document, Failure> {
    let fail = |stage, error| Failure { path: input.shown.clone(), stage, error };
    // (the extension is checked first: a file of another kind is not read at all)
    format_of(&input.path)
        .or_else(|e| match e {
            InputError::Unsupported { ref ext, .. } if ["doc", "wps", "rtf"].contains(&ext.as_str()) => {
                Ok(SourceFormat::Txt)
            }
            e => Err(e),
        })
        .map_err(|e| fail(Stage::Read, e))?;
    let meta = std::fs::metadata(&input.path).map_err(|e| fail(Stage::Read, InputError::Unreadable(e.to_string())))?;
    // a FIFO or a device would block the read, or never end
    if !meta.is_file() {
        return Err(fail(Stage::Read, InputError::NotAFile));
    }
    let size = meta.len();
    if size > max_bytes {
        return Err(fail(Stage::Read, InputError::TooLarge { size, limit: max_bytes }));
    }
    memory::check(size).map_err(|e| fail(Stage::Read, e))?;
    let bytes = std::fs::read(&input.path).map_err(|e| fail(Stage::Read, InputError::Unreadable(e.to_string())))?;
    let sha256 = hex(&Sha256::digest(&bytes));
    let (format, renamed) = format_by_content(&input.path, &bytes).map_err(|e| match e {
        // a format not read, as the extension says (a .doc that is one)
        InputError::Unsupported { .. } => fail(Stage::Read, e),
        e => fail(Stage::Decode, e),
    })?;
    let mut reader = String::new();
    let decoded = match format {
        SourceFormat::Txt | SourceFormat::Md => decode::decode(&bytes, None),
        SourceFormat::Html => decode::decode(&bytes, html::declared_charset(&bytes).as_deref()).and_then(|mut d| {
            d.text = html::report_text(&d.text)?;
            Ok(d)
        }),
        SourceFormat::Docx => {
            if bytes.is_empty() {
                Err(InputError::Empty)
            } else {
                docx::docx_text(&bytes).map(|text| decode::Decoded { text, encoding: "UTF-8", warnings: Vec::new() })
            }
        }
        SourceFormat::Pdf if bytes.is_empty() => Err(InputError::Empty),
        SourceFormat::Pdf => pdf::read(&input.path, &bytes).map(|read| {
            reader = read.reader;
            decode::Decoded { text: read.text, encoding: "UTF-8", warnings: read.warnings }
        }),
    }
    .map_err(|e| fail(Stage::Decode, e))?;
    if !decoded.text.chars().any(decode::is_cjk) {
        return Err(fail(Stage::Decode, InputError::NoText));
    }
    Ok(Document {
        path: input.path.clone(),
        report_id: input.report_id.clone(),
        source_format: format,
        encoding: decoded.encoding.to_string(),
        sha256,
        text: decoded.text,
        warnings: input.warnings.iter().cloned().chain(renamed).chain(decoded.warnings).collect(),
        reader,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_formats_say_what_to_convert_to() {
        assert_eq!(format_of(Path::new("a/2019.PDF")), Ok(SourceFormat::Pdf));
        let e = format_of(Path::new("a/2019.doc")).unwrap_err();
        assert!(e.to_string().contains(".docx"), "{e}");
    }

    #[test]
    fn a_file_whose_content_is_another_format_is_read_as_that_or_named() {
        let by = |name: &str, bytes: &[u8]| format_by_content(Path::new(name), bytes);
        let page = "\u{feff}\n<!DOCTYPE html><html><p>页面不存在</p></html>".as_bytes();
        // a site's page saved under the attachment's name
        let (f, note) = by("a/2023.pdf", page).unwrap();
        assert_eq!(
            (f, note.as_deref()),
            (SourceFormat::Html, Some("the file is named .pdf but is a web page: read as one"))
        );
        // a .doc that sites serve as a web page, or that is a .docx
        assert_eq!(by("a/2023.doc", b"<html><body>").unwrap().0, SourceFormat::Html);
        assert_eq!(by("a/2023.doc", b"PK\x03\x04rest").unwrap().0, SourceFormat::Docx);
        assert_eq!(by("a/2023.html", b"%PDF-1.7\n").unwrap().0, SourceFormat::Pdf);
        // what it is, when baogao does not read it
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        let e = by("a/2023.docx", &ole).unwrap_err().to_string();
        assert_eq!(e, "the file is named .docx but is a legacy Word or WPS file (.doc, .wps): open it in Word, WPS or LibreOffice and save it as .docx");
        assert!(matches!(by("a/2023.doc", &ole), Err(InputError::Unsupported { .. })));
        assert!(by("a/2023.pdf", b"\x89PNG\r\n").unwrap_err().to_string().contains("an image"));
        assert!(by("a/2023.pdf", "政府工作报告".as_bytes()).unwrap_err().to_string().contains("no %PDF- header"));
        // as named: matching content, a text that starts with a tag, a page without a doctype
        assert_eq!(by("a/2023.pdf", b"%PDF-1.4").unwrap(), (SourceFormat::Pdf, None));
        assert_eq!(by("a/2023.txt", b"<html>").unwrap(), (SourceFormat::Txt, None));
        // a page's markup saved as .txt by a scraper is read as a page
        let body = "<p>政府工作报告</p>\n<p>各位代表：</p>\n<p>现在，我代表市人民政府向大会报告工作。</p>".as_bytes();
        let (f, note) = by("a/2023.txt", body).unwrap();
        assert_eq!(
            (f, note.as_deref()),
            (SourceFormat::Html, Some("the file is named .txt but is a web page's markup: read as one"))
        );
        assert_eq!(by("a/2023.txt", "<各位代表>\n现在，我报告工作。".as_bytes()).unwrap(), (SourceFormat::Txt, None));
        let commented = "<!-- saved -->\n一、2021年工作回顾<br>\n增长8.1%。<br>\n二、安排<br>".as_bytes();
        assert_eq!(by("a/2023.txt", commented).unwrap(), (SourceFormat::Txt, None));
        assert_eq!(by("a/2023.html", "<div>各位代表".as_bytes()).unwrap(), (SourceFormat::Html, None));
        // a PDF's header inside its first bytes counts in a file named .pdf only
        assert_eq!(by("a/2023.pdf", b"\r\n%!junk\n%PDF-1.4").unwrap(), (SourceFormat::Pdf, None));
        let quoted = "政府工作报告\n原文件：%PDF-1.4 转换\n".as_bytes();
        assert_eq!(by("a/2023.txt", quoted).unwrap(), (SourceFormat::Txt, None));
    }
}
