//! Reading served pages without a browser: a plain HTTP/1.1 GET over loopback, and the few parts
//! of the built HTML the tests look at (start tags and their attributes, an element's text, the
//! JSON-LD blocks). The build writes its HTML itself, always with double-quoted attributes.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A response: its status, content type and body.
pub struct Response {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

/// GETs `url` (`http://127.0.0.1:port/…`) and reads the whole response.
pub fn get(url: &url::Url) -> Response {
    let port = url.port().expect("a loopback URL with a port");
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to the test server");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("read timeout");
    let target = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    let request = format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("send the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the response");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("the end of the headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
    };
    if header("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body);
    }
    let content_type = header("content-type").unwrap_or_default();
    Response { status, content_type, body: String::from_utf8(body).expect("a UTF-8 body") }
}

/// The body of a chunked response.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(line_end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&raw[..line_end]);
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("0").trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        body.extend_from_slice(&raw[start..start + size]);
        raw = &raw[start + size + 2..];
    }
    body
}

/// The attributes of every start tag `<name …>`, in document order, values unescaped.
pub fn tags(html: &str, name: &str) -> Vec<HashMap<String, String>> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        rest = after;
        // `<a` must not match `<abbr`, `<article` or `<aside`.
        if !after.starts_with(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/') {
            continue;
        }
        let end = after.find('>').unwrap_or(after.len());
        found.push(attributes(&after[..end]));
    }
    found
}

/// The attributes of a start tag's inside (`href="x" class="y"`).
fn attributes(mut inside: &str) -> HashMap<String, String> {
    let mut map = HashMap::new();
    loop {
        inside = inside.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        let name_end = inside.find(|c: char| c.is_ascii_whitespace() || c == '=').unwrap_or(inside.len());
        if name_end == 0 {
            return map;
        }
        let name = inside[..name_end].to_ascii_lowercase();
        inside = &inside[name_end..];
        let value = match inside.strip_prefix("=\"") {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                inside = quoted.get(end + 1..).unwrap_or("");
                unescape(&quoted[..end])
            }
            None => String::new(),
        };
        map.insert(name, value);
    }
}

/// The content of a `<meta>` whose `key` attribute (`name`, `property`) is `value`.
pub fn meta(html: &str, key: &str, value: &str) -> Option<String> {
    tags(html, "meta").into_iter().find(|m| m.get(key).is_some_and(|v| v == value))?.remove("content")
}

/// The text of every `<name>` element (tags and comments left out, unescaped).
pub fn texts(html: &str, name: &str) -> Vec<String> {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        let Some(start) = after.find('>').filter(|_| after.starts_with([' ', '>'])) else {
            rest = after;
            continue;
        };
        let inner = &after[start + 1..];
        let end = inner.find(&close).unwrap_or(inner.len());
        found.push(text(&inner[..end]));
        rest = &inner[end..];
    }
    found
}

/// The text of a fragment of HTML: tags and comments left out, entities unescaped.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let close = if rest[at..].starts_with("<!--") { "-->" } else { ">" };
        rest = rest[at..].find(close).map_or("", |end| &rest[at + end + close.len()..]);
    }
    out.push_str(rest);
    unescape(&out)
}

/// The contents of every `<script type="application/ld+json">` block, as written.
pub fn json_ld(html: &str) -> Vec<String> {
    let open = "<script type=\"application/ld+json\">";
    html.match_indices(open)
        .map(|(at, _)| {
            let inner = &html[at + open.len()..];
            inner[..inner.find("</script>").unwrap_or(inner.len())].to_string()
        })
        .collect()
}

/// Unescapes the character references the build writes (named ones of HTML's syntax, and
/// numeric ones).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&e| e < 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
