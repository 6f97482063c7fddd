-- AI assistance (issue 6): the suggestions the ai-assist edge function made, cached per (ticket, action,
-- content hash) with the human-in-the-loop outcome (accepted, edited, rejected); the workspace's stored
-- models (the builtin triage classifiers); and the tickets the customer answer assistant deflected.
--
-- Who may do what (RLS; the edge function reads and writes as its caller, so these rules bind it too):
--   agents/admins: read every suggestion, record suggestions for tickets they can see (or without a
--                  ticket), record an outcome on any suggestion; read the stored models;
--   admins:        write models, delete suggestions;
--   customers:     only `answer` suggestions of their own (without a ticket or on their own tickets), and
--                  their own deflections;
--   anon:          nothing.
-- Trusted callers (postgres, service_role: the auto-triage webhook) bypass RLS.

create type public.ai_action as enum ('triage', 'suggest_reply', 'summarize', 'answer', 'similar');
create type public.ai_outcome as enum ('accepted', 'edited', 'rejected');

create table public.ai_suggestions (
    id uuid primary key default gen_random_uuid(),
    ticket_id uuid references public.tickets (id) on delete cascade,
    action public.ai_action not null,
    content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    provider text not null check (provider in ('builtin', 'openai')),
    result jsonb not null check (jsonb_typeof(result) = 'object'),
    -- Why the configured provider was not used (e.g. "openai: timeout after 15000 ms"); null when it was.
    fallback_reason text check (length(fallback_reason) <= 1000),
    created_by uuid default auth.uid() references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    outcome public.ai_outcome,
    outcome_by uuid references public.profiles (id) on delete set null,
    outcome_at timestamptz,
    -- What the person finally sent or set, when they edited the suggestion.
    final_text text check (length(final_text) <= 100000),
    constraint ai_suggestions_cache_key unique nulls not distinct (ticket_id, action, content_hash),
    constraint ai_suggestions_outcome_stamped check ((outcome is null) = (outcome_at is null))
);
comment on table public.ai_suggestions is
    'AI suggestions cached per (ticket, action, content hash), with the agent''s outcome (human-in-the-loop).';
comment on column public.ai_suggestions.content_hash is
    'sha-256 (hex) of what the action read: ticket text, visible messages, query, model version, provider.';

create table public.ai_models (
    id uuid primary key default gen_random_uuid(),
    name text not null unique check (name ~ '^[a-z0-9_.-]{1,64}$'),
    kind text not null check (length(btrim(kind)) between 1 and 100),
    model jsonb not null check (jsonb_typeof(model) = 'object'),
    metrics jsonb not null default '{}' check (jsonb_typeof(metrics) = 'object'),
    trained_at timestamptz not null default now(),
    trained_by uuid default auth.uid() references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
comment on table public.ai_models is
    'Models trained on the workspace''s own data (name ''triage'': the builtin triage classifiers).';

create table public.ai_deflections (
    id uuid primary key default gen_random_uuid(),
    suggestion_id uuid references public.ai_suggestions (id) on delete set null,
    user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
    query text check (length(query) <= 2000),
    created_at timestamptz not null default now()
);
comment on table public.ai_deflections is
    'A customer said the assistant''s answer helped and created no ticket (recorded by the app).';

-- Stamps: the server's clock and the caller's identity, whatever an API caller sent -------------------------
create function public.ai_suggestions_before_write() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        if public.is_api_caller() then
            new.created_by := (select auth.uid());
            new.created_at := now();
            new.outcome := null;
            new.final_text := null;
        end if;
        new.outcome_at := case when new.outcome is null then null else coalesce(new.outcome_at, now()) end;
        new.outcome_by := case when new.outcome is null then null else coalesce(new.outcome_by, new.created_by) end;
        new.updated_at := greatest(now(), new.created_at);
        return new;
    end if;
    if new.result is distinct from old.result or new.provider is distinct from old.provider then
        -- A new suggestion under the same key: the old outcome was about another text.
        new.created_at := now();
        if new.outcome is not distinct from old.outcome then
            new.outcome := null;
            new.final_text := null;
        end if;
    end if;
    if new.outcome is distinct from old.outcome or new.final_text is distinct from old.final_text then
        new.outcome_at := case when new.outcome is null then null else now() end;
        new.outcome_by := case when new.outcome is null then null else (select auth.uid()) end;
    end if;
    if new.outcome is null then
        new.final_text := null;
    end if;
    new.updated_at := now();
    return new;
end
$$;

create trigger ai_suggestions_before_write before insert or update on public.ai_suggestions
    for each row execute function public.ai_suggestions_before_write();

create function public.ai_models_before_write() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if public.is_api_caller() then
        new.trained_by := (select auth.uid());
        new.trained_at := now();
    end if;
    if tg_op = 'UPDATE' then
        new.created_at := old.created_at;
    end if;
    new.updated_at := now();
    return new;
end
$$;

create trigger ai_models_before_write before insert or update on public.ai_models
    for each row execute function public.ai_models_before_write();

create function public.ai_deflections_before_insert() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if public.is_api_caller() then
        new.created_at := now();
    end if;
    return new;
end
$$;

create trigger ai_deflections_before_insert before insert on public.ai_deflections
    for each row execute function public.ai_deflections_before_insert();

-- Privileges and policies ----------------------------------------------------------------------------------
alter table public.ai_suggestions enable row level security;
alter table public.ai_models enable row level security;
alter table public.ai_deflections enable row level security;

revoke all on public.ai_suggestions, public.ai_models, public.ai_deflections from anon, authenticated;

grant select, delete on public.ai_suggestions to authenticated;
grant insert (id, ticket_id, action, content_hash, provider, result, fallback_reason)
    on public.ai_suggestions to authenticated;
grant update (provider, result, fallback_reason, outcome, final_text) on public.ai_suggestions to authenticated;

grant select on public.ai_models to authenticated;
grant insert (id, name, kind, model, metrics) on public.ai_models to authenticated;
grant update (kind, model, metrics) on public.ai_models to authenticated;
grant delete on public.ai_models to authenticated;

grant select on public.ai_deflections to authenticated;
grant insert (id, suggestion_id, user_id, query) on public.ai_deflections to authenticated;

create policy "agents read all suggestions" on public.ai_suggestions
    for select to authenticated using ((select public.is_agent()));
create policy "customers read own answers" on public.ai_suggestions
    for select to authenticated using (action = 'answer' and created_by = (select auth.uid()));
create policy "agents record suggestions on tickets they can see" on public.ai_suggestions
    for insert to authenticated
    with check ((select public.is_agent()) and (ticket_id is null or public.can_access_ticket(ticket_id)));
create policy "customers record answers on own tickets" on public.ai_suggestions
    for insert to authenticated
    with check (action = 'answer'
                and (ticket_id is null
                     or ticket_id in (select t.id from public.tickets t where t.requester_id = (select auth.uid()))));
create policy "agents update suggestions" on public.ai_suggestions
    for update to authenticated using ((select public.is_agent())) with check ((select public.is_agent()));
create policy "customers rate own answers" on public.ai_suggestions
    for update to authenticated
    using (action = 'answer' and created_by = (select auth.uid()))
    with check (action = 'answer' and created_by = (select auth.uid()));
create policy "admins delete suggestions" on public.ai_suggestions
    for delete to authenticated using ((select public.is_admin()));

create policy "agents read models" on public.ai_models
    for select to authenticated using ((select public.is_agent()));
create policy "admins write models" on public.ai_models
    for insert to authenticated with check ((select public.is_admin()));
create policy "admins retrain models" on public.ai_models
    for update to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));
create policy "admins delete models" on public.ai_models
    for delete to authenticated using ((select public.is_admin()));

create policy "users read own deflections" on public.ai_deflections
    for select to authenticated using (user_id = (select auth.uid()));
create policy "agents read all deflections" on public.ai_deflections
    for select to authenticated using ((select public.is_agent()));
create policy "users record own deflections" on public.ai_deflections
    for insert to authenticated
    with check (user_id = (select auth.uid())
                and (suggestion_id is null
                     or suggestion_id in (select s.id from public.ai_suggestions s where s.action = 'answer')));

-- Indexes --------------------------------------------------------------------------------------------------
-- (ticket_id, action, content_hash) is covered by the unique constraint (also the "has a triage" probe).
create index ai_suggestions_created_at_idx on public.ai_suggestions (created_at, action);
create index ai_suggestions_created_by_idx on public.ai_suggestions (created_by);
create index ai_suggestions_outcome_by_idx on public.ai_suggestions (outcome_by);
create index ai_models_trained_by_idx on public.ai_models (trained_by);
create index ai_deflections_created_at_idx on public.ai_deflections (created_at);
create index ai_deflections_user_id_idx on public.ai_deflections (user_id);
create index ai_deflections_suggestion_id_idx on public.ai_deflections (suggestion_id);
