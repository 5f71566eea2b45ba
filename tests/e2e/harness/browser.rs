//! A browser session in the engine under test and the short commands tests are written in.

use std::future::Future;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use super::driver::Driver;
use super::engine::Engine;

/// How long a wait lasts before the test fails.
const WAIT: Duration = Duration::from_secs(15);

/// How long one session may last in all: far above the longest (the crawl, about 2 minutes in
/// WebKit on a busy machine), so that only a hung driver reaches it.
const SESSION_LIMIT: Duration = Duration::from_secs(600);

/// The two sizes every flow is tested at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewport {
    /// 390 × 844, a current phone.
    Phone,
    /// 1280 × 800, a hospital PC.
    Desktop,
}

impl Viewport {
    /// Both sizes.
    pub const BOTH: [Viewport; 2] = [Viewport::Phone, Viewport::Desktop];

    /// The size of the page's viewport in CSS pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Viewport::Phone => (390, 844),
            Viewport::Desktop => (1280, 800),
        }
    }
}

/// A browser session.
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    pub viewport: Viewport,
    pub engine: Engine,
    /// Where downloads of this session land.
    pub downloads: std::path::PathBuf,
    /// The session's WebDriver server, stopped when the last clone goes.
    _driver: std::sync::Arc<Driver>,
}

/// Runs `test` in a fresh browser session and always closes the session, even on failure.
pub async fn session<F, Fut>(viewport: Viewport, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run(Browser::open(viewport, None).await, test).await
}

/// Like [`session`], with the browser's operating-system time zone set to `time_zone`.
pub async fn session_in_time_zone<F, Fut>(viewport: Viewport, time_zone: &str, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run(Browser::open(viewport, Some(time_zone)).await, test).await
}

async fn run<F, Fut>(browser: Browser, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    // A driver that stops answering must fail the test, not hang the run.
    let task = tokio::spawn(test(browser.clone()));
    let abort = task.abort_handle();
    let outcome = tokio::time::timeout(SESSION_LIMIT, task).await;
    if outcome.is_err() {
        abort.abort();
    }
    let _ = tokio::time::timeout(Duration::from_secs(10), browser.client.clone().close()).await;
    match outcome {
        Err(_) => panic!("the session did not finish within {SESSION_LIMIT:?} ({:?})", browser.engine),
        Ok(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Ok(Err(e)) => panic!("test task failed: {e}"),
        Ok(Ok(())) => {}
    }
}

impl Browser {
    /// Starts the engine under test with a page viewport of the given size.
    pub async fn open(viewport: Viewport, time_zone: Option<&str>) -> Browser {
        let engine = Engine::current();
        let profile = tempdir();
        let downloads = std::path::PathBuf::from(&profile).join("downloads");
        std::fs::create_dir_all(&downloads).expect("downloads dir");
        let mut env = engine.driver_env(&profile, &downloads.to_string_lossy());
        env.extend(time_zone.map(|tz| ("TZ".to_string(), tz.to_string())));
        let driver = tokio::task::block_in_place(|| Driver::start(engine, env));
        let caps = engine.capabilities(viewport.size(), &profile, &downloads.to_string_lossy());
        let Value::Object(caps) = caps else { unreachable!() };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver.url)
            .await
            .unwrap_or_else(|e| panic!("start a {engine:?} session: {e}"));
        let browser = Browser { client, viewport, engine, downloads, _driver: std::sync::Arc::new(driver) };
        let (w, h) = viewport.size();
        let reached = browser.resize_viewport(w, h).await;
        assert!(
            reached == w || reached == engine.min_viewport_width(),
            "{engine:?}: viewport {reached} px wide, not {w}"
        );
        browser
    }

    /// Sizes the window so that the page's viewport is `w` × `h`, whatever toolbars the
    /// engine's window has around it, and returns the viewport width reached (see
    /// [`Engine::min_viewport_width`]).
    pub async fn resize_viewport(&self, w: u32, h: u32) -> u32 {
        let mut width_reached = 0;
        for _ in 0..6 {
            let inner = self.js("return [window.innerWidth, window.innerHeight];").await;
            let (iw, ih) = (inner[0].as_i64().unwrap_or(0), inner[1].as_i64().unwrap_or(0));
            width_reached = iw as u32;
            if (iw, ih) == (w as i64, h as i64) {
                break;
            }
            let (ow, oh) = self.client.get_window_size().await.expect("window size");
            let width = (ow as i64 + w as i64 - iw).max(1) as u32;
            let height = (oh as i64 + h as i64 - ih).max(1) as u32;
            self.client.set_window_size(width, height).await.expect("resize");
            // An X window takes its new size a moment after the request.
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        width_reached
    }

    /// Opens a URL and waits for the app to replace its loading shell.
    pub async fn goto(&self, url: &str) {
        // Marks the current document: geckodriver sometimes returns from a navigation before the
        // new document replaces the old one, and the old one must not answer for the new.
        let _ = self.client.execute("window.__leaving = true;", vec![]).await;
        if self.engine == Engine::WebKit {
            // WebKitWebDriver can leave the next command waiting forever after a navigation that
            // only changes the fragment; a new document each time avoids that.
            self.client.goto("about:blank").await.expect("navigate");
        }
        self.client.goto(url).await.expect("navigate");
        let arrived = format!(
            "(!window.__leaving || location.href === new URL({}).href) && document.readyState === 'complete'",
            json!(url)
        );
        self.wait_for("the new page", &arrived).await;
        self.wait_for("the app to start", "!document.querySelector('#app .boot')").await;
    }

    /// Waits until a JS expression is truthy.
    pub async fn wait_for(&self, what: &str, expression: &str) {
        let script = format!("return !!({expression});");
        let deadline = Instant::now() + WAIT;
        loop {
            if self.js(&script).await == Value::Bool(true) {
                return;
            }
            if Instant::now() > deadline {
                let body = self.text("body").await;
                panic!("timed out waiting for {what} ({expression}); page text:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until some element matching `css` contains `needle`, and returns its text.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let expr = format!(
            "[...document.querySelectorAll({})].some(e => e.textContent.includes({}))",
            json!(css),
            json!(needle)
        );
        self.wait_for(&format!("{css} to contain {needle:?}"), &expr).await;
        self.texts(css).await.into_iter().find(|t| t.contains(needle)).unwrap_or_default()
    }

    /// The text content of the first element matching `css` ("" when none).
    pub async fn text(&self, css: &str) -> String {
        let script =
            format!("const e = document.querySelector({}); return e ? e.textContent : '';", json!(css));
        self.js(&script).await.as_str().unwrap_or_default().to_string()
    }

    /// The text content of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let script =
            format!("return [...document.querySelectorAll({})].map(e => e.textContent);", json!(css));
        serde_json::from_value(self.js(&script).await).unwrap_or_default()
    }

    /// How many elements match `css`.
    pub async fn count(&self, css: &str) -> usize {
        let script = format!("return document.querySelectorAll({}).length;", json!(css));
        self.js(&script).await.as_u64().unwrap_or(0) as usize
    }

    /// Clicks the first element matching `css`, as a user would: scrolled to the middle of the
    /// screen first, where no sticky bar covers it.
    pub async fn click(&self, css: &str) {
        let element = self.client.wait().at_most(WAIT).for_element(Locator::Css(css)).await;
        let element = element.unwrap_or_else(|e| panic!("no element {css}: {e}"));
        let center = "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });";
        self.client
            .execute(center, vec![serde_json::to_value(&element).expect("element")])
            .await
            .expect("scroll");
        element.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Types `text` into the first element matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.client.wait().at_most(WAIT).for_element(Locator::Css(css)).await;
        element.unwrap_or_else(|e| panic!("no element {css}: {e}")).send_keys(text).await.expect("type");
    }

    /// Waits for a finished download named `name` and returns its bytes.
    pub async fn downloaded(&self, name: &str) -> Vec<u8> {
        let path = self.downloads.join(name);
        let deadline = Instant::now() + WAIT;
        while !path.is_file() {
            assert!(Instant::now() < deadline, "no download {name} in {}", self.downloads.display());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        std::fs::read(&path).expect("read the download")
    }

    /// Runs a script in the page and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Console messages of level error (SEVERE) since the last call, where the driver exposes
    /// the console (see [`Engine::reads_console`]); `None` elsewhere.
    pub async fn console_errors(&self) -> Option<Vec<String>> {
        if !self.engine.reads_console() {
            return None;
        }
        let logs = self.client.issue_cmd(BrowserLog).await.expect("read the browser log");
        let errors = logs
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect();
        Some(errors)
    }

    /// Emulates CSS media features (`prefers-reduced-motion`, `forced-colors`, …) for this
    /// session. Only chromedriver can (through DevTools); elsewhere this returns `false`.
    pub async fn emulate_media(&self, features: &[(&str, &str)]) -> bool {
        if self.engine != Engine::Chromium {
            return false;
        }
        let features: Vec<Value> =
            features.iter().map(|(name, value)| json!({ "name": name, "value": value })).collect();
        let command =
            DevTools(json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "features": features } }));
        self.client.issue_cmd(command).await.expect("emulate media features");
        true
    }

    /// Asserts that the console has no errors, where the engine lets us read it.
    pub async fn assert_no_console_errors(&self, context: &str) {
        if let Some(errors) = self.console_errors().await {
            assert!(errors.is_empty(), "{context}: console errors {errors:?}");
        }
    }

    /// The URLs of every resource the page requested (Resource Timing).
    pub async fn resource_urls(&self) -> Vec<String> {
        let script = "return performance.getEntriesByType('resource').map(e => e.name);";
        serde_json::from_value(self.js(script).await).unwrap_or_default()
    }
}

/// A Chrome DevTools command, through chromedriver.
#[derive(Debug)]
struct DevTools(Value);

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// chromedriver's browser log endpoint.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_string()))
    }
}

fn tempdir() -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("guide-e2e-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("profile dir");
    dir.to_string_lossy().into_owned()
}
