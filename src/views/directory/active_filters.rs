//! The selected conditions as removable chips, and a way to clear them all.

use guide_model::directory::facet::Facet;
use guide_model::directory::filters::Filters;
use leptos::prelude::*;

/// Chips for the active search and options.
#[component]
pub fn ActiveFilters(
    filters: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let f = filters.get();
        if f.active_count() == 0 {
            return None;
        }
        let mut chips = Vec::new();
        if !f.q.trim().is_empty() {
            let label = format!("キーワード: {}", f.q.trim());
            chips.push(view! {
                <li>
                    <button type="button" class="chip" aria-label=format!("{label} を解除") on:click=move |_| {
                        let mut f = filters.get_untracked();
                        f.q.clear();
                        on_change(f);
                    }>{label.clone()}<span aria-hidden="true">" ×"</span></button>
                </li>
            }.into_any());
        }
        for facet in Facet::ALL {
            for option in facet.options() {
                if !f.is_selected(facet, option.code) {
                    continue;
                }
                let label = format!("{}: {}", facet.label(), option.label);
                let code = option.code;
                chips.push(view! {
                    <li>
                        <button type="button" class="chip" aria-label=format!("{label} を解除") on:click=move |_| {
                            let mut f = filters.get_untracked();
                            f.toggle(facet, code);
                            on_change(f);
                        }>{label.clone()}<span aria-hidden="true">" ×"</span></button>
                    </li>
                }.into_any());
            }
        }
        Some(view! {
            <div class="active-filters">
                <ul aria-label="選択中の条件">{chips}</ul>
                <button type="button" class="button small" on:click=move |_| on_change(filters.get_untracked().cleared())>
                    "条件をすべてクリア"
                </button>
            </div>
        })
    }
}
