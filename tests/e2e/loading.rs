//! Loading the data: providers render from the JSON; a missing file gives a Japanese error
//! with a working retry; a good load logs no console errors.

use guide_devtools::server::Reply;
use serde_json::Value;

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
        let url = site.url("#/directory");
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
            let origin = url.split('#').next().unwrap_or_default().to_string();
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

#[tokio::test(flavor = "multi_thread")]
async fn the_home_text_shows_before_the_app_starts_in_the_place_the_app_keeps() {
    for viewport in Viewport::BOTH {
        // A wasm file that never arrives: the page stays its loading shell.
        let wasm = wasm_file_name();
        let stalled = Site::replying(&wasm, Reply::Hang);
        let site = Site::start();
        let (stalled_home, stalled_directory) = (stalled.url("#/"), stalled.url("#/directory"));
        let home = site.url("#/");
        session(viewport, move |b| async move {
            b.navigate(&stalled_home).await;
            let shell = b.wait_value("the shell's home text", LEAD_RECT).await;
            assert_eq!(b.text("main h1").await, guide_model::home::HOME_TITLE);
            assert!(b.text("main .home-hero").await.contains(guide_model::home::HOME_LEAD));
            assert!(b.text("#app .boot").await.contains("読み込んでいます"), "the shell says it is loading");

            b.navigate("about:blank").await;
            b.navigate(&stalled_directory).await;
            b.wait_for("the shell", "document.querySelector('#app .boot')").await;
            assert_eq!(b.js(LEAD_RECT).await, Value::Null, "another page's shell shows no home text");

            b.goto(&home).await;
            b.wait_text("main", "3つの観点から選んだおすすめ").await;
            let app = b.js(LEAD_RECT).await;
            assert_eq!(shell, app, "the lead stays where the shell drew it ({viewport:?})");
            assert_eq!(b.count("main h1").await, 1, "one heading once the app runs");
        })
        .await;
    }
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
        let url = site.url("#/");
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
