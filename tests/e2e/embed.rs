//! Embedding: the app inside iframes of a page on another port, one of them sandboxed without
//! allow-same-origin. Height messages arrive and resize the frames, navigation inside does not
//! grow the host's history, and the app works with storage blocked.

use fantoccini::Locator;
use guide_devtools::server::Config;
use serde_json::Value;

use crate::harness::browser::Browser;
use crate::harness::engine::Engine;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// A host page with two frames of the guide and the embedding snippet.
fn host_page(app_url: &str) -> String {
    let snippet = teleradiology_guide::views::embed::snippet(app_url, "#/directory?m=mammo");
    let boxed = format!(
        r#"<iframe id="boxed" sandbox="allow-scripts" src="{app_url}?embed=1#/directory" title="sandboxed" style="width:100%;height:300px"></iframe>"#
    );
    format!(
        r#"<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>院内ポータル</title></head><body>
<h1>院内ポータル</h1>
<script>window.__msgs = []; window.addEventListener("message", function (e) {{
  var from = e.source === document.getElementById("boxed").contentWindow ? "boxed" : "plain";
  window.__msgs.push({{ from: from, origin: e.origin, type: e.data && e.data.type, height: e.data && e.data.height, route: e.data && e.data.route }});
}});</script>
{snippet}
{boxed}
</body></html>"#
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_works_inside_frames_of_another_page() {
    let app = Site::start();
    let app_url = app.url("");
    let dir = std::env::temp_dir().join(format!("guide-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("host dir");
    std::fs::write(dir.join("index.html"), host_page(&app_url)).expect("host page");
    let host = Site::with(Config::new(&dir));
    assert_ne!(host.server.port, app.server.port);
    let host_url = host.url("");
    session(Viewport::Desktop, move |b| async move {
        // The host page is no page of the guide: it is opened, not waited on for the app.
        b.navigate(&host_url).await;
        if b.engine == Engine::WebKit {
            return sandboxed_frame_in_webkit(&b).await;
        }
        b.wait_for(
            "height messages from both frames",
            "window.__msgs.some(m => m.from === 'plain' && m.height > 200) && window.__msgs.some(m => m.from === 'boxed' && m.height > 200)",
        )
        .await;
        let boxed_origin = b.js("return window.__msgs.find(m => m.from === 'boxed').origin;").await;
        assert_eq!(boxed_origin, "null", "the sandboxed frame has an opaque origin");
        let msg = b.js("return window.__msgs.filter(m => m.from === 'plain').pop();").await;
        assert_eq!(msg["type"], "teleradiology-guide:height");
        assert_eq!(msg["route"], "#/directory?m=mammo", "the start route and preset filter came from the snippet");
        b.wait_for("the snippet to resize the frame", "parseInt(document.querySelector('iframe').style.height) === window.__msgs.filter(m => m.from === 'plain').pop().height").await;
        let history = b.js("return history.length;").await;

        let plain = b.client.find(Locator::Css("iframe:not(#boxed)")).await.expect("frame");
        plain.enter_frame().await.expect("enter the frame");
        b.wait_text(".result-count", "件が該当します").await;
        assert_eq!(b.count(".site-header").await, 0, "no site header in embed mode");
        assert_eq!(b.count(".embed-bar").await, 1);
        assert_eq!(b.js("return document.documentElement.classList.contains('embed');").await, true);
        b.click(".provider-card h2 a").await;
        b.wait_for("the detail page inside the frame", "location.hash.startsWith('#/providers/')").await;
        b.client.enter_parent_frame().await.expect("back to the host");
        b.wait_for("a message with the new route", "window.__msgs.some(m => m.from === 'plain' && m.route.startsWith('#/providers/'))").await;
        assert_eq!(b.js("return history.length;").await, history, "navigation inside did not add history entries");

        let boxed = b.client.find(Locator::Css("#boxed")).await.expect("sandboxed frame");
        boxed.enter_frame().await.expect("enter the sandboxed frame");
        b.wait_text(".result-count", "件が該当します").await;
        b.click(".provider-card .compare-toggle button").await;
        b.wait_text(".compare-tray", "比較リスト(1/4)").await;
        let storage = b.js("try { localStorage.length; return 'available'; } catch (e) { return 'blocked'; }").await;
        assert_eq!(storage, Value::from("blocked"), "storage is blocked here, and the app still works");
        let errors = b.console_errors().await.unwrap_or_default();
        assert!(errors.iter().all(|e| !e.contains("panic")), "{errors:?}");
    })
    .await;
}

/// A real engine difference. WebKit matches the policy's `'self'` against the document's origin,
/// which in a frame sandboxed without allow-same-origin is opaque, so the app's own script is
/// blocked there (Chromium and Firefox match the address's origin and run it). The app cannot
/// name its host in a policy written at build time; instead the page says what to do and offers
/// the guide in a new tab, and the embedding page asks for allow-same-origin. The plain frame
/// works as in every engine.
async fn sandboxed_frame_in_webkit(b: &Browser) {
    b.wait_for(
        "a height message from the plain frame",
        "window.__msgs.some(m => m.from === 'plain' && m.height > 200)",
    )
    .await;
    let boxed = b.client.find(Locator::Css("#boxed")).await.expect("sandboxed frame");
    boxed.enter_frame().await.expect("enter the sandboxed frame");
    let note = b.wait_text(".boot-slow[role=alert]", "新しいタブで開く").await;
    assert!(note.contains("表示に時間がかかっています"), "{note}");
    let open = b
        .js("const a = [...document.querySelectorAll('a')].find(a => a.textContent === '新しいタブで開く'); return a ? a.href : '';")
        .await;
    let open = open.as_str().unwrap_or_default();
    assert!(open.ends_with("/#/directory") && !open.contains("embed"), "opens the full guide: {open}");
}
