//! The tables built from the whole batch (reports, panel, targets against actuals,
//! section and term changes, errors) and the summaries, written while the writer
//! thread finishes the streamed tables.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::batches::Analysis;
use crate::across::cascade::{self, Cascade, RegionYear};
use crate::across::reuse;
use crate::compare::panel::{self, PanelCell};
use crate::config::{Format, Settings};
use crate::error::RunError;
use crate::output::schema::*;
use crate::output::summary::{self, SummaryInput};
use crate::output::{rows, write_table, Chunk, OutputSet, TableSink};
use crate::progress::{Mode, StageProgress};

/// What is left of the whole-batch stage once its tables and summaries are written.
pub struct Written {
    pub report_rows: Vec<ReportRow>,
    pub counts: BTreeMap<&'static str, usize>,
    pub bar: StageProgress,
    /// the time of the across-regions stage (cascade and reuse)
    pub across: std::time::Duration,
}

/// Build the panel and targets against actuals from the batch's mentions, then write
/// every whole-batch table and the two summaries, all synced and renamed at once.
pub fn write(
    analysis: Analysis,
    error_rows: &[ErrorRow],
    set: &OutputSet,
    settings: &Settings,
    mode: Mode,
) -> Result<Written, RunError> {
    let Analysis { report_rows, mentions, sources, pairs, sections, changes, slogans, warnings: _, reuse } = analysis;
    let head = panel::headline_frame(&mentions)?;
    drop(mentions);
    let (cells, tva) = rayon::join(|| panel::panel(&head, settings), || panel::targets_vs_actuals(&head, settings));
    let (cells, mut tva) = (cells?, tva?);
    panel::flag_targets_vs_actuals(&mut tva, &cells);
    let (bom, parquet) = (settings.excel_bom, settings.formats.contains(&Format::Parquet));
    let mut across_bar = StageProgress::start(mode, "across", 1);
    let (cascades, mut counts) =
        across_bar.time(|_| across(&cells, &report_rows, reuse.as_ref(), set, settings, (bom, parquet)))?;
    let across = across_bar.finish(&format!(
        "{} targets against the level above, {} passages found elsewhere",
        cascades.len(),
        counts.get(ReuseRow::NAME).copied().unwrap_or(0)
    ));
    drop(reuse);
    let write = StageProgress::start(mode, "write", 2);
    // the summaries link only the sentences of the panel's cells
    let cited: BTreeSet<(&str, i64)> = cells.iter().map(|p| (p.report_id.as_str(), p.sentence_id)).collect();
    let sources: BTreeMap<(String, i64), String> =
        sources.into_iter().filter(|((r, s), _)| cited.contains(&(r.as_str(), *s))).collect();
    let labels: BTreeMap<String, String> =
        settings.file.indicators.iter().map(|d| (d.id.clone(), d.label.clone())).collect();
    let summary = SummaryInput {
        reports: &report_rows,
        panel: &cells,
        tva: &tva,
        pairs: &pairs,
        slogans: &slogans,
        changes: &changes,
        sections: &sections,
        labels: &labels,
        sources: &sources,
        cascades: &cascades,
        errors: error_rows,
    };
    // summary.html, the longest to make, starts at once; summary.md and then the tables
    // on the other worker. Every file is synced in the background, all at once.
    let summary_file = |name: &str, render: fn(&SummaryInput) -> String| {
        let text = render(&summary);
        set.write(name, |w| w.write_all(text.as_bytes()))
    };
    let html = || summary_file("summary.html", summary::html);
    let md = || summary_file("summary.md", summary::markdown);
    let tables = || -> Result<BTreeMap<&'static str, usize>, RunError> {
        let panel_rows: Vec<PanelRow> = cells.iter().map(rows::panel_row).collect();
        let tva_rows: Vec<TargetActualRow> = tva.iter().map(rows::target_actual_row).collect();
        let mut counts = BTreeMap::new();
        counts.insert(ReportRow::NAME, write_table(set, &report_rows, bom, parquet)?);
        counts.insert(PanelRow::NAME, write_table(set, &panel_rows, bom, parquet)?);
        counts.insert(TargetActualRow::NAME, write_table(set, &tva_rows, bom, parquet)?);
        counts.insert(SectionRow::NAME, write_table(set, &sections, bom, parquet)?);
        counts.insert(TermChangeRow::NAME, write_table(set, &changes, bom, parquet)?);
        counts.insert(ErrorRow::NAME, write_table(set, error_rows, bom, parquet)?);
        write.inc();
        Ok(counts)
    };
    let (html, (md, counts_of_tables)) = rayon::join(html, || rayon::join(md, tables));
    counts.extend(counts_of_tables?);
    md?;
    html?;
    write.inc();
    Ok(Written { report_rows, counts, bar: write, across })
}

/// The across-regions tables: targets_cascade.csv, and reuse.csv and
/// reuse_summary.csv (header only when the batch has no year with several regions).
/// The cascade, for the summaries, and the rows written per table.
fn across(
    cells: &[PanelCell],
    report_rows: &[ReportRow],
    index: Option<&reuse::Index>,
    set: &OutputSet,
    settings: &Settings,
    (bom, parquet): (bool, bool),
) -> Result<(Vec<Cascade>, BTreeMap<&'static str, usize>), RunError> {
    let cfg = &settings.file.across;
    let cascades = if cfg.cascade {
        let reports: Vec<RegionYear> = report_rows
            .iter()
            .map(|r| RegionYear {
                region: r.region.clone(),
                year: r.year,
                parent_region: r.parent_region.clone(),
                level: r.level.clone(),
            })
            .collect();
        cascade::cascade(cells, &reports, settings)
    } else {
        Vec::new()
    };
    let mut counts = BTreeMap::new();
    let cascade_rows: Vec<CascadeRow> = cascades.iter().map(rows::cascade_row).collect();
    counts.insert(CascadeRow::NAME, write_table(set, &cascade_rows, bom, parquet)?);
    let found = index.map(|i| reuse::find(i, cfg)).unwrap_or_default();
    let mut sink = TableSink::<ReuseRow>::create(set, bom, parquet)?;
    // a few hundred thousand rows at a time: the CSV of a big batch is never held whole
    for group in found.matches.chunks(1 << 16) {
        let chunks: Vec<Chunk<ReuseRow>> = group
            .par_chunks(4096)
            .map(|c| Chunk::of(c.iter().filter_map(|m| index.map(|i| rows::reuse_row(i, m))).collect(), parquet))
            .collect::<Result<_, _>>()?;
        sink.push(&chunks)?;
    }
    counts.insert(ReuseRow::NAME, sink.finish(set)?);
    let summary_rows: Vec<ReuseSummaryRow> = match index {
        Some(i) => found.reports.iter().map(|s| rows::reuse_summary_row(i, s)).collect(),
        None => Vec::new(),
    };
    counts.insert(ReuseSummaryRow::NAME, write_table(set, &summary_rows, bom, parquet)?);
    Ok((cascades, counts))
}
