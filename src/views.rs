//! The pages: a view module per row of the route table (`guide_model::pages`), and which code
//! draws each. Pages of the core are drawn at once; the others are split points (`wasm_split`):
//! the build (`guide-devtools`'s `post-build`, see docs/architecture.md "Size and chunks") moves
//! each chunk's function below, and all code only it needs, into `split_<chunk>.wasm`, fetched
//! the first time one of its pages opens. Natively (tests) they are plain calls.
//!
//! Loading is `fallible`: a chunk that cannot be fetched is an `Err`, shown by
//! [`lazy_page`] as a message with a retry, never a panic.

pub mod accessibility;
pub mod clock;
pub mod column;
pub mod columns;
pub mod compare;
pub mod directory;
pub mod embed;
pub mod finder;
pub mod guide;
pub mod home;
pub mod lazy;
pub mod not_found;
pub mod page_focus;
pub mod provider;
pub mod scroll;

use guide_model::pages::{Chunk, Page};
use guide_model::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

use lazy::{lazy_page, Loaded};

/// Draws the page of `route` (its place: the query is read by the page itself).
pub fn draw(route: Route) -> AnyView {
    match route.page.spec().chunk {
        Chunk::Core => {
            if let Some(drawn) = page_focus::Drawn::reporter() {
                drawn.report(route.clone());
            }
            core(route)
        }
        Chunk::Directory => lazy_page(route, directory),
        Chunk::Reading => lazy_page(route, reading),
        Chunk::Tools => lazy_page(route, tools),
    }
}

/// A route parameter, or nothing (the parser gives every required one).
fn param(route: &Route, name: &str) -> String {
    route.param(name).unwrap_or_default().to_string()
}

/// An optional route parameter.
fn optional(route: &Route, name: &str) -> Option<String> {
    route.param(name).map(str::to_owned)
}

/// The pages of the core.
fn core(route: Route) -> AnyView {
    match route.page {
        Page::Home => view! { <home::HomePage/> }.into_any(),
        _ => view! { <not_found::NotFoundPage/> }.into_any(),
    }
}

/// The pages of the directory chunk.
#[wasm_split(directory, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_directory))]
pub fn directory(route: Route) -> Loaded {
    Ok(match route.page {
        Page::Directory => view! { <directory::DirectoryPage/> }.into_any(),
        Page::Provider => view! { <provider::ProviderPage id=param(&route, "id")/> }.into_any(),
        Page::Compare => view! { <compare::ComparePage/> }.into_any(),
        _ => view! { <not_found::NotFoundPage/> }.into_any(),
    })
}

/// The pages of the reading chunk.
#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_reading))]
pub fn reading(route: Route) -> Loaded {
    Ok(match route.page {
        Page::Guide => view! { <guide::GuidePage section=optional(&route, "section")/> }.into_any(),
        Page::Columns => view! { <columns::ColumnsPage/> }.into_any(),
        Page::Column => {
            view! { <column::ColumnPage slug=param(&route, "slug") section=optional(&route, "section")/> }
                .into_any()
        }
        Page::Embed => view! { <embed::EmbedPage/> }.into_any(),
        Page::Accessibility => view! { <accessibility::AccessibilityPage/> }.into_any(),
        _ => view! { <not_found::NotFoundPage/> }.into_any(),
    })
}

/// The pages of the tools chunk.
#[wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_tools))]
pub fn tools(route: Route) -> Loaded {
    Ok(match route.page {
        Page::Finder => view! { <finder::FinderPage/> }.into_any(),
        Page::Clock => view! { <clock::ClockPage/> }.into_any(),
        _ => view! { <not_found::NotFoundPage/> }.into_any(),
    })
}

/// Starts fetching the chunk of `page`, so that it downloads while the data does (a deep link)
/// rather than after it. A failure here is ignored: drawing the page fetches again and reports it.
pub fn preload(page: Page) {
    leptos::task::spawn_local(async move {
        let _ = match page.spec().chunk {
            Chunk::Core => Ok(()),
            Chunk::Directory => preload_directory().await,
            Chunk::Reading => preload_reading().await,
            Chunk::Tools => preload_tools().await,
        };
    });
}
