//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The reference corpus (../shared/corpus or $BAOGAO_CORPUS), if present.
pub fn corpus() -> Option<PathBuf> {
    shared("BAOGAO_CORPUS", "corpus")
}

/// The wider corpus (../shared/corpus-wide or $BAOGAO_CORPUS_WIDE), if present.
pub fn corpus_wide() -> Option<PathBuf> {
    shared("BAOGAO_CORPUS_WIDE", "corpus-wide")
}

/// A folder of ../shared (or the one `var` names). Missing, it skips the test with a
/// message; under BAOGAO_REQUIRE_CORPUS=1 (as in .ci/run) it fails it instead.
fn shared(var: &str, name: &str) -> Option<PathBuf> {
    let dir = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared").join(name));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("BAOGAO_REQUIRE_CORPUS").is_none(),
        "BAOGAO_REQUIRE_CORPUS is set but {} is missing (set {var})",
        dir.display()
    );
    eprintln!("SKIPPED: {} not found (set {var} to run this test)", dir.display());
    None
}

pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_baogao"))
}

/// Read a CSV file into (header, rows).
pub fn read_csv(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect();
    (header, rows)
}

/// Column `name` of `row`, by the header.
pub fn col<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let i = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    &row[i]
}
