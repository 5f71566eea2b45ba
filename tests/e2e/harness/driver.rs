//! WebDriver servers: one per browser session, started for it and killed with it (geckodriver
//! serves a single session, and a session in another time zone needs its own browser process
//! environment). Anything still running when the tests exit is killed then.

use std::net::TcpListener;
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
        let port = free_port();
        let mut command = engine.driver_command(port);
        command.envs(env);
        // Its own process group, so that xvfb-run's display and the browser go with it.
        let child =
            command.process_group(0).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap_or_else(
                |e| panic!("cannot start the {engine:?} driver (run scripts/setup-test.sh): {e}"),
            );
        let pid = child.id() as i32;
        {
            let mut running = RUNNING.lock().expect("driver list");
            if running.is_empty() {
                // SAFETY: registering a plain extern "C" function with no captured state.
                unsafe { libc::atexit(kill_all) };
            }
            running.push(pid);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the {engine:?} driver did not start on port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { url: format!("http://127.0.0.1:{port}"), child: Some(child) }
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

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}
