import * as assert from "./assert.ts";
import type { ActionContext } from "../handler/context.ts";
import { openAiAnswer, OpenAiClient, OpenAiError, openAiSummarize, openAiTriage } from "../providers/openai.ts";
import { FakeOpenAi } from "./fake_openai.ts";

const CTX: ActionContext = {
    action: "summarize",
    role: "agent",
    ticket: { id: "t1", subject: "Invoices do not sync", description: "Since yesterday." },
    thread: [
        { author: "customer", text: "Invoices do not sync since yesterday.", internal: false },
        { author: "agent", text: "Internal: on the legacy plan.", internal: true },
    ],
    question: "Invoices do not sync",
    articles: [{
        id: "a1",
        slug: "sync",
        title: "Sync invoices",
        body: "Reconnect the account.",
        visibility: "public",
    }],
    solved: [],
};

function client(fake: FakeOpenAi, timeoutMs = 2000): OpenAiClient {
    return new OpenAiClient({ baseUrl: fake.baseUrl, apiKey: "sk-unit", model: "m-1", timeoutMs });
}

async function rejects(work: () => Promise<unknown>, kind: OpenAiError["kind"], pattern: RegExp): Promise<void> {
    try {
        await work();
    } catch (e) {
        assert.ok(e instanceof OpenAiError, `expected an OpenAiError, got ${e}`);
        assert.equal(e.kind, kind);
        assert.ok(pattern.test(e.message), e.message);
        return;
    }
    throw new Error("expected a rejection");
}

Deno.test("openai: a summary comes back through a json_schema response_format with the key as bearer", async () => {
    const fake = new FakeOpenAi();
    try {
        const summary = await openAiSummarize(client(fake), CTX);
        assert.equal(summary.problem, "Invoices do not sync.");
        assert.deepEqual(summary.tried, ["Reconnected"]);
        assert.ok(summary.text.includes("Next step: Check the log."));
        const sent = fake.requests[0];
        assert.equal(sent.authorization, "Bearer sk-unit");
        assert.equal(sent.body.model, "m-1");
        assert.equal(sent.body.response_format.type, "json_schema");
        assert.equal(sent.body.response_format.json_schema.name, "ticket_summary");
        assert.ok(sent.body.messages[1].content.includes("(internal note)"));
    } finally {
        await fake.close();
    }
});

Deno.test("openai: triage is constrained to the workspace taxonomy", async () => {
    const fake = new FakeOpenAi();
    try {
        const r = await openAiTriage(client(fake), { ...CTX, action: "triage" }, {
            categories: ["billing", "login"],
            tags: ["vip"],
            teams: [{ id: "team-1", name: "Billing" }],
        }, { category: null, team_id: null, priority: "normal", tags: [] });
        assert.equal(r.category?.value, "billing");
        assert.equal(r.priority?.value, "high");
        assert.equal(r.sentiment.label, "negative");
        const schema = JSON.stringify(fake.requests[0].body.response_format.json_schema.schema);
        assert.ok(schema.includes('"enum":["billing","login"]'), schema);
        assert.equal(r.current.priority, "normal");
    } finally {
        await fake.close();
    }
});

Deno.test("openai: HTTP errors, timeouts and non-JSON output are OpenAiErrors", async () => {
    const fake = new FakeOpenAi();
    try {
        fake.mode = "error";
        await rejects(() => openAiSummarize(client(fake), CTX), "http", /HTTP 500/);
        fake.mode = "garbage";
        await rejects(() => openAiSummarize(client(fake), CTX), "output", /unusable output/);
        fake.mode = "hang";
        const started = Date.now();
        await rejects(() => openAiSummarize(client(fake, 200), CTX), "timeout", /within 200 ms/);
        assert.ok(Date.now() - started < 2000, "the timeout cut the call short");
    } finally {
        await fake.close();
    }
    await rejects(() => openAiSummarize(client(fake), CTX), "network", /openai:/);
});

Deno.test("openai: an answer without sources is the honest don't-know, without calling the model", async () => {
    const fake = new FakeOpenAi();
    try {
        const r = await openAiAnswer(client(fake), { ...CTX, action: "answer" }, []);
        assert.equal(r.answered, false);
        assert.ok(r.text.includes("create a ticket"));
        assert.equal(fake.requests.length, 0);
    } finally {
        await fake.close();
    }
});
