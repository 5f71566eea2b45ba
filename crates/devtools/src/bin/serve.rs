//! Serves a built `dist/` on 127.0.0.1.
//!
//! Usage: `serve [--dir dist] [--port 8080] [--mount /sub/path/]`

use guide_devtools::server::{Config, Server};

fn main() {
    let mut dir = "dist".to_string();
    let mut port = 8080u16;
    let mut mount = "/".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--dir" => dir = value,
            "--port" => port = value.parse().expect("--port takes a number"),
            "--mount" => mount = value,
            _ => {
                eprintln!("usage: serve [--dir dist] [--port 8080] [--mount /sub/path/]");
                std::process::exit(2);
            }
        }
    }
    let mut config = Config::new(&dir).mount(&mount);
    config.port = port;
    let server = Server::start(config).unwrap_or_else(|e| {
        eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
        std::process::exit(1);
    });
    println!("Serving {dir} at {}  (Ctrl+C to stop)", server.url());
    loop {
        std::thread::park();
    }
}
