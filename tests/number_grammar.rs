//! Property tests of the number grammar: a value written in any supported form reads
//! back as the same value, and no input makes the extractor panic.

mod common;

use baogao::extract::Extractor;
use baogao::model::{Document, SourceFormat};
use baogao::normalize::normalize;
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    common::extractor()
}

/// The numbers of a sentence after normalisation: (value, unit).
fn read(ex: &Extractor, sentence: &str) -> Vec<(f64, String)> {
    ex.numbers(&normalize(sentence).text).into_iter().map(|h| (h.value, h.unit)).collect()
}

/// An integer in Chinese numerals, as reports write them (一万零五百, 三千二百零五).
fn chinese(n: u64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    /// 1..=9999 with zeros inside (一千零五); 十五 rather than 一十五 when `bare_ten`.
    fn group(n: u64, bare_ten: bool) -> String {
        let mut s = String::new();
        let mut pending_zero = false;
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = n / unit % 10;
            if d == 0 {
                pending_zero = !s.is_empty();
                continue;
            }
            if pending_zero {
                s.push('零');
                pending_zero = false;
            }
            if !(unit == 10 && d == 1 && s.is_empty() && bare_ten) {
                s.push_str(D[d as usize]);
            }
            s.push_str(name);
        }
        s
    }
    if n == 0 {
        return "零".into();
    }
    let (yi, wan, rest) = (n / 100_000_000, n / 10_000 % 10_000, n % 10_000);
    let mut s = String::new();
    if yi > 0 {
        s += &group(yi, true);
        s += "亿";
    }
    if wan > 0 {
        if yi > 0 && wan < 1000 {
            s += "零";
        }
        s += &group(wan, yi == 0);
        s += "万";
    }
    if rest > 0 {
        if (yi > 0 || wan > 0) && (rest < 1000 || wan == 0) {
            s += "零";
        }
        s += &group(rest, yi == 0 && wan == 0);
    }
    s
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(
            |c| if c.is_ascii_digit() || c == '.' || c == '%' { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c },
        )
        .collect()
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arabic_decimals_with_units_read_back(int in 0u64..10_000_000, frac in 0u32..100, unit in prop::sample::select(vec!["%", "亿元", "万人", "个百分点", "倍", "元", "万吨", "家"])) {
        let ex = extractor();
        let written = format!("{int}.{frac:02}");
        let expected: f64 = written.parse().unwrap();
        let got = read(ex, &format!("完成投资{written}{unit}。"));
        prop_assert_eq!(got, vec![(expected, unit.to_string())]);
    }

    #[test]
    fn thousands_separators_and_full_width_digits_read_back(n in 1000u64..1_000_000_000) {
        let ex = extractor();
        prop_assert_eq!(read(ex, &format!("收入{}元。", thousands(n))), vec![(n as f64, "元".to_string())]);
        prop_assert_eq!(read(ex, &format!("收入{}元。", full_width(&n.to_string()))), vec![(n as f64, "元".to_string())]);
    }

    #[test]
    fn chinese_numerals_read_back(n in 11u64..100_000_000) {
        let ex = extractor();
        let written = chinese(n);
        let got = read(ex, &format!("新增{written}个百分点。"));
        prop_assert_eq!(got, vec![(n as f64, "个百分点".to_string())], "{}", written);
    }

    #[test]
    fn percent_words_read_back(n in 1u64..100, d in 1u64..10) {
        let ex = extractor();
        let got = read(ex, &format!("增长百分之{}点{}。", chinese(n), chinese(d)));
        prop_assert_eq!(got, vec![(n as f64 + d as f64 / 10.0, "%".to_string())]);
    }

    #[test]
    fn ranges_read_back(lo in 1u32..50, step in 1u32..20, sep in prop::sample::select(vec!["-", "—", "至", "～"])) {
        let ex = extractor();
        let (a, b) = (lo as f64 / 2.0, (lo + step) as f64 / 2.0);
        let hits = ex.numbers(&normalize(&format!("增长{a}%{sep}{b}%。")).text);
        prop_assert_eq!(hits.len(), 1);
        prop_assert_eq!((hits[0].value, hits[0].value_hi), (a, Some(b)));
    }

    #[test]
    fn no_input_makes_the_extractor_panic(text in "[0-9０-９.,，。；：、%％一二两三十百千万亿零点余多近约以上下内左右增长下降个百分点倍元人万亿第年月日号“”（）—\\-～至 \n政府工作报告各位代表回顾]{0,200}") {
        let settings = common::settings();
        let doc = Document { path: "p.txt".into(), report_id: "2020_某区".into(), source_format: SourceFormat::Txt, encoding: "UTF-8".into(), sha256: String::new(), text: format!("各位代表：\n一、2019年工作回顾\n{text}"), warnings: vec![], reader: String::new() };
        if let Ok(report) = baogao::prepare(doc, settings) {
            let rows = common::extractor().extract(&report);
            for r in &rows {
                prop_assert!(r.start <= r.end && r.end <= report.text.chars().count());
            }
        }
    }
}

#[test]
fn chinese_renderer_matches_known_forms() {
    assert_eq!(chinese(10_500), "一万零五百");
    assert_eq!(chinese(3205), "三千二百零五");
    assert_eq!(chinese(15), "十五");
    assert_eq!(chinese(120_000_000), "一亿二千万");
    assert_eq!(chinese(100_000_005), "一亿零五");
}
