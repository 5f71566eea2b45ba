//! The turnaround clock: "if we send images at this date and time (Japan time), when is each
//! report due?" The visitor may keep one kind of reading and one exam; due times come in two
//! groups, soonest first (those the stated words fix, then those resting on an assumption),
//! with a timeline chart, the assumptions stated, and services whose rules are not stated
//! listed as unknown. The time and the choices live in the address (`at`, `kind`, `m`, `focus`).

pub mod choices;
pub mod moment;
pub mod results;
pub mod table;
pub mod timeline;

use guide_model::clock::date::DateTime;
use guide_model::clock::holidays::holiday_name;
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::state::ready_data;
use crate::routing::history::use_router;
use choices::ClockChoices;
use guide_model::clock::board::Choices;
use guide_model::route::Query;
use moment::{format_at, now_in_japan, parse_at};
use results::ClockResults;

/// The assumptions the computation makes, shown on the page.
const ASSUMPTIONS: [&str; 8] = [
    "日時はすべて日本時間です(お使いの端末の時間帯に関係なく計算します)。",
    "営業日は、事業者の記載がなければ月〜金曜日とし、祝日(振替休日・国民の休日を含む)は休業として計算します。年末年始・夏季などの休業は記載がないため考慮していません。",
    "受付時間に祝日の記載がない場合、祝日は受付しないものとして計算します。受付時間外の依頼は、次の受付開始時刻に受け付けたものとします。",
    "「翌営業日」など日単位の返却で受付時間の記載がない場合は、送信日が営業日ならその日に、そうでなければ次の営業日に受け付けたものとして計算し、「推定」と表示します。",
    "「受付から○時間以内」で受付時間の記載がない場合や、返却時間の記載が計算できる形でない場合は、推測せず「計算できない」として表示します。",
    "「16時までの受付で」のように締切時刻だけの記載は、営業日の締切前ならその時刻に、締切後や休業日なら次の営業日に受け付けたものとして計算します(受付開始の時刻は記載がありません)。",
    "同じサービスについて出典ごとに受付時間が異なる場合は、いずれかの出典に記載された時間を合わせて受付時間とし、その旨を表示します。",
    "「翌日」が暦日か営業日かなど、記載の解釈が分かれる場合は、遅いほうの読みで計算して表示します(もう一方の読みが計算できない場合は「推定を含む期限」に分けます)。「目安」の記載はその旨を表示します。「最短」の記載は期限の上限ではないため、「推定を含む期限」に分けて表示します。",
];

/// The clock page.
#[component]
pub fn ClockPage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let router = use_router();
    let query = Memo::new(move |_| router.route().query_of(Page::Clock).cloned().unwrap_or_default());
    let sent =
        Memo::new(move |_| query.with(|q| q.get("at").and_then(parse_at)).unwrap_or_else(now_in_japan));
    let focus = Memo::new(move |_| query.with(|q| q.get("focus").map(str::to_owned)));
    let choices = Memo::new(move |_| query.with(Choices::from_query));
    // Each control changes its own keys of the address and keeps the others.
    let update = move |change: &dyn Fn(&mut Query)| {
        let mut q = query.get_untracked();
        change(&mut q);
        router.navigate(&Page::Clock.with_query(q), true);
    };
    let set_sent = move |at: DateTime| update(&|q| q.set("at", Some(format_at(at))));
    let set_choices = move |c: Choices| update(&|q| c.write(q));
    // A value that does not parse (a cleared or half-typed field) keeps the last good time and
    // says so beside the field, rather than silently computing something else.
    let date_error = RwSignal::new(false);
    let time_error = RwSignal::new(false);
    let on_date = move |ev| {
        let date = guide_model::clock::date::Date::parse(&event_target_value(&ev));
        date_error.set(date.is_none());
        if let Some(date) = date {
            set_sent(DateTime { date, ..sent.get_untracked() });
        }
    };
    let on_time = move |ev| {
        let clock = guide_model::rule::Clock::parse(&event_target_value(&ev));
        time_error.set(clock.is_none());
        if let Some(clock) = clock {
            set_sent(DateTime { minute: u32::from(clock.minutes), ..sent.get_untracked() });
        }
    };
    let holiday = move || {
        let d = sent.get().date;
        holiday_name(d).map(|name| format!("{}月{}日は祝日({name})です。", d.month, d.day))
    };
    view! {
        <div class="clock">
            <h1>"返却時刻の計算"</h1>
            <p class="lead">"画像を送る日時を入れると、各サービスの記載された受付時間と返却ルールから、読影レポートの返却期限を計算します。"</p>
            <form class="clock-form" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="clock-date">"送信日(日本時間)"</label>
                    // The years the holiday calendar holds for (its equinox formula); with a
                    // four-digit upper bound a typed year also moves on to the month by itself.
                    <input id="clock-date" type="date" min="1980-01-01" max="2099-12-31" prop:value=move || sent.get().date.to_string() on:change=on_date
                        aria-invalid=move || date_error.get().then_some("true") aria-describedby=move || date_error.get().then_some("clock-date-error")/>
                    <FieldError id="clock-date-error" shown=date_error text="日付を入力してください(例: 2026/11/20)。計算は直前の日時のままです。"/>
                </div>
                <div class="field">
                    <label for="clock-time">"送信時刻(日本時間)"</label>
                    <input id="clock-time" type="time" prop:value=move || { let m = sent.get().minute; format!("{:02}:{:02}", m / 60, m % 60) } on:change=on_time
                        aria-invalid=move || time_error.get().then_some("true") aria-describedby=move || time_error.get().then_some("clock-time-error")/>
                    <FieldError id="clock-time-error" shown=time_error text="時刻を入力してください(例: 19:30)。計算は直前の日時のままです。"/>
                </div>
                <button type="button" class="button" on:click=move |_| set_sent(now_in_japan())>"現在の日時にする"</button>
            </form>
            // `data-now`: drawn for the moment the page opens, which a page file read later does
            // not know; the build writes the attribute's text in its place (scripts/prerender.mjs).
            <p class="clock-sent" role="status" aria-live="polite" data-now="送信: ページを開いた日時(日本時間)">
                {move || format!("送信: {}(日本時間)", sent.get().label())}
                " "
                {holiday}
            </p>
            <ClockChoices choices=choices on_change=set_choices/>
            <details class="assumptions">
                <summary>"計算の前提"</summary>
                <ul>{ASSUMPTIONS.iter().map(|a| view! { <li>{*a}</li> }).collect_view()}</ul>
            </details>
            <div class="clock-results" data-now="返却期限は、ページを開いた日時(または入力した日時)をもとにブラウザ上で計算して表示します。表示されない場合は、JavaScriptを有効にしてください。">
                <ClockResults app=app.clone() sent=sent focus=focus choices=choices/>
            </div>
        </div>
    }
    .into_any()
}

/// The message under a field whose value cannot be used; announced when it appears.
#[component]
fn FieldError(id: &'static str, shown: RwSignal<bool>, text: &'static str) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert">
            {move || shown.get().then_some(text)}
        </p>
    }
}
