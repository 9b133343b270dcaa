//! One struct per output table; field order is the column order of SPEC.md (extra
//! columns at the end). Each struct serialises to a CSV row and builds a typed polars
//! column set for Parquet from the same definition.

use polars::prelude::{Column, NamedFrom, Series};
use std::borrow::Cow;

use serde::{Serialize, Serializer};

use crate::model::{Bound, Change, Kind, Measure, Met, Op};

/// A number as researchers write it: `67`, not `67.0`; `6.6`, not `6.6000000001`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Num(pub f64);

impl Num {
    pub fn text(self) -> String {
        let mut buf = [0u8; 32];
        self.write(&mut buf).into_owned()
    }

    /// The text of [`Num::text`], written into `buf` when it fits (no allocation: a
    /// run writes a million of these). The digits come from `itoa`, not `core::fmt`,
    /// which cost ten times as much (about 4% of a run's instructions).
    pub fn write(self, buf: &mut [u8; 32]) -> Cow<'_, str> {
        let v = self.0;
        let mut digits = itoa::Buffer::new();
        let len = if v == v.trunc() && v.abs() < 1e15 {
            put(buf, 0, digits.format(v as i64).as_bytes())
        } else if let Some(micros) = micros(v) {
            // the same digits as `{:.6}`, from an integer count of millionths, without
            // the zeros at the end (and without the point, when nothing is left after it)
            let (int, frac) = (micros.unsigned_abs() / 1_000_000, micros.unsigned_abs() % 1_000_000);
            let mut len = put(buf, 0, if micros < 0 { b"-" } else { b"" });
            len = put(buf, len, digits.format(int).as_bytes());
            if frac > 0 {
                let mut six = [b'0'; 6];
                let text = digits.format(frac).as_bytes();
                six[6 - text.len()..].copy_from_slice(text);
                let kept = 6 - six.iter().rev().take_while(|&&d| d == b'0').count();
                len = put(buf, len, b".");
                len = put(buf, len, &six[..kept]);
            }
            len
        } else {
            return Cow::Owned(plain_text(v));
        };
        match std::str::from_utf8(&buf[..len]) {
            Ok(text) => Cow::Borrowed(text),
            // cannot happen (digits, a sign and a point); the plain way if it did
            Err(_) => Cow::Owned(plain_text(v)),
        }
    }
}

/// Copies `bytes` into `buf` at `at`; the end of what is written. A number's text is at
/// most 20 bytes here: a sign, 15 integer digits or 9 and 6 decimals, a point.
fn put(buf: &mut [u8; 32], at: usize, bytes: &[u8]) -> usize {
    buf[at..at + bytes.len()].copy_from_slice(bytes);
    at + bytes.len()
}

/// The text of a number by plain formatting, allocating: what the buffer-writing path
/// falls back to.
fn plain_text(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        trim_decimals(&format!("{v:.6}")).to_string()
    }
}

/// `6.600000` -> `6.6`, `3.000000` -> `3`; integers as they are.
fn trim_decimals(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// `v` in millionths, rounded as `{:.6}` rounds it, when one multiplication decides
/// that for sure: `v·10⁶` is computed with an error far below the distance to the
/// nearest rounding boundary, and the result is not a negative zero. Otherwise `None`,
/// and the caller formats the slow way.
fn micros(v: f64) -> Option<i64> {
    if !v.is_finite() || v.abs() >= 1e9 {
        return None;
    }
    let x = v * 1e6;
    let r = x.round();
    let margin = x.abs() * 1e-15 + 1e-9;
    ((x - x.trunc()).abs() - 0.5).abs().gt(&margin).then_some(r as i64).filter(|&m| m != 0 || v > 0.0)
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 32];
        s.serialize_str(&self.write(&mut buf))
    }
}

/// How a field type becomes a typed polars column.
pub trait ToColumn: Sized {
    fn column(name: &str, values: Vec<Self>) -> Column;
}

macro_rules! native_column {
    ($($t:ty),*) => {$(
        impl ToColumn for $t {
            fn column(name: &str, values: Vec<Self>) -> Column {
                Series::new(name.into(), values).into()
            }
        }
    )*};
}
native_column!(String, Option<String>, i64, Option<i64>, bool, u64, f64, Option<f64>);

impl ToColumn for Num {
    fn column(name: &str, values: Vec<Self>) -> Column {
        Series::new(name.into(), values.into_iter().map(|n| n.0).collect::<Vec<f64>>()).into()
    }
}

impl ToColumn for Option<Num> {
    fn column(name: &str, values: Vec<Self>) -> Column {
        Series::new(name.into(), values.into_iter().map(|n| n.map(|n| n.0)).collect::<Vec<Option<f64>>>()).into()
    }
}

macro_rules! enum_column {
    ($($t:ty),*) => {$(
        impl ToColumn for $t {
            fn column(name: &str, values: Vec<Self>) -> Column {
                Series::new(name.into(), values.into_iter().map(|v| v.as_str()).collect::<Vec<&str>>()).into()
            }
        }
        impl ToColumn for Option<$t> {
            fn column(name: &str, values: Vec<Self>) -> Column {
                Series::new(name.into(), values.into_iter().map(|v| v.map(|v| v.as_str())).collect::<Vec<Option<&str>>>()).into()
            }
        }
    )*};
}
enum_column!(Kind, Measure, Bound, Op, Change, Met);

/// A table: its file stem and how to turn its rows into columns.
pub trait Table: Serialize + Sized {
    const NAME: &'static str;
    fn columns(rows: &[&Self]) -> Vec<Column>;
}

macro_rules! table {
    ($(#[$m:meta])* $name:ident = $file:literal { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Serialize)]
        pub struct $name { $(pub $field: $ty),* }
        impl Table for $name {
            const NAME: &'static str = $file;
            fn columns(rows: &[&Self]) -> Vec<Column> {
                vec![$( <$ty as ToColumn>::column(stringify!($field), rows.iter().map(|r| r.$field.clone()).collect()) ),*]
            }
        }
    };
}

table!(
    /// reports.csv: one row per input report.
    ReportRow = "reports" {
        report_id: String, region: String, year: i64, review_year: i64, delivered: Option<String>,
        title: String, speaker: String, source_format: String, encoding: String, chars: i64,
        sentences: i64, sections: i64, sha256: String, parent_region: String, level: Option<String>,
        region_as_written: String, metadata_from: String, reader: String,
    }
);

table!(
    /// indicators.csv: one row per quantified statement.
    IndicatorRow = "indicators" {
        report_id: String, region: String, year: i64, kind: Kind, period_start: i64, period_end: i64,
        estimated: bool, indicator: Option<String>, subject: String, measure: Measure, value: Option<Num>,
        value_hi: Option<Num>, unit: String, value_base: Option<Num>, bound: Bound, section: String,
        sentence_id: i64, char_start: i64, char_end: i64, quote: String, base_unit: String, matched: String,
    }
);

impl IndicatorRow {
    /// The CSV lines of some rows, byte for byte as the csv writer writes them (a test
    /// compares the two): its serialiser took 6,000 instructions a row, here a field is
    /// copied unless it must be quoted (`super::csv_field`).
    pub fn csv(rows: &[IndicatorRow]) -> Vec<u8> {
        let length = |r: &IndicatorRow| {
            let texts = [&r.report_id, &r.region, &r.subject, &r.unit, &r.section, &r.quote, &r.base_unit, &r.matched];
            texts.iter().map(|f| f.len()).sum::<usize>() + r.indicator.as_ref().map_or(0, String::len) + 160
        };
        let mut out = Vec::with_capacity(rows.iter().map(length).sum());
        for r in rows {
            r.write_csv(&mut out);
        }
        out
    }

    fn write_csv(&self, out: &mut Vec<u8>) {
        let mut digits = itoa::Buffer::new();
        let mut int = |out: &mut Vec<u8>, v: i64| out.extend_from_slice(digits.format(v).as_bytes());
        let num = |out: &mut Vec<u8>, v: Option<Num>| {
            if let Some(v) = v {
                super::csv_field(out, &v.write(&mut [0u8; 32]));
            }
        };
        let text = |out: &mut Vec<u8>, field: &str| super::csv_field(out, field);
        text(out, &self.report_id);
        out.push(b',');
        text(out, &self.region);
        out.push(b',');
        int(out, self.year);
        out.push(b',');
        text(out, self.kind.as_str());
        out.push(b',');
        int(out, self.period_start);
        out.push(b',');
        int(out, self.period_end);
        out.push(b',');
        out.extend_from_slice(if self.estimated { b"true" } else { b"false" });
        out.push(b',');
        text(out, self.indicator.as_deref().unwrap_or_default());
        out.push(b',');
        text(out, &self.subject);
        out.push(b',');
        text(out, self.measure.as_str());
        for v in [self.value, self.value_hi] {
            out.push(b',');
            num(out, v);
        }
        out.push(b',');
        text(out, &self.unit);
        out.push(b',');
        num(out, self.value_base);
        out.push(b',');
        text(out, self.bound.as_str());
        out.push(b',');
        text(out, &self.section);
        for v in [self.sentence_id, self.char_start, self.char_end] {
            out.push(b',');
            int(out, v);
        }
        for field in [&self.quote, &self.base_unit, &self.matched] {
            out.push(b',');
            text(out, field);
        }
        out.push(b'\n');
    }
}

table!(
    /// panel.csv: the headline value per region × indicator × kind × year.
    PanelRow = "panel" {
        region: String, indicator: String, kind: Kind, year: i64, value: Option<Num>, bound: Bound,
        report_id: String, value_hi: Option<Num>, unit: String, measure: Measure, sentence_id: i64,
        values_stated: i64, subject: String, flags: String,
    }
);

table!(
    /// targets_vs_actuals.csv: the target for year t against the actual of year t.
    TargetActualRow = "targets_vs_actuals" {
        region: String, indicator: String, year: i64, target_value: Option<Num>, target_hi: Option<Num>,
        target_bound: Option<Bound>, target_report: Option<String>, actual_value: Option<Num>,
        actual_report: Option<String>, gap: Option<Num>, met: Met, unit: String,
        target_values_stated: Option<i64>, actual_values_stated: Option<i64>, target_subject: Option<String>,
        actual_subject: Option<String>, flags: String,
    }
);

table!(
    /// sentence_diff.csv: one row per aligned unit of consecutive reports.
    DiffRow = "sentence_diff" {
        region: String, from_report: String, to_report: String, op: Op, from_sentence_id: Option<i64>,
        to_sentence_id: Option<i64>, similarity: Num, from_text: String, to_text: String, inline: String,
        from_section: String, to_section: String, years_apart: i64,
    }
);

/// A field's CSV text, made when the field changes and copied while it repeats
/// (quoting tests every byte of a field; comparing it with the last one is a `memcmp`).
#[derive(Default)]
struct Repeated<K> {
    key: Option<K>,
    csv: Vec<u8>,
}

impl<K: PartialEq + Copy> Repeated<K> {
    /// Append the text of the field `key`, made by `make` unless it was the last one.
    fn write(&mut self, out: &mut Vec<u8>, key: K, make: impl FnOnce(&mut Vec<u8>)) {
        if self.key != Some(key) {
            self.csv.clear();
            make(&mut self.csv);
            self.key = Some(key);
        }
        out.extend_from_slice(&self.csv);
    }
}

/// The fields of a pair's lines that repeat: region and reports (every line), sections
/// and similarity (runs of lines: most are kept, added or removed, 1 or 0).
#[derive(Default)]
struct Repeats<'a> {
    texts: [Repeated<&'a str>; 5],
    similarity: Repeated<u64>,
}

/// A [`DiffRow`] that borrows its text from the reports: the same fields in the same
/// order, written as the same CSV line ([`DiffLine::csv`]; a test compares the
/// two). A run makes a row per sentence of every pair; built as `DiffRow`s they copied
/// every sentence twice over (row, then CSV) only to write and free them.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffLine<'a> {
    pub region: &'a str,
    pub from_report: &'a str,
    pub to_report: &'a str,
    pub op: Op,
    pub from_sentence_id: Option<i64>,
    pub to_sentence_id: Option<i64>,
    pub similarity: Num,
    pub from_text: &'a str,
    pub to_text: &'a str,
    pub inline: Cow<'a, str>,
    pub from_section: &'a str,
    pub to_section: &'a str,
    pub years_apart: i64,
}

impl<'a> DiffLine<'a> {
    /// The CSV lines of some rows.
    pub fn csv(lines: &[DiffLine<'a>]) -> Vec<u8> {
        // every field's bytes and room for the numbers, commas and some quoting: the
        // buffer grown by doubling would copy a pair's lines into fresh pages
        let length = |d: &DiffLine| {
            [d.region, d.from_report, d.to_report, d.from_text, d.to_text, &d.inline, d.from_section, d.to_section]
                .iter()
                .map(|f| f.len())
                .sum::<usize>()
                + 96
        };
        let mut out = Vec::with_capacity(lines.iter().map(length).sum());
        let mut repeats = Repeats::default();
        for d in lines {
            d.write_csv(&mut out, &mut repeats);
        }
        out
    }

    /// Append the row's CSV line to `out`, byte for byte as the csv writer writes it
    /// (a test compares the two): a field is quoted only if it holds a comma, a quote
    /// or a line break, quotes doubled inside. Sentence diffs are most of the bytes a
    /// run writes, and the csv writer tests every byte of a field for quoting with a
    /// table; here the test is a vectorised search. The fields that repeat from line
    /// to line are written through `repeats`, made when they change and then copied.
    fn write_csv(&self, out: &mut Vec<u8>, repeats: &mut Repeats<'a>) {
        let [region, from_report, to_report, from_section, to_section] = &mut repeats.texts;
        let mut number = itoa::Buffer::new();
        for (field, r) in [(self.region, region), (self.from_report, from_report), (self.to_report, to_report)] {
            r.write(out, field, |csv| super::csv_field(csv, field));
            out.push(b',');
        }
        super::csv_field(out, self.op.as_str());
        for id in [self.from_sentence_id, self.to_sentence_id] {
            out.push(b',');
            if let Some(id) = id {
                out.extend_from_slice(number.format(id).as_bytes());
            }
        }
        out.push(b',');
        repeats.similarity.write(out, self.similarity.0.to_bits(), |csv| {
            super::csv_field(csv, &self.similarity.write(&mut [0u8; 32]));
        });
        for field in [self.from_text, self.to_text, &self.inline] {
            out.push(b',');
            super::csv_field(out, field);
        }
        for (field, r) in [(self.from_section, from_section), (self.to_section, to_section)] {
            out.push(b',');
            r.write(out, field, |csv| super::csv_field(csv, field));
        }
        out.push(b',');
        out.extend_from_slice(number.format(self.years_apart).as_bytes());
        out.push(b'\n');
    }

    /// The owned row, for Parquet.
    pub fn to_row(&self) -> DiffRow {
        DiffRow {
            region: self.region.to_string(),
            from_report: self.from_report.to_string(),
            to_report: self.to_report.to_string(),
            op: self.op,
            from_sentence_id: self.from_sentence_id,
            to_sentence_id: self.to_sentence_id,
            similarity: self.similarity,
            from_text: self.from_text.to_string(),
            to_text: self.to_text.to_string(),
            inline: self.inline.to_string(),
            from_section: self.from_section.to_string(),
            to_section: self.to_section.to_string(),
            years_apart: self.years_apart,
        }
    }
}

impl DiffRow {
    /// The row borrowed.
    pub fn line(&self) -> DiffLine<'_> {
        DiffLine {
            region: &self.region,
            from_report: &self.from_report,
            to_report: &self.to_report,
            op: self.op,
            from_sentence_id: self.from_sentence_id,
            to_sentence_id: self.to_sentence_id,
            similarity: self.similarity,
            from_text: &self.from_text,
            to_text: &self.to_text,
            inline: Cow::Borrowed(&self.inline),
            from_section: &self.from_section,
            to_section: &self.to_section,
            years_apart: self.years_apart,
        }
    }
}

table!(
    /// section_diff.csv: top-level sections of consecutive reports, paired by shared text.
    SectionRow = "section_diff" {
        region: String, from_report: String, to_report: String, to_section: String, from_section: String,
        similarity: Num, sentences: i64, kept: i64, edited: i64, moved: i64, added: i64, removed: i64,
    }
);

table!(
    /// terms.csv: term counts per report.
    TermRow = "terms" {
        report_id: String, region: String, year: i64, term: String, count: i64, per_10k_chars: Num, slogan: bool,
    }
);

table!(
    /// term_changes.csv: terms that appeared, vanished, rose or fell between consecutive reports.
    TermChangeRow = "term_changes" {
        region: String, term: String, from_year: i64, to_year: i64, change: Change, from_per_10k: Num, to_per_10k: Num,
    }
);

table!(
    /// targets_cascade.csv: a region's target against its parent's (or nearest
    /// ancestor's) for the same year.
    CascadeRow = "targets_cascade" {
        region: String, level: Option<String>, parent_region: String, parent_level: Option<String>,
        indicator: String, year: i64, target_value: Option<Num>, target_hi: Option<Num>, target_bound: Bound,
        parent_target_value: Option<Num>, parent_target_hi: Option<Num>, parent_target_bound: Bound,
        difference: Option<Num>, unit: String, report_id: String, parent_report_id: String,
    }
);

table!(
    /// reuse.csv: a sentence whose wording appears in another region's report of the
    /// same or the previous year, with its best source.
    ReuseRow = "reuse" {
        report_id: String, sentence_id: i64, source_report_id: String, source_sentence_id: i64,
        similarity: Num, shared_chars: i64, text: String, source_text: String, region: String, year: i64,
        source_region: String, source_year: i64, shared_by: i64,
    }
);

table!(
    /// reuse_summary.csv: per report, the share of its characters found elsewhere and
    /// its main sources.
    ReuseSummaryRow = "reuse_summary" {
        report_id: String, region: String, year: i64, chars: i64, reused_chars: i64, reused_share: Num,
        boilerplate_chars: i64, boilerplate_share: Num, passages: i64, sources: String,
    }
);

table!(
    /// errors.csv: every input that could not be processed.
    ErrorRow = "errors" { path: String, stage: String, message: String }
);

/// The file stem of every table, in the order run.json and the README list them.
pub const TABLES: [&str; 12] = [
    ReportRow::NAME,
    IndicatorRow::NAME,
    PanelRow::NAME,
    TargetActualRow::NAME,
    CascadeRow::NAME,
    DiffRow::NAME,
    SectionRow::NAME,
    TermRow::NAME,
    TermChangeRow::NAME,
    ReuseRow::NAME,
    ReuseSummaryRow::NAME,
    ErrorRow::NAME,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_line_is_its_row_borrowed() {
        let row = DiffRow {
            region: "某区".into(),
            from_report: "2020_某区".into(),
            to_report: "2021_某区".into(),
            op: Op::Edited,
            from_sentence_id: Some(3),
            to_sentence_id: None,
            similarity: Num(0.8125),
            from_text: "增长6.5%，\"左右\"".into(),
            to_text: "增长6%\n左右".into(),
            inline: "增长[-6.5%-]{+6%+}".into(),
            from_section: "一、回顾 > （一）".into(),
            to_section: String::new(),
            years_apart: 1,
        };
        assert_eq!(row.line().to_row(), row);
    }

    #[test]
    fn a_diff_line_writes_itself_as_the_csv_writer_does() {
        let row = |from_text: &str, to_text: &str, ids: (Option<i64>, Option<i64>), section: &str| DiffRow {
            region: "某区,甲".into(),
            from_report: "2020_某区".into(),
            to_report: "2021_\"某区\"".into(),
            op: Op::Moved,
            from_sentence_id: ids.0,
            to_sentence_id: ids.1,
            similarity: Num(1.0 / 3.0),
            from_text: from_text.into(),
            to_text: to_text.into(),
            inline: format!("[-{from_text}-]{{+{to_text}+}}"),
            from_section: section.into(),
            to_section: String::new(),
            years_apart: -2,
        };
        let rows = [
            row("增长6.5%，\"左右\"", "增长6%\n左右", (Some(3), None), "一、回顾"),
            row("", "\r", (None, Some(1_234_567)), "\"\""),
            row("a,b", "\"", (None, None), ""),
            row("平常的一句话。", "平常的一句话。", (Some(0), Some(0)), "（一）"),
        ];
        // a line whose region differs and one whose similarity does, between the pair's
        let mut rows = rows;
        rows[1].region = "某县".into();
        rows[2].similarity = Num(1.0);
        let by_writer = crate::output::Chunk::of(rows.to_vec(), false).expect("serialises");
        let lines: Vec<DiffLine> = rows.iter().map(DiffRow::line).collect();
        assert_eq!(String::from_utf8_lossy(&DiffLine::csv(&lines)), String::from_utf8_lossy(by_writer.csv()));
    }

    #[test]
    fn indicator_rows_write_themselves_as_the_csv_writer_does() {
        let row = IndicatorRow {
            report_id: "2021_某区".into(),
            region: "某区,甲".into(),
            year: 2021,
            kind: Kind::Target,
            period_start: 2021,
            period_end: 2025,
            estimated: true,
            indicator: Some("gdp_growth".into()),
            subject: "地区生产总值\"增速\"".into(),
            measure: Measure::Growth,
            value: Some(Num(6.5)),
            value_hi: Some(Num(1.0 / 3.0)),
            unit: "%".into(),
            value_base: Some(Num(-0.25)),
            bound: Bound::Approx,
            section: "一、回顾 > （一）".into(),
            sentence_id: 12,
            char_start: 345,
            char_end: 1_234_567,
            quote: "增长6.5%左右，\n\r换行".into(),
            base_unit: "percent".into(),
            matched: "6.5%".into(),
        };
        let plain = IndicatorRow {
            kind: Kind::Actual,
            estimated: false,
            indicator: None,
            measure: Measure::Level,
            value: None,
            value_hi: None,
            value_base: None,
            bound: Bound::Eq,
            section: String::new(),
            year: -1,
            ..row.clone()
        };
        let rows = [row, plain.clone(), IndicatorRow { subject: String::new(), quote: ",".into(), ..plain }];
        let by_writer = crate::output::Chunk::of(rows.to_vec(), false).expect("serialises");
        assert_eq!(String::from_utf8_lossy(&IndicatorRow::csv(&rows)), String::from_utf8_lossy(by_writer.csv()));
    }

    #[test]
    fn numbers_print_without_float_noise() {
        assert_eq!(Num(67.0).text(), "67");
        assert_eq!(Num(6.6).text(), "6.6");
        assert_eq!(Num(-3.0).text(), "-3");
        assert_eq!(Num(0.1 + 0.2).text(), "0.3");
        assert_eq!(Num(6_700_000_000.0).text(), "6700000000");
        assert_eq!(Num(0.123456).text(), "0.123456");
        assert_eq!(Num(-0.0000001).text(), "-0");
        assert_eq!(Num(2.0000004).text(), "2");
        assert_eq!(Num(-12.3456785).text(), format!("{:.6}", -12.3456785).trim_end_matches('0'));
        assert_eq!(Num(f64::NAN).text(), "NaN");
    }

    /// The fast path gives the text of the plain `{:.6}` formatting, trimmed.
    fn slow(v: f64) -> String {
        if v == v.trunc() && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v:.6}").trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_number_text_is_the_formatted_text(v in proptest::num::f64::ANY, m in -5_000_000i64..5_000_000, k in 0u32..8) {
            proptest::prop_assert_eq!(Num(v).text(), slow(v));
            // values near rounding boundaries: halves of millionths, scaled
            let near = (m as f64 + 0.5) / 1e6 * 10f64.powi(k as i32 - 3);
            proptest::prop_assert_eq!(Num(near).text(), slow(near));
            let per_10k = m.unsigned_abs() as f64 * 10_000.0 / (k as f64 * 7919.0 + 1.0);
            proptest::prop_assert_eq!(Num(per_10k).text(), slow(per_10k));
        }
    }
}
