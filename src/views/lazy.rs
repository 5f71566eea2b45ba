//! Draws a page that lives in a wasm chunk: a loading line while the chunk is fetched, then the
//! page; when the chunk cannot be fetched, a Japanese message with a retry, never a blank page.

use std::future::Future;

use guide_model::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use super::page_focus::Drawn;

/// A page's view, or the failure to fetch its chunk.
pub type Loaded = Result<AnyView, SplitLoaderError>;

/// The class of the loading line.
const LOADING_CLASS: &str = "loading page-loading";

/// The page of `place`, drawn by `load`, which fetches its chunk (once) and returns its view; the
/// page reports itself drawn (for the focus) once the view or the failure is there.
pub fn lazy_page<F, Fut>(place: Route, load: F) -> AnyView
where
    F: Fn(Route) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loaded> + 'static,
{
    // Bumped by the retry button: drawing again calls `load` again, which fetches afresh (a
    // failed fetch is not remembered).
    let attempt = RwSignal::new(0u32);
    let drawn = Drawn::reporter();
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
                let loading = SendWrapper::new(load(place.clone()));
                let place = place.clone();
                Suspend::new(async move {
                    let page = match loading.await {
                        Ok(page) => page,
                        Err(_) => view! { <ChunkFailed attempt=attempt/> }.into_any(),
                    };
                    if let Some(drawn) = drawn {
                        drawn.report(place);
                    }
                    page
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
