//! What the outputs look like, as reviewed snapshots (insta): the default run on
//! seeds/ (the Xiqing seed and the Hailaer series 2012-2019), `inspect` and `diff
//! --text`. A change to an output shows up here as a diff to review and accept with
//! `cargo insta review`; CI never accepts one (insta fails on a mismatch there).

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use common::{baogao, bin, seeds, TABLES};

/// Lines of each CSV in its snapshot: the header and the first rows.
const CSV_LINES: usize = 6;

/// The output folder of one run over seeds/, made once for all the tests.
fn seed_run() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().expect("a temporary folder");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (code, _, stderr) =
            baogao(&["run", seeds().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"], repo);
        assert_eq!(code, 0, "{stderr}");
        out
    })
    .path()
}

fn output(name: &str) -> String {
    std::fs::read_to_string(seed_run().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// stdout of `baogao ARGS`, run from the repository, which must succeed.
fn stdout(args: &[&str]) -> String {
    let out = Command::new(bin()).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("run baogao");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 on stdout")
}

#[test]
fn csv_tables_begin_as_reviewed() {
    for table in TABLES {
        let text = output(&format!("{table}.csv"));
        let head: Vec<&str> = text.lines().take(CSV_LINES).collect();
        insta::assert_snapshot!(format!("{table}.csv"), head.join("\n"));
    }
}

#[test]
fn summary_md_is_as_reviewed() {
    insta::assert_snapshot!("summary.md", output("summary.md"));
}

/// summary.html, with each pair's redline cut to its first sentences (they are
/// sentence_diff.csv's rows, snapshotted above) so the snapshot stays readable.
#[test]
fn summary_html_is_as_reviewed() {
    let html = output("summary.html");
    let mut kept = Vec::new();
    let mut in_redline = 0;
    for line in html.lines() {
        if line.starts_with("<details>") {
            in_redline = 1;
        } else if in_redline > 0 && !line.starts_with("</div></details>") {
            in_redline += 1;
            if in_redline == 6 {
                kept.push("[… redline cut …]");
            }
            if in_redline > 5 {
                continue;
            }
        } else {
            in_redline = 0;
        }
        kept.push(line);
    }
    insta::assert_snapshot!("summary.html", kept.join("\n"));
}

/// run.json, with what changes from run to run (timings) and from machine to machine
/// (the configuration's path is the shipped one here) taken out.
#[test]
fn run_json_is_as_reviewed_but_for_timings() {
    let mut json: serde_json::Value = serde_json::from_str(&output("run.json")).expect("run.json is JSON");
    for (_, secs) in json["timings_secs"].as_object_mut().expect("timings").iter_mut() {
        *secs = "[timing]".into();
    }
    insta::assert_snapshot!("run.json", serde_json::to_string_pretty(&json).expect("JSON"));
}

#[test]
fn inspect_of_the_seed_is_as_reviewed() {
    insta::assert_snapshot!("inspect", stdout(&["inspect", "seeds/000_d71a0cecef7007e3.txt"]));
}

/// `diff --text` of two years: its first lines, and how many lines of each kind (kept,
/// edited, added, removed, moved) the whole diff has.
#[test]
fn diff_text_of_two_years_is_as_reviewed() {
    let text = stdout(&["diff", "--text", "seeds/hailaer/2018.txt", "seeds/hailaer/2019.txt"]);
    let mut counts = std::collections::BTreeMap::new();
    for line in text.lines() {
        *counts.entry(line.chars().next().unwrap_or(' ')).or_insert(0) += 1;
    }
    let head: Vec<&str> = text.lines().take(40).collect();
    insta::assert_snapshot!("diff-text", format!("{}\n[…]\nlines by first character: {counts:?}", head.join("\n")));
}
