//! The way of every request: logged, checked against the mount, then answered by its scripted
//! reply if it has one, else by `ServeDir` from the folder.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex, PoisonError};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS};
use axum::http::{HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use tower::util::MapResult;
use tower::ServiceExt;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use super::{Config, Reply};

/// The whole server as one tower service: the router, with scripted hang-ups turned into errors.
pub(super) type App = MapResult<Router, fn(Result<Response, Infallible>) -> Result<Response, HangUp>>;

/// What the handlers share with the [`Server`](super::Server) handle.
pub(super) struct Shared {
    /// The sub-path the folder appears under (`/` or `/a/b/`).
    pub(super) mount: String,
    replies: Mutex<HashMap<String, Reply>>,
    log: Mutex<Vec<String>>,
    files: ServeDir,
}

impl Shared {
    /// The state of a server for `config`, before any request.
    pub(super) fn new(config: &Config) -> Shared {
        let files = ServeDir::new(&config.root)
            .append_index_html_on_directories(true)
            // "/a/b" answers like "/a/b/"; a redirect would also lose the mount, which ServeDir
            // never sees.
            .redirect_to_trailing_slash(false)
            .precompressed_br()
            .precompressed_gzip();
        Shared {
            mount: config.mount.clone(),
            replies: Mutex::new(config.replies.clone()),
            log: Mutex::new(Vec::new()),
            files,
        }
    }

    /// Replaces the file at `key` with `reply`, or serves the real file again with `None`.
    pub(super) fn set_reply(&self, key: &str, reply: Option<Reply>) {
        // A panic elsewhere while holding a lock leaves the map whole: keep using it.
        let mut replies = self.replies.lock().unwrap_or_else(PoisonError::into_inner);
        match reply {
            Some(reply) => replies.insert(key.to_string(), reply),
            None => replies.remove(key),
        };
    }

    /// Every request path received so far, in order.
    pub(super) fn requests(&self) -> Vec<String> {
        self.log.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn scripted(&self, key: &str) -> Option<Reply> {
        self.replies.lock().unwrap_or_else(PoisonError::into_inner).get(key).cloned()
    }
}

/// Marks a scripted hang-up: the connection is closed without an answer.
///
/// It travels out of the router as a response extension and leaves [`App`] as its error, on
/// which hyper drops the connection without writing anything.
#[derive(Clone, Copy, Debug)]
pub(super) struct HangUp;

impl std::fmt::Display for HangUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("scripted hang-up")
    }
}

impl std::error::Error for HangUp {}

// The router cannot fail; tower wants the conversion anyway, for readiness errors.
impl From<Infallible> for HangUp {
    fn from(never: Infallible) -> HangUp {
        match never {}
    }
}

/// Builds the service that answers every request.
pub(super) fn app(shared: Arc<Shared>) -> App {
    let router = Router::new()
        .fallback(handle)
        .with_state(shared)
        // The app is reloaded after every build; a sandboxed iframe (origin "null") must be able
        // to read the app's own files; and a wrong content type must show, not be guessed around.
        .layer(header(CACHE_CONTROL, "no-cache"))
        .layer(header(ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .layer(header(X_CONTENT_TYPE_OPTIONS, "nosniff"));
    MapResult::new(router, hang_up_on_marker as fn(_) -> _)
}

fn header(name: axum::http::HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}

fn hang_up_on_marker(result: Result<Response, Infallible>) -> Result<Response, HangUp> {
    let response = result.unwrap_or_else(|never| match never {});
    match response.extensions().get::<HangUp>() {
        Some(hang_up) => Err(*hang_up),
        None => Ok(response),
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let sent = request.uri().path().to_string();
    shared.log.lock().unwrap_or_else(PoisonError::into_inner).push(sent.clone());
    let path = percent_decode_str(&sent).decode_utf8_lossy();
    let Some(relative) = below_mount(&path, &shared.mount) else { return not_found() };
    match shared.scripted(relative) {
        Some(reply) => play(reply).await,
        None => serve_file(&shared.files, relative, request).await,
    }
}

/// The decoded path below the mount; the mount without its trailing slash is the mount itself.
fn below_mount<'a>(path: &'a str, mount: &str) -> Option<&'a str> {
    path.strip_prefix(mount).or_else(|| (path == mount.trim_end_matches('/')).then_some(""))
}

async fn play(mut reply: Reply) -> Response {
    loop {
        match reply {
            Reply::Delayed(wait, inner) => {
                tokio::time::sleep(wait).await;
                reply = *inner;
            }
            Reply::Hang => {
                let mut response = Response::default();
                response.extensions_mut().insert(HangUp);
                return response;
            }
            Reply::Body { status, content_type, body } => {
                // An unusable status or type is a mistake in a test's script; make it loud.
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let mut response = (status, body).into_response();
                match HeaderValue::from_str(&content_type) {
                    Ok(value) => response.headers_mut().insert(CONTENT_TYPE, value),
                    Err(_) => response.headers_mut().remove(CONTENT_TYPE),
                };
                return response;
            }
        }
    }
}

/// What must be escaped to put a decoded path back into a URI: controls, space, non-ASCII and
/// anything that would end the path or read as an escape.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Serves `relative` from the folder. ServeDir maps the URI's whole path onto its root, so it is
/// given the path below the mount; it refuses any path that would leave the root.
async fn serve_file(files: &ServeDir, relative: &str, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    parts.uri = match Uri::try_from(format!("/{}", utf8_percent_encode(relative, PATH))) {
        Ok(uri) => uri,
        Err(_) => return not_found(),
    };
    let served = files.clone().oneshot(Request::from_parts(parts, body)).await;
    let response = served.unwrap_or_else(|never| match never {});
    if response.status() == StatusCode::NOT_FOUND {
        return not_found();
    }
    let mut response = response.map(Body::new);
    if let Some(value) = response.headers().get(CONTENT_TYPE).and_then(|v| utf8_text_type(v.to_str().ok()?)) {
        response.headers_mut().insert(CONTENT_TYPE, value);
    }
    response
}

/// ServeDir names text types without a charset. The app's text files are all UTF-8, and a
/// browser guessing another charset would garble the Japanese.
fn utf8_text_type(content_type: &str) -> Option<HeaderValue> {
    let essence = match content_type {
        // `.mjs`, for which the type database still has the obsolete name.
        "application/javascript" => "text/javascript",
        other => other,
    };
    let needs_charset = essence.starts_with("text/") && !essence.contains("charset");
    needs_charset.then(|| HeaderValue::from_str(&format!("{essence}; charset=utf-8")).ok()).flatten()
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, [(CONTENT_TYPE, "text/plain; charset=utf-8")], "not found").into_response()
}
