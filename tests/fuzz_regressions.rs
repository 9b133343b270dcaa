//! Replays every input under `tests/fuzz-regressions/<target>/` through the same
//! entry point as the cargo-fuzz target of that name (`baogao::fuzzing`): inputs the
//! fuzzers found (minimised) and hand-made nasty ones. Each must return without
//! panicking and without breaking the invariants the fuzz targets check.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    baogao::fuzzing::init();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    let mut failed = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("readable input");
        if catch_unwind(AssertUnwindSafe(|| run(&bytes))).is_err() {
            failed.push(path.file_name().unwrap_or_default().to_string_lossy().into_owned());
        }
    }
    assert!(failed.is_empty(), "{target}: {} of {} inputs panicked: {failed:?}", failed.len(), files.len());
}

#[test]
fn normalize_extract_inputs_do_not_panic() {
    replay("normalize_extract", baogao::fuzzing::text);
}

#[test]
fn docx_inputs_do_not_panic() {
    replay("docx", baogao::fuzzing::docx);
}

#[test]
fn pdf_inputs_do_not_panic() {
    replay("pdf", baogao::fuzzing::pdf);
}

#[test]
fn html_inputs_do_not_panic() {
    replay("html", baogao::fuzzing::html);
}
