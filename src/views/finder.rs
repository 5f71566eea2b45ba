//! The finder: the visitor describes the facility and gets a ranked list in which every result
//! explains what matches, what does not, and what is not stated. The state lives in the URL.

pub mod form;
pub mod result;
pub mod results;
pub mod scoring;

use guide_model::finder::{assess, Profile};
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::state::ready_data;
use crate::routing::history::use_router;
use form::FinderForm;
use guide_model::route::Query;
use results::FinderResults;

/// The finder page.
#[component]
pub fn FinderPage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let router = use_router();
    let profile = Memo::new(move |_| match router.route().query_of(Page::Finder) {
        Some(q) => Profile::from_pairs(q.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        None => Profile::default(),
    });
    let set_profile = move |p: Profile| router.navigate(&Page::Finder.with_query(Query(p.to_pairs())), true);
    let results = {
        let app = app.clone();
        Memo::new(move |_| profile.with(|p| assess(app.providers(), app.finder_records(), p)))
    };
    view! {
        <div class="finder">
            <h1>"自院に合うサービスを探す"</h1>
            <p class="lead">"施設の種類や必要な検査、依頼する時間帯などを選ぶと、条件に合うサービスを順に表示します。各サービスについて、条件を満たす点・満たさない点・記載がない点を説明します。"</p>
            <p class="to-results">
                <button type="button" class="button small" on:click=|_| crate::views::scroll::scroll_to_section("finder-results-title")>
                    "結果へ移動"
                </button>
            </p>
            <div class="finder-layout">
                <FinderForm profile=profile on_change=set_profile/>
                <FinderResults app=app profile=profile results=results/>
            </div>
        </div>
    }
    .into_any()
}
