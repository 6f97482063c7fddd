-- Workspace-wide settings: one row (id = true) holding the outgoing mail (SMTP) settings that scheduled
-- reports are sent with. Admins read and change it; nobody else through the API.
--
-- The SMTP password is a secret: it lives in workspace_secrets, which no API role can read or write (no
-- table privileges for anon/authenticated, RLS on with a policy for service_role only). Admins set or clear
-- it with set_smtp_password() (security definer), which only records in workspace_settings that one is set.
-- Server-side code (the report-delivery edge function) reads it with its direct database connection.
-- On a Supabase project the secret could live in Vault (vault.create_secret / vault.decrypted_secrets)
-- instead; this table works on every Postgres, including the local stack, which has no Vault.

create table public.workspace_settings (
    id boolean primary key default true check (id),
    smtp_host text check (smtp_host is null or smtp_host ~ '^[A-Za-z0-9._:-]{1,253}$'),
    smtp_port integer not null default 587 check (smtp_port between 1 and 65535),
    smtp_username text check (smtp_username is null or length(smtp_username) <= 320),
    smtp_from_address text check (smtp_from_address is null or smtp_from_address ~ '^[^@\s<>",;]+@[^@\s<>",;]+$'),
    smtp_from_name text not null default 'Helpdesk reports' check (length(smtp_from_name) <= 200
                                                                    and smtp_from_name !~ '[\r\n"<>]'),
    -- none: plain SMTP (local test servers); starttls: upgrade required (port 587); tls: implicit TLS (465)
    smtp_tls text not null default 'starttls' check (smtp_tls in ('none', 'starttls', 'tls')),
    smtp_password_set boolean not null default false,
    updated_by uuid references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
comment on table public.workspace_settings is
    'Singleton (id = true): SMTP settings for scheduled reports. The password is in workspace_secrets.';

insert into public.workspace_settings (id) values (true);

create function public.workspace_settings_before_update() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    new.updated_at := now();
    if public.is_api_caller() then
        new.updated_by := (select auth.uid());
        new.smtp_password_set := old.smtp_password_set;  -- only set_smtp_password() changes it
    end if;
    return new;
end
$$;

create trigger workspace_settings_before_update before update on public.workspace_settings
    for each row execute function public.workspace_settings_before_update();

alter table public.workspace_settings enable row level security;
revoke all on public.workspace_settings from anon, authenticated;
grant select on public.workspace_settings to authenticated;
grant update (smtp_host, smtp_port, smtp_username, smtp_from_address, smtp_from_name, smtp_tls)
    on public.workspace_settings to authenticated;

create policy "admins read workspace settings" on public.workspace_settings
    for select to authenticated using ((select public.is_admin()));
create policy "admins update workspace settings" on public.workspace_settings
    for update to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

-- Secrets ---------------------------------------------------------------------------------------------------
create table public.workspace_secrets (
    name text primary key check (name in ('smtp_password')),
    value text not null,
    updated_at timestamptz not null default now()
);
comment on table public.workspace_secrets is
    'Secrets of server-side code (SMTP password). No API role but service_role can read it; see set_smtp_password().';

alter table public.workspace_secrets enable row level security;
revoke all on public.workspace_secrets from anon, authenticated;
create policy "service role manages workspace secrets" on public.workspace_secrets
    for all to service_role using (true) with check (true);

-- Admins set (non-empty) or clear (null or empty) the SMTP password; nobody reads it back through the API.
create function public.set_smtp_password(p_password text) returns void
    language plpgsql security definer
    set search_path = ''
as $$
begin
    if not public.is_admin() then
        raise exception 'only admins change the SMTP password' using errcode = '42501';
    end if;
    if coalesce(p_password, '') = '' then
        delete from public.workspace_secrets where name = 'smtp_password';
    else
        insert into public.workspace_secrets (name, value) values ('smtp_password', p_password)
        on conflict (name) do update set value = excluded.value, updated_at = now();
    end if;
    update public.workspace_settings
    set smtp_password_set = coalesce(p_password, '') <> '', updated_by = (select auth.uid())
    where id;
end
$$;
revoke execute on function public.set_smtp_password(text) from public, anon;
