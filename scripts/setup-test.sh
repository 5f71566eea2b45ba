#!/usr/bin/env bash
# Installs what the tests need, when missing: the build tools (setup.sh); the three browser
# engines and their WebDriver servers (Chromium + ChromeDriver, Firefox ESR + geckodriver, and
# WebKitGTK's MiniBrowser + WebKitWebDriver with Xvfb, since MiniBrowser has no headless mode);
# Japanese fonts; and axe-core from npm.
# Idempotent: a second run only checks.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
"$ROOT/scripts/setup.sh"

missing=()
for pkg in chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  printf '\n== installing %s\n' "${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! geckodriver --version 2>/dev/null | head -1 | grep -q "^geckodriver $GECKODRIVER_VERSION\b"; then
  printf '\n== installing geckodriver %s (takes a few minutes once)\n' "$GECKODRIVER_VERSION"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

if [ ! -f "$NODE_TOOLS/node_modules/axe-core/package.json" ] ||
   ! grep -q "\"version\": \"$AXE_CORE_VERSION\"" "$NODE_TOOLS/node_modules/axe-core/package.json"; then
  printf '\n== installing axe-core %s from npm\n' "$AXE_CORE_VERSION"
  mkdir -p "$NODE_TOOLS"
  npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --loglevel=error "axe-core@$AXE_CORE_VERSION"
fi
