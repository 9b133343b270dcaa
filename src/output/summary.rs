//! Tables -> summary.md and summary.html, the pages a person reads.
//!
//! Per region: the headline indicators over the years (target and actual side by
//! side) and, in HTML, an SVG chart per indicator (targets dashed, actuals solid).
//! Per consecutive pair: targets against actuals, overall similarity, the sections
//! that changed most, new and dropped slogans, and (HTML) the redline of edited and
//! moved sentences. No timestamps or paths: two runs give identical bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use rayon::prelude::*;

use crate::compare::inline::{spans, Span};
use crate::model::{Change, Kind, Op};
use crate::output::schema::{DiffLine, Num, PanelRow, ReportRow, SectionRow, TargetActualRow, TermChangeRow};

/// Everything the summaries show.
pub struct SummaryInput<'a> {
    pub reports: &'a [ReportRow],
    pub panel: &'a [PanelRow],
    pub tva: &'a [TargetActualRow],
    /// one per consecutive pair, in output order
    pub pairs: &'a [PairSummary],
    /// region -> the quoted slogans its reports use
    pub slogans: &'a BTreeMap<String, BTreeSet<String>>,
    pub changes: &'a [TermChangeRow],
    pub sections: &'a [SectionRow],
    /// indicator id -> Chinese label
    pub labels: &'a BTreeMap<String, String>,
    /// (report_id, sentence_id) -> the sentence, for the numbers the tables show
    pub sources: &'a BTreeMap<(String, i64), String>,
}

/// What the summaries show of one pair: kept while the full sentence diff is streamed
/// to sentence_diff.csv and dropped.
#[derive(Debug, Clone)]
pub struct PairSummary {
    pub from_report: String,
    pub to_report: String,
    pub similarity: f64,
    /// rows per op: kept, edited, moved, added, removed
    pub counts: [usize; 5],
    /// the HTML of the redline: the first changed (not kept) rows, rendered where the
    /// pair is compared (in parallel) rather than copied for the summary to render
    pub redline: String,
}

const OPS: [Op; 5] = [Op::Kept, Op::Edited, Op::Moved, Op::Added, Op::Removed];

impl PairSummary {
    /// Summarise the diff rows of one pair, keeping at most `redline_limit` changed rows.
    pub fn of(rows: &[DiffLine], redline_limit: usize) -> Option<PairSummary> {
        let first = rows.first()?;
        let mut counts = [0; 5];
        for r in rows {
            counts[OPS.iter().position(|&op| op == r.op).unwrap_or(0)] += 1;
        }
        Some(PairSummary {
            from_report: first.from_report.to_string(),
            to_report: first.to_report.to_string(),
            similarity: crate::compare::pair_similarity(rows),
            counts,
            redline: redline(rows, counts[1..].iter().sum(), redline_limit),
        })
    }
}

/// How many changed sentences per pair the redlines show: all of a small batch's (up to
/// 200), fewer when there are many pairs, so the page stays readable (about 20,000 in
/// all); sentence_diff.csv has every one.
pub fn redline_limit(pairs: usize) -> usize {
    (20_000 / pairs.max(1)).clamp(20, 200)
}

struct Pair<'a> {
    from: &'a ReportRow,
    to: &'a ReportRow,
    summary: Option<&'a PairSummary>,
}

/// The input grouped once, so that a summary of thousands of reports is not a scan of
/// every table for every pair.
struct Index<'a> {
    input: &'a SummaryInput<'a>,
    reports: BTreeMap<&'a str, Vec<&'a ReportRow>>,
    pairs: HashMap<(&'a str, &'a str), &'a PairSummary>,
    sections: HashMap<(&'a str, &'a str), Vec<&'a SectionRow>>,
    panel: HashMap<&'a str, Vec<&'a PanelRow>>,
    tva: HashMap<(&'a str, i64), Vec<&'a TargetActualRow>>,
    changes: HashMap<(&'a str, i64, i64), Vec<&'a TermChangeRow>>,
}

impl<'a> Index<'a> {
    fn new(input: &'a SummaryInput<'a>) -> Self {
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
        Index { input, reports, pairs, sections, panel, tva, changes }
    }

    fn regions(&self) -> Vec<&'a str> {
        self.reports.keys().copied().collect()
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

    fn tva(&self, region: &'a str, year: i64) -> &[&'a TargetActualRow] {
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

/// The sentences a region's numbers came from, numbered in order of first use.
struct Sources<'a> {
    all: &'a BTreeMap<(String, i64), String>,
    prefix: String,
    cited: Vec<(&'a str, i64, &'a str)>,
    numbers: HashMap<(&'a str, i64), usize>,
}

impl<'a> Sources<'a> {
    fn new(all: &'a BTreeMap<(String, i64), String>, region_index: usize) -> Self {
        Sources { all, prefix: format!("r{region_index}s"), cited: Vec::new(), numbers: HashMap::new() }
    }

    /// The anchor of the sentence a panel value came from.
    fn cite(&mut self, p: &'a PanelRow) -> Option<String> {
        let key = (p.report_id.as_str(), p.sentence_id);
        let n = match self.numbers.get(&key) {
            Some(&n) => n,
            None => {
                let (id, text) = self.all.get_key_value(&(p.report_id.clone(), p.sentence_id))?;
                self.cited.push((id.0.as_str(), id.1, text.as_str()));
                self.numbers.insert(key, self.cited.len());
                self.cited.len()
            }
        };
        Some(format!("{}{n}", self.prefix))
    }
}

/// “Similarity 0.42; sentences: kept 10, edited 3, …” of a pair.
fn pair_line(pair: &Pair) -> String {
    match pair.summary {
        Some(p) => {
            let counts: Vec<String> = OPS.iter().zip(p.counts).map(|(op, n)| format!("{op} {n}")).collect();
            format!("Similarity {:.2}; sentences: {}.", p.similarity, counts.join(", "))
        }
        None => "Both reports are empty of sentences.".to_string(),
    }
}

/// Headline values of a region: indicator -> year -> (target, actual).
type Series<'a> = BTreeMap<&'a str, BTreeMap<i64, (Option<&'a PanelRow>, Option<&'a PanelRow>)>>;

/// A headline value as a person writes it: the bound as a sign, large amounts in 万,
/// 亿 or 万亿 of the base unit (6700000000 元 is 67亿元). The CSVs keep the exact base
/// values; this is only for reading.
fn stated(p: Option<&PanelRow>) -> String {
    match p {
        None => String::new(),
        Some(p) if p.bound == crate::model::Bound::Absent => "not set".into(),
        Some(p) => {
            let value = p.value.map(|v| human(v.0, &p.unit)).unwrap_or_default();
            let hi = p.value_hi.map(|h| format!("–{}", human(h.0, &p.unit))).unwrap_or_default();
            // the report gives this cell more than one value: say so where it is read
            let of =
                if p.values_stated > 1 { format!(" (1 of {} values stated)", p.values_stated) } else { String::new() };
            format!("{}{value}{hi}{of}", bound_sign(p.bound))
        }
    }
}

fn bound_sign(bound: crate::model::Bound) -> &'static str {
    use crate::model::Bound::*;
    match bound {
        Approx => "≈",
        Ge => "≥",
        Gt => ">",
        Le => "≤",
        Lt => "<",
        Eq | Range | Absent => "",
    }
}

/// `v` in `unit` (a base unit), with 万, 亿 or 万亿 for large amounts.
fn human(v: f64, unit: &str) -> String {
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

/// summary.md: renders on GitHub. Every number in a table is a footnote to its sentence.
pub fn markdown(input: &SummaryInput) -> String {
    let ix = Index::new(input);
    let mut md = String::new();
    let _ = writeln!(md, "# baogao summary\n");
    let _ = writeln!(
        md,
        "{} reports, {} regions. Values are in the base unit (元, 人, %); each links to the sentence it came from.\n",
        input.reports.len(),
        ix.regions().len()
    );
    push_regions(&mut md, &ix, input, region_markdown);
    md
}

/// Append a section per region to `out`, rendered by `render` in parallel (each reads
/// only the index), in order; room is made for them all, and a closing line, at once.
fn push_regions(
    out: &mut String,
    ix: &Index,
    input: &SummaryInput,
    render: fn(&Index, &SummaryInput, usize, &str) -> String,
) {
    let sections: Vec<String> =
        ix.regions().into_par_iter().enumerate().map(|(k, region)| render(ix, input, k, region)).collect();
    out.reserve(sections.iter().map(String::len).sum::<usize>() + 64);
    out.extend(sections);
}

/// The section of summary.md for one region, the `k`th.
fn region_markdown(ix: &Index, input: &SummaryInput, k: usize, region: &str) -> String {
    let mut md = String::new();
    let mut sources = Sources::new(input.sources, k);
    let _ = writeln!(md, "## {region}\n");
    let years: Vec<String> = ix.reports[region].iter().map(|r| r.year.to_string()).collect();
    let _ = writeln!(md, "Reports (plan year): {}\n", years.join(", "));
    let series = ix.series(region);
    if !series.is_empty() {
        let _ = writeln!(md, "### Headline indicators (target / actual)\n");
        let _ = writeln!(md, "≈ about, ≥ at least, ≤ at most; – not found in the report.\n");
        let all_years: BTreeSet<i64> = series.values().flat_map(|m| m.keys().copied()).collect();
        let header: Vec<String> = all_years.iter().map(|y| y.to_string()).collect();
        let _ = writeln!(md, "| indicator | {} |", header.join(" | "));
        let _ = writeln!(md, "|---|{}", "---|".repeat(all_years.len()));
        for (id, by_year) in &series {
            let cells: Vec<String> = all_years
                .iter()
                .map(|y| {
                    by_year.get(y).map_or(String::new(), |(t, a)| {
                        let (t, a) = (md_cited(*t, &mut sources), md_cited(*a, &mut sources));
                        let dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
                        format!("{} / {}", dash(t), dash(a))
                    })
                })
                .collect();
            let _ = writeln!(md, "| {} | {} |", ix.label(id), cells.join(" | "));
        }
        let _ = writeln!(md);
    }
    for pair in ix.pairs_of(region) {
        let _ = writeln!(md, "### {} → {}\n", pair.from.year, pair.to.year);
        let sections = ix.most_changed(&pair);
        let _ = writeln!(md, "{}\n", pair_line(&pair));
        let tva = ix.tva(region, pair.from.year);
        if !tva.is_empty() {
            let _ = writeln!(md, "Targets for {} against results reported in {}:\n", pair.from.year, pair.to.year);
            let _ = writeln!(md, "| indicator | target | actual | gap | met |\n|---|---|---|---|---|");
            for t in tva {
                let (target, actual) = headline_of(&series, t);
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} |",
                    ix.label(&t.indicator),
                    md_link(&target_text(t), target.and_then(|p| sources.cite(p))),
                    md_link(&actual_text(t), actual.and_then(|p| sources.cite(p))),
                    gap_text(t),
                    t.met
                );
            }
            let _ = writeln!(md);
        }
        if !sections.is_empty() {
            let list: Vec<String> = sections.iter().map(|(s, v)| format!("{s} ({v:.2})")).collect();
            let _ = writeln!(md, "Most changed sections: {}.\n", list.join("; "));
        }
        let (new, dropped) = (ix.slogans(&pair, Change::New), ix.slogans(&pair, Change::Dropped));
        if !new.is_empty() || !dropped.is_empty() {
            let _ = writeln!(md, "New slogans: {}. Dropped slogans: {}.\n", quoted(&new), quoted(&dropped));
        }
    }
    for (n, (report, sentence, text)) in sources.cited.iter().enumerate() {
        let text: String = text.chars().map(|c| if matches!(c, '|' | '[' | ']') { ' ' } else { c }).collect();
        let _ = writeln!(md, "[^{}{}]: {report} #{sentence}: {text}", sources.prefix, n + 1);
    }
    if !sources.cited.is_empty() {
        let _ = writeln!(md);
    }
    md
}

/// The panel rows behind a targets-vs-actuals row, when they hold its values.
fn headline_of<'a>(series: &Series<'a>, t: &TargetActualRow) -> (Option<&'a PanelRow>, Option<&'a PanelRow>) {
    let (target, actual) = series.get(t.indicator.as_str()).and_then(|m| m.get(&t.year)).copied().unwrap_or_default();
    let same = |p: Option<&'a PanelRow>, v: Option<Num>| p.filter(|p| p.value.zip(v).is_some_and(|(a, b)| a.0 == b.0));
    (same(target, t.target_value), same(actual, t.actual_value))
}

fn target_text(t: &TargetActualRow) -> String {
    if t.target_bound == Some(crate::model::Bound::Absent) {
        return "not set".into();
    }
    let Some(value) = t.target_value else { return String::new() };
    let hi = t.target_hi.map(|h| format!("–{}", human(h.0, &t.unit))).unwrap_or_default();
    format!("{}{}{hi}", t.target_bound.map(bound_sign).unwrap_or(""), human(value.0, &t.unit))
}

fn actual_text(t: &TargetActualRow) -> String {
    t.actual_value.map(|v| human(v.0, &t.unit)).unwrap_or_default()
}

fn gap_text(t: &TargetActualRow) -> String {
    t.gap.map(|g| human(g.0, &t.unit)).unwrap_or_default()
}

fn md_cited<'a>(p: Option<&'a PanelRow>, sources: &mut Sources<'a>) -> String {
    match p {
        Some(row) => md_link(&stated(p), sources.cite(row)),
        None => String::new(),
    }
}

fn md_link(text: &str, anchor: Option<String>) -> String {
    match anchor {
        Some(a) if !text.is_empty() => format!("{text}[^{a}]"),
        _ => text.to_string(),
    }
}

fn html_link(text: &str, anchor: Option<String>) -> String {
    match anchor {
        Some(a) if !text.is_empty() => format!("<a href=\"#{a}\">{}</a>", esc(text)),
        _ => esc(text),
    }
}

fn quoted(v: &[&str]) -> String {
    if v.is_empty() {
        "none".into()
    } else {
        v.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(" ")
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

const CSS: &str = "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5;color:#222}\
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem;display:block;overflow-x:auto}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:right}\
td:first-child,th:first-child{text-align:left}del{color:#b00;background:#fdd}ins{color:#070;background:#dfd;text-decoration:none}\
.moved{border-left:3px solid #36c;padding-left:.4rem}.redline p{margin:.3rem 0}svg{max-width:100%;height:auto}\
.met-true{color:#070}.met-false{color:#b00}nav ul{columns:2}@media print{nav{display:none}details{display:block}}\
.charts{display:flex;flex-wrap:wrap;gap:.5rem}figure{margin:0;flex:1 1 20rem}figcaption{font-size:.9rem;font-weight:600}\
.tag{font-size:.75rem;color:#36c;margin-right:.3rem}.sources{font-size:.8rem;color:#444}.where{color:#888}\
td a{color:inherit;text-decoration:underline dotted}:target{background:#ffc}.t{color:#c60}.a{color:#036}.legend{font-size:.85rem}";

/// summary.html: one self-contained page.
pub fn html(input: &SummaryInput) -> String {
    let ix = Index::new(input);
    let mut h = String::new();
    let _ = write!(h, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>baogao summary</title><style>{CSS}</style></head><body>\n");
    let _ = writeln!(
        h,
        "<h1>baogao summary</h1><p>{} reports, {} regions. Values are in the base unit (元, 人, %); each links to the sentence it came from.</p>",
        input.reports.len(),
        ix.regions().len()
    );
    let _ = writeln!(h, "<nav><ul>");
    for (k, region) in ix.regions().iter().enumerate() {
        let _ = writeln!(h, "<li><a href=\"#r{k}\">{}</a></li>", esc(region));
    }
    let _ = writeln!(h, "</ul></nav>");
    push_regions(&mut h, &ix, input, region_html);
    let _ = writeln!(h, "</body></html>");
    h
}

/// The section of summary.html for one region, the `k`th.
fn region_html(ix: &Index, input: &SummaryInput, k: usize, region: &str) -> String {
    let mut h = String::new();
    let mut sources = Sources::new(input.sources, k);
    let _ = writeln!(h, "<section id=\"r{k}\"><h2>{}</h2>", esc(region));
    let series = ix.series(region);
    if !series.is_empty() {
        let all_years: BTreeSet<i64> = series.values().flat_map(|m| m.keys().copied()).collect();
        let _ = write!(h, "<h3>Headline indicators</h3><p class=\"legend\"><span class=\"t\">target</span> above <span class=\"a\">actual</span>; ≈ about, ≥ at least, ≤ at most.</p><table><tr><th>indicator</th>");
        for y in &all_years {
            let _ = write!(h, "<th>{y}</th>");
        }
        let _ = writeln!(h, "</tr>");
        for (id, by_year) in &series {
            let _ = write!(h, "<tr><td>{}</td>", esc(&ix.label(id)));
            for y in &all_years {
                let (t, a) = by_year.get(y).copied().unwrap_or_default();
                let target = t.map(|p| html_link(&stated(t), sources.cite(p))).unwrap_or_default();
                let actual = a.map(|p| html_link(&stated(a), sources.cite(p))).unwrap_or_default();
                let _ = write!(h, "<td><span class=\"t\">{target}</span><br><span class=\"a\">{actual}</span></td>");
            }
            let _ = writeln!(h, "</tr>");
        }
        let _ = writeln!(h, "</table><div class=\"charts\">");
        for (id, by_year) in &series {
            let _ = writeln!(h, "<figure><figcaption>{}</figcaption>{}</figure>", esc(&ix.label(id)), chart(by_year));
        }
        let _ = writeln!(h, "</div>");
    }
    for pair in ix.pairs_of(region) {
        let sections = ix.most_changed(&pair);
        let _ = writeln!(h, "<h3>{} → {}</h3><p>{}</p>", pair.from.year, pair.to.year, pair_line(&pair));
        let tva = ix.tva(region, pair.from.year);
        if !tva.is_empty() {
            let _ =
                writeln!(h, "<table><tr><th>indicator</th><th>target</th><th>actual</th><th>gap</th><th>met</th></tr>");
            for t in tva {
                let (target, actual) = headline_of(&series, t);
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"met-{}\">{}</td></tr>",
                    esc(&ix.label(&t.indicator)),
                    html_link(&target_text(t), target.and_then(|p| sources.cite(p))),
                    html_link(&actual_text(t), actual.and_then(|p| sources.cite(p))),
                    gap_text(t),
                    t.met,
                    t.met
                );
            }
            let _ = writeln!(h, "</table>");
        }
        if !sections.is_empty() {
            let list: Vec<String> = sections.iter().map(|(s, v)| format!("{} ({v:.2})", esc(s))).collect();
            let _ = writeln!(h, "<p>Most changed sections: {}.</p>", list.join("; "));
        }
        let (new, dropped) = (ix.slogans(&pair, Change::New), ix.slogans(&pair, Change::Dropped));
        let _ = writeln!(h, "<p>New slogans: {}. Dropped slogans: {}.</p>", esc(&quoted(&new)), esc(&quoted(&dropped)));
        if let Some(p) = pair.summary {
            h.push_str(&p.redline);
        }
    }
    if !sources.cited.is_empty() {
        let _ = writeln!(h, "<h3>Sources</h3><ol class=\"sources\">");
        for (n, (report, sentence, text)) in sources.cited.iter().enumerate() {
            let _ = writeln!(
                h,
                "<li id=\"{}{}\"><span class=\"where\">{} #{sentence}</span> {}</li>",
                sources.prefix,
                n + 1,
                esc(report),
                esc(text)
            );
        }
        let _ = writeln!(h, "</ol>");
    }
    let _ = writeln!(h, "</section>");
    h
}

/// The changed sentences of a pair, section by section: edits inline (deletions struck
/// through in red, insertions in green), moved sentences marked, added and removed
/// sentences whole. The first [`redline_limit`]; the rest are in sentence_diff.csv.
fn redline(rows: &[DiffLine], changed: usize, limit: usize) -> String {
    let mut h = String::new();
    if changed == 0 {
        return h;
    }
    let _ = writeln!(h, "<details><summary>Redline: {changed} changed sentences</summary><div class=\"redline\">");
    let mut section: Option<&str> = None;
    let mut shown = 0;
    for r in rows.iter().filter(|r| r.op != Op::Kept).take(limit) {
        shown += 1;
        let here = if r.to_section.is_empty() { r.from_section } else { r.to_section };
        if section != Some(here) {
            let _ = writeln!(h, "<h4>{}</h4>", esc(if here.is_empty() { "(before the first heading)" } else { here }));
            section = Some(here);
        }
        match r.op {
            Op::Added => {
                let _ = writeln!(h, "<p><ins>{}</ins></p>", esc(r.to_text));
            }
            Op::Removed => {
                let _ = writeln!(h, "<p><del>{}</del></p>", esc(r.from_text));
            }
            _ => {
                if r.op == Op::Moved {
                    let _ =
                        write!(h, "<p class=\"moved\"><span class=\"tag\">moved from {}</span> ", esc(r.from_section));
                } else {
                    let _ = write!(h, "<p>");
                }
                if r.inline.is_empty() {
                    let _ = write!(h, "{}", esc(r.to_text));
                }
                for span in spans(&r.inline) {
                    let _ = match span {
                        Span::Same(s) => write!(h, "{}", esc(&s)),
                        Span::Deleted(s) => write!(h, "<del>{}</del>", esc(&s)),
                        Span::Inserted(s) => write!(h, "<ins>{}</ins>", esc(&s)),
                    };
                }
                let _ = writeln!(h, "</p>");
            }
        }
    }
    if changed > shown {
        let _ = writeln!(h, "<p class=\"more\">… {} more in sentence_diff.csv</p>", changed - shown);
    }
    let _ = writeln!(h, "</div></details>");
    h
}

/// Room right of the last year, so its label is not cut off.
const RIGHT: f64 = 24.0;

/// An SVG line chart: actuals solid, targets dashed, years on x, values on y.
fn chart(by_year: &BTreeMap<i64, (Option<&PanelRow>, Option<&PanelRow>)>) -> String {
    let pts = |actual: bool| -> Vec<(i64, f64)> {
        by_year
            .iter()
            .filter_map(|(y, (t, a))| if actual { *a } else { *t }.and_then(|p| p.value).map(|v| (*y, v.0)))
            .collect()
    };
    let targets = pts(false);
    let actuals = pts(true);
    let all: Vec<(i64, f64)> = targets.iter().chain(&actuals).copied().collect();
    if all.is_empty() {
        return String::new();
    }
    let unit = by_year.values().find_map(|(t, a)| t.or(*a)).map_or("", |p| p.unit.as_str());
    let (x0, x1) = (all.iter().map(|p| p.0).min().unwrap_or(0), all.iter().map(|p| p.0).max().unwrap_or(0));
    let (mut y0, mut y1) = (
        all.iter().map(|p| p.1).fold(f64::INFINITY, f64::min),
        all.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max),
    );
    if y1 - y0 < 1e-9 {
        y0 -= 1.0;
        y1 += 1.0;
    }
    let (w, hgt, left, bottom) = (480.0, 200.0, 70.0, 30.0);
    let sx = |x: i64| {
        left + if x1 == x0 { (w - left - RIGHT) / 2.0 } else { (x - x0) as f64 / (x1 - x0) as f64 * (w - left - RIGHT) }
    };
    let sy = |y: f64| 10.0 + (y1 - y) / (y1 - y0) * (hgt - bottom - 10.0);
    let mut s = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {hgt}\" width=\"{w}\" height=\"{hgt}\" role=\"img\">");
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>",
        hgt - bottom,
        w - RIGHT,
        hgt - bottom
    );
    let _ = write!(s, "<line x1=\"{left}\" y1=\"10\" x2=\"{left}\" y2=\"{}\" stroke=\"#999\"/>", hgt - bottom);
    for (v, y) in [(y1, sy(y1)), (y0, sy(y0))] {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}{}</text>",
            left - 4.0,
            y + 4.0,
            esc(&Num(v).text()),
            esc(unit)
        );
    }
    for x in x0..=x1 {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{x}</text>",
            sx(x),
            hgt - 10.0
        );
    }
    for (points, color, dash, name) in
        [(&targets, "#c60", " stroke-dasharray=\"6 4\"", "target"), (&actuals, "#036", "", "actual")]
    {
        if points.is_empty() {
            continue;
        }
        let path: Vec<String> = points.iter().map(|&(x, y)| format!("{:.1},{:.1}", sx(x), sy(y))).collect();
        let _ = write!(s, "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{dash} points=\"{}\"><title>{name}</title></polyline>", path.join(" "));
        for &(x, y) in points.iter() {
            let _ = write!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{color}\"><title>{name} {x}: {}</title></circle>",
                sx(x),
                sy(y),
                esc(&Num(y).text())
            );
        }
    }
    let _ = write!(s, "<text x=\"{}\" y=\"20\" font-size=\"11\" fill=\"#c60\">- - target</text><text x=\"{}\" y=\"34\" font-size=\"11\" fill=\"#036\">— actual</text></svg>", w - 90.0, w - 90.0);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bound, Measure};
    use crate::output::schema::DiffRow;

    fn report(id: &str, year: i64) -> ReportRow {
        ReportRow {
            report_id: id.into(),
            region: "某区".into(),
            year,
            review_year: year - 1,
            delivered: None,
            title: "政府工作报告".into(),
            speaker: String::new(),
            source_format: "txt".into(),
            encoding: "UTF-8".into(),
            chars: 100,
            sentences: 5,
            sections: 2,
            sha256: String::new(),
            parent_region: String::new(),
            level: None,
            region_as_written: "某区".into(),
            metadata_from: String::new(),
            reader: String::new(),
        }
    }

    fn panel(report_id: &str, kind: Kind, year: i64, value: f64, sentence_id: i64) -> PanelRow {
        PanelRow {
            region: "某区".into(),
            indicator: "gdp".into(),
            kind,
            year,
            value: Some(Num(value)),
            bound: if kind == Kind::Target { Bound::Approx } else { Bound::Eq },
            report_id: report_id.into(),
            value_hi: None,
            unit: "%".into(),
            measure: Measure::Growth,
            sentence_id,
            values_stated: 1,
            subject: "地区生产总值".into(),
        }
    }

    #[test]
    fn a_cell_stated_twice_says_so() {
        let mut p = panel("2021_某区", Kind::Actual, 2020, 3000.0, 5);
        assert_eq!(stated(Some(&p)), "3000%");
        p.values_stated = 2;
        assert_eq!(stated(Some(&p)), "3000% (1 of 2 values stated)");
    }

    fn diff(op: Op, from: &str, to: &str, inline: &str, from_section: &str, to_section: &str) -> DiffRow {
        DiffRow {
            region: "某区".into(),
            from_report: "2020_某区".into(),
            to_report: "2021_某区".into(),
            op,
            from_sentence_id: (!from.is_empty()).then_some(1),
            to_sentence_id: (!to.is_empty()).then_some(1),
            similarity: Num(0.5),
            from_text: from.into(),
            to_text: to.into(),
            inline: inline.into(),
            from_section: from_section.into(),
            to_section: to_section.into(),
            years_apart: 1,
        }
    }

    fn render(f: fn(&SummaryInput) -> String) -> String {
        let reports = [report("2020_某区", 2020), report("2021_某区", 2021)];
        let panel = [panel("2020_某区", Kind::Target, 2020, 6.5, 3), panel("2021_某区", Kind::Actual, 2020, 6.1, 4)];
        let tva = [TargetActualRow {
            region: "某区".into(),
            indicator: "gdp".into(),
            year: 2020,
            target_value: Some(Num(6.5)),
            target_hi: None,
            target_bound: Some(Bound::Approx),
            target_report: Some("2020_某区".into()),
            actual_value: Some(Num(6.1)),
            actual_report: Some("2021_某区".into()),
            gap: Some(Num(-0.4)),
            met: "true".into(),
            unit: "%".into(),
            target_values_stated: Some(1),
            actual_values_stated: Some(1),
            target_subject: Some("地区生产总值".into()),
            actual_subject: Some("地区生产总值".into()),
        }];
        let diffs = [
            diff(Op::Kept, "一、回顾", "一、回顾", "", "一、回顾", "一、回顾"),
            diff(Op::Edited, "增长6.5%。", "增长6%。", "增长[-6.5%-]{+6%+}。", "一、回顾", "一、回顾"),
            diff(Op::Added, "", "推进数字政府建设。", "", "", "一、回顾"),
            diff(Op::Removed, "加强生态环境保护。", "", "", "一、回顾", ""),
            diff(Op::Moved, "建设美丽乡村。", "建设美丽乡村。", "", "一、回顾", "二、安排"),
        ];
        let labels = BTreeMap::from([("gdp".to_string(), "地区生产总值".to_string())]);
        let sources = BTreeMap::from([
            (("2020_某区".to_string(), 3), "地区生产总值增长6.5%左右。".to_string()),
            (("2021_某区".to_string(), 4), "地区生产总值增长6.1%。".to_string()),
        ]);
        let lines: Vec<DiffLine> = diffs.iter().map(DiffRow::line).collect();
        let pairs: Vec<PairSummary> = PairSummary::of(&lines, 3).into_iter().collect();
        f(&SummaryInput {
            reports: &reports,
            panel: &panel,
            tva: &tva,
            pairs: &pairs,
            slogans: &BTreeMap::new(),
            changes: &[],
            sections: &[],
            labels: &labels,
            sources: &sources,
        })
    }

    #[test]
    fn html_numbers_link_to_their_sentences() {
        let h = render(html);
        assert!(
            h.contains("<span class=\"t\"><a href=\"#r0s1\">≈6.5%</a></span><br><span class=\"a\"><a href=\"#r0s2\">6.1%</a></span>"),
            "{h}"
        );
        assert!(h.contains("<li id=\"r0s1\"><span class=\"where\">2020_某区 #3</span> 地区生产总值增长6.5%左右。</li>"));
        // the targets-vs-actuals table cites the same sentences
        assert!(
            h.contains("<td><a href=\"#r0s1\">≈6.5%</a></td><td><a href=\"#r0s2\">6.1%</a></td><td>-0.4%</td>"),
            "{h}"
        );
    }

    #[test]
    fn html_redline_marks_edits_additions_removals_and_moves_up_to_the_limit() {
        let h = render(html);
        assert!(h.contains("Redline: 4 changed sentences"));
        assert!(h.contains("增长<del>6.5%</del><ins>6%</ins>。"));
        assert!(h.contains("<p><ins>推进数字政府建设。</ins></p>"));
        assert!(h.contains("<p><del>加强生态环境保护。</del></p>"));
        // the fourth changed sentence (the move) is over the limit of 3
        assert!(!h.contains("moved from"));
        assert!(h.contains("… 1 more in sentence_diff.csv"));
    }

    #[test]
    fn amounts_read_in_wan_and_yi_of_their_unit() {
        assert_eq!(human(6_700_000_000.0, "元"), "67亿元");
        assert_eq!(human(13_220_000.0, "人"), "1322万人");
        assert_eq!(human(63_600_000_000_000.0, "元"), "63.6万亿元");
        assert_eq!(human(4_500.0, "元"), "4500元");
        assert_eq!(human(6.5, "%"), "6.5%");
        assert_eq!(human(-0.4, "%"), "-0.4%");
    }

    #[test]
    fn markdown_numbers_are_footnotes_to_their_sentences() {
        let md = render(markdown);
        assert!(md.contains("| 地区生产总值 (gdp) | ≈6.5%[^r0s1] / 6.1%[^r0s2] |"), "{md}");
        assert!(md.contains("[^r0s1]: 2020_某区 #3: 地区生产总值增长6.5%左右。"));
    }
}
