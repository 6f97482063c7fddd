import * as assert from "./assert.ts";
import { BuiltinProvider, threadQuery } from "../builtin/provider.ts";
import {
    type LabelledTicket,
    trainTriageModels,
    triageModelsFromJSON,
    triageModelsToJSON,
} from "../builtin/triage_models.ts";
import { TRAIN } from "./fixtures.ts";

const TEAM: Record<string, string> = {
    billing: "Billing & Accounts",
    login: "Technical Support",
    shipping: "Logistics",
};

const TICKETS: LabelledTicket[] = TRAIN.map((e, i) => ({
    subject: "",
    body: e.text,
    category: e.labels[0],
    team: TEAM[e.labels[0]],
    priority: e.labels[0] === "login" ? "high" : "normal",
    tags: i % 6 === 0 ? ["vip"] : e.labels[0] === "billing" ? ["money"] : [],
}));

const ARTICLES = [
    {
        id: "reset-your-password",
        title: "Reset your password",
        body:
            "Click Forgot password on the sign-in screen. Open the e-mail and follow the link. The link works for 60 minutes.",
    },
    {
        id: "refunds",
        title: "Refunds and cancellations",
        body: "Duplicate charges are always refunded in full. Refunds take 5-10 business days.",
    },
];

Deno.test("workspace triage models train from labelled tickets and survive JSON", () => {
    const { models, report } = trainTriageModels(TICKETS);
    assert.ok(report.category.trained && report.team.trained && report.priority.trained && report.tags.trained);
    assert.deepEqual(report.tags.labels, ["money", "vip"]);
    const back = triageModelsFromJSON(JSON.parse(JSON.stringify(triageModelsToJSON(models, new Date(0)))));
    const provider = new BuiltinProvider({ models: back });
    const r = provider.triage("Double charge", "You billed my credit card twice, refund please");
    assert.equal(r.category?.value, "billing");
    assert.equal(r.team?.value, "Billing & Accounts");
    assert.equal(r.priority?.value, "normal");
    assert.ok(r.tags.some((t) => t.value === "money"), JSON.stringify(r.tags));
});

Deno.test("fields without enough labelled tickets get no model and say why", () => {
    const { models, report } = trainTriageModels(TICKETS.map((t) => ({ ...t, team: "Only Team", tags: [] })));
    assert.equal(models.team, undefined);
    assert.equal(report.team.trained, false);
    assert.ok(report.team.reason?.includes("two labels"));
    assert.equal(models.tags, undefined);
    assert.ok(models.category !== undefined);
});

Deno.test("suggestReply cites the matching article and a similar solved ticket", () => {
    const provider = new BuiltinProvider({
        articles: ARTICLES,
        solvedTickets: [
            {
                id: "T-1",
                subject: "Reset link not working",
                body: "the password reset link does not work",
                resolution: "I sent you a fresh link; the old one had expired.",
            },
            {
                id: "T-2",
                subject: "Invoice address",
                body: "change the address on my invoice",
                resolution: "Updated the billing profile.",
            },
        ],
    });
    const reply = provider.suggestReply("Can't sign in", [
        { author: "customer", text: "I forgot my password and the reset link does not work" },
        { author: "agent", text: "Internal: check logs", internal: true },
    ], { customerName: "Casey" });
    assert.equal(reply.articles[0].id, "reset-your-password");
    assert.equal(reply.similarTickets[0].id, "T-1");
    assert.deepEqual(reply.citations.map((c) => c.id), ["reset-your-password", "T-1"]);
    assert.ok(reply.text.startsWith("Hi Casey,"));
});

Deno.test("answer for customers never cites tickets", () => {
    const provider = new BuiltinProvider({
        articles: ARTICLES,
        solvedTickets: [{
            id: "T-1",
            subject: "refund",
            body: "refund duplicate charge",
            resolution: "Refunded 20 EUR to Ms X.",
        }],
    });
    const r = provider.answer("I was charged twice, can I get a refund?");
    assert.deepEqual(r.citations.map((c) => c.kind), ["article"]);
    assert.ok(!r.text.includes("Ms X"));
});

Deno.test("the thread query uses the subject and the customer's messages only", () => {
    const q = threadQuery("Subject", [
        { author: "customer", text: "first" },
        { author: "agent", text: "agent words" },
        { author: "customer", text: "note", internal: true },
        { author: "customer", text: "latest" },
    ]);
    assert.equal(q, "Subject\nfirst\nlatest");
});
