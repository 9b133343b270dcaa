//! What the two HTML pages share: the escape, the page head with its style sheet
//! (`summary.css`, built into the binary: the pages fetch nothing), and the redline of
//! changed sentences, in summary.html and in `baogao diff --html`.

use std::fmt::Write;
use std::sync::LazyLock;

use crate::compare::inline::Edit;
use crate::compare::SentenceDiff;
use crate::model::{Op, Report};

/// The style sheet of both pages: `summary.css` holds a rule per line; the pages
/// carry it on one line.
static CSS: LazyLock<String> = LazyLock::new(|| include_str!("summary.css").lines().collect());

/// Text for HTML content and attribute values: `& < > "` escaped.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // the runs between the chars to escape are copied whole (a report's text has few
    // of them); the four are ASCII, so each is a byte that no multibyte char contains
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(escaped);
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out
}

/// The start of a page, up to and including `<body>` and a line break. It names baogao
/// as its generator, so that a page copied among the reports is not read as one.
pub fn page_head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"baogao\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{}</style></head><body>\n",
        esc(title),
        *CSS
    )
}

/// One sentence of a redline: what happened to it, its text on each side, the
/// section paths it sits in, and the edit of an edited or moved sentence.
#[derive(Debug, Clone, Copy)]
pub struct RedlineRow<'a> {
    pub op: Op,
    pub from_text: &'a str,
    pub to_text: &'a str,
    pub from_section: &'a str,
    pub to_section: &'a str,
    pub edits: &'a [Edit],
}

impl<'a> RedlineRow<'a> {
    /// The row of one diff of `from` and `to`; `paths` are their section paths.
    pub fn of(from: &'a Report, to: &'a Report, paths: (&'a [String], &'a [String]), d: &'a SentenceDiff) -> Self {
        let section = |r: &Report, paths: &'a [String], k: Option<usize>| {
            k.and_then(|k| r.sentences[k].section).map_or("", |s| paths[s].as_str())
        };
        RedlineRow {
            op: d.op,
            from_text: d.from.map_or("", |i| from.sentences[i].text.as_str()),
            to_text: d.to.map_or("", |j| to.sentences[j].text.as_str()),
            from_section: section(from, paths.0, d.from),
            to_section: section(to, paths.1, d.to),
            edits: &d.edits,
        }
    }
}

/// Append the redline of `rows` to `h`, section by section: a heading where the
/// section changes; edits inline (deletions struck through, insertions underlined),
/// moved sentences marked with where they came from, added and removed sentences
/// whole, kept ones plain.
pub fn redline<'a>(h: &mut String, rows: impl IntoIterator<Item = RedlineRow<'a>>) {
    let mut section: Option<&str> = None;
    for r in rows {
        let here = if r.to_section.is_empty() { r.from_section } else { r.to_section };
        if section != Some(here) {
            let _ = writeln!(h, "<h4>{}</h4>", esc(if here.is_empty() { "(before the first heading)" } else { here }));
            section = Some(here);
        }
        match r.op {
            Op::Added => {
                let _ = writeln!(h, "<p><ins>{}</ins></p>", esc(r.to_text));
            }
            Op::Removed => {
                let _ = writeln!(h, "<p><del>{}</del></p>", esc(r.from_text));
            }
            Op::Kept => {
                let _ = writeln!(h, "<p class=\"kept\">{}</p>", esc(r.to_text));
            }
            Op::Edited | Op::Moved => {
                if r.op == Op::Moved {
                    let _ =
                        write!(h, "<p class=\"moved\"><span class=\"tag\">moved from {}</span> ", esc(r.from_section));
                } else {
                    h.push_str("<p>");
                }
                if r.edits.is_empty() {
                    h.push_str(&esc(r.to_text));
                }
                for e in r.edits {
                    match e {
                        Edit::Same(k) => h.push_str(&esc(&r.from_text[k.clone()])),
                        Edit::Deleted(k) => {
                            let _ = write!(h, "<del>{}</del>", esc(&r.from_text[k.clone()]));
                        }
                        Edit::Inserted(k) => {
                            let _ = write!(h, "<ins>{}</ins>", esc(&r.to_text[k.clone()]));
                        }
                    }
                }
                h.push_str("</p>\n");
            }
        }
    }
}

/// The redline page of `baogao diff --html`: every sentence of the newer report
/// (and every removed one), changes marked.
pub fn redline_page(from: &Report, to: &Report, diffs: &[SentenceDiff]) -> String {
    let (from_paths, to_paths) = (from.section_paths(), to.section_paths());
    let title = format!("{} → {}", from.meta.report_id, to.meta.report_id);
    let mut h = page_head(&title);
    let _ = writeln!(h, "<h1>{}</h1><div class=\"redline\">", esc(&title));
    redline(&mut h, diffs.iter().map(|d| RedlineRow::of(from, to, (&from_paths, &to_paths), d)));
    h.push_str("</div></body></html>\n");
    h
}

/// Redline rows for tests.
#[cfg(test)]
pub(crate) mod test_rows {
    use super::*;

    /// The edit of 增长6.5%。 into 增长6%。.
    pub const GROWTH: [Edit; 4] = [Edit::Same(0..6), Edit::Deleted(6..10), Edit::Inserted(6..8), Edit::Same(10..13)];

    pub fn row<'a>(op: Op, text: (&'a str, &'a str), section: (&'a str, &'a str), edits: &'a [Edit]) -> RedlineRow<'a> {
        RedlineRow { op, from_text: text.0, to_text: text.1, from_section: section.0, to_section: section.1, edits }
    }
}

#[cfg(test)]
mod tests {
    use super::test_rows::{row, GROWTH};
    use super::*;

    #[test]
    fn escapes_the_characters_of_markup_and_attributes() {
        assert_eq!(esc(r#"a<b>&"c""#), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(esc("增长6%"), "增长6%");
    }

    #[test]
    fn a_redline_marks_each_kind_of_change_under_its_section() {
        let mut h = String::new();
        redline(
            &mut h,
            [
                row(Op::Kept, ("一、回顾", "一、回顾"), ("一、回顾", "一、回顾"), &[]),
                row(Op::Edited, ("增长6.5%。", "增长6%。"), ("一、回顾", "一、回顾"), &GROWTH),
                row(Op::Added, ("", "<新>"), ("", "一、回顾"), &[]),
                row(Op::Moved, ("建设\"乡村\"。", "建设\"乡村\"。"), ("一、回顾", "二、安排"), &[]),
                row(Op::Removed, ("旧句。", ""), ("三、附录", ""), &[]),
            ],
        );
        assert_eq!(
            h,
            "<h4>一、回顾</h4>\n<p class=\"kept\">一、回顾</p>\n<p>增长<del>6.5%</del><ins>6%</ins>。</p>\n\
             <p><ins>&lt;新&gt;</ins></p>\n<h4>二、安排</h4>\n\
             <p class=\"moved\"><span class=\"tag\">moved from 一、回顾</span> 建设&quot;乡村&quot;。</p>\n\
             <h4>三、附录</h4>\n<p><del>旧句。</del></p>\n"
        );
    }
}
