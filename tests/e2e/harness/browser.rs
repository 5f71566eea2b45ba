//! A browser session in the engine under test and the short commands tests are written in.
//! Sessions start in `session.rs`; chromedriver-only commands are in `chromedriver.rs`.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use super::driver::Driver;
use super::engine::Engine;
use super::viewport::Viewport;

/// A JS function of a document: whether the app has taken the page over (`<html data-app>`; the
/// page file shows its content before that) and shows a page with its data (a heading, no
/// loading message).
pub const PAGE_READY: &str =
    "(d => d.documentElement.hasAttribute('data-app') && d.querySelector('main h1') \
                              && !d.querySelector('main .loading'))";

/// A JS expression: whether the app has taken the page over.
pub const APP_STARTED: &str = "document.documentElement.hasAttribute('data-app')";

/// A JS expression: the current address relative to the site's root, as the address bar shows
/// it (`directory/?m=pet`, `providers/x/`, `` for the root itself). The root is the folder of
/// the document's base URL, which each page file sets to the root with its `<base>`.
pub const ADDRESS: &str = "(() => { const root = document.baseURI.split(/[?#]/)[0].replace(/[^/]*$/, ''); \
                           return location.href.startsWith(root) ? location.href.slice(root.length) : location.href; })()";

/// How long a wait lasts before the test fails.
pub(super) const WAIT: Duration = Duration::from_secs(15);

/// How long one WebDriver command may take before the test fails naming it: a driver that stops
/// answering then fails fast and says where, instead of running into the session limit.
const COMMAND_LIMIT: Duration = Duration::from_secs(60);

/// A browser session.
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    pub viewport: Viewport,
    pub engine: Engine,
    /// Where downloads of this session land.
    pub downloads: std::path::PathBuf,
    /// The session's WebDriver server, stopped when the last clone goes.
    pub(super) _driver: std::sync::Arc<Driver>,
}

impl Browser {
    /// Opens a URL and waits for the app to take the page over from the page file.
    pub async fn goto(&self, url: &str) {
        // Marks the current document: geckodriver sometimes returns from a navigation before the
        // new document replaces the old one, and the old one must not answer for the new.
        let mark = || self.client.execute("window.__leaving = true;", vec![]);
        let _ = mark().await;
        if self.engine == Engine::WebKit {
            // WebKitWebDriver can leave the next command waiting forever after a navigation that
            // only changes the fragment; a new document each time avoids that. The blank page is
            // marked too, so that it cannot pass for the page asked for.
            self.navigate("about:blank").await;
            let _ = mark().await;
        }
        self.navigate(url).await;
        let arrived = format!(
            "(!window.__leaving || location.href === new URL({}).href) && document.readyState === 'complete'",
            json!(url)
        );
        self.wait_for("the new page", &arrived).await;
        self.wait_for(
            "the app to start",
            &format!("{APP_STARTED} && !document.querySelector('main .loading')"),
        )
        .await;
    }

    /// The current address relative to the site's root (see [`ADDRESS`]).
    pub async fn address(&self) -> String {
        self.js(&format!("return {ADDRESS};")).await.as_str().unwrap_or_default().to_string()
    }

    /// Waits until the address relative to the site's root (see [`ADDRESS`]) is `expected`;
    /// fails naming the address there is.
    pub async fn wait_for_address(&self, expected: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let now = self.address().await;
            if now == expected {
                return;
            }
            assert!(Instant::now() < deadline, "{:?}: the address is {now:?}, not {expected:?}", self.engine);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the app shows a page with its data (see [`PAGE_READY`]).
    pub async fn wait_for_page(&self, what: &str) {
        self.wait_for(what, &format!("{PAGE_READY}(document)")).await;
    }

    /// Waits until a JS expression is truthy.
    pub async fn wait_for(&self, what: &str, expression: &str) {
        self.wait_value(what, &format!("return ({expression}) ? true : null;")).await;
    }

    /// Waits until a script returns something other than null, and returns that: one reading,
    /// taken when it is ready (a second command could already see another document).
    ///
    /// A script that fails is asked again until the deadline: while a document is replaced,
    /// WebKitWebDriver can answer "Could not parse script result" for a script the next
    /// document runs without fault. The last failure is reported if nothing else came.
    pub async fn wait_value(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let failure = match answer("a script", self.client.execute(script, vec![])).await {
                Ok(value) if !value.is_null() => return value,
                Ok(_) => None,
                Err(e) => Some(e),
            };
            if Instant::now() > deadline {
                let body = self.text("body").await;
                let place = "return `${location.href} (${document.readyState})`;";
                let place = answer("a script", self.client.execute(place, vec![])).await;
                let place = place.map(|v| v.to_string()).unwrap_or_else(|e| e);
                let failure = failure.map(|e| format!("; the script failed: {e}")).unwrap_or_default();
                panic!(
                    "{:?}: timed out waiting for {what} ({script}){failure}; at {place}, page text:\n{body}",
                    self.engine
                );
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

    /// The text content of every element matching `css`, once nothing on the page is still
    /// being drawn (see [`Browser::settled`]).
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let script =
            format!("return [...document.querySelectorAll({})].map(e => e.textContent);", json!(css));
        serde_json::from_value(self.settled(&format!("{css} (texts)"), &script).await).unwrap_or_default()
    }

    /// How many elements match `css`, once nothing on the page is still being drawn.
    pub async fn count(&self, css: &str) -> usize {
        let script = format!("return document.querySelectorAll({}).length;", json!(css));
        self.settled(&format!("{css} (count)"), &script).await.as_u64().unwrap_or(0) as usize
    }

    /// Runs `script` once no element says `aria-busy="true"`, as a screen reader would wait: a
    /// result list draws its first cards at once and the rest of its page a frame later.
    async fn settled(&self, what: &str, script: &str) -> Value {
        let guarded = format!(
            "if (document.querySelector('[aria-busy=\"true\"]')) return null; \
             return (() => {{ {script} }})();"
        );
        self.wait_value(what, &guarded).await
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
        let answer = answer("a script", self.client.execute(script, vec![])).await;
        answer.unwrap_or_else(|e| panic!("{:?}: {e}\n{script}", self.engine))
    }

    /// Navigates the window to `url` and returns once the driver says the document loaded.
    pub async fn navigate(&self, url: &str) {
        let answer = answer(&format!("navigating to {url}"), self.client.goto(url)).await;
        answer.unwrap_or_else(|e| panic!("{:?}: {e}", self.engine));
    }

    /// The URLs of every resource the page requested (Resource Timing).
    pub async fn resource_urls(&self) -> Vec<String> {
        let script = "return performance.getEntriesByType('resource').map(e => e.name);";
        serde_json::from_value(self.js(script).await).unwrap_or_default()
    }
}

/// The driver's answer to one command, or what went wrong (no answer within [`COMMAND_LIMIT`],
/// or an error), as a sentence naming `what` was asked.
pub(super) async fn answer<T>(
    what: &str,
    command: impl std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
) -> Result<T, String> {
    match tokio::time::timeout(COMMAND_LIMIT, command).await {
        Err(_) => Err(format!("no answer to {what} within {COMMAND_LIMIT:?}")),
        Ok(Err(e)) => Err(format!("{what}: {e}")),
        Ok(Ok(value)) => Ok(value),
    }
}
