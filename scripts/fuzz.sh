#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer via cargo fuzz) of the provider loader and validator.
# A report, not a test: runs for ${FUZZ_SECONDS:-60} s and prints how many inputs ran without a panic.
# Needs the nightly toolchain and cargo-fuzz (installed here when missing).
set -euo pipefail
source "$(dirname "$0")/versions.sh"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo fuzz --version > /dev/null 2>&1 || cargo install --locked cargo-fuzz
cd "$ROOT/fuzz"
# Seeds: the bundled file and an empty list.
mkdir -p corpus/load_providers
cp "$ROOT/public/providers.json" corpus/load_providers/bundled.json
echo '{"schema_version":1,"sources":{},"providers":[]}' > corpus/load_providers/empty.json
seconds="${FUZZ_SECONDS:-60}"
log="$(mktemp)"
cargo +nightly fuzz run load_providers corpus/load_providers -- -max_total_time="$seconds" -max_len=200000 > "$log" 2>&1 ||
  { tail -n 30 "$log"
    if grep -q "failed to build fuzz script" "$log"; then echo "fuzz: the fuzz target does not build"
    else echo "fuzz: a panic was found; the input is saved under fuzz/artifacts/"; fi
    exit 1; }
grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -n 1
runs=$(grep -oE "Done [0-9]+ runs" "$log" | tail -n 1)
echo "fuzz: ${runs:-no summary} in ${seconds} s without a panic"
