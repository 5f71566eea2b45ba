//! Site header and footer.

use leptos::prelude::*;

use super::page_title::SITE_NAME;
use crate::data::state::{use_data, LoadState};

/// The site header with the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#/">{SITE_NAME}</a>
            <nav aria-label="サイト内">
                <ul>
                    <li><a href="#/">"ホーム"</a></li>
                    <li><a href="#/finder">"条件で探す"</a></li>
                    <li><a href="#/directory">"サービス一覧"</a></li>
                    <li><a href="#/clock">"返却時刻"</a></li>
                    <li><a href="#/compare">"比較"</a></li>
                    <li><a href="#/guide">"基礎知識"</a></li>
                    <li><a href="#/columns">"コラム"</a></li>
                </ul>
            </nav>
        </header>
    }
}

/// The site footer: what the data is and how old it is.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let data = use_data();
    let period = move || match data.state.get() {
        LoadState::Ready(app) => format!("{}の調査", app.site.survey.period_label),
        _ => "調査".to_string(),
    };
    view! {
        <footer class="site-footer">
            <ul class="footer-links">
                <li><a href="#/embed">"このガイドを自院のページに埋め込む"</a></li>
                <li><a href="#/accessibility">"アクセシビリティ方針と試験結果"</a></li>
            </ul>
            <p>
                {move || format!("掲載情報は{}に基づきます。", period())}
                "サービス内容は変わることがあるため、導入の際は各事業者に最新の情報をご確認ください。このサイトの情報は一般的な情報提供を目的としたもので、医学的・法的な助言ではありません。"
            </p>
        </footer>
    }
}
