-- Profile rules beyond the column privileges (see the RLS migration): only admins deactivate users, nobody
-- changes a role, an id or an e-mail through the API (roles: admin_set_role(); e-mail: auth.users).

create function public.profiles_before_update() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if public.is_api_caller() then
        if new.role is distinct from old.role or new.id is distinct from old.id
           or new.email is distinct from old.email or new.created_at is distinct from old.created_at then
            raise exception 'role, id and e-mail are not editable here' using errcode = '42501';
        end if;
        if new.is_active is distinct from old.is_active and not public.is_admin() then
            raise exception 'only admins activate or deactivate users' using errcode = '42501';
        end if;
    end if;
    return new;
end
$$;

create trigger profiles_before_update before update on public.profiles
    for each row execute function public.profiles_before_update();
