//! The current route as a signal, following `location.hash`, and navigation that either adds a
//! history entry or replaces the current one (filter changes should not flood the history,
//! which an embedding page shares). The address is written at once, in the same task.

use guide_model::route::Route;
use leptos::prelude::*;

/// The router: the current route and navigation.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
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
            // The URL keeps path and query; only the fragment changes (and no hashchange follows).
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
            }
            self.route.set(Route::parse(&href));
        } else {
            let _ = window().location().set_hash(&href);
        }
    }
}

/// Tracks `location.hash` and provides the router to descendants.
pub fn provide_router() -> Router {
    let router = Router { route: RwSignal::new(Route::parse(&current_hash())) };
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        router.route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
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
