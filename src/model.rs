//! The typed records that flow between stages: a decoded report, its sentences and
//! sections, the indicators extracted from it, and the comparison rows.
//! Output schemas (field order = column order of SPEC.md) live in `output::schema`.

use serde::Serialize;

/// Where a report came from and what it says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// Path below INPUT_DIR without extension, `/`-separated.
    pub report_id: String,
    /// The region's series name: the same for every report of one government (a
    /// division of the gazetteer or a configured alias; the path's name otherwise).
    pub region: String,
    /// The series name of the division above (西青区 -> 天津市 -> 全国); empty for 全国
    /// and for regions that are not divisions.
    pub parent_region: String,
    /// `national`, `province`, `city` or `county`; None for regions that are not divisions.
    pub level: Option<String>,
    /// The plan year: the year this report sets targets for.
    pub year: i32,
    /// The year whose results the report reviews: `year - 1`, or the year of delivery for
    /// a report delivered from August on ([`Meta::target_year`]).
    pub review_year: i32,
    /// Delivery date `YYYY-MM-DD`, when the header states it.
    pub delivered: Option<String>,
    pub title: String,
    pub speaker: String,
    /// Region as written in the report or path, before canonicalisation.
    pub region_raw: String,
    /// Where each of region/year came from: `header`, `title`, `path` (`none`).
    pub meta_source: String,
    /// Disagreements between sources (header and path), names not in the gazetteer.
    pub warnings: Vec<String>,
    /// What the text is when its title shows the government's plan, budget or audit
    /// report rather than its work report (a plan report (关于…的报告)): the year's report
    /// only where no work report of the region and year is in the batch.
    pub other_report: Option<String>,
    /// Whether the title says the text is an abridgement (政府工作报告（摘要）): the full text
    /// of the region and year is kept before it.
    pub abridged: bool,
}

impl Meta {
    /// The year the plan part sets targets for unless a sentence says otherwise: the plan
    /// year, or the year after it for a report delivered in August or September, which
    /// reviews its own year (with estimates) and plans the next (1980年9月: 1981).
    pub fn target_year(&self) -> i32 {
        self.year.max(self.review_year + 1)
    }

    /// Whether the report reviews the year it is delivered in (delivered from August
    /// on): its 今年 is the year reviewed, 去年 the one before, 明年 the year planned. With
    /// no date, a report whose year is the one it reviews (an undated copy that plans the
    /// next year).
    pub fn reviews_year_of_delivery(&self) -> bool {
        match self.delivered.as_deref().and_then(|d| d.get(..4)?.parse::<i32>().ok()) {
            Some(delivered) => delivered == self.review_year,
            None => self.year == self.review_year,
        }
    }
}

/// A report after ingest: the decoded text with its provenance.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: std::path::PathBuf,
    pub report_id: String,
    pub source_format: SourceFormat,
    pub encoding: String,
    pub sha256: String,
    pub text: String,
    pub warnings: Vec<String>,
    /// The program that made `text` from a PDF (`oxidize-pdf 5.5`, `pdftotext 22.12.0`);
    /// empty for the formats baogao reads itself.
    pub reader: String,
}

#[cfg(test)]
impl Document {
    /// A UTF-8 `t.txt` with report id `t`, for unit tests.
    pub fn txt(text: impl Into<String>) -> Document {
        Document {
            path: "t.txt".into(),
            report_id: "t".into(),
            source_format: SourceFormat::Txt,
            encoding: "UTF-8".into(),
            sha256: String::new(),
            text: text.into(),
            warnings: vec![],
            reader: String::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Txt,
    Md,
    Html,
    Docx,
    Pdf,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Txt => "txt",
            SourceFormat::Md => "md",
            SourceFormat::Html => "html",
            SourceFormat::Docx => "docx",
            SourceFormat::Pdf => "pdf",
        }
    }
}

/// One heading of the section tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: usize,
    /// 1 = 一、 2 = （一） 3 = 1. ; 1 also for un-numbered headings of local reports.
    pub level: u8,
    pub title: String,
    pub parent: Option<usize>,
    /// Whether the section reviews the past year(s) or plans the coming one(s).
    pub part: Part,
    /// The year after the report's plan year, when this heading or one above it plans it
    /// (二、1981年国民经济计划的任务和主要指标 in a report delivered in September 1980).
    pub later_plan: Option<i32>,
}

/// The two halves of a work report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Preamble,
    Review,
    Plan,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub id: usize,
    /// Normalised text of the sentence.
    pub text: String,
    /// Char offsets in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Index into `Segmented::sections`, if the sentence is below a heading.
    pub section: Option<usize>,
    /// Paragraph (line) index in the normalised text.
    pub paragraph: usize,
    /// True when the sentence is a heading line itself.
    pub is_heading: bool,
}

impl Sentence {
    /// The chars of `text`: it is the normalised text from `start` to `end`.
    pub fn chars(&self) -> usize {
        self.end - self.start
    }
}

/// A report after normalise + meta, not yet cut into sentences: what a run holds of
/// every input until the report's batch comes (its sentences would be most of its
/// memory). Segmenting makes it a [`Report`].
#[derive(Debug, Clone)]
pub struct Prepared {
    pub doc_path: std::path::PathBuf,
    pub meta: Meta,
    pub source_format: SourceFormat,
    pub encoding: String,
    pub sha256: String,
    /// Normalised text.
    pub text: String,
    /// For each char of `text`, its char offset in the decoded original.
    pub offsets: OffsetMap,
    pub warnings: Vec<String>,
    /// The program that read a PDF's text; empty for other formats.
    pub reader: String,
}

/// A report after normalise + meta + segment: what the extract and compare stages read.
#[derive(Debug, Clone)]
pub struct Report {
    pub doc_path: std::path::PathBuf,
    pub meta: Meta,
    pub source_format: SourceFormat,
    pub encoding: String,
    pub sha256: String,
    /// Normalised text.
    pub text: String,
    /// For each char of `text`, its char offset in the decoded original.
    pub offsets: OffsetMap,
    pub sentences: Vec<Sentence>,
    pub sections: Vec<Section>,
    pub warnings: Vec<String>,
    /// See [`Document::reader`].
    pub reader: String,
}

impl Report {
    /// Title path of a section: `一、… > （二）…`.
    pub fn section_path(&self, section: Option<usize>) -> String {
        let mut parts = Vec::new();
        let mut cur = section;
        while let Some(i) = cur {
            parts.push(self.sections[i].title.as_str());
            cur = self.sections[i].parent;
        }
        parts.reverse();
        parts.join(" > ")
    }

    /// The path of every section, by section index (for rows that each need one).
    pub fn section_paths(&self) -> Vec<String> {
        (0..self.sections.len()).map(|k| self.section_path(Some(k))).collect()
    }

    /// Offset in the decoded original of a char offset in the normalised text.
    pub fn original_offset(&self, clean: usize) -> usize {
        match self.offsets.get(clean) {
            Some(o) => o as usize,
            None => self.offsets.last().map_or(0, |o| o as usize + 1),
        }
    }
}

/// Char offsets in the normalised text -> char offsets in the decoded original, kept as
/// the points where the two stop moving together. Most of a report maps one to one, so
/// this is a few hundred pairs instead of four bytes for every character.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OffsetMap {
    /// (clean offset, original offset) where a run of one-to-one mapping starts.
    runs: Vec<(u32, u32)>,
    len: u32,
}

impl OffsetMap {
    /// From the original offset of every clean char, in order.
    pub fn from_offsets(offsets: &[u32]) -> Self {
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for (i, &o) in offsets.iter().enumerate() {
            let i = i as u32;
            if runs.last().is_none_or(|&(c, s)| s.checked_add(i - c) != Some(o)) {
                runs.push((i, o));
            }
        }
        runs.shrink_to_fit();
        OffsetMap { runs, len: offsets.len() as u32 }
    }

    /// The original offset of clean char `clean`, if the text has that many chars.
    pub fn get(&self, clean: usize) -> Option<u32> {
        if clean >= self.len as usize {
            return None;
        }
        let clean = clean as u32;
        let k = self.runs.partition_point(|&(c, _)| c <= clean);
        let (c, o) = self.runs[k - 1];
        Some(o + (clean - c))
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn last(&self) -> Option<u32> {
        self.len.checked_sub(1).and_then(|i| self.get(i as usize))
    }
}

#[cfg(test)]
mod offset_map_tests {
    use super::OffsetMap;

    #[test]
    fn runs_give_back_every_offset() {
        let offsets = [0, 1, 2, 5, 6, 7, 7, 8, 20, 3];
        let map = OffsetMap::from_offsets(&offsets);
        assert_eq!(map.runs.len(), 5);
        for (i, &o) in offsets.iter().enumerate() {
            assert_eq!(map.get(i), Some(o), "offset {i}");
        }
        assert_eq!(map.get(offsets.len()), None);
        assert_eq!(map.last(), Some(3));
        assert_eq!(OffsetMap::from_offsets(&[]).last(), None);
    }
}

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $variant),+ }
        impl $name {
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $s),+ } }
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$variant),)+ _ => None } }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

str_enum!(
    /// Whether a number reports a result or sets a goal.
    Kind { Actual => "actual", Target => "target" }
);
str_enum!(
    /// What a number measures: a level, a growth rate in percent, a share, a change in
    /// percentage points, a multiple, a count, an absolute change (比上年增加1400亿元,
    /// signed), an index against the previous year = 100 (居民消费价格指数103).
    Measure {
        Level => "level", Growth => "growth", Share => "share",
        PpChange => "pp_change", Multiple => "multiple", Count => "count",
        Change => "change", Index => "index",
    }
);
str_enum!(
    /// How the stated number bounds the true value (statutory reading, see SPEC.md).
    Bound {
        Eq => "eq", Approx => "approx", Ge => "ge", Gt => "gt", Le => "le",
        Lt => "lt", Range => "range", Absent => "absent",
    }
);
str_enum!(
    /// What happened to a sentence between two reports.
    Op { Kept => "kept", Edited => "edited", Moved => "moved", Added => "added", Removed => "removed" }
);
impl Op {
    /// Every op, in the order of section_diff.csv's columns and of the summaries' counts.
    pub const ALL: [Op; 5] = [Op::Kept, Op::Edited, Op::Moved, Op::Added, Op::Removed];
}
str_enum!(
    /// What a unit measures (`[units]` of the config): amounts (money, people, …), a
    /// percentage, percentage points (`pp`), a multiple; `number` for a bare number;
    /// `per` for an amount per unit of time or of another quantity (元/月, 万吨/日, 万元/人),
    /// which the grammar makes of two units, and which is no amount of its numerator.
    UnitFamily {
        Money => "money", People => "people", Area => "area", Mass => "mass", Energy => "energy",
        Length => "length", Count => "count", Volume => "volume", Time => "time",
        Concentration => "concentration", Percent => "percent", Pp => "pp", Multiple => "multiple",
        Number => "number", Turnover => "turnover", Per => "per",
    }
);
str_enum!(
    /// Whether a year's actual met its target, judged with the target's bound.
    Met { True => "true", False => "false", Unknown => "unknown" }
);
str_enum!(
    /// How a term's frequency changed between two reports.
    Change { New => "new", Dropped => "dropped", Rising => "rising", Falling => "falling" }
);

/// One quantified statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub kind: Kind,
    pub period_start: i32,
    pub period_end: i32,
    pub estimated: bool,
    pub indicator: Option<String>,
    pub subject: String,
    pub measure: Measure,
    pub value: Option<f64>,
    pub value_hi: Option<f64>,
    pub unit: String,
    pub value_base: Option<f64>,
    pub base_unit: String,
    pub bound: Bound,
    pub sentence_id: usize,
    /// Char offsets of the matched number phrase in the normalised text.
    pub start: usize,
    pub end: usize,
    /// The matched phrase as written.
    pub matched: String,
    /// The sentence stands in a passage about five years (a plan's section, 五年来,
    /// “十二五”时期) although its own words date the number to one year.
    pub five_year_context: bool,
    /// A target striven for (力争增长7.5%、确保增长7%; 增长9%以上，力争10%): beside a figure the
    /// report commits to, the panel keeps the committed one.
    pub striven_for: bool,
    /// A growth on an adjusted basis (剔除留抵退税因素后增长10.5%, 同口径增长5.3%): beside one
    /// said on the natural basis (自然口径增长1.4%, or no basis said), the panel keeps that.
    pub adjusted: bool,
    /// Said with no scope of its own right after a clause that makes a zone of the region
    /// the topic (新疆生产建设兵团经济社会保持平稳较快发展。实现生产总值…): probably the zone's; beside a
    /// value of the region said otherwise, the panel keeps that.
    pub after_a_zone: bool,
}
