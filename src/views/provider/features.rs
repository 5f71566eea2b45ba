//! The stated features of a provider, by group; a group with nothing stated reads 記載なし.

use std::sync::Arc;

use guide_model::feature::FeatureGroup;
use guide_model::provider::Provider;
use leptos::prelude::*;

use crate::data::state::AppData;

const GROUPS: [(FeatureGroup, &str); 4] = [
    (FeatureGroup::Reading, "読影体制"),
    (FeatureGroup::Security, "セキュリティ"),
    (FeatureGroup::Fees, "料金"),
    (FeatureGroup::Support, "サポート"),
];

/// Features grouped under headings.
#[component]
pub fn FeatureList(provider: Provider, data: Arc<AppData>) -> impl IntoView {
    view! {
        <section aria-labelledby="features-title">
            <h2 id="features-title">"特徴"</h2>
            <dl class="facts">
                {GROUPS
                    .into_iter()
                    .map(|(group, label)| {
                        let items: Vec<_> = provider.features.iter().filter(|f| f.code.group() == group).cloned().collect();
                        let body = if items.is_empty() {
                            view! { <span class="unknown">"記載なし"</span> }.into_any()
                        } else {
                            view! {
                                <ul class="feature-items">
                                    {items
                                        .into_iter()
                                        .map(|f| view! {
                                            <li>
                                                <strong>{f.code.label()}</strong>
                                                ": "
                                                {f.text}
                                                <span class="source">{format!("出典: {}", data.source_with_date(&f.source))}</span>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any()
                        };
                        view! { <dt>{label}</dt><dd>{body}</dd> }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
