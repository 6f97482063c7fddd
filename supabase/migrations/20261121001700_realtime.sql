-- Live updates: tickets, messages, KB articles and attachments go to Supabase Realtime (postgres_changes;
-- Realtime applies each subscriber's RLS). Guarded so that running it again, or on a project where a table
-- is already published, is harmless. Every published table has a primary key.

do $$
declare
    v_table text;
begin
    if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
        create publication supabase_realtime;
    end if;
    foreach v_table in array array['tickets', 'ticket_messages', 'kb_articles', 'attachments'] loop
        if not exists (select 1 from pg_publication_tables
                       where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = v_table) then
            execute format('alter publication supabase_realtime add table public.%I', v_table);
        end if;
    end loop;
end
$$;
