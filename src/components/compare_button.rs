//! Adds a provider to, or removes it from, the compare list.

use leptos::prelude::*;

use crate::data::compare::{use_compare_list, MAX_COMPARE};

/// A toggle button for the compare list.
#[component]
pub fn CompareButton(id: String, name: String) -> impl IntoView {
    let list = use_compare_list();
    let (full_notice, set_full_notice) = signal(false);
    let in_list = {
        let id = id.clone();
        move || list.contains(&id)
    };
    let label = {
        let in_list = in_list.clone();
        move || if in_list() { "比較リストから外す" } else { "比較リストに追加" }
    };
    let aria_label = {
        let label = label.clone();
        move || format!("{}を{}", name, label())
    };
    let on_click = move |_| set_full_notice.set(!list.toggle(&id));
    view! {
        <span class="compare-toggle">
            <button
                type="button"
                class="button small"
                aria-pressed=move || in_list().to_string()
                aria-label=aria_label
                on:click=on_click
            >
                {label}
            </button>
            <span class="notice" role="status">
                {move || full_notice.get().then(|| format!("比較できるのは{MAX_COMPARE}件までです。"))}
            </span>
        </span>
    }
}
