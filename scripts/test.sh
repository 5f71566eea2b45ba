#!/usr/bin/env bash
# Runs every check and test, installing what they need when missing: formatting, lints for the
# native and wasm targets, that the fuzz target still builds, the data validator on the bundled
# file, the release build (once), native unit tests, the end-to-end tests against that build in
# Chromium, Firefox ESR and WebKit, and the bundle report.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup-test.sh"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "lint (native)"
cargo clippy --locked --workspace --all-targets -- -D warnings

step "lint (wasm)"
cargo clippy --locked -p teleradiology-guide --target wasm32-unknown-unknown --all-targets -- -D warnings

step "fuzz target builds (running it is scripts/fuzz.sh, on nightly)"
cargo fmt --manifest-path fuzz/Cargo.toml --check
cargo check --locked --quiet --manifest-path fuzz/Cargo.toml --target-dir "$ROOT/target"

step "validate the bundled data"
cargo run --locked --quiet -p guide-model --bin validate-providers -- public/providers.json

step "release build"
"$ROOT/scripts/build.sh"

step "tests (native unit tests, then end-to-end in Chromium)"
E2E_DIST="$ROOT/dist" E2E_ENGINE=chromium cargo test --locked --workspace -- --test-threads=2

for engine in firefox webkit; do
  step "end-to-end tests in $engine"
  E2E_DIST="$ROOT/dist" E2E_ENGINE="$engine" cargo test --locked --test e2e -- --test-threads=2
done

step "bundle report"
node "$ROOT/scripts/bundle-report.mjs" "$ROOT/dist"
