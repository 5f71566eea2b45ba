//! Guide section: how the services in this guide were surveyed and how the three picks were chosen.
//!
//! Every figure comes from `site.json` (`survey` and `criteria`), so the page and the data agree.

use guide_model::pages::Page;
use std::sync::Arc;

use guide_model::guide::Section;
use leptos::prelude::*;

use super::GuideSection;
use crate::data::state::AppData;

/// This section of the guide.
const SECTION: Section = Section::Survey;

/// The survey's scope and period, the three selection conditions, and a note on freshness.
#[component]
pub fn SurveySection(
    /// The loaded data: the survey facts and the providers the criteria point to.
    data: Arc<AppData>,
) -> impl IntoView {
    let survey = data.site.survey.clone();
    let criteria = data
        .site
        .criteria
        .iter()
        .map(|fact| {
            let provider = data.loaded.dataset.providers.iter().find(|p| p.id == fact.provider_id);
            let link = provider.map(|p| {
                let href = Page::Provider.at([p.id.clone()]).href();
                let text = format!("{}の詳細を見る", p.name);
                view! { <p><a href=href>{text}</a></p> }
            });
            view! {
                <li>
                    <h4>{fact.criterion.label()}</h4>
                    <p>{fact.condition.clone()}</p>
                    {link}
                </li>
            }
        })
        .collect_view();
    let association = format!("{}({})", survey.association, survey.association_short);
    let members = format!("{}社", survey.regular_members);
    let target = format!(
        "{}社(正会員のうち、公式サイトで遠隔画像診断サービスの詳細を確認できた事業者)",
        survey.members_with_details
    );
    let as_of = format!(
        "このガイドに載せている事業者の情報には、どれも調査時点({})を添えています。サービスの内容や料金、受付時間は変わることがあります。導入を検討するときは、必ず各事業者に最新の情報を確かめてください。",
        survey.period_label
    );
    view! {
        <GuideSection id=SECTION.id() title=SECTION.title()>
            <p>{survey.method.clone()}</p>
            <dl class="guide-facts">
                <dt>"調査した団体"</dt>
                <dd>{association}</dd>
                <dt>"正会員数"</dt>
                <dd>{members}</dd>
                <dt>"調査対象"</dt>
                <dd>{target}</dd>
                <dt>"対象外"</dt>
                <dd>{survey.excluded.clone()}</dd>
                <dt>"調査時期"</dt>
                <dd>{survey.period_label.clone()}</dd>
            </dl>
            <h3 class="guide-subhead">"3つの選定条件"</h3>
            <ol class="guide-criteria">{criteria}</ol>
            <p class="guide-note">{as_of}</p>
        </GuideSection>
    }
}
