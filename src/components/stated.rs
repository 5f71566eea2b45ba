//! Shows a field's statements: the value with its source, every value when sources disagree,
//! and 記載なし when nothing is stated. Text from data is always rendered as text.

use leptos::prelude::*;

use crate::data::state::AppData;

/// The word for "not stated".
pub const NOT_STATED: &str = "記載なし";

/// One statement to show: its text (None = 記載なし) and its source label.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub text: Option<String>,
    pub source: String,
}

/// Turns (text, source code) pairs into shown statements with source labels.
pub fn shown<'a>(data: &AppData, items: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> Vec<Shown> {
    items
        .into_iter()
        .map(|(text, code)| Shown {
            text: text.map(str::to_owned),
            source: data.loaded.dataset.source_label(code).to_string(),
        })
        .collect()
}

/// Renders statements; with `sources` the source of each is shown beside it.
#[component]
pub fn Stated(items: Vec<Shown>, #[prop(optional)] sources: bool) -> impl IntoView {
    let stated: Vec<Shown> = items.iter().filter(|s| s.text.is_some()).cloned().collect();
    if stated.is_empty() {
        return view! { <span class="unknown">{NOT_STATED}</span> }.into_any();
    }
    let distinct = {
        let mut texts: Vec<&Option<String>> = stated.iter().map(|s| &s.text).collect();
        texts.dedup();
        texts.len()
    };
    if distinct == 1 && !sources {
        return view! { <span>{stated[0].text.clone()}</span> }.into_any();
    }
    view! {
        <ul class="stated" class:conflict={distinct > 1}>
            {stated
                .into_iter()
                .map(|s| view! {
                    <li>
                        <span>{s.text}</span>
                        " "
                        <span class="source">{format!("(出典: {})", s.source)}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
