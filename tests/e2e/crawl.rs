//! A crawl of every internal link of every page, followed in the running app: each resolves to a
//! page that is not an error, at the address the link names.

use std::collections::{BTreeSet, VecDeque};

use serde_json::json;

use crate::harness::engine::Engine;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// Headings of pages that mean a broken link.
const ERRORS: [&str; 3] =
    ["ページが見つかりません", "データを読み込めませんでした", "記事を読み込めませんでした"];

/// The addresses (relative to the site's root) of the page's links into the site: not the skip
/// link (an anchor in the page), downloads, or links that open elsewhere.
const LINKS: &str = "const root = document.baseURI.split(/[?#]/)[0].replace(/[^/]*$/, '');
    return [...document.querySelectorAll('a[href]')]
      .filter(a => !a.classList.contains('skip-link') && !a.hasAttribute('download') && !a.target)
      .filter(a => a.href.startsWith(root))
      .map(a => a.href.slice(root.length));";

/// Follows a link to `address` (relative to the site's root) from the current page, as clicking
/// one there would.
const FOLLOW: &str = "const a = document.createElement('a'); a.href = arguments[0]; a.textContent = 'crawl';
    document.body.append(a); a.click(); a.remove(); return true;";

#[tokio::test(flavor = "multi_thread")]
async fn every_internal_link_leads_to_a_page() {
    // Which links a page holds is the app's logic, the same in every engine; the crawl of 300
    // pages runs in Chromium, where it takes under a minute (several in WebKit under Xvfb).
    if Engine::current() != Engine::Chromium {
        return;
    }
    let site = Site::start();
    let base = site.url("");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&base).await;
        let mut queue: VecDeque<String> = VecDeque::from([String::new()]);
        let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
        let mut visited = 0;
        while let Some(address) = queue.pop_front() {
            // The page followed from is marked, so that it cannot answer for the next: a link
            // to a page whose code is still being fetched changes the address only once it is.
            b.js("document.querySelector('main h1')?.setAttribute('data-left', ''); return true;").await;
            b.client.execute(FOLLOW, vec![json!(address)]).await.expect("follow a link");
            if address.contains("#/") {
                // An old fragment link lands on the page, whose own address then replaces it.
                b.wait_for(
                    &format!("{address:?} to render"),
                    "!document.querySelector('main h1[data-left]')",
                )
                .await;
                b.wait_for_page(&format!("{address:?} to render")).await;
                let now = b.address().await;
                assert!(!now.contains("#/"), "{address:?} is left in the address bar as {now:?}");
            } else {
                b.wait_for_address(&address).await;
                b.wait_for_page(&format!("{address:?} to render")).await;
            }
            visited += 1;
            let h1 = b.text("main h1").await;
            assert!(!ERRORS.contains(&h1.as_str()), "{address:?} shows {h1:?}");
            let links = b.js(LINKS).await;
            for link in links.as_array().into_iter().flatten().filter_map(|l| l.as_str()) {
                if seen.insert(link.to_string()) {
                    queue.push_back(link.to_string());
                }
            }
        }
        println!("crawled {visited} internal pages");
        let foreign: Vec<String> =
            b.resource_urls().await.into_iter().filter(|u| !u.starts_with(&base)).collect();
        assert!(foreign.is_empty(), "requests left the origin on some page: {foreign:?}");
        assert!(visited > 100, "the crawl reached {visited} pages");
    })
    .await;
}
