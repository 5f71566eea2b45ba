//! 遠隔画像診断サービスの選び方ガイド: a client-side app that fetches static JSON and renders
//! the guide in the browser.
//!
//! Layout: `routing` (the router over `location.hash`), `data` (fetching and the loaded-data
//! context), `schedule` (yielding to the browser's frames), `embed_mode` (the guide inside another
//! page), `views` (one module per page of the route table, and which wasm chunk draws it),
//! `components` (shared pieces). The route table, the data model and all pure logic live in the
//! `guide-model` crate.

pub mod app;
pub mod components;
pub mod data;
pub mod embed_mode;
pub mod panic;
pub mod routing;
pub mod schedule;
pub mod views;

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    /// The app, drawn out of the document until its first page is ready to take the place of
    /// the page file's content.
    static WAITING: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Starts the app. A page file holds its page as the build drew it (`#app[data-prerendered]`,
/// scripts/prerender.mjs): the app is drawn out of the document and takes the content's place
/// once its own page is drawn ([`take_over`]), so the visitor sees no change and reads while it
/// starts. Otherwise (a build without page content) it replaces the loading line at once.
pub fn mount() {
    let document = leptos::prelude::document();
    let Some(root) = document.get_element_by_id("app") else { return };
    let prerendered = root.has_attribute("data-prerendered");
    let target = if prerendered {
        let Ok(fresh) = document.create_element("div") else { return };
        fresh.set_id("app");
        WAITING.with(|w| *w.borrow_mut() = Some(fresh.clone()));
        fresh
    } else {
        root.set_inner_html("");
        mark_started();
        root
    };
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        leptos::mount::mount_to(target, app::App).forget();
    }
}

/// Puts the app in the place of the page file's content, once: called when its first page is
/// drawn (or the data could not be loaded).
pub fn take_over() {
    let Some(fresh) = WAITING.with(|w| w.borrow_mut().take()) else { return };
    if let Some(old) = leptos::prelude::document().get_element_by_id("app") {
        let _ = old.replace_with_with_node_1(&fresh);
    }
    mark_started();
}

/// Marks the document as run by the app (`<html data-app>`), for the build's capture and tests.
fn mark_started() {
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("data-app", "");
    }
}
