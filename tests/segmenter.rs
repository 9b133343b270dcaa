//! The pruned jieba dictionary cuts the corpus exactly as jieba's full dictionary does:
//! the same term counts for every report (cuts with HMM) and the same inline-diff
//! tokens for every sentence (cuts without).

mod common;

use baogao::compare::segmenter::{segmenter, CharPairs};
use baogao::compare::{inline, terms};

#[test]
fn the_pruned_dictionary_cuts_the_corpus_as_the_full_one_does() {
    let Some(dir) = common::corpus() else { return };
    let settings = common::settings();
    let cfg = &settings.file.terms;
    let inputs = baogao::ingest::discover(&dir, None).expect("corpus readable").inputs;
    let reports: Vec<_> = inputs.iter().filter_map(|i| baogao::load(i, settings).ok()).collect();
    assert_eq!(reports.len(), 28);
    let pruned = segmenter(cfg, CharPairs::of(reports.iter().map(|r| r.text.as_str())));
    let mut full = jieba_rs::Jieba::new();
    for w in &cfg.user_dict {
        full.add_word(w, None, None);
    }
    for r in &reports {
        let (a, b) = (terms::count_terms(&r.text, &pruned, cfg), terms::count_terms(&r.text, &full, cfg));
        if let Some(k) = (0..a.len().max(b.len())).find(|&k| a.get(k) != b.get(k)) {
            let show = |t: Option<&terms::TermCount>| t.map(|t| (t.term(&r.text), t.count, t.slogan));
            panic!(
                "{}: term {k} is {:?} pruned, {:?} with the full dictionary",
                r.meta.report_id,
                show(a.get(k)),
                show(b.get(k))
            );
        }
        for s in &r.sentences {
            assert_eq!(inline::tokens(&s.text, Some(&pruned)), inline::tokens(&s.text, Some(&full)), "{}", s.text);
        }
    }
}
