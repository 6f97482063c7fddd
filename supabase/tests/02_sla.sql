-- SLA: business-hours arithmetic (across a weekend, split windows, 24/7), due times set on insert and
-- recomputed on priority change, and the resolution clock paused while pending/on_hold.
begin;
\ir fixtures/users.psql
select plan(30);

\set hours '''{"mon": [["09:00", "17:00"]], "tue": [["09:00", "12:00"], ["13:00", "17:00"]], "wed": [["09:00", "17:00"]], "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}''::jsonb'

-- add_business_minutes (2026-11-20 is a Friday; Berlin is UTC+1 in November) --------------------------------
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 120, :hours, 'Europe/Berlin'),
          '2026-11-23 10:00 Europe/Berlin'::timestamptz,
          'Friday 16:00 + 2 business hours = Monday 10:00 (the weekend does not count)');
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 480, :hours, 'Europe/Berlin'),
          '2026-11-23 16:00 Europe/Berlin'::timestamptz,
          'Friday 16:00 + 8 business hours = Monday 16:00');
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 60, :hours, 'Europe/Berlin'),
          '2026-11-20 17:00 Europe/Berlin'::timestamptz,
          'a due time may fall exactly on closing time');
select is(public.add_business_minutes('2026-11-21 12:00 Europe/Berlin', 60, :hours, 'Europe/Berlin'),
          '2026-11-23 10:00 Europe/Berlin'::timestamptz,
          'a clock started on Saturday starts on Monday morning');
select is(public.add_business_minutes('2026-11-23 07:00 Europe/Berlin', 30, :hours, 'Europe/Berlin'),
          '2026-11-23 09:30 Europe/Berlin'::timestamptz,
          'a clock started before opening starts at opening');
select is(public.add_business_minutes('2026-11-24 11:30 Europe/Berlin', 60, :hours, 'Europe/Berlin'),
          '2026-11-24 13:30 Europe/Berlin'::timestamptz,
          'the lunch break between two windows does not count');
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 120, :hours, 'America/New_York'),
          '2026-11-20 16:00 Europe/Berlin'::timestamptz + interval '2 hours',
          'the windows are read in the policy''s time zone (10:00 in New York is open)');
select is(public.add_business_minutes('2026-11-21 12:00 UTC', 90, '{}', 'UTC'),
          '2026-11-21 13:30 UTC'::timestamptz, 'without windows the clock runs 24/7');
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 2460, :hours, 'Europe/Berlin'),
          '2026-11-30 10:00 Europe/Berlin'::timestamptz,
          '41 business hours from Friday 16:00 (1 + 8 + 7 + 8 + 8 + 8, then 1) end the Monday after next at 10:00');

select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 2340, :hours, 'Europe/Berlin'),
          '2026-11-27 16:00 Europe/Berlin'::timestamptz,
          'exactly one business week (39 hours) from Friday 16:00 ends the next Friday at 16:00');
select is(public.add_business_minutes('2026-11-20 16:00 Europe/Berlin', 100 * 2340 + 60, :hours, 'Europe/Berlin'),
          '2028-10-20 17:00 Europe/Berlin'::timestamptz,
          'a hundred business weeks and an hour from Friday 16:00 is Friday 17:00 local time, 700 days later (across DST)');
-- business_minutes_between ----------------------------------------------------------------------------------
select is(public.business_minutes_between('2026-11-20 16:00 Europe/Berlin', '2026-11-23 10:00 Europe/Berlin',
                                          :hours, 'Europe/Berlin'),
          120, 'Friday 16:00 to Monday 10:00 is 2 business hours');
select is(public.business_minutes_between('2026-11-24 08:00 Europe/Berlin', '2026-11-24 18:00 Europe/Berlin',
                                          :hours, 'Europe/Berlin'),
          420, 'a Tuesday with a lunch break has 7 business hours');
select is(public.business_minutes_between('2026-11-20 16:00 Europe/Berlin', '2026-12-14 10:00 Europe/Berlin',
                                          :hours, 'Europe/Berlin'),
          60 + 3 * 2340 + 60, 'three and a bit weeks: 1 hour on Friday, three full weeks, 1 hour on Monday');
select is(public.business_minutes_between('2026-11-23 10:00 UTC', '2026-11-23 09:00 UTC', :hours, 'UTC'), 0,
          'an empty interval has no business minutes');

-- Due times on tickets --------------------------------------------------------------------------------------
insert into public.sla_policies (name, priority, first_response_minutes, resolution_minutes, business_hours, time_zone)
values ('pgTAP high', 'high', 60, 480, :hours, 'Europe/Berlin'),
       ('pgTAP low', 'low', 120, 1440, '{}', 'UTC')
on conflict (priority) do update
    set name = excluded.name, first_response_minutes = excluded.first_response_minutes,
        resolution_minutes = excluded.resolution_minutes, business_hours = excluded.business_hours,
        time_zone = excluded.time_zone, is_active = true;
delete from public.sla_policies where priority = 'urgent';

-- A trusted import may set created_at; the due times follow from it.
insert into public.tickets (id, title, requester_id, priority, created_at)
values ('e2000000-0000-4000-8000-0000000000f1', 'Friday afternoon', 'e0000000-0000-4000-8000-00000000000a',
        'high', '2026-11-20 16:00 Europe/Berlin');
select results_eq(
    $$select first_response_due_at, resolution_due_at, sla_policy_id from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f1'$$,
    $$select '2026-11-20 17:00 Europe/Berlin'::timestamptz, '2026-11-23 16:00 Europe/Berlin'::timestamptz,
             (select id from public.sla_policies where priority = 'high')$$,
    'a high ticket created Friday 16:00 is due a first response at 17:00 and a resolution Monday 16:00');

:as_agent
update public.tickets set priority = 'low' where id = 'e2000000-0000-4000-8000-0000000000f1';
select results_eq(
    $$select first_response_due_at, resolution_due_at, sla_policy_id from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f1'$$,
    $$select '2026-11-20 18:00 Europe/Berlin'::timestamptz, '2026-11-21 16:00 Europe/Berlin'::timestamptz,
             (select id from public.sla_policies where priority = 'low')$$,
    'changing the priority to low recomputes both due times from the low policy (24/7)');
update public.tickets set priority = 'urgent' where id = 'e2000000-0000-4000-8000-0000000000f1';
select results_eq(
    $$select first_response_due_at, resolution_due_at, sla_policy_id from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f1'$$,
    $$values (null::timestamptz, null::timestamptz, null::uuid)$$,
    'a priority without a policy clears the due times');
select throws_ok($$update public.tickets set resolution_due_at = now() + interval '1 year'
                   where id = 'e2000000-0000-4000-8000-0000000000f1'$$,
                 '42501', null, 'an agent cannot move a due time by hand');

insert into public.tickets (id, title, requester_id, priority)
values ('e2000000-0000-4000-8000-0000000000f2', 'API ticket', 'e0000000-0000-4000-8000-00000000000a', 'high');
select results_eq(
    $$select first_response_due_at, resolution_due_at from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f2'$$,
    $$select public.add_business_minutes(now(), 60, s.business_hours, s.time_zone),
             public.add_business_minutes(now(), 480, s.business_hours, s.time_zone)
      from public.sla_policies s where s.priority = 'high'$$,
    'a ticket created through the API is due from the moment it was created, in business hours');

-- Pause and resume the resolution clock (24/7 policy, so the test does not depend on today's weekday) -------
:as_postgres
insert into public.tickets (id, title, requester_id, priority, created_at)
values ('e2000000-0000-4000-8000-0000000000f3', 'Paused', 'e0000000-0000-4000-8000-00000000000a', 'low',
        now() - interval '10 hours');
:as_agent
update public.tickets set status = 'pending' where id = 'e2000000-0000-4000-8000-0000000000f3';
select results_eq(
    $$select sla_paused_at, sla_paused_minutes, resolution_due_at from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f3'$$,
    $$select now(), 0, now() - interval '10 hours' + interval '1440 minutes'$$,
    'pending starts the pause and leaves the due time as it was');
select throws_ok($$update public.tickets set sla_paused_minutes = 0 where id = 'e2000000-0000-4000-8000-0000000000f3'$$,
                 '42501', null, 'an agent cannot write the paused minutes');
-- Pretend the ticket has been waiting on the customer for three hours.
:as_postgres
update public.tickets set sla_paused_at = now() - interval '3 hours' where id = 'e2000000-0000-4000-8000-0000000000f3';
:as_agent
update public.tickets set status = 'on_hold' where id = 'e2000000-0000-4000-8000-0000000000f3';
select is((select sla_paused_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000f3'),
          now() - interval '3 hours', 'pending to on_hold keeps the clock paused from the same moment');
update public.tickets set status = 'open' where id = 'e2000000-0000-4000-8000-0000000000f3';
select results_eq(
    $$select sla_paused_at, sla_paused_minutes, resolution_due_at from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000f3'$$,
    $$select null::timestamptz, 180, now() - interval '10 hours' + interval '1440 minutes' + interval '180 minutes'$$,
    'resuming adds the 180 paused minutes and moves the resolution due time forward by them');
select is((select first_response_due_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000f3'),
          now() - interval '10 hours' + interval '120 minutes', 'the first-response clock never pauses');
update public.tickets set priority = 'high' where id = 'e2000000-0000-4000-8000-0000000000f3';
select is((select resolution_due_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000f3'),
          (select public.add_business_minutes(now() - interval '10 hours', 480 + 180, s.business_hours, s.time_zone)
           from public.sla_policies s where s.priority = 'high'),
          'a priority change after a pause keeps the paused minutes in the new due time');

-- Pending straight to solved also ends the pause.
:as_postgres
update public.tickets set status = 'pending', priority = 'low' where id = 'e2000000-0000-4000-8000-0000000000f3';
update public.tickets set sla_paused_at = now() - interval '1 hour' where id = 'e2000000-0000-4000-8000-0000000000f3';
:as_agent
update public.tickets set status = 'solved' where id = 'e2000000-0000-4000-8000-0000000000f3';
select results_eq(
    $$select sla_paused_at, sla_paused_minutes from public.tickets where id = 'e2000000-0000-4000-8000-0000000000f3'$$,
    $$values (null::timestamptz, 240)$$,
    'solving a pending ticket closes the pause (180 + 60 minutes)');

:as_cust_a
select throws_ok($$update public.tickets set priority = 'urgent' where id = 'e2000000-0000-4000-8000-0000000000f2'$$,
                 '42501', null, 'a customer cannot change the priority of their ticket');
select throws_ok($$update public.tickets set status = 'pending' where id = 'e2000000-0000-4000-8000-0000000000f2'$$,
                 '42501', null, 'a customer cannot pause the clock');
select is((select status::text from public.tickets where id = 'e2000000-0000-4000-8000-0000000000f2'), 'new',
          'the ticket is unchanged');

select * from finish();
rollback;
