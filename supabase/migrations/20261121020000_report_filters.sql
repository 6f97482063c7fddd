-- Team and channel filters for the three dashboard reports. Each function is replaced by one with the same
-- leading parameters and the filters as trailing `default null` parameters (null: no filter), so every
-- existing call (positional or named) keeps working; the old signature is dropped in the same migration so
-- that no call is ambiguous. report_sla_compliance also gains the breach split (first response versus
-- resolution) and an optional bucket (day, week or month; the `day` column holds the bucket's first day).
--
-- Still one aggregate query each, agents and admins only (42501). Security definer with an empty search_path:
-- the role check comes first, then the query reads tickets as the owner. Agents may read every ticket, so
-- the figures are the same as through RLS, but without the per-row policy filter (requester_id = uid or
-- is_agent) the covering indexes of 20261121020200 answer the reports with index-only scans.
-- plan_cache_mode = force_custom_plan: the `p_team is null or ...` filters are folded per call instead of a
-- generic plan that has to keep both branches. Day and week buckets use date_bin from a Monday at 00:00 UTC
-- (the same buckets as date_trunc(..., 'UTC'), a few times cheaper per row); months use date_trunc.

drop function public.report_ticket_volume(timestamptz, timestamptz, text);
drop function public.report_agent_performance(timestamptz, timestamptz);
drop function public.report_sla_compliance(timestamptz, timestamptz);

create function public.report_ticket_volume(p_from timestamptz, p_to timestamptz, p_bucket text default 'day',
                                            p_team uuid default null,
                                            p_channel public.ticket_channel default null)
    returns table (bucket timestamptz, created bigint, solved bigint)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
as $$
declare
    v_step interval := case p_bucket when 'week' then interval '7 days' else interval '1 day' end;
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    if p_bucket is null or p_bucket not in ('day', 'week', 'month') then
        raise exception 'bucket must be day, week or month' using errcode = '22023';
    end if;
    return query
    with series as (
        select generate_series(date_trunc(p_bucket, p_from, 'UTC'), p_to - interval '1 microsecond',
                               ('1 ' || p_bucket)::interval) as b
    ),
    ev as (
        select case when p_bucket = 'month' then date_trunc('month', t.created_at, 'UTC')
                    else date_bin(v_step, t.created_at, timestamptz '2000-01-03 00:00+00') end as b, 1 as c, 0 as s
        from public.tickets t
        where t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
        union all
        select case when p_bucket = 'month' then date_trunc('month', t.solved_at, 'UTC')
                    else date_bin(v_step, t.solved_at, timestamptz '2000-01-03 00:00+00') end, 0, 1
        from public.tickets t
        where t.solved_at >= p_from and t.solved_at < p_to and t.deleted_at is null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
    )
    select s.b, coalesce(sum(ev.c), 0)::bigint, coalesce(sum(ev.s), 0)::bigint
    from series s
    left join ev on ev.b = s.b
    group by s.b
    order by s.b;
end
$$;

-- With p_team, the team's agents are listed even without tickets; tickets count when they belong to the
-- team (whoever they are assigned to).
create function public.report_agent_performance(p_from timestamptz, p_to timestamptz, p_team uuid default null,
                                                p_channel public.ticket_channel default null)
    returns table (agent_id uuid, full_name text, assigned bigint, solved bigint,
                   median_first_response_minutes numeric, median_resolution_minutes numeric,
                   sla_met_pct numeric)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
    set work_mem = '64MB'
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with per_assignee as (
        select t.assignee_id,
               count(*) as n,
               count(t.solved_at) as n_solved,
               round((percentile_cont(0.5) within group (
                   order by date_part('epoch', t.first_responded_at - t.created_at) / 60))::numeric, 1) as fr,
               round((percentile_cont(0.5) within group (
                   order by date_part('epoch', t.solved_at - t.created_at) / 60))::numeric, 1) as res,
               round(100.0 * count(*) filter (where t.sla_policy_id is not null and not (
                         coalesce(t.first_responded_at, now()) > t.first_response_due_at
                         or coalesce(t.solved_at, t.sla_paused_at, now()) > t.resolution_due_at))
                     / nullif(count(*) filter (where t.sla_policy_id is not null), 0), 1) as met
        from public.tickets t
        where t.assignee_id is not null and t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
        group by t.assignee_id
    )
    select p.id, p.full_name, coalesce(a.n, 0), coalesce(a.n_solved, 0), a.fr, a.res, a.met
    from public.profiles p
    left join per_assignee a on a.assignee_id = p.id
    where p.role in ('agent', 'admin')
      and (a.n is not null
           or (p.role = 'agent' and (p_team is null or exists (
                   select 1 from public.team_members m where m.team_id = p_team and m.user_id = p.id))))
    order by coalesce(a.n_solved, 0) desc, p.full_name;
end
$$;

-- Per bucket of creation time: SLA tickets, met, breached, compliance %, and which clock was breached
-- (a ticket late on both counts in both columns, once in `breached`).
create function public.report_sla_compliance(p_from timestamptz, p_to timestamptz, p_team uuid default null,
                                             p_channel public.ticket_channel default null,
                                             p_bucket text default 'day')
    returns table (day date, total bigint, met bigint, breached bigint, compliance_pct numeric,
                   first_response_breached bigint, resolution_breached bigint)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
as $$
declare
    v_step interval := case p_bucket when 'week' then interval '7 days' else interval '1 day' end;
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    if p_bucket is null or p_bucket not in ('day', 'week', 'month') then
        raise exception 'bucket must be day, week or month' using errcode = '22023';
    end if;
    return query
    with buckets as (
        select generate_series(date_trunc(p_bucket, p_from, 'UTC'), p_to - interval '1 microsecond',
                               ('1 ' || p_bucket)::interval) as d
    ),
    outcomes as (
        select case when p_bucket = 'month' then date_trunc('month', t.created_at, 'UTC')
                    else date_bin(v_step, t.created_at, timestamptz '2000-01-03 00:00+00') end as d,
               coalesce(t.first_responded_at, now()) > t.first_response_due_at as fr_late,
               coalesce(t.solved_at, t.sla_paused_at, now()) > t.resolution_due_at as res_late
        from public.tickets t
        where t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
          and t.sla_policy_id is not null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
    )
    select (b.d at time zone 'UTC')::date,
           count(o.d),
           count(o.d) filter (where not (o.fr_late or o.res_late)),
           count(o.d) filter (where o.fr_late or o.res_late),
           round(100.0 * count(o.d) filter (where not (o.fr_late or o.res_late)) / nullif(count(o.d), 0), 1),
           count(o.d) filter (where o.fr_late),
           count(o.d) filter (where o.res_late)
    from buckets b
    left join outcomes o on o.d = b.d
    group by b.d
    order by b.d;
end
$$;

revoke execute on function public.report_ticket_volume(timestamptz, timestamptz, text, uuid, public.ticket_channel)
    from public, anon;
revoke execute on function public.report_agent_performance(timestamptz, timestamptz, uuid, public.ticket_channel)
    from public, anon;
revoke execute on function public.report_sla_compliance(timestamptz, timestamptz, uuid, public.ticket_channel, text)
    from public, anon;
