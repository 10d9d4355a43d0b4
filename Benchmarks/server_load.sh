#!/usr/bin/env bash
# Load benchmark of keapnrf-server on loopback with wrk (Debian's package), bounded in time and count:
#  1. the single-thread in-process rate of annotate + JSON on the same reports (annotate-rate), as the reference;
#  2. POST /v1/interpretations of the real FoundationOne CDx sample reports of ../shared at 1, 16 and 64
#     connections (DURATION seconds each): throughput, p50/p99/p99.9 latency, 5xx count;
#  3. RSS of the server before and after at least 100,000 requests, three valid reports to one invalid one.
# Usage: Benchmarks/server_load.sh [DURATION]   (from anywhere; release builds are made first)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
SHARED="${KEAPNRF_SHARED:-../shared}"
REPORTS=(
    "$SHARED/corpus/reports/njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml"
    "$SHARED/corpus/external/lifeomic_foundation-ingest__sample.xml"
)
for report in "${REPORTS[@]}"; do
    [ -f "$report" ] || { echo "skipped: $report not found (the shared data is at ../shared or \$KEAPNRF_SHARED)"; exit 0; }
done
command -v wrk >/dev/null || apt-get install -y -qq wrk

swift build -c release --product keapnrf-server
(cd Benchmarks && swift build -c release --product annotate-rate)

WORK="$(mktemp -d)"
SERVER_PID=""
trap 'rm -rf "$WORK"; [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true' EXIT
# Invalid reports for the mixed run: a FoundationOne report cut short (422) and bytes of no format (422).
head -c 20000 "${REPORTS[0]}" > "$WORK/truncated.xml"
printf 'not a report\n' > "$WORK/garbage.txt"

echo "== in-process, one thread (annotate-rate, 2000 annotations cycling the reports)"
Benchmarks/.build/release/annotate-rate knowledgebase rules 2000 "${REPORTS[@]}"

PORT=18614
export KEAPNRF_TOKEN=keapnrf-local-trial-only-7c41d9e2   # examples/server/demo-tokens.yaml, local trial only
.build/release/keapnrf-server --port "$PORT" --tokens examples/server/demo-tokens.yaml \
    --rate-per-client 100000000 --max-concurrent 256 > /dev/null &
SERVER_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER_PID/status"; }
URL="http://127.0.0.1:$PORT"

for connections in 1 16 64; do
    threads=$(( connections < 2 ? 1 : 2 ))
    echo "== $connections connection(s), $threads wrk thread(s), ${DURATION} s, valid FoundationOne reports"
    timeout $(( DURATION + 30 )) wrk -t "$threads" -c "$connections" -d "${DURATION}s" --timeout 10s \
        -s Benchmarks/server_load.lua "$URL" -- "${REPORTS[@]}" | grep RESULT
done

echo "== RSS before the mixed run: $(rss)"
total=0
for round in $(seq 1 20); do
    line=$(timeout 90 wrk -t 2 -c 16 -d 30s --timeout 10s -s Benchmarks/server_load.lua "$URL" -- \
        "${REPORTS[@]}" "${REPORTS[0]}" "$WORK/truncated.xml" "${REPORTS[1]}" "${REPORTS[0]}" "${REPORTS[1]}" "$WORK/garbage.txt" | grep RESULT)
    echo "round $round: $line"
    total=$(( total + $(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/') ))
    [ "$total" -ge 100000 ] && break
done
echo "== RSS after $total mixed requests (6 valid : 2 invalid): $(rss)"
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
SERVER_PID=""
