// /realtime/v1 against the running local server, with the official supabase-js client: postgres_changes
// under RLS with both serializers, filters, large rows, token handling, broadcast and presence.
// Writes go through the `postgres` connection (as psql would) so the test also proves that changes are
// captured from the database itself. Negative checks never sleep: delivery is ordered per subscriber,
// so once a later "sentinel" event has arrived, an earlier event that should not have come never will.
import { createClient, type RealtimeChannel, type SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { DEFAULT_JWT_SECRET } from "../config.ts";
import { apiKeys, signJwt } from "../jwt.ts";

const URL_BASE = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
const SECRET = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const DEFAULT_KEYS = await apiKeys(SECRET);
const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ?? DEFAULT_KEYS.anon;
const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
/** The spec's bound: a change reaches its subscriber within a second. */
const DELIVERY_MS = 1000;

type Vsn = "1.0.0" | "2.0.0";
type Row = Record<string, unknown>;

function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

function assertEquals(actual: unknown, expected: unknown, message = "values differ"): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** Collects events and lets a test wait for the first one matching a predicate. */
class Inbox<T> {
    readonly items: { value: T; at: number }[] = [];
    #waiters: { match: (value: T) => boolean; resolve: (item: { value: T; at: number }) => void }[] = [];

    push = (value: T): void => {
        const item = { value, at: performance.now() };
        this.items.push(item);
        this.#waiters = this.#waiters.filter((waiter) => {
            if (!waiter.match(value)) return true;
            waiter.resolve(item);
            return false;
        });
    };

    next(match: (value: T) => boolean, what: string, timeoutMs = 5000): Promise<{ value: T; at: number }> {
        const found = this.items.find((item) => match(item.value));
        if (found) return Promise.resolve(found);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
            this.#waiters.push({
                match,
                resolve: (item) => {
                    clearTimeout(timer);
                    resolve(item);
                },
            });
        });
    }
}

interface TestUser {
    id: string;
    client: SupabaseClient;
    token: string;
}

const admin = postgres(DATABASE_URL, { max: 2, onnotice: () => {} });
const clients: SupabaseClient[] = [];

function newClient(vsn: Vsn = "2.0.0"): SupabaseClient {
    const client = createClient(URL_BASE, ANON_KEY, {
        auth: { persistSession: false, autoRefreshToken: false },
        realtime: { vsn },
    });
    clients.push(client);
    return client;
}

async function signUp(vsn: Vsn = "2.0.0", role: "customer" | "agent" = "customer"): Promise<TestUser> {
    const client = newClient(vsn);
    const email = `rt-${crypto.randomUUID().slice(0, 12)}@example.com`;
    const { data, error } = await client.auth.signUp({ email, password: "helpdesk-test-pass" });
    assert(!error && data.session && data.user, `sign-up failed: ${error?.message}`);
    if (role === "agent") await admin`update public.profiles set role = 'agent' where id = ${data.user.id}`;
    await client.realtime.setAuth(data.session.access_token);
    return { id: data.user.id, client, token: data.session.access_token };
}

function subscribe(channel: RealtimeChannel, statuses?: Inbox<string>): Promise<void> {
    return new Promise((resolve, reject) => {
        channel.subscribe((status, error) => {
            statuses?.push(status);
            if (status === "SUBSCRIBED") resolve();
            else if (status !== "CLOSED") reject(new Error(`subscribe: ${status} ${error?.message ?? ""}`));
        });
    });
}

interface Change {
    eventType: string;
    table: string;
    commit_timestamp: string;
    new: Row;
    old: Row;
    errors: unknown;
}

async function watchTickets(user: TestUser, name: string, filter?: string): Promise<Inbox<Change>> {
    const inbox = new Inbox<Change>();
    const channel = user.client.channel(name).on(
        "postgres_changes",
        { event: "*", schema: "public", table: "tickets", ...(filter ? { filter } : {}) },
        (payload) => inbox.push(payload as unknown as Change),
    );
    await subscribe(channel);
    return inbox;
}

async function insertTicket(requester: string, fields: { title: string; description?: string; priority?: string }) {
    const [row] = await admin<{ id: string }[]>`
        insert into public.tickets (title, description, priority, requester_id)
        values (${fields.title}, ${fields.description ?? ""}, ${fields.priority ?? "normal"}, ${requester})
        returning id`;
    return row.id;
}

async function cleanup(): Promise<void> {
    for (const client of clients.splice(0)) {
        await client.removeAllChannels();
        client.realtime.disconnect();
    }
}

const options = { sanitizeOps: false, sanitizeResources: false };

for (const vsn of ["2.0.0", "1.0.0"] as const) {
    Deno.test(
        `postgres_changes (vsn ${vsn}): inserts, updates and deletes reach only users whose RLS shows the row`,
        options,
        async () => {
            try {
                const [owner, other, agent] = await Promise.all([signUp(vsn), signUp(vsn), signUp(vsn, "agent")]);
                const [ownerInbox, otherInbox, agentInbox] = await Promise.all([
                    watchTickets(owner, `own-${vsn}`),
                    watchTickets(other, `other-${vsn}`),
                    watchTickets(agent, `agent-${vsn}`),
                ]);

                // 20 kB description: far beyond NOTIFY's 8000-byte payload limit.
                const description = "lorem ipsum ".repeat(1700);
                let written = performance.now();
                const id = await insertTicket(owner.id, { title: "Printer on fire", description });
                const inserted = await ownerInbox.next((c) => c.eventType === "INSERT" && c.new.id === id, "INSERT");
                assert(inserted.at - written < DELIVERY_MS, `INSERT took ${inserted.at - written} ms`);
                assertEquals(inserted.value.table, "tickets");
                assertEquals(inserted.value.new.title, "Printer on fire");
                assertEquals(inserted.value.new.description, description, "large row intact");
                assertEquals(inserted.value.new.requester_id, owner.id);
                assert(Array.isArray(inserted.value.new.tags), "text[] arrives as an array");
                assert(typeof inserted.value.new.custom_fields === "object", "jsonb arrives as an object");
                assert(
                    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(inserted.value.commit_timestamp),
                    "commit_timestamp",
                );
                assertEquals(inserted.value.errors, null);
                await agentInbox.next((c) => c.eventType === "INSERT" && c.new.id === id, "agent INSERT");

                written = performance.now();
                await admin`update public.tickets set title = 'Printer still on fire' where id = ${id}`;
                const updated = await ownerInbox.next((c) => c.eventType === "UPDATE" && c.new.id === id, "UPDATE");
                assert(updated.at - written < DELIVERY_MS, `UPDATE took ${updated.at - written} ms`);
                assertEquals(updated.value.new.title, "Printer still on fire");
                assertEquals(updated.value.old, { id }, "old record holds the replica identity");

                written = performance.now();
                await admin`delete from public.tickets where id = ${id}`;
                const deleted = await ownerInbox.next((c) => c.eventType === "DELETE" && c.old.id === id, "DELETE");
                assert(deleted.at - written < DELIVERY_MS, `DELETE took ${deleted.at - written} ms`);
                assertEquals(deleted.value.old, { id }, "DELETE under RLS carries the primary key only");
                assertEquals(deleted.value.new, {});

                // Sentinel: a ticket of the other customer. Everything before it has been delivered by then.
                const sentinel = await insertTicket(other.id, { title: "Other's ticket" });
                await otherInbox.next((c) => c.eventType === "INSERT" && c.new.id === sentinel, "sentinel INSERT");
                assert(
                    !otherInbox.items.some((item) => item.value.new.id === id),
                    "another customer must not see the owner's ticket inserted or updated",
                );
                await ownerInbox.next((c) => c.eventType === "DELETE", "owner DELETE seen");
                assert(
                    !ownerInbox.items.some((item) => item.value.new.id === sentinel),
                    "owner must not see other's ticket",
                );
                await admin`delete from public.tickets where id = ${sentinel}`;
            } finally {
                await cleanup();
            }
        },
    );
}

Deno.test(
    "postgres_changes: filters select rows (eq, in, like, not) and each binding gets its own events",
    options,
    async () => {
        try {
            const agent = await signUp("2.0.0", "agent");
            const urgent = new Inbox<Change>();
            const titled = new Inbox<Change>();
            const notLow = new Inbox<Change>();
            const channel = agent.client.channel("filters")
                .on("postgres_changes", {
                    event: "INSERT",
                    schema: "public",
                    table: "tickets",
                    filter: "priority=eq.urgent",
                }, (p) => urgent.push(p as unknown as Change))
                .on(
                    "postgres_changes",
                    {
                        event: "INSERT",
                        schema: "public",
                        table: "tickets",
                        filter: "title=like.*needle*,priority=in.(low,high)",
                    },
                    (p) => titled.push(p as unknown as Change),
                )
                .on("postgres_changes", {
                    event: "UPDATE",
                    schema: "public",
                    table: "tickets",
                    filter: "priority=not.eq.low",
                }, (p) => notLow.push(p as unknown as Change));
            await subscribe(channel);

            const plain = await insertTicket(agent.id, { title: "plain", priority: "normal" });
            const lowNeedle = await insertTicket(agent.id, { title: "a needle here", priority: "low" });
            const urgentId = await insertTicket(agent.id, { title: "help", priority: "urgent" });
            await urgent.next((c) => c.new.id === urgentId, "urgent INSERT");
            await titled.next((c) => c.new.id === lowNeedle, "needle INSERT");
            assertEquals(urgent.items.map((i) => i.value.new.id), [urgentId], "eq filter");
            assertEquals(titled.items.map((i) => i.value.new.id), [lowNeedle], "like + in filter");

            await admin`update public.tickets set priority = 'high' where id = ${lowNeedle}`;
            await admin`update public.tickets set title = 'still plain' where id = ${plain}`;
            await notLow.next((c) => c.new.id === plain, "not.eq UPDATE");
            assertEquals(notLow.items.map((i) => i.value.new.id), [lowNeedle, plain], "not.eq filter, in commit order");
            assert(urgent.items.every((i) => i.value.eventType === "INSERT"), "INSERT binding gets no UPDATE");
            await admin`delete from public.tickets where id in (${plain}, ${lowNeedle}, ${urgentId})`;
        } finally {
            await cleanup();
        }
    },
);

Deno.test("postgres_changes: a role with column grants receives only the columns it may read", options, async () => {
    const table = `rt_columns_${crypto.randomUUID().slice(0, 8)}`;
    await admin.unsafe(`create table public.${table} (id bigint primary key, visible text, hidden text)`);
    try {
        await admin.unsafe(`revoke all on public.${table} from authenticated`);
        await admin.unsafe(`grant select (id, visible) on public.${table} to authenticated`);
        await admin.unsafe(`alter publication supabase_realtime add table public.${table}`);
        const user = await signUp();
        const inbox = new Inbox<Change & { columns?: unknown }>();
        const channel = user.client.channel("columns").on(
            "postgres_changes",
            { event: "INSERT", schema: "public", table },
            (payload) => inbox.push(payload as unknown as Change),
        );
        await subscribe(channel);
        await admin.unsafe(`insert into public.${table} values (1, 'shown', 'secret')`);
        const change = await inbox.next((c) => c.new.id === 1, "INSERT on the column-granted table");
        assertEquals(change.value.new, { id: 1, visible: "shown" }, "hidden column left out");
    } finally {
        await cleanup();
        await admin.unsafe(`drop table if exists public.${table}`);
    }
});

Deno.test(
    "realtime: join reply and system message; an expired token is refused; a bad token refresh closes the channel",
    options,
    async () => {
        try {
            const user = await signUp();
            const system = new Inbox<Row>();
            const channel = user.client.channel("status")
                .on("postgres_changes", { event: "*", schema: "public", table: "tickets" }, () => {})
                .on("system", {}, (payload) => system.push(payload as Row));
            const statuses = new Inbox<string>();
            await subscribe(channel, statuses);
            const subscribed = await system.next((p) => p.extension === "postgres_changes", "system message");
            assertEquals(subscribed.value.status, "ok");
            assertEquals(subscribed.value.message, "Subscribed to PostgreSQL");

            // A refreshed token with a bad signature: system error, then the channel closes.
            const forged = await signJwt(
                { sub: user.id, role: "authenticated", exp: Math.floor(Date.now() / 1000) + 600 },
                "not-the-secret-not-the-secret-not-the-secret",
            );
            await user.client.realtime.setAuth(forged);
            const refused = await system.next((p) => p.status === "error", "system error after bad token");
            assertEquals(refused.value.extension, "system");
            await statuses.next((status) => status === "CLOSED", "channel closed by the server");

            // Joining with an expired token fails.
            const expired = await signJwt(
                { sub: user.id, role: "authenticated", exp: Math.floor(Date.now() / 1000) - 60 },
                SECRET,
            );
            const late = newClient();
            await late.realtime.setAuth(expired);
            const outcome = await new Promise<string>((resolve) =>
                late.channel("expired").subscribe((status, error) => resolve(`${status} ${error?.message ?? ""}`))
            );
            assert(
                outcome.startsWith("CHANNEL_ERROR") && outcome.includes("expired"),
                `expected refusal, got ${outcome}`,
            );
        } finally {
            await cleanup();
        }
    },
);

Deno.test(
    "broadcast: v2 (binary frames) and v1 clients exchange messages; self and ack options; REST send",
    options,
    async () => {
        try {
            const sender = newClient("2.0.0");
            const peerV2 = newClient("2.0.0");
            const peerV1 = newClient("1.0.0");
            const topic = `room-${crypto.randomUUID().slice(0, 8)}`;
            const received = { sender: new Inbox<Row>(), v2: new Inbox<Row>(), v1: new Inbox<Row>() };
            const senderChannel = sender.channel(topic, { config: { broadcast: { self: true, ack: true } } })
                .on("broadcast", { event: "cursor" }, (m) => received.sender.push(m as Row));
            const v2Channel = peerV2.channel(topic).on(
                "broadcast",
                { event: "cursor" },
                (m) => received.v2.push(m as Row),
            );
            const v1Channel = peerV1.channel(topic).on(
                "broadcast",
                { event: "cursor" },
                (m) => received.v1.push(m as Row),
            );
            await Promise.all([subscribe(senderChannel), subscribe(v2Channel), subscribe(v1Channel)]);

            const ack = await senderChannel.send({
                type: "broadcast",
                event: "cursor",
                payload: { x: 1, label: "héllo ✓" },
            });
            assertEquals(ack, "ok", "ack from the server");
            for (const inbox of [received.v2, received.v1, received.sender]) {
                const message = await inbox.next((m) => (m.payload as Row)?.x === 1, "broadcast from v2 sender");
                assertEquals(message.value.payload, { x: 1, label: "héllo ✓" });
                assertEquals(message.value.event, "cursor");
            }

            // A v1 client's JSON broadcast reaches the v2 peer; without `self` the v1 sender gets nothing back.
            await v1Channel.send({ type: "broadcast", event: "cursor", payload: { x: 2 } });
            await received.v2.next((m) => (m.payload as Row)?.x === 2, "broadcast from v1 sender");
            await received.sender.next((m) => (m.payload as Row)?.x === 2, "self-enabled peer sees it too");

            // REST (httpSend) reaches every subscriber.
            await v2Channel.httpSend("cursor", { x: 3 });
            await received.v1.next((m) => (m.payload as Row)?.x === 3, "REST broadcast");
            assert(
                !received.v1.items.some((item) => (item.value.payload as Row)?.x === 2),
                "no self delivery by default",
            );
        } finally {
            await cleanup();
        }
    },
);

Deno.test("realtime: the server closes a channel when its token expires", options, async () => {
    try {
        const user = await signUp();
        // A token that expires in 2 s, handed to supabase-js as its access-token source.
        const shortLived = await signJwt(
            { sub: user.id, role: "authenticated", aud: "authenticated", exp: Math.floor(Date.now() / 1000) + 2 },
            SECRET,
        );
        const client = createClient(URL_BASE, ANON_KEY, { accessToken: () => Promise.resolve(shortLived) });
        clients.push(client);
        await client.realtime.setAuth(shortLived);
        const system = new Inbox<Row>();
        const statuses = new Inbox<string>();
        const channel = client.channel("expiring").on("system", {}, (payload) => system.push(payload as Row));
        await subscribe(channel, statuses);
        const expired = await system.next((p) => p.status === "error", "system error at expiry", 6000);
        assertEquals(expired.value.extension, "system");
        assert(String(expired.value.message).includes("expired"), `message: ${expired.value.message}`);
        await statuses.next((status) => status === "CLOSED", "channel closed at expiry");
    } finally {
        await cleanup();
    }
});

Deno.test("presence: track shows up in the other client's state, untrack and leave remove it", options, async () => {
    try {
        const a = newClient("2.0.0");
        const b = newClient("1.0.0");
        const topic = `lobby-${crypto.randomUUID().slice(0, 8)}`;
        const syncs = new Inbox<Record<string, Row[]>>();
        const leaves = new Inbox<string>();
        const watcher = b.channel(topic, { config: { presence: { key: "watcher" } } })
            .on("presence", { event: "sync" }, () => syncs.push(watcher.presenceState() as Record<string, Row[]>))
            .on("presence", { event: "leave" }, ({ key }) => leaves.push(key));
        const tracker = a.channel(topic, { config: { presence: { key: "agent-7" } } });
        await subscribe(watcher);
        await subscribe(tracker);
        assertEquals(await tracker.track({ status: "viewing", ticket: 42 }), "ok");
        const seen = await syncs.next((state) => (state["agent-7"]?.length ?? 0) > 0, "presence join");
        const meta = seen.value["agent-7"][0];
        assertEquals(meta.status, "viewing");
        assertEquals(meta.ticket, 42);
        assert(typeof meta.presence_ref === "string", "presence_ref from phx_ref");

        assertEquals(await tracker.track({ status: "typing", ticket: 42 }), "ok");
        await syncs.next((state) => state["agent-7"]?.[0]?.status === "typing", "presence update");
        assertEquals(watcher.presenceState()["agent-7"].length, 1, "re-track replaces the meta");

        await tracker.unsubscribe();
        await leaves.next((key) => key === "agent-7", "presence leave");
        await syncs.next((state) => !state["agent-7"], "state without the tracker");
    } finally {
        await cleanup();
    }
});

/** A bare Phoenix client over WebSocket, to check the frames themselves. */
class RawSocket {
    readonly inbox = new Inbox<{ joinRef: unknown; ref: unknown; topic: string; event: string; payload: Row }>();
    #socket: WebSocket;
    #opened: Promise<void>;
    #ref = 0;

    constructor(readonly vsn: Vsn, apikey: string) {
        const url = `${URL_BASE.replace(/^http/, "ws")}/realtime/v1/websocket?apikey=${apikey}&vsn=${vsn}`;
        this.#socket = new WebSocket(url);
        this.#opened = new Promise((resolve, reject) => {
            this.#socket.onopen = () => resolve();
            this.#socket.onerror = () => reject(new Error("websocket error"));
        });
        this.#socket.onmessage = (event) => {
            const message = JSON.parse(String(event.data));
            if (vsn === "2.0.0") {
                const [joinRef, ref, topic, eventName, payload] = message;
                this.inbox.push({ joinRef, ref, topic, event: eventName, payload });
            } else {
                assert(!("join_ref" in message), "v1 server frames carry no join_ref");
                this.inbox.push({
                    joinRef: null,
                    ref: message.ref,
                    topic: message.topic,
                    event: message.event,
                    payload: message.payload,
                });
            }
        };
    }

    async push(topic: string, event: string, payload: unknown, joinRef: string | null = null): Promise<string> {
        await this.#opened;
        const ref = String(++this.#ref);
        this.#socket.send(
            this.vsn === "2.0.0"
                ? JSON.stringify([joinRef, ref, topic, event, payload])
                : JSON.stringify({ topic, event, payload, ref, join_ref: joinRef }),
        );
        return ref;
    }

    reply(ref: string) {
        return this.inbox.next((m) => m.event === "phx_reply" && m.ref === ref, `reply to ${ref}`);
    }

    close(): void {
        this.#socket.close();
    }
}

for (const vsn of ["2.0.0", "1.0.0"] as const) {
    Deno.test(
        `realtime wire (vsn ${vsn}): heartbeat, join reply ids, events, token switch, leave and close`,
        options,
        async () => {
            const [owner, other] = await Promise.all([signUp(vsn), signUp(vsn)]);
            const socket = new RawSocket(vsn, ANON_KEY);
            try {
                const beat = await socket.reply(await socket.push("phoenix", "heartbeat", {}));
                assertEquals(beat.value.payload, { status: "ok", response: {} });

                const marker = `wire-${crypto.randomUUID().slice(0, 8)}`;
                const bindings = [
                    { event: "INSERT", schema: "public", table: "tickets", filter: `title=eq.${marker}` },
                    { event: "*", schema: "public", table: "ticket_messages" },
                ];
                const topic = `realtime:wire-${vsn}`;
                const joinRef = await socket.push(topic, "phx_join", {
                    config: {
                        broadcast: { self: false },
                        presence: { key: "" },
                        postgres_changes: bindings,
                        private: false,
                    },
                    access_token: owner.token,
                }, "j1");
                const joined = await socket.reply(joinRef);
                assertEquals(joined.value.payload.status, "ok");
                const echoed = (joined.value.payload.response as { postgres_changes: Row[] }).postgres_changes;
                assertEquals(echoed.map(({ id: _id, ...rest }) => rest), bindings, "bindings echoed in order");
                assert(
                    echoed.every((binding) => Number.isInteger(binding.id) && Number(binding.id) > 0),
                    "integer ids",
                );
                const system = await socket.inbox.next((m) => m.event === "system", "system message");
                assertEquals(system.value.payload.message, "Subscribed to PostgreSQL");

                const first = await insertTicket(owner.id, { title: marker });
                const event = await socket.inbox.next((m) => m.event === "postgres_changes", "postgres_changes");
                assertEquals(event.value.payload.ids, [echoed[0].id]);
                const data = event.value.payload.data as Row;
                assertEquals([data.schema, data.table, data.type], ["public", "tickets", "INSERT"]);
                assertEquals((data.record as Row).id, first);
                assert(
                    (data.columns as Row[]).some((c) => c.name === "id" && c.type === "uuid"),
                    "columns with typnames",
                );
                assert((data.columns as Row[]).some((c) => c.name === "tags" && c.type === "_text"), "array typname");

                // Switch the channel to the other user's token: the owner's rows stop, the other's arrive.
                await socket.push(topic, "access_token", { access_token: other.token }, "j1");
                // No reply to access_token (as Realtime); messages are handled in order, so a heartbeat's
                // reply means the new token is in force.
                await socket.reply(await socket.push("phoenix", "heartbeat", {}));
                const hidden = await insertTicket(owner.id, { title: marker });
                const shown = await insertTicket(other.id, { title: marker });
                const next = await socket.inbox.next(
                    (m) => m.event === "postgres_changes" && (m.payload.data as { record: Row }).record.id !== first,
                    "event after the token switch",
                );
                assertEquals(
                    (next.value.payload.data as { record: Row }).record.id,
                    shown,
                    "claims of the new token apply",
                );
                assert(hidden !== shown, "distinct rows");

                const stray = await socket.reply(await socket.push("realtime:never-joined", "broadcast", {}));
                assertEquals(stray.value.payload, { status: "error", response: { reason: "unmatched topic" } });
                const unnamed = await socket.reply(await socket.push("realtime:", "phx_join", { config: {} }));
                assertEquals(unnamed.value.payload.status, "error");

                const left = await socket.reply(await socket.push(topic, "phx_leave", {}, "j1"));
                assertEquals(left.value.payload.status, "ok");
                await socket.inbox.next((m) => m.event === "phx_close" && m.topic === topic, "phx_close");
                await admin`delete from public.tickets where id in (${first}, ${hidden}, ${shown})`;
            } finally {
                socket.close();
                await cleanup();
            }
        },
    );
}

Deno.test("realtime: the websocket refuses a missing or invalid API key", options, async () => {
    const missing = await fetch(`${URL_BASE}/realtime/v1/websocket?vsn=2.0.0`);
    assertEquals(missing.status, 401);
    assertEquals(await missing.json(), { error: "API key is missing" });
    const forged = await signJwt({ role: "anon", exp: Math.floor(Date.now() / 1000) + 60 }, "x".repeat(40));
    const invalid = await fetch(`${URL_BASE}/realtime/v1/websocket?apikey=${forged}&vsn=2.0.0`);
    assertEquals(invalid.status, 401);
    await invalid.body?.cancel();
});

Deno.test({
    name: "realtime tests: close the database pool",
    ...options,
    fn: async () => {
        await admin.end();
    },
});
