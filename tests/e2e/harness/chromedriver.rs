//! What only chromedriver offers in WebDriver classic: the browser console and DevTools media
//! emulation. Elsewhere these report that they cannot
//! (see `Engine::has_chromedriver_extensions`).

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use super::browser::Browser;

impl Browser {
    /// Console messages of level error (SEVERE) since the last call, where the driver exposes
    /// the console (see `Engine::has_chromedriver_extensions`); `None` elsewhere.
    pub async fn console_errors(&self) -> Option<Vec<String>> {
        if !self.engine.has_chromedriver_extensions() {
            return None;
        }
        let logs = self
            .client
            .issue_cmd(SessionPost { path: "se/log", body: json!({ "type": "browser" }) })
            .await
            .expect("read the browser log");
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
        if !self.engine.has_chromedriver_extensions() {
            return false;
        }
        let features: Vec<Value> =
            features.iter().map(|(name, value)| json!({ "name": name, "value": value })).collect();
        let body = json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "features": features } });
        let command = SessionPost { path: "goog/cdp/execute", body };
        self.client.issue_cmd(command).await.expect("emulate media features");
        true
    }

    /// Asserts that the console has no errors, where the engine lets us read it.
    pub async fn assert_no_console_errors(&self, context: &str) {
        if let Some(errors) = self.console_errors().await {
            assert!(errors.is_empty(), "{context}: console errors {errors:?}");
        }
    }
}

/// A chromedriver extension command: a POST to `session/{id}/{path}`.
#[derive(Debug)]
struct SessionPost {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
