#!/usr/bin/env bash
# Sets up what is missing, then serves the app at http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true TRUNK_OFFLINE=true
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
