-- Attachments: metadata rows for objects in the private storage bucket `attachments`. Object names are
-- `<ticket_id>/<uuid>-<file name>`; the storage policies mirror ticket visibility, and an object linked to
-- an internal note is hidden from the customer like the note itself.

create table public.attachments (
    id uuid primary key default gen_random_uuid(),
    ticket_id uuid not null references public.tickets (id) on delete cascade,
    message_id uuid references public.ticket_messages (id) on delete set null,
    bucket_id text not null default 'attachments',
    storage_path text not null,
    file_name text not null check (length(file_name) between 1 and 255),
    size_bytes bigint not null default 0 check (size_bytes >= 0),
    content_type text not null default 'application/octet-stream',
    uploader_id uuid default auth.uid() references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    unique (bucket_id, storage_path),
    check (storage_path like ticket_id::text || '/%')
);

create trigger attachments_set_updated_at before update on public.attachments
    for each row execute function public.set_updated_at();

insert into storage.buckets (id, name, public, file_size_limit)
values ('attachments', 'attachments', false, 26214400)
on conflict (id) do nothing;

-- May the caller read the object `p_name` of the attachments bucket? Agents: any object under an existing
-- ticket. Customers: objects under their own tickets, except those attached to internal notes.
create function public.can_read_attachment_object(p_name text) returns boolean
    language plpgsql stable security definer
    set search_path = ''
as $$
declare
    v_folder text := split_part(p_name, '/', 1);
    v_ticket uuid;
begin
    if v_folder !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return false;
    end if;
    v_ticket := v_folder::uuid;
    if not public.can_access_ticket(v_ticket) then
        return false;
    end if;
    if public.is_agent() then
        return true;
    end if;
    return not exists (
        select 1
        from public.attachments a
        join public.ticket_messages m on m.id = a.message_id
        where a.bucket_id = 'attachments' and a.storage_path = p_name and m.is_internal
    );
end
$$;

-- May the caller upload under `p_name`? The first folder must be a ticket the caller can access.
create function public.can_write_attachment_object(p_name text) returns boolean
    language plpgsql stable security definer
    set search_path = ''
as $$
declare
    v_folder text := split_part(p_name, '/', 1);
begin
    if v_folder !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return false;
    end if;
    return public.can_access_ticket(v_folder::uuid);
end
$$;

create policy "ticket participants read attachment objects" on storage.objects
    for select to authenticated
    using (bucket_id = 'attachments' and public.can_read_attachment_object(name));

create policy "ticket participants upload attachment objects" on storage.objects
    for insert to authenticated
    with check (bucket_id = 'attachments' and public.can_write_attachment_object(name));

create policy "agents and uploaders delete attachment objects" on storage.objects
    for delete to authenticated
    using (bucket_id = 'attachments'
           and (public.is_agent()
                or owner = (select auth.uid())
                or owner_id = (select auth.uid())::text));
