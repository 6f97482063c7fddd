-- Offline KB edits: an update carries the version it was based on (PostgREST filter version=eq.N); the trigger
-- bumps the version and records each title/body change, so a stale update changes nothing and the client
-- sees a conflict. kb_restore_version writes an old version's content as a new version.
begin;
\ir fixtures/users.psql
select plan(22);

:as_agent
insert into public.kb_articles (id, slug, title, body)
values ('e9000000-0000-4000-8000-000000000001', 'pgtap-offline', 'Offline title', 'First body');

-- Optimistic concurrency ---------------------------------------------------------------------------------------
select results_eq($$with u as (update public.kb_articles set body = 'Second body'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 1 returning version)
                    select version from u$$,
                  array[2], 'an update based on the current version applies and returns the bumped version');
:as_agent2
select results_eq($$with u as (update public.kb_articles set body = 'Stale edit'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 1 returning 1)
                    select count(*)::int from u$$,
                  array[0], 'an update based on a stale version touches no row (the client''s conflict signal)');
select is((select body from public.kb_articles where id = 'e9000000-0000-4000-8000-000000000001'), 'Second body',
          'the stale edit changed nothing');
select results_eq($$with u as (update public.kb_articles set title = 'Merged title', body = 'Merged body'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 2 returning version)
                    select version from u$$,
                  array[3], 'the merged edit, based on the version it merged with, applies');
select results_eq($$select version, title, body, edited_by from public.kb_article_versions
                    where article_id = 'e9000000-0000-4000-8000-000000000001' order by version$$,
                  $$values (1, 'Offline title', 'First body', 'e0000000-0000-4000-8000-000000000002'::uuid),
                           (2, 'Offline title', 'Second body', 'e0000000-0000-4000-8000-000000000002'::uuid),
                           (3, 'Merged title', 'Merged body', 'e0000000-0000-4000-8000-000000000003'::uuid)$$,
                  'every applied edit is recorded as a version with its editor');
select results_eq($$with u as (update public.kb_articles set tags = '{offline}'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 3 returning version)
                    select version from u$$,
                  array[4], 'a metadata-only edit bumps the version too, so it also guards concurrent edits');

-- kb_restore_version -------------------------------------------------------------------------------------------
select results_eq($$select version, title, body from public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 1)$$,
                  $$values (5, 'Offline title', 'First body')$$,
                  'restoring version 1 writes its content as a new version 5');
select results_eq($$select version, title, body, edited_by from public.kb_article_versions
                    where article_id = 'e9000000-0000-4000-8000-000000000001' and version >= 3 order by version$$,
                  $$values (3, 'Merged title', 'Merged body', 'e0000000-0000-4000-8000-000000000003'::uuid),
                           (5, 'Offline title', 'First body', 'e0000000-0000-4000-8000-000000000003'::uuid)$$,
                  'history is kept: the restore is recorded as a new version by the restoring agent');
select is((select count(*)::int from public.kb_article_versions where article_id = 'e9000000-0000-4000-8000-000000000001'),
          4, 'no version is rewritten or removed');
select is((select tags from public.kb_articles where id = 'e9000000-0000-4000-8000-000000000001'), '{offline}'::text[],
          'a restore leaves other fields alone');
select results_eq($$select version from public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 2)$$,
                  array[6], 'restoring another version works the same way');
select results_eq($$select version from public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 6)$$,
                  array[6], 'restoring the current content changes nothing');
select is((select count(*)::int from public.kb_article_versions where article_id = 'e9000000-0000-4000-8000-000000000001'),
          5, 'and records no version');
select results_eq($$with u as (update public.kb_articles set body = 'Offline edit on 5'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 5 returning 1)
                    select count(*)::int from u$$,
                  array[0], 'an offline edit based on the version before a restore conflicts');
select throws_ok($$select public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 99)$$, 'P0002', null,
                 'an unknown version is refused');
select throws_ok($$select public.kb_restore_version('e9000000-0000-4000-8000-0000000000ff', 1)$$, 'P0002', null,
                 'an unknown article is refused');
:as_admin
select results_eq($$select version, body from public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 3)$$,
                  $$values (7, 'Merged body')$$, 'an admin restores versions');

-- Who may not ----------------------------------------------------------------------------------------------------
:as_cust_a
select throws_ok($$select public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 1)$$, '42501', null,
                 'a customer cannot restore a version');
select results_eq($$with u as (update public.kb_articles set body = 'x'
                              where id = 'e9000000-0000-4000-8000-000000000001' and version = 7 returning 1)
                    select count(*)::int from u$$,
                  array[0], 'a customer cannot edit an article, whatever version they send');
:as_anon
select throws_ok($$select public.kb_restore_version('e9000000-0000-4000-8000-000000000001', 1)$$, '42501', null,
                 'anon cannot restore a version');
:as_postgres
select is((select version from public.kb_articles where id = 'e9000000-0000-4000-8000-000000000001'), 7,
          'refused calls changed nothing');
select is((select provolatile::text from pg_proc where oid = 'public.kb_restore_version(uuid, integer)'::regprocedure),
          'v', 'kb_restore_version is volatile (called with POST)');

select * from finish();
rollback;
