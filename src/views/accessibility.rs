//! The accessibility page (アクセシビリティ方針と試験結果) in the form of JIS X 8341-3:2016
//! 附属書JB: the policy and target level, the technologies relied on, the pages tested and how
//! they were chosen, and every success criterion with its result and the checks behind it.
//! Its content is the record built from docs/accessibility.md, fetched when the page opens.

use guide_model::accessibility::{AccessibilityRecord, Check, MET, NOT_APPLICABLE};
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::remote::{remote_json, Loaded};
use guide_model::route::Route;

/// The accessibility page.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let record = remote_json::<AccessibilityRecord>("accessibility.json".to_string(), "試験結果のデータ");
    view! {
        <div class="accessibility">
            <h1>"アクセシビリティ方針と試験結果"</h1>
            <Loaded
                remote=record
                loading="試験結果を読み込んでいます…"
                ready={|r: std::sync::Arc<AccessibilityRecord>| view! { <Record record=(*r).clone()/> }}
            />
        </div>
    }
}

#[component]
fn Record(record: AccessibilityRecord) -> impl IntoView {
    let summary = format!(
        "レベルA・AAの達成基準38項目のうち、適合{}項目、非適用{}項目(該当するコンテンツがないもの)、不適合0項目です。",
        record.count(MET),
        record.count(NOT_APPLICABLE)
    );
    let checks: Vec<Check> = record.automated.iter().chain(&record.manual).cloned().collect();
    view! {
        <section aria-labelledby="a11y-statement">
            <h2 id="a11y-statement">"アクセシビリティ方針と試験の概要"</h2>
            <dl class="a11y-statement">
                {record.statement.into_iter().map(|f| view! { <dt>{f.label}</dt><dd>{f.value}</dd> }).collect_view()}
            </dl>
            <p class="lead">{summary}</p>
        </section>
        <section aria-labelledby="a11y-pages">
            <h2 id="a11y-pages">"試験の対象としたページ"</h2>
            <ul>
                {record.pages.into_iter().map(|p| {
                    // The not-found example is named, not linked: a link to it would be a broken link.
                    let route = Route::from_address(&p.route);
                    let name = if route.page == Page::NotFound {
                        view! { <span>{p.name}</span> }.into_any()
                    } else {
                        view! { <a href=route.href()>{p.name}</a> }.into_any()
                    };
                    view! { <li>{name}" ("{p.route}")"</li> }
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="a11y-criteria">
            <h2 id="a11y-criteria">"達成基準チェックリスト"</h2>
            <div class="table-scroll" role="region" aria-label="達成基準の表" tabindex="0">
                <table class="a11y-table">
                    <thead>
                        <tr><th scope="col">"番号"</th><th scope="col">"達成基準"</th><th scope="col">"適合レベル"</th><th scope="col">"適用"</th><th scope="col">"結果"</th><th scope="col">"確認の方法"</th></tr>
                    </thead>
                    <tbody>
                        {record.criteria.into_iter().map(|c| {
                            let applies = if c.result == NOT_APPLICABLE { "-" } else { "○" };
                            let how = if c.checks.is_empty() { c.note.clone() } else {
                                let ids = c.checks.join("、");
                                if c.note.is_empty() { ids } else { format!("{ids}({})", c.note) }
                            };
                            view! {
                                <tr>
                                    <th scope="row">{c.number}</th>
                                    <td>{c.title}</td>
                                    <td>{c.level}</td>
                                    <td>{applies}</td>
                                    <td>{c.result}</td>
                                    <td>{how}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="a11y-checks">
            <h2 id="a11y-checks">"確認の方法"</h2>
            <p>"Aで始まる番号は自動試験、Mで始まる番号は人による確認です。自動試験は Chromium・Firefox・WebKit(Safariのエンジン)で、スマートフォンとPCの画面サイズで実行しています。"</p>
            <dl class="a11y-checks">
                {checks.into_iter().map(|c| {
                    let result = if c.id.starts_with('M') { format!("結果: {}", c.source) } else { "自動試験".to_string() };
                    view! { <dt>{c.id}</dt><dd>{c.description}" ("{result}")"</dd> }
                }).collect_view()}
            </dl>
        </section>
    }
}
