#!/usr/bin/env bash
# Prints the accuracy of the current engine on the example set and every event in tests/data/
# that has a gold.json, as a Markdown table (the README's "Accuracy" section): extraction,
# grouping and speaker scores from tests/score.py, claims from tests/score_claims.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --bin parallax
bin=${CARGO_TARGET_DIR:-target}/debug/parallax
report=$(mktemp)
trap 'rm -f "$report"' EXIT
echo "| event | sources | extraction P / R | grouping F1 | speaker | claims F1 | false-unique |"
echo "|---|---|---|---|---|---|---|"
for dir in examples/*/ tests/data/*/; do
  [ -f "$dir/gold.json" ] || continue
  "$bin" compare --format json "$dir"*.txt >"$report"
  line=$(python3 tests/score.py "$dir" "$report" | tail -1)
  get() { sed -n "s/.*$1=\([0-9.n/a]*\).*/\1/p" <<<"$2" | head -1; }
  ex=${line#*extraction }; ex=${ex%%;*}
  p=$(get P "$ex"); r=$(get R "$ex")
  gr=${line#*grouping }; f1=$(get F1 "$gr"); sp=$(get A "$line")
  claims="–"; fu="–"
  if [ -f "$dir/claims.json" ]; then
    c=$(python3 tests/score_claims.py "$dir" "$report" | grep "claims P" | tail -1)
    claims=$(get F1 "$c"); fu=$(get false-unique "$c")
  fi
  n=$(ls "$dir"*.txt | wc -l)
  echo "| $(basename "$dir") | $n | $p / $r | $f1 | $sp | $claims | $fu |"
done
