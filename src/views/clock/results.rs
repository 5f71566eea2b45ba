//! The clock's results under the visitor's choices: how many due times were computed and which
//! providers the exam choice left out; the due times the stated words fix (with the timeline),
//! then those that rest on an assumption, each soonest first; then the promises that cannot be
//! computed, and those stated as not offered.

use std::sync::Arc;

use guide_model::clock::board::{board, Choices};
use guide_model::clock::date::DateTime;
use guide_model::clock::turnaround::Outcome;
use guide_model::pages::Page;
use leptos::prelude::*;

use super::table::{DueTable, Line};
use super::timeline::{Timeline, TimelineBar};
use crate::data::state::AppData;

/// The results of the clock for `sent` under `choices`.
#[component]
pub fn ClockResults(
    app: Arc<AppData>,
    sent: Memo<DateTime>,
    focus: Memo<Option<String>>,
    choices: Memo<Choices>,
) -> impl IntoView {
    move || {
        let sent = sent.get();
        let choices = choices.get();
        let listed = app.providers().iter().filter(|p| p.listed_in.iter().any(|s| s == "directory"));
        let b = board(listed, sent, choices);
        // A provider's first row, firm or estimated, is the target of links from the finder.
        let mut seen: Vec<String> = Vec::new();
        let firm: Vec<Line> = b.firm.iter().filter_map(|e| Line::of(e, &mut seen)).collect();
        let estimated: Vec<Line> = b.estimated.iter().filter_map(|e| Line::of(e, &mut seen)).collect();
        let unknown: Vec<(String, String, String)> = b
            .unknown
            .iter()
            .map(|e| {
                let why = match (&e.row.outcome, &e.row.text) {
                    (Outcome::Unknown(why), Some(t)) => format!("{why}(記載: {t})"),
                    (Outcome::Unknown(why), None) => why.to_string(),
                    _ => String::new(),
                };
                (e.provider.id.clone(), e.provider.name.clone(), format!(" {}: {why}", e.kind_label()))
            })
            .collect();
        let not_offered: Vec<String> =
            b.not_offered.iter().map(|e| format!("{} {}", e.provider.name, e.kind_label())).collect();
        let excluded = choices.exam.and_then(|m| b.excluded.sentence(m));
        let bars: Vec<TimelineBar> = firm
            .iter()
            .map(|c| TimelineBar {
                label: format!("{} {}", c.name, c.kind),
                accepted: c.accepted,
                due: c.due,
                urgent: c.urgent,
            })
            .collect();
        let focus_id = focus.get();
        if let Some(id) = focus_id.clone() {
            crate::views::scroll::scroll_to_section(&format!("clock-{id}"));
        }
        let (n_firm, n_estimated) = (firm.len(), estimated.len());
        view! {
            <section aria-labelledby="clock-results-title">
                <h2 id="clock-results-title">"返却期限(早い順)"</h2>
                <p role="status">
                    {format!("{}件の返却期限を計算しました(記載どおり{n_firm}件・推定を含む{n_estimated}件)。", n_firm + n_estimated)}
                    {excluded.map(|s| view! { <span class="clock-excluded">{s}</span> })}
                </p>
                <section class="clock-group" id="clock-firm" aria-labelledby="clock-firm-title">
                    <h3 id="clock-firm-title">{format!("記載どおりに計算できた期限({n_firm}件)")}</h3>
                    <p class="muted">"記載された受付時間(または締切時刻)と返却ルールだけで決まる期限で、解釈が分かれる記載は遅いほうの読みで示しています。"</p>
                    <Timeline sent=sent bars=bars/>
                    <Group id="clock-firm-table" caption="記載どおりに計算できた期限の一覧" lines=firm focus=focus_id.clone()/>
                </section>
                <section class="clock-group" id="clock-estimated" aria-labelledby="clock-estimated-title">
                    <h3 id="clock-estimated-title">{format!("推定を含む期限({n_estimated}件)")}</h3>
                    <p class="muted">"受付時間の記載がない、「最短」の記載しかないなど、このページの仮定を含む期限で、実際にはこれより遅くなることがあります。"</p>
                    <Group id="clock-estimated-table" caption="推定を含む期限の一覧" lines=estimated focus=focus_id/>
                </section>
            </section>
            <section aria-labelledby="clock-unknown-title">
                <h2 id="clock-unknown-title">{format!("計算できないもの({}件)", unknown.len())}</h2>
                <p class="muted">"返却のルールや受付時間の記載がないため、推測はせずに理由を示します。"</p>
                <ul class="clock-unknown">
                    {unknown.into_iter().map(|(id, name, why)| {
                        let href = Page::Provider.at([id]).href();
                        view! { <li><a href=href>{name}</a>{why}</li> }
                    }).collect_view()}
                </ul>
                {(!not_offered.is_empty()).then(|| view! {
                    <h3>"対応なしと記載"</h3>
                    <ul>{not_offered.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                })}
            </section>
        }
    }
}

/// A group's table, or a line saying it is empty.
#[component]
fn Group(id: &'static str, caption: &'static str, lines: Vec<Line>, focus: Option<String>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p class="clock-none">"該当するものはありません。"</p> }.into_any();
    }
    view! { <DueTable id=id caption=caption lines=lines focus=focus/> }.into_any()
}
