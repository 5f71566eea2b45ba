//! The root component: site chrome, the data and compare contexts, and the current page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::compare_tray::CompareTray;
use crate::components::data_gate::DataGate;
use crate::components::page_title::set_page_title;
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::data::compare::provide_compare_list;
use crate::data::state::provide_data_context;
use crate::routing::history::provide_router;
use crate::views::directory::LastDirectory;
use guide_model::pages::Page;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let data = provide_data_context();
    provide_compare_list();
    provide_context(LastDirectory::default());
    let embed = crate::embed_mode::is_embed();
    // Before any link is written: an embedded guide, or a build without page files, addresses
    // its pages by fragment alone.
    guide_model::route::address::set_fragments_only(embed || crate::routing::history::fragments_only_build());
    let router = provide_router();
    if embed {
        crate::embed_mode::start(router);
    }
    // Once the data says which pages have files, an old fragment address shows its path.
    // A provider the data does not have keeps its old address: it has no file to reload.
    Effect::new(move |_| {
        if let Some(Ok(app)) = data.data.get() {
            let route = router.route_untracked();
            let id = route.param("id");
            if route.page != Page::Provider || app.providers().iter().any(|p| Some(p.id.as_str()) == id) {
                router.settle_address();
            }
        }
    });
    // What is drawn: the page and its parameters, not the query its page keeps its state in.
    let place = Memo::new(move |_| router.route().place());
    // A page's chunk downloads beside the data, not after it.
    Effect::new(move |_| crate::views::preload(place.with(|p| p.page)));
    let drawn = crate::views::page_focus::follow(place, router);
    // The first page drawn (or the failure to load the data) takes the file's place.
    Effect::new(move |_| {
        if place.with(|p| drawn.shows(p)) || data.failed() {
            crate::take_over();
        }
    });
    view! {
        <a class="skip-link" href=move || skip_href(&place.get()) on:click=skip_to_main>"本文へ移動"</a>
        {if embed { view! { <EmbedBar router=router/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <main id="main" tabindex="-1">
            <DataGate>
                {move || {
                    let place = place.get();
                    // A page about one record (a provider, an article) or a guide section names it
                    // itself (`guide_model::page_meta::title`, as the build does).
                    set_page_title(place.page.spec().title);
                    crate::views::draw(place)
                }}
            </DataGate>
        </main>
        <CompareTray/>
        {(!embed).then(|| view! { <SiteFooter/> })}
    }
}

/// In embed mode, the only chrome: a link that opens the full guide at the same page.
#[component]
fn EmbedBar(router: crate::routing::history::Router) -> impl IntoView {
    let full = move || format!("{}{}", crate::routing::history::site_root(), router.route().fragment());
    view! {
        <div class="embed-bar">
            <a href=full target="_blank" rel="noopener noreferrer">
                "遠隔画像診断サービスの選び方ガイドを新しいタブで開く"
            </a>
        </div>
    }
}

/// The skip link's address: `#main` of this page's own address, so that it works in the page
/// file before (or without) the app, whose `<base>` is the site's root.
fn skip_href(place: &guide_model::route::Route) -> String {
    let own = place.href();
    let own = own.split('#').next().unwrap_or_default();
    if place.has_file() {
        format!("{own}#main")
    } else {
        "#main".to_string()
    }
}

/// The skip link moves focus without touching the address, which holds the route.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) =
        document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
