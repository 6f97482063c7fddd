-- Suggestions reach the desktop client live (a triage made by the webhook or by another agent's
-- triage_pending shows up without a poll). Realtime applies each subscriber's RLS: agents get every
-- suggestion, a customer only their own answers. Guarded like 20261121001700_realtime.sql.

do $$
begin
    if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
        create publication supabase_realtime;
    end if;
    if not exists (select 1 from pg_publication_tables
                   where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'ai_suggestions') then
        alter publication supabase_realtime add table public.ai_suggestions;
    end if;
end
$$;
