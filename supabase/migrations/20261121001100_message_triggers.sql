-- Message rules: customers write only public replies as themselves (source 'customer'); agents write as
-- themselves with source agent|ai|system; a missing source is derived from the author's role; only the
-- author (or an admin) edits a message's body, any agent may soft-delete one. The first public agent reply
-- stamps first_responded_at and moves the ticket from new to open; a customer's reply through the API
-- brings a pending or solved ticket back to open (which also resumes the resolution clock).

create function public.ticket_messages_before_insert() returns trigger
    language plpgsql
    set search_path = ''
as $$
declare
    v_role public.user_role;
begin
    if public.is_api_caller() then
        v_role := public.current_user_role();
        if v_role is null then
            raise exception 'no active profile for this user' using errcode = '42501';
        end if;
        if new.author_id is distinct from (select auth.uid()) then
            raise exception 'messages are written as oneself' using errcode = '42501';
        end if;
        if v_role = 'customer' then
            if new.is_internal or coalesce(new.source, 'customer') <> 'customer' then
                raise exception 'customers write public replies only' using errcode = '42501';
            end if;
            new.source := 'customer';
        else
            if new.source in ('customer', 'email') then
                raise exception 'agents cannot post as a customer or as e-mail' using errcode = '42501';
            end if;
            new.source := coalesce(new.source, 'agent');
        end if;
        new.created_at := now();
        new.updated_at := now();
        new.version := 1;
        new.deleted_at := null;
    elsif new.source is null then
        select case when p.role = 'customer' then 'customer' else 'agent' end::public.message_source
        into new.source
        from public.profiles p where p.id = new.author_id;
        new.source := coalesce(new.source, 'system');
    end if;
    new.updated_at := greatest(new.updated_at, new.created_at);
    return new;
end
$$;

create trigger ticket_messages_before_insert before insert on public.ticket_messages
    for each row execute function public.ticket_messages_before_insert();

create function public.ticket_messages_before_update() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if public.is_api_caller() then
        if new.body is distinct from old.body and old.author_id is distinct from (select auth.uid())
           and not public.is_admin() then
            raise exception 'only the author or an admin edits a message' using errcode = '42501';
        end if;
        new.id := old.id;
        new.ticket_id := old.ticket_id;
        new.author_id := old.author_id;
        new.source := old.source;
        new.created_at := old.created_at;
    end if;
    new.version := old.version + 1;
    new.updated_at := now();
    return new;
end
$$;

create trigger ticket_messages_before_update before update on public.ticket_messages
    for each row execute function public.ticket_messages_before_update();

-- Security definer: the stamps are not writable by API roles.
create function public.ticket_messages_first_response() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
begin
    update public.tickets t
    set first_responded_at = coalesce(t.first_responded_at, new.created_at),
        status = case when t.status = 'new' then 'open'::public.ticket_status else t.status end
    where t.id = new.ticket_id
      and (t.first_responded_at is null or t.status = 'new');
    return null;
end
$$;

create trigger ticket_messages_first_response after insert on public.ticket_messages
    for each row when (not new.is_internal and new.source = 'agent' and new.deleted_at is null)
    execute function public.ticket_messages_first_response();

create function public.ticket_messages_customer_reply() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
begin
    update public.tickets t
    set status = 'open'
    where t.id = new.ticket_id and t.status in ('pending', 'solved');
    return null;
end
$$;

-- Only replies that come through the API: imports and the seed keep the statuses they set.
create trigger ticket_messages_customer_reply after insert on public.ticket_messages
    for each row when (not new.is_internal and new.source = 'customer' and new.deleted_at is null
                       and public.is_api_caller())
    execute function public.ticket_messages_customer_reply();
