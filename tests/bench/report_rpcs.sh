#!/usr/bin/env bash
# Benchmark of the report RPCs (report_*) on a large generated workspace, in a database of its own so the
# shared development database is not bloated: `helpdesk_bench` in the local stack's cluster, built from
# supabase/local/bootstrap.sql, the migrations and the seed, then filled by scripts/generate-data.
# Later runs reuse the data and only apply migrations added since (recorded in bench_migrations).
#
#   tests/bench/report_rpcs.sh [--tickets N] [--messages M] [--runs R] [--database NAME] [--rebuild]
#
#   --tickets N    tickets to generate when the database is built (default 1000000)
#   --messages M   messages to generate (default 1000000; the reports do not read messages)
#   --runs R       timed runs per RPC after one warm-up run; the median is reported (default 5)
#   --database     database name (default helpdesk_bench)
#   --rebuild      drop the database and generate again
#
# Each RPC is timed server-side with EXPLAIN (ANALYZE, TIMING OFF) as a signed-in agent (role
# authenticated + JWT claims), so RLS applies as it does through the API. Prints one line per RPC:
# median, min and max execution time in ms, rows returned, and the load average before and after.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

TICKETS=1000000
MESSAGES=1000000
RUNS=5
DB=helpdesk_bench
REBUILD=0
while [ $# -gt 0 ]; do
    case "$1" in
        --tickets) TICKETS="$2"; shift 2 ;;
        --messages) MESSAGES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --database) DB="$2"; shift 2 ;;
        --rebuild) REBUILD=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "report_rpcs: unknown option $1" >&2; exit 2 ;;
    esac
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "report_rpcs: bad database name" >&2; exit 2; }

BASE_URL="$("$ROOT/scripts/local-stack" env | sed -n 's/^export DATABASE_URL=//p')"
[ -n "$BASE_URL" ] || { echo "report_rpcs: start the local stack first (scripts/local-stack up)" >&2; exit 1; }
BENCH_URL="${BASE_URL%/*}/$DB"
log() { echo "report_rpcs: $*" >&2; }
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_URL" "$@"; }

exists="$(psql -X -At -d "$BASE_URL" -c "select 1 from pg_database where datname = '$DB'")"
if [ "$REBUILD" -eq 1 ] && [ -n "$exists" ]; then
    log "dropping $DB"
    psql -X -q -d "$BASE_URL" -c "drop database $DB with (force)"
    exists=
fi
if [ -z "$exists" ]; then
    log "creating $DB"
    psql -X -q -d "$BASE_URL" -c "create database $DB"
    q -c "alter database $DB set search_path to \"\$user\", public, extensions"
    q -f "$ROOT/supabase/local/bootstrap.sql" >/dev/null
fi

# Migrations not applied yet (all of them on a fresh database), each in its own transaction, recorded in
# the bootstrap's supabase_migrations.schema_migrations as scripts/local-stack does.
q -c "alter table supabase_migrations.schema_migrations add column if not exists checksum text" >/dev/null
for file in "$ROOT"/supabase/migrations/*.sql; do
    name="$(basename "$file" .sql)"
    version="${name%%_*}"
    checksum="$(sha256sum "$file" | cut -c1-64)"
    applied="$(q -At -c "select coalesce(checksum, '-') from supabase_migrations.schema_migrations where version = '$version'")"
    if [ -z "$applied" ]; then
        log "applying $name"
        q -1 -f "$file" -c "insert into supabase_migrations.schema_migrations (version, name, checksum) values ('$version', '$name', '$checksum')" >/dev/null
    elif [ "$applied" = "-" ]; then
        q -c "update supabase_migrations.schema_migrations set checksum = '$checksum' where version = '$version'" >/dev/null
    elif [ "$applied" != "$checksum" ]; then
        log "warning: $name changed since it was applied to $DB; run again with --rebuild to measure the new version"
    fi
done

if [ -z "$exists" ]; then
    log "loading the seed and generating $TICKETS tickets, $MESSAGES messages"
    q -1 -f "$ROOT/supabase/seed.sql" >/dev/null
    start=$(date +%s)
    "$ROOT/scripts/generate-data" --tickets "$TICKETS" --messages "$MESSAGES" --database-url "$BENCH_URL" >&2
    log "generated in $(( $(date +%s) - start )) s"
    q -c "vacuum (analyze) public.tickets" >/dev/null
fi

count="$(q -At -c "select count(*) from public.tickets where deleted_at is null")"
agent="$(q -At -c "select id from public.profiles where role = 'agent' and is_active order by email limit 1")"
team="$(q -At -c "select team_id from public.tickets where team_id is not null group by team_id order by count(*) desc limit 1")"
to="$(q -At -c "select date_trunc('day', now(), 'UTC')::timestamptz")"
log "$count tickets; timing as agent $agent; busiest team $team; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# name | SQL (the period is the 30 days before today unless the line says otherwise)
calls=(
    "report_ticket_volume 30d day|select * from public.report_ticket_volume('$to'::timestamptz - interval '30 days', '$to', 'day')"
    "report_ticket_volume 365d week|select * from public.report_ticket_volume('$to'::timestamptz - interval '365 days', '$to', 'week')"
    "report_ticket_volume 30d team+channel|select * from public.report_ticket_volume('$to'::timestamptz - interval '30 days', '$to', 'day', '$team', 'email')"
    "report_agent_performance 30d|select * from public.report_agent_performance('$to'::timestamptz - interval '30 days', '$to')"
    "report_agent_performance 30d team|select * from public.report_agent_performance('$to'::timestamptz - interval '30 days', '$to', '$team')"
    "report_sla_compliance 30d|select * from public.report_sla_compliance('$to'::timestamptz - interval '30 days', '$to')"
    "report_sla_compliance 90d channel|select * from public.report_sla_compliance('$to'::timestamptz - interval '90 days', '$to', null, 'email')"
    "report_backlog all|select * from public.report_backlog()"
    "report_backlog team+channel|select * from public.report_backlog('$team', 'email')"
    "report_response_times 30d|select * from public.report_response_times('$to'::timestamptz - interval '30 days', '$to')"
    "report_response_times 365d|select * from public.report_response_times('$to'::timestamptz - interval '365 days', '$to')"
    "report_response_times 30d team|select * from public.report_response_times('$to'::timestamptz - interval '30 days', '$to', '$team')"
)

claims="{\"sub\":\"$agent\",\"role\":\"authenticated\"}"
printf '%-40s %10s %10s %10s %8s\n' "rpc" "p50 ms" "min ms" "max ms" "rows"
for entry in "${calls[@]}"; do
    name="${entry%%|*}"
    sql="${entry#*|}"
    script="set role authenticated; set request.jwt.claims = '$claims';"
    for _ in $(seq 0 "$RUNS"); do
        script+=" explain (analyze, timing off, costs off) $sql;"
    done
    out="$(q -At -c "$script")"
    times="$(echo "$out" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' | tail -n +2 | sort -n)"
    rows="$(echo "$out" | sed -n 's/^Function Scan.*(actual rows=\([0-9]*\) .*/\1/p' | tail -1)"
    n=$(echo "$times" | wc -l)
    p50=$(echo "$times" | sed -n "$(( (n + 1) / 2 ))p")
    printf '%-40s %10s %10s %10s %8s\n' "$name" "$p50" "$(echo "$times" | head -1)" "$(echo "$times" | tail -1)" "$rows"
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
