#!/usr/bin/env bash
# Process-level figures of issue 14, each as a ratio measured in the same run:
#  1. `keapnrf batch` on N FoundationOne-format reports against `xmllint --noout` on the same N files in one process;
#  2. one report's cold `keapnrf annotate` against `keapnrf --version`, with and without the knowledgebase and rules
#     snapshot (cold_start.py: medians of RUNS fresh processes each, round-robin, wall and CPU ratios);
#  3. peak RSS of `keapnrf batch` for SMALL and LARGE numbers of inputs (/usr/bin/time).
# Inputs are hard links to one file (the same bytes for every tool; no disk needed per copy).
# Usage: KEAPNRF=../.build/release/keapnrf ./batch_and_cold_start.sh [N=2000] [SMALL=2000] [LARGE=20000] [RUNS=60]
# Needs: hyperfine, xmllint (Debian: hyperfine, libxml2-utils), python3, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd .. && pwd)"
KEAPNRF="$(cd "$(dirname "${KEAPNRF:-../.build/release/keapnrf}")" && pwd)/$(basename "${KEAPNRF:-keapnrf}")"
SHARED="${KEAPNRF_SHARED:-$ROOT/../shared}"
F1_REAL="$SHARED/corpus/reports/njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml"
F1_SMALL="$ROOT/examples/formats/f1cdx-luad-keap1-g333c-stk11-kras.xml"
N="${1:-2000}"; SMALL="${2:-2000}"; LARGE="${3:-20000}"; RUNS="${4:-60}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export KEAPNRF_KB="$ROOT/knowledgebase" KEAPNRF_RULES="$ROOT/rules" KEAPNRF_CACHE_DIR="$WORK/snapshots"

links() {  # links FILE COUNT DIR
    mkdir -p "$3"
    for i in $(seq -w 1 "$2"); do ln "$1" "$3/report-$i.xml"; done
}

F1="$F1_REAL"
[ -f "$F1" ] || { echo "note: $F1_REAL not found; using $F1_SMALL" >&2; F1="$F1_SMALL"; }
echo "== 1. batch vs xmllint --noout on $N copies of $(basename "$F1") ($(stat -c %s "$F1") bytes)"
links "$F1" "$N" "$WORK/f1"
# The outputs go to the work folder's file system and, when /dev/shm is a writable tmpfs, also to memory: each run
# removes the 2,000 outputs of the last, and on a disk file system that has removed many files (ext4 here) creating
# new ones can cost more than the annotation (ext4's inode search, `recently_deleted`, took a third of the CPU).
MEMORY_OUT=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then MEMORY_OUT="$(mktemp -d /dev/shm/keapnrf-bench.XXXXXX)"; fi
trap 'rm -rf "$WORK" ${MEMORY_OUT:+"$MEMORY_OUT"}' EXIT
hyperfine --warmup 1 --runs 3 --prepare "rm -rf $WORK/out ${MEMORY_OUT:+$MEMORY_OUT/out}" \
    "$KEAPNRF batch $WORK/f1 --out-dir $WORK/out --quiet" \
    ${MEMORY_OUT:+"$KEAPNRF batch $WORK/f1 --out-dir $MEMORY_OUT/out --quiet"} \
    "xmllint --noout $WORK/f1/*.xml"

echo "== 2. cold annotate of one report vs --version, with and without the snapshot"
python3 cold_start.py "$KEAPNRF" "$F1" "$WORK" "$RUNS"

echo "== 3. peak RSS, $SMALL vs $LARGE inputs ($(basename "$F1_SMALL"))"
links "$F1_SMALL" "$LARGE" "$WORK/many"
links "$F1_SMALL" "$SMALL" "$WORK/few"
for set in few many; do
    /usr/bin/time -f "$set ($(ls "$WORK/$set" | wc -l) inputs): peak RSS %M KB, %e s wall, %U s user" \
        "$KEAPNRF" batch "$WORK/$set" --out-dir "$WORK/out-$set" --quiet
done
