-- Teams (queues) and their members.

create table public.teams (
    id uuid primary key default gen_random_uuid(),
    name text not null unique check (length(btrim(name)) > 0),
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create trigger teams_set_updated_at before update on public.teams
    for each row execute function public.set_updated_at();

create table public.team_members (
    team_id uuid not null references public.teams (id) on delete cascade,
    user_id uuid not null references public.profiles (id) on delete cascade,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (team_id, user_id)
);

create index team_members_user_id_idx on public.team_members (user_id);

create trigger team_members_set_updated_at before update on public.team_members
    for each row execute function public.set_updated_at();
