//! The bad-input catalogue (docs/bad-input.md): every case served to the real app. A broken file
//! gives one clear Japanese message with a retry; a broken entry is skipped and reported while
//! every valid entry is still shown; nothing panics into a blank page.

mod cases;

use guide_devtools::server::{Config, Reply};
use serde_json::Value;

use crate::harness::browser::{Browser, APP_STARTED};
use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

/// The bundled provider list.
pub fn bundled() -> Value {
    let text = std::fs::read_to_string(dist_dir().join("providers.json")).expect("providers.json");
    serde_json::from_str(&text).expect("JSON")
}

/// The bundled file with `change` applied to its first entry.
pub fn entry_case(change: impl Fn(&mut Value)) -> Reply {
    let mut data = bundled();
    change(&mut data["providers"][0]);
    Reply::json(data.to_string())
}

/// What the page must show.
pub enum Expect {
    /// One error message containing this text, and a retry button.
    Error(&'static str),
    /// Entries skipped (count) with a reason containing this text; the rest shown.
    Skipped(usize, &'static str),
    /// All entries shown (the input is unusual but valid).
    Shown(usize),
    /// All entries shown, this many without a bad optional field, reported with this text.
    FieldLeftOut(usize, &'static str),
}

async fn check(b: &Browser, name: &str, expect: &Expect, total: usize) {
    b.wait_for(
        &format!("{name}: the page to settle"),
        &format!("{APP_STARTED} && !document.querySelector('.loading')"),
    )
    .await;
    let body = b.text("body").await;
    assert!(!body.trim().is_empty(), "{name}: blank page");
    assert!(!body.contains("予期しないエラー"), "{name}: the app panicked");
    match expect {
        Expect::Error(text) => {
            let alert = b.wait_text("[role=alert]", text).await;
            assert!(alert.contains("データを読み込めませんでした"), "{name}: {alert}");
            assert_eq!(b.count(".load-error button").await, 1, "{name}: a retry button");
        }
        Expect::Skipped(n, reason) => {
            let report = b.wait_text(".data-problems", &format!("({n}件)")).await;
            b.js("document.querySelector('.data-problems').open = true; return true;").await;
            let details = b.text(".data-problems").await;
            assert!(details.contains(reason), "{name}: {report} / {details}");
            b.wait_text(".result-count", &format!("{}件が該当します", total - n)).await;
        }
        Expect::Shown(n) => {
            b.wait_text(".result-count", &format!("{n}件が該当します")).await;
        }
        Expect::FieldLeftOut(n, reason) => {
            let report = b.wait_text(".data-problems", &format!("({n}件)の項目")).await;
            b.js("document.querySelector('.data-problems').open = true; return true;").await;
            let details = b.text(".data-problems").await;
            assert!(details.contains(reason), "{name}: {report} / {details}");
            b.wait_text(".result-count", &format!("{total}件が該当します")).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_case_of_the_catalogue() {
    let total = bundled()["providers"].as_array().map_or(0, Vec::len);
    let cases = cases::cases();
    assert!(cases.len() >= 30, "the catalogue has {} cases", cases.len());
    let sites: Vec<(&'static str, String, Expect)> = cases
        .into_iter()
        .map(|(name, file, reply, expect)| {
            let site = Site::with(Config::new(dist_dir()).reply(file, reply));
            let url = site.url("directory/");
            std::mem::forget(site); // the server thread must outlive this loop
            (name, url, expect)
        })
        .collect();
    session(Viewport::Desktop, move |b| async move {
        for (name, url, expect) in sites {
            b.goto(&url).await;
            check(&b, name, &expect, total).await;
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_list_says_so() {
    let site = Site::replying(
        "providers.json",
        Reply::json(r#"{"schema_version": 1, "sources": {}, "providers": []}"#),
    );
    let url = site.url("");
    session(Viewport::Phone, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".data-empty", "表示できる事業者が1件もありません").await;
    })
    .await;
}
