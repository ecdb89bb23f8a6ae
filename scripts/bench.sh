#!/usr/bin/env bash
# Benchmarks for issue 4, on generated corpora of each size in $SIZES (default 1000 10000 100000):
#   1. `extract` throughput, one core (RAYON_NUM_THREADS=1) and all cores;
#   2. the raw Oxigraph bulk-load rate of the same quads (`newskg load` of the N-Quads);
#   3. end-to-end `ingest` into an on-disk store, and its ratio to (2);
#   4. peak RSS of ingest;  5. latency of every saved report, to its first row and to its
#      last (median of 5 runs, scripts/report-latency.sh);
#   6. store size on disk;  plus extraction quality against the planted facts.
# Results go to stdout as a Markdown table and to $BENCH_DIR/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
bash scripts/setup.sh
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
# $NEWSKG: a binary to measure (other builds in a shared target directory replace the default).
[ -n "${NEWSKG:-}" ] || cargo build --release --quiet
newskg=${NEWSKG:-$CARGO_TARGET_DIR/release/newskg}
work=${BENCH_DIR:-/tmp/newskg-bench}
sizes=${SIZES:-"1000 10000 100000"}
mkdir -p "$work"

seconds() { # run a command, print its wall-clock seconds
  local start end
  start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fmt() { printf "%.${2:-2}f" "$1"; }

results="$work/results.md"
{
  echo "| articles | MB | extract 1 core MB/s | extract all cores MB/s (docs/s) | bulk load quads/s | ingest quads/s (docs/s) | ingest/bulk | ingest s | peak RSS MB | store MB | F1 vs planted |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results"

for n in $sizes; do
  dir="$work/$n"
  rm -rf "$dir" && mkdir -p "$dir"
  "$newskg" gen-corpus --articles "$n" --seed 42 --out "$dir"
  corpus="$dir/corpus.jsonl"
  mb=$(echo "$(stat -c %s "$corpus") / 1000000" | bc -l)

  t1=$(RAYON_NUM_THREADS=1 seconds "$newskg" extract "$corpus")
  tall=$(seconds "$newskg" extract "$corpus")
  "$newskg" extract "$corpus" > "$dir/quads.nq"
  quads=$(wc -l < "$dir/quads.nq")

  tload=$(seconds "$newskg" --store "$dir/bulk-store" load "$dir/quads.nq")
  /usr/bin/time -f "%M" -o "$dir/ingest.rss" "$newskg" --store "$dir/store" ingest "$corpus" > "$dir/ingest.out"
  tingest=$(grep '^seconds:' "$dir/ingest.out" | awk '{print $2}')
  rss=$(echo "$(cat "$dir/ingest.rss") / 1024" | bc -l)
  size=$(echo "$(du -sb "$dir/store" | cut -f1) / 1000000" | bc -l)
  f1=$("$newskg" --store "$dir/store" eval --gold "$dir/gold.tsv" | awk '/^overall/ {print $7}')

  bulk_rate=$(echo "$quads / $tload" | bc -l)
  ingest_rate=$(echo "$quads / $tingest" | bc -l)
  echo "| $n | $(fmt "$mb" 1) | $(fmt "$(echo "$mb / $t1" | bc -l)" 1) | $(fmt "$(echo "$mb / $tall" | bc -l)" 1) ($(fmt "$(echo "$n / $tall" | bc -l)" 0)) | $(fmt "$bulk_rate" 0) | $(fmt "$ingest_rate" 0) ($(fmt "$(echo "$n / $tingest" | bc -l)" 0)) | $(fmt "$(echo "$ingest_rate / $bulk_rate" | bc -l)") | $(fmt "$tingest" 1) | $(fmt "$rss" 0) | $(fmt "$size" 0) | $f1 |" >> "$results"
  rm -f "$dir/quads.nq"
  rm -rf "$dir/bulk-store"
done

# Report latency on the largest store: first row and all rows, median of 5 runs.
largest="$work/$(echo "$sizes" | tr ' ' '\n' | sort -n | tail -1)"
echo >> "$results"
bash scripts/report-latency.sh "$largest/store" "$newskg" >> "$results"
cat "$results"
