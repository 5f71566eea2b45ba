//! Columns: the list with tag filter and search, every article reachable with its headings,
//! the table of contents, markup in content shown as text, and no article on the first load.

use guide_devtools::server::Reply;
use serde_json::{json, Value};

use crate::harness::browser::ADDRESS;
use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

fn index() -> Value {
    let text =
        std::fs::read_to_string(dist_dir().join("columns/index.json")).expect("columns/index.json is built");
    serde_json::from_str(&text).expect("JSON")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_filters_by_tag_and_search_in_the_url() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("columns/");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".result-count", "22件の記事").await;
            assert_eq!(b.count(".column-card").await, 22);
            let chip = "//button[contains(@class,'chip') and text()='検査別']";
            b.client.find(fantoccini::Locator::XPath(chip)).await.expect("tag button").click().await.expect("click");
            b.wait_for("the tag in the URL", &format!("decodeURIComponent({ADDRESS}) === 'columns/?tag=検査別'")).await;
            let shown = b.count(".column-card").await;
            assert!(shown > 0 && shown < 22, "{shown} articles about exams");
            b.type_into("#column-search", "ﾏﾝﾓｸﾞﾗﾌｨ").await;
            b.wait_for("search results", "[...document.querySelectorAll('.column-card h2')].every(h => h.textContent.includes('マンモグラフィ'))").await;
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_article_is_reachable_with_its_headings() {
    let index = index();
    let articles = index["articles"].as_array().expect("articles").clone();
    assert_eq!(articles.len(), 22);
    let site = Site::start();
    let base = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&format!("{base}columns/")).await;
        for a in articles {
            let slug = a["slug"].as_str().unwrap_or_default();
            let title = a["title"].as_str().unwrap_or_default();
            // From the list, by the article's own link, and back to the list.
            b.wait_text(".result-count", "22件の記事").await;
            b.click(&format!(".column-card h2 a[href='columns/{slug}/']")).await;
            b.wait_text("main h1", title).await;
            b.wait_for_address(&format!("columns/{slug}/")).await;
            let headings = b.texts(".article-body h2").await;
            let expected: Vec<String> = a["headings"]
                .as_array()
                .expect("headings")
                .iter()
                .map(|h| h["text"].as_str().unwrap_or_default().to_string())
                .collect();
            assert_eq!(headings, expected, "{slug}");
            assert!(
                b.text(".disclaimer").await.contains("医学的・法的な助言ではありません"),
                "{slug} has the closing note"
            );
            let title_tag = b.js("return document.title;").await;
            assert!(title_tag.as_str().unwrap_or_default().starts_with(title), "{slug}: {title_tag}");
            b.client.back().await.expect("back");
            b.wait_for_address("columns/").await;
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_table_of_contents_and_neighbours_work() {
    let site = Site::start();
    let url = site.url("columns/double-reading/");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".toc", "目次").await;
        b.click(".toc li:nth-child(2) a").await;
        b.wait_for(
            "the second section",
            &format!("{ADDRESS} === 'columns/double-reading/#s2' && document.activeElement.id === 's2'"),
        )
        .await;
        let next = b.text(".prev-next .next").await;
        assert!(next.starts_with("次の記事"), "{next}");
        let related = b.text(".related").await;
        assert!(related.contains("サービスを探す"), "{related}");
        assert!(related.contains("記事の内容に関連するサービス"), "{related}");
        assert!(b.count(".related a[href^='providers/']").await >= 1, "links to services");
        b.click(".related a[href^='directory/']").await;
        b.wait_text(".result-count", "件が該当します").await;
    })
    .await;
}

/// The workload figures stand in one article; another links to it from its text.
#[tokio::test(flavor = "multi_thread")]
async fn an_article_links_to_the_one_that_holds_the_figures() {
    let site = Site::start();
    let url = site.url("columns/image-volume-double-check/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        let link = ".column-article p a[href='columns/radiologist-shortage/']";
        b.wait_text(link, "放射線科専門医不足と遠隔画像診断が果たす役割").await;
        assert!(!b.text(".column-article").await.contains("8,137"), "the figures are not repeated");
        b.click(link).await;
        b.wait_text("main h1", "放射線科専門医不足と遠隔画像診断が果たす役割").await;
        b.wait_for_address("columns/radiologist-shortage/").await;
        assert!(b.text(".column-article").await.contains("8,137"), "the figures stand here");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_an_article_is_shown_as_text_and_never_runs() {
    let article = json!({
        "meta": {
            "slug": "lung-ct", "number": 18, "title": "<b>題</b>", "summary": "<img src=x onerror=\"window.__xss=1\">",
            "tags": ["検査別"], "reviewed": "2026-11-24", "guide": [], "modalities": [], "features": [], "chars": 10,
            "headings": [{ "id": "s1", "text": "見出し" }]
        },
        "blocks": [
            { "h2": { "id": "s1", "text": "<script>window.__xss=2</script>" } },
            { "paragraph": [{ "text": "<img src=x onerror=\"window.__xss=3\">" }, { "strong": "<i>強調</i>" }] }
        ]
    });
    let site = Site::replying("columns/lung-ct.json", Reply::json(article.to_string()));
    let url = site.url("columns/lung-ct/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text("main h1", "<b>題</b>").await;
        assert!(b.text(".article-body").await.contains("<img src=x onerror="), "shown as text");
        assert_eq!(b.count(".column-article img, .column-article script, .column-article i").await, 0);
        assert_eq!(b.js("return window.__xss === undefined;").await, true, "no script ran");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn articles_cost_nothing_on_the_first_load() {
    let site = Site::start();
    let url = site.url("");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".criterion-card", "ドクターネット").await;
    })
    .await;
    let columns: Vec<String> =
        site.server.requests().into_iter().filter(|r| r.contains("/columns")).collect();
    assert!(columns.is_empty(), "the home page fetched {columns:?}");
}
