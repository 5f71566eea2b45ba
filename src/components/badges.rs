//! Small labels on a provider: which criterion it is recommended for, whether details are
//! published, and where it is based.

use guide_model::provider::Provider;
use guide_model::reading::{region_basis, Basis};
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
        // A region read from a name is marked as such, on every page.
        let label = match region_basis(r.basis) {
            Basis::Stated => r.area.label().to_string(),
            Basis::Inferred(from) => format!("{}({from}から推定)", r.area.label()),
            other => format!("{}({})", r.area.label(), other.label()),
        };
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
