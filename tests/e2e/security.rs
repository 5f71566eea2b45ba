//! The Content-Security-Policy of the build: present, hash-based, and enforced.

use crate::harness::session::session;
use crate::harness::site::{dist_dir, page_files};
use crate::harness::{Site, Viewport};

#[test]
fn every_built_page_carries_a_hash_based_policy() {
    let pages = page_files();
    assert!(pages.len() > 90, "{} page files", pages.len());
    for page in pages {
        let html = std::fs::read_to_string(dist_dir().join(&page).join("index.html")).expect("a page file");
        let start = html.find("http-equiv=\"Content-Security-Policy\"").expect("a CSP meta tag");
        let policy = &html[start..html[start..].find('>').map_or(html.len(), |e| start + e)];
        for part in
            ["script-src 'self' 'sha256-", "'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'"]
        {
            assert!(policy.contains(part), "{page}: {part} in {policy}");
        }
        assert!(!policy.contains("unsafe-inline"), "{page}: {policy}");
        assert!(start < html.find("<script").expect("a script"), "{page}: the policy precedes every script");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_runs_under_the_policy_and_injected_scripts_are_refused() {
    let site = Site::start();
    let url = site.url("directory/");
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text(".result-count", "件が該当します").await;
        let refused = b
            .js("window.__violations = [];
                 document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
                 const s = document.createElement('script'); s.textContent = 'window.__injected = true;';
                 document.body.appendChild(s); return true;")
            .await;
        assert_eq!(refused, true);
        b.wait_for("the violation report", "window.__violations.length > 0").await;
        assert_eq!(b.js("return window.__injected === undefined;").await, true, "the injected inline script did not run");
        let directive = b.js("return window.__violations[0];").await;
        assert!(directive.as_str().unwrap_or_default().starts_with("script-src"), "{directive}");
    })
    .await;
}
