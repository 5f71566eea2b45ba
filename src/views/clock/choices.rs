//! The clock's choices: which kind of reading to list (all, normal only, urgent only) and one
//! exam. Each change rewrites its keys of the address (`kind`, `m`) and keeps the time.

use guide_model::clock::board::{Choices, KindChoice};
use guide_model::modality::Modality;
use leptos::prelude::*;

/// The form.
#[component]
pub fn ClockChoices(
    choices: Memo<Choices>,
    on_change: impl Fn(Choices) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let on_exam = move |ev| {
        let exam = Modality::from_code(&event_target_value(&ev));
        on_change(Choices { exam, ..choices.get_untracked() });
    };
    view! {
        <form class="clock-choices" on:submit=|ev| ev.prevent_default() aria-label="表示する返却の条件">
            <fieldset aria-describedby="clock-kind-hint">
                <legend>"読影の種類"</legend>
                <div class="choice-row">
                    {KindChoice::ALL.into_iter().map(|kind| {
                        let id = format!("clock-kind-{}", if kind == KindChoice::All { "all" } else { kind.code() });
                        view! {
                            <div class="choice">
                                <input type="radio" name="clock-kind" id=id.clone()
                                    prop:checked=move || choices.with(|c| c.kind == kind)
                                    on:change=move |_| on_change(Choices { kind, ..choices.get_untracked() })/>
                                <label for=id>{kind.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
                <p class="facet-hint" id="clock-kind-hint">
                    "「緊急読影のみ」には、分・時間単位で返却するオプション(24/365サービスなど)も含みます。翌朝・翌営業日に返却するオプションは「すべて」に表示します。"
                </p>
            </fieldset>
            <div class="field">
                <label for="clock-exam">"検査"</label>
                <select id="clock-exam" on:change=on_exam>
                    <option value="" selected=move || choices.with(|c| c.exam.is_none())>"指定しない"</option>
                    {Modality::ALL.into_iter().map(|m| view! {
                        <option value=m.code() selected=move || choices.with(|c| c.exam == Some(m))>{m.label()}</option>
                    }).collect_view()}
                </select>
            </div>
        </form>
    }
}
