#!/usr/bin/env bash
# Fresh embedded database, production build, production server — what a center would run.
# Playwright starts this twice (playwright.config.ts): the main server and the first-run server,
# each on its own empty data folder (DATABASE_URL). One build serves both: whichever starts first
# builds, the other waits on the lock and reuses it (E2E_RUN_ID tells this run's build apart).
set -euo pipefail
cd "$(dirname "$0")/../.."
data_dir="${DATABASE_URL#pglite:}"
rm -rf "${data_dir}" "${data_dir}.intake-desk.lock"
mkdir -p test-results
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  (
    flock 9
    run_id="${E2E_RUN_ID:-$$}"
    if [ "$(cat test-results/e2e-build.done 2>/dev/null)" != "${run_id}" ]; then
      rm -f test-results/e2e-build.done
      # E2E_TEST_ROUTES=1 compiles the test-only account seeding route (ADR 0013).
      E2E_TEST_ROUTES=1 node_modules/.bin/next build > test-results/e2e-build.log 2>&1 || { cat test-results/e2e-build.log; exit 1; }
      echo "${run_id}" > test-results/e2e-build.done
    fi
  ) 9> test-results/e2e-build.lock
fi
# The server log is kept for the no-PHI-in-logs check (docs/security.md L4).
exec node_modules/.bin/next start -p "${PORT}" 2>&1 | tee "${E2E_LOG_FILE:-test-results/e2e-server.log}"
