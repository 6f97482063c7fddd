-- What Supabase's Security Advisor reports, as assertions: RLS on every public table, a fixed search_path
-- on every function in public (security definer or not), no security-definer views, the realtime
-- publication and its primary keys, and the private attachments bucket.
begin;
create extension if not exists pgtap with schema extensions;
select plan(10);

select is_empty(
    $$select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity$$,
    'every table in public has row-level security enabled');

select is_empty(
    $$select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prosecdef
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')$$,
    'every security definer function in public has a fixed search_path');

select is_empty(
    $$select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public'
        and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
        and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')$$,
    'every function in public has a fixed search_path (advisor lint function_search_path_mutable)');

select is_empty(
    $$select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'v'
        and not coalesce(c.reloptions @> array['security_invoker=true'], false)$$,
    'no view in public runs with its owner''s rights (advisor lint security_definer_view)');

select is_empty(
    $$select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
        and not exists (select 1 from pg_policy p where p.polrelid = c.oid)$$,
    'every table with RLS has at least one policy (none is silently unreachable)');

select set_eq(
    $$select tablename::text from pg_publication_tables
      where pubname = 'supabase_realtime' and schemaname = 'public'
        and tablename in ('tickets', 'ticket_messages', 'kb_articles', 'attachments')$$,
    array['tickets', 'ticket_messages', 'kb_articles', 'attachments'],
    'tickets, ticket_messages, kb_articles and attachments are in the supabase_realtime publication');

select is_empty(
    $$select t.tablename::text from pg_publication_tables t
      where t.pubname = 'supabase_realtime' and t.schemaname = 'public'
        and not exists (select 1 from pg_constraint k
                        where k.conrelid = format('public.%I', t.tablename)::regclass and k.contype = 'p')$$,
    'every published table has a primary key');

select results_eq(
    $$select public from storage.buckets where id = 'attachments'$$,
    array[false],
    'the attachments bucket exists and is private');

select is_empty(
    $$select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and c.relname in ('profiles', 'teams', 'team_members', 'sla_policies', 'macros', 'tickets',
                          'ticket_messages', 'attachments', 'ticket_events', 'kb_articles',
                          'kb_article_versions', 'kb_feedback')
        and has_table_privilege('anon', c.oid, 'INSERT,UPDATE,DELETE')$$,
    'anon holds no write privilege on the helpdesk tables');

-- The realtime migration runs again without error (as it would on a project where the tables are published).
\ir ../migrations/20261121001700_realtime.sql
select is((select count(*)::int from pg_publication_tables
           where pubname = 'supabase_realtime' and schemaname = 'public'
             and tablename in ('tickets', 'ticket_messages', 'kb_articles', 'attachments')), 4,
          'running the realtime migration again is harmless');

select * from finish();
rollback;
