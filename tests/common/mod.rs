//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use baogao::config::{builtin_settings, Overrides, Settings};
use baogao::extract::Extractor;

#[allow(unused_imports)]
pub use baogao::output::schema::TABLES;

/// The built-in settings, parsed once per test binary.
pub fn settings() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| builtin_settings(Overrides::default()).expect("the built-in configuration is valid"))
}

/// The extractor of the built-in settings, compiled once per test binary.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(settings()))
}

/// The reference corpus (../shared/corpus or $BAOGAO_CORPUS), if present.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOGAO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: reference corpus not found at {} (set BAOGAO_CORPUS to run this test)", dir.display());
        None
    }
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
