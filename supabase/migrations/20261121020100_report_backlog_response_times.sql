-- Two more dashboard reports, one aggregate query each, agents and admins only (42501); security definer after
-- the role check, like the reports of 20261121020000 (same figures as through RLS, index-only scans).
--
-- report_backlog(p_team, p_channel): the tickets still to be worked on (status new, open, pending or on_hold,
-- not deleted) counted by status, by priority and by channel. One row per (dimension, key) with every key of
-- the dimension listed, zero included, in the enum's order; `overdue` counts those past their resolution due
-- time whose clock is running (not paused); `oldest_created_at` is the oldest ticket's creation time.
--
-- report_response_times(p_from, p_to, p_team, p_channel): over tickets created in [p_from, p_to), the time
-- to first response (first_responded_at - created_at) and to resolution (solved_at - created_at), wall
-- clock minutes: for each metric the number of tickets measured, the median and the 90th percentile
-- (percentile_cont, 1 decimal), and a histogram in fixed buckets [lower, upper) minutes (upper null: no
-- bound): < 15 min, 15-60 min, 1-4 h, 4-8 h, 8-24 h, 1-3 d, 3-7 d, >= 7 d. One row per metric and bucket,
-- the metric's statistics repeated on each of its rows. Minutes are double precision (date_part) rather than
-- numeric (extract): percentile_cont works in double precision anyway, and numeric arithmetic per row was
-- most of the query's time at 1M tickets.

create function public.report_backlog(p_team uuid default null, p_channel public.ticket_channel default null)
    returns table (dimension text, key text, tickets bigint, overdue bigint, oldest_created_at timestamptz)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with counted as (
        select case when grouping(t.status) = 0 then 'status'
                    when grouping(t.priority) = 0 then 'priority' else 'channel' end as dim,
               coalesce(t.status::text, t.priority::text, t.channel::text) as k,
               count(*) as n,
               count(*) filter (where t.resolution_due_at < now() and t.sla_paused_at is null) as late,
               min(t.created_at) as oldest
        from public.tickets t
        where t.status in ('new', 'open', 'pending', 'on_hold') and t.deleted_at is null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
        group by grouping sets ((t.status), (t.priority), (t.channel))
    ),
    keys as (
        select 1 as dim_order, 'status' as dim, s.k::text as k, s.o
        from unnest(enum_range(null::public.ticket_status)) with ordinality as s (k, o)
        where s.k in ('new', 'open', 'pending', 'on_hold')
        union all
        select 2, 'priority', p.k::text, p.o from unnest(enum_range(null::public.ticket_priority)) with ordinality as p (k, o)
        union all
        select 3, 'channel', c.k::text, c.o from unnest(enum_range(null::public.ticket_channel)) with ordinality as c (k, o)
    )
    select keys.dim, keys.k, coalesce(c.n, 0), coalesce(c.late, 0), c.oldest
    from keys
    left join counted c on c.dim = keys.dim and c.k = keys.k
    order by keys.dim_order, keys.o;
end
$$;

create function public.report_response_times(p_from timestamptz, p_to timestamptz, p_team uuid default null,
                                             p_channel public.ticket_channel default null)
    returns table (metric text, bucket text, lower_minutes integer, upper_minutes integer, tickets bigint,
                   measured bigint, median_minutes numeric, p90_minutes numeric)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
    set work_mem = '64MB'
as $$
declare
    v_bounds constant double precision[] := array[15, 60, 240, 480, 1440, 4320, 10080];
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    with measured as (
        select date_part('epoch', t.first_responded_at - t.created_at) / 60 as fr,
               date_part('epoch', t.solved_at - t.created_at) / 60 as res
        from public.tickets t
        where t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
          and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
          and (t.first_responded_at is not null or t.solved_at is not null)
    ),
    stats as (
        select count(d.fr) as fr_n, percentile_cont(array[0.5, 0.9]) within group (order by d.fr) as fr_p,
               count(d.res) as res_n, percentile_cont(array[0.5, 0.9]) within group (order by d.res) as res_p
        from measured d
    ),
    per_bucket as (
        select 1 as metric_order, width_bucket(d.fr, v_bounds) as b, count(*) as n
        from measured d where d.fr is not null group by 2
        union all
        select 2, width_bucket(d.res, v_bounds), count(*) from measured d where d.res is not null group by 2
    ),
    grid as (
        select ms.metric, ms.metric_order, bk.b, bk.label, bk.lo, bk.hi
        from (values (1, 'first_response'), (2, 'resolution')) as ms (metric_order, metric)
        cross join (values (0, '< 15 min', 0, 15), (1, '15-60 min', 15, 60), (2, '1-4 h', 60, 240),
                           (3, '4-8 h', 240, 480), (4, '8-24 h', 480, 1440), (5, '1-3 d', 1440, 4320),
                           (6, '3-7 d', 4320, 10080), (7, '>= 7 d', 10080, null)) as bk (b, label, lo, hi)
    )
    select g.metric, g.label, g.lo, g.hi, coalesce(pb.n, 0),
           case g.metric_order when 1 then s.fr_n else s.res_n end,
           round((case g.metric_order when 1 then s.fr_p[1] else s.res_p[1] end)::numeric, 1),
           round((case g.metric_order when 1 then s.fr_p[2] else s.res_p[2] end)::numeric, 1)
    from grid g
    cross join stats s
    left join per_bucket pb on pb.metric_order = g.metric_order and pb.b = g.b
    order by g.metric_order, g.b;
end
$$;

revoke execute on function public.report_backlog(uuid, public.ticket_channel) from public, anon;
revoke execute on function public.report_response_times(timestamptz, timestamptz, uuid, public.ticket_channel)
    from public, anon;
