//! The clock's results: computed due times soonest first (with the timeline), then services
//! whose rules cannot be computed, and those that state no such service.

use guide_model::pages::Page;
use std::sync::Arc;

use guide_model::clock::date::DateTime;
use guide_model::clock::turnaround::{rows, Kind, Note, Outcome};
use leptos::prelude::*;

use super::timeline::{Timeline, TimelineBar};
use crate::data::state::AppData;

/// A computed row, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub urgent: bool,
    pub accepted: DateTime,
    pub due: DateTime,
    pub notes: Vec<String>,
    pub text: String,
    pub waited: bool,
}

/// The results of the clock for `sent`.
#[component]
pub fn ClockResults(app: Arc<AppData>, sent: Memo<DateTime>, focus: Memo<Option<String>>) -> impl IntoView {
    let (show_urgent, set_show_urgent) = signal(true);
    move || {
        let sent = sent.get();
        let mut computed: Vec<Computed> = Vec::new();
        let mut unknown: Vec<(String, String, String, String)> = Vec::new();
        let mut not_offered: Vec<(String, String)> = Vec::new();
        for p in app.providers().iter().filter(|p| p.listed_in.iter().any(|s| s == "directory")) {
            for row in rows(p, sent) {
                let kind = row.label.clone();
                match row.outcome {
                    Outcome::Due { accepted, due, notes, waited, .. } => {
                        computed.push(Computed {
                            id: p.id.clone(),
                            name: p.name.clone(),
                            urgent: row.kind != Kind::Normal,
                            kind,
                            accepted,
                            due,
                            notes: notes.iter().map(Note::label).collect(),
                            text: row.text.unwrap_or_default(),
                            waited,
                        });
                    }
                    Outcome::NotOffered => not_offered.push((p.name.clone(), kind)),
                    Outcome::Unknown(why) => unknown.push((
                        p.id.clone(),
                        p.name.clone(),
                        kind,
                        match row.text {
                            Some(t) => format!("{why}(記載: {t})"),
                            None => why.to_string(),
                        },
                    )),
                }
            }
        }
        computed.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.name.cmp(&b.name)));
        let focus_id = focus.get();
        let visible: Vec<Computed> =
            computed.iter().filter(|c| show_urgent.get() || !c.urgent).cloned().collect();
        let bars: Vec<TimelineBar> = visible
            .iter()
            .map(|c| TimelineBar {
                label: format!("{} {}", c.name, c.kind),
                accepted: c.accepted,
                due: c.due,
                urgent: c.urgent,
            })
            .collect();
        let count = visible.len();
        if let Some(id) = focus_id.clone() {
            crate::views::scroll::scroll_to_section(&format!("clock-{id}"));
        }
        let mut seen: Vec<String> = Vec::new();
        view! {
            <section aria-labelledby="clock-results-title">
                <h2 id="clock-results-title">"返却期限(早い順)"</h2>
                <label class="inline-check">
                    <input type="checkbox" prop:checked=show_urgent on:change=move |ev| set_show_urgent.set(event_target_checked(&ev))/>
                    "緊急読影・オプションも表示する"
                </label>
                <p role="status">{format!("{count}件の返却期限を計算しました。")}</p>
                <Timeline sent=sent bars=bars/>
                <div class="table-scroll" role="region" aria-labelledby="clock-table-caption" tabindex="0">
                    <table class="clock-table">
                        <caption id="clock-table-caption">"返却期限の一覧"</caption>
                        <thead><tr><th scope="col">"サービス"</th><th scope="col">"種類"</th><th scope="col">"受付"</th><th scope="col">"返却期限"</th><th scope="col">"記載・注記"</th></tr></thead>
                        <tbody>
                            {visible.into_iter().map(|c| {
                                let focused = focus_id.as_deref() == Some(c.id.as_str());
                                // The first row of a provider is the target of links from the finder.
                                let row_id = (!seen.contains(&c.id)).then(|| format!("clock-{}", c.id));
                                seen.push(c.id.clone());
                                view! {
                                    <tr id=row_id tabindex=focused.then_some("-1") class:focused=focused>
                                        <th scope="row"><a href=Page::Provider.at([c.id.clone()]).href()>{c.name.clone()}</a></th>
                                        <td>{c.kind.clone()}</td>
                                        <td>{c.accepted.label()}{c.waited.then_some("(受付時間まで待ち)")}</td>
                                        <td class="due">{c.due.label()}</td>
                                        <td>{c.text.clone()}{(!c.notes.is_empty()).then(|| view! { <span class="stated-detail">{c.notes.join("・")}</span> })}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="clock-unknown-title">
                <h2 id="clock-unknown-title">{format!("計算できないもの({}件)", unknown.len())}</h2>
                <p class="muted">"返却のルールや受付時間の記載がないため、推測はせずに理由を示します。"</p>
                <ul class="clock-unknown">
                    {unknown.into_iter().map(|(id, name, kind, why)| {
                        let href = Page::Provider.at([id]).href();
                        view! { <li><a href=href>{name}</a>{format!(" {kind}: {why}")}</li> }
                    }).collect_view()}
                </ul>
                {(!not_offered.is_empty()).then(|| view! {
                    <h3>"対応なしと記載"</h3>
                    <ul>{not_offered.into_iter().map(|(name, kind)| view! { <li>{format!("{name} {kind}")}</li> }).collect_view()}</ul>
                })}
            </section>
        }
    }
}
