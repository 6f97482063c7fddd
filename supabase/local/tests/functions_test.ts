// /functions/v1 against the running local server through supabase-js's functions client: the hello
// function runs in its own process with Supabase's env and answers who the caller is; the gateway
// applies verify_jwt first.
import { FunctionsHttpError } from "@supabase/supabase-js";
import {
    ANON_KEY,
    assert,
    assertEquals,
    client,
    DATABASE_URL,
    deleteUsers,
    JWT_SECRET,
    raw,
    signUp,
    withAdminSql,
} from "./helpers.ts";

Deno.test("invoke: the function sees the signed-in caller through Auth", async () => {
    const user = await signUp("fn-hello");
    try {
        const { data, error } = await user.client.functions.invoke("hello", { body: { name: "Ada" } });
        assertEquals(error, null, "invoke");
        assertEquals(data, { user_id: user.user.id, email: user.email, greeting: "Hello Ada!" });
    } finally {
        await deleteUsers(user);
    }
});

Deno.test("invoke with only the anon key passes the gateway (verify_jwt checks the signature) and the function refuses", async () => {
    const { data, error } = await client().functions.invoke("hello", { body: {} });
    assert(error instanceof FunctionsHttpError, "a FunctionsHttpError");
    assertEquals([error.context.status, await error.context.json()], [401, { error: "not signed in" }]);
    assertEquals(data, null);
});

Deno.test("verify_jwt: missing, malformed and forged tokens are refused by the gateway", async () => {
    const missing = await raw("/functions/v1/hello", { method: "POST", body: "{}" });
    assertEquals([missing.status, missing.json()], [401, { msg: "Error: Missing authorization header" }]);
    const basic = await raw("/functions/v1/hello", { method: "POST", headers: { Authorization: "Basic abc" } });
    assertEquals([basic.status, basic.json()], [401, { msg: "Error: Auth header is not 'Bearer {token}'" }]);
    const forged = await raw("/functions/v1/hello", {
        method: "POST",
        headers: { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJl" },
    });
    assertEquals([forged.status, forged.json()], [401, { msg: "Invalid JWT" }]);
});

Deno.test("an unknown function is 404 and OPTIONS reaches the function without a token", async () => {
    const unknown = await raw("/functions/v1/no-such-function", { method: "POST" });
    assertEquals([unknown.status, unknown.text], [404, "Function not found"]);
    const traversal = await raw("/functions/v1/..%2F..%2Fetc", { method: "POST" });
    assertEquals(traversal.status, 404, "names outside supabase/functions are not functions");
    const preflight = await raw("/functions/v1/hello", { method: "OPTIONS" });
    assertEquals([preflight.status, preflight.headers.get("access-control-allow-origin")], [200, "*"]);
});

Deno.test("a second server on a spare port prints its keys, serves a function, and on SIGTERM exits 0 with its workers gone", async () => {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (listener.addr as Deno.NetAddr).port;
    listener.close();
    const root = new URL("../../..", import.meta.url).pathname.replace(/\/$/, "");
    const server = new Deno.Command(Deno.execPath(), {
        args: ["run", "--allow-all", "--quiet", `${root}/supabase/local/main.ts`],
        cwd: root,
        env: { HELPDESK_API_PORT: String(port), HELPDESK_ROOT: root, DATABASE_URL, SUPABASE_JWT_SECRET: JWT_SECRET },
        stdout: "piped",
        stderr: "null",
    }).spawn();
    const base = `http://127.0.0.1:${port}`;
    try {
        let up = false;
        for (let i = 0; i < 200 && !up; i++) {
            up = await fetch(`${base}/auth/v1/health`).then(async (r) => {
                await r.body?.cancel();
                return r.ok;
            }, () => false);
            if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert(up, "the second server answers");
        const invoked = await fetch(`${base}/functions/v1/hello`, {
            method: "POST",
            headers: { Authorization: `Bearer ${ANON_KEY}` },
        });
        assertEquals(invoked.status, 401, "its hello worker ran (and refused the anon key)");
        await invoked.body?.cancel();
    } finally {
        server.kill("SIGTERM");
    }
    const [status, output] = await Promise.all([server.status, new Response(server.stdout).text()]);
    assertEquals(status.code, 0, "clean exit");
    assert(output.includes(`export SUPABASE_URL=http://127.0.0.1:${port}`), "prints SUPABASE_URL");
    assert(output.includes(`export SUPABASE_ANON_KEY=${ANON_KEY}`), "prints the anon key");
    assert(output.includes("export SUPABASE_SERVICE_ROLE_KEY="), "prints the service-role key");
    assert(/POST \/functions\/v1\/hello 401 [\d.]+ms/.test(output), "one log line per request");
    const worker = output.match(/functions: hello serving on 127\.0\.0\.1:(\d+)/);
    assert(worker, "the worker was started");
    const stillListening = await Deno.connect({ hostname: "127.0.0.1", port: Number(worker[1]) }).then(
        (connection) => (connection.close(), true),
        () => false,
    );
    assert(!stillListening, "the function worker ended with the server");
    // Realtime keeps a replication slot per server port; this server's port will not come back.
    await withAdminSql((sql) =>
        sql`select pg_drop_replication_slot(slot_name) from pg_replication_slots
             where not active and slot_name like ${`%\_${port}`}`
    );
});
