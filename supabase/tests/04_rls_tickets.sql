-- RLS matrix for tickets, ticket_messages, attachments and ticket_events: anon, customer A, customer B, agent,
-- admin; what each may and may not select, insert, update and delete, asserted both ways.
-- Forbidden reads return no rows; forbidden writes raise 42501 or touch no row (checked afterwards).
begin;
\ir fixtures/users.psql
select plan(60);

-- Fixture: A's ticket (assigned, in the team) with a public reply, an internal note and A's own message;
-- B's ticket with a public reply and an internal note; attachments on each, one on the internal note.
insert into public.tickets (id, title, requester_id, assignee_id, team_id)
values ('e2000000-0000-4000-8000-0000000000a1', 'A ticket', 'e0000000-0000-4000-8000-00000000000a',
        'e0000000-0000-4000-8000-000000000002', 'e1000000-0000-4000-8000-000000000001'),
       ('e2000000-0000-4000-8000-0000000000b1', 'B ticket', 'e0000000-0000-4000-8000-00000000000b', null, null);
insert into public.ticket_messages (id, ticket_id, author_id, body, is_internal)
values ('e3000000-0000-4000-8000-0000000000a1', 'e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000002', 'public reply to A', false),
       ('e3000000-0000-4000-8000-0000000000a2', 'e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000002', 'internal note on A', true),
       ('e3000000-0000-4000-8000-0000000000a3', 'e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-00000000000a', 'A writes', false),
       ('e3000000-0000-4000-8000-0000000000b1', 'e2000000-0000-4000-8000-0000000000b1', 'e0000000-0000-4000-8000-000000000003', 'public reply to B', false),
       ('e3000000-0000-4000-8000-0000000000b2', 'e2000000-0000-4000-8000-0000000000b1', 'e0000000-0000-4000-8000-000000000003', 'internal note on B', true);
insert into public.attachments (id, ticket_id, message_id, storage_path, file_name, uploader_id)
values ('e4000000-0000-4000-8000-0000000000a1', 'e2000000-0000-4000-8000-0000000000a1', null,
        'e2000000-0000-4000-8000-0000000000a1/1-log.txt', 'log.txt', 'e0000000-0000-4000-8000-000000000002'),
       ('e4000000-0000-4000-8000-0000000000a2', 'e2000000-0000-4000-8000-0000000000a1', 'e3000000-0000-4000-8000-0000000000a2',
        'e2000000-0000-4000-8000-0000000000a1/2-secret.txt', 'secret.txt', 'e0000000-0000-4000-8000-000000000002'),
       ('e4000000-0000-4000-8000-0000000000b1', 'e2000000-0000-4000-8000-0000000000b1', null,
        'e2000000-0000-4000-8000-0000000000b1/3-b.txt', 'b.txt', 'e0000000-0000-4000-8000-000000000003');

-- anon -------------------------------------------------------------------------------------------------------
:as_anon
select throws_ok($$select 1 from public.tickets$$, '42501', null, 'anon cannot read tickets');
select throws_ok($$select 1 from public.ticket_messages$$, '42501', null, 'anon cannot read messages');
select throws_ok($$select 1 from public.attachments$$, '42501', null, 'anon cannot read attachments');
select throws_ok($$select 1 from public.ticket_events$$, '42501', null, 'anon cannot read ticket events');
select throws_ok($$insert into public.tickets (title, requester_id) values ('anon', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'anon cannot create tickets');
select throws_ok($$select * from public.search_tickets('ticket', 10)$$, '42501', null,
                 'anon cannot search tickets');

-- customer A -------------------------------------------------------------------------------------------------
:as_cust_a
select set_eq($$select id from public.tickets$$, $$values ('e2000000-0000-4000-8000-0000000000a1'::uuid)$$,
              'customer A reads exactly their own ticket');
select set_eq($$select id from public.ticket_messages$$,
              $$values ('e3000000-0000-4000-8000-0000000000a1'::uuid), ('e3000000-0000-4000-8000-0000000000a3')$$,
              'customer A reads the public messages on their ticket, not the internal note, nothing of B');
select set_eq($$select id from public.attachments$$, $$values ('e4000000-0000-4000-8000-0000000000a1'::uuid)$$,
              'customer A reads the attachment on their ticket, not the one on the internal note');
select is_empty($$select 1 from public.ticket_messages where is_internal$$,
                'customer A finds no internal note even when asking for them');
select is_empty($$select 1 from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000b1'$$,
                'customer A reads no event of B''s ticket');
select ok(exists (select 1 from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000a1'),
          'customer A reads the history of their own ticket');
select set_eq($$select id from public.search_tickets('ticket', 50)$$,
              $$values ('e2000000-0000-4000-8000-0000000000a1'::uuid)$$,
              'search_tickets finds only customer A''s own ticket');
select results_eq($$with u as (update public.tickets set title = 'mine now' where id = 'e2000000-0000-4000-8000-0000000000b1' returning 1)
                    select count(*)::int from u$$, array[0], 'customer A cannot update B''s ticket (no row)');
select throws_ok($$update public.tickets set title = 'renamed' where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'customer A cannot edit their ticket''s fields');
select throws_ok($$update public.tickets set assignee_id = 'e0000000-0000-4000-8000-000000000003' where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'customer A cannot reassign their ticket');
select throws_ok($$update public.tickets set requester_id = 'e0000000-0000-4000-8000-00000000000b' where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                 '42501', null, 'customer A cannot hand their ticket to someone else');
select results_eq($$with d as (delete from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1' returning 1)
                    select count(*)::int from d$$, array[0], 'customer A cannot delete their ticket (no row)');
select throws_ok($$insert into public.ticket_messages (ticket_id, body) values ('e2000000-0000-4000-8000-0000000000b1', 'hi B')$$,
                 '42501', null, 'customer A cannot reply on B''s ticket');
select lives_ok($$insert into public.ticket_messages (ticket_id, body) values ('e2000000-0000-4000-8000-0000000000a1', 'thanks')$$,
                'customer A replies on their own ticket');
select results_eq($$with u as (update public.ticket_messages set body = 'edited' where id = 'e3000000-0000-4000-8000-0000000000a3' returning 1)
                    select count(*)::int from u$$, array[0], 'customer A cannot edit messages (no row)');
select results_eq($$with d as (delete from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000a3' returning 1)
                    select count(*)::int from d$$, array[0], 'customer A cannot delete messages (no row)');
select throws_ok($$insert into public.attachments (ticket_id, storage_path, file_name)
                   values ('e2000000-0000-4000-8000-0000000000b1', 'e2000000-0000-4000-8000-0000000000b1/x-a.txt', 'a.txt')$$,
                 '42501', null, 'customer A cannot attach to B''s ticket');
select throws_ok($$insert into public.attachments (ticket_id, message_id, storage_path, file_name)
                   values ('e2000000-0000-4000-8000-0000000000a1', 'e3000000-0000-4000-8000-0000000000a2',
                           'e2000000-0000-4000-8000-0000000000a1/x-a.txt', 'a.txt')$$,
                 '42501', null, 'customer A cannot attach to the internal note');
select lives_ok($$insert into public.attachments (id, ticket_id, message_id, storage_path, file_name, size_bytes, content_type)
                  values ('e4000000-0000-4000-8000-0000000000a9', 'e2000000-0000-4000-8000-0000000000a1',
                          'e3000000-0000-4000-8000-0000000000a3', 'e2000000-0000-4000-8000-0000000000a1/9-screen.png',
                          'screen.png', 2048, 'image/png')$$,
                'customer A attaches a file to their own message');
select is((select uploader_id from public.attachments where id = 'e4000000-0000-4000-8000-0000000000a9'),
          'e0000000-0000-4000-8000-00000000000a'::uuid, 'the uploader defaults to the caller');
select results_eq($$with d as (delete from public.attachments where id = 'e4000000-0000-4000-8000-0000000000a1' returning 1)
                    select count(*)::int from d$$, array[0], 'customer A cannot delete the agent''s attachment');
select results_eq($$with d as (delete from public.attachments where id = 'e4000000-0000-4000-8000-0000000000a9' returning 1)
                    select count(*)::int from d$$, array[1], 'customer A deletes their own attachment');

-- customer B ----------------------------------------------------------------------------------------------
:as_cust_b
select set_eq($$select id from public.tickets$$, $$values ('e2000000-0000-4000-8000-0000000000b1'::uuid)$$,
              'customer B reads exactly their own ticket');
select set_eq($$select id from public.ticket_messages$$, $$values ('e3000000-0000-4000-8000-0000000000b1'::uuid)$$,
              'customer B reads the public reply on their ticket only');
select set_eq($$select id from public.attachments$$, $$values ('e4000000-0000-4000-8000-0000000000b1'::uuid)$$,
              'customer B reads only the attachment on their ticket');
select is_empty($$select 1 from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                'customer B cannot read A''s ticket by id');

-- agent ----------------------------------------------------------------------------------------------------
:as_agent
select set_eq($$select id from public.tickets where id::text like 'e2000000-%'$$,
              $$values ('e2000000-0000-4000-8000-0000000000a1'::uuid), ('e2000000-0000-4000-8000-0000000000b1')$$,
              'an agent reads all tickets, assigned to others or unassigned');
select ok((select count(*) from public.ticket_messages where is_internal and id::text like 'e3000000-%') = 2,
          'an agent reads internal notes on every ticket');
select ok((select count(*) from public.attachments where id::text like 'e4000000-%') = 3,
          'an agent reads every attachment');
select ok((select count(*) from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000b1') >= 1,
          'an agent reads ticket events');
select lives_ok($$insert into public.tickets (id, title, requester_id, priority, team_id, tags)
                  values ('e2000000-0000-4000-8000-0000000000c1', 'Phoned in', 'e0000000-0000-4000-8000-00000000000b',
                          'high', 'e1000000-0000-4000-8000-000000000001', '{phone}')$$,
                'an agent creates a ticket on behalf of a customer, with team and tags');
select lives_ok($$update public.tickets set status = 'pending', tags = '{waiting}' where id = 'e2000000-0000-4000-8000-0000000000b1'$$,
                'an agent updates an unassigned ticket of another team');
select lives_ok($$update public.tickets set requester_id = 'e0000000-0000-4000-8000-00000000000a' where id = 'e2000000-0000-4000-8000-0000000000c1'$$,
                'an agent corrects the requester of a ticket');
select ok(exists (select 1 from public.ticket_events where ticket_id = 'e2000000-0000-4000-8000-0000000000c1'
                  and field = 'requester_id' and new_value = '"e0000000-0000-4000-8000-00000000000a"'),
          'the requester change is audited');
select lives_ok($$insert into public.ticket_messages (ticket_id, body, is_internal)
                  values ('e2000000-0000-4000-8000-0000000000b1', 'note', true)$$,
                'an agent writes an internal note');
select results_eq($$with d as (delete from public.tickets where id = 'e2000000-0000-4000-8000-0000000000b1' returning 1)
                    select count(*)::int from d$$, array[0], 'an agent cannot hard-delete a ticket');
select lives_ok($$update public.tickets set deleted_at = now() where id = 'e2000000-0000-4000-8000-0000000000c1'$$,
                'an agent soft-deletes a ticket');
select results_eq($$with d as (delete from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000b1' returning 1)
                    select count(*)::int from d$$, array[0], 'an agent cannot hard-delete a message');
select lives_ok($$update public.ticket_messages set deleted_at = now() where id = 'e3000000-0000-4000-8000-0000000000a3'$$,
                'an agent soft-deletes a message');
select results_eq($$with d as (delete from public.attachments where id = 'e4000000-0000-4000-8000-0000000000b1' returning 1)
                    select count(*)::int from d$$, array[1], 'an agent deletes an attachment');
select throws_ok($$insert into public.attachments (ticket_id, storage_path, file_name, uploader_id)
                   values ('e2000000-0000-4000-8000-0000000000a1', 'e2000000-0000-4000-8000-0000000000a1/z-z', 'z',
                           'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'an agent cannot upload in a customer''s name');
select throws_ok($$insert into public.attachments (ticket_id, storage_path, file_name)
                   values ('e2000000-0000-4000-8000-0000000000a1', 'e2000000-0000-4000-8000-0000000000b1/z-z', 'z')$$,
                 '23514', null, 'an attachment''s path must live under its own ticket''s folder');
select ok((select count(*) from public.search_tickets('ticket', 200) where id::text like 'e2000000-%') = 2,
          'search_tickets finds every matching ticket for an agent (soft-deleted ones left out)');
select results_eq($$select id from public.search_tickets('#' || (select number from public.tickets where id = 'e2000000-0000-4000-8000-0000000000b1'), 5)$$,
                  $$values ('e2000000-0000-4000-8000-0000000000b1'::uuid)$$, 'search_tickets finds a ticket by its number');

-- Sync: soft-deleted rows stay visible so clients learn about the deletion ----------------------------------
:as_cust_a
select results_eq($$select event_type, field, new_value ? 'tags', new_value ? 'team_id' from public.ticket_events
                    where ticket_id = 'e2000000-0000-4000-8000-0000000000c1'$$,
                  $$values ('created', null::text, false, false)$$,
                  'the requester sees the creation of a ticket made for them, without its internal tags or team');
select ok(exists (select 1 from public.tickets where id = 'e2000000-0000-4000-8000-0000000000c1' and deleted_at is not null),
          'a soft-deleted ticket stays readable (deleted_at set) so the requester''s cache drops it');

-- admin ----------------------------------------------------------------------------------------------------
:as_admin
select ok((select count(*) from public.ticket_messages where is_internal and id::text like 'e3000000-%') >= 2,
          'an admin reads internal notes');
select results_eq($$with d as (delete from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000b2' returning 1)
                    select count(*)::int from d$$, array[1], 'an admin hard-deletes a message');
select results_eq($$with d as (delete from public.tickets where id = 'e2000000-0000-4000-8000-0000000000c1' returning 1)
                    select count(*)::int from d$$, array[1], 'an admin hard-deletes a ticket');

-- Afterwards, as the owner: the forbidden writes changed nothing ---------------------------------------------
:as_postgres
select results_eq($$select title, assignee_id, requester_id from public.tickets where id = 'e2000000-0000-4000-8000-0000000000a1'$$,
                  $$values ('A ticket', 'e0000000-0000-4000-8000-000000000002'::uuid, 'e0000000-0000-4000-8000-00000000000a'::uuid)$$,
                  'A''s ticket is unchanged by the customers'' attempts');
select is((select title from public.tickets where id = 'e2000000-0000-4000-8000-0000000000b1'), 'B ticket',
          'B''s ticket kept its title');
select is((select count(*)::int from public.ticket_messages where ticket_id = 'e2000000-0000-4000-8000-0000000000b1' and author_id = 'e0000000-0000-4000-8000-00000000000a'),
          0, 'no message of A landed on B''s ticket');
select is((select body from public.ticket_messages where id = 'e3000000-0000-4000-8000-0000000000a3'), 'A writes',
          'A''s message was not edited');
select ok(exists (select 1 from public.attachments where id = 'e4000000-0000-4000-8000-0000000000a1'),
          'the agent''s attachment survived customer A''s delete');

select * from finish();
rollback;
