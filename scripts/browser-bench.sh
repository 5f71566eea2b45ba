#!/usr/bin/env bash
# Browser benchmark (a report, never a pass/fail test): the directory with 10,000 synthetic
# providers in a real browser; prints the first render and the median / p95 latency of filter,
# search and sort. Engines: arguments (chromium, firefox, webkit), chromium when none.
# BENCH_RUNS sets the measurements per operation (30).
set -euo pipefail
source "$(dirname "$0")/versions.sh"
cd "$ROOT"
"$ROOT/scripts/setup-test.sh" >/dev/null
[ -f dist/index.html ] || "$ROOT/scripts/build.sh"
engines=("$@")
[ "${#engines[@]}" -gt 0 ] || engines=(chromium)
for engine in "${engines[@]}"; do
  E2E_DIST="$ROOT/dist" E2E_ENGINE="$engine" cargo test --locked --quiet --test e2e -- --ignored --nocapture \
    bench::directory_at_10000_providers 2>&1 | grep -E '^(browser benchmark|  )'
done
