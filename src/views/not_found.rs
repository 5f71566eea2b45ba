//! The page for an unknown route or provider.

use guide_model::pages::Page;
use leptos::prelude::*;

/// Not found.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"ページが見つかりません"</h1>
        <p>"お探しのページは見つかりませんでした。リンクが古いか、事業者の情報が削除された可能性があります。"</p>
        <p><a href=Page::Home.href()>"ホームへ戻る"</a></p>
    }
}
