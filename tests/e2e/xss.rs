//! XSS: a payload corpus through every free-text field of the data and every URL parameter,
//! served without the Content-Security-Policy so that only the app's own escaping protects the
//! page. A page-level canary must never fire, no payload element may appear, and no
//! `javascript:` link may be rendered.

use guide_devtools::server::{Config, Reply};
use serde_json::Value;

use crate::harness::browser::Browser;
use crate::harness::session::session;
use crate::harness::site::{dist_dir, page_files};
use crate::harness::{Site, Viewport};

/// Markup and script that data must never turn into elements or run.
pub(crate) const PAYLOADS: [&str; 6] = [
    r#"<img src=x onerror="window.__xss=1">"#,
    "<script>window.__xss=2</script>",
    r#""><svg onload="window.__xss=3">"#,
    "javascript:window.__xss=4",
    r#"<a href="javascript:window.__xss=5">click</a>"#,
    "{{7*7}}${window.__xss=6}",
];

/// Keys whose string values are free text and may hold anything.
const FREE_TEXT: [&str; 8] = ["name", "description", "text", "summary", "hours", "place", "label", "points"];

/// Puts a payload before every free-text string of `value` (`n` counts them, and picks each one's
/// payload in turn).
pub(crate) fn poison(value: &mut Value, key: Option<&str>, n: &mut usize) {
    match value {
        Value::String(s) if key.is_some_and(|k| FREE_TEXT.contains(&k)) => {
            *s = format!("{} {}", PAYLOADS[*n % PAYLOADS.len()], s);
            *n += 1;
        }
        Value::Array(items) => items.iter_mut().for_each(|v| poison(v, key, n)),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| poison(v, Some(k.as_str()), n)),
        _ => {}
    }
}

/// The page file in `folder` (`""`, `providers/x/`) without its CSP meta tag.
fn page_without_csp(folder: &str) -> String {
    let html = std::fs::read_to_string(dist_dir().join(folder).join("index.html")).expect("a page file");
    let start = html.find("<meta http-equiv=\"Content-Security-Policy\"").expect("CSP meta");
    let end = start + html[start..].find('>').expect("end of meta") + 1;
    format!("{}{}", &html[..start], &html[end..])
}

/// Serves every page file without its CSP, by its folder's address and by its file name.
fn without_csp(mut config: Config) -> Config {
    for folder in page_files() {
        let page = page_without_csp(&folder);
        config = config
            .reply(&folder, Reply::html(page.clone()))
            .reply(&format!("{folder}index.html"), Reply::html(page));
    }
    config
}

async fn assert_clean(b: &Browser, where_: &str) {
    let injected = b
        .js("return document.querySelectorAll('main img, main svg:not(.timeline svg):not([role=img]), main script, [onerror], [onload], a[href^=\"javascript:\" i]').length;")
        .await;
    assert_eq!(injected, 0, "{where_}: payload elements in the DOM");
    assert_eq!(b.js("return window.__xss === undefined;").await, true, "{where_}: a payload ran");
}

#[tokio::test(flavor = "multi_thread")]
async fn payloads_in_data_and_urls_never_run() {
    let mut data: Value =
        serde_json::from_str(&std::fs::read_to_string(dist_dir().join("providers.json")).expect("read"))
            .expect("JSON");
    let mut n = 0;
    for p in data["providers"].as_array_mut().expect("providers").iter_mut().take(40) {
        poison(p, None, &mut n);
    }
    assert!(n > 200, "{n} strings poisoned");
    let site = Site::with(
        without_csp(Config::new(dist_dir())).reply("providers.json", Reply::json(data.to_string())),
    );
    let base = site.url("");
    let p = "%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D9%22%3E";
    // A payload in a path parameter reaches the app only in an old fragment link: no file answers
    // such a path.
    let routes = vec![
        String::new(),
        "directory/".to_string(),
        "providers/ys-reading/".to_string(),
        "providers/secom-medical-system/".to_string(),
        "compare/?ids=ys-reading,doctor-net,secom-medical-system".to_string(),
        "finder/?m=ct&prio=quality".to_string(),
        "clock/?at=2026-11-20T19:30".to_string(),
        format!("directory/?q={p}"),
        format!("#/providers/{p}"),
        format!("compare/?ids={p},ys-reading"),
        format!("finder/?type={p}&m={p}"),
        format!("clock/?at={p}&focus={p}"),
        format!("columns/?q={p}&tag={p}"),
        format!("columns/lung-ct/#{p}"),
        format!("#/columns/{p}"),
        format!("#/guide/{p}"),
        format!("#/{p}"),
    ];
    session(Viewport::Desktop, move |b| async move {
        for route in routes {
            b.goto(&format!("{base}{route}")).await;
            b.wait_for_page(&route).await;
            let csp = b.count("meta[http-equiv='Content-Security-Policy']").await;
            assert_eq!(csp, 0, "{route}: this test runs without the CSP, on purpose");
            assert_clean(&b, &route).await;
        }
        b.goto(&format!("{base}providers/ys-reading/")).await;
        b.wait_text("main h1", "ワイズ・リーディング").await;
        assert!(b.text("main").await.contains("<img src=x onerror="), "payloads are shown as text");
    })
    .await;
}
