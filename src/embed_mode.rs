//! Embed mode (`index.html?embed=1#/…`): minimal chrome for iframes on intranet portals, the
//! content height reported to the parent page, fragment addresses (the frame's address is never
//! shared or indexed, and stays on the page the snippet names), and links inside that replace
//! the history entry instead of adding to the history the parent page shares.
//!
//! Message to the parent (target origin `*`; it carries no data beyond the route):
//! `{ "type": "teleradiology-guide:height", "height": <CSS pixels>, "route": "#/…" }`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::routing::history::Router;

/// The message type sent to the parent page.
pub const MESSAGE_TYPE: &str = "teleradiology-guide:height";

/// Whether the page was opened in embed mode (`?embed=1` in the page's own query).
pub fn is_embed() -> bool {
    let search = window().location().search().unwrap_or_default();
    guide_model::route::Query::parse(search.trim_start_matches('?')).get("embed") == Some("1")
}

/// Starts embed mode: compact styling, height reports, and history-friendly links.
pub fn start(router: Router) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("embed");
    }
    report_height_on_resize();
    // A frame scrolled out of view gets no rendering updates (so no resize callbacks and no
    // animation frames), but timers still run: report after every page change and load.
    let data = crate::data::state::use_data();
    Effect::new(move |_| {
        router.route();
        data.data.get();
        set_timeout(post_height, std::time::Duration::from_millis(50));
    });
    router.replace_on_links();
}

/// Sends the current content height to the parent page, if there is one.
pub fn post_height() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(body) = document().body() else { return };
    let height = body.scroll_height().max(body.offset_height());
    let message = js_sys::Object::new();
    let route = window.location().hash().unwrap_or_default();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = js_sys::Reflect::set(&message, &"route".into(), &route.into());
    let _ = parent.post_message(&message, "*");
}

fn report_height_on_resize() {
    let callback = Closure::<dyn Fn()>::new(post_height);
    if let (Ok(observer), Some(body)) =
        (web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()), document().body())
    {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}
