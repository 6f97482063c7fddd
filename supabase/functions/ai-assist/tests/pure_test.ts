import * as assert from "./assert.ts";
import { builtinAnswer, builtinTriage, meanConfidence } from "../handler/builtin_actions.ts";
import { contentHash } from "../handler/cache.ts";
import type { ActionContext, TicketRow } from "../handler/context.ts";
import { DONT_KNOW } from "../handler/results.ts";
import { categoryOf, decodeModels, isDecoded, labelsOf, trainFromTickets } from "../handler/training.ts";
import { TRAIN } from "./fixtures.ts";

Deno.test("the content hash ignores key order and changes with any content", async () => {
    const a = await contentHash({ x: 1, y: { b: [1, 2], a: "t" } });
    assert.equal(a, await contentHash({ y: { a: "t", b: [1, 2] }, x: 1 }));
    assert.ok(/^[0-9a-f]{64}$/.test(a));
    assert.ok(a !== await contentHash({ x: 1, y: { b: [2, 1], a: "t" } }));
});

Deno.test("category comes from custom_fields.category, else the first tag", () => {
    assert.equal(categoryOf({ custom_fields: { category: " Billing " }, tags: ["login"] }), "Billing");
    assert.equal(categoryOf({ custom_fields: {}, tags: ["login", "vip"] }), "login");
    assert.equal(categoryOf({ custom_fields: { category: 5 }, tags: [] }), null);
});

function ticket(i: number, text: string, label: string): TicketRow {
    return {
        id: `t${i}`,
        number: i,
        title: "",
        description: text,
        status: "solved",
        priority: label === "login" ? "high" : "normal",
        tags: [label],
        team_id: label === "billing" ? "team-b" : "team-s",
        custom_fields: {},
        requester_id: "c",
    };
}

const CTX: ActionContext = {
    action: "triage",
    role: "agent",
    ticket: { id: "n", subject: "Double charge", description: "You billed my credit card twice, refund please" },
    thread: [],
    question: "",
    articles: [],
    solved: [],
};

Deno.test("a model trained from tickets triages a new one, reports labels and is decoded once per version", () => {
    const trained = trainFromTickets(TRAIN.map((e, i) => ticket(i, e.text, e.labels[0])), new Date(0));
    const stored = { model: trained.model, trained_at: "2026-01-01T00:00:00Z", metrics: trained.metrics };
    assert.deepEqual(labelsOf(stored).categories, ["billing", "login", "shipping"]);
    const models = decodeModels(stored);
    assert.ok(isDecoded("2026-01-01T00:00:00Z") && !isDecoded("2026-01-02T00:00:00Z"));
    assert.ok(decodeModels({ ...stored, model: null }) === models, "a known version is not decoded again");
    const r = builtinTriage(CTX, models, {
        teamNames: new Map([["team-b", "Billing"]]),
        current: { category: null, team_id: null, priority: "normal", tags: [] },
    });
    assert.equal(r.category?.value, "billing");
    assert.equal(r.team?.team_name, "Billing");
    assert.ok(r.confidence > 0 && r.confidence <= 1);
    assert.equal(r.current.priority, "normal");
});

Deno.test("without models triage still gives sentiment and language, with zero confidence", () => {
    const r = builtinTriage(CTX, {}, {
        teamNames: new Map(),
        current: { category: null, team_id: null, priority: "low", tags: [] },
    });
    assert.equal(r.category, null);
    assert.equal(r.language.code, "en");
    assert.equal(r.confidence, 0);
    assert.equal(meanConfidence([undefined, 0.5, 1]), 0.75);
});

Deno.test("an answer without a matching article is the honest don't-know", () => {
    const r = builtinAnswer({
        ...CTX,
        action: "answer",
        question: "my parrot ate the router",
        articles: [{
            id: "a",
            slug: "a",
            title: "Invoices",
            body: "Download invoices in Billing.",
            visibility: "public",
        }],
    });
    assert.deepEqual([r.answered, r.text, r.citations.length], [false, DONT_KNOW, 0]);
});
