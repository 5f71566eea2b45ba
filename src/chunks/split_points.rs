//! Every page but home is compiled into a wasm chunk, fetched the first time one of its pages
//! opens, so the first visit downloads only the app's core and the home page.
//!
//! Each function below is a split point (`wasm_split`): the build (`guide-devtools`'s
//! `post-build`, see docs/architecture.md "Size and chunks") moves the functions of one group and
//! all code only they need into `split_<group>.wasm`. Calling a function fetches its group's chunk
//! once, then draws the page; a group's `preload_*` only fetches it. Natively (tests) they are
//! plain calls. Pages that share most of their code are grouped, so that a visit fetches a few
//! files rather than many small shared ones.
//!
//! Loading is `fallible`: a chunk that cannot be fetched is an `Err`, shown by
//! [`lazy_page`](super::lazy::lazy_page) as a message with a retry, never a panic.

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

/// Declares a page's split point: `$name` draws the page from chunk `$group`; with `preload`,
/// `$preload` only fetches the chunk (one per group: any function of a group fetches all of it).
macro_rules! page_chunk {
    ($group:ident, $name:ident, ($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[doc = concat!("The `", stringify!($name), "` page, from the `", stringify!($group), "` chunk.")]
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Loaded {
            Ok($view.into_any())
        }
    };
    ($group:ident, $name:ident, preload $preload:ident, ($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[doc = concat!("The `", stringify!($name), "` page, from the `", stringify!($group), "` chunk.")]
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        pub fn $name($($arg: $ty),*) -> Loaded {
            Ok($view.into_any())
        }
    };
}

// The directory, a provider's page and the compare page share their cards, badges and tables.
page_chunk!(directory, directory, preload preload_directory, () => view! { <DirectoryPage/> });
page_chunk!(directory, provider, (id: String) => view! { <ProviderPage id=id/> });
page_chunk!(directory, compare, () => view! { <ComparePage/> });
// Pages to read.
page_chunk!(reading, guide, preload preload_reading, (section: Option<String>) =>
    view! { <GuidePage section=section/> });
page_chunk!(reading, columns, () => view! { <ColumnsPage/> });
page_chunk!(reading, column, (slug: String, section: Option<String>) =>
    view! { <ColumnPage slug=slug section=section/> });
page_chunk!(reading, embed, () => view! { <EmbedPage/> });
page_chunk!(reading, accessibility, () => view! { <AccessibilityPage/> });
// The two tools share the turnaround rules and the facility profile.
page_chunk!(tools, finder, preload preload_tools, () => view! { <FinderPage/> });
page_chunk!(tools, clock, () => view! { <ClockPage/> });
