-- Ticket rules that hold whatever the client sends:
--  * customers (API callers whose role is customer) create tickets only for themselves, in status new,
--    without assignee, team, tags or rating; afterwards they may only rate (csat_score) a solved ticket;
--  * number, version, created_at, SLA stamps are the server's: version + 1 and updated_at = now() on every
--    update; SLA due times from the priority's policy and business hours, recomputed on priority change;
--    the resolution clock pauses while pending/on_hold (sla_paused_at, sla_paused_minutes) and the due
--    time moves forward by the business minutes spent paused on resume;
--  * solved_at/closed_at set and cleared on status transitions; assigned_at on (re)assignment;
--  * an audit row per changed status, priority, assignee_id, requester_id, team_id, tags, title (and
--    'created').
-- Trusted callers (postgres, service_role, security-definer code: seed, imports, inbound e-mail) may
-- supply created_at and the stamps themselves; missing ones are filled the same way.

create function public.sla_policy_for(p_priority public.ticket_priority)
    returns table (id uuid, first_response_minutes integer, resolution_minutes integer,
                   business_hours jsonb, time_zone text)
    language plpgsql stable security definer
    set search_path = ''
as $$
begin
    -- PL/pgSQL keeps this plan across calls (one call per inserted ticket).
    return query
    select s.id, s.first_response_minutes, s.resolution_minutes, s.business_hours, s.time_zone
    from public.sla_policies s
    where s.priority = p_priority and s.is_active;
end
$$;

create function public.tickets_before_insert() returns trigger
    language plpgsql
    set search_path = ''
as $$
declare
    v_api boolean := public.is_api_caller();
    v_role public.user_role;
    v_policy record;
begin
    if v_api then
        v_role := public.current_user_role();
        if v_role is null then
            raise exception 'no active profile for this user' using errcode = '42501';
        end if;
        if v_role = 'customer' then
            if new.requester_id is distinct from (select auth.uid()) then
                raise exception 'customers create tickets only for themselves' using errcode = '42501';
            end if;
            if new.assignee_id is not null or new.team_id is not null or new.status <> 'new'
               or cardinality(new.tags) > 0 or new.csat_score is not null then
                raise exception 'customers cannot set status, assignee, team, tags or rating'
                    using errcode = '42501';
            end if;
        end if;
        new.created_at := now();
        new.version := 1;
        new.first_responded_at := null;
        new.solved_at := null;
        new.closed_at := null;
        new.sla_paused_at := null;
        new.sla_paused_minutes := 0;
        new.assigned_at := null;
        new.first_response_due_at := null;
        new.resolution_due_at := null;
        new.deleted_at := null;
    end if;
    new.created_at := coalesce(new.created_at, now());
    new.updated_at := greatest(coalesce(new.updated_at, now()), new.created_at);
    if v_api then
        new.updated_at := now();
    end if;

    if new.assignee_id is not null then
        new.assigned_at := coalesce(new.assigned_at, new.created_at);
    end if;
    if new.status in ('solved', 'closed') then
        new.solved_at := coalesce(new.solved_at, new.created_at);
    end if;
    if new.status = 'closed' then
        new.closed_at := coalesce(new.closed_at, greatest(new.solved_at, new.created_at));
    end if;
    if new.status in ('pending', 'on_hold') then
        new.sla_paused_at := coalesce(new.sla_paused_at, new.created_at);
    end if;

    select * into v_policy from public.sla_policy_for(new.priority);
    new.sla_policy_id := v_policy.id;
    if v_policy.id is not null then
        new.first_response_due_at := coalesce(new.first_response_due_at, public.add_business_minutes(
            new.created_at, v_policy.first_response_minutes, v_policy.business_hours, v_policy.time_zone));
        new.resolution_due_at := coalesce(new.resolution_due_at, public.add_business_minutes(
            new.created_at, v_policy.resolution_minutes + new.sla_paused_minutes,
            v_policy.business_hours, v_policy.time_zone));
    end if;
    return new;
end
$$;

create trigger tickets_before_insert before insert on public.tickets
    for each row execute function public.tickets_before_insert();

create function public.tickets_before_update() returns trigger
    language plpgsql
    set search_path = ''
as $$
declare
    v_api boolean := public.is_api_caller();
    v_role public.user_role;
    v_policy record;
    v_paused integer;
begin
    if v_api then
        v_role := public.current_user_role();
        if v_role is null then
            raise exception 'no active profile for this user' using errcode = '42501';
        end if;
        if v_role = 'customer' then
            if (new.title, new.description, new.status, new.priority, new.channel, new.tags,
                new.custom_fields, new.requester_id, new.assignee_id, new.team_id, new.deleted_at)
               is distinct from
               (old.title, old.description, old.status, old.priority, old.channel, old.tags,
                old.custom_fields, old.requester_id, old.assignee_id, old.team_id, old.deleted_at) then
                raise exception 'customers may only rate their tickets' using errcode = '42501';
            end if;
            if new.csat_score is distinct from old.csat_score and old.status not in ('solved', 'closed') then
                raise exception 'a ticket can be rated once it is solved' using errcode = '42501';
            end if;
        end if;
        -- Server-kept columns keep their values whatever the statement said.
        new.id := old.id;
        new.created_at := old.created_at;
        new.first_responded_at := old.first_responded_at;
        new.solved_at := old.solved_at;
        new.closed_at := old.closed_at;
        new.sla_paused_at := old.sla_paused_at;
        new.sla_paused_minutes := old.sla_paused_minutes;
        new.assigned_at := old.assigned_at;
        new.first_response_due_at := old.first_response_due_at;
        new.resolution_due_at := old.resolution_due_at;
        new.sla_policy_id := old.sla_policy_id;
    end if;

    new.version := old.version + 1;
    new.updated_at := now();

    if new.assignee_id is distinct from old.assignee_id then
        new.assigned_at := case when new.assignee_id is null then old.assigned_at
                                when new.assigned_at is distinct from old.assigned_at then new.assigned_at
                                else now() end;
    end if;

    -- Status stamps (a trusted caller's explicit value wins).
    if new.status in ('solved', 'closed') and old.status not in ('solved', 'closed') then
        if new.solved_at is not distinct from old.solved_at then
            new.solved_at := now();
        end if;
    elsif new.status not in ('solved', 'closed') and old.status in ('solved', 'closed') then
        new.solved_at := null;
    end if;
    if new.status = 'closed' and old.status <> 'closed' then
        if new.closed_at is not distinct from old.closed_at then
            new.closed_at := now();
        end if;
    elsif new.status <> 'closed' and old.status = 'closed' then
        new.closed_at := null;
    end if;

    -- The resolution clock: paused while pending/on_hold.
    if new.status in ('pending', 'on_hold') and old.status not in ('pending', 'on_hold') then
        if new.sla_paused_at is not distinct from old.sla_paused_at or new.sla_paused_at is null then
            new.sla_paused_at := now();
        end if;
    elsif new.status not in ('pending', 'on_hold') and new.sla_paused_at is not null then
        select * into v_policy from public.sla_policy_for(new.priority);
        v_paused := public.business_minutes_between(new.sla_paused_at, now(),
                                                    v_policy.business_hours, v_policy.time_zone);
        new.sla_paused_minutes := new.sla_paused_minutes + v_paused;
        new.sla_paused_at := null;
    end if;

    if new.priority is distinct from old.priority
       or new.sla_paused_minutes is distinct from old.sla_paused_minutes then
        select * into v_policy from public.sla_policy_for(new.priority);
        new.sla_policy_id := v_policy.id;
        if v_policy.id is null then
            new.first_response_due_at := null;
            new.resolution_due_at := null;
        else
            new.first_response_due_at := public.add_business_minutes(
                new.created_at, v_policy.first_response_minutes, v_policy.business_hours, v_policy.time_zone);
            new.resolution_due_at := public.add_business_minutes(
                new.created_at, v_policy.resolution_minutes + new.sla_paused_minutes,
                v_policy.business_hours, v_policy.time_zone);
        end if;
    end if;
    return new;
end
$$;

create trigger tickets_before_update before update on public.tickets
    for each row execute function public.tickets_before_update();

-- Audit trail (security definer: nobody may write ticket_events directly).
create function public.tickets_audit() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
declare
    v_actor uuid := (select auth.uid());
begin
    if v_actor is not null and not exists (select 1 from public.profiles p where p.id = v_actor) then
        v_actor := null;
    end if;
    if tg_op = 'INSERT' then
        -- The creation row carries what the requester may see; assignment, team and tags set at creation get
        -- rows of their own (customers do not read those).
        insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
        select new.id, v_actor, 'created', c.field, null, c.new_value, new.created_at
        from (values
            (null, jsonb_build_object('status', new.status, 'priority', new.priority, 'title', new.title)),
            ('assignee_id', to_jsonb(new.assignee_id)),
            ('team_id', to_jsonb(new.team_id)),
            ('tags', case when cardinality(new.tags) > 0 then to_jsonb(new.tags) end)
        ) as c (field, new_value)
        where c.field is null or c.new_value is not null;
        return null;
    end if;
    insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value)
    select new.id, v_actor, 'updated', c.field, c.old_value, c.new_value
    from (values
        ('status', to_jsonb(old.status), to_jsonb(new.status)),
        ('priority', to_jsonb(old.priority), to_jsonb(new.priority)),
        ('assignee_id', to_jsonb(old.assignee_id), to_jsonb(new.assignee_id)),
        ('requester_id', to_jsonb(old.requester_id), to_jsonb(new.requester_id)),
        ('team_id', to_jsonb(old.team_id), to_jsonb(new.team_id)),
        ('tags', to_jsonb(old.tags), to_jsonb(new.tags)),
        ('title', to_jsonb(old.title), to_jsonb(new.title))
    ) as c (field, old_value, new_value)
    where c.old_value is distinct from c.new_value;
    return null;
end
$$;

create trigger tickets_audit after insert or update on public.tickets
    for each row execute function public.tickets_audit();
