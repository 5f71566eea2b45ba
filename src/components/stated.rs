//! Shows a field's statements: the value with its source, every value when sources disagree,
//! and 記載なし when nothing is stated. Text from data is always rendered as text.

use guide_model::facts::{MenuFact, PeriodFact, ReturnFact, TextFact};
use guide_model::reading::promise::rule_basis;
use guide_model::reading::report::{describe_period, period_basis};
use guide_model::reading::Basis;
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

/// Exam menus, with the readings: the exams named, those only inferred, and a partial list.
pub fn menus(data: &AppData, facts: &[MenuFact]) -> Vec<Shown> {
    facts
        .iter()
        .map(|f| {
            let labels: Vec<&str> = f.sorted_modalities().iter().map(|m| m.label()).collect();
            let mut parts = Vec::new();
            if !labels.is_empty() {
                parts.push(format!("分類: {}", labels.join("、")));
            }
            for i in &f.inferred {
                parts.push(format!(
                    "{}: {}",
                    i.code.label(),
                    Basis::Inferred(format!("「{}」", i.from)).label()
                ));
            }
            if f.is_partial() {
                parts.push(Basis::Partial.label());
            }
            let detail = (!parts.is_empty()).then(|| parts.join(" / "));
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
            if f.option {
                parts.push("オプション".to_string());
            }
            if let Some(rule) = &f.rule {
                let reading = rule.describe_readings();
                match rule_basis(rule) {
                    Basis::Stated => parts.push(reading),
                    basis => parts.push(format!("{reading}({})", basis.label())),
                }
            }
            if let Some(windows) = &f.intake {
                parts.push(format!("受付: {}", guide_model::describe::describe_windows(windows)));
            }
            if let Some(cutoff) = f.cutoff {
                parts.push(format!("締切: {cutoff}(受付開始の記載なし)"));
            }
            let text = return_text(f);
            let detail = (!parts.is_empty()).then(|| parts.join(" / "));
            Shown::new(data, text.as_deref(), detail, &f.source)
        })
        .collect()
}

/// How a return promise reads: its label, if any, before its text.
fn return_text(fact: &ReturnFact) -> Option<String> {
    match (&fact.label, &fact.text) {
        (Some(label), Some(text)) => Some(format!("{label}: {text}")),
        (_, text) => text.clone(),
    }
}

/// The distinct stated texts of return promises, for [`StatedBrief`].
pub fn brief_returns(facts: &[ReturnFact]) -> Vec<String> {
    distinct(facts.iter().filter_map(return_text))
}

/// The distinct stated texts of any field whose facts are plain text, for [`StatedBrief`].
pub fn brief_texts<'a>(texts: impl IntoIterator<Item = Option<&'a str>>) -> Vec<String> {
    distinct(texts.into_iter().flatten().map(str::to_owned))
}

fn distinct(texts: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for text in texts {
        if !seen.contains(&text) {
            seen.push(text);
        }
    }
    seen
}

/// Introduction periods, with the days read and their basis.
pub fn periods(data: &AppData, facts: &[PeriodFact]) -> Vec<Shown> {
    facts
        .iter()
        .map(|f| {
            let detail = describe_period(f).map(|days| match period_basis(f) {
                Basis::Stated => days,
                basis => format!("{days}({})", basis.label()),
            });
            Shown::new(data, f.text.as_deref(), detail, &f.source)
        })
        .collect()
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

/// Renders a field's statements in a list card: each distinct text once, without structured
/// readings or sources. When the sources disagree it says so, and the detail page (one click
/// away) shows which source says what. A list of data-rich providers stays light to draw.
#[component]
pub fn StatedBrief(mut texts: Vec<String>) -> impl IntoView {
    match texts.len() {
        0 => view! { <span class="unknown">{NOT_STATED}</span> }.into_any(),
        1 => view! { <span>{texts.remove(0)}</span> }.into_any(),
        _ => view! {
            <ul class="stated conflict">
                <li class="conflict-note">"出典によって記載が異なります(出典は詳細ページ)"</li>
                {texts.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}
