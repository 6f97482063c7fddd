-- Scheduled reports: an admin picks a dashboard, its filters, a daily or weekly time (UTC) and recipients;
-- the report-delivery edge function sends it as an e-mail with a PDF and/or CSV and records each attempt in
-- report_deliveries. Admins manage schedules, agents read them and their deliveries; only server-side code
-- (service role or the function's database connection) writes deliveries and run times.
--
-- filters: {"range": "7d" | "30d" | "quarter" | "custom", "from": iso, "to": iso (custom only; to is
-- exclusive), "team_id": uuid | null, "channel": ticket_channel | null}. report_period() turns a range into
-- [from, to) in complete UTC days: 7d and 30d end at the start of the day the report runs, quarter is the
-- 90 days before it. next_run_at is kept by a trigger from frequency, weekday (ISO 1 = Monday .. 7 = Sunday,
-- weekly only) and hour_utc.

-- Whether a filters object is well formed (used by the check constraint; immutable, no table access).
create function public.report_filters_valid(p_filters jsonb) returns boolean
    language plpgsql immutable
    set search_path = ''
as $$
declare
    v_from timestamptz;
    v_to timestamptz;
begin
    if p_filters is null or jsonb_typeof(p_filters) <> 'object' then
        return false;
    end if;
    if exists (select 1 from jsonb_object_keys(p_filters) k where k not in ('range', 'from', 'to', 'team_id', 'channel')) then
        return false;
    end if;
    if coalesce(p_filters ->> 'range', '') not in ('7d', '30d', 'quarter', 'custom') then
        return false;
    end if;
    if p_filters ? 'team_id' and jsonb_typeof(p_filters -> 'team_id') <> 'null'
       and coalesce(p_filters ->> 'team_id', '') !~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' then
        return false;
    end if;
    if p_filters ? 'channel' and jsonb_typeof(p_filters -> 'channel') <> 'null'
       and coalesce(p_filters ->> 'channel', '') not in ('desktop', 'email', 'web', 'api', 'chat') then
        return false;
    end if;
    if p_filters ->> 'range' = 'custom' then
        begin
            v_from := (p_filters ->> 'from')::timestamptz;
            v_to := (p_filters ->> 'to')::timestamptz;
        exception when others then
            return false;
        end;
        return v_from is not null and v_to is not null and v_from < v_to and v_to - v_from <= interval '731 days';
    end if;
    return not (p_filters ? 'from' or p_filters ? 'to');
end
$$;

-- [from, to) of a schedule's filters as of p_at.
create function public.report_period(p_filters jsonb, p_at timestamptz default now(),
                                     out period_from timestamptz, out period_to timestamptz)
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_day timestamptz := date_trunc('day', p_at, 'UTC');
begin
    case p_filters ->> 'range'
        when '7d' then period_from := v_day - interval '7 days'; period_to := v_day;
        when '30d' then period_from := v_day - interval '30 days'; period_to := v_day;
        when 'quarter' then period_from := v_day - interval '90 days'; period_to := v_day;
        when 'custom' then
            period_from := (p_filters ->> 'from')::timestamptz;
            period_to := (p_filters ->> 'to')::timestamptz;
        else
            raise exception 'unknown report range %', p_filters ->> 'range' using errcode = '22023';
    end case;
end
$$;

-- The first run time strictly after p_after: daily at hour_utc:00 UTC, or weekly on an ISO weekday.
create function public.report_next_run(p_frequency text, p_weekday smallint, p_hour_utc smallint,
                                       p_after timestamptz default now())
    returns timestamptz
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_candidate timestamptz := date_trunc('day', p_after, 'UTC') + make_interval(hours => p_hour_utc);
begin
    if p_frequency = 'daily' then
        if v_candidate <= p_after then
            v_candidate := v_candidate + interval '1 day';
        end if;
        return v_candidate;
    elsif p_frequency = 'weekly' then
        v_candidate := v_candidate
            + make_interval(days => ((p_weekday - extract(isodow from p_after at time zone 'UTC')::int + 7) % 7));
        if v_candidate <= p_after then
            v_candidate := v_candidate + interval '7 days';
        end if;
        return v_candidate;
    end if;
    raise exception 'frequency must be daily or weekly' using errcode = '22023';
end
$$;

create function public.are_email_addresses(p_addresses text[]) returns boolean
    language sql immutable
    set search_path = ''
as $$
    select coalesce(bool_and(a ~ '^[^@\s<>",;()\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$' and length(a) <= 254), false)
    from unnest(p_addresses) as a
$$;

create table public.report_schedules (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(btrim(name)) between 1 and 200),
    dashboard text not null
        check (dashboard in ('ticket_volume', 'agent_performance', 'sla_compliance', 'backlog', 'response_times',
                             'ai_acceptance')),
    filters jsonb not null default '{"range": "7d"}' check (public.report_filters_valid(filters)),
    frequency text not null check (frequency in ('daily', 'weekly')),
    weekday smallint check (weekday between 1 and 7),
    hour_utc smallint not null default 7 check (hour_utc between 0 and 23),
    recipients text[] not null
        check (cardinality(recipients) between 1 and 50 and public.are_email_addresses(recipients)),
    format text not null default 'both' check (format in ('pdf', 'csv', 'both')),
    enabled boolean not null default true,
    created_by uuid not null default auth.uid() references public.profiles (id) on delete cascade,
    last_run_at timestamptz,
    next_run_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint report_schedules_weekly_has_weekday check ((frequency = 'weekly') = (weekday is not null))
);
comment on table public.report_schedules is
    'Reports e-mailed on a schedule by the report-delivery function; figures computed as created_by.';

create index report_schedules_due_idx on public.report_schedules (next_run_at) where enabled;
create index report_schedules_created_by_idx on public.report_schedules (created_by);

-- next_run_at follows the timing and the enabled flag; server-side code may set it (after a run) as long
-- as the timing does not change in the same statement.
create function public.report_schedules_before_write() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    new.updated_at := now();
    if tg_op = 'INSERT' then
        new.created_at := now();
        if public.is_api_caller() then
            new.last_run_at := null;
        end if;
    elsif public.is_api_caller() then
        new.created_by := old.created_by;
        new.created_at := old.created_at;
        new.last_run_at := old.last_run_at;
        new.next_run_at := old.next_run_at;
    end if;
    if not new.enabled then
        new.next_run_at := null;
    elsif tg_op = 'INSERT' or new.next_run_at is null
          or (new.frequency, new.weekday, new.hour_utc, new.enabled)
             is distinct from (old.frequency, old.weekday, old.hour_utc, old.enabled) then
        new.next_run_at := public.report_next_run(new.frequency, new.weekday, new.hour_utc, now());
    end if;
    return new;
end
$$;

create trigger report_schedules_before_write before insert or update on public.report_schedules
    for each row execute function public.report_schedules_before_write();

create table public.report_deliveries (
    id uuid primary key default gen_random_uuid(),
    schedule_id uuid not null references public.report_schedules (id) on delete cascade,
    -- scheduled: the due path (cron); manual: an admin or the service role asked for this schedule now
    run_kind text not null check (run_kind in ('scheduled', 'manual')),
    requested_by uuid references public.profiles (id) on delete set null,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    status text not null default 'running' check (status in ('running', 'sent', 'failed')),
    error text,
    message_id text,
    recipients text[] not null,
    period_from timestamptz,
    period_to timestamptz,
    constraint report_deliveries_outcome_check
        check ((status = 'running') = (finished_at is null) and (status <> 'failed' or error is not null))
);
comment on table public.report_deliveries is 'One row per attempt to send a scheduled report (written by report-delivery).';

create index report_deliveries_schedule_started_idx on public.report_deliveries (schedule_id, started_at desc);
create index report_deliveries_requested_by_idx on public.report_deliveries (requested_by);

-- Row-level security ------------------------------------------------------------------------------------------
alter table public.report_schedules enable row level security;
alter table public.report_deliveries enable row level security;

revoke all on public.report_schedules, public.report_deliveries from anon, authenticated;
grant select, delete on public.report_schedules to authenticated;
grant insert (id, name, dashboard, filters, frequency, weekday, hour_utc, recipients, format, enabled)
    on public.report_schedules to authenticated;
grant update (name, dashboard, filters, frequency, weekday, hour_utc, recipients, format, enabled)
    on public.report_schedules to authenticated;
grant select on public.report_deliveries to authenticated;

create policy "agents read report schedules" on public.report_schedules
    for select to authenticated using ((select public.is_agent()));
create policy "admins create report schedules" on public.report_schedules
    for insert to authenticated with check ((select public.is_admin()) and created_by = (select auth.uid()));
create policy "admins update report schedules" on public.report_schedules
    for update to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));
create policy "admins delete report schedules" on public.report_schedules
    for delete to authenticated using ((select public.is_admin()));

create policy "agents read report deliveries" on public.report_deliveries
    for select to authenticated using ((select public.is_agent()));

revoke execute on function public.report_filters_valid(jsonb), public.report_period(jsonb, timestamptz),
    public.report_next_run(text, smallint, smallint, timestamptz), public.are_email_addresses(text[])
    from public, anon;
