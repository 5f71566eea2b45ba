//! A person at a phone's size looks for a service that reads CT sent on weekday evenings: from
//! the home page through the header's navigation to the finder, CT and the evening ticked by
//! their labels. What they then see explains itself: the evening is a choice of its own and is
//! checked, the first result's points come with what they are made of (which adds up to them),
//! the services to confirm say why they are listed, every target is at least 24 × 24 px, and
//! nothing scrolls sideways.

use serde_json::json;

use crate::harness::session::session;
use crate::harness::{Site, Viewport};

/// A JS function body: the first match's score, the element right after it, their boxes and the
/// numbers of that element's breakdown.
const SCORE_AND_BREAKDOWN: &str = r#"
const card = document.querySelector('.finder-list.matches .result-card');
if (!card) return null;
const points = card.querySelector('.points');
points.scrollIntoView({ block: 'center' });
const next = points.nextElementSibling;
const box = e => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
const shown = e => { const s = getComputedStyle(e); return s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0'; };
const numbers = t => [...t.matchAll(/(\d+)点/g)].map(m => Number(m[1]));
return {
  score: numbers(points.textContent),
  nextClass: next ? next.className : '',
  breakdown: next ? next.textContent : '',
  parts: next ? numbers(next.textContent) : [],
  points: box(points),
  next: next ? box(next) : null,
  shown: !!next && shown(next),
  viewport: innerHeight,
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn ct_on_weekday_evenings_from_the_home_page_at_phone_size() {
    let site = Site::start();
    let home = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&home).await;
        b.wait_for_page("the home page").await;
        b.click(".site-header nav a[href='finder/']").await;
        b.wait_for_address("finder/").await;
        b.wait_text("main h1", "自院に合うサービスを探す").await;
        b.wait_for_page("the finder").await;

        // The evening is a choice of its own, between the daytime and the night.
        let hours = b.js("return [...document.querySelectorAll('input[id^=\"hours-\"]')].map(e => e.id);").await;
        assert_eq!(hours, json!(["hours-weekday", "hours-evenings", "hours-nights", "hours-weekends"]));
        assert_eq!(b.text("label[for='hours-evenings']").await, "平日の夕方・夜(18時〜22時)");

        // Each choice applies as it is ticked (the form has no submit button): the address
        // keeps the answers and the results follow.
        b.click("label[for='need-ct']").await;
        b.click("label[for='hours-evenings']").await;
        b.wait_for_address("finder/?m=ct&hours=evenings").await;
        let checked = "return ['#need-ct', '#hours-evenings'].map(s => document.querySelector(s).checked);";
        assert_eq!(b.js(checked).await, json!([true, true]), "CT and the evening are checked");
        // ドクターネット alone states intake at every weekday evening; セコム's ends at 20:00.
        b.wait_text(".result-count", "条件を満たす: 1件").await;
        assert_eq!(b.texts(".finder-list.matches .result-card h4").await, vec!["ドクターネット"]);

        // How the points are made is said above the results, from the same numbers.
        let rule = b.text(".finder-results .score-rule").await;
        assert!(rule.contains("点数は、各サービスの記載のうち次に当てはまるものの合計"), "{rule}");
        assert!(rule.contains("対応時間: 緊急読影の返却が1時間以内なら3点"), "{rule}");
        assert!(rule.contains("順位の決め方"), "the full rule is beside it: {rule}");
        let before = "const r = document.querySelector('.finder-results .score-rule'); \
                      const l = document.querySelector('.finder-list.matches'); \
                      return !!(r.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);";
        assert_eq!(b.js(before).await, true, "the explanation comes before the results");

        // The first result's points come with their breakdown, right after them and on screen.
        let seen = b.wait_value("the first result's score", SCORE_AND_BREAKDOWN).await;
        let numbers = |key: &str| -> Vec<i64> { serde_json::from_value(seen[key].clone()).unwrap_or_default() };
        let score = numbers("score");
        assert_eq!(score.len(), 1, "one score: {seen}");
        assert_eq!(seen["nextClass"], "score-breakdown", "{seen}");
        assert!(seen["shown"] == true, "the breakdown is shown: {seen}");
        let parts = numbers("parts");
        assert_eq!(parts.iter().sum::<i64>(), score[0], "the parts add up to the score: {seen}");
        assert!(score[0] == 0 || !parts.is_empty(), "points are explained: {seen}");
        let top = |key: &str| seen[key]["top"].as_f64().unwrap_or(f64::MAX);
        let bottom = |key: &str| seen[key]["bottom"].as_f64().unwrap_or(f64::MAX);
        let viewport = seen["viewport"].as_f64().unwrap_or_default();
        assert!(top("points") >= 0.0 && bottom("points") <= viewport, "the score is on screen: {seen}");
        assert!(top("next") >= 0.0 && bottom("next") <= viewport, "its breakdown too: {seen}");
        assert!(top("next") - bottom("points") < 60.0, "the breakdown is next to the score: {seen}");

        // The services to confirm say why they are listed, and how many there are.
        let total: i64 = b
            .js("return Number(document.querySelector('.result-count').textContent.match(/要確認: (\\d+)件/)[1]);")
            .await
            .as_i64()
            .expect("the number to confirm");
        b.click(".finder-more summary").await;
        let why = b.text(".finder-more .finder-why").await;
        assert!(why.contains("条件を満たすとも合わないとも判断できません"), "{why}");
        assert!(why.contains("各サービスに直接お問い合わせください"), "{why}");
        assert!(why.contains(&format!("要確認の全{total}件のうち")), "{why}");
        let shown = b.count(".finder-more:first-of-type .finder-list .result-card").await as i64;
        assert!(why.contains(&format!("詳細を公開している{shown}件を表示しています")), "{shown} shown: {why}");
        let before = "const w = document.querySelector('.finder-more .finder-why'); \
                      const c = document.querySelector('.finder-more .result-card'); \
                      return !!(w.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);";
        assert_eq!(b.js(before).await, true, "the reason comes before the cards");

        // Every target is at least 24 × 24 CSS px, the full rule opened and the lists open.
        b.click(".score-rule .scoring summary").await;
        b.click(".finder-more:last-of-type summary").await;
        let small = b.small_targets().await;
        assert!(small.is_empty(), "targets under 24 × 24 px: {small:#?}");

        let sideways = b.sideways_scroll().await;
        assert!(sideways <= 0, "the page scrolls sideways by {sideways} px");
    })
    .await;
}
