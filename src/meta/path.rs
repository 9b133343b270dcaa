//! A report's path -> the year and region names it gives: `<region>/<year>.txt`,
//! `<year>/<region>.docx`, `<year>_<region>.txt`, `<year>年<region>政府工作报告.docx`,
//! `<region>/<year>_<title>.txt`.
//!
//! Input: the report id (path below INPUT_DIR without extension, `/`-separated).
//! Output: [`PathFacts`]; the names are candidates that `meta` checks against the
//! gazetteer.

use std::sync::LazyLock;

use regex::Regex;

use super::header::{strip_body, year_number};

/// A year in a file or folder name: 2019 or 2011年, not inside a longer number or word.
static ARABIC_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[^0-9A-Za-z])((?:19|20)[0-9]{2})(年)?($|[^0-9A-Za-z])").expect("valid regex"));
/// A year in Chinese numerals as a title writes it: 二O一一年, 二〇二六年.
static CN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([〇零○Oo0一二三四五六七八九]{4})年").expect("valid regex"));
/// Words of a file name that are no part of a region's name.
const TITLE_WORDS: [&str; 8] = [
    "人民政府工作报告",
    "政府工作报告",
    // a league's or prefecture's office, a new area's committee (阿克苏地区行政公署工作报告)
    "行政公署工作报告",
    "行署工作报告",
    "管理委员会工作报告",
    "管委会工作报告",
    "工作报告",
    "报告",
];

/// What a path says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct PathFacts {
    pub(super) year: Option<i32>,
    /// Region names, most specific first: the file name's, then the folders' from
    /// the nearest.
    pub(super) names: Vec<String>,
    /// The pieces of the file name's words, where other words stand beside the region's
    /// (沈阳_2010_工作安排): the last resort, when no name and no folder is a division.
    pub(super) pieces: Vec<String>,
}

/// The years in one path component: (year, written with 年 as a title writes it).
fn years(component: &str) -> Vec<(i32, bool)> {
    let arabic = ARABIC_YEAR.captures_iter(component).filter_map(|c| Some((c[2].parse().ok()?, c.get(3).is_some())));
    let chinese = CN_YEAR.captures_iter(component).filter_map(|c| Some((year_number(&c[1])?, true)));
    arabic.chain(chinese).filter(|(y, _)| (1949..=2100).contains(y)).collect()
}

/// A component with its years and title words removed, if a name is left.
fn name_in(component: &str) -> Option<String> {
    let s = ARABIC_YEAR.replace_all(component, "${1}_${4}");
    let mut s = CN_YEAR.replace_all(&s, "_").into_owned();
    for w in TITLE_WORDS {
        s = s.replace(w, "");
    }
    let s = s.trim_matches(|c: char| matches!(c, '_' | '-' | ' ' | '年' | '.' | '《' | '》'));
    // the government whose report it is, named after the region in any form of the name
    // (阿克苏地区行政公署2020年工作报告, 2020_阿克苏地区行政公署, 某县人民政府)
    let s = strip_body(["人民政府", "政府"].iter().find_map(|g| s.strip_suffix(g)).unwrap_or(s));
    (!s.is_empty() && s.chars().any(|c| !c.is_ascii_digit())).then(|| s.to_string())
}

/// The year and region names of `report_id`.
pub(super) fn read(report_id: &str) -> PathFacts {
    let parts: Vec<&str> = report_id.split('/').filter(|p| !p.is_empty()).collect();
    // the file name first, then the folders from the nearest; within one name, a year
    // written as a title writes it (二O一一年政府工作报告) over a bare number prefix
    let year = parts.iter().rev().find_map(|p| {
        let ys = years(p);
        ys.iter().find(|y| y.1).or(ys.first()).map(|y| y.0)
    });
    let names: Vec<String> = parts.iter().rev().filter_map(|p| name_in(p)).collect();
    let pieces = parts.last().and_then(|p| name_in(p)).map(pieces_of).unwrap_or_default();
    PathFacts { year, names, pieces }
}

/// The pieces a file name's words were joined from (沈阳, 工作安排 of 沈阳_2010_工作安排), if
/// more than one.
fn pieces_of(name: String) -> Vec<String> {
    const SEPARATORS: [char; 5] = ['_', '-', ' ', '—', '－'];
    let pieces: Vec<String> = name
        .split(SEPARATORS)
        .filter(|p| p.chars().count() >= 2 && p.chars().any(|c| !c.is_ascii_alphanumeric()))
        .map(str::to_string)
        .collect();
    if pieces.len() > 1 {
        pieces
    } else {
        Vec::new()
    }
}

/// Builds this module's patterns now: `run` does it on a thread of its own at the start
/// (while a core would idle) rather than in the first worker to need each one.
pub(crate) fn warm_up() {
    let _ = (&*ARABIC_YEAR, &*CN_YEAR);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(id: &str) -> (Option<i32>, Vec<String>) {
        let f = read(id);
        (f.year, f.names)
    }

    #[test]
    fn a_file_names_words_are_split_into_pieces() {
        assert_eq!(read("广东省_2024_新闻").pieces, ["广东省", "新闻"]);
        assert_eq!(read("2015_湖南_长沙").pieces, ["湖南", "长沙"]);
        // a folder's name is no file name's; one word is no pieces
        assert!(read("沈阳_工作安排/2010").pieces.is_empty());
        assert!(read("2019_上海").pieces.is_empty());
    }

    #[test]
    fn path_layouts_give_region_and_year() {
        assert_eq!(facts("hailaer/2014"), (Some(2014), vec!["hailaer".to_string()]));
        assert_eq!(facts("2019_上海"), (Some(2019), vec!["上海".to_string()]));
        assert_eq!(facts("docs/2020年宁夏政府工作报告"), (Some(2020), vec!["宁夏".into(), "docs".into()]));
        assert_eq!(facts("2024/合肥"), (Some(2024), vec!["合肥".to_string()]));
        assert_eq!(facts("000_d71a0cecef7007e3"), (None, vec!["000_d71a0cecef7007e3".to_string()]));
        // the report of an office or a committee: its body is no part of the region's name
        assert_eq!(facts("2020年阿克苏地区行政公署工作报告"), (Some(2020), vec!["阿克苏地区".to_string()]));
        assert_eq!(facts("2023年苏州工业园区管委会工作报告"), (Some(2023), vec!["苏州工业园区".to_string()]));
        assert_eq!(facts("阿克苏地区行政公署2020年工作报告"), (Some(2020), vec!["阿克苏地区".to_string()]));
        assert_eq!(facts("2020_阿克苏地区行政公署"), (Some(2020), vec!["阿克苏地区".to_string()]));
        assert_eq!(facts("2020年阿克苏地区行署政府工作报告"), (Some(2020), vec!["阿克苏地区".to_string()]));
        assert_eq!(facts("某县人民政府/2020"), (Some(2020), vec!["某县".to_string()]));
    }

    #[test]
    fn a_title_year_in_the_name_beats_a_number_prefix() {
        let (year, names) = facts("驻马店市/2014_二O一一年政府工作报告");
        assert_eq!((year, names), (Some(2011), vec!["驻马店市".to_string()]));
    }
}
