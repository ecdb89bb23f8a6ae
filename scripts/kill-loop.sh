#!/usr/bin/env bash
# Crash consistency (issue 5): SIGKILL `ingest` at random moments, then check that the store
# opens, passes `verify`, holds only whole documents (each graph present has exactly the quads
# of a clean run), and that re-running the same ingest ends with exactly the clean run's quads.
# The killed runs commit after every batch of 512 articles (`--commit-every 20000` is less than
# a batch holds), so kills land between commits as well as inside one.
# Usage: KILLS=20 ARTICLES=1000 bash scripts/kill-loop.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
cargo build --release --quiet
newskg="$CARGO_TARGET_DIR/release/newskg"
kills=${KILLS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$newskg" gen-corpus --articles "${ARTICLES:-1000}" --seed 7 --out "$work/corpus"
corpus="$work/corpus/corpus.jsonl"
# Document graphs only: the entity index is shared, and `verify` checks it against them.
per_graph='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newskg/id/doc/")) } GROUP BY ?g'

start=$(date +%s.%N)
"$newskg" --store "$work/clean" ingest "$corpus" > /dev/null
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
"$newskg" --store "$work/clean" export --format nquads | sort > "$work/clean.nq"
"$newskg" --store "$work/clean" query "$per_graph" --format tsv | sort > "$work/clean.graphs"
echo "clean run: $(wc -l < "$work/clean.nq") quads in $(printf %.1f "$clean_seconds") s"

for i in $(seq 1 "$kills"); do
  store="$work/store-$i"
  delay=$(echo "scale=3; $RANDOM / 32767 * $clean_seconds" | bc -l)
  "$newskg" --store "$store" ingest --commit-every 20000 "$corpus" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -d "$store" ] && [ -f "$store/CURRENT" ]; then
    "$newskg" --store "$store" verify > "$work/verify" || { cat "$work/verify"; echo "kill $i: verify failed"; exit 1; }
    # Every graph present after the kill is whole: same quad count as in the clean run.
    "$newskg" --store "$store" query "$per_graph" --format tsv | sort > "$work/partial.graphs"
    if [ -n "$(comm -23 "$work/partial.graphs" "$work/clean.graphs")" ]; then
      echo "kill $i after ${delay}s: a document graph differs from the clean run"; exit 1
    fi
    present=$(($(wc -l < "$work/partial.graphs") - 1))
  else
    present=0
  fi
  "$newskg" --store "$store" ingest "$corpus" > /dev/null
  "$newskg" --store "$store" export --format nquads | sort > "$work/rerun.nq"
  if ! cmp -s "$work/clean.nq" "$work/rerun.nq"; then
    echo "kill $i after ${delay}s: re-run differs from the clean run"; exit 1
  fi
  echo "kill $i after $(printf %.2f "$delay") s: $present whole graphs survived; re-run identical ($(wc -l < "$work/rerun.nq") quads)"
  rm -rf "$store"
done
echo "$kills kills survived"
