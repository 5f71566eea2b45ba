//! Provider detail: everything known about one organization, each value with its source and
//! the survey date, conflicts shown with both values, contact links, and a way back.

pub mod conflicts_box;
pub mod features;
pub mod organization;
pub mod pick_box;

use guide_model::compare::as_of_label;
use leptos::prelude::*;

use crate::components::badges::badges;
use crate::components::compare_button::CompareButton;
use crate::components::page_title::set_page_title;
use crate::components::phone_link::PhoneLink;
use crate::components::service_table::ServiceTable;
use crate::data::state::ready_data;
use crate::views::directory::LastDirectory;
use crate::views::not_found::NotFoundPage;
use conflicts_box::ConflictsBox;
use features::FeatureList;
use organization::OrganizationFacts;
use pick_box::PickBox;

/// The detail page of provider `id`.
#[component]
pub fn ProviderPage(id: String) -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let Some(provider) = app.loaded.dataset.provider(&id).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    set_page_title(&provider.name);
    let back = expect_context::<LastDirectory>().href.get_untracked();
    let sources: Vec<String> = provider.listed_in.iter().map(|s| app.source_label(s).to_string()).collect();
    let websites = provider.website.clone();
    let phones = provider.phone.clone();
    view! {
        <article class="provider-detail">
            <p class="back"><a href=back>"← サービス一覧に戻る"</a></p>
            <h1>{provider.name.clone()}</h1>
            {badges(&provider)}
            <p class="lead">{provider.description.clone()}</p>
            <p class="as-of">
                {format!("調査時点: {}(掲載元: {})。サービス内容は変わることがあります。導入の際は事業者に最新の情報をご確認ください。", as_of_label(&provider.as_of), sources.join("、"))}
            </p>
            <div class="detail-actions">
                <CompareButton id=provider.id.clone() name=provider.name.clone()/>
            </div>
            <section class="contact" aria-labelledby="contact-title">
                <h2 id="contact-title">"問い合わせ先"</h2>
                {if phones.is_empty() {
                    view! { <p>"電話番号: " <span class="unknown">"記載なし"</span></p> }.into_any()
                } else {
                    phones.into_iter().map(|p| view! { <PhoneLink phone=p/> }).collect_view().into_any()
                }}
                {if websites.is_empty() {
                    view! { <p>"Webサイト: " <span class="unknown">"記載なし"</span></p> }.into_any()
                } else {
                    websites
                        .into_iter()
                        .map(|w| view! {
                            <p>
                                "Webサイト: "
                                <a href=w.url.clone() target="_blank" rel="noopener noreferrer">
                                    {w.url.clone()}
                                    <span class="visually-hidden">"(外部サイト、新しいタブで開きます)"</span>
                                </a>
                            </p>
                        })
                        .collect_view()
                        .into_any()
                }}
            </section>
            <PickBox provider=provider.clone() data=app.clone()/>
            <section aria-labelledby="service-title">
                <h2 id="service-title">"サービス内容"</h2>
                <ServiceTable provider=provider.clone() data=app.clone() sources=true/>
            </section>
            <FeatureList provider=provider.clone() data=app.clone()/>
            <OrganizationFacts provider=provider.clone() data=app.clone()/>
            <ConflictsBox provider=provider.clone() data=app.clone()/>
        </article>
    }
    .into_any()
}
