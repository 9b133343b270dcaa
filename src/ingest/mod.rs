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

/// Read and decode one input.
pub fn read(input: &Input, max_bytes: u64) -> Result<Document, Failure> {
    let fail = |stage, error| Failure { path: input.shown.clone(), stage, error };
    let format = format_of(&input.path).map_err(|e| fail(Stage::Read, e))?;
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
        warnings: input.warnings.iter().cloned().chain(decoded.warnings).collect(),
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
}
