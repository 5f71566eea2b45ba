//! The result list, or an empty state that offers to clear the conditions. Long lists (a
//! hospital's own file can hold thousands) are drawn a page at a time, so that filtering stays
//! instant; the count above the list always tells the whole number. A new list draws its first
//! few cards at once and the rest of its page a frame later.

use std::sync::Arc;

use guide_model::directory::filters::Filters;
use leptos::prelude::*;

use crate::components::provider_card::ProviderCard;
use crate::data::state::AppData;
use crate::schedule::deferred::Deferred;

/// How many results a page holds: the first page of a list, and how many more each "show more"
/// adds. About seven screens on a phone: enough to browse, few enough to draw quickly even at
/// 10,000 providers (scripts/browser-bench.sh).
pub const PAGE: usize = 20;

/// How many cards of a new result list are drawn in the task that answers the input: more than
/// a desktop screen shows. The rest of the first page follows once the browser has shown these,
/// so new results appear within a frame even when every card is rich in facts; the list says
/// `aria-busy` until then.
pub const FIRST: usize = 4;

/// The providers that pass the filters, in order.
#[component]
pub fn Results(
    hits: Memo<Vec<usize>>,
    filters: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
    app: Arc<AppData>,
    /// How many pages are open: read when the list is first drawn (a list returned to shows as
    /// many as before), kept up to date after.
    opened_pages: StoredValue<usize>,
) -> impl IntoView {
    // Counts the result lists: a different list starts again at the first page. (Compared by
    // content: a memo over the list re-runs once after it is made, with the list unchanged.)
    let lists = Memo::new(move |previous: Option<&(u64, Vec<usize>)>| {
        hits.with(|now| match previous {
            Some((g, list)) if list == now => (*g, list.clone()),
            Some((g, _)) => (g.wrapping_add(1), now.clone()),
            None => (0, now.clone()),
        })
    });
    let generation = move || lists.with(|(g, _)| *g);
    // The pages opened with "show more", and for which result list.
    let opened = RwSignal::new((0u64, opened_pages.get_value().max(1)));
    let pages = move || match opened.get() {
        (g, n) if g == generation() => n,
        _ => 1,
    };
    Effect::new(move |_| opened_pages.set_value(pages()));
    // The first page of a new list is drawn in full once its first cards are on screen. The list
    // the page opens with is drawn whole at once: it replaces the page file's own (or is returned
    // to, and scrolled back into place).
    let drawing = Deferred::new(generation);
    let busy = move || generation() > 0 && drawing.is_behind() && hits.with(Vec::len) > FIRST;
    let drawn = move || if busy() { FIRST } else { pages() * PAGE };
    let show_more = move |_| {
        let next = pages() + 1;
        opened.set((untrack(generation), next));
        focus_first_of_page(next - 1);
    };
    let empty = move || {
        view! {
            <div class="empty-state">
                <p>"条件に合うサービスが見つかりませんでした。"</p>
                <p class="muted">"条件を減らすか、「記載なし」も含めて探してみてください。"</p>
                <button type="button" class="button primary" on:click=move |_| on_change(filters.get_untracked().cleared())>
                    "条件をクリアしてすべて表示"
                </button>
            </div>
        }
    };
    // Each card is keyed by its provider: "show more" draws only the next page and keeps the
    // cards already drawn (and the reader's place), and a new result list keeps the cards of the
    // providers still shown, moved into place, and draws only the others.
    let shown = move || hits.with(|h| h.iter().take(drawn()).copied().collect::<Vec<usize>>());
    let card = move |i: usize| view! { <li><ProviderCard index=i data=app.clone()/></li> };
    let more_button = move || {
        let rest = hits.with(Vec::len).saturating_sub(pages() * PAGE);
        (rest > 0).then(|| {
            view! {
                <p class="show-more">
                    <button type="button" class="button" on:click=show_more>
                        {format!("さらに{}件を表示(残り{rest}件)", rest.min(PAGE))}
                    </button>
                </p>
            }
        })
    };
    view! {
        <Show when=move || hits.with(|h| !h.is_empty()) fallback=empty>
            <ol class="card-list" aria-label="検索結果" aria-busy=move || busy().then_some("true")>
                <For each=shown key=|i| *i children=card.clone()/>
            </ol>
            {more_button}
        </Show>
    }
}

/// Moves keyboard focus to the first card of `page` once it is drawn, so that a keyboard or
/// screen-reader user carries on reading where the new cards begin.
fn focus_first_of_page(page: usize) {
    let selector = format!(".card-list > li:nth-child({}) h2 a", page * PAGE + 1);
    request_animation_frame(move || {
        let link = document().query_selector(&selector).ok().flatten();
        if let Some(link) = link.and_then(|l| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(l).ok())
        {
            let _ = link.focus();
        }
    });
}
