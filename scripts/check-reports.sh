#!/usr/bin/env bash
# Checks that a change keeps every report byte for byte: writes the JSON, Markdown and CSV reports
# of the example set, each real-coverage event in tests/data/ and a generated 50-article set, and
# compares them with a saved baseline.
#
#   scripts/check-reports.sh save [DIR]    write the reports of the current tree into DIR
#   scripts/check-reports.sh check [DIR]   write them again and compare with DIR (exit 1 on a difference)
#
# DIR defaults to target/report-baseline. Typical use: `save` on the commit before a refactor,
# `check` after it. PROFILE=dev uses a debug build (quicker to build; the reports are the same).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

mode=${1:-}
base=${2:-target/report-baseline}
case "$mode" in
  save) out=$base ;;
  check) out=$(mktemp -d) ;;
  *) echo "usage: $0 save|check [DIR]" >&2; exit 2 ;;
esac

profile=${PROFILE:-release}
cargo build --profile "$profile" --quiet --bin parallax
target_dir=${CARGO_TARGET_DIR:-target}
bin=$target_dir/$([ "$profile" = dev ] && echo debug || echo "$profile")/parallax
rm -rf "$out"
mkdir -p "$out"

# A fixed path: the report names each source by the path it was given.
generated=target/generated-50
rm -rf "$generated"
"$bin" corpus "$generated" --articles 50

sets=(examples/* tests/data/*/ "$generated")
for dir in "${sets[@]}"; do
  [ -d "$dir" ] || continue
  files=$(find "$dir" -maxdepth 1 -name '*.txt' | sort)
  [ -n "$files" ] || continue
  name=$(basename "$dir")
  [ "$dir" = "$generated" ] && name=generated-50
  for format in json markdown csv; do
    # shellcheck disable=SC2086
    "$bin" compare --format "$format" $files >"$out/$name.$format"
  done
done

if [ "$mode" = save ]; then
  echo "saved $(ls "$out" | wc -l) reports in $out"
else
  if diff -r "$base" "$out" >/dev/null; then
    echo "reports byte-identical to $base ($(ls "$out" | wc -l) files)"
    rm -rf "$out"
  else
    diff -rq "$base" "$out" >&2 || true
    echo "reports differ from $base (new ones in $out)" >&2
    exit 1
  fi
fi
