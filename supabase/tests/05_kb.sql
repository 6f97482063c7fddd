-- Knowledge base: RLS per role, versions by trigger, one vote per user, scores, search_kb.
begin;
\ir fixtures/users.psql
select plan(39);

insert into public.kb_articles (id, slug, title, body, visibility, status, author_id)
values ('e5000000-0000-4000-8000-000000000001', 'pgtap-reset-password', 'Reset your zanzibarian password',
        'Open settings, choose security and press reset. The zanzibarian flow mails a link.', 'public', 'published',
        'e0000000-0000-4000-8000-000000000002'),
       ('e5000000-0000-4000-8000-000000000002', 'pgtap-internal-runbook', 'Zanzibarian escalation runbook',
        'Internal: page the on-call zanzibarian engineer.', 'internal', 'published', 'e0000000-0000-4000-8000-000000000002'),
       ('e5000000-0000-4000-8000-000000000003', 'pgtap-draft', 'Draft zanzibarian article',
        'Not ready yet, zanzibarian.', 'public', 'draft', 'e0000000-0000-4000-8000-000000000002'),
       ('e5000000-0000-4000-8000-000000000004', 'pgtap-archived', 'Archived zanzibarian article',
        'Old zanzibarian content.', 'public', 'archived', 'e0000000-0000-4000-8000-000000000002');

-- Versions -------------------------------------------------------------------------------------------------
select results_eq($$select version, title from public.kb_article_versions where article_id = 'e5000000-0000-4000-8000-000000000001'$$,
                  $$values (1, 'Reset your zanzibarian password')$$, 'creating an article saves version 1');
:as_agent
select lives_ok($$insert into public.kb_articles (id, slug, title, body) values
                  ('e5000000-0000-4000-8000-000000000005', 'pgtap-new', 'New zanzibarian tips', 'First body')$$,
                'an agent writes an article');
select results_eq($$select author_id, status::text, version from public.kb_articles where id = 'e5000000-0000-4000-8000-000000000005'$$,
                  $$values ('e0000000-0000-4000-8000-000000000002'::uuid, 'draft', 1)$$,
                  'a new article is a draft by its author at version 1');
update public.kb_articles set body = 'Second body' where id = 'e5000000-0000-4000-8000-000000000005';
update public.kb_articles set tags = '{tips}' where id = 'e5000000-0000-4000-8000-000000000005';
update public.kb_articles set title = 'Newer zanzibarian tips', status = 'published' where id = 'e5000000-0000-4000-8000-000000000005';
select results_eq($$select version, title, body, edited_by from public.kb_article_versions
                    where article_id = 'e5000000-0000-4000-8000-000000000005' order by version$$,
                  $$values (1, 'New zanzibarian tips', 'First body', 'e0000000-0000-4000-8000-000000000002'::uuid),
                           (2, 'New zanzibarian tips', 'Second body', 'e0000000-0000-4000-8000-000000000002'::uuid),
                           (4, 'Newer zanzibarian tips', 'Second body', 'e0000000-0000-4000-8000-000000000002'::uuid)$$,
                  'each title/body change saves a version numbered like the article; a tag-only change does not');
select results_eq($$select version, published_at from public.kb_articles where id = 'e5000000-0000-4000-8000-000000000005'$$,
                  $$select 4, now()$$, 'every update bumps the article version; publishing stamps published_at');
select throws_ok($$update public.kb_articles set version = 1 where id = 'e5000000-0000-4000-8000-000000000005'$$,
                 '42501', null, 'the article version is not writable');
select throws_ok($$update public.kb_articles set author_id = 'e0000000-0000-4000-8000-00000000000a' where id = 'e5000000-0000-4000-8000-000000000005'$$,
                 '42501', null, 'the author is not writable');
select throws_ok($$insert into public.kb_article_versions (article_id, version, title, body)
                   values ('e5000000-0000-4000-8000-000000000005', 99, 'x', 'y')$$,
                 '42501', null, 'versions are written by the trigger only');
select results_eq($$with d as (delete from public.kb_articles where id = 'e5000000-0000-4000-8000-000000000004' returning 1)
                    select count(*)::int from d$$, array[0], 'an agent cannot hard-delete an article');
select set_eq($$select slug from public.kb_articles where slug like 'pgtap-%'$$,
              array['pgtap-reset-password', 'pgtap-internal-runbook', 'pgtap-draft', 'pgtap-archived', 'pgtap-new'],
              'an agent reads drafts, internal and archived articles');
select ok((select count(*) from public.kb_article_versions where article_id = 'e5000000-0000-4000-8000-000000000001') = 1,
          'an agent reads article versions');
select is((select slug from public.search_kb('zanzibarian or runbook', 50) where slug like 'pgtap-%'
           order by rank desc limit 1), 'pgtap-internal-runbook',
          'search_kb ranks the article matching more terms, in its title, first');
select set_eq($$select slug from public.search_kb('zanzibarian', 50)$$,
              array['pgtap-reset-password', 'pgtap-internal-runbook', 'pgtap-draft', 'pgtap-new'],
              'search_kb finds drafts and internal articles for an agent, not archived ones');

-- anon --------------------------------------------------------------------------------------------------------
:as_anon
select set_eq($$select slug from public.kb_articles where slug like 'pgtap-%'$$,
              array['pgtap-reset-password', 'pgtap-new'], 'anon reads published public articles only');
select set_eq($$select slug from public.search_kb('zanzibarian', 50)$$,
              array['pgtap-reset-password', 'pgtap-new'], 'search_kb finds published public articles only for anon');
select ok((select snippet like '%<<zanzibarian>>%' from public.search_kb('zanzibarian flow', 5)
           where slug = 'pgtap-reset-password'), 'search_kb returns a highlighted snippet');

select throws_ok($$insert into public.kb_articles (slug, title) values ('anon-article', 'x')$$, '42501', null,
                 'anon cannot write articles');
select throws_ok($$select 1 from public.kb_article_versions$$, '42501', null, 'anon cannot read article versions');
select throws_ok($$insert into public.kb_feedback (article_id, user_id, helpful)
                   values ('e5000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-00000000000a', true)$$,
                 '42501', null, 'anon cannot vote');

-- customers ------------------------------------------------------------------------------------------------
:as_cust_a
select set_eq($$select slug from public.kb_articles where slug like 'pgtap-%'$$,
              array['pgtap-reset-password', 'pgtap-new'], 'a customer reads published public articles only');
select is_empty($$select 1 from public.kb_article_versions where article_id = 'e5000000-0000-4000-8000-000000000001'$$,
                'a customer reads no article versions');
select set_eq($$select slug from public.search_kb('runbook escalation', 50)$$, array[]::text[],
              'search_kb never returns an internal article to a customer');
select throws_ok($$insert into public.kb_articles (slug, title) values ('cust-article', 'x')$$, '42501', null,
                 'a customer cannot write articles');
select results_eq($$with u as (update public.kb_articles set title = 'defaced' where id = 'e5000000-0000-4000-8000-000000000001' returning 1)
                    select count(*)::int from u$$, array[0], 'a customer cannot edit an article');
select lives_ok($$insert into public.kb_feedback (article_id, helpful, comment) values ('e5000000-0000-4000-8000-000000000001', true, 'great')$$,
                'a customer votes on a public article');
select throws_ok($$insert into public.kb_feedback (article_id, helpful) values ('e5000000-0000-4000-8000-000000000001', false)$$,
                 '23505', null, 'a second vote on the same article is refused');
select lives_ok($$update public.kb_feedback set helpful = false where article_id = 'e5000000-0000-4000-8000-000000000001'$$,
                'a customer changes their vote');
select throws_ok($$insert into public.kb_feedback (article_id, helpful) values ('e5000000-0000-4000-8000-000000000002', true)$$,
                 '42501', null, 'a customer cannot vote on an internal article');
select throws_ok($$insert into public.kb_feedback (article_id, user_id, helpful) values ('e5000000-0000-4000-8000-000000000005', 'e0000000-0000-4000-8000-00000000000b', true)$$,
                 '42501', null, 'a customer cannot vote in someone else''s name');
:as_cust_b
insert into public.kb_feedback (article_id, helpful) values ('e5000000-0000-4000-8000-000000000001', true);
select set_eq($$select user_id from public.kb_feedback$$, $$values ('e0000000-0000-4000-8000-00000000000b'::uuid)$$,
              'customer B reads only their own vote');
select results_eq($$with u as (update public.kb_feedback set helpful = true where user_id = 'e0000000-0000-4000-8000-00000000000a' returning 1)
                    select count(*)::int from u$$, array[0], 'customer B cannot change A''s vote');
select results_eq($$with d as (delete from public.kb_feedback where user_id = 'e0000000-0000-4000-8000-00000000000a' returning 1)
                    select count(*)::int from d$$, array[0], 'customer B cannot delete A''s vote');
select results_eq($$select helpful, unhelpful from public.kb_article_scores('e5000000-0000-4000-8000-000000000001')$$,
                  $$values (1::bigint, 1::bigint)$$, 'kb_article_scores counts every vote, also for customers');
select is_empty($$select 1 from public.kb_article_scores('e5000000-0000-4000-8000-000000000002')$$,
                'kb_article_scores says nothing about internal articles to customers');
:as_agent
insert into public.kb_feedback (article_id, helpful) values ('e5000000-0000-4000-8000-000000000002', true);
select ok((select count(*) from public.kb_feedback where article_id = 'e5000000-0000-4000-8000-000000000001') = 2,
          'an agent reads every vote');
select results_eq($$select helpful, unhelpful from public.kb_article_scores('e5000000-0000-4000-8000-000000000002')$$,
                  $$values (1::bigint, 0::bigint)$$, 'agents get scores of internal articles');
:as_cust_a
select results_eq($$with d as (delete from public.kb_feedback returning 1) select count(*)::int from d$$, array[1],
                  'a customer withdraws their own vote (and only theirs)');

-- admin ------------------------------------------------------------------------------------------------------
:as_admin
select results_eq($$with d as (delete from public.kb_articles where id = 'e5000000-0000-4000-8000-000000000004' returning 1)
                    select count(*)::int from d$$, array[1], 'an admin deletes an article');
:as_postgres
select is((select count(*)::int from public.kb_articles where id = 'e5000000-0000-4000-8000-000000000001' and title = 'Reset your zanzibarian password'),
          1, 'the customer''s edit attempt changed nothing');

select * from finish();
rollback;
