-- Row-level security on every table, and the privileges behind it. Column privileges keep server-kept
-- columns (number, version, stamps, role) out of every API role's reach; policies decide rows:
--   customers: their own profile, the agents who work their tickets, their own tickets and the public
--              messages/attachments on them, published public KB articles, their own KB votes;
--   agents:    all profiles, teams, SLA policies, macros, all tickets/messages/notes/attachments/events
--              (all tickets, not only their teams' and unassigned ones: the client filters its queues),
--              all KB articles and versions, all votes; they write tickets, messages and KB articles;
--   admins:    what agents may, plus teams, members, SLA policies, macros, hard deletes (roles go through
--              admin_set_role());
--   anon:      published public KB articles.
-- Role checks go through security-definer helpers (is_agent(), is_admin()) wrapped in a sub-select so
-- they are evaluated once per statement, never per row, and never recurse into profiles' own policies.

alter table public.profiles enable row level security;
alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.sla_policies enable row level security;
alter table public.macros enable row level security;
alter table public.tickets enable row level security;
alter table public.ticket_messages enable row level security;
alter table public.attachments enable row level security;
alter table public.ticket_events enable row level security;
alter table public.kb_articles enable row level security;
alter table public.kb_article_versions enable row level security;
alter table public.kb_feedback enable row level security;

-- Privileges -------------------------------------------------------------------------------------------
revoke all on public.profiles, public.teams, public.team_members, public.sla_policies, public.macros,
    public.tickets, public.ticket_messages, public.attachments, public.ticket_events, public.kb_articles,
    public.kb_article_versions, public.kb_feedback from anon, authenticated;

grant select on public.kb_articles to anon;

grant select on public.profiles to authenticated;
grant update (full_name, avatar_url, timezone, is_active) on public.profiles to authenticated;

grant select, insert, update, delete on public.teams, public.team_members, public.sla_policies, public.macros
    to authenticated;

grant select, delete on public.tickets to authenticated;
grant insert (id, title, description, status, priority, channel, tags, custom_fields, requester_id,
              assignee_id, team_id, csat_score) on public.tickets to authenticated;
grant update (title, description, status, priority, channel, tags, custom_fields, requester_id, assignee_id,
              team_id, csat_score, deleted_at) on public.tickets to authenticated;

grant select, delete on public.ticket_messages to authenticated;
grant insert (id, ticket_id, author_id, body, is_internal, source) on public.ticket_messages to authenticated;
grant update (body, deleted_at) on public.ticket_messages to authenticated;

grant select, delete on public.attachments to authenticated;
grant insert (id, ticket_id, message_id, bucket_id, storage_path, file_name, size_bytes, content_type,
              uploader_id) on public.attachments to authenticated;
grant update (message_id, deleted_at) on public.attachments to authenticated;

grant select on public.ticket_events to authenticated;

grant select, delete on public.kb_articles to authenticated;
grant insert (id, slug, title, body, visibility, status, tags) on public.kb_articles to authenticated;
grant update (slug, title, body, visibility, status, tags, deleted_at) on public.kb_articles to authenticated;

grant select on public.kb_article_versions to authenticated;

grant select, delete on public.kb_feedback to authenticated;
grant insert (id, article_id, user_id, helpful, comment) on public.kb_feedback to authenticated;
grant update (article_id, user_id, helpful, comment) on public.kb_feedback to authenticated;

-- Who a customer may see among profiles: the staff assigned to, or replying publicly on, their tickets
-- (never another customer, even one whose message was imported onto their ticket).
create function public.my_ticket_contacts() returns setof uuid
    language sql stable security definer
    set search_path = ''
as $$
    select c.id
    from (
        select t.assignee_id as id from public.tickets t
        where t.requester_id = (select auth.uid()) and t.assignee_id is not null
        union
        select m.author_id from public.ticket_messages m
        join public.tickets t on t.id = m.ticket_id
        where t.requester_id = (select auth.uid()) and not m.is_internal and m.author_id is not null
    ) c
    join public.profiles p on p.id = c.id and p.role in ('agent', 'admin')
$$;
revoke execute on function public.my_ticket_contacts() from anon;
-- Nothing anon does inserts a ticket: keep the SLA policies away from it.
revoke execute on function public.sla_policy_for(public.ticket_priority) from anon;

-- profiles ---------------------------------------------------------------------------------------------
create policy "users read own profile" on public.profiles
    for select to authenticated using (id = (select auth.uid()));
create policy "agents read all profiles" on public.profiles
    for select to authenticated using ((select public.is_agent()));
create policy "customers read the agents on their tickets" on public.profiles
    for select to authenticated using (id in (select public.my_ticket_contacts()));
create policy "users update own profile" on public.profiles
    for update to authenticated using (id = (select auth.uid())) with check (id = (select auth.uid()));
create policy "admins update profiles" on public.profiles
    for update to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

-- teams, team_members, sla_policies, macros --------------------------------------------------------------
create policy "agents read teams" on public.teams
    for select to authenticated using ((select public.is_agent()));
create policy "admins manage teams" on public.teams
    for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

create policy "agents read team members" on public.team_members
    for select to authenticated using ((select public.is_agent()));
create policy "admins manage team members" on public.team_members
    for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

create policy "agents read sla policies" on public.sla_policies
    for select to authenticated using ((select public.is_agent()));
create policy "admins manage sla policies" on public.sla_policies
    for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

create policy "agents read macros" on public.macros
    for select to authenticated using ((select public.is_agent()));
create policy "admins manage macros" on public.macros
    for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

-- tickets ------------------------------------------------------------------------------------------------
create policy "customers read own tickets" on public.tickets
    for select to authenticated using (requester_id = (select auth.uid()));
create policy "agents read all tickets" on public.tickets
    for select to authenticated using ((select public.is_agent()));
create policy "customers create own tickets" on public.tickets
    for insert to authenticated with check (requester_id = (select auth.uid()));
create policy "agents create tickets" on public.tickets
    for insert to authenticated with check ((select public.is_agent()));
create policy "customers rate own tickets" on public.tickets
    for update to authenticated
    using (requester_id = (select auth.uid())) with check (requester_id = (select auth.uid()));
create policy "agents update tickets" on public.tickets
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "admins delete tickets" on public.tickets
    for delete to authenticated using ((select public.is_admin()));

-- ticket_messages ----------------------------------------------------------------------------------------
create policy "customers read public messages on own tickets" on public.ticket_messages
    for select to authenticated
    using (not is_internal
           and ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid())));
create policy "agents read all messages" on public.ticket_messages
    for select to authenticated using ((select public.is_agent()));
create policy "customers reply on own tickets" on public.ticket_messages
    for insert to authenticated
    with check (not is_internal and source = 'customer' and author_id = (select auth.uid())
                and ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid())));
create policy "agents write messages" on public.ticket_messages
    for insert to authenticated
    with check ((select public.is_agent()) and author_id = (select auth.uid()));
create policy "agents update messages" on public.ticket_messages
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "admins delete messages" on public.ticket_messages
    for delete to authenticated using ((select public.is_admin()));

-- attachments --------------------------------------------------------------------------------------------
create policy "customers read attachments on own tickets" on public.attachments
    for select to authenticated
    using (ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid()))
           and (message_id is null
                or message_id in (select m.id from public.ticket_messages m where not m.is_internal)));
create policy "agents read all attachments" on public.attachments
    for select to authenticated using ((select public.is_agent()));
create policy "customers attach to own tickets" on public.attachments
    for insert to authenticated
    with check (uploader_id = (select auth.uid())
                and ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid()))
                and (message_id is null or message_id in (
                    select m.id from public.ticket_messages m
                    where m.author_id = (select auth.uid()) and m.ticket_id = attachments.ticket_id)));
create policy "agents attach to tickets" on public.attachments
    for insert to authenticated
    with check ((select public.is_agent()) and uploader_id = (select auth.uid()));
create policy "customers update own attachments" on public.attachments
    for update to authenticated
    using (uploader_id = (select auth.uid()))
    with check (uploader_id = (select auth.uid())
                and ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid()))
                and (message_id is null or message_id in (
                    select m.id from public.ticket_messages m
                    where m.author_id = (select auth.uid()) and m.ticket_id = attachments.ticket_id)));
create policy "agents update attachments" on public.attachments
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "agents and uploaders delete attachments" on public.attachments
    for delete to authenticated
    using ((select public.is_agent()) or uploader_id = (select auth.uid()));

-- ticket_events (written by triggers only) ---------------------------------------------------------------
create policy "agents read all ticket events" on public.ticket_events
    for select to authenticated using ((select public.is_agent()));
create policy "customers read status changes of own tickets" on public.ticket_events
    for select to authenticated
    using ((field is null or field in ('status', 'priority', 'title'))
           and ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid())));

-- knowledge base -----------------------------------------------------------------------------------------
create policy "everyone reads published public articles" on public.kb_articles
    for select to anon, authenticated
    using (status = 'published' and visibility = 'public' and deleted_at is null);
create policy "agents read all articles" on public.kb_articles
    for select to authenticated using ((select public.is_agent()));
create policy "agents write articles" on public.kb_articles
    for insert to authenticated with check ((select public.is_agent()));
create policy "agents edit articles" on public.kb_articles
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "admins delete articles" on public.kb_articles
    for delete to authenticated using ((select public.is_admin()));

create policy "agents read article versions" on public.kb_article_versions
    for select to authenticated using ((select public.is_agent()));

create policy "users read own votes" on public.kb_feedback
    for select to authenticated using (user_id = (select auth.uid()));
create policy "agents read all votes" on public.kb_feedback
    for select to authenticated using ((select public.is_agent()));
create policy "users vote on articles they can read" on public.kb_feedback
    for insert to authenticated
    with check (user_id = (select auth.uid()) and article_id in (select a.id from public.kb_articles a));
create policy "users change own vote" on public.kb_feedback
    for update to authenticated
    using (user_id = (select auth.uid()))
    with check (user_id = (select auth.uid()) and article_id in (select a.id from public.kb_articles a));
create policy "users withdraw own vote" on public.kb_feedback
    for delete to authenticated using (user_id = (select auth.uid()));
