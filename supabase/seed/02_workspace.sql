-- Teams, SLA policies (one per priority) and macros.

insert into public.teams (id, name, description, created_at, updated_at) values
    ('00000000-0000-4000-b000-000000000001', 'Tier 1 Support',
     'First line: sign-in, product questions, bugs, integrations and performance.',
     now() - interval '120 days', now() - interval '120 days'),
    ('00000000-0000-4000-b000-000000000002', 'Billing & Accounts',
     'Invoices, refunds, plan changes, account ownership, GDPR requests.',
     now() - interval '120 days', now() - interval '120 days');

insert into public.team_members (team_id, user_id, created_at, updated_at) values
    ('00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000002', now() - interval '110 days', now() - interval '110 days'),
    ('00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000003', now() - interval '100 days', now() - interval '100 days'),
    ('00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000003', now() - interval '100 days', now() - interval '100 days'),
    ('00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', now() - interval '120 days', now() - interval '120 days');

-- Business hours Mon-Fri 09:00-17:00 Berlin time; urgent tickets run on the 24/7 clock (no windows).
insert into public.sla_policies (id, name, priority, first_response_minutes, resolution_minutes,
                                 business_hours, time_zone, created_at, updated_at)
select v.id, v.name, v.priority::public.ticket_priority, v.frt, v.res,
       case when v.business then
           '{"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]],
             "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]}'::jsonb
       else '{}'::jsonb end,
       'Europe/Berlin', now() - interval '120 days', now() - interval '120 days'
from (values
    ('00000000-0000-4000-c000-000000000001'::uuid, 'Low: 2 business days / 10 business days', 'low', 960, 4800, true),
    ('00000000-0000-4000-c000-000000000002'::uuid, 'Normal: 1 business day / 5 business days', 'normal', 480, 2400, true),
    ('00000000-0000-4000-c000-000000000003'::uuid, 'High: 2 business hours / 2 business days', 'high', 120, 960, true),
    ('00000000-0000-4000-c000-000000000004'::uuid, 'Urgent (24/7): 1 hour / 8 hours', 'urgent', 60, 480, false)
) as v (id, name, priority, frt, res, business)
on conflict (priority) do update
set name = excluded.name, first_response_minutes = excluded.first_response_minutes,
    resolution_minutes = excluded.resolution_minutes, business_hours = excluded.business_hours,
    time_zone = excluded.time_zone, is_active = true;

-- Macros. actions: [{"field": "status", "value": ...}, {"field": "tags", "add": [...]}, ...]
insert into public.macros (id, title, body, actions, team_id, created_by, created_at, updated_at) values
    ('00000000-0000-4000-d000-000000000001', 'Password reset instructions',
     E'Hi {{requester.first_name}},\n\nYou can reset your password from the sign-in page: click **Forgot password?**, enter your work e-mail and follow the link we send you (it is valid for 60 minutes).\n\nIf your company signs in with SSO, the reset has to happen in your identity provider (Okta, Azure AD, Google Workspace); your IT team can help with that.\n\nBest regards,\n{{agent.first_name}}',
     '[{"field": "status", "value": "solved"}, {"field": "tags", "add": ["password", "login"]}]',
     '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', now() - interval '100 days', now() - interval '100 days'),
    ('00000000-0000-4000-d000-000000000002', 'Refund issued',
     E'Hi {{requester.first_name}},\n\nI have issued a refund of the amount in question to the card on file. Depending on your bank it shows up within 5-10 business days. You will also receive a credit note by e-mail for your records.\n\nSorry for the trouble,\n{{agent.first_name}}',
     '[{"field": "status", "value": "solved"}, {"field": "tags", "add": ["billing", "refund"]}]',
     '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', now() - interval '100 days', now() - interval '100 days'),
    ('00000000-0000-4000-d000-000000000003', 'Ask for reproduction steps',
     E'Hi {{requester.first_name}},\n\nThanks for reporting this. To reproduce it on our side, could you send us:\n\n1. the exact steps you took,\n2. the time it happened (with time zone),\n3. your app version (Help > About) and operating system,\n4. a screenshot or screen recording if possible.\n\nI will set this ticket to pending until we hear back from you.\n\nThanks,\n{{agent.first_name}}',
     '[{"field": "status", "value": "pending"}, {"field": "tags", "add": ["bug", "needs-info"]}]',
     null, '00000000-0000-4000-a000-000000000002', now() - interval '90 days', now() - interval '90 days'),
    ('00000000-0000-4000-d000-000000000004', 'Feature request logged',
     E'Hi {{requester.first_name}},\n\nThank you for the suggestion! I have logged it with our product team together with your use case. We cannot promise a date, but requests with many votes are prioritised, and we will update this ticket when there is news.\n\nBest,\n{{agent.first_name}}',
     '[{"field": "status", "value": "solved"}, {"field": "tags", "add": ["feature-request"]}, {"field": "priority", "value": "low"}]',
     null, '00000000-0000-4000-a000-000000000002', now() - interval '90 days', now() - interval '90 days'),
    ('00000000-0000-4000-d000-000000000005', 'Escalate to engineering',
     E'Hi {{requester.first_name}},\n\nI have escalated this to our engineering team with all the details you sent. I will keep this ticket on hold while they investigate and get back to you as soon as I have an update.\n\nThanks for your patience,\n{{agent.first_name}}',
     '[{"field": "status", "value": "on_hold"}, {"field": "priority", "value": "high"}, {"field": "tags", "add": ["escalated"]}]',
     '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000003', now() - interval '80 days', now() - interval '80 days'),
    ('00000000-0000-4000-d000-000000000006', 'GDPR data request received',
     E'Hi {{requester.first_name}},\n\nWe have received your data protection request. As required by the GDPR we will complete it within 30 days; in most cases it takes less than a week. We may contact you to verify your identity before we release or delete any data.\n\nKind regards,\n{{agent.first_name}}\nBilling & Accounts',
     '[{"field": "status", "value": "pending"}, {"field": "tags", "add": ["gdpr"]}, {"field": "team_id", "value": "00000000-0000-4000-b000-000000000002"}]',
     '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', now() - interval '70 days', now() - interval '70 days');
