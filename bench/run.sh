#!/usr/bin/env bash
# Builds the release dist/ and prints every performance figure (docs/performance.md).
# Run by hand after the README's set-up; not part of CI's pass/fail.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../.ci/setup.sh"
cd "$NM_ROOT"
trunk build --release > /dev/null
NODE_PATH="$NM_ROOT/tests/e2e/node_modules" node bench/bench.mjs "$@"
