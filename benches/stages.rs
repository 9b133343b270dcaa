//! Criterion benchmarks of the hot stages, so a regression shows up stage by stage.
//! Uses ../shared/corpus (or $BAOGAO_CORPUS) when present, else the seed report.
//!
//!     cargo bench --bench stages

use std::hint::black_box;
use std::path::{Path, PathBuf};

use baogao::compare::{align, inline, segmenter, terms};
use baogao::config::builtin_settings;
use baogao::config::Overrides;
use baogao::extract::Extractor;
use baogao::ingest::{discover, read};
use baogao::model::Report;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn inputs() -> PathBuf {
    let corpus = std::env::var_os("BAOGAO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if corpus.is_dir() {
        corpus
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
    }
}

fn reports() -> Vec<Report> {
    let settings = builtin_settings(Overrides::default()).unwrap();
    let mut v: Vec<Report> =
        discover(&inputs(), None).unwrap().inputs.iter().filter_map(|i| baogao::load(i, &settings).ok()).collect();
    v.sort_by(|a, b| (&a.meta.region, a.meta.year).cmp(&(&b.meta.region, b.meta.year)));
    v
}

fn stages(c: &mut Criterion) {
    let settings = builtin_settings(Overrides::default()).unwrap();
    let docs: Vec<_> =
        discover(&inputs(), None).unwrap().inputs.iter().filter_map(|i| read(i, u64::MAX).ok()).collect();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let reports = reports();
    let extractor = Extractor::new(&settings);

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("normalize", |b| {
        b.iter(|| docs.iter().map(|d| baogao::normalize::normalize(black_box(&d.text)).text.len()).sum::<usize>())
    });
    g.bench_function("prepare (normalize+meta+segment)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| baogao::prepare(d.clone(), &settings).map(|r| r.sentences.len()).unwrap_or(0))
                .sum::<usize>()
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| reports.iter().map(|r| extractor.extract(black_box(r)).len()).sum::<usize>())
    });
    let jieba =
        segmenter::segmenter(&settings.file.terms, segmenter::CharPairs::of(reports.iter().map(|r| r.text.as_str())));
    g.bench_function("terms", |b| {
        b.iter(|| {
            reports.iter().map(|r| terms::count_terms(&r.text, &jieba, &settings.file.terms).len()).sum::<usize>()
        })
    });
    g.finish();

    c.bench_function("gazetteer parse", |b| {
        b.iter(|| {
            let table = black_box(include_str!("../src/meta/gazetteer.tsv"));
            baogao::meta::gazetteer::Gazetteer::parse(table).map(|g| g.iter().count()).unwrap_or(0)
        })
    });

    if reports.len() >= 2 {
        let (a, b) = (&reports[reports.len() - 2], &reports[reports.len() - 1]);
        let old: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        let new: Vec<&str> = b.sentences.iter().map(|s| s.text.as_str()).collect();
        let cfg = baogao::compare::align_config(&settings.file.compare);
        c.bench_function("align one pair", |bench| {
            bench.iter(|| align::align(black_box(&old), black_box(&new), cfg).len())
        });
        let edited: Vec<(&str, &str)> = align::align(&old, &new, cfg)
            .iter()
            .filter(|x| x.op == baogao::model::Op::Edited)
            .map(|x| (old[x.from.unwrap()], new[x.to.unwrap()]))
            .collect();
        let deadline = std::time::Duration::from_millis(50);
        c.bench_function("inline diff of a pair's edits", |bench| {
            bench.iter(|| edited.iter().map(|(x, y)| inline::edits(x, y, Some(&jieba), deadline).len()).sum::<usize>())
        });
        c.bench_function("diff_reports one pair", |bench| {
            bench.iter(|| baogao::compare::diff_reports(a, b, &settings.file.compare, Some(&jieba)).len())
        });
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
