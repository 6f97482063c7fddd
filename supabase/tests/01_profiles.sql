-- Profiles: created on sign-up, e-mail kept in sync, roles only through admin_set_role, who reads whom.
begin;
\ir fixtures/users.psql
select plan(32);

-- Sign-up trigger ------------------------------------------------------------------------------------------
insert into auth.users (id, email, raw_user_meta_data, aud, role)
values ('e0000000-0000-4000-8000-0000000000c1', 'signup@pgtap.test',
        '{"full_name": "New Person", "role": "admin", "avatar_url": "https://x.test/a.png"}',
        'authenticated', 'authenticated');
select results_eq(
    $$select email, full_name, role::text, avatar_url, timezone from public.profiles
      where id = 'e0000000-0000-4000-8000-0000000000c1'$$,
    $$values ('signup@pgtap.test', 'New Person', 'customer', 'https://x.test/a.png', 'UTC')$$,
    'on_auth_user_created makes a customer profile named from the metadata (a metadata role is ignored)');

insert into auth.users (id, email, raw_user_meta_data, aud, role)
values ('e0000000-0000-4000-8000-0000000000c2', 'noname@pgtap.test', '{}', 'authenticated', 'authenticated');
select is((select full_name from public.profiles where id = 'e0000000-0000-4000-8000-0000000000c2'),
          'noname', 'without a name in the metadata the profile is named from the e-mail');

update auth.users set email = 'renamed@pgtap.test' where id = 'e0000000-0000-4000-8000-0000000000c1';
select is((select email from public.profiles where id = 'e0000000-0000-4000-8000-0000000000c1'),
          'renamed@pgtap.test', 'an e-mail change in auth.users reaches the profile');

select has_trigger('auth', 'users', 'on_auth_user_created', 'auth.users has the on_auth_user_created trigger');

-- A customer and their own profile ----------------------------------------------------------------------------
:as_cust_a
select results_eq($$select count(*)::int from public.profiles$$, array[1],
                  'customer A reads exactly one profile (their own) while no agent works their tickets');
select lives_ok($$update public.profiles set full_name = 'Alice A', timezone = 'Europe/Berlin'
                  where id = 'e0000000-0000-4000-8000-00000000000a'$$,
                'a customer edits their own name and time zone');
select is((select full_name from public.profiles where id = 'e0000000-0000-4000-8000-00000000000a'),
          'Alice A', 'the edit is stored');
select throws_ok($$update public.profiles set role = 'admin' where id = 'e0000000-0000-4000-8000-00000000000a'$$,
                 '42501', null, 'a customer cannot raise their own role');
select throws_ok($$update public.profiles set email = 'x@y.test' where id = 'e0000000-0000-4000-8000-00000000000a'$$,
                 '42501', null, 'a customer cannot change their profile e-mail');
select throws_ok($$update public.profiles set is_active = false where id = 'e0000000-0000-4000-8000-00000000000a'$$,
                 '42501', null, 'a customer cannot deactivate themselves');
select throws_ok($$select public.admin_set_role('e0000000-0000-4000-8000-00000000000a', 'admin')$$,
                 '42501', null, 'a customer cannot call admin_set_role');
select throws_ok($$insert into public.profiles (id, email) values ('e0000000-0000-4000-8000-0000000000c9', 'z@z.test')$$,
                 '42501', null, 'a customer cannot insert profiles');
select throws_ok($$delete from public.profiles where id = 'e0000000-0000-4000-8000-00000000000a'$$,
                 '42501', null, 'a customer cannot delete profiles');
update public.profiles set full_name = 'hacked' where id = 'e0000000-0000-4000-8000-00000000000b';
select is_empty($$select 1 from public.profiles where id = 'e0000000-0000-4000-8000-00000000000b'$$,
                'customer A cannot read customer B''s profile');
:as_postgres
select is((select full_name from public.profiles where id = 'e0000000-0000-4000-8000-00000000000b'),
          'Customer B', 'customer A''s update of customer B''s profile changed nothing');
select is((select role::text from public.profiles where id = 'e0000000-0000-4000-8000-00000000000a'),
          'customer', 'customer A is still a customer');

-- Customers see the agents on their tickets, never other customers ------------------------------------------
insert into public.tickets (id, title, requester_id, assignee_id)
values ('e2000000-0000-4000-8000-0000000000a1', 'A needs help', 'e0000000-0000-4000-8000-00000000000a',
        'e0000000-0000-4000-8000-000000000002');
insert into public.ticket_messages (ticket_id, author_id, body, is_internal)
values ('e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000003', 'internal only', true);
:as_cust_a
select set_eq($$select id from public.profiles$$,
              $$values ('e0000000-0000-4000-8000-00000000000a'::uuid), ('e0000000-0000-4000-8000-000000000002')$$,
              'customer A reads their own profile and their ticket''s assignee, not an agent who only wrote an internal note');
:as_postgres
insert into public.ticket_messages (ticket_id, author_id, body)
values ('e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-000000000003', 'public reply');
:as_cust_a
select ok(exists (select 1 from public.profiles where id = 'e0000000-0000-4000-8000-000000000003'),
          'an agent who replied publicly on customer A''s ticket becomes readable to A');
:as_postgres
-- An imported message by customer B on A's ticket must not reveal B to A.
insert into public.ticket_messages (ticket_id, author_id, body)
values ('e2000000-0000-4000-8000-0000000000a1', 'e0000000-0000-4000-8000-00000000000b', 'imported cc reply');
:as_cust_a
select is_empty($$select 1 from public.profiles where id = 'e0000000-0000-4000-8000-00000000000b'$$,
                'a customer never reads another customer''s profile, even one who wrote on their ticket');
:as_cust_b
select set_eq($$select id from public.profiles$$, $$values ('e0000000-0000-4000-8000-00000000000b'::uuid)$$,
              'customer B reads only their own profile');

-- Agents and admins ---------------------------------------------------------------------------------------
:as_agent
select ok((select count(*) from public.profiles where email like '%@pgtap.test') >= 5,
          'an agent reads every profile');
select throws_ok($$update public.profiles set role = 'admin' where id = 'e0000000-0000-4000-8000-000000000002'$$,
                 '42501', null, 'an agent cannot raise their own role');
select throws_ok($$select public.admin_set_role('e0000000-0000-4000-8000-000000000002', 'admin')$$,
                 '42501', null, 'an agent cannot call admin_set_role');
:as_admin
select is((public.admin_set_role('e0000000-0000-4000-8000-00000000000b', 'agent')).role::text, 'agent',
          'an admin promotes customer B to agent');
select is((select role::text from public.profiles where id = 'e0000000-0000-4000-8000-00000000000b'), 'agent',
          'the promotion is stored');
select throws_ok($$update public.profiles set role = 'customer' where id = 'e0000000-0000-4000-8000-00000000000b'$$,
                 '42501', null, 'even an admin changes roles only through admin_set_role');
select lives_ok($$update public.profiles set is_active = false where id = 'e0000000-0000-4000-8000-00000000000b'$$,
                'an admin deactivates a user');
:as_cust_b
select is(public.current_user_role(), null, 'a deactivated user has no role');
select set_eq($$select id from public.profiles$$, $$values ('e0000000-0000-4000-8000-00000000000b'::uuid)$$,
              'a deactivated agent loses the agents'' read-all and sees only their own profile');
:as_anon
select throws_ok($$select * from public.profiles$$, '42501', null, 'anon cannot read profiles');
select throws_ok($$select public.admin_set_role('e0000000-0000-4000-8000-00000000000a', 'admin')$$, '42501', null,
                 'anon cannot call admin_set_role');
:as_postgres
-- The last active admin cannot demote themselves (other admins of the seed may exist: deactivate them here).
update public.profiles set is_active = false where role = 'admin' and id <> 'e0000000-0000-4000-8000-000000000001';
:as_admin
select throws_ok($$select public.admin_set_role('e0000000-0000-4000-8000-000000000001', 'agent')$$,
                 '23514', null, 'the last active admin cannot be demoted');

select * from finish();
rollback;
