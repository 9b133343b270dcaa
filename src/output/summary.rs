//! Tables -> summary.md and summary.html, the pages a person reads.
//!
//! Per region: the headline indicators over the years (target and actual side by
//! side) and, in HTML, an SVG chart per indicator (targets dashed, actuals solid).
//! Per consecutive pair: targets against actuals, overall similarity, the sections
//! that changed most, new and dropped slogans, and (HTML) the redline of edited and
//! moved sentences. No timestamps or paths: two runs give identical bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::compare::inline::{spans, Span};
use crate::model::{Change, Kind, Op};
use crate::output::schema::{DiffRow, Num, PanelRow, ReportRow, SectionRow, TargetActualRow, TermChangeRow, TermRow};

/// Everything the summaries show.
pub struct SummaryInput<'a> {
    pub reports: &'a [ReportRow],
    pub panel: &'a [PanelRow],
    pub tva: &'a [TargetActualRow],
    pub diffs: &'a [DiffRow],
    pub terms: &'a [TermRow],
    pub changes: &'a [TermChangeRow],
    pub sections: &'a [SectionRow],
    /// indicator id -> Chinese label
    pub labels: &'a BTreeMap<String, String>,
    /// How many redline rows per pair the HTML shows.
    pub redline_limit: usize,
}

struct Pair<'a> {
    from: &'a ReportRow,
    to: &'a ReportRow,
    rows: Vec<&'a DiffRow>,
}

impl<'a> SummaryInput<'a> {
    fn regions(&self) -> Vec<&'a str> {
        self.reports.iter().map(|r| r.region.as_str()).collect::<BTreeSet<_>>().into_iter().collect()
    }

    fn reports_of(&self, region: &str) -> Vec<&'a ReportRow> {
        let mut v: Vec<&ReportRow> = self.reports.iter().filter(|r| r.region == region).collect();
        v.sort_by_key(|r| (r.year, r.report_id.clone()));
        v
    }

    fn pairs_of(&self, region: &str) -> Vec<Pair<'a>> {
        let reports = self.reports_of(region);
        reports
            .windows(2)
            .map(|w| Pair {
                from: w[0],
                to: w[1],
                rows: self
                    .diffs
                    .iter()
                    .filter(|d| d.from_report == w[0].report_id && d.to_report == w[1].report_id)
                    .collect(),
            })
            .collect()
    }

    /// The sections of the newer report that changed most (lowest similarity first).
    fn most_changed(&self, pair: &Pair) -> Vec<(&'a str, f64)> {
        let mut v: Vec<(&str, f64)> = self
            .sections
            .iter()
            .filter(|s| {
                s.from_report == pair.from.report_id && s.to_report == pair.to.report_id && !s.to_section.is_empty()
            })
            .map(|s| (s.to_section.as_str(), s.similarity.0))
            .collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(b.0)));
        v.truncate(3);
        v
    }

    fn label(&self, id: &str) -> String {
        self.labels.get(id).map_or_else(|| id.to_string(), |l| format!("{l} ({id})"))
    }

    fn slogans(&self, pair: &Pair, change: Change) -> Vec<&'a str> {
        let slogan_terms: BTreeSet<&str> =
            self.terms.iter().filter(|t| t.slogan && t.region == pair.to.region).map(|t| t.term.as_str()).collect();
        self.changes
            .iter()
            .filter(|c| {
                c.region == pair.to.region
                    && c.from_year == pair.from.year
                    && c.to_year == pair.to.year
                    && c.change == change
            })
            .filter(|c| slogan_terms.contains(c.term.as_str()))
            .map(|c| c.term.as_str())
            .collect()
    }
}

fn num(v: Option<Num>) -> String {
    v.map(|n| n.text()).unwrap_or_default()
}

/// Similarity of a pair: matched characters over all characters.
fn similarity(rows: &[&DiffRow]) -> f64 {
    let (mut same, mut total) = (0.0, 0.0);
    for r in rows {
        let w = (r.from_text.chars().count() + r.to_text.chars().count()) as f64;
        same += r.similarity.0 * w;
        total += w;
    }
    if total > 0.0 {
        same / total
    } else {
        1.0
    }
}

fn op_counts(rows: &[&DiffRow]) -> String {
    let count = |op: Op| rows.iter().filter(|r| r.op == op).count();
    [Op::Kept, Op::Edited, Op::Moved, Op::Added, Op::Removed]
        .iter()
        .map(|&op| format!("{} {}", op, count(op)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Headline values of a region: indicator -> year -> (target, actual).
type Series<'a> = BTreeMap<&'a str, BTreeMap<i64, (Option<&'a PanelRow>, Option<&'a PanelRow>)>>;

fn series<'a>(panel: &'a [PanelRow], region: &str) -> Series<'a> {
    let mut out: Series = BTreeMap::new();
    for p in panel.iter().filter(|p| p.region == region) {
        let e = out.entry(p.indicator.as_str()).or_default().entry(p.year).or_default();
        match p.kind {
            Kind::Target => e.0 = Some(p),
            Kind::Actual => e.1 = Some(p),
        }
    }
    out
}

fn stated(p: Option<&PanelRow>) -> String {
    match p {
        None => String::new(),
        Some(p) if p.bound == crate::model::Bound::Absent => "not set".into(),
        Some(p) => {
            let hi = p.value_hi.map(|h| format!("–{}", h.text())).unwrap_or_default();
            let bound = match p.bound.as_str() {
                "eq" | "range" => String::new(),
                b => format!(" ({b})"),
            };
            format!("{}{}{}{}", num(p.value), hi, if p.unit == "%" { "%" } else { "" }, bound)
        }
    }
}

/// summary.md: renders on GitHub.
pub fn markdown(input: &SummaryInput) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# baogao summary\n");
    let _ = writeln!(
        md,
        "{} reports, {} regions. Values are in the base unit (元, 人, %).\n",
        input.reports.len(),
        input.regions().len()
    );
    for region in input.regions() {
        let _ = writeln!(md, "## {region}\n");
        let reports = input.reports_of(region);
        let years: Vec<String> = reports.iter().map(|r| r.year.to_string()).collect();
        let _ = writeln!(md, "Reports (plan year): {}\n", years.join(", "));
        let s = series(input.panel, region);
        if !s.is_empty() {
            let _ = writeln!(md, "### Headline indicators (target / actual)\n");
            let all_years: BTreeSet<i64> = s.values().flat_map(|m| m.keys().copied()).collect();
            let _ = writeln!(
                md,
                "| indicator | {} |",
                all_years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(" | ")
            );
            let _ = writeln!(md, "|---|{}", "---|".repeat(all_years.len()));
            for (id, by_year) in &s {
                let cells: Vec<String> = all_years
                    .iter()
                    .map(|y| by_year.get(y).map_or(String::new(), |(t, a)| format!("{} / {}", stated(*t), stated(*a))))
                    .collect();
                let _ = writeln!(md, "| {} | {} |", input.label(id), cells.join(" | "));
            }
            let _ = writeln!(md);
        }
        for pair in input.pairs_of(region) {
            let _ = writeln!(md, "### {} → {}\n", pair.from.year, pair.to.year);
            let (sim, sections) = (similarity(&pair.rows), input.most_changed(&pair));
            let _ = writeln!(md, "Similarity {:.2}; sentences: {}.\n", sim, op_counts(&pair.rows));
            let tva: Vec<&TargetActualRow> =
                input.tva.iter().filter(|t| t.region == region && t.year == pair.from.year).collect();
            if !tva.is_empty() {
                let _ = writeln!(md, "Targets for {} against results reported in {}:\n", pair.from.year, pair.to.year);
                let _ = writeln!(md, "| indicator | target | actual | gap | met |\n|---|---|---|---|---|");
                for t in tva {
                    let target = format!(
                        "{}{}",
                        num(t.target_value),
                        t.target_bound.map(|b| format!(" ({b})")).unwrap_or_default()
                    );
                    let _ = writeln!(
                        md,
                        "| {} | {} | {} | {} | {} |",
                        input.label(&t.indicator),
                        target,
                        num(t.actual_value),
                        num(t.gap),
                        t.met
                    );
                }
                let _ = writeln!(md);
            }
            if !sections.is_empty() {
                let list: Vec<String> = sections.iter().map(|(s, v)| format!("{s} ({v:.2})")).collect();
                let _ = writeln!(md, "Most changed sections: {}.\n", list.join("; "));
            }
            let (new, dropped) = (input.slogans(&pair, Change::New), input.slogans(&pair, Change::Dropped));
            if !new.is_empty() || !dropped.is_empty() {
                let _ = writeln!(md, "New slogans: {}. Dropped slogans: {}.\n", quoted(&new), quoted(&dropped));
            }
        }
    }
    md
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
.met-true{color:#070}.met-false{color:#b00}nav ul{columns:2}@media print{nav{display:none}}";

/// summary.html: one self-contained page.
pub fn html(input: &SummaryInput) -> String {
    let mut h = String::new();
    let _ = write!(h, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>baogao summary</title><style>{CSS}</style></head><body>\n");
    let _ = writeln!(
        h,
        "<h1>baogao summary</h1><p>{} reports, {} regions. Values are in the base unit (元, 人, %).</p>",
        input.reports.len(),
        input.regions().len()
    );
    let _ = writeln!(h, "<nav><ul>");
    for (k, region) in input.regions().iter().enumerate() {
        let _ = writeln!(h, "<li><a href=\"#r{k}\">{}</a></li>", esc(region));
    }
    let _ = writeln!(h, "</ul></nav>");
    for (k, region) in input.regions().iter().enumerate() {
        let _ = writeln!(h, "<section id=\"r{k}\"><h2>{}</h2>", esc(region));
        for (id, by_year) in &series(input.panel, region) {
            let _ = writeln!(h, "<h3>{}</h3>{}", esc(&input.label(id)), chart(by_year));
        }
        for pair in input.pairs_of(region) {
            let (sim, sections) = (similarity(&pair.rows), input.most_changed(&pair));
            let _ = writeln!(
                h,
                "<h3>{} → {}</h3><p>Similarity {:.2}; sentences: {}.</p>",
                pair.from.year,
                pair.to.year,
                sim,
                op_counts(&pair.rows)
            );
            let tva: Vec<&TargetActualRow> =
                input.tva.iter().filter(|t| t.region == **region && t.year == pair.from.year).collect();
            if !tva.is_empty() {
                let _ = writeln!(
                    h,
                    "<table><tr><th>indicator</th><th>target</th><th>actual</th><th>gap</th><th>met</th></tr>"
                );
                for t in tva {
                    let _ = writeln!(
                        h,
                        "<tr><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td class=\"met-{}\">{}</td></tr>",
                        esc(&input.label(&t.indicator)),
                        num(t.target_value),
                        t.target_bound.map(|b| format!(" ({b})")).unwrap_or_default(),
                        num(t.actual_value),
                        num(t.gap),
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
            let (new, dropped) = (input.slogans(&pair, Change::New), input.slogans(&pair, Change::Dropped));
            let _ =
                writeln!(h, "<p>New slogans: {}. Dropped slogans: {}.</p>", esc(&quoted(&new)), esc(&quoted(&dropped)));
            let changed: Vec<&&DiffRow> =
                pair.rows.iter().filter(|r| !r.inline.is_empty()).take(input.redline_limit).collect();
            if !changed.is_empty() {
                let _ = writeln!(
                    h,
                    "<details><summary>Redline: {} changed sentences</summary><div class=\"redline\">",
                    changed.len()
                );
                for r in changed {
                    let class = if r.op == Op::Moved { " class=\"moved\" title=\"moved\"" } else { "" };
                    let _ = write!(h, "<p{class}>");
                    for span in spans(&r.inline) {
                        let _ = match span {
                            Span::Same(s) => write!(h, "{}", esc(&s)),
                            Span::Deleted(s) => write!(h, "<del>{}</del>", esc(&s)),
                            Span::Inserted(s) => write!(h, "<ins>{}</ins>", esc(&s)),
                        };
                    }
                    let _ = writeln!(h, "</p>");
                }
                let _ = writeln!(h, "</div></details>");
            }
        }
        let _ = writeln!(h, "</section>");
    }
    let _ = writeln!(h, "</body></html>");
    h
}

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
        left + if x1 == x0 { (w - left - 10.0) / 2.0 } else { (x - x0) as f64 / (x1 - x0) as f64 * (w - left - 10.0) }
    };
    let sy = |y: f64| 10.0 + (y1 - y) / (y1 - y0) * (hgt - bottom - 10.0);
    let mut s = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {hgt}\" width=\"{w}\" height=\"{hgt}\" role=\"img\">");
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>",
        hgt - bottom,
        w - 10.0,
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
