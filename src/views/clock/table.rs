//! One group of computed due times as a table: service (a link to its page), kind, acceptance,
//! due time, and the statement with the notes that qualify it.

use guide_model::clock::board::Entry;
use guide_model::clock::date::DateTime;
use guide_model::clock::turnaround::{Note, Outcome};
use guide_model::pages::Page;
use leptos::prelude::*;

/// A computed row, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub urgent: bool,
    pub accepted: DateTime,
    pub due: DateTime,
    pub notes: Vec<String>,
    pub text: String,
    pub waited: bool,
    /// The id of the row, on a provider's first row: the target of links from the finder.
    pub anchor: Option<String>,
}

impl Line {
    /// The line of a computed entry; `seen` holds the providers that already have a row above.
    pub fn of(e: &Entry<'_>, seen: &mut Vec<String>) -> Option<Line> {
        let Outcome::Due { accepted, due, notes, waited, .. } = &e.row.outcome else { return None };
        let id = e.provider.id.clone();
        let anchor = (!seen.contains(&id)).then(|| format!("clock-{id}"));
        seen.push(id.clone());
        Some(Line {
            id,
            name: e.provider.name.clone(),
            kind: e.kind_label(),
            urgent: e.row.urgent,
            accepted: *accepted,
            due: *due,
            notes: notes.iter().map(Note::label).collect(),
            text: e.row.text.clone().unwrap_or_default(),
            waited: *waited,
            anchor,
        })
    }
}

/// The table of one group.
#[component]
pub fn DueTable(
    id: &'static str,
    caption: &'static str,
    lines: Vec<Line>,
    focus: Option<String>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=region_label tabindex="0">
            <table class="clock-table" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead><tr><th scope="col">"サービス"</th><th scope="col">"種類"</th><th scope="col">"受付"</th><th scope="col">"返却期限"</th><th scope="col">"記載・注記"</th></tr></thead>
                <tbody>
                    {lines.into_iter().map(|c| {
                        let focused = focus.as_deref() == Some(c.id.as_str());
                        view! {
                            <tr id=c.anchor tabindex=focused.then_some("-1") class:focused=focused>
                                <th scope="row"><a href=Page::Provider.at([c.id.clone()]).href()>{c.name}</a></th>
                                <td>{c.kind}</td>
                                <td>{c.accepted.label()}{c.waited.then_some("(受付時間まで待ち)")}</td>
                                <td class="due">{c.due.label()}</td>
                                <td>{c.text}{(!c.notes.is_empty()).then(|| view! { <span class="stated-detail">{c.notes.join("・")}</span> })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
