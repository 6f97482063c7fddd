-- Knowledge base: 21 articles (public and internal; draft, published and archived) with markdown bodies,
-- a few with an edit history (earlier versions are the body cut before a heading, and an older title),
-- and helpful/unhelpful votes. Generated from readable markdown; edit the JSON below directly.

create temp table seed_kb as
select * from jsonb_to_recordset($json$[
 {
  "slug": "getting-started-with-the-agent-app",
  "title": "Getting started with the agent app",
  "tags": [
   "getting-started"
  ],
  "body": "# Getting started with the agent app\n\nWelcome! This guide gets you from installation to your first solved ticket in about ten minutes.\n\n## 1. Install and sign in\n\n1. Download the desktop app for Windows, macOS or Linux from the **Downloads** page.\n2. Start it and sign in with your work e-mail and password (or **Sign in with SSO** if your company uses it).\n3. The app keeps a local copy of your queue, so it stays usable when your connection drops.\n\n## 2. Find your queue\n\nThe left sidebar lists your views:\n\n- **My open tickets**: everything assigned to you that is not solved\n- **Unassigned**: new tickets waiting for someone to pick them up\n- **Team queue**: all open tickets of your team(s)\n\n## 3. Reply, note, solve\n\n- Type in the composer and press **Ctrl+Enter** to send a public reply.\n- Switch the composer to **Internal note** to write something only agents can see.\n- Set the status to **Solved** when the customer's problem is fixed.\n\n## Next steps\n\n- [Keyboard shortcuts](/kb/keyboard-shortcuts)\n- [How SLA business hours work](/kb/how-sla-business-hours-work)",
  "visibility": "public",
  "status": "published",
  "author": "admin",
  "days": 58,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "reset-your-password",
  "title": "Reset your password",
  "tags": [
   "login",
   "password"
  ],
  "body": "# Reset your password\n\nIf you forgot your password, you can set a new one yourself in under a minute.\n\n## Steps\n\n1. On the sign-in screen, click **Forgot password?**\n2. Enter the e-mail address of your account and click **Send link**.\n3. Open the e-mail and click the link. It is valid for **60 minutes** and works once.\n4. Choose a new password (at least 10 characters) and sign in.\n\n## The e-mail doesn't arrive\n\n- Check your spam or quarantine folder.\n- Your company's mail filter may block our sending domain; ask your IT team to allowlist it (see [E-mail delivery and allowlisting](/kb/email-delivery-and-allowlisting)).\n- Wait a few minutes before requesting another link; only the newest link works.\n\n## Your company uses single sign-on\n\nIf you sign in with **Sign in with SSO**, your password is managed by your identity provider (Okta, Azure AD, Google Workspace). Reset it there or contact your IT team.\n\n## Still stuck?\n\nContact support from the sign-in screen (**Need help?**) and include the e-mail address you use to sign in. For your security we never ask for your password.",
  "visibility": "public",
  "status": "published",
  "author": "agent",
  "days": 55,
  "cuts": [
   "## The e-mail doesn't arrive",
   "## Still stuck?"
  ],
  "old_titles": [
   "How to reset a password",
   "Reset your password"
  ]
 },
 {
  "slug": "set-up-two-factor-authentication",
  "title": "Set up two-factor authentication",
  "tags": [
   "login",
   "security"
  ],
  "body": "# Set up two-factor authentication\n\nTwo-factor authentication (2FA) protects your account with a one-time code from an authenticator app in addition to your password.\n\n## Turn it on\n\n1. Open **Settings > Security**.\n2. Click **Enable two-factor authentication** and scan the QR code with an authenticator app (1Password, Google Authenticator, Authy, ...).\n3. Enter the 6-digit code to confirm.\n4. **Save your recovery codes** somewhere safe. Each code works once.\n\n## New phone?\n\nMove your authenticator accounts to the new phone *before* you reset the old one. If it's too late, sign in with a recovery code and set up 2FA again.\n\n> Lost both your phone and your recovery codes? Contact support from the address on your account; we'll verify your identity before resetting 2FA.",
  "visibility": "public",
  "status": "published",
  "author": "agent2",
  "days": 52,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "configure-saml-single-sign-on",
  "title": "Configure SAML single sign-on (Okta, Azure AD)",
  "tags": [
   "sso",
   "security",
   "admin"
  ],
  "body": "# Configure SAML single sign-on\n\nAdmins on the Business and Enterprise plans can let their team sign in through their identity provider (IdP).\n\n## What you need\n\n- Admin access to your IdP (Okta, Azure AD / Entra ID, Google Workspace, OneLogin)\n- The **Entity ID** and **ACS URL** from **Settings > Security > SSO**\n\n## Okta\n\n1. In Okta, create a new **SAML 2.0** app integration.\n2. Paste the ACS URL as *Single sign-on URL* and the Entity ID as *Audience URI*, **including the trailing slash**.\n3. Map the attributes:\n\n```xml\n<saml:Attribute Name=\"email\">user.email</saml:Attribute>\n<saml:Attribute Name=\"full_name\">user.firstName + \" \" + user.lastName</saml:Attribute>\n```\n\n4. Download the IdP metadata XML and upload it on the SSO settings page.\n\n## Azure AD\n\nUse **Enterprise applications > New application > Create your own application**, then follow the same steps. Enable **Just-in-time provisioning** on our side so new group members are created on their first sign-in.\n\n## Common errors\n\n| Error | Cause |\n| --- | --- |\n| `invalid audience` | Entity ID in the IdP differs (check the trailing slash) |\n| `signature validation failed` | The IdP certificate was rotated; upload the new metadata |\n| `user is not provisioned` | Just-in-time provisioning is off |",
  "visibility": "public",
  "status": "published",
  "author": "agent",
  "days": 45,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "email-delivery-and-allowlisting",
  "title": "E-mail delivery and allowlisting",
  "tags": [
   "email",
   "admin"
  ],
  "body": "# E-mail delivery and allowlisting\n\nNotification and password-reset e-mails are sent from `notifications.helpdesk.example`. Strict corporate mail filters sometimes reject them.\n\n## Allowlist our sending domain\n\nAsk your IT team to allowlist the domain and our sending IP ranges. In Microsoft 365 this is a *mail flow rule* that skips spam filtering for the domain.\n\n## Sending from your own domain\n\nTo send ticket replies as `support@yourcompany.com`, add these DNS records:\n\n```text\nyourcompany.com.  TXT  \"v=spf1 include:spf.helpdesk.example ~all\"\nhd1._domainkey.yourcompany.com.  CNAME  hd1.dkim.helpdesk.example.\n```\n\nThen click **Verify** under **Settings > Channels > E-mail**.",
  "visibility": "public",
  "status": "published",
  "author": "agent2",
  "days": 44,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "update-payment-method-and-invoices",
  "title": "Update your payment method and download invoices",
  "tags": [
   "billing"
  ],
  "body": "# Update your payment method and download invoices\n\nOnly the **account owner** can change billing details.\n\n## Change the card on file\n\n1. Open the web admin console and go to **Settings > Billing**.\n2. Click **Update payment method** and enter the new card.\n3. Failed payments are retried automatically within 24 hours.\n\n## Invoices\n\nAll invoices are listed under **Settings > Billing > Invoices** as PDF. To add a VAT ID or change the legal company name, edit the **Billing profile**; new invoices use the new details. Need past invoices re-issued? Contact the Billing & Accounts team.",
  "visibility": "public",
  "status": "published",
  "author": "admin",
  "days": 50,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "refunds-and-cancellations",
  "title": "Refunds and cancellations",
  "tags": [
   "billing",
   "policy"
  ],
  "body": "# Refunds and cancellations\n\n## Cancelling\n\nYou can cancel at any time under **Settings > Billing > Plan**. Your workspace stays active until the end of the paid period; after that it becomes read-only for 30 days before it's deleted.\n\n## Refunds\n\n- **Duplicate or incorrect charges** are always refunded in full.\n- **Annual plans** cancelled within 14 days of purchase are refunded in full.\n- **Seat reductions** take effect at the next renewal; we don't refund partial periods.\n\nRefunds go back to the original payment method and take 5-10 business days to show up.",
  "visibility": "public",
  "status": "published",
  "author": "admin",
  "days": 49,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "export-tickets-via-the-rest-api",
  "title": "Export tickets via the REST API",
  "tags": [
   "api",
   "data-export"
  ],
  "body": "# Export tickets via the REST API\n\nFor large exports, page through tickets with **keyset pagination**: order by `updated_at` and `id`, and ask for the rows after the last one you received. Unlike offsets, this stays fast for millions of rows.\n\n## Example\n\n```bash\ncurl \"https://your-project.example/rest/v1/tickets?select=*&order=updated_at.asc,id.asc&limit=1000\" \\\n  -H \"apikey: $ANON_KEY\" -H \"Authorization: Bearer $ACCESS_TOKEN\"\n\n# next page: rows after the last one received\ncurl \"https://your-project.example/rest/v1/tickets?select=*&order=updated_at.asc,id.asc&limit=1000\\\n&or=(updated_at.gt.$LAST_UPDATED_AT,and(updated_at.eq.$LAST_UPDATED_AT,id.gt.$LAST_ID))\" \\\n  -H \"apikey: $ANON_KEY\" -H \"Authorization: Bearer $ACCESS_TOKEN\"\n```\n\n## Rate limits\n\nThe API allows **600 requests per minute** per workspace. A `429` response carries a `Retry-After` header; wait that long before retrying.\n\n## Conversations\n\nFetch messages per ticket with `ticket_messages?ticket_id=eq.<id>&order=created_at.asc`, or embed them: `select=*,ticket_messages(*)`.",
  "visibility": "public",
  "status": "published",
  "author": "agent",
  "days": 40,
  "cuts": [
   "## Rate limits"
  ],
  "old_titles": [
   "Export tickets via the API"
  ]
 },
 {
  "slug": "verify-webhook-signatures",
  "title": "Verify webhook signatures",
  "tags": [
   "api",
   "integrations"
  ],
  "body": "# Verify webhook signatures\n\nEvery webhook request carries an `X-Signature` header: the hex HMAC-SHA256 of the **raw request body** with your webhook secret.\n\n```js\nimport crypto from \"node:crypto\";\n\nexport function verify(rawBody, signature, secret) {\n  const expected = crypto.createHmac(\"sha256\", secret).update(rawBody).digest(\"hex\");\n  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));\n}\n```\n\nHash the body **before** parsing it as JSON: re-serialised JSON has different whitespace and the signature won't match.",
  "visibility": "public",
  "status": "published",
  "author": "agent",
  "days": 38,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "connect-slack-notifications",
  "title": "Connect Slack notifications",
  "tags": [
   "integrations",
   "slack"
  ],
  "body": "# Connect Slack notifications\n\n1. Go to **Settings > Integrations > Slack** and click **Connect**.\n2. Approve the app in Slack.\n3. Create a notification rule: choose the events (new ticket, SLA breach, assignment) and the channel.\n\nIf notifications stop, the Slack token may have been revoked by a Slack admin. Reconnect the app, then **select the channel again** in each rule.",
  "visibility": "public",
  "status": "published",
  "author": "agent2",
  "days": 36,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "how-sla-business-hours-work",
  "title": "How SLA business hours work",
  "tags": [
   "sla",
   "admin"
  ],
  "body": "# How SLA business hours work\n\nEach priority has an SLA policy with two targets:\n\n- **First response**: time until the first public reply from an agent\n- **Resolution**: time until the ticket is solved\n\n## Business hours\n\nThe SLA clock runs only during the policy's business hours, in the policy's time zone. The default is **Monday to Friday, 09:00-17:00 (Europe/Berlin)**.\n\nExample: a *normal* ticket (first response within 8 business hours) created on Friday at 16:00 is due on Monday at 16:00: one hour on Friday, seven on Monday.\n\nA policy without business hours runs **24/7**; the default *urgent* policy works this way.\n\n## Pausing\n\nWhile a ticket is **pending** or **on hold**, the resolution clock pauses. When the ticket is reopened, the due time moves forward by the business time spent paused.\n\n| Priority | First response | Resolution |\n| --- | --- | --- |\n| Urgent (24/7) | 1 hour | 8 hours |\n| High | 2 business hours | 2 business days |\n| Normal | 1 business day | 5 business days |\n| Low | 2 business days | 10 business days |",
  "visibility": "public",
  "status": "published",
  "author": "admin",
  "days": 57,
  "cuts": [
   "## Pausing"
  ],
  "old_titles": []
 },
 {
  "slug": "request-data-deletion-gdpr",
  "title": "Request deletion or a copy of your data (GDPR)",
  "tags": [
   "gdpr",
   "account"
  ],
  "body": "# Request deletion or a copy of your data\n\nUnder the GDPR you can ask us for a copy of your personal data (Art. 15) or for its deletion (Art. 17).\n\n## How to ask\n\nOpen a ticket from the e-mail address of your account, or write to our data protection officer. We reply within **30 days**, usually within a week. We may ask you to confirm your identity first.\n\n## What deletion covers\n\n- your user account and profile\n- tickets and messages you wrote as a customer (agents' internal notes about them are deleted too)\n- uploaded attachments\n\nBackups are purged automatically within 35 days.",
  "visibility": "public",
  "status": "published",
  "author": "admin",
  "days": 47,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "keyboard-shortcuts",
  "title": "Keyboard shortcuts",
  "tags": [
   "productivity",
   "getting-started"
  ],
  "body": "# Keyboard shortcuts\n\n| Action | Windows / Linux | macOS |\n| --- | --- | --- |\n| Send reply | Ctrl+Enter | Cmd+Enter |\n| Toggle internal note | Ctrl+Shift+N | Cmd+Shift+N |\n| Apply macro | Ctrl+M | Cmd+M |\n| Next ticket | J | J |\n| Previous ticket | K | K |\n| Search | Ctrl+K | Cmd+K |\n\nTip: **Ctrl+M** opens the macro picker; start typing to filter it.",
  "visibility": "public",
  "status": "published",
  "author": "agent",
  "days": 30,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "runbook-duplicate-charge-refunds",
  "title": "Runbook: refunding duplicate charges",
  "tags": [
   "billing",
   "runbook"
  ],
  "body": "# Runbook: refunding duplicate charges\n\n**Internal. Do not share with customers.**\n\n1. Find the customer in Stripe by the billing e-mail. Duplicate charges usually come as two payment intents a few minutes apart (a retry after a 3-D Secure timeout).\n2. Check that both succeeded and that only one invoice was paid.\n3. Refunds up to EUR 500 can be issued by any Billing & Accounts agent; above that, ask Finance in `#finance-approvals`.\n4. Issue the refund on the **second** payment intent, reason `duplicate`.\n5. Add an internal note with the refund id (`re_...`) and send the *Refund issued* macro.",
  "visibility": "internal",
  "status": "published",
  "author": "admin",
  "days": 54,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "escalation-policy-engineering",
  "title": "Escalation policy: when and how to involve engineering",
  "tags": [
   "runbook",
   "escalation"
  ],
  "body": "# Escalation policy\n\n**Internal.**\n\n## When to escalate\n\n- A bug you can reproduce, with steps, that has no workaround\n- Data loss or a security concern (escalate immediately, priority **urgent**)\n- Several customers reporting the same symptom within an hour (possible incident)\n\n## How\n\n1. Create an `ENG-` issue with steps, app version, OS, time of occurrence and the ticket link.\n2. Put the ticket **on hold**, tag it `escalated`, and apply the *Escalate to engineering* macro.\n3. For suspected incidents, post in `#incident-triage` and page the on-call engineer.\n\n## Follow-up\n\nCheck on-hold tickets daily; update the customer at least every 3 business days, even if there is no news.",
  "visibility": "internal",
  "status": "published",
  "author": "admin",
  "days": 53,
  "cuts": [
   "## Follow-up"
  ],
  "old_titles": []
 },
 {
  "slug": "runbook-sso-certificate-rotation",
  "title": "Runbook: SSO certificate rotation",
  "tags": [
   "sso",
   "runbook"
  ],
  "body": "# Runbook: SSO certificate rotation\n\n**Internal.** Symptom: every SSO user of a workspace is sent back to the sign-in page, no error shown; password logins work.\n\n1. In the admin console, open the workspace's SSO log. Look for `signature validation failed`.\n2. If the IdP rotated its signing certificate, ask the customer's admin to upload the new IdP metadata under **Settings > Security > SSO**.\n3. Confirm successful sign-ins in the log before solving the ticket.",
  "visibility": "internal",
  "status": "published",
  "author": "agent",
  "days": 33,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "reply-tone-and-style",
  "title": "Reply tone and style guide",
  "tags": [
   "style",
   "internal"
  ],
  "body": "# Reply tone and style guide\n\n**Internal.**\n\n- Greet by first name, sign with your first name.\n- Lead with the answer, then the details.\n- One question per reply when you need information, so it's easy to answer.\n- Never blame the customer; say what happened and what we do about it.\n- Link knowledge base articles instead of pasting long instructions.\n- Internal notes start with **Internal:** so nobody mistakes them for replies in exports.",
  "visibility": "internal",
  "status": "published",
  "author": "admin",
  "days": 56,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "dark-mode-preview",
  "title": "Dark mode (preview)",
  "tags": [
   "feature-request",
   "appearance"
  ],
  "body": "# Dark mode (preview)\n\nDark mode is coming to the desktop app. Switch it on under **Settings > Appearance > Theme**.\n\n*Draft: screenshots to be added before publishing.*",
  "visibility": "public",
  "status": "draft",
  "author": "agent2",
  "days": 6,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "bulk-actions-on-tickets",
  "title": "Bulk actions on tickets",
  "tags": [
   "productivity"
  ],
  "body": "# Bulk actions on tickets\n\nSelect several tickets in a view (Shift+click or Ctrl+click) to:\n\n- change status or priority\n- add or remove tags\n- assign them to an agent or a team\n\n*Draft: waiting for the release date.*",
  "visibility": "public",
  "status": "draft",
  "author": "agent",
  "days": 3,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "legacy-desktop-app-2x-install",
  "title": "Installing the 2.x desktop app (legacy)",
  "tags": [
   "legacy",
   "getting-started"
  ],
  "body": "# Installing the 2.x desktop app\n\n> **Archived:** version 2.x is no longer supported. Install the current version from the Downloads page.\n\n1. Download the 2.x installer.\n2. Run it and follow the wizard.",
  "visibility": "public",
  "status": "archived",
  "author": "admin",
  "days": 59,
  "cuts": [],
  "old_titles": []
 },
 {
  "slug": "pricing-plans-2025",
  "title": "Pricing plans 2025 (internal reference)",
  "tags": [
   "billing",
   "legacy"
  ],
  "body": "# Pricing plans 2025\n\n**Internal, archived.** Plans before the 2026 price update, for customers still on legacy contracts:\n\n- Starter: EUR 15 per agent per month\n- Business: EUR 39 per agent per month\n- Enterprise: on request",
  "visibility": "internal",
  "status": "archived",
  "author": "admin",
  "days": 58,
  "cuts": [],
  "old_titles": []
 }
]$json$::jsonb)
    as a (slug text, title text, tags text[], body text, visibility public.kb_visibility, status public.kb_status,
          author text, days integer, cuts text[], old_titles text[]);

do $$
declare
    a record;
    v_id uuid;
    v_author uuid;
    v_versions integer;
    v_body text;
    v_title text;
    v_at timestamptz;
    j integer;
begin
    for a in select * from seed_kb order by days desc, slug loop
        v_id := md5('helpdesk-demo-kb-' || a.slug)::uuid;
        v_author := case a.author when 'admin' then '00000000-0000-4000-a000-000000000001'::uuid
                                  when 'agent' then '00000000-0000-4000-a000-000000000002'::uuid
                                  else '00000000-0000-4000-a000-000000000003'::uuid end;
        v_versions := 1 + coalesce(cardinality(a.cuts), 0);
        -- Version 1: the body up to the first cut (or all of it), the oldest title.
        v_body := case when v_versions > 1 then rtrim(split_part(a.body, a.cuts[1], 1), E'\n') else a.body end;
        v_title := coalesce(a.old_titles[1], a.title);
        v_at := now() - make_interval(days => a.days);
        insert into public.kb_articles (id, slug, title, body, visibility, status, tags, author_id, created_at, updated_at)
        values (v_id, a.slug, v_title, v_body, a.visibility, a.status, a.tags, v_author, v_at, v_at);
        for j in 2 .. v_versions loop
            v_body := case when j <= cardinality(a.cuts) then rtrim(split_part(a.body, a.cuts[j], 1), E'\n') else a.body end;
            v_title := coalesce(a.old_titles[j], a.title);
            update public.kb_articles set title = v_title, body = v_body where id = v_id;
            -- Edits happened in the past, spread over the article's life.
            v_at := now() - make_interval(secs => a.days * 86400.0 * (v_versions - j + 1) / (v_versions + 1));
            update public.kb_article_versions set created_at = v_at where article_id = v_id and version = j;
        end loop;
        set local session_replication_role = replica;
        update public.kb_articles set updated_at = v_at where id = v_id;
        set local session_replication_role = origin;
    end loop;
end
$$;

-- Votes: customers and agents on published articles, deterministic.
do $$ begin perform setseed(0.77); end $$;
insert into public.kb_feedback (article_id, user_id, helpful, comment, created_at, updated_at)
select k.id, u.id, v.helpful,
       case when not v.helpful and v.r < 0.5 then
           (array['The steps don''t match what I see in the app.',
                  'Too short, I still had to contact support.',
                  'The screenshots are missing.',
                  'Didn''t cover my case (we use Google Workspace).'])[1 + floor(v.r * 8)::integer]
       end,
       k.updated_at + (now() - k.updated_at) * v.r, k.updated_at + (now() - k.updated_at) * v.r
from (select id, slug, visibility, updated_at from public.kb_articles where status = 'published'
      and id in (select md5('helpdesk-demo-kb-' || slug)::uuid from seed_kb)) k
cross join seed_users u
cross join lateral (select random() as pick, random() as r, random() < 0.78 as helpful, k.id as dep) v
where (u.role = 'customer' and k.visibility = 'public' and v.pick < 0.45)
   or (u.role <> 'customer' and v.pick < 0.5)
order by k.slug, u.id;

drop table seed_kb;
