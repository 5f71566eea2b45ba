//! The root component: site chrome, the data and compare contexts, and the current page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::compare_tray::CompareTray;
use crate::components::data_gate::DataGate;
use crate::components::page_title::set_page_title;
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::data::compare::provide_compare_list;
use crate::data::state::provide_data_context;
use crate::routing::hash::provide_router;
use crate::views::directory::LastDirectory;
use crate::views::home::HomeHero;
use guide_model::pages::Page;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let data = provide_data_context();
    provide_compare_list();
    provide_context(LastDirectory(RwSignal::new(Page::Directory.href())));
    let router = provide_router();
    let embed = crate::embed_mode::is_embed();
    if embed {
        crate::embed_mode::start(router);
    }
    // What is drawn: the page and its parameters, not the query its page keeps its state in.
    let place = Memo::new(move |_| router.route().place());
    // A page's chunk downloads beside the data, not after it.
    Effect::new(move |_| crate::views::preload(place.with(|p| p.page)));
    crate::views::page_focus::follow(place);
    // The home heading needs no data, so it stays through loading (as in the loading shell), but
    // gives way to the failure message, which is then the page's only heading.
    let show_hero = Memo::new(move |_| place.with(|p| p.page == Page::Home) && !data.failed());
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"本文へ移動"</a>
        {if embed { view! { <EmbedBar router=router/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <main id="main" tabindex="-1">
            {move || show_hero.get().then(|| view! { <HomeHero/> })}
            <DataGate>
                {move || {
                    let place = place.get();
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
fn EmbedBar(router: crate::routing::hash::Router) -> impl IntoView {
    let full = move || {
        let path = window().location().pathname().unwrap_or_default();
        format!("{path}{}", router.route().href())
    };
    view! {
        <div class="embed-bar">
            <a href=full target="_blank" rel="noopener noreferrer">
                "遠隔画像診断サービスの選び方ガイドを新しいタブで開く"
            </a>
        </div>
    }
}

/// The skip link moves focus without touching the hash, which holds the route.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) =
        document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
