#!/usr/bin/env bash
# Rewrites the golden outputs of the bundled examples with KEAPNRF_BIN (default .build/debug/keapnrf): HTML and
# Markdown at the default (summary) and full detail, FHIR, in English and Japanese. Review the diff by hand and run
# scripts/check_golden_reports.py before committing (Tests/InterpretationTests/Golden/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${KEAPNRF_BIN:-.build/debug/keapnrf}"
GOLDEN=Tests/InterpretationTests/Golden
for name in escc-nfe2l2-d29h luad-keap1-g333c-stk11-kras lusc-nfe2l2-e79k; do
    for lang in en ja; do
        for detail in summary full; do
            infix=""; [ "$detail" = full ] && infix=".full"
            "$BIN" annotate "examples/$name.json" --output html --lang "$lang" --detail "$detail" --out "$GOLDEN/$name.$lang$infix.html"
            "$BIN" annotate "examples/$name.json" --output markdown --lang "$lang" --detail "$detail" --out "$GOLDEN/$name.$lang$infix.md"
        done
        "$BIN" annotate "examples/$name.json" --output fhir --lang "$lang" --out "$GOLDEN/$name.$lang.fhir.json"
    done
done
