# shellcheck shell=bash
# Throwaway Redis and PostgreSQL for the workshop scale-out tests (test/unit/workshop/scale-*).
# Sourced by .ci/run; by hand: `source .ci/services.sh && start_test_services` … `stop_test_services`.
# Re-uses a service already answering on its port, and stops only what it started itself.
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user that
# Debian's package creates; as anyone else it runs as that user.

TRACEREADY_REDIS_PORT="${TRACEREADY_REDIS_PORT:-6379}"
TRACEREADY_PG_PORT="${TRACEREADY_PG_PORT:-55432}"
_tr_services_dir=''
_tr_started_redis=''
_tr_started_pg=''

_tr_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# Runs a command as the user that owns the PostgreSQL cluster.
_tr_as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_services() {
  local pg_bin
  pg_bin="$(_tr_pg_bin)"
  if [ -z "$pg_bin" ] || ! command -v redis-server >/dev/null 2>&1; then
    echo "start_test_services: install redis-server and postgresql first" >&2
    return 1
  fi
  [ -n "$_tr_services_dir" ] || _tr_services_dir="$(mktemp -d /tmp/traceready-services.XXXXXX)"

  if ! redis-cli -h 127.0.0.1 -p "$TRACEREADY_REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$TRACEREADY_REDIS_PORT" --daemonize yes \
      --save '' --appendonly no --dir "$_tr_services_dir" \
      --pidfile "$_tr_services_dir/redis.pid" --logfile "$_tr_services_dir/redis.log"
    _tr_started_redis=1
    for _ in $(seq 50); do
      redis-cli -h 127.0.0.1 -p "$TRACEREADY_REDIS_PORT" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  redis-cli -h 127.0.0.1 -p "$TRACEREADY_REDIS_PORT" ping >/dev/null

  if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$TRACEREADY_PG_PORT"; then
    [ "$(id -u)" = 0 ] && chown postgres: "$_tr_services_dir"
    _tr_as_pg "$pg_bin/initdb" -D "$_tr_services_dir/pg" -U postgres -A trust -E UTF8 \
      --no-sync >/dev/null
    # fsync off: a test cluster thrown away after the run.
    _tr_as_pg "$pg_bin/pg_ctl" -D "$_tr_services_dir/pg" -l "$_tr_services_dir/pg.log" -w \
      -o "-p $TRACEREADY_PG_PORT -k $_tr_services_dir -c listen_addresses=127.0.0.1 -c fsync=off" \
      start >/dev/null
    _tr_started_pg=1
  fi
  local psql=("$pg_bin/psql" -h 127.0.0.1 -p "$TRACEREADY_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'traceready_test'")" != 1 ]; then
    "${psql[@]}" -d postgres -c 'CREATE DATABASE traceready_test'
  fi

  export TRACEREADY_TEST_REDIS="redis://127.0.0.1:$TRACEREADY_REDIS_PORT"
  export TRACEREADY_TEST_POSTGRES="postgres://postgres@127.0.0.1:$TRACEREADY_PG_PORT/traceready_test"
  # The scale-out tests fail instead of skipping when the services are expected.
  export TRACEREADY_SERVICES=1
  echo "Test services: $TRACEREADY_TEST_REDIS, $TRACEREADY_TEST_POSTGRES"
}

stop_test_services() {
  if [ -n "$_tr_started_pg" ]; then
    _tr_as_pg "$(_tr_pg_bin)/pg_ctl" -D "$_tr_services_dir/pg" -m fast -w stop >/dev/null || true
    _tr_started_pg=''
  fi
  if [ -n "$_tr_started_redis" ]; then
    redis-cli -h 127.0.0.1 -p "$TRACEREADY_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    _tr_started_redis=''
  fi
  if [ -n "$_tr_services_dir" ]; then
    rm -rf "$_tr_services_dir"
    _tr_services_dir=''
  fi
}
