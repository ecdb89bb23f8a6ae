#!/usr/bin/env bash
# The main job on the demo corpus: build, ingest examples/ into a fresh store, print reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
cargo build --release --quiet
newskg="$CARGO_TARGET_DIR/release/newskg"
store=${NEWSKG_STORE:-./newskg-store}
rm -rf "$store"
"$newskg" --store "$store" ingest examples
"$newskg" --store "$store" report facts --format table
"$newskg" --store "$store" report aliases --format table
