//! Suggestions under a short result list (`guide_model::directory::loosen`): include the services
//! that state nothing for a chosen condition, or drop one condition, each button saying how many
//! services it would show.

use std::sync::Arc;

use guide_model::directory::filters::Filters;
use guide_model::directory::index::Matches;
use guide_model::directory::loosen::loosenings;
use leptos::prelude::*;

use crate::data::state::AppData;

/// The suggestions, when the filters leave fewer than three services.
#[component]
pub fn Loosen(
    app: Arc<AppData>,
    matches: Memo<Matches>,
    filters: Memo<Filters>,
    hits: Memo<Vec<usize>>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let now = hits.with(Vec::len);
        let ways = matches.with(|m| filters.with(|f| loosenings(app.index(), m, f, now)));
        (!ways.is_empty()).then(|| {
            view! {
                <div class="loosen">
                    <p>
                        "候補を増やすには: 「記載なし」は、調査した情報にその項目の記載がなかったサービスです。含めると、事業者への確認が必要な候補として表示されます。"
                    </p>
                    <ul>
                        {ways
                            .into_iter()
                            .map(|way| {
                                let wider = way.filters.clone();
                                view! {
                                    <li>
                                        <button type="button" class="button small" on:click=move |_| on_change(wider.clone())>
                                            {format!("{}({}件)", way.label, way.count)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
