/**
 * ai-assist through the local server (the function runs in its own process, as on Supabase), with fresh
 * users: role gates, RLS leak checks (a customer's answer never carries an internal note or an internal
 * article, not even through a ticket of theirs), the cache, feedback and its report, training, and the
 * automatic triage pull path. Needs `scripts/local-stack up`.
 */
import * as assert from "./assert.ts";
import { callFunction, deleteUsers, freshUser, SERVICE_KEY, type TestUser, uniqueToken, withSql } from "./support.ts";

const SECRET = uniqueToken("zqinternal");
const PUBLIC_WORD = uniqueToken("zqpublic");

const customer = await freshUser("customer", "Carla Customer");
const other = await freshUser("customer", "Otto Other");
const agent = await freshUser("agent", "Ada Agent");
const admin = await freshUser("admin", "Max Admin");

async function createTicket(user: TestUser, title: string, description: string): Promise<string> {
    const { data, error } = await user.client.from("tickets").insert({ title, description }).select("id").single();
    if (error) throw error;
    return data.id;
}

async function post(user: TestUser, ticket: string, body: string, internal = false): Promise<void> {
    const { error } = await user.client.from("ticket_messages")
        .insert({ ticket_id: ticket, author_id: user.id, body, is_internal: internal });
    if (error) throw error;
}

const ticket = await createTicket(
    customer,
    "Invoices stopped syncing",
    "My invoices do not sync to the accounting app.",
);
await post(customer, ticket, "I already reconnected the accounting app, still nothing.");
await post(agent, ticket, `Internal: the customer is on plan ${SECRET}, check the legacy connector.`, true);
await post(agent, ticket, "Thanks! Could you send us a screenshot of the sync page?");

const [internalArticle, publicArticle] = await withSql(async (sql) => {
    const rows = await sql`
        insert into public.kb_articles (slug, title, body, visibility, status)
        values (${SECRET}, ${"Runbook " + SECRET}, ${"Legacy connector " + SECRET + " needs a manual resync."},
                'internal', 'published'),
               (${PUBLIC_WORD}, ${"How to enable " + PUBLIC_WORD}, ${
        "Open Settings and switch " + PUBLIC_WORD +
        " on. It takes effect at once."
    }, 'public', 'published')
        returning id`;
    return rows.map((r) => r.id as string);
});

Deno.test("customers may only ask for answers: every other action is a 403 forbidden_action", async () => {
    for (
        const body of [
            { action: "summarize", ticket_id: ticket },
            { action: "suggest_reply", ticket_id: ticket },
            { action: "triage", ticket_id: ticket },
            { action: "similar", query: "invoices" },
            { action: "train" },
            { action: "triage_pending" },
            { action: "feedback", suggestion_id: ticket, outcome: "accepted" },
        ]
    ) {
        const r = await callFunction(customer.token, body);
        assert.equal(r.status, 403, `${body.action}: ${r.text}`);
        assert.equal(r.body.code, "forbidden_action");
        assert.ok(!r.text.includes(SECRET));
    }
});

Deno.test("a customer's answer about their own ticket never contains its internal note or an internal article", async () => {
    const r = await callFunction(customer.token, { action: "answer", ticket_id: ticket, query: `${SECRET} connector` });
    assert.equal(r.status, 200, r.text);
    assert.ok(!r.text.includes(SECRET), r.text);
    assert.ok(!r.text.includes(internalArticle), "the internal article is not cited");
    const stored = await withSql((sql) =>
        sql`select result::text as r from public.ai_suggestions where id = ${r.body.suggestion_id as string}`
    );
    assert.ok(!stored[0].r.includes(SECRET));
    // The same words find the internal article for an agent: the customer missed it because of RLS.
    const staff = await callFunction(agent.token, { action: "similar", query: `${SECRET} connector` });
    assert.equal(staff.status, 200, staff.text);
    const articles = (staff.body.result as { articles: { id: string }[] }).articles;
    assert.ok(articles.some((a) => a.id === internalArticle), staff.text);
});

Deno.test("a customer's answer cites a matching public article, or honestly says it doesn't know", async () => {
    const r = await callFunction(customer.token, { action: "answer", query: `How do I enable ${PUBLIC_WORD}?` });
    assert.equal(r.status, 200, r.text);
    const result = r.body.result as { answered: boolean; citations: { id: string }[]; text: string };
    assert.equal(result.answered, true, r.text);
    assert.equal(result.citations[0].id, publicArticle);
    assert.equal(r.body.provider, "builtin");
    const none = await callFunction(customer.token, { action: "answer", query: "qwxz vbnm plkj" });
    const empty = none.body.result as { answered: boolean; text: string; citations: unknown[] };
    assert.equal(empty.answered, false);
    assert.ok(empty.text.includes("create a ticket"));
    assert.deepEqual(empty.citations, []);
});

Deno.test("another customer's ticket is not found, and neither is a request without a user", async () => {
    const r = await callFunction(other.token, { action: "answer", ticket_id: ticket });
    assert.equal(r.status, 404, r.text);
    assert.equal(r.body.code, "not_found");
    assert.ok(!r.text.includes(SECRET));
    const anon = await callFunction(null, { action: "answer", query: "password" });
    assert.equal(anon.status, 401);
    const bad = await callFunction(agent.token, { action: "guess" });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, "invalid_request");
});

Deno.test("summaries are cached per content: same thread cached, a new message or force_refresh recomputes", async () => {
    const first = await callFunction(agent.token, { action: "summarize", ticket_id: ticket });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.cached, false);
    assert.equal(first.body.provider, "builtin");
    assert.equal(first.body.fallback, null);
    const summary = first.body.result as { problem: string | null; text: string };
    assert.ok(summary.text.includes("Problem:"), summary.text);
    const again = await callFunction(agent.token, { action: "summarize", ticket_id: ticket });
    assert.equal(again.body.cached, true);
    assert.equal(again.body.suggestion_id, first.body.suggestion_id);
    const forced = await callFunction(agent.token, { action: "summarize", ticket_id: ticket, force_refresh: true });
    assert.equal(forced.body.cached, false);
    assert.equal(forced.body.suggestion_id, first.body.suggestion_id, "same content, same row");
    await post(customer, ticket, "Here is the screenshot: the sync button is grey.");
    const changed = await callFunction(agent.token, { action: "summarize", ticket_id: ticket });
    assert.equal(changed.body.cached, false);
    assert.ok(changed.body.suggestion_id !== first.body.suggestion_id);
});

Deno.test("a suggested reply cites its sources and feedback lands in the acceptance report", async () => {
    const r = await callFunction(agent.token, { action: "suggest_reply", ticket_id: ticket });
    assert.equal(r.status, 200, r.text);
    const draft = r.body.result as { text: string; citations: unknown[] };
    assert.ok(draft.text.startsWith("Hi Carla,"), draft.text);
    assert.ok(!draft.text.includes(SECRET), "internal notes stay out of a draft the customer will read");
    const fb = await callFunction(agent.token, {
        action: "feedback",
        suggestion_id: r.body.suggestion_id,
        outcome: "edited",
        final_text: "Hi Carla, we are on it.",
    });
    assert.equal(fb.status, 200, fb.text);
    assert.equal(fb.body.outcome, "edited");
    const row = await withSql((sql) =>
        sql`select outcome::text, outcome_by, final_text from public.ai_suggestions where id = ${r.body
            .suggestion_id as string}`
    );
    assert.deepEqual([row[0].outcome, row[0].outcome_by, row[0].final_text], [
        "edited",
        agent.id,
        "Hi Carla, we are on it.",
    ]);
    const from = new Date(Date.now() - 60_000).toISOString(), to = new Date(Date.now() + 60_000).toISOString();
    const { data, error } = await agent.client.rpc("report_ai_acceptance", { p_from: from, p_to: to });
    assert.ok(!error, error?.message);
    const line = (data as { action: string; edited: number; suggestions: number }[]).find((l) =>
        l.action === "suggest_reply"
    );
    assert.ok(line && line.edited >= 1 && line.suggestions >= 1, JSON.stringify(data));
    const refused = await customer.client.rpc("report_ai_acceptance", { p_from: from, p_to: to });
    assert.ok(refused.error, "customers get no report");
});

Deno.test("a customer records a deflection for their own answer; agents see it in the report", async () => {
    const r = await callFunction(customer.token, { action: "answer", query: `Where do I switch ${PUBLIC_WORD} on?` });
    const { error } = await customer.client.from("ai_deflections")
        .insert({ suggestion_id: r.body.suggestion_id, query: "enable it" });
    assert.ok(!error, error?.message);
    const forged = await customer.client.from("ai_deflections").insert({ user_id: other.id, query: "x" });
    assert.ok(forged.error, "a deflection is recorded as oneself only");
    const from = new Date(Date.now() - 60_000).toISOString(), to = new Date(Date.now() + 60_000).toISOString();
    const { data } = await agent.client.rpc("report_ai_deflections", { p_from: from, p_to: to });
    const line = (data as { answers: number; deflected: number }[])[0];
    assert.ok(line.deflected >= 1 && line.answers >= 1, JSON.stringify(data));
});

Deno.test("only admins train; triage suggests from the stored model and never writes the ticket", async () => {
    const refused = await callFunction(agent.token, { action: "train" });
    assert.equal(refused.status, 403);
    const trained = await callFunction(admin.token, { action: "train" });
    assert.equal(trained.status, 200, trained.text);
    const model = trained.body.model as { name: string; metrics: { fields: { category: { labels: string[] } } } };
    assert.equal(model.name, "triage");
    const labels = model.metrics.fields.category.labels;
    assert.ok(labels.length >= 2, JSON.stringify(model.metrics));
    const before = await withSql((sql) =>
        sql`select priority::text, tags, team_id, version from public.tickets where id = ${ticket}`
    );
    const r = await callFunction(agent.token, { action: "triage", ticket_id: ticket });
    assert.equal(r.status, 200, r.text);
    const result = r.body.result as {
        category: { value: string; confidence: number } | null;
        sentiment: { label: string };
        current: { priority: string };
    };
    assert.ok(result.category && labels.includes(result.category.value), r.text);
    assert.ok(result.category.confidence > 0 && result.category.confidence <= 1);
    assert.equal(result.current.priority, before[0].priority);
    const after = await withSql((sql) =>
        sql`select priority::text, tags, team_id, version from public.tickets where id = ${ticket}`
    );
    assert.deepEqual(after, before, "triage leaves the ticket as the person set it");
});

Deno.test("automatic triage: triage_pending picks up a new ticket once; the webhook path takes the service key", async () => {
    const fresh = await createTicket(customer, "Cannot log in", "The password reset e-mail never arrives.");
    const first = await callFunction(agent.token, { action: "triage_pending", limit: 10 });
    assert.equal(first.status, 200, first.text);
    const triaged = first.body.triaged as { ticket_id: string; suggestion_id: string }[];
    assert.ok(triaged.some((t) => t.ticket_id === fresh), first.text);
    const second = await callFunction(agent.token, { action: "triage_pending", limit: 10 });
    assert.ok(!(second.body.triaged as { ticket_id: string }[]).some((t) => t.ticket_id === fresh));
    const hook = await callFunction(SERVICE_KEY, {
        type: "INSERT",
        table: "tickets",
        schema: "public",
        record: { id: fresh },
    });
    assert.equal(hook.status, 200, hook.text);
    assert.deepEqual(
        (hook.body.triaged as { ticket_id: string; cached: boolean }[]).map((t) => [t.ticket_id, t.cached]),
        [[
            fresh,
            true,
        ]],
    );
    const rows = await withSql((sql) =>
        sql`select count(*)::int as n from public.ai_suggestions where ticket_id = ${fresh} and action = 'triage'`
    );
    assert.equal(rows[0].n, 1);
    const service = await callFunction(SERVICE_KEY, { action: "summarize", ticket_id: fresh });
    assert.equal(service.status, 403, "the service key only triggers triage");
});

Deno.test("clean up the test users and articles", async () => {
    await deleteUsers(customer, other, agent, admin);
    await withSql((sql) =>
        sql`delete from public.kb_articles where id = any(${[internalArticle, publicArticle]}::uuid[])`
    );
});
