//! A crawl of every internal link of every page: each resolves to a page that is not an error.

use std::collections::{BTreeSet, VecDeque};

use crate::harness::engine::Engine;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// Headings of pages that mean a broken link.
const ERRORS: [&str; 3] =
    ["ページが見つかりません", "データを読み込めませんでした", "記事を読み込めませんでした"];

#[tokio::test(flavor = "multi_thread")]
async fn every_internal_link_leads_to_a_page() {
    // Which links a page holds is the app's logic, the same in every engine; the crawl of 300
    // pages runs in Chromium, where it takes about a minute (several in WebKit under Xvfb).
    if Engine::current() != Engine::Chromium {
        return;
    }
    let site = Site::start();
    let base = site.url("");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&format!("{base}#/")).await;
        let mut queue: VecDeque<String> = VecDeque::from(["#/".to_string()]);
        let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
        let mut visited = 0;
        while let Some(route) = queue.pop_front() {
            b.js(&format!("location.hash = {};", serde_json::json!(route))).await;
            b.wait_for_page(&format!("{route} to render")).await;
            visited += 1;
            let h1 = b.text("main h1").await;
            assert!(!ERRORS.contains(&h1.as_str()), "{route} shows {h1:?}");
            let links = b.js("return [...document.querySelectorAll('a[href^=\"#/\"]')].map(a => a.getAttribute('href'));").await;
            for link in links.as_array().into_iter().flatten().filter_map(|l| l.as_str()) {
                // Filter variations of the directory are the same page; one is enough for each facet.
                if seen.insert(link.to_string()) {
                    queue.push_back(link.to_string());
                }
            }
        }
        println!("crawled {visited} internal pages");
        let origin = base.split('#').next().unwrap_or_default().trim_end_matches('/').to_string();
        let foreign: Vec<String> = b.resource_urls().await.into_iter().filter(|u| !u.starts_with(&origin)).collect();
        assert!(foreign.is_empty(), "requests left the origin on some route: {foreign:?}");
        assert!(visited > 100, "the crawl reached {visited} pages");
    })
    .await;
}
