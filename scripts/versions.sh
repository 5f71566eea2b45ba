# Pinned tool versions. Sourced by the other scripts; change versions here (and only here, except
# that wasm-bindgen follows Cargo.lock and wasm-opt follows Trunk.toml, which these lines read).
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
# wasm-opt comes from the npm package binaryen; Trunk.toml says which (e.g. version_132 → 132.0.0).
WASM_OPT_VERSION="$(sed -n 's/^wasm_opt = "version_\([0-9]*\)"/\1/p' "$ROOT/Trunk.toml")"
BINARYEN_NPM_VERSION="${WASM_OPT_VERSION}.0.0"
# Drives Chromium to draw each page's content into its file at build time (scripts/prerender.mjs).
PLAYWRIGHT_CORE_VERSION="1.49.1"
# Test tools from npm.
AXE_CORE_VERSION="4.11.0"
LIGHTHOUSE_VERSION="12"
# Firefox's WebDriver server, from crates.io (Firefox ESR itself comes from Debian).
GECKODRIVER_VERSION="0.37.1"

# Tools are installed once per machine, outside the repository.
TOOLS_DIR="${GUIDE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/teleradiology-guide}"
NODE_TOOLS="$TOOLS_DIR/node"

export PATH="$NODE_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
