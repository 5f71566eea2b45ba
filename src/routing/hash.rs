//! The current route as a signal, following `location.hash`, and navigation that either adds a
//! history entry or replaces the current one (filter changes should not flood the history,
//! which an embedding page shares). A replaced route reaches the address bar a frame later.

use leptos::prelude::*;

use crate::schedule::task::after_next_paint;
use guide_model::route::Route;

/// The router: the current route and navigation.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// A replaced route whose address is still to be written.
    unwritten: StoredValue<Option<String>>,
}

impl Router {
    /// The current route (tracked).
    pub fn route(self) -> Route {
        self.route.get()
    }

    /// Goes to `route`. With `replace`, the current history entry is replaced instead of adding one.
    pub fn navigate(self, route: &Route, replace: bool) {
        let href = route.href();
        if replace {
            self.route.set(Route::parse(&href));
            // The address follows once the page has been drawn for the new route: writing it
            // costs Chromium about a millisecond, which the answer to a keystroke need not wait
            // for. Of several changes within a frame, the last is written.
            self.unwritten.set_value(Some(href));
            leptos::task::spawn_local(async move {
                after_next_paint().await;
                self.write_address();
            });
        } else {
            // A change still to be written belongs to the entry being left.
            self.write_address();
            let _ = window().location().set_hash(&href);
        }
    }

    /// Writes the replaced route's address, if one is waiting (and the router still exists).
    fn write_address(self) {
        let Some(Some(href)) = self.unwritten.try_update_value(Option::take) else { return };
        if let Ok(history) = window().history() {
            // The URL keeps path and query; only the fragment changes.
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
    }
}

/// Tracks `location.hash` and provides the router to descendants.
pub fn provide_router() -> Router {
    let router =
        Router { route: RwSignal::new(Route::parse(&current_hash())), unwritten: StoredValue::new(None) };
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // The visitor moved to another entry: a change waiting for the one left is dropped.
        router.unwritten.set_value(None);
        router.route.set(Route::parse(&current_hash()));
    });
    // A link followed before the address is written would leave the entry without it: a click
    // comes before the link is followed (and before a box it ticks reports the change).
    let clicks = window_event_listener(leptos::ev::click, move |_| router.write_address());
    on_cleanup(move || {
        handle.remove();
        clicks.remove();
    });
    provide_context(router);
    router
}

/// Reads the router.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}
