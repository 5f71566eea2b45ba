//! Which page a route shows, and how it is drawn: home at once, every other page from its group's
//! wasm chunk (`split_points`), fetched when one of the group's pages first opens and shown by `lazy::lazy_page`.

pub mod lazy;
pub mod split_points;

use leptos::prelude::*;

use crate::routing::route::Route;
use crate::views::home::HomePage;
use crate::views::not_found::NotFoundPage;
use lazy::lazy_page;

/// Which page a route shows. Pages that keep their state in the query (directory, compare)
/// are one page whatever the query, so typing in a filter does not rebuild the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Guide(Option<String>),
    Directory,
    Provider(String),
    Compare,
    Columns,
    Column(String, Option<String>),
    Finder,
    Clock,
    Embed,
    Accessibility,
    NotFound,
}

impl From<Route> for Page {
    fn from(route: Route) -> Page {
        match route {
            Route::Home => Page::Home,
            Route::Guide(section) => Page::Guide(section),
            Route::Directory(_) => Page::Directory,
            Route::Provider(id) => Page::Provider(id),
            Route::Compare(_) => Page::Compare,
            Route::Columns(_) => Page::Columns,
            Route::Finder(_) => Page::Finder,
            Route::Clock(_) => Page::Clock,
            Route::Embed => Page::Embed,
            Route::Accessibility => Page::Accessibility,
            Route::Column(slug, section) => Page::Column(slug, section),
            Route::NotFound(_) => Page::NotFound,
        }
    }
}

impl Page {
    /// The page's view: home and "not found" are in the app's core, the others in their chunks.
    pub fn view(self) -> AnyView {
        match self {
            Page::Home => view! { <HomePage/> }.into_any(),
            Page::NotFound => view! { <NotFoundPage/> }.into_any(),
            Page::Guide(section) => lazy_page(move || split_points::guide(section.clone())),
            Page::Directory => lazy_page(split_points::directory),
            Page::Provider(id) => lazy_page(move || split_points::provider(id.clone())),
            Page::Compare => lazy_page(split_points::compare),
            Page::Columns => lazy_page(split_points::columns),
            Page::Column(slug, section) => {
                lazy_page(move || split_points::column(slug.clone(), section.clone()))
            }
            Page::Finder => lazy_page(split_points::finder),
            Page::Clock => lazy_page(split_points::clock),
            Page::Embed => lazy_page(split_points::embed),
            Page::Accessibility => lazy_page(split_points::accessibility),
        }
    }

    /// Starts fetching the page's chunk, so that it downloads while the data does (a deep link)
    /// rather than after it. A failure here is ignored: drawing the page fetches again and
    /// reports it.
    pub fn preload(&self) {
        let page = self.clone();
        leptos::task::spawn_local(async move {
            let _ = match page {
                Page::Home | Page::NotFound => Ok(()),
                Page::Directory | Page::Provider(_) | Page::Compare => {
                    split_points::preload_directory().await
                }
                Page::Guide(_) | Page::Columns | Page::Column(..) | Page::Embed | Page::Accessibility => {
                    split_points::preload_reading().await
                }
                Page::Finder | Page::Clock => split_points::preload_tools().await,
            };
        });
    }
}
