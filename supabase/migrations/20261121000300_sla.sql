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

-- The windows of a business_hours object, flattened and ordered: weekday (ISO, 1 = Monday), start and end
-- as minutes after local midnight ('24:00' = 1440). Windows with end <= start are ignored.
create function public.business_windows(p_hours jsonb)
    returns table (dow integer, start_minute integer, end_minute integer)
    language sql immutable
    set search_path = ''
as $$
    select x.dow, x.s, x.e
    from (
        select k.i::integer as dow,
               (extract(epoch from (w.value ->> 0)::time) / 60)::integer as s,
               (extract(epoch from (w.value ->> 1)::time) / 60)::integer as e
        from unnest(array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) with ordinality as k (name, i)
        cross join lateral jsonb_array_elements(
            case when jsonb_typeof(p_hours -> k.name) = 'array' then p_hours -> k.name else '[]'::jsonb end) w
        where jsonb_typeof(p_hours) = 'object'
    ) x
    where x.e > x.s
    order by x.dow, x.s
$$;

-- Does a business_hours object define any window? (No window at all means the clock runs 24/7.)
create function public.has_business_windows(p_hours jsonb) returns boolean
    language sql immutable
    set search_path = ''
as $$
    select exists (select 1 from public.business_windows(p_hours))
$$;

-- p_start + p_minutes of business time, counted in the policy's local wall-clock time. Without windows
-- the clock runs 24/7. Whole weeks are skipped arithmetically, so long SLAs cost no more than short ones.
create function public.add_business_minutes(p_start timestamptz, p_minutes integer, p_hours jsonb, p_tz text)
    returns timestamptz
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_tz text := coalesce(nullif(p_tz, ''), 'UTC');
    v_dows integer[];
    v_starts integer[];
    v_ends integer[];
    v_week integer;
    v_local timestamp;
    v_day date;
    v_dow integer;
    v_remaining numeric := p_minutes;
    v_weeks integer;
    v_from timestamp;
    v_to timestamp;
    v_avail numeric;
begin
    if p_start is null or p_minutes is null then
        return null;
    end if;
    if p_minutes <= 0 then
        return p_start;
    end if;
    -- The body of business_windows(), inlined: PL/pgSQL caches this plan, a nested SQL function call
    -- would be planned again on every call.
    select array_agg(x.dow order by x.dow, x.s), array_agg(x.s order by x.dow, x.s),
           array_agg(x.e order by x.dow, x.s), sum(x.e - x.s)
    into v_dows, v_starts, v_ends, v_week
    from (
        select k.i::integer as dow,
               (extract(epoch from (w.value ->> 0)::time) / 60)::integer as s,
               (extract(epoch from (w.value ->> 1)::time) / 60)::integer as e
        from unnest(array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) with ordinality as k (name, i)
        cross join lateral jsonb_array_elements(
            case when jsonb_typeof(p_hours -> k.name) = 'array' then p_hours -> k.name else '[]'::jsonb end) w
        where jsonb_typeof(p_hours) = 'object'
    ) x
    where x.e > x.s;
    if coalesce(v_week, 0) = 0 then
        return p_start + make_interval(mins => p_minutes);
    end if;
    v_local := p_start at time zone v_tz;
    -- Any 7 days hold exactly v_week business minutes: jump over all whole weeks but the last.
    v_weeks := ceil(v_remaining / v_week)::integer - 1;
    if v_weeks > 0 then
        v_local := v_local + make_interval(days => 7 * v_weeks);
        v_remaining := v_remaining - v_weeks::numeric * v_week;
    end if;
    v_day := v_local::date;
    for d in 0 .. 8 loop
        v_dow := extract(isodow from v_day)::integer;
        for i in 1 .. cardinality(v_dows) loop
            continue when v_dows[i] <> v_dow;
            v_from := greatest(v_day + make_interval(mins => v_starts[i]), v_local);
            v_to := v_day + make_interval(mins => v_ends[i]);
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
    v_dows integer[];
    v_starts integer[];
    v_ends integer[];
    v_week integer;
    v_from timestamp;
    v_to timestamp;
    v_day date;
    v_dow integer;
    v_weeks integer;
    v_total numeric := 0;
begin
    if p_from is null or p_to is null or p_to <= p_from then
        return 0;
    end if;
    -- The body of business_windows(), inlined: PL/pgSQL caches this plan, a nested SQL function call
    -- would be planned again on every call.
    select array_agg(x.dow order by x.dow, x.s), array_agg(x.s order by x.dow, x.s),
           array_agg(x.e order by x.dow, x.s), sum(x.e - x.s)
    into v_dows, v_starts, v_ends, v_week
    from (
        select k.i::integer as dow,
               (extract(epoch from (w.value ->> 0)::time) / 60)::integer as s,
               (extract(epoch from (w.value ->> 1)::time) / 60)::integer as e
        from unnest(array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) with ordinality as k (name, i)
        cross join lateral jsonb_array_elements(
            case when jsonb_typeof(p_hours -> k.name) = 'array' then p_hours -> k.name else '[]'::jsonb end) w
        where jsonb_typeof(p_hours) = 'object'
    ) x
    where x.e > x.s;
    if coalesce(v_week, 0) = 0 then
        return floor(extract(epoch from p_to - p_from) / 60)::integer;
    end if;
    v_from := p_from at time zone v_tz;
    v_to := p_to at time zone v_tz;
    v_weeks := floor((v_to::date - v_from::date) / 7.0)::integer - 1;
    if v_weeks > 0 then
        v_total := v_weeks::numeric * v_week;
        v_from := v_from + make_interval(days => 7 * v_weeks);
    end if;
    v_day := v_from::date;
    while v_day <= v_to::date loop
        v_dow := extract(isodow from v_day)::integer;
        for i in 1 .. cardinality(v_dows) loop
            continue when v_dows[i] <> v_dow;
            v_total := v_total + greatest(0, extract(epoch from
                least(v_day + make_interval(mins => v_ends[i]), v_to)
                - greatest(v_day + make_interval(mins => v_starts[i]), v_from)) / 60);
        end loop;
        v_day := v_day + 1;
    end loop;
    return floor(v_total)::integer;
end
$$;
