//! The current route as a signal, following `location.hash`.

use leptos::prelude::*;

use super::route::Route;

/// The current route, provided as context by [`provide_route`].
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

/// Tracks `location.hash` and provides the current route to descendants.
pub fn provide_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(CurrentRoute(route));
    route
}

/// Reads the current route.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}
