//! The Content-Security-Policy of the built `index.html`: scripts and styles only from the page's
//! origin plus the file's own inline `<script>` and `<style>` elements (trunk's start-up script,
//! the stylesheets written in by `inline_css`), each allowed by its SHA-256 hash computed after
//! the build.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy, with `{scripts}` and `{styles}` standing for the inline elements' hash sources.
pub const POLICY: &str =
    "default-src 'self'; script-src 'self' {scripts} 'wasm-unsafe-eval'; style-src 'self' {styles}; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

/// The bodies of every inline `<script>` (those without `src`).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_elements(html, "script")
}

/// The bodies of every `<style>` element.
pub fn inline_styles(html: &str) -> Vec<&str> {
    inline_elements(html, "style")
}

/// The bodies of every `<{name}>` element without `src`.
fn inline_elements<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let (open, close_tag) = (format!("<{name}"), format!("</{name}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find(&close_tag) else { break };
        if !tag.contains("src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// `'sha256-…'` of a script body.
pub fn hash_source(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Inserts the policy right after `<meta charset>` (or first in `<head>`), before any script,
/// replacing an earlier one.
pub fn add_csp(html: &str) -> Result<String, String> {
    let without_old = remove_existing(html);
    let hashes = |bodies: Vec<&str>| bodies.into_iter().map(hash_source).collect::<Vec<_>>().join(" ");
    let policy = POLICY
        .replace("{scripts}", &hashes(inline_scripts(&without_old)))
        .replace("{styles}", &hashes(inline_styles(&without_old)));
    let meta = format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let at = match without_old.find("<meta charset=\"utf-8\">") {
        Some(charset) => charset + "<meta charset=\"utf-8\">".len(),
        None => without_old.find("<head>").ok_or("index.html has no <head>")? + "<head>".len(),
    };
    Ok(format!("{}{meta}{}", &without_old[..at], &without_old[at..]))
}

fn remove_existing(html: &str) -> String {
    match html.find("<meta http-equiv=\"Content-Security-Policy\"") {
        Some(start) => {
            let end = html[start..].find('>').map_or(html.len(), |e| start + e + 1);
            let start = html[..start].trim_end_matches([' ', '\n']).len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head>\n<script type=\"module\">import init from './app.js';</script>\n<script src=\"x.js\"></script><style>p{margin:0}</style></head></html>";

    #[test]
    fn hashes_only_inline_scripts() {
        assert_eq!(inline_scripts(PAGE), vec!["import init from './app.js';"]);
        // printf "import init from './app.js';" | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("import init from './app.js';"),
            "'sha256-Dg4rGu68zfhCDXtbPdQyWSXdHDu6wqXNB09iCKaQIjE='"
        );
    }

    #[test]
    fn inserts_the_policy_first_in_head_once() {
        let once = add_csp(PAGE).expect("csp");
        assert!(once.starts_with("<html><head>\n  <meta http-equiv=\"Content-Security-Policy\""));
        assert!(once.contains("script-src 'self' 'sha256-"));
        assert!(once.contains(&format!("style-src 'self' {};", hash_source("p{margin:0}"))));
        assert!(!once.contains("unsafe-inline"));
        let twice = add_csp(&once).expect("csp");
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
        assert_eq!(twice, once);
    }
}
