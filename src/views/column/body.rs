//! The article body: blocks rendered as text nodes (bold runs as `<strong>`, links to other
//! articles through their typed route), never as HTML.

use guide_model::column::{Block, Inline};
use guide_model::pages::Page;
use leptos::prelude::*;

fn runs(inlines: Vec<Inline>) -> impl IntoView {
    inlines
        .into_iter()
        .map(|r| match r {
            Inline::Text(t) => view! { <span>{t}</span> }.into_any(),
            Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::Article { text, slug } => {
                view! { <a href=Page::Column.at([slug]).href()>{text}</a> }.into_any()
            }
        })
        .collect_view()
}

/// Renders the blocks of an article.
#[component]
pub fn ArticleBody(blocks: Vec<Block>) -> impl IntoView {
    let mut table_no = 0;
    let views = blocks
        .into_iter()
        .map(|block| match block {
            Block::H2 { id, text } => view! { <h2 id=id tabindex="-1">{text}</h2> }.into_any(),
            Block::H3 { text } => view! { <h3>{text}</h3> }.into_any(),
            Block::Paragraph(inlines) => view! { <p>{runs(inlines)}</p> }.into_any(),
            Block::List(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{runs(i)}</li> }).collect_view()}</ul> }.into_any(),
            Block::Table { head, rows } => {
                table_no += 1;
                let label = format!("表{table_no}");
                view! {
                    <div class="table-scroll" role="region" aria-label=label tabindex="0">
                        <table class="content-table">
                            <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })
        .collect_view();
    view! { <div class="article-body">{views}</div> }
}
