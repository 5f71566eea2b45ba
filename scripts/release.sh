#!/usr/bin/env bash
# Builds the release bundle and packs dist/ into an archive with SHA-256 checksums, ready to copy
# onto an intranet server: target/release/teleradiology-guide-<version>.tar.gz and SHA256SUMS.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/build.sh"
cd "$ROOT"
version="$(git describe --tags --always --dirty 2>/dev/null || date +%Y%m%d)"
name="teleradiology-guide-$version"
out="$ROOT/target/release"
mkdir -p "$out"
(cd dist && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
tar -czf "$out/$name.tar.gz" --transform "s,^\.,$name," -C dist .
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "archive:   $out/$name.tar.gz"
echo "checksums: $out/$name.tar.gz.sha256 (archive), SHA256SUMS inside (every file; check with: sha256sum -c SHA256SUMS)"
