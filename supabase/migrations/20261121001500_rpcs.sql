-- RPCs. Security invoker (RLS applies) unless they must read or write what the caller may not touch
-- directly; those are security definer with search_path = '' and their own role check.

-- Assign a ticket to an agent (or unassign with null). Agents and admins only.
create function public.assign_ticket(p_ticket uuid, p_agent uuid) returns public.tickets
    language plpgsql
    set search_path = ''
as $$
declare
    v_ticket public.tickets;
begin
    if not public.is_agent() then
        raise exception 'only agents assign tickets' using errcode = '42501';
    end if;
    if p_agent is not null and not exists (
        select 1 from public.profiles p where p.id = p_agent and p.is_active and p.role in ('agent', 'admin')
    ) then
        raise exception 'assignee % is not an active agent', p_agent using errcode = '22023';
    end if;
    update public.tickets t set assignee_id = p_agent where t.id = p_ticket returning t.* into v_ticket;
    if v_ticket.id is null then
        raise exception 'ticket % not found', p_ticket using errcode = 'P0002';
    end if;
    return v_ticket;
end
$$;

-- Assign an unassigned ticket to the least-loaded active agent of its team (all active agents when it
-- has no team): fewest new/open/pending tickets, ties to the one least recently assigned (round-robin).
-- Idempotent: a ticket that already has an assignee is returned unchanged.
create function public.auto_assign(p_ticket uuid) returns public.tickets
    language plpgsql
    set search_path = ''
as $$
declare
    v_ticket public.tickets;
    v_agent uuid;
begin
    if not public.is_agent() then
        raise exception 'only agents assign tickets' using errcode = '42501';
    end if;
    select * into v_ticket from public.tickets t where t.id = p_ticket for update;
    if v_ticket.id is null then
        raise exception 'ticket % not found', p_ticket using errcode = 'P0002';
    end if;
    if v_ticket.assignee_id is not null then
        return v_ticket;
    end if;
    -- Serialise concurrent auto-assignments of one team so two calls do not pick the same agent blindly.
    perform pg_advisory_xact_lock(hashtextextended('auto_assign:' || coalesce(v_ticket.team_id::text, '*'), 0));

    -- Two index probes per candidate: the open load on (assignee_id, status) and the latest assignment
    -- on (assignee_id, assigned_at).
    select c.id into v_agent
    from public.profiles c
    where c.is_active
      and c.role in ('agent', 'admin')
      and (case when v_ticket.team_id is null then c.role = 'agent'
                else exists (select 1 from public.team_members m
                             where m.team_id = v_ticket.team_id and m.user_id = c.id) end)
    order by (select count(*) from public.tickets t
              where t.assignee_id = c.id and t.status in ('new', 'open', 'pending') and t.deleted_at is null),
             (select max(t.assigned_at) from public.tickets t where t.assignee_id = c.id) nulls first,
             c.id
    limit 1;

    if v_agent is null then
        raise exception 'no active agent to assign ticket % to', p_ticket using errcode = 'P0002';
    end if;
    update public.tickets t set assignee_id = v_agent where t.id = p_ticket returning t.* into v_ticket;
    return v_ticket;
end
$$;

-- Change a user's role. Security definer: role is not writable by any API role. Admins only, and the last
-- active admin cannot demote themselves.
create function public.admin_set_role(p_user uuid, p_role public.user_role) returns public.profiles
    language plpgsql security definer
    set search_path = ''
as $$
declare
    v_profile public.profiles;
begin
    if not public.is_admin() then
        raise exception 'only admins change roles' using errcode = '42501';
    end if;
    if p_role is null then
        raise exception 'role must not be null' using errcode = '22004';
    end if;
    select * into v_profile from public.profiles p where p.id = p_user for update;
    if v_profile.id is null then
        raise exception 'user % not found', p_user using errcode = 'P0002';
    end if;
    if v_profile.role = 'admin' and p_role <> 'admin' and not exists (
        select 1 from public.profiles p where p.role = 'admin' and p.is_active and p.id <> p_user
    ) then
        raise exception 'the last admin cannot be demoted' using errcode = '23514';
    end if;
    update public.profiles p set role = p_role where p.id = p_user returning p.* into v_profile;
    return v_profile;
end
$$;
revoke execute on function public.admin_set_role(uuid, public.user_role) from anon;

-- Knowledge-base search, ranked, with a highlighted snippet. Security invoker: anon and customers find
-- published public articles only, agents also drafts and internal articles (archived ones are left out).
create function public.search_kb(query text, max_results integer default 10)
    returns table (id uuid, slug text, title text, snippet text, rank real,
                   visibility public.kb_visibility, status public.kb_status, updated_at timestamptz)
    language sql stable
    set search_path = ''
as $$
    with q as (select websearch_to_tsquery('english'::regconfig, coalesce(query, '')) as tsq),
    hits as (
        select a.id, a.slug, a.title, a.body, ts_rank_cd(a.search, q.tsq) as rank,
               a.visibility, a.status, a.updated_at
        from public.kb_articles a, q
        where a.search @@ q.tsq and a.deleted_at is null and a.status <> 'archived'
        order by rank desc, a.updated_at desc
        limit greatest(least(coalesce(max_results, 10), 100), 1)
    )
    select h.id, h.slug, h.title,
           ts_headline('english'::regconfig, h.body, q.tsq,
                       'StartSel=<<, StopSel=>>, MaxWords=30, MinWords=10, MaxFragments=2'),
           h.rank, h.visibility, h.status, h.updated_at
    from hits h, q
    order by h.rank desc, h.updated_at desc
$$;

-- Ticket search over title and description (and "#123" / "123" for the ticket number). Security invoker:
-- RLS applies, customers find their own tickets only. Soft-deleted tickets are left out.
create function public.search_tickets(query text, max_results integer default 20)
    returns table (id uuid, number bigint, title text, status public.ticket_status,
                   priority public.ticket_priority, requester_id uuid, assignee_id uuid,
                   updated_at timestamptz, rank real, snippet text)
    language sql stable
    set search_path = ''
as $$
    with q as (
        select websearch_to_tsquery('english'::regconfig, coalesce(query, '')) as tsq,
               case when btrim(coalesce(query, '')) ~ '^#?[0-9]{1,18}$'
                    then ltrim(btrim(query), '#')::bigint end as num
    ),
    hits as (
        select t.id, t.number, t.title, t.description, t.status, t.priority, t.requester_id,
               t.assignee_id, t.updated_at,
               case when t.number = q.num then 1.0::real else ts_rank_cd(t.search, q.tsq) end as rank
        from public.tickets t, q
        where (t.search @@ q.tsq or t.number = q.num) and t.deleted_at is null
        order by rank desc, t.updated_at desc
        limit greatest(least(coalesce(max_results, 20), 200), 1)
    )
    select h.id, h.number, h.title, h.status, h.priority, h.requester_id, h.assignee_id, h.updated_at,
           h.rank,
           ts_headline('english'::regconfig, h.description, q.tsq,
                       'StartSel=<<, StopSel=>>, MaxWords=30, MinWords=10, MaxFragments=1')
    from hits h, q
    order by h.rank desc, h.updated_at desc
$$;

-- Helpful/unhelpful counts per article the caller may read (security definer: votes of other users are
-- not readable by customers, their counts are). p_article null: every readable article with votes.
create function public.kb_article_scores(p_article uuid default null)
    returns table (article_id uuid, helpful bigint, unhelpful bigint)
    language sql stable security definer
    set search_path = ''
as $$
    select f.article_id, count(*) filter (where f.helpful), count(*) filter (where not f.helpful)
    from public.kb_feedback f
    join public.kb_articles a on a.id = f.article_id
    where (p_article is null or f.article_id = p_article)
      and (public.is_agent()
           or (a.status = 'published' and a.visibility = 'public' and a.deleted_at is null))
    group by f.article_id
$$;
