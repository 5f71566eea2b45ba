//! Site header and footer.

use leptos::prelude::*;

use guide_model::pages::{Page, SITE_NAME};

use crate::data::state::use_data;

/// The site header with the main navigation (the pages of the route table that have a label).
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=Page::Home.href()>{SITE_NAME}</a>
            <nav aria-label="サイト内">
                <ul>
                    {Page::nav()
                        .map(|(page, label)| view! { <li><a href=page.href()>{label}</a></li> })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The site footer: what the data is and how old it is.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let data = use_data();
    let period = move || match data.data.get() {
        Some(Ok(app)) => format!("{}の調査", app.site.survey.period_label),
        _ => "調査".to_string(),
    };
    view! {
        <footer class="site-footer">
            <ul class="footer-links">
                <li><a href=Page::Embed.href()>"このガイドを自院のページに埋め込む"</a></li>
                <li><a href=Page::Accessibility.href()>"アクセシビリティ方針と試験結果"</a></li>
            </ul>
            <p>
                {move || format!("掲載情報は{}に基づきます。", period())}
                "サービス内容は変わることがあるため、導入の際は各事業者に最新の情報をご確認ください。このサイトの情報は一般的な情報提供を目的としたもので、医学的・法的な助言ではありません。"
            </p>
        </footer>
    }
}
