#!/usr/bin/env bash
# Builds the release bundle and serves it on http://127.0.0.1:${PORT:-8080}/ with the bundled
# public/providers.json as its data. Ctrl+C stops it.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/build.sh"
cd "$ROOT"
exec cargo run --quiet --release -p guide-devtools --bin serve -- --dir dist --port "${PORT:-8080}"
