#!/usr/bin/env bash
# Installs exactly what Parallax needs to build, serve and test, and nothing that is present.
# Idempotent: a second run only checks versions (seconds). Sources: crates.io, npm, Debian.
set -euo pipefail

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
PLAYWRIGHT_VERSION=1.65.1
TOOLS_DIR=/opt/parallax-tools

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (crates.io; about 10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WBG_VERSION=$(wasm_bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (crates.io; about 5 minutes)"
  # Not --locked: the lock file of 0.2.130 pins a webpki-roots the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WBG_VERSION; update Trunk.toml" >&2
  exit 1
fi

# wasm-opt from npm's binaryen: Debian's binaryen 108 produces a page that fails to start.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  mkdir -p "$TOOLS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "binaryen@$BINARYEN_VERSION"
  ln -sf "$TOOLS_DIR/node_modules/.bin/wasm-opt" /usr/local/bin/wasm-opt
fi

# Browser-test driver and the accessibility checker, pinned in tests/browser/package-lock.json.
AXE_VERSION=$(sed -n 's/.*"axe-core": "\([^"]*\)".*/\1/p' tests/browser/package.json)
if [ ! -f tests/browser/node_modules/playwright-core/package.json ] ||
   ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" tests/browser/node_modules/playwright-core/package.json ||
   [ ! -f tests/browser/node_modules/axe-core/package.json ] ||
   ! grep -q "\"version\": \"$AXE_VERSION\"" tests/browser/node_modules/axe-core/package.json; then
  say "installing playwright-core $PLAYWRIGHT_VERSION and axe-core $AXE_VERSION (npm)"
  (cd tests/browser && npm ci --silent --no-audit --no-fund)
fi

# Every crate the build needs, so later builds run offline.
cargo fetch --quiet
say "ready"
