-- Covering indexes for the reports (which read tickets as their owner after the role check, so no RLS
-- column is needed): every column a report touches is in the index, so they run as index-only scans.
--  * backlog: a partial index over open tickets only, small however many tickets are closed;
--  * period reports (volume, agent performance, SLA, response times): by creation time with the columns they
--    aggregate and filter on (team, channel);
--  * the "solved" half of the volume report: by solved time.

create index tickets_backlog_idx on public.tickets (team_id, channel, status, priority)
    include (created_at, resolution_due_at, sla_paused_at)
    where deleted_at is null and status in ('new', 'open', 'pending', 'on_hold');

create index tickets_report_created_idx on public.tickets (created_at)
    include (deleted_at, team_id, channel, assignee_id, sla_policy_id, first_responded_at, first_response_due_at,
             solved_at, resolution_due_at, sla_paused_at);

create index tickets_report_solved_idx on public.tickets (solved_at) include (deleted_at, team_id, channel)
    where solved_at is not null;
