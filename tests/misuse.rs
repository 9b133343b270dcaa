//! Real misuse and odd inputs (issue 20): the output folder inside the input, a file
//! without sentence punctuation, memory limits, GBK-encoded names, NUL bytes and cut
//! characters, walk errors, implausible years, and the small ones. Each says what is
//! wrong in words and costs at most the file it is about.

mod common;

use std::path::Path;

use common::{baogao, col, outputs, read_csv, report, write};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// run.json's warnings.
fn warnings(out: &Path) -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
    json["warnings"].as_array().unwrap().iter().map(|w| w.as_str().unwrap().to_string()).collect()
}

/// errors.csv as (path, message).
fn errors(out: &Path) -> Vec<(String, String)> {
    let (h, rows) = read_csv(&out.join("errors.csv"));
    rows.iter().map(|r| (col(&h, r, "path").to_string(), col(&h, r, "message").to_string())).collect()
}

/// 1. `cd reports && baogao run . -o out`, twice: the second run reads neither its own
///    output folder nor an older one, nor a summary copied among the reports.
#[test]
fn outputs_are_never_read_back_as_input() {
    let dir = tmp();
    let input = dir.path();
    write(input, "某区/2020.txt", report("某区", 2020));
    write(input, "某区/2021.txt", report("某区", 2021));
    let (code, _, err) = baogao(&["run", ".", "-o", "out", "-q"], input);
    assert_eq!(code, 0, "{err}");
    let first = outputs(&input.join("out"));
    let (code, _, err) = baogao(&["run", ".", "-o", "out"], input);
    assert_eq!(code, 0, "{err}");
    assert!(outputs(&input.join("out")) == first, "the second run's outputs differ from the first's");
    assert!(err.contains("warning") && err.contains("out"), "{err}");
    assert!(warnings(&input.join("out")).iter().any(|w| w.contains("out")), "{:?}", warnings(&input.join("out")));
    // an older output folder among the reports, and a summary copied beside them
    std::fs::copy(input.join("out/summary.html"), input.join("某区/summary.html")).unwrap();
    std::fs::copy(input.join("out/summary.md"), input.join("notes.md")).unwrap();
    let (code, _, err) = baogao(&["run", ".", "-o", "elsewhere", "-q"], input);
    assert_eq!(code, 0, "{err}");
    assert!(outputs(&input.join("elsewhere")) == first, "outputs read back as input");
    let w = warnings(&input.join("elsewhere")).join("\n");
    assert!(w.contains("out") && w.contains("summary.html") && w.contains("notes.md"), "{w}");
}

/// 5. A file without sentence punctuation is cut into bounded sentences: its quotes
///    are short, the tables stay small, the reports beside it are read as usual.
#[test]
fn a_file_without_sentence_punctuation_costs_only_itself() {
    let dir = tmp();
    let input = dir.path().join("in");
    write(&input, "某区/2020.txt", report("某区", 2020));
    write(&input, "某区/2021.txt", report("某区", 2021));
    // 1 MB in one line: figures, and neither sentence nor clause punctuation
    let mut dump = String::from("——2021年1月10日在某县第一届人民代表大会第一次会议上\n");
    let mut k = 0;
    while dump.len() < 1 << 20 {
        dump.push_str(&format!("地区生产总值增长{}.{}%城镇新增就业{}万人 ", k % 9, k % 7, k % 13));
        k += 1;
    }
    write(&input, "某县/2021.txt", &dump);
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert!(code == 0 || code == 2, "{err}");
    let (h, reports) = read_csv(&out.join("reports.csv"));
    assert!(reports.iter().filter(|r| col(&h, r, "region") == "某区").count() == 2);
    let (h, rows) = read_csv(&out.join("indicators.csv"));
    let longest = rows.iter().map(|r| col(&h, r, "quote").chars().count()).max().unwrap_or(0);
    assert!(longest <= 600, "a quote of {longest} chars");
    let size = std::fs::metadata(out.join("indicators.csv")).unwrap().len();
    // (a row per number of the 1 MB, each quoting at most 500 chars: linear in the file)
    assert!(size < 100 << 20, "indicators.csv is {size} bytes");
    assert!(warnings(&out).iter().any(|w| w.contains("某县/2021") && w.contains("long")), "{:?}", warnings(&out));
}

/// 6. Under a limit of 300 MB of address space, the seeds twenty times over are
///    processed whole, with one worker or two; a file whose memory can be foreseen to
///    be too much is refused alone.
#[test]
fn a_run_fits_in_300_mb_of_address_space() {
    let dir = tmp();
    let input = dir.path().join("in");
    let n = common::seeds_times(&input, 20);
    for jobs in ["1", "2"] {
        let out = dir.path().join(format!("out{jobs}"));
        let script = format!(
            "ulimit -v 307200 && exec '{}' run '{}' -o '{}' -q -j {jobs}",
            common::bin().display(),
            input.display(),
            out.display()
        );
        let o = std::process::Command::new("sh").args(["-c", &script]).output().unwrap();
        assert_eq!(o.status.code(), Some(0), "-j {jobs}: {}", String::from_utf8_lossy(&o.stderr));
        let (_, reports) = read_csv(&out.join("reports.csv"));
        assert_eq!(reports.len(), n, "-j {jobs}");
    }
    // a 60 MB report (under the file size limit) would need more than the 300 MB
    let big = common::report("大区", 2021).repeat(60 << 20 >> 9);
    write(&input, "大区/2021.txt", &big);
    let out = dir.path().join("out-big");
    let script = format!(
        "ulimit -v 307200 && exec '{}' run '{}' -o '{}' -q",
        common::bin().display(),
        input.display(),
        out.display()
    );
    let o = std::process::Command::new("sh").args(["-c", &script]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    let errors = errors(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].0 == "大区/2021.txt" && errors[0].1.contains("memory"), "{errors:?}");
}

/// 7. File and folder names in GBK (archives unzipped on Chinese Windows) are read as
///    GBK: two folders stay two regions.
#[cfg(unix)]
#[test]
fn gbk_file_and_folder_names_are_decoded() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tmp();
    let input = dir.path().join("in");
    for region in ["上海市", "北京市"] {
        let (gbk, _, _) = encoding_rs::GBK.encode(region);
        let folder = input.join(std::ffi::OsStr::from_bytes(&gbk));
        std::fs::create_dir_all(&folder).unwrap();
        // no header: the region comes from the folder's name
        std::fs::write(folder.join("2020.txt"), "各位代表：\n一、2019年工作回顾\n地区生产总值增长6%。\n").unwrap();
    }
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 0, "{err}");
    let (h, reports) = read_csv(&out.join("reports.csv"));
    let regions: Vec<&str> = reports.iter().map(|r| col(&h, r, "region")).collect();
    assert_eq!(regions, ["上海市", "北京市"]);
    assert!(warnings(&out).iter().any(|w| w.contains("GBK")), "{:?}", warnings(&out));
}

/// 8. A NUL byte, or a last character cut off, is a warning with its byte offset;
///    the report is read.
#[test]
fn stray_nuls_and_a_cut_last_character_are_warnings_with_offsets() {
    let dir = tmp();
    let input = dir.path().join("in");
    let mut with_nul = report("甲区", 2021).into_bytes();
    let at = with_nul.len() / 2;
    let at = (at..).find(|&i| with_nul[i] == b'\n').unwrap() + 1;
    with_nul.insert(at, 0);
    write(&input, "甲区/2021.txt", &with_nul);
    let mut cut = report("乙区", 2021).into_bytes();
    cut.extend_from_slice(&"增".as_bytes()[..2]);
    write(&input, "乙区/2021.txt", &cut);
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 0, "{err}");
    let (_, reports) = read_csv(&out.join("reports.csv"));
    assert_eq!(reports.len(), 2);
    let w = warnings(&out).join("\n");
    assert!(w.contains("甲区/2021") && w.contains("NUL") && w.contains(&format!("byte {at}")), "{w}");
    let end = cut.len() - 2;
    assert!(w.contains("乙区/2021") && w.contains(&format!("byte {end}")), "{w}");
    // a file damaged in the middle says where
    let mut damaged = report("丙区", 2021).into_bytes();
    // a byte of a character overwritten: the sequence is invalid from the character's start
    let start = (0..=40).rev().find(|&i| damaged[i] & 0xC0 != 0x80).unwrap();
    damaged[40] = 0xFF;
    write(&input, "丙区/2021.txt", &damaged);
    let (code, _, _) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 2);
    let errors = errors(&out);
    assert!(errors[0].0 == "丙区/2021.txt", "{errors:?}");
    assert!(errors[0].1.contains("UTF-8") && errors[0].1.contains(&format!("byte {start}")), "{errors:?}");
}

/// 9. A symbolic link loop and a path too long are reported as what they are.
#[cfg(unix)]
#[test]
fn walk_errors_are_reported_as_such() {
    let dir = tmp();
    let input = dir.path().join("in");
    write(&input, "某区/2021.txt", report("某区", 2021));
    std::os::unix::fs::symlink("..", input.join("某区/loop")).unwrap();
    // folders nested past 4096 bytes of path, made a level at a time
    let long = "d".repeat(250);
    let script = format!("cd '{}' && for i in $(seq 20); do mkdir {long} && cd {long}; done", input.display());
    assert!(std::process::Command::new("bash").args(["-c", &script]).status().unwrap().success());
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 2, "{err}");
    let errors = errors(&out);
    assert!(errors.iter().any(|(p, m)| p.starts_with("某区/loop") && m.contains("loop")), "{errors:?}");
    assert!(errors.iter().any(|(p, m)| p.starts_with("ddd") && m.contains("too long")), "{errors:?}");
    assert!(errors.iter().all(|(_, m)| !m.contains("extension")), "{errors:?}");
    let (_, reports) = read_csv(&out.join("reports.csv"));
    assert_eq!(reports.len(), 1);
}

/// 10. Implausible years and pairs far apart are warned about; so is a `diff` of two
///     files swapped in time or from two regions.
#[test]
fn implausible_years_and_odd_pairs_are_warned_about() {
    let dir = tmp();
    let input = dir.path().join("in");
    for (region, year) in [("甲区", 1900), ("乙区", 2099), ("丙区", 2000), ("丙区", 2019)] {
        write(&input, &format!("{region}/{year}.txt"), report(region, year));
    }
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap()], dir.path());
    assert_eq!(code, 0, "{err}");
    let w = warnings(&out).join("\n");
    for expected in ["甲区/1900", "乙区/2099", "19 years apart"] {
        assert!(w.contains(expected), "{expected}: {w}");
        assert!(err.contains(expected), "{expected} on stderr: {err}");
    }
    let (a, b, c) = (input.join("丙区/2000.txt"), input.join("丙区/2019.txt"), input.join("甲区/1900.txt"));
    let (code, _, err) = baogao(&["diff", b.to_str().unwrap(), a.to_str().unwrap()], dir.path());
    assert_eq!(code, 0);
    assert!(err.contains("warning") && err.contains("earlier"), "{err}");
    let (code, _, err) = baogao(&["diff", a.to_str().unwrap(), c.to_str().unwrap()], dir.path());
    assert_eq!(code, 0);
    assert!(err.contains("warning") && err.contains("丙区") && err.contains("甲区"), "{err}");
}

/// 11. The small ones.
#[test]
fn small_failures_have_clear_words() {
    let dir = tmp();
    let input = dir.path().join("in");
    write(&input, "某区/2020.txt", report("某区", 2020));
    write(&input, "某区/2021.txt", report("某区", 2021));
    // a Word lock file beside the reports is no report and no error
    write(&input, "某区/~$2021.docx", b"\x00lock");
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(errors(&out).is_empty());
    // the OS error once
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"").unwrap();
    let below = file.join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", below.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 1);
    assert_eq!(err.matches("os error").count(), 1, "{err}");
    // an empty input folder
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let (code, _, err) = baogao(&["run", empty.to_str().unwrap(), "-o", out.to_str().unwrap()], dir.path());
    assert_eq!(code, 3);
    assert!(err.contains("no reports found"), "{err}");
    // diff --html to a folder that does not exist: an error before anything is printed
    let (a, b) = (input.join("某区/2020.txt"), input.join("某区/2021.txt"));
    let page = dir.path().join("missing/page.html");
    let (code, stdout, err) =
        baogao(&["diff", a.to_str().unwrap(), b.to_str().unwrap(), "--html", page.to_str().unwrap()], dir.path());
    assert_eq!(code, 1, "{err}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(err.contains("page.html"), "{err}");
}

/// 11. Piped into `head`, the output stops quietly.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = tmp();
    let mut text = String::new();
    for k in 0..400 {
        text.push_str(&format!("第{k}项：地区生产总值增长6.{}%，城镇新增就业{k}万人。\n", k % 10));
    }
    let file = dir.path().join("2021_某区.txt");
    std::fs::write(&file, format!("{}{text}", report("某区", 2021))).unwrap();
    let script = format!("'{}' extract '{}' | head -c 10 > /dev/null", common::bin().display(), file.display());
    let o = std::process::Command::new("bash").args(["-c", &format!("set -o pipefail; {script}")]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("Broken pipe") && !err.contains("error"), "{err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
}

/// 11. `extract` and `inspect` refuse what is not a regular file instead of blocking on it.
#[cfg(unix)]
#[test]
fn a_fifo_is_refused_not_read() {
    let dir = tmp();
    let fifo = dir.path().join("2021_某区.txt");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for command in ["inspect", "extract"] {
        let mut child = std::process::Command::new(common::bin())
            .args([command, fifo.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().unwrap();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let status = status.unwrap_or_else(|| panic!("{command} blocked on a FIFO"));
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
        assert_eq!(status.code(), Some(3), "{command}: {err}");
        assert!(err.contains("not a regular file"), "{command}: {err}");
    }
}

/// A scraper's haul of a session's documents: the government's plan report and an
/// abridgement beside its work report yield to it, whichever sorts first; the congress's standing committee's
/// report and a report to a standing committee's meeting are refused; a plan report
/// alone for its year stands in for the work report, with a warning.
#[test]
fn a_congress_sessions_other_documents_are_not_work_reports() {
    let dir = tmp();
    let input = dir.path().join("in");
    let session = "——2021年1月10日在天津市西青区第一届人民代表大会第一次会议上\n";
    let plan = |year: i32| {
        format!(
            "关于{prev}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n\
             ——{year}年1月10日在天津市西青区第一届人民代表大会第一次会议上\n西青区发展和改革委员会主任 张三\n各位代表：\n\
             {prev}年，地区生产总值增长6.1%。{year}年地区生产总值预期增长6%。\n",
            prev = year - 1
        )
    };
    write(&input, "西青区/2021-a-计划.txt", plan(2021));
    write(&input, "西青区/2021.txt", report("天津市西青区", 2021));
    // an abridgement of it, sorting first
    write(
        &input,
        "西青区/2021-b-摘要.txt",
        report("天津市西青区", 2021).replacen("政府工作报告", "政府工作报告（摘要）", 1),
    );
    write(&input, "西青区/2022-计划.txt", plan(2022));
    write(
        &input,
        "西青区/2021-人大.txt",
        format!("西青区人民代表大会常务委员会工作报告\n{session}西青区人大常委会主任 李四\n各位代表：\n过去一年，常委会制定条例3件。\n"),
    );
    write(
        &input,
        "西青区/2021-预算.txt",
        "关于西青区2021年上半年预算执行情况的报告\n——2021年7月30日在天津市西青区第一届人民代表大会\n常务委员会第九次会议上\n\
         一般公共预算收入增长5.2%。\n",
    );
    let out = dir.path().join("out");
    let (code, _, err) = baogao(&["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"], dir.path());
    assert_eq!(code, 2, "{err}");
    let errors = errors(&out);
    let message = |path: &str| errors.iter().find(|(p, _)| p == path).map(|(_, m)| m.as_str()).unwrap_or_default();
    assert!(
        message("西青区/2021-a-计划.txt").starts_with("a plan report (关于2020年国民经济和社会发展计划执行情况")
            && message("西青区/2021-a-计划.txt").ends_with("the work report of 西青区 2021 is 西青区/2021.txt"),
        "{errors:?}"
    );
    assert!(message("西青区/2021-人大.txt").contains("the report of a congress's standing committee"), "{errors:?}");
    assert!(message("西青区/2021-预算.txt").contains("a standing committee's meeting"), "{errors:?}");
    assert_eq!(
        message("西青区/2021-b-摘要.txt"),
        "an abridgement (摘要) of the work report of 西青区 2021; the full text is 西青区/2021.txt"
    );
    assert_eq!(errors.len(), 4, "{errors:?}");
    let (h, rows) = read_csv(&out.join("reports.csv"));
    let kept: Vec<(&str, &str)> = rows.iter().map(|r| (col(&h, r, "report_id"), col(&h, r, "title"))).collect();
    assert_eq!(
        kept,
        [
            ("西青区/2021", "政府工作报告"),
            ("西青区/2022-计划", "关于2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告")
        ]
    );
    assert!(warnings(&out).iter().any(|w| w.starts_with("西青区/2022-计划: a plan report")), "{:?}", warnings(&out));
}
