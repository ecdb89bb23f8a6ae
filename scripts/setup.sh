#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build newskg: libclang (bindgen for Oxigraph's
# RocksDB) and the rustfmt/clippy components. Safe to run again.
set -euo pipefail
# libclang itself, not libclang-cpp (which some images carry alone and bindgen cannot use).
if ! ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/llvm-*/lib/libclang-[0-9]*.so* >/dev/null 2>&1 &&
  ! ldconfig -p 2>/dev/null | grep -Eq 'libclang(-[0-9.]+)?\.so'; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq libclang-dev >/dev/null
fi
rustup component add rustfmt clippy >/dev/null 2>&1 || true
