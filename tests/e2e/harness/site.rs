//! The app under test: the release build in `dist/`, served on a free loopback port, optionally
//! under a sub-path and with files replaced by scripted replies.

use std::path::PathBuf;

use guide_devtools::server::{Config, Reply, Server};

/// A served copy of the built app.
pub struct Site {
    pub server: Server,
}

/// The built bundle: `$E2E_DIST` or `dist/` at the repository root.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "{} has no index.html: build the release bundle first (scripts/build.sh)",
        dir.display()
    );
    dir
}

/// The name of the built wasm file in `dist/`.
pub fn wasm_file_name() -> String {
    std::fs::read_dir(dist_dir())
        .expect("dist")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.ends_with(".wasm"))
        .expect("a wasm file in dist")
}

impl Site {
    /// Serves the bundle at `/`.
    pub fn start() -> Site {
        Site::with(Config::new(dist_dir()))
    }

    /// Serves the bundle at `/` with `file` replaced by `reply`.
    pub fn replying(file: &str, reply: Reply) -> Site {
        Site::with(Config::new(dist_dir()).reply(file, reply))
    }

    /// Serves with a custom configuration.
    pub fn with(config: Config) -> Site {
        Site { server: Server::start(config).expect("start the test server") }
    }

    /// The URL of a route, e.g. `#/directory`.
    pub fn url(&self, route: &str) -> String {
        format!("{}{}", self.server.url(), route)
    }
}
