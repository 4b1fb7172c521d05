#!/usr/bin/env bash
# `npm test`: builds the service and the tab, provides PostgreSQL and Chromium, then runs every jest test.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "npm test on Node $(node --version)"
source scripts/test-services.sh
trap '[ -n "${COS_TEST_PG_STOP:-}" ] && $COS_TEST_PG_STOP >/dev/null 2>&1 || true' EXIT
npm run build --silent
NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning" npx jest "$@"
