//! Fetches a file relative to the page, so the app works under any sub-path.

use std::fmt;

use js_sys::futures::JsFuture;
use wasm_bindgen::JsCast;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No response: offline, connection refused or blocked.
    Network,
    /// No complete response within [`TIMEOUT_MS`].
    Timeout,
    /// A response with an error status.
    Status(u16),
    /// The body is not UTF-8 text.
    Encoding,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network => write!(
                f,
                "サーバーに接続できませんでした。ネットワークの状態を確認して、もう一度お試しください。"
            ),
            FetchError::Timeout => write!(
                f,
                "サーバーから時間内に応答がありませんでした。時間をおいて、もう一度お試しください。"
            ),
            FetchError::Status(404) => {
                write!(f, "データファイルが見つかりませんでした(HTTP 404)。設置場所を確認してください。")
            }
            FetchError::Status(code) => {
                write!(f, "サーバーがエラーを返しました(HTTP {code})。時間をおいて、もう一度お試しください。")
            }
            FetchError::Encoding => write!(f, "データの文字コードがUTF-8ではないため読み取れません。"),
        }
    }
}

/// How long a file may take, body included, before the request is given up.
pub const TIMEOUT_MS: i32 = 10_000;

/// Fetches `path` (relative to the page) as UTF-8 text, revalidating with the server, and gives
/// up after [`TIMEOUT_MS`].
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let timer = controller.as_ref().and_then(|c| {
        let c = c.clone();
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || c.abort());
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), TIMEOUT_MS)
            .ok()
    });
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timed_out = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
    let failed = || if timed_out() { FetchError::Timeout } else { FetchError::Network };
    let result = async {
        let window = web_sys::window().ok_or(FetchError::Network)?;
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        init.set_signal(signal.as_ref());
        let response =
            JsFuture::from(window.fetch_with_str_and_init(path, &init)).await.map_err(|_| failed())?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let body = response.array_buffer().map_err(|_| failed())?;
        let bytes = JsFuture::from(body).await.map_err(|_| failed())?;
        String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec()).map_err(|_| FetchError::Encoding)
    }
    .await;
    if let (Some(window), Some(id)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(id);
    }
    result
}
