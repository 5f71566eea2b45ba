//! A doctor on a phone at 19:30 on a Friday wants the fastest urgent CT report: from the home
//! page to the clock by the header, the date and time typed into their fields, 緊急読影のみ and
//! CT chosen, then what the page shows is read as they would read it: only urgent rows, the
//! firm due times before the estimated ones and each group soonest first, chart labels of a
//! readable size at phone to desktop widths, service links big enough to tap, and nothing that
//! scrolls sideways.

use serde_json::json;

use crate::harness::browser::{Browser, ADDRESS};
use crate::harness::engine::Engine;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// Types `keys` into the field `css`, as a visitor would, unless the engine's date or time widget
/// takes keystrokes in another order than the one tried here: then the value is set the way the
/// other clock tests set it, and the test goes on (the journey, not the browser's widget, is
/// what this test is about).
async fn enter(b: &Browser, css: &str, keys: &str, value: &str) {
    b.type_into(css, keys).await;
    let read = format!("const i = document.querySelector({}); return i.value;", json!(css));
    let typed = b.js(&read).await;
    if typed != value {
        eprintln!("{:?}: typing {keys:?} into {css} gave {typed}; setting {value:?}", b.engine);
        let set = format!(
            "const i = document.querySelector({}); i.value = {}; i.dispatchEvent(new Event('change')); return true;",
            json!(css),
            json!(value)
        );
        b.js(&set).await;
    }
}

/// The keys that fill a date and a time field. Chromium runs in Japanese (`--lang=ja-JP`): its
/// fields read year/month/day and 24-hour time, and move on once a part is complete (the date
/// field's `max` makes a year four digits). geckodriver sets such a field from its value form.
fn keys(engine: Engine) -> (&'static str, &'static str) {
    match engine {
        Engine::Chromium => ("20261120", "1930"),
        _ => ("2026-11-20", "19:30"),
    }
}

/// "11月20日(金) 20:30" → (11, 20, 1230); "11月24日(火)中" (by the end of the day) → (11, 24,
/// 1440). The dues here fall within weeks of 20 November, so no year is needed to order them.
fn due_key(label: &str) -> (u32, u32, u32) {
    let parse = |s: &str| s.trim().parse::<u32>().unwrap_or_else(|_| panic!("a number in {label:?}"));
    let (month, rest) = label.split_once('月').unwrap_or_else(|| panic!("a month in {label:?}"));
    let (day, rest) = rest.split_once('日').unwrap_or_else(|| panic!("a day in {label:?}"));
    let time = rest.split_once(')').map_or("", |(_, t)| t.trim());
    let minute = match time.split_once(':') {
        Some((h, m)) => parse(h) * 60 + parse(m),
        None if time == "中" => 1440,
        None => panic!("a time in {label:?}"),
    };
    (parse(month), parse(day), minute)
}

/// The cells "kind" and "due" of each row of one group's table, in the order shown.
async fn group_rows(b: &Browser, table: &str) -> Vec<(String, String)> {
    let script = format!(
        "return [...document.querySelectorAll('{table} tbody tr')].map(r => [r.children[1].textContent, r.querySelector('td.due').textContent]);"
    );
    let rows: Vec<(String, String)> = serde_json::from_value(b.js(&script).await).expect("rows");
    rows
}

fn assert_soonest_first(group: &str, rows: &[(String, String)]) {
    let keys: Vec<(u32, u32, u32)> = rows.iter().map(|(_, due)| due_key(due)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{group}: not soonest first: {rows:#?}");
}

/// Chart labels between 12 and 16 CSS px, drawn at least 12 px tall, inside the chart, and no
/// sideways scroll at the current width.
async fn assert_readable_chart(b: &Browser) {
    let width = b.js("return window.innerWidth;").await;
    let sizes = b
        .js("return [...document.querySelectorAll('.timeline-label, .timeline .tick-label')].map(e => {
                 const r = e.getBoundingClientRect(); const f = e.closest('figure').getBoundingClientRect();
                 return [parseFloat(getComputedStyle(e).fontSize), r.height, r.left >= f.left - 0.5 && r.right <= f.right + 0.5];
             });")
        .await;
    let sizes: Vec<(f64, f64, bool)> = serde_json::from_value(sizes).expect("label sizes");
    assert!(sizes.len() > 2, "the chart has row labels and hour marks at {width} px");
    for (font, height, inside) in &sizes {
        assert!((12.0..=16.0).contains(font), "a chart label is {font} px at {width} px wide");
        assert!(*height >= 12.0, "a chart label is drawn {height} px tall at {width} px wide");
        assert!(inside, "a chart label runs out of the chart at {width} px wide");
    }
    let sideways = b.sideways_scroll().await;
    assert!(sideways <= 0, "scrolls sideways by {sideways} px at {width} px wide");
}

#[tokio::test(flavor = "multi_thread")]
async fn fastest_urgent_ct_on_a_friday_evening_on_a_phone() {
    let site = Site::start();
    let home = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&home).await;
        b.click(".site-header nav a[href='clock/']").await;
        b.wait_text("main h1", "返却時刻の計算").await;
        b.wait_for("the date field", "document.querySelector('#clock-date')").await;

        let (date, time) = keys(b.engine);
        enter(&b, "#clock-date", date, "2026-11-20").await;
        enter(&b, "#clock-time", time, "19:30").await;
        // Choosing moves the focus away from the time field, which is when a field reports
        // what was typed.
        b.click("label[for='clock-kind-urgent']").await;
        let exam = b.client.find(fantoccini::Locator::Css("#clock-exam")).await.expect("the exam list");
        exam.select_by_value("ct").await.expect("choose CT");

        b.wait_text(".clock-sent", "11月20日(金) 19:30").await;
        let shown = b.js("return [document.querySelector('#clock-kind-urgent').checked, document.querySelector('#clock-exam').value];").await;
        assert_eq!(shown, json!([true, "ct"]), "the choices show as chosen");
        b.wait_for(
            "the choices in the address",
            &format!(
                "(a => a.includes('at=2026-11-20T19%3A30') && a.includes('kind=urgent') && a.includes('m=ct'))({ADDRESS})"
            ),
        )
        .await;
        let excluded = b.wait_text(".clock-excluded", "CTの記載がないため除いたサービス: ").await;
        let n: u32 = excluded
            .split_once(": ")
            .and_then(|(_, rest)| rest.split_once('件'))
            .and_then(|(n, _)| n.parse().ok())
            .unwrap_or_else(|| panic!("a count in {excluded:?}"));
        assert!(n > 0, "the bundled data has services whose menus do not state CT: {excluded}");

        // The groups, firm first, each with its count in its heading.
        let headings = b.texts("main h3").await;
        let firm_at = headings.iter().position(|h| h.starts_with("記載どおりに計算できた期限("));
        let estimated_at = headings.iter().position(|h| h.starts_with("推定を含む期限("));
        assert!(
            matches!((firm_at, estimated_at), (Some(f), Some(e)) if f < e),
            "the firm group's heading comes before the estimated group's: {headings:?}"
        );
        let order = b
            .js("return !!(document.querySelector('#clock-firm').compareDocumentPosition(document.querySelector('#clock-estimated')) & Node.DOCUMENT_POSITION_FOLLOWING);")
            .await;
        assert_eq!(order, json!(true), "the firm group comes first on the page");

        let firm = group_rows(&b, "#clock-firm-table").await;
        let estimated = group_rows(&b, "#clock-estimated-table").await;
        assert!(!firm.is_empty(), "Friday 19:30 has firm urgent CT due times");
        assert!(headings.iter().any(|h| h == &format!("記載どおりに計算できた期限({}件)", firm.len())));
        assert!(headings.iter().any(|h| h == &format!("推定を含む期限({}件)", estimated.len())));
        assert_soonest_first("記載どおりに計算できた期限", &firm);
        assert_soonest_first("推定を含む期限", &estimated);

        // Only urgent readings: the urgent return, or a separate service that returns within
        // minutes, named as the option or separate service it is.
        for (kind, due) in firm.iter().chain(&estimated) {
            let option = kind.ends_with("(オプション)") || kind.ends_with("(別サービス)");
            assert!(kind == "緊急読影" || option, "not urgent: {kind} {due}");
            assert!(!kind.contains("朝一") && !kind.contains("優先読影"), "a next-morning service is not urgent: {kind}");
        }
        assert!(firm.iter().chain(&estimated).any(|(k, _)| k == "緊急読影"));
        for line in b.texts(".clock-unknown li").await {
            assert!(!line.contains("通常読影"), "the unknowns follow the choice too: {line}");
        }

        // Service links in the tables are targets of 24 × 24 px at least.
        let small = b
            .js("return [...document.querySelectorAll('.clock-table a')].map(a => a.getBoundingClientRect())
                     .filter(r => r.width < 24 || r.height < 24).length;")
            .await;
        assert_eq!(small, json!(0), "every service link is at least 24 × 24 px");

        // 390 px (or the narrowest window the engine allows), then a small phone and a desktop.
        assert_readable_chart(&b).await;
        for width in [320, 1280] {
            let reached = b.resize_viewport(width, 844).await;
            b.wait_for("the new width", &format!("window.innerWidth === {reached}")).await;
            assert_readable_chart(&b).await;
        }
    })
    .await;
}
