//! Home: the lead and entry points.

use leptos::prelude::*;

use crate::components::page_title::set_page_title;
use crate::components::provider_card::ProviderCard;
use crate::data::state::{use_data, LoadState};

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title("");
    let data = use_data();
    let LoadState::Ready(app) = data.state.get_untracked() else {
        return ().into_any();
    };
    let count = app.loaded.dataset.providers.len();
    view! {
        <h1>"遠隔画像診断サービスの選び方"</h1>
        <p class="lead">
            "どのサービスが合うかは、医療機関ごとに違います。院内の撮影設備や医師の数、依頼する件数と頻度、依頼したい領域や時間帯によって、重視すべき点が変わるからです。自院の条件を整理したうえで、合ったサービスを選びましょう。"
        </p>
        <p class="result-count">{format!("{count}件の事業者を掲載しています。")}</p>
        <div class="card-list">
            {app.loaded.dataset.providers.iter().cloned().map(|p| view! { <ProviderCard provider=p data=app.clone()/> }).collect_view()}
        </div>
    }
    .into_any()
}
