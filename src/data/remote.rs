//! The one way a file reaches a page: a [`Remote`] (the result of an async load in a signal,
//! `refetch` for the retry), drawn by [`Loaded`]: a loading line while it is on its way, then the
//! page's view of it, or one Japanese message with a retry button. The providers data, the column
//! index, each article and the accessibility record use it.
//!
//! Leptos's `LocalResource` would serve too, but its async machinery costs about 8 KB (brotli)
//! in the app's core, which the core's 160 KB budget does not have room for.

use std::future::Future;
use std::sync::Arc;

use futures::future::LocalBoxFuture;
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

/// The loading code of a [`Remote`]: a new attempt each time it is called.
type Load<T> = Box<dyn Fn() -> LocalBoxFuture<'static, Result<Arc<T>, LoadFailure>>>;

/// A file being loaded, loaded, or failed: read it with [`Loaded`] (or `get`), load it again
/// with [`Remote::refetch`]. Copied freely; it lives as long as the view that made it.
pub struct Remote<T: 'static> {
    /// `None` while an attempt is under way.
    state: RwSignal<Option<Result<Arc<T>, LoadFailure>>>,
    load: StoredValue<Load<T>, LocalStorage>,
    /// The attempt whose result counts: an older one that ends late is ignored.
    attempt: StoredValue<u32>,
}

impl<T: Send + Sync + 'static> Remote<T> {
    /// The result, once there is one (tracked).
    pub fn get(self) -> Option<Result<Arc<T>, LoadFailure>> {
        self.state.get()
    }

    /// The result, once there is one, without tracking it.
    pub fn get_untracked(self) -> Option<Result<Arc<T>, LoadFailure>> {
        self.state.get_untracked()
    }

    /// Whether the last attempt failed (tracked).
    pub fn failed(self) -> bool {
        self.state.with(|s| matches!(s, Some(Err(_))))
    }

    /// Starts a new attempt (the retry).
    pub fn refetch(self) {
        let attempt = self.attempt.get_value().wrapping_add(1);
        self.attempt.set_value(attempt);
        self.state.set(None);
        let loading = self.load.with_value(|load| load());
        leptos::task::spawn_local(async move {
            let result = loading.await;
            if self.attempt.try_get_value() == Some(attempt) {
                self.state.set(Some(result));
            }
        });
    }
}

impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Remote<T> {}

/// Starts loading a value with `load`, and again on each retry.
pub fn remote<T, Fut>(load: impl Fn() -> Fut + 'static) -> Remote<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, LoadFailure>> + 'static,
{
    let load: Load<T> = Box::new(move || {
        let loading = load();
        Box::pin(async move { loading.await.map(Arc::new) })
    });
    let remote = Remote {
        state: RwSignal::new(None),
        load: StoredValue::new_local(load),
        attempt: StoredValue::new(0),
    };
    remote.refetch();
    remote
}

/// Starts fetching the JSON file at `path` (relative to the page) as a `T`. `what` names the
/// file in the message when its content cannot be read.
pub fn remote_json<T>(path: String, what: &'static str) -> Remote<T>
where
    T: DeserializeOwned + Send + Sync + 'static,
{
    remote(move || {
        let path = path.clone();
        async move {
            let text = fetch_text(&path).await.map_err(|e| LoadFailure::new(&path, e.to_string()))?;
            serde_json::from_str(&text)
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
    move || match remote.get() {
        None => fallback().into_any(),
        Some(Ok(value)) => ready(value).into_any(),
        Some(Err(failure)) => {
            view! { <LoadError failure=failure heading=heading retry=move || remote.refetch()/> }.into_any()
        }
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
