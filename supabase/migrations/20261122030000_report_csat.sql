-- Customer satisfaction per agent for the dashboards' agent table: over tickets created in [p_from, p_to) that
-- are assigned, rated (csat_score 1-5) and not deleted, optionally one team and one channel, how many were rated,
-- the average score and the share of 4s and 5s (both rounded to one decimal). Agents and admins only (42501),
-- security definer like the other report_* functions, one aggregate query; agents without ratings have no row.

create function public.report_csat(p_from timestamptz, p_to timestamptz, p_team uuid default null,
                                   p_channel public.ticket_channel default null)
    returns table (agent_id uuid, rated bigint, csat_avg numeric, satisfied_pct numeric)
    language plpgsql stable security definer
    set search_path = ''
    set plan_cache_mode = force_custom_plan
as $$
begin
    if not public.is_agent() then
        raise exception 'reports are for agents and admins' using errcode = '42501';
    end if;
    return query
    select t.assignee_id,
           count(*),
           round(avg(t.csat_score), 1),
           round(100.0 * count(*) filter (where t.csat_score >= 4) / count(*), 1)
    from public.tickets t
    where t.assignee_id is not null and t.csat_score is not null
      and t.created_at >= p_from and t.created_at < p_to and t.deleted_at is null
      and (p_team is null or t.team_id = p_team) and (p_channel is null or t.channel = p_channel)
    group by t.assignee_id
    order by t.assignee_id;
end
$$;
revoke execute on function public.report_csat(timestamptz, timestamptz, uuid, public.ticket_channel) from anon;
