#!/usr/bin/env bash
# Lighthouse report (mobile and desktop) of the release build served with brotli compression
# on loopback. Prints the four category scores and the load metrics; the full reports go to
# target/lighthouse/. A report, not a test: the scores vary from run to run.
#
# Mobile runs twice. "mobile" is Lighthouse's default: it loads the page unthrottled and simulates
# a slow phone from that trace. On loopback the wasm download starts before the first paint, so the
# simulation makes the first paint wait for it, although the page paints its opening text without
# it. "mobile-applied" really throttles the network and CPU (--throttling-method=devtools) and
# measures what a slow phone would see.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup-test.sh" > /dev/null
if ! "$NODE_TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -q "^$LIGHTHOUSE_VERSION\."; then
  echo "== installing lighthouse@$LIGHTHOUSE_VERSION from npm"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi
cd "$ROOT"
[ -f dist/index.html ] || "$ROOT/scripts/build.sh"
port="${LIGHTHOUSE_PORT:-8131}"
cargo build --quiet --release -p guide-devtools --bin serve
"$ROOT/target/release/serve" --dir dist --port "$port" > /dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
mkdir -p target/lighthouse
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for form in mobile mobile-applied desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  [ "$form" = mobile-applied ] && preset=(--throttling-method=devtools)
  CHROME_PATH=/usr/bin/chromium "$NODE_TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/" "${preset[@]}" \
    --quiet --chrome-flags="$flags" --output=json --output-path="target/lighthouse/$form.json" > /dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map(c => `${c.title} ${Math.round(c.score * 100)}`).join(" / ");
    const metrics = { FCP: "first-contentful-paint", LCP: "largest-contentful-paint", TBT: "total-blocking-time", CLS: "cumulative-layout-shift" };
    const m = Object.entries(metrics).map(([name, id]) => `${name} ${r.audits[id].displayValue}`).join(", ");
    console.log(`${process.argv[2].padEnd(15)} ${s}  (${m})`);
  ' "$ROOT/target/lighthouse/$form.json" "$form"
done
