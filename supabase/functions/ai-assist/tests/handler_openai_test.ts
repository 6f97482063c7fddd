/**
 * The handler with AI_PROVIDER=openai, run in-process against the local server's data (the running
 * server's function process gets its env at start, so the provider's endpoint cannot be pointed at a
 * test server there) and a real OpenAI-compatible HTTP server from fake_openai.ts: the fallback to
 * builtin on errors and timeouts, said in the answer, and what reaches the prompt for each role.
 */
import * as assert from "./assert.ts";
import { createHandler } from "../handler/handler.ts";
import { ANON_KEY, deleteUsers, freshUser, SERVICE_KEY, SUPABASE_URL, type TestUser, uniqueToken } from "./support.ts";
import { FakeOpenAi } from "./fake_openai.ts";

const SECRET = uniqueToken("zqnote");
const API_KEY = `sk-${uniqueToken("secret")}`;

const fake = new FakeOpenAi();
const handler = createHandler({
    supabaseUrl: SUPABASE_URL,
    anonKey: ANON_KEY,
    serviceRoleKey: SERVICE_KEY,
    provider: "openai",
    openai: { baseUrl: fake.baseUrl, apiKey: API_KEY, model: "test-model", timeoutMs: 300 },
});

const customer = await freshUser("customer", "Nora Customer");
const agent = await freshUser("agent", "Ian Agent");
const { data: created, error } = await customer.client.from("tickets")
    .insert({ title: "Reset password e-mail missing", description: "I never get the reset password e-mail." })
    .select("id").single();
if (error) throw error;
const ticket: string = created.id;
for (
    const [user, body, internal] of [
        [agent, `Internal: mail logs show bounces for ${SECRET}.`, true],
        [agent, "Could you check your spam folder?", false],
    ] as [TestUser, string, boolean][]
) {
    const r = await user.client.from("ticket_messages").insert({
        ticket_id: ticket,
        author_id: user.id,
        body,
        is_internal: internal,
    });
    if (r.error) throw r.error;
}

async function call(
    user: TestUser,
    body: unknown,
): Promise<{ status: number; json: Record<string, unknown>; text: string }> {
    const response = await handler(
        new Request("http://local/functions/v1/ai-assist", {
            method: "POST",
            headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
            body: JSON.stringify(body),
        }),
    );
    const text = await response.text();
    return { status: response.status, json: JSON.parse(text), text };
}

Deno.test("openai failing with HTTP 500: the summary comes from builtin and says why", async () => {
    fake.mode = "error";
    const r = await call(agent, { action: "summarize", ticket_id: ticket });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.provider, "builtin");
    assert.deepEqual(r.json.fallback, { from: "openai", reason: "openai: HTTP 500" });
    assert.ok(typeof (r.json.result as { text: string }).text === "string");
    assert.ok(!r.text.includes(API_KEY), "the key never leaves the server");
});

Deno.test("openai hanging: triage falls back after the timeout, and a fallback is not served from the cache", async () => {
    fake.mode = "hang";
    const started = Date.now();
    const r = await call(agent, { action: "triage", ticket_id: ticket });
    assert.ok(Date.now() - started < 5000, "the 300 ms timeout cut the wait");
    assert.equal(r.json.provider, "builtin");
    assert.deepEqual(r.json.fallback, { from: "openai", reason: "openai: no answer within 300 ms" });
    fake.mode = "ok";
    const again = await call(agent, { action: "triage", ticket_id: ticket });
    assert.equal(again.json.provider, "openai", again.text);
    assert.equal(again.json.cached, false);
    assert.equal(again.json.fallback, null);
    assert.equal(again.json.suggestion_id, r.json.suggestion_id, "the fallback row is replaced");
    assert.equal((again.json.result as { priority: { value: string } }).priority.value, "high");
    const cached = await call(agent, { action: "triage", ticket_id: ticket });
    assert.equal(cached.json.cached, true);
});

Deno.test("openai prompts: an agent's summary holds the internal note, a customer's answer never does", async () => {
    fake.mode = "ok";
    fake.requests.length = 0;
    const summary = await call(agent, { action: "summarize", ticket_id: ticket, force_refresh: true });
    assert.equal(summary.json.provider, "openai", summary.text);
    assert.ok(fake.prompts().includes(SECRET), "positive control: the agent's prompt carries the note");
    fake.requests.length = 0;
    const answer = await call(customer, { action: "answer", ticket_id: ticket, query: `password reset ${SECRET}` });
    assert.equal(answer.status, 200, answer.text);
    assert.ok(fake.requests.length > 0, "the customer's question reached the model");
    const prompt = fake.prompts();
    assert.ok(prompt.includes("I never get the reset password e-mail."), prompt);
    assert.ok(!prompt.replace(`password reset ${SECRET}`, "").includes(SECRET), "only the customer's own words");
    assert.ok(!prompt.includes("spam folder"), "agent replies stay out of a customer's prompt");
    assert.equal(fake.requests[0].authorization, `Bearer ${API_KEY}`);
    assert.equal(fake.requests[0].body.response_format.type, "json_schema");
    const result = answer.json.result as { answered: boolean; citations: { kind: string }[] };
    assert.equal(answer.json.provider, "openai");
    assert.ok(result.answered && result.citations.every((c) => c.kind === "article"), answer.text);
});

Deno.test("openai handler: clean up", async () => {
    await deleteUsers(customer, agent);
    await fake.close();
});
