//! The result list, or an empty state that offers to clear the conditions.

use std::sync::Arc;

use guide_model::directory::filters::Filters;
use leptos::prelude::*;

use crate::components::provider_card::ProviderCard;
use crate::data::state::AppData;

/// The providers that pass the filters, in order.
#[component]
pub fn Results(
    hits: Memo<Vec<usize>>,
    filters: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
    app: Arc<AppData>,
) -> impl IntoView {
    move || {
        let hits = hits.get();
        if hits.is_empty() {
            return view! {
                <div class="empty-state">
                    <p>"条件に合うサービスが見つかりませんでした。"</p>
                    <p class="muted">"条件を減らすか、「記載なし」も含めて探してみてください。"</p>
                    <button type="button" class="button primary" on:click=move |_| on_change(filters.get_untracked().cleared())>
                        "条件をクリアしてすべて表示"
                    </button>
                </div>
            }
            .into_any();
        }
        view! {
            <ol class="card-list" aria-label="検索結果">
                {hits
                    .into_iter()
                    .map(|i| {
                        let provider = app.providers()[i].clone();
                        view! { <li><ProviderCard provider=provider data=app.clone()/></li> }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    }
}
