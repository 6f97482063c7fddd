import * as assert from "./assert.ts";
import {
    assembleContext,
    customerSide,
    type MessageRow,
    orQuery,
    type RawContext,
    resolutionOf,
} from "../handler/context.ts";

const SECRET = "zqsecret42";

function message(id: string, body: string, source: string, internal = false, at = id): MessageRow {
    return { id, ticket_id: "t1", body, is_internal: internal, source, created_at: `2026-11-21T10:00:0${at}Z` };
}

const TICKET = {
    id: "t1",
    number: 7,
    title: "Invoices do not sync",
    description: "My invoices stopped syncing yesterday.",
    status: "open",
    priority: "normal",
    tags: ["billing"],
    team_id: null,
    custom_fields: {},
    requester_id: "c1",
};

// What RLS would never return to a customer is handed in anyway: assembly must still keep it out.
const RAW: RawContext = {
    ticket: TICKET,
    messages: [
        message("1", "Still broken after I reconnected the account.", "customer"),
        message("2", `Internal: the customer's plan is ${SECRET}.`, "agent", true),
        message("3", "Could you send a screenshot of the sync page?", "agent"),
        message("4", "Here it is, the button is grey.", "email"),
    ],
    query: "why do invoices not sync",
    articles: [
        {
            id: "a1",
            slug: "sync",
            title: "Sync invoices",
            body: "Reconnect.",
            visibility: "public",
            status: "published",
        },
        { id: "a2", slug: "secret", title: SECRET, body: SECRET, visibility: "internal", status: "published" },
        { id: "a3", slug: "draft", title: "Draft", body: "draft", visibility: "public", status: "draft" },
    ],
    solved: [{
        ticket: { ...TICKET, id: "t9", number: 9, title: "Sync stuck" },
        messages: [
            { ...message("5", "sync stuck", "customer"), ticket_id: "t9" },
            { ...message("6", `note ${SECRET}`, "agent", true), ticket_id: "t9" },
            { ...message("7", "Reconnecting fixed it.", "agent"), ticket_id: "t9" },
        ],
    }],
};

Deno.test("a customer's answer context holds only their public words and published public articles", () => {
    const ctx = assembleContext("answer", "customer", RAW);
    const text = JSON.stringify(ctx);
    assert.ok(!text.includes(SECRET), text);
    assert.deepEqual(ctx.thread.map((l) => l.author), ["customer", "customer"]);
    assert.ok(!text.includes("screenshot"), "agent replies stay out of a customer's context");
    assert.deepEqual(ctx.articles.map((a) => a.id), ["a1"]);
    assert.deepEqual(ctx.solved, []);
    assert.ok(ctx.question.startsWith("why do invoices not sync\nInvoices do not sync"), ctx.question);
});

Deno.test("whatever the action, a customer gets no internal note, agent text or other ticket", () => {
    for (const action of ["triage", "suggest_reply", "summarize", "similar"] as const) {
        const ctx = assembleContext(action, "customer", RAW);
        assert.ok(!JSON.stringify(ctx).includes(SECRET), action);
        assert.deepEqual(ctx.solved, [], action);
    }
});

Deno.test("a suggested reply for agents leaves internal notes out of its sources and thread", () => {
    const ctx = assembleContext("suggest_reply", "agent", RAW);
    assert.ok(!JSON.stringify(ctx).includes(SECRET));
    assert.equal(ctx.thread.length, 3);
    assert.deepEqual(ctx.articles.map((a) => a.id), ["a1"]);
    assert.equal(ctx.solved[0].resolution, "Reconnecting fixed it.");
});

Deno.test("an agent's summary sees the internal note, marked as internal", () => {
    const ctx = assembleContext("summarize", "agent", RAW);
    const note = ctx.thread.find((l) => l.text.includes(SECRET));
    assert.ok(note?.internal === true && note.author === "agent");
    assert.deepEqual(ctx.articles, []);
});

Deno.test("similar for agents includes internal published articles, never drafts", () => {
    const ctx = assembleContext("similar", "agent", RAW);
    assert.deepEqual(ctx.articles.map((a) => [a.id, a.visibility]), [["a1", "public"], ["a2", "internal"]]);
});

Deno.test("the customer side and the resolution come from the right messages", () => {
    assert.equal(
        customerSide("S", "D", [
            { author: "customer", text: "first", internal: false },
            { author: "agent", text: "agent", internal: false },
            { author: "customer", text: "last", internal: false },
        ]),
        "S\nD\nfirst\nlast",
    );
    assert.equal(resolutionOf(RAW.solved[0].messages), "Reconnecting fixed it.");
});

Deno.test("orQuery ORs distinct words and drops websearch operators and punctuation", () => {
    assert.equal(orQuery('Can\'t log-in: "or" -password OR reset reset'), "can or log or password or reset");
    assert.equal(orQuery("a b"), "");
    assert.equal(orQuery("one two three four", 2), "one or two");
});
