//! The region, year, level and parent of every report in ../shared/corpus and
//! ../shared/corpus-wide, as a reader of each file's header would give them
//! (tests/expected/regions.csv), against what `baogao run` writes in reports.csv and
//! errors.csv. Every readable report must come out right, errors.csv must hold exactly
//! the files that cannot be read (with the reason expected), and each government must be
//! one series under one name.
//!
//! regions.csv columns: corpus (`corpus` | `corpus-wide`), file (below that folder),
//! region, year (plan year), level, parent_region, expect (`report`, or `duplicate` /
//! `error` for a row of errors.csv), error (words errors.csv's message must hold),
//! warns (`;`-separated words one run.json warning on the report must hold: a header
//! that disagrees with the path names both), note (why, where the manifest or the
//! path says otherwise).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use baogao::meta::gazetteer::{Gazetteer, Resolution};
use common::{bin, col, read_csv};

/// One row of tests/expected/regions.csv.
#[derive(Debug, Clone)]
struct Expected {
    file: String,
    region: String,
    year: String,
    level: String,
    parent: String,
    expect: String,
    error: String,
    warns: String,
    note: String,
}

impl Expected {
    /// The report id baogao gives the file: its path without the extension.
    fn report_id(&self) -> &str {
        self.file.rsplit_once('.').map_or(&self.file, |(id, _)| id)
    }
}

fn expected(corpus: &str) -> Vec<Expected> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/regions.csv");
    let (h, rows) = read_csv(&path);
    let get = |r: &[String], c: &str| col(&h, r, c).to_string();
    rows.iter()
        .filter(|r| col(&h, r, "corpus") == corpus)
        .map(|r| Expected {
            file: get(r, "file"),
            region: get(r, "region"),
            year: get(r, "year"),
            level: get(r, "level"),
            parent: get(r, "parent_region"),
            expect: get(r, "expect"),
            error: get(r, "error"),
            warns: get(r, "warns"),
            note: get(r, "note"),
        })
        .collect()
}

/// What one run wrote: reports.csv rows by report id, errors.csv messages by path,
/// run.json warnings.
struct Run {
    reports: BTreeMap<String, BTreeMap<String, String>>,
    errors: BTreeMap<String, String>,
    warnings: Vec<String>,
}

fn run(input: &Path) -> Run {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let out = tmp.path().join("out");
    let status = std::process::Command::new(bin())
        .arg("run")
        .arg(input)
        .arg("-o")
        .arg(&out)
        .arg("--quiet")
        .status()
        .expect("baogao runs");
    assert!(matches!(status.code(), Some(0 | 2)), "baogao run {}: {status}", input.display());
    let (h, rows) = read_csv(&out.join("reports.csv"));
    let reports = rows
        .iter()
        .map(|r| {
            let fields = h.iter().cloned().zip(r.iter().cloned()).collect::<BTreeMap<_, _>>();
            (col(&h, r, "report_id").to_string(), fields)
        })
        .collect();
    let (h, rows) = read_csv(&out.join("errors.csv"));
    let errors = rows
        .iter()
        .map(|r| (col(&h, r, "path").to_string(), format!("{}: {}", col(&h, r, "stage"), col(&h, r, "message"))))
        .collect();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).expect("run.json")).expect("run.json is JSON");
    let warnings = json["warnings"]
        .as_array()
        .map(|a| a.iter().filter_map(|w| w.as_str().map(String::from)).collect())
        .unwrap_or_default();
    Run { reports, errors, warnings }
}

/// The differences between the expected rows and a run, one line each.
fn diff(exp: &[Expected], got: &Run) -> Vec<String> {
    let mut out = Vec::new();
    for e in exp {
        let id = e.report_id();
        match (e.expect.as_str(), got.reports.get(id), got.errors.get(&e.file)) {
            ("report", Some(r), _) => out.extend(fields_differ(e, r)),
            ("report", None, err) => {
                out.push(format!("{}: expected a report of {} {}, got {}", e.file, e.region, e.year, or_none(err)))
            }
            (_, _, Some(msg)) if msg.contains(&e.error) => {}
            (kind, _, err) => out.push(format!(
                "{}: expected in errors.csv ({kind}: “{}”), got {}{}",
                e.file,
                e.error,
                or_none(err),
                if got.reports.contains_key(id) { " and a row in reports.csv" } else { "" }
            )),
        }
        out.extend(missing_warnings(e, &got.warnings));
    }
    let known: BTreeSet<&str> = exp.iter().map(|e| e.report_id()).collect();
    for (id, r) in &got.reports {
        if !known.contains(id.as_str()) {
            out.push(format!("{id}: not in regions.csv, read as {} {}", r["region"], r["year"]));
        }
    }
    let files: BTreeSet<&str> = exp.iter().map(|e| e.file.as_str()).collect();
    for (path, msg) in &got.errors {
        if !files.contains(path.as_str()) {
            out.push(format!("{path}: not in regions.csv, in errors.csv ({msg})"));
        }
    }
    out
}

fn or_none(err: Option<&String>) -> String {
    err.map_or_else(|| "nothing (neither in reports.csv nor in errors.csv)".to_string(), |m| format!("error “{m}”"))
}

fn fields_differ(e: &Expected, r: &BTreeMap<String, String>) -> Vec<String> {
    let want = [("region", &e.region), ("year", &e.year), ("level", &e.level), ("parent_region", &e.parent)];
    want.iter()
        .filter(|(c, v)| r.get(*c).map(String::as_str) != Some(v.as_str()))
        .map(|(c, v)| {
            let note = if e.note.is_empty() { String::new() } else { format!(" ({})", e.note) };
            format!("{}: {c} expected “{v}”, got “{}”{note}", e.file, r.get(*c).map_or("(no column)", |s| s))
        })
        .collect()
}

/// A warning on the report that names every word `warns` lists, if it lists any.
fn missing_warnings(e: &Expected, warnings: &[String]) -> Option<String> {
    let words: Vec<&str> = e.warns.split(';').filter(|w| !w.is_empty()).collect();
    let prefix = format!("{}: ", e.report_id());
    let found = words.is_empty()
        || warnings.iter().any(|w| w.starts_with(&prefix) && words.iter().all(|word| w.contains(word)));
    (!found).then(|| format!("{}: no run.json warning naming {}", e.file, words.join(" and ")))
}

/// One series per government: every region in reports.csv is the series name of the
/// division it names (or an alias such as 全国), so no government appears under two
/// names, and no region and year is read twice.
fn series_split(got: &Run) -> Vec<String> {
    let g = Gazetteer::builtin();
    let mut out = Vec::new();
    let mut seen = BTreeMap::new();
    for (id, r) in &got.reports {
        let (region, year) = (&r["region"], &r["year"]);
        if let Some(other) = seen.insert((region.clone(), year.clone()), id.clone()) {
            out.push(format!("{id}: {region} {year} read twice (also {other})"));
        }
        if region == "全国" {
            continue;
        }
        match g.resolve(region, year.parse().ok()) {
            Resolution::Unique(d) if d.series_name() == *region => {}
            Resolution::Unique(d) => out.push(format!("{id}: {region} is not the series name {}", d.series_name())),
            _ => out.push(format!("{id}: {region} is no one division of the gazetteer")),
        }
    }
    out
}

fn check(corpus: &str, input: &Path) {
    let exp = expected(corpus);
    assert!(!exp.is_empty(), "regions.csv lists no file of {corpus}");
    let listed: BTreeSet<String> = exp.iter().map(|e| e.file.clone()).collect();
    let on_disk: BTreeSet<String> = common::walk_files(input)
        .iter()
        .map(|p| p.strip_prefix(input).expect("below the corpus").to_string_lossy().replace('\\', "/"))
        .collect();
    assert_eq!(listed, on_disk, "regions.csv must list exactly the files of {}", input.display());
    let got = run(input);
    let mut problems = diff(&exp, &got);
    problems.extend(series_split(&got));
    assert!(
        problems.is_empty(),
        "{corpus}: {} of {} files differ from tests/expected/regions.csv:\n  {}",
        problems.len(),
        exp.len(),
        problems.join("\n  ")
    );
}

#[test]
fn every_report_of_the_corpus_has_its_region_year_and_level() {
    if let Some(dir) = common::corpus() {
        check("corpus", &dir);
    }
}

#[test]
fn every_report_of_the_wide_corpus_has_its_region_year_and_level() {
    if let Some(dir) = common::corpus_wide() {
        check("corpus-wide", &dir);
    }
}
