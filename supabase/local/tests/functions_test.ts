// /functions/v1 against the running local server through supabase-js's functions client: the hello
// function runs in its own process with Supabase's env and answers who the caller is; the gateway
// applies verify_jwt first.
import { FunctionsHttpError } from "@supabase/supabase-js";
import { assert, assertEquals, client, deleteUsers, raw, signUp } from "./helpers.ts";

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
