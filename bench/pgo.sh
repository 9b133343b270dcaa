#!/usr/bin/env bash
# pgo.sh: build baogao with profile-guided optimisation (bench/README.md has what it
# measured; `BAOGAO_PGO=1 bash bench/compare.sh` times such a build of `dist`).
#
#   bash bench/pgo.sh                      # prints the path of the optimised binary
#   PGO_PROFILE=dist PGO_TRAIN=../shared/corpus-wide/驻马店市 bash bench/pgo.sh
#
# 1. builds an instrumented binary of profile PGO_PROFILE (rustc -Cprofile-generate),
# 2. runs it over PGO_TRAIN (`run`, `extract`, `diff`, `inspect`): by default the
#    repository's seeds (the seed report and the Hailaer series, which the benchmark's
#    corpus holds too); bench/compare.sh trains on a series it does not time,
# 3. merges the counts with llvm-profdata (rustup's llvm-tools component; installed
#    here if missing),
# 4. builds the same profile with -Cprofile-use into a target folder of its own (the
#    counts fit only a build of the same profile: one from `release` does not fit `dist`).
#
# Both builds compile every crate again (RUSTFLAGS change), each in a target folder of
# its own so that the plain build's cache stays: about 15 + 15 minutes on 2 cores the
# first time, a few minutes after a change. Settings (environment):
#   PGO_DIR        where the builds, the profiles and the training outputs go
#                  [~/.cache/baogao-pgo]
#   PGO_TRAIN      folder of reports to train on                  [seeds]
#   PGO_PROFILE    cargo profile of both builds                   [release]
set -euo pipefail

cd "$(dirname "$0")/.."
PGO_DIR="${PGO_DIR:-$HOME/.cache/baogao-pgo}"
PGO_TRAIN="${PGO_TRAIN:-seeds}"
PGO_PROFILE="${PGO_PROFILE:-release}"
mkdir -p "$PGO_DIR"

profdata() {
    local bin
    bin="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata"
    if [[ ! -x "$bin" ]]; then
        rustup component add llvm-tools >&2
    fi
    echo "$bin"
}
PROFDATA="$(profdata)"
[[ -x "$PROFDATA" ]] || { echo "pgo: llvm-profdata not found: rustup component add llvm-tools" >&2; exit 1; }
mapfile -t texts < <(find "$PGO_TRAIN" -type f -name '*.txt' | sort)
(( ${#texts[@]} >= 2 )) || { echo "pgo: $PGO_TRAIN holds fewer than two .txt reports to train on" >&2; exit 1; }

echo "pgo: instrumented $PGO_PROFILE build" >&2
RUSTFLAGS="-Cprofile-generate=$PGO_DIR/raw" CARGO_TARGET_DIR="$PGO_DIR/gen" \
    cargo build --profile "$PGO_PROFILE" --locked >&2
gen="$PGO_DIR/gen/$PGO_PROFILE/baogao"

echo "pgo: training on $PGO_TRAIN" >&2
rm -rf "$PGO_DIR/raw" "$PGO_DIR/train-out"
# (baogao ends with _exit, skipping the exit handler that writes the profile, unless
# LLVM_PROFILE_FILE is set)
export LLVM_PROFILE_FILE="$PGO_DIR/raw/baogao-%p-%m.profraw"
first=${texts[0]}
second=${texts[1]}
for _ in 1 2 3; do
    "$gen" run "$PGO_TRAIN" -o "$PGO_DIR/train-out" --quiet -c config/baogao.toml >&2
done
"$gen" extract "$first" > /dev/null
"$gen" inspect "$first" > /dev/null
"$gen" diff "$first" "$second" > /dev/null

echo "pgo: merging the profiles" >&2
"$PROFDATA" merge -o "$PGO_DIR/baogao.profdata" "$PGO_DIR/raw" >&2

echo "pgo: optimised $PGO_PROFILE build" >&2
RUSTFLAGS="-Cprofile-use=$PGO_DIR/baogao.profdata" \
    CARGO_TARGET_DIR="$PGO_DIR/use" cargo build --profile "$PGO_PROFILE" --locked >&2
echo "$PGO_DIR/use/$PGO_PROFILE/baogao"
