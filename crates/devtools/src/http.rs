//! The little HTTP/1.1 the server speaks: read a request line, write a response.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;

/// A parsed request: method, path (without query or fragment) and whether brotli is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub accepts_brotli: bool,
}

/// Reads the request line and headers; `None` when the peer sent nothing usable.
pub fn read_request(stream: &TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?;
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let mut accepts_brotli = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accepts_brotli = value.split(',').any(|e| e.trim().starts_with("br"));
            }
        }
    }
    Some(Request { method, path, accepts_brotli })
}

/// Writes a complete response and closes the exchange. Every response allows any origin to
/// read it, as a sandboxed iframe (origin "null") needs for the app's own files.
pub fn write_response(stream: &TcpStream, status: u16, content_type: &str, body: &[u8], head_only: bool) {
    write_encoded(stream, status, content_type, None, body, head_only);
}

/// Writes a complete response whose body is already encoded (`br`), or plain with `None`.
pub fn write_encoded(
    mut stream: &TcpStream,
    status: u16,
    content_type: &str,
    encoding: Option<&str>,
    body: &[u8],
    head_only: bool,
) {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
    let encoding =
        encoding.map(|e| format!("Content-Encoding: {e}\r\nVary: Accept-Encoding\r\n")).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{encoding}Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if !head_only {
        let _ = stream.write_all(body);
    }
    let _ = stream.flush();
}

/// The content type of a file name.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}
