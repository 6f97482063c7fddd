-- The dashboard reports with team and channel filters, the SLA breach split and buckets, the backlog and the
-- response-time distribution, on hand-made tickets in March 2001 (so that seed data cannot change the
-- figures). Every expected number below is worked out by hand from the fixture table.
--
-- SLA (every priority): first response within 60 min, resolution within 480 min; due times given explicitly.
--   id  team ch    prio    status   created     first resp.      solved            assignee  SLA
--   t1  A    email normal  solved   03-05 10:00 10:30 (30 min)   12:00 (120)       agent     met
--   t2  A    web   normal  solved   03-05 11:00 13:00 (120)      03-06 11:00 (1440) agent    both late
--   t3  B    email normal  solved   03-06 09:00 09:10 (10)       10:00 (60)        agent2    met
--   t4  A    email normal  open     03-12 08:00 -                -                 -         both late (now)
--   t5  B    chat  normal  closed   03-13 09:00 09:05 (5)        20:00 (660)       agent2    resolution late
--   t6  A    email high    pending  03-07 08:00 08:20 (20)       - (paused 09:00)  agent     met
--   t7  A    web   urgent  new      03-20 10:00 -                -                 -         first resp. late
--   t8  A    email low     on_hold  03-21 08:00 -                - (paused 08:00)  -         first resp. late
--   t9  A    chat  normal  open, deleted 03-08 first response after 100000 min: never counted
begin;
\ir fixtures/users.psql
select plan(36);

insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes, business_hours, time_zone)
select 'pgTAP ' || p, p, 60, 480, '{}', 'UTC' from unnest(enum_range(null::public.ticket_priority)) p
on conflict (priority) do update set first_response_minutes = 60, resolution_minutes = 480,
                                     business_hours = '{}', time_zone = 'UTC', is_active = true;
insert into public.teams (id, name) values ('e1000000-0000-4000-8000-000000000002', 'pgTAP team B');
insert into public.team_members (team_id, user_id)
values ('e1000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000003');

\set team_a '''e1000000-0000-4000-8000-000000000001'''
\set team_b '''e1000000-0000-4000-8000-000000000002'''

insert into public.tickets (title, requester_id, team_id, channel, priority, status, assignee_id, created_at,
                            first_responded_at, solved_at, closed_at, sla_paused_at, deleted_at,
                            first_response_due_at, resolution_due_at)
select f.title, 'e0000000-0000-4000-8000-00000000000a', f.team::uuid, f.ch::public.ticket_channel,
       f.prio::public.ticket_priority, f.st::public.ticket_status, f.assignee::uuid, f.created::timestamptz,
       f.fr::timestamptz, f.solved::timestamptz, f.closed::timestamptz, f.paused::timestamptz,
       f.deleted::timestamptz,
       f.created::timestamptz + interval '60 minutes', f.created::timestamptz + interval '480 minutes'
from (values
    ('t1', :team_a, 'email', 'normal', 'solved', 'e0000000-0000-4000-8000-000000000002', '2001-03-05 10:00Z',
     '2001-03-05 10:30Z', '2001-03-05 12:00Z', null, null, null),
    ('t2', :team_a, 'web', 'normal', 'solved', 'e0000000-0000-4000-8000-000000000002', '2001-03-05 11:00Z',
     '2001-03-05 13:00Z', '2001-03-06 11:00Z', null, null, null),
    ('t3', :team_b, 'email', 'normal', 'solved', 'e0000000-0000-4000-8000-000000000003', '2001-03-06 09:00Z',
     '2001-03-06 09:10Z', '2001-03-06 10:00Z', null, null, null),
    ('t4', :team_a, 'email', 'normal', 'open', null, '2001-03-12 08:00Z', null, null, null, null, null),
    ('t5', :team_b, 'chat', 'normal', 'closed', 'e0000000-0000-4000-8000-000000000003', '2001-03-13 09:00Z',
     '2001-03-13 09:05Z', '2001-03-13 20:00Z', '2001-03-14 09:00Z', null, null),
    ('t6', :team_a, 'email', 'high', 'pending', 'e0000000-0000-4000-8000-000000000002', '2001-03-07 08:00Z',
     '2001-03-07 08:20Z', null, null, '2001-03-07 09:00Z', null),
    ('t7', :team_a, 'web', 'urgent', 'new', null, '2001-03-20 10:00Z', null, null, null, null, null),
    ('t8', :team_a, 'email', 'low', 'on_hold', null, '2001-03-21 08:00Z', null, null, null, '2001-03-21 08:00Z', null),
    ('t9', :team_a, 'chat', 'normal', 'open', null, '2001-03-08 08:00Z', '2001-05-17 10:40Z', null, null, null,
     '2001-03-09 00:00Z')
) as f (title, team, ch, prio, st, assignee, created, fr, solved, closed, paused, deleted);

-- Who may run them ------------------------------------------------------------------------------------------
:as_cust_a
select throws_ok($$select * from public.report_backlog()$$, '42501', null, 'customers cannot run the backlog report');
select throws_ok($$select * from public.report_response_times('2001-03-01', '2001-04-01')$$, '42501', null,
                 'customers cannot run the response-time report');
select throws_ok($$select * from public.report_ticket_volume('2001-03-01', '2001-04-01', 'day', null, 'email')$$,
                 '42501', null, 'customers cannot run the filtered volume report');
:as_anon
select throws_ok($$select * from public.report_backlog()$$, '42501', null, 'anon cannot run the backlog report');
select throws_ok($$select * from public.report_response_times('2001-03-01', '2001-04-01')$$, '42501', null,
                 'anon cannot run the response-time report');

-- Volume -----------------------------------------------------------------------------------------------------
:as_agent
select results_eq(
    format($$select bucket, created, solved from public.report_ticket_volume('2001-03-05Z', '2001-03-13Z', 'day', %L, 'email')$$, :team_a),
    $$values ('2001-03-05Z'::timestamptz, 1::bigint, 1::bigint), ('2001-03-06Z', 0, 0), ('2001-03-07Z', 1, 0),
             ('2001-03-08Z', 0, 0), ('2001-03-09Z', 0, 0), ('2001-03-10Z', 0, 0), ('2001-03-11Z', 0, 0),
             ('2001-03-12Z', 1, 0)$$,
    'volume for team A by e-mail: t1 created and solved on the 5th, t6 on the 7th, t4 on the 12th');
select results_eq(
    format($$select bucket, created, solved from public.report_ticket_volume('2001-03-01Z', '2001-04-01Z', 'month', %L)$$, :team_a),
    $$values ('2001-03-01Z'::timestamptz, 6::bigint, 2::bigint)$$,
    'monthly volume of team A: six live tickets created (t9 is deleted), t1 and t2 solved');
select results_eq(
    format($$select bucket, created, solved from public.report_ticket_volume(p_from => '2001-03-05Z', p_to => '2001-03-19Z', p_bucket => 'week', p_team => %L)$$, :team_b),
    $$values ('2001-03-05Z'::timestamptz, 1::bigint, 1::bigint), ('2001-03-12Z', 1, 1)$$,
    'weekly volume of team B with named arguments: t3 and t5, each solved in its week');
select results_eq(
    $$select sum(created)::int, sum(solved)::int from public.report_ticket_volume('2001-03-01Z', '2001-04-01Z', 'month', p_channel => 'chat')$$,
    $$values (1, 1)$$, 'volume over the chat channel: t5 only (t9 is deleted)');

-- Agent performance ------------------------------------------------------------------------------------------
select results_eq(
    format($$select full_name, assigned, solved, median_first_response_minutes, median_resolution_minutes, sla_met_pct
             from public.report_agent_performance('2001-03-01Z', '2001-04-01Z', %L)$$, :team_b),
    $$values ('Tap Agent Two', 2::bigint, 2::bigint, 7.5, 360.0, 50.0)$$,
    'team B: only its member agent2 with t3 and t5 (first responses 10 and 5 min, resolutions 60 and 660, t5 late)');
select results_eq(
    format($$select full_name, assigned, solved, median_first_response_minutes, median_resolution_minutes, sla_met_pct
             from public.report_agent_performance('2001-03-01Z', '2001-04-01Z', %L, 'email')$$, :team_a),
    $$values ('Tap Agent', 2::bigint, 1::bigint, 25.0, 120.0, 100.0),
             ('Tap Agent Two', 0::bigint, 0::bigint, null::numeric, null::numeric, null::numeric)$$,
    'team A by e-mail: agent with t1 and t6 (responses 30 and 20 min, both within SLA), member agent2 with none');

-- SLA compliance ---------------------------------------------------------------------------------------------
select results_eq(
    format($$select day, total, met, breached, compliance_pct, first_response_breached, resolution_breached
             from public.report_sla_compliance('2001-03-05Z', '2001-03-08Z', %L)$$, :team_a),
    $$values ('2001-03-05'::date, 2::bigint, 1::bigint, 1::bigint, 50.0, 1::bigint, 1::bigint),
             ('2001-03-06', 0, 0, 0, null, 0, 0), ('2001-03-07', 1, 1, 0, 100.0, 0, 0)$$,
    'SLA per day for team A: t1 met, t2 late on both clocks; t6 met (its clock paused before the due time)');
select results_eq(
    format($$select day, total, met, breached, compliance_pct, first_response_breached, resolution_breached
             from public.report_sla_compliance('2001-03-05Z', '2001-03-19Z', %L, null, 'week')$$, :team_b),
    $$values ('2001-03-05'::date, 1::bigint, 1::bigint, 0::bigint, 100.0, 0::bigint, 0::bigint),
             ('2001-03-12', 1, 0, 1, 0.0, 0, 1)$$,
    'SLA per week for team B: t3 met; t5 answered in time but resolved late');
select results_eq(
    $$select total, met, breached, compliance_pct, first_response_breached, resolution_breached
      from public.report_sla_compliance('2001-03-01Z', '2001-04-01Z', p_channel => 'email', p_bucket => 'month')$$,
    $$values (5::bigint, 3::bigint, 2::bigint, 60.0, 2::bigint, 1::bigint)$$,
    'SLA by e-mail for March: t1, t3, t6 met; t4 late on both, t8 never answered (its resolution clock paused)');
select throws_ok($$select * from public.report_sla_compliance('2001-03-01Z', '2001-04-01Z', null, null, 'year')$$,
                 '22023', null, 'the SLA report refuses an unknown bucket');

-- Backlog ----------------------------------------------------------------------------------------------------
select results_eq(
    format($$select dimension, key, tickets, overdue, oldest_created_at from public.report_backlog(%L)$$, :team_a),
    $$values ('status', 'new', 1::bigint, 1::bigint, '2001-03-20 10:00Z'::timestamptz),
             ('status', 'open', 1, 1, '2001-03-12 08:00Z'),
             ('status', 'pending', 1, 0, '2001-03-07 08:00Z'),
             ('status', 'on_hold', 1, 0, '2001-03-21 08:00Z'),
             ('priority', 'low', 1, 0, '2001-03-21 08:00Z'),
             ('priority', 'normal', 1, 1, '2001-03-12 08:00Z'),
             ('priority', 'high', 1, 0, '2001-03-07 08:00Z'),
             ('priority', 'urgent', 1, 1, '2001-03-20 10:00Z'),
             ('channel', 'desktop', 0, 0, null),
             ('channel', 'email', 3, 1, '2001-03-07 08:00Z'),
             ('channel', 'web', 1, 1, '2001-03-20 10:00Z'),
             ('channel', 'api', 0, 0, null),
             ('channel', 'chat', 0, 0, null)$$,
    'backlog of team A: t4, t6, t7, t8 by status, priority and channel (t9 deleted); overdue only while the clock runs');
select results_eq(
    format($$select key, tickets from public.report_backlog(%L, 'email') where dimension = 'status'$$, :team_a),
    $$values ('new', 0::bigint), ('open', 1::bigint), ('pending', 1::bigint), ('on_hold', 1::bigint)$$,
    'backlog of team A by e-mail: the new ticket t7 came by web');
select is(
    (select count(*)::int from public.report_backlog(:team_b)), 13,
    'a team without open tickets still gets every status, priority and channel (13 rows)');
select is(
    (select sum(tickets)::int from public.report_backlog(:team_b)), 0,
    'and all of them are zero (t3 and t5 are solved and closed)');
select ok(
    (select bool_and(n = (select count(*) from public.tickets t
                          where t.deleted_at is null and t.status in ('new', 'open', 'pending', 'on_hold')))
     from (select dimension, sum(tickets) as n from public.report_backlog() group by dimension) d),
    'without filters each dimension adds up to all open tickets of the workspace');

-- Response times ---------------------------------------------------------------------------------------------
select results_eq(
    format($$select metric, bucket, lower_minutes, upper_minutes, tickets, measured, median_minutes, p90_minutes
             from public.report_response_times('2001-03-01Z', '2001-04-01Z', %L)$$, :team_a),
    $$values ('first_response', '< 15 min', 0, 15, 0::bigint, 3::bigint, 30.0, 102.0),
             ('first_response', '15-60 min', 15, 60, 2, 3, 30.0, 102.0),
             ('first_response', '1-4 h', 60, 240, 1, 3, 30.0, 102.0),
             ('first_response', '4-8 h', 240, 480, 0, 3, 30.0, 102.0),
             ('first_response', '8-24 h', 480, 1440, 0, 3, 30.0, 102.0),
             ('first_response', '1-3 d', 1440, 4320, 0, 3, 30.0, 102.0),
             ('first_response', '3-7 d', 4320, 10080, 0, 3, 30.0, 102.0),
             ('first_response', '>= 7 d', 10080, null, 0, 3, 30.0, 102.0),
             ('resolution', '< 15 min', 0, 15, 0, 2, 780.0, 1308.0),
             ('resolution', '15-60 min', 15, 60, 0, 2, 780.0, 1308.0),
             ('resolution', '1-4 h', 60, 240, 1, 2, 780.0, 1308.0),
             ('resolution', '4-8 h', 240, 480, 0, 2, 780.0, 1308.0),
             ('resolution', '8-24 h', 480, 1440, 0, 2, 780.0, 1308.0),
             ('resolution', '1-3 d', 1440, 4320, 1, 2, 780.0, 1308.0),
             ('resolution', '3-7 d', 4320, 10080, 0, 2, 780.0, 1308.0),
             ('resolution', '>= 7 d', 10080, null, 0, 2, 780.0, 1308.0)$$,
    'team A: first responses 20, 30, 120 min (median 30, p90 30 + 0.8 x 90 = 102); resolutions 120, 1440 (median 780, p90 120 + 0.9 x 1320 = 1308); 1440 falls in [1440, 4320)');
select results_eq(
    $$select metric, measured, median_minutes, p90_minutes from public.report_response_times('2001-03-01Z', '2001-04-01Z')
      where bucket = '< 15 min'$$,
    $$values ('first_response', 5::bigint, 20.0, 84.0), ('resolution', 4::bigint, 390.0, 1206.0)$$,
    'all teams: responses 5, 10, 20, 30, 120 (median 20, p90 30 + 0.6 x 90 = 84); resolutions 60, 120, 660, 1440 (median 390, p90 660 + 0.7 x 780 = 1206)');
select results_eq(
    $$select metric, bucket, tickets from public.report_response_times('2001-03-01Z', '2001-04-01Z') where tickets > 0$$,
    $$values ('first_response', '< 15 min', 2::bigint), ('first_response', '15-60 min', 2::bigint),
             ('first_response', '1-4 h', 1::bigint), ('resolution', '1-4 h', 2::bigint),
             ('resolution', '8-24 h', 1::bigint), ('resolution', '1-3 d', 1::bigint)$$,
    'all teams histogram: 5 and 10 under 15 min; 60 min is the lower bound of 1-4 h; 660 in 8-24 h');
select results_eq(
    $$select metric, measured, median_minutes, p90_minutes from public.report_response_times('2001-03-01Z', '2001-04-01Z', null, 'chat')
      where bucket = '< 15 min'$$,
    $$values ('first_response', 1::bigint, 5.0, 5.0), ('resolution', 1::bigint, 660.0, 660.0)$$,
    'chat: t5 alone (the deleted t9 and its 100000-minute response are left out)');
select results_eq(
    $$select count(*)::int, sum(tickets)::int, sum(measured)::int, count(median_minutes)::int
      from public.report_response_times('2001-02-01Z', '2001-03-01Z')$$,
    $$values (16, 0, 0, 0)$$,
    'a period without tickets: every bucket of both metrics, all zero, no median');

-- Admins run them too; one aggregate query each; no anon execute ---------------------------------------------
:as_admin
select is((select count(*)::int from public.report_backlog()), 13, 'an admin runs the backlog report');
select is((select count(*)::int from public.report_response_times('2001-03-01Z', '2001-04-01Z')), 16,
          'an admin runs the response-time report');
:as_postgres
select ok((select count(*) = 1 from regexp_matches(prosrc, 'return query', 'gi')), proname || ' is one query')
from pg_proc where proname in ('report_backlog', 'report_response_times', 'report_ticket_volume',
                               'report_agent_performance', 'report_sla_compliance')
               and pronamespace = 'public'::regnamespace
order by proname;
select is((select count(*)::int from pg_proc where pronamespace = 'public'::regnamespace
           and proname in ('report_ticket_volume', 'report_agent_performance', 'report_sla_compliance')), 3,
          'the filtered reports replaced the old signatures (no overload left to make calls ambiguous)');
select is_empty(
    $$select p.oid::regprocedure::text from pg_proc p
      where p.pronamespace = 'public'::regnamespace and p.proname like 'report\_%'
        and p.proname not like 'report\_ai\_%' and p.prorettype <> 'trigger'::regtype
        and has_function_privilege('anon', p.oid, 'execute')$$,
    'anon may not execute any report function');
select ok(exists (select 1 from pg_indexes where schemaname = 'public' and tablename = 'tickets'
                  and indexname = 'tickets_backlog_idx'),
          'tickets has a partial index for the backlog');
:as_agent
select is(
    (select count(*)::int from public.report_ticket_volume('2001-03-01', '2001-04-01')), 31,
    'the volume report keeps its old two-argument call (day buckets by default)');

select * from finish();
rollback;
