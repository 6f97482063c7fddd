/**
 * What sends scheduled reports while nobody has the app open: a call of this function with the service-role
 * key and an empty body once a minute (the function claims what is due, so extra or overlapping calls are
 * harmless).
 *
 * On a Supabase project, migration 20261121020500_report_delivery_cron.sql does it with pg_cron + pg_net
 * (job "report-delivery", every minute, only when a schedule is due), reading the project URL and the key from
 * the Vault secrets `project_url` and `service_role_key`. Check it with:
 *     select jobname, schedule, active from cron.job where jobname = 'report-delivery';
 *     select status, return_message from cron.job_run_details order by start_time desc limit 5;
 *
 * The local stack has neither pg_cron nor pg_net (the migration is a no-op there), so locally this module
 * is the clock. Either run it next to the stack:
 *     deno run --allow-net --allow-env supabase/functions/report-delivery/scheduler.ts
 * (SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY from `scripts/local-stack env`, the local defaults otherwise),
 * or let the local server start it: `startReportScheduler({ url, serviceRoleKey })` from supabase/local/main.ts.
 * It does not run inside the function's own process: the local runner (like the edge runtime) starts a
 * function only when it is first called, so a timer there would not run until someone called it.
 */

export interface SchedulerOptions {
    /** Base URL of the API gateway, e.g. http://127.0.0.1:54321 */
    url: string;
    serviceRoleKey: string;
    /** Default 60 s. */
    intervalMs?: number;
    /** Called after each tick (tests, logs). */
    onTick?: (result: TickResult) => void;
}

export interface TickResult {
    status: number;
    ran: number;
    error?: string;
}

/** One call of the due path: POST {} to /functions/v1/report-delivery as the service role. */
export async function tick(url: string, serviceRoleKey: string): Promise<TickResult> {
    try {
        const response = await fetch(`${url.replace(/\/$/, "")}/functions/v1/report-delivery`, {
            method: "POST",
            headers: {
                Authorization: `Bearer ${serviceRoleKey}`,
                apikey: serviceRoleKey,
                "Content-Type": "application/json",
            },
            body: "{}",
        });
        const text = await response.text();
        let ran = 0;
        try {
            const body = JSON.parse(text) as { ran?: unknown[] };
            ran = Array.isArray(body.ran) ? body.ran.length : 0;
        } catch {
            // not JSON: reported through status
        }
        return response.ok ? { status: response.status, ran } : { status: response.status, ran, error: text };
    } catch (error) {
        return { status: 0, ran: 0, error: (error as Error)?.message ?? String(error) };
    }
}

/** Calls the due path every interval, never two calls at once; stop() ends it. */
export function startReportScheduler(options: SchedulerOptions): { stop: () => void } {
    let running = false;
    const run = async () => {
        if (running) return;
        running = true;
        try {
            const result = await tick(options.url, options.serviceRoleKey);
            options.onTick?.(result);
        } finally {
            running = false;
        }
    };
    const timer = setInterval(run, options.intervalMs ?? 60_000);
    return { stop: () => clearInterval(timer) };
}

if (import.meta.main) {
    const url = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
    const key = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ??
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU";
    console.log(`report scheduler: calling ${url}/functions/v1/report-delivery every minute`);
    startReportScheduler({
        url,
        serviceRoleKey: key,
        onTick: (r) => {
            if (r.error || r.ran > 0) {
                console.log(`report scheduler: ${r.status}, ${r.ran} ran${r.error ? `: ${r.error}` : ""}`);
            }
        },
    });
}
