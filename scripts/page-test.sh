#!/usr/bin/env bash
# The page of `newskg serve` in a real browser: headless Chromium (Debian's package) loads it on
# the demo corpus, takes a screenshot, and dumps the DOM after the page's scripts ran. Checks: the
# PNG is a real picture, and the DOM holds the report list, a results table and the entity's
# neighbourhood drawn as SVG. OUT=DIR keeps the screenshot and DOM (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
if ! command -v chromium >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
cargo build --release -q
newskg="$CARGO_TARGET_DIR/release/newskg"

work=$(mktemp -d)
out=${OUT:-$work}
mkdir -p "$out"
server=""
cleanup() {
  # `wait` reports the server's SIGTERM (143); under `set -e` that would become our status.
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$newskg" --store "$work/store" --quiet ingest examples

# A free port: try a few at random until the server stays up.
source scripts/start-server.sh
start_server "$newskg" --store "$work/store" --quiet serve --bind "127.0.0.1:PORT"
[ -n "$server" ] || { echo "page-test: newskg serve did not start" >&2; exit 1; }

url="http://127.0.0.1:$port/?report=roles&entity=Park%20Jeong-ho"
browse() {
  # --virtual-time-budget lets the page's fetches finish before the capture.
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --window-size=1200,900 \
    --virtual-time-budget=10000 "$@" "$url" 2>/dev/null
}
browse --screenshot="$out/page.png" >/dev/null
browse --dump-dom >"$out/dom.html"

fail=0
check() { # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok: $1"; else echo "FAILED: $1" >&2; fail=1; fi
}
size=$(stat -c %s "$out/page.png" 2>/dev/null || echo 0)
check "screenshot is a PNG of $size bytes (> 30000)" \
  bash -c "head -c 8 '$out/page.png' | od -An -c | grep -q 'P   N   G' && [ $size -gt 30000 ]"
check "the page's scripts finished" grep -q 'data-ready="yes"' "$out/dom.html"
check "report list rendered" bash -c "[ \$(grep -o 'data-report=' '$out/dom.html' | wc -l) -ge 9 ]"
check "results table has rows" bash -c "grep -q 'Report roles (' '$out/dom.html' && [ \$(grep -o '<td' '$out/dom.html' | wc -l) -ge 20 ]"
check "neighbourhood drawn" bash -c "grep -q 'class=\"centre\"' '$out/dom.html' && grep -q '>Park Jeong-ho<' '$out/dom.html' && [ \$(grep -o 'class=\"node\"' '$out/dom.html' | wc -l) -ge 3 ]"
[ "$fail" -eq 0 ] && echo "page-test: all 5 checks passed" || { echo "page-test: failed (see $out)" >&2; exit 1; }
