-- Scheduled reports go out while nobody has the app open: on a Supabase project, pg_cron checks every
-- minute whether a schedule is due and, only then, pg_net POSTs {} to the report-delivery edge function
-- with the service-role key (the function claims the due schedules, so overlapping calls send each once).
-- The project URL and the key come from Vault secrets named 'project_url' and 'service_role_key' (create
-- them once: select vault.create_secret('https://<ref>.supabase.co', 'project_url'); and the same for
-- the key). Where pg_cron or pg_net is missing (the local stack) this migration does nothing; locally
-- supabase/functions/report-delivery/scheduler.ts makes the same call every minute.
do $migration$
begin
    if (select count(*) from pg_extension where extname in ('pg_cron', 'pg_net')) = 2 then
        perform cron.schedule(
            'report-delivery',
            '* * * * *',
            $job$
            select net.http_post(
                url := (select decrypted_secret from vault.decrypted_secrets where name = 'project_url')
                       || '/functions/v1/report-delivery',
                headers := jsonb_build_object(
                    'Content-Type', 'application/json',
                    'Authorization', 'Bearer ' || (select decrypted_secret from vault.decrypted_secrets
                                                   where name = 'service_role_key')),
                body := '{}'::jsonb,
                timeout_milliseconds := 120000)
            where exists (select 1 from public.report_schedules where enabled and next_run_at <= now())
            $job$);
    end if;
end
$migration$;
