//! Sets the document title for the current page.

use leptos::prelude::*;

/// Sets `document.title` to "{title} | site name" (or the site name alone). The app sets each
/// page's title from the route table; a page about one record (a provider, an article) sets its own.
pub fn set_page_title(title: &str) {
    document().set_title(&guide_model::pages::document_title(title));
}
