//! Keyboard only: the skip link comes first and moves focus to the content, Tab walks the whole
//! page without a trap and every stop shows a visible focus indicator, and the directory filters,
//! finder and compare toggles work with Space and Enter.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};

use crate::harness::browser::{Browser, ADDRESS};
use crate::harness::engine::Engine;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

const TAB: char = '\u{E004}';
const ENTER: char = '\u{E007}';
const ARROW_DOWN: char = '\u{E015}';

/// Presses a key wherever focus is, as a keyboard does. (Sending keys to an element would
/// first focus it again, which in WebKit restarts a date input at its first field.)
async fn press(b: &Browser, key: char) {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    b.client.perform_actions(keys).await.expect("key");
}

/// The first Tab of a fresh page, from the top of the document.
async fn tab_from_top(b: &Browser) {
    press(b, TAB).await;
}

/// A description of the focused element and whether its focus is visible.
async fn focused(b: &Browser) -> (String, bool) {
    let info = b
        .js("const e = document.activeElement; const s = getComputedStyle(e);
             const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
             return [e.tagName + '#' + e.id + '.' + e.className + '[' + (e.getAttribute('href') || '') + ']:' + (e.textContent || '').trim().slice(0, 20), visible];")
        .await;
    (info[0].as_str().unwrap_or_default().to_string(), info[1].as_bool().unwrap_or(false))
}

#[tokio::test(flavor = "multi_thread")]
async fn tab_walks_every_page_without_a_trap_and_focus_is_visible() {
    let site = Site::start();
    let base = site.url("");
    session(Viewport::Desktop, move |b| async move {
        for route in [
            "",
            "directory/",
            "providers/doctor-net/",
            "finder/",
            "clock/?at=2026-11-20T19:30",
            "columns/lung-ct/",
        ] {
            fresh_page(&b, &format!("{base}{route}")).await;
            let (first, visible) = focused(&b).await;
            assert!(first.contains("skip-link"), "{route}: the skip link comes first, got {first}");
            assert!(visible, "{route}: the skip link shows focus");
            let mut seen = Vec::new();
            let mut repeats = 0;
            for _ in 0..400 {
                press(&b, TAB).await;
                let (now, visible) = focused(&b).await;
                if now.starts_with("BODY") || (seen.len() > 1 && seen.first() == Some(&now)) {
                    break; // back to the start: the walk went through the whole page
                }
                assert!(visible, "{route}: no visible focus on {now}");
                // Date and time inputs take a Tab per field; more than that is a trap.
                repeats = if seen.last() == Some(&now) { repeats + 1 } else { 0 };
                assert!(repeats < 4, "{route}: focus is stuck on {now}");
                seen.push(now);
            }
            assert!(seen.len() > 5, "{route}: only {} stops", seen.len());
            assert!(
                seen.iter().any(|s| s.contains("[embed/]")),
                "{route}: the walk reached the footer link: {seen:#?}"
            );
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_skip_link_and_filters_work_from_the_keyboard() {
    let site = Site::start();
    let url = site.url("directory/");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "61件が該当します").await;
        tab_from_top(&b).await;
        press(&b, ENTER).await;
        assert_eq!(
            b.js("return document.activeElement.id;").await,
            "main",
            "Enter on the skip link moves focus to the content"
        );
        b.js("document.querySelector('#f-urgent-60').focus(); return true;").await;
        press(&b, ' ').await;
        b.wait_for_address("directory/?urgent=60").await;
        let status = b.text(".result-count").await;
        assert!(!status.starts_with("61件"), "{status}");
        assert_eq!(
            b.js("return document.querySelector('.result-count').getAttribute('aria-live');").await,
            "polite",
            "the count is announced"
        );
        b.js("document.querySelector('.provider-card .compare-toggle button').focus(); return true;").await;
        press(&b, ENTER).await;
        b.wait_text(".compare-tray", "比較リスト(1/4)").await;
    })
    .await;
}

/// Opens `url` as a fresh document (a new page starts its Tab order at the top; within the app,
/// focus starts at the new page's heading) and presses the first Tab.
async fn fresh_page(b: &Browser, url: &str) {
    b.goto(url).await;
    b.client.refresh().await.expect("reload");
    b.wait_for_page("content").await;
    tab_from_top(b).await;
}

/// Presses Tab until the focused element matches `css`, checking that every stop on the way
/// shows its focus; fails if `css` is not reached in order (after what was focused before).
async fn tab_to(b: &Browser, css: &str) {
    let matches = format!("return document.activeElement.matches({});", serde_json::json!(css));
    for _ in 0..300 {
        press(b, TAB).await;
        let (now, visible) = focused(b).await;
        assert!(visible, "no visible focus on {now} on the way to {css}");
        if b.js(&matches).await == true {
            return;
        }
        assert!(!now.starts_with("BODY"), "Tab left the page before reaching {css}");
    }
    panic!("{css} is not reachable with Tab");
}

#[tokio::test(flavor = "multi_thread")]
async fn finder_clock_columns_and_compare_by_keyboard_alone() {
    for viewport in Viewport::BOTH {
        if viewport == Viewport::Phone && !Engine::current().keyboard_at_phone_size() {
            continue;
        }
        keyboard_flows(viewport).await;
    }
}

async fn keyboard_flows(viewport: Viewport) {
    let site = Site::start();
    let base = site.url("");
    session(viewport, move |b| async move {
        // Finder: check PET, weekends and "within 2 hours" with Space, in the order of the form.
        fresh_page(&b, &format!("{base}finder/")).await;
        for control in ["#need-pet", "#hours-weekends"] {
            tab_to(&b, control).await;
            press(&b, ' ').await;
        }
        // Tab enters the radio group at its checked option ("必要ない"); arrows choose within it.
        tab_to(&b, "input[name=urgent]").await;
        assert_eq!(b.js("return document.activeElement.id;").await, "urgent-none");
        press(&b, ARROW_DOWN).await; // 1時間以内
        press(&b, ARROW_DOWN).await; // 2時間以内
        b.wait_for_address("finder/?m=pet&hours=weekends&urgent=120").await;
        b.wait_text(".result-count", "条件を満たす: 1件").await;
        // The result links lead on by keyboard.
        tab_to(&b, ".finder-list.matches .result-card a[href^='providers/']").await;
        press(&b, ENTER).await;
        b.wait_for("a provider page", &format!("{ADDRESS}.startsWith('providers/')")).await;

        // Compare: add two services with Enter, open the comparison from the tray.
        fresh_page(&b, &format!("{base}providers/doctor-net/")).await;
        tab_to(&b, ".detail-actions .compare-toggle button").await;
        press(&b, ENTER).await;
        fresh_page(&b, &format!("{base}providers/ys-reading/")).await;
        tab_to(&b, ".detail-actions .compare-toggle button").await;
        press(&b, ENTER).await;
        b.wait_text(".compare-tray", "比較リスト(2/4)").await;
        tab_to(&b, ".compare-tray a.button").await;
        press(&b, ENTER).await;
        b.wait_text("caption", "2件のサービスの比較").await;

        // Columns: a topic filter is a toggle button.
        fresh_page(&b, &format!("{base}columns/")).await;
        b.wait_text(".result-count", "22件の記事").await;
        tab_to(&b, ".tag-filter button").await;
        press(&b, ENTER).await;
        b.wait_for("the filter to apply", "document.querySelector('.tag-filter button[aria-pressed=true]')")
            .await;
        let count = b.text(".result-count").await;
        assert!(!count.starts_with("22件"), "{count}");
        tab_to(&b, ".column-card a").await;
        press(&b, ENTER).await;
        b.wait_for("an article", &format!("/^columns\\/[^/?#]+\\/$/.test({ADDRESS})")).await;

        // Clock: the date field is reached after the skip link and the header, and the button
        // sets now.
        fresh_page(&b, &format!("{base}clock/?at=2026-11-20T19:30")).await;
        tab_to(&b, "#clock-date").await;
        tab_to(&b, ".clock-form button").await;
        press(&b, ENTER).await;
        b.wait_for("the time set to now", &format!("!{ADDRESS}.includes('2026-11-20T19')")).await;
    })
    .await;
}
