-- AI RPCs: the tickets still waiting for their automatic triage (the ai-assist function's triage_pending
-- action reads them), and the reports: acceptance of suggestions per action, tickets deflected by the
-- customer answer assistant. Security invoker (RLS applies), agents and admins only (42501 otherwise).

-- Open tickets without any triage suggestion, newest first. Agents, admins and trusted callers (service_role).
create function public.ai_tickets_pending_triage(p_limit integer default 20)
    returns table (id uuid, title text, description text, created_at timestamptz)
    language plpgsql stable
    set search_path = ''
as $$
begin
    if public.is_api_caller() and not public.is_agent() then
        raise exception 'automatic triage is for agents and admins' using errcode = '42501';
    end if;
    return query
    select t.id, t.title, t.description, t.created_at
    from public.tickets t
    where t.deleted_at is null
      and t.status not in ('solved', 'closed')
      and not exists (select 1 from public.ai_suggestions s where s.ticket_id = t.id and s.action = 'triage')
    order by t.created_at desc
    limit greatest(least(coalesce(p_limit, 20), 100), 1);
end
$$;
revoke execute on function public.ai_tickets_pending_triage(integer) from anon;

-- Per action, over suggestions created in [p_from, p_to): how many were made, how many got each outcome,
-- how many are still undecided, and the share of each outcome among the decided ones (percent, 1 decimal).
create function public.report_ai_acceptance(p_from timestamptz, p_to timestamptz)
    returns table (action public.ai_action, suggestions bigint, accepted bigint, edited bigint, rejected bigint,
                   undecided bigint, accepted_pct numeric, edited_pct numeric, rejected_pct numeric)
    language plpgsql stable
    set search_path = ''
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with counts as (
        select a.action,
               count(s.id) as total,
               count(s.id) filter (where s.outcome = 'accepted') as acc,
               count(s.id) filter (where s.outcome = 'edited') as edi,
               count(s.id) filter (where s.outcome = 'rejected') as rej
        from unnest(enum_range(null::public.ai_action)) as a (action)
        left join public.ai_suggestions s
               on s.action = a.action and s.created_at >= p_from and s.created_at < p_to
        group by a.action
    )
    select c.action, c.total, c.acc, c.edi, c.rej, c.total - c.acc - c.edi - c.rej,
           round(100.0 * c.acc / nullif(c.acc + c.edi + c.rej, 0), 1),
           round(100.0 * c.edi / nullif(c.acc + c.edi + c.rej, 0), 1),
           round(100.0 * c.rej / nullif(c.acc + c.edi + c.rej, 0), 1)
    from counts c
    order by c.action;
end
$$;
revoke execute on function public.report_ai_acceptance(timestamptz, timestamptz) from anon;

-- Customer answers made in [p_from, p_to) and the deflections recorded in the same window.
create function public.report_ai_deflections(p_from timestamptz, p_to timestamptz)
    returns table (answers bigint, deflected bigint, deflection_pct numeric)
    language plpgsql stable
    set search_path = ''
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with a as (
        select count(*) as n from public.ai_suggestions s
        join public.profiles p on p.id = s.created_by and p.role = 'customer'
        where s.action = 'answer' and s.created_at >= p_from and s.created_at < p_to
    ),
    d as (
        select count(*) as n from public.ai_deflections f where f.created_at >= p_from and f.created_at < p_to
    )
    select a.n, d.n, round(100.0 * d.n / nullif(a.n, 0), 1) from a, d;
end
$$;
revoke execute on function public.report_ai_deflections(timestamptz, timestamptz) from anon;
