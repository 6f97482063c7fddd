-- ~200 demo tickets over the last 60 days, built from the scripts in 03_ticket_topics.sql. Deterministic:
-- setseed() fixes every random choice, ids are derived from the ticket's ordinal (md5), and timestamps are
-- relative to the moment the seed runs. Older tickets are mostly solved or closed, recent ones new, open
-- or pending. Timestamps are consistent with each other and with the SLA policies: first_responded_at is
-- the first public agent reply, solved_at follows the resolving reply, closed_at follows solved_at; the
-- SLA due times are filled by the insert trigger from created_at (the seed runs as a trusted caller, so
-- the trigger keeps the stamps it is given). The trail in ticket_events matches the same timestamps.

create temp table seed_ticket_ids (ordinal integer primary key, id uuid not null);

do $$
declare
    c_tickets constant integer := 200;
    v_now timestamptz := now();
    v_limit timestamptz := now() - interval '5 minutes';
    v_scripts record;
    v_script_count integer;
    v_created timestamptz[];
    v_local timestamp;
    v_age numeric;
    v_ticket uuid;
    v_script record;
    v_customer record;
    v_assignee uuid;
    v_assignee_name text;
    v_other_agent uuid;
    v_status public.ticket_status;
    v_priority public.ticket_priority;
    v_channel public.ticket_channel;
    v_team uuid;
    v_tags text[];
    v_policy record;
    v_t_first timestamptz;
    v_t_res timestamptz;
    v_kinds text[];
    v_times timestamptz[];
    v_anchor boolean[];
    v_n integer;
    v_prev integer;
    v_next integer;
    v_max timestamptz;
    v_scale double precision;
    v_first_responded timestamptz;
    v_solved timestamptz;
    v_closed timestamptz;
    v_paused timestamptz;
    v_assigned timestamptz;
    v_updated timestamptz;
    v_csat smallint;
    v_num text;
    v_body text;
    v_author uuid;
    v_internal boolean;
    v_source public.message_source;
    v_events integer;
    v_unassigned boolean;
    v_actor uuid;
    r double precision;
    r2 double precision;
    r3 double precision;
    r4 double precision;
    v_ages numeric[];
    v_at timestamptz;
    i integer;
    k integer;
begin
    perform setseed(0.2026);

    select count(*) into v_script_count from seed_scripts;
    create temp table seed_scripts_numbered as
        select row_number() over (order by topic, subject) as n, s.* from seed_scripts s;

    -- Creation times: denser in the recent past, mostly during Berlin office hours, a few at weekends. Each
    -- ticket draws from its own seeded stream, so the weekday or hour the seed runs at shifts nothing else.
    v_ages := array[]::numeric[];
    for i in 1 .. c_tickets loop
        v_ages := v_ages || (60 * power(random(), 1.6))::numeric;
    end loop;
    select array_agg(a order by a desc) into v_ages from unnest(v_ages) a;
    v_created := array[]::timestamptz[];
    for i in 1 .. c_tickets loop
        perform setseed(i / 1000.0);
        r := random();
        r2 := random();
        r3 := random();
        r4 := random();
        v_local := (v_now - make_interval(secs => v_ages[i] * 86400)) at time zone 'Europe/Berlin';
        if r < 0.8 then
            v_local := date_trunc('day', v_local) + make_interval(secs => (7.5 + r2 * 10.5) * 3600);
            if extract(isodow from v_local) >= 6 and r3 < 0.7 then
                v_local := v_local - make_interval(days => extract(isodow from v_local)::integer - 5);
            end if;
        end if;
        v_at := least(v_local at time zone 'Europe/Berlin', v_now - make_interval(mins => 20 + (r4 * 180)::integer));
        if i > 1 then
            v_at := greatest(v_at, v_created[i - 1] + make_interval(secs => 60 + r2 * 600));
        end if;
        v_created := v_created || v_at;
    end loop;

    for i in 1 .. c_tickets loop
        perform setseed(0.3 + i / 1000.0);
        v_ticket := md5('helpdesk-demo-ticket-' || i)::uuid;
        insert into seed_ticket_ids values (i, v_ticket);
        k := 1 + floor(random() * v_script_count)::integer;
        select * into v_script from seed_scripts_numbered where n = k;
        r := random();
        select * into v_customer from seed_users
        where role = 'customer'
        order by id
        offset case when r < 0.22 then 0 else 1 + floor(random() * 7)::integer end
        limit 1;
        v_age := v_ages[i];
        v_num := (1000 + floor(random() * 9000))::integer::text;

        -- Status by age (the drawn age, before office-hour snapping).
        r := random();
        v_status := case
            when v_age < 1 then case when r < 0.45 then 'new' when r < 0.75 then 'open' when r < 0.90 then 'pending'
                                     when r < 0.95 then 'on_hold' else 'solved' end
            when v_age < 7 then case when r < 0.05 then 'new' when r < 0.30 then 'open' when r < 0.50 then 'pending'
                                     when r < 0.60 then 'on_hold' when r < 0.95 then 'solved' else 'closed' end
            when v_age < 14 then case when r < 0.10 then 'open' when r < 0.20 then 'pending' when r < 0.25 then 'on_hold'
                                      when r < 0.70 then 'solved' else 'closed' end
            else case when r < 0.03 then 'open' when r < 0.07 then 'pending' when r < 0.10 then 'on_hold'
                      when r < 0.25 then 'solved' else 'closed' end
        end;

        r := random();
        v_priority := case when r < 0.20 then 'low' when r < 0.68 then 'normal' when r < 0.90 then 'high' else 'urgent' end;
        if v_script.topic in ('sso', 'performance') and v_priority = 'normal' and random() < 0.5 then
            v_priority := 'high';
        end if;
        if v_script.topic in ('feature', 'howto') and v_priority = 'urgent' then
            v_priority := 'normal';
        end if;
        r := random();
        v_channel := case when r < 0.40 then 'email' when r < 0.65 then 'web' when r < 0.80 then 'chat'
                          when r < 0.92 then 'desktop' else 'api' end;

        -- Team and assignee: Tier 1 = Avery and Sam, Billing & Accounts = Sam and Alex.
        if v_script.team = 'billing' then
            v_team := '00000000-0000-4000-b000-000000000002';
            v_assignee := case when random() < 0.6 then '00000000-0000-4000-a000-000000000003'::uuid
                               else '00000000-0000-4000-a000-000000000001'::uuid end;
        else
            v_team := '00000000-0000-4000-b000-000000000001';
            v_assignee := case when random() < 0.6 then '00000000-0000-4000-a000-000000000002'::uuid
                               else '00000000-0000-4000-a000-000000000003'::uuid end;
        end if;
        v_other_agent := case when v_assignee = '00000000-0000-4000-a000-000000000002'
                              then '00000000-0000-4000-a000-000000000003'::uuid
                              else '00000000-0000-4000-a000-000000000002'::uuid end;
        v_unassigned := v_status = 'new' and random() < 0.75;
        if v_unassigned then
            v_team := case when random() < 0.5 then null else v_team end;
        end if;

        v_tags := v_script.tags;
        if v_customer.company in ('Bluepeak Analytics', 'Northwind Traders') then
            v_tags := v_tags || 'vip'::text;
        end if;
        if v_status = 'pending' and random() < 0.5 then
            v_tags := v_tags || 'needs-info'::text;
        end if;
        if v_status = 'on_hold' and random() < 0.6 then
            v_tags := v_tags || 'escalated'::text;
        end if;

        select * into v_policy from public.sla_policy_for(v_priority);
        -- Most tickets meet their SLA, about one in seven does not.
        r := random();
        -- Counted in business minutes, so replies land in office hours like the SLA clock.
        v_t_first := public.add_business_minutes(v_created[i], greatest(1, round(v_policy.first_response_minutes
                         * (case when r < 0.14 then 1.1 + random() * 1.5 else 0.05 + random() * 0.85 end)))::integer,
                         v_policy.business_hours, v_policy.time_zone);
        r := random();
        v_t_res := public.add_business_minutes(v_created[i], greatest(1, round(v_policy.resolution_minutes
                       * (case when r < 0.14 then 1.05 + random() * 1.2 else 0.15 + random() * 0.8 end)))::integer,
                       v_policy.business_hours, v_policy.time_zone);
        v_t_res := greatest(v_t_res, v_t_first + make_interval(mins => 30 + (random() * 240)::integer));

        -- The conversation, as a list of message kinds; 'desc', 'reply' and 'resolution' are anchored in time.
        v_kinds := array['desc'];
        if v_status <> 'new' and random() < 0.2 then
            v_kinds := v_kinds || 'ai'::text;
        end if;
        case v_status
            when 'new' then
                if random() < 0.3 then v_kinds := v_kinds || 'nudge'::text; end if;
            when 'open' then
                if random() < 0.4 then v_kinds := v_kinds || 'note'::text; end if;
                v_kinds := v_kinds || 'reply'::text
                           || (case when random() < 0.5 then 'followup' else 'nudge' end)::text;
                if random() < 0.25 then v_kinds := v_kinds || 'update'::text; end if;
            when 'pending' then
                if random() < 0.5 then v_kinds := v_kinds || 'note'::text; end if;
                v_kinds := v_kinds || 'reply'::text;
                if random() < 0.35 then v_kinds := v_kinds || 'followup'::text || 'update'::text; end if;
            when 'on_hold' then
                v_kinds := v_kinds || 'reply'::text || 'note'::text || 'hold'::text;
                if random() < 0.5 then v_kinds := v_kinds || 'nudge'::text || 'update'::text; end if;
            else
                if random() < 0.6 then v_kinds := v_kinds || 'note'::text; end if;
                v_kinds := v_kinds || 'reply'::text;
                if random() < 0.7 then v_kinds := v_kinds || 'followup'::text; end if;
                if random() < 0.25 then v_kinds := v_kinds || 'update'::text; end if;
                v_kinds := v_kinds || 'resolution'::text;
        end case;
        v_n := cardinality(v_kinds);

        -- Times: anchors first, the rest interpolated between anchors or spread after the last one.
        v_times := array_fill(null::timestamptz, array[v_n]);
        v_anchor := array_fill(false, array[v_n]);
        for k in 1 .. v_n loop
            if v_kinds[k] = 'desc' then
                v_times[k] := v_created[i]; v_anchor[k] := true;
            elsif v_kinds[k] = 'reply' then
                v_times[k] := v_t_first; v_anchor[k] := true;
            elsif v_kinds[k] = 'resolution' then
                v_times[k] := v_t_res; v_anchor[k] := true;
            elsif v_kinds[k] = 'ai' then
                v_times[k] := v_created[i] + make_interval(secs => 20 + random() * 100); v_anchor[k] := true;
            end if;
        end loop;
        for k in 2 .. v_n loop
            if not v_anchor[k] then
                v_prev := k - 1;
                v_next := null;
                for j in k + 1 .. v_n loop
                    if v_anchor[j] then v_next := j; exit; end if;
                end loop;
                if v_next is null then
                    v_times[k] := v_times[v_prev] + make_interval(secs => (1 + random() * 20) * 3600);
                else
                    v_times[k] := v_times[v_prev] + (v_times[v_next] - v_times[v_prev])
                                  * ((0.3 + random() * 0.6) / (v_next - v_prev));
                end if;
            end if;
        end loop;
        -- Nothing in the future: squeeze the thread into the time the ticket has existed.
        select max(t) into v_max from unnest(v_times) t;
        if v_max > v_limit then
            v_scale := extract(epoch from v_limit - v_created[i]) / extract(epoch from v_max - v_created[i]) * 0.95;
            for k in 1 .. v_n loop
                v_times[k] := v_created[i] + (v_times[k] - v_created[i]) * v_scale;
            end loop;
        end if;

        v_first_responded := null;
        for k in 1 .. v_n loop
            if v_kinds[k] in ('reply', 'update', 'resolution') then
                v_first_responded := v_times[k];
                exit;
            end if;
        end loop;
        v_solved := null;
        v_closed := null;
        v_paused := null;
        if v_status in ('solved', 'closed') then
            v_solved := least(v_times[v_n] + make_interval(secs => 60 + random() * 1800),
                              v_times[v_n] + (v_limit - v_times[v_n]) / 2);
            if v_status = 'closed' then
                v_closed := least(v_solved + interval '4 days', v_solved + (v_limit - v_solved) / 2);
            end if;
        elsif v_status in ('pending', 'on_hold') then
            for k in reverse v_n .. 1 loop
                if v_kinds[k] in ('reply', 'update', 'hold') then
                    v_paused := v_times[k];
                    exit;
                end if;
            end loop;
        end if;
        if v_unassigned then
            v_assignee := null;
            v_assigned := null;
        elsif v_status = 'new' then
            v_assigned := v_created[i] + (v_limit - v_created[i]) * (0.05 + random() * 0.2);
        else
            v_assigned := v_created[i] + (v_first_responded - v_created[i]) * (0.1 + random() * 0.5);
        end if;
        select max(t) into v_updated from unnest(v_times || v_solved || v_closed || v_assigned) t;
        v_csat := null;
        if v_status in ('solved', 'closed') and random() < 0.65 then
            r := random();
            v_csat := case when r < 0.50 then 5 when r < 0.75 then 4 when r < 0.87 then 3 when r < 0.95 then 2 else 1 end;
        end if;

        insert into public.tickets (id, title, description, status, priority, channel, tags, custom_fields,
                                    requester_id, assignee_id, team_id, first_responded_at, solved_at, closed_at,
                                    sla_paused_at, assigned_at, csat_score, created_at, updated_at)
        values (v_ticket, v_script.subject,
                replace(replace(replace(replace(v_script.description, '{first}', split_part(v_customer.full_name, ' ', 1)),
                    '{company}', v_customer.company), '{plan}', v_customer.plan), '{num}', v_num),
                v_status, v_priority, v_channel, v_tags,
                jsonb_build_object('company', v_customer.company, 'plan', v_customer.plan),
                v_customer.id, v_assignee, v_team, v_first_responded, v_solved, v_closed,
                v_paused, v_assigned, v_csat, v_created[i], v_updated);

        -- The trail: the 'created' rows (written by the insert trigger) show the ticket as it arrived (new,
        -- not yet assigned), then one row per assignment and status change at the times above.
        update public.ticket_events e
        set actor_id = v_customer.id,
            new_value = e.new_value || jsonb_build_object('status', 'new')
        where e.ticket_id = v_ticket and e.event_type = 'created' and e.field is null;
        delete from public.ticket_events e
        where e.ticket_id = v_ticket and e.event_type = 'created' and e.field = 'assignee_id';
        v_events := 0;
        if v_assignee is not null then
            v_actor := case when random() < 0.5 then v_assignee else '00000000-0000-4000-a000-000000000001'::uuid end;
            insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
            values (v_ticket, v_actor, 'updated', 'assignee_id', 'null'::jsonb, to_jsonb(v_assignee), v_assigned);
            v_events := v_events + 1;
        end if;
        if v_status <> 'new' then
            insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
            values (v_ticket, coalesce(v_assignee, v_other_agent), 'updated', 'status', '"new"', '"open"', v_first_responded);
            v_events := v_events + 1;
        end if;
        if v_status in ('pending', 'on_hold') then
            insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
            values (v_ticket, v_assignee, 'updated', 'status', '"open"', to_jsonb(v_status), v_paused);
            v_events := v_events + 1;
        elsif v_status in ('solved', 'closed') then
            insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
            values (v_ticket, v_assignee, 'updated', 'status', '"open"', '"solved"', v_solved);
            v_events := v_events + 1;
            if v_status = 'closed' then
                insert into public.ticket_events (ticket_id, actor_id, event_type, field, old_value, new_value, created_at)
                values (v_ticket, null, 'updated', 'status', '"solved"', '"closed"', v_closed);
                v_events := v_events + 1;
            end if;
        end if;

        -- Messages. The insert trigger keeps the given source and times (trusted caller); the first-response
        -- trigger finds first_responded_at already set and leaves the ticket alone.
        for k in 1 .. v_n loop
            v_internal := v_kinds[k] in ('note', 'hold', 'ai');
            v_author := case
                when v_kinds[k] in ('desc', 'followup', 'nudge') then v_customer.id
                when v_kinds[k] = 'ai' then null
                when v_kinds[k] in ('note', 'hold') and random() < 0.25 then
                    case when v_script.team = 'billing' then '00000000-0000-4000-a000-000000000001'::uuid else v_other_agent end
                else coalesce(v_assignee, v_other_agent)
            end;
            v_source := case
                when v_kinds[k] = 'ai' then 'ai'
                when v_author = v_customer.id then case when v_channel = 'email' then 'email' else 'customer' end
                else 'agent'
            end;
            select full_name into v_assignee_name from seed_users where id = coalesce(v_assignee, v_other_agent);
            v_body := case v_kinds[k]
                when 'desc' then v_script.description
                when 'reply' then v_script.reply
                when 'note' then v_script.note
                when 'followup' then v_script.followup
                when 'resolution' then v_script.resolution
                else (select g.body from seed_generic g where g.kind = v_kinds[k]
                      order by g.body offset floor(random() * (select count(*) from seed_generic g2 where g2.kind = v_kinds[k]))::integer
                      limit 1)
            end;
            v_body := replace(replace(replace(replace(replace(replace(replace(v_body,
                '{first}', split_part(v_customer.full_name, ' ', 1)),
                '{agent}', split_part(v_assignee_name, ' ', 1)),
                '{company}', v_customer.company),
                '{plan}', v_customer.plan),
                '{num}', v_num),
                '{topic}', v_script.topic),
                '{priority}', v_priority::text);
            insert into public.ticket_messages (id, ticket_id, author_id, body, is_internal, source, created_at, updated_at)
            values (md5('helpdesk-demo-message-' || i || '-' || k)::uuid, v_ticket, v_author, v_body, v_internal,
                    v_source, v_times[k], v_times[k]);
        end loop;

    end loop;
    drop table seed_scripts_numbered;
end
$$;

-- version counts the changes in the trail, as the update trigger would have (that trigger would also reset
-- updated_at to now(), so it is bypassed for this one statement).
set session_replication_role = replica;
update public.tickets t
set version = 1 + e.changes
from (select ticket_id, count(*)::integer as changes from public.ticket_events
      where event_type = 'updated' group by ticket_id) e
where e.ticket_id = t.id and t.id in (select id from seed_ticket_ids);
reset session_replication_role;
