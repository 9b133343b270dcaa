//! A batch larger than one analysis batch (64 reports): pairs that straddle two batches
//! are compared like any other, every consecutive pair is there once, the streamed
//! Parquet files hold every row, and one worker writes what two do.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{bin, col, read_csv, report};

fn run(input: &Path, out: &Path, jobs: &str) {
    let o = Command::new(bin())
        .args(["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q", "-j", jobs])
        .args(["--format", "csv,parquet"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn pairs_across_analysis_batches_are_compared_and_streamed_whole() {
    let input = tempfile::tempdir().unwrap();
    // 60 + 81 reports, sorted 乙区 then 甲区: reports 63 and 64 (甲区 1953, 1954) and
    // 127 and 128 (甲区 2017, 2018) fall in different batches
    let regions = [("甲区", 1950..=2030), ("乙区", 1971..=2030)];
    for (region, years) in regions.clone() {
        std::fs::create_dir_all(input.path().join(region)).unwrap();
        for y in years {
            std::fs::write(input.path().join(region).join(format!("{y}.txt")), report(region, y)).unwrap();
        }
    }
    let out1 = tempfile::tempdir().unwrap();
    run(input.path(), out1.path(), "1");

    // every consecutive pair once, in order
    let (h, diffs) = read_csv(&out1.path().join("sentence_diff.csv"));
    let mut pairs: Vec<(String, String)> = Vec::new();
    for r in &diffs {
        let p = (col(&h, r, "from_report").to_string(), col(&h, r, "to_report").to_string());
        if pairs.last() != Some(&p) {
            pairs.push(p);
        }
    }
    let mut expected = Vec::new();
    for (region, years) in regions {
        let years: Vec<i32> = years.collect();
        expected.extend(years.windows(2).map(|w| (format!("{region}/{}", w[0]), format!("{region}/{}", w[1]))));
    }
    expected.sort();
    let unique: BTreeSet<&(String, String)> = pairs.iter().collect();
    assert_eq!(unique.len(), pairs.len(), "a pair's rows are split");
    assert_eq!(pairs, expected);

    // a pair that straddles two batches has the rows `baogao diff` gives for it
    for (from, to) in [(1953, 1954), (2017, 2018)] {
        let (a, b) = (input.path().join(format!("甲区/{from}.txt")), input.path().join(format!("甲区/{to}.txt")));
        let o = Command::new(bin()).args(["diff", a.to_str().unwrap(), b.to_str().unwrap()]).output().unwrap();
        assert!(o.status.success());
        let alone: Vec<Vec<String>> = csv::Reader::from_reader(&o.stdout[..])
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        let in_run: Vec<&Vec<String>> = diffs
            .iter()
            .filter(|r| {
                col(&h, r, "from_report") == format!("甲区/{from}") && col(&h, r, "to_report") == format!("甲区/{to}")
            })
            .collect();
        assert!(in_run.len() > 5 && in_run.len() == alone.len(), "{from}→{to}");
        for (x, y) in in_run.iter().zip(&alone) {
            assert_eq!(x[3..], y[3..], "{from}→{to}: columns after to_report");
        }
    }

    // every report's rows, and the Parquet files hold every CSV row
    let (_, reports) = read_csv(&out1.path().join("reports.csv"));
    assert_eq!(reports.len(), 141);
    for table in ["indicators", "terms", "sentence_diff"] {
        use polars::prelude::*;
        let df = ParquetReader::new(std::fs::File::open(out1.path().join(format!("{table}.parquet"))).unwrap())
            .finish()
            .unwrap();
        let (_, rows) = read_csv(&out1.path().join(format!("{table}.csv")));
        assert_eq!(df.height(), rows.len(), "{table}");
    }
    let (h, ind) = read_csv(&out1.path().join("indicators.csv"));
    let reports_with_rows: BTreeSet<&str> = ind.iter().map(|r| col(&h, r, "report_id")).collect();
    assert_eq!(reports_with_rows.len(), 141);

    // the same bytes with two workers, Parquet included
    let out2 = tempfile::tempdir().unwrap();
    run(input.path(), out2.path(), "2");
    for name in ["indicators.csv", "terms.csv", "sentence_diff.csv", "sentence_diff.parquet", "summary.html"] {
        let (x, y) = (std::fs::read(out1.path().join(name)).unwrap(), std::fs::read(out2.path().join(name)).unwrap());
        assert!(x == y, "{name} differs between -j 1 and -j 2");
    }
}
