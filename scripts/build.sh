#!/usr/bin/env bash
# Builds the release bundle into dist/ (installing build tools first when missing).
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
# Trunk runs offline, so cargo must have every crate already.
cargo fetch --quiet
start=$(date +%s)
trunk build --release
echo "release bundle built in dist/ ($(( $(date +%s) - start )) s)"
