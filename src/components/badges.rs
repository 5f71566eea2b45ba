//! Small labels on a provider: which criterion it is recommended for, whether details are
//! published, and where it is based.

use guide_model::provider::Provider;
use leptos::prelude::*;

/// Badges of a provider (a plain function, so lists need not copy the provider to draw them).
pub fn badges(provider: &Provider) -> impl IntoView {
    let mut badges: Vec<(String, &'static str)> = Vec::new();
    if let Some(pick) = &provider.pick {
        badges.push((format!("おすすめ: {}", pick.criterion.label()), "badge pick"));
    }
    if !provider.listed_in.iter().any(|s| s == "directory") {
        badges.push(("サービス詳細を確認できず".to_string(), "badge muted-badge"));
    }
    let mut areas: Vec<String> = Vec::new();
    for r in &provider.region {
        let label = r.area.label().to_string();
        if !areas.contains(&label) {
            areas.push(label);
        }
    }
    badges.extend(areas.into_iter().map(|a| (a, "badge region")));
    (!badges.is_empty()).then(|| {
        view! {
            <ul class="badges" aria-label="区分">
                {badges.into_iter().map(|(text, class)| view! { <li class=class>{text}</li> }).collect_view()}
            </ul>
        }
    })
}
