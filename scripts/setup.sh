#!/usr/bin/env bash
# Installs what building the app needs, when missing or at the wrong version: the wasm target,
# trunk, wasm-bindgen-cli (= Cargo.lock), wasm-opt (binaryen from npm, never Debian's 108), and
# Chromium with playwright-core, which draw each page's content into its file.
# Idempotent: a second run only checks versions.
set -euo pipefail
source "$(dirname "$0")/versions.sh"

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: a version pinned in its lock file is not served by the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! "$NODE_TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION\b"; then
  step "installing wasm-opt (binaryen $BINARYEN_NPM_VERSION from npm)"
  mkdir -p "$NODE_TOOLS"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_NPM_VERSION"
fi

if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
  step "installing chromium (the build draws each page's content with it)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

if [ ! -f "$NODE_TOOLS/node_modules/playwright-core/package.json" ] ||
   ! grep -q "\"version\": \"$PLAYWRIGHT_CORE_VERSION\"" "$NODE_TOOLS/node_modules/playwright-core/package.json"; then
  step "installing playwright-core $PLAYWRIGHT_CORE_VERSION from npm"
  mkdir -p "$NODE_TOOLS"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

if ! grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"$" "$ROOT/Trunk.toml"; then
  echo "Trunk.toml's wasm_bindgen differs from Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION: make them equal." >&2
  exit 1
fi
