//! Every page as a file of its own: read over HTTP with no script run (as a search engine or a
//! link preview reads it), each page file has its head (title, description, Open Graph, JSON-LD)
//! and its content, its links reach every provider and every article, and no script is in a
//! file but the app's own (`policy.rs`). In the browser (`addresses.rs`): the pages' own addresses
//! under sub-paths, and old fragment links.

mod addresses;
mod html;
mod policy;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::Value;
use url::Url;

use crate::harness::site::{dist_dir, page_files};
use crate::harness::Site;
use html::{get, json_ld, meta, tags, text, texts};

/// Every provider of the bundled data: id and name.
fn providers() -> BTreeMap<String, String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/providers.json");
    let file = std::fs::read_to_string(path).expect("public/providers.json");
    let json: Value = serde_json::from_str(&file).expect("JSON");
    let list = json["providers"].as_array().expect("providers").iter();
    list.map(|p| (p["id"].as_str().unwrap().to_string(), p["name"].as_str().unwrap().to_string())).collect()
}

/// An article of content/columns as its source gives it.
struct Article {
    title: String,
    /// Its sections' headings (`## `), in order.
    sections: Vec<String>,
    /// Its closing paragraph: present only if the file holds the whole body.
    last_paragraph: String,
}

/// Every article of content/columns, by slug (the file name after its number).
fn articles() -> BTreeMap<String, Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/columns");
    let files = std::fs::read_dir(&dir).expect("content/columns").filter_map(Result::ok);
    files
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let slug = name.strip_suffix(".md")?.split_once('-')?.1.to_string();
            let source = std::fs::read_to_string(entry.path()).expect("an article");
            let title = source.lines().find_map(|l| l.strip_prefix("title: "))?.trim().to_string();
            let sections = source.lines().filter_map(|l| l.strip_prefix("## ")).map(str::to_string).collect();
            let last_paragraph = source.lines().rev().find(|l| !l.trim().is_empty())?.trim().to_string();
            Some((slug, Article { title, sections, last_paragraph }))
        })
        .collect()
}

/// What a crawl found on one page file.
struct Page {
    h1: String,
    /// The text of every `<h2>`.
    h2s: Vec<String>,
    /// The text of `<main>`.
    main: String,
    json_ld_types: Vec<String>,
}

/// Checks the head of the page file at `address` and returns what the crawl needs of it.
fn read_page(address: &str, html: &str) -> Page {
    let title = texts(html, "title").concat();
    assert!(!title.trim().is_empty(), "{address}: a <title>");
    let description = meta(html, "name", "description").unwrap_or_default();
    assert!(!description.trim().is_empty(), "{address}: a meta description");
    for property in ["og:title", "og:description", "og:type"] {
        let value = meta(html, "property", property).unwrap_or_default();
        assert!(!value.trim().is_empty(), "{address}: {property}");
    }
    let blocks = json_ld(html);
    let json_ld_types = blocks
        .iter()
        .map(|block| {
            let value: Value = serde_json::from_str(block)
                .unwrap_or_else(|e| panic!("{address}: JSON-LD that does not parse ({e}): {block}"));
            assert_eq!(value["@context"], "https://schema.org", "{address}: {block}");
            value["@type"].as_str().unwrap_or_default().to_string()
        })
        .collect::<Vec<_>>();
    assert!(json_ld_types.iter().any(|t| t == "BreadcrumbList"), "{address}: a BreadcrumbList");
    let h1s = texts(html, "h1");
    assert_eq!(h1s.len(), 1, "{address}: one <h1> in the file: {h1s:?}");
    let main = texts(html, "main").concat();
    assert!(main.trim().len() > h1s[0].trim().len(), "{address}: content in <main> beside its heading");
    let h2s = texts(html, "h2").into_iter().map(|h| h.trim().to_string()).collect();
    Page { h1: h1s[0].trim().to_string(), h2s, main, json_ld_types }
}

#[test]
fn a_crawl_without_scripts_reaches_every_provider_and_article_with_its_head_and_content() {
    let site = Site::start();
    let root = Url::parse(&site.url("")).expect("the site's URL");
    let mut queue = VecDeque::from([(root.clone(), "the start".to_string())]);
    let mut seen = BTreeSet::from([root.path().to_string()]);
    let mut pages: BTreeMap<String, Page> = BTreeMap::new();
    while let Some((url, from)) = queue.pop_front() {
        let address = url.as_str()[root.as_str().len()..].to_string();
        let response = get(&url);
        assert_eq!(response.status, 200, "{address}, linked from {from}");
        if !response.content_type.starts_with("text/html") {
            continue;
        }
        let html = response.body;
        // Links resolve against the file's <base> (the site's root), else the file's address.
        let base = tags(&html, "base").into_iter().find_map(|b| b.get("href").cloned());
        let base = base.map_or(url.clone(), |href| url.join(&href).expect("a base URL"));
        for link in tags(&html, "a").into_iter().filter_map(|a| a.get("href").cloned()) {
            let Ok(mut target) = base.join(&link) else {
                panic!("{address}: a link {link:?} that is no URL")
            };
            if !target.as_str().starts_with(root.as_str()) {
                continue;
            }
            // A page's file answers whatever its query or anchor.
            target.set_fragment(None);
            target.set_query(None);
            if seen.insert(target.path().to_string()) {
                queue.push_back((target, address.clone()));
            }
        }
        pages.insert(address.clone(), read_page(&address, &html));
    }

    for (id, name) in providers() {
        let page = pages.get(&format!("providers/{id}/")).unwrap_or_else(|| panic!("no link reaches {id}"));
        assert_eq!(page.h1, name, "providers/{id}/: the heading names the provider");
    }
    let articles = articles();
    assert_eq!(articles.len(), 22, "the articles of content/columns");
    for (slug, article) in articles {
        let address = format!("columns/{slug}/");
        let page = pages.get(&address).unwrap_or_else(|| panic!("no link reaches {address}"));
        assert_eq!(page.h1, article.title, "{address}: the heading is the article's title");
        let mut headings = page.h2s.iter();
        for section in &article.sections {
            assert!(
                headings.any(|h| h == section),
                "{address}: section {section:?} in order, in {:?}",
                page.h2s
            );
        }
        assert!(page.main.contains(&article.last_paragraph), "{address}: the body to its last paragraph");
        assert!(page.json_ld_types.iter().any(|t| t == "Article"), "{address}: an Article");
    }
    let unreached: Vec<String> = page_files().into_iter().filter(|f| !pages.contains_key(f)).collect();
    assert!(unreached.is_empty(), "page files no link reaches: {unreached:?}");
    println!("read {} page files without scripts", pages.len());
}

#[test]
fn robots_txt_and_a_not_found_page_that_links_home_are_served() {
    let site = Site::start();
    let root = Url::parse(&site.url("")).expect("the site's URL");
    let robots = get(&root.join("robots.txt").expect("URL"));
    assert_eq!(robots.status, 200, "robots.txt");
    assert!(robots.body.contains("User-agent:"), "{}", robots.body);
    // The sitemap is written only when the build knows the site's address; robots.txt names it then.
    let sitemap = get(&root.join("sitemap.xml").expect("URL"));
    assert_eq!(robots.body.contains("Sitemap:"), sitemap.status == 200, "robots.txt: {}", robots.body);

    let url = root.join("404.html").expect("URL");
    let not_found = get(&url);
    assert_eq!(not_found.status, 200, "404.html");
    assert_eq!(texts(&not_found.body, "h1"), ["ページが見つかりません"]);
    let links: Vec<String> =
        tags(&not_found.body, "a").into_iter().filter_map(|a| a.get("href").cloned()).collect();
    assert!(
        links.iter().any(|href| url.join(href).is_ok_and(|to| to == root)),
        "404.html links to the home page: {links:?}"
    );
}

#[test]
fn a_page_file_holds_its_content_before_any_script_runs() {
    let site = Site::start();
    let url = Url::parse(&site.url("providers/ys-reading/index.html")).expect("URL");
    let file = get(&url);
    assert_eq!(file.status, 200);
    let html = &file.body;
    let app = &html[html.find("<div id=\"app\"").expect("#app")..];
    assert_eq!(texts(app, "h1"), ["ワイズ・リーディング"]);
    // A stated value beside the source it comes from, in the same list item.
    let stated = app.find("要相談(約2か月~3か月)").expect("the stated introduction period");
    let item = &app[app[..stated].rfind("<li").expect("its item")..];
    let item = text(&item[..item.find("</li>").expect("the item's end")]);
    assert!(item.contains("出典: おすすめ3社のサービス表、2022年11月〜2022年12月時点"), "{item}");
    assert!(text(app).contains("問い合わせ先"), "the contact section is in the file");
}

#[test]
fn the_directory_file_links_every_provider_and_holds_no_button_that_needs_script() {
    let html =
        std::fs::read_to_string(dist_dir().join("directory/index.html")).expect("directory/index.html");
    let app = &html[html.find("<div id=\"app\"").expect("#app")..];
    assert!(!app.contains("class=\"show-more\""), "a \"show more\" button does nothing without script");
    let linked: BTreeSet<String> = tags(app, "a")
        .into_iter()
        .filter_map(|a| a.get("href")?.strip_prefix("providers/")?.strip_suffix('/').map(str::to_string))
        .collect();
    let all: BTreeSet<String> = providers().into_keys().collect();
    assert_eq!(linked, all, "every provider is linked from the directory's file");
}

#[test]
fn the_clock_file_gives_no_due_time_for_the_moment_it_was_built() {
    let html = std::fs::read_to_string(dist_dir().join("clock/index.html")).expect("clock/index.html");
    let app = &html[html.find("<div id=\"app\"").expect("#app")..];
    let content = text(app);
    assert!(content.contains("計算の前提"), "the assumptions are in the file");
    assert!(content.contains("送信: ページを開いた日時(日本時間)"), "{content}");
    assert!(content.contains("ブラウザ上で計算して表示します"), "it says when the due times come: {content}");
    assert!(
        !content.contains("返却期限を計算しました") && !app.contains("timeline"),
        "no due time of the build's moment"
    );
    assert!(!app.contains("data-now"), "the marks are the build's alone");
}

#[test]
fn the_embed_page_file_shows_its_code_without_script() {
    let site = Site::start();
    let file = get(&Url::parse(&site.url("embed/")).expect("URL"));
    assert_eq!(file.status, 200);
    let code = texts(&file.body, "textarea");
    assert_eq!(code.len(), 1, "one code field");
    assert!(code[0].contains("<iframe") && code[0].contains("embed=1"), "the code to copy: {:?}", code[0]);
}
