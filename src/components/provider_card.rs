//! A provider summary card for lists: name, badges, description, menu and turnaround at a
//! glance (every stated value, with sources on the detail page), and the compare toggle.

use guide_model::pages::Page;
use std::sync::Arc;

use leptos::prelude::*;

use super::badges::badges;
use super::compare_button::CompareButton;
use super::stated::{brief_returns, brief_texts, StatedBrief};
use crate::data::state::AppData;

/// One provider in a list: the provider at `index` of the loaded data.
#[component]
pub fn ProviderCard(index: usize, data: Arc<AppData>) -> impl IntoView {
    let provider = &data.providers()[index];
    let href = Page::Provider.at([provider.id.clone()]).href();
    let published = provider.listed_in.iter().any(|s| s == "directory");
    view! {
        <article class="provider-card">
            <h2><a href=href>{provider.name.clone()}</a></h2>
            {badges(provider)}
            <p class="description">{provider.description.clone()}</p>
            {published.then(|| view! {
                <dl class="facts compact">
                    <dt>"検査・読影メニュー"</dt>
                    <dd><StatedBrief texts=brief_texts(provider.menu.iter().map(|f| f.text.as_deref()))/></dd>
                    <dt>"通常読影の返却"</dt>
                    <dd><StatedBrief texts=brief_returns(&provider.normal_return)/></dd>
                    <dt>"緊急読影の返却"</dt>
                    <dd><StatedBrief texts=brief_returns(&provider.urgent_return)/></dd>
                    <dt>"導入期間"</dt>
                    <dd><StatedBrief texts=brief_texts(provider.intro_period.iter().map(|f| f.text.as_deref()))/></dd>
                </dl>
            })}
            <CompareButton id=provider.id.clone() name=provider.name.clone()/>
        </article>
    }
}
