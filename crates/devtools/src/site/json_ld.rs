//! The structured data of a page (schema.org in JSON-LD): the breadcrumb trail of every page,
//! the article of a column's page, and the list of providers of the directory. Built as JSON
//! values; [`super::head`] writes them into the page, escaped for a `<script>` element.

use guide_model::column::ArticleMeta;
use guide_model::page_meta::Crumb;
use guide_model::provider::Provider;
use serde_json::{json, Map, Value};

use super::SiteUrl;

/// The schema.org context.
const CONTEXT: &str = "https://schema.org";

/// A `BreadcrumbList` of the trail; each step has its absolute URL when the site's address is
/// known, and none otherwise.
pub fn breadcrumbs(trail: &[Crumb], site: Option<&SiteUrl>) -> Value {
    let items = list_items(trail.iter().map(|c| (c.name.as_str(), c.route.clone())), "item", site);
    json!({ "@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": items })
}

/// An `Article` of a column: its title, summary and review date, in Japanese.
pub fn article(meta: &ArticleMeta, url: Option<&str>, image: Option<&str>) -> Value {
    let mut article = Map::new();
    article.insert("@context".into(), CONTEXT.into());
    article.insert("@type".into(), "Article".into());
    article.insert("headline".into(), meta.title.clone().into());
    article.insert("description".into(), meta.summary.clone().into());
    article.insert("datePublished".into(), meta.reviewed.clone().into());
    article.insert("dateModified".into(), meta.reviewed.clone().into());
    article.insert("inLanguage".into(), "ja".into());
    if let Some(url) = url {
        article.insert("url".into(), url.into());
        article.insert("mainEntityOfPage".into(), url.into());
    }
    if let Some(image) = image {
        article.insert("image".into(), image.into());
    }
    Value::Object(article)
}

/// An `ItemList` of the providers, in the order given, each with its page's URL when the site's
/// address is known.
pub fn provider_list(name: &str, providers: &[&Provider], site: Option<&SiteUrl>) -> Value {
    let pages = providers.iter().map(|p| (p.name.as_str(), guide_model::pages::Page::Provider.at([&p.id])));
    let items = list_items(pages, "url", site);
    json!({
        "@context": CONTEXT,
        "@type": "ItemList",
        "name": name,
        "numberOfItems": providers.len(),
        "itemListElement": items,
    })
}

/// `ListItem`s of named pages, numbered from 1, each page's absolute URL under `url_key` when the
/// site's address is known.
fn list_items<'a>(
    pages: impl Iterator<Item = (&'a str, guide_model::route::Route)>,
    url_key: &str,
    site: Option<&SiteUrl>,
) -> Vec<Value> {
    pages
        .enumerate()
        .map(|(i, (name, route))| {
            let mut item = Map::new();
            item.insert("@type".into(), "ListItem".into());
            item.insert("position".into(), (i + 1).into());
            item.insert("name".into(), name.into());
            if let Some(site) = site {
                item.insert(url_key.into(), site.page(&route).into());
            }
            Value::Object(item)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_model::pages::Page;

    #[test]
    fn breadcrumbs_have_urls_only_with_the_site_address() {
        let trail = [
            Crumb { name: "ホーム".into(), route: Page::Home.route() },
            Crumb { name: "サービス一覧".into(), route: Page::Directory.route() },
        ];
        let site = SiteUrl::parse("https://example.jp/guide").unwrap();
        let with = breadcrumbs(&trail, Some(&site));
        assert_eq!(with["itemListElement"][0]["item"], "https://example.jp/guide/");
        assert_eq!(with["itemListElement"][1]["item"], "https://example.jp/guide/directory/");
        assert_eq!(with["itemListElement"][1]["position"], 2);
        let without = breadcrumbs(&trail, None);
        assert!(without["itemListElement"].as_array().unwrap().iter().all(|i| i.get("item").is_none()));
    }

    #[test]
    fn an_article_is_dated_by_its_review() {
        let meta = ArticleMeta {
            title: "題".into(),
            summary: "要約".into(),
            reviewed: "2026-12-02".into(),
            ..ArticleMeta::default()
        };
        let value = article(&meta, None, None);
        assert_eq!(value["@type"], "Article");
        assert_eq!(
            (value["datePublished"].as_str(), value["dateModified"].as_str()),
            (Some("2026-12-02"), Some("2026-12-02"))
        );
        assert_eq!(value["inLanguage"], "ja");
        assert!(value.get("url").is_none());
    }
}
