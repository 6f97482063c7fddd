// The local Supabase-compatible server: /auth/v1, /rest/v1, /functions/v1, /realtime/v1 and /storage/v1
// on one origin, as the Supabase CLI serves them on 127.0.0.1:54321.
import { loadConfig } from "./config.ts";
import type { ServerContext, Service } from "./context.ts";
import { connect } from "./db.ts";
import { corsHeaders, json } from "./http.ts";
import { apiKeys } from "./jwt.ts";
import { createAuthService } from "./auth/mod.ts";
import { createRestService } from "./rest/mod.ts";
import { createFunctionsService } from "./functions/mod.ts";
import { startReportScheduler } from "../functions/report-delivery/scheduler.ts";

const config = loadConfig();
const db = connect(config.databaseUrl, 20);
const ctx: ServerContext = { config, db, keys: await apiKeys(config.jwtSecret) };

/**
 * Realtime and Storage are loaded so that a module that fails to load (another engineer's edit in
 * progress) costs only its own prefix, which then answers 503, instead of the whole server.
 */
async function mount(prefix: string, load: () => Promise<Service>): Promise<Service> {
    try {
        return await load();
    } catch (error) {
        console.error(`${prefix}: failed to load, answering 503:`, error);
        return {
            prefix,
            handle: () => Promise.resolve(json({ message: `${prefix} is unavailable: it failed to load` }, 503)),
        };
    }
}

const services: Service[] = [
    createAuthService(ctx),
    createRestService(ctx),
    createFunctionsService(ctx),
    await mount("/realtime/v1", async () => (await import("./realtime/mod.ts")).createRealtimeService(ctx)),
    await mount("/storage/v1", async () => (await import("./storage/mod.ts")).createStorageService(ctx)),
];

async function dispatch(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
    const path = new URL(req.url).pathname;
    for (const service of services) {
        if (path === service.prefix || path.startsWith(`${service.prefix}/`)) {
            const response = await service.handle(req, path.slice(service.prefix.length) || "/", info);
            if (response) return response;
            break;
        }
    }
    if (req.method === "OPTIONS") return new Response(null, { status: 204, headers: corsHeaders });
    return json({ message: "no Route matched with those values" }, 404);
}

async function handle(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
    const started = performance.now();
    let response: Response;
    try {
        response = await dispatch(req, info);
    } catch (error) {
        console.error(`${req.method} ${new URL(req.url).pathname}: unhandled`, error);
        response = json({ message: "An unexpected error occurred" }, 500);
    }
    const url = new URL(req.url);
    const ms = (performance.now() - started).toFixed(1);
    console.log(`${new Date().toISOString()} ${req.method} ${url.pathname}${url.search} ${response.status} ${ms}ms`);
    return response;
}

const server = Deno.serve({ hostname: config.hostname, port: config.port, onListen: () => {} }, handle);
console.log(`Started supabase local development setup.

         API URL: ${config.publicUrl}
          DB URL: ${config.databaseUrl}
      JWT secret: ${config.jwtSecret}
        anon key: ${ctx.keys.anon}
service_role key: ${ctx.keys.serviceRole}
export SUPABASE_URL=${config.publicUrl}
export SUPABASE_ANON_KEY=${ctx.keys.anon}
export SUPABASE_SERVICE_ROLE_KEY=${ctx.keys.serviceRole}`);

// Supabase runs due report schedules with pg_cron + pg_net, which the local cluster lacks: the local server
// is the clock instead, so scheduled reports go out while nobody has the app open (HELPDESK_REPORT_SCHEDULER=off
// disables it).
const reportScheduler = Deno.env.get("HELPDESK_REPORT_SCHEDULER") === "off" ? null : startReportScheduler({
    url: config.publicUrl,
    serviceRoleKey: ctx.keys.serviceRole,
    onTick: (tick) => {
        if (tick.error) console.error(`report scheduler: ${tick.status} ${tick.error}`);
        else if (tick.ran > 0) console.log(`report scheduler: ran ${tick.ran} scheduled report(s)`);
    },
});

let stopping = false;
async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Stop accepting first; services then close their long-lived connections (websockets, workers) so
    // that in-flight requests can finish; a stuck connection does not hold the exit for more than 5 s.
    reportScheduler?.stop();
    const drained = server.shutdown();
    for (const service of services) {
        try {
            await service.close?.();
        } catch (error) {
            console.error(`closing ${service.prefix}:`, error);
        }
    }
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await db.close();
    Deno.exit(0);
}
Deno.addSignalListener("SIGTERM", () => shutdown("SIGTERM"));
Deno.addSignalListener("SIGINT", () => shutdown("SIGINT"));
