-- KB images (bucket kb-images): readable by whoever may read the article, uploaded and deleted by agents.
begin;
\ir fixtures/users.psql
select plan(9);

insert into public.kb_articles (id, slug, title, body, status, visibility)
values ('e9100000-0000-4000-8000-000000000001', 'pgtap-img-public', 'Public', 'x', 'published', 'public'),
       ('e9100000-0000-4000-8000-000000000002', 'pgtap-img-internal', 'Internal', 'x', 'published', 'internal');
insert into storage.objects (bucket_id, name, owner, owner_id)
values ('kb-images', 'e9100000-0000-4000-8000-000000000001/a.png', 'e0000000-0000-4000-8000-000000000002',
        'e0000000-0000-4000-8000-000000000002'),
       ('kb-images', 'e9100000-0000-4000-8000-000000000002/b.png', 'e0000000-0000-4000-8000-000000000002',
        'e0000000-0000-4000-8000-000000000002');

select is((select public from storage.buckets where id = 'kb-images'), false, 'the kb-images bucket is private');

:as_agent
select set_eq($$select name from storage.objects where bucket_id = 'kb-images' and name like 'e9100000-%'$$,
              array['e9100000-0000-4000-8000-000000000001/a.png', 'e9100000-0000-4000-8000-000000000002/b.png'],
              'agents read the images of every article');
select lives_ok($$insert into storage.objects (bucket_id, name, owner, owner_id)
                  values ('kb-images', 'e9100000-0000-4000-8000-0000000000ff/new.png',
                          'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002')$$,
                'agents upload into an article folder (the article may still be offline)');
select throws_ok($$insert into storage.objects (bucket_id, name, owner)
                   values ('kb-images', 'loose.png', 'e0000000-0000-4000-8000-000000000002')$$,
                 '42501', null, 'an image outside an article folder is refused');

:as_cust_a
select set_eq($$select name from storage.objects where bucket_id = 'kb-images' and name like 'e9100000-%'$$,
              array['e9100000-0000-4000-8000-000000000001/a.png'],
              'customers read only the images of published public articles');
select throws_ok($$insert into storage.objects (bucket_id, name, owner)
                   values ('kb-images', 'e9100000-0000-4000-8000-000000000001/c.png', 'e0000000-0000-4000-8000-00000000000a')$$,
                 '42501', null, 'customers cannot upload images');
select results_eq($$with d as (delete from storage.objects where bucket_id = 'kb-images' returning 1)
                    select count(*)::int from d$$, array[0], 'customers cannot delete images');

:as_anon
select set_eq($$select name from storage.objects where bucket_id = 'kb-images' and name like 'e9100000-%'$$,
              array['e9100000-0000-4000-8000-000000000001/a.png'], 'anon reads the images of public articles');

:as_agent
select results_eq($$with d as (delete from storage.objects where name = 'e9100000-0000-4000-8000-000000000001/a.png' returning 1)
                    select count(*)::int from d$$, array[1], 'agents delete images');

select * from finish();
rollback;
