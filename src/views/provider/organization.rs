//! Facts about the organization: names as each source writes them, type, ties, region,
//! business days, radiologists, since when, and other stated facts.

use std::sync::Arc;

use guide_model::facts::OrgType;
use guide_model::provider::Provider;
use guide_model::reading::{region_basis, Basis};
use leptos::prelude::*;

use crate::components::stated::{texts, Shown, Stated};
use crate::data::state::AppData;

fn org_type_label(t: OrgType) -> &'static str {
    match t {
        OrgType::Company => "企業",
        OrgType::Npo => "NPO法人・団体",
        OrgType::MedicalCorporation => "医療法人",
        OrgType::Clinic => "クリニック",
        OrgType::UniversityVenture => "大学発のベンチャー企業",
    }
}

/// The organization section.
#[component]
pub fn OrganizationFacts(provider: Provider, data: Arc<AppData>) -> impl IntoView {
    let shown = |text: String, source: &str| Shown {
        text: Some(text),
        detail: None,
        source: data.source_with_date(source),
    };
    let org_types: Vec<Shown> =
        provider.org_type.iter().map(|f| shown(org_type_label(f.value).to_string(), &f.source)).collect();
    let regions: Vec<Shown> = provider
        .region
        .iter()
        .map(|r| {
            let place = r.place.as_ref().map(|p| format!("({p})")).unwrap_or_default();
            let basis = match region_basis(r.basis) {
                Basis::Stated => String::new(),
                inferred => format!("・{}", inferred.label()),
            };
            shown(format!("{}{place}{basis}", r.area.label()), &r.source)
        })
        .collect();
    let days: Vec<Shown> = provider.business_days.iter().map(|b| shown(b.text.clone(), &b.source)).collect();
    let doctors: Vec<Shown> = provider
        .radiologists
        .iter()
        .map(|c| {
            let when = c
                .as_of
                .as_ref()
                .map(|a| format!("({}時点)", guide_model::compare::as_of_label(a)))
                .unwrap_or_default();
            shown(format!("{}{when}", c.text), &c.source)
        })
        .collect();
    let since: Vec<Shown> = provider.since.iter().map(|y| shown(y.text.clone(), &y.source)).collect();
    let rows: Vec<(&str, Vec<Shown>)> = vec![
        ("名称の表記", texts(&data, &provider.names)),
        ("種類", org_types),
        ("関係・提携", texts(&data, &provider.affiliations)),
        ("地域", regions),
        ("営業日", days),
        ("読影医", doctors),
        ("開始", since),
        ("その他の記載", texts(&data, &provider.notes)),
    ];
    view! {
        <section aria-labelledby="org-title">
            <h2 id="org-title">"事業者について"</h2>
            <dl class="facts">
                {rows
                    .into_iter()
                    .map(|(label, items)| view! { <dt>{label}</dt><dd><Stated items=items sources=true/></dd> })
                    .collect_view()}
            </dl>
        </section>
    }
}
