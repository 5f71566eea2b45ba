//! One chromedriver for the whole test run: started on first use, killed when the tests exit.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

static DRIVER: OnceLock<String> = OnceLock::new();
static CHILD: Mutex<Option<Child>> = Mutex::new(None);

/// The WebDriver URL: `$WEBDRIVER_URL` if set, else a chromedriver started here.
pub fn webdriver_url() -> &'static str {
    DRIVER.get_or_init(|| std::env::var("WEBDRIVER_URL").unwrap_or_else(|_| start_chromedriver()))
}

fn start_chromedriver() -> String {
    let port = free_port();
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let child = Command::new(&binary)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {binary} (run scripts/setup-test.sh): {e}"));
    *CHILD.lock().expect("driver lock") = Some(child);
    // SAFETY: registering a plain extern "C" function with no captured state.
    unsafe { libc::atexit(kill_chromedriver) };
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    url
}

extern "C" fn kill_chromedriver() {
    if let Ok(mut guard) = CHILD.lock() {
        if let Some(child) = guard.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}
