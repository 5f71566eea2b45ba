//! Structure a screen reader relies on, on every page: one banner, navigation, main and footer
//! landmark; headings in order; every control labelled; field errors tied to their field; text
//! enlarged to 200 % without loss; reduced motion and forced colours honoured.

use serde_json::Value;

use crate::harness::browser::Browser;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};
use crate::pages::PAGES;

/// Problems with landmarks, heading order and labels on the current page (empty when fine).
async fn structure_problems(b: &Browser) -> Vec<String> {
    let found = b
        .js(r#"
        const problems = [];
        const one = (sel, what) => { const n = document.querySelectorAll(sel).length; if (n !== 1) problems.push(`${what}: ${n}`); };
        one('header.site-header, [role=banner]', 'banner landmarks');
        one('main', 'main landmarks');
        one('footer', 'contentinfo landmarks');
        if (!document.querySelector('nav[aria-label]')) problems.push('no labelled navigation');
        if (document.documentElement.lang !== 'ja') problems.push('page language is not ja');
        const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
        ids.filter((id, i) => ids.indexOf(id) !== i).forEach(id => problems.push(`duplicate id ${id}`));
        let last = 0;
        for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
            const level = Number(h.tagName[1]);
            if (last === 0 && level !== 1) problems.push(`first heading is ${h.tagName}`);
            if (last && level > last + 1) problems.push(`${h.tagName} "${h.textContent.trim()}" after h${last}`);
            last = level;
        }
        for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
            const name = (c.labels && [...c.labels].map(l => l.textContent).join('')) || c.getAttribute('aria-label')
                || (c.getAttribute('aria-labelledby') || '').split(' ').map(id => (document.getElementById(id) || {}).textContent || '').join('')
                || (c.tagName === 'BUTTON' ? c.textContent : '');
            if (!name.trim()) problems.push(`unlabelled ${c.tagName}#${c.id}`);
        }
        return problems;"#)
        .await;
    serde_json::from_value(found).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn landmarks_headings_and_labels_on_every_page() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let urls: Vec<(String, &str)> = PAGES.iter().map(|(r, text, _)| (site.url(r), *text)).collect();
        session(viewport, move |b| async move {
            for (url, text) in urls {
                b.goto(&url).await;
                b.wait_text("main", text).await;
                let problems = structure_problems(&b).await;
                assert!(problems.is_empty(), "{url} at {viewport:?}: {problems:#?}");
            }
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn text_enlarged_to_200_percent_loses_nothing() {
    let site = Site::start();
    let urls: Vec<(String, &str)> = PAGES.iter().map(|(r, text, _)| (site.url(r), *text)).collect();
    session(Viewport::Desktop, move |b| async move {
        for (url, text) in urls {
            b.goto(&url).await;
            b.wait_text("main", text).await;
            b.js("document.documentElement.style.fontSize = ''; return true;").await;
            let before = b
                .js("return parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize);")
                .await;
            // The browser's text size setting scales the root font size; the page is sized in rem.
            b.js("document.documentElement.style.fontSize = '200%'; return true;").await;
            let after = b
                .js("return parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize);")
                .await;
            let ratio = after.as_f64().unwrap_or(0.0) / before.as_f64().unwrap_or(1.0);
            assert!((ratio - 2.0).abs() < 0.05, "{url}: the heading grew {ratio:.2}×, not 2×");
            let sideways = b
                .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                .await;
            assert!(sideways.as_i64().unwrap_or(1) <= 0, "{url}: scrolls sideways by {sideways} px at 200 %");
            // Text cut off by a box that does not grow with it is lost to the reader.
            let clipped = b
                .js(r#"return [...document.querySelectorAll('main *, header *, footer *')].filter(e => {
                    const s = getComputedStyle(e);
                    const hides = v => v === 'hidden' || v === 'clip';
                    if (!e.textContent.trim() || e.closest('.table-scroll, svg, .visually-hidden')) return false;
                    return (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)
                        || (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1);
                }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 30));"#)
                .await;
            assert_eq!(clipped, Value::Array(vec![]), "{url}: text clipped at 200 %");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clock_field_that_cannot_be_read_says_so_beside_it() {
    let site = Site::start();
    let url = site.url("clock/?at=2026-11-20T19:30");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".clock-sent", "11月20日(金) 19:30").await;
        b.js("const i = document.querySelector('#clock-date'); i.value = ''; i.dispatchEvent(new Event('change')); return true;").await;
        let message = b.wait_text("#clock-date-error[role=alert]", "日付を入力してください").await;
        assert!(message.contains("直前の日時のまま"), "{message}");
        let field = b.js("const i = document.querySelector('#clock-date'); return [i.getAttribute('aria-invalid'), i.getAttribute('aria-describedby')];").await;
        assert_eq!(field, serde_json::json!(["true", "clock-date-error"]), "the error is tied to its field");
        assert!(b.text(".clock-sent").await.contains("11月20日(金) 19:30"), "the last good time is kept");
        b.js("const i = document.querySelector('#clock-date'); i.value = '2026-11-23'; i.dispatchEvent(new Event('change')); return true;").await;
        b.wait_text(".clock-sent", "勤労感謝の日").await;
        assert_eq!(b.count("#clock-date[aria-invalid]").await, 0, "fixed: no longer invalid");
        assert_eq!(b.text("#clock-date-error").await, "", "fixed: the message is gone");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn reduced_motion_stops_animation_and_forced_colours_keep_charts_visible() {
    let site = Site::start();
    let guide = site.url("guide/");
    let clock = site.url("clock/?at=2026-11-20T19:30");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&guide).await;
        b.wait_text("main", "病院連携型").await;
        // The one animation is the loading spinner; a fresh one is measured.
        let spin =
            "const s = document.createElement('span'); s.className = 'spinner'; document.body.append(s);
                    const a = getComputedStyle(s).animationName; s.remove(); return a;";
        assert_eq!(b.js(spin).await, "spin", "the spinner turns by default");
        if !b.emulate_media(&[("prefers-reduced-motion", "reduce"), ("forced-colors", "active")]).await {
            // Only chromedriver exposes media emulation (through DevTools); the rules are the
            // same CSS in every engine.
            return;
        }
        assert_eq!(b.js(spin).await, "none", "no animation with reduced motion");
        let bar = b.js("return getComputedStyle(document.querySelector('.guide-chart-bar')).fill;").await;
        let text = b.js("return getComputedStyle(document.body).color;").await;
        assert_eq!(bar, text, "chart bars take the text colour in forced colours");
        b.goto(&clock).await;
        b.wait_text(".clock-sent", "19:30").await;
        let bar =
            b.js("return getComputedStyle(document.querySelector('.timeline .bar')).backgroundColor;").await;
        let text = b.js("return getComputedStyle(document.body).color;").await;
        assert_eq!(bar, text, "timeline bars take the text colour in forced colours");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_page_states_exactly_the_recorded_results() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/accessibility.md"))
        .expect("record");
    let record = guide_devtools::accessibility::parse(&doc).expect("parse the record");
    let site = Site::start();
    let url = site.url("accessibility/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text("main h2", "達成基準チェックリスト").await;
        let rows = b
            .js("return [...document.querySelectorAll('.a11y-table tbody tr')].map(r => [...r.children].map(c => c.textContent));")
            .await;
        let rows: Vec<Vec<String>> = serde_json::from_value(rows).expect("rows");
        assert_eq!(rows.len(), 38, "every criterion of A and AA");
        for (row, c) in rows.iter().zip(&record.criteria) {
            assert_eq!((&row[0], &row[1], &row[2], &row[4]), (&c.number, &c.title, &c.level, &c.result));
            for id in &c.checks {
                assert!(row[5].contains(id.as_str()), "{}: check {id} shown", c.number);
            }
        }
        let statement = b.text(".a11y-statement").await;
        assert!(statement.contains("JIS X 8341-3:2016") && statement.contains("レベルAA 準拠"), "{statement}");
        assert!(statement.contains("HTML、CSS、JavaScript、WebAssembly、WAI-ARIA、SVG"), "{statement}");
        let summary = format!("適合{}項目、非適用{}項目", record.count("適合"), record.count("非適用"));
        b.wait_text(".accessibility .lead", &summary).await;
        assert_eq!(b.count(".a11y-checks dt").await, record.automated.len() + record.manual.len());
        assert_eq!(b.count("#a11y-pages ~ ul li").await, record.pages.len());
    })
    .await;
}
