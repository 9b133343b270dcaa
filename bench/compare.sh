#!/usr/bin/env bash
# Side-by-side benchmark: baogao (the `dist` profile's build) against the Python peer pipeline
# (../shared/bench/peer/peer.py) on the corpus at 1x, 10x and 100x.
#
#   bash bench/compare.sh                # full run, Markdown report on stdout
#   bash bench/compare.sh > bench.md     # progress goes to stderr
#   SCALES=1 PEER_SCALES=1 RUNS=1 BAOGAO_SKIP_BUILD=1 bash bench/compare.sh   # quick check
#
# Environment (defaults in brackets):
#   SCALES             corpus multiples to run                     ["1 10 100"]
#   PEER_SCALES        multiples at which the peer also runs;      ["1 10"]
#                      set it empty (PEER_SCALES=) for baogao only
#                      (the peer takes ~85 s at 10x, ~15 min at 100x)
#   RUNS               repetitions per tool and scale; the order of
#                      the two tools swaps every repetition        [3]
#   BAOGAO_CORPUS      <region>/<year>.txt corpus                  [../shared/corpus]
#   PEER_DIR           folder with peer.py and requirements.txt    [../shared/bench/peer]
#   PEER_VENV          venv for the peer, created if missing       [~/.cache/baogao-peer-venv]
#   CARGO_TARGET_DIR   cargo target dir                            [~/.cache/baogao-target]
#   BAOGAO_PROFILE     cargo profile to build and time       [dist]
#                      (release + thin LTO, see Cargo.toml; `release` for the plain build)
#   BAOGAO_BIN         binary to time                [$CARGO_TARGET_DIR/$BAOGAO_PROFILE/baogao]
#   BAOGAO_SKIP_BUILD  1 = skip `cargo build --profile $BAOGAO_PROFILE --locked`   [0]
#   BAOGAO_PGO         1 = time the profile-guided build of $BAOGAO_PROFILE (bench/pgo.sh),
#                      trained on PGO_TRAIN, a series the benchmark does not time  [0]
#   PGO_TRAIN          reports the PGO build is trained on
#                      [$BAOGAO_CORPUS_WIDE/驻马店市, ../shared/corpus-wide/驻马店市]
#   BAOGAO_ARGS        extra arguments for `baogao run`, e.g. "-j 1" []
#   WARMUP             1 = one untimed baogao run at 1x first      [1]
#   SAMPLE_INTERVAL    tree RSS sampling period in s, 0 = off      [0.1]
#   RESULTS_DIR        if set, keep raw results (per-run JSON, logs, run.json) here
#   PYTHON             python for the helpers and the venv         [python3]
#   UNPUNCTUATED_BOUND seconds a run over a 1 MB file without
#                      sentence punctuation may take at most        [20]
#
# Exits non-zero if the build, the venv, or any run fails, if a run did not process
# every input (baogao run.json / peer stderr are checked after each run), or if the run
# over a 1 MB file without sentence punctuation exceeds UNPUNCTUATED_BOUND.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"

SCALES="${SCALES:-1 10 100}"
PEER_SCALES="${PEER_SCALES-1 10}"
RUNS="${RUNS:-3}"
CORPUS="${BAOGAO_CORPUS:-$REPO/../shared/corpus}"
PEER_DIR="${PEER_DIR:-$REPO/../shared/bench/peer}"
PEER_VENV="${PEER_VENV:-$HOME/.cache/baogao-peer-venv}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/baogao-target}"
BAOGAO_PROFILE="${BAOGAO_PROFILE:-dist}"
BAOGAO_BIN="${BAOGAO_BIN:-$CARGO_TARGET_DIR/$BAOGAO_PROFILE/baogao}"
WARMUP="${WARMUP:-1}"
PYTHON="${PYTHON:-python3}"
export SAMPLE_INTERVAL="${SAMPLE_INTERVAL:-0.1}"
read -r -a BAOGAO_EXTRA <<<"${BAOGAO_ARGS:-}"

log() { echo "[bench] $*" >&2; }
die() { log "error: $*"; exit 1; }
in_list() { local x="$1" item; shift; for item in $*; do [[ "$item" == "$x" ]] && return 0; done; return 1; }

# ---- arguments --------------------------------------------------------------------
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
for s in $SCALES $PEER_SCALES; do
  [[ "$s" =~ ^[1-9][0-9]*$ ]] || die "scales must be positive integers, got '$s'"
done
[[ -n "${SCALES// /}" ]] || die "SCALES is empty"
for s in $PEER_SCALES; do
  in_list "$s" $SCALES || log "note: PEER_SCALES has ${s}, which is not in SCALES='$SCALES'; ignored"
done
[[ -d "$CORPUS" ]] || die "no corpus at $CORPUS (set BAOGAO_CORPUS)"
CORPUS="$(cd "$CORPUS" && pwd)"
peer_needed=0
for s in $SCALES; do in_list "$s" $PEER_SCALES && peer_needed=1; done
if ((peer_needed)); then
  [[ -f "$PEER_DIR/peer.py" && -f "$PEER_DIR/requirements.txt" ]] ||
    die "no peer.py/requirements.txt in $PEER_DIR (set PEER_DIR)"
  PEER_DIR="$(cd "$PEER_DIR" && pwd)"
fi

# ---- scratch space ----------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/baogao-bench.XXXXXX")"
RESULTS="$WORK/results"
mkdir -p "$RESULTS" "$WORK/in" "$WORK/out"
cleanup() {
  local rc=$?
  if [[ -n "${RESULTS_DIR:-}" && -d "$RESULTS" ]]; then
    mkdir -p "$RESULTS_DIR" && cp -r "$RESULTS"/. "$RESULTS_DIR"/ && log "raw results kept in $RESULTS_DIR"
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- build baogao -----------------------------------------------------------------
if [[ "${BAOGAO_SKIP_BUILD:-0}" == 1 ]]; then
  log "BAOGAO_SKIP_BUILD=1: not building, using $BAOGAO_BIN as it is"
elif [[ "${BAOGAO_PGO:-0}" == 1 ]]; then
  # trained on reports of a government the timed corpus does not hold, so that the
  # profile cannot fit the timed inputs better than a user's own reports
  PGO_TRAIN="${PGO_TRAIN:-${BAOGAO_CORPUS_WIDE:-$REPO/../shared/corpus-wide}/驻马店市}"
  [[ -d "$PGO_TRAIN" ]] || die "no reports to train the PGO build on at $PGO_TRAIN (set PGO_TRAIN)"
  log "building baogao with profile-guided optimisation: bench/pgo.sh, PGO_PROFILE=$BAOGAO_PROFILE, trained on $PGO_TRAIN"
  BAOGAO_BIN="$(PGO_PROFILE="$BAOGAO_PROFILE" PGO_TRAIN="$PGO_TRAIN" bash "$BENCH_DIR/pgo.sh" | tail -1)"
else
  log "building baogao: cargo build --profile $BAOGAO_PROFILE --locked --bin baogao (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
  (cd "$REPO" && cargo build --profile "$BAOGAO_PROFILE" --locked --bin baogao) >&2
fi
[[ -x "$BAOGAO_BIN" ]] || die "no baogao binary at $BAOGAO_BIN"
# Time a private copy, so a `cargo build` running alongside cannot swap or remove the
# binary between runs (seen while testing this script).
mkdir -p "$WORK/bin"
cp -p "$BAOGAO_BIN" "$WORK/bin/baogao"
BAOGAO_SRC="$BAOGAO_BIN"
BAOGAO_BIN="$WORK/bin/baogao"
BAOGAO_CFG=()
[[ -f "$REPO/config/baogao.toml" ]] && BAOGAO_CFG=(-c "$REPO/config/baogao.toml")

# ---- peer venv ----------------------------------------------------------------------
PEER_PY="$PEER_VENV/bin/python"
if ((peer_needed)); then
  if [[ ! -x "$PEER_PY" ]]; then
    log "creating peer venv at $PEER_VENV"
    "$PYTHON" -m venv "$PEER_VENV" >&2
  fi
  stamp="$PEER_VENV/.bench-requirements.sha256"
  want="$(sha256sum "$PEER_DIR/requirements.txt" | cut -d' ' -f1)"
  if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    log "installing peer requirements into $PEER_VENV"
    "$PEER_PY" -m pip install --disable-pip-version-check -q -r "$PEER_DIR/requirements.txt" >&2
    echo "$want" >"$stamp"
  fi
  # untimed: page in pandas/jieba and make sure jieba's dictionary cache exists, as
  # in the peer README's timings (a cold cache costs ~0.5 s once)
  "$PEER_PY" -c 'import logging, pandas, jieba; jieba.setLogLevel(logging.WARNING); jieba.initialize()' >&2
fi

# ---- machine ------------------------------------------------------------------------
cpu_model="$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
mem_gib="$(awk '/^MemTotal:/ {printf "%.1f", $2/1048576}' /proc/meminfo 2>/dev/null || true)"
git_rev="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -n "$(git -C "$REPO" status --porcelain 2>/dev/null || true)" ]] && git_rev="$git_rev (+ uncommitted changes)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
corpus_reports="$(find "$CORPUS" -mindepth 2 -maxdepth 2 -regex '.*/[0-9][0-9][0-9][0-9]\.txt' | wc -l)"
corpus_bytes="$(find "$CORPUS" -mindepth 2 -maxdepth 2 -regex '.*/[0-9][0-9][0-9][0-9]\.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')"

echo "# baogao vs peer benchmark"
echo
echo "## Machine and setup"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- cores (nproc): $(nproc); CPU: ${cpu_model:-unknown}; memory: ${mem_gib:-?} GiB; kernel: $(uname -sr)"
echo "- load average at start (1/5/15 min): $load_start"
echo "- rustc: $(rustc --version 2>/dev/null || echo 'not found')"
echo "- baogao: $("$BAOGAO_BIN" --version 2>/dev/null || echo '?'), commit $git_rev, cargo profile $BAOGAO_PROFILE$([[ "${BAOGAO_PGO:-0}" == 1 && "${BAOGAO_SKIP_BUILD:-0}" != 1 ]] && echo " with PGO (trained on $PGO_TRAIN)"), binary $BAOGAO_SRC (built $(date -u -r "$BAOGAO_BIN" "+%Y-%m-%d %H:%M UTC" 2>/dev/null || echo "?"))"
echo "- baogao command: \`$(echo baogao run INPUT -o OUTPUT --quiet ${BAOGAO_CFG[*]:+-c config/baogao.toml} ${BAOGAO_EXTRA[*]:-})\`"
if ((peer_needed)); then
  echo "- peer: $PEER_DIR/peer.py (sha256 $(sha256sum "$PEER_DIR/peer.py" | cut -c1-12)), $("$PEER_PY" --version 2>&1), venv $PEER_VENV"
fi
echo "- helpers: $("$PYTHON" --version 2>&1) ($PYTHON)"
echo "- corpus: $CORPUS, $corpus_reports reports, $corpus_bytes bytes"
echo "- scales: SCALES='$SCALES', PEER_SCALES='$PEER_SCALES', RUNS=$RUNS"
echo "- N× (N > 1) = N copies as <region>_0 … <region>_N-1, each with one header line added so baogao sees distinct regions (see bench/layout.py)"
echo
load1="${load_start%% *}"
if awk -v l="$load1" 'BEGIN {exit !(l+0 > 0.5)}' 2>/dev/null; then
  log "warning: load average is $load_start; other work on this machine will skew the timings"
  echo "> **Warning:** load average was $load_start at the start; other processes were competing for the $(nproc) cores, so timings are noisy."
  echo
fi

# ---- runs ---------------------------------------------------------------------------
run_one() { # tool scale rep input_dir reports regions
  local tool="$1" scale="$2" rep="$3" in="$4" reports="$5" regions="$6"
  local name="$tool-x$scale-r$rep"
  local out="$WORK/out/$name" res="$RESULTS/$name"
  local -a cmd labels
  labels=(--label "tool=$tool" --label "scale=$scale" --label "rep=$rep"
    --label "reports=$reports" --label "regions=$regions" --label "log=$res.log")
  case "$tool" in
    baogao)
      cmd=("$BAOGAO_BIN" run "$in" -o "$out" --quiet "${BAOGAO_CFG[@]}" "${BAOGAO_EXTRA[@]}")
      labels+=(--label "run_json=$res.run.json")
      ;;
    peer) cmd=("$PEER_PY" "$PEER_DIR/peer.py" "$in" "$out") ;;
  esac
  local rc=0
  (cd "$REPO" && "$PYTHON" "$BENCH_DIR/measure.py" --json "$res.json" "${labels[@]}" -- "${cmd[@]}") \
    >"$res.log" 2>&1 || rc=$?
  if ((rc != 0)); then
    log "FAILED: $tool at ${scale}x (run $rep) exited with status $rc; last lines of its output:"
    tail -n 20 "$res.log" | sed 's/^/    /' >&2
    exit 1
  fi
  case "$tool" in
    baogao)
      [[ -f "$out/run.json" ]] || die "baogao wrote no run.json in $out"
      cp "$out/run.json" "$res.run.json"
      "$PYTHON" "$BENCH_DIR/report.py" check-baogao "$res.run.json" "$reports" "$regions"
      ;;
    peer) "$PYTHON" "$BENCH_DIR/report.py" check-peer "$res.log" "$out" "$reports" ;;
  esac
  rm -rf "$out"
  "$PYTHON" -c 'import json, sys
d = json.load(open(sys.argv[1]))
print("[bench]   {:<6} {:>3}x run {}: wall {:.2f} s, cpu {:.2f} s, peak rss {:.0f} MiB".format(
    d["tool"], d["scale"], d["rep"], d["wall_s"], d["cpu_s"], d["maxrss_kib"] / 1024))' "$res.json" >&2
}

if [[ "$WARMUP" == 1 ]]; then
  log "warm-up (untimed): one baogao run at 1x (the peer was warmed up with its imports above)"
  "$PYTHON" "$BENCH_DIR/layout.py" "$CORPUS" "$WORK/in/warmup" 1 >/dev/null
  "$BAOGAO_BIN" run "$WORK/in/warmup" -o "$WORK/out/warmup-baogao" --quiet "${BAOGAO_CFG[@]}" "${BAOGAO_EXTRA[@]}" >&2 ||
    die "baogao warm-up run failed"
  rm -rf "$WORK/in/warmup" "$WORK/out/warmup-baogao"
fi

for scale in $SCALES; do
  in="$WORK/in/x$scale"
  layout="$("$PYTHON" "$BENCH_DIR/layout.py" "$CORPUS" "$in" "$scale")"
  reports="$(sed -n 's/.*reports=\([0-9]*\).*/\1/p' <<<"$layout")"
  regions="$(sed -n 's/.*regions=\([0-9]*\).*/\1/p' <<<"$layout")"
  with_peer=0
  in_list "$scale" $PEER_SCALES && with_peer=1
  log "${scale}x: $layout; peer: $([[ $with_peer == 1 ]] && echo yes || echo no)"
  for ((rep = 1; rep <= RUNS; rep++)); do
    if ((with_peer == 0)); then
      order=(baogao)
    elif ((rep % 2 == 1)); then
      order=(baogao peer)
    else
      order=(peer baogao)
    fi
    for tool in "${order[@]}"; do
      run_one "$tool" "$scale" "$rep" "$in" "$reports" "$regions"
    done
  done
  rm -rf "$in"
done

# ---- one report through `baogao extract`, start-up included --------------------------
one="$(find "$CORPUS" -name '*.txt' | sort | tail -n 1)"
log "baogao extract of one report, 11 runs: $one"
"$PYTHON" - "$BAOGAO_BIN" "$one" >"$RESULTS/extract.txt" <<'PY'
import statistics, subprocess, sys, time
walls = []
for _ in range(11):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "extract", sys.argv[2]], check=True, stdout=subprocess.DEVNULL)
    walls.append(time.perf_counter() - t)
print(f"{statistics.median(walls) * 1000:.1f} ms median wall (min {min(walls) * 1000:.1f}, max {max(walls) * 1000:.1f}) "
      f"for `baogao extract` of one report ({sys.argv[2].split('/')[-2]}/{sys.argv[2].split('/')[-1]}), start-up included")
PY

# ---- a file without sentence punctuation: linear, within a bound -------------------
# 1 MB of figures in one line, neither sentence nor clause punctuation (issue 20: such a
# file took minutes and gigabytes, growing with the square of its length). The run must
# finish within UNPUNCTUATED_BOUND seconds (default 20: ~1.5 s on the 2-core machine).
UNPUNCTUATED_BOUND="${UNPUNCTUATED_BOUND:-20}"
mkdir -p "$WORK/in/unpunctuated/某县"
"$PYTHON" - "$WORK/in/unpunctuated/某县/2021.txt" <<'PY'
import sys
parts, size, k = ["——2021年1月10日在某县第一届人民代表大会第一次会议上\n"], 0, 0
while size < 1 << 20:
    p = f"地区生产总值增长{k % 9}.{k % 7}%城镇新增就业{k % 13}万人 "
    parts.append(p); size += len(p.encode()); k += 1
open(sys.argv[1], "w", encoding="utf-8").write("".join(parts))
PY
log "1 MB without sentence punctuation, bound ${UNPUNCTUATED_BOUND} s"
if ! "$PYTHON" - "$BAOGAO_BIN" "$WORK/in/unpunctuated" "$WORK/out/unpunctuated" "$UNPUNCTUATED_BOUND" >"$RESULTS/unpunctuated.txt" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run([sys.argv[1], "run", sys.argv[2], "-o", sys.argv[3], "--quiet"]).returncode
wall = time.perf_counter() - t
print(f"{wall:.2f} s wall for a 1 MB file without sentence punctuation (exit {rc}; bound {sys.argv[4]} s)")
sys.exit(0 if rc == 0 and wall <= float(sys.argv[4]) else 1)
PY
then
  die "the file without sentence punctuation: $(cat "$RESULTS/unpunctuated.txt")"
fi

# ---- report -------------------------------------------------------------------------
"$PYTHON" "$BENCH_DIR/report.py" summary "$RESULTS"
echo
echo "## One report"
echo
cat "$RESULTS/extract.txt"
echo
cat "$RESULTS/unpunctuated.txt"
echo
echo "Load average at the end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
log "done"
