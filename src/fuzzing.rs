//! Entry points shared by the cargo-fuzz targets (`fuzz/fuzz_targets/`) and the
//! regression test that replays what they found (`tests/fuzz_regressions.rs`), so
//! both run exactly the same code. Each takes arbitrary bytes, runs them through
//! the same stages as a file of that format in `baogao run`, and panics only when
//! the pipeline panics or breaks one of the invariants checked here. Errors
//! (not a report, no year, broken zip) are fine.

use std::path::PathBuf;
use std::sync::LazyLock;

use crate::config::{Overrides, Settings};
use crate::extract::Extractor;
use crate::ingest::{decode, docx, html, pdf};
use crate::model::{Document, Report, SourceFormat};
use crate::normalize::{fold_width, Script};

/// A path with a year, so inputs without a header still get past `meta`.
const REPORT_ID: &str = "fuzz/2021";

static SETTINGS: LazyLock<Settings> =
    LazyLock::new(|| crate::config::builtin_settings(Overrides::default()).expect("the built-in config is valid"));
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&SETTINGS));

/// Build the settings and the extractor now, so the first input is not slow.
pub fn init() {
    LazyLock::force(&EXTRACTOR);
}

/// A `.txt` file: decode -> normalise -> meta -> segment -> extract.
pub fn text(bytes: &[u8]) {
    let Ok(decoded) = decode::decode(bytes, None) else { return };
    pipeline(decoded.text, decoded.encoding, SourceFormat::Txt);
}

/// An `.html` file: decode (with the page's charset) -> visible text -> the rest.
pub fn html(bytes: &[u8]) {
    let Ok(decoded) = decode::decode(bytes, html::declared_charset(bytes).as_deref()) else { return };
    pipeline(html::html_text(&decoded.text), decoded.encoding, SourceFormat::Html);
}

/// A `.pdf` file: oxidize-pdf in-process (a panic of it is an error for the file, as
/// in a run, and is not what this target looks for), then the layout clean-up and
/// the rest of the pipeline over its text.
///
/// The reader runs on a thread with a stack of [`PDF_STACK`]: oxidize-pdf recurses
/// once per level of nested objects, and on the fuzzer's own 8 MiB stack an input of
/// a few thousand nested arrays killed the whole fuzzing process (`baogao run` reads
/// each PDF in a child process, where it costs that file only:
/// tests/pdf.rs::a_pdf_nested_too_deeply_costs_only_itself). Inputs are capped at
/// 64 KiB (`-max_len`), so that no input can nest deeper than this stack holds. A
/// reference cycle the reader follows without end (a Type0 font whose DescendantFonts
/// is itself) exhausts any stack: fuzz this target in libFuzzer's fork mode, which
/// records such an input and goes on (fuzz/README.md).
pub fn pdf(bytes: &[u8]) {
    let bytes = bytes.to_vec();
    let reader = std::thread::Builder::new().stack_size(PDF_STACK).spawn(move || {
        // a fuzzer's panic hook aborts before `catch_unwind` can turn the reader's
        // panic into an error: silenced around the reader only
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let pages = pdf::isolate::in_process(&bytes);
        std::panic::set_hook(hook);
        pages
    });
    let Ok(Ok((pages, _))) = reader.expect("a thread for the reader").join() else { return };
    let text = pdf::layout::text_of(&pages);
    for line in text.lines() {
        assert!(!line.trim().is_empty(), "an empty paragraph in the layout's text");
    }
    pipeline(text, "UTF-8", SourceFormat::Pdf);
}

/// The PDF reader's stack in the fuzz target: 1 GiB of address space, touched only as
/// deep as an input nests.
const PDF_STACK: usize = 1 << 30;

/// A `.docx` file: the DOCX reader only.
pub fn docx(bytes: &[u8]) {
    if bytes.is_empty() {
        return; // ingest rejects an empty file before the reader
    }
    let _ = docx::docx_text(bytes);
}

fn pipeline(text: String, encoding: &str, format: SourceFormat) {
    if !text.chars().any(decode::is_cjk) {
        return;
    }
    let doc = Document {
        path: PathBuf::from(format!("{REPORT_ID}.{}", format.as_str())),
        report_id: REPORT_ID.to_string(),
        source_format: format,
        encoding: encoding.to_string(),
        sha256: String::new(),
        text: text.clone(),
        warnings: Vec::new(),
        reader: String::new(),
    };
    let Ok(report) = crate::pipeline::prepare(doc, &SETTINGS) else { return };
    check_report(&text, &report);
    let indicators = EXTRACTOR.extract(&report);
    let chars: Vec<char> = report.text.chars().collect();
    for i in &indicators {
        assert!(i.start <= i.end && i.end <= chars.len(), "indicator span {}..{} outside the text", i.start, i.end);
        assert!(
            i.sentence_id < report.sentences.len(),
            "indicator of sentence {} of {}",
            i.sentence_id,
            report.sentences.len()
        );
        let s = &report.sentences[i.sentence_id];
        assert!(
            s.start <= i.start && i.end <= s.end,
            "indicator {}..{} outside its sentence {}..{}",
            i.start,
            i.end,
            s.start,
            s.end
        );
        assert_eq!(i.matched, chars[i.start..i.end].iter().collect::<String>(), "matched text is not the span");
        for v in [i.value, i.value_hi, i.value_base].into_iter().flatten() {
            assert!(v.is_finite(), "non-finite value {v} in {:?}", i.matched);
        }
    }
}

/// Invariants of normalise + segment: every clean char maps back to the char of the
/// original it came from, and every sentence and section index is in range.
fn check_report(original: &str, report: &Report) {
    let orig: Vec<char> = original.chars().collect();
    let clean: Vec<char> = report.text.chars().collect();
    let script = Script::of(original);
    assert_eq!(clean.len(), report.offsets.len(), "one offset per clean char");
    let mut last = 0;
    for (k, &c) in clean.iter().enumerate() {
        let o = report.offsets.get(k).expect("an offset for every clean char") as usize;
        assert!(o < orig.len(), "offset {o} past the end of the original ({} chars)", orig.len());
        assert!(o >= last, "offsets go backwards: {o} after {last}");
        last = o;
        if c != '\n' {
            assert_eq!(
                script.fold(fold_width(orig[o])),
                c,
                "clean char {c:?} does not come from original char {:?}",
                orig[o]
            );
        }
    }
    let mut prev_end = 0;
    for (k, s) in report.sentences.iter().enumerate() {
        assert_eq!(s.id, k);
        assert!(
            prev_end <= s.start && s.start <= s.end && s.end <= clean.len(),
            "sentence span {}..{}",
            s.start,
            s.end
        );
        assert_eq!(s.text, clean[s.start..s.end].iter().collect::<String>(), "sentence text is not its span");
        assert!(s.section.is_none_or(|i| i < report.sections.len()), "sentence in section {:?}", s.section);
        prev_end = s.end;
    }
    for (k, sec) in report.sections.iter().enumerate() {
        assert_eq!(sec.id, k);
        assert!(sec.parent.is_none_or(|p| p < k), "section {k} has parent {:?}", sec.parent);
    }
}
