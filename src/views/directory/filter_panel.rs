//! The facet filters: a fieldset of checkboxes per facet, each with the count it would give.
//! On phones the panel opens from a button; on wide screens it is always shown. On phones its
//! foot stays in view while it scrolls, saying how many services match: closing it there brings
//! the result count into view and focus. The checkboxes, most of the directory's elements, are
//! drawn when the panel is first shown: at once on a wide screen, when it is opened on a phone,
//! whose page then starts sooner (the page file holds them, drawn at a wide screen's size).

use guide_model::directory::facet::Facet;
use guide_model::directory::filters::Filters;
use leptos::prelude::*;

/// Every option's count, per facet in `Facet::ALL` order, each in the order of `Facet::options`
/// (`Index::all_counts`).
pub type Counts = Vec<Vec<(&'static str, usize)>>;

/// The id of the result count, which closing the panel brings into view.
pub const RESULT_COUNT_ID: &str = "result-count";

/// The narrowest window, in CSS pixels, where the panel is always shown (style/main.css,
/// `@media (min-width: 900px)`).
const ALWAYS_SHOWN_FROM: f64 = 900.0;

/// The filter panel.
#[component]
pub fn FilterPanel(
    filters: Memo<Filters>,
    ticked: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
    counts: Memo<Counts>,
    /// Whether the counts are still catching up with the results.
    counting: Memo<bool>,
    /// How many services the filters leave.
    matching: Signal<usize>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let active = move || filters.with(Filters::active_count);
    let (wide, set_wide) = signal(is_wide());
    let resize = window_event_listener(leptos::ev::resize, move |_| set_wide.set(is_wide()));
    on_cleanup(move || resize.remove());
    // Once drawn, the checkboxes stay (closing the panel only hides them).
    let drawn = Memo::new(move |before: Option<&bool>| before == Some(&true) || open.get() || wide.get());
    view! {
        <div class="filter-area">
            <button
                type="button"
                class="button filter-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="filter-panel"
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || if open.get() { "絞り込み条件を閉じる".to_string() } else { format!("絞り込み条件を開く({}件選択中)", active()) }}
            </button>
            <section id="filter-panel" class="filter-panel" class:open=open aria-labelledby="filter-title"
                aria-busy=move || counting.get().then_some("true")>
                <h2 id="filter-title">"絞り込み条件"</h2>
                <Show when=move || drawn.get()>
                    {Facet::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(position, facet)| view! { <FacetGroup facet=facet position=position filters=filters ticked=ticked on_change=on_change counts=counts/> })
                        .collect_view()}
                </Show>
                <div class="filter-foot">
                    <button type="button" class="button primary filter-close" on:click=move |_| {
                        set_open.set(false);
                        crate::views::scroll::scroll_to_section(RESULT_COUNT_ID);
                    }>
                        {move || format!("結果を見る({}件)", matching.get())}
                    </button>
                </div>
            </section>
        </div>
    }
}

/// Whether the window is wide enough for the panel to be always shown.
fn is_wide() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= ALWAYS_SHOWN_FROM)
}

/// One facet's checkboxes (`position`: the facet's place in `Facet::ALL` and in `counts`).
#[component]
fn FacetGroup(
    facet: Facet,
    position: usize,
    filters: Memo<Filters>,
    ticked: Memo<Filters>,
    on_change: impl Fn(Filters) + Copy + Send + Sync + 'static,
    counts: Memo<Counts>,
) -> impl IntoView {
    let hint_id = format!("hint-{}", facet.key());
    let described_by = hint_id.clone();
    view! {
        <fieldset class="facet" aria-describedby=described_by>
            <legend>{facet.label()}</legend>
            <p class="facet-hint" id=hint_id>{facet.hint()}</p>
            <ul>
                {facet
                    .options()
                    .into_iter()
                    .enumerate()
                    .map(|(nth, option)| {
                        let id = format!("f-{}-{}", facet.key(), option.code);
                        let code = option.code;
                        // The counts are in the order of the facet's options.
                        let count = move || counts.with(|all| all[position].get(nth).map_or(0, |(_, n)| *n));
                        let toggle = move |_| {
                            let mut f = filters.get_untracked();
                            f.toggle(facet, code);
                            on_change(f);
                        };
                        view! {
                            <li class:unknown-option=code == guide_model::directory::UNKNOWN>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || ticked.with(|t| t.is_selected(facet, code))
                                    on:change=toggle
                                />
                                <label for=id>
                                    {option.label}
                                    <span class="count">{move || format!("({}件)", count())}</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}
