-- Reports for the dashboards: agents and admins only (42501 otherwise), each one aggregate query over
-- tickets in [p_from, p_to), buckets in UTC. Security invoker: agents read all tickets through RLS.
-- SLA outcome of a ticket: breached when its first response came (or, still missing, is now) after the
-- first-response due time, or its resolution came (or, still open, is now or the moment it was paused)
-- after the resolution due time; met otherwise. Tickets without an SLA policy are not counted.

create function public.report_ticket_volume(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
    returns table (bucket timestamptz, created bigint, solved bigint)
    language plpgsql stable
    set search_path = ''
as $$
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
        select date_trunc(p_bucket, t.created_at, 'UTC') as b, 1 as c, 0 as s
        from public.tickets t
        where t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
        union all
        select date_trunc(p_bucket, t.solved_at, 'UTC'), 0, 1
        from public.tickets t
        where t.solved_at >= p_from and t.solved_at < p_to and t.deleted_at is null
    )
    select s.b, coalesce(sum(ev.c), 0)::bigint, coalesce(sum(ev.s), 0)::bigint
    from series s
    left join ev on ev.b = s.b
    group by s.b
    order by s.b;
end
$$;

create function public.report_agent_performance(p_from timestamptz, p_to timestamptz)
    returns table (agent_id uuid, full_name text, assigned bigint, solved bigint,
                   median_first_response_minutes numeric, median_resolution_minutes numeric,
                   sla_met_pct numeric)
    language plpgsql stable
    set search_path = ''
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    select p.id, p.full_name,
           count(t.id),
           count(t.solved_at),
           round((percentile_cont(0.5) within group (
               order by extract(epoch from t.first_responded_at - t.created_at) / 60))::numeric, 1),
           round((percentile_cont(0.5) within group (
               order by extract(epoch from t.solved_at - t.created_at) / 60))::numeric, 1),
           round(100.0 * count(t.id) filter (where t.sla_policy_id is not null and not (
                     coalesce(t.first_responded_at, now()) > t.first_response_due_at
                     or coalesce(t.solved_at, t.sla_paused_at, now()) > t.resolution_due_at))
                 / nullif(count(t.id) filter (where t.sla_policy_id is not null), 0), 1)
    from public.profiles p
    left join public.tickets t
           on t.assignee_id = p.id and t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
    where p.role in ('agent', 'admin')
    group by p.id
    having p.role = 'agent' or count(t.id) > 0
    order by count(t.solved_at) desc, p.full_name;
end
$$;

create function public.report_sla_compliance(p_from timestamptz, p_to timestamptz)
    returns table (day date, total bigint, met bigint, breached bigint, compliance_pct numeric)
    language plpgsql stable
    set search_path = ''
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with days as (
        select generate_series(date_trunc('day', p_from, 'UTC'), p_to - interval '1 microsecond',
                               interval '1 day') as d
    ),
    outcomes as (
        select date_trunc('day', t.created_at, 'UTC') as d,
               (coalesce(t.first_responded_at, now()) > t.first_response_due_at
                or coalesce(t.solved_at, t.sla_paused_at, now()) > t.resolution_due_at) as is_breached
        from public.tickets t
        where t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
          and t.sla_policy_id is not null
    )
    select (days.d at time zone 'UTC')::date,
           count(o.d),
           count(o.d) filter (where not o.is_breached),
           count(o.d) filter (where o.is_breached),
           round(100.0 * count(o.d) filter (where not o.is_breached) / nullif(count(o.d), 0), 1)
    from days
    left join outcomes o on o.d = days.d
    group by days.d
    order by days.d;
end
$$;
