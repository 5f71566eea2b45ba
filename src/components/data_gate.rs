//! Shows its children only once the data has loaded; until then a loading line, and on
//! failure a Japanese message with a retry button (`data::remote::Loaded`). Skipped entries are
//! reported above.

use leptos::prelude::*;

use crate::data::remote::Loaded;
use crate::data::state::use_data;

/// Gate on the loaded data.
#[component]
pub fn DataGate(children: ChildrenFn) -> impl IntoView {
    let children = StoredValue::new(children);
    let ready = move |app: std::sync::Arc<crate::data::state::AppData>| {
        let problems = app.loaded.problems.clone();
        let empty = app.providers().is_empty();
        view! {
            <ProblemReport problems=problems/>
            {empty.then(|| view! {
                <p class="data-empty" role="status">
                    "読み込んだデータに表示できる事業者が1件もありません。データファイルの内容を確認してください。"
                </p>
            })}
            {children.with_value(|c| c())}
        }
    };
    view! {
        <Loaded
            remote=use_data().data
            loading="データを読み込んでいます…"
            heading="データを読み込めませんでした"
            ready=ready
        />
    }
}

/// Lists the problems in the data: entries skipped, and entries shown without a bad field.
#[component]
fn ProblemReport(problems: Vec<guide_model::problem::Problem>) -> impl IntoView {
    if problems.is_empty() {
        return None;
    }
    let entries = |kept: bool| -> std::collections::BTreeSet<usize> {
        problems.iter().filter(|p| p.kept == kept).map(|p| p.index).collect()
    };
    let (skipped, kept) = (entries(false).len(), entries(true).len());
    let summary = match (skipped, kept) {
        (0, k) => format!("データの一部({k}件)の項目に問題があったため、その項目を除いて表示しています。"),
        (s, 0) => format!("データの一部({s}件)に問題があったため、その事業者を表示していません。"),
        (s, k) => format!(
            "データの一部({s}件)に問題があったため、その事業者を表示していません。ほかの{k}件は、問題の項目を除いて表示しています。"
        ),
    };
    Some(view! {
        <details class="data-problems" role="status">
            <summary>{summary}</summary>
            <ul>
                {problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
            </ul>
        </details>
    })
}
