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

/// The folder of the built app's code in `dist/` (`app-<hash>`: the core, its JS, the chunk
/// loader and the page chunks).
pub fn app_dir_name() -> String {
    std::fs::read_dir(dist_dir())
        .expect("dist")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("app-"))
        .expect("an app-<hash> folder in dist")
}

/// The path of the app's core wasm, relative to `dist/`.
pub fn wasm_file_name() -> String {
    format!("{}/teleradiology-guide_bg.wasm", app_dir_name())
}

/// The paths of the page chunks (`split_*.wasm`), relative to `dist/`.
pub fn page_chunk_names() -> Vec<String> {
    let dir = app_dir_name();
    let mut names: Vec<String> = std::fs::read_dir(dist_dir().join(&dir))
        .expect("the app folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("split_") && n.ends_with(".wasm"))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    names.sort();
    names
}

/// Every page file of `dist/`: the folder of each `index.html` below the root, relative to it
/// (`""` for the root, `providers/ys-reading/`), sorted.
pub fn page_files() -> Vec<String> {
    fn walk(dir: &std::path::Path, relative: &str, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("a dist folder").filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() && !name.starts_with("app-") && !name.starts_with('.') {
                walk(&entry.path(), &format!("{relative}{name}/"), found);
            } else if name == "index.html" {
                found.push(relative.to_string());
            }
        }
    }
    let mut found = Vec::new();
    walk(&dist_dir(), "", &mut found);
    found.sort();
    found
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

    /// The URL of an address below the site's root, e.g. `directory/?m=pet` (or an old fragment
    /// address, `#/directory`).
    pub fn url(&self, route: &str) -> String {
        format!("{}{}", self.server.url(), route)
    }
}
