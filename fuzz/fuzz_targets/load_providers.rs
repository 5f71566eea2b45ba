//! Any bytes into the loader and validator: it must return a result or problems, never panic,
//! and the app's quick loader must keep and skip exactly the same entries. What loads goes on
//! through the directory index and the finder.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let full = guide_model::load::load_providers(text);
        let quick = guide_model::load::load_providers_quick(text);
        match (&full, &quick) {
            (Ok(f), Ok(q)) => {
                assert_eq!(f.dataset, q.dataset, "the quick loader keeps the same entries");
                let entries =
                    |l: &guide_model::load::Loaded| l.problems.iter().map(|p| p.index).collect::<Vec<_>>();
                assert_eq!(entries(f), entries(q), "the quick loader skips the same entries");
            }
            // The same file-level failure (the quick one may not name the path inside `sources`).
            (Err(f), Err(q)) => assert_eq!(std::mem::discriminant(f), std::mem::discriminant(q)),
            _ => panic!("one loader read the file, the other did not"),
        }
        if let Ok(loaded) = full {
            // Everything that loaded must be usable by the directory and the clock.
            let index = guide_model::directory::index::Index::build(&loaded.dataset.providers);
            let filters = guide_model::directory::filters::Filters::default();
            let _ = index.apply(&filters);
            let _ = index.all_counts(&index.matching(&filters.q), &filters);
            for p in &loaded.dataset.providers {
                let _ = guide_model::conflicts::conflicts(p);
            }
            // The finder ranks on records built from the index; its explanations read the
            // provider itself, and both must agree.
            let providers = &loaded.dataset.providers;
            let records = guide_model::finder::Records::build(providers, &index);
            let profile = guide_model::finder::Profile::from_pairs([
                ("type", "acute"),
                ("m", "ct,pet"),
                ("vol", "low"),
                ("hours", "weekday,nights,weekends"),
                ("urgent", "120"),
                ("prio", "time,quality,security"),
                ("region", "kanto"),
            ]);
            for a in guide_model::finder::assess(providers, &records, &profile) {
                let reasons = guide_model::finder::explain(&providers[a.index], &profile);
                assert_eq!(a.score, reasons.iter().map(|r| r.points).sum::<i32>(), "score = points shown");
            }
        }
        let _ = guide_model::config::parse_config(text);
    }
});
