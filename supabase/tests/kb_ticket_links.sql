-- Ticket <-> KB links: agents link articles to tickets (optionally to a message), customers see the links on
-- their own tickets to published public articles only (never through an internal note), kb_article_tickets
-- lists the tickets citing an article, and the table is published for realtime.
begin;
\ir fixtures/users.psql
select plan(25);

insert into public.tickets (id, title, requester_id)
values ('e8000000-0000-4000-8000-0000000000a1', 'A ticket', 'e0000000-0000-4000-8000-00000000000a'),
       ('e8000000-0000-4000-8000-0000000000a2', 'A second ticket', 'e0000000-0000-4000-8000-00000000000a'),
       ('e8000000-0000-4000-8000-0000000000b1', 'B ticket', 'e0000000-0000-4000-8000-00000000000b');
insert into public.ticket_messages (id, ticket_id, author_id, body, is_internal)
values ('e8100000-0000-4000-8000-0000000000a1', 'e8000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000002', 'see the article', false),
       ('e8100000-0000-4000-8000-0000000000a2', 'e8000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000002', 'internal: runbook', true),
       ('e8100000-0000-4000-8000-0000000000b1', 'e8000000-0000-4000-8000-0000000000b1', 'e0000000-0000-4000-8000-000000000002', 'reply to B', false);
insert into public.kb_articles (id, slug, title, body, visibility, status)
values ('e8200000-0000-4000-8000-000000000001', 'pgtap-link-public', 'Public article', 'x', 'public', 'published'),
       ('e8200000-0000-4000-8000-000000000002', 'pgtap-link-internal', 'Internal runbook', 'x', 'internal', 'published'),
       ('e8200000-0000-4000-8000-000000000003', 'pgtap-link-draft', 'Draft', 'x', 'public', 'draft');

select ok(exists (select 1 from pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public'
                  and tablename = 'ticket_kb_links'), 'ticket_kb_links is in the supabase_realtime publication');

-- agents link ---------------------------------------------------------------------------------------------------
:as_agent
select lives_ok($$insert into public.ticket_kb_links (id, ticket_id, article_id, message_id) values
    ('e8300000-0000-4000-8000-000000000001', 'e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000001', null),
    ('e8300000-0000-4000-8000-000000000002', 'e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000001', 'e8100000-0000-4000-8000-0000000000a1'),
    ('e8300000-0000-4000-8000-000000000003', 'e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000001', 'e8100000-0000-4000-8000-0000000000a2'),
    ('e8300000-0000-4000-8000-000000000004', 'e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000002', null),
    ('e8300000-0000-4000-8000-000000000005', 'e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000003', null),
    ('e8300000-0000-4000-8000-000000000006', 'e8000000-0000-4000-8000-0000000000b1', 'e8200000-0000-4000-8000-000000000001', null)$$,
                'an agent links articles to tickets and to messages on them');
select results_eq($$select distinct linked_by from public.ticket_kb_links where ticket_id = 'e8000000-0000-4000-8000-0000000000a1'$$,
                  $$values ('e0000000-0000-4000-8000-000000000002'::uuid)$$, 'links record the agent who made them');
select throws_ok($$insert into public.ticket_kb_links (ticket_id, article_id, message_id, linked_by) values
    ('e8000000-0000-4000-8000-0000000000a2', 'e8200000-0000-4000-8000-000000000001', null, 'e0000000-0000-4000-8000-000000000003')$$,
                 '42501', null, 'linked_by cannot be supplied');
select throws_ok($$insert into public.ticket_kb_links (ticket_id, article_id) values
    ('e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000001')$$,
                 '23505', null, 'an article is linked to a ticket once (a missing message counts as the same)');
select throws_ok($$insert into public.ticket_kb_links (ticket_id, article_id, message_id) values
    ('e8000000-0000-4000-8000-0000000000a1', 'e8200000-0000-4000-8000-000000000001', 'e8100000-0000-4000-8000-0000000000a1')$$,
                 '23505', null, 'and once per message');
select throws_ok($$insert into public.ticket_kb_links (ticket_id, article_id, message_id) values
    ('e8000000-0000-4000-8000-0000000000a2', 'e8200000-0000-4000-8000-000000000001', 'e8100000-0000-4000-8000-0000000000b1')$$,
                 '23503', null, 'a message on another ticket cannot be linked');
select throws_ok($$update public.ticket_kb_links set ticket_id = 'e8000000-0000-4000-8000-0000000000a2'
                   where id = 'e8300000-0000-4000-8000-000000000001'$$,
                 '42501', null, 'a link cannot be moved to another ticket');
select set_eq($$select id from public.ticket_kb_links where ticket_id in ('e8000000-0000-4000-8000-0000000000a1', 'e8000000-0000-4000-8000-0000000000b1')$$,
              $$values ('e8300000-0000-4000-8000-000000000001'::uuid), ('e8300000-0000-4000-8000-000000000002'::uuid),
                       ('e8300000-0000-4000-8000-000000000003'::uuid), ('e8300000-0000-4000-8000-000000000004'::uuid),
                       ('e8300000-0000-4000-8000-000000000005'::uuid), ('e8300000-0000-4000-8000-000000000006'::uuid)$$,
              'agents read every link');

-- kb_article_tickets -------------------------------------------------------------------------------------------
select results_eq($$select ticket_id, title, citations from public.kb_article_tickets('e8200000-0000-4000-8000-000000000001')
                    order by title$$,
                  $$values ('e8000000-0000-4000-8000-0000000000a1'::uuid, 'A ticket', 3::bigint),
                           ('e8000000-0000-4000-8000-0000000000b1'::uuid, 'B ticket', 1::bigint)$$,
                  'kb_article_tickets lists each citing ticket once with its number of citations');
select is((select number from public.kb_article_tickets('e8200000-0000-4000-8000-000000000001')
           where ticket_id = 'e8000000-0000-4000-8000-0000000000b1'),
          (select number from public.tickets where id = 'e8000000-0000-4000-8000-0000000000b1'),
          'with the ticket number');
select lives_ok($$update public.ticket_kb_links set deleted_at = now() where id = 'e8300000-0000-4000-8000-000000000006'$$,
                'an agent unlinks (soft delete)');
select results_eq($$select ticket_id from public.kb_article_tickets('e8200000-0000-4000-8000-000000000001')$$,
                  $$values ('e8000000-0000-4000-8000-0000000000a1'::uuid)$$, 'unlinked tickets are no longer listed');
select results_eq($$with d as (delete from public.ticket_kb_links where id = 'e8300000-0000-4000-8000-000000000006' returning 1)
                    select count(*)::int from d$$, array[0], 'an agent cannot hard-delete a link');

-- customers -----------------------------------------------------------------------------------------------------
:as_cust_a
select set_eq($$select id from public.ticket_kb_links$$,
              $$values ('e8300000-0000-4000-8000-000000000001'::uuid), ('e8300000-0000-4000-8000-000000000002'::uuid)$$,
              'customer A sees links on own tickets to public published articles, not via internal notes');
select throws_ok($$insert into public.ticket_kb_links (ticket_id, article_id) values
    ('e8000000-0000-4000-8000-0000000000a2', 'e8200000-0000-4000-8000-000000000001')$$,
                 '42501', null, 'a customer cannot link articles');
select results_eq($$with u as (update public.ticket_kb_links set deleted_at = now() returning 1) select count(*)::int from u$$,
                  array[0], 'a customer cannot unlink');
select throws_ok($$select * from public.kb_article_tickets('e8200000-0000-4000-8000-000000000001')$$, '42501', null,
                 'a customer cannot list the tickets citing an article');
:as_cust_b
select results_eq($$select id, deleted_at is not null from public.ticket_kb_links$$,
                  $$values ('e8300000-0000-4000-8000-000000000006'::uuid, true)$$,
                  'customer B sees only the link on B''s own ticket, marked deleted once unlinked (so sync drops it)');
:as_agent
update public.ticket_kb_links set deleted_at = null where id = 'e8300000-0000-4000-8000-000000000006';
:as_cust_b
select results_eq($$select id, deleted_at is null from public.ticket_kb_links$$,
                  $$values ('e8300000-0000-4000-8000-000000000006'::uuid, true)$$,
                  'linking again revives the same row');
:as_agent
update public.kb_articles set visibility = 'internal' where id = 'e8200000-0000-4000-8000-000000000001';
:as_cust_a
select is_empty($$select 1 from public.ticket_kb_links$$, 'links to an article made internal disappear for customers');

-- anon and admins ---------------------------------------------------------------------------------------------
:as_anon
select throws_ok($$select 1 from public.ticket_kb_links$$, '42501', null, 'anon cannot read links');
select throws_ok($$select * from public.kb_article_tickets('e8200000-0000-4000-8000-000000000001')$$, '42501', null,
                 'anon cannot list the tickets citing an article');
:as_admin
select results_eq($$with d as (delete from public.ticket_kb_links where id = 'e8300000-0000-4000-8000-000000000005' returning 1)
                    select count(*)::int from d$$, array[1], 'an admin hard-deletes a link');
:as_postgres
delete from public.ticket_messages where id = 'e8100000-0000-4000-8000-0000000000a2';
select is_empty($$select 1 from public.ticket_kb_links where id = 'e8300000-0000-4000-8000-000000000003'$$,
                'deleting a message deletes its links');

select * from finish();
rollback;
