//! The column list: every article with its topic tags, filterable by tag and searchable, the
//! state in the URL.

use std::sync::Arc;

use guide_model::column::{ArticleMeta, ColumnIndex};
use guide_model::pages::Page;
use guide_model::search::{fold, Query as SearchQuery};
use leptos::prelude::*;

use crate::data::columns::column_index;
use crate::data::remote::Loaded;
use crate::routing::history::use_router;
use guide_model::route::Query;
use guide_model::route::Route;

/// Tags and words from the current route.
fn state(route: &Route) -> (Vec<String>, String) {
    match route.query_of(Page::Columns) {
        Some(q) => (q.list("tag"), q.get("q").unwrap_or_default().to_string()),
        None => (Vec::new(), String::new()),
    }
}

/// The column list page.
#[component]
pub fn ColumnsPage() -> impl IntoView {
    let router = use_router();
    let current = Memo::new(move |_| state(&router.route()));
    let go = move |tags: Vec<String>, q: String| {
        let query = Query(vec![("tag".into(), tags.join(",")), ("q".into(), q)]);
        router.navigate(&Page::Columns.with_query(query), true);
    };
    view! {
        <div class="columns">
            <h1>"コラム"</h1>
            <p class="lead">"遠隔画像診断サービスを導入する前に知っておきたい知識や、検査ごとの読影のポイントをまとめています。"</p>
            <Loaded remote=column_index() loading="記事の一覧を読み込んでいます…" ready={move |index: Arc<ColumnIndex>| {
                    let all_tags = {
                        let mut tags: Vec<String> = Vec::new();
                        for t in index.articles.iter().flat_map(|a| a.tags.iter()) {
                            if !tags.contains(t) {
                                tags.push(t.clone());
                            }
                        }
                        tags
                    };
                    let index = index.clone();
                    let hits = Memo::new(move |_| {
                        let (tags, q) = current.get();
                        let query = SearchQuery::parse(&q);
                        index
                            .articles
                            .iter()
                            .filter(|a| tags.iter().all(|t| a.tags.contains(t)))
                            .filter(|a| query.matches(&haystack(a)))
                            .cloned()
                            .collect::<Vec<ArticleMeta>>()
                    });
                    view! {
                        <div class="column-tools">
                            <div class="field">
                                <label for="column-search">"記事を検索"</label>
                                <input
                                    id="column-search"
                                    type="search"
                                    prop:value=move || current.get().1
                                    on:input=move |ev| go(current.get_untracked().0, event_target_value(&ev))
                                />
                            </div>
                            <div role="group" aria-labelledby="tag-label" class="tag-filter">
                                <p id="tag-label" class="field-label">"トピックで絞り込む"</p>
                                {all_tags
                                    .into_iter()
                                    .map(|tag| {
                                        let t = tag.clone();
                                        let pressed = move || current.with(|(tags, _)| tags.contains(&t));
                                        let tag_for_click = tag.clone();
                                        view! {
                                            <button
                                                type="button"
                                                class="chip"
                                                aria-pressed=move || pressed().to_string()
                                                on:click=move |_| {
                                                    let (mut tags, q) = current.get_untracked();
                                                    match tags.iter().position(|x| *x == tag_for_click) {
                                                        Some(i) => { tags.remove(i); }
                                                        None => tags.push(tag_for_click.clone()),
                                                    }
                                                    go(tags, q);
                                                }
                                            >
                                                {tag}
                                            </button>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </div>
                        <p class="result-count" role="status" aria-live="polite">{move || format!("{}件の記事", hits.with(Vec::len))}</p>
                        <ol class="column-list">
                            {move || hits.get().into_iter().map(|a| view! { <li><ColumnCard meta=a/></li> }).collect_view()}
                        </ol>
                    }
            }}/>
        </div>
    }
}

fn haystack(a: &ArticleMeta) -> String {
    let headings: Vec<&str> = a.headings.iter().map(|h| h.text.as_str()).collect();
    fold(&format!("{} {} {} {}", a.title, a.summary, a.tags.join(" "), headings.join(" ")))
}

/// One article in the list.
#[component]
pub fn ColumnCard(meta: ArticleMeta) -> impl IntoView {
    let href = Page::Column.at([meta.slug.clone()]).href();
    view! {
        <article class="column-card">
            <h2><a href=href>{meta.title.clone()}</a></h2>
            <p>{meta.summary.clone()}</p>
            <p class="column-meta">
                {format!("約{}分で読めます ・ 確認日 {}", meta.reading_minutes(), meta.reviewed)}
            </p>
            <ul class="badges" aria-label="トピック">
                {meta.tags.iter().map(|t| view! { <li class="badge">{t.clone()}</li> }).collect_view()}
            </ul>
        </article>
    }
}
