#!/usr/bin/env bash
# Sets up whatever is missing, then serves the app on http://127.0.0.1:8080
# with live rebuilds. Extra arguments go to `trunk serve` (e.g. --release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$NM_ROOT"
say "Serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve "$@"
