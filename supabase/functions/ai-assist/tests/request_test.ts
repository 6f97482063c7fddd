import * as assert from "./assert.ts";
import { ApiError } from "../handler/http.ts";
import { parseRequest } from "../handler/request.ts";

const ID = "0b0e7c1a-1234-4abc-8def-0123456789ab";

function refused(body: unknown, pattern: RegExp): void {
    try {
        parseRequest(body);
    } catch (e) {
        assert.ok(e instanceof ApiError && e.code === "invalid_request", `expected invalid_request, got ${e}`);
        assert.ok(pattern.test(e.message), `"${e.message}" does not match ${pattern}`);
        return;
    }
    throw new Error(`accepted ${JSON.stringify(body)}`);
}

Deno.test("ticket actions need a ticket_id that is a uuid", () => {
    assert.deepEqual(parseRequest({ action: "summarize", ticket_id: ID.toUpperCase() }), {
        action: "summarize",
        ticketId: ID,
        forceRefresh: false,
    });
    refused({ action: "triage" }, /ticket_id is required/);
    refused({ action: "suggest_reply", ticket_id: "1; drop table" }, /must be a uuid/);
    refused({ action: "summarize", ticket_id: ID, force_refresh: "yes" }, /force_refresh must be a boolean/);
});

Deno.test("answer and similar need a query or a ticket, similar's limit is bounded", () => {
    assert.deepEqual(parseRequest({ action: "answer", query: "reset password" }), {
        action: "answer",
        ticketId: null,
        query: "reset password",
        forceRefresh: false,
    });
    refused({ action: "answer", query: "   " }, /needs a query or a ticket_id/);
    refused({ action: "answer", query: "x".repeat(2001) }, /longer than 2000/);
    assert.equal((parseRequest({ action: "similar", query: "q" }) as { limit: number }).limit, 5);
    refused({ action: "similar", query: "q", limit: 21 }, /limit must be an integer from 1 to 20/);
});

Deno.test("feedback takes an outcome, and an edit needs the final text", () => {
    assert.deepEqual(parseRequest({ action: "feedback", suggestion_id: ID, outcome: "accepted" }), {
        action: "feedback",
        suggestionId: ID,
        outcome: "accepted",
        finalText: null,
    });
    refused({ action: "feedback", suggestion_id: ID, outcome: "liked" }, /accepted, edited or rejected/);
    refused({ action: "feedback", suggestion_id: ID, outcome: "edited" }, /needs final_text/);
});

Deno.test("a database webhook payload for a new ticket is a triage_pending request", () => {
    assert.deepEqual(parseRequest({ type: "INSERT", table: "tickets", schema: "public", record: { id: ID } }), {
        action: "triage_pending",
        ticketId: ID,
        limit: 1,
    });
    refused({ type: "INSERT", table: "tickets", record: { id: 5 } }, /must be a uuid/);
});

Deno.test("unknown actions and non-object bodies are refused", () => {
    refused({ action: "delete_everything" }, /action must be one of/);
    refused([1, 2], /JSON object/);
    refused(null, /JSON object/);
});
