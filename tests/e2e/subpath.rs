//! Static hosting: the same build under a sub-path of a plain server, with deep links reloaded.

use guide_devtools::server::Config;

use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

#[tokio::test(flavor = "multi_thread")]
async fn deep_links_reload_under_a_sub_path() {
    for mount in ["/intranet/radiology/guide/", "/部署/放射線科/"] {
        deep_links_reload_under(mount).await;
    }
}

async fn deep_links_reload_under(mount: &'static str) {
    let site = Site::with(Config::new(dist_dir()).mount(mount));
    let addresses =
        ["providers/doctor-net/", "directory/?m=mammo", "guide/types/", "compare/?ids=ys-reading,mitt"];
    let urls: Vec<(String, &str)> = addresses.iter().map(|a| (site.url(a), *a)).collect();
    session(Viewport::Phone, move |b| async move {
        for (url, address) in urls {
            b.goto(&url).await;
            b.wait_for_page("the page").await;
            b.client.refresh().await.expect("reload");
            b.wait_for_page("the page after reload").await;
            let h1 = b.text("main h1").await;
            assert_ne!(h1, "ページが見つかりません", "{url}");
            assert_ne!(h1, "データを読み込めませんでした", "{url}");
            assert_eq!(b.address().await, address, "{url}: the address is kept");
        }
    })
    .await;
    let requests = site.server.requests();
    let prefix = guide_model::percent::encode(mount).replace("%2F", "/");
    assert!(
        requests.iter().all(|r| r.starts_with(&prefix)),
        "every request stays under {mount}: {requests:?}"
    );
}
