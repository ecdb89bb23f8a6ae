#!/usr/bin/env bash
# newskg against the stock Oxigraph server and CLI of the same version as our Cargo.lock (the
# PyPI package `oxigraph` ships that binary; no 21-minute build):
#  1. `newskg push` loads the seeds' store into `oxigraph serve`, and COUNT queries there agree
#     with the same queries run locally; a second push sends nothing.
#  2. `oxigraph query --location STORE` opens newskg's own store and counts the same.
# Corpus: CORPUS=DIR (default ../shared/corpus/seeds, else examples/).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
cargo build --release -q
newskg="$CARGO_TARGET_DIR/release/newskg"

version=$(grep -A1 '^name = "oxigraph"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
venv="$HOME/.cache/newskg/oxigraph-$version"
if [ ! -x "$venv/bin/oxigraph" ]; then
  if ! python3 -m venv "$venv" 2>/dev/null; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q "oxigraph==$version"
fi
oxigraph="$venv/bin/oxigraph"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
"$oxigraph" --version

corpus=${CORPUS:-../shared/corpus/seeds}
[ -d "$corpus" ] || corpus=examples
work=$(mktemp -d)
server=""
cleanup() {
  # `wait` reports the server's SIGTERM (143); under `set -e` that would become our status.
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$newskg" --store "$work/local" --quiet ingest "$corpus"

source scripts/start-server.sh
start_server "$oxigraph" serve --location "$work/remote" --bind "127.0.0.1:PORT" 2>"$work/server.log"
[ -n "$server" ] || { echo "push-test: oxigraph serve did not start" >&2; cat "$work/server.log" >&2; exit 1; }
endpoint="http://127.0.0.1:$port/query"

"$newskg" --store "$work/local" push --endpoint "$endpoint" | tee "$work/push1.txt"
"$newskg" --store "$work/local" push --endpoint "$endpoint" >"$work/push2.txt"

queries=(
  "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
  "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
  "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f a <https://w3id.org/newskg/ontology#Fact> } }"
  "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a <https://w3id.org/newskg/ontology#Person> } }"
)
fail=0
checks=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  checks=$((checks + 1))
  if [ "$2" = "$3" ]; then echo "ok: $1 ($3)"; else echo "FAILED: $1: expected $2, got $3" >&2; fail=1; fi
}
remote() {
  curl -sf "$endpoint" -H 'Accept: text/csv' --data-urlencode "query=$1" | sed -n 2p | tr -d '\r'
}
for q in "${queries[@]}"; do
  local_n=$("$newskg" --store "$work/local" query "$q" --format csv | sed -n 2p | tr -d '\r')
  check "pushed: $q" "$local_n" "$(remote "$q")"
done
check "a second push sends nothing" "0" "$(sed -n 's/^graphs: *\([0-9]*\) sent.*/\1/p' "$work/push2.txt")"

kill "$server" && wait "$server" 2>/dev/null || true
server=""
for q in "${queries[@]}"; do
  local_n=$("$newskg" --store "$work/local" query "$q" --format csv | sed -n 2p | tr -d '\r')
  stock_n=$("$oxigraph" query --location "$work/local" --query "$q" --results-format csv | sed -n 2p | tr -d '\r')
  check "stock oxigraph reads newskg's store: $q" "$local_n" "$stock_n"
done
[ "$fail" -eq 0 ] && echo "push-test: all $checks checks passed" || { echo "push-test: failed" >&2; exit 1; }
