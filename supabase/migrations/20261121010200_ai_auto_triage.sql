-- Automatic triage on ticket creation. Two paths, the same result (an ai_suggestions 'triage' row; the
-- ticket itself is never written):
--  1. push, where pg_net exists (Supabase): this AFTER INSERT trigger POSTs {action:"triage_pending",
--     ticket_id} to the ai-assist function with the service-role key. The URL and key come from Vault
--     secrets named 'ai_assist_url' and 'ai_assist_service_key' (or, without Vault, the settings
--     app.settings.ai_assist_url / app.settings.service_role_key). Unconfigured, or without pg_net, the
--     trigger does nothing. (A Supabase Database Webhook on tickets INSERT pointing at the function works
--     as well: the function accepts the webhook payload.)
--  2. pull, everywhere (the local stack has no pg_net): the desktop client calls {action:"triage_pending"}
--     after its first sync, and a scheduled job may do the same; it triages the open tickets that have no
--     triage suggestion yet (ai_tickets_pending_triage).
-- A failed push never fails the insert: the pull path catches the ticket later.

create function public.ai_request_triage() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
declare
    v_url text;
    v_key text;
begin
    if to_regprocedure('net.http_post(text, jsonb, jsonb, jsonb, integer)') is null then
        return null;
    end if;
    if to_regclass('vault.decrypted_secrets') is not null then
        execute $q$select max(decrypted_secret) filter (where name = 'ai_assist_url'),
                         max(decrypted_secret) filter (where name = 'ai_assist_service_key')
                  from vault.decrypted_secrets where name in ('ai_assist_url', 'ai_assist_service_key')$q$
            into v_url, v_key;
    end if;
    v_url := coalesce(nullif(v_url, ''), nullif(current_setting('app.settings.ai_assist_url', true), ''));
    v_key := coalesce(nullif(v_key, ''), nullif(current_setting('app.settings.service_role_key', true), ''));
    if v_url is null or v_key is null then
        return null;
    end if;
    begin
        execute 'select net.http_post(url := $1, body := $2, params := $3, headers := $4, timeout_milliseconds := 5000)'
            using v_url, jsonb_build_object('action', 'triage_pending', 'ticket_id', new.id), '{}'::jsonb,
                  jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer ' || v_key);
    exception when others then
        raise warning 'ai_request_triage: % (ticket %, triage_pending will catch it)', sqlerrm, new.id;
    end;
    return null;
end
$$;
revoke execute on function public.ai_request_triage() from public, anon, authenticated;

create trigger tickets_ai_triage after insert on public.tickets
    for each row execute function public.ai_request_triage();
