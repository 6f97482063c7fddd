-- Demo workspace for local development, demos and tests: 3 staff users and 8 customers (password
-- helpdesk-demo for all), two teams, SLA policies, macros, ~200 tickets with conversations over the last
-- 60 days, and a knowledge base with versions and feedback. Deterministic: fixed ids for users, teams,
-- policies and macros, md5-derived ids for tickets and messages, setseed() for every random choice;
-- timestamps are relative to the moment the seed runs.
--
-- Runs as postgres (a trusted caller: the triggers keep the timestamps and stamps given here), applied
-- by scripts/local-stack with psql -1 -f from the repository root; the parts live in supabase/seed/.
-- Test fixtures may rely on these users (supabase/tests/seed_test.sql checks the shape):
--   admin@example.com   Alex Admin      admin   00000000-0000-4000-a000-000000000001
--   agent@example.com   Avery Agent     agent   00000000-0000-4000-a000-000000000002
--   agent2@example.com  Sam Support     agent   00000000-0000-4000-a000-000000000003
--   customer@example.com Casey Customer customer 00000000-0000-4000-a000-000000000101

\set ON_ERROR_STOP on
set client_min_messages = warning;

\ir seed/01_users.sql
\ir seed/02_workspace.sql
\ir seed/03_ticket_topics.sql
\ir seed/04_tickets.sql
\ir seed/05_kb.sql

drop table if exists seed_users, seed_scripts, seed_generic, seed_ticket_ids;
analyze;
