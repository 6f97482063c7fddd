-- Enums shared by the schema, the profiles table (one row per auth.users row, created by trigger), the
-- role helpers every policy uses, and the generic updated_at/version trigger functions.

create type public.user_role as enum ('customer', 'agent', 'admin');
create type public.ticket_status as enum ('new', 'open', 'pending', 'on_hold', 'solved', 'closed');
create type public.ticket_priority as enum ('low', 'normal', 'high', 'urgent');
create type public.ticket_channel as enum ('desktop', 'email', 'web', 'api', 'chat');
create type public.message_source as enum ('customer', 'agent', 'ai', 'system', 'email');
create type public.kb_visibility as enum ('public', 'internal');
create type public.kb_status as enum ('draft', 'published', 'archived');

create table public.profiles (
    id uuid primary key references auth.users (id) on delete cascade,
    email text,
    full_name text not null default '',
    role public.user_role not null default 'customer',
    avatar_url text,
    timezone text not null default 'UTC',
    is_active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
comment on table public.profiles is
    'One row per auth.users row (trigger on_auth_user_created). role changes only through admin_set_role().';

-- Generic row triggers ----------------------------------------------------------------------------------
create function public.set_updated_at() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    new.updated_at := now();
    return new;
end
$$;

-- For tables with optimistic concurrency: version + 1 and updated_at on every update, whatever the client
-- sent (clients filter on version=eq.N; zero rows back is a conflict).
create function public.bump_version() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    new.version := old.version + 1;
    new.updated_at := now();
    return new;
end
$$;

create trigger profiles_set_updated_at before update on public.profiles
    for each row execute function public.set_updated_at();

-- Role helpers (security definer so policies on profiles can use them without recursing) -----------------
create function public.current_user_role() returns public.user_role
    language sql stable security definer
    set search_path = ''
as $$
    select p.role from public.profiles p where p.id = (select auth.uid()) and p.is_active
$$;

create function public.is_agent() returns boolean
    language sql stable security definer
    set search_path = ''
as $$
    select coalesce(public.current_user_role() in ('agent', 'admin'), false)
$$;

create function public.is_admin() returns boolean
    language sql stable security definer
    set search_path = ''
as $$
    select coalesce(public.current_user_role() = 'admin', false)
$$;

-- True when the statement comes through the API roles (PostgREST, Realtime, Storage), false for postgres,
-- service_role and security-definer code. Triggers use it to decide whose values to trust.
-- PL/pgSQL rather than SQL: a SQL function with a SET clause is never inlined and would be planned again
-- on every call, once per row in bulk imports.
create function public.is_api_caller() returns boolean
    language plpgsql stable
    set search_path = ''
as $$
begin
    return current_user in ('anon', 'authenticated');
end
$$;

-- Profile creation on sign-up and e-mail sync ------------------------------------------------------------
create function public.handle_new_user() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
begin
    -- Never trust user metadata for the role: every sign-up is a customer; admins promote.
    insert into public.profiles (id, email, full_name, avatar_url, timezone)
    values (
        new.id,
        new.email,
        coalesce(nullif(new.raw_user_meta_data ->> 'full_name', ''),
                 nullif(new.raw_user_meta_data ->> 'name', ''),
                 split_part(coalesce(new.email, ''), '@', 1)),
        nullif(new.raw_user_meta_data ->> 'avatar_url', ''),
        coalesce(nullif(new.raw_user_meta_data ->> 'timezone', ''), 'UTC')
    )
    on conflict (id) do nothing;
    return new;
end
$$;

create trigger on_auth_user_created after insert on auth.users
    for each row execute function public.handle_new_user();

create function public.handle_user_email_change() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
begin
    update public.profiles set email = new.email where id = new.id;
    return new;
end
$$;

create trigger on_auth_user_email_changed after update of email on auth.users
    for each row when (old.email is distinct from new.email)
    execute function public.handle_user_email_change();
