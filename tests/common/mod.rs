//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
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

/// A short report of our own for `region` planning `year`, with a header that names
/// both; the wording and numbers move with the year, so that a series changes.
pub fn report(region: &str, year: i32) -> String {
    let k = year.rem_euclid(7);
    let extra = if year % 3 == 0 { "推进数字政府建设。\n" } else { "加强生态环境保护。\n" };
    format!(
        "政府工作报告\n——{year}年1月10日在{region}第一届人民代表大会第一次会议上\n各位代表：\n\
         一、{prev}年工作回顾\n过去一年，地区生产总值增长{g}.{k}%，城镇新增就业{j}万人。\n{extra}\
         坚持“稳中求进”，深化改革开放。\n二、{year}年工作安排\n\
         今年的主要预期目标是：地区生产总值增长{t}%左右，城镇调查失业率控制在5.5%以内。\n",
        prev = year - 1,
        g = 5 + k,
        j = 10 + k,
        t = 6 + k % 2,
    )
}

/// Write `text` to `dir/rel`, making the folders it needs.
pub fn write(dir: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("folders made");
    std::fs::write(&path, text).expect("file written");
}

/// `n` real county-level divisions with the same name since the 1980s and a name no
/// other division bears: regions for reports made up by the tests (a made-up name is
/// no region: baogao would take the real one of the text below it).
pub fn division_names(n: usize) -> Vec<String> {
    use baogao::meta::gazetteer::{Gazetteer, Level};
    let names: Vec<String> = Gazetteer::builtin()
        .iter()
        .filter(|d| d.level() == Level::County && d.is_current() && d.first_year().is_none_or(|y| y <= 1990))
        .filter(|d| d.series_name() == d.name())
        .map(|d| d.name().to_string())
        .take(n)
        .collect();
    assert_eq!(names.len(), n, "the gazetteer has fewer than {n} such divisions");
    names
}

/// The seeds `copies` times over below `dir`: copy k of `<region>/<year>.txt` is
/// `<region>_k/<year>.txt`, with a delivery line first that names a real division of
/// its own, so that every copy is a report of its own (as bench/layout.py lays out the
/// corpus).
pub fn seeds_times(dir: &Path, copies: usize) -> usize {
    let mut n = 0;
    let files = walk_files(&seeds());
    let names = division_names(files.len() * copies);
    for (f, entry) in files.iter().enumerate() {
        let rel = entry.strip_prefix(seeds()).expect("below seeds").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry).expect("a UTF-8 seed");
        let (folder, year) = match rel.split_once('/') {
            Some((folder, file)) => (folder.to_string(), file.trim_end_matches(".txt").to_string()),
            None => ("xiqing".to_string(), "2021".to_string()),
        };
        for k in 0..copies {
            // one division per series: the same for every year of a folder's copy k
            let series = files.iter().position(|e| e.parent() == entry.parent()).unwrap_or(f);
            let region = &names[series * copies + k];
            write(
                dir,
                &format!("{folder}_{k}/{year}.txt"),
                format!("——{year}年3月5日在{region}第一届人民代表大会第一次会议上\n{text}"),
            );
            n += 1;
        }
    }
    n
}

/// Every file below `dir`, sorted.
pub fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("readable folder") {
        let path = e.expect("an entry").path();
        if path.is_dir() {
            out.extend(walk_files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The files of an output folder (not run.json, not hidden files) and their bytes.
pub fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("readable output folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "run.json" && !n.starts_with('.'))
        .map(|n| (n.clone(), std::fs::read(dir.join(&n)).expect("readable output")))
        .collect();
    v.sort();
    v
}

/// `baogao ARGS` run in `cwd`: exit code, stdout, stderr.
pub fn baogao(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let out = std::process::Command::new(bin()).args(args).current_dir(cwd).output().expect("run baogao");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}
