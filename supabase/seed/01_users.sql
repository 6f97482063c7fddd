-- Demo users: one admin, two agents, eight customers. Password for all: helpdesk-demo.
-- Rows look the way GoTrue writes them (bcrypt hash, confirmed e-mail, email identity), so the local
-- server and a real Supabase project's GoTrue both accept password sign-in.

create temp table seed_users (
    id uuid primary key,
    email text not null,
    full_name text not null,
    role public.user_role not null,
    company text,
    plan text,
    timezone text not null,
    joined_days_ago integer not null
);

insert into seed_users values
    ('00000000-0000-4000-a000-000000000001', 'admin@example.com',    'Alex Admin',   'admin',    'Helpdesk Demo',      null,         'Europe/Berlin',    120),
    ('00000000-0000-4000-a000-000000000002', 'agent@example.com',    'Avery Agent',  'agent',    'Helpdesk Demo',      null,         'Europe/Berlin',    110),
    ('00000000-0000-4000-a000-000000000003', 'agent2@example.com',   'Sam Support',  'agent',    'Helpdesk Demo',      null,         'Europe/Lisbon',    100),
    ('00000000-0000-4000-a000-000000000101', 'customer@example.com', 'Casey Customer', 'customer', 'Example Corp',     'Business',   'Europe/Berlin',     90),
    ('00000000-0000-4000-a000-000000000102', 'priya.raman@northwind.example',   'Priya Raman',     'customer', 'Northwind Traders',  'Enterprise', 'Europe/London',   88),
    ('00000000-0000-4000-a000-000000000103', 'jonas.becker@bluepeak.example',   'Jonas Becker',    'customer', 'Bluepeak Analytics', 'Enterprise', 'Europe/Berlin',   85),
    ('00000000-0000-4000-a000-000000000104', 'maria.gonzalez@lumenhealth.example', 'María González', 'customer', 'Lumen Health',    'Business',   'Europe/Madrid',   80),
    ('00000000-0000-4000-a000-000000000105', 'tom.okafor@harborlogistics.example', 'Tom Okafor',     'customer', 'Harbor Logistics', 'Starter',    'Africa/Lagos',    75),
    ('00000000-0000-4000-a000-000000000106', 'emma.lindqvist@fjordmedia.example',  'Emma Lindqvist', 'customer', 'Fjord Media',      'Business',   'Europe/Stockholm', 72),
    ('00000000-0000-4000-a000-000000000107', 'daniel.kim@acmerobotics.example',    'Daniel Kim',     'customer', 'Acme Robotics',    'Starter',    'America/New_York', 70),
    ('00000000-0000-4000-a000-000000000108', 'lucia.fernandez@solaria.example',    'Lucía Fernández', 'customer', 'Solaria Energy',  'Business',   'Europe/Madrid',   66);

insert into auth.users (
    instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
    raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at,
    confirmation_token, recovery_token, email_change_token_new, email_change, email_change_token_current,
    phone_change, phone_change_token, reauthentication_token
)
select '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
       extensions.crypt('helpdesk-demo', extensions.gen_salt('bf')),
       now() - make_interval(days => u.joined_days_ago), now() - interval '1 day',
       '{"provider": "email", "providers": ["email"]}'::jsonb,
       jsonb_strip_nulls(jsonb_build_object('full_name', u.full_name, 'company', u.company, 'timezone', u.timezone)),
       false, now() - make_interval(days => u.joined_days_ago), now() - interval '1 day',
       '', '', '', '', '', '', '', ''
from seed_users u;

insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id, u.id::text, u.id,
       jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
       'email', now() - interval '1 day',
       now() - make_interval(days => u.joined_days_ago), now() - interval '1 day'
from seed_users u;

-- on_auth_user_created made every profile a customer; the seed runs as postgres and promotes directly.
update public.profiles p
set role = u.role,
    created_at = now() - make_interval(days => u.joined_days_ago),
    updated_at = now() - make_interval(days => u.joined_days_ago)
from seed_users u
where p.id = u.id;
