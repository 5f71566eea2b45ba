//! Where to go from an article: related guide sections, the directory filtered to the exams and
//! features it discusses, related articles by shared topics, and the previous and next article.

use guide_model::column::{ArticleMeta, ColumnIndex};
use guide_model::directory::facet::Facet;
use guide_model::feature::{Feature, FeatureGroup};
use guide_model::guide::Section;
use guide_model::modality::Modality;
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::remote::Remote;
use guide_model::route::Query;

/// The guide section title of a front-matter id (the builder checks the ids).
pub fn guide_label(id: &str) -> &'static str {
    Section::from_id(id).map_or("基礎知識", Section::title)
}

/// A directory link for a feature: its facet when it has one, else a search for its label.
fn feature_link(f: Feature) -> (String, String) {
    let facet = match f.group() {
        FeatureGroup::Reading if Facet::Reading.options().iter().any(|o| o.code == f.code()) => {
            Some(Facet::Reading)
        }
        FeatureGroup::Security if Facet::Security.options().iter().any(|o| o.code == f.code()) => {
            Some(Facet::Security)
        }
        FeatureGroup::Fees => Some(Facet::Fees),
        _ => None,
    };
    let query = match facet {
        Some(facet) => Query(vec![(facet.key().to_string(), f.code().to_string())]),
        None => Query(vec![("q".to_string(), f.label().to_string())]),
    };
    (Page::Directory.with_query(query).href(), format!("「{}」のサービス", f.label()))
}

/// The related links of an article.
#[component]
pub fn Related(meta: ArticleMeta, index: Remote<ColumnIndex>) -> impl IntoView {
    let guide: Vec<(String, &str)> =
        meta.guide.iter().map(|g| (Page::Guide.at([g.clone()]).href(), guide_label(g))).collect();
    let mut directory: Vec<(String, String)> = meta
        .modalities
        .iter()
        .filter_map(|m| Modality::from_code(m))
        .map(|m| {
            let q = Query(vec![("m".to_string(), m.code().to_string())]);
            (Page::Directory.with_query(q).href(), format!("{}に対応するサービス", m.label()))
        })
        .collect();
    directory.extend(meta.features.iter().filter_map(|f| Feature::from_code(f)).map(feature_link));
    let services = related_services(&meta);
    // The articles around this one, once the index has arrived (nothing while it has not).
    let neighbours = {
        let meta = meta.clone();
        move || index.get().and_then(Result::ok).map(|i| neighbours(&meta, &i)).unwrap_or_default()
    };
    let link = |a: &ArticleMeta| (Page::Column.at([a.slug.clone()]).href(), a.title.clone());
    let related = {
        let neighbours = neighbours.clone();
        move || neighbours().0.iter().map(link).collect::<Vec<_>>()
    };
    view! {
        <section class="related" aria-labelledby="related-title">
            <h2 id="related-title">"関連情報"</h2>
            {(!guide.is_empty()).then(|| view! {
                <h3>"基礎知識"</h3>
                <ul>{guide.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}</ul>
            })}
            {(!directory.is_empty()).then(|| view! {
                <h3>"サービスを探す"</h3>
                <ul>{directory.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}</ul>
            })}
            {(!services.is_empty()).then(|| view! {
                <h3>"記事の内容に関連するサービス"</h3>
                <p class="muted">"記事で扱った検査や特徴の記載がある事業者です(一部)。"</p>
                <ul>{services.into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}</ul>
            })}
            {move || {
                let related = related();
                (!related.is_empty()).then(|| view! {
                    <h3>"関連するコラム"</h3>
                    <ul>{related.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul>
                })
            }}
        </section>
        <nav class="prev-next" aria-label="前後の記事">
            {move || {
                let (_, previous, next) = neighbours();
                view! {
                    {previous.map(|p| { let (href, title) = link(&p); view! { <a class="prev" href=href><span>"前の記事"</span>{title}</a> } })}
                    {next.map(|n| { let (href, title) = link(&n); view! { <a class="next" href=href><span>"次の記事"</span>{title}</a> } })}
                }
            }}
        </nav>
    }
}

/// Up to five providers whose stated menu or features match the article's, most matches first.
fn related_services(meta: &ArticleMeta) -> Vec<(String, String)> {
    let Some(app) = crate::data::state::ready_data() else { return Vec::new() };
    let matches = |p: &guide_model::provider::Provider| {
        let menu = p
            .menu
            .iter()
            .flat_map(|m| m.modalities.iter())
            .filter(|m| meta.modalities.iter().any(|c| c == m.code()))
            .count();
        let features = p.features.iter().filter(|f| meta.features.iter().any(|c| c == f.code.code())).count();
        menu + features
    };
    let mut scored: Vec<(usize, &guide_model::provider::Provider)> =
        app.providers().iter().map(|p| (matches(p), p)).filter(|(n, _)| *n > 0).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.sort_reading().cmp(b.1.sort_reading())));
    scored
        .into_iter()
        .take(5)
        .map(|(_, p)| (Page::Provider.at([p.id.clone()]).href(), p.name.clone()))
        .collect()
}

/// Up to three articles sharing the most topics, then the previous and next by number.
fn neighbours(
    meta: &ArticleMeta,
    index: &ColumnIndex,
) -> (Vec<ArticleMeta>, Option<ArticleMeta>, Option<ArticleMeta>) {
    let shared = |a: &ArticleMeta| a.tags.iter().filter(|t| meta.tags.contains(t)).count();
    let mut related: Vec<&ArticleMeta> =
        index.articles.iter().filter(|a| a.slug != meta.slug && shared(a) > 0).collect();
    related.sort_by_key(|a| (std::cmp::Reverse(shared(a)), a.number));
    let related = related.into_iter().take(3).cloned().collect();
    let pos = index.articles.iter().position(|a| a.slug == meta.slug);
    let previous = pos.and_then(|p| p.checked_sub(1)).and_then(|p| index.articles.get(p)).cloned();
    let next = pos.and_then(|p| index.articles.get(p + 1)).cloned();
    (related, previous, next)
}
