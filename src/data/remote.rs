//! The one way a file reaches a page: a Leptos `LocalResource` (fetched relative to the page,
//! `refetch` for the retry), drawn by [`Loaded`] inside `Suspense`: a loading line while it is
//! on its way, then the page's view of it, or one Japanese message with a retry button.
//! The providers data, the column index, each article and the accessibility record use it.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use super::fetch::fetch_text;

/// Why a file could not be shown, in Japanese, and which file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadFailure {
    /// What went wrong, in Japanese.
    pub message: String,
    /// The file, relative to the page.
    pub file: String,
}

impl LoadFailure {
    /// A failure of `file`.
    pub fn new(file: &str, message: impl Into<String>) -> LoadFailure {
        LoadFailure { message: message.into(), file: file.to_string() }
    }
}

/// A file being loaded (or loaded, or failed); read it with [`Loaded`].
pub type Remote<T> = LocalResource<Result<Arc<T>, LoadFailure>>;

/// Starts fetching the JSON file at `path` (relative to the page) as a `T`. `what` names the
/// file in the message when its content cannot be read.
pub fn remote_json<T>(path: String, what: &'static str) -> Remote<T>
where
    T: DeserializeOwned + 'static,
{
    LocalResource::new(move || {
        let path = path.clone();
        async move {
            let text = fetch_text(&path).await.map_err(|e| LoadFailure::new(&path, e.to_string()))?;
            serde_json::from_str(&text)
                .map(Arc::new)
                .map_err(|_| LoadFailure::new(&path, format!("{what}を読み取れませんでした。")))
        }
    })
}

/// Draws `remote`: the `loading` line while it is fetched, then `ready` with its value; on
/// failure the message, the file and a retry button, under the `heading` (an `h1`) when the
/// failure is all the page has to show.
#[component]
pub fn Loaded<T, F, V>(
    remote: Remote<T>,
    loading: &'static str,
    #[prop(optional)] heading: Option<&'static str>,
    ready: F,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    F: Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let fallback = move || {
        view! {
            <p class="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                {loading}
            </p>
        }
    };
    view! {
        <Suspense fallback=fallback>
            {move || {
                let ready = ready.clone();
                Suspend::new(async move {
                    match remote.await {
                        Ok(value) => ready(value).into_any(),
                        Err(failure) => view! {
                            <LoadError failure=failure heading=heading retry=move || remote.refetch()/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A file could not be shown: why, which file, and a button that fetches it again.
#[component]
fn LoadError(
    failure: LoadFailure,
    heading: Option<&'static str>,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="load-error" role="alert">
            {heading.map(|h| view! { <h1>{h}</h1> })}
            <p>{failure.message}</p>
            <p class="muted">"対象ファイル: " <code>{failure.file}</code></p>
            <button type="button" class="button primary" on:click=move |_| retry()>
                "もう一度読み込む"
            </button>
        </section>
    }
}
