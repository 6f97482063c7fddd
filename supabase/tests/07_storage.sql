-- Storage: the private attachments bucket; object policies mirror ticket visibility (first folder = ticket
-- id), hide objects attached to internal notes from customers, and let agents and uploaders delete.
begin;
\ir fixtures/users.psql
select plan(16);

insert into public.tickets (id, title, requester_id)
values ('e2000000-0000-4000-8000-0000000000a1', 'A', 'e0000000-0000-4000-8000-00000000000a'),
       ('e2000000-0000-4000-8000-0000000000b1', 'B', 'e0000000-0000-4000-8000-00000000000b');
insert into public.ticket_messages (id, ticket_id, author_id, body, is_internal)
values ('e3000000-0000-4000-8000-0000000000a2', 'e2000000-0000-4000-8000-0000000000a1',
        'e0000000-0000-4000-8000-000000000002', 'internal', true);
insert into storage.objects (bucket_id, name, owner, owner_id)
values ('attachments', 'e2000000-0000-4000-8000-0000000000a1/11111111-agent-log.txt',
        'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002'),
       ('attachments', 'e2000000-0000-4000-8000-0000000000a1/22222222-secret.txt',
        'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002'),
       ('attachments', 'e2000000-0000-4000-8000-0000000000b1/33333333-b.txt',
        'e0000000-0000-4000-8000-00000000000b', 'e0000000-0000-4000-8000-00000000000b');
insert into public.attachments (ticket_id, message_id, storage_path, file_name, uploader_id)
values ('e2000000-0000-4000-8000-0000000000a1', 'e3000000-0000-4000-8000-0000000000a2',
        'e2000000-0000-4000-8000-0000000000a1/22222222-secret.txt', 'secret.txt', 'e0000000-0000-4000-8000-000000000002');

:as_cust_a
select lives_ok($$insert into storage.objects (bucket_id, name, owner, owner_id)
                  values ('attachments', 'e2000000-0000-4000-8000-0000000000a1/44444444-photo.png',
                          'e0000000-0000-4000-8000-00000000000a', 'e0000000-0000-4000-8000-00000000000a')$$,
                'customer A uploads into their own ticket''s folder');
select throws_ok($$insert into storage.objects (bucket_id, name, owner)
                   values ('attachments', 'e2000000-0000-4000-8000-0000000000b1/55555555-x.png', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'customer A cannot upload into B''s ticket folder');
select throws_ok($$insert into storage.objects (bucket_id, name, owner)
                   values ('attachments', 'loose/66666666-x.png', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'an object outside a ticket folder is refused');
select throws_ok($$insert into storage.objects (bucket_id, name, owner)
                   values ('attachments', 'e2000000-0000-4000-8000-0000000000ff/77777777-x.png', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'an object under an unknown ticket is refused');
select set_eq($$select name from storage.objects where bucket_id = 'attachments' and name like 'e2000000-%'$$,
              array['e2000000-0000-4000-8000-0000000000a1/11111111-agent-log.txt',
                    'e2000000-0000-4000-8000-0000000000a1/44444444-photo.png'],
              'customer A lists their ticket''s objects, without the internal note''s file or B''s');
select results_eq($$with d as (delete from storage.objects where name = 'e2000000-0000-4000-8000-0000000000a1/11111111-agent-log.txt' returning 1)
                    select count(*)::int from d$$, array[0], 'customer A cannot delete the agent''s file');
select results_eq($$with d as (delete from storage.objects where name = 'e2000000-0000-4000-8000-0000000000a1/44444444-photo.png' returning 1)
                    select count(*)::int from d$$, array[1], 'customer A deletes their own upload');
select results_eq($$with u as (update storage.objects set name = name || '.bak' where bucket_id = 'attachments' returning 1)
                    select count(*)::int from u$$, array[0], 'objects cannot be renamed by customers');

:as_cust_b
select set_eq($$select name from storage.objects where bucket_id = 'attachments' and name like 'e2000000-%'$$,
              array['e2000000-0000-4000-8000-0000000000b1/33333333-b.txt'], 'customer B lists only their ticket''s objects');
select results_eq($$with d as (delete from storage.objects where name like 'e2000000-0000-4000-8000-0000000000a1/%' returning 1)
                    select count(*)::int from d$$, array[0], 'customer B cannot delete A''s objects');

:as_anon
select is_empty($$select 1 from storage.objects where bucket_id = 'attachments'$$, 'anon lists no attachment');
select throws_ok($$insert into storage.objects (bucket_id, name) values ('attachments', 'e2000000-0000-4000-8000-0000000000a1/88888888-x')$$,
                 '42501', null, 'anon cannot upload');

:as_agent
select set_eq($$select name from storage.objects where bucket_id = 'attachments' and name like 'e2000000-%'$$,
              array['e2000000-0000-4000-8000-0000000000a1/11111111-agent-log.txt',
                    'e2000000-0000-4000-8000-0000000000a1/22222222-secret.txt',
                    'e2000000-0000-4000-8000-0000000000b1/33333333-b.txt'],
              'an agent lists every ticket''s objects, internal ones included');
select lives_ok($$insert into storage.objects (bucket_id, name, owner)
                  values ('attachments', 'e2000000-0000-4000-8000-0000000000b1/99999999-reply.pdf', 'e0000000-0000-4000-8000-000000000002')$$,
                'an agent uploads to any ticket');
select results_eq($$with d as (delete from storage.objects where name = 'e2000000-0000-4000-8000-0000000000b1/33333333-b.txt' returning 1)
                    select count(*)::int from d$$, array[1], 'an agent deletes a customer''s file');
:as_postgres
select ok(exists (select 1 from storage.objects where name = 'e2000000-0000-4000-8000-0000000000a1/11111111-agent-log.txt'),
          'the agent''s file survived the customers'' delete attempts');

select * from finish();
rollback;
