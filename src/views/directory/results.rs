//! The result list, or an empty state that offers to clear the conditions. Long lists (a
//! hospital's own file can hold thousands) are drawn a page at a time, so that filtering stays
//! instant; the count above the list always tells the whole number.

use std::sync::Arc;

use guide_model::directory::filters::Filters;
use leptos::prelude::*;

use crate::components::provider_card::ProviderCard;
use crate::data::state::AppData;

/// How many results are drawn at first, and how many more each "show more" adds.
pub const PAGE: usize = 100;

/// The providers that pass the filters, in order.
#[component]
pub fn Results(
    hits: Memo<Vec<usize>>,
    filters: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
    app: Arc<AppData>,
) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
    // New conditions start again at the first page.
    Effect::new(move |_| {
        hits.track();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });
    move || {
        let limit = shown.get();
        // Only the drawn part is copied out of the (possibly long) list.
        let (total, drawn) = hits.with(|h| (h.len(), h.iter().take(limit).copied().collect::<Vec<usize>>()));
        if total == 0 {
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
        let rest = total.saturating_sub(limit);
        view! {
            <ol class="card-list" aria-label="検索結果">
                {drawn
                    .into_iter()
                    .map(|i| view! { <li><ProviderCard index=i data=app.clone()/></li> })
                    .collect_view()}
            </ol>
            {(rest > 0).then(|| view! {
                <p class="show-more">
                    <button type="button" class="button" on:click=move |_| shown.update(|s| *s += PAGE)>
                        {format!("さらに{}件を表示(残り{rest}件)", rest.min(PAGE))}
                    </button>
                </p>
            })}
        }
        .into_any()
    }
}
