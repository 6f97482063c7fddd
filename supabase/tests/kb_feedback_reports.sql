-- KB content gaps and least helpful articles: kb_content_gaps ranks zero-result searches, kb_least_helpful
-- ranks articles by their unhelpful votes; both for agents and admins only.
begin;
\ir fixtures/users.psql
select plan(17);

-- Searches logged in January 2001 (far from any live data): "pgtap vpn" 3 times by 2 people, once found later;
-- "pgtap printer" twice; "pgtap wifi" once with no result and once with results (not a gap in the count).
insert into public.kb_search_log (query, normalized_query, results_count, searched_by, role, created_at)
values ('pgtap vpn', 'pgtap vpn', 0, 'e0000000-0000-4000-8000-00000000000a', 'customer', '2001-01-05 10:00Z'),
       ('pgtap vpn', 'pgtap vpn', 0, 'e0000000-0000-4000-8000-00000000000a', 'customer', '2001-01-06 10:00Z'),
       ('pgtap VPN', 'pgtap vpn', 0, null, 'anon', '2001-01-07 10:00Z'),
       ('pgtap vpn', 'pgtap vpn', 2, null, 'anon', '2001-01-08 10:00Z'),
       ('pgtap printer', 'pgtap printer', 0, 'e0000000-0000-4000-8000-00000000000b', 'customer', '2001-01-10 10:00Z'),
       ('pgtap printer', 'pgtap printer', 0, 'e0000000-0000-4000-8000-00000000000b', 'customer', '2001-01-11 10:00Z'),
       ('pgtap wifi', 'pgtap wifi', 0, null, 'anon', '2001-01-12 10:00Z'),
       ('pgtap wifi', 'pgtap wifi', 3, null, 'anon', '2001-01-12 09:00Z'),
       ('pgtap outside', 'pgtap outside', 0, null, 'anon', '2001-03-01 10:00Z'),
       ('pgtap recent', 'pgtap recent', 0, null, 'anon', now() - interval '1 day');

-- Articles and votes: "mostly bad" 4 of 5 unhelpful, "one bad" 1 of 1, "good" 5 of 5 helpful,
-- "deleted" 2 of 2 unhelpful but soft-deleted.
insert into public.kb_articles (id, slug, title, body, visibility, status, author_id)
values ('e7000000-0000-4000-8000-000000000001', 'pgtap-mostly-bad', 'Mostly bad', 'x', 'public', 'published', null),
       ('e7000000-0000-4000-8000-000000000002', 'pgtap-one-bad', 'One bad', 'x', 'internal', 'published', null),
       ('e7000000-0000-4000-8000-000000000003', 'pgtap-good', 'Good', 'x', 'public', 'published', null),
       ('e7000000-0000-4000-8000-000000000004', 'pgtap-deleted', 'Deleted', 'x', 'public', 'published', null);
insert into public.kb_feedback (article_id, user_id, helpful)
select 'e7000000-0000-4000-8000-000000000001'::uuid, u.id::uuid, u.id <> 'e0000000-0000-4000-8000-000000000001'
from unnest(array['e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002',
                  'e0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-00000000000a',
                  'e0000000-0000-4000-8000-00000000000b']) as u (id);
update public.kb_feedback set helpful = not helpful where article_id = 'e7000000-0000-4000-8000-000000000001';
insert into public.kb_feedback (article_id, user_id, helpful)
values ('e7000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002', false),
       ('e7000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000002', false),
       ('e7000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003', false);
insert into public.kb_feedback (article_id, user_id, helpful)
select 'e7000000-0000-4000-8000-000000000003'::uuid, u.id::uuid, true
from unnest(array['e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002',
                  'e0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-00000000000a',
                  'e0000000-0000-4000-8000-00000000000b']) as u (id);
update public.kb_articles set deleted_at = now() where id = 'e7000000-0000-4000-8000-000000000004';

-- kb_content_gaps ----------------------------------------------------------------------------------------------
:as_agent
select results_eq(
    $$select normalized_query, searches, searchers, first_searched_at, last_searched_at, found_later
      from public.kb_content_gaps('2001-01-01Z', '2001-02-01Z', 10)$$,
    $$values ('pgtap vpn', 3::bigint, 2::bigint, '2001-01-05 10:00Z'::timestamptz, '2001-01-07 10:00Z'::timestamptz, true),
             ('pgtap printer', 2::bigint, 1::bigint, '2001-01-10 10:00Z'::timestamptz, '2001-01-11 10:00Z'::timestamptz, false),
             ('pgtap wifi', 1::bigint, 1::bigint, '2001-01-12 10:00Z'::timestamptz, '2001-01-12 10:00Z'::timestamptz, false)$$,
    'kb_content_gaps ranks zero-result queries by searches, counts searchers, and says which later found articles');
select is((select sample_query from public.kb_content_gaps('2001-01-01Z', '2001-02-01Z', 10)
           where normalized_query = 'pgtap vpn'), 'pgtap vpn', 'each gap shows the spelling used most');
select results_eq($$select normalized_query from public.kb_content_gaps('2001-01-01Z', '2001-02-01Z', 1)$$,
                  array['pgtap vpn'], 'p_limit caps the list');
select results_eq($$select normalized_query from public.kb_content_gaps('2001-01-10Z', '2001-01-11Z', 10)$$,
                  array['pgtap printer'], 'the range is half-open: [p_from, p_to)');
select ok((select count(*) = 1 from public.kb_content_gaps(null, null, 500) where normalized_query = 'pgtap recent'),
          'without a range, the last 30 days count');
select ok(not exists (select 1 from public.kb_content_gaps(null, null, 500) where normalized_query like 'pgtap %'
                      and normalized_query <> 'pgtap recent'), 'and older searches do not');
select throws_ok($$select * from public.kb_content_gaps('2001-02-01Z', '2001-01-01Z', 10)$$, '22023', null,
                 'a range that ends before it starts is refused');
:as_admin
select is((select count(*)::int from public.kb_content_gaps('2001-01-01Z', '2001-12-31Z', 10)), 4,
          'admins see content gaps too');
:as_cust_a
select throws_ok($$select * from public.kb_content_gaps(null, null, 10)$$, '42501', null,
                 'a customer cannot see content gaps');
:as_anon
select throws_ok($$select * from public.kb_content_gaps(null, null, 10)$$, '42501', null,
                 'anon cannot see content gaps');

-- kb_least_helpful ---------------------------------------------------------------------------------------------
:as_agent
select results_eq(
    $$select r.slug from public.kb_least_helpful(500) with ordinality r where r.slug like 'pgtap-%' order by r.ordinality$$,
    array['pgtap-mostly-bad', 'pgtap-one-bad'],
    'kb_least_helpful ranks 4 of 5 unhelpful above 1 of 1, leaves out articles without unhelpful votes and deleted ones');
select results_eq(
    $$select helpful, unhelpful, votes, unhelpful_share, round(score::numeric, 3)
      from public.kb_least_helpful(500) where article_id = 'e7000000-0000-4000-8000-000000000001'$$,
    $$values (1::bigint, 4::bigint, 5::bigint, 0.8000::numeric, 0.376::numeric)$$,
    'each article comes with its counts, unhelpful share and Wilson lower bound');
select results_eq(
    $$select round(score::numeric, 3) from public.kb_least_helpful(500) where slug = 'pgtap-one-bad'$$,
    array[0.207::numeric], 'one unhelpful vote alone scores low');
select ok((select count(*) <= 1 from public.kb_least_helpful(1)), 'p_limit caps the list');
:as_admin
select ok(exists (select 1 from public.kb_least_helpful(500) where slug = 'pgtap-one-bad'),
          'admins see internal articles in the list');
:as_cust_a
select throws_ok($$select * from public.kb_least_helpful(10)$$, '42501', null, 'a customer cannot list article scores');
:as_anon
select throws_ok($$select * from public.kb_least_helpful(10)$$, '42501', null, 'anon cannot list article scores');

select * from finish();
rollback;
