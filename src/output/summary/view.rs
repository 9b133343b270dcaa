//! The view model of the summaries: what each region's section shows, with every
//! number as it is read and the sentence it links to, built once for both pages.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{PairSummary, SummaryInput};
use crate::across::cascade::Cascade;
use crate::compare::panel::{Flag, PanelCell, TargetVsActual};
use crate::model::{Bound, Change, Kind, Met, Op};
use crate::output::schema::{Num, ReportRow, SectionRow, TermChangeRow};

/// One region's section of the summaries, the `index`th.
pub struct RegionView<'a> {
    pub index: usize,
    pub name: &'a str,
    /// The plan years of its reports, in order.
    pub years: Vec<i64>,
    /// Headline indicators over the years; `None` when the region has none.
    pub headline: Option<Headline<'a>>,
    pub pairs: Vec<PairView<'a>>,
    /// Its targets against the level above's, by indicator and year.
    pub cascade: Vec<CascadeView>,
    /// The sentences the numbers link to, in order of first use.
    pub sources: Vec<Source<'a>>,
}

/// The headline table of a region: a row per indicator, a column per year.
pub struct Headline<'a> {
    pub years: Vec<i64>,
    pub rows: Vec<HeadlineRow<'a>>,
}

pub struct HeadlineRow<'a> {
    /// `地区生产总值 (gdp)`.
    pub label: String,
    /// Per year of [`Headline::years`]: the target and the actual, or `None` when the
    /// indicator has neither that year.
    pub cells: Vec<Option<(Option<Cited>, Option<Cited>)>>,
    /// The values by year, for the chart.
    pub by_year: ByYear<'a>,
}

/// A number as a person reads it, and the anchor of the sentence it came from.
pub struct Cited {
    pub text: String,
    pub anchor: Option<String>,
}

/// A consecutive pair of a region's reports.
pub struct PairView<'a> {
    pub from_year: i64,
    pub to_year: i64,
    /// “Similarity 0.42; sentences: kept 10, edited 3, …”.
    pub line: String,
    /// The targets of `from_year` against the results reported in `to_year`.
    pub targets: Vec<TargetView>,
    /// The sections of the newer report that changed most, with their similarity.
    pub most_changed: Vec<(&'a str, f64)>,
    pub new_slogans: Vec<&'a str>,
    pub dropped_slogans: Vec<&'a str>,
    /// The redline's HTML, when the pair was compared.
    pub redline: Option<&'a str>,
}

/// A target of the region against the level above's (a row of targets_cascade.csv).
pub struct CascadeView {
    pub label: String,
    pub year: i64,
    pub target: String,
    /// `上海市 (province)`
    pub parent: String,
    pub parent_target: String,
    pub difference: String,
}

pub struct TargetView {
    pub label: String,
    pub target: Cited,
    pub actual: Cited,
    pub gap: String,
    pub met: Met,
}

/// A sentence a number links to.
pub struct Source<'a> {
    pub anchor: String,
    pub report: &'a str,
    pub sentence: i64,
    pub text: &'a str,
}

/// Headline values of an indicator in a region: year -> (target, actual).
pub type ByYear<'a> = BTreeMap<i64, (Option<&'a PanelCell>, Option<&'a PanelCell>)>;

/// The input grouped once, so that a summary of thousands of reports is not a scan of
/// every table for every pair.
pub struct Index<'a> {
    input: &'a SummaryInput<'a>,
    reports: BTreeMap<&'a str, Vec<&'a ReportRow>>,
    pairs: HashMap<(&'a str, &'a str), &'a PairSummary>,
    sections: HashMap<(&'a str, &'a str), Vec<&'a SectionRow>>,
    panel: HashMap<&'a str, Vec<&'a PanelCell>>,
    tva: HashMap<(&'a str, i64), Vec<&'a TargetVsActual>>,
    changes: HashMap<(&'a str, i64, i64), Vec<&'a TermChangeRow>>,
    cascades: HashMap<&'a str, Vec<&'a Cascade>>,
}

/// Two consecutive reports of a region, and their comparison if they have one.
struct Pair<'a> {
    from: &'a ReportRow,
    to: &'a ReportRow,
    summary: Option<&'a PairSummary>,
}

impl<'a> Index<'a> {
    pub fn new(input: &'a SummaryInput<'a>) -> Self {
        let mut reports: BTreeMap<&str, Vec<&ReportRow>> = BTreeMap::new();
        for r in input.reports {
            reports.entry(r.region.as_str()).or_default().push(r);
        }
        for v in reports.values_mut() {
            v.sort_by(|a, b| (a.year, &a.report_id).cmp(&(b.year, &b.report_id)));
        }
        let pairs = input.pairs.iter().map(|p| ((p.from_report.as_str(), p.to_report.as_str()), p)).collect();
        let mut sections: HashMap<_, Vec<_>> = HashMap::new();
        for s in input.sections {
            sections.entry((s.from_report.as_str(), s.to_report.as_str())).or_default().push(s);
        }
        let mut panel: HashMap<_, Vec<_>> = HashMap::new();
        for p in input.panel {
            panel.entry(p.region.as_str()).or_default().push(p);
        }
        let mut tva: HashMap<_, Vec<_>> = HashMap::new();
        for t in input.tva {
            tva.entry((t.region.as_str(), t.year)).or_default().push(t);
        }
        let mut changes: HashMap<_, Vec<_>> = HashMap::new();
        for c in input.changes {
            changes.entry((c.region.as_str(), c.from_year, c.to_year)).or_default().push(c);
        }
        let mut cascades: HashMap<_, Vec<_>> = HashMap::new();
        for c in input.cascades {
            cascades.entry(c.region.as_str()).or_default().push(c);
        }
        Index { input, reports, pairs, sections, panel, tva, changes, cascades }
    }

    /// The regions, in order.
    pub fn regions(&self) -> Vec<&'a str> {
        self.reports.keys().copied().collect()
    }

    /// The view of `region`, the `index`th.
    pub fn region(&self, index: usize, region: &'a str) -> RegionView<'a> {
        let mut sources = Sources::new(self.input.sources, index);
        let series = self.series(region);
        let headline = (!series.is_empty()).then(|| self.headline(&series, &mut sources));
        let pairs = self.pairs_of(region).iter().map(|p| self.pair(region, p, &series, &mut sources)).collect();
        RegionView {
            index,
            name: region,
            years: self.reports[region].iter().map(|r| r.year).collect(),
            headline,
            pairs,
            cascade: self.cascade_of(region),
            sources: sources.cited,
        }
    }

    fn cascade_of(&self, region: &str) -> Vec<CascadeView> {
        let rows = self.cascades.get(region).map_or(&[][..], Vec::as_slice);
        rows.iter()
            .map(|c| {
                let text = |v: Option<f64>, hi: Option<f64>, bound: Bound| {
                    let hi = hi.map(|h| format!("–{}", human(h, &c.unit))).unwrap_or_default();
                    format!("{}{}{hi}", bound_sign(bound), v.map(|v| human(v, &c.unit)).unwrap_or_default())
                };
                let level = c.parent_level.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
                CascadeView {
                    label: self.label(&c.indicator),
                    year: c.year,
                    target: text(c.target_value, c.target_hi, c.target_bound),
                    parent: format!("{}{level}", c.parent_region),
                    parent_target: text(c.parent_target_value, c.parent_target_hi, c.parent_target_bound),
                    difference: c.difference.map(|d| human(d, &c.unit)).unwrap_or_default(),
                }
            })
            .collect()
    }

    fn headline(&self, series: &Series<'a>, sources: &mut Sources<'a>) -> Headline<'a> {
        let years: BTreeSet<i64> = series.values().flat_map(|m| m.keys().copied()).collect();
        let rows = series
            .iter()
            .map(|(id, by_year)| {
                let cells = years
                    .iter()
                    .map(|y| {
                        by_year.get(y).map(|&(t, a)| {
                            let mut cite = |p: Option<&'a PanelCell>| {
                                p.map(|cell| Cited { text: stated(cell), anchor: sources.cite(cell) })
                            };
                            let target = cite(t);
                            (target, cite(a))
                        })
                    })
                    .collect();
                HeadlineRow { label: self.label(id), cells, by_year: by_year.clone() }
            })
            .collect();
        Headline { years: years.into_iter().collect(), rows }
    }

    fn pair(&self, region: &'a str, pair: &Pair<'a>, series: &Series<'a>, sources: &mut Sources<'a>) -> PairView<'a> {
        let targets = self
            .tva(region, pair.from.year)
            .iter()
            .map(|t| {
                let (target, actual) = headline_of(series, t);
                // (with what to check before using each, as the headline table says it)
                let checked =
                    |text: String, cell: Option<&PanelCell>| text + &cell.map_or(String::new(), |p| checks(&p.flags));
                let target =
                    Cited { text: checked(target_text(t), target), anchor: target.and_then(|p| sources.cite(p)) };
                let actual =
                    Cited { text: checked(actual_text(t), actual), anchor: actual.and_then(|p| sources.cite(p)) };
                TargetView { label: self.label(&t.indicator), target, actual, gap: gap_text(t), met: t.met }
            })
            .collect();
        PairView {
            from_year: pair.from.year,
            to_year: pair.to.year,
            line: pair_line(pair.summary),
            targets,
            most_changed: self.most_changed(pair),
            new_slogans: self.slogans(pair, Change::New),
            dropped_slogans: self.slogans(pair, Change::Dropped),
            redline: pair.summary.map(|p| p.redline.as_str()),
        }
    }

    fn pairs_of(&self, region: &str) -> Vec<Pair<'a>> {
        let reports = self.reports.get(region).map_or(&[][..], Vec::as_slice);
        reports
            .windows(2)
            .map(|w| Pair {
                from: w[0],
                to: w[1],
                summary: self.pairs.get(&(w[0].report_id.as_str(), w[1].report_id.as_str())).copied(),
            })
            .collect()
    }

    /// The sections of the newer report that changed most (lowest similarity first).
    fn most_changed(&self, pair: &Pair<'a>) -> Vec<(&'a str, f64)> {
        let rows = self.sections.get(&(pair.from.report_id.as_str(), pair.to.report_id.as_str()));
        let mut v: Vec<(&str, f64)> = rows
            .into_iter()
            .flatten()
            .filter(|s| !s.to_section.is_empty())
            .map(|s| (s.to_section.as_str(), s.similarity.0))
            .collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(b.0)));
        v.truncate(3);
        v
    }

    fn label(&self, id: &str) -> String {
        self.input.labels.get(id).map_or_else(|| id.to_string(), |l| format!("{l} ({id})"))
    }

    fn slogans(&self, pair: &Pair<'a>, change: Change) -> Vec<&'a str> {
        let region = pair.to.region.as_str();
        let Some(slogans) = self.input.slogans.get(region) else { return Vec::new() };
        self.changes
            .get(&(region, pair.from.year, pair.to.year))
            .into_iter()
            .flatten()
            .filter(|c| c.change == change && slogans.contains(c.term.as_str()))
            .map(|c| c.term.as_str())
            .collect()
    }

    fn tva(&self, region: &'a str, year: i64) -> &[&'a TargetVsActual] {
        self.tva.get(&(region, year)).map_or(&[], Vec::as_slice)
    }

    /// Headline values of a region: indicator -> year -> (target, actual).
    fn series(&self, region: &str) -> Series<'a> {
        let mut out: Series = BTreeMap::new();
        for p in self.panel.get(region).into_iter().flatten() {
            let e = out.entry(p.indicator.as_str()).or_default().entry(p.year).or_default();
            match p.kind {
                Kind::Target => e.0 = Some(*p),
                Kind::Actual => e.1 = Some(*p),
            }
        }
        out
    }
}

/// Headline values of a region: indicator -> year -> (target, actual).
type Series<'a> = BTreeMap<&'a str, ByYear<'a>>;

/// The sentences a region's numbers came from, numbered in order of first use.
struct Sources<'a> {
    all: &'a BTreeMap<(String, i64), String>,
    prefix: String,
    cited: Vec<Source<'a>>,
    numbers: HashMap<(&'a str, i64), usize>,
}

impl<'a> Sources<'a> {
    fn new(all: &'a BTreeMap<(String, i64), String>, region_index: usize) -> Self {
        Sources { all, prefix: format!("r{region_index}s"), cited: Vec::new(), numbers: HashMap::new() }
    }

    /// The anchor of the sentence a panel value came from.
    fn cite(&mut self, p: &'a PanelCell) -> Option<String> {
        let key = (p.report_id.as_str(), p.sentence_id);
        let n = match self.numbers.get(&key) {
            Some(&n) => n,
            None => {
                let (id, text) = self.all.get_key_value(&(p.report_id.clone(), p.sentence_id))?;
                let n = self.cited.len() + 1;
                let anchor = format!("{}{n}", self.prefix);
                self.cited.push(Source { anchor, report: id.0.as_str(), sentence: id.1, text: text.as_str() });
                self.numbers.insert(key, n);
                n
            }
        };
        Some(format!("{}{n}", self.prefix))
    }
}

/// “Similarity 0.42; sentences: kept 10, edited 3, …” of a pair.
fn pair_line(summary: Option<&PairSummary>) -> String {
    match summary {
        Some(p) => {
            let counts: Vec<String> = Op::ALL.iter().zip(p.counts).map(|(op, n)| format!("{op} {n}")).collect();
            format!("Similarity {:.2}; sentences: {}.", p.similarity, counts.join(", "))
        }
        None => "Both reports are empty of sentences.".to_string(),
    }
}

/// The panel cells behind a targets-vs-actuals row, when they hold its values.
fn headline_of<'a>(series: &Series<'a>, t: &TargetVsActual) -> (Option<&'a PanelCell>, Option<&'a PanelCell>) {
    let (target, actual) = series.get(t.indicator.as_str()).and_then(|m| m.get(&t.year)).copied().unwrap_or_default();
    let same = |p: Option<&'a PanelCell>, v: Option<f64>| p.filter(|p| p.value.zip(v).is_some_and(|(a, b)| a == b));
    (same(target, t.target_value), same(actual, t.actual_value))
}

/// A headline value as a person writes it: the bound as a sign, large amounts in 万,
/// 亿 or 万亿 of the base unit (6700000000 元 is 67亿元). The CSVs keep the exact base
/// values; this is only for reading.
pub fn stated(p: &PanelCell) -> String {
    if p.bound == Bound::Absent {
        return "not set".into();
    }
    let value = p.value.map(|v| human(v, &p.unit)).unwrap_or_default();
    let hi = p.value_hi.map(|h| format!("–{}", human(h, &p.unit))).unwrap_or_default();
    // the report gives this cell more than one value: say so where it is read
    let of = if p.values_stated > 1 { format!(" (1 of {} values stated)", p.values_stated) } else { String::new() };
    // and what else to check before using it
    format!("{}{value}{hi}{of}{}", bound_sign(p.bound), checks(&p.flags))
}

/// What to check before using a cell: “ ⚑ outlier”, “ ⚑ in a five-year passage”, “ ⚑ on
/// an adjusted basis”, or nothing.
fn checks(flags: &[Flag]) -> String {
    let mut check = String::new();
    if flags.contains(&Flag::Outlier) {
        check.push_str(" ⚑ outlier");
    }
    if flags.contains(&Flag::FiveYearContext) {
        check.push_str(" ⚑ in a five-year passage");
    }
    if flags.contains(&Flag::AdjustedBasis) {
        check.push_str(" ⚑ on an adjusted basis");
    }
    check
}

fn bound_sign(bound: Bound) -> &'static str {
    match bound {
        Bound::Approx => "≈",
        Bound::Ge => "≥",
        Bound::Gt => ">",
        Bound::Le => "≤",
        Bound::Lt => "<",
        Bound::Eq | Bound::Range | Bound::Absent => "",
    }
}

/// `v` in `unit` (a base unit), with 万, 亿 or 万亿 for large amounts.
pub fn human(v: f64, unit: &str) -> String {
    let round = |x: f64| Num((x * 1e4).round() / 1e4).text();
    if unit == "%" || unit.contains("百分点") || unit.is_empty() {
        return format!("{}{unit}", round(v));
    }
    let (scaled, scale) = match v.abs() {
        a if a >= 1e12 => (v / 1e12, "万亿"),
        a if a >= 1e8 => (v / 1e8, "亿"),
        a if a >= 1e4 => (v / 1e4, "万"),
        _ => (v, ""),
    };
    format!("{}{scale}{unit}", round(scaled))
}

fn target_text(t: &TargetVsActual) -> String {
    if t.target_bound == Some(Bound::Absent) {
        return "not set".into();
    }
    let Some(value) = t.target_value else { return String::new() };
    let hi = t.target_hi.map(|h| format!("–{}", human(h, &t.unit))).unwrap_or_default();
    format!("{}{}{hi}", t.target_bound.map(bound_sign).unwrap_or(""), human(value, &t.unit))
}

fn actual_text(t: &TargetVsActual) -> String {
    t.actual_value.map(|v| human(v, &t.unit)).unwrap_or_default()
}

fn gap_text(t: &TargetVsActual) -> String {
    t.gap.map(|g| human(g, &t.unit)).unwrap_or_default()
}

/// Quoted slogans, or `none`.
pub fn quoted(v: &[&str]) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(" ")
    }
}
