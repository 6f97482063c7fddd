-- The conversation of a ticket: public replies and internal notes (is_internal). source says who or what
-- wrote it; when omitted, a trigger fills it from the author's role.

create table public.ticket_messages (
    id uuid primary key default gen_random_uuid(),
    ticket_id uuid not null references public.tickets (id) on delete cascade,
    author_id uuid default auth.uid() references public.profiles (id) on delete set null,
    body text not null check (length(body) > 0),
    is_internal boolean not null default false,
    source public.message_source not null,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);
