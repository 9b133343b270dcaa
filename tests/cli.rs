//! The binary as users and scripts run it: files written, exit codes, determinism.

mod common;

use std::path::Path;
use std::process::Command;

use common::{bin, col, read_csv, seeds, TABLES};

/// The report id of the Xiqing seed (seeds/000_d71a0cecef7007e3.txt).
const SEED_ID: &str = "000_d71a0cecef7007e3";

fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let out = Command::new(bin()).args(args).current_dir(cwd).output().expect("run baogao");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn default_run_on_the_seed_writes_every_output() {
    let out = tmp();
    let (code, _, err) =
        run(&["run", seeds().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--quiet"], Path::new("."));
    assert_eq!(code, 0, "{err}");
    for t in TABLES {
        assert!(out.path().join(format!("{t}.csv")).is_file(), "{t}.csv missing");
    }
    for f in ["summary.md", "summary.html", "run.json"] {
        assert!(out.path().join(f).is_file(), "{f} missing");
    }
    // the Xiqing seed and the Hailaer series 2012-2019, whose seven consecutive pairs
    // are compared
    let (h, rows) = read_csv(&out.path().join("reports.csv"));
    assert_eq!(rows.len(), 9);
    let xiqing = rows.iter().find(|r| col(&h, r, "report_id") == SEED_ID).expect("the Xiqing seed");
    assert_eq!(col(&h, xiqing, "region"), "西青区");
    assert_eq!(col(&h, xiqing, "year"), "2021");
    assert_eq!(col(&h, xiqing, "delivered"), "2021-01-12");
    let hailaer: Vec<&str> =
        rows.iter().filter(|r| col(&h, r, "region") == "海拉尔区").map(|r| col(&h, r, "year")).collect();
    assert_eq!(hailaer, ["2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"]);
    let (h, diffs) = read_csv(&out.path().join("sentence_diff.csv"));
    let pairs: std::collections::BTreeSet<(&str, &str)> =
        diffs.iter().map(|r| (col(&h, r, "from_report"), col(&h, r, "to_report"))).collect();
    assert_eq!(pairs.len(), 7, "{pairs:?}");
    // no temporary files left behind
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    // outputs are ordinary files that a web server or colleague can read, not the
    // private mode of the temporary file they were written to
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let plain = out.path().join("plain");
        std::fs::write(&plain, b"x").unwrap();
        for f in ["reports.csv", "summary.html", "run.json"] {
            assert_eq!(mode(&out.path().join(f)), mode(&plain), "{f}");
        }
    }
}

/// The seed figures named in the pipeline issue, as rows of indicators.csv.
#[test]
fn seed_headline_figures_are_extracted() {
    let out = tmp();
    let (code, _, err) =
        run(&["run", seeds().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"], Path::new("."));
    assert_eq!(code, 0, "{err}");
    let (h, rows) = read_csv(&out.path().join("indicators.csv"));
    let has = |kind: &str, subject: &str, measure: &str, value: &str, unit: &str, bound: &str, estimated: &str| {
        rows.iter().any(|r| {
            col(&h, r, "kind") == kind
                && col(&h, r, "subject") == subject
                && col(&h, r, "measure") == measure
                && col(&h, r, "value") == value
                && col(&h, r, "unit") == unit
                && col(&h, r, "bound") == bound
                && col(&h, r, "estimated") == estimated
        })
    };
    assert!(has("actual", "地区生产总值", "growth", "0.5", "%", "eq", "true"));
    assert!(has("actual", "一般公共预算收入", "level", "67", "亿元", "eq", "true"));
    assert!(has("actual", "固定资产投资", "growth", "5.3", "%", "eq", "true"));
    assert!(has("actual", "城镇居民人均可支配收入", "level", "43735", "元", "eq", "true"));
    assert!(has("actual", "城镇居民人均可支配收入", "growth", "2.8", "%", "eq", "true"));
    for (value, bound) in [("6.6", "eq"), ("12", "eq"), ("8", "ge"), ("5.5", "le"), ("5", "eq")] {
        let found = rows.iter().any(|r| {
            col(&h, r, "kind") == "target"
                && col(&h, r, "year") == "2021"
                && col(&h, r, "period_start") == "2021"
                && col(&h, r, "value") == value
                && col(&h, r, "unit") == "%"
                && col(&h, r, "bound") == bound
        });
        assert!(found, "2021 target {value}% ({bound}) missing");
    }
}

#[test]
fn quote_and_offsets_point_into_the_source() {
    let out = tmp();
    let (code, _, _) =
        run(&["run", seeds().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"], Path::new("."));
    assert_eq!(code, 0);
    let (h, rows) = read_csv(&out.path().join("indicators.csv"));
    assert!(!rows.is_empty());
    let mut sources: std::collections::BTreeMap<String, Vec<char>> = Default::default();
    for r in &rows {
        let id = col(&h, r, "report_id");
        let source = sources
            .entry(id.to_string())
            .or_insert_with(|| std::fs::read_to_string(seeds().join(format!("{id}.txt"))).unwrap().chars().collect());
        let (s, e): (usize, usize) =
            (col(&h, r, "char_start").parse().unwrap(), col(&h, r, "char_end").parse().unwrap());
        // as written, folded by width as normalisation does (the Hailaer reports write ％)
        let written: String =
            source[s..e].iter().filter(|c| !c.is_whitespace()).map(|&c| baogao::normalize::fold_width(c)).collect();
        let matched = col(&h, r, "matched");
        assert_eq!(written, matched, "offsets {s}..{e} of {matched}");
        assert!(col(&h, r, "quote").contains(matched));
    }
}

#[test]
fn bad_inputs_are_listed_and_the_rest_completes_with_exit_2() {
    let input = tmp();
    let out = tmp();
    std::fs::copy(seeds().join(format!("{SEED_ID}.txt")), input.path().join("2021_西青区.txt")).unwrap();
    std::fs::write(input.path().join("empty.txt"), b"").unwrap();
    std::fs::write(
        input.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00",
    )
    .unwrap();
    std::fs::write(input.path().join("notes.txt"), "各位代表：会议纪要，没有年份。").unwrap();
    std::fs::write(input.path().join("scan.pdf"), b"%PDF-1.4").unwrap();
    let (code, _, err) =
        run(&["run", input.path().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"], Path::new("."));
    assert_eq!(code, 2, "{err}");
    let (h, rows) = read_csv(&out.path().join("errors.csv"));
    let paths: Vec<&str> = rows.iter().map(|r| col(&h, r, "path")).collect();
    assert_eq!(paths, ["empty.txt", "image.txt", "notes.txt", "scan.pdf"]);
    let message =
        |p: &str| rows.iter().find(|r| col(&h, r, "path") == p).map(|r| col(&h, r, "message").to_string()).unwrap();
    assert!(message("empty.txt").contains("empty"));
    assert!(message("notes.txt").contains("<year>"));
    assert!(message("scan.pdf").contains("pdftotext"));
    for p in paths {
        assert!(err.contains(p), "stderr does not name {p}: {err}");
    }
    let (_, reports) = read_csv(&out.path().join("reports.csv"));
    assert_eq!(reports.len(), 1);
}

#[test]
fn nothing_processable_is_exit_3() {
    let input = tmp();
    let out = tmp();
    std::fs::write(input.path().join("empty.txt"), b"").unwrap();
    let (code, _, _) =
        run(&["run", input.path().to_str().unwrap(), "-o", out.path().to_str().unwrap(), "-q"], Path::new("."));
    assert_eq!(code, 3);
    assert!(out.path().join("errors.csv").is_file());
}

#[test]
fn bad_configuration_is_exit_1_and_writes_nothing() {
    let dir = tmp();
    let cfg = dir.path().join("bad.toml");
    let shipped = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config/baogao.toml")).unwrap();
    std::fs::write(&cfg, shipped.replace("edit_threshold = 0.5", "edit_treshold = 0.5")).unwrap();
    let out = dir.path().join("out");
    let (code, _, err) = run(
        &["run", seeds().to_str().unwrap(), "-o", out.to_str().unwrap(), "-c", cfg.to_str().unwrap()],
        Path::new("."),
    );
    assert_eq!(code, 1);
    assert!(err.contains("bad.toml") && err.contains("edit_treshold"), "{err}");
    assert!(!out.exists());
}

/// A usage error exits 1 (SPEC.md), not clap's 2, which means "some inputs failed",
/// and writes nothing; asking for help or the version is no error.
#[test]
fn usage_errors_exit_1_and_say_what_to_type() {
    let dir = tmp();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    for (args, named) in [
        (&["run", "-o", out, "--jobs", "0"][..], "--jobs"),
        (&["run", "-o", out, "--no-such-flag"][..], "--no-such-flag"),
        (&["run", "-o", out, "--format", "xml"][..], "xml"),
        (&["run", "-o", out, "-j"][..], "-j"),
        (&["diff", "only-one.txt"][..], "NEW"),
        (&["extract"][..], "FILE"),
        (&["frobnicate"][..], "frobnicate"),
    ] {
        let (code, stdout, err) = run(args, Path::new("."));
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains(named), "{args:?}: {err}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
    }
    assert!(!dir.path().join("out").exists());
    for args in [&["--help"][..], &["run", "--help"], &["--version"], &["help", "diff"]] {
        let (code, stdout, err) = run(args, Path::new("."));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(stdout.contains("baogao") || stdout.contains("Usage"), "{args:?}: {stdout}");
    }
}

#[test]
fn extract_prints_csv_for_one_file() {
    let (code, out, err) = run(&["extract", seeds().join(format!("{SEED_ID}.txt")).to_str().unwrap()], Path::new("."));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("report_id,region,year,kind,"));
    assert!(out.contains(",地区生产总值,growth,0.5,,%,0.5,eq,"));
    // all of it: the process ends without the C library's exit handlers, after flushing
    // stdout itself, so a lost tail would show here as a difference from the run's table
    let dir = tmp();
    let (code, _, err) =
        run(&["run", seeds().to_str().unwrap(), "-o", dir.path().to_str().unwrap(), "-q"], Path::new("."));
    assert_eq!(code, 0, "{err}");
    // (the run names the report by its path under the input folder, extract by the path
    // given); the seed's lines of the table, which has the Hailaer series too
    let table = std::fs::read_to_string(dir.path().join("indicators.csv")).unwrap();
    let seed_lines: Vec<&str> = table
        .lines()
        .enumerate()
        .filter(|(k, l)| *k == 0 || l.starts_with(&format!("{SEED_ID},")))
        .map(|(_, l)| l)
        .collect();
    assert!(out.ends_with('\n') && out.lines().count() == seed_lines.len(), "{} lines", out.lines().count());
    assert_eq!(out.replace("\nseeds/", "\n"), seed_lines.join("\n") + "\n");
}

#[test]
fn inspect_shows_metadata_and_sections() {
    let (code, out, _) = run(&["inspect", seeds().join(format!("{SEED_ID}.txt")).to_str().unwrap()], Path::new("."));
    assert_eq!(code, 0);
    assert!(out.contains("region:       西青区"));
    assert!(out.contains("决胜2020，“十三五”圆满收官 [Review]"));
}

#[test]
fn diff_of_two_files_marks_edits() {
    let dir = tmp();
    let a = dir.path().join("2020_某区.txt");
    let b = dir.path().join("2021_某区.txt");
    std::fs::write(&a, "一、工作回顾\n地区生产总值增长6.5%左右。\n加强生态环境保护。\n").unwrap();
    std::fs::write(&b, "一、工作回顾\n地区生产总值增长6%左右。\n推进数字政府建设。\n").unwrap();
    let html = dir.path().join("redline.html");
    let (code, out, err) = run(
        &["diff", a.to_str().unwrap(), b.to_str().unwrap(), "--text", "--html", html.to_str().unwrap()],
        Path::new("."),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("~ 地区生产总值增长[-6.5%-]{+6%+}左右。"), "{out}");
    assert!(out.contains("+ 推进数字政府建设。"));
    assert!(out.contains("- 加强生态环境保护。"));
    let page = std::fs::read_to_string(html).unwrap();
    assert!(page.contains("<del>6.5%</del><ins>6%</ins>"));
}

fn run_corpus(jobs: &str, out: &Path) -> Option<i32> {
    let corpus = common::corpus()?;
    let (code, _, err) =
        run(&["run", corpus.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q", "-j", jobs], Path::new("."));
    assert_eq!(code, 0, "{err}");
    Some(code)
}

#[test]
fn corpus_run_covers_all_25_consecutive_pairs() {
    let out = tmp();
    if run_corpus("2", out.path()).is_none() {
        return;
    }
    let (h, rows) = read_csv(&out.path().join("sentence_diff.csv"));
    let pairs: std::collections::BTreeSet<(String, String)> =
        rows.iter().map(|r| (col(&h, r, "from_report").to_string(), col(&h, r, "to_report").to_string())).collect();
    assert_eq!(pairs.len(), 25, "{pairs:?}");
    let (h, reports) = read_csv(&out.path().join("reports.csv"));
    let regions: std::collections::BTreeSet<&str> = reports.iter().map(|r| col(&h, r, "region")).collect();
    assert_eq!(regions.into_iter().collect::<Vec<_>>(), ["上海市", "全国", "海拉尔区"]);
}

#[test]
fn no_panel_value_is_an_average_over_years() {
    let out = tmp();
    if run_corpus("2", out.path()).is_none() {
        return;
    }
    let (ph, panel) = read_csv(&out.path().join("panel.csv"));
    let (ih, indicators) = read_csv(&out.path().join("indicators.csv"));
    let mut checked = 0;
    for p in &panel {
        let (report, sentence) = (col(&ph, p, "report_id"), col(&ph, p, "sentence_id"));
        let value: f64 = col(&ph, p, "value").parse().unwrap();
        let Some(i) = indicators.iter().find(|i| {
            col(&ih, i, "report_id") == report
                && col(&ih, i, "sentence_id") == sentence
                && col(&ih, i, "value_base").parse::<f64>().is_ok_and(|v| (v - value).abs() < 1e-9)
        }) else {
            panic!("panel row {p:?} has no indicator row");
        };
        // the words just before the number, in the sentence it came from
        let quote = col(&ih, i, "quote");
        let at = quote.find(col(&ih, i, "matched")).unwrap_or(0);
        let before: String = quote[..at].chars().rev().take(6).collect::<Vec<char>>().into_iter().rev().collect();
        assert!(!before.contains("年均"), "{report} sentence {sentence}: {value} follows {before:?}");
        checked += 1;
    }
    assert!(checked > 200, "{checked}");
    // 海拉尔区's panel cell of one indicator, kind and year
    let cell = |indicator: &str, kind: &str, year: &str| {
        panel.iter().find(|p| {
            [col(&ph, p, "region"), col(&ph, p, "indicator"), col(&ph, p, "kind"), col(&ph, p, "year")]
                == ["海拉尔区", indicator, kind, year]
        })
    };
    // hand-checked: 海拉尔区's 2016 report opens with the five-year average (年均增长12.1%)
    // and states 2015's growth later (同比增长8.9%)
    let gdp = cell("gdp", "actual", "2015").expect("a 2015 GDP growth for 海拉尔区");
    assert_eq!(col(&ph, gdp, "value"), "8.9");
    // hand-checked: the same report gives 新增就业 for commerce (3000) and the district
    // (5650); the panel keeps the first and says two values were stated
    let jobs = cell("new_urban_jobs", "actual", "2015").expect("2015 new jobs for 海拉尔区");
    assert_eq!((col(&ph, jobs, "value"), col(&ph, jobs, "values_stated")), ("3000", "2"));
    assert!(panel.iter().filter(|p| col(&ph, p, "values_stated") == "1").count() > 250);
    // the subject as written shows a change of definition within a series
    let fai = |year: &str| cell("fixed_asset_investment", "target", year).map(|p| col(&ph, p, "subject"));
    assert_eq!((fai("2016"), fai("2017")), (Some("区本级固定资产投资"), Some("全社会固定资产投资")));
    let (th, tva) = read_csv(&out.path().join("targets_vs_actuals.csv"));
    let jobs = tva
        .iter()
        .find(|t| {
            [col(&th, t, "region"), col(&th, t, "indicator"), col(&th, t, "year")]
                == ["海拉尔区", "new_urban_jobs", "2015"]
        })
        .expect("the 2015 jobs target of 海拉尔区");
    assert_eq!((col(&th, jobs, "target_values_stated"), col(&th, jobs, "actual_values_stated")), ("1", "2"));
}

#[test]
fn outputs_are_byte_identical_across_runs_and_job_counts() {
    let (a, b) = (tmp(), tmp());
    if run_corpus("1", a.path()).is_none() {
        return;
    }
    run_corpus("2", b.path());
    for f in TABLES.iter().map(|t| format!("{t}.csv")).chain(["summary.md".into(), "summary.html".into()]) {
        let (x, y) = (std::fs::read(a.path().join(&f)).unwrap(), std::fs::read(b.path().join(&f)).unwrap());
        assert!(x == y, "{f} differs between -j 1 and -j 2");
    }
}

#[test]
fn excel_bom_prefixes_csvs_only_when_asked() {
    let (a, b) = (tmp(), tmp());
    run(&["run", seeds().to_str().unwrap(), "-o", a.path().to_str().unwrap(), "-q"], Path::new("."));
    run(&["run", seeds().to_str().unwrap(), "-o", b.path().to_str().unwrap(), "-q", "--excel-bom"], Path::new("."));
    let plain = std::fs::read(a.path().join("reports.csv")).unwrap();
    let bom = std::fs::read(b.path().join("reports.csv")).unwrap();
    assert!(plain.starts_with(b"report_id,"));
    assert!(bom.starts_with(b"\xEF\xBB\xBFreport_id,"));
}
