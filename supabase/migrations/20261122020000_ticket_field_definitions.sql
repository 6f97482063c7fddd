-- Custom ticket fields: what an admin defines (key, label, type, options, required, order, active, shown to
-- customers or not). The values live in tickets.custom_fields under each definition's key; a later
-- migration (custom_field_validation) checks them against these definitions.
--   field_type: text (JSON string), number (JSON number), date (JSON string 'YYYY-MM-DD'),
--               select (JSON string, one of options), checkbox (JSON boolean)
--   options:    the choices of a select field (a non-empty JSON array of distinct strings); [] otherwise
--   required:   a ticket cannot be solved or closed while the field has no value, and a value once set
--               cannot be cleared (tickets arrive by e-mail and from customers without these fields, so
--               requiring them at creation would refuse those tickets)
--   key:        fixed once created (values are stored under it)
-- Admins write; agents read all definitions; customers read the active ones marked visible to customers.

create table public.ticket_field_definitions (
    id uuid primary key default gen_random_uuid(),
    key text not null unique check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
    label text not null check (length(btrim(label)) between 1 and 200),
    field_type text not null check (field_type in ('text', 'number', 'date', 'select', 'checkbox')),
    options jsonb not null default '[]' check (jsonb_typeof(options) = 'array'),
    required boolean not null default false,
    position integer not null default 0,
    is_active boolean not null default true,
    visible_to_customers boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
comment on table public.ticket_field_definitions is
    'Custom ticket fields; values in tickets.custom_fields[key], checked by validate_ticket_custom_fields().';

create index ticket_field_definitions_position_idx on public.ticket_field_definitions (position, label);

create trigger ticket_field_definitions_set_updated_at before update on public.ticket_field_definitions
    for each row execute function public.set_updated_at();

-- The rules a check constraint cannot say in words: options fit the type, the key stays.
create function public.ticket_field_definitions_check() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if tg_op = 'UPDATE' and new.key is distinct from old.key then
        raise exception 'The key of a custom field cannot be changed once it exists (tickets store their values under "%").', old.key
            using errcode = 'P0001';
    end if;
    if new.field_type = 'select' then
        if jsonb_array_length(new.options) = 0 then
            raise exception 'The drop-down field "%" needs at least one option.', new.label using errcode = 'P0001';
        end if;
        if exists (select 1 from jsonb_array_elements(new.options) o
                   where jsonb_typeof(o) <> 'string' or length(btrim(o #>> '{}')) = 0) then
            raise exception 'The options of "%" must be non-empty words.', new.label using errcode = 'P0001';
        end if;
        if (select count(distinct o #>> '{}') from jsonb_array_elements(new.options) o)
           <> jsonb_array_length(new.options) then
            raise exception 'The options of "%" must all be different.', new.label using errcode = 'P0001';
        end if;
    elsif jsonb_array_length(new.options) > 0 then
        raise exception 'Only drop-down fields have options ("%" is a % field).', new.label, new.field_type
            using errcode = 'P0001';
    end if;
    return new;
end
$$;

create trigger ticket_field_definitions_check before insert or update on public.ticket_field_definitions
    for each row execute function public.ticket_field_definitions_check();

-- Privileges and row-level security.
alter table public.ticket_field_definitions enable row level security;
revoke all on public.ticket_field_definitions from anon, authenticated;
grant select on public.ticket_field_definitions to authenticated;
grant insert (id, key, label, field_type, options, required, position, is_active, visible_to_customers),
    update (key, label, field_type, options, required, position, is_active, visible_to_customers), delete
    on public.ticket_field_definitions to authenticated;

create policy "agents read field definitions" on public.ticket_field_definitions
    for select to authenticated using ((select public.is_agent()));
create policy "customers read visible field definitions" on public.ticket_field_definitions
    for select to authenticated using (is_active and visible_to_customers);
create policy "admins manage field definitions" on public.ticket_field_definitions
    for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));
