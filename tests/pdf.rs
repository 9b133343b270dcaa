//! PDF reports through the binary: each font encoding Chinese PDFs use, the layout
//! clean-up, the char offsets into the extracted text, and the errors for what cannot
//! be read. The PDFs are written by tools/pdf/make_test_pdfs.py (text made up for the
//! tests); the damaged ones are in tests/fuzz-regressions/pdf/.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{bin, col, read_csv};

/// The PDFs whose text every reader must get right, one per font case.
const READABLE: [&str; 5] =
    ["gbk-euc-h.pdf", "gb-euc-h.pdf", "unigb-ucs2-h.pdf", "unigb-utf16-h.pdf", "truetype-tounicode.pdf"];

fn pdf(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdf").join(name)
}

fn damaged(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions/pdf").join(name)
}

fn baogao(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(bin()).args(args).output().expect("run baogao");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn text_of(path: &Path) -> String {
    let (code, out, err) = baogao(&["inspect", "--text", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{}: {err}", path.display());
    out
}

#[test]
fn every_adobe_gb1_encoding_and_truetype_with_tounicode_gives_the_same_text() {
    // spaces aside (the fonts give two ASCII spaces, one, or two en spaces), and GB
    // 2312's dash, U+2015, for the em dash it lacks
    let same = |s: String| s.replace('―', "—").replace([' ', '\u{2002}'], "");
    let first = text_of(&pdf(READABLE[0]));
    for name in &READABLE[1..] {
        assert_eq!(same(text_of(&pdf(name))), same(first.clone()), "{name}");
    }
    assert!(first.starts_with("2023年西青区政府工作报告\n——2023年1月10日"), "{first}");
}

#[test]
fn paragraphs_are_joined_across_lines_and_pages() {
    let text = text_of(&pdf("gbk-euc-h.pdf"));
    // broken over three lines in the PDF
    assert!(text.contains("\n过去一年，全区上下克服多重困难，经济运行总体平稳。地区生产总值完成820亿元，同比增长3.5%；一般公共预算收入完成68.2亿元，增长5%以上；固定资产投资增长8.1%。\n"), "{text}");
    for (k, line) in text.lines().enumerate().skip(3) {
        // every paragraph of the body ends a sentence or is a heading or the greeting
        assert!(
            line.ends_with('。') || line.ends_with('：') || line.ends_with("回顾") || line.ends_with("目标"),
            "paragraph {k} broken: {line}"
        );
    }
}

#[test]
fn running_headers_and_page_numbers_are_dropped() {
    for name in ["gbk-euc-h.pdf", "gb-euc-h.pdf", "unigb-ucs2-h.pdf"] {
        let text = text_of(&pdf(name));
        // the title stays once, at the top; `- 2 -`, `第2页` and `2` go
        assert_eq!(text.matches("西青区政府工作报告").count(), 1, "{name}: {text}");
        for line in text.lines() {
            let digits_only = line.chars().all(|c| c.is_ascii_digit() || " -—第页".contains(c));
            assert!(!digits_only, "{name}: page number left: {line}");
        }
    }
}

#[test]
fn two_columns_are_read_column_after_column() {
    let text = text_of(&pdf("two-columns.pdf"));
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} not in {text}"));
    assert!(at("第1项措施") < at("第2项措施") && at("第2项措施") < at("第3项措施"));
    assert!(text
        .contains("\n第3项措施：推动重点项目建设，全年安排区级重点项目23个，完成投资13亿元，带动社会投资增长4%。\n"));
}

#[test]
fn indicators_are_the_same_from_every_encoding_and_their_offsets_point_into_the_text() {
    let mut tables = Vec::new();
    for name in READABLE {
        let path = pdf(name);
        let (code, out, err) = baogao(&["extract", path.to_str().unwrap()]);
        assert_eq!(code, 0, "{name}: {err}");
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let h: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<Vec<String>> = r.records().map(|x| x.unwrap().iter().map(String::from).collect()).collect();
        assert!(rows.len() >= 20, "{name}: {} rows", rows.len());
        let text: Vec<char> = text_of(&path).chars().collect();
        for row in &rows {
            let (start, end): (usize, usize) =
                (col(&h, row, "char_start").parse().unwrap(), col(&h, row, "char_end").parse().unwrap());
            let span: String = text[start..end].iter().collect();
            let span: String = span.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(span, col(&h, row, "matched"), "{name}: {start}..{end}");
        }
        let key = |row: &Vec<String>| {
            ["kind", "indicator", "value", "unit", "bound"].map(|c| col(&h, row, c).to_string()).join("|")
        };
        tables.push((name, rows.iter().map(key).collect::<Vec<_>>()));
    }
    for (name, rows) in &tables[1..] {
        assert_eq!(rows, &tables[0].1, "{name} against {}", tables[0].0);
    }
    let gdp = tables[0].1.iter().find(|r| r.starts_with("actual|") && r.contains("|3.5|%|")).cloned();
    assert!(gdp.is_some(), "{:?}", tables[0].1);
}

#[test]
fn a_font_without_unicode_mapping_is_an_error_that_says_so() {
    let (code, out, err) = baogao(&["extract", pdf("truetype-no-tounicode.pdf").to_str().unwrap()]);
    assert_eq!(code, 3, "{out}");
    assert!(err.contains("no Unicode mapping") || err.contains("no Chinese characters"), "{err}");
    assert!(err.contains("pdftotext") && err.contains("OCR"), "{err}");
}

#[test]
fn a_scan_without_text_layer_is_an_error_that_says_to_run_ocr() {
    let (code, _, err) = baogao(&["inspect", pdf("scanned.pdf").to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(err.contains("no text layer") && err.contains("OCR"), "{err}");
}

#[test]
fn a_damaged_pdf_is_an_error_for_that_file_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(pdf("gbk-euc-h.pdf"), input.join("report.pdf")).unwrap();
    std::fs::copy(pdf("scanned.pdf"), input.join("scan.pdf")).unwrap();
    for name in ["cut-short.pdf", "flipped-bytes.pdf", "xref-byte-not-ascii.pdf"] {
        std::fs::copy(damaged(name), input.join(name)).unwrap();
    }
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--quiet"]);
    assert_eq!(code, 2, "{err}");
    let (h, rows) = read_csv(&out.join("reports.csv"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(col(&h, &rows[0], "source_format"), "pdf");
    assert!(col(&h, &rows[0], "reader").starts_with("oxidize-pdf"), "{rows:?}");
    assert_eq!(h.last().map(String::as_str), Some("reader"));
    let (h, errors) = read_csv(&out.join("errors.csv"));
    let failed: Vec<&str> = errors.iter().map(|r| col(&h, r, "path")).collect();
    assert!(failed.contains(&"scan.pdf") && failed.contains(&"xref-byte-not-ascii.pdf"), "{errors:?}");
    // the file oxidize-pdf panics on is a crash of the reader, not of the run; where
    // pdftotext and poppler-data are installed they read it, and it is the same report
    // as report.pdf
    let xref = errors.iter().find(|r| col(&h, r, "path") == "xref-byte-not-ascii.pdf").unwrap();
    let message = col(&h, xref, "message");
    assert!(message.contains("PDF reader crashed") || message.contains("same region and year"), "{message}");
    let json = std::fs::read_to_string(out.join("run.json")).unwrap();
    assert!(json.contains("\"reader\": \"oxidize-pdf"), "{json}");
}

#[test]
fn the_child_process_is_hidden_from_help() {
    let (_, out, _) = baogao(&["--help"]);
    assert!(!out.contains("read-pdf"), "{out}");
}

/// Run a batch of one good report and the PDF `bad` (as `name`): the run exits 2, the
/// good report is read, and errors.csv holds one row, for `name`. Returns that row's
/// message.
fn costs_only_itself(name: &str, bad: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(pdf("gbk-euc-h.pdf"), input.join("report.pdf")).unwrap();
    std::fs::write(input.join(name), bad).unwrap();
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--quiet"]);
    assert_eq!(code, 2, "{err}");
    let (_, rows) = read_csv(&out.join("reports.csv"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    let (h, errors) = read_csv(&out.join("errors.csv"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(col(&h, &errors[0], "path").contains(name), "{errors:?}");
    col(&h, &errors[0], "message").to_string()
}

#[test]
fn a_pdf_nested_too_deeply_costs_only_itself() {
    // found by the pdf fuzz target (a crash of its process, no artifact): objects nested
    // deeply enough overflow the reader's stack. The reader runs in a child process,
    // so only this file is lost, with words that say why.
    let depth = 200_000;
    let mut deep = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ".to_vec();
    deep.extend(std::iter::repeat_n(b'[', depth).chain(std::iter::repeat_n(b']', depth)));
    deep.extend(
        b" >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    );
    let message = costs_only_itself("deep.pdf", &deep);
    assert!(message.contains("ran out of stack"), "{message}");
}

#[test]
fn a_font_that_is_its_own_descendant_costs_only_itself() {
    // found by the pdf fuzz target (2026-12-03, an out-of-memory of its process): a
    // Type0 font whose DescendantFonts is itself sends the reader round the cycle until
    // its stack runs out. In the child process it costs this file only.
    let cycle = std::fs::read(pdf("font-is-its-own-descendant.pdf")).unwrap();
    let message = costs_only_itself("cycle.pdf", &cycle);
    assert!(message.contains("cannot read the PDF"), "{message}");
}

#[test]
fn pages_mixing_the_four_adobe_gb1_fonts_with_other_fonts_lose_no_line() {
    // lines in GBK-EUC-H, UniGB-UCS2-H, GB-EUC-H and UniGB-UTF16-H in turn, some as
    // kerned TJ arrays, beside a standard Latin font; once with a cross-reference stream
    // and the fonts in an object stream (src/ingest/pdf/predefined.rs updates those)
    for name in ["mixed-fonts.pdf", "mixed-fonts-xref-stream.pdf"] {
        let text = text_of(&pdf(name));
        assert!(text.starts_with("2023年西青区政府工作报告\n——2023年1月10日"), "{name}: {text}");
        for n in 1..=30 {
            assert!(text.contains(&format!("\n第{n}项措施：推动重点项目建设")), "{name}: measure {n} lost: {text}");
        }
        for line in ["（一）推进产业转型升级", "（二）深化重点领域改革", "Made in China 2025", "内嵌字体的一行。"]
        {
            assert!(text.contains(&format!("\n{line}\n")), "{name}: {line} lost: {text}");
        }
    }
}
