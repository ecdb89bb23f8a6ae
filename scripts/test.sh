#!/usr/bin/env bash
# All tests, in release mode (the binary is built in release anyway; one RocksDB build serves both).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newskg/target}
cargo test --release
