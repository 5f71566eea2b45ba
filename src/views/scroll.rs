//! Scrolling to a section named in the route (`#/guide/types`, `#/columns/{slug}/s2`): hash
//! routing leaves no fragment for the browser to scroll to, so the page does it and moves focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// After the next render, scrolls the element with `id` into view and focuses it.
pub fn scroll_to_section(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let Some(target) = document().get_element_by_id(&id) else { return };
        target.scroll_into_view_with_bool(true);
        if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = target.focus();
        }
    });
}
