// hello: tells callers who they are. A minimal edge function in the shape Supabase recommends: CORS
// preflight, a per-request client carrying the caller's JWT, the user looked up through Auth.
import { createClient } from "@supabase/supabase-js";

const cors = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
    "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
};

function reply(body: unknown, status = 200): Response {
    return new Response(JSON.stringify(body), { status, headers: { ...cors, "Content-Type": "application/json" } });
}

Deno.serve(async (req) => {
    if (req.method === "OPTIONS") return new Response("ok", { headers: cors });
    const authorization = req.headers.get("Authorization") ?? "";
    const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
        global: { headers: { Authorization: authorization } },
        auth: { persistSession: false, autoRefreshToken: false },
    });
    const token = authorization.replace(/^Bearer\s+/i, "");
    const { data, error } = await supabase.auth.getUser(token);
    if (error || !data.user) return reply({ error: "not signed in" }, 401);
    let name: string | null = null;
    if (req.method === "POST" && req.headers.get("content-type")?.includes("application/json")) {
        const body = await req.json().catch(() => ({}));
        name = typeof body?.name === "string" ? body.name : null;
    }
    return reply({ user_id: data.user.id, email: data.user.email, greeting: `Hello ${name ?? data.user.email}!` });
});
