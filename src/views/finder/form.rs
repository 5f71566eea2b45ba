//! The finder's questions. Every change updates the URL, so a result can be shared.

use guide_model::facts::Area;
use guide_model::finder::profile::{FACILITIES, HOURS, URGENCY, VOLUMES};
use guide_model::finder::Profile;
use guide_model::modality::Modality;
use guide_model::provider::Criterion;
use leptos::prelude::*;

/// The form.
#[component]
pub fn FinderForm(
    profile: Memo<Profile>,
    on_change: impl Fn(Profile) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let update = move |f: &dyn Fn(&mut Profile)| {
        let mut p = profile.get_untracked();
        f(&mut p);
        on_change(p);
    };
    view! {
        <form class="finder-form" on:submit=|ev| ev.prevent_default() aria-label="施設の条件">
            <fieldset>
                <legend>"施設の種類"</legend>
                {FACILITIES.into_iter().map(|(f, code, label)| {
                    let id = format!("fac-{code}");
                    view! {
                        <div class="choice">
                            <input type="radio" name="facility" id=id.clone() prop:checked=move || profile.with(|p| p.facility == Some(f))
                                on:change=move |_| update(&|p| p.facility = Some(f))/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"依頼したい検査(すべて必須)"</legend>
                <div class="choice-grid">
                    {Modality::ALL.into_iter().map(|m| {
                        let id = format!("need-{}", m.code());
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() prop:checked=move || profile.with(|p| p.modalities.contains(&m))
                                    on:change=move |_| update(&|p| if let Some(i) = p.modalities.iter().position(|x| *x == m) { p.modalities.remove(i); } else { p.modalities.push(m); })/>
                                <label for=id>{m.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset>
                <legend>"月あたりの依頼件数(目安)"</legend>
                {VOLUMES.into_iter().map(|(v, code, label)| {
                    let id = format!("vol-{code}");
                    view! {
                        <div class="choice">
                            <input type="radio" name="volume" id=id.clone() prop:checked=move || profile.with(|p| p.volume == Some(v))
                                on:change=move |_| update(&|p| p.volume = Some(v))/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"依頼する時間帯(すべて必須)"</legend>
                {HOURS.into_iter().map(|(h, code, label)| {
                    let id = format!("hours-{code}");
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() prop:checked=move || profile.with(|p| p.hours.contains(&h))
                                on:change=move |_| update(&|p| if let Some(i) = p.hours.iter().position(|x| *x == h) { p.hours.remove(i); } else { p.hours.push(h); })/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"緊急読影の返却(必須)"</legend>
                <div class="choice">
                    <input type="radio" name="urgent" id="urgent-none" prop:checked=move || profile.with(|p| p.urgent_within.is_none())
                        on:change=move |_| update(&|p| p.urgent_within = None)/>
                    <label for="urgent-none">"必要ない"</label>
                </div>
                {URGENCY.into_iter().map(|(minutes, label)| {
                    let id = format!("urgent-{minutes}");
                    view! {
                        <div class="choice">
                            <input type="radio" name="urgent" id=id.clone() prop:checked=move || profile.with(|p| p.urgent_within == Some(minutes))
                                on:change=move |_| update(&|p| p.urgent_within = Some(minutes))/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"重視する点(順番に選択)"</legend>
                {[0usize, 1, 2].into_iter().map(|rank| {
                    let id = format!("prio-{rank}");
                    let label = ["1番目", "2番目", "3番目"][rank];
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <select id=id on:change=move |ev| {
                                let value = event_target_value(&ev);
                                update(&|p| {
                                    p.priorities.truncate(rank);
                                    if let Some(c) = Criterion::ALL.into_iter().find(|c| c.label() == value) {
                                        if !p.priorities.contains(&c) { p.priorities.push(c); }
                                    }
                                })
                            }>
                                <option value="" selected=move || profile.with(|p| p.priorities.get(rank).is_none())>"選ばない"</option>
                                {Criterion::ALL.into_iter().map(|c| view! {
                                    <option value=c.label() selected=move || profile.with(|p| p.priorities.get(rank) == Some(&c))>{c.label()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="finder-region">"地域"</label>
                <select id="finder-region" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    update(&|p| p.region = Area::ALL.into_iter().find(|a| a.code() == v));
                }>
                    <option value="" selected=move || profile.with(|p| p.region.is_none())>"指定しない"</option>
                    {Area::ALL.into_iter().filter(|a| *a != Area::Nationwide).map(|a| view! {
                        <option value=a.code() selected=move || profile.with(|p| p.region == Some(a))>{a.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <p><a class="button small" href="#/finder">"条件をリセット"</a></p>
        </form>
    }
}
