-- AI tables: ai_suggestions (cache + human-in-the-loop outcome), ai_models, ai_deflections. RLS per role,
-- the server's stamps, the pending-triage RPC, the reports, and the auto-triage trigger being harmless
-- without pg_net. Forbidden reads return no rows; forbidden writes raise 42501 or touch no row.
begin;
\ir fixtures/users.psql
select plan(42);

-- Fixture: A's ticket with an agent suggestion; B's ticket; a customer answer by A and one by B.
insert into public.tickets (id, title, description, requester_id, tags)
values ('e2000000-0000-4000-8000-0000000000a1', 'A ticket', 'cannot log in', 'e0000000-0000-4000-8000-00000000000a', '{}'),
       ('e2000000-0000-4000-8000-0000000000b1', 'B ticket', 'refund please', 'e0000000-0000-4000-8000-00000000000b', '{}');
insert into public.ai_suggestions (id, ticket_id, action, content_hash, provider, result, created_by)
values ('e8000000-0000-4000-8000-000000000001', 'e2000000-0000-4000-8000-0000000000a1', 'suggest_reply',
        repeat('a', 64), 'builtin', '{"text": "Hi"}', 'e0000000-0000-4000-8000-000000000002'),
       ('e8000000-0000-4000-8000-00000000000a', null, 'answer', repeat('b', 64), 'builtin', '{"text": "A answer"}',
        'e0000000-0000-4000-8000-00000000000a'),
       ('e8000000-0000-4000-8000-00000000000b', null, 'answer', repeat('c', 64), 'builtin', '{"text": "B answer"}',
        'e0000000-0000-4000-8000-00000000000b');

-- Structure --------------------------------------------------------------------------------------------------
select col_is_unique('public', 'ai_suggestions', array['ticket_id', 'action', 'content_hash'],
                     'suggestions are unique per (ticket, action, content hash)');
select throws_ok($$insert into public.ai_suggestions (ticket_id, action, content_hash, provider, result)
                   values (null, 'answer', repeat('b', 64), 'builtin', '{}')$$, '23505', null,
                 'the cache key holds without a ticket too (nulls not distinct)');
select throws_ok($$insert into public.ai_suggestions (action, content_hash, provider, result)
                   values ('triage', 'not-a-hash', 'builtin', '{}')$$, '23514', null, 'the content hash is a sha-256 hex');
select throws_ok($$insert into public.ai_suggestions (action, content_hash, provider, result)
                   values ('triage', repeat('d', 64), 'gpt', '{}')$$, '23514', null, 'the provider is builtin or openai');
select has_trigger('public', 'tickets', 'tickets_ai_triage', 'new tickets ask for their automatic triage');
select lives_ok($$insert into public.tickets (title, requester_id) values ('no pg_net here', 'e0000000-0000-4000-8000-00000000000a')$$,
                'without pg_net the triage trigger is a no-op and the insert succeeds');

-- anon -------------------------------------------------------------------------------------------------------
:as_anon
select throws_ok($$select 1 from public.ai_suggestions$$, '42501', null, 'anon cannot read suggestions');
select throws_ok($$select 1 from public.ai_models$$, '42501', null, 'anon cannot read models');
select throws_ok($$select 1 from public.ai_deflections$$, '42501', null, 'anon cannot read deflections');
select throws_ok($$select * from public.report_ai_acceptance(now() - interval '1 day', now())$$, '42501', null,
                 'anon cannot run the acceptance report');

-- customer A -------------------------------------------------------------------------------------------------
:as_cust_a
select set_eq($$select id from public.ai_suggestions$$, $$values ('e8000000-0000-4000-8000-00000000000a'::uuid)$$,
              'customer A reads exactly their own answer, no agent suggestion, nothing of B');
select is_empty($$select 1 from public.ai_models$$, 'a customer reads no model');
select throws_ok($$insert into public.ai_suggestions (ticket_id, action, content_hash, provider, result)
                   values ('e2000000-0000-4000-8000-0000000000a1', 'summarize', repeat('e', 64), 'builtin', '{}')$$,
                 '42501', null, 'a customer cannot record a summary');
select throws_ok($$insert into public.ai_suggestions (ticket_id, action, content_hash, provider, result)
                   values ('e2000000-0000-4000-8000-0000000000b1', 'answer', repeat('e', 64), 'builtin', '{}')$$,
                 '42501', null, 'a customer cannot record an answer on another customer''s ticket');
select lives_ok($$insert into public.ai_suggestions (id, ticket_id, action, content_hash, provider, result)
                  values ('e8000000-0000-4000-8000-0000000000a2', 'e2000000-0000-4000-8000-0000000000a1', 'answer',
                          repeat('f', 64), 'builtin', '{"text": "mine"}')$$,
                'a customer records an answer on their own ticket');
select results_eq($$select created_by from public.ai_suggestions where id = 'e8000000-0000-4000-8000-0000000000a2'$$,
                  array['e0000000-0000-4000-8000-00000000000a'::uuid], 'created_by is the caller, whatever was sent');
select results_eq($$with u as (update public.ai_suggestions set outcome = 'accepted'
                               where id = 'e8000000-0000-4000-8000-00000000000b' returning 1) select count(*)::int from u$$,
                  array[0], 'customer A cannot rate B''s answer');
select results_eq($$with u as (update public.ai_suggestions set outcome = 'rejected'
                               where id = 'e8000000-0000-4000-8000-00000000000a' returning 1) select count(*)::int from u$$,
                  array[1], 'customer A rates their own answer');
select throws_ok($$update public.ai_suggestions set created_by = 'e0000000-0000-4000-8000-00000000000b'$$, '42501', null,
                 'created_by is not writable');
select lives_ok($$insert into public.ai_deflections (suggestion_id, query)
                  values ('e8000000-0000-4000-8000-00000000000a', 'how do I log in')$$,
                'a customer records a deflection for their own answer');
select throws_ok($$insert into public.ai_deflections (user_id, query) values ('e0000000-0000-4000-8000-00000000000b', 'x')$$,
                 '42501', null, 'a customer cannot record a deflection as someone else');
select throws_ok($$insert into public.ai_deflections (suggestion_id) values ('e8000000-0000-4000-8000-000000000001')$$,
                 '42501', null, 'a deflection points at an answer the customer can see');
select throws_ok($$insert into public.ai_models (name, kind, model) values ('triage', 'x', '{}')$$, '42501', null,
                 'a customer cannot write models');
select throws_ok($$select * from public.report_ai_acceptance(now() - interval '1 day', now() + interval '1 day')$$,
                 '42501', null, 'a customer cannot run the acceptance report');
select throws_ok($$select * from public.ai_tickets_pending_triage(10)$$, '42501', null,
                 'a customer cannot list tickets pending triage');

-- customer B -------------------------------------------------------------------------------------------------
:as_cust_b
select is_empty($$select 1 from public.ai_deflections$$, 'customer B does not see A''s deflection');
select set_eq($$select id from public.ai_suggestions$$, $$values ('e8000000-0000-4000-8000-00000000000b'::uuid)$$,
              'customer B reads exactly their own answer');

-- agent ------------------------------------------------------------------------------------------------------
:as_agent
select ok((select count(*) from public.ai_suggestions where id::text like 'e8000000%') = 4, 'an agent reads every suggestion');
select lives_ok($$insert into public.ai_suggestions (ticket_id, action, content_hash, provider, result)
                  values ('e2000000-0000-4000-8000-0000000000b1', 'triage', repeat('1', 64), 'builtin', '{"tags": []}')$$,
                'an agent records a triage suggestion');
select results_eq($$with u as (update public.ai_suggestions set outcome = 'edited', final_text = 'Hi there'
                               where id = 'e8000000-0000-4000-8000-000000000001' returning outcome_by, outcome_at is not null)
                    select * from u$$,
                  $$values ('e0000000-0000-4000-8000-000000000002'::uuid, true)$$,
                  'an agent''s verdict is stamped with who and when');
select results_eq($$with u as (update public.ai_suggestions set result = '{"text": "Hello"}'
                               where id = 'e8000000-0000-4000-8000-000000000001' returning outcome is null, final_text is null)
                    select * from u$$,
                  $$values (true, true)$$, 'a new result under the same key clears the old verdict');
select set_eq($$select id from public.ai_tickets_pending_triage(100) where id::text like 'e2000000%'$$,
              $$values ('e2000000-0000-4000-8000-0000000000a1'::uuid)$$,
              'pending triage lists A''s ticket, not B''s which has a triage suggestion');
select throws_ok($$insert into public.ai_models (name, kind, model) values ('triage', 'x', '{}')$$, '42501', null,
                 'an agent cannot write models');
select results_eq($$with u as (delete from public.ai_suggestions returning 1) select count(*)::int from u$$,
                  array[0], 'an agent cannot delete suggestions');
select ok((select count(*) from public.ai_deflections) >= 1, 'an agent reads deflections');

-- admin ------------------------------------------------------------------------------------------------------
:as_admin
select lives_ok($$insert into public.ai_models (name, kind, model, metrics) values ('triage-tap', 'builtin.triage.v1', '{"models": {}}', '{"tickets": 0}')$$,
                'an admin stores a model');
select results_eq($$select trained_by from public.ai_models where name = 'triage-tap'$$,
                  array['e0000000-0000-4000-8000-000000000001'::uuid], 'trained_by is the admin');
:as_agent
select ok(exists (select 1 from public.ai_models where name = 'triage-tap'), 'an agent reads the stored model');

-- reports (rows dated 2000-01-01, a window no other data uses) ------------------------------------------------
:as_postgres
insert into public.ai_suggestions (ticket_id, action, content_hash, provider, result, created_by, created_at, outcome)
values ('e2000000-0000-4000-8000-0000000000a1', 'suggest_reply', repeat('2', 64), 'openai', '{}', 'e0000000-0000-4000-8000-000000000002', '2000-01-01 10:00Z', 'rejected'),
       ('e2000000-0000-4000-8000-0000000000a1', 'suggest_reply', repeat('3', 64), 'openai', '{}', 'e0000000-0000-4000-8000-000000000002', '2000-01-01 10:00Z', 'accepted'),
       ('e2000000-0000-4000-8000-0000000000a1', 'suggest_reply', repeat('5', 64), 'openai', '{}', 'e0000000-0000-4000-8000-000000000002', '2000-01-01 10:00Z', 'accepted'),
       ('e2000000-0000-4000-8000-0000000000a1', 'suggest_reply', repeat('4', 64), 'openai', '{}', 'e0000000-0000-4000-8000-000000000002', '2000-01-01 10:00Z', null),
       (null, 'answer', repeat('6', 64), 'builtin', '{}', 'e0000000-0000-4000-8000-00000000000a', '2000-01-01 10:00Z', null),
       (null, 'answer', repeat('7', 64), 'builtin', '{}', 'e0000000-0000-4000-8000-00000000000b', '2000-01-01 10:00Z', null),
       (null, 'answer', repeat('8', 64), 'builtin', '{}', 'e0000000-0000-4000-8000-000000000002', '2000-01-01 10:00Z', null);
insert into public.ai_deflections (user_id, query, created_at)
values ('e0000000-0000-4000-8000-00000000000a', 'old', '2000-01-01 11:00Z');
:as_agent
select results_eq(
    $$select suggestions, accepted, edited, rejected, undecided, accepted_pct, rejected_pct
      from public.report_ai_acceptance('2000-01-01', '2000-01-02') where action = 'suggest_reply'$$,
    $$values (4::bigint, 2::bigint, 0::bigint, 1::bigint, 1::bigint, 66.7::numeric, 33.3::numeric)$$,
    'acceptance per action: counts and the share of each verdict among the decided');
select results_eq($$select action::text, suggestions from public.report_ai_acceptance('2000-01-01', '2000-01-02')$$,
                  $$values ('triage', 0::bigint), ('suggest_reply', 4), ('summarize', 0), ('answer', 3), ('similar', 0)$$,
                  'the report has a row for every action, zero where nothing happened');
select results_eq($$select * from public.report_ai_deflections('2000-01-01', '2000-01-02')$$,
                  $$values (2::bigint, 1::bigint, 50.0::numeric)$$,
                  'deflections against the answers customers got (an agent''s answer is not counted)');

:as_postgres
select ok(not has_function_privilege('authenticated', 'public.ai_request_triage()', 'execute'),
          'the trigger function is not callable through the API');

select * from finish();
rollback;
