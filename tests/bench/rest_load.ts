// REST load run: autocannon against a typical list request of the desktop client, the agent's ticket
// queue (RLS on: every request is one transaction as the agent's role with its claims), plus a single
// ticket read by id. Creates its own agent, customer and tickets, removes them afterwards.
//
//   deno run --allow-all tests/bench/rest_load.ts [--tickets 2000] [--connections 10] [--duration 10]
// Needs the local stack (scripts/local-stack up). Not part of the pass/fail run.
import autocannon from "autocannon";
import { createClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { DEFAULT_JWT_SECRET } from "../../supabase/local/config.ts";
import { apiKeys } from "../../supabase/local/jwt.ts";

function option(name: string, fallback: string): string {
    const index = Deno.args.indexOf(`--${name}`);
    return index >= 0 && Deno.args[index + 1] ? Deno.args[index + 1] : fallback;
}

const TICKETS = Number(option("tickets", "2000"));
const CONNECTIONS = Number(option("connections", "10"));
const DURATION = Number(option("duration", "10"));
const URL_BASE = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
const SECRET = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ?? (await apiKeys(SECRET)).anon;
const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
const RUN = crypto.randomUUID().slice(0, 8);

interface CannonResult {
    requests: { average: number; total: number };
    latency: { p50: number; p90: number; p99: number; max: number; average: number };
    non2xx: number;
    errors: number;
}

const admin = postgres(DATABASE_URL, { max: 2, onnotice: () => {} });

async function user(role: "agent" | "customer") {
    const client = createClient(URL_BASE, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
    const email = `bench-rest-${RUN}-${role}@example.com`;
    const { data, error } = await client.auth.signUp({ email, password: `pw-${RUN}-bench` });
    if (error || !data.session) throw error ?? new Error("no session");
    await admin`update public.profiles set role = ${role} where id = ${data.user!.id}`;
    return { id: data.user!.id, token: data.session.access_token };
}

function cannon(title: string, path: string, token: string): Promise<CannonResult> {
    console.log(`\n${title}\n  GET ${path}`);
    return autocannon({
        url: `${URL_BASE}${path}`,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { apikey: ANON_KEY, Authorization: `Bearer ${token}`, Accept: "application/json" },
    }) as Promise<CannonResult>;
}

function report(result: CannonResult): string {
    return `  ${result.requests.average.toFixed(0)} req/s, ${result.requests.total} requests, ` +
        `latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, ` +
        `max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}`;
}

const agent = await user("agent");
const customer = await user("customer");
try {
    await admin`
        insert into public.tickets (title, description, status, priority, requester_id, created_at)
        select 'Bench ticket ' || g, 'Generated for the REST load run ' || ${RUN},
               (array['new','open','pending','solved']::public.ticket_status[])[1 + g % 4],
               (array['low','normal','high','urgent']::public.ticket_priority[])[1 + g % 4],
               ${customer.id}, now() - make_interval(mins => g)
          from generate_series(1, ${TICKETS}) g`;
    await admin`analyze public.tickets`;
    const [{ id: oneTicket }] = await admin`select id from public.tickets where requester_id = ${customer.id} limit 1`;
    const list = "/rest/v1/tickets?select=id,number,title,status,priority,updated_at,version," +
        "requester:profiles!requester_id(full_name),assignee:profiles!assignee_id(full_name)" +
        "&status=in.(new,open,pending)&deleted_at=is.null&order=updated_at.desc,id.desc&limit=50";
    console.log(`REST load run ${RUN}: ${TICKETS} tickets, ${CONNECTIONS} connections, ${DURATION} s each`);
    const queue = await cannon(
        "Agent queue: 50 newest open tickets with requester and assignee embedded",
        list,
        agent.token,
    );
    console.log(report(queue));
    const single = await cannon("One ticket by id", `/rest/v1/tickets?id=eq.${oneTicket}&select=*`, agent.token);
    console.log(report(single));
} finally {
    await admin`delete from public.tickets where requester_id = ${customer.id}`;
    await admin`delete from auth.users where id in (${agent.id}, ${customer.id})`;
    await admin.end();
}
