//! The three browser engines the suite runs in, chosen by `E2E_ENGINE` (default `chromium`):
//! how each one's WebDriver server starts, in what environment, and what a session asks it for.
//!
//! | engine | browser | driver |
//! | --- | --- | --- |
//! | `chromium` | Debian `chromium`, headless | `chromedriver` |
//! | `firefox` | Debian `firefox-esr`, headless | `geckodriver` |
//! | `webkit` | WebKitGTK's `MiniBrowser` (Safari's engine) | `WebKitWebDriver` under `xvfb-run` |

use std::process::Command;

use serde_json::{json, Value};

/// A browser engine under test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// The engine named by `E2E_ENGINE`; an unknown name fails the run rather than testing the wrong one.
    pub fn current() -> Engine {
        match std::env::var("E2E_ENGINE").as_deref() {
            Err(_) | Ok("") | Ok("chromium") => Engine::Chromium,
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            Ok(other) => panic!("E2E_ENGINE={other}: expected chromium, firefox or webkit"),
        }
    }

    /// The command that starts this engine's WebDriver server on `port`.
    ///
    /// WebKitGTK's MiniBrowser has no headless mode, so its driver runs inside a virtual X
    /// display. geckodriver serves one session at a time, so every session gets its own driver.
    pub fn driver_command(self, port: u16) -> Command {
        let from_env = |var: &str, default: &str| std::env::var(var).unwrap_or_else(|_| default.into());
        match self {
            Engine::Chromium => {
                let mut c = Command::new(from_env("CHROMEDRIVER", "chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(from_env("GECKODRIVER", "geckodriver"));
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
                c
            }
            Engine::WebKit => {
                let mut c = Command::new("xvfb-run");
                c.args(["-a", "-s", "-screen 0 1600x1200x24"]);
                c.arg(from_env("WEBKITWEBDRIVER", "WebKitWebDriver"));
                c.arg(format!("--port={port}"));
                c
            }
        }
    }

    /// The capabilities of a new session: the browser binary, its profile, language, download
    /// folder and (for Chromium, whose headless window is exactly the viewport) the size.
    pub fn capabilities(self, (w, h): (u32, u32), profile: &str, downloads: &str) -> Value {
        match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:loggingPrefs": { "browser": "ALL" },
                "goog:chromeOptions": {
                    "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                    "prefs": {
                        "download.default_directory": downloads,
                        "download.prompt_for_download": false
                    },
                    // Chromium ignores history changes past 200 in ten seconds (a link followed in
                    // the app makes two), a pace no visitor reaches but the crawl does.
                    "args": [
                        "--disable-ipc-flooding-protection",
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--lang=ja-JP",
                        format!("--window-size={w},{h}"),
                        format!("--user-data-dir={profile}"),
                    ]
                }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": Self::firefox_options(w, h, downloads),
            }),

            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": std::env::var("MINIBROWSER")
                        .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into()),
                    "args": ["--automation"]
                }
            }),
        }
    }

    /// Whether the driver has chromedriver's extensions (the console log, DevTools). Where it
    /// does not, tests check what the visitor sees instead.
    pub fn has_chromedriver_extensions(self) -> bool {
        self == Engine::Chromium
    }

    fn firefox_options(w: u32, h: u32, downloads: &str) -> Value {
        json!({
            "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
            "args": ["-headless", "-width", w.to_string(), "-height", h.to_string()],
            "prefs": {
                "intl.accept_languages": "ja-JP",
                "browser.download.folderList": 2,
                "browser.download.dir": downloads,
                "browser.download.useDownloadDir": true,
                "browser.download.always_ask_before_handling_new_types": false,
                "browser.helperApps.neverAsk.saveToDisk": "text/csv",
                // No update checks, telemetry or remote settings: nothing may leave loopback.
                "app.update.enabled": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.enabled": false,
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false
            }
        })
    }

    /// The narrowest page viewport the engine's window allows: Firefox keeps windows at least
    /// 500 CSS px wide (headless too) and MiniBrowser's toolbar 447 px. So "phone" is 500 × 844
    /// in Firefox and 447 × 844 in WebKit: the one-column layout (below 900 px) all the same; the
    /// rules for under 480 px apply in WebKit, and in Firefox in the 360 px check, which puts
    /// the page in a frame of that width there (tests/e2e/pages.rs).
    pub fn min_viewport_width(self) -> u32 {
        match self {
            Engine::Chromium => 0,
            Engine::Firefox => 500,
            Engine::WebKit => 447,
        }
    }

    /// Whether the page keeps keyboard focus in a phone-sized window. MiniBrowser under Xvfb
    /// (no window manager) loses it when the window is narrower than about 600 px, so there
    /// keyboard walks run at desktop size only.
    pub fn keyboard_at_phone_size(self) -> bool {
        self != Engine::WebKit
    }

    /// Environment for the driver (and so the browser) of one session. MiniBrowser saves
    /// downloads in the XDG download folder without asking, so the session gets its own
    /// `user-dirs.dirs` that points there.
    pub fn driver_env(self, profile: &str, downloads: &str) -> Vec<(String, String)> {
        if self != Engine::WebKit {
            return Vec::new();
        }
        let config = std::path::Path::new(profile).join("xdg");
        std::fs::create_dir_all(&config).expect("xdg config dir");
        std::fs::write(config.join("user-dirs.dirs"), format!("XDG_DOWNLOAD_DIR=\"{downloads}\"\n"))
            .expect("user-dirs.dirs");
        vec![("XDG_CONFIG_HOME".into(), config.to_string_lossy().into_owned())]
    }
}
