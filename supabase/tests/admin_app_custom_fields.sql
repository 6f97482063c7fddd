-- Custom ticket fields: who reads and writes the definitions, the definitions' own rules, and the check of
-- tickets.custom_fields against them (types, options, dates, unknown and retired fields, customers, required
-- fields on solve and clear; keys without a definition are free data for agents), with the sentences people see.
begin;
\ir fixtures/users.psql
select plan(43);

insert into public.ticket_field_definitions (id, key, label, field_type, options, required, position, visible_to_customers)
values ('e9000000-0000-4000-8000-000000000001', 'order_no', 'Order number', 'text', '[]', false, 1, true),
       ('e9000000-0000-4000-8000-000000000002', 'seats', 'Seats', 'number', '[]', false, 2, false),
       ('e9000000-0000-4000-8000-000000000003', 'renewal', 'Renewal date', 'date', '[]', false, 3, false),
       ('e9000000-0000-4000-8000-000000000004', 'plan', 'Plan', 'select', '["Basic", "Pro"]', false, 4, true),
       ('e9000000-0000-4000-8000-000000000005', 'vip', 'VIP', 'checkbox', '[]', false, 5, false),
       ('e9000000-0000-4000-8000-000000000006', 'old_ref', 'Old reference', 'text', '[]', false, 6, true);
insert into public.tickets (id, title, requester_id, custom_fields)
values ('e9100000-0000-4000-8000-000000000001', 'fields ticket', 'e0000000-0000-4000-8000-00000000000a', '{"old_ref": "X-1"}');
update public.ticket_field_definitions set is_active = false where key = 'old_ref';

-- Reading ----------------------------------------------------------------------------------------------------
:as_anon
select throws_ok($$select 1 from public.ticket_field_definitions$$, '42501', null, 'anon cannot read field definitions');
:as_cust_a
select results_eq($$select key from public.ticket_field_definitions order by position$$,
                  array['order_no', 'plan'], 'a customer reads only the active fields visible to customers');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('x', 'X', 'text')$$,
                 '42501', null, 'a customer cannot define fields');
:as_agent
select is((select count(*)::int from public.ticket_field_definitions where id::text like 'e9%'), 6,
          'an agent reads every definition, inactive ones included');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('x', 'X', 'text')$$,
                 '42501', null, 'an agent cannot define fields');
select results_eq($$with u as (update public.ticket_field_definitions set label = 'mine' returning 1) select count(*)::int from u$$,
                  array[0], 'an agent cannot change definitions');
select results_eq($$with d as (delete from public.ticket_field_definitions returning 1) select count(*)::int from d$$,
                  array[0], 'an agent cannot delete definitions');

-- Admins and the definitions' rules ---------------------------------------------------------------------------
:as_admin
select lives_ok($$insert into public.ticket_field_definitions (id, key, label, field_type, options)
                  values ('e9000000-0000-4000-8000-000000000007', 'region', 'Region', 'select', '["EU", "US"]')$$,
                'an admin defines a drop-down field');
select lives_ok($$update public.ticket_field_definitions set label = 'Sales region', options = '["EU", "US", "APAC"]'
                  where key = 'region'$$, 'an admin changes its label and options');
select throws_ok($$update public.ticket_field_definitions set key = 'area' where key = 'region'$$, 'P0001',
                 'The key of a custom field cannot be changed once it exists (tickets store their values under "region").',
                 'the key of a field is fixed');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('size', 'Size', 'select')$$,
                 'P0001', 'The drop-down field "Size" needs at least one option.', 'a drop-down needs options');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type, options) values ('size', 'Size', 'select', '["S", "S"]')$$,
                 'P0001', 'The options of "Size" must all be different.', 'options are distinct');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type, options) values ('size', 'Size', 'text', '["S"]')$$,
                 'P0001', 'Only drop-down fields have options ("Size" is a text field).', 'only drop-downs have options');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('Bad Key', 'Bad', 'text')$$,
                 '23514', null, 'keys are lower-case identifiers');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('colour', 'Colour', 'color')$$,
                 '23514', null, 'the type is one of the five');
select throws_ok($$insert into public.ticket_field_definitions (key, label, field_type) values ('order_no', 'Again', 'text')$$,
                 '23505', null, 'keys are unique');
select lives_ok($$delete from public.ticket_field_definitions where key = 'region'$$, 'an admin deletes a definition');

-- Values on tickets ---------------------------------------------------------------------------------------------
:as_agent
select lives_ok($$update public.tickets set custom_fields = custom_fields || '{"order_no": "A-17", "seats": 12, "renewal": "2027-02-28", "plan": "Pro", "vip": true}'
                  where id = 'e9100000-0000-4000-8000-000000000001'$$, 'an agent sets values of every type');
select is((select custom_fields from public.tickets where id = 'e9100000-0000-4000-8000-000000000001'),
          '{"old_ref": "X-1", "order_no": "A-17", "seats": 12, "renewal": "2027-02-28", "plan": "Pro", "vip": true}'::jsonb,
          'the values are stored as sent');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"seats": "twelve"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Seats" needs a number.', 'a number field refuses text');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"order_no": 5}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Order number" needs text.', 'a text field refuses a number');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"renewal": "28.02.2027"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Renewal date" needs a date written as YYYY-MM-DD.', 'a date field wants ISO dates');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"renewal": "2027-02-30"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Renewal date" needs a real date; 2027-02-30 is not one.', 'a date field refuses impossible dates');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"plan": "Gold"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Plan" must be one of: Basic, Pro.', 'a drop-down refuses other values');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"vip": "yes"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "VIP" needs yes or no (true or false).', 'a checkbox wants a boolean');
select lives_ok($$update public.tickets set custom_fields = custom_fields || '{"category": "Billing"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                'keys without a definition stay free data for agents (the assistant writes category)');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"old_ref": "X-2"}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                 'P0001', 'The field "Old reference" is no longer in use and cannot be changed.', 'a retired field cannot change');
select lives_ok($$update public.tickets set title = 'fields ticket, renamed', custom_fields = custom_fields || '{"seats": 13}'
                  where id = 'e9100000-0000-4000-8000-000000000001'$$, 'the unchanged value of a retired field does not block other edits');
select lives_ok($$update public.tickets set custom_fields = custom_fields || '{"seats": null}' where id = 'e9100000-0000-4000-8000-000000000001'$$,
                'null clears an optional field');
select throws_ok($$insert into public.tickets (title, requester_id, custom_fields) values ('bad', 'e0000000-0000-4000-8000-00000000000a', '{"seats": true}')$$,
                 'P0001', 'The field "Seats" needs a number.', 'values are checked when a ticket is created too');

-- Customers ------------------------------------------------------------------------------------------------------
:as_cust_a
select lives_ok($$insert into public.tickets (id, title, custom_fields) values ('e9100000-0000-4000-8000-000000000002', 'mine', '{"order_no": "C-1", "plan": "Basic"}')$$,
                'a customer sets fields visible to customers');
select throws_ok($$insert into public.tickets (title, custom_fields) values ('mine too', '{"vip": true}')$$,
                 '42501', 'You cannot change the field "VIP".', 'a customer cannot set an internal field');
select throws_ok($$insert into public.tickets (title, custom_fields) values ('mine three', '{"discount": 50}')$$,
                 '42501', 'You cannot set the field "discount".', 'a customer cannot set a key without a definition');

-- Required fields ---------------------------------------------------------------------------------------------------
:as_postgres
update public.ticket_field_definitions set required = true where key in ('plan', 'renewal');
:as_agent
select lives_ok($$insert into public.tickets (id, title, requester_id) values ('e9100000-0000-4000-8000-000000000003', 'no fields yet', 'e0000000-0000-4000-8000-00000000000a')$$,
                'a ticket without the required fields can be created (e-mail, customers)');
select throws_ok($$update public.tickets set status = 'solved' where id = 'e9100000-0000-4000-8000-000000000003'$$, 'P0001',
                 'Fill in the required fields before solving or closing this ticket: Renewal date, Plan.',
                 'solving needs the required fields, named in order');
select lives_ok($$update public.tickets set status = 'pending' where id = 'e9100000-0000-4000-8000-000000000003'$$,
                'other status changes do not');
select lives_ok($$update public.tickets set custom_fields = '{"plan": "Basic", "renewal": "2027-01-01"}' where id = 'e9100000-0000-4000-8000-000000000003'$$,
                'the agent fills them in');
select lives_ok($$update public.tickets set status = 'solved' where id = 'e9100000-0000-4000-8000-000000000003'$$,
                'then the ticket can be solved');
select throws_ok($$update public.tickets set custom_fields = custom_fields || '{"plan": null}' where id = 'e9100000-0000-4000-8000-000000000003'$$,
                 'P0001', 'The field "Plan" is required and cannot be cleared.', 'a required value cannot be set to null');
select throws_ok($$update public.tickets set custom_fields = custom_fields - 'renewal' where id = 'e9100000-0000-4000-8000-000000000003'$$,
                 'P0001', 'The field "Renewal date" is required and cannot be cleared.', 'nor removed');
select throws_ok($$insert into public.tickets (title, requester_id, status) values ('born solved', 'e0000000-0000-4000-8000-00000000000a', 'solved')$$,
                 'P0001', 'Fill in the required fields before solving or closing this ticket: Renewal date, Plan.',
                 'a ticket created solved needs them as well');
:as_postgres
select lives_ok($$insert into public.tickets (title, requester_id, custom_fields) values ('import', 'e0000000-0000-4000-8000-00000000000a', '{"company": "Acme", "plan": "Basic"}')$$,
                'imports (the seed) keep free keys next to defined ones');
select lives_ok($$update public.tickets set status = 'closed' where id = 'e9100000-0000-4000-8000-000000000002'$$,
                'server-side jobs (not API callers) may still close tickets without the fields');

select * from finish();
rollback;
