#!/usr/bin/env bash
# Runs every check Parallax has, in the order a failure is cheapest to find:
# format, lints, native tests (engine, CLI, scoring on the example set), release WebAssembly
# build, then the browser tests against that build served locally.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true TRUNK_OFFLINE=true

# Each step says how long it took, and the end says how long everything took.
current=""
last=$SECONDS
took() { [ -n "$current" ] && printf '(%s: %s s)\n' "$current" "$((SECONDS - last))"; last=$SECONDS; }
step() {
  took
  current=$*
  printf '\n== %s\n' "$*"
}
finish() {
  status=$?
  took || true
  if [ "$status" = 0 ]; then
    printf '\nall checks passed in %s s (set-up included)\n' "$SECONDS"
  else
    printf '\nFAILED in step "%s" after %s s\n' "$current" "$SECONDS"
  fi
}
trap finish EXIT

step "cargo fmt --all --check"
cargo fmt --all --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --offline --workspace --all-targets --quiet -- -D warnings
step "cargo clippy (wasm32)"
cargo clippy --offline --workspace --target wasm32-unknown-unknown --quiet -- -D warnings

step "structure: no import cycles, no engine file over 800 lines"
python3 scripts/check-structure.py

step "the engine depends on no web crate"
web=$(cargo tree --offline -p parallax-engine -e normal --target wasm32-unknown-unknown --prefix none |
  grep -E '^(leptos|web-sys|js-sys|wasm-bindgen)' || true)
if [ -n "$web" ]; then
  printf 'parallax-engine depends on web crates:\n%s\n' "$web" >&2
  exit 1
fi

step "native tests"
# The saved web pages the extraction is scored on are third-party test data, kept out of the
# repository in the shared/ folder beside the checkout (or the checkout a clone came from).
if [ -z "${PARALLAX_PAGES_DIR:-}" ]; then
  origin=$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)
  for candidate in "$root/../shared/pages" "${origin:+$origin/../shared/pages}"; do
    if [ -n "$candidate" ] && [ -d "$candidate" ]; then
      PARALLAX_PAGES_DIR=$(cd "$candidate" && pwd)
      export PARALLAX_PAGES_DIR
      break
    fi
  done
fi
if [ -n "${PARALLAX_PAGES_DIR:-}" ]; then
  echo "saved web pages: $PARALLAX_PAGES_DIR"
else
  echo "NOTE: no saved web pages (../shared/pages): the page-extraction tests check nothing" >&2
fi
cargo test --offline --workspace --quiet

step "release WebAssembly build"
trunk build --release --offline
# Size gates (issue 21; README, "Size"): the .wasm, and everything the page loads (every file
# under dist/ but the one-file copy parallax.html, which is a download, not part of the page),
# each gzipped at level 9 as a server would send it.
WASM_GZ_MAX=1040000
PAGE_GZ_MAX=1070000
gz() { gzip -9 -c "$1" | wc -c; }
wasm=$(ls dist/*.wasm)
wasm_gz=$(gz "$wasm")
page_gz=0
while IFS= read -r f; do
  page_gz=$((page_gz + $(gz "$f")))
done < <(find dist -type f ! -name parallax.html)
printf 'wasm: %s bytes, %s bytes gzipped (at most %s)\n' "$(wc -c <"$wasm")" "$wasm_gz" "$WASM_GZ_MAX"
printf 'page: %s bytes gzipped, all files (at most %s)\n' "$page_gz" "$PAGE_GZ_MAX"
if [ "$wasm_gz" -gt "$WASM_GZ_MAX" ]; then
  echo "the gzipped .wasm is over $WASM_GZ_MAX bytes" >&2
  exit 1
fi
if [ "$page_gz" -gt "$PAGE_GZ_MAX" ]; then
  echo "the page's files are over $PAGE_GZ_MAX bytes gzipped" >&2
  exit 1
fi

step "browser tests (headless Chromium)"
(cd tests/browser && npm test)
