//! The directory: facet filters with counts, explicit unknowns, Japanese search, sorting, the
//! state in the URL (reload and back/forward), the empty state, the phone filter panel, and long
//! lists drawn a page at a time, and list cards that leave the sources to the detail page.

use guide_devtools::server::Reply;

use crate::harness::browser::ADDRESS;
use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_window_made_wide_shows_the_filter_panel_with_its_options() {
    let site = Site::start();
    let url = site.url("directory/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "61件が該当します").await;
        let reached = b.resize_viewport(1280, 800).await;
        assert!(reached >= 900, "the window reached a wide screen's width: {reached}");
        let shown = "(() => { const label = document.querySelector(\"label[for='f-m-pet']\"); \
                     return !!label && label.getBoundingClientRect().height > 0 && /\\d+件/.test(label.textContent); })()";
        b.wait_for("the panel's options, with their counts", shown).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn filters_update_results_counts_and_the_url_and_survive_a_reload() {
    for viewport in Viewport::BOTH {
        let site = Site::start();
        let url = site.url("directory/");
        session(viewport, move |b| async move {
            b.goto(&url).await;
            b.wait_text(".result-count", "61件が該当します").await;
            let history = b.js("return history.length;").await;
            if viewport == Viewport::Phone {
                assert!(
                    !b.js("return !!document.querySelector('#filter-panel').offsetParent;")
                        .await
                        .as_bool()
                        .unwrap(),
                    "closed on phones"
                );
                b.click(".filter-toggle").await;
                assert_eq!(
                    b.js("return document.querySelector('.filter-toggle').getAttribute('aria-expanded');")
                        .await,
                    "true"
                );
            }
            let label = b.text("label[for='f-urgent-60']").await;
            let count: usize = label
                .split('(')
                .nth(1)
                .and_then(|s| s.split('件').next())
                .and_then(|n| n.parse().ok())
                .expect("a count");
            b.click("label[for='f-urgent-60']").await;
            b.wait_text(".result-count", &format!("{count}件が該当します")).await;
            assert_eq!(
                b.count(".provider-card").await,
                count,
                "the count beside the option is the result count"
            );
            assert_eq!(b.address().await, "directory/?urgent=60");
            b.click("label[for='f-m-pet']").await;
            b.wait_for_address("directory/?m=pet&urgent=60").await;
            assert_eq!(b.js("return history.length;").await, history, "filters replace the history entry");
            let names = b.texts(".provider-card h2").await;
            assert!(names.contains(&"ドクターネット".to_string()), "{names:?}");
            assert!(!names.contains(&"DIC".to_string()));
            let shown = b.count(".provider-card").await;
            b.client.refresh().await.expect("reload");
            b.wait_text(".result-count", &format!("{shown}件が該当します")).await;
            if viewport == Viewport::Phone {
                // The panel opens closed again; its checkboxes are drawn when it is opened.
                b.click(".filter-toggle").await;
            }
            assert_eq!(
                b.js("return document.querySelector('#f-m-pet').checked;").await,
                true,
                "a reload restores the filters"
            );
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_can_be_included_and_an_empty_result_offers_to_clear() {
    let site = Site::start();
    let url = site.url("directory/?urgent=unknown");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "件が該当します").await;
        let names = b.texts(".provider-card h2").await;
        assert!(names.contains(&"STERS".to_string()), "STERS states no urgent return: {names:?}");
        b.type_into("#directory-search", "存在しない事業者").await;
        b.wait_text(".empty-state", "見つかりませんでした").await;
        assert_eq!(b.text(".result-count").await, "0件が該当します(全61件)");
        b.click(".empty-state button").await;
        b.wait_text(".result-count", "61件が該当します").await;
        assert_eq!(b.address().await, "directory/");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn search_folds_width_and_kana_and_sorting_is_in_the_url() {
    let site = Site::start();
    let url = site.url("directory/");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.type_into("#directory-search", "ﾜｲｽﾞ").await;
        b.wait_text(".result-count", "1件が該当します").await;
        assert_eq!(b.texts(".provider-card h2").await, vec!["ワイズ・リーディング"]);
        let focused = b.js("return document.activeElement.id;").await;
        assert_eq!(focused, "directory-search", "typing keeps focus in the search box");
        b.goto(&url).await;
        b.wait_text(".result-count", "件が該当します").await;
        b.js("const s = document.querySelector('#directory-sort'); s.value = 'urgent'; s.dispatchEvent(new Event('change'));").await;
        b.wait_for_address("directory/?sort=urgent").await;
        let first = b.texts(".provider-card h2").await;
        let fast = ["セコム医療システム", "ドクターネット", "イメージ・コミュニケーション", "ネット・メディカルセンター", "京都プロメド"];
        assert!(fast.contains(&first[0].as_str()), "a one-hour service first, got {}", first[0]);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn list_cards_show_every_stated_value_and_leave_the_sources_to_the_detail_page() {
    let site = Site::start();
    let url = site.url("directory/?q=%E3%83%89%E3%82%AF%E3%82%BF%E3%83%BC%E3%83%8D%E3%83%83%E3%83%88");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "1件が該当します").await;
        let card = b.text(".provider-card").await;
        assert!(card.contains("出典によって記載が異なります(出典は詳細ページ)"), "{card}");
        for menu in ["CT/MRI/CR/DR/MMG/PET/RI/胸部・胃部検診", "CT/MRI"] {
            assert!(card.contains(menu), "every stated menu is shown: {menu}");
        }
        assert!(card.contains("受付後2時間以内") && card.contains("受付から2時間以内(平日9:00~18:00の依頼)"));
        assert!(!card.contains("出典:"), "the card names no sources: {card}");
        let href = b.js("return document.querySelector('.provider-card h2 a').getAttribute('href');").await;
        assert_eq!(href, "providers/doctor-net/");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn back_and_forward_restore_pages_and_filters() {
    let site = Site::start();
    let url = site.url("directory/?region=kyushu");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "件が該当します").await;
        let count = b.text(".result-count").await;
        b.click(".provider-card h2 a").await;
        b.wait_for("the detail page", &format!("{ADDRESS}.startsWith('providers/')")).await;
        b.wait_text(".back", "一覧に戻る").await;
        let back_href = b.js("return document.querySelector('.back a').getAttribute('href');").await;
        assert_eq!(back_href, "directory/?region=kyushu", "the way back keeps the filters");
        b.client.back().await.expect("back");
        b.wait_text(".result-count", &count).await;
        assert_eq!(b.address().await, "directory/?region=kyushu");
        b.client.forward().await.expect("forward");
        b.wait_for(
            "the detail page again",
            &format!("{ADDRESS}.startsWith('providers/') && document.querySelector('.provider-detail')"),
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_followed_at_once_after_typing_keeps_the_words_for_the_way_back() {
    let site = Site::start();
    let url = site.url("directory/");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "件が該当します").await;
        // The words and the click in one task: the address is written a frame after the words,
        // so the click must write it before the link is followed. A real click starts it, since
        // WebKit does not add a history entry for a link a script follows on its own.
        b.js("const t = document.createElement('button'); t.id = 'type-and-go'; t.textContent = 'type and go'; t.onclick = () => { const s = document.querySelector('#directory-search'); s.value = 'セコム'; s.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('.site-header a[href=\"guide/\"]').click(); }; document.body.prepend(t); return true;").await;
        b.click("#type-and-go").await;
        b.wait_for("the guide", &format!("{ADDRESS} === 'guide/' && document.querySelector('main h1')")).await;
        b.client.back().await.expect("back");
        b.wait_for("the directory with the words", &format!("decodeURIComponent({ADDRESS}) === 'directory/?q=セコム'")).await;
        assert_eq!(b.js("return document.querySelector('#directory-search').value;").await, "セコム");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_long_list_is_drawn_a_page_at_a_time() {
    let base = std::fs::read_to_string(dist_dir().join("providers.json")).expect("providers.json");
    let big = guide_model::synthetic::scaled(&base, 50).expect("synthetic providers");
    let site = Site::replying("providers.json", Reply::json(big));
    let url = site.url("directory/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "50件が該当します(全50件)").await;
        assert_eq!(b.count(".provider-card").await, 20, "the first page");
        b.js("document.querySelector('.provider-card').dataset.seen = 'yes'; return true;").await;
        b.click(".show-more button").await;
        b.wait_for("the second page", "document.querySelectorAll('.provider-card').length === 40").await;
        let kept = b.js("return document.querySelector('.provider-card').dataset.seen === 'yes';").await;
        assert_eq!(kept, true, "the cards already shown stay as they are");
        b.wait_for(
            "focus on the first new card",
            "document.activeElement === document.querySelectorAll('.provider-card h2 a')[20]",
        )
        .await;
        assert_eq!(b.text(".show-more button").await, "さらに10件を表示(残り10件)");
        b.click(".show-more button").await;
        b.wait_for("the whole list", "document.querySelectorAll('.provider-card').length === 50").await;
        assert_eq!(b.count(".show-more").await, 0, "nothing more to show");
        let first = b.text(".provider-card h2").await;
        // Records what the list holds each time it changes: a new list shows its first cards in
        // the task that answers the input, marked busy, and the rest of its page after a frame.
        b.js("window.__stages = []; const list = document.querySelector('.card-list'); \
              new MutationObserver(() => __stages.push([list.children.length, list.getAttribute('aria-busy')])) \
                .observe(list, { childList: true, attributes: true }); return true;").await;
        b.js("const s = document.querySelector('#directory-sort'); s.value = 'urgent'; s.dispatchEvent(new Event('change', { bubbles: true })); return true;").await;
        b.wait_for("the new order", &format!("document.querySelector('.provider-card h2').textContent !== {}", serde_json::json!(first))).await;
        assert_eq!(b.count(".provider-card").await, 20, "a new order starts at the first page again");
        let stages = b.js("return __stages;").await;
        assert!(
            stages.as_array().is_some_and(|s| s.iter().any(|x| x == &serde_json::json!([4, "true"]))),
            "the first four cards come first, the list marked busy: {stages}"
        );
        assert_eq!(b.js("return document.querySelector('.card-list').hasAttribute('aria-busy');").await, false);
        assert_eq!(b.text(".show-more button").await, "さらに20件を表示(残り30件)");
        // Leaving the page before the rest of a new list is drawn leaves nothing behind to fail.
        b.js("const s = document.querySelector('#directory-sort'); s.value = 'name'; s.dispatchEvent(new Event('change', { bubbles: true })); document.querySelector('.site-header a[href=\"guide/\"]').click(); return true;").await;
        b.wait_for("the guide", &format!("{ADDRESS} === 'guide/' && document.querySelector('main h1')")).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(b.count(".fatal").await, 0, "no error screen");
        assert!(!b.text("main h1").await.is_empty());
    })
    .await;
}
