// /functions/v1/<name>: the edge runtime's gateway (supabase/cli internal/functions/serve/templates/
// main.ts): verify_jwt from config.toml (default true; OPTIONS skipped; only signature and exp are
// checked, so the anon key passes), then the request goes to the function's own process.
import type { ServerContext, Service } from "../context.ts";
import { corsHeaders, json } from "../http.ts";
import { verifyJwt } from "../jwt.ts";
import { BootError, FunctionRunner } from "./runner.ts";

const NAME = /^[A-Za-z0-9_-]+$/;
const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"];

async function checkJwt(ctx: ServerContext, req: Request): Promise<Response | null> {
    const header = req.headers.get("authorization");
    if (!header) return json({ msg: "Error: Missing authorization header" }, 401);
    const match = header.match(/^Bearer (.+)$/);
    if (!match) return json({ msg: "Error: Auth header is not 'Bearer {token}'" }, 401);
    const result = await verifyJwt(match[1], ctx.config.jwtSecret);
    return result.ok ? null : json({ msg: "Invalid JWT" }, 401);
}

async function proxy(port: number, req: Request, path: string): Promise<Response> {
    const url = new URL(req.url);
    const headers = new Headers(req.headers);
    for (const name of HOP_BY_HOP) headers.delete(name);
    const upstream = await fetch(`http://127.0.0.1:${port}${path}${url.search}`, {
        method: req.method,
        headers,
        body: req.method === "GET" || req.method === "HEAD" ? undefined : req.body,
        redirect: "manual",
        signal: req.signal,
    });
    const responseHeaders = new Headers(upstream.headers);
    for (const name of HOP_BY_HOP) responseHeaders.delete(name);
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export function createFunctionsService(ctx: ServerContext): Service {
    const runner = new FunctionRunner(ctx.config, ctx.keys);
    return {
        prefix: "/functions/v1",
        async handle(req, path) {
            const name = path.split("/")[1] ?? "";
            if (!NAME.test(name) || !runner.exists(name)) {
                return new Response("Function not found", { status: 404, headers: corsHeaders });
            }
            const verify = ctx.config.functions[name]?.verifyJwt ?? true;
            if (verify && req.method !== "OPTIONS") {
                const refused = await checkJwt(ctx, req);
                if (refused) return refused;
            }
            try {
                const worker = await runner.worker(name);
                return await proxy(worker.port, req, path);
            } catch (error) {
                if (error instanceof BootError) {
                    console.error(`functions: ${error.message}`);
                    return json({ code: "BOOT_ERROR", message: "Worker failed to boot (please check logs)" }, 503);
                }
                console.error(`functions: ${name} failed`, error);
                return json(
                    { code: "WORKER_ERROR", message: "Function exited due to an error (please check logs)" },
                    500,
                );
            }
        },
        close: () => runner.close(),
    };
}
