//! A recommendation card: the pick for one criterion, why it was chosen, its features, users'
//! voices, its service table and how to contact it.

use guide_model::pages::Page;
use std::sync::Arc;

use guide_model::site::CriterionFact;
use leptos::prelude::*;

use super::phone_link::PhoneLink;
use super::service_table::ServiceTable;
use crate::data::state::AppData;

/// One card per criterion on the home page.
#[component]
pub fn CriterionCard(criterion: CriterionFact, data: Arc<AppData>) -> impl IntoView {
    let Some(provider) = data.loaded.dataset.provider(&criterion.provider_id).cloned() else {
        return view! {
            <article class="criterion-card">
                <h3>{format!("{}で選ぶなら", criterion.criterion.label())}</h3>
                <p class="unknown">"この観点のおすすめ事業者はデータに含まれていません。"</p>
            </article>
        }
        .into_any();
    };
    let href = Page::Provider.at([provider.id.clone()]).href();
    let heading_id = format!("pick-{}", provider.id);
    let points = provider.pick.as_ref().map(|p| p.points.clone()).unwrap_or_default();
    let voices: Vec<String> = provider.voices.iter().map(|v| v.summary.clone()).collect();
    let phones = provider.phone.clone();
    view! {
        <article class="criterion-card" aria-labelledby=heading_id>
            <p class="criterion-label">{format!("{}で選ぶなら", criterion.criterion.label())}</p>
            <h3 id=heading_id.clone()><a href=href.clone()>{provider.name.clone()}</a></h3>
            <p class="description">{provider.description.clone()}</p>
            <section class="pick-reason">
                <h4>"選んだ理由"</h4>
                <p>{criterion.condition.clone()}</p>
                <p class="muted">{criterion.why_it_matters.clone()}</p>
            </section>
            <section>
                <h4>"特徴"</h4>
                <ul class="points">{points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </section>
            {(!voices.is_empty()).then(|| view! {
                <section>
                    <h4>"利用者の声(要約)"</h4>
                    <ul class="voices">{voices.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
                </section>
            })}
            <section>
                <h4>"サービス概要"</h4>
                <ServiceTable provider=provider.clone() data=data.clone()/>
            </section>
            <section class="contact">
                <h4>"問い合わせ"</h4>
                {if phones.is_empty() {
                    view! { <p class="unknown">"電話番号: 記載なし"</p> }.into_any()
                } else {
                    phones.into_iter().map(|p| view! { <PhoneLink phone=p/> }).collect_view().into_any()
                }}
            </section>
            <p><a class="button" href=href>{format!("{}の詳細を見る", provider.name)}</a></p>
        </article>
    }
    .into_any()
}
