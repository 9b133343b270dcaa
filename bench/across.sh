#!/usr/bin/env bash
# The across-regions benchmark (issue 22): `baogao run` over the 142 cities' 2024
# reports as they are (DOCX), and over them laid out SCALE times under distinct
# division names (bench/across_layout.py), with the cost of the across stage (the
# cascade, and the reuse stage's index, LSH and verification) from run.json, the
# whole run's wall and CPU time and peak RSS (bench/measure.py). Prints Markdown.
#
#   bash bench/across.sh                     # 1x (DOCX), then 1 5 10 20 laid out
#   SCALES="1 20" RUNS=3 bash bench/across.sh
#
# Settings: SCALES, RUNS, BAOGAO_BIN (default $CARGO_TARGET_DIR/release/baogao, built
# with `cargo build --release --all-targets` beforehand), BAOGAO_CORPUS_WIDE
# (../shared/corpus-wide), BAOGAO_ARGS (e.g. "-j 1").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SCALES=${SCALES:-"1 5 10 20"}
RUNS=${RUNS:-1}
WIDE=${BAOGAO_CORPUS_WIDE:-$here/../../shared/corpus-wide}
BIN=${BAOGAO_BIN:-${CARGO_TARGET_DIR:-$here/../target}/release/baogao}
ARGS=${BAOGAO_ARGS:-}
[ -x "$BIN" ] || { echo "across.sh: no binary at $BIN (cargo build --release --all-targets)" >&2; exit 1; }
[ -d "$WIDE/2024" ] || { echo "across.sh: no $WIDE/2024" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one measured run: input, label; prints a table row
measure() {
  local input=$1 label=$2 reports=$3 r
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$work/out"
    # exit 2 (some inputs unreadable) is expected of the DOCX folder as it is
    python3 "$here/measure.py" --json "$work/m.json" -- "$BIN" run "$input" -o "$work/out" -q $ARGS || [ $? -eq 2 ]
    python3 - "$work/m.json" "$work/out" "$label" "$reports" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
run = json.load(open(sys.argv[2] + "/run.json"))
t = run["timings_secs"]
c = run.get("counts", run.get("rows", {}))
n = int(sys.argv[4])
across = t.get("across", 0.0)
print(f"| {sys.argv[3]} | {n} | {m['wall_s']:.2f} | {m['cpu_s']:.2f} | {m['maxrss_kib']/1024:.0f} | {across:.3f} | {across/n*1000:.2f} | {c.get('reuse', '?')} | {c.get('targets_cascade', '?')} |")
PY
  done
}

echo "## baogao across regions: $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$here/.." rev-parse --short HEAD)"
echo
echo "| input | reports | wall s | CPU s | peak RSS MB | across stage s | across ms/report | reuse rows | cascade rows |"
echo "|---|---|---|---|---|---|---|---|---|"
measure "$WIDE/2024" "142 cities (DOCX as they are)" "$(ls "$WIDE/2024" | grep -c '\.docx$')"
for s in $SCALES; do
  python3 "$here/across_layout.py" "$WIDE/2024" "$work/x$s" "$s" > "$work/layout.txt"
  n=$(sed 's/reports=\([0-9]*\).*/\1/' "$work/layout.txt")
  measure "$work/x$s" "×$s laid out" "$n"
  rm -rf "$work/x$s"
done
