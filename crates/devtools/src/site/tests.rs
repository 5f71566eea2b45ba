//! The site's files from a small template and the real bundled data (`public/providers.json`,
//! `content/columns`).

use std::collections::HashSet;
use std::path::Path;

use guide_model::column::ArticleMeta;
use guide_model::dataset::Dataset;
use guide_model::guide::Section;
use guide_model::pages::{document_title, Page, SITE_NAME};

use super::*;

/// The built `index.html`, cut down: the charset, the policy, the shell's script, the title,
/// the description and relative assets.
const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
  <script>document.documentElement.classList.add("x");</script>
  <title>遠隔画像診断サービスの選び方ガイド</title>
  <meta name="description" content="テンプレートの説明">
  <link rel="stylesheet" href="./main-0123.css">
</head>
<body><div id="app"></div><script type="module">import init from './app.js';</script></body>
</html>
"#;
const SITE: &str = "https://example.jp/guide";

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn dataset() -> Dataset {
    let text = std::fs::read_to_string(root().join("public/providers.json")).expect("providers.json");
    guide_model::load::load_providers(&text).expect("bundled data").dataset
}

fn articles() -> Vec<ArticleMeta> {
    let articles = crate::columns::read_all(&root().join("content/columns")).expect("columns");
    articles.into_iter().map(|a| a.meta).collect()
}

fn build(site_url: Option<&str>, addressing: Option<&str>) -> Vec<SiteFile> {
    let config = Config::from_values(site_url, addressing).unwrap();
    render(TEMPLATE, &dataset(), &articles(), &config).unwrap()
}

fn file<'a>(files: &'a [SiteFile], path: &str) -> &'a str {
    &files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no {path}")).text
}

/// The text between `start` and the next `end`, of every occurrence.
fn between<'a>(html: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    html.split(start).skip(1).map(|rest| &rest[..rest.find(end).unwrap()]).collect()
}

fn pages(files: &[SiteFile]) -> Vec<&SiteFile> {
    files.iter().filter(|f| f.path.ends_with("index.html")).collect()
}

#[test]
fn every_public_page_is_written_once_in_its_folder() {
    let (data, articles) = (dataset(), articles());
    let files = build(None, None);
    let paths: Vec<&str> = pages(&files).iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths.iter().collect::<HashSet<_>>().len(), paths.len(), "a page is written twice");
    let fixed = Page::ALL.len() - 3 + Section::ALL.len(); // without Provider, Column, NotFound
    assert_eq!(paths.len(), fixed + data.providers.len() + articles.len());
    for expected in ["index.html", "finder/index.html", "directory/index.html", "clock/index.html"]
        .into_iter()
        .chain(["compare/index.html", "guide/index.html", "guide/types/index.html", "columns/index.html"])
        .chain(["embed/index.html", "accessibility/index.html"])
    {
        assert!(paths.contains(&expected), "{expected}");
    }
    for p in &data.providers {
        assert!(paths.contains(&format!("providers/{}/index.html", p.id).as_str()), "{}", p.id);
    }
    for a in &articles {
        assert!(paths.contains(&format!("columns/{}/index.html", a.slug).as_str()), "{}", a.slug);
    }
    let others: Vec<&str> =
        files.iter().map(|f| f.path.as_str()).filter(|p| !p.ends_with("index.html")).collect();
    assert_eq!(others, ["robots.txt", "404.html"]);
}

#[test]
fn the_base_climbs_back_to_the_site_root() {
    for f in pages(&build(None, None)) {
        let depth = f.path.matches('/').count();
        let bases = between(&f.text, "<base href=\"", "\"");
        let root = if depth == 0 { "./".to_string() } else { "../".repeat(depth) };
        assert_eq!(bases, [root], "{}", f.path);
        assert!(f.text.contains("<meta charset=\"utf-8\">\n  <base href="), "{}", f.path);
        // The template's relative assets are kept as they are: the base resolves them.
        assert!(f.text.contains("href=\"./main-0123.css\"") && f.text.contains("from './app.js'"));
    }
}

#[test]
fn titles_and_descriptions_are_unique_across_the_real_data() {
    let files = build(Some(SITE), None);
    let mut titles = HashSet::new();
    let mut descriptions = HashSet::new();
    for f in pages(&files) {
        let title = between(&f.text, "<title>", "</title>");
        let description = between(&f.text, "<meta name=\"description\" content=\"", "\"");
        assert_eq!((title.len(), description.len()), (1, 1), "{}", f.path);
        assert!(!description[0].is_empty(), "{}", f.path);
        assert!(titles.insert(title[0]), "title {} repeated at {}", title[0], f.path);
        assert!(descriptions.insert(description[0]), "description repeated at {}", f.path);
    }
}

#[test]
fn titles_are_the_ones_the_app_shows() {
    let (data, articles) = (dataset(), articles());
    let files = build(None, None);
    let title = |path: &str| between(file(&files, path), "<title>", "</title>")[0].to_string();
    let escaped = |t: String| head::escape(&t);
    assert_eq!(title("index.html"), SITE_NAME);
    assert_eq!(title("finder/index.html"), Page::Finder.document_title());
    assert_eq!(title("guide/types/index.html"), format!("病院連携型と企業委託型 | 基礎知識 | {SITE_NAME}"));
    let p = &data.providers[0];
    assert_eq!(title(&format!("providers/{}/index.html", p.id)), escaped(document_title(&p.name)));
    let a = &articles[0];
    assert_eq!(title(&format!("columns/{}/index.html", a.slug)), escaped(document_title(&a.title)));
}

#[test]
fn a_hostile_name_is_text_in_the_title_the_meta_and_the_structured_data() {
    let mut data = dataset();
    let hostile = "<script>alert(\"x\")</script>&'";
    data.providers[0].name = hostile.into();
    data.providers[0].description = format!("{hostile}の説明です。");
    let id = data.providers[0].id.clone();
    let config = Config::from_values(Some(SITE), None).unwrap();
    let files = render(TEMPLATE, &data, &articles(), &config).unwrap();
    let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;'";
    let page = file(&files, &format!("providers/{id}/index.html"));
    assert!(page.contains(&format!("<title>{escaped} | {SITE_NAME}</title>")));
    assert!(page.contains(&format!("<meta name=\"description\" content=\"{escaped}の説明です。\">")));
    assert!(page.contains(&format!("<meta property=\"og:title\" content=\"{escaped}\">")));
    assert!(page.contains(r#""name":"\u003cscript>alert(\"x\")\u003c/script>&'""#));
    let directory = file(&files, "directory/index.html");
    assert!(directory.contains(r#""name":"\u003cscript>alert(\"x\")\u003c/script>&'""#));
    for f in pages(&files) {
        assert!(!f.text.contains("<script>alert"), "{}", f.path);
        // Only the template's two scripts close, and the structured data's.
        let json_ld = f.text.matches("<script type=\"application/ld+json\">").count();
        assert_eq!(f.text.matches("</script>").count(), 2 + json_ld, "{}", f.path);
    }
}

#[test]
fn canonical_and_absolute_addresses_only_with_the_site_address() {
    let with = build(Some(SITE), None);
    let page = file(&with, "guide/types/index.html");
    assert!(page.contains("<link rel=\"canonical\" href=\"https://example.jp/guide/guide/types/\">"));
    assert!(page.contains("<meta property=\"og:url\" content=\"https://example.jp/guide/guide/types/\">"));
    assert!(page.contains("<meta property=\"og:image\" content=\"https://example.jp/guide/og-image.png\">"));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(page.contains(r#""item":"https://example.jp/guide/guide/""#));
    assert!(file(&with, "index.html").contains("<link rel=\"canonical\" href=\"https://example.jp/guide/\">"));
    for f in pages(&build(None, None)) {
        for absent in ["rel=\"canonical\"", "og:url", "og:image", "\"item\"", "\"url\""] {
            assert!(!f.text.contains(absent), "{absent} in {}", f.path);
        }
        assert!(f.text.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(f.text.contains("<meta property=\"og:locale\" content=\"ja_JP\">"));
        assert!(f.text.contains("\"@type\":\"BreadcrumbList\""), "{}", f.path);
    }
}

#[test]
fn columns_are_articles_and_the_directory_lists_every_provider() {
    let (data, articles) = (dataset(), articles());
    let files = build(Some(SITE), None);
    let a = &articles[0];
    let column = file(&files, &format!("columns/{}/index.html", a.slug));
    assert!(column.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(column.contains(&format!("\"datePublished\":\"{}\"", a.reviewed)));
    assert!(column.contains("\"@type\":\"Article\"") && column.contains("\"inLanguage\":\"ja\""));
    let directory = file(&files, "directory/index.html");
    assert!(directory.contains("<meta property=\"og:type\" content=\"website\">"));
    let list = between(directory, "\"@type\":\"ItemList\"", "</script>")[0];
    assert_eq!(list.matches("\"@type\":\"ListItem\"").count(), data.providers.len());
    assert!(list.contains(&format!("\"numberOfItems\":{}", data.providers.len())));
    assert!(
        list.contains(&format!("\"url\":\"https://example.jp/guide/providers/{}/\"", data.providers[0].id))
    );
}

#[test]
fn the_sitemap_lists_every_page_with_its_date() {
    let articles = articles();
    let files = build(Some(SITE), None);
    let sitemap = file(&files, "sitemap.xml");
    let locs = between(sitemap, "<loc>", "</loc>");
    assert_eq!(locs.len(), pages(&files).len());
    assert_eq!(locs[0], "https://example.jp/guide/");
    assert!(locs.iter().all(|l| l.starts_with("https://example.jp/guide/") && l.ends_with('/')));
    assert!(sitemap
        .contains("<url><loc>https://example.jp/guide/directory/</loc><lastmod>2022-12</lastmod></url>"));
    let a = &articles[0];
    assert!(sitemap.contains(&format!(
        "<url><loc>https://example.jp/guide/columns/{}/</loc><lastmod>{}</lastmod></url>",
        a.slug, a.reviewed
    )));
    assert!(file(&files, "robots.txt").contains("Sitemap: https://example.jp/guide/sitemap.xml"));
    assert!(file(&files, "404.html").contains("<a href=\"https://example.jp/guide/\">"));
    let without = build(None, None);
    assert!(without.iter().all(|f| f.path != "sitemap.xml"));
    assert!(!file(&without, "robots.txt").contains("Sitemap"));
    assert!(file(&without, "404.html").contains("<a href=\"./\">"));
}

#[test]
fn fragments_write_only_the_marked_root() {
    let files = build(Some(SITE), Some("fragments"));
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["index.html", "robots.txt", "404.html"]);
    let root = file(&files, "index.html");
    assert!(root.contains("<meta name=\"guide-addressing\" content=\"fragments\">"));
    assert!(root.contains("<base href=\"./\">"));
    assert!(!file(&files, "robots.txt").contains("Sitemap"));
    let paths_build = build(Some(SITE), None);
    assert!(!file(&paths_build, "index.html").contains("guide-addressing"));
}

#[test]
fn writing_twice_over_the_root_gives_the_same_files() {
    let (data, articles) = (dataset(), articles());
    let config = Config::from_values(Some(SITE), None).unwrap();
    let once = render(TEMPLATE, &data, &articles, &config).unwrap();
    let again = render(file(&once, "index.html"), &data, &articles, &config).unwrap();
    assert_eq!(once, again);
}

#[test]
fn the_summary_says_what_is_left_out() {
    let summary =
        |config: Config| Summary { pages: 3, others: vec!["robots.txt".into()], config }.to_string();
    let without = summary(Config::default());
    assert!(without.starts_with("3 page files, robots.txt written"));
    assert!(
        without.ends_with("SITE_URL is not set: canonical, og:url, og:image and sitemap.xml are left out")
    );
    assert!(!summary(Config::from_values(Some(SITE), None).unwrap()).contains("SITE_URL"));
}

#[test]
fn write_puts_every_file_in_the_staging_folder() {
    let staging = std::env::temp_dir().join(format!("guide-site-{}", std::process::id()));
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::write(staging.join("index.html"), TEMPLATE).unwrap();
    std::fs::copy(root().join("public/providers.json"), staging.join("providers.json")).unwrap();
    let summary = write(&staging, &articles(), &Config::default()).unwrap();
    assert_eq!(summary.others, ["robots.txt", "404.html"]);
    assert!(staging.join("providers/ys-reading/index.html").is_file());
    assert!(staging.join("guide/workload/index.html").is_file());
    std::fs::remove_dir_all(&staging).unwrap();
}
