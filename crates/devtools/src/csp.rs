//! The Content-Security-Policy of the built `index.html`: scripts only from the page's origin
//! plus trunk's inline start-up script, allowed by its SHA-256 hash computed after the build.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy, with `{hashes}` standing for the inline scripts' hash sources.
pub const POLICY: &str =
    "default-src 'self'; script-src 'self' {hashes} 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

/// The bodies of every inline `<script>` (those without `src`).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else { break };
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
    let hashes: Vec<String> = inline_scripts(&without_old).into_iter().map(hash_source).collect();
    let policy = POLICY.replace("{hashes}", &hashes.join(" "));
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

    const PAGE: &str = "<html><head>\n<script type=\"module\">import init from './app.js';</script>\n<script src=\"x.js\"></script></head></html>";

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
        assert!(!once.contains("unsafe-inline"));
        let twice = add_csp(&once).expect("csp");
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
        assert_eq!(twice, once);
    }
}
