#!/usr/bin/env bash
# Fresh embedded database, production build, production server — what a center would run.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf .data-e2e .data-e2e.intake-desk.lock
mkdir -p test-results
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  node_modules/.bin/next build > test-results/e2e-build.log 2>&1 || { cat test-results/e2e-build.log; exit 1; }
fi
# The server log is kept for the no-PHI-in-logs check (docs/security.md L4).
exec node_modules/.bin/next start -p "${PORT}" 2>&1 | tee "${E2E_LOG_FILE:-test-results/e2e-server.log}"
