#!/usr/bin/env bash
# Times `cohort-survival` (release build) and R survival doing the same work on the same file
# with /usr/bin/time -v: CPU seconds (user + system) and peak RSS, best of N runs each.
#   ./compare_with_r.sh [COHORT.tsv] [runs]
# Without COHORT.tsv the synthetic cohort is generated with ../../shared/oracles/make_cohort.py.
set -euo pipefail
cd "$(dirname "$0")"
runs="${2:-5}"
cohort="${1:-${KEAPNRF_SYNTHETIC_COHORT:-}}"
if [[ -z "$cohort" ]]; then
  cohort="$(mktemp -d)/synthetic.tsv"
  python3 ../../shared/oracles/make_cohort.py --out "$cohort" \
    --variants ../../shared/cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv
fi
swift build -c release --product cohort-survival --scratch-path "${SCRATCH:-.build}" >/dev/null
swift_bin="$(swift build -c release --scratch-path "${SCRATCH:-.build}" --show-bin-path)/cohort-survival"

measure() {  # prints "cpu_seconds peak_rss_kb summary"
  local log; log="$(mktemp)"
  local out; out="$(/usr/bin/time -v "$@" 2>"$log")"
  local user sys rss
  user="$(awk -F': ' '/User time/ {print $2}' "$log")"
  sys="$(awk -F': ' '/System time/ {print $2}' "$log")"
  rss="$(awk -F': ' '/Maximum resident/ {print $2}' "$log")"
  rm -f "$log"
  echo "$(echo "$user + $sys" | bc) $rss $out"
}

best() {  # best CPU and best RSS over $runs runs
  local best_cpu="" best_rss="" line summary
  for _ in $(seq "$runs"); do
    line="$(measure "$@")"
    read -r cpu rss summary <<<"$line"
    if [[ -z "$best_cpu" ]] || (( $(echo "$cpu < $best_cpu" | bc) )); then best_cpu="$cpu"; fi
    if [[ -z "$best_rss" ]] || (( rss < best_rss )); then best_rss="$rss"; fi
    last="$summary"
  done
  printf "%-8s CPU %6.2f s   peak RSS %7.1f MB   %s\n" "$label" "$best_cpu" "$(echo "$best_rss / 1024" | bc -l)" "$last"
}

for subset in ALL LUAD; do
  echo "== $subset (KEAP1, adjusted for age + male; best of $runs runs)"
  label="Swift" best "$swift_bin" "$cohort" "$subset" KEAP1
  label="R" best Rscript R/cohort_survival.R "$cohort" "$subset" KEAP1
done
