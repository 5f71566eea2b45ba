//! Compare: 2 to 4 providers side by side, rows that differ highlighted, a shareable URL, a
//! print layout for committees, and a CSV download that Excel in Japan opens correctly.

pub mod csv_link;
pub mod share;

use guide_model::compare::rows;
use guide_model::pages::Page;
use guide_model::provider::Provider;
use leptos::prelude::*;

use crate::data::compare::{use_compare_list, MAX_COMPARE};
use crate::data::state::ready_data;
use crate::routing::history::use_router;
use csv_link::CsvLink;
use share::ShareBox;

/// The compare page: ids from the URL, else from the compare list.
#[component]
pub fn ComparePage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let router = use_router();
    let list = use_compare_list();
    let from_url: Vec<String> =
        router.route().query_of(Page::Compare).map(|q| q.list("ids")).unwrap_or_default();
    let ids = if from_url.is_empty() { list.ids.get_untracked() } else { from_url.clone() };
    let mut providers: Vec<Provider> = Vec::new();
    for id in &ids {
        if let Some(p) = app.loaded.dataset.provider(id) {
            if !providers.iter().any(|x| x.id == p.id) && providers.len() < MAX_COMPARE {
                providers.push(p.clone());
            }
        }
    }
    let shown_ids: Vec<String> = providers.iter().map(|p| p.id.clone()).collect();
    if from_url != shown_ids && shown_ids.len() >= 2 {
        // Make the address shareable: it names exactly what is shown.
        router.navigate(&Page::compare(&shown_ids), true);
    }
    // A shared address fills the compare list with what it shows, so the list can be changed
    // from there.
    if shown_ids.len() >= 2 && list.ids.with_untracked(|ids| *ids != shown_ids) {
        list.replace(shown_ids.clone());
    }
    if providers.len() < 2 {
        return view! {
            <h1>"サービスの比較"</h1>
            <p>"比較するには、サービス一覧や詳細ページの「比較リストに追加」で2〜4件を選んでください。"</p>
            <p><a class="button primary" href=Page::Directory.href()>"サービス一覧へ"</a></p>
        }
        .into_any();
    }
    let refs: Vec<&Provider> = providers.iter().collect();
    let table = rows(&app.loaded.dataset, &refs);
    let share_url = crate::routing::history::absolute(&Page::compare(&shown_ids));
    let names: Vec<(String, String)> =
        providers.iter().map(|p| (p.name.clone(), Page::Provider.at([p.id.clone()]).href())).collect();
    let csv_rows = table.clone();
    view! {
        <div class="compare">
            <h1>"サービスの比較"</h1>
            <p class="muted no-print">"出典によって記載が異なる値は、それぞれの出典とともに表示しています。値が事業者間で異なる行は、項目名の前の「≠」と背景色で示しています。"</p>
            <div class="compare-actions no-print">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>"印刷する"</button>
                <CsvLink rows=csv_rows/>
                <ShareBox url=share_url.clone()/>
            </div>
            <p class="print-only">{format!("印刷元: {share_url}")}</p>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table">
                    <caption id="compare-caption">{format!("{}件のサービスの比較(2022年11月〜12月の調査時点)", providers.len())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"項目"</th>
                            {names.into_iter().map(|(name, href)| view! { <th scope="col"><a href=href>{name}</a></th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {table
                            .into_iter()
                            .skip(1)
                            .map(|row| {
                                let differs = row.differs();
                                view! {
                                    <tr class:differs=differs>
                                        <th scope="row">
                                            {row.label}
                                            {differs.then(|| view! { <span class="visually-hidden">"(事業者により異なる)"</span> })}
                                        </th>
                                        {row.cells.into_iter().map(|c| {
                                            let unknown = c == guide_model::compare::NOT_STATED;
                                            view! { <td class:unknown=unknown>{c}</td> }
                                        }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="no-print"><a href=Page::Directory.href()>"← サービス一覧に戻る"</a></p>
        </div>
    }
    .into_any()
}
