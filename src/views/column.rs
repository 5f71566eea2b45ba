//! One column article: title, summary, reading time, table of contents, the body as text,
//! related guide sections, directory filters and articles, previous/next, and a closing note.

pub mod body;
pub mod related;

use std::sync::Arc;

use guide_model::column::Article;
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::components::page_title::set_page_title;
use crate::data::columns::{article, column_index};
use crate::data::remote::Loaded;
use crate::views::scroll::scroll_to_section;
use body::ArticleBody;
use related::Related;

/// The article page of `slug`, scrolled to `section` when given.
#[component]
pub fn ColumnPage(slug: String, section: Option<String>) -> impl IntoView {
    let index = column_index();
    let ready = move |a: Arc<Article>| {
        set_page_title(&a.meta.title);
        if let Some(id) = section.clone() {
            scroll_to_section(&id);
        }
        let meta = a.meta.clone();
        let toc: Vec<(String, String)> = meta
            .headings
            .iter()
            .map(|h| (Page::Column.at([meta.slug.clone(), h.id.clone()]).href(), h.text.clone()))
            .collect();
        view! {
            <article class="column-article">
                <h1>{meta.title.clone()}</h1>
                <p class="lead">{meta.summary.clone()}</p>
                <p class="column-meta">
                    {format!("約{}分で読めます({}文字) ・ 内容の確認日 {}", meta.reading_minutes(), meta.chars, meta.reviewed)}
                </p>
                <ul class="badges" aria-label="トピック">
                    {meta.tags.iter().map(|t| view! { <li class="badge">{t.clone()}</li> }).collect_view()}
                </ul>
                <nav class="toc" aria-labelledby="toc-title">
                    <h2 id="toc-title">"目次"</h2>
                    <ol>{toc.into_iter().map(|(href, text)| view! { <li><a href=href>{text}</a></li> }).collect_view()}</ol>
                </nav>
                <ArticleBody blocks=a.blocks.clone()/>
                <aside class="disclaimer" aria-label="ご注意">
                    <p>
                        "この記事は一般的な情報の提供を目的としたもので、医学的・法的な助言ではありません。サービスの内容や制度は変わることがあります。導入や判断の際は、各事業者や専門家に最新の情報をご確認ください。"
                    </p>
                </aside>
                <Related meta=meta index=index/>
            </article>
        }
    };
    view! {
        <div class="column-page">
            // Also the way out when the article cannot be found.
            <p class="back"><a href=Page::Columns.href()>"← コラムの一覧"</a></p>
            <Loaded
                remote=article(&slug)
                loading="記事を読み込んでいます…"
                heading="記事を読み込めませんでした"
                ready=ready
            />
        </div>
    }
}
