#!/usr/bin/env bash
# Whole-process comparison: `clausewatch diff --files OLD NEW --json` against
# `git diff --no-index --word-diff=porcelain OLD NEW` on the generated pairs
# (20 KB, 150 KB, 700 KB with a few percent changed and one section moved;
# 2 MB with 30% changed), plus the diff view's first screen for 700 KB.
#   tests/bench/bench_diff_cli.sh [build-dir]
# The pairs are canonical text; they are compared as .txt (read as they are)
# and, for the record, as .md (through the Markdown extractor).
set -euo pipefail
build=${1:-build}
cw="$build/bin/clausewatch"
gen="$build/tests/bench/bench_diff"
view="$build/tests/bench/bench_diffview"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" --write "$tmp" > "$tmp/pairs.txt"
printf "%-34s %8s %9s %9s %7s %s\n" "pair" "KB" "git ms" "ours ms" "ratio" "(ours / git, whole processes, median of hyperfine runs)"
while IFS= read -r line; do
  name=${line%%:*}
  set -- ${line#*: }
  old=$1 new=$2
  for ext in txt md; do
    o="$tmp/o.$ext" n="$tmp/n.$ext"
    cp "$old" "$o"; cp "$new" "$n"
    [ "$ext" = md ] && [[ "$name" != *"700 KB"* ]] && continue
    hyperfine -N -i --warmup 3 --min-runs 15 --export-json "$tmp/r.json" \
      "git diff --no-index --word-diff=porcelain $o $n" \
      "$cw diff --files $o $n --json" >/dev/null 2>&1
    python3 - "$tmp/r.json" "$name ($ext)" "$(( ($(stat -c %s "$o") + $(stat -c %s "$n")) / 1024 ))" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
git, ours = r[0]["median"] * 1000, r[1]["median"] * 1000
print(f"{sys.argv[2]:34s} {sys.argv[3]:>8s} {git:9.1f} {ours:9.1f} {ours / git:7.2f}")
PY
  done
  if [[ "$name" == *"700 KB"* ]] && [ -x "$view" ]; then
    cp "$old" "$tmp/view_old.txt"; cp "$new" "$tmp/view_new.txt"
    view_line=$(QT_QPA_PLATFORM=offscreen "$view" "$tmp/view_old.txt" "$tmp/view_new.txt" --reps 5 2>/dev/null || true)
  fi
done < <(grep "^generated" "$tmp/pairs.txt")
echo
echo "diff view, 700 KB pair: ${view_line:-bench_diffview not built}"
