//! Shows a field's statements: the value with its source, every value when sources disagree,
//! and 記載なし when nothing is stated. Text from data is always rendered as text.

use guide_model::facts::{MenuFact, PeriodFact, ReturnFact, TextFact};
use leptos::prelude::*;

use crate::data::state::AppData;

/// The word for "not stated".
pub const NOT_STATED: &str = "記載なし";

/// One statement to show: its text (None = 記載なし), a structured reading of it, its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub text: Option<String>,
    pub detail: Option<String>,
    pub source: String,
}

impl Shown {
    fn new(data: &AppData, text: Option<&str>, detail: Option<String>, source: &str) -> Shown {
        Shown { text: text.map(str::to_owned), detail, source: data.source_with_date(source) }
    }
}

/// Plain text statements.
pub fn texts(data: &AppData, facts: &[TextFact]) -> Vec<Shown> {
    facts.iter().map(|f| Shown::new(data, f.text.as_deref(), None, &f.source)).collect()
}

/// Exam menus, with the canonical modalities as the structured reading.
pub fn menus(data: &AppData, facts: &[MenuFact]) -> Vec<Shown> {
    facts
        .iter()
        .map(|f| {
            let labels: Vec<&str> = f.sorted_modalities().iter().map(|m| m.label()).collect();
            let detail = (!labels.is_empty()).then(|| format!("分類: {}", labels.join("、")));
            Shown::new(data, f.text.as_deref(), detail, &f.source)
        })
        .collect()
}

/// Return promises, with the rule and intake windows as the structured reading.
pub fn returns(data: &AppData, facts: &[ReturnFact]) -> Vec<Shown> {
    facts
        .iter()
        .map(|f| {
            let mut parts = Vec::new();
            if let Some(rule) = &f.rule {
                parts.push(rule.describe());
            }
            if let Some(windows) = &f.intake {
                parts.push(format!("受付: {}", guide_model::describe::describe_windows(windows)));
            }
            let text = match (&f.label, &f.text) {
                (Some(label), Some(text)) => Some(format!("{label}: {text}")),
                (_, text) => text.clone(),
            };
            let detail = (!parts.is_empty()).then(|| parts.join(" / "));
            Shown::new(data, text.as_deref(), detail, &f.source)
        })
        .collect()
}

/// Introduction periods.
pub fn periods(data: &AppData, facts: &[PeriodFact]) -> Vec<Shown> {
    facts.iter().map(|f| Shown::new(data, f.text.as_deref(), None, &f.source)).collect()
}

/// Renders statements. With `sources`, the source of each is shown beside it; sources are
/// always shown when the statements disagree.
#[component]
pub fn Stated(items: Vec<Shown>, #[prop(optional)] sources: bool) -> impl IntoView {
    let mut stated: Vec<Shown> = Vec::new();
    for s in items.into_iter().filter(|s| s.text.is_some()) {
        match stated.iter_mut().find(|x| x.text == s.text && x.detail == s.detail) {
            Some(same) => same.source = format!("{}・{}", same.source, s.source),
            None => stated.push(s),
        }
    }
    if stated.is_empty() {
        return view! { <span class="unknown">{NOT_STATED}</span> }.into_any();
    }
    let conflict = stated.len() > 1;
    if !conflict && !sources {
        let s = stated.remove(0);
        return view! { <span>{s.text}</span> }.into_any();
    }
    view! {
        <ul class="stated" class:conflict=conflict>
            {conflict.then(|| view! { <li class="conflict-note">"出典によって記載が異なります"</li> })}
            {stated
                .into_iter()
                .map(|s| {
                    view! {
                        <li>
                            <span class="stated-text">{s.text}</span>
                            {s.detail.map(|d| view! { <span class="stated-detail">{d}</span> })}
                            <span class="source">{format!("出典: {}", s.source)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
