//! summary.md: renders on GitHub. Every number in a table is a footnote to its sentence.

use std::fmt::Write;

use super::view::{quoted, Cited, Index, RegionView};
use super::{push_regions, SummaryInput};

/// summary.md of the whole batch.
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
    let not_read = super::not_read(input.errors);
    if !not_read.is_empty() {
        let _ = writeln!(md, "{not_read}\n");
    }
    push_regions(&mut md, &ix, region);
    md
}

/// The section of one region.
fn region(v: &RegionView) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "## {}\n", v.name);
    let years: Vec<String> = v.years.iter().map(i64::to_string).collect();
    let _ = writeln!(md, "Reports (plan year): {}\n", years.join(", "));
    if let Some(headline) = &v.headline {
        let _ = writeln!(md, "### Headline indicators (target / actual)\n");
        let _ = writeln!(md, "≈ about, ≥ at least, ≤ at most; – not found in the report.\n");
        let header: Vec<String> = headline.years.iter().map(i64::to_string).collect();
        let _ = writeln!(md, "| indicator | {} |", header.join(" | "));
        let _ = writeln!(md, "|---|{}", "---|".repeat(headline.years.len()));
        for row in &headline.rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|cell| {
                    cell.as_ref().map_or(String::new(), |(t, a)| {
                        let dash = |c: &Option<Cited>| match c.as_ref().map(link).filter(|s| !s.is_empty()) {
                            Some(s) => s,
                            None => "–".to_string(),
                        };
                        format!("{} / {}", dash(t), dash(a))
                    })
                })
                .collect();
            let _ = writeln!(md, "| {} | {} |", row.label, cells.join(" | "));
        }
        let _ = writeln!(md);
    }
    for pair in &v.pairs {
        let _ = writeln!(md, "### {} → {}\n", pair.from_year, pair.to_year);
        let _ = writeln!(md, "{}\n", pair.line);
        if !pair.targets.is_empty() {
            let _ = writeln!(md, "Targets for {} against results reported in {}:\n", pair.from_year, pair.to_year);
            let _ = writeln!(md, "| indicator | target | actual | gap | met |\n|---|---|---|---|---|");
            for t in &pair.targets {
                let _ =
                    writeln!(md, "| {} | {} | {} | {} | {} |", t.label, link(&t.target), link(&t.actual), t.gap, t.met);
            }
            let _ = writeln!(md);
        }
        if !pair.most_changed.is_empty() {
            let list: Vec<String> = pair.most_changed.iter().map(|(s, v)| format!("{s} ({v:.2})")).collect();
            let _ = writeln!(md, "Most changed sections: {}.\n", list.join("; "));
        }
        if !pair.new_slogans.is_empty() || !pair.dropped_slogans.is_empty() {
            let (new, dropped) = (quoted(&pair.new_slogans), quoted(&pair.dropped_slogans));
            let _ = writeln!(md, "New slogans: {new}. Dropped slogans: {dropped}.\n");
        }
    }
    if !v.cascade.is_empty() {
        let _ = writeln!(md, "### Targets against the level above\n");
        let _ = writeln!(
            md,
            "| indicator | year | target | level above | its target | difference |\n|---|---|---|---|---|---|"
        );
        for c in &v.cascade {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                c.label, c.year, c.target, c.parent, c.parent_target, c.difference
            );
        }
        let _ = writeln!(md);
    }
    for s in &v.sources {
        // a footnote is one line of a table-free paragraph: no pipes or brackets in it
        let text: String = s.text.chars().map(|c| if matches!(c, '|' | '[' | ']') { ' ' } else { c }).collect();
        let _ = writeln!(md, "[^{}]: {} #{}: {text}", s.anchor, s.report, s.sentence);
    }
    if !v.sources.is_empty() {
        let _ = writeln!(md);
    }
    md
}

/// A number with its footnote, when it has text and a sentence.
fn link(c: &Cited) -> String {
    match &c.anchor {
        Some(a) if !c.text.is_empty() => format!("{}[^{a}]", c.text),
        _ => c.text.clone(),
    }
}
