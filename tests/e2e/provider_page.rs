//! Provider detail: every field with its source, unknowns as 記載なし, conflicts with both
//! values, safe website links and tel: links.

use crate::harness::session::session;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn a_pick_shows_sources_conflicts_and_contacts() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("providers/ys-reading/");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            let conflicts = b.wait_text(".conflicts-box", "導入期間").await;
            assert!(conflicts.contains("60〜90日") && conflicts.contains("21〜28日"), "{conflicts}");
            let service = b.text("section[aria-labelledby='service-title']").await;
            assert!(
                service.contains("要相談(約2か月~3か月)") && service.contains("3週間~4週間"),
                "both values are shown"
            );
            assert!(
                service.contains("出典: おすすめ3社のサービス表、2022年11月〜2022年12月時点"),
                "each value names its source and date"
            );
            assert!(b.text(".as-of").await.contains("2022年11月〜2022年12月"));
            assert_eq!(
                b.js("return document.querySelector('.contact a[href^=\"tel:\"]').getAttribute('href');")
                    .await,
                "tel:0963427878"
            );
            assert!(b.text(".contact").await.contains("Webサイト: 記載なし"));
            assert!(b.text(".pick-box").await.contains("品質・信頼性"));
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn website_links_open_safely_and_unknowns_read_kisai_nashi() {
    let site = Site::start();
    let url = site.url("providers/niigata-gazou-shindan-center/");
    // An id no provider has: no file answers its path, so the app meets it only as an old
    // fragment link.
    let unknown_page = site.url("#/providers/no-such-provider");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text("main h1", "新潟画像診断センター").await;
        let link = b.js("const a = document.querySelector('.contact a[target=_blank]'); return [a.getAttribute('href'), a.getAttribute('rel')];").await;
        assert_eq!(link, serde_json::json!(["http://www.niigata-gazou.com/", "noopener noreferrer"]));
        let service = b.text("section[aria-labelledby='service-title']").await;
        assert!(service.contains("記載なし"), "unstated fields read 記載なし");
        b.goto(&unknown_page).await;
        b.wait_text("main h1", "ページが見つかりません").await;
    })
    .await;
}
