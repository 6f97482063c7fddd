// /realtime/v1: the Phoenix WebSocket (`/websocket`) and the REST broadcast API (`/api/broadcast`).
import type { ServerContext, Service } from "../context.ts";
import { bearerToken, empty, json } from "../http.ts";
import { ChangeCapture } from "./capture.ts";
import { type BatchStats, PostgresChanges } from "./changes.ts";
import { Connection, verifyRealtimeToken } from "./connection.ts";
import { parseVsn } from "./protocol.ts";
import { Topics } from "./topics.ts";

export interface RealtimeOptions {
    /** Drain interval while someone subscribes to postgres_changes (ms). */
    activeIntervalMs?: number;
}

function log(message: string): void {
    console.error(message);
}

export function createRealtimeService(ctx: ServerContext, options: RealtimeOptions = {}): Service {
    const topics = new Topics();
    const stats = Deno.env.get("HELPDESK_REALTIME_STATS") === "1"
        ? (batch: BatchStats) =>
            log(
                `realtime batch: ${batch.changes} changes, ${batch.identities} identities, decode ${
                    batch.decodeMs.toFixed(1)
                } ms, rls ${batch.visibilityMs.toFixed(1)} ms, send ${batch.sendMs.toFixed(1)} ms`,
            )
        : undefined;
    const changes = new PostgresChanges(ctx.db, log, stats);
    const capture = new ChangeCapture({
        databaseUrl: ctx.config.databaseUrl,
        slotName: `helpdesk_realtime_${ctx.config.port}`,
        onBatch: (batch) => changes.handleBatch(batch),
        isActive: () => changes.size > 0,
        activeIntervalMs: options.activeIntervalMs ?? 25,
        log,
    });
    capture.start();
    const connections = new Set<Connection>();
    const deps = {
        jwtSecret: ctx.config.jwtSecret,
        topics,
        changes,
        captureReady: () => {
            capture.wake();
            return capture.ready();
        },
        log,
    };

    async function upgrade(req: Request): Promise<Response> {
        const url = new URL(req.url);
        const token = req.headers.get("x-api-key") ?? url.searchParams.get("apikey");
        if (!token) return json({ error: "API key is missing" }, 401);
        const verified = await verifyRealtimeToken(token, ctx.config.jwtSecret);
        if (!verified.ok) return json({ error: verified.message }, 401);
        const vsn = parseVsn(url.searchParams.get("vsn"));
        if (!vsn) return json({ error: `Unsupported serializer version ${url.searchParams.get("vsn")}` }, 400);
        if (req.headers.get("upgrade")?.toLowerCase() !== "websocket") {
            return json({ error: "Expected a WebSocket upgrade" }, 400);
        }
        const { socket, response } = Deno.upgradeWebSocket(req);
        const connection = new Connection(socket, vsn, token, verified.claims, deps);
        connections.add(connection);
        socket.addEventListener("close", () => connections.delete(connection));
        return response;
    }

    /** REST broadcast: the credentials must be a valid JWT (apikey or Authorization). */
    async function authorized(req: Request): Promise<boolean> {
        const token = bearerToken(req) ?? req.headers.get("apikey");
        if (!token) return false;
        return (await verifyRealtimeToken(token, ctx.config.jwtSecret)).ok;
    }

    async function broadcastBatch(req: Request): Promise<Response> {
        if (!await authorized(req)) return json({ message: "Unauthorized" }, 401);
        let body: unknown;
        try {
            body = await req.json();
        } catch {
            return json({ message: "Invalid JSON body" }, 400);
        }
        const messages = (body as { messages?: unknown })?.messages;
        if (!Array.isArray(messages)) return json({ message: "messages is required" }, 400);
        for (const item of messages) {
            const message = item as Record<string, unknown>;
            if (message.private === true) continue;
            topics.broadcast(
                {
                    topic: `realtime:${String(message.topic ?? "")}`,
                    event: String(message.event ?? ""),
                    payload: message.payload ?? {},
                },
                null,
                true,
            );
        }
        return empty(202);
    }

    async function broadcastOne(req: Request, subTopic: string, event: string): Promise<Response> {
        if (!await authorized(req)) return json({ message: "Unauthorized" }, 401);
        if (new URL(req.url).searchParams.get("private") === "true") {
            return json({ error: "private channels are not supported by the local server" }, 403);
        }
        const bytes = new Uint8Array(await req.arrayBuffer());
        const isJson = !(req.headers.get("content-type") ?? "").includes("octet-stream");
        let payload: unknown = bytes;
        if (isJson) {
            try {
                payload = JSON.parse(new TextDecoder().decode(bytes));
            } catch {
                return json({ error: "Invalid JSON body" }, 400);
            }
        }
        topics.broadcast(
            {
                topic: `realtime:${subTopic}`,
                event,
                payload,
                binary: { encoding: isJson ? 1 : 0, metadata: "", bytes },
            },
            null,
            true,
        );
        return empty(202);
    }

    return {
        prefix: "/realtime/v1",
        async handle(req: Request, path: string): Promise<Response | null> {
            if (req.method === "OPTIONS") return empty(204);
            if (path === "/websocket" || path === "/websocket/") return await upgrade(req);
            if (path === "/api/broadcast" && req.method === "POST") return await broadcastBatch(req);
            const single = path.match(/^\/api\/broadcast\/([^/]+)\/events\/([^/]+)$/);
            if (single && req.method === "POST") {
                return await broadcastOne(req, decodeURIComponent(single[1]), decodeURIComponent(single[2]));
            }
            return null;
        },
        async close(): Promise<void> {
            for (const connection of connections) connection.close();
            connections.clear();
            topics.close();
            await capture.close();
        },
    };
}
