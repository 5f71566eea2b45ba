//! What the built files let run: no script but the app's own and JSON-LD, each allowed by the
//! page's Content-Security-Policy by its hash, and no inline style that policy refuses.

use std::collections::BTreeSet;

use super::html::meta;
use crate::harness::site::{dist_dir, page_files};

#[test]
fn built_html_holds_no_script_but_the_apps_own_and_json_ld() {
    let root = std::fs::read_to_string(dist_dir().join("index.html")).expect("index.html");
    let own: BTreeSet<&str> =
        guide_devtools::csp::inline_scripts(&root).into_iter().filter(|s| !is_json_ld(&root, s)).collect();
    assert_eq!(own.len(), 3, "the app's loader, the old-link marker and the slow-start note: {own:#?}");
    let files = page_files().into_iter().map(|f| format!("{f}index.html")).chain(["404.html".to_string()]);
    for file in files {
        let html = std::fs::read_to_string(dist_dir().join(&file)).expect("a built file");
        let lower = html.to_ascii_lowercase();
        let tags = lower.matches("<script").count();
        let inline = guide_devtools::csp::inline_scripts(&html);
        assert_eq!(tags, inline.len(), "{file}: a <script> that is not an inline script");
        for body in inline {
            if is_json_ld(&html, body) {
                assert!(!body.contains('<'), "{file}: JSON-LD with a '<' in it: {body}");
                continue;
            }
            assert!(own.contains(body), "{file}: a script that is not the app's own:\n{body}");
            let policy = meta(&html, "http-equiv", "Content-Security-Policy").unwrap_or_default();
            let hash = guide_devtools::csp::hash_source(body);
            assert!(policy.contains(&hash), "{file}: the policy allows the app's script {hash}");
        }
        if let Some(app) = lower.find("<div id=\"app\"") {
            let end = lower.find("<!-- /app -->").expect("the end of #app");
            assert!(!lower[app..end].contains("<script"), "{file}: a script in the page's content");
        }
    }
}

#[test]
fn built_pages_hold_no_inline_style_their_policy_refuses() {
    for page in page_files() {
        let html = std::fs::read_to_string(dist_dir().join(&page).join("index.html")).expect("a page file");
        let policy = meta(&html, "http-equiv", "Content-Security-Policy").unwrap_or_default();
        assert!(!policy.contains("'unsafe-inline'"), "{page}: {policy}");
        // What the app sets through the CSSOM is allowed; written into the file, it is refused. (A
        // text's quote is escaped, so a raw ` style="` is an attribute.)
        let styled: Vec<&str> = html
            .match_indices(" style=\"")
            .map(|(at, _)| {
                &html[html[..at].rfind('<').unwrap_or(0)
                    ..html[at..].find('>').map_or(html.len(), |e| at + e + 1)]
            })
            .collect();
        assert!(styled.is_empty(), "{page}index.html: inline styles its policy refuses: {styled:?}");
        let styles = guide_devtools::csp::inline_styles(&html);
        assert!(!styles.is_empty(), "{page}index.html: its stylesheets are written in");
        for body in styles {
            let hash = guide_devtools::csp::hash_source(body);
            assert!(policy.contains(&hash), "{page}index.html: a <style> element its policy refuses");
        }
    }
}

/// Whether `body` (a slice of `html`) is the body of a JSON-LD block.
fn is_json_ld(html: &str, body: &str) -> bool {
    let at = body.as_ptr() as usize - html.as_ptr() as usize;
    html[..at].ends_with("<script type=\"application/ld+json\">")
}
