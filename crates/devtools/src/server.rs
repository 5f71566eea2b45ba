//! A loopback static server with scripted replies and a request log.
//!
//! tower-http's `ServeDir` serves the folder (precompressed `.br`/`.gz` copies, `HEAD`, ranges,
//! validators, keep-alive); an axum handler in front of it keeps the request log, the mount and
//! the scripted replies (`handler.rs`). Each connection is served by hyper's HTTP/1 directly rather
//! than `axum::serve`, because a scripted [`Reply::Hang`] must close its connection without an
//! answer, and hyper does exactly that when the service fails.
//!
//! [`Server::start`] is synchronous: the server runs on its own thread with its own tokio runtime,
//! so plain threads and async tests alike can start one.

mod handler;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;

use handler::{App, Shared};

/// A scripted reply that replaces a file.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer with this status, content type and body.
    Body { status: u16, content_type: String, body: Vec<u8> },
    /// Wait, then give the inner reply.
    Delayed(Duration, Box<Reply>),
    /// Close the connection without answering.
    Hang,
}

impl Reply {
    /// A JSON body with status 200.
    pub fn json(body: impl Into<Vec<u8>>) -> Reply {
        Reply::Body { status: 200, content_type: "application/json".into(), body: body.into() }
    }

    /// An HTML page with status 200.
    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::Body { status: 200, content_type: "text/html; charset=utf-8".into(), body: body.into() }
    }

    /// An empty reply with an error status.
    pub fn status(status: u16) -> Reply {
        Reply::Body { status, content_type: "text/plain; charset=utf-8".into(), body: Vec::new() }
    }
}

/// What to serve and where.
#[derive(Clone, Debug)]
pub struct Config {
    /// The folder to serve (normally `dist/`).
    pub root: PathBuf,
    /// The sub-path the folder appears under, starting and ending with `/` (e.g. `/a/b/`).
    pub mount: String,
    /// Files replaced by scripted replies, keyed by their percent-decoded path below the mount
    /// (e.g. `providers.json`, `columns/01.json`; `""` is the mount itself).
    pub replies: HashMap<String, Reply>,
    /// The port to listen on; 0 picks a free one.
    pub port: u16,
}

impl Config {
    /// Serves `root` at `/` on a free port.
    pub fn new(root: impl Into<PathBuf>) -> Config {
        Config { root: root.into(), mount: "/".into(), replies: HashMap::new(), port: 0 }
    }

    /// Serves under `mount` instead of `/`.
    pub fn mount(mut self, mount: &str) -> Config {
        let trimmed = mount.trim_matches('/');
        self.mount = if trimmed.is_empty() { "/".into() } else { format!("/{trimmed}/") };
        self
    }

    /// Replaces `file` with `reply`.
    pub fn reply(mut self, file: &str, reply: Reply) -> Config {
        self.replies.insert(reply_key(file), reply);
        self
    }
}

/// A running server on 127.0.0.1. It stops when the process ends.
pub struct Server {
    /// The port it listens on.
    pub port: u16,
    shared: Arc<Shared>,
}

impl Server {
    /// Binds 127.0.0.1 and serves on a background thread.
    pub fn start(config: Config) -> std::io::Result<Server> {
        let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, config.port))?;
        let port = listener.local_addr()?.port();
        // tokio takes over the socket and needs it non-blocking.
        listener.set_nonblocking(true)?;
        let shared = Arc::new(Shared::new(&config));
        let app = handler::app(Arc::clone(&shared));
        // The runtime is built and dropped on its own thread: a runtime dropped inside another
        // one's async context (the end-to-end tests start servers from async tests) panics.
        let (ready, started) = std::sync::mpsc::channel();
        std::thread::Builder::new().name("guide-devtools-server".into()).spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
            let listening = runtime.and_then(|runtime| {
                let listener = {
                    let _context = runtime.enter();
                    tokio::net::TcpListener::from_std(listener)?
                };
                Ok((runtime, listener))
            });
            match listening {
                Ok((runtime, listener)) => {
                    let _ = ready.send(Ok(()));
                    runtime.block_on(accept(listener, app));
                }
                Err(error) => {
                    let _ = ready.send(Err(error));
                }
            }
        })?;
        started.recv().map_err(|_| std::io::Error::other("the server thread ended before serving"))??;
        Ok(Server { port, shared })
    }

    /// The app's URL: `http://127.0.0.1:PORT/mount/`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.shared.mount)
    }

    /// Replaces `file` with `reply` from now on, or serves the real file again with `None`.
    pub fn set_reply(&self, file: &str, reply: Option<Reply>) {
        self.shared.set_reply(&reply_key(file), reply);
    }

    /// Every request path received so far, in order: as sent (still percent-encoded), without
    /// the query.
    pub fn requests(&self) -> Vec<String> {
        self.shared.requests()
    }
}

/// The key of a scripted reply: the path below the mount, without a leading slash.
fn reply_key(file: &str) -> String {
    file.trim_start_matches('/').to_string()
}

/// Accepts connections for good, each served on its own task.
async fn accept(listener: tokio::net::TcpListener, app: App) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Typically out of file descriptors: wait for some to close rather than spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            // The connection's end is no news: the peer left, or a scripted hang-up closed it.
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}
