// One WebSocket of /realtime/v1/websocket: Phoenix heartbeat, channel join/leave, token refresh,
// broadcast and presence pushes, postgres_changes subscriptions (protocol reference §4.3–4.6).
import type { RequestIdentity } from "../db.ts";
import { type Claims, verifyJwt } from "../jwt.ts";
import {
    bindingId,
    type ChangeEvent,
    type ChangeSubscriber,
    type PostgresBinding,
    PostgresChanges,
} from "./changes.ts";
import { FilterError, parseFilter } from "./filters.ts";
import {
    decodeBinary,
    decodeText,
    encodeMessage,
    ENCODING_JSON,
    type PhxMessage,
    type UserBroadcastPush,
    type Vsn,
} from "./protocol.ts";
import type { TopicMember, Topics } from "./topics.ts";

export interface RealtimeDeps {
    jwtSecret: string;
    topics: Topics;
    changes: PostgresChanges;
    /** Resolves when change capture is ready (so a reply to a join means changes are being captured). */
    captureReady: () => Promise<void>;
    log: (message: string) => void;
}

const EVENTS = new Set<string>(["*", "INSERT", "UPDATE", "DELETE"]);
const IDLE_TIMEOUT_MS = 60_000;
/** setTimeout's ceiling; tokens expiring later are re-armed when the timer fires. */
const MAX_TIMER_MS = 2_147_483_647;

/** Verifies a token as Realtime's JwtVerification does: a valid signature, `role` and `exp` present. */
export async function verifyRealtimeToken(
    token: string,
    secret: string,
): Promise<{ ok: true; claims: Claims } | { ok: false; message: string }> {
    const result = await verifyJwt(token, secret);
    if (!result.ok) {
        if (result.reason === "expired") return { ok: false, message: "Token has expired" };
        return { ok: false, message: "The token provided is not a valid JWT" };
    }
    if (typeof result.claims.role !== "string" || typeof result.claims.exp !== "number") {
        return { ok: false, message: "Fields `role` and `exp` are required in JWT" };
    }
    return { ok: true, claims: result.claims };
}

function asRecord(value: unknown): Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

let nextChannelId = 1;

class Channel implements TopicMember, ChangeSubscriber {
    readonly id = nextChannelId++;
    readonly subTopic: string;
    bindings: PostgresBinding[] = [];
    since = Date.now();
    expiryTimer: ReturnType<typeof setTimeout> | undefined;
    #identityKey: { claims: Claims; key: string } | undefined;

    constructor(
        readonly connection: Connection,
        readonly topic: string,
        readonly joinRef: string | null,
        public token: string,
        public claims: Claims,
        readonly broadcastSelf: boolean,
        readonly broadcastAck: boolean,
        readonly presenceEnabled: boolean,
        readonly presenceKey: string,
    ) {
        this.subTopic = topic.replace(/^realtime:/, "");
    }

    get vsn(): Vsn {
        return this.connection.vsn;
    }

    identity(): RequestIdentity {
        return { role: String(this.claims.role ?? "anon"), claims: this.claims };
    }

    identityKey(): string {
        if (this.#identityKey?.claims !== this.claims) {
            this.#identityKey = {
                claims: this.claims,
                key: `${String(this.claims.role)}\u0000${JSON.stringify(this.claims)}`,
            };
        }
        return this.#identityKey.key;
    }

    send(frame: string | Uint8Array): void {
        this.connection.sendRaw(frame);
    }

    push(event: string, payload: unknown): void {
        this.send(encodeMessage(this.vsn, { joinRef: this.joinRef, ref: null, topic: this.topic, event, payload }));
    }
}

export class Connection {
    readonly #channels = new Map<string, Channel>();
    #closed = false;
    #queue: Promise<void> = Promise.resolve();
    #lastMessage = Date.now();
    #idleTimer: ReturnType<typeof setInterval>;

    constructor(
        private readonly socket: WebSocket,
        readonly vsn: Vsn,
        private readonly connectToken: string,
        private readonly connectClaims: Claims,
        private readonly deps: RealtimeDeps,
    ) {
        socket.binaryType = "arraybuffer";
        // Messages are handled one at a time, in arrival order, as a Phoenix socket does: a join's reply
        // precedes anything pushed after it, and a token refresh applies before the next message.
        socket.onmessage = (event) => {
            this.#lastMessage = Date.now();
            this.#queue = this.#queue
                .then(() => this.#receive(event.data))
                .catch((error) => this.deps.log(`realtime: ${error}`));
        };
        socket.onclose = () => this.#teardownAll();
        socket.onerror = () => this.#teardownAll();
        // Phoenix's websocket transport closes a socket that sent nothing (not even a heartbeat) for 60 s.
        this.#idleTimer = setInterval(() => {
            if (Date.now() - this.#lastMessage > IDLE_TIMEOUT_MS) this.close(1000, "heartbeat timeout");
        }, IDLE_TIMEOUT_MS / 4);
    }

    sendRaw(frame: string | Uint8Array): void {
        if (this.#closed || this.socket.readyState !== WebSocket.OPEN) return;
        this.socket.send(frame);
    }

    close(code = 1001, reason = "server shutting down"): void {
        this.#teardownAll();
        try {
            this.socket.close(code, reason);
        } catch {
            // already closed
        }
    }

    #reply(message: { joinRef: string | null; ref: string | null; topic: string }, status: string, response: unknown) {
        this.sendRaw(encodeMessage(this.vsn, {
            joinRef: message.joinRef,
            ref: message.ref,
            topic: message.topic,
            event: "phx_reply",
            payload: { status, response },
        }));
    }

    async #receive(data: unknown): Promise<void> {
        if (typeof data === "string") {
            const message = decodeText(this.vsn, data);
            if (message) await this.#handle(message);
            return;
        }
        if (data instanceof ArrayBuffer && this.vsn === "2.0.0") {
            const push = decodeBinary(new Uint8Array(data));
            if (push) this.#handleUserBroadcast(push);
        }
    }

    async #handle(message: PhxMessage): Promise<void> {
        if (message.topic === "phoenix" && message.event === "heartbeat") {
            this.#reply(message, "ok", {});
            return;
        }
        if (message.event === "phx_join") {
            await this.#join(message);
            return;
        }
        const channel = this.#channels.get(message.topic);
        if (!channel || (message.joinRef !== null && channel.joinRef !== null && message.joinRef !== channel.joinRef)) {
            this.#reply(message, "error", { reason: "unmatched topic" });
            return;
        }
        const payload = asRecord(message.payload);
        switch (message.event) {
            case "phx_leave":
                this.#reply(message, "ok", {});
                this.#closeChannel(channel, true);
                return;
            case "access_token":
                await this.#refreshToken(channel, payload.access_token);
                return;
            case "broadcast": {
                const delivered = {
                    topic: channel.topic,
                    event: String(payload.event ?? ""),
                    payload: payload.payload ?? {},
                };
                this.deps.topics.broadcast(delivered, channel, channel.broadcastSelf);
                if (channel.broadcastAck) this.#reply(message, "ok", {});
                return;
            }
            case "presence":
                this.#presence(channel, message, payload);
                return;
            default:
                // Realtime ignores other client events on a joined channel.
                return;
        }
    }

    #handleUserBroadcast(push: UserBroadcastPush): void {
        const channel = this.#channels.get(push.topic);
        const message = { joinRef: push.joinRef, ref: push.ref, topic: push.topic };
        if (!channel) {
            this.#reply(message, "error", { reason: "unmatched topic" });
            return;
        }
        let payload: unknown = push.payload;
        if (push.encoding === ENCODING_JSON) {
            try {
                payload = JSON.parse(new TextDecoder().decode(push.payload));
            } catch {
                if (channel.broadcastAck) this.#reply(message, "error", { reason: "invalid JSON payload" });
                return;
            }
        }
        this.deps.topics.broadcast(
            {
                topic: channel.topic,
                event: push.userEvent,
                payload,
                binary: { encoding: push.encoding, metadata: push.metadata, bytes: push.payload },
            },
            channel,
            channel.broadcastSelf,
        );
        if (channel.broadcastAck) this.#reply(message, "ok", {});
    }

    #presence(channel: Channel, message: PhxMessage, payload: Record<string, unknown>): void {
        if (payload.event === "track") {
            const meta = payload.payload;
            if (typeof meta !== "object" || meta === null || Array.isArray(meta)) {
                this.#reply(message, "error", { reason: "Presence track payload must be a map" });
                return;
            }
            this.deps.topics.track(channel, meta as Record<string, unknown>);
            this.#reply(message, "ok", {});
            return;
        }
        if (payload.event === "untrack") {
            this.deps.topics.untrack(channel);
            this.#reply(message, "ok", {});
            return;
        }
        this.#reply(message, "error", { reason: "Unknown presence event" });
    }

    async #join(message: PhxMessage): Promise<void> {
        const topic = message.topic;
        if (!topic.startsWith("realtime:")) {
            this.#reply(message, "error", { reason: "unmatched topic" });
            return;
        }
        if (topic === "realtime:") {
            this.#reply(message, "error", { reason: "TopicNameRequired: You must provide a topic name" });
            return;
        }
        const payload = asRecord(message.payload);
        const config = asRecord(payload.config);
        if (config.private === true) {
            // Private channels need RLS policies on realtime.messages, which this server does not have.
            this.#reply(message, "error", {
                reason: "Unauthorized: private channels are not supported by the local server",
            });
            return;
        }
        let token = this.connectToken;
        let claims = this.connectClaims;
        const offered = payload.access_token;
        if (typeof offered === "string" && offered !== "" && !offered.startsWith("sb_")) {
            const verified = await verifyRealtimeToken(offered, this.deps.jwtSecret);
            if (!verified.ok) {
                this.#reply(message, "error", { reason: `InvalidJWTToken: ${verified.message}` });
                return;
            }
            token = offered;
            claims = verified.claims;
        }

        const previous = this.#channels.get(topic);
        if (previous) this.#closeChannel(previous, true);

        const broadcast = asRecord(config.broadcast);
        const presence = asRecord(config.presence);
        const presenceKey = typeof presence.key === "string" && presence.key !== ""
            ? presence.key
            : crypto.randomUUID();
        const channel = new Channel(
            this,
            topic,
            message.joinRef,
            token,
            claims,
            broadcast.self === true,
            broadcast.ack === true,
            // Only an explicit `enabled: false` turns presence off (clients before the flag expect it on).
            presence.enabled !== false,
            presenceKey,
        );

        const requested = Array.isArray(config.postgres_changes) ? config.postgres_changes : [];
        const response: Record<string, unknown>[] = [];
        const problems: string[] = [];
        for (const item of requested) {
            const spec = asRecord(item);
            const event = String(spec.event ?? "*").toUpperCase();
            const schema = typeof spec.schema === "string" ? spec.schema : "";
            const table = typeof spec.table === "string" ? spec.table : undefined;
            const filter = typeof spec.filter === "string" ? spec.filter : undefined;
            const id = bindingId(event, schema, table, filter);
            // The reply echoes the client's binding parameters in the same order (realtime-js compares them).
            const echoed: Record<string, unknown> = { id, event: spec.event ?? "*", schema: spec.schema };
            if (table !== undefined) echoed.table = table;
            if (filter !== undefined) echoed.filter = filter;
            response.push(echoed);
            if (!EVENTS.has(event) || schema === "") {
                problems.push(
                    `invalid binding ${
                        JSON.stringify(spec)
                    }: event must be *, INSERT, UPDATE or DELETE and schema is required`,
                );
                continue;
            }
            try {
                channel.bindings.push({
                    id,
                    event: event as ChangeEvent,
                    schema,
                    table,
                    filter,
                    conditions: parseFilter(filter),
                });
            } catch (error) {
                problems.push(error instanceof FilterError ? error.message : String(error));
            }
        }

        this.#channels.set(topic, channel);
        this.deps.topics.add(channel);
        let captureError: string | null = null;
        if (channel.bindings.length > 0) {
            channel.since = Date.now();
            this.deps.changes.add(channel);
            captureError = await Promise.race([
                this.deps.captureReady().then(() => null),
                new Promise<string>((resolve) => setTimeout(() => resolve("change capture is not ready"), 8000)),
            ]);
        }
        this.#scheduleExpiry(channel);
        this.#reply(message, "ok", { postgres_changes: response });

        if (requested.length > 0) {
            if (problems.length > 0 || captureError) {
                channel.push("system", {
                    extension: "postgres_changes",
                    status: "error",
                    message: `Unable to subscribe to changes with given parameters: ${
                        [...problems, captureError].filter(Boolean).join("; ")
                    }`,
                    channel: channel.subTopic,
                });
            } else {
                channel.push("system", {
                    extension: "postgres_changes",
                    status: "ok",
                    message: "Subscribed to PostgreSQL",
                    channel: channel.subTopic,
                });
            }
        }
        if (channel.presenceEnabled) this.deps.topics.sendState(channel);
    }

    #scheduleExpiry(channel: Channel): void {
        clearTimeout(channel.expiryTimer);
        const exp = channel.claims.exp;
        if (typeof exp !== "number") return;
        const delay = exp * 1000 - Date.now();
        channel.expiryTimer = setTimeout(() => {
            if (exp * 1000 > Date.now()) {
                this.#scheduleExpiry(channel);
                return;
            }
            this.#shutdownChannel(channel, "Token has expired");
        }, Math.max(0, Math.min(delay, MAX_TIMER_MS)));
    }

    async #refreshToken(channel: Channel, offered: unknown): Promise<void> {
        // Realtime ignores sb_ keys and the token already in use; there is no reply.
        if (typeof offered !== "string" || offered === "" || offered.startsWith("sb_") || offered === channel.token) {
            return;
        }
        const verified = await verifyRealtimeToken(offered, this.deps.jwtSecret);
        if (!verified.ok) {
            this.#shutdownChannel(channel, verified.message);
            return;
        }
        channel.token = offered;
        channel.claims = verified.claims;
        this.#scheduleExpiry(channel);
    }

    /** A system error, then phx_close: what Realtime does when a channel's token goes bad. */
    #shutdownChannel(channel: Channel, message: string): void {
        if (this.#channels.get(channel.topic) !== channel) return;
        channel.push("system", { extension: "system", status: "error", message, channel: channel.subTopic });
        this.#closeChannel(channel, true);
    }

    #closeChannel(channel: Channel, notify: boolean): void {
        clearTimeout(channel.expiryTimer);
        if (this.#channels.get(channel.topic) === channel) this.#channels.delete(channel.topic);
        this.deps.changes.remove(channel);
        this.deps.topics.remove(channel);
        if (notify) channel.push("phx_close", {});
    }

    #teardownAll(): void {
        clearInterval(this.#idleTimer);
        if (this.#closed) return;
        for (const channel of [...this.#channels.values()]) this.#closeChannel(channel, false);
        this.#closed = true;
    }
}
