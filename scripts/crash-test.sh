#!/usr/bin/env bash
# Crash test: 200 registrations at once through the API of the packaged jar, kill -9 of the JVM mid-run,
# restart, then every acknowledged registration must be there with its process instance, no process instance
# without its model, no duplicate. On PostgreSQL and on H2 (file). Exits non-zero on any loss.
#
#   scripts/crash-test.sh                 # both databases
#   DBS=h2 scripts/crash-test.sh          # one of them
#   REQUESTS=200 KILL_AFTER=100 APP_PORT=18287 PG_PORT=55439 scripts/crash-test.sh
#
# Needs a JDK 17 and, for PostgreSQL, Debian's postgresql package (installed here with apt-get when missing
# and run as root) or PG_BIN pointing at a PostgreSQL bin folder. Figures go to target/crash-test/DB/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

DBS=${DBS:-"postgres h2"}
REQUESTS=${REQUESTS:-200}
KILL_AFTER=${KILL_AFTER:-$((REQUESTS / 2))}
APP_PORT=${APP_PORT:-18287}
PG_PORT=${PG_PORT:-55439}
OUT=target/crash-test

mvn() { ./mvnw -B -q -o "$@" 2>/dev/null || ./mvnw -B -q "$@"; }

echo "Building the jar and the test classes..."
mvn -DskipTests package
mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-test.classpath
CLASSPATH="target/test-classes:$(cat target/crash-test.classpath)"

PG_WORK=""
stop_postgres() {
  if [ -n "$PG_WORK" ] && [ -f "$PG_WORK/data/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_WORK/data" -m fast -w stop >/dev/null || true
  fi
}
trap stop_postgres EXIT

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL not found: install Debian's postgresql package or set PG_BIN" >&2
      exit 2
    fi
    echo "Installing PostgreSQL (Debian package)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PG_WORK=$(mktemp -d /tmp/danvan-crash-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_WORK"; fi
  as_postgres "$PG_BIN/initdb" -D "$PG_WORK/data" -U danvan --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # a server of its own on loopback; synchronous_commit and fsync stay at their safe defaults
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_WORK/data" -l "$PG_WORK/server.log" -w \
    -o "-p $PG_PORT -k $PG_WORK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U danvan -d postgres -c "create database danvan" >/dev/null
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

status=0
for db in $DBS; do
  work="$OUT/$db"
  rm -rf "$work"
  mkdir -p "$work"
  if [ "$db" = postgres ]; then
    start_postgres
    export DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/danvan" DB_USER=danvan DB_PASSWORD=unused
  fi
  echo "Crash test on $db: $REQUESTS registrations, kill -9 after $KILL_AFTER acknowledged..."
  java -cp "$CLASSPATH" vn.danvan.workflow.robustness.CrashRun --db "$db" --jar target/danvan-workflow.jar \
    --work "$work" --port "$APP_PORT" --requests "$REQUESTS" --kill-after "$KILL_AFTER" || status=1
  if [ "$db" = postgres ]; then
    stop_postgres
    PG_WORK=""
  fi
done
exit $status
