//! Every page but home is compiled into a wasm chunk of its own, fetched the first time the page
//! opens, so the first visit downloads only the app's core and the home page.
//!
//! Each function below is a split point (`wasm_split`): the build (`guide-devtools`'s
//! `post-build`, see docs/architecture.md "Size") moves the function and all code only it needs
//! into `split_<chunk>.wasm`. Calling the function fetches that chunk once, then renders the page;
//! the matching `preload_*` fetches it without rendering. Natively (tests) they are plain calls.
//!
//! Loading is `fallible`: a chunk that cannot be fetched is an `Err`, shown by [`LazyPage`] as a
//! message with a retry, never a panic.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::views::accessibility::AccessibilityPage;
use crate::views::clock::ClockPage;
use crate::views::column::ColumnPage;
use crate::views::columns::ColumnsPage;
use crate::views::compare::ComparePage;
use crate::views::directory::DirectoryPage;
use crate::views::embed::EmbedPage;
use crate::views::finder::FinderPage;
use crate::views::guide::GuidePage;
use crate::views::provider::ProviderPage;

/// A page's view, or the failure to fetch its chunk.
pub type Loaded = Result<AnyView, SplitLoaderError>;

#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_guide))]
pub fn guide(section: Option<String>) -> Loaded {
    Ok(view! { <GuidePage section=section/> }.into_any())
}

#[wasm_split(directory, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_directory))]
pub fn directory() -> Loaded {
    Ok(view! { <DirectoryPage/> }.into_any())
}

#[wasm_split(directory, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_provider))]
pub fn provider(id: String) -> Loaded {
    Ok(view! { <ProviderPage id=id/> }.into_any())
}

#[wasm_split(directory, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_compare))]
pub fn compare() -> Loaded {
    Ok(view! { <ComparePage/> }.into_any())
}

#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_columns))]
pub fn columns() -> Loaded {
    Ok(view! { <ColumnsPage/> }.into_any())
}

#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_column))]
pub fn column(slug: String, section: Option<String>) -> Loaded {
    Ok(view! { <ColumnPage slug=slug section=section/> }.into_any())
}

#[wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_finder))]
pub fn finder() -> Loaded {
    Ok(view! { <FinderPage/> }.into_any())
}

#[wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_clock))]
pub fn clock() -> Loaded {
    Ok(view! { <ClockPage/> }.into_any())
}

#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_embed))]
pub fn embed() -> Loaded {
    Ok(view! { <EmbedPage/> }.into_any())
}

#[wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_accessibility))]
pub fn accessibility() -> Loaded {
    Ok(view! { <AccessibilityPage/> }.into_any())
}
