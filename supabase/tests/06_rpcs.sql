-- Assignment RPCs (assign_ticket, auto_assign: least-loaded, round-robin on ties) and the three reports,
-- on fixtures in March 2001 so that seed data cannot change the figures.
begin;
\ir fixtures/users.psql
select plan(33);

insert into public.tickets (id, title, requester_id, team_id)
select ('e6000000-0000-4000-8000-00000000000' || n)::uuid, 'queue ' || n, 'e0000000-0000-4000-8000-00000000000a',
       'e1000000-0000-4000-8000-000000000001'
from generate_series(1, 6) n;

-- assign_ticket ----------------------------------------------------------------------------------------------
:as_cust_a
select throws_ok($$select public.assign_ticket('e6000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002')$$,
                 '42501', null, 'a customer cannot assign tickets');
select throws_ok($$select public.auto_assign('e6000000-0000-4000-8000-000000000001')$$,
                 '42501', null, 'a customer cannot auto-assign tickets');
:as_agent
select throws_ok($$select public.assign_ticket('e6000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-00000000000b')$$,
                 '22023', null, 'a ticket cannot be assigned to a customer');
select throws_ok($$select public.assign_ticket('e6000000-0000-4000-8000-0000000000ff', 'e0000000-0000-4000-8000-000000000002')$$,
                 'P0002', null, 'assigning an unknown ticket says so');
select is((public.assign_ticket('e6000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003')).assignee_id,
          'e0000000-0000-4000-8000-000000000003'::uuid, 'an agent assigns a ticket to another agent');
select ok(exists (select 1 from public.ticket_events where ticket_id = 'e6000000-0000-4000-8000-000000000006'
                  and field = 'assignee_id' and actor_id = 'e0000000-0000-4000-8000-000000000002'),
          'the assignment is audited with the assigning agent as actor');
select is((public.assign_ticket('e6000000-0000-4000-8000-000000000006', null)).assignee_id, null,
          'assigning null unassigns');

-- auto_assign ----------------------------------------------------------------------------------------------
select is((public.auto_assign('e6000000-0000-4000-8000-000000000001')).assignee_id,
          'e0000000-0000-4000-8000-000000000002'::uuid,
          'with equal load and no history the tie goes to the first agent in a stable order');
select is((public.auto_assign('e6000000-0000-4000-8000-000000000002')).assignee_id,
          'e0000000-0000-4000-8000-000000000003'::uuid, 'the next ticket goes to the less-loaded agent');
-- Both now carry one ticket; agent 2 was assigned more recently than agent 3.
:as_postgres
update public.tickets set assigned_at = now() - interval '1 hour' where id = 'e6000000-0000-4000-8000-000000000002';
update public.tickets set assigned_at = now() - interval '5 minutes' where id = 'e6000000-0000-4000-8000-000000000001';
:as_agent
select is((public.auto_assign('e6000000-0000-4000-8000-000000000003')).assignee_id,
          'e0000000-0000-4000-8000-000000000003'::uuid,
          'on a tie the agent least recently assigned gets the ticket (round-robin)');
select is((public.auto_assign('e6000000-0000-4000-8000-000000000003')).assignee_id,
          'e0000000-0000-4000-8000-000000000003'::uuid,
          'auto_assign leaves an assigned ticket alone (safe to retry)');
-- agent 3 carries two, agent 2 one: solving agent 3's tickets frees them.
update public.tickets set status = 'solved'
where id in ('e6000000-0000-4000-8000-000000000002', 'e6000000-0000-4000-8000-000000000003');
select is((public.auto_assign('e6000000-0000-4000-8000-000000000004')).assignee_id,
          'e0000000-0000-4000-8000-000000000003'::uuid, 'solved tickets do not count towards the load');
:as_postgres
update public.profiles set is_active = false where id = 'e0000000-0000-4000-8000-000000000003';
:as_agent
select is((public.auto_assign('e6000000-0000-4000-8000-000000000005')).assignee_id,
          'e0000000-0000-4000-8000-000000000002'::uuid, 'an inactive agent is never picked');
:as_postgres
delete from public.team_members where team_id = 'e1000000-0000-4000-8000-000000000001';
:as_agent
select throws_ok($$select public.auto_assign('e6000000-0000-4000-8000-000000000006')$$, 'P0002', null,
                 'a team without active agents cannot take the ticket');
:as_postgres
update public.tickets set team_id = null where id = 'e6000000-0000-4000-8000-000000000006';
:as_agent
select is((select p.role::text from public.profiles p
           where p.id = (public.auto_assign('e6000000-0000-4000-8000-000000000006')).assignee_id),
          'agent', 'a ticket without a team goes to some active agent');

-- Reports ---------------------------------------------------------------------------------------------------
:as_postgres
insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes, business_hours, time_zone)
values ('pgTAP normal', 'normal', 60, 480, '{}', 'UTC')
on conflict (priority) do update set first_response_minutes = 60, resolution_minutes = 480,
                                     business_hours = '{}', time_zone = 'UTC', is_active = true;
insert into public.tickets (title, requester_id, assignee_id, status, priority, created_at, first_responded_at, solved_at)
values ('r1', 'e0000000-0000-4000-8000-00000000000a', 'e0000000-0000-4000-8000-000000000002', 'solved', 'normal',
        '2001-03-05 10:00 UTC', '2001-03-05 10:30 UTC', '2001-03-05 12:00 UTC'),
       ('r2', 'e0000000-0000-4000-8000-00000000000a', 'e0000000-0000-4000-8000-000000000002', 'solved', 'normal',
        '2001-03-05 11:00 UTC', '2001-03-05 13:00 UTC', '2001-03-06 11:00 UTC'),
       ('r3', 'e0000000-0000-4000-8000-00000000000b', 'e0000000-0000-4000-8000-000000000003', 'solved', 'normal',
        '2001-03-06 09:00 UTC', '2001-03-06 09:10 UTC', '2001-03-06 10:00 UTC'),
       ('r4', 'e0000000-0000-4000-8000-00000000000b', null, 'open', 'normal',
        '2001-03-12 08:00 UTC', null, null);
:as_cust_a
select throws_ok($$select * from public.report_ticket_volume('2001-03-01', '2001-04-01', 'day')$$, '42501', null,
                 'customers cannot run the volume report');
select throws_ok($$select * from public.report_agent_performance('2001-03-01', '2001-04-01')$$, '42501', null,
                 'customers cannot run the agent performance report');
select throws_ok($$select * from public.report_sla_compliance('2001-03-01', '2001-04-01')$$, '42501', null,
                 'customers cannot run the SLA report');
:as_anon
select throws_ok($$select * from public.report_ticket_volume('2001-03-01', '2001-04-01', 'day')$$, '42501', null,
                 'anon cannot run reports');
:as_agent
select throws_ok($$select * from public.report_ticket_volume('2001-03-01', '2001-04-01', 'year')$$, '22023', null,
                 'an unknown bucket is refused');
select results_eq(
    $$select bucket, created, solved from public.report_ticket_volume('2001-03-05 UTC', '2001-03-13 UTC', 'day')$$,
    $$values ('2001-03-05 UTC'::timestamptz, 2::bigint, 1::bigint), ('2001-03-06 UTC', 1, 2), ('2001-03-07 UTC', 0, 0),
             ('2001-03-08 UTC', 0, 0), ('2001-03-09 UTC', 0, 0), ('2001-03-10 UTC', 0, 0), ('2001-03-11 UTC', 0, 0),
             ('2001-03-12 UTC', 1, 0)$$,
    'daily volume: one row per day, empty days included, created and solved counted on their own days');
select results_eq(
    $$select bucket, created, solved from public.report_ticket_volume('2001-03-05 UTC', '2001-03-19 UTC', 'week')$$,
    $$values ('2001-03-05 UTC'::timestamptz, 3::bigint, 3::bigint), ('2001-03-12 UTC', 1, 0)$$,
    'weekly volume buckets start on Mondays');
select results_eq(
    $$select bucket, created, solved from public.report_ticket_volume('2001-03-01 UTC', '2001-04-01 UTC', 'month')$$,
    $$values ('2001-03-01 UTC'::timestamptz, 4::bigint, 3::bigint)$$, 'monthly volume');
select results_eq(
    $$select assigned, solved, median_first_response_minutes, median_resolution_minutes, sla_met_pct
      from public.report_agent_performance('2001-03-01 UTC', '2001-04-01 UTC')
      where agent_id = 'e0000000-0000-4000-8000-000000000002'$$,
    $$values (2::bigint, 2::bigint, 75.0, 780.0, 50.0)$$,
    'agent performance: counts, median first response (30, 120), median resolution (120, 1440), half within SLA');
select results_eq(
    $$select full_name, assigned, solved, median_first_response_minutes, median_resolution_minutes, sla_met_pct
      from public.report_agent_performance('2001-03-01 UTC', '2001-04-01 UTC')
      where agent_id = 'e0000000-0000-4000-8000-000000000003'$$,
    $$values ('Tap Agent Two', 1::bigint, 1::bigint, 10.0, 60.0, 100.0)$$,
    'agent performance of the second agent');
select is((select count(*)::int from public.report_agent_performance('2001-03-01 UTC', '2001-04-01 UTC')
           where agent_id = 'e0000000-0000-4000-8000-000000000001'), 0,
          'an admin without tickets in the period is left out');
select results_eq(
    $$select day, total, met, breached, compliance_pct from public.report_sla_compliance('2001-03-05 UTC', '2001-03-08 UTC')$$,
    $$values ('2001-03-05'::date, 2::bigint, 1::bigint, 1::bigint, 50.0), ('2001-03-06', 1, 1, 0, 100.0),
             ('2001-03-07', 0, 0, 0, null)$$,
    'SLA compliance per day: r1 met, r2 breached (late first response and resolution), r3 met');
select results_eq(
    $$select total, met, breached from public.report_sla_compliance('2001-03-12 UTC', '2001-03-13 UTC')$$,
    $$values (1::bigint, 0::bigint, 1::bigint)$$,
    'an open ticket past its due times counts as breached');
:as_admin
select is((select count(*)::int from public.report_sla_compliance('2001-03-01 UTC', '2001-04-01 UTC')), 31,
          'an admin runs the SLA report, one row per day');

-- The reports are single statements: each is one aggregate query over tickets.
:as_postgres
select ok((select count(*) = 1 from regexp_matches(prosrc, 'return query', 'gi')), proname || ' runs one query')
from pg_proc where proname in ('report_ticket_volume', 'report_agent_performance', 'report_sla_compliance')
               and pronamespace = 'public'::regnamespace
order by proname;
select ok(exists (select 1 from pg_indexes where schemaname = 'public' and tablename = 'tickets' and indexdef like '%(created_at)%')
          and exists (select 1 from pg_indexes where schemaname = 'public' and tablename = 'tickets' and indexdef like '%(solved_at)%')
          and exists (select 1 from pg_indexes where schemaname = 'public' and tablename = 'tickets' and indexdef like '%(assignee_id, status)%'),
          'tickets has the indexes the reports and the assignment use');

select * from finish();
rollback;
