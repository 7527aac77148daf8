#!/usr/bin/env bash
# Start-up cost of the command line, as whole processes, against the cost of
# loading the GUI module in the same run (the ratio shows what the split saves).
#   tests/bench/bench_startup.sh [build-dir]
set -euo pipefail
build=${1:-build}
bin="$build/bin/clausewatch"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" --archive "$tmp/a.cwa" demo >/dev/null
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$tmp"
hyperfine -N --warmup 5 --runs 40 --export-json "$tmp/r.json" \
  "$bin --version" \
  "$bin --archive $tmp/a.cwa list platforms" \
  "$bin --archive $tmp/a.cwa verify" \
  "$bin --archive $tmp/a.cwa --help-all" >/dev/null 2>&1 || true
python3 - "$tmp/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]["mean"]
labels = ["--version", "list platforms (demo archive)", "verify (demo archive)",
          "window module loaded (--help-all through the GUI module)"]
for label, x in zip(labels, r):
    print(f'{label:58s} {x["mean"]*1000:7.1f} ms  ({x["mean"]/base:4.2f}x --version)')
PY
