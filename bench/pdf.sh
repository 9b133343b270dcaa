#!/usr/bin/env bash
# PDF reading against the texts (issue 21): every report of the corpus laid out as a
# PDF by LibreOffice (running header, page numbers, justified indented paragraphs,
# a Debian CJK font embedded as a TrueType subset), then baogao on the texts and on
# the PDFs, compared; then the time to read each PDF and a 100-page one.
#
#   bash bench/pdf.sh > pdf-bench.md      # Markdown on stdout, progress on stderr
#
# Environment (defaults in brackets):
#   BAOGAO_CORPUS     <region>/<year>.txt corpus                 [../shared/corpus]
#   CARGO_TARGET_DIR  cargo target dir                           [~/.cache/baogao-target]
#   BAOGAO_BIN        binary to use       [$CARGO_TARGET_DIR/release/baogao, built here]
#   WORK              where PDFs and outputs go (kept)            [a temporary folder]
#   RUNS              timed repetitions of each read               [3]
#
# Installs (as root, with apt-get) what it needs when missing: libreoffice-writer-nogui
# and fonts-wqy-zenhei for the PDFs, poppler-utils for pdfinfo. Exits 1 when a target
# of the issue is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${BAOGAO_CORPUS:-../shared/corpus}
TARGET=${CARGO_TARGET_DIR:-$HOME/.cache/baogao-target}
RUNS=${RUNS:-3}
say() { echo "pdf.sh: $*" >&2; }

need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
fc-list | grep -qi "WenQuanYi Zen Hei" || need+=(fonts-wqy-zenhei)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if ((${#need[@]})); then
    say "installing ${need[*]}"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
if [[ -z "${BAOGAO_BIN:-}" ]]; then
    say "building baogao (release)"
    CARGO_TARGET_DIR=$TARGET cargo build --release --locked >&2
    BAOGAO_BIN=$TARGET/release/baogao
fi
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
say "working in $WORK"

# 1. the PDFs: one LibreOffice call for all of them (it starts in ~3 s)
rm -rf "$WORK/fodt" "$WORK/pdf" && mkdir -p "$WORK/fodt" "$WORK/pdf"
python3 bench/pdf_corpus.py fodt "$CORPUS" "$WORK/fodt"
python3 bench/pdf_corpus.py fodt "$CORPUS" "$WORK" --join 5 long
for dir in "$WORK"/fodt/*/; do
    region=$(basename "$dir")
    mkdir -p "$WORK/pdf/$region"
    soffice --headless --convert-to pdf --outdir "$WORK/pdf/$region" "$dir"*.fodt >/dev/null 2>&1
done
soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/long.fodt" >/dev/null 2>&1
say "$(find "$WORK/pdf" -name '*.pdf' | wc -l) PDFs made"

# 2. baogao on both, compared
"$BAOGAO_BIN" run "$CORPUS" -o "$WORK/out-txt" --quiet
"$BAOGAO_BIN" run "$WORK/pdf" -o "$WORK/out-pdf" --quiet
rm -rf "$WORK/pdf-text"
find "$WORK/pdf" -name '*.pdf' | sort | while read -r f; do
    rel=${f#"$WORK/pdf/"}
    mkdir -p "$WORK/pdf-text/$(dirname "$rel")"
    "$BAOGAO_BIN" inspect --text "$f" > "$WORK/pdf-text/${rel%.pdf}.txt"
done
echo "## PDFs of the corpus against its texts"
echo
echo "$(find "$WORK/pdf" -name '*.pdf' | wc -l) reports of \`$CORPUS\`, laid out by LibreOffice $(soffice --version | awk '{print $2}') with WenQuanYi Zen Hei; baogao $(git rev-parse --short HEAD)."
echo
status=0
python3 bench/pdf_corpus.py compare "$WORK/out-txt" "$WORK/out-pdf" "$WORK/pdf-text" || status=1

# 3. time: each PDF read alone (`inspect --text`: start-up, the child process, the
# reader and the layout), and whole runs
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}'; }
echo
echo "## Time"
echo
echo "Median of $RUNS runs on $(nproc) cores ($(uptime | sed 's/.*load average: //') load)."
echo
echo "| what | pages | seconds |"
echo "|---|---:|---:|"
per_report=()
while read -r f; do
    per_report+=("$(for _ in $(seq "$RUNS"); do secs "$BAOGAO_BIN" inspect --text "$f"; done | median)")
done < <(find "$WORK/pdf" -name '*.pdf' | sort)
pages=$(find "$WORK/pdf" -name '*.pdf' -exec pdfinfo {} \; | awk '/^Pages:/ {s += $2} END {print s}')
printf '| read one report (median of %d reports) | %s | %.3f |\n' "${#per_report[@]}" "$((pages / ${#per_report[@]}))" \
    "$(printf '%s\n' "${per_report[@]}" | median)"
printf '| read one report (slowest) |  | %.3f |\n' "$(printf '%s\n' "${per_report[@]}" | sort -n | tail -1)"
long_pages=$(pdfinfo "$WORK/long.pdf" | awk '/^Pages:/ {print $2}')
long=$(for _ in $(seq "$RUNS"); do secs "$BAOGAO_BIN" inspect --text "$WORK/long.pdf"; done | median)
printf '| read a long PDF (5 reports in one) | %s | %.3f |\n' "$long_pages" "$long"
# the four Adobe-GB1 CMaps without an embedded font: oxidize-pdf 5.5 maps each code
# by a linear search of the CMap's ranges, which makes these far slower
for cmap in GB-EUC-H GBK-EUC-H UniGB-UTF16-H UniGB-UCS2-H; do
    python3 tools/pdf/make_test_pdfs.py --pages 100 "$WORK/$cmap-100.pdf" "$cmap" 2>/dev/null
    n=$(pdfinfo "$WORK/$cmap-100.pdf" | awk '/^Pages:/ {print $2}')
    t=$(secs "$BAOGAO_BIN" inspect --text "$WORK/$cmap-100.pdf")
    printf '| read a %s PDF, font not embedded (`tools/pdf/make_test_pdfs.py --pages 100 OUT %s`), one run | %s | %.3f |\n' "$cmap" "$cmap" "$n" "$t"
done
txt_run=$(for _ in $(seq "$RUNS"); do secs "$BAOGAO_BIN" run "$CORPUS" -o "$WORK/out-txt" --quiet; done | median)
pdf_run=$(for _ in $(seq "$RUNS"); do secs "$BAOGAO_BIN" run "$WORK/pdf" -o "$WORK/out-pdf" --quiet; done | median)
printf '| `baogao run` on the texts | | %.3f |\n' "$txt_run"
printf '| `baogao run` on the PDFs | %s | %.3f |\n' "$pages" "$pdf_run"
exit $status
