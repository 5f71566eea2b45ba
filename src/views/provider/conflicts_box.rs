//! Where the survey's sections disagree about this provider: each value with its sources.

use std::sync::Arc;

use guide_model::conflicts::conflicts;
use guide_model::provider::Provider;
use leptos::prelude::*;

use crate::data::state::AppData;

/// Field names of conflicts, in Japanese.
fn field_label(field: &str) -> String {
    let (base, part) = field.split_once('.').unwrap_or((field, ""));
    let base = match base {
        "service_names" => "サービス名".to_string(),
        "menu" => "検査・読影メニュー".to_string(),
        "normal_return" => "通常読影の返却".to_string(),
        "urgent_return" => "緊急読影の返却".to_string(),
        "intro_period" => "導入期間".to_string(),
        "phone" => "電話番号".to_string(),
        other => other
            .strip_prefix("other_returns[")
            .and_then(|s| s.strip_suffix(']'))
            .map_or_else(|| other.to_string(), str::to_owned),
    };
    match part {
        "rule" => format!("{base}(返却の期限)"),
        "intake" => format!("{base}(受付時間)"),
        _ => base,
    }
}

/// The conflicts box, or nothing when the sources agree.
#[component]
pub fn ConflictsBox(provider: Provider, data: Arc<AppData>) -> impl IntoView {
    let found = conflicts(&provider);
    (!found.is_empty()).then(|| {
        view! {
            <section class="conflicts-box" aria-labelledby="conflicts-title">
                <h2 id="conflicts-title">"出典によって記載が異なる項目"</h2>
                <p class="muted">"調査した情報の中で、同じ項目に異なる記載がありました。どちらも掲載しています。"</p>
                <ul>
                    {found
                        .into_iter()
                        .map(|c| {
                            let values: Vec<String> = c
                                .values
                                .iter()
                                .map(|(v, sources)| {
                                    let labels: Vec<&str> = sources.iter().map(|s| data.source_label(s)).collect();
                                    format!("{v}({})", labels.join("・"))
                                })
                                .collect();
                            view! { <li><strong>{field_label(&c.field)}</strong>": "{values.join(" / ")}</li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
