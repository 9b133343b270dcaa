//! The fallback reader: poppler's `pdftotext`, when it is on PATH.
//!
//! It reads fonts that oxidize-pdf cannot map, given poppler-data (Debian:
//! `apt install poppler-utils poppler-data`). Without poppler-data it exits 0 with no
//! text for the Adobe-GB1 fonts of Chinese PDFs (stderr: `Missing language pack for
//! 'Adobe-GB1' mapping`), so its output is judged like the first reader's, never
//! taken on trust. Its pages come without positions: see [`super::layout::Line`].

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use super::isolate::{run_limited, TIME_LIMIT};
use super::layout::{Line, Page};

/// What pdftotext gave.
pub struct Output {
    pub pages: Vec<Page>,
    /// `pdftotext 22.12.0`.
    pub reader: String,
    pub stderr: String,
}

/// The pages pdftotext reads from `path`; `None` when it is not installed.
pub fn read_pages(path: &Path) -> Option<Result<Output, String>> {
    let reader = version()?;
    let mut command = Command::new("pdftotext");
    command.args(["-enc", "UTF-8"]).arg(path).arg("-");
    let out = match run_limited(&mut command, TIME_LIMIT) {
        Ok(out) => out,
        Err(e) => return Some(Err(e.to_string())),
    };
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.timed_out {
        return Some(Err(format!("it took over {} s", TIME_LIMIT.as_secs())));
    }
    if !out.status.success() {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        return Some(Err(format!("{}: {last}", out.status)));
    }
    Some(Ok(Output { pages: pages_of(&String::from_utf8_lossy(&out.stdout)), reader: reader.clone(), stderr }))
}

/// `pdftotext <version>` from `pdftotext -v`, asked once; `None` when it does not run.
fn version() -> Option<&'static String> {
    static VERSION: OnceLock<Option<String>> = OnceLock::new();
    VERSION
        .get_or_init(|| {
            let out = Command::new("pdftotext").arg("-v").output().ok()?;
            let text = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
            let version = text.lines().find_map(|l| l.strip_prefix("pdftotext version ")).unwrap_or("").trim();
            Some(if version.is_empty() { "pdftotext".to_string() } else { format!("pdftotext {version}") })
        })
        .as_ref()
}

/// pdftotext's text (pages ended by form feeds) -> pages of lines, each line's
/// width in half-width chars (a CJK char is 2), a blank line a gap of one line.
pub fn pages_of(text: &str) -> Vec<Page> {
    let mut pages: Vec<Page> = text
        .split('\u{0C}')
        .map(|page| Page {
            lines: page
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(k, l)| {
                    let indent = l.chars().take_while(|c| c.is_whitespace()).map(width).sum::<f32>();
                    let text: String = l.trim().chars().map(half_width).collect();
                    let x_end = indent + text.chars().map(width).sum::<f32>();
                    Line { text, x: indent, x_end, y: -(k as f32), size: 2.0 }
                })
                .collect(),
        })
        .collect();
    // the text ends with a form feed: nothing after it is a page
    if pages.last().is_some_and(|p| p.lines.is_empty()) {
        pages.pop();
    }
    pages
}

/// pdftotext gives the Latin letters, digits and signs of Adobe-GB1 fonts (CIDs
/// 1-95) as their full-width forms (２０２３), although the page shows them half
/// width: back to ASCII as normalisation folds them (Chinese punctuation stays), so
/// that lines measure as they look and page numbers are seen.
fn half_width(c: char) -> char {
    match crate::normalize::fold_width(c) {
        ' ' => c,
        folded => folded,
    }
}

/// Display width in half-width chars.
fn width(c: char) -> f32 {
    if (c as u32) < 0x1100 {
        1.0
    } else {
        2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_split_at_form_feeds_and_blank_lines_are_gaps() {
        let pages = pages_of("第一行\n\n第三行\n\u{0C}二页\n\u{0C}");
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].lines.len(), 2);
        assert_eq!(pages[0].lines[0].y - pages[0].lines[1].y, 2.0);
        assert_eq!(pages[0].lines[0].x_end, 6.0);
        assert_eq!(pages[1].lines[0].text, "二页");
    }

    #[test]
    fn full_width_ascii_is_folded() {
        assert_eq!(pages_of("增长３．５％，ＰＭ２．５\n")[0].lines[0].text, "增长3.5%，PM2.5");
    }

    #[test]
    fn lines_become_paragraphs_as_with_positions() {
        let full = "一二三四五六七八九十".repeat(3);
        let text = format!("{full}\n{full}\n末行。\n{full}\n末行。\n\u{0C}");
        assert_eq!(super::super::layout::text_of(&pages_of(&text)), format!("{full}{full}末行。\n{full}末行。\n"));
    }
}
