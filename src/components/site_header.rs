//! Site header and footer.

use leptos::prelude::*;

use super::page_title::SITE_NAME;

/// The site header with the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#/">{SITE_NAME}</a>
            <nav aria-label="サイト内">
                <ul>
                    <li><a href="#/">"ホーム"</a></li>
                    <li><a href="#/directory">"サービス一覧"</a></li>
                </ul>
            </nav>
        </header>
    }
}

/// The site footer: what the data is and how old it is.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "掲載情報は2022年11月〜12月時点の調査に基づきます。サービス内容は変わることがあるため、導入の際は各事業者に最新の情報をご確認ください。"
            </p>
        </footer>
    }
}
