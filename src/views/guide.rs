//! Guide: the basics of teleradiology services in five sections.
//!
//! `#/guide` shows the whole page; `#/guide/{section}` shows the same page, then scrolls that
//! section into view and moves keyboard focus to its heading once the page has been rendered.

pub mod surcharges;
pub mod survey;
pub mod types;
pub mod what_is;
pub mod workload;

use guide_model::guide::Section;
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::state::ready_data;

/// The `href` of one guide section (`#/guide/{id}`).
pub fn section_href(id: &str) -> String {
    Page::Guide.at([id]).href()
}

/// The element id of a section's `<h2>`.
pub fn heading_id(id: &str) -> String {
    format!("{id}-heading")
}

/// The guide page. `section` is the section named in the route, if any.
#[component]
pub fn GuidePage(section: Option<String>) -> impl IntoView {
    let Some(app) = ready_data() else {
        return ().into_any();
    };
    let section = section.filter(|id| Section::from_id(id).is_some());
    if let Some(id) = section.clone() {
        // A section has an address and a title of its own ("{section} | 基礎知識 | …").
        document().set_title(&guide_model::page_meta::title(&Page::Guide.at([id.clone()]), None));
        crate::views::scroll::scroll_to_section(&heading_id(&id));
    }
    let toc = Section::ALL
        .into_iter()
        .map(|s| {
            let current = (section.as_deref() == Some(s.id())).then_some("location");
            view! { <li><a href=section_href(s.id()) aria-current=current>{s.title()}</a></li> }
        })
        .collect_view();
    let workload = app.site.workload.clone();
    view! {
        <div class="guide">
            <h1>{Page::Guide.spec().title}</h1>
            <p class="lead">
                {Page::Guide.description()}
            </p>
            <nav class="guide-toc" aria-labelledby="guide-toc-title">
                <p class="guide-toc-title" id="guide-toc-title">"このページの内容"</p>
                <ol>{toc}</ol>
            </nav>
            <what_is::WhatIsSection/>
            <types::TypesSection/>
            <surcharges::SurchargesSection/>
            <survey::SurveySection data=app.clone()/>
            <workload::WorkloadSection workload=workload/>
            <p class="guide-next">
                "導入の流れや費用、検査ごとの読影のポイントは"
                <a href=Page::Columns.href()>"コラム"</a>
                "で詳しく解説しています。条件に合うサービスは"
                <a href=Page::Directory.href()>"サービス一覧"</a>
                "から探せます。"
            </p>
        </div>
    }
    .into_any()
}

/// One section of the guide: a `<section>` labelled by its focusable `<h2>`.
#[component]
pub fn GuideSection(
    /// The fragment id (`what-is`, `types`, ...).
    id: &'static str,
    /// The heading text.
    title: &'static str,
    children: Children,
) -> impl IntoView {
    let heading = heading_id(id);
    view! {
        <section id=id class="guide-section" aria-labelledby=heading_id(id)>
            <h2 id=heading tabindex="-1">{title}</h2>
            {children()}
        </section>
    }
}
