#!/usr/bin/env bash
# Runs `keapnrf annotate` repeatedly, each run a new process (so hash seeds and allocation differ), and checks
# that every run of the same example, format and language writes byte-identical output.
#
#   scripts/determinism_check.sh [RUNS] [--full]
#
# Default: RUNS (100) runs per format (json, html, markdown, fhir), cycling through the examples and the
# languages. --full: RUNS runs of every example, format and language combination.
# Environment: KEAPNRF_BIN (default: .build/release/keapnrf, else .build/debug/keapnrf).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-100}"
FULL="${2:-}"
source scripts/find_keapnrf.sh

combinations=()
for report in examples/*.json; do
    for lang in en ja; do combinations+=("$report $lang"); done
done

declare -A first
failures=0
total=0
start=$(date +%s)
for format in json html markdown fhir; do
    if [ "$FULL" = "--full" ]; then
        plan=()
        for combination in "${combinations[@]}"; do
            for _ in $(seq "$RUNS"); do plan+=("$combination"); done
        done
    else
        plan=()
        for run in $(seq 0 $((RUNS - 1))); do plan+=("${combinations[$((run % ${#combinations[@]}))]}"); done
    fi
    for combination in "${plan[@]}"; do
        read -r report lang <<<"$combination"
        digest=$("$BIN" annotate "$report" --output "$format" --lang "$lang" | sha256sum | cut -d' ' -f1)
        key="$format $report $lang"
        total=$((total + 1))
        if [ -z "${first[$key]:-}" ]; then
            first[$key]="$digest"
        elif [ "${first[$key]}" != "$digest" ]; then
            echo "differs: $key (run $total)" >&2
            failures=$((failures + 1))
        fi
    done
done
echo "$total runs, ${#first[@]} distinct example/format/language combinations, $failures differing, $(( $(date +%s) - start )) s"
[ "$failures" -eq 0 ]
