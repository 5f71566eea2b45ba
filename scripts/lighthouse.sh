#!/usr/bin/env bash
# Lighthouse report (mobile, Lighthouse's default simulated slow phone) of the release build
# served with brotli on loopback, for four pages: home, a provider, an article and the
# directory. Beside each, the same page with its scripts removed (the "static floor": what the
# page file alone shows) is measured in the same run, and the table prints our LCP over the
# floor's. Full reports go to target/lighthouse/. A report, not a test: scores vary run to run.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup-test.sh" > /dev/null
if ! "$NODE_TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -q "^$LIGHTHOUSE_VERSION\."; then
  echo "== installing lighthouse@$LIGHTHOUSE_VERSION from npm"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi
cd "$ROOT"
[ -f dist/index.html ] || "$ROOT/scripts/build.sh"
# LIGHTHOUSE_PAGES (space-separated, "/" for home) measures other pages than these four.
pages=("" "providers/ys-reading/" "columns/lung-ct/" "directory/")
if [ -n "${LIGHTHOUSE_PAGES:-}" ]; then
  read -ra pages <<< "$LIGHTHOUSE_PAGES"
  pages=("${pages[@]/#\//}")
fi

# The static floor: a copy of dist/ whose page files have no script but their structured data.
floor="$ROOT/target/lighthouse/floor"
rm -rf "$floor" && mkdir -p "$floor" && cp -a dist/. "$floor/"
for page in "${pages[@]}"; do
  node -e '
    const fs = require("fs");
    const file = process.argv[1];
    const html = fs.readFileSync(file, "utf8")
      .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, "");
    fs.writeFileSync(file, html);
    // Compressed again, as the page itself is: the floor differs only in its scripts.
    const zlib = require("zlib");
    fs.writeFileSync(file + ".br", zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(file + ".gz", zlib.gzipSync(html, { level: 9 }));
  ' "$floor/${page}index.html"
done

cargo build --quiet --release -p guide-devtools --bin serve
port="${LIGHTHOUSE_PORT:-8131}"
"$ROOT/target/release/serve" --dir dist --port "$port" > /dev/null &
app=$!
"$ROOT/target/release/serve" --dir "$floor" --port "$((port + 1))" > /dev/null &
static=$!
trap 'kill $app $static 2>/dev/null' EXIT
sleep 1

flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
run() { # port page name
  CHROME_PATH=/usr/bin/chromium "$NODE_TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$1/$2" \
    --quiet --chrome-flags="$flags" --output=json --output-path="target/lighthouse/$3.json" > /dev/null
}
# Lighthouse's simulated LCP varies by up to a second from one run to the next on the same files, so
# each page and its floor are measured RUNS times, alternately, and the table shows the runs' medians
# (the LCP column lists every run too).
runs="${LIGHTHOUSE_RUNS:-3}"
printf '%-24s %5s %5s %5s %5s %8s %8s %6s %6s %7s  %s\n' page perf a11y best seo LCP floor ratio CLS TBT "LCP of each run"
for page in "${pages[@]}"; do
  name="${page//\//_}"
  name="${name:-home}"
  for i in $(seq "$runs"); do
    run "$port" "$page" "$name-$i"
    run "$((port + 1))" "$page" "$name-floor-$i"
  done
  node -e '
    const [dir, name, page, runs] = process.argv.slice(1);
    const load = (suffix) => Array.from({ length: Number(runs) }, (_, i) => require(`${dir}/${name}${suffix}-${i + 1}.json`));
    const apps = load(""), floors = load("-floor");
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const score = (id) => Math.round(median(apps.map((r) => r.categories[id].score)) * 100);
    const lcps = (xs) => xs.map((x) => x.audits["largest-contentful-paint"].numericValue / 1000);
    const [lcp, floor] = [median(lcps(apps)), median(lcps(floors))];
    const metric = (id) => median(apps.map((r) => r.audits[id].numericValue));
    // Total blocking time: what the performance score loses when LCP and CLS are at their best.
    const [cls, tbt] = [metric("cumulative-layout-shift"), metric("total-blocking-time")];
    console.log([page.padEnd(24), ...["performance", "accessibility", "best-practices", "seo"].map((c) => String(score(c)).padStart(5)),
      `${lcp.toFixed(2)} s`.padStart(8), `${floor.toFixed(2)} s`.padStart(8), (lcp / floor).toFixed(2).padStart(6),
      cls.toFixed(3).padStart(6), `${Math.round(tbt)} ms`.padStart(7), " " + lcps(apps).map((x) => x.toFixed(2)).join(" / ")].join(" "));
  ' "$ROOT/target/lighthouse" "$name" "${page:-/}" "$runs"
done
