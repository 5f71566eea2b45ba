//! The service table of a provider: service name, exam menu, normal and urgent return, other
//! services and introduction period, each with its sources.

use guide_model::provider::Provider;
use leptos::prelude::*;

use super::stated::{menus, periods, returns, texts, Stated};
use crate::data::state::AppData;

/// The service facts as a definition list.
#[component]
pub fn ServiceTable(
    provider: Provider,
    data: std::sync::Arc<AppData>,
    #[prop(optional)] sources: bool,
) -> impl IntoView {
    let others = (!provider.other_returns.is_empty()).then(|| {
        let items = returns(&data, &provider.other_returns);
        view! {
            <dt>"その他の読影"</dt>
            <dd><Stated items=items sources=sources/></dd>
        }
    });
    view! {
        <dl class="facts">
            <dt>"サービス名"</dt>
            <dd><Stated items=texts(&data, &provider.service_names) sources=sources/></dd>
            <dt>"検査・読影メニュー"</dt>
            <dd><Stated items=menus(&data, &provider.menu) sources=sources/></dd>
            <dt>"通常読影の返却"</dt>
            <dd><Stated items=returns(&data, &provider.normal_return) sources=sources/></dd>
            <dt>"緊急読影の返却"</dt>
            <dd><Stated items=returns(&data, &provider.urgent_return) sources=sources/></dd>
            {others}
            <dt>"導入期間"</dt>
            <dd><Stated items=periods(&data, &provider.intro_period) sources=sources/></dd>
        </dl>
    }
}
