-- report_csat on hand-made rated tickets in April 2001 (seed data has none then). Expected numbers by hand:
--   id  team ch    assignee  created  csat  note
--   c1  A    email agent     04-02    5
--   c2  A    web   agent     04-03    4
--   c3  A    email agent     04-04    2
--   c4  B    email agent2    04-05    3
--   c5  A    email agent     04-06    -     unrated: not counted
--   c6  A    email agent     04-07    1     deleted: not counted
--   c7  A    email agent     05-01    1     outside [04-01, 05-01)
--   c8  A    email -         04-08    5     unassigned: not counted
-- April, no filter: agent 3 rated, avg 11/3 = 3.67 -> 3.7, 4s and 5s 2/3 -> 66.7; agent2 1, 3.0, 0.0.
-- Team A by e-mail: agent c1, c3 -> 2, 3.5, 50.0. Team B: agent2 only.
begin;
\ir fixtures/users.psql
select plan(7);

insert into public.teams (id, name) values ('e1000000-0000-4000-8000-0000000000c2', 'pgTAP csat team B');
\set team_a '''e1000000-0000-4000-8000-000000000001'''
\set team_b '''e1000000-0000-4000-8000-0000000000c2'''

insert into public.tickets (title, requester_id, team_id, channel, status, assignee_id, created_at, solved_at,
                            csat_score, deleted_at)
select f.title, 'e0000000-0000-4000-8000-00000000000a', f.team::uuid, f.ch::public.ticket_channel, 'solved',
       f.assignee::uuid, f.created::timestamptz, f.created::timestamptz + interval '1 hour', f.csat::smallint,
       f.deleted::timestamptz
from (values
    ('c1', :team_a, 'email', 'e0000000-0000-4000-8000-000000000002', '2001-04-02 10:00Z', 5, null),
    ('c2', :team_a, 'web', 'e0000000-0000-4000-8000-000000000002', '2001-04-03 10:00Z', 4, null),
    ('c3', :team_a, 'email', 'e0000000-0000-4000-8000-000000000002', '2001-04-04 10:00Z', 2, null),
    ('c4', :team_b, 'email', 'e0000000-0000-4000-8000-000000000003', '2001-04-05 10:00Z', 3, null),
    ('c5', :team_a, 'email', 'e0000000-0000-4000-8000-000000000002', '2001-04-06 10:00Z', null, null),
    ('c6', :team_a, 'email', 'e0000000-0000-4000-8000-000000000002', '2001-04-07 10:00Z', 1, '2001-04-08 00:00Z'),
    ('c7', :team_a, 'email', 'e0000000-0000-4000-8000-000000000002', '2001-05-01 10:00Z', 1, null),
    ('c8', :team_a, 'email', null, '2001-04-08 10:00Z', 5, null)
) as f (title, team, ch, assignee, created, csat, deleted);

:as_cust_a
select throws_ok($$select * from public.report_csat('2001-04-01Z', '2001-05-01Z')$$, '42501', null,
                 'customers cannot run the CSAT report');
:as_anon
select throws_ok($$select * from public.report_csat('2001-04-01Z', '2001-05-01Z')$$, '42501', null,
                 'anon cannot run the CSAT report');

:as_agent
select results_eq(
    $$select agent_id, rated, csat_avg, satisfied_pct from public.report_csat('2001-04-01Z', '2001-05-01Z')$$,
    $$values ('e0000000-0000-4000-8000-000000000002'::uuid, 3::bigint, 3.7::numeric, 66.7::numeric),
             ('e0000000-0000-4000-8000-000000000003', 1, 3.0, 0.0)$$,
    'April: agent rated 5, 4, 2 (unrated, deleted, May and unassigned left out); agent2 rated 3');
select results_eq(
    format($$select agent_id, rated, csat_avg, satisfied_pct from public.report_csat('2001-04-01Z', '2001-05-01Z', %L, 'email')$$, :team_a),
    $$values ('e0000000-0000-4000-8000-000000000002'::uuid, 2::bigint, 3.5::numeric, 50.0::numeric)$$,
    'team A by e-mail: c1 and c3');
select results_eq(
    format($$select agent_id, rated from public.report_csat('2001-04-01Z', '2001-05-01Z', %L)$$, :team_b),
    $$values ('e0000000-0000-4000-8000-000000000003'::uuid, 1::bigint)$$,
    'team B: agent2 only');
select is_empty(
    $$select * from public.report_csat('2001-04-01Z', '2001-05-01Z', null, 'chat')$$,
    'no rated chat tickets: no rows');

:as_admin
select results_eq(
    $$select count(*) from public.report_csat('2001-04-01Z', '2001-05-01Z')$$,
    $$values (2::bigint)$$,
    'admins run it too');

select * from finish();
rollback;
