//! The finder's questions. Every change updates the URL, so a result can be shared.

use guide_model::facts::Area;
use guide_model::finder::profile::{FACILITIES, HOURS, URGENCY, VOLUMES};
use guide_model::finder::Profile;
use guide_model::modality::Modality;
use guide_model::pages::Page;
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
                {FACILITIES.into_iter().map(|(f, code, label)| view! {
                    <Choice kind="radio" name="facility" id=format!("fac-{code}") label=label
                        checked=move || profile.with(|p| p.facility == Some(f))
                        on_change=move || update(&|p| p.facility = Some(f))/>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"依頼したい検査(すべて必須)"</legend>
                <div class="choice-grid">
                    {Modality::ALL.into_iter().map(|m| view! {
                        <Choice kind="checkbox" name="" id=format!("need-{}", m.code()) label=m.label()
                            checked=move || profile.with(|p| p.modalities.contains(&m))
                            on_change=move || update(&|p| toggle(&mut p.modalities, m))/>
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset>
                <legend>"月あたりの依頼件数(目安)"</legend>
                {VOLUMES.into_iter().map(|(v, code, label)| view! {
                    <Choice kind="radio" name="volume" id=format!("vol-{code}") label=label
                        checked=move || profile.with(|p| p.volume == Some(v))
                        on_change=move || update(&|p| p.volume = Some(v))/>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"依頼する時間帯(すべて必須)"</legend>
                {HOURS.into_iter().map(|(h, code, label)| view! {
                    <Choice kind="checkbox" name="" id=format!("hours-{code}") label=label
                        checked=move || profile.with(|p| p.hours.contains(&h))
                        on_change=move || update(&|p| toggle(&mut p.hours, h))/>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"緊急読影の返却(必須)"</legend>
                {std::iter::once((None, "urgent-none".to_string(), "必要ない"))
                    .chain(URGENCY.into_iter().map(|(minutes, label)| (Some(minutes), format!("urgent-{minutes}"), label)))
                    .map(|(minutes, id, label)| view! {
                        <Choice kind="radio" name="urgent" id=id label=label
                            checked=move || profile.with(|p| p.urgent_within == minutes)
                            on_change=move || update(&|p| p.urgent_within = minutes)/>
                    })
                    .collect_view()}
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
            <p><a class="button small" href=Page::Finder.href()>"条件をリセット"</a></p>
        </form>
    }
}

/// Adds `item` to the list, or removes it when it is there.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

/// One radio button or checkbox with its label.
#[component]
fn Choice(
    kind: &'static str,
    name: &'static str,
    id: String,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type=kind name=(!name.is_empty()).then_some(name) id=id.clone() prop:checked=checked on:change=move |_| on_change()/>
            <label for=id>{label}</label>
        </div>
    }
}
