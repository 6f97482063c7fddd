-- Teams, team members, SLA policies and macros: agents read, admins manage, customers and anon see nothing.
begin;
\ir fixtures/users.psql
select plan(30);

insert into public.macros (id, title, body, actions, team_id)
values ('e7000000-0000-4000-8000-000000000001', 'pgTAP macro', 'Hello {{name}}', '[{"field": "status", "value": "pending"}]',
        'e1000000-0000-4000-8000-000000000001');

-- anon and customers ---------------------------------------------------------------------------------------
:as_anon
select throws_ok($$select 1 from public.teams$$, '42501', null, 'anon cannot read teams');
select throws_ok($$select 1 from public.team_members$$, '42501', null, 'anon cannot read team members');
select throws_ok($$select 1 from public.sla_policies$$, '42501', null, 'anon cannot read SLA policies');
select throws_ok($$select 1 from public.macros$$, '42501', null, 'anon cannot read macros');
:as_cust_a
select is_empty($$select 1 from public.teams$$, 'a customer reads no team');
select is_empty($$select 1 from public.team_members$$, 'a customer reads no team member');
select is_empty($$select 1 from public.sla_policies$$, 'a customer reads no SLA policy');
select is_empty($$select 1 from public.macros$$, 'a customer reads no macro');
select throws_ok($$insert into public.teams (name) values ('cust team')$$, '42501', null, 'a customer cannot create teams');
select throws_ok($$insert into public.team_members (team_id, user_id) values ('e1000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'a customer cannot join a team');
select throws_ok($$insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes) values ('x', 'low', 1, 1)$$,
                 '42501', null, 'a customer cannot create SLA policies');
select throws_ok($$insert into public.macros (title) values ('x')$$, '42501', null, 'a customer cannot create macros');

-- agents ---------------------------------------------------------------------------------------------------
:as_agent
select ok(exists (select 1 from public.teams where id = 'e1000000-0000-4000-8000-000000000001'), 'an agent reads teams');
select ok((select count(*) from public.team_members where team_id = 'e1000000-0000-4000-8000-000000000001') = 2,
          'an agent reads team members');
select ok(exists (select 1 from public.macros where id = 'e7000000-0000-4000-8000-000000000001'), 'an agent reads macros');
select lives_ok($$select * from public.sla_policies$$, 'an agent reads SLA policies');
select throws_ok($$insert into public.teams (name) values ('agent team')$$, '42501', null, 'an agent cannot create teams');
select throws_ok($$insert into public.team_members (team_id, user_id) values ('e1000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001')$$,
                 '42501', null, 'an agent cannot change team membership');
select results_eq($$with u as (update public.sla_policies set resolution_minutes = 1 returning 1) select count(*)::int from u$$,
                  array[0], 'an agent cannot change SLA policies');
select results_eq($$with u as (update public.macros set title = 'mine' returning 1) select count(*)::int from u$$,
                  array[0], 'an agent cannot edit macros');
select results_eq($$with d as (delete from public.teams returning 1) select count(*)::int from d$$,
                  array[0], 'an agent cannot delete teams');

-- admins ---------------------------------------------------------------------------------------------------
:as_admin
select lives_ok($$insert into public.teams (id, name, description) values ('e1000000-0000-4000-8000-000000000002', 'pgTAP billing', 'money')$$,
                'an admin creates a team');
select lives_ok($$insert into public.team_members (team_id, user_id) values ('e1000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002')$$,
                'an admin adds a member');
select throws_ok($$insert into public.teams (name) values ('pgTAP billing')$$, '23505', null, 'team names are unique');
select lives_ok($$insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes, business_hours, time_zone)
                  values ('pgTAP', 'urgent', 15, 120, '{"mon": [["08:00", "20:00"]]}', 'Europe/Paris')
                  on conflict (priority) do update set first_response_minutes = 15$$,
                'an admin creates or changes an SLA policy');
select throws_ok($$insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes) values ('dup', 'urgent', 1, 1)$$,
                 '23505', null, 'there is one SLA policy per priority');
select lives_ok($$update public.macros set is_active = false, actions = '[]' where id = 'e7000000-0000-4000-8000-000000000001'$$,
                'an admin edits a macro');
select is((select created_by from public.macros where id = 'e7000000-0000-4000-8000-000000000001'), null::uuid,
          'created_by of a seeded macro stays as it was');
select lives_ok($$insert into public.macros (id, title) values ('e7000000-0000-4000-8000-000000000002', 'admin macro')$$,
                'an admin creates a macro');
select is((select created_by from public.macros where id = 'e7000000-0000-4000-8000-000000000002'),
          'e0000000-0000-4000-8000-000000000001'::uuid, 'the creator defaults to the caller');

select * from finish();
rollback;
