//! Any bytes into the loader and validator: it must return a result or problems, never panic,
//! and the app's quick loader must keep and skip exactly the same entries.
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
        }
        let _ = guide_model::config::parse_config(text);
    }
});
