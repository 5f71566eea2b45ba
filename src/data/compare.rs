//! The compare list: up to four provider ids, kept across pages and, where the browser allows
//! it, across visits (localStorage may be blocked in an iframe: then it lives in memory only).

use leptos::prelude::*;

/// How many providers can be compared at once.
pub const MAX_COMPARE: usize = 4;

const STORAGE_KEY: &str = "teleradiology-guide.compare";

/// The compare list context.
#[derive(Clone, Copy)]
pub struct CompareList {
    pub ids: RwSignal<Vec<String>>,
}

impl CompareList {
    /// Whether `id` is in the list (tracked).
    pub fn contains(self, id: &str) -> bool {
        self.ids.with(|ids| ids.iter().any(|x| x == id))
    }

    /// Adds or removes `id`; adding to a full list does nothing and returns false.
    pub fn toggle(self, id: &str) -> bool {
        let mut changed = true;
        self.ids.update(|ids| {
            if let Some(pos) = ids.iter().position(|x| x == id) {
                ids.remove(pos);
            } else if ids.len() < MAX_COMPARE {
                ids.push(id.to_string());
            } else {
                changed = false;
            }
        });
        save(&self.ids.get_untracked());
        changed
    }

    /// Makes the list `ids` (at most [`MAX_COMPARE`] of them).
    pub fn replace(self, mut ids: Vec<String>) {
        ids.truncate(MAX_COMPARE);
        save(&ids);
        self.ids.set(ids);
    }

    /// Empties the list.
    pub fn clear(self) {
        self.ids.set(Vec::new());
        save(&[]);
    }
}

/// Creates the compare list from storage and provides it.
pub fn provide_compare_list() -> CompareList {
    let list = CompareList { ids: RwSignal::new(load()) };
    provide_context(list);
    list
}

/// Reads the compare list.
pub fn use_compare_list() -> CompareList {
    expect_context::<CompareList>()
}

fn storage() -> Option<web_sys::Storage> {
    // Both the getter and the storage itself may throw when storage is blocked.
    window().local_storage().ok().flatten()
}

fn load() -> Vec<String> {
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).unwrap_or_default();
    stored
        .split(',')
        .filter(|id| guide_model::validate::is_slug(id))
        .take(MAX_COMPARE)
        .map(str::to_owned)
        .collect()
}

fn save(ids: &[String]) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, &ids.join(","));
    }
}
