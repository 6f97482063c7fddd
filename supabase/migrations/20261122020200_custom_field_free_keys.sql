-- Keys of tickets.custom_fields without a definition are free data again, as they were before custom field
-- definitions existed: the seed and imports keep company/plan there and the assistant writes category.
-- Definitions check the keys they define; customers still set only the fields shown to them.

create or replace function public.check_ticket_custom_fields(p_new jsonb, p_old jsonb, p_status public.ticket_status,
                                                  p_old_status public.ticket_status, p_is_insert boolean,
                                                  p_api boolean)
    returns void
    language plpgsql stable security definer
    set search_path = ''
as $$
declare
    v_new jsonb := coalesce(p_new, '{}'::jsonb);
    v_old jsonb := case when p_is_insert then '{}'::jsonb else coalesce(p_old, '{}'::jsonb) end;
    v_api boolean := coalesce(p_api, false);
    v_agent boolean := public.is_agent();
    v_def public.ticket_field_definitions;
    v_key text;
    v_value jsonb;
    v_text text;
begin
    for v_key, v_value in select e.key, e.value from jsonb_each(v_new) e loop
        continue when v_old ? v_key and v_old -> v_key = v_value;
        select * into v_def from public.ticket_field_definitions d where d.key = v_key;
        if v_def.id is null then
            -- No definition: free data kept by agents, imports and integrations (the seed's company and plan,
            -- the assistant's category). Customers may only fill in the fields shown to them.
            if v_api and not v_agent then
                raise exception 'You cannot set the field "%".', v_key using errcode = '42501';
            end if;
            continue;
        end if;
        if not v_def.is_active then
            raise exception 'The field "%" is no longer in use and cannot be changed.', v_def.label;
        end if;
        if v_api and not v_agent and not v_def.visible_to_customers then
            raise exception 'You cannot change the field "%".', v_def.label using errcode = '42501';
        end if;
        if jsonb_typeof(v_value) = 'null' then
            if v_def.required and v_old ? v_key and jsonb_typeof(v_old -> v_key) <> 'null' then
                raise exception 'The field "%" is required and cannot be cleared.', v_def.label;
            end if;
            continue;
        end if;
        case v_def.field_type
            when 'text' then
                if jsonb_typeof(v_value) <> 'string' then
                    raise exception 'The field "%" needs text.', v_def.label;
                end if;
                if length(v_value #>> '{}') > 10000 then
                    raise exception 'The field "%" is too long (at most 10000 characters).', v_def.label;
                end if;
            when 'number' then
                if jsonb_typeof(v_value) <> 'number' then
                    raise exception 'The field "%" needs a number.', v_def.label;
                end if;
            when 'checkbox' then
                if jsonb_typeof(v_value) <> 'boolean' then
                    raise exception 'The field "%" needs yes or no (true or false).', v_def.label;
                end if;
            when 'date' then
                v_text := case when jsonb_typeof(v_value) = 'string' then v_value #>> '{}' end;
                if v_text is null or v_text !~ '^\d{4}-\d{2}-\d{2}$' then
                    raise exception 'The field "%" needs a date written as YYYY-MM-DD.', v_def.label;
                end if;
                begin
                    perform v_text::date;
                exception when others then
                    raise exception 'The field "%" needs a real date; % is not one.', v_def.label, v_text;
                end;
            when 'select' then
                if jsonb_typeof(v_value) <> 'string' or not (v_def.options @> jsonb_build_array(v_value)) then
                    raise exception 'The field "%" must be one of: %.', v_def.label,
                        (select string_agg(o #>> '{}', ', ') from jsonb_array_elements(v_def.options) o);
                end if;
        end case;
    end loop;

    -- Required fields removed from the object altogether.
    if not p_is_insert then
        select d.label into v_text from public.ticket_field_definitions d
        where d.required and d.is_active and v_old ? d.key and jsonb_typeof(v_old -> d.key) <> 'null'
          and not v_new ? d.key
        limit 1;
        if v_text is not null then
            raise exception 'The field "%" is required and cannot be cleared.', v_text;
        end if;
    end if;

    -- Solving or closing through the API needs every required field.
    if v_api and p_status in ('solved', 'closed') and (p_is_insert or p_old_status is distinct from p_status) then
        select string_agg(d.label, ', ' order by d.position, d.label) into v_text
        from public.ticket_field_definitions d
        where d.required and d.is_active
          and (not v_new ? d.key or jsonb_typeof(v_new -> d.key) = 'null'
               or (jsonb_typeof(v_new -> d.key) = 'string' and btrim(v_new ->> d.key) = ''));
        if v_text is not null then
            raise exception 'Fill in the required fields before solving or closing this ticket: %.', v_text;
        end if;
    end if;
end
$$;
