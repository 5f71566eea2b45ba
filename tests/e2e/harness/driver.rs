//! WebDriver servers: one per browser session, started for it and killed with it (geckodriver
//! serves a single session, and a session in another time zone needs its own browser process
//! environment). Anything still running when the tests exit is killed then.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::engine::Engine;

/// Process groups of drivers still running, killed at exit if a session was never closed.
static RUNNING: Mutex<Vec<i32>> = Mutex::new(Vec::new());

/// A running WebDriver server; dropping it stops the server and the browser it started.
pub struct Driver {
    /// `http://127.0.0.1:port`.
    pub url: String,
    child: Option<Child>,
}

impl Driver {
    /// Starts the engine's driver with extra environment variables, which the browser it
    /// launches inherits (`TZ`, for one). `$WEBDRIVER_URL`, when set, is used instead.
    pub fn start(engine: Engine, env: Vec<(String, String)>) -> Driver {
        if let Ok(url) = std::env::var("WEBDRIVER_URL") {
            return Driver { url, child: None };
        }
        // A port found free can be taken by a test's server before the driver binds it; then the
        // driver exits and another port is tried. Ready means its /status says so.
        for _ in 0..5 {
            let port = free_port();
            let mut command = engine.driver_command(port);
            command.envs(env.clone());
            // Its own process group, so that xvfb-run's display and the browser go with it.
            let child =
                command.process_group(0).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap_or_else(
                    |e| panic!("cannot start the {engine:?} driver (run scripts/setup-test.sh): {e}"),
                );
            let mut driver = Driver { url: format!("http://127.0.0.1:{port}"), child: Some(child) };
            driver.register();
            if driver.wait_until_ready(port) {
                return driver;
            }
        }
        panic!("the {engine:?} driver did not start");
    }

    fn register(&self) {
        let Some(child) = &self.child else { return };
        let mut running = RUNNING.lock().expect("driver list");
        if running.is_empty() {
            // SAFETY: registering a plain extern "C" function with no captured state.
            unsafe { libc::atexit(kill_all) };
        }
        running.push(child.id() as i32);
    }

    /// Waits for the driver's `/status` to report ready; `false` if it exited or never did.
    fn wait_until_ready(&mut self, port: u16) -> bool {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.child.as_mut().is_some_and(|c| matches!(c.try_wait(), Ok(Some(_)))) {
                return false;
            }
            if status_ready(port) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let pid = child.id() as i32;
            kill_group(pid);
            let _ = child.wait();
            RUNNING.lock().map(|mut r| r.retain(|p| *p != pid)).ok();
        }
    }
}

fn kill_group(pid: i32) {
    // SAFETY: plain syscalls on a process group this harness created.
    unsafe {
        libc::kill(-pid, libc::SIGTERM);
    }
}

extern "C" fn kill_all() {
    if let Ok(running) = RUNNING.lock() {
        running.iter().for_each(|pid| kill_group(*pid));
    }
}

/// Whether the WebDriver server on `port` answers `/status` with `"ready": true`.
fn status_ready(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    // Read until the answer is seen: some drivers keep the connection open after it.
    let mut response = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n @ 1..) = stream.read(&mut chunk) {
        response.extend_from_slice(&chunk[..n]);
        if String::from_utf8_lossy(&response).replace(' ', "").contains("\"ready\":true") {
            return true;
        }
    }
    false
}

/// A port that was free a moment ago.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}
