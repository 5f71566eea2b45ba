//! The turnaround clock: "if we send at 19:30 on a Friday before a holiday Monday, when does each
//! report come back?", in a browser in Japan time and in a browser set to New York time.

use crate::harness::browser::Browser;
use crate::harness::session::{session, session_in_time_zone};
use crate::harness::{Site, Viewport};

/// 2026-11-23 (Monday) is 勤労感謝の日.
const ROUTE: &str = "clock/?at=2026-11-20T19:30";

/// The rows "name kind → due" of the clock's tables, the firm group's first.
async fn due_rows(b: &Browser) -> Vec<String> {
    let rows = b.js("return [...document.querySelectorAll('.clock-table tbody tr')].map(r => [...r.children].map(c => c.textContent));").await;
    rows.as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let cells: Vec<&str> = r.as_array().into_iter().flatten().filter_map(|c| c.as_str()).collect();
            format!("{} {} → {}", cells[0], cells[1], cells[3])
        })
        .collect()
}

async fn check_friday_answers(b: &Browser) {
    b.wait_text(".clock-sent", "11月20日(金) 19:30").await;
    let rows = due_rows(b).await;
    for expected in [
        "セコム医療システム 緊急読影 → 11月20日(金) 20:30",
        "ドクターネット 24/365サービス(オプション) → 11月20日(金) 20:30",
        // 翌朝 after a Friday: Saturday or the next business morning; the later one is shown.
        "ドクターネット 朝一サービス(別サービス) → 11月24日(火) 09:00",
        "ドクターネット 緊急読影 → 11月24日(火) 11:00",
        "ドクターネット 通常読影 → 11月25日(水) 12:00",
        "セコム医療システム 通常読影 → 11月24日(火) 18:00",
        "ワイズ・リーディング 通常読影 → 11月25日(水) 18:00",
    ] {
        assert!(rows.iter().any(|r| r == expected), "missing {expected:?} in {rows:#?}");
    }
    let dues: Vec<&str> = rows.iter().map(|r| r.split(" → ").nth(1).unwrap_or_default()).collect();
    assert_eq!(dues[0], "11月20日(金) 20:30", "soonest first");
    let table = b.texts(".clock-table").await.concat();
    for label in ["解釈が分かれる記載", "出典ごとに受付時間が異なるため、合わせて読んでいます", "最短の記載"]
    {
        assert!(table.contains(label), "the notes say how sure each time is: {label:?}");
    }
    let unknown = b.text(".clock-unknown").await;
    assert!(
        unknown.contains("ワイズ・リーディング 緊急読影: 受付時間の記載がないため計算できません"),
        "{unknown}"
    );
    assert_eq!(b.count("figure.timeline[aria-labelledby] #timeline-title").await, 1, "the chart is labelled");
}

#[tokio::test(flavor = "multi_thread")]
async fn friday_evening_before_a_holiday_monday() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url(ROUTE);
        session(viewport, move |b| async move {
            b.goto(&url).await;
            check_friday_answers(&b).await;
            let holiday = b.js("const i = document.querySelector('#clock-date'); i.value = '2026-11-23'; i.dispatchEvent(new Event('change')); return true;").await;
            assert_eq!(holiday, true);
            b.wait_text(".clock-sent", "祝日(勤労感謝の日)").await;
            // The router writes a replaced address after the frame that shows it: wait for it.
            b.wait_for_address("clock/?at=2026-11-23T19%3A30").await;
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_in_new_york_gets_the_same_due_times() {
    let site = Site::start();
    let url = site.url(ROUTE);
    let blank = site.url("guide/");
    let today = site.url("clock/");
    session_in_time_zone(Viewport::Desktop, "America/New_York", move |b| async move {
        b.goto(&blank).await;
        let offset = b.js("return new Date('2026-11-20T12:00:00Z').getTimezoneOffset();").await;
        assert_eq!(offset, 300, "the browser now runs in New York time (UTC-5)");
        b.goto(&url).await;
        check_friday_answers(&b).await;
        // "Now" is Japan time too: the default date is the Japanese calendar date.
        b.goto(&today).await;
        let shown = b
            .wait_value(
                "the date field",
                "const i = document.querySelector('#clock-date'); return i ? i.value : null;",
            )
            .await;
        let japan = b.js("return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);").await;
        assert_eq!(shown, japan, "today in Japan, not in New York");
    })
    .await;
}
