//! Home: the lead, one card per criterion from the data with its reason, features, voices,
//! service table and tel: link, and the survey method beside them.

use crate::harness::browser::ADDRESS;
use crate::harness::session::session;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn home_shows_the_three_picks_with_reasons_contacts_and_the_survey() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".criterion-card", "ワイズ・リーディング").await;
            let labels = b.texts(".criterion-label").await;
            assert_eq!(labels, vec!["品質・信頼性で選ぶなら", "セキュリティで選ぶなら", "対応時間で選ぶなら"]);
            let names = b.texts(".criterion-card h3").await;
            assert_eq!(names, vec!["ワイズ・リーディング", "セコム医療システム", "ドクターネット"]);
            let tels = b.js("return [...document.querySelectorAll('.criterion-card a[href^=\"tel:\"]')].map(a => a.getAttribute('href'));").await;
            assert_eq!(tels, serde_json::json!(["tel:0963427878", "tel:0120464756"]));
            let secom = b.texts(".criterion-card").await[1].clone();
            assert!(secom.contains("月~土/9:00~18:00"), "phone hours are shown");
            assert!(secom.contains("MEDIS"), "the selection condition is shown");
            assert!(secom.contains("2週間程度"), "the service table is shown");
            let doctor_net = b.texts(".criterion-card").await[2].clone();
            assert!(doctor_net.contains("電話番号: 記載なし"), "an unstated phone reads 記載なし");
            let survey = b.text(".survey-box").await;
            assert!(survey.contains("55社") && survey.contains("27社") && survey.contains("2022年11月〜12月"), "{survey}");
            b.click(".criterion-card h3 a").await;
            b.wait_text("main h1", "ワイズ・リーディング").await;
            b.wait_for_address("providers/ys-reading/").await;
            // Focus moves in the frame after the new page is drawn.
            b.wait_for("focus on the new page's heading", "document.activeElement && document.activeElement.tagName === 'H1'").await;
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_quick_search_opens_the_directory_with_the_words() {
    let site = Site::start();
    let url = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.type_into("#quick-search", "ﾎｽﾋﾟﾈｯﾄ").await;
        b.click(".search-box button").await;
        b.wait_text(".result-count", "1件が該当します").await;
        assert_eq!(b.texts(".provider-card h2").await, vec!["セコム医療システム"]);
        let address = b.js(&format!("return decodeURIComponent({ADDRESS});")).await;
        assert_eq!(address, "directory/?q=ﾎｽﾋﾟﾈｯﾄ");
    })
    .await;
}
