//! Any bytes into the loader and validator: it must return a result or problems, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(loaded) = guide_model::load::load_providers(text) {
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
