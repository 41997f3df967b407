#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: native logic tests,
# component tests in headless Chromium, and end-to-end tests in Chromium
# against the release build in dist/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$NM_ROOT"

say "Logic tests (native cargo test)"
cargo test --locked

say "Component tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test components

say "Release build (trunk build --release into dist/)"
trunk build --release

say "End-to-end tests (playwright-core driving Chromium against dist/)"
(cd tests/e2e && npm test)
