//! Every page at both sizes: it renders from the bundled data, has a meaningful title and
//! heading, does not scroll sideways, every target is at least 24 px square, and axe-core finds
//! no violation.

use crate::harness::browser::{Browser, PAGE_READY};
use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};
use guide_devtools::server::{Config, Reply};

/// Address below the site's root, a text the page must show, and the start of its title. An
/// address no page has reaches the app only as an old fragment link (a path no file answers is
/// the server's 404).
pub const PAGES: [(&str, &str, &str); 12] = [
    ("", "3つの観点から選んだおすすめ", "遠隔画像診断サービスの選び方ガイド"),
    ("guide/", "病院連携型", "遠隔画像診断サービスの基礎知識"),
    ("directory/", "件が該当します", "遠隔画像診断サービス一覧"),
    ("providers/ys-reading/", "出典によって記載が異なる項目", "ワイズ・リーディング"),
    ("compare/?ids=ys-reading,doctor-net", "件のサービスの比較", "サービスの比較"),
    ("columns/", "22件の記事", "コラム"),
    ("columns/lung-ct/", "目次", "肺CT"),
    ("finder/?m=pet&urgent=120&hours=weekends", "条件を満たす", "自院に合うサービスを探す"),
    ("clock/?at=2026-11-20T19:30", "返却期限", "返却時刻の計算"),
    ("embed/", "貼り付けるコード", "ガイドを自院のページに埋め込む"),
    ("accessibility/", "達成基準チェックリスト", "アクセシビリティ方針と試験結果"),
    ("#/no-such-page", "ページが見つかりません", "ページが見つかりません"),
];

#[tokio::test(flavor = "multi_thread")]
async fn every_page_renders_with_title_no_sideways_scroll_24px_targets_and_no_axe_violations() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let urls: Vec<(String, &str, &str)> =
            PAGES.iter().map(|(r, text, title)| (site.url(r), *text, *title)).collect();
        session(viewport, move |b| async move {
            for (url, text, title) in urls {
                b.goto(&url).await;
                b.wait_text("main", text).await;
                let page_title = b.js("return document.title;").await;
                let page_title = page_title.as_str().unwrap_or_default();
                assert!(page_title.starts_with(title), "{url}: title {page_title:?}");
                assert_eq!(b.count("main h1").await, 1, "{url}: one h1");
                let sideways = b
                    .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                    .await;
                assert!(
                    sideways.as_i64().unwrap_or(1) <= 0,
                    "{url}: scrolls sideways by {sideways} px at {viewport:?}"
                );
                let small = b.small_targets().await;
                assert!(small.is_empty(), "{url} at {viewport:?}: targets under 24 px: {small:#?}");
                let violations = b.axe_violations().await;
                assert!(violations.is_empty(), "{url} at {viewport:?}: {violations:#?}");
                b.assert_no_console_errors(&url).await;
            }
        })
        .await;
    }
}

/// A same-origin page without the app, to hold the 360 px frame.
const FRAME_HOST: &str =
    "<!doctype html><html lang=\"ja\"><title>frame</title><body style=\"margin:0\"></body></html>";

#[tokio::test(flavor = "multi_thread")]
async fn nothing_scrolls_sideways_at_360_px() {
    let site = Site::with(Config::new(dist_dir()).reply("frame-host.html", Reply::html(FRAME_HOST)));
    let host = site.url("frame-host.html");
    let urls: Vec<String> = PAGES.iter().map(|(r, _, _)| site.url(r)).collect();
    session(Viewport::Phone, move |b| async move {
        if b.resize_viewport(360, 740).await != 360 {
            return every_page_in_a_360_px_frame(&b, &host, &urls).await;
        }
        for url in urls {
            b.goto(&url).await;
            b.wait_for_page("content").await;
            let sideways = b.sideways_scroll().await;
            assert!(sideways <= 0, "{url}: scrolls sideways by {sideways} px at 360 px");
        }
    })
    .await;
}

/// Where the window cannot be 360 px wide (WebKit's MiniBrowser), each page is loaded into a new
/// same-origin frame 360 px wide, whose viewport then is. The window itself navigates once: the
/// frames need no WebDriver navigation, the command WebKitWebDriver is least reliable at.
///
/// Frames are added, never removed, and each is left only once fully loaded: WebKitWebDriver
/// waits for every navigation it has seen start before it runs the next script, and a frame
/// removed while still loading leaves it waiting for good.
async fn every_page_in_a_360_px_frame(b: &Browser, host: &str, urls: &[String]) {
    b.navigate(host).await;
    for (n, url) in urls.iter().enumerate() {
        let frame = format!(
            "document.querySelectorAll('iframe').forEach(f => f.hidden = true);
             const f = document.createElement('iframe'); f.id = 'page-{n}'; f.title = 'page';
             f.style.cssText = 'width:360px;height:740px;border:0'; f.src = {};
             document.body.append(f); return true;",
            serde_json::json!(url)
        );
        b.js(&frame).await;
        // Firefox can replace the frame's document between two commands: the width is read in
        // the same poll that finds the page ready and loaded.
        let reading = format!(
            "const d = document.getElementById('page-{n}').contentDocument;
             return d && d.readyState === 'complete' && {PAGE_READY}(d)
               ? d.documentElement.scrollWidth - d.documentElement.clientWidth : null;"
        );
        let sideways = b.wait_value(&format!("{url} in the 360 px frame"), &reading).await;
        assert!(sideways.as_i64().unwrap_or(1) <= 0, "{url}: scrolls sideways by {sideways} px at 360 px");
    }
}
