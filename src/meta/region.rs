//! Region names as a report or its path writes them -> one division of the gazetteer
//! (or a configured alias such as 全国): its series name, parent and level.
//!
//! Input: candidate names in order of trust, the report's year and opening text (to
//! tell 南京市鼓楼区 from 福州市鼓楼区). Output: the first candidate that names exactly
//! one division, as a [`Region`].

use std::collections::BTreeMap;

use super::gazetteer::{Division, Gazetteer, Level, Mention, Resolution};

/// What stands after every header span: a government (or its congress or office).
const SPAN_FOLLOWER: &str = "人民政府";

/// Where a region name was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// The delivery line: 在天津市西青区第十七届人民代表大会.
    Congress,
    /// The speaker line: 西青区区长.
    Speaker,
    /// A title line: 2026年某省政府工作报告.
    Title,
    /// 我代表北京市人民政府.
    OnBehalf,
    Path,
}

impl Source {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Source::Congress | Source::Speaker | Source::OnBehalf => "header",
            Source::Title => "title",
            Source::Path => "path",
        }
    }
}

/// A region name to try: a span of a header line, in which division names are looked
/// for, or a name as a title or path writes it (合肥, hailaer).
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) source: Source,
    pub(super) text: String,
    /// a header span, searched for full names, rather than a name itself
    pub(super) span: bool,
}

/// A region resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Region {
    /// The series name: the same for every report of one government.
    pub(super) name: String,
    pub(super) parent: String,
    pub(super) level: Option<Level>,
    /// The name as the source wrote it.
    pub(super) raw: String,
    pub(super) source: Source,
}

/// What resolves names: the gazetteer and the configured aliases.
pub(super) struct Resolver<'a> {
    pub(super) gazetteer: &'static Gazetteer,
    pub(super) aliases: &'a BTreeMap<String, String>,
    pub(super) year: i32,
    /// The report's opening, to choose between divisions of the same name.
    pub(super) context: &'a str,
    /// The names of the path's folders, nearest first, to choose between them too
    /// (南京/鼓楼区/2020.txt).
    pub(super) folders: &'a [String],
}

impl Resolver<'_> {
    /// The first candidate that names one division (or an alias), in order.
    pub(super) fn first(&self, candidates: &[Candidate]) -> Option<Region> {
        candidates.iter().find_map(|c| self.resolve(c))
    }

    /// The region the path names: its nearest name that names a division. A name that
    /// several divisions under a folder of the path bear (鼓楼区 of 南京 and of 徐州, in
    /// 江苏/鼓楼区/2020.txt) names none: that folder (江苏) is the frame of the report's
    /// region, not the region. A name whose divisions lie under no folder (和平 in
    /// 杭州市/和平/2021.txt) is passed over, as a name of no division is unless it reads
    /// as one (新区, 某某开发区).
    pub(super) fn first_in_path(&self, candidates: &[Candidate]) -> Option<Region> {
        for c in candidates {
            if let Some(r) = self.resolve(c) {
                return Some(r);
            }
            match self.gazetteer.resolve(&c.text, Some(self.year)) {
                Resolution::Ambiguous(ds) if self.under_a_folder(&ds) => return None,
                // 杭州市/新区/2021.txt: a government the gazetteer lacks, not its city's (but
                // 湖南省/县级市/2021.txt names a kind of division, not one)
                Resolution::Unknown if names_more_after(&c.text) && !KINDS_OF_DIVISION.contains(&c.text.as_str()) => {
                    return None
                }
                _ => {}
            }
        }
        None
    }

    /// The division the file name's pieces name, if exactly one piece names any division
    /// (沈阳 of 沈阳_工作安排; none of 湖南_长沙 or 北京_朝阳, where which is meant is not said).
    pub(super) fn the_one_piece(&self, pieces: &[String]) -> Option<Region> {
        // (a division's name that is also a common word counts: 城区-山西晋城 names 晋城市's
        // 城区, not 晋城市)
        let mut named = pieces.iter().filter(|p| self.gazetteer.resolve(p, None) != Resolution::Unknown);
        let (Some(one), None) = (named.next(), named.next()) else { return None };
        let c = Candidate { source: Source::Path, text: one.clone(), span: false };
        self.gazetteer.resolve(one, Some(self.year)).unique().and_then(|_| self.resolve(&c))
    }

    /// A government the gazetteer lacks that the path names by a kind of zone alone (新区,
    /// 高新区, 经济技术开发区), with the division of the nearest folder that names one:
    /// (series name, parent). 杭州市/新区 and 苏州市/新区 are two governments, 杭州市新区 and
    /// 苏州市新区; a zone with a name of its own (兰州新区, 雄安新区) keeps it whatever the
    /// folders above it, so that one series has one name.
    /// A town the path names under a folder of its county (西青区/杨柳青镇/2019.txt) is named
    /// with it the same way, 西青区杨柳青镇: towns of one name lie in many counties.
    pub(super) fn zone_in_path(&self) -> Option<(String, String)> {
        let year = Some(self.year);
        let (name, above) = self.folders.split_first()?;
        let kind_alone = GENERIC_ZONES.contains(&name.as_str());
        if !(kind_alone || names_a_town(name)) || !matches!(self.gazetteer.resolve(name, year), Resolution::Unknown) {
            return None;
        }
        let d = above.iter().find_map(|f| self.gazetteer.resolve(f, year).unique())?;
        let parent = self.region(d, String::new(), Source::Path).name;
        Some((format!("{parent}{name}"), parent))
    }

    /// Whether `name` names a division in the report's year, by its full or short name (景德镇,
    /// 宁乡), once or several times.
    pub(super) fn names_a_division(&self, name: &str) -> bool {
        !matches!(self.gazetteer.resolve(name, Some(self.year)), Resolution::Unknown)
    }

    /// The nearest folder of the path that names one county or city (西青区 in
    /// 西青区/辛口镇/2021.txt).
    pub(super) fn county_of_a_folder(&self) -> Option<String> {
        let year = Some(self.year);
        let d = self.folders.iter().find_map(|f| {
            self.gazetteer.resolve(f, year).unique().filter(|d| matches!(d.level(), Level::County | Level::City))
        })?;
        Some(self.region(d, String::new(), Source::Path).name)
    }

    /// The town a header's span names after its county (天津市西青区杨柳青镇): (西青区杨柳青镇,
    /// 西青区), the town named with its county as [`Self::zone_in_path`] names it.
    pub(super) fn town_in_span(&self, span: &str) -> Option<(String, String)> {
        let mentions = self.mentions_in_span(span, Some(self.year));
        let last = mentions.iter().max_by_key(|m| m.end)?;
        let town = span[last.end..].trim();
        // (a county's, or a city's without counties: 东莞市虎门镇)
        let d = last.resolution.unique().filter(|d| matches!(d.level(), Level::County | Level::City))?;
        let parent = self.region(d, String::new(), Source::Congress).name;
        names_a_town(town).then(|| (format!("{parent}{town}"), parent))
    }

    /// The region of a zone's committee (大鹏新区管委会): the division of that name if the
    /// gazetteer has one, else the zone as written without a division before it (深圳市大鹏
    /// 新区 is 大鹏新区, under 深圳市), with a warning, so that every year's report of the zone
    /// is one series.
    pub(super) fn committee(&self, zone: &str, source: Source, warnings: &mut Vec<String>) -> Region {
        if let Some(r) = self.resolve(&Candidate { source, text: zone.to_string(), span: false }) {
            return r;
        }
        // the divisions that open the name, one after another (天津市西青区工业园区)
        let mut mentions = self.mentions_in_span(zone, Some(self.year));
        mentions.sort_by_key(|m| m.start);
        let (mut end, mut above) = (0, None);
        for m in &mentions {
            match m.resolution.unique() {
                Some(d) if m.start == end && zone[m.end..].chars().count() >= 2 => (end, above) = (m.end, Some(d)),
                _ => {}
            }
        }
        let rest = &zone[end..];
        let parent = above.map(|d| self.region(d, String::new(), source).name).unwrap_or_default();
        // (a zone named by its kind alone keeps its division: 西青区工业园区 and 梨树县工业园区
        // are two)
        let name = if GENERIC_ZONES.contains(&rest) { format!("{parent}{rest}") } else { rest.to_string() };
        warnings.push(format!(
            "{name} is not a division in the gazetteer; the report is its committee's and is used as {name} (add an alias under [regions.aliases] to map it)"
        ));
        Region { name, parent, level: None, raw: zone.to_string(), source }
    }

    /// Whether a folder of the path names a division above one of `divisions`.
    fn under_a_folder(&self, divisions: &[Division<'static>]) -> bool {
        let year = Some(self.year);
        let folders: Vec<String> = self
            .folders
            .iter()
            .filter_map(|f| self.gazetteer.resolve(f, year).unique())
            .map(|d| d.series_name())
            .collect();
        divisions
            .iter()
            .any(|d| std::iter::successors(d.parent(), Division::parent).any(|p| folders.contains(&p.series_name())))
    }

    /// The divisions `name` may mean when it means several, in the report's year.
    pub(super) fn ambiguous(&self, name: &str) -> Option<Vec<String>> {
        match self.gazetteer.resolve(name, Some(self.year)) {
            Resolution::Ambiguous(ds) => Some(ds.iter().map(|d| d.series_name()).collect()),
            _ => None,
        }
    }

    fn resolve(&self, c: &Candidate) -> Option<Region> {
        let year = Some(self.year);
        let (division, raw) = match self.aliases.get(c.text.as_str()) {
            // an alias names a division (hailaer = 海拉尔区) or stands alone (全国)
            Some(target) => match self.named(target) {
                Some(d) => (d, c.text.clone()),
                None => {
                    return Some(Region {
                        name: target.clone(),
                        parent: String::new(),
                        level: None,
                        raw: c.text.clone(),
                        source: c.source,
                    })
                }
            },
            None if c.span => {
                // the last division the span names is the one nearest the congress or title
                let mentions = self.mentions_in_span(&c.text, year);
                // a span that ends in a division the gazetteer cannot read (天津市南開區 in
                // traditional characters, 某市某开发区) names that one, not the last one found
                let end = mentions.iter().map(|m| m.end).max().unwrap_or(0);
                if names_more_after(&c.text[end..]) {
                    return None;
                }
                let mention = mentions.into_iter().rev().find_map(|m| {
                    let written = &c.text[m.start..m.end];
                    let d = match m.resolution {
                        Resolution::Unique(d) => Some(d),
                        Resolution::Ambiguous(_) => self.named(written),
                        Resolution::Unknown => None,
                    }?;
                    Some((d, written.to_string()))
                });
                mention?
            }
            None => (self.named(&c.text)?, c.text.clone()),
        };
        Some(self.region(division, raw, c.source))
    }

    /// The divisions a span names. A span was read before a congress, an office or a
    /// government (…第十七届人民代表大会, 县长, 人民政府), so it is searched with a government
    /// after it: a name of two chars (鄞县, 歙县, 和县), which counts only before one, is a
    /// division at its end.
    fn mentions_in_span(&self, span: &str, year: Option<i32>) -> Vec<Mention<'static>> {
        let followed = format!("{span}{SPAN_FOLLOWER}");
        let mut mentions = self.gazetteer.find_in(&followed, year);
        mentions.retain(|m| m.end <= span.len());
        mentions
    }

    /// The one division `name` means in this report, if it means one.
    fn named(&self, name: &str) -> Option<Division<'static>> {
        match self.gazetteer.resolve_in(name, Some(self.year), self.context) {
            Resolution::Unique(d) => Some(d),
            // a name several divisions bear (鼓楼区): the one under a folder of the path
            // (南京/鼓楼区/2020.txt names 南京市鼓楼区)
            Resolution::Ambiguous(_) => self
                .folders
                .iter()
                .find_map(|f| self.gazetteer.resolve(&format!("{f}{name}"), Some(self.year)).unique()),
            Resolution::Unknown => None,
        }
    }

    /// The region of division `d`; its parent and level are those of the row of its
    /// series in use in the report's year, whichever of its names was written (长阳县 in
    /// 2023, the name of a row before 1984, is 长阳土家族自治县 under 宜昌市 then, not under
    /// the 宜昌地区 of 1983).
    fn region(&self, d: Division<'static>, raw: String, source: Source) -> Region {
        let d = d.in_year(self.year).unwrap_or(d);
        let parent = d.parent().map(|p| p.current().series_name()).unwrap_or_default();
        Region { name: d.series_name(), parent, level: Some(d.level()), raw, source }
    }
}

/// Names of a kind of zone that name no zone until its city is said (杭州市/新区).
pub(super) const GENERIC_ZONES: [&str; 16] = [
    "新区",
    "高新区",
    "开发区",
    "经开区",
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "工业园区",
    "产业园区",
    "保税区",
    "综合保税区",
    "自贸区",
    "新城",
    "城区",
    "郊区",
    "矿区",
];

/// Folder names that name a kind of division or a level of government, not a division.
const KINDS_OF_DIVISION: [&str; 12] = [
    "县级市",
    "地级市",
    "市辖区",
    "市本级",
    "区本级",
    "县本级",
    "各县区",
    "各区县",
    "县市区",
    "区县市",
    "各县市",
    "各区",
];

/// Whether what follows the last division found in a span is itself a government's name,
/// by how it ends (南開區, 某某新区; a township's 杨柳青镇, 某某乡, 某某街道, 某某苏木): the span
/// then names a division unknown to the gazetteer, or one below the county that the
/// gazetteer does not hold. Either way not the division before it: a town's congress
/// (在天津市西青区杨柳青镇第十七届人民代表大会) filed under its district would put the town's
/// figures in the district's series.
fn names_more_after(rest: &str) -> bool {
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '-' | '－' | '“' | '”'));
    rest.chars().count() >= 2
        && (rest.ends_with(['省', '市', '县', '区', '旗', '州', '盟', '縣', '區', '镇', '乡', '鎮', '鄉'])
            || BELOW_THE_COUNTY.iter().any(|b| rest.ends_with(b)))
}

/// Whether a name is a zone's with a name of its own before its kind (光明新区, 西青区工业园区;
/// not 新区 alone).
pub(super) fn names_a_zone(name: &str) -> bool {
    GENERIC_ZONES.iter().any(|z| name.ends_with(z) && name.len() > z.len())
}

/// Whether a name is a town's, a township's or a sub-district's (杨柳青镇, 某某乡, 某某街道,
/// 某某苏木): a government below the county, which the gazetteer does not hold.
/// Not a phrase that ends so (美丽城乡, 鱼米之乡, 特色小镇, 沂水县乡镇) nor words with punctuation.
pub(super) fn names_a_town(name: &str) -> bool {
    const PHRASES: [&str; 5] = ["城乡", "之乡", "小镇", "乡镇", "城镇"];
    name.chars().count() >= 2
        && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && (name.ends_with(['镇', '乡', '鎮', '鄉']) || ["街道", "苏木"].iter().any(|e| name.ends_with(e)))
        && !PHRASES.iter().any(|p| name.ends_with(p))
}

/// Governments below the county named by a word of more than one char (a sub-district's
/// office, a township of Inner Mongolia, a zone's committee).
const BELOW_THE_COUNTY: [&str; 5] = ["街道", "苏木", "办事处", "管委会", "管理委员会"];
