//! For a recommended provider: the criterion, why it was chosen, its features and users' voices.

use std::sync::Arc;

use guide_model::provider::Provider;
use leptos::prelude::*;

use crate::data::state::AppData;

/// The recommendation box, or nothing for other providers.
#[component]
pub fn PickBox(provider: Provider, data: Arc<AppData>) -> impl IntoView {
    let pick = provider.pick.clone()?;
    let condition =
        data.site.criteria.iter().find(|c| c.criterion == pick.criterion).map(|c| c.condition.clone());
    let voices: Vec<String> = provider.voices.iter().map(|v| v.summary.clone()).collect();
    Some(view! {
        <section class="pick-box" aria-labelledby="pick-title">
            <h2 id="pick-title">{format!("「{}」の観点でのおすすめ", pick.criterion.label())}</h2>
            {condition.map(|c| view! { <p><strong>"選んだ理由: "</strong>{c}</p> })}
            <ul class="points">{pick.points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            {(!voices.is_empty()).then(|| view! {
                <h3>"利用者の声(要約)"</h3>
                <ul class="voices">{voices.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
            })}
        </section>
    })
}
