//! Interrupted runs and typed table files.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{bin, read_csv, seeds};

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| baogao::output::is_temp_name(n))
        .collect()
}

/// How an interrupted run may end: finished (0), stopped by its handler (130), or by
/// the signal itself when it came before the run had locked its output folder and
/// set its handler (nothing is written by then).
fn stopped_well(status: std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    matches!(status.code(), Some(0) | Some(130)) || matches!(status.signal(), Some(2) | Some(15))
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
    let before = common::outputs(out.path());
    for (signal, delay_ms) in [("-INT", 30), ("-INT", 150), ("-TERM", 300), ("-KILL", 200)] {
        let mut child = run().stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        let status = child.wait().unwrap();
        if signal != "-KILL" {
            assert!(stopped_well(status), "{signal} after {delay_ms} ms: {status:?}");
            assert_eq!(temp_files(out.path()), Vec::<String>::new(), "{signal} after {delay_ms} ms");
        }
        assert!(common::outputs(out.path()).iter().eq(before.iter()), "outputs changed after {signal}");
    }
    // a run after a SIGKILL removes what the killed run left
    assert_eq!(run().status().unwrap().code(), Some(0));
    assert_eq!(temp_files(out.path()), Vec::<String>::new());
    assert_eq!(common::outputs(out.path()), before);
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

/// Two inputs with different outputs: `a` (the seeds five times over) and `b` (the
/// same without one copy of the Xiqing seed).
fn two_inputs(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (a, b) = (dir.join("a"), dir.join("b"));
    common::seeds_times(&a, 5);
    common::seeds_times(&b, 5);
    std::fs::remove_file(b.join("xiqing_0/2021.txt")).unwrap();
    (a, b)
}

/// Which of two sets of outputs a folder holds: every output file is the one of `a` or
/// the one of `b`, all from the same set, and run.json is there; otherwise a panic
/// that names what is mixed.
fn which_set(dir: &Path, a: &[(String, Vec<u8>)], b: &[(String, Vec<u8>)], what: &str) -> char {
    let now = common::outputs(dir);
    assert!(temp_files(dir).is_empty(), "{what}: temporary files left: {:?}", temp_files(dir));
    assert!(dir.join("run.json").is_file(), "{what}: no run.json");
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&now), names(a), "{what}: the files of the set");
    let mut sides = std::collections::BTreeMap::new();
    for ((name, bytes), ((_, x), (_, y))) in now.iter().zip(a.iter().zip(b)) {
        if x == y {
            assert!(bytes == x, "{what}: {name} is neither set's");
        } else if bytes == x {
            sides.insert(name.clone(), 'a');
        } else if bytes == y {
            sides.insert(name.clone(), 'b');
        } else {
            panic!("{what}: {name} is neither set's");
        }
    }
    let set: std::collections::BTreeSet<char> = sides.values().copied().collect();
    assert!(set.len() == 1, "{what}: the outputs mix two runs: {sides:?}");
    let side = *set.iter().next().expect("a side");
    // run.json names the reports of the same set
    let json = std::fs::read_to_string(dir.join("run.json")).unwrap();
    assert_eq!(json.contains("xiqing_0/2021"), side == 'a', "{what}: run.json of the other set");
    side
}

fn run_into(input: &Path, out: &Path) -> Command {
    let mut c = Command::new(bin());
    c.args(["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"]);
    c
}

/// 2. A run interrupted by SIGINT or SIGTERM at any moment, the write stage included,
///    leaves either the previous set of outputs or its own, whole: never a mix. Tried
///    at many moments spread over the end of a run.
#[test]
fn an_interrupted_run_never_mixes_two_sets_of_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_inputs(dir.path());
    let (out_a, out_b, out) = (dir.path().join("out-a"), dir.path().join("out-b"), dir.path().join("out"));
    let started = std::time::Instant::now();
    assert_eq!(run_into(&a, &out_a).status().unwrap().code(), Some(0));
    let took = started.elapsed();
    assert_eq!(run_into(&b, &out_b).status().unwrap().code(), Some(0));
    let (set_a, set_b) = (common::outputs(&out_a), common::outputs(&out_b));
    assert!(set_a != set_b);
    let tries = 24;
    let mut seen = std::collections::BTreeMap::new();
    for k in 0..tries {
        // the previous set is a's; a run over b is stopped between half its time and
        // a little past its end
        assert_eq!(run_into(&a, &out).status().unwrap().code(), Some(0));
        let delay = took.mul_f64(0.5 + 0.6 * k as f64 / tries as f64);
        let signal = if k % 2 == 0 { "-INT" } else { "-TERM" };
        let mut child = run_into(&b, &out).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(delay);
        Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        let status = child.wait().unwrap();
        assert!(stopped_well(status), "{signal} after {delay:?}: {status:?}");
        let side = which_set(&out, &set_a, &set_b, &format!("{signal} after {delay:?}"));
        *seen.entry(side).or_insert(0) += 1;
    }
    eprintln!("sets left after {tries} interrupted runs: {seen:?}");
}

/// 3. Two runs into one folder at once: the second exits 1 naming the first's process,
///    and the first's outputs are whole.
#[test]
fn a_second_run_into_the_same_folder_waits_its_turn() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_inputs(dir.path());
    let (out_a, out) = (dir.path().join("out-a"), dir.path().join("out"));
    assert_eq!(run_into(&a, &out_a).status().unwrap().code(), Some(0));
    let set_a = common::outputs(&out_a);
    let out_b = dir.path().join("out-b");
    assert_eq!(run_into(&b, &out_b).status().unwrap().code(), Some(0));
    let set_b = common::outputs(&out_b);
    let mut refused = 0;
    for delay_ms in [0, 20, 60, 120, 250, 400] {
        let first = run_into(&a, &out).stderr(Stdio::piped()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let second = run_into(&b, &out).stderr(Stdio::piped()).spawn().unwrap();
        let (first_pid, second_pid) = (first.id(), second.id());
        let (first, second) = (first.wait_with_output().unwrap(), second.wait_with_output().unwrap());
        let err = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
        let what = format!("{delay_ms} ms apart");
        match (first.status.code(), second.status.code()) {
            // one after the other: the folder holds either run's outputs, whole
            (Some(0), Some(0)) => {
                which_set(&out, &set_a, &set_b, &what);
            }
            (Some(0), Some(1)) => {
                assert!(err(&second).contains(&first_pid.to_string()), "{what}: {}", err(&second));
                assert_eq!(which_set(&out, &set_a, &set_b, &what), 'a');
                refused += 1;
            }
            (Some(1), Some(0)) => {
                assert!(err(&first).contains(&second_pid.to_string()), "{what}: {}", err(&first));
                assert_eq!(which_set(&out, &set_a, &set_b, &what), 'b');
                refused += 1;
            }
            other => panic!("{what}: {other:?}: {} {}", err(&first), err(&second)),
        }
    }
    assert!(refused > 0, "no run ever found the folder busy");
}

/// 4. Only files baogao names are cleaned up: an editor's hidden `.tmp` stays.
#[test]
fn cleanup_removes_only_what_baogao_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for name in [".vimswap.tmp", ".notes.txt.tmp", ".reports.csv.tmp"] {
        std::fs::write(out.join(name), b"mine").unwrap();
    }
    assert_eq!(run_into(&seeds(), &out).status().unwrap().code(), Some(0));
    for name in [".vimswap.tmp", ".notes.txt.tmp", ".reports.csv.tmp"] {
        assert_eq!(std::fs::read(out.join(name)).unwrap(), b"mine", "{name}");
    }
}
