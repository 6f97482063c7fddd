-- The audit trail of tickets, written only by triggers: who (actor_id, null for system changes) changed
-- which field from what to what, and when. event_type: 'created' | 'updated'.

create table public.ticket_events (
    id bigint generated always as identity primary key,
    ticket_id uuid not null references public.tickets (id) on delete cascade,
    actor_id uuid references public.profiles (id) on delete set null,
    event_type text not null check (event_type in ('created', 'updated')),
    field text,
    old_value jsonb,
    new_value jsonb,
    created_at timestamptz not null default now()
);
