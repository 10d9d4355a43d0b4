#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer,address) and runs each for a bounded time.
#
#   FuzzTesting/run.sh [SECONDS_PER_TARGET [TARGET…]]
#
# Seeds: FuzzTesting/Seeds/<target>, examples/ and ../shared/corpus/ (when present). The corpus each run grows
# and any crashing input go to $FUZZ_WORK (default: a temporary folder, removed unless something was found).
# Every file in FuzzTesting/FailCases/<target>/ (inputs that once failed) is replayed first. Exits non-zero on a
# crash, a hang over 10 s per input, or memory over 2 GB, naming the input that caused it.
# The figures (executions, coverage) of each run are printed as one line per target. FUZZ_FLAGS adds libFuzzer
# flags, e.g. FUZZ_FLAGS="-runs=1000000 -max_len=4096" for the documented longer run.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-30}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(FuzzKeapnrfJSON FuzzFoundationOneXML FuzzFHIRJSON FuzzFHIRXML FuzzVCF FuzzMAF
             FuzzHGVS FuzzOverridesYAML FuzzCohortTSV FuzzCanonicalJSON)
fi
REPO=..
SHARED="${KEAPNRF_SHARED:-$REPO/../shared}"

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
BIN="$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)"

WORK="${FUZZ_WORK:-$(mktemp -d)}"
KEEP_WORK="${FUZZ_WORK:+yes}"

# The seed files of a target (shell globs; missing ones are skipped).
seeds() {
    case "$1" in
        FuzzKeapnrfJSON) echo "$REPO/examples/*.json" ;;
        FuzzFoundationOneXML) echo "$REPO/examples/formats/f1cdx-*.xml $SHARED/corpus/reports/*Foundation*.xml $SHARED/corpus/external/lifeomic_*.xml" ;;
        FuzzFHIRJSON) echo "$REPO/examples/formats/fhir-*.json $SHARED/corpus/reports/HL7_*.json $SHARED/corpus/external/elimuinformatics_*.json" ;;
        FuzzFHIRXML) echo "$SHARED/corpus/reports/HL7_*.xml $SHARED/corpus/external/HL7_*.xml" ;;
        FuzzVCF) echo "$REPO/examples/formats/*.vcf $SHARED/corpus/reports/*.vcf* $SHARED/corpus/external/*.vcf $SHARED/corpus/external/*.vcf.gz" ;;
        FuzzMAF) echo "$REPO/examples/formats/*.maf $SHARED/corpus/reports/*.maf $SHARED/corpus/external/*.maf* $SHARED/corpus/external/*mutations*.txt $SHARED/corpus/external/*maf.txt" ;;
        FuzzCanonicalJSON) echo "$REPO/examples/*.json $REPO/Tests/AnnotatorTests/Golden/*.json" ;;
        *) echo "" ;;
    esac
}

status=0
for target in "${TARGETS[@]}"; do
    corpus="$WORK/corpus/$target"
    mkdir -p "$corpus" "$WORK/artifacts"
    cp Seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    for pattern in $(seeds "$target"); do
        for file in $pattern; do [ -f "$file" ] && cp "$file" "$corpus/"; done
    done
    if [ "$target" = FuzzHGVS ] && [ -f "$SHARED/oracles/hgvs_corpus/flat_valid.txt" ]; then
        head -n 300 "$SHARED/oracles/hgvs_corpus/flat_valid.txt" | split -l 1 - "$corpus/shared-"
    fi
    if [ -d "FailCases/$target" ] && ls "FailCases/$target"/* >/dev/null 2>&1; then
        "$BIN/$target" -detect_leaks=0 "FailCases/$target"/* >/dev/null 2>&1 || { echo "$target: a kept failing input fails again" >&2; status=1; }
    fi
    log="$WORK/$target.log"
    if "$BIN/$target" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
        -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$target-" ${FUZZ_FLAGS:-} >"$log" 2>&1; then
        executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1 || echo "cov: ?")
        peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o '[0-9]* second' | grep -o '[0-9]*' || echo "$SECONDS_PER_TARGET")
        echo "$target: ${executions} executions in ${seconds} s, ${coverage}, corpus $(ls "$corpus" | wc -l) inputs, peak RSS ${peak} MB, no finding"
    else
        echo "$target: FINDING (log: $log, inputs: $WORK/artifacts/$target-*)" >&2
        grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "$log" | head -n 5 >&2
        status=1
        KEEP_WORK=yes
    fi
done
[ -z "$KEEP_WORK" ] && rm -rf "$WORK"
exit $status
