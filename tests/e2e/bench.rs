//! Browser benchmark (a report, not a test: `#[ignore]`, run by `scripts/browser-bench.sh`):
//! the directory with 10,000 synthetic providers, in the engine `E2E_ENGINE` names. Prints the
//! initial render time and the median and 95th percentile of filter, search and sort latency,
//! each measured in the page from the input event to the DOM holding the new result (its count
//! and first cards), and to the whole first page of cards drawn.

use std::time::Duration;

use fantoccini::wd::TimeoutConfiguration;
use guide_devtools::server::{Config, Reply};
use serde_json::Value;

use crate::harness::session::session;
use crate::harness::site::dist_dir;
use crate::harness::{Site, Viewport};

/// How many providers the benchmark file holds.
const PROVIDERS: usize = 10_000;
/// Measurements per operation (`BENCH_RUNS` to change).
fn runs() -> usize {
    std::env::var("BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(30)
}

/// A same-origin page that opens the guide in a frame and times it from outside: creating the
/// frame starts the clock for the first render; each operation is timed from just before its
/// input event until the first task after it in which the result differs (the app updates the
/// DOM in microtasks of the event's task, so that is when the page shows the new result).
const BENCH_PAGE: &str = r#"<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0"><iframe id="guide" title="guide" style="width:1280px;height:800px;border:0"></iframe>
<script>
const frame = document.getElementById('guide');
const doc = () => frame.contentDocument;
const nextTask = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
const pause = ms => new Promise(r => setTimeout(r, ms));
const snapshot = () => { const d = doc(); return d.querySelector('.result-count').textContent + '|' +
  [...d.querySelectorAll('.provider-card h2')].slice(0, 20).map(h => h.textContent).join(','); };
async function timed(act) {
  const before = snapshot(); const t0 = performance.now(); act(doc());
  let shown = NaN;
  for (let i = 0; i < 100000; i++) { await nextTask(); if (snapshot() !== before) { shown = performance.now() - t0; break; } }
  // The rest of the first page follows a frame later; the list is busy until then.
  // Polled with a short timer rather than task by task, so that the wait leaves the browser idle.
  for (let i = 0; i < 10000 && doc().querySelector('[aria-busy="true"]'); i++) await pause(1);
  return [shown, performance.now() - t0];
}
const stats = xs => { const s = [...xs].sort((a, b) => a - b); const at = q => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1], runs: s.length }; };
window.bench = async function (runs) {
  const t0 = performance.now(); frame.src = './directory/';
  // The page file already shows the bundled list; the app's own drawing of the data is timed.
  const count = () => { const d = doc(); const c = d && d.documentElement && d.documentElement.hasAttribute('data-app') && d.querySelector('.result-count'); return c ? c.textContent : ''; };
  while (!/件が該当します/.test(count())) await pause(2);
  const firstRender = performance.now() - t0;
  const results = { firstRender, shown: doc().querySelector('.result-count').textContent };
  const input = (sel, value) => d => { const e = d.querySelector(sel); e.value = value; e.dispatchEvent(new Event(sel.includes('search') ? 'input' : 'change', { bubbles: true })); };
  const ops = {
    filter: i => d => d.querySelector(i % 2 ? '#f-m-pet' : '#f-urgent-60').click(),
    search: i => input('#directory-search', ['ドクター', '', 'セコム', ''][i % 4]),
    sort: i => input('#directory-sort', ['urgent', 'name'][i % 2]),
  };
  for (const [name, op] of Object.entries(ops)) {
    // Each operation starts from the whole list: the header's link to it.
    doc().querySelector('.site-header a[href="directory/"]').click();
    while (!count().startsWith(results.shown.split('(')[0])) await pause(10);
    const times = [];
    for (let i = 0; i < runs; i++) { times.push(await timed(op(i))); await pause(30); }
    results[name] = stats(times.map(t => t[0]));
    results[name + 'Page'] = stats(times.map(t => t[1]));
  }
  return results;
};
</script></body></html>"#;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark report: scripts/browser-bench.sh"]
async fn directory_at_10000_providers() {
    let base = std::fs::read_to_string(dist_dir().join("providers.json")).expect("providers.json");
    let big = guide_model::synthetic::scaled(&base, PROVIDERS).expect("synthetic providers");
    let megabytes = big.len() as f64 / 1e6;
    let page = Reply::html(BENCH_PAGE);
    let site = Site::with(
        Config::new(dist_dir()).reply("providers.json", Reply::json(big)).reply("bench.html", page),
    );
    let url = site.url("bench.html");
    session(Viewport::Desktop, move |b| async move {
        b.navigate(&url).await;
        let timeouts = TimeoutConfiguration::new(Some(Duration::from_secs(200)), None, None);
        b.client.update_timeouts(timeouts).await.expect("script timeout");
        let script = "const done = arguments[arguments.length - 1]; window.bench(arguments[0]).then(done, e => done({ error: String(e) }));";
        let results = b.client.execute_async(script, vec![Value::from(runs())]).await.expect("run the benchmark");
        assert!(results.get("error").is_none(), "{results}");
        println!("\nbrowser benchmark: {PROVIDERS} providers ({megabytes:.1} MB of JSON), {:?}, desktop 1280×800", b.engine);
        println!("  first render (frame created → the app's directory with its result count): {:.0} ms ({})", results["firstRender"].as_f64().unwrap_or(f64::NAN), results["shown"].as_str().unwrap_or_default());
        for op in ["filter", "search", "sort"] {
            let s = &results[op];
            let ms = |k: &str| s[k].as_f64().unwrap_or(f64::NAN);
            println!("  {op:6}: median {:6.1} ms, p95 {:6.1} ms (min {:.1}, max {:.1}, {} runs); target: median ≤ 16 ms", ms("median"), ms("p95"), ms("min"), ms("max"), s["runs"]);
            let page = &results[format!("{op}Page")];
            let ms = |k: &str| page[k].as_f64().unwrap_or(f64::NAN);
            println!("          whole first page drawn: median {:6.1} ms, p95 {:6.1} ms", ms("median"), ms("p95"));
        }
    })
    .await;
}
