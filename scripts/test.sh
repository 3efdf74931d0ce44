#!/usr/bin/env bash
# Runs every test: domain, HTTP on SQLite and PostgreSQL, and browser tests in Chromium.
# Installs PostgreSQL and Chromium from Debian's packages when they are missing, starts a throwaway
# PostgreSQL cluster on 127.0.0.1 (unless FOURFOLD_TEST_POSTGRES names a server), and ends with the line
# "N passed, N failed, N skipped".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="$repo/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

find_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_postgres() {
  local bin port data
  bin="$(find_pg_bin)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "Installing PostgreSQL from Debian's packages..."
    apt_install postgresql
    bin="$(find_pg_bin)"
  fi
  data="$(mktemp -d /tmp/fourfold-pg.XXXXXX)"
  chown postgres:postgres "$data"
  port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  runuser -u postgres -- "$bin/initdb" -D "$data/cluster" -A trust -U fourfold --no-sync >"$results/postgres-init.log" 2>&1
  cd / # the postgres user may not enter the folder the command was started in
  runuser -u postgres -- "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  trap 'runuser -u postgres -- "'"$bin"'/pg_ctl" -D "'"$data"'/cluster" -m immediate stop >/dev/null 2>&1 || true; rm -rf "'"$data"'"' EXIT
  # Two roles, as in production: "fourfold" owns the schema and migrates it; "fourfold_app" is what the app runs as
  # (tests that use it are granted their privileges by the app's own migration step; others run as the owner).
  runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U fourfold -d postgres -q -c "CREATE ROLE fourfold_app LOGIN" >/dev/null
  export FOURFOLD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=fourfold;Database=postgres;Pooling=true;Maximum Pool Size=20"
  # Lets the one test that restarts the server under load do so (it runs alone, after the others).
  export FOURFOLD_TEST_POSTGRES_RESTART="cd / && runuser -u postgres -- $bin/pg_ctl -D $data/cluster -l $data/server.log -w -m fast restart"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port for this run."
  cd - >/dev/null
}

if [ -z "${FOURFOLD_TEST_POSTGRES:-}" ]; then
  start_postgres
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium from Debian's packages..."
  apt_install chromium
fi
export FOURFOLD_CHROMIUM="${FOURFOLD_CHROMIUM:-$(command -v chromium)}"


dotnet tool restore >/dev/null
dotnet build Fourfold.slnx -c Debug --nologo -v quiet -clp:ErrorsOnly
dotnet format Fourfold.slnx --verify-no-changes --no-restore -v quiet || { echo "dotnet format found code that is not formatted; run 'dotnet format Fourfold.slnx'."; exit 1; }

status=0
dotnet test Fourfold.slnx --no-build -c Debug --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value total) - $(value executed)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "Screenshots and results: $results"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
