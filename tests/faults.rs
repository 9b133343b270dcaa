//! Interrupted runs and typed table files.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{bin, read_csv, seeds};

fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "run.json")
        .map(|n| (n.clone(), std::fs::read(dir.join(&n)).unwrap()))
        .collect();
    v.sort();
    v
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| baogao::output::is_temp_name(n))
        .collect()
}

/// Interrupt (or kill) a run over the same input at several moments: every output
/// file is then either the old or the new one, which are byte-identical, and no
/// temporary file is left (after SIGKILL, the next run removes them).
#[test]
fn interrupted_runs_leave_previous_outputs_intact_and_no_temp_files() {
    let input = common::corpus().unwrap_or_else(seeds);
    let out = tempfile::tempdir().unwrap();
    let run = || {
        let mut c = Command::new(bin());
        c.args(["run", input.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"]);
        c
    };
    assert_eq!(run().status().unwrap().code(), Some(0));
    let before = outputs(out.path());
    for (signal, delay_ms) in [("-INT", 30), ("-INT", 150), ("-TERM", 300), ("-KILL", 200)] {
        let mut child = run().stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        let status = child.wait().unwrap();
        if signal != "-KILL" {
            assert!(matches!(status.code(), Some(0) | Some(130)), "{signal} after {delay_ms} ms: {status:?}");
            assert_eq!(temp_files(out.path()), Vec::<String>::new(), "{signal} after {delay_ms} ms");
        }
        assert!(
            outputs(out.path()).iter().filter(|(n, _)| !baogao::output::is_temp_name(n)).eq(before.iter()),
            "outputs changed after {signal}"
        );
    }
    // a run after a SIGKILL removes what the killed run left
    assert_eq!(run().status().unwrap().code(), Some(0));
    assert_eq!(temp_files(out.path()), Vec::<String>::new());
    assert_eq!(outputs(out.path()), before);
}

#[test]
fn parquet_tables_have_the_csv_rows_and_typed_columns() {
    use polars::prelude::*;
    let out = tempfile::tempdir().unwrap();
    let input = common::corpus().unwrap_or_else(seeds);
    let status = Command::new(bin())
        .args(["run", input.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q", "--format", "csv,parquet"])
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    for table in common::TABLES {
        let df = ParquetReader::new(std::fs::File::open(out.path().join(format!("{table}.parquet"))).unwrap())
            .finish()
            .unwrap();
        let (header, rows) = read_csv(&out.path().join(format!("{table}.csv")));
        assert_eq!(df.height(), rows.len(), "{table}: rows");
        let names: Vec<String> = df.get_column_names().iter().map(|n| n.to_string()).collect();
        assert_eq!(names, header, "{table}: columns");
    }
    let df = ParquetReader::new(std::fs::File::open(out.path().join("indicators.parquet")).unwrap()).finish().unwrap();
    assert_eq!(df.column("value").unwrap().dtype(), &DataType::Float64);
    assert_eq!(df.column("year").unwrap().dtype(), &DataType::Int64);
    assert_eq!(df.column("estimated").unwrap().dtype(), &DataType::Boolean);
    assert_eq!(df.column("kind").unwrap().dtype(), &DataType::String);
    // the same numbers as the CSV
    let (h, rows) = read_csv(&out.path().join("indicators.csv"));
    let values = df.column("value").unwrap().f64().unwrap();
    for (k, r) in rows.iter().enumerate().step_by(37) {
        let csv_value = common::col(&h, r, "value");
        match values.get(k) {
            Some(v) => assert!((v - csv_value.parse::<f64>().unwrap()).abs() < 1e-6, "row {k}"),
            None => assert_eq!(csv_value, ""),
        }
    }
}
