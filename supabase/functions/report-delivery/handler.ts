/**
 * POST /functions/v1/report-delivery
 *   {}                      runs every due schedule (what pg_cron or scheduler.ts calls each minute)
 *   {"schedule_id": uuid}   runs that schedule now (its regular next run stays as it is)
 * Callers: the service role (Authorization: Bearer <service-role key>) or a signed-in, active admin; anyone
 * else gets 403 (401 without a valid user token). Answers {"ran": [{schedule_id, delivery_id, status,
 * message_id?, error?}]}; a delivery that failed is still a 200 (the failure is recorded and reported).
 */
import { createClient } from "@supabase/supabase-js";
import type { DeliveryConfig } from "./config.ts";
import { claimDue, claimOne, connect, profileOf, type Sql } from "./db.ts";
import { deliver, type DeliveryResult } from "./deliver.ts";
import { corsHeaders, HttpError, reply } from "./http.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
    /** null for the service role */
    userId: string | null;
}

async function authenticate(config: DeliveryConfig, sql: Sql, req: Request): Promise<Caller> {
    const token = (req.headers.get("Authorization") ?? "").match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new HttpError(401, "not_signed_in", "sign in first (Authorization: Bearer <access token>)");
    if (token === config.serviceRoleKey) return { userId: null };
    const auth = createClient(config.supabaseUrl, config.anonKey, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    const { data, error } = await auth.auth.getUser(token);
    if (error || !data.user) throw new HttpError(401, "not_signed_in", "the token is not a signed-in user's");
    const profile = await profileOf(sql, data.user.id);
    if (!profile || !profile.isActive || profile.role !== "admin") {
        throw new HttpError(403, "forbidden", "only admins (or the service role) run report deliveries");
    }
    return { userId: profile.id };
}

async function parseBody(req: Request): Promise<{ scheduleId: string | null }> {
    const text = await req.text();
    if (text.trim() === "") return { scheduleId: null };
    let body: unknown;
    try {
        body = JSON.parse(text);
    } catch {
        throw new HttpError(400, "bad_request", "the body must be JSON");
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw new HttpError(400, "bad_request", "the body must be a JSON object");
    }
    const id = (body as Record<string, unknown>).schedule_id;
    if (id === undefined || id === null) return { scheduleId: null };
    if (typeof id !== "string" || !UUID.test(id)) {
        throw new HttpError(400, "bad_request", "schedule_id must be a uuid");
    }
    return { scheduleId: id };
}

export async function run(
    config: DeliveryConfig,
    sql: Sql,
    caller: Caller,
    scheduleId: string | null,
): Promise<DeliveryResult[]> {
    if (scheduleId) {
        const schedule = await claimOne(sql, scheduleId);
        if (!schedule) throw new HttpError(404, "not_found", "no such schedule");
        return [await deliver(sql, schedule, "manual", caller.userId)];
    }
    const results: DeliveryResult[] = [];
    for (const schedule of await claimDue(sql, config.maxPerRun)) {
        results.push(await deliver(sql, schedule, "scheduled", caller.userId));
    }
    return results;
}

export function createHandler(config: DeliveryConfig): (req: Request) => Promise<Response> {
    return async (req) => {
        if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
        if (req.method !== "POST") return reply({ error: "method_not_allowed", message: "use POST" }, 405);
        const sql = connect(config.databaseUrl);
        try {
            const caller = await authenticate(config, sql, req);
            const { scheduleId } = await parseBody(req);
            return reply({ ran: await run(config, sql, caller, scheduleId) });
        } catch (error) {
            if (error instanceof HttpError) return reply({ error: error.code, message: error.message }, error.status);
            console.error("report-delivery:", error);
            return reply({ error: "internal", message: "the delivery run failed; see the function's log" }, 500);
        } finally {
            await sql.end({ timeout: 5 });
        }
    };
}
