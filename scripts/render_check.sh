#!/usr/bin/env bash
# Renders tumour-board HTML reports in headless Chromium (Debian's `chromium`) for a visual check:
# for every example report and language, an A4 PDF, one PNG per PDF page (pdftoppm) and a screen-width
# PNG of the top of the page, with the render times.
#
#   scripts/render_check.sh [OUTDIR]        (default: .build-render-check, git-ignored; needs a built keapnrf)
#
# Environment: KEAPNRF_BIN (default: the release build, else the debug build), CHROMIUM (default: chromium).
# Installs chromium, poppler-utils and fonts-noto-cjk with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-.build-render-check}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"   # Chromium needs an absolute file:// address

apt_install() {
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "$@" >/dev/null
}
command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1 || apt_install chromium
command -v pdftoppm >/dev/null 2>&1 || apt_install poppler-utils
command -v bc >/dev/null 2>&1 || apt_install bc
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || apt_install fonts-noto-cjk

source scripts/find_keapnrf.sh
CHROME="${CHROMIUM:-chromium}"
FLAGS=(--headless --no-sandbox --disable-gpu --disable-extensions --no-first-run --hide-scrollbars
       --user-data-dir="$OUT/.chromium-profile")

now() { date +%s.%N; }
printf "%-40s %10s %12s %12s %6s\n" report html_ms pdf_ms png_ms pages
for report in examples/*.json; do
    name="$(basename "$report" .json)"
    for lang in en ja; do
        base="$OUT/$name.$lang"
        t0=$(now)
        "$BIN" annotate "$report" --output html --lang "$lang" --out "$base.html"
        t1=$(now)
        "$CHROME" "${FLAGS[@]}" --no-pdf-header-footer --print-to-pdf="$base.pdf" "file://$base.html" 2>/dev/null
        t2=$(now)
        "$CHROME" "${FLAGS[@]}" --window-size=1000,1400 --screenshot="$base.screen.png" "file://$base.html" 2>/dev/null
        t3=$(now)
        rm -f "$base".page-*.png
        pdftoppm -r 50 -png "$base.pdf" "$base.page"
        pages=$(pdfinfo "$base.pdf" | awk '/^Pages:/ {print $2}')
        printf "%-40s %10.0f %12.0f %12.0f %6s\n" "$name.$lang" \
            "$(echo "($t1 - $t0) * 1000" | bc)" "$(echo "($t2 - $t1) * 1000" | bc)" "$(echo "($t3 - $t2) * 1000" | bc)" "$pages"
    done
done
echo "outputs in $OUT"
