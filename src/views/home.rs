//! Home: the heading and lead, one recommendation per criterion with the survey method beside
//! them, and entry points to the directory and the guide.

use guide_model::home::{HOME_LEAD, HOME_TITLE};
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::components::criterion_card::CriterionCard;
use crate::components::search_box::SearchBox;
use crate::data::state::ready_data;

/// The home page's heading and lead.
#[component]
fn HomeHero() -> impl IntoView {
    view! {
        <div class="home-hero">
            <h1>{HOME_TITLE}</h1>
            <p class="lead">{HOME_LEAD}</p>
        </div>
    }
}

/// The home page: heading and lead, entry points, search and recommendations.
#[component]
pub fn HomePage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let survey = app.site.survey.clone();
    let count = app.providers().len();
    let cards = app.site.criteria.clone();
    view! {
        <HomeHero/>
        <div class="home">
            <nav class="entry-points" aria-label="ガイドの入口">
                <a class="entry" href=Page::Finder.href()>
                    <strong>"自院に合うサービスを探す"</strong>
                    <span>"施設の種類・検査・時間帯・重視する点から、合うサービスを順に表示します"</span>
                </a>
                <a class="entry" href=Page::Clock.href()>
                    <strong>"返却時刻を計算する"</strong>
                    <span>"送る日時から、各サービスの読影レポートの返却期限を計算します"</span>
                </a>
                <a class="entry" href=Page::Directory.href()>
                    <strong>"サービス一覧から探す"</strong>
                    <span>{format!("{count}の事業者を、検査メニューや返却時間で絞り込めます")}</span>
                </a>
                <a class="entry" href=Page::Guide.href()>
                    <strong>"基礎知識を読む"</strong>
                    <span>"遠隔画像診断の種類、加算、調査方法をまとめています"</span>
                </a>
                <a class="entry" href=Page::Columns.href()>
                    <strong>"コラムを読む"</strong>
                    <span>"導入の流れや費用、検査ごとの読影のポイントなど22本の記事"</span>
                </a>
            </nav>
            <SearchBox/>
            <section class="picks" aria-labelledby="picks-title">
                <h2 id="picks-title">"3つの観点から選んだおすすめ"</h2>
                <p>
                    "遠隔画像診断サービス選びで欠かせない「品質・信頼性」「セキュリティ」「対応時間」の観点ごとに、条件を満たした事業者を1社ずつ紹介します。"
                </p>
                <section class="survey-box" aria-labelledby="survey-title">
                    <h3 id="survey-title">"調査方法と時点"</h3>
                    <p>{survey.method.clone()}</p>
                    <p class="as-of">{format!("調査時点: {}。サービス内容は変わることがあります。導入の際は各事業者に最新の情報をご確認ください。", survey.period_label)}</p>
                    <p><a href=Page::Guide.at(["survey"]).href()>"調査方法の詳細"</a></p>
                </section>
                <div class="criterion-cards">
                    {cards.into_iter().map(|c| view! { <CriterionCard criterion=c data=app.clone()/> }).collect_view()}
                </div>
            </section>
        </div>
    }
    .into_any()
}
