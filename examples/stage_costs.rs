//! Where the compare stage's time goes, on a folder of reports:
//! `cargo run --release --example stage_costs -- ../shared/corpus`
use std::time::Instant;

use baogao::{compare, config, ingest};

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus".into());
    let settings = config::builtin_settings(baogao::config::Overrides::default())?;
    let inputs = ingest::discover(std::path::Path::new(&dir), None)?.inputs;
    let mut reports: Vec<_> = inputs.iter().filter_map(|i| baogao::load(i, &settings).ok()).collect();
    reports.sort_by(|a, b| (&a.meta.region, a.meta.year).cmp(&(&b.meta.region, b.meta.year)));
    let metas: Vec<_> = reports.iter().map(|r| &r.meta).collect();
    let pairs = compare::consecutive_pairs(&metas);
    let t = Instant::now();
    let seen = compare::segmenter::CharPairs::of(reports.iter().map(|r| r.text.as_str()));
    let jieba = compare::segmenter::segmenter(&settings.file.terms, seen);
    println!("jieba load pruned  {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    for r in &reports {
        compare::terms::count_terms(&r.text, &jieba, &settings.file.terms);
    }
    println!("terms             {:>8.3} s", t.elapsed().as_secs_f64());
    let cfg = compare::align_config(&settings.file.compare);
    let t = Instant::now();
    for &(a, b) in &pairs {
        let old: Vec<&str> = reports[a].sentences.iter().map(|s| s.text.as_str()).collect();
        let new: Vec<&str> = reports[b].sentences.iter().map(|s| s.text.as_str()).collect();
        compare::align::align(&old, &new, cfg);
    }
    println!("align             {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    for &(a, b) in &pairs {
        compare::diff_reports(&reports[a], &reports[b], &settings.file.compare, Some(&jieba));
    }
    println!("align+inline     {:>8.3} s", t.elapsed().as_secs_f64());
    Ok(())
}
