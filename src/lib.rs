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

use wasm_bindgen::JsCast;

/// Replaces the static loading shell in `#app` with the running app.
pub fn mount() {
    let Some(root) = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}
