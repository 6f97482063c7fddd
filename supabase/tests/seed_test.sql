-- The demo workspace from supabase/seed.sql: the named users and their roles, password sign-in data as
-- GoTrue expects it, teams, SLA policies, macros, ~200 tickets whose stamps agree with their timestamps and
-- conversations, and the knowledge base. Every count here fails if the seed stops loading part of it.
-- Only the demo rows are counted, so the file also passes after scripts/generate-data added bulk data.
begin;
create extension if not exists pgtap with schema extensions;
select plan(37);

-- Users --------------------------------------------------------------------------------------------------
select results_eq(
    $$select p.email, p.full_name, p.role::text from public.profiles p
      where p.id in ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002',
                     '00000000-0000-4000-a000-000000000003', '00000000-0000-4000-a000-000000000101')
      order by p.id$$,
    $$values ('admin@example.com', 'Alex Admin', 'admin'), ('agent@example.com', 'Avery Agent', 'agent'),
             ('agent2@example.com', 'Sam Support', 'agent'), ('customer@example.com', 'Casey Customer', 'customer')$$,
    'the four named demo users exist with their names and roles');
select is((select count(*)::int from public.profiles p join auth.users u on u.id = p.id
           where u.id::text like '00000000-0000-4000-a000-%' and u.email like '%.example' and p.role = 'customer'), 7,
          'seven more demo customers from other companies');
select is((select count(*)::int
           from (select * from auth.users where id::text like '00000000-0000-4000-a000-%' offset 0) u
           where u.encrypted_password = extensions.crypt('helpdesk-demo', u.encrypted_password)), 11,
          'all 11 demo users sign in with the password helpdesk-demo');
select is_empty(
    $$select email from auth.users where id::text like '00000000-0000-4000-a000-%'
      and (encrypted_password !~ '^\$2[ab]\$' or email_confirmed_at is null or aud <> 'authenticated'
           or role <> 'authenticated' or raw_app_meta_data ->> 'provider' <> 'email'
           or confirmation_token is null or recovery_token is null)$$,
    'demo users look as GoTrue writes them: bcrypt hash, confirmed e-mail, email provider, empty tokens');
select is((select count(*)::int from auth.identities i join auth.users u on u.id = i.user_id
           where u.id::text like '00000000-0000-4000-a000-%' and i.provider = 'email'
             and i.provider_id = u.id::text and i.identity_data ->> 'sub' = u.id::text
             and i.identity_data ->> 'email' = u.email and (i.identity_data ->> 'email_verified')::boolean),
          11, 'every demo user has its email identity');

-- Teams, SLA, macros -------------------------------------------------------------------------------------------
select set_eq(
    $$select t.name, p.email from public.team_members m join public.teams t on t.id = m.team_id
      join public.profiles p on p.id = m.user_id
      where p.id::text like '00000000-0000-4000-a000-%'$$,
    $$values ('Tier 1 Support', 'agent@example.com'), ('Tier 1 Support', 'agent2@example.com'),
             ('Billing & Accounts', 'agent2@example.com'), ('Billing & Accounts', 'admin@example.com')$$,
    'two teams: Tier 1 with both agents, Billing & Accounts with Sam and Alex');
select set_eq($$select priority::text from public.sla_policies where is_active$$,
              $$values ('low'), ('normal'), ('high'), ('urgent')$$, 'an active SLA policy for every priority');
select is((select count(*)::int from public.sla_policies
           where priority <> 'urgent' and time_zone = 'Europe/Berlin'
             and business_hours -> 'mon' = '[["09:00", "17:00"]]' and business_hours -> 'sat' is null), 3,
          'low, normal and high run on Mon-Fri 09:00-17:00 Berlin hours');
select ok((select not public.has_business_windows(business_hours) from public.sla_policies where priority = 'urgent'),
          'the urgent policy runs 24/7');
select cmp_ok((select count(*)::int from public.macros where jsonb_array_length(actions) > 0 and length(body) > 100),
              '>=', 4, 'at least four macros with a body and actions');

-- Tickets ----------------------------------------------------------------------------------------------------
create temp table demo_tickets on commit drop as
    select t.* from public.tickets t
    where t.id in (select md5('helpdesk-demo-ticket-' || g)::uuid from generate_series(1, 200) g);
select is((select count(*)::int from demo_tickets), 200, '200 demo tickets');
select set_eq($$select distinct status::text from demo_tickets$$,
              $$select unnest(enum_range(null::public.ticket_status))::text$$, 'every status is present');
select set_eq($$select distinct priority::text from demo_tickets$$,
              $$select unnest(enum_range(null::public.ticket_priority))::text$$, 'every priority is present');
select cmp_ok((select count(distinct channel)::int from demo_tickets), '>=', 4, 'tickets came in through several channels');
select cmp_ok((select count(distinct requester_id)::int from demo_tickets), '=', 8, 'all eight customers have tickets');
select ok((select count(*) filter (where assignee_id is null) > 0
              and count(*) filter (where assignee_id = '00000000-0000-4000-a000-000000000002') >= 20
              and count(*) filter (where assignee_id = '00000000-0000-4000-a000-000000000003') >= 20
           from demo_tickets),
          'both agents have a queue and some tickets are unassigned');
select ok((select min(created_at) < now() - interval '45 days' and max(created_at) > now() - interval '2 days'
                  and max(updated_at) <= now()
           from demo_tickets), 'tickets spread over the last weeks up to today, nothing in the future');
select is_empty($$select number from demo_tickets
                  where sla_policy_id is null or first_response_due_at is null or resolution_due_at is null
                     or first_response_due_at < created_at or version < 1$$,
                'every ticket has an SLA policy, due times after its creation and a version');
select is_empty(
    $$select number from demo_tickets
      where (status = 'new') <> (first_responded_at is null)
         or (status in ('solved', 'closed')) <> (solved_at is not null)
         or (status = 'closed') <> (closed_at is not null)
         or (status in ('pending', 'on_hold')) <> (sla_paused_at is not null)
         or first_responded_at < created_at or solved_at < first_responded_at or closed_at < solved_at
         or updated_at < greatest(created_at, first_responded_at, solved_at, closed_at)
         or (assignee_id is null) <> (assigned_at is null)
         or csat_score is not null and status not in ('solved', 'closed')$$,
    'status stamps agree with the status and with each other');
select is((select count(*)::int from demo_tickets t join public.sla_policies s on s.id = t.sla_policy_id
           where t.first_response_due_at = public.add_business_minutes(t.created_at, s.first_response_minutes, s.business_hours, s.time_zone)
             and t.resolution_due_at = public.add_business_minutes(t.created_at, s.resolution_minutes, s.business_hours, s.time_zone)), 200,
          'SLA due times follow from created_at and the policy');
select ok((select count(*) filter (where first_responded_at > first_response_due_at) between 5 and 80
           from demo_tickets), 'some first responses missed their SLA, most did not');
select ok((select count(csat_score) > 20 and count(distinct csat_score) >= 4 from demo_tickets),
          'solved tickets carry a spread of CSAT scores');
select is((select count(*)::int from (select distinct number from demo_tickets) n), 200, 'ticket numbers are unique');
select is_empty($$select a.number from demo_tickets a join demo_tickets b on a.number < b.number and a.created_at > b.created_at$$,
                'ticket numbers follow creation order');

-- Conversations ---------------------------------------------------------------------------------------------------
select is_empty(
    $$select t.number from demo_tickets t
      left join public.ticket_messages m on m.ticket_id = t.id
      group by t.number having count(m.id) not between 1 and 8$$,
    'every ticket has a conversation of 1 to 8 messages');
select is_empty(
    $$select t.number from demo_tickets t
      join lateral (select m.* from public.ticket_messages m where m.ticket_id = t.id order by m.created_at limit 1) f on true
      where f.author_id <> t.requester_id or f.body <> t.description or f.created_at <> t.created_at or f.is_internal$$,
    'each conversation opens with the customer''s description at the ticket''s creation time');
select is_empty(
    $$select t.number from demo_tickets t
      left join lateral (select min(m.created_at) as at from public.ticket_messages m
                         where m.ticket_id = t.id and not m.is_internal and m.source = 'agent') r on true
      where r.at is distinct from t.first_responded_at$$,
    'first_responded_at is the first public agent reply');
select is_empty(
    $$select m.id from public.ticket_messages m join demo_tickets t on t.id = m.ticket_id
      where m.created_at < t.created_at or m.created_at > now()
         or (m.is_internal and m.source not in ('agent', 'ai'))
         or (m.source in ('customer', 'email') and m.author_id <> t.requester_id)$$,
    'messages sit inside the ticket''s life; internal notes come from agents or AI, customer messages from the requester');
select cmp_ok((select count(distinct ticket_id)::int from public.ticket_messages
               where is_internal and body like 'Internal:%' and ticket_id in (select id from demo_tickets)),
              '>=', 50, 'internal notes on at least 50 tickets');
select ok((select count(*) filter (where source = 'email') > 0 and count(*) filter (where source = 'ai') > 0
           from public.ticket_messages where ticket_id in (select id from demo_tickets)),
          'conversations include e-mail replies and AI notes');
select is((select count(*)::int from public.ticket_events
           where event_type = 'created' and field is null and ticket_id in (select id from demo_tickets)
             and new_value ->> 'status' = 'new'), 200,
          'every demo ticket''s trail starts with its creation as new');

-- What Casey sees through RLS ---------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims = '{"sub": "00000000-0000-4000-a000-000000000101", "role": "authenticated"}';
select ok((select count(*) >= 20 and bool_and(requester_id = '00000000-0000-4000-a000-000000000101') from public.tickets),
          'Casey Customer sees a queue of her own tickets only');
select is_empty($$select 1 from public.ticket_messages where is_internal$$, 'Casey sees no internal note');
reset role;
set local request.jwt.claims = '';

-- Knowledge base -------------------------------------------------------------------------------------------------
select cmp_ok((select count(*)::int from public.kb_articles where slug in
                 (select slug from public.kb_articles where id = md5('helpdesk-demo-kb-' || slug)::uuid)),
              '>=', 20, 'at least 20 demo KB articles');
select ok((select count(distinct visibility) = 2 and count(distinct status) = 3
                  and count(*) filter (where status = 'published' and visibility = 'public') >= 10
                  and count(*) filter (where body like '%```%') >= 3
           from public.kb_articles where id = md5('helpdesk-demo-kb-' || slug)::uuid),
          'KB articles are public and internal, draft, published and archived, several with code blocks');
select ok((select count(*) >= 3 and bool_and(v.n = a.version) from public.kb_articles a
           join (select article_id, count(*) as n from public.kb_article_versions group by article_id) v on v.article_id = a.id
           where a.version > 1 and a.id = md5('helpdesk-demo-kb-' || a.slug)::uuid),
          'several articles have an edit history with one saved version per version number');
select ok((select count(*) >= 30 and count(*) filter (where not helpful) > 0 and count(*) filter (where helpful) > 0
           from public.kb_feedback), 'KB articles have helpful and unhelpful votes');

select * from finish();
rollback;
