//! A loopback static server with scripted replies and a request log.

use std::collections::HashMap;
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::http::{content_type, read_request, write_encoded, write_response};

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
    /// Files replaced by scripted replies, keyed by their path below the mount (e.g. `providers.json`).
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
        self.replies.insert(file.trim_start_matches('/').to_string(), reply);
        self
    }
}

/// A running server. It stops when the process ends.
pub struct Server {
    pub port: u16,
    mount: String,
    log: Arc<Mutex<Vec<String>>>,
    replies: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Server {
    /// Binds 127.0.0.1 and serves in background threads.
    pub fn start(config: Config) -> std::io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", config.port))?;
        let port = listener.local_addr()?.port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let replies = Arc::new(Mutex::new(config.replies.clone()));
        let shared = Arc::new(config);
        let mount = shared.mount.clone();
        let (thread_log, thread_replies) = (Arc::clone(&log), Arc::clone(&replies));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let config = Arc::clone(&shared);
                let log = Arc::clone(&thread_log);
                let replies = Arc::clone(&thread_replies);
                std::thread::spawn(move || handle(&stream, &config, &log, &replies));
            }
        });
        Ok(Server { port, mount, log, replies })
    }

    /// The app's URL: `http://127.0.0.1:PORT/mount/`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.mount)
    }

    /// Replaces `file` with `reply` from now on, or serves the real file again with `None`.
    pub fn set_reply(&self, file: &str, reply: Option<Reply>) {
        if let Ok(mut replies) = self.replies.lock() {
            let key = file.trim_start_matches('/').to_string();
            match reply {
                Some(r) => replies.insert(key, r),
                None => replies.remove(&key),
            };
        }
    }

    /// Every request path received so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn handle(
    stream: &TcpStream,
    config: &Config,
    log: &Mutex<Vec<String>>,
    replies: &Mutex<HashMap<String, Reply>>,
) {
    let Some(request) = read_request(stream) else { return };
    if let Ok(mut l) = log.lock() {
        l.push(request.path.clone());
    }
    let head_only = request.method == "HEAD";
    let path = guide_model::percent::decode(&request.path, false);
    let Some(relative) = path.strip_prefix(&config.mount).or_else(|| {
        // "/mount" without its trailing slash is the same folder.
        (path == config.mount.trim_end_matches('/')).then_some("")
    }) else {
        return write_response(stream, 404, "text/plain; charset=utf-8", b"not found", head_only);
    };
    let relative = relative.to_string();
    let scripted = replies.lock().ok().and_then(|r| r.get(&relative).cloned());
    if let Some(reply) = scripted {
        return play(stream, &reply, head_only);
    }
    match resolve(&config.root, &relative).and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
        Some((path, body)) => {
            let name = path.to_string_lossy().to_string();
            // Serve the build's precompressed copy when the browser takes brotli.
            let brotli = request.accepts_brotli.then(|| std::fs::read(format!("{name}.br")).ok()).flatten();
            match brotli {
                Some(br) => write_encoded(stream, 200, content_type(&name), Some("br"), &br, head_only),
                None => write_response(stream, 200, content_type(&name), &body, head_only),
            }
        }
        None => write_response(stream, 404, "text/plain; charset=utf-8", b"not found", head_only),
    }
}

fn play(stream: &TcpStream, reply: &Reply, head_only: bool) {
    match reply {
        Reply::Body { status, content_type, body } => {
            write_response(stream, *status, content_type, body, head_only)
        }
        Reply::Delayed(wait, inner) => {
            std::thread::sleep(*wait);
            play(stream, inner, head_only);
        }
        Reply::Hang => {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

/// Maps a request path below the mount to a file, refusing to leave the root.
fn resolve(root: &Path, relative: &str) -> Option<PathBuf> {
    let relative = Path::new(relative);
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let path = root.join(relative);
    if path.is_dir() {
        Some(path.join("index.html"))
    } else {
        Some(path)
    }
}
