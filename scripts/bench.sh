#!/usr/bin/env bash
# `npm run bench`: builds the service, the tab and the benchmarks, then runs every benchmark in bench/ once. The load
# bench runs twice, on PGlite and on a throwaway PostgreSQL server (as test-services.sh provides for the tests); the
# scale bench stays on PGlite (set SCALE_ON_POSTGRES=1 to run it on the server too).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "npm run bench on Node $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
source scripts/test-services.sh
trap '[ -n "${COS_TEST_PG_STOP:-}" ] && $COS_TEST_PG_STOP >/dev/null 2>&1 || true' EXIT
npm run build --silent
tsc -p tsconfig.bench.json --outDir dist/bench-build
node dist/bench-build/bench/bot-turn.bench.js
node dist/bench-build/bench/graph-cycles.bench.js
node dist/bench-build/bench/faq-search.bench.js
vite build --config bench/bare-fluent/vite.config.ts --logLevel warn
node dist/bench-build/bench/tab-render.bench.js
echo; echo "## Load on PGlite"
env -u TEST_DATABASE_URL node dist/bench-build/bench/load.bench.js
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo; echo "## Load on PostgreSQL"
  psql "$TEST_DATABASE_URL" -q -c "drop database if exists loadbench" -c "create database loadbench"
  DATABASE_URL="${TEST_DATABASE_URL%/*}/loadbench" node dist/bench-build/bench/load.bench.js
fi
echo; echo "## Scale x10"
if [ -n "${SCALE_ON_POSTGRES:-}" ]; then
  node dist/bench-build/bench/scale.bench.js
else
  env -u TEST_DATABASE_URL node dist/bench-build/bench/scale.bench.js
fi
