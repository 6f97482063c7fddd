-- Macros: canned replies with actions, e.g.
--   [{"field": "status", "value": "pending"}, {"field": "tags", "add": ["billing"]}]
-- team_id null = available to every team.

create table public.macros (
    id uuid primary key default gen_random_uuid(),
    title text not null check (length(btrim(title)) > 0),
    body text not null default '',
    actions jsonb not null default '[]' check (jsonb_typeof(actions) = 'array'),
    team_id uuid references public.teams (id) on delete cascade,
    is_active boolean not null default true,
    created_by uuid default auth.uid() references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
);

create trigger macros_set_updated_at before update on public.macros
    for each row execute function public.set_updated_at();
