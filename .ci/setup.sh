#!/usr/bin/env bash
# Installs whatever this project needs and is missing, and nothing else, so a
# second run takes seconds. Sourced by serve.sh and test.sh; safe to run alone.
# Only the package registries are reachable here, so every tool is built from
# crates.io, Debian or npm (see shared/toolchain.md for why these routes).
set -euo pipefail

NM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' "$NM_ROOT/Cargo.lock")"

export PATH="$HOME/.cargo/bin:$NM_ROOT/.ci/tools/node_modules/.bin:$PATH"
export CHROMEDRIVER="/usr/bin/chromedriver"
export CHROMIUM="/usr/bin/chromium"

say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs an npm folder's locked packages when its lockfile changed since the last install.
npm_install() {
  local dir="$1" stamp="$1/node_modules/.installed-lock"
  if ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "npm packages in ${dir#"$NM_ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION (compiles from source: about 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes)"
  # Deliberately without --locked: one of its locked dependencies is gone from crates.io.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
  say "Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

npm_install "$NM_ROOT/.ci/tools"
npm_install "$NM_ROOT/tests/e2e"
