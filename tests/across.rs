//! Across regions on the reference corpus (issue 22): 上海市's targets against 全国's
//! every year both state one, national wording found in 上海市's reports, and the
//! same bytes with one worker thread as with two.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use common::{bin, col, corpus, read_csv};

/// One run over the corpus with `-j jobs`, into a temporary folder kept for the tests.
fn corpus_run(jobs: &str) -> Option<&'static Path> {
    static ONE: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    static TWO: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    let cell = if jobs == "1" { &ONE } else { &TWO };
    cell.get_or_init(|| {
        let input = corpus()?;
        let out = tempfile::tempdir().expect("a temporary folder");
        let status = Command::new(bin())
            .args(["run", input.to_str()?, "-o", out.path().to_str()?, "-q", "-j", jobs])
            .status()
            .expect("run baogao");
        assert_eq!(status.code(), Some(0));
        Some(out)
    })
    .as_ref()
    .map(|d| d.path())
}

#[test]
fn shanghai_has_a_cascade_row_against_the_nation_for_every_target_both_state() {
    let Some(out) = corpus_run("2") else { return };
    let (ph, panel) = read_csv(&out.join("panel.csv"));
    let targets = |region: &str| -> BTreeSet<(String, String)> {
        panel
            .iter()
            .filter(|r| col(&ph, r, "region") == region && col(&ph, r, "kind") == "target")
            .filter(|r| !col(&ph, r, "value").is_empty())
            .map(|r| (col(&ph, r, "indicator").to_string(), col(&ph, r, "year").to_string()))
            .collect()
    };
    let both: BTreeSet<_> = targets("上海市").intersection(&targets("全国")).cloned().collect();
    let (ch, cascade) = read_csv(&out.join("targets_cascade.csv"));
    let shanghai: BTreeSet<(String, String)> = cascade
        .iter()
        .filter(|r| col(&ch, r, "region") == "上海市")
        .inspect(|r| assert_eq!((col(&ch, r, "parent_region"), col(&ch, r, "parent_level")), ("全国", "national")))
        .map(|r| (col(&ch, r, "indicator").to_string(), col(&ch, r, "year").to_string()))
        .collect();
    assert_eq!(shanghai, both);
    // a row every year 2010-2019; for GDP every year but 2015, when 上海市 set no GDP target
    let years: BTreeSet<&str> = shanghai.iter().map(|(_, y)| y.as_str()).collect();
    assert_eq!(years.len(), 10, "{years:?}");
    let gdp: BTreeSet<&str> = shanghai.iter().filter(|(i, _)| i == "gdp").map(|(_, y)| y.as_str()).collect();
    assert_eq!((gdp.len(), gdp.contains("2015")), (9, false), "{gdp:?}");
    // 2012: 上海市 aims at 8% (approx), the nation at 7.5%
    let gdp_2012 = cascade
        .iter()
        .find(|r| {
            col(&ch, r, "region") == "上海市" && col(&ch, r, "indicator") == "gdp" && col(&ch, r, "year") == "2012"
        })
        .expect("上海市's 2012 GDP target against the nation's");
    assert_eq!((col(&ch, gdp_2012, "target_value"), col(&ch, gdp_2012, "parent_target_value")), ("8", "7.5"));
    assert_eq!(col(&ch, gdp_2012, "difference"), "0.5");
    // 海拉尔区: neither 呼伦贝尔市 nor 内蒙古自治区 is in the corpus, so the nation
    assert!(cascade.iter().any(|r| col(&ch, r, "region") == "海拉尔区" && col(&ch, r, "parent_region") == "全国"));
}

#[test]
fn national_wording_is_found_in_shanghai_reports() {
    let Some(out) = corpus_run("2") else { return };
    let (h, rows) = read_csv(&out.join("reuse.csv"));
    let from_nation: Vec<&Vec<String>> =
        rows.iter().filter(|r| col(&h, r, "region") == "上海市" && col(&h, r, "source_region") == "全国").collect();
    assert!(!from_nation.is_empty());
    for r in &from_nation {
        let (year, source_year): (i32, i32) =
            (col(&h, r, "year").parse().unwrap(), col(&h, r, "source_year").parse().unwrap());
        assert!(year == source_year || year == source_year + 1, "{r:?}");
        assert!(col(&h, r, "similarity").parse::<f64>().unwrap() >= 0.8, "{r:?}");
    }
    // a region's own reports are never its sources
    assert!(rows.iter().all(|r| col(&h, r, "region") != col(&h, r, "source_region")));
    let (sh, summary) = read_csv(&out.join("reuse_summary.csv"));
    assert_eq!(summary.len(), 28, "a row per report");
    let shanghai_2017 = summary.iter().find(|r| col(&sh, r, "report_id") == "shanghai/2017").expect("a row");
    assert!(col(&sh, shanghai_2017, "sources").contains("national/"), "{shanghai_2017:?}");
}

#[test]
fn across_tables_are_the_same_bytes_with_one_thread_and_two() {
    let (Some(one), Some(two)) = (corpus_run("1"), corpus_run("2")) else { return };
    for name in ["targets_cascade.csv", "reuse.csv", "reuse_summary.csv", "summary.html"] {
        let (a, b) = (std::fs::read(one.join(name)).unwrap(), std::fs::read(two.join(name)).unwrap());
        assert!(a == b, "{name} differs between -j 1 and -j 2");
    }
}
