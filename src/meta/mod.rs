//! Clean text + path -> report metadata (region, delivery date, plan year, speaker).
//!
//! The report's own header wins: “——2021年1月12日在天津市西青区第十七届人民代表大会
//! 第八次会议上”, “西青区区长 白凤祥”, “一、2020年工作回顾”. The path fills what the
//! header lacks: `<region>/<year>.txt`, `<year>_<region>.txt`,
//! `<year>年<region>政府工作报告.docx`. A report delivered from October on plans the
//! next year; otherwise it plans the year of delivery.

use std::sync::LazyLock;

use regex::Regex;

use crate::error::InputError;
use crate::model::Meta;

/// How far into the text the header is looked for, in chars.
const HEADER_CHARS: usize = 3000;

static DELIVERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日在?(?:(?:在|于)?([^第，。；：\n]{0,24}?))第[一二三四五六七八九十0-9]{1,4}届(全国)?人民代表大会")
        .expect("valid regex")
});
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|会议上)[—\-]*([^\n：，。—]{0,20}?)(?:人民政府)?(代理|代)?(总理|省长|市长|区长|县长|州长|盟长|旗长|主席|镇长)\s*([\p{Han}]{2,4})\s*$")
        .expect("valid regex")
});
static ON_BEHALF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"我代表([^，。\n]{2,20}?)(?:人民政府|政府)").expect("valid regex"));
static REVIEW_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[一二]、\s*([0-9]{4})年(?:和[^\n]{0,12})?工作回顾").expect("valid regex"));
static PATH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^0-9A-Za-z])((?:19|20)\d{2})(?:$|[^0-9A-Za-z])").expect("valid regex"));

/// Metadata of one report. `report_id` is the path below INPUT_DIR without extension.
pub fn read_meta(text: &str, report_id: &str, aliases: &dyn Fn(&str) -> String) -> Result<Meta, InputError> {
    let head = &text[..text.char_indices().nth(HEADER_CHARS).map_or(text.len(), |(at, _)| at)];
    // The delivery line may be broken over two lines by PDF extraction.
    let flat = head.replace('\n', "");
    let delivery = DELIVERY.captures(&flat);
    let speaker = SPEAKER.captures(head);

    let delivered = delivery.as_ref().and_then(|c| {
        let (y, m, d) = (c[1].parse::<i32>().ok()?, c[2].parse::<u32>().ok()?, c[3].parse::<u32>().ok()?);
        ((1949..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
    });
    let header_region = delivery
        .as_ref()
        .map(|c| {
            if c.get(5).is_some() {
                "全国".to_string()
            } else {
                c.get(4).map_or("", |m| m.as_str()).trim().to_string()
            }
        })
        .filter(|r| !r.is_empty())
        .or_else(|| speaker.as_ref().map(|c| c[1].trim().to_string()).filter(|r| !r.is_empty()))
        .or_else(|| ON_BEHALF.captures(head).map(|c| c[1].to_string()).filter(|r| r.chars().count() >= 2));
    let header_region = header_region.map(|r| if r == "国务院" { "全国".to_string() } else { r });

    let (path_region, path_year) = from_path(report_id);
    let review_heading = REVIEW_HEADING.captures(head).and_then(|c| c[1].parse::<i32>().ok());

    let (year, year_source) = if let Some((y, m, _)) = delivered {
        (if m >= 10 { y + 1 } else { y }, "header")
    } else if let Some(r) = review_heading {
        (r + 1, "header")
    } else if let Some(y) = path_year {
        (y, "path")
    } else {
        return Err(InputError::NoYear);
    };
    let (region_raw, region_source) = match (header_region, path_region) {
        (Some(r), _) => (r, "header"),
        (None, Some(r)) => (r, "path"),
        (None, None) => (String::new(), "none"),
    };
    let region = if region_raw.is_empty() { "unknown".to_string() } else { aliases(&region_raw) };
    Ok(Meta {
        report_id: report_id.to_string(),
        region,
        year,
        review_year: year - 1,
        delivered: delivered.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        title: title(head),
        speaker: speaker.map(|c| speaker_line(&c)).unwrap_or_default(),
        region_raw,
        meta_source: format!("region:{region_source};year:{year_source}"),
    })
}

/// “西青区区长 白凤祥”: the title as written, one space, the name.
fn speaker_line(c: &regex::Captures) -> String {
    let name = &c[4];
    let whole = c[0].trim_start_matches("会议上").trim_start_matches(['—', '-']).trim();
    let title: String = whole[..whole.len() - name.len()].chars().filter(|c| !c.is_whitespace()).collect();
    format!("{title} {name}")
}

/// Region and year from `<region>/<year>`, `<year>_<region>`, `<year>年<region>政府工作报告`.
fn from_path(report_id: &str) -> (Option<String>, Option<i32>) {
    let mut parts: Vec<&str> = report_id.split('/').collect();
    let stem = parts.pop().unwrap_or("");
    let year = PATH_YEAR.captures(stem).and_then(|c| c[1].parse().ok());
    let from_stem = PATH_YEAR
        .replace(stem, "_")
        .replace("政府工作报告", "")
        .trim_matches(|c: char| c == '_' || c == '-' || c == ' ' || c == '年' || c == '.')
        .to_string();
    let from_stem = from_stem.trim_start_matches('年').to_string();
    let region = if year.is_some() && !from_stem.is_empty() && from_stem.chars().any(|c| !c.is_ascii_digit()) {
        Some(from_stem)
    } else {
        parts.last().map(|p| p.to_string()).filter(|p| !p.is_empty())
    };
    (region, year)
}

/// The title line (“政府工作报告”, spaced out or not), else the first line.
fn title(head: &str) -> String {
    let lines: Vec<&str> = head.lines().take(40).collect();
    let squeeze = |l: &str| l.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    if let Some(l) = lines.iter().map(|l| squeeze(l)).find(|l| l.starts_with("政府工作报告")) {
        return "政府工作报告".to_string() + l.trim_start_matches("政府工作报告").split("——").next().unwrap_or("");
    }
    for l in &lines {
        let squeezed: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(i) = squeezed.find("政府工作报告") {
            if squeezed.chars().count() <= 30 {
                return squeezed[..i + "政府工作报告".len()].trim_start_matches('《').to_string();
            }
        }
    }
    // “…作《政府工作报告》”: the title is named even where no line holds it alone
    if head.contains("政府工作报告") {
        "政府工作报告".to_string()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str, id: &str) -> Result<Meta, InputError> {
        read_meta(text, id, &|r: &str| if r == "天津市西青区" { "西青区".into() } else { r.into() })
    }

    #[test]
    fn header_gives_date_region_speaker_and_plan_year() {
        let text = "政府工作报告\n——2021年1月12日在天津市西青区第十七届\n人民代表大会第八次会议上\n西青区区长 白凤祥\n各位代表：";
        let m = meta(text, "000_x").unwrap();
        assert_eq!(m.region, "西青区");
        assert_eq!(m.region_raw, "天津市西青区");
        assert_eq!((m.year, m.review_year), (2021, 2020));
        assert_eq!(m.delivered.as_deref(), Some("2021-01-12"));
        assert_eq!(m.speaker, "西青区区长 白凤祥");
        assert_eq!(m.title, "政府工作报告");
    }

    #[test]
    fn national_congress_is_region_quanguo() {
        let m = meta("政府工作报告——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国务院总理 李克强", "x/2019")
            .unwrap();
        assert_eq!((m.region.as_str(), m.year), ("全国", 2019));
    }

    #[test]
    fn delivered_in_december_plans_the_next_year() {
        let m = meta("——2022年12月21日在某某县第三届人民代表大会第二次会议上", "a").unwrap();
        assert_eq!((m.year, m.review_year), (2023, 2022));
    }

    #[test]
    fn speaker_line_gives_region_when_no_delivery_line() {
        let m = meta("上海市市长杨雄\n各位代表：\n一、2014年工作回顾\n", "shanghai/2015").unwrap();
        assert_eq!((m.region.as_str(), m.year), ("上海市", 2015));
        assert_eq!(m.meta_source, "region:header;year:header");
    }

    #[test]
    fn path_layouts_give_region_and_year() {
        assert_eq!(from_path("hailaer/2014"), (Some("hailaer".into()), Some(2014)));
        assert_eq!(from_path("2019_上海"), (Some("上海".into()), Some(2019)));
        assert_eq!(from_path("docs/2020年宁夏政府工作报告"), (Some("宁夏".into()), Some(2020)));
        assert_eq!(from_path("000_d71a0cecef7007e3"), (None, None));
    }

    #[test]
    fn no_year_anywhere_is_an_error_that_says_how_to_name_the_file() {
        let err = meta("各位代表：\n内容。", "notes/readme").unwrap_err();
        assert_eq!(err, InputError::NoYear);
        assert!(err.to_string().contains("<region>/<year>.txt"));
    }
}
