//! Directory: every organization.

use leptos::prelude::*;

use crate::components::page_title::set_page_title;
use crate::components::provider_card::ProviderCard;
use crate::data::state::{use_data, LoadState};

/// The directory page.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    set_page_title("サービス一覧");
    let data = use_data();
    let LoadState::Ready(app) = data.state.get_untracked() else {
        return ().into_any();
    };
    let count = app.loaded.dataset.providers.len();
    view! {
        <h1>"遠隔画像診断サービス一覧"</h1>
        <p class="result-count" role="status">{format!("{count}件")}</p>
        <div class="card-list">
            {app.loaded.dataset.providers.iter().cloned().map(|p| view! { <ProviderCard provider=p data=app.clone()/> }).collect_view()}
        </div>
    }
    .into_any()
}
