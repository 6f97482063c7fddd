-- Tickets. number: human-friendly, from an identity sequence (omit it on insert). search: generated
-- full-text vector (title A, description B). SLA and status stamps, version and updated_at are kept by
-- triggers (a later migration); sla_paused_at/sla_paused_minutes hold the paused resolution clock.

create table public.tickets (
    id uuid primary key default gen_random_uuid(),
    number bigint generated always as identity unique,
    title text not null check (length(btrim(title)) between 1 and 500),
    description text not null default '',
    status public.ticket_status not null default 'new',
    priority public.ticket_priority not null default 'normal',
    channel public.ticket_channel not null default 'desktop',
    tags text[] not null default '{}',
    custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
    requester_id uuid not null default auth.uid() references public.profiles (id),
    assignee_id uuid references public.profiles (id) on delete set null,
    team_id uuid references public.teams (id) on delete set null,
    sla_policy_id uuid references public.sla_policies (id) on delete set null,
    first_response_due_at timestamptz,
    resolution_due_at timestamptz,
    first_responded_at timestamptz,
    solved_at timestamptz,
    closed_at timestamptz,
    sla_paused_at timestamptz,
    sla_paused_minutes integer not null default 0,
    assigned_at timestamptz,
    csat_score smallint check (csat_score between 1 and 5),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    search tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
    ) stored
);
comment on column public.tickets.assigned_at is 'When assignee_id last changed to a non-null value (round-robin tie-break).';
comment on column public.tickets.sla_paused_minutes is 'Business minutes the resolution clock spent paused (pending/on_hold).';

-- Visibility of one ticket for the caller, for storage policies and RPCs (security definer: it must see the
-- ticket row to answer, whatever the caller's own RLS says).
create function public.can_access_ticket(p_ticket uuid) returns boolean
    language sql stable security definer
    set search_path = ''
as $$
    select exists (
        select 1 from public.tickets t
        where t.id = p_ticket
          and (t.requester_id = (select auth.uid()) or public.is_agent())
    )
$$;
