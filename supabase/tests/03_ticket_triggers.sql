-- Ticket and message triggers: defaults and guards on insert, version/updated_at, numbers, status stamps,
-- first response and new -> open, the audit trail, the generated search column.
begin;
\ir fixtures/users.psql
select plan(51);

-- Customer inserts -------------------------------------------------------------------------------------------
:as_cust_a
select lives_ok($$insert into public.tickets (id, title, description, priority, channel)
                  values ('e2000000-0000-4000-8000-0000000000a1', 'Printer on fire',
                          'The office printer shows error 42 and smells of smoke', 'high', 'web')$$,
                'a customer creates a ticket without naming the requester');
select results_eq(
    $$select requester_id, status::text, version, assignee_id from public.tickets
      where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
    $$values ('e0000000-0000-4000-8000-00000000000a'::uuid, 'new', 1, null::uuid)$$,
    'the requester defaults to the caller, status new, version 1, unassigned');
insert into public.tickets (id, title) values ('e2000000-0000-4000-8000-0000000000a2', 'Second');
select is((select number from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'),
          (select number + 1 from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'),
          'ticket numbers are sequential');
select throws_ok($$insert into public.tickets (title, requester_id) values ('spoof', 'e0000000-0000-4000-8000-00000000000b')$$,
                 '42501', null, 'a customer cannot create a ticket for another requester');
select throws_ok($$insert into public.tickets (title, assignee_id) values ('x', 'e0000000-0000-4000-8000-000000000002')$$,
                 '42501', null, 'a customer cannot assign their new ticket');
select throws_ok($$insert into public.tickets (title, team_id) values ('x', 'e1000000-0000-4000-8000-000000000001')$$,
                 '42501', null, 'a customer cannot route their new ticket to a team');
select throws_ok($$insert into public.tickets (title, status) values ('x', 'solved')$$,
                 '42501', null, 'a customer cannot create a ticket in another status than new');
select throws_ok($$insert into public.tickets (title, tags) values ('x', '{vip}')$$,
                 '42501', null, 'a customer cannot tag their ticket');
select throws_ok($$insert into public.tickets (title, number) overriding system value values ('x', 1)$$,
                 '42501', null, 'nobody picks a ticket number');
select throws_ok($$insert into public.tickets (title, first_responded_at) values ('x', now())$$,
                 '42501', null, 'a customer cannot write SLA stamps');

-- version and updated_at ---------------------------------------------------------------------------------------
:as_postgres
update public.tickets set updated_at = now() - interval '1 day' where id = 'e2000000-0000-4000-8000-0000000000a1';
:as_agent
update public.tickets set title = 'Printer on fire (3rd floor)' where id = 'e2000000-0000-4000-8000-0000000000a1';
select results_eq($$select version, updated_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                  $$select 3, now()$$, 'every update adds 1 to version and stamps updated_at (2 updates so far)');
select throws_ok($$update public.tickets set version = 99 where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'the version is not writable by clients');
select is((update_count.n), 0, 'an update filtered on a stale version changes no row (the client''s conflict signal)')
from (select count(*)::int as n from (
    select 1 from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1' and version = 1) s) update_count;

-- Status stamps ---------------------------------------------------------------------------------------------
update public.tickets set status = 'solved' where id = 'e2000000-0000-4000-8000-0000000000a1';
select results_eq($$select solved_at, closed_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                  $$values (now(), null::timestamptz)$$, 'solving stamps solved_at');
update public.tickets set status = 'closed' where id = 'e2000000-0000-4000-8000-0000000000a1';
select results_eq($$select solved_at, closed_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                  $$values (now(), now())$$, 'closing stamps closed_at and keeps solved_at');
update public.tickets set status = 'open' where id = 'e2000000-0000-4000-8000-0000000000a1';
select results_eq($$select solved_at, closed_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                  $$values (null::timestamptz, null::timestamptz)$$, 'reopening clears both stamps');
:as_postgres
insert into public.tickets (id, title, requester_id, status, created_at)
values ('e2000000-0000-4000-8000-0000000000a3', 'Imported closed', 'e0000000-0000-4000-8000-00000000000a',
        'closed', '2026-01-05 10:00 UTC');
select results_eq($$select solved_at, closed_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a3'$$,
                  $$values ('2026-01-05 10:00 UTC'::timestamptz, '2026-01-05 10:00 UTC'::timestamptz)$$,
                  'a ticket imported as closed gets both stamps');

-- Messages: guards and source -------------------------------------------------------------------------------
:as_cust_a
select throws_ok($$insert into public.ticket_messages (ticket_id, body, is_internal)
                   values ('e2000000-0000-4000-8000-0000000000a2', 'sneaky note', true)$$,
                 '42501', null, 'a customer cannot write an internal note');
select throws_ok($$insert into public.ticket_messages (ticket_id, body, source)
                   values ('e2000000-0000-4000-8000-0000000000a2', 'I am an agent', 'agent')$$,
                 '42501', null, 'a customer cannot post as an agent');
select throws_ok($$insert into public.ticket_messages (ticket_id, author_id, body)
                   values ('e2000000-0000-4000-8000-0000000000a2', 'e0000000-0000-4000-8000-00000000000b', 'as B')$$,
                 '42501', null, 'a customer cannot post as another user');
insert into public.ticket_messages (id, ticket_id, body)
values ('e3000000-0000-4000-8000-0000000000a1', 'e2000000-0000-4000-8000-0000000000a2', 'Any news?');
select results_eq($$select author_id, source::text, is_internal from public.ticket_messages
                    where id = 'e3000000-0000-4000-8000-0000000000a1'$$,
                  $$values ('e0000000-0000-4000-8000-00000000000a'::uuid, 'customer', false)$$,
                  'a customer reply is authored by the customer with source customer');
select results_eq($$select status::text, first_responded_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$values ('new', null::timestamptz)$$, 'a customer reply is not a first response');

:as_agent
select throws_ok($$insert into public.ticket_messages (ticket_id, body, source)
                   values ('e2000000-0000-4000-8000-0000000000a2', 'as customer', 'customer')$$,
                 '42501', null, 'an agent cannot post as the customer');
select throws_ok($$insert into public.ticket_messages (ticket_id, author_id, body)
                   values ('e2000000-0000-4000-8000-0000000000a2', 'e0000000-0000-4000-8000-000000000003', 'as agent2')$$,
                 '42501', null, 'an agent cannot post as another agent');
insert into public.ticket_messages (id, ticket_id, body, is_internal)
values ('e3000000-0000-4000-8000-0000000000a2', 'e2000000-0000-4000-8000-0000000000a2', 'Internal: check logs', true);
select results_eq($$select status::text, first_responded_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$values ('new', null::timestamptz)$$, 'an internal note is not a first response');
insert into public.ticket_messages (ticket_id, body, source)
values ('e2000000-0000-4000-8000-0000000000a2', 'Suggested by the assistant', 'ai');
select results_eq($$select status::text, first_responded_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$values ('new', null::timestamptz)$$, 'an AI-sourced message is not a first response by an agent');
insert into public.ticket_messages (id, ticket_id, body)
values ('e3000000-0000-4000-8000-0000000000a3', 'e2000000-0000-4000-8000-0000000000a2', 'We are on it');
select is((select source::text from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000a3'),
          'agent', 'an agent''s message without a source gets source agent');
select results_eq($$select status::text, first_responded_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$select 'open', created_at from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000a3'$$,
                  'the first public agent reply stamps first_responded_at and moves new to open');
:as_postgres
update public.tickets set first_responded_at = '2026-01-01 00:00 UTC', status = 'pending'
where id = 'e2000000-0000-4000-8000-0000000000a2';
:as_agent
insert into public.ticket_messages (ticket_id, body) values ('e2000000-0000-4000-8000-0000000000a2', 'More news');
select results_eq($$select status::text, first_responded_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$values ('pending', '2026-01-01 00:00 UTC'::timestamptz)$$,
                  'later replies keep the first response time and do not reopen a pending ticket');
update public.ticket_messages set body = 'We are on it!' where id = 'e3000000-0000-4000-8000-0000000000a3';
select results_eq($$select version, body from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000a3'$$,
                  $$values (2, 'We are on it!')$$, 'editing a message bumps its version');
select throws_ok($$update public.ticket_messages set is_internal = false where id = 'e3000000-0000-4000-8000-0000000000a2'$$,
                 '42501', null, 'an internal note cannot be turned into a public reply by an update');

select throws_ok($$update public.ticket_messages set body = 'rewritten' where id = 'e3000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'an agent cannot rewrite a customer''s message');
select lives_ok($$update public.ticket_messages set deleted_at = now() where id = 'e3000000-0000-4000-8000-0000000000a1'$$,
                'an agent soft-deletes a customer''s message');
:as_agent2
select throws_ok($$update public.ticket_messages set body = 'mine now' where id = 'e3000000-0000-4000-8000-0000000000a3'$$,
                 '42501', null, 'an agent cannot rewrite another agent''s reply');
:as_admin
select lives_ok($$update public.ticket_messages set body = 'We are on it.' where id = 'e3000000-0000-4000-8000-0000000000a3'$$,
                'an admin edits any message');

-- A customer's reply reopens a pending or solved ticket --------------------------------------------------------
:as_cust_a
insert into public.ticket_messages (ticket_id, body) values ('e2000000-0000-4000-8000-0000000000a2', 'Here are the logs');
select results_eq($$select status::text, sla_paused_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a2'$$,
                  $$values ('open', null::timestamptz)$$,
                  'a customer reply brings a pending ticket back to open and resumes its clock');
select is((select actor_id from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000a2'
           and field = 'status' and new_value = '"open"' order by id desc limit 1),
          'e0000000-0000-4000-8000-00000000000a'::uuid, 'the reopening is audited with the customer as actor');
:as_agent
-- Audit trail -------------------------------------------------------------------------------------------------
update public.tickets set priority = 'urgent', tags = '{printer,fire}', title = 'Printer on fire!',
                          assignee_id = 'e0000000-0000-4000-8000-000000000002',
                          team_id = 'e1000000-0000-4000-8000-000000000001'
where id = 'e2000000-0000-4000-8000-0000000000a1';
select set_eq(
    $$select field, old_value, new_value from public.ticket_events
      where ticket_id = 'e2000000-0000-4000-8000-0000000000a1' and event_type = 'updated'
        and field in ('priority', 'tags', 'title', 'assignee_id', 'team_id')$$,
    $$values ('priority', '"high"'::jsonb, '"urgent"'::jsonb),
             ('tags', '[]', '["printer", "fire"]'),
             ('title', '"Printer on fire"', '"Printer on fire (3rd floor)"'),
             ('title', '"Printer on fire (3rd floor)"', '"Printer on fire!"'),
             ('assignee_id', null, '"e0000000-0000-4000-8000-000000000002"'),
             ('team_id', null, '"e1000000-0000-4000-8000-000000000001"')$$,
    'priority, tags, title, assignee and team changes are audited with old and new values');
select set_eq(
    $$select old_value #>> '{}' as old_status, new_value #>> '{}' as new_status from public.ticket_events
      where ticket_id = 'e2000000-0000-4000-8000-0000000000a1' and field = 'status'$$,
    $$values ('new', 'solved'), ('solved', 'closed'), ('closed', 'open')$$,
    'every status transition is audited');
select is((select count(distinct actor_id)::int from public.ticket_events
           where ticket_id = 'e2000000-0000-4000-8000-0000000000a1' and event_type = 'updated'
             and actor_id = 'e0000000-0000-4000-8000-000000000002'), 1,
          'the acting agent is recorded as the actor');
select is((select actor_id from public.ticket_events
           where ticket_id = 'e2000000-0000-4000-8000-0000000000a1' and event_type = 'created'),
          'e0000000-0000-4000-8000-00000000000a'::uuid, 'the creation is audited with the customer as actor');
select is((select count(*)::int from public.ticket_events
           where ticket_id = 'e2000000-0000-4000-8000-0000000000a2' and field = 'status'
             and new_value = '"open"' and actor_id = 'e0000000-0000-4000-8000-000000000002'), 1,
          'the automatic new -> open is audited with the replying agent as actor');
select is((select assigned_at from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'), now(),
          'assigning stamps assigned_at');
select throws_ok($$insert into public.ticket_events (ticket_id, event_type) values ('e2000000-0000-4000-8000-0000000000a1', 'updated')$$,
                 '42501', null, 'an agent cannot write audit events');
select throws_ok($$delete from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'an agent cannot erase audit events');
:as_cust_a
select throws_ok($$update public.ticket_events set new_value = '"x"'$$, '42501', null,
                 'a customer cannot rewrite audit events');
select set_eq($$select coalesce(field, 'created') from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000a1'$$,
              $$values ('created'), ('status'), ('priority'), ('title')$$,
              'a customer sees the creation, status, priority and title history of their ticket, not assignments or tags');

-- Rating ----------------------------------------------------------------------------------------------------
select throws_ok($$update public.tickets set csat_score = 5 where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'a customer cannot rate an open ticket');
:as_agent
update public.tickets set status = 'solved' where id = 'e2000000-0000-4000-8000-0000000000a1';
:as_cust_a
select lives_ok($$update public.tickets set csat_score = 5 where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                'a customer rates their solved ticket');

-- Full-text search column -----------------------------------------------------------------------------------
:as_postgres
select ok((select search @@ websearch_to_tsquery('english', 'smoke') from public.tickets
           where id = 'e2000000-0000-4000-8000-0000000000a1'), 'the search column covers the description');
select ok((select ts_rank(search, to_tsquery('english', 'printer')) > ts_rank(search, to_tsquery('english', 'smoke'))
           from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'),
          'a title match ranks above a description match');

select * from finish();
rollback;
