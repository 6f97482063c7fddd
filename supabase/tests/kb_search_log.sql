-- KB search logging (content gaps, part one): search_kb writes one kb_search_log row per search with the
-- caller's role, keeps the per-role visibility of articles, and the log is readable by admins only.
begin;
\ir fixtures/users.psql
select plan(22);

insert into public.kb_articles (id, slug, title, body, visibility, status, author_id)
values ('e6000000-0000-4000-8000-000000000001', 'pgtap-log-public', 'Quokkafrob printer setup',
        'Install the quokkafrob driver.', 'public', 'published', 'e0000000-0000-4000-8000-000000000002'),
       ('e6000000-0000-4000-8000-000000000002', 'pgtap-log-internal', 'Quokkafrob escalation',
        'Internal quokkafrob notes.', 'internal', 'published', 'e0000000-0000-4000-8000-000000000002'),
       ('e6000000-0000-4000-8000-000000000003', 'pgtap-log-draft', 'Quokkafrob draft',
        'Draft quokkafrob text.', 'public', 'draft', 'e0000000-0000-4000-8000-000000000002');

select is((select provolatile::text from pg_proc where oid = 'public.search_kb(text, integer)'::regprocedure), 'v',
          'search_kb is volatile now that it writes the log');
select is(public.kb_normalize_query('  Quokkafrob   WON''T print?!'), 'quokkafrob won t print',
          'queries are normalised: lower case, punctuation dropped, whitespace collapsed');

-- anon ---------------------------------------------------------------------------------------------------------
:as_anon
select set_eq($$select slug from public.search_kb('quokkafrob', 50)$$, array['pgtap-log-public'],
              'anon still finds published public articles only');
select is_empty($$select 1 from public.search_kb('pgtapnothingmatchesthis', 5)$$, 'a search can find nothing');
select throws_ok($$select 1 from public.kb_search_log$$, '42501', null, 'anon cannot read the search log');
:as_postgres
select results_eq($$select query, normalized_query, results_count, searched_by, role from public.kb_search_log
                    where normalized_query in ('quokkafrob', 'pgtapnothingmatchesthis') order by id$$,
                  $$values ('quokkafrob', 'quokkafrob', 1, null::uuid, 'anon'),
                           ('pgtapnothingmatchesthis', 'pgtapnothingmatchesthis', 0, null::uuid, 'anon')$$,
                  'each anonymous search is logged with its result count and role anon');

-- customers ----------------------------------------------------------------------------------------------------
:as_cust_a
select set_eq($$select slug from public.search_kb('Quokkafrob  escalation', 50)$$, array[]::text[],
              'a customer never finds an internal article through search_kb');
set local client_min_messages = warning;
select lives_ok($$select public.search_kb('   ')$$, 'a blank search runs');
reset client_min_messages;
select is_empty($$select 1 from public.kb_search_log$$, 'a customer reads no search log rows');
select throws_ok($$insert into public.kb_search_log (query, normalized_query, results_count, role)
                   values ('forged', 'forged', 0, 'admin')$$,
                 '42501', null, 'nobody writes the search log directly');
:as_postgres
select results_eq($$select results_count, searched_by, role from public.kb_search_log
                    where normalized_query = 'quokkafrob escalation'$$,
                  $$values (0, 'e0000000-0000-4000-8000-00000000000a'::uuid, 'customer')$$,
                  'a customer''s search is logged with the results they got, their id and role customer');
select is((select count(*)::int from public.kb_search_log where query = '' or normalized_query = ''), 0,
          'blank searches are not logged');

-- agents and admins ----------------------------------------------------------------------------------------------
:as_agent
select set_eq($$select slug from public.search_kb('quokkafrob', 50)$$,
              array['pgtap-log-public', 'pgtap-log-internal', 'pgtap-log-draft'],
              'an agent finds drafts and internal articles');
select is_empty($$select 1 from public.kb_search_log$$, 'an agent reads no search log rows (admins only)');
:as_admin
select is((select count(*)::int from public.search_kb('quokkafrob printer', 50)), 1, 'an admin searches too');
select results_eq($$select role, results_count from public.kb_search_log where normalized_query like 'quokkafrob%'
                    order by id$$,
                  $$values ('anon', 1), ('customer', 0), ('agent', 3), ('admin', 1)$$,
                  'an admin reads every logged search, each with the searcher''s role and result count');
:as_cust_b
select lives_ok($$select public.search_kb('quok'); select public.search_kb('quokkaf'); select public.search_kb('quokkafrob printer')$$,
                'customer B types a query');
:as_postgres
select results_eq($$select query, results_count from public.kb_search_log
                    where searched_by = 'e0000000-0000-4000-8000-00000000000b'$$,
                  $$values ('quokkafrob printer', 1)$$,
                  'search-as-you-type logs the finished query once, not every prefix');
set local role service_role;
select set_eq($$select slug from public.search_kb('quokkafrob', 50)$$,
              array['pgtap-log-public', 'pgtap-log-internal', 'pgtap-log-draft'],
              'the service role finds every article, as it did before (it bypasses RLS)');
reset role;
select is((select role from public.kb_search_log where normalized_query = 'quokkafrob' order by id desc limit 1),
          'service_role', 'a service-role search is logged as such');

-- A read-only transaction (an HTTP GET on the RPC) searches without logging.
:as_anon
set local transaction_read_only = on;
select is((select count(*)::int from public.search_kb('quokkafrob', 50)), 1, 'search_kb works in a read-only transaction');
:as_postgres
select is((select count(*)::int from public.kb_search_log where normalized_query = 'quokkafrob'), 3,
          'and logs nothing there');

select * from finish();
rollback;
