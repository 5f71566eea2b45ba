//! Sets the document title for the current page.

use leptos::prelude::*;

/// The site name appended to every page title.
pub const SITE_NAME: &str = "遠隔画像診断サービスの選び方ガイド";

/// Sets `document.title` to "{title} | site name" (or the site name alone).
pub fn set_page_title(title: &str) {
    let full = if title.is_empty() { SITE_NAME.to_string() } else { format!("{title} | {SITE_NAME}") };
    document().set_title(&full);
}
