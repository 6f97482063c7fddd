-- SLA policies (one per priority) and the business-hours arithmetic the ticket triggers use.
-- business_hours: weekly windows in the policy's time zone, e.g.
--   {"mon": [["09:00", "17:00"]], "tue": [["09:00", "12:00"], ["13:00", "17:00"]], ...}
-- Days that are missing or empty have no business hours; an object with no windows at all means 24/7.

create table public.sla_policies (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    priority public.ticket_priority not null unique,
    first_response_minutes integer not null check (first_response_minutes > 0),
    resolution_minutes integer not null check (resolution_minutes > 0),
    business_hours jsonb not null default '{}' check (jsonb_typeof(business_hours) = 'object'),
    time_zone text not null default 'UTC',
    is_active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create trigger sla_policies_set_updated_at before update on public.sla_policies
    for each row execute function public.set_updated_at();

-- The windows of one weekday ('mon'..'sun'), ordered, as local times.
create function public.business_windows(p_hours jsonb, p_day date)
    returns table (window_start time, window_end time)
    language sql immutable
    set search_path = ''
as $$
    select (w.value ->> 0)::time, (w.value ->> 1)::time
    from jsonb_array_elements(
        case when jsonb_typeof(p_hours -> (array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow from p_day)::int]) = 'array'
             then p_hours -> (array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow from p_day)::int]
             else '[]'::jsonb end) w
    order by 1
$$;

create function public.has_business_windows(p_hours jsonb) returns boolean
    language sql immutable
    set search_path = ''
as $$
    select coalesce(jsonb_typeof(p_hours) = 'object', false)
       and exists (select 1 from jsonb_each(p_hours) e
                   where jsonb_typeof(e.value) = 'array' and jsonb_array_length(e.value) > 0)
$$;

-- p_start + p_minutes of business time. Without windows the clock runs 24/7.
create function public.add_business_minutes(p_start timestamptz, p_minutes integer, p_hours jsonb, p_tz text)
    returns timestamptz
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_tz text := coalesce(nullif(p_tz, ''), 'UTC');
    v_local timestamp;
    v_day date;
    v_remaining numeric := p_minutes;
    v_from timestamp;
    v_to timestamp;
    v_avail numeric;
    w record;
begin
    if p_start is null or p_minutes is null then
        return null;
    end if;
    if p_minutes <= 0 then
        return p_start;
    end if;
    if not public.has_business_windows(p_hours) then
        return p_start + make_interval(mins => p_minutes);
    end if;
    v_local := p_start at time zone v_tz;
    v_day := v_local::date;
    for i in 0 .. 3700 loop
        for w in select * from public.business_windows(p_hours, v_day) loop
            v_from := greatest(v_day + w.window_start, v_local);
            v_to := v_day + w.window_end;
            if v_from < v_to then
                v_avail := extract(epoch from v_to - v_from) / 60;
                if v_remaining <= v_avail then
                    return (v_from + make_interval(secs => v_remaining * 60)) at time zone v_tz;
                end if;
                v_remaining := v_remaining - v_avail;
            end if;
        end loop;
        v_day := v_day + 1;
    end loop;
    return null;
end
$$;

-- Business minutes between two instants (0 when p_to <= p_from). Without windows: wall-clock minutes.
create function public.business_minutes_between(p_from timestamptz, p_to timestamptz, p_hours jsonb, p_tz text)
    returns integer
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_tz text := coalesce(nullif(p_tz, ''), 'UTC');
    v_from timestamp;
    v_to timestamp;
    v_day date;
    v_total numeric := 0;
    w record;
begin
    if p_from is null or p_to is null or p_to <= p_from then
        return 0;
    end if;
    if not public.has_business_windows(p_hours) then
        return floor(extract(epoch from p_to - p_from) / 60)::integer;
    end if;
    v_from := p_from at time zone v_tz;
    v_to := p_to at time zone v_tz;
    v_day := v_from::date;
    while v_day <= v_to::date loop
        for w in select * from public.business_windows(p_hours, v_day) loop
            v_total := v_total + greatest(0, extract(epoch from
                least(v_day + w.window_end, v_to) - greatest(v_day + w.window_start, v_from)) / 60);
        end loop;
        v_day := v_day + 1;
    end loop;
    return floor(v_total)::integer;
end
$$;
