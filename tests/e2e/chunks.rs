//! Page chunks: the home page needs none, each other page fetches its own when first opened, and
//! a chunk that cannot be fetched gives a Japanese message with a retry that recovers; a broken
//! entry is reported with its path, and still reported when the path-naming chunk is unavailable.

use guide_devtools::server::{Config, Reply};

use crate::harness::session::session;
use crate::harness::site::{dist_dir, page_chunk_names, wasm_file_name};
use crate::harness::{Site, Viewport};

/// The page chunks the server was asked for, by file name.
fn chunks_fetched(site: &Site) -> Vec<String> {
    let mut fetched: Vec<String> = site
        .server
        .requests()
        .into_iter()
        .filter_map(|path| path.rsplit('/').next().map(str::to_string))
        .filter(|name| name.starts_with("split_"))
        .collect();
    fetched.dedup();
    fetched
}

#[tokio::test(flavor = "multi_thread")]
async fn the_home_page_needs_no_chunk_and_each_page_fetches_its_own() {
    let chunks = page_chunk_names();
    for page in ["directory", "reading", "tools"] {
        assert!(
            chunks.iter().any(|c| c.ends_with(&format!("split_{page}.wasm"))),
            "a {page} chunk in {chunks:?}"
        );
    }
    let site = std::sync::Arc::new(Site::start());
    let served = std::sync::Arc::clone(&site);
    let home = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&home).await;
        b.wait_text("main", "3つの観点から選んだおすすめ").await;
        assert!(
            served.server.requests().iter().any(|r| r.ends_with(&wasm_file_name())),
            "the core was fetched"
        );
        assert_eq!(chunks_fetched(&served), Vec::<String>::new(), "the home page fetched a page chunk");

        b.click("header a[href='directory/']").await;
        b.wait_for("the directory", "document.querySelector('.result-count')").await;
        b.wait_for_address("directory/").await;
        assert_eq!(chunks_fetched(&served), vec!["split_directory.wasm"]);

        b.click("header a[href='guide/']").await;
        b.wait_text("main h1", "遠隔画像診断").await;
        b.wait_for_address("guide/").await;
        assert_eq!(chunks_fetched(&served), vec!["split_directory.wasm", "split_reading.wasm"]);
        b.click("header a[href='directory/']").await;
        b.wait_for("the directory again", "document.querySelector('.result-count')").await;
        assert_eq!(
            chunks_fetched(&served).len(),
            2,
            "a chunk is fetched once: {:?}",
            served.server.requests()
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chunk_that_cannot_be_fetched_is_explained_and_retry_recovers() {
    let finder =
        page_chunk_names().into_iter().find(|c| c.ends_with("split_tools.wasm")).expect("the tools chunk");
    for viewport in Viewport::BOTH {
        let site = std::sync::Arc::new(Site::replying(&finder, Reply::status(503)));
        let served = std::sync::Arc::clone(&site);
        let url = site.url("finder/");
        let finder = finder.clone();
        session(viewport, move |b| async move {
            b.goto(&url).await;
            let message = b.wait_text("[role=alert]", "ページを表示できませんでした").await;
            assert!(message.contains("もう一度お試しください"), "the failure is explained: {message}");
            assert_eq!(
                b.text("main h1").await,
                "ページを表示できませんでした",
                "the message is the page's heading"
            );
            served.server.set_reply(&finder, None);
            b.click(".load-error button").await;
            b.wait_text("main h1", "自院に合うサービスを探す").await;
            assert_eq!(b.count("[role=alert]").await, 0, "the message is gone once the page is drawn");
        })
        .await;
    }
}

/// The bundled file with its first entry's menu broken (a string where a list belongs).
fn file_with_a_broken_menu() -> (String, usize) {
    let text = std::fs::read_to_string(dist_dir().join("providers.json")).expect("providers.json");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let providers = json["providers"].as_array_mut().expect("providers");
    providers[0]["menu"] = serde_json::json!("CT/MRI");
    let count = providers.len();
    (json.to_string(), count)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_entry_is_located_and_still_reported_without_the_path_naming_chunk() {
    let diagnose = page_chunk_names()
        .into_iter()
        .find(|c| c.ends_with("split_diagnose.wasm"))
        .expect("the diagnose chunk");
    let (text, count) = file_with_a_broken_menu();
    for (chunk, located) in [(None, true), (Some(Reply::status(503)), false)] {
        let mut config = Config::new(dist_dir()).reply("providers.json", Reply::json(text.clone()));
        if let Some(reply) = chunk {
            config = config.reply(&diagnose, reply);
        }
        let site = Site::with(config);
        let url = site.url("directory/");
        session(Viewport::Desktop, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".result-count", &format!("全{}件", count - 1)).await;
            let report = b.js("return document.querySelector('.data-problems').textContent;").await;
            let report = report.as_str().unwrap_or_default().to_string();
            assert!(report.contains("データの一部(1件)に問題があった"), "{report}");
            assert!(report.contains("1件目"), "the entry is named: {report}");
            assert_eq!(report.contains("「menu」"), located, "the path inside the entry: {report}");
        })
        .await;
    }
}
