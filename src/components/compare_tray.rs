//! The visible compare tray: which providers are picked, a link to compare them, and clear.

use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::compare::{use_compare_list, MAX_COMPARE};
use crate::data::state::ready_data;

/// Shown at the bottom of the screen while the compare list is not empty.
#[component]
pub fn CompareTray() -> impl IntoView {
    let list = use_compare_list();
    let names = move || {
        let Some(app) = ready_data() else { return Vec::new() };
        list.ids
            .get()
            .iter()
            .filter_map(|id| app.loaded.dataset.provider(id).map(|p| p.name.clone()))
            .collect()
    };
    move || {
        let ids = list.ids.get();
        (!ids.is_empty()).then(|| {
            let count = ids.len();
            let href = Page::compare(&ids).href();
            view! {
                <aside class="compare-tray" aria-label="比較リスト">
                    <p class="tray-names">
                        <strong>{format!("比較リスト({count}/{MAX_COMPARE})")}</strong>
                        <span class="tray-list">{format!(" {}", names().join("、"))}</span>
                    </p>
                    <div class="tray-actions">
                        {if count >= 2 {
                            view! { <a class="button primary tray-compare" href=href>"並べて比較する"</a> }.into_any()
                        } else {
                            view! { <span class="muted">"あと1件以上選ぶと比較できます"</span> }.into_any()
                        }}
                        <button type="button" class="button small" on:click=move |_| list.clear()>"クリア"</button>
                    </div>
                </aside>
            }
        })
    }
}
