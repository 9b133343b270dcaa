//! The tables built from the whole batch (reports, panel, targets against actuals,
//! section and term changes, errors) and the summaries, written while the writer
//! thread finishes the streamed tables.

use std::collections::{BTreeMap, BTreeSet};

use super::batches::Analysis;
use crate::compare::panel;
use crate::config::{Format, Settings};
use crate::error::RunError;
use crate::output::schema::*;
use crate::output::summary::{self, SummaryInput};
use crate::output::{rows, write_table, OutputSet};
use crate::progress::{Mode, StageProgress};

/// What is left of the whole-batch stage once its tables and summaries are written.
pub struct Written {
    pub report_rows: Vec<ReportRow>,
    pub counts: BTreeMap<&'static str, usize>,
    pub bar: StageProgress,
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
    let write = StageProgress::start(mode, "write", 2);
    let Analysis { report_rows, mentions, sources, pairs, sections, changes, slogans, warnings: _ } = analysis;
    let head = panel::headline_frame(&mentions)?;
    drop(mentions);
    let (cells, tva) = rayon::join(|| panel::panel(&head, settings), || panel::targets_vs_actuals(&head, settings));
    let (cells, mut tva) = (cells?, tva?);
    panel::flag_targets_vs_actuals(&mut tva, &cells);
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
        let (bom, parquet) = (settings.excel_bom, settings.formats.contains(&Format::Parquet));
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
    let (html, (md, counts)) = rayon::join(html, || rayon::join(md, tables));
    let counts = counts?;
    md?;
    html?;
    write.inc();
    Ok(Written { report_rows, counts, bar: write })
}
