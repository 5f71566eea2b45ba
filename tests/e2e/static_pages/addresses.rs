//! The pages' own addresses in the browser: a page file opened directly under a sub-path, reloaded,
//! left by a link and reached again by back and forward; old fragment links that land on their
//! page and leave its path in the address bar; and hostile data, drawn by the app, captured as
//! text the way the build captures each page's content into its file.

use guide_devtools::server::{Config, Reply};
use serde_json::{json, Value};

use crate::harness::browser::Browser;
use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

/// Waits for the app's page at `address` (relative to the site's root `root`) with the heading
/// `h1`, and checks that the address bar holds exactly that address.
async fn shows(b: &Browser, root: &str, address: &str, h1: &str) {
    let heading = format!("document.querySelector('main h1').textContent === {}", json!(h1));
    b.wait_for_page(&format!("{address} to show")).await;
    b.wait_for(&format!("{address}: the heading {h1:?}"), &heading).await;
    b.wait_for_address(address).await;
    let href = b.js("return location.href;").await;
    let expected = url::Url::parse(&format!("{root}{address}")).expect("a URL");
    assert_eq!(href, expected.as_str(), "the whole address of {address}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_file_opens_reloads_and_goes_back_and_forth_under_a_sub_path() {
    for mount in ["/a/", "/x/y/"] {
        let site = Site::with(Config::new(dist_dir()).mount(mount));
        let root = site.url("");
        session(Viewport::Desktop, move |b| async move {
            let (provider, directory) = ("providers/ys-reading/", "directory/");
            b.goto(&format!("{root}{provider}")).await;
            shows(&b, &root, provider, "ワイズ・リーディング").await;
            b.client.refresh().await.expect("reload");
            shows(&b, &root, provider, "ワイズ・リーディング").await;
            b.click(".back a").await;
            shows(&b, &root, directory, "遠隔画像診断サービス一覧").await;
            b.client.back().await.expect("back");
            shows(&b, &root, provider, "ワイズ・リーディング").await;
            b.client.forward().await.expect("forward");
            shows(&b, &root, directory, "遠隔画像診断サービス一覧").await;
        })
        .await;
        let requests = site.server.requests();
        assert!(
            requests.iter().all(|r| r.starts_with(mount)),
            "every request stays under {mount}: {requests:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn old_fragment_links_land_on_their_page_and_leave_its_path_in_the_address() {
    let site = Site::start();
    let root = site.url("");
    let lung_ct = super::articles().remove("lung-ct").expect("the lung CT article").title;
    let cases = [
        ("#/providers/ys-reading", "providers/ys-reading/", "ワイズ・リーディング".to_string()),
        ("index.html#/directory?m=pet", "directory/?m=pet", "遠隔画像診断サービス一覧".to_string()),
        ("#/columns/lung-ct/s2", "columns/lung-ct/#s2", lung_ct),
    ];
    session(Viewport::Desktop, move |b| async move {
        for (old, path, h1) in cases {
            b.goto(&format!("{root}{old}")).await;
            shows(&b, &root, path, &h1).await;
            // The path is a file of its own: a reload opens the same page.
            b.client.refresh().await.expect("reload");
            shows(&b, &root, path, &h1).await;
            if path.starts_with("directory/") {
                let pet = b.js("return document.querySelector('#f-m-pet').checked;").await;
                assert_eq!(pet, true, "{old}: the filter of the old link is kept");
            }
        }
    })
    .await;
}

/// Reads `html` as a browser reads a file (in a document that runs nothing) and returns the
/// elements data could have smuggled in, and the text.
const READ_BACK: &str = "const doc = new DOMParser().parseFromString('<!DOCTYPE html><body>' + arguments[0], 'text/html');
    const smuggled = [...doc.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload], a[href^=\"javascript:\" i]')];
    return [smuggled.map(e => e.outerHTML.slice(0, 80)), doc.body.textContent];";

#[tokio::test(flavor = "multi_thread")]
async fn hostile_data_drawn_into_a_page_is_captured_as_text() {
    let bundled = std::fs::read_to_string(dist_dir().join("providers.json")).expect("providers.json");
    let mut data: Value = serde_json::from_str(&bundled).expect("JSON");
    let providers = data["providers"].as_array_mut().expect("providers");
    let mut n = 0;
    providers.iter_mut().for_each(|p| crate::xss::poison(p, None, &mut n));
    let script = "<script>window.__xss=2</script>";
    let first = &mut providers[0];
    first["name"] = json!(format!("{script}{}", first["name"].as_str().unwrap_or_default()));
    let (id, name) = (first["id"].as_str().unwrap_or_default().to_string(), first["name"].clone());
    let site = Site::replying("providers.json", Reply::json(data.to_string()));
    let url = site.url(&format!("providers/{id}/"));
    session(Viewport::Desktop, move |b| async move {
        b.goto(&url).await;
        b.wait_text("main h1", script).await;
        // What scripts/prerender.mjs writes into a page's file.
        let captured = b.js("return document.getElementById('app').innerHTML;").await;
        let captured = captured.as_str().unwrap_or_default().to_string();
        assert!(captured.contains("&lt;script&gt;window.__xss=2&lt;/script&gt;"), "the name is escaped text");
        let read = b.client.execute(READ_BACK, vec![json!(captured)]).await.expect("read back");
        assert_eq!(read[0], json!([]), "elements from data in the captured content");
        let text = read[1].as_str().unwrap_or_default();
        assert!(text.contains(name.as_str().unwrap_or_default()), "the hostile name is kept as text");
        for payload in crate::xss::PAYLOADS {
            assert!(text.contains(payload), "{payload:?} is kept as text");
        }
        assert_eq!(b.js("return window.__xss === undefined;").await, true, "no payload ran");
    })
    .await;
}
