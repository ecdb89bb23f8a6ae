#!/usr/bin/env bash
# Latency of every saved report on one store: ms to the first row and ms to the last, median of
# $RUNS runs (default 5), process start-up included, results as TSV through a pipe.
# Usage: bash scripts/report-latency.sh STORE [NEWSKG_BINARY]   ($TIMEOUT s per run, default 120)
set -uo pipefail
store=$1
newskg=${2:-${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}/release/newskg}
runs=${RUNS:-5}
entity=$("$newskg" --store "$store" query --format csv \
  'SELECT ?n WHERE { ?f nkg:relation nkg:holdsRole ; nkg:subjectText ?n } LIMIT 1' | tail -1 | tr -d '\r')

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "FIRST TOTAL ROWS" in ms for one run: the first row is the line after the TSV header.
# With $first_only set, it stops reading there (the report then ends on the closed pipe).
first_only=
run_once() {
  local start
  start=$(date +%s%N)
  "$@" | {
    IFS= read -r _ || true
    if IFS= read -r _; then echo -n "$((($(date +%s%N) - start) / 1000000)) "; else echo -n "- "; fi
    if [ -n "$first_only" ]; then echo "- -"; exit 0; fi
    rows=$(wc -l)
    echo "$((($(date +%s%N) - start) / 1000000)) $((rows + 1))"
  }
}

echo "Report latency on \`$store\` (median of $runs runs; \`--param entity=$entity\` where needed):"
echo
echo "| report | first row ms | all rows ms | rows |"
echo "|---|---|---|---|"
for report in $("$newskg" report --list | awk '/^[a-z]/ {print $1}'); do
  args=(--store "$store" report "$report" --format tsv --timeout "${TIMEOUT:-120}")
  case "$report" in dossier|sources) args+=(--param "entity=$entity");; esac
  : > /tmp/newskg-latency.$$
  first_only=
  run_once "$newskg" "${args[@]}" >> /tmp/newskg-latency.$$
  # A report that takes over 10 s to finish is timed to its end once; the other runs time
  # its first row only.
  [ "$(awk '{print $2}' /tmp/newskg-latency.$$)" -gt 10000 ] 2>/dev/null && first_only=yes
  for _ in $(seq 2 "$runs"); do run_once "$newskg" "${args[@]}" >> /tmp/newskg-latency.$$; done
  first=$(awk '{print $1}' /tmp/newskg-latency.$$ | median)
  total=$(awk '$2 != "-" {print $2}' /tmp/newskg-latency.$$ | median)
  rows=$(awk '$3 != "-" {print $3}' /tmp/newskg-latency.$$ | median)
  echo "| \`$report\` | $first | $total | $rows |"
done
rm -f /tmp/newskg-latency.$$
