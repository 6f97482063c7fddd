// Realtime fan-out load run: S subscribers (distinct agent users, so every one is RLS-checked on its own
// and must see every row) listen to INSERTs on public.tickets through supabase-js; C tickets are inserted
// through the `postgres` connection by W concurrent writers. Reports throughput, commit-to-delivery
// latency (commit_timestamp vs. receive time, same machine clock) and lost events.
//
//   deno run --allow-all tests/bench/realtime_fanout.ts [--subscribers 50] [--changes 1000] [--writers 4]
//       [--vsn 2.0.0] [--rate 0]
// Needs the local stack (scripts/local-stack up). Not part of the pass/fail run.
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { DEFAULT_JWT_SECRET } from "../../supabase/local/config.ts";
import { apiKeys } from "../../supabase/local/jwt.ts";

function option(name: string, fallback: string): string {
    const index = Deno.args.indexOf(`--${name}`);
    return index >= 0 && Deno.args[index + 1] ? Deno.args[index + 1] : fallback;
}

const SUBSCRIBERS = Number(option("subscribers", "50"));
const CHANGES = Number(option("changes", "1000"));
const WRITERS = Number(option("writers", "4"));
const VSN = option("vsn", "2.0.0");
/** Commits per second across all writers; 0 writes as fast as the writers can (a burst). */
const RATE = Number(option("rate", "0"));
const URL_BASE = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
const SECRET = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ?? (await apiKeys(SECRET)).anon;
const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
const RUN = crypto.randomUUID().slice(0, 8);

const admin = postgres(DATABASE_URL, { max: WRITERS + 1, onnotice: () => {} });

function percentile(sorted: number[], p: number): number {
    if (sorted.length === 0) return NaN;
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function agentClient(): Promise<{ client: SupabaseClient; id: string }> {
    const client = createClient(URL_BASE, ANON_KEY, {
        auth: { persistSession: false, autoRefreshToken: false },
        realtime: { vsn: VSN },
    });
    const { data, error } = await client.auth.signUp({
        email: `bench-${RUN}-${crypto.randomUUID().slice(0, 8)}@example.com`,
        password: "helpdesk-bench-pass",
    });
    if (error || !data.session || !data.user) throw new Error(`sign-up failed: ${error?.message}`);
    await admin`update public.profiles set role = 'agent' where id = ${data.user.id}`;
    await client.realtime.setAuth(data.session.access_token);
    return { client, id: data.user.id };
}

console.log(
    `fan-out: ${SUBSCRIBERS} subscribers, ${CHANGES} inserts, ${WRITERS} writers, rate ${
        RATE || "burst"
    }, vsn ${VSN}, run ${RUN}`,
);
const agents: { client: SupabaseClient; id: string }[] = [];
for (let i = 0; i < SUBSCRIBERS; i += 10) {
    agents.push(...await Promise.all(Array.from({ length: Math.min(10, SUBSCRIBERS - i) }, agentClient)));
}

const latencies: number[] = [];
const received = agents.map(() => new Set<string>());
let lastDelivery = 0;
let expectedDone: () => void;
const allDelivered = new Promise<void>((resolve) => expectedDone = resolve);
const total = SUBSCRIBERS * CHANGES;
let deliveries = 0;

await Promise.all(agents.map((agent, index) =>
    new Promise<void>((resolve, reject) => {
        agent.client.channel(`bench-${RUN}-${index}`)
            .on("postgres_changes", { event: "INSERT", schema: "public", table: "tickets" }, (payload) => {
                const row = payload.new as { id: string; title: string };
                if (!row.title?.startsWith(`bench-${RUN}-`)) return;
                const now = Date.now();
                latencies.push(now - Date.parse(payload.commit_timestamp));
                received[index].add(row.id);
                lastDelivery = now;
                if (++deliveries === total) expectedDone();
            })
            .subscribe((status, error) => {
                if (status === "SUBSCRIBED") resolve();
                else if (status !== "CLOSED") reject(new Error(`${status} ${error?.message ?? ""}`));
            });
    })
));
console.log(`${SUBSCRIBERS} channels subscribed`);

const requester = agents[0].id;
const started = Date.now();
let next = 0;
const ids: string[] = [];
await Promise.all(Array.from({ length: WRITERS }, async () => {
    while (next < CHANGES) {
        const i = next++;
        if (RATE > 0) {
            const due = started + (i * 1000) / RATE;
            if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        }
        const [row] = await admin<{ id: string }[]>`
            insert into public.tickets (title, requester_id) values (${`bench-${RUN}-${i}`}, ${requester}) returning id`;
        ids.push(row.id);
    }
}));
const written = Date.now();

const timeout = new Promise<void>((resolve) => setTimeout(resolve, 30_000));
await Promise.race([allDelivered, timeout]);
const elapsed = (lastDelivery || Date.now()) - started;

const lost = received.reduce((sum, set) => sum + ids.filter((id) => !set.has(id)).length, 0);
latencies.sort((a, b) => a - b);
const report = {
    subscribers: SUBSCRIBERS,
    changes: CHANGES,
    vsn: VSN,
    rate: RATE || "burst",
    loadAverage: Deno.loadavg().map((value) => value.toFixed(2)).join(" "),
    writeSeconds: (written - started) / 1000,
    commitsPerSecond: Math.round(CHANGES / ((written - started) / 1000)),
    deliveries,
    expected: total,
    lost,
    deliveriesPerSecond: Math.round(deliveries / (elapsed / 1000)),
    latencyMs: {
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1],
    },
};
console.log(JSON.stringify(report, null, 2));

for (const agent of agents) {
    await agent.client.removeAllChannels();
    agent.client.realtime.disconnect();
}
await admin`delete from public.tickets where title like ${`bench-${RUN}-%`}`;
await admin`delete from auth.users where email like ${`bench-${RUN}-%`}`.catch(() => {});
await admin.end();
Deno.exit(lost === 0 && deliveries === total ? 0 : 1);
