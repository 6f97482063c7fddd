#!/usr/bin/env bash
# A second local server for the sync benchmarks, over its own database (helpdesk_sync_bench) in the local
# stack's PostgreSQL cluster, loaded with scripts/generate-data — so 100k tickets never land in the
# database the test suites share.
#
#   tests/bench/sync_bench_stack.sh up [--tickets N] [--messages M]   create/load (once) and start on :54341
#   tests/bench/sync_bench_stack.sh env                               print SUPABASE_URL / keys for it
#   tests/bench/sync_bench_stack.sh down                              stop the bench server
#   tests/bench/sync_bench_stack.sh drop                              stop it and drop the database
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${HELPDESK_BENCH_API_PORT:-54341}"
DB=helpdesk_sync_bench
STATE="${HELPDESK_BENCH_STATE:-/var/tmp/helpdesk-sync-bench-$(echo "$ROOT" | sha1sum | cut -c1-8)}"
DENO="$ROOT/node_modules/.bin/deno"
JWT_SECRET="${SUPABASE_JWT_SECRET:-super-secret-jwt-token-with-at-least-32-characters-long}"
BASE_URL="postgresql://postgres:postgres@127.0.0.1:${HELPDESK_DB_PORT:-54322}"
psql_db() { PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${HELPDESK_DB_PORT:-54322}" -U postgres "$@"; }
log() { echo "sync-bench-stack: $*" >&2; }

up() {
    local tickets=100000 messages=500000
    while [ $# -gt 0 ]; do
        case "$1" in
            --tickets) tickets="$2"; shift 2 ;;
            --messages) messages="$2"; shift 2 ;;
            *) log "unknown option $1"; exit 2 ;;
        esac
    done
    "$ROOT/scripts/local-stack" up >/dev/null
    mkdir -p "$STATE"
    if [ "$(psql_db -d postgres -At -c "select count(*) from pg_database where datname = '$DB'")" = "0" ]; then
        log "creating $DB: bootstrap, migrations, seed"
        psql_db -d postgres -c "create database $DB"
        psql_db -d "$DB" -f "$ROOT/supabase/local/bootstrap.sql" >/dev/null
        for file in "$ROOT"/supabase/migrations/*.sql; do psql_db -d "$DB" -f "$file" >/dev/null; done
        [ -f "$ROOT/supabase/seed.sql" ] && psql_db -d "$DB" -f "$ROOT/supabase/seed.sql" >/dev/null
    fi
    local have
    have="$(psql_db -d "$DB" -At -c "select count(*) from public.tickets")"
    if [ "$have" -lt "$tickets" ]; then
        log "loading $((tickets - have)) tickets and $messages messages (scripts/generate-data)"
        "$ROOT/scripts/generate-data" --tickets "$((tickets - have))" --messages "$messages" \
            --database-url "$BASE_URL/$DB" >&2
    fi
    if [ -f "$STATE/server.pid" ] && kill -0 "$(cat "$STATE/server.pid")" 2>/dev/null; then
        log "server already running on :$PORT"
    else
        log "starting the bench server on 127.0.0.1:$PORT"
        (cd "$ROOT" && DATABASE_URL="$BASE_URL/$DB" SUPABASE_JWT_SECRET="$JWT_SECRET" HELPDESK_API_PORT="$PORT" \
            HELPDESK_STATE_DIR="$STATE" HELPDESK_ROOT="$ROOT" \
            nohup "$DENO" run --allow-all --quiet supabase/local/main.ts >"$STATE/server.log" 2>&1 &
            echo $! >"$STATE/server.pid")
        for _ in $(seq 1 60); do
            curl -s -o /dev/null "http://127.0.0.1:$PORT/rest/v1/" && break
            sleep 1
        done
    fi
    env_lines
}

env_lines() {
    echo "export SUPABASE_URL=http://127.0.0.1:$PORT"
    SUPABASE_JWT_SECRET="$JWT_SECRET" "$DENO" run --quiet --allow-env "$ROOT/supabase/local/keys.ts"
}

down() {
    if [ -f "$STATE/server.pid" ]; then
        kill "$(cat "$STATE/server.pid")" 2>/dev/null || true
        rm -f "$STATE/server.pid"
    fi
}

case "${1:-}" in
    up) shift; up "$@" ;;
    env) env_lines ;;
    down) down ;;
    drop) down; psql_db -d postgres -c "drop database if exists $DB" ;;
    *) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
