//! A provider summary card: name, service, menu and turnaround at a glance.

use guide_model::provider::Provider;
use leptos::prelude::*;

use super::stated::{shown, Stated};
use crate::data::state::AppData;
use crate::routing::route::Route;

/// One provider in a list.
#[component]
pub fn ProviderCard(provider: Provider, data: std::rc::Rc<AppData>) -> impl IntoView {
    let href = Route::Provider(provider.id.clone()).href();
    let service = shown(&data, provider.service_names.iter().map(|f| (f.text.as_deref(), f.source.as_str())));
    let menu = shown(&data, provider.menu.iter().map(|f| (f.text.as_deref(), f.source.as_str())));
    let normal = shown(&data, provider.normal_return.iter().map(|f| (f.text.as_deref(), f.source.as_str())));
    let urgent = shown(&data, provider.urgent_return.iter().map(|f| (f.text.as_deref(), f.source.as_str())));
    view! {
        <article class="provider-card">
            <h2><a href=href>{provider.name.clone()}</a></h2>
            <p class="description">{provider.description.clone()}</p>
            <dl class="facts">
                <dt>"サービス名"</dt>
                <dd><Stated items=service/></dd>
                <dt>"検査・読影メニュー"</dt>
                <dd><Stated items=menu/></dd>
                <dt>"通常読影の返却"</dt>
                <dd><Stated items=normal/></dd>
                <dt>"緊急読影の返却"</dt>
                <dd><Stated items=urgent/></dd>
            </dl>
        </article>
    }
}
