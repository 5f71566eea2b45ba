//! Trunk's post-build hook: splits the wasm into the core and one chunk per page (`split`),
//! builds the column articles and the accessibility record (docs/accessibility.md) into JSON,
//! starts the app after the page's largest paint (`start`), writes the stylesheets into `index.html` as
//! `<style>` (`inline_css`), adds the Content-Security-Policy (with the inline scripts' and
//! styles' hashes), and copies the result into a file per public page with its own head, and `sitemap.xml`, `robots.txt` and `404.html` (`site`, set by `SITE_URL` and
//! `GUIDE_ADDRESSING`). scripts/prerender.mjs then draws each page's content into its file.
//!
//! Runs in `$TRUNK_STAGING_DIR` (or `dist/` when run by hand).

use std::path::PathBuf;

use guide_devtools::accessibility;
use guide_devtools::columns::{read_all, write_all};
use guide_devtools::csp::add_csp;
use guide_devtools::inline_css::inline_stylesheets;
use guide_devtools::site;
use guide_devtools::split::{cargo_wasm, split_app};
use guide_devtools::start::start_after_paint;

fn main() {
    let staging = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").unwrap_or_else(|_| "dist".into()));
    if let Err(e) = run(&staging) {
        eprintln!("post-build: {e}");
        std::process::exit(1);
    }
}

fn run(staging: &std::path::Path) -> Result<(), String> {
    let site_config = site::Config::from_env()?;
    let articles = read_all(std::path::Path::new("content/columns"))?;
    write_all(&articles, &staging.join("columns"))?;
    let record = accessibility::build(
        std::path::Path::new("docs/accessibility.md"),
        std::path::Path::new("tests/e2e"),
        &staging.join("accessibility.json"),
    )?;
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let profile = std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "release".into());
    let (split, html) = split_app(staging, &cargo_wasm(&profile), &html, profile == "release")?;
    let html = inline_stylesheets(staging, &start_after_paint(&html)?)?;
    std::fs::write(&index, add_csp(&html)?).map_err(|e| format!("{}: {e}", index.display()))?;
    let metas: Vec<_> = articles.iter().map(|a| a.meta.clone()).collect();
    let site = site::write(staging, &metas, &site_config)?;
    println!(
        "post-build: wasm split into {}/ (core {} KB, {} chunks), {} articles, accessibility record of {} criteria, \
         stylesheets written in, Content-Security-Policy added",
        split.dir,
        split.core_bytes / 1024,
        split.chunks.len(),
        articles.len(),
        record.criteria.len()
    );
    println!("post-build: site: {site}");
    Ok(())
}
