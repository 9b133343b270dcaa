//! summary.html: one self-contained page (no network fetches), with a chart per
//! headline indicator and the redlines of every pair.

use std::fmt::Write;

use super::view::{quoted, ByYear, Cited, Index, RegionView};
use super::{push_regions, SummaryInput};
use crate::output::html::{esc, page_head};
use crate::output::schema::Num;

/// summary.html of the whole batch.
pub fn html(input: &SummaryInput) -> String {
    let ix = Index::new(input);
    let mut h = page_head("baogao summary");
    let _ = writeln!(
        h,
        "<h1>baogao summary</h1><p>{} reports, {} regions. Values are in the base unit (元, 人, %); each links to the sentence it came from.</p>",
        input.reports.len(),
        ix.regions().len()
    );
    let not_read = super::not_read(input.errors);
    if !not_read.is_empty() {
        let _ = writeln!(h, "<p class=\"not-read\">{}</p>", esc(&not_read));
    }
    let _ = writeln!(h, "<nav><ul>");
    for (k, region) in ix.regions().iter().enumerate() {
        let _ = writeln!(h, "<li><a href=\"#r{k}\">{}</a></li>", esc(region));
    }
    let _ = writeln!(h, "</ul></nav>");
    push_regions(&mut h, &ix, region);
    let _ = writeln!(h, "</body></html>");
    h
}

/// The section of one region.
fn region(v: &RegionView) -> String {
    let mut h = String::new();
    let _ = writeln!(h, "<section id=\"r{}\"><h2>{}</h2>", v.index, esc(v.name));
    if let Some(headline) = &v.headline {
        let _ = write!(h, "<h3>Headline indicators</h3><p class=\"legend\"><span class=\"t\">target</span> above <span class=\"a\">actual</span>; ≈ about, ≥ at least, ≤ at most.</p><table><tr><th>indicator</th>");
        for y in &headline.years {
            let _ = write!(h, "<th>{y}</th>");
        }
        let _ = writeln!(h, "</tr>");
        for row in &headline.rows {
            let _ = write!(h, "<tr><td>{}</td>", esc(&row.label));
            for cell in &row.cells {
                let (t, a) = cell.as_ref().map_or((None, None), |(t, a)| (t.as_ref(), a.as_ref()));
                let (target, actual) = (t.map(link).unwrap_or_default(), a.map(link).unwrap_or_default());
                let _ = write!(h, "<td><span class=\"t\">{target}</span><br><span class=\"a\">{actual}</span></td>");
            }
            let _ = writeln!(h, "</tr>");
        }
        let _ = writeln!(h, "</table><div class=\"charts\">");
        for row in &headline.rows {
            let _ = writeln!(h, "<figure><figcaption>{}</figcaption>{}</figure>", esc(&row.label), chart(&row.by_year));
        }
        let _ = writeln!(h, "</div>");
    }
    for pair in &v.pairs {
        let _ = writeln!(h, "<h3>{} → {}</h3><p>{}</p>", pair.from_year, pair.to_year, pair.line);
        if !pair.targets.is_empty() {
            let _ =
                writeln!(h, "<table><tr><th>indicator</th><th>target</th><th>actual</th><th>gap</th><th>met</th></tr>");
            for t in &pair.targets {
                let _ = writeln!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"met-{}\">{}</td></tr>",
                    esc(&t.label),
                    link(&t.target),
                    link(&t.actual),
                    t.gap,
                    t.met,
                    t.met
                );
            }
            let _ = writeln!(h, "</table>");
        }
        if !pair.most_changed.is_empty() {
            let list: Vec<String> = pair.most_changed.iter().map(|(s, v)| format!("{} ({v:.2})", esc(s))).collect();
            let _ = writeln!(h, "<p>Most changed sections: {}.</p>", list.join("; "));
        }
        let (new, dropped) = (quoted(&pair.new_slogans), quoted(&pair.dropped_slogans));
        let _ = writeln!(h, "<p>New slogans: {}. Dropped slogans: {}.</p>", esc(&new), esc(&dropped));
        if let Some(redline) = pair.redline {
            h.push_str(redline);
        }
    }
    cascade(&mut h, v);
    if !v.sources.is_empty() {
        let _ = writeln!(h, "<h3>Sources</h3><ol class=\"sources\">");
        for s in &v.sources {
            let _ = writeln!(
                h,
                "<li id=\"{}\"><span class=\"where\">{} #{}</span> {}</li>",
                s.anchor,
                esc(s.report),
                s.sentence,
                esc(s.text)
            );
        }
        let _ = writeln!(h, "</ol>");
    }
    let _ = writeln!(h, "</section>");
    h
}

/// The region's targets against the level above's, when it has any.
fn cascade(h: &mut String, v: &RegionView) {
    if v.cascade.is_empty() {
        return;
    }
    let _ = writeln!(h, "<h3>Targets against the level above</h3><p class=\"legend\">difference: the region's most ambitious end minus the level above's (targets_cascade.csv).</p>");
    let _ = writeln!(h, "<table><tr><th>indicator</th><th>year</th><th>target</th><th>level above</th><th>its target</th><th>difference</th></tr>");
    for c in &v.cascade {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.label),
            c.year,
            esc(&c.target),
            esc(&c.parent),
            esc(&c.parent_target),
            esc(&c.difference)
        );
    }
    let _ = writeln!(h, "</table>");
}

/// A number linked to its sentence, when it has text and a sentence.
fn link(c: &Cited) -> String {
    match &c.anchor {
        Some(a) if !c.text.is_empty() => format!("<a href=\"#{a}\">{}</a>", esc(&c.text)),
        _ => esc(&c.text),
    }
}

/// Room right of the last year, so its label is not cut off.
const RIGHT: f64 = 24.0;

/// An SVG line chart: actuals solid, targets dashed, years on x, values on y.
fn chart(by_year: &ByYear) -> String {
    let pts = |actual: bool| -> Vec<(i64, f64)> {
        by_year
            .iter()
            .filter_map(|(y, (t, a))| if actual { *a } else { *t }.and_then(|p| p.value).map(|v| (*y, v)))
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
