//! A hospital's own provider list through config.json (its providers, having no page files, are
//! linked as fragments of the root's index.html), and a config that points elsewhere refused.

use guide_devtools::server::{Config, Reply};
use serde_json::json;

use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

fn own_list() -> String {
    let provider = |id: &str, name: &str, reading: &str| {
        json!({
            "id": id, "name": name, "reading": reading, "listed_in": ["hospital"], "as_of": "2025-04",
            "description": "当院で確認した遠隔画像診断サービスです。",
            "menu": [{ "text": "CT/MRI", "modalities": ["ct", "mri"], "source": "hospital" }]
        })
    };
    json!({
        "schema_version": 1,
        "sources": { "hospital": { "label": "当院調べ(2025年4月)", "as_of": "2025-04" } },
        "providers": [provider("our-a", "当院契約先A", "とういんけいやくさきえー"), provider("our-b", "当院契約先B", "とういんけいやくさきびー")]
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn config_json_points_at_the_hospitals_own_list() {
    let site = Site::with(
        Config::new(dist_dir())
            .reply("config.json", Reply::json(r#"{ "providers": "data/our-providers.json" }"#))
            .reply("data/our-providers.json", Reply::json(own_list())),
    );
    let url = site.url("directory/");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "2件が該当します").await;
        assert_eq!(b.texts(".provider-card h2").await, vec!["当院契約先A", "当院契約先B"]);
        let href = b.js("return document.querySelector('.provider-card h2 a').getAttribute('href');").await;
        assert_eq!(href, "#/providers/our-a", "a provider without a file is linked as a fragment");
        b.click(".provider-card h2 a").await;
        b.wait_text("main h1", "当院契約先A").await;
        b.wait_for_address("#/providers/our-a").await;
        b.client.refresh().await.expect("reload");
        b.wait_for_page("the provider after a reload").await;
        assert_eq!(b.text("main h1").await, "当院契約先A", "the fragment address opens the page again");
    })
    .await;
    assert!(site.server.requests().iter().any(|r| r == "/data/our-providers.json"));
    assert!(
        !site.server.requests().iter().any(|r| r == "/providers.json"),
        "the bundled list was not loaded"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_config_pointing_off_the_server_is_refused_in_japanese() {
    let site = Site::replying(
        "config.json",
        Reply::json(r#"{ "providers": "https://evil.example/providers.json" }"#),
    );
    let url = site.url("");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        let message = b.wait_text("[role=alert]", "データを読み込めませんでした").await;
        assert!(message.contains("同じサーバー上の .json ファイル"), "{message}");
        assert!(message.contains("config.json"), "{message}");
    })
    .await;
}
