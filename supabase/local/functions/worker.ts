// Entry point of one edge-function process: binds whatever the function passes to Deno.serve to the
// port the local server chose (HELPDESK_FUNCTION_PORT), then loads the function's index.ts, as the
// Supabase edge runtime hosts `Deno.serve(handler)` functions.
const port = Number(Deno.env.get("HELPDESK_FUNCTION_PORT"));
const entry = Deno.args[0];
if (!port || !entry) {
    console.error("usage: HELPDESK_FUNCTION_PORT=<port> worker.ts <function index.ts>");
    Deno.exit(2);
}

type ServeArgs = Parameters<typeof Deno.serve>;
const originalServe = Deno.serve.bind(Deno) as (...args: unknown[]) => Deno.HttpServer;
let served = false;

function patchedServe(...args: ServeArgs): Deno.HttpServer {
    if (served) throw new Error("supabase/local: a function may call Deno.serve only once");
    served = true;
    const [first, second] = args as unknown[];
    const placement = { hostname: "127.0.0.1", port, onListen: () => {} };
    if (typeof first === "function") return originalServe(placement, first);
    const options = { ...(first as Record<string, unknown>), ...placement };
    return second === undefined ? originalServe(options) : originalServe(options, second);
}

(Deno as unknown as { serve: typeof patchedServe }).serve = patchedServe;

// EdgeRuntime.waitUntil lets a function finish background work after answering.
(globalThis as unknown as { EdgeRuntime: unknown }).EdgeRuntime = {
    waitUntil(promise: Promise<unknown>) {
        promise.catch((error) => console.error("EdgeRuntime.waitUntil:", error));
    },
};

await import(new URL(entry, "file:///").href);
