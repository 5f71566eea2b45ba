//! The server's behaviour through its tower service (`oneshot`), and over a real loopback socket
//! for what only a socket shows: a dropped connection and a delayed answer.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, Response, StatusCode};
use tower::ServiceExt;

use super::handler::{app, HangUp, Shared};
use super::{Config, Reply, Server};

/// A folder to serve, inside a parent that also holds a file the server must never give out.
fn site(name: &str) -> PathBuf {
    let parent = std::env::temp_dir().join(format!("guide-server-{}-{name}", std::process::id()));
    let root = parent.join("site");
    let _ = std::fs::remove_dir_all(&parent);
    for (path, body) in [
        ("index.html", "<h1>home</h1>"),
        ("x/index.html", "<h1>x</h1>"),
        ("providers.json", "{\"providers\":[]}"),
        ("providers.json.br", "brotli bytes"),
        ("app.js", "export {};"),
        ("app.wasm", "\0asm"),
        ("部署/a.json", "{}"),
    ] {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, body).unwrap();
    }
    std::fs::write(parent.join("secret.txt"), "secret").unwrap();
    root
}

async fn send(shared: &Arc<Shared>, method: Method, uri: &str, headers: &[(&str, &str)]) -> Response<Body> {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Body::empty()).unwrap();
    app(Arc::clone(shared)).oneshot(request).await.expect("an answer, not a hang-up")
}

async fn get(shared: &Arc<Shared>, uri: &str) -> Response<Body> {
    send(shared, Method::GET, uri, &[]).await
}

fn header<'a>(response: &'a Response<Body>, name: &str) -> &'a str {
    response.headers().get(name).map(|v| v.to_str().unwrap()).unwrap_or("")
}

async fn text(response: Response<Body>) -> String {
    String::from_utf8(to_bytes(response.into_body(), 1 << 20).await.unwrap().to_vec()).unwrap()
}

#[tokio::test]
async fn files_have_their_type_and_every_answer_the_common_headers() {
    let shared = Arc::new(Shared::new(&Config::new(site("types"))));
    for (uri, content_type) in [
        ("/index.html", "text/html; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/app.wasm", "application/wasm"),
        ("/providers.json", "application/json"),
        ("/missing.json", "text/plain; charset=utf-8"),
    ] {
        let response = get(&shared, uri).await;
        assert_eq!(header(&response, "content-type"), content_type, "{uri}");
        assert_eq!(header(&response, "cache-control"), "no-cache", "{uri}");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff", "{uri}");
        assert_eq!(header(&response, "access-control-allow-origin"), "*", "{uri}");
    }
    assert_eq!(get(&shared, "/missing.json").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_directory_answers_with_its_index() {
    let shared = Arc::new(Shared::new(&Config::new(site("index"))));
    for (uri, body) in [("/", "<h1>home</h1>"), ("/x/", "<h1>x</h1>"), ("/x", "<h1>x</h1>")] {
        let response = get(&shared, uri).await;
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert_eq!(text(response).await, body, "{uri}");
    }
}

#[tokio::test]
async fn the_folder_appears_only_under_its_mount() {
    let shared = Arc::new(Shared::new(&Config::new(site("mount")).mount("a/b")));
    for uri in ["/a/b/", "/a/b", "/a/b/index.html"] {
        assert_eq!(text(get(&shared, uri).await).await, "<h1>home</h1>", "{uri}");
    }
    assert_eq!(get(&shared, "/a/b/providers.json").await.status(), StatusCode::OK);
    for uri in ["/", "/index.html", "/a/", "/a/bc", "/a/bx/index.html"] {
        assert_eq!(get(&shared, uri).await.status(), StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test]
async fn dot_dot_never_leaves_the_root() {
    let shared = Arc::new(Shared::new(&Config::new(site("dots")).mount("/m/")));
    for uri in
        ["/m/../secret.txt", "/m/%2e%2e/secret.txt", "/m/x/..%2f..%2fsecret.txt", "/m/%2E%2E%5Csecret.txt"]
    {
        let response = get(&shared, uri).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert_ne!(text(response).await, "secret", "{uri}");
    }
}

#[tokio::test]
async fn the_brotli_copy_is_served_to_a_browser_that_takes_it() {
    let shared = Arc::new(Shared::new(&Config::new(site("brotli"))));
    let response = send(&shared, Method::GET, "/providers.json", &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(header(&response, "content-encoding"), "br");
    assert_eq!(header(&response, "content-type"), "application/json");
    assert_eq!(header(&response, "vary"), "accept-encoding");
    assert_eq!(text(response).await, "brotli bytes");

    let response = send(&shared, Method::GET, "/providers.json", &[("accept-encoding", "gzip")]).await;
    assert_eq!(header(&response, "content-encoding"), "");
    assert_eq!(text(response).await, "{\"providers\":[]}");
}

#[tokio::test]
async fn head_answers_the_headers_without_the_body() {
    let config = Config::new(site("head")).reply("scripted.json", Reply::json("[1, 2]"));
    let shared = Arc::new(Shared::new(&config));
    for (uri, length) in [("/providers.json", "16"), ("/scripted.json", "6")] {
        let response = send(&shared, Method::HEAD, uri, &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert_eq!(header(&response, "content-length"), length, "{uri}");
        assert_eq!(text(response).await, "", "{uri}");
    }
}

#[tokio::test]
async fn a_scripted_reply_replaces_the_file_at_its_decoded_path() {
    let config = Config::new(site("scripted"))
        .mount("/部署/")
        .reply("providers.json", Reply::status(503))
        .reply("/columns/01.json", Reply::json("{\"title\":\"読影\"}"))
        .reply("日本.html", Reply::html("<p>はい</p>"));
    let shared = Arc::new(Shared::new(&config));
    let response = get(&shared, "/%E9%83%A8%E7%BD%B2/providers.json?v=2").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(header(&response, "cache-control"), "no-cache");
    assert_eq!(text(response).await, "");

    let response = get(&shared, "/%E9%83%A8%E7%BD%B2/columns/01.json").await;
    assert_eq!(header(&response, "content-type"), "application/json");
    assert_eq!(text(response).await, "{\"title\":\"読影\"}");
    let response = get(&shared, "/%E9%83%A8%E7%BD%B2/%E6%97%A5%E6%9C%AC.html").await;
    assert_eq!(header(&response, "content-type"), "text/html; charset=utf-8");
    assert_eq!(text(response).await, "<p>はい</p>");
}

#[tokio::test]
async fn set_reply_applies_to_later_requests_and_none_restores_the_file() {
    let shared = Arc::new(Shared::new(&Config::new(site("set-reply"))));
    shared.set_reply("providers.json", Some(Reply::status(404)));
    assert_eq!(get(&shared, "/providers.json").await.status(), StatusCode::NOT_FOUND);
    shared.set_reply("providers.json", None);
    assert_eq!(text(get(&shared, "/providers.json").await).await, "{\"providers\":[]}");
}

#[tokio::test]
async fn the_log_keeps_every_path_as_sent_without_its_query() {
    let shared = Arc::new(Shared::new(&Config::new(site("log")).mount("/部署/")));
    for uri in ["/%E9%83%A8%E7%BD%B2/?embed=1", "/elsewhere", "/%E9%83%A8%E7%BD%B2/app.js"] {
        get(&shared, uri).await;
    }
    assert_eq!(shared.requests(), ["/%E9%83%A8%E7%BD%B2/", "/elsewhere", "/%E9%83%A8%E7%BD%B2/app.js"]);
}

#[tokio::test]
async fn a_hang_leaves_the_service_as_an_error() {
    let config = Config::new(site("hang-error"))
        .reply("gone.json", Reply::Delayed(Duration::from_millis(1), Box::new(Reply::Hang)));
    let request = Request::get("/gone.json").body(Body::empty()).unwrap();
    let answer = app(Arc::new(Shared::new(&config))).oneshot(request).await;
    assert!(matches!(answer, Err(HangUp)), "{answer:?}");
}

/// Sends one GET over a new connection and reads until the server closes it.
fn fetch(port: u16, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}

#[test]
fn over_a_socket_a_hang_closes_unanswered_and_a_delay_waits() {
    let wait = Duration::from_millis(300);
    let config = Config::new(site("socket"))
        .mount("/a/b/")
        .reply("hang.json", Reply::Hang)
        .reply("slow.json", Reply::Delayed(wait, Box::new(Reply::json("{\"late\":true}"))));
    let server = Server::start(config).expect("start");
    assert_eq!(server.url(), format!("http://127.0.0.1:{}/a/b/", server.port));

    // Closed with nothing written: a clean end or a reset, but never a status line.
    let hang = fetch(server.port, "/a/b/hang.json").unwrap_or_default();
    assert_eq!(hang, "");

    let started = Instant::now();
    let slow = fetch(server.port, "/a/b/slow.json").expect("the delayed answer");
    assert!(started.elapsed() >= wait, "answered after {:?}", started.elapsed());
    assert!(slow.starts_with("HTTP/1.1 200 OK\r\n"), "{slow}");
    assert!(slow.ends_with("{\"late\":true}"), "{slow}");

    // The server still answers after a dropped connection.
    let home = fetch(server.port, "/a/b").expect("the index");
    assert!(home.starts_with("HTTP/1.1 200 OK\r\n") && home.ends_with("<h1>home</h1>"), "{home}");
    assert_eq!(server.requests(), ["/a/b/hang.json", "/a/b/slow.json", "/a/b"]);
}

#[tokio::test]
async fn a_server_started_from_async_code_serves_and_takes_new_replies() {
    let server = Server::start(Config::new(site("async-start"))).expect("start");
    let port = server.port;
    let answer = tokio::task::spawn_blocking(move || fetch(port, "/providers.json")).await.unwrap();
    assert!(answer.unwrap().ends_with("{\"providers\":[]}"));
    server.set_reply("/providers.json", Some(Reply::status(500)));
    let answer = tokio::task::spawn_blocking(move || fetch(port, "/providers.json")).await.unwrap();
    assert!(answer.unwrap().starts_with("HTTP/1.1 500 Internal Server Error\r\n"));
}
