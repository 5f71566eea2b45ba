//! A quick search form that opens the directory with the words typed.

use guide_model::pages::Page;
use leptos::prelude::*;

use crate::routing::history::use_router;
use guide_model::route::Query;

/// Search from anywhere into the directory.
#[component]
pub fn SearchBox() -> impl IntoView {
    let router = use_router();
    let (words, set_words) = signal(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = Query(vec![("q".to_string(), words.get_untracked())]);
        router.navigate(&Page::Directory.with_query(q), false);
    };
    view! {
        <form class="search-box" role="search" on:submit=on_submit>
            <label for="quick-search">"事業者名・サービス名・検査名で探す"</label>
            <div class="search-row">
                <input
                    id="quick-search"
                    type="search"
                    placeholder="例: マンモグラフィ、PET、ホスピネット"
                    on:input=move |ev| set_words.set(event_target_value(&ev))
                    prop:value=words
                />
                <button type="submit" class="button primary">"検索"</button>
            </div>
        </form>
    }
}
