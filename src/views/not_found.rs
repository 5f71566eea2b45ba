//! The page for an unknown route or provider.

use leptos::prelude::*;

use crate::components::page_title::set_page_title;

/// Not found.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("ページが見つかりません");
    view! {
        <h1>"ページが見つかりません"</h1>
        <p>"お探しのページは見つかりませんでした。リンクが古いか、事業者の情報が削除された可能性があります。"</p>
        <p><a href="#/">"ホームへ戻る"</a></p>
    }
}
