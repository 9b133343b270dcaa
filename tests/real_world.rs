//! A batch as users meet it: the corpus (when present) mixed with reports we write
//! ourselves as DOCX, GBK HTML, a scraped page with its chrome, GB18030, UTF-16 LE/BE and
//! Big5 text, next to every kind of bad file. One run must read every good report with the
//! right metadata, list exactly the bad files in errors.csv, exit with 2, and write the
//! same bytes with one worker thread as with two.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use common::{bin, col, corpus, read_csv};

/// A short report of our own. The numbers depend on the year so that the series differ.
fn report(region_in_header: &str, year: i32, speaker: &str) -> String {
    let k = (year - 2018) as f64;
    format!(
        "政府工作报告\n\
         ——{year}年1月12日在{region_in_header}第十二届人民代表大会第三次会议上\n\
         {speaker} 张明\n\
         各位代表：\n\
         现在，我代表自治区人民政府，向大会报告政府工作，请予审议。\n\
         一、{prev}年工作回顾\n\
         过去一年，全区生产总值增长{actual}%，一般公共预算收入达到{revenue}亿元，增长{rev_growth}%。\n\
         城镇新增就业{jobs}万人，城镇调查失业率为4.{k}%。\n\
         二、{year}年工作安排\n\
         {year}年经济社会发展的主要预期目标是：地区生产总值增长{target}%左右，城镇调查失业率控制在5.5%以内。\n\
         我们要坚持“稳中求进”，推动高质量发展。\n",
        prev = year - 1,
        actual = 6.0 + k / 10.0,
        revenue = 1800 + 100 * (year - 2018),
        rev_growth = 5 + (year - 2018),
        jobs = 40 + (year - 2018),
        k = year - 2018,
        target = 6.5 - k / 10.0,
    )
}

fn docx(paragraphs: &str, table_row: &[&str]) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs.lines() {
        body.push_str(&format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"));
    }
    body.push_str("<w:tbl><w:tr>");
    for cell in table_row {
        body.push_str(&format!("<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>"));
    }
    body.push_str("</w:tr></w:tbl>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    )
    .unwrap();
    zip.start_file("word/footer1.xml", opts).unwrap();
    zip.write_all(b"<w:ftr><w:p><w:r><w:t>FOOTER 2099</w:t></w:r></w:p></w:ftr>").unwrap();
    zip.finish().unwrap().into_inner()
}

fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "test text not representable in {}", encoding.name());
    bytes.into_owned()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in text.encode_utf16() {
        out.extend(if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

fn write(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Good reports: (path, region, plan year, source_format, encoding).
const GOOD: &[(&str, &str, &str, &str, &str)] = &[
    ("docx/2020_宁夏.docx", "宁夏回族自治区", "2020", "docx", "UTF-8"),
    ("enc/gx2020-gb18030.txt", "广西壮族自治区", "2020", "txt", "GB18030"),
    ("enc/gx2021-utf16le.txt", "广西壮族自治区", "2021", "txt", "UTF-16LE"),
    ("enc/nx2022-utf16be.txt", "宁夏回族自治区", "2022", "txt", "UTF-16BE"),
    ("enc/2020_臺北市.txt", "臺北市", "2020", "txt", "Big5"),
    ("scraped/guangxi-2019.txt", "广西壮族自治区", "2019", "txt", "UTF-8"),
    ("web/2021.html", "宁夏回族自治区", "2021", "html", "GBK"),
];

/// Bad files and a word their error message must contain.
const BAD: &[(&str, &str)] = &[
    ("bad/binary.txt", "binary"),
    ("bad/damaged-gbk.txt", "invalid GB18030 byte sequence at byte 40"),
    ("bad/empty.txt", "empty"),
    ("bad/huge.txt", "limit"),
    ("bad/legacy.doc", ".docx"),
    ("bad/scan.pdf", "pdftotext"),
    ("bad/truncated.docx", "docx"),
    ("bad/会议纪要.txt", "<year>"),
    ("dup/2020_宁夏回族自治区.txt", "docx/2020_宁夏.docx"),
];

fn build_batch(root: &Path) -> usize {
    // the corpus, as users keep it: <region>/<year>.txt
    let mut corpus_reports = 0;
    if let Some(dir) = corpus() {
        for region in std::fs::read_dir(&dir).unwrap() {
            let region = region.unwrap().path();
            for f in std::fs::read_dir(&region).unwrap() {
                let f = f.unwrap().path();
                let rel = f.strip_prefix(&dir).unwrap();
                write(&root.join("corpus"), rel.to_str().unwrap(), std::fs::read(&f).unwrap());
                corpus_reports += 1;
            }
        }
    }

    // DOCX with a table and a footer that must not be read
    let nx2020 = report("宁夏回族自治区", 2020, "自治区主席");
    write(root, "docx/2020_宁夏.docx", docx(&nx2020, &["指标", "地区生产总值", "增长6%"]));
    // a web page saved as GBK, with navigation, script and style around the article
    let nx2021 = report("宁夏", 2021, "自治区主席");
    let paragraphs: String = nx2021.lines().map(|l| format!("<p>{l}</p>\n")).collect();
    let page = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\
         <title>政府工作报告</title><style>p {{ margin: 0 }}</style></head><body>\
         <nav>首页 | 新闻中心 | 2099年</nav><script>var year = 2099;</script>\
         <div class=\"article\">{paragraphs}</div><footer>版权所有 2099</footer></body></html>"
    );
    write(root, "web/2021.html", encode(&page, encoding_rs::GBK));
    // text scraped from a portal: chrome before and after the report
    let gx2019 = report("广西壮族自治区", 2019, "自治区主席");
    let scraped = format!(
        "首页 | 政务公开 | 政府工作报告\n【字号：加大 还原 减小】\n来源：自治区人民政府办公厅\n\
         时间：2019-01-20 09:30\n打印 | 关闭\n\
         1月12日，自治区第十二届人民代表大会第三次会议开幕。自治区主席张明作政府工作报告。本报记者 李华 摄\n\
         {gx2019}\n相关报道\n2099年某地生产总值增长99%。\n责任编辑：王芳\n"
    );
    write(root, "scraped/guangxi-2019.txt", scraped);
    // the same government under its short name in GB18030, with a character outside GBK
    let gx2020 = report("广西", 2020, "自治区主席") + "保护㐀字古籍。\n";
    write(root, "enc/gx2020-gb18030.txt", encode(&gx2020, encoding_rs::GB18030));
    write(root, "enc/gx2021-utf16le.txt", utf16(&report("广西壮族自治区", 2021, "自治区主席"), false));
    write(root, "enc/nx2022-utf16be.txt", utf16(&report("宁夏回族自治区", 2022, "自治区主席"), true));
    // traditional Chinese in Big5; its header words (屆, 會) are not the simplified ones,
    // so region and year come from the file name
    let big5 = "政府工作報告\n各位代表：\n過去一年，全市生產總值增長百分之三，財政收入達到一千二百億元。\n\
                今年經濟社會發展的主要目標是：生產總值增長百分之三左右。\n";
    write(root, "enc/2020_臺北市.txt", encode(big5, encoding_rs::BIG5));

    // bad files
    write(root, "bad/empty.txt", b"");
    // GBK text with two bytes that are not GBK in the middle: decoding would put U+FFFD in
    let mut damaged = encode(&report("宁夏回族自治区", 2018, "自治区主席"), encoding_rs::GBK);
    damaged.splice(40..40, [0xFF, 0xFF]);
    write(root, "bad/damaged-gbk.txt", damaged);
    write(root, "bad/binary.txt", (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect::<Vec<u8>>());
    let huge = std::fs::File::create(root.join("bad/huge.txt")).unwrap();
    huge.set_len(100 << 20).unwrap(); // 100 MB, sparse
    write(root, "bad/legacy.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00");
    write(root, "bad/scan.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    let whole = docx(&report("宁夏回族自治区", 2019, "自治区主席"), &["x"]);
    write(root, "bad/truncated.docx", &whole[..whole.len() * 3 / 5]);
    write(root, "bad/会议纪要.txt", "各位代表：\n这是一份没有年份的会议纪要，生产总值增长很快。\n");
    // claims the same region and year as docx/2020_宁夏.docx
    write(root, "dup/2020_宁夏回族自治区.txt", report("宁夏回族自治区", 2020, "自治区主席"));
    corpus_reports
}

fn run(input: &Path, out: &Path, jobs: &str) -> (i32, String) {
    let o = Command::new(bin())
        .args(["run", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-j", jobs])
        .output()
        .expect("baogao runs");
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn mixed_batch_reads_every_good_report_and_lists_exactly_the_bad_files() {
    let input = tempfile::tempdir().unwrap();
    let corpus_reports = build_batch(input.path());
    #[cfg(unix)]
    std::os::unix::fs::symlink(input.path().join("bad/moved-away.txt"), input.path().join("bad/gone.txt")).unwrap();

    let out1 = tempfile::tempdir().unwrap();
    let (code, stderr) = run(input.path(), out1.path(), "1");
    assert_eq!(code, 2, "{stderr}");

    // errors.csv names exactly the bad files, each with a message that says what is wrong
    let (h, errors) = read_csv(&out1.path().join("errors.csv"));
    let listed: Vec<&str> = errors.iter().map(|r| col(&h, r, "path")).collect();
    let mut expected: Vec<&str> = BAD.iter().map(|b| b.0).collect();
    if cfg!(unix) {
        expected.push("bad/gone.txt");
    }
    expected.sort();
    assert_eq!(listed, expected, "{stderr}");
    for (path, word) in BAD {
        let row = errors.iter().find(|r| col(&h, r, "path") == *path).unwrap();
        assert!(col(&h, row, "message").contains(word), "{path}: {:?} lacks {word:?}", col(&h, row, "message"));
        assert!(stderr.contains(path), "stderr does not name {path}");
    }

    // every good report with its metadata
    let (h, reports) = read_csv(&out1.path().join("reports.csv"));
    assert_eq!(reports.len(), GOOD.len() + corpus_reports, "{stderr}");
    for (path, region, year, format, encoding) in GOOD {
        let id = path.rsplit_once('.').unwrap().0;
        let row = reports
            .iter()
            .find(|r| col(&h, r, "report_id") == id)
            .unwrap_or_else(|| panic!("{path} is not in reports.csv"));
        assert_eq!(col(&h, row, "region"), *region, "{path}");
        assert_eq!(col(&h, row, "year"), *year, "{path}");
        assert_eq!(col(&h, row, "source_format"), *format, "{path}");
        assert_eq!(col(&h, row, "encoding"), *encoding, "{path}");
    }
    for row in reports.iter().filter(|r| col(&h, r, "report_id").starts_with("corpus/")) {
        let id = col(&h, row, "report_id");
        let (dir, year) = id.trim_start_matches("corpus/").split_once('/').unwrap();
        let region = match dir {
            "national" => "全国",
            "shanghai" => "上海市",
            "hailaer" => "海拉尔区",
            other => panic!("unexpected corpus folder {other}"),
        };
        assert_eq!((col(&h, row, "region"), col(&h, row, "year")), (region, year), "{id}");
    }

    // the page chrome, the HTML navigation and the DOCX footer left no trace
    let (h, indicators) = read_csv(&out1.path().join("indicators.csv"));
    let ours: Vec<&Vec<String>> =
        indicators.iter().filter(|r| !col(&h, r, "report_id").starts_with("corpus/")).collect();
    assert!(ours.iter().all(|r| !col(&h, r, "value").contains("99")), "chrome leaked into indicators");
    let run_json = std::fs::read_to_string(out1.path().join("run.json")).unwrap();
    assert!(run_json.contains("traditional"), "no Big5 warning in run.json");
    assert!(stderr.contains("baogao: warning: enc/2020_臺北市: Big5"), "no Big5 warning on stderr: {stderr}");

    // one government's reports pair up whatever the source calls it
    let (h, tva) = read_csv(&out1.path().join("targets_vs_actuals.csv"));
    let gdp = |region: &str, year: &str| {
        tva.iter()
            .find(|r| col(&h, r, "region") == region && col(&h, r, "year") == year && col(&h, r, "indicator") == "gdp")
            .map(|r| (col(&h, r, "target_value").to_string(), col(&h, r, "actual_value").to_string()))
    };
    // 2020 target from the GB18030 file (广西), actual from the UTF-16 file (广西壮族自治区)
    assert_eq!(gdp("广西壮族自治区", "2020"), Some(("6.3".into(), "6.3".into())));
    // DOCX target against the GBK HTML page's actual
    assert_eq!(gdp("宁夏回族自治区", "2020"), Some(("6.3".into(), "6.3".into())));
    assert_eq!(gdp("宁夏回族自治区", "2021"), Some(("6.2".into(), "6.4".into())));

    // byte-identical with two workers
    let out2 = tempfile::tempdir().unwrap();
    let (code2, stderr2) = run(input.path(), out2.path(), "2");
    assert_eq!(code2, 2, "{stderr2}");
    let (a, b) = (common::outputs(out1.path()), common::outputs(out2.path()));
    assert_eq!(a.iter().map(|f| &f.0).collect::<Vec<_>>(), b.iter().map(|f| &f.0).collect::<Vec<_>>());
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{name} differs between -j 1 and -j 2");
    }
}
