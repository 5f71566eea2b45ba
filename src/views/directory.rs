//! Directory: every organization, with search, facet filters (counts, explicit unknowns), sort,
//! and the whole state in the URL. Filter changes replace the history entry rather than add one.

pub mod active_filters;
pub mod filter_panel;
pub mod loosen;
pub mod results;

use guide_model::directory::filters::Filters;
use guide_model::directory::sort::SortKey;
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::state::ready_data;
use crate::routing::history::use_router;
use crate::schedule::deferred::Deferred;
use active_filters::ActiveFilters;
use filter_panel::FilterPanel;
use guide_model::route::Query;
use guide_model::route::Route;
use loosen::Loosen;
use results::Results;

/// The last directory view, so detail pages can link back to it with filters intact, and how
/// many pages of its results were open, so that returning to it shows them again (and the
/// router can scroll back to where the visitor was).
#[derive(Clone, Copy)]
pub struct LastDirectory {
    pub href: RwSignal<String>,
    pub pages: StoredValue<usize>,
}

impl Default for LastDirectory {
    /// The directory's address, no filters and one page of results.
    fn default() -> LastDirectory {
        LastDirectory { href: RwSignal::new(Page::Directory.href()), pages: StoredValue::new(1) }
    }
}

/// Reads the filters from the current route.
fn current_filters(route: &Route) -> Filters {
    match route.query_of(Page::Directory) {
        Some(q) => Filters::from_pairs(q.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        None => Filters::default(),
    }
}

/// The directory page.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let router = use_router();
    let filters = Memo::new(move |_| current_filters(&router.route()));
    let last = expect_context::<LastDirectory>();
    // Another list than the one last shown starts at its first page.
    if last.href.get_untracked() != router.route_untracked().href() {
        last.pages.set_value(1);
    }
    Effect::new(move |_| {
        let route = router.route();
        if route.page == Page::Directory {
            last.href.set(route.href());
        }
    });
    let set_filters =
        move |f: Filters| router.navigate(&Page::Directory.with_query(Query(f.to_pairs())), true);
    // The search runs when the words change, not when a box is ticked; the results and every
    // facet's counts then read it.
    let words = Memo::new(move |_| filters.with(|f| f.q.clone()));
    let matches = {
        let app = app.clone();
        Memo::new(move |_| words.with(|q| app.index().matching(q)))
    };
    let hits = {
        let app = app.clone();
        Memo::new(move |_| matches.with(|m| filters.with(|f| app.index().apply_within(m, f))))
    };
    // The ticked options alone: the checkboxes and the counts beside them do not change with
    // the sort, nor the checkboxes with the search words.
    let ticked = Memo::new(move |_| filters.with(Filters::ticked));
    // The counts beside the filters follow the results a frame later: the result list is what
    // the visitor waits for.
    let later = Deferred::new(move || (matches.get(), ticked.get()));
    let counts = {
        let app = app.clone();
        Memo::new(move |_| later.with(|(m, t)| app.index().all_counts(m, t)))
    };
    let counting = Memo::new(move |_| later.is_behind());
    let total = app.providers().len();
    let on_search = move |ev| {
        let mut f = filters.get_untracked();
        f.q = event_target_value(&ev);
        set_filters(f);
    };
    let on_sort = move |ev| {
        let mut f = filters.get_untracked();
        f.sort = SortKey::from_code(&event_target_value(&ev)).unwrap_or_default();
        set_filters(f);
    };
    view! {
        <div class="directory">
            <h1>"遠隔画像診断サービス一覧"</h1>
            <p class="muted">
                {format!("{total}の事業者を掲載しています(2022年11月〜12月の調査時点)。「記載なし」は、調査した情報に記載がなかったことを表します。")}
            </p>
            <div class="directory-tools">
                <div class="field">
                    <label for="directory-search">"キーワード"</label>
                    <input
                        id="directory-search"
                        type="search"
                        placeholder="事業者名・サービス名・検査名など"
                        prop:value=move || filters.with(|f| f.q.clone())
                        on:input=on_search
                    />
                </div>
                <div class="field">
                    <label for="directory-sort">"並び順"</label>
                    <select id="directory-sort" on:change=on_sort>
                        {SortKey::ALL
                            .into_iter()
                            .map(|s| view! {
                                <option value=s.code() selected=move || filters.with(|f| f.sort == s)>{s.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="directory-layout">
                <FilterPanel filters=filters ticked=ticked on_change=set_filters counts=counts counting=counting
                    matching=Signal::derive(move || hits.with(Vec::len))/>
                <div class="directory-results">
                    <p class="result-count" id=filter_panel::RESULT_COUNT_ID tabindex="-1" role="status" aria-live="polite" aria-atomic="true">
                        {move || format!("{}件が該当します(全{total}件)", hits.with(Vec::len))}
                    </p>
                    <ActiveFilters filters=filters on_change=set_filters/>
                    <Loosen app=app.clone() matches=matches filters=filters hits=hits on_change=set_filters/>
                    <Results hits=hits filters=filters on_change=set_filters app=app.clone() opened_pages=last.pages/>
                </div>
            </div>
        </div>
    }
    .into_any()
}
