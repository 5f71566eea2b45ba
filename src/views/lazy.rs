//! Draws a page that lives in a wasm chunk: a loading line while the chunk is fetched, then the
//! page; when the chunk cannot be fetched, a Japanese message with a retry, never a blank page.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

/// A page's view, or the failure to fetch its chunk.
pub type Loaded = Result<AnyView, SplitLoaderError>;

/// The class of the loading line.
const LOADING_CLASS: &str = "loading page-loading";
/// Matches the loading line while a page's chunk is still being fetched (the page-change focus
/// waits it out).
pub const LOADING_SELECTOR: &str = "main .page-loading";

/// A page drawn from `load`, which fetches its chunk (once) and returns its view.
pub fn lazy_page<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loaded> + 'static,
{
    // Bumped by the retry button: drawing again calls `load` again, which fetches afresh (a
    // failed fetch is not remembered).
    let attempt = RwSignal::new(0u32);
    let fallback = || {
        view! {
            <p class=LOADING_CLASS role="status">
                <span class="spinner" aria-hidden="true"></span>
                "ページを読み込んでいます…"
            </p>
        }
    };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                let loading = SendWrapper::new(load());
                Suspend::new(async move {
                    match loading.await {
                        Ok(page) => page,
                        Err(_) => view! { <ChunkFailed attempt=attempt/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The page's code could not be fetched (offline, a server error, a file missing on the server).
#[component]
fn ChunkFailed(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <section class="load-error" role="alert" aria-labelledby="chunk-error-title">
            <h1 id="chunk-error-title">"ページを表示できませんでした"</h1>
            <p>
                "このページの表示に必要なファイルを読み込めませんでした。"
                "通信状態を確認して、もう一度お試しください。"
            </p>
            <button type="button" class="button primary" on:click=move |_| attempt.update(|n| *n += 1)>
                "もう一度読み込む"
            </button>
        </section>
    }
}
