//! Fetches a file relative to the page, so the app works under any sub-path.

use std::fmt;

use gloo_net::http::Request;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No response: offline, connection refused, blocked, or timed out.
    Network,
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

/// Fetches `path` (relative to the page) as UTF-8 text, revalidating with the server.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let response = Request::get(path)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let bytes = response.binary().await.map_err(|_| FetchError::Network)?;
    String::from_utf8(bytes).map_err(|_| FetchError::Encoding)
}
