//! Compare: pick providers into the tray, compare them side by side with differences marked,
//! share the URL, and download a CSV that Excel in Japan opens (UTF-8 with BOM).

use crate::harness::session::session;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn the_tray_leads_to_a_shareable_comparison_with_csv() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("directory/?q=ワイズ");
        let base = site.url("");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".result-count", "1件が該当します").await;
            b.click(".provider-card .compare-toggle button").await;
            b.wait_text(".compare-tray", "比較リスト(1/4)").await;
            assert_eq!(b.js("return document.querySelector('.provider-card .compare-toggle button').getAttribute('aria-pressed');").await, "true");
            b.goto(&format!("{base}providers/doctor-net/")).await;
            b.click(".detail-actions .compare-toggle button").await;
            b.wait_text(".compare-tray", "比較リスト(2/4)").await;
            b.click(".compare-tray a.button").await;
            b.wait_text("caption", "2件のサービスの比較").await;
            assert_eq!(b.address().await, "compare/?ids=ys-reading,doctor-net");
            let differs = b.texts("tr.differs th").await;
            assert!(differs.iter().any(|t| t.contains("導入期間")), "{differs:?}");
            assert!(!differs.iter().any(|t| t.contains("調査時点")), "equal rows are not marked");
            b.click("#csv-download").await;
            let bytes = b.downloaded("teleradiology-compare.csv").await;
            assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF], "UTF-8 byte order mark for Excel");
            let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
            assert!(text.starts_with("\"事業者\",\"ワイズ・リーディング\",\"ドクターネット\"\r\n"), "{text}");
            assert!(text.contains("\"導入期間\",\"要相談(約2か月~3か月)"), "{text}");
            assert_eq!(b.js("return document.querySelector('#csv-download').getAttribute('download');").await, "teleradiology-compare.csv");
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shared_comparison_link_reproduces_the_table_in_a_fresh_browser() {
    let site = Site::start();
    let url = site.url("compare/?ids=secom-medical-system,mitt,esfill");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text("caption", "3件のサービスの比較").await;
        let heads = b.texts("thead th").await;
        assert_eq!(heads, vec!["項目", "セコム医療システム", "株式会社MITT", "ESFILL遠隔画像診断サービス"]);
        let urgent = b.texts("tbody tr").await.into_iter().find(|r| r.starts_with("緊急読影の返却")).expect("row");
        assert!(urgent.contains("緊急読影には対応なし") && urgent.contains("記載なし"), "{urgent}");
        let print = b.js("return [...document.styleSheets].some(s => [...s.cssRules].some(r => r.media && r.media.mediaText === 'print'));").await;
        assert_eq!(print, true, "a print stylesheet exists");
    })
    .await;
}
