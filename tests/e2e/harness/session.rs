//! Starting and ending browser sessions: the driver and browser for one test, sized to the
//! viewport, always closed, and failed rather than left hanging.

use std::future::Future;
use std::time::Duration;

use fantoccini::ClientBuilder;
use serde_json::Value;

use super::browser::{answer, Browser};
use super::driver::Driver;
use super::engine::Engine;
use super::viewport::Viewport;

/// How long one session may last in all: far above the longest (the crawl or the bad-input
/// catalogue, a minute or two on a busy machine), so that only a hung driver reaches it.
const SESSION_LIMIT: Duration = Duration::from_secs(600);

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

/// How many times a session is started when the browser dies while it starts.
const START_ATTEMPTS: usize = 2;

impl Browser {
    /// Starts the engine under test with a page viewport of the given size. A browser that dies
    /// before the session is ready (WebKit's MiniBrowser now and then does, answering "invalid
    /// session id" to the first commands) is started afresh, once; that happens before any page
    /// is opened, so no failure of the guide itself is retried.
    pub async fn open(viewport: Viewport, time_zone: Option<&str>) -> Browser {
        let mut failure = String::new();
        for attempt in 1..=START_ATTEMPTS {
            match Browser::try_open(viewport, time_zone).await {
                Ok(browser) => return browser,
                Err(e) => {
                    eprintln!("session start {attempt} of {START_ATTEMPTS} failed: {e}");
                    failure = e;
                }
            }
        }
        panic!("{failure}")
    }

    async fn try_open(viewport: Viewport, time_zone: Option<&str>) -> Result<Browser, String> {
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
            .map_err(|e| format!("start a {engine:?} session: {e}"))?;
        let browser = Browser { client, viewport, engine, downloads, _driver: std::sync::Arc::new(driver) };
        let (w, h) = viewport.size();
        let sized = browser.try_resize_viewport(w, h).await;
        let reached = match sized {
            Ok(reached) => reached,
            Err(e) => {
                let _ = tokio::time::timeout(Duration::from_secs(10), browser.client.clone().close()).await;
                return Err(format!("{engine:?}: size the new window: {e}"));
            }
        };
        assert!(
            reached == w || reached == engine.min_viewport_width(),
            "{engine:?}: viewport {reached} px wide, not {w}"
        );
        Ok(browser)
    }

    /// Sizes the window so that the page's viewport is `w` × `h`, whatever toolbars the
    /// engine's window has around it, and returns the viewport width reached (see
    /// [`Engine::min_viewport_width`]).
    pub async fn resize_viewport(&self, w: u32, h: u32) -> u32 {
        self.try_resize_viewport(w, h).await.unwrap_or_else(|e| panic!("{:?}: resize: {e}", self.engine))
    }

    async fn try_resize_viewport(&self, w: u32, h: u32) -> Result<u32, String> {
        let mut width_reached = 0;
        for _ in 0..6 {
            let script = "return [window.innerWidth, window.innerHeight];";
            let inner = answer("reading the viewport size", self.client.execute(script, vec![])).await?;
            let (iw, ih) = (inner[0].as_i64().unwrap_or(0), inner[1].as_i64().unwrap_or(0));
            width_reached = iw as u32;
            if (iw, ih) == (w as i64, h as i64) {
                break;
            }
            let (ow, oh) = answer("reading the window size", self.client.get_window_size()).await?;
            let width = (ow as i64 + w as i64 - iw).max(1) as u32;
            let height = (oh as i64 + h as i64 - ih).max(1) as u32;
            answer("resizing the window", self.client.set_window_size(width, height)).await?;
            // An X window takes its new size a moment after the request.
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(width_reached)
    }
}

fn tempdir() -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("guide-e2e-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("profile dir");
    dir.to_string_lossy().into_owned()
}
