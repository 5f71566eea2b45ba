#!/usr/bin/env bash
# Builds the release bundle into dist/ (installing build tools first when missing): the app, a
# file per public page with its content drawn in (scripts/prerender.mjs), and .br and .gz copies
# of every compressible file.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
# Trunk runs offline, so cargo must have every crate already.
cargo fetch --quiet
start=$(date +%s)
trunk build --release
# Each page's own content into its file, drawn by the app itself in Chromium.
NODE_TOOLS="$NODE_TOOLS" node "$ROOT/scripts/prerender.mjs" "$ROOT/dist"
# Precompressed copies for servers that can serve them (docs/deployment.md).
node "$ROOT/scripts/precompress.mjs" "$ROOT/dist"
echo "release bundle built in dist/ ($(( $(date +%s) - start )) s)"
