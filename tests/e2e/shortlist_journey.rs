//! A hospital manager on a phone shortlists, compares and shares, by taps alone: the filter
//! panel's foot closes it onto the result count, a short list suggests what to loosen, a service
//! looked at and left returns the list where it was (back, and the page's own link), the compare
//! table keeps its items column in view and reads the request hours, and the shared address
//! fills the recipient's compare list.

use crate::harness::browser::Browser;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// Clicks the label (or button, or link) that reads `text` within `scope`, as a finger would.
async fn tap(b: &Browser, scope: &str, text: &str) {
    let found = b
        .js(&format!(
            "const el = [...document.querySelectorAll({scope:?} + ' :is(a, button, label)')]
               .find(e => e.textContent.trim().startsWith({text:?}));
             if (!el) return false;
             el.setAttribute('data-tap', '');
             return true;"
        ))
        .await;
    assert_eq!(found, true, "no {text:?} to tap in {scope}");
    b.click("[data-tap]").await;
    b.js("document.querySelector('[data-tap]')?.removeAttribute('data-tap'); return true;").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn shortlist_compare_and_share_on_a_phone() {
    let site = Site::start();
    let home = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&home).await;
        tap(&b, ".site-header", "サービス一覧").await;
        b.wait_text(".result-count", "61件が該当します").await;

        // Two conditions in the panel, then its foot: the count is in view and has the focus.
        b.click(".filter-toggle").await;
        tap(&b, "#filter-panel", "マンモグラフィ").await;
        tap(&b, "#filter-panel", "土日・祝日に依頼できる").await;
        // One service states weekend hours and mammography; the rest state no hours at all.
        let foot = b.wait_text(".filter-close", "結果を見る(1件)").await;
        let foot_in_view = b
            .js("const r = document.querySelector('.filter-close').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;")
            .await;
        assert_eq!(foot_in_view, true, "the panel's foot ({foot}) stays in view while the panel scrolls");
        b.click(".filter-close").await;
        b.wait_for("the count focused", "document.activeElement && document.activeElement.id === 'result-count'").await;
        let count_in_view = b
            .js("const r = document.querySelector('#result-count').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;")
            .await;
        assert_eq!(count_in_view, true, "closing the panel shows the result count, not the footer");
        assert_eq!(b.text("#result-count").await, "1件が該当します(全61件)");

        // A short list suggests what to loosen, with counts.
        let widen = b.wait_text(".loosen button", "「依頼できる時間帯」で記載なしも含める").await;
        tap(&b, ".loosen", "「依頼できる時間帯」で記載なしも含める").await;
        let expected = widen.rsplit('(').next().unwrap_or_default().trim_end_matches(')').to_string();
        b.wait_text("#result-count", &format!("{expected}が該当します")).await;

        // Far down the list, a look at a service, then back: the list is where it was.
        let header = b.js("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);").await;
        assert!(header.as_i64().unwrap_or(999) <= 100, "the phone header takes {header} px");
        // A card far down the list, centred on screen (as a tap leaves it).
        let picked = b
            .js("const cards = document.querySelectorAll('.card-list > li'); const a = cards[Math.min(cards.length - 1, 12)].querySelector('h2 a'); a.setAttribute('data-tap', ''); a.scrollIntoView({ block: 'center' }); return [Math.round(scrollY), a.textContent];")
            .await;
        let (y, name) = (picked[0].as_i64().expect("a scroll position"), picked[1].clone());
        assert!(y > 1500, "scrolled {y} px down the list");
        let nav = b
            .js("const r = document.querySelector('.site-header nav').getBoundingClientRect(); return r.top >= 0 && r.bottom <= 60;")
            .await;
        assert_eq!(nav, true, "the navigation stays at the top of a long list");
        b.click("[data-tap]").await;
        b.wait_text("main h1", name.as_str().unwrap_or_default()).await;
        // The heading has the focus, without a ring after a tap.
        let focus = b
            .js("const h = document.activeElement; return h.tagName + ' ' + getComputedStyle(h).outlineStyle;")
            .await;
        assert_eq!(focus, "H1 none", "the new page's heading is focused, quietly");
        b.js("history.back(); return true;").await;
        b.wait_text("#result-count", "が該当します").await;
        let back_y = b.wait_value("the list scrolled back", &format!("return Math.abs(scrollY - {y}) <= 2 ? Math.round(scrollY) : null;")).await;
        assert!(back_y.as_i64().is_some(), "back returns the list to {y} px");

        // The same through the page's own link to the list.
        b.js("const a = document.querySelectorAll('.card-list h2 a')[12]; a.setAttribute('data-tap', ''); return true;").await;
        b.click("[data-tap]").await;
        b.wait_for_page("a provider page").await;
        tap(&b, "main", "← サービス一覧に戻る").await;
        b.wait_value("the list scrolled back", &format!("return Math.abs(scrollY - {y}) <= 2 ? true : null;")).await;

        // Three services into the compare list, then the comparison.
        for nth in 1..=3 {
            b.click(&format!(".card-list > li:nth-child({nth}) .compare-toggle button")).await;
            b.wait_text(".compare-tray", &format!("比較リスト({nth}/4)")).await;
        }
        tap(&b, ".compare-tray", "並べて比較する").await;
        b.wait_text("caption", "3件のサービスの比較").await;
        let rows = b.texts("tbody th").await;
        for row in ["受付時間", "夕方・夜間・土日祝の受付"] {
            assert!(rows.iter().any(|r| r.starts_with(row)), "a {row} row: {rows:?}");
        }
        let tray = b.js("return document.querySelector('.compare-tray').innerText;").await;
        assert!(!tray.as_str().unwrap_or_default().contains("並べて比較する"), "the tray offers no link to the page it is on: {tray}");
        // The items column stays put while the services scroll sideways, each readable.
        let narrowest = b.js("return Math.min(...[...document.querySelectorAll('.compare-table thead th')].slice(1).map(th => th.getBoundingClientRect().width));").await;
        assert!(narrowest.as_f64().unwrap_or(0.0) >= 150.0, "each service column at least 150 px: {narrowest}");
        let label_moved = b
            .js("const s = document.querySelector('.compare .table-scroll'); const th = document.querySelector('.compare-table tbody th'); const before = th.getBoundingClientRect().left; s.scrollLeft = 300; const after = th.getBoundingClientRect().left; return Math.abs(after - before);")
            .await;
        assert!(label_moved.as_f64().unwrap_or(99.0) < 1.0, "the items column moved {label_moved} px");
        let sideways = b.sideways_scroll().await;
        assert!(sideways <= 0, "the compare page scrolls sideways by {sideways} px");

        // Share: the copy button copies or, where the browser refuses, selects the address.
        tap(&b, ".share", "URLをコピー").await;
        let said = b.wait_value("the copy's answer", "const t = document.querySelector('.share-status').textContent; return t || null;").await;
        assert!(said.as_str().unwrap_or_default().contains("コピー"), "{said}");
        let shared = b.js("return document.querySelector('#share-url').value;").await;
        let shared = shared.as_str().expect("the address").to_string();
        assert!(shared.contains("compare/?ids="), "{shared}");

        // The recipient: a browser with an empty compare list opens the address.
        b.js("localStorage.clear(); return true;").await;
        b.goto(&shared).await;
        b.wait_text("caption", "3件のサービスの比較").await;
        b.wait_text(".compare-tray", "比較リスト(3/4)").await;
        let stored = b.js("return localStorage.getItem('teleradiology-guide.compare');").await;
        assert_eq!(stored.as_str().map(|s| s.split(',').count()), Some(3), "the recipient's list is kept: {stored}");
    })
    .await;
}
