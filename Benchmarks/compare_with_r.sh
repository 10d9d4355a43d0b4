#!/usr/bin/env bash
# Times the same survival work three ways, each as a whole process with /usr/bin/time -v (CPU seconds =
# user + system, and peak RSS; best of N runs each):
#   keapnrf   `keapnrf cohort survival` (release build of the main package): what users run
#   library   `cohort-survival` (this package, release build): the CohortStatistics library alone
#   R         R/cohort_survival.R with R survival 3.5-3
# The work: read the table, keep one cancer type or all patients, Kaplan-Meier per KEAP1 group (S at 6/12/24
# months, medians), log-rank test, Cox model of KEAP1 status adjusted for age and sex (Efron ties), cox.zph.
#   ./compare_with_r.sh [COHORT.tsv] [runs]
# Without COHORT.tsv the synthetic cohort is generated with ../../shared/oracles/make_cohort.py.
set -euo pipefail
cd "$(dirname "$0")"
runs="${2:-5}"
cohort="${1:-${KEAPNRF_SYNTHETIC_COHORT:-}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "$cohort" ]]; then
  cohort="$work/synthetic.tsv"
  python3 ../../shared/oracles/make_cohort.py --out "$cohort" \
    --variants ../../shared/cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv
fi
swift build -c release --product cohort-survival --scratch-path "${SCRATCH:-.build}" >/dev/null
library_bin="$(swift build -c release --scratch-path "${SCRATCH:-.build}" --show-bin-path)/cohort-survival"
(cd .. && swift build -c release --product keapnrf --scratch-path "${MAIN_SCRATCH:-.build}" >/dev/null)
keapnrf_bin="$(cd .. && swift build -c release --scratch-path "${MAIN_SCRATCH:-.build}" --show-bin-path)/keapnrf"

measure() {  # runs "$@"; prints "cpu_seconds peak_rss_kb summary"
  local log; log="$(mktemp)"
  local out; out="$(/usr/bin/time -v "$@" 2>"$log")"
  local user sys rss
  user="$(awk -F': ' '/User time/ {print $2}' "$log")"
  sys="$(awk -F': ' '/System time/ {print $2}' "$log")"
  rss="$(awk -F': ' '/Maximum resident/ {print $2}' "$log")"
  rm -f "$log"
  echo "$(echo "$user + $sys" | bc) $rss $out"
}

best() {  # best CPU and best RSS over $runs runs of "$@"; $summarise (if set) prints the summary afterwards
  local best_cpu="" best_rss="" line summary
  for _ in $(seq "$runs"); do
    line="$(measure "$@")"
    read -r cpu rss summary <<<"$line"
    if [[ -z "$best_cpu" ]] || (( $(echo "$cpu < $best_cpu" | bc) )); then best_cpu="$cpu"; fi
    if [[ -z "$best_rss" ]] || (( rss < best_rss )); then best_rss="$rss"; fi
  done
  [[ -n "${summarise:-}" ]] && summary="$($summarise)"
  printf "%-8s CPU %6.2f s   peak RSS %7.1f MB   %s\n" "$label" "$best_cpu" "$(echo "$best_rss / 1024" | bc -l)" "$summary"
}

keapnrf_summary() {  # the same summary line as the other two, from keapnrf's JSON
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print("n=%d HR=%.6f chisq=%.6f zph=%.6f" % (d["n"], d["cox"]["hr"], d["logrank"]["chisq"], d["phTest"]["global"]["statistic"]))
' "$work/keapnrf.json"
}

for subset in ALL LUAD; do
  echo "== $subset (KEAP1, adjusted for age + male; best of $runs runs)"
  where=(); [[ "$subset" != ALL ]] && where=(--where "oncotree_code=$subset")
  label="keapnrf" summarise=keapnrf_summary best "$keapnrf_bin" cohort survival "$cohort" --group KEAP1_status --reference WT \
    --covariates age,male --times 6,12,24 "${where[@]}" --out "$work/keapnrf.json"
  label="library" best "$library_bin" "$cohort" "$subset" KEAP1
  label="R" best Rscript R/cohort_survival.R "$cohort" "$subset" KEAP1
done
