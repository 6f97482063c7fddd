-- report_csat was revoked from anon only; every function is executable by PUBLIC by default, and anon is a
-- member of PUBLIC. Like the other report RPCs: no PUBLIC, no anon; signed-in users (the function checks the role).
revoke execute on function public.report_csat(timestamptz, timestamptz, uuid, public.ticket_channel) from public, anon;
grant execute on function public.report_csat(timestamptz, timestamptz, uuid, public.ticket_channel)
    to authenticated, service_role;
