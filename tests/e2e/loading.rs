//! Loading: providers render from the JSON; a missing file gives a Japanese error with a working
//! retry; a good load logs no console errors; a page file reads before the app runs, and the app
//! takes it over without moving it.

use guide_devtools::server::Reply;
use serde_json::Value;

use crate::harness::browser::{Browser, APP_STARTED};
use crate::harness::session::session;
use crate::harness::site::{dist_dir, wasm_file_name};
use crate::harness::{Site, Viewport};

/// Names of every provider in the bundled file.
fn bundled_names() -> Vec<String> {
    let text = std::fs::read_to_string(dist_dir().join("providers.json")).expect("bundled providers.json");
    let json: Value = serde_json::from_str(&text).expect("bundled providers.json is JSON");
    json["providers"]
        .as_array()
        .expect("providers")
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn providers_render_from_the_bundled_json_without_console_errors() {
    let names = bundled_names();
    assert!(names.len() >= 3, "the bundled file holds at least the three picks");
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let names = names.clone();
        let url = site.url("directory/");
        let origin = site.url("");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".result-count", &format!("{}件", names.len())).await;
            // Results are drawn a page at a time; "show more" moves focus to the first new card,
            // which scrolls the page, so the next click waits for that.
            while b.count(".show-more button").await > 0 {
                let drawn = b.count(".provider-card").await;
                b.click(".show-more button").await;
                b.wait_for(
                    "the next page, with focus on its first card",
                    &format!("document.activeElement === document.querySelectorAll('.provider-card h2 a')[{drawn}]"),
                )
                .await;
            }
            let mut shown = b.texts(".provider-card h2").await;
            let mut expected = names.clone();
            shown.sort();
            expected.sort();
            assert_eq!(shown, expected, "every provider of the file is shown");
            for pick in ["ワイズ・リーディング", "セコム医療システム", "ドクターネット"]
            {
                assert!(shown.iter().any(|n| n == pick), "{pick} is listed");
            }
            b.assert_no_console_errors("a good load").await;
            let foreign: Vec<String> =
                b.resource_urls().await.into_iter().filter(|u| !u.starts_with(&origin)).collect();
            assert!(foreign.is_empty(), "requests left the origin: {foreign:?}");
        })
        .await;
        assert!(site.server.requests().iter().any(|r| r == "/providers.json"), "the data was fetched");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_providers_file_shows_a_japanese_error_and_retry_recovers() {
    for viewport in Viewport::BOTH {
        let site = std::sync::Arc::new(Site::replying("providers.json", Reply::status(404)));
        let url = site.url("");
        let served = std::sync::Arc::clone(&site);
        session(viewport, move |b| async move {
            b.goto(&url).await;
            let message = b.wait_text("[role=alert]", "データを読み込めませんでした").await;
            assert!(message.contains("見つかりませんでした"), "the 404 is explained: {message}");
            assert_eq!(b.count(".provider-card").await, 0);
            served.server.set_reply("providers.json", None);
            b.click(".load-error button").await;
            b.wait_for(
                "providers after retry",
                "document.querySelectorAll('.provider-card').length > 0 || document.querySelector('.lead')",
            )
            .await;
            assert_eq!(b.count("[role=alert]").await, 0, "the error is gone after a successful retry");
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_error_and_a_dropped_connection_are_explained_too() {
    let cases = [(Reply::status(500), "HTTP 500"), (Reply::Hang, "接続できませんでした")];
    for (reply, expected) in cases {
        let site = Site::replying("providers.json", reply);
        let url = site.url("");
        session(Viewport::Phone, move |b| async move {
            b.goto(&url).await;
            b.wait_text("[role=alert]", expected).await;
            assert_eq!(b.count(".load-error button").await, 1, "a retry button is offered");
        })
        .await;
    }
}

/// The rectangle of the home lead, or null while none is shown.
const LEAD_RECT: &str = "const p = document.querySelector('main .home-hero p.lead');
    if (!p || !p.getClientRects().length) return null;
    const r = p.getBoundingClientRect(); return [r.left, r.top, r.width, r.height];";

/// How long the core wasm takes to arrive in the start-up tests: long enough to read the page
/// before the app runs.
const WASM_DELAY: std::time::Duration = std::time::Duration::from_secs(4);

/// A site whose core wasm arrives after `delay`, as on a slow line.
fn site_with_slow_wasm(delay: std::time::Duration) -> Site {
    let wasm = wasm_file_name();
    let body = std::fs::read(dist_dir().join(&wasm)).expect("the wasm file");
    let file = Reply::Body { status: 200, content_type: "application/wasm".into(), body };
    Site::replying(&wasm, Reply::Delayed(delay, Box::new(file)))
}

/// Reads `script` while the app has not started yet; fails if it already has (the page could
/// then not be read before the app ran).
async fn before_the_app(b: &Browser, what: &str, script: &str) -> Value {
    let guarded =
        format!("if ({APP_STARTED}) return 'the app has started'; return (() => {{ {script} }})();");
    let value = b.wait_value(what, &guarded).await;
    assert_ne!(value, "the app has started", "{what}: the app ran before the page could be read");
    value
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_file_shows_its_content_before_the_app_runs_and_the_app_keeps_it() {
    for viewport in Viewport::BOTH {
        let site = site_with_slow_wasm(WASM_DELAY);
        let (home, provider) = (site.url(""), site.url("providers/ys-reading/"));
        session(viewport, move |b| async move {
            b.navigate(&home).await;
            let file = before_the_app(&b, "the file's home text", LEAD_RECT).await;
            let before = "return [document.querySelector('main h1').textContent, document.querySelector('main').textContent];";
            let shown = before_the_app(&b, "the file's home page", before).await;
            assert_eq!(shown[0], guide_model::home::HOME_TITLE);
            let main = shown[1].as_str().unwrap_or_default();
            assert!(main.contains(guide_model::home::HOME_LEAD), "the lead is in the file");
            assert!(main.contains("3つの観点から選んだおすすめ") && main.contains("ワイズ・リーディング"), "{main}");
            b.wait_for("the app to take over", APP_STARTED).await;
            b.wait_text("main", "3つの観点から選んだおすすめ").await;
            assert_eq!(b.text("main h1").await, guide_model::home::HOME_TITLE, "the same heading");
            assert_eq!(b.js(LEAD_RECT).await, file, "the lead stays where the file drew it ({viewport:?})");
            assert_eq!(b.count("main h1").await, 1, "one heading once the app runs");

            b.navigate(&provider).await;
            let shown = before_the_app(&b, "the file's provider page", before).await;
            assert_eq!(shown[0], "ワイズ・リーディング");
            let main = shown[1].as_str().unwrap_or_default();
            assert!(main.contains("出典: おすすめ3社のサービス表"), "stated values with their sources: {main}");
            b.wait_for_page("the app to take over").await;
            assert_eq!(b.text("main h1").await, "ワイズ・リーディング", "the same heading");
            assert_eq!(b.address().await, "providers/ys-reading/");
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_old_link_to_another_page_never_shows_the_home_page_in_its_place() {
    let site = site_with_slow_wasm(WASM_DELAY);
    let link = site.url("#/directory?m=pet");
    session(Viewport::Phone, move |b| async move {
        b.navigate(&link).await;
        // The root's file holds the home page; under a link to another page, it is not shown.
        let visibility = "return getComputedStyle(document.querySelector('main')).visibility;";
        assert_eq!(before_the_app(&b, "the file's page", visibility).await, "hidden");
        b.wait_text(".result-count", "件が該当します").await;
        assert_eq!(b.js(visibility).await, "visible");
        assert_eq!(b.text("main h1").await, "遠隔画像診断サービス一覧");
        b.wait_for_address("directory/?m=pet").await;
    })
    .await;
}

/// Every layout shift of the page so far, as "time: score", or null where the engine does not
/// report layout shifts (only Chromium does).
const LAYOUT_SHIFTS: &str = "const done = arguments[arguments.length - 1];
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return done(null);
    new PerformanceObserver(list => done(list.getEntries().map(e => `${Math.round(e.startTime)} ms: ${e.value}`)))
      .observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done([]), 500);";

#[tokio::test(flavor = "multi_thread")]
async fn the_home_page_does_not_move_while_it_loads() {
    for viewport in Viewport::BOTH {
        // A wasm file that takes a moment, as on a slow line: the shell is on screen first.
        let wasm = wasm_file_name();
        let body = std::fs::read(dist_dir().join(&wasm)).expect("the wasm file");
        let file = Reply::Body { status: 200, content_type: "application/wasm".into(), body };
        let site =
            Site::replying(&wasm, Reply::Delayed(std::time::Duration::from_millis(700), Box::new(file)));
        let url = site.url("");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text("main", "3つの観点から選んだおすすめ").await;
            let shifts = b.client.execute_async(LAYOUT_SHIFTS, vec![]).await.expect("layout shifts");
            if shifts.is_null() {
                return; // this engine does not report layout shifts
            }
            assert_eq!(shifts, serde_json::json!([]), "layout shifts at {viewport:?}");
        })
        .await;
    }
}
