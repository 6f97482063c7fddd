-- Scheduled reports: run-time arithmetic (report_next_run, report_period), the checks on a schedule, and who
-- may do what with report_schedules, report_deliveries, workspace_settings and the SMTP password.
begin;
\ir fixtures/users.psql
select plan(46);

-- report_next_run: strictly after the given time, in UTC ---------------------------------------------------
select is(public.report_next_run('daily', null, 7::smallint, '2001-03-05 06:00Z'), '2001-03-05 07:00Z'::timestamptz,
          'daily at 07: later the same day');
select is(public.report_next_run('daily', null, 7::smallint, '2001-03-05 07:00Z'), '2001-03-06 07:00Z'::timestamptz,
          'daily at 07, asked at 07:00: the next day (strictly after)');
select is(public.report_next_run('weekly', 1::smallint, 7::smallint, '2001-03-05 08:00Z'), '2001-03-12 07:00Z'::timestamptz,
          'weekly on Monday 07, asked Monday 08:00: next Monday');
select is(public.report_next_run('weekly', 3::smallint, 7::smallint, '2001-03-05 08:00Z'), '2001-03-07 07:00Z'::timestamptz,
          'weekly on Wednesday, asked on Monday: this Wednesday');
select is(public.report_next_run('weekly', 1::smallint, 0::smallint, '2001-03-11 23:00Z'), '2001-03-12 00:00Z'::timestamptz,
          'weekly on Monday 00, asked Sunday 23:00: an hour later');
select is(public.report_next_run('weekly', 7::smallint, 23::smallint, '2001-03-05 08:00Z'), '2001-03-11 23:00Z'::timestamptz,
          'weekday 7 is Sunday (ISO)');

-- report_period: complete UTC days before the run ------------------------------------------------------------
select results_eq($$select * from public.report_period('{"range": "7d"}', '2001-03-15 10:00Z')$$,
                  $$values ('2001-03-08Z'::timestamptz, '2001-03-15Z'::timestamptz)$$, '7d: the seven days before the run day');
select results_eq($$select * from public.report_period('{"range": "30d"}', '2001-03-15 10:00Z')$$,
                  $$values ('2001-02-13Z'::timestamptz, '2001-03-15Z'::timestamptz)$$, '30d: the thirty days before');
select results_eq($$select * from public.report_period('{"range": "quarter"}', '2001-03-15 10:00Z')$$,
                  $$values ('2000-12-15Z'::timestamptz, '2001-03-15Z'::timestamptz)$$, 'quarter: the ninety days before');
select results_eq($$select * from public.report_period('{"range": "custom", "from": "2001-03-01T00:00:00Z", "to": "2001-04-01T00:00:00Z"}')$$,
                  $$values ('2001-03-01Z'::timestamptz, '2001-04-01Z'::timestamptz)$$, 'custom: as given');

-- Schedules: admins manage ----------------------------------------------------------------------------------
:as_admin
insert into public.report_schedules (id, name, dashboard, filters, frequency, weekday, hour_utc, recipients, format)
values ('e7000000-0000-4000-8000-000000000001', 'Weekly SLA', 'sla_compliance',
        '{"range": "30d", "team_id": "e1000000-0000-4000-8000-000000000001", "channel": "email"}',
        'weekly', 1, 6, '{lead@example.com,ops@example.org}', 'both');
select results_eq(
    $$select created_by, next_run_at = public.report_next_run('weekly', 1::smallint, 6::smallint, now()), last_run_at
      from public.report_schedules where id = 'e7000000-0000-4000-8000-000000000001'$$,
    $$values ('e0000000-0000-4000-8000-000000000001'::uuid, true, null::timestamptz)$$,
    'an admin creates a schedule: created by them, next run computed, never run');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients, created_by)
      values ('x', 'backlog', 'daily', '{a@example.com}', 'e0000000-0000-4000-8000-000000000002')$$,
    '42501', null, 'an admin cannot create a schedule in someone else''s name');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients, next_run_at)
      values ('x', 'backlog', 'daily', '{a@example.com}', now() - interval '1 day')$$,
    '42501', null, 'the run times are not the API''s to set');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients) values ('x', 'backlog', 'weekly', '{a@example.com}')$$,
    '23514', null, 'a weekly schedule needs a weekday');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients) values ('x', 'backlog', 'daily', '{not-an-address}')$$,
    '23514', null, 'recipients must be e-mail addresses');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients) values ('x', 'backlog', 'daily', '{}')$$,
    '23514', null, 'a schedule needs at least one recipient');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients) values ('x', 'kpis', 'daily', '{a@example.com}')$$,
    '23514', null, 'the dashboard must be one the delivery can render');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, filters, frequency, recipients)
      values ('x', 'backlog', '{"range": "custom", "from": "2001-03-01"}', 'daily', '{a@example.com}')$$,
    '23514', null, 'a custom range needs from and to');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, filters, frequency, recipients)
      values ('x', 'backlog', '{"range": "7d", "channel": "fax"}', 'daily', '{a@example.com}')$$,
    '23514', null, 'the channel must be a ticket channel');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, filters, frequency, recipients)
      values ('x', 'backlog', '{"range": "7d", "sql": "drop table"}', 'daily', '{a@example.com}')$$,
    '23514', null, 'unknown filter keys are refused');
select lives_ok(
    $$insert into public.report_schedules (id, name, dashboard, filters, frequency, hour_utc, recipients, format)
      values ('e7000000-0000-4000-8000-000000000002', 'Daily backlog', 'backlog',
              '{"range": "custom", "from": "2001-03-01T00:00:00Z", "to": "2001-04-01T00:00:00Z", "team_id": null}',
              'daily', 23, '{a@example.com}', 'csv')$$,
    'a daily schedule with a custom range is accepted');

update public.report_schedules set enabled = false where id = 'e7000000-0000-4000-8000-000000000002';
select is((select next_run_at from public.report_schedules where id = 'e7000000-0000-4000-8000-000000000002'), null,
          'a disabled schedule has no next run');
update public.report_schedules set enabled = true where id = 'e7000000-0000-4000-8000-000000000002';
select is((select next_run_at from public.report_schedules where id = 'e7000000-0000-4000-8000-000000000002'),
          public.report_next_run('daily', null, 23::smallint, now()), 'enabling it again schedules the next run');
select throws_ok($$update public.report_schedules set hour_utc = 5, next_run_at = now() - interval '1 day'
                   where id = 'e7000000-0000-4000-8000-000000000002'$$,
                 '42501', null, 'an admin cannot make a schedule due now');
select throws_ok($$update public.report_schedules set last_run_at = now() where id = 'e7000000-0000-4000-8000-000000000002'$$,
                 '42501', null, 'an admin cannot fake a run');
select throws_ok($$update public.report_schedules set created_by = 'e0000000-0000-4000-8000-000000000002'
                   where id = 'e7000000-0000-4000-8000-000000000002'$$,
                 '42501', null, 'nor hand the schedule to someone else');

-- Agents read, customers see nothing -------------------------------------------------------------------------
:as_agent
select is((select count(*)::int from public.report_schedules where id::text like 'e7000000-%'), 2,
          'agents read the schedules');
select throws_ok(
    $$insert into public.report_schedules (name, dashboard, frequency, recipients) values ('x', 'backlog', 'daily', '{a@example.com}')$$,
    '42501', null, 'agents cannot create schedules');
update public.report_schedules set recipients = '{agent@example.com}' where id = 'e7000000-0000-4000-8000-000000000001';
delete from public.report_schedules where id = 'e7000000-0000-4000-8000-000000000001';
:as_admin
select results_eq($$select recipients from public.report_schedules where id = 'e7000000-0000-4000-8000-000000000001'$$,
                  $$values ('{lead@example.com,ops@example.org}'::text[])$$,
                  'agents can neither change nor delete a schedule');
:as_cust_a
select is((select count(*)::int from public.report_schedules), 0, 'customers see no schedules');

-- Deliveries: written by server-side code only ----------------------------------------------------------------
:as_postgres
insert into public.report_deliveries (schedule_id, run_kind, recipients, status, finished_at, error)
values ('e7000000-0000-4000-8000-000000000001', 'scheduled', '{lead@example.com}', 'failed', now(), 'connection refused');
:as_agent
select is((select error from public.report_deliveries where schedule_id = 'e7000000-0000-4000-8000-000000000001'),
          'connection refused', 'agents read deliveries');
:as_admin
select throws_ok(
    $$insert into public.report_deliveries (schedule_id, run_kind, recipients) values ('e7000000-0000-4000-8000-000000000001', 'manual', '{a@example.com}')$$,
    '42501', null, 'not even admins write deliveries');
:as_cust_a
select is((select count(*)::int from public.report_deliveries), 0, 'customers see no deliveries');
:as_postgres
select throws_ok(
    $$insert into public.report_deliveries (schedule_id, run_kind, recipients, status, finished_at)
      values ('e7000000-0000-4000-8000-000000000001', 'manual', '{a@example.com}', 'failed', now())$$,
    '23514', null, 'a failed delivery says why');

-- Workspace settings and the SMTP password --------------------------------------------------------------------
:as_admin
update public.workspace_settings set smtp_host = 'smtp.example.com', smtp_port = 2525, smtp_tls = 'none',
                                     smtp_from_address = 'reports@example.com';
select results_eq($$select smtp_host, smtp_port, smtp_tls, updated_by from public.workspace_settings$$,
                  $$values ('smtp.example.com', 2525, 'none', 'e0000000-0000-4000-8000-000000000001'::uuid)$$,
                  'admins read and change the SMTP settings');
select throws_ok($$update public.workspace_settings set smtp_password_set = true$$, '42501', null,
                 'the password flag is not writable directly');
select throws_ok($$select * from public.workspace_secrets$$, '42501', null, 'admins cannot read the secrets table');
select lives_ok($$select public.set_smtp_password('s3cret')$$, 'admins set the SMTP password');
select is((select smtp_password_set from public.workspace_settings), true, 'the settings say a password is set');
:as_agent
select is((select count(*)::int from public.workspace_settings), 0, 'agents do not see the SMTP settings');
select throws_ok($$select public.set_smtp_password('x')$$, '42501', null, 'agents cannot set the SMTP password');
select throws_ok($$select value from public.workspace_secrets$$, '42501', null, 'agents cannot read the secrets');
:as_cust_a
select is((select count(*)::int from public.workspace_settings), 0, 'customers do not see the SMTP settings');
:as_anon
select throws_ok($$select value from public.workspace_secrets$$, '42501', null, 'anon cannot read the secrets');
set local role service_role;
select is((select value from public.workspace_secrets where name = 'smtp_password'), 's3cret',
          'the service role reads the password');
:as_admin
select public.set_smtp_password(null);
:as_postgres
select results_eq($$select (select count(*)::int from public.workspace_secrets), smtp_password_set from public.workspace_settings$$,
                  $$values (0, false)$$, 'clearing the password removes it');

select * from finish();
rollback;
