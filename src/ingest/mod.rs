//! Files -> decoded documents. The only stage besides `output` that touches the disk.
//!
//! `discover` lists every file below INPUT_DIR (sorted, hidden files skipped); `read`
//! turns one into a [`Document`] or a [`Failure`] that names the file and the problem.

pub mod decode;
pub mod docx;
pub mod html;
pub mod pdf;

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::hex;
use crate::error::{Failure, InputError, RunError, Stage};
use crate::model::{Document, SourceFormat};

/// One file to read: its path and its id (path below INPUT_DIR without extension).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    pub report_id: String,
    pub path: PathBuf,
    /// Path below INPUT_DIR as written, for messages and errors.csv.
    pub shown: String,
}

/// Every non-hidden file below `dir`, sorted by path. A single file is allowed too.
pub fn discover(dir: &Path) -> Result<Vec<Input>, RunError> {
    let meta = std::fs::metadata(dir).map_err(|e| RunError::InputDir { path: dir.to_path_buf(), source: e })?;
    if meta.is_file() {
        return Ok(vec![input_for(dir, dir.parent().unwrap_or(Path::new("")))]);
    }
    let mut inputs = Vec::new();
    // Symbolic links are followed. An entry that cannot be read (a dangling link, a
    // folder without permission) becomes an input whose read fails, so it is reported
    // in errors.csv like any other bad file instead of vanishing or stopping the batch.
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.path()))
    {
        match entry {
            Ok(entry) if entry.file_type().is_file() => inputs.push(input_for(entry.path(), dir)),
            Ok(_) => {}
            Err(e) => match e.path() {
                Some(path) if path != dir => inputs.push(input_for(path, dir)),
                _ => {
                    return Err(RunError::InputDir {
                        path: dir.to_path_buf(),
                        source: e.into_io_error().unwrap_or_else(|| std::io::Error::other("file system loop")),
                    })
                }
            },
        }
    }
    inputs.sort();
    Ok(inputs)
}

fn is_hidden(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

pub fn input_for(path: &Path, root: &Path) -> Input {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let shown = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
    let report_id = match shown.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains('/') => stem.to_string(),
        _ => shown.clone(),
    };
    Input { report_id, path: path.to_path_buf(), shown }
}

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
    let size =
        std::fs::metadata(&input.path).map_err(|e| fail(Stage::Read, InputError::Unreadable(e.to_string())))?.len();
    if size > max_bytes {
        return Err(fail(Stage::Read, InputError::TooLarge { size, limit: max_bytes }));
    }
    let bytes = std::fs::read(&input.path).map_err(|e| fail(Stage::Read, InputError::Unreadable(e.to_string())))?;
    let sha256 = hex(&Sha256::digest(&bytes));
    let mut reader = String::new();
    let decoded = match format {
        SourceFormat::Txt | SourceFormat::Md => decode::decode(&bytes, None),
        SourceFormat::Html => decode::decode(&bytes, html::declared_charset(&bytes).as_deref()).map(|mut d| {
            d.text = html::html_text(&d.text);
            d
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
        warnings: decoded.warnings,
        reader,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_id_is_the_path_below_input_without_extension() {
        let i = input_for(Path::new("/data/in/shanghai/2015.txt"), Path::new("/data/in"));
        assert_eq!((i.report_id.as_str(), i.shown.as_str()), ("shanghai/2015", "shanghai/2015.txt"));
    }

    #[test]
    fn unsupported_formats_say_what_to_convert_to() {
        assert_eq!(format_of(Path::new("a/2019.PDF")), Ok(SourceFormat::Pdf));
        let e = format_of(Path::new("a/2019.doc")).unwrap_err();
        assert!(e.to_string().contains(".docx"), "{e}");
    }
}
