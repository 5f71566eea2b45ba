//! Filter, search, sort and rank at 10,000 providers (the bundled list repeated), natively.
//! Run: `cargo bench -p guide-model --bench directory` (a report; nothing here is a test).

use criterion::{criterion_group, criterion_main, Criterion};
use guide_model::directory::filters::Filters;
use guide_model::directory::index::Index;
use guide_model::finder::{assess, Profile, Records};
use guide_model::load::load_providers;

const BUNDLED: &str = include_str!("../../../public/providers.json");

fn bench(c: &mut Criterion) {
    let text = guide_model::synthetic::scaled(BUNDLED, 10_000).expect("scaled");
    let loaded = load_providers(&text).expect("loads");
    assert_eq!(loaded.dataset.providers.len(), 10_000);
    let providers = &loaded.dataset.providers;
    let index = Index::build(providers);
    let facets = Filters::from_pairs([("m", "ct,mri"), ("urgent", "120,unknown"), ("sort", "urgent")]);
    let search = Filters::from_pairs([("q", "ﾏﾝﾓｸﾞﾗﾌｨ 読影")]);
    let profile = Profile::from_pairs([
        ("m", "pet"),
        ("urgent", "120"),
        ("hours", "weekends"),
        ("prio", "time,quality"),
    ]);
    c.bench_function("load+validate 10k", |b| {
        b.iter(|| load_providers(&text).map(|l| l.dataset.providers.len()))
    });
    c.bench_function("index 10k", |b| b.iter(|| Index::build(providers)));
    c.bench_function("filter facets+sort 10k", |b| b.iter(|| index.apply(&facets).len()));
    c.bench_function("search 10k", |b| b.iter(|| index.apply(&search).len()));
    c.bench_function("facet counts 10k", |b| {
        b.iter(|| index.counts(&facets, guide_model::directory::facet::Facet::Urgent))
    });
    c.bench_function("finder records 10k", |b| b.iter(|| Records::build(providers, &index).rows.len()));
    let records = Records::build(providers, &index);
    c.bench_function("finder rank 10k", |b| b.iter(|| assess(providers, &records, &profile).len()));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
