//! The root component: site chrome, the data context and the route switch.

use leptos::prelude::*;

use crate::components::data_gate::DataGate;
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::data::state::provide_data_context;
use crate::routing::hash::provide_route;
use crate::routing::route::Route;
use crate::views::{
    directory::DirectoryPage, home::HomePage, not_found::NotFoundPage, provider::ProviderPage,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_data_context();
    let route = provide_route();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"本文へ移動"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <DataGate>
                {move || match route.get() {
                    Route::Home => view! { <HomePage/> }.into_any(),
                    Route::Directory(_) => view! { <DirectoryPage/> }.into_any(),
                    Route::Provider(id) => view! { <ProviderPage id=id/> }.into_any(),
                    Route::NotFound(_) => view! { <NotFoundPage/> }.into_any(),
                }}
            </DataGate>
        </main>
        <SiteFooter/>
    }
}

/// The skip link moves focus without touching the hash, which holds the route.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}
