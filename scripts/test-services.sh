#!/usr/bin/env bash
# Sourced by scripts/test.sh: makes sure the tests have Chromium and a PostgreSQL server.
# Installs Debian's packages when they are missing and we are root; starts a throwaway PostgreSQL
# cluster (stopped again on exit) unless TEST_DATABASE_URL already names a server.

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test-services: installing ${need_packages[*]} from Debian's packages"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    echo "test-services: missing ${need_packages[*]}; install them (apt-get install ${need_packages[*]})" >&2
  fi
fi

start_throwaway_postgres() {
  local bin port dir
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "test-services: PostgreSQL is not installed" >&2; return 1; }
  dir=$(mktemp -d /tmp/cos-test-pg.XXXXXX)
  port=${TEST_PG_PORT:-55432}
  while (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
  local as=()
  [ "$(id -u)" = 0 ] && { chown postgres:postgres "$dir"; as=(runuser -u postgres --); }
  # Connections over TCP (all the tests make) sign in with a password, as on Azure: a test can then prove that a
  # connection sends the password its pool was given (the Entra token). The socket stays trusted for pg_ctl.
  echo "cos-test" > "$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/pwfile"
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pwfile" -E UTF8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export TEST_DATABASE_URL="postgres://postgres:cos-test@127.0.0.1:$port/postgres"
  export COS_TEST_PG_STOP="${as[*]} $bin/pg_ctl -D $dir/data -m immediate stop"
  echo "test-services: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
}

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if ! start_throwaway_postgres; then
    if [ -n "${CI:-}" ]; then echo "test-services: CI needs PostgreSQL" >&2; exit 1; fi
    echo "test-services: running the store tests on PGlite only" >&2
  fi
fi
