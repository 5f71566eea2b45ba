//! The finder: answers "which services can read our PET-CT with a report within 2 hours on a
//! Saturday?" with explained results, keeps its state in the URL, and links to the clock.

use crate::harness::session::session;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn pet_ct_within_two_hours_on_a_saturday() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("#/finder");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text("main h1", "自院に合うサービスを探す").await;
            b.click("label[for='need-pet']").await;
            b.click("label[for='hours-weekends']").await;
            b.click("label[for='urgent-120']").await;
            b.wait_for(
                "the profile in the URL",
                "location.hash === '#/finder?m=pet&hours=weekends&urgent=120'",
            )
            .await;
            b.wait_text(".result-count", "条件を満たす: 2件").await;
            let mut names = b.texts(".finder-list.matches .result-card h4").await;
            names.sort();
            assert_eq!(names, vec!["セコム医療システム", "ドクターネット"]);
            let first = b.text(".finder-list .result-card").await;
            assert!(first.contains("PET・PET-CTを扱うと記載があります"), "{first}");
            assert!(first.contains("土日・祝日に依頼を受け付けると記載があります"), "{first}");
            b.client.refresh().await.expect("reload");
            b.wait_text(".result-count", "条件を満たす: 2件").await;
            assert_eq!(b.js("return document.querySelector('#urgent-120').checked;").await, true);
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn results_explain_unknowns_and_link_to_the_clock() {
    let site = Site::start();
    let url = site.url("#/finder?m=ct&prio=quality");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".finder-list .result-card h4", "ワイズ・リーディング").await;
        let first = b.texts(".finder-list .result-card h4").await[0].clone();
        assert_eq!(first, "ワイズ・リーディング", "quality first");
        b.click(".finder-more summary").await;
        let unconfirmed = b.text(".finder-more").await;
        assert!(
            unconfirmed.contains("記載なし: ") || unconfirmed.contains("記載がありません"),
            "{unconfirmed}"
        );
        b.click(".result-links a[href^='#/clock']").await;
        b.wait_for(
            "the clock focused on the provider",
            "location.hash.startsWith('#/clock') && document.querySelector('tr.focused')",
        )
        .await;
        assert!(b.text("tr.focused").await.contains("ワイズ・リーディング"));
    })
    .await;
}
