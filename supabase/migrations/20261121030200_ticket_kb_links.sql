-- Ticket <-> KB: which articles were cited on which tickets (optionally by which message), so an article shows the
-- tickets it helped with and a ticket the articles sent to its requester. Links are soft-deleted (deleted_at)
-- like every synced table, so delta pulls carry unlinking; linking again revives the row (one row per ticket,
-- article and message: NULLS NOT DISTINCT, so a ticket-level link with no message is unique too).
--   agents/admins: read, link, unlink (soft delete) on any ticket; admins hard-delete;
--   customers:     read the links on their own tickets to published public articles, and only those made on
--                  a public message or on the ticket itself (never one tied to an internal note).

create table public.ticket_kb_links (
    id uuid primary key default gen_random_uuid(),
    ticket_id uuid not null references public.tickets (id) on delete cascade,
    article_id uuid not null references public.kb_articles (id) on delete cascade,
    message_id uuid references public.ticket_messages (id) on delete cascade,
    linked_by uuid default auth.uid() references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    constraint ticket_kb_links_ticket_article_message_key unique nulls not distinct (ticket_id, article_id, message_id)
);

create index ticket_kb_links_article_idx on public.ticket_kb_links (article_id, created_at desc);
create index ticket_kb_links_message_idx on public.ticket_kb_links (message_id) where message_id is not null;
create index ticket_kb_links_updated_at_id_idx on public.ticket_kb_links (updated_at, id);

-- API callers cannot forge who linked or when; a message must belong to the linked ticket; the link's
-- ticket, article and message never change (unlink and link again instead).
create function public.ticket_kb_links_before_write() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        if public.is_api_caller() then
            new.linked_by := (select auth.uid());
            new.created_at := now();
            new.deleted_at := null;
        end if;
    else
        new.id := old.id;
        new.ticket_id := old.ticket_id;
        new.article_id := old.article_id;
        new.message_id := old.message_id;
        new.linked_by := old.linked_by;
        new.created_at := old.created_at;
    end if;
    if new.message_id is not null and not exists (
        select 1 from public.ticket_messages m where m.id = new.message_id and m.ticket_id = new.ticket_id
    ) then
        raise exception 'message % is not on ticket %', new.message_id, new.ticket_id using errcode = '23503';
    end if;
    new.updated_at := now();
    return new;
end
$$;

create trigger ticket_kb_links_before_write before insert or update on public.ticket_kb_links
    for each row execute function public.ticket_kb_links_before_write();

alter table public.ticket_kb_links enable row level security;
revoke all on public.ticket_kb_links from anon, authenticated;
grant select, delete on public.ticket_kb_links to authenticated;
grant insert (id, ticket_id, article_id, message_id) on public.ticket_kb_links to authenticated;
grant update (deleted_at) on public.ticket_kb_links to authenticated;

create policy "agents read ticket kb links" on public.ticket_kb_links
    for select to authenticated using ((select public.is_agent()));
create policy "customers read public article links on own tickets" on public.ticket_kb_links
    for select to authenticated
    using (ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid()))
           and article_id in (select a.id from public.kb_articles a
                              where a.status = 'published' and a.visibility = 'public' and a.deleted_at is null)
           and (message_id is null
                or message_id in (select m.id from public.ticket_messages m where not m.is_internal)));
create policy "agents link articles to tickets" on public.ticket_kb_links
    for insert to authenticated
    with check ((select public.is_agent()) and linked_by = (select auth.uid()));
create policy "agents unlink articles" on public.ticket_kb_links
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "admins delete ticket kb links" on public.ticket_kb_links
    for delete to authenticated using ((select public.is_admin()));

-- The tickets that cited an article, most recently cited first (agents and admins; security invoker, so the
-- tickets and links RLS applies as well).
create function public.kb_article_tickets(p_article uuid)
    returns table (ticket_id uuid, number bigint, title text, status public.ticket_status,
                   priority public.ticket_priority, citations bigint, first_linked_at timestamptz,
                   last_linked_at timestamptz)
    language plpgsql stable
    set search_path = ''
as $$
#variable_conflict use_column
begin
    if not public.is_agent() then
        raise exception 'only agents and admins list the tickets citing an article' using errcode = '42501';
    end if;
    return query
    select t.id, t.number, t.title, t.status, t.priority, count(*), min(l.created_at), max(l.created_at)
    from public.ticket_kb_links l
    join public.tickets t on t.id = l.ticket_id
    where l.article_id = p_article and l.deleted_at is null and t.deleted_at is null
    group by t.id
    order by max(l.created_at) desc, t.number desc;
end
$$;
revoke execute on function public.kb_article_tickets(uuid) from public, anon;
grant execute on function public.kb_article_tickets(uuid) to authenticated;

-- Live updates, guarded like 20261121001700_realtime.sql: harmless to run again.
do $$
begin
    if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
        create publication supabase_realtime;
    end if;
    if not exists (select 1 from pg_publication_tables
                   where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'ticket_kb_links') then
        alter publication supabase_realtime add table public.ticket_kb_links;
    end if;
end
$$;
