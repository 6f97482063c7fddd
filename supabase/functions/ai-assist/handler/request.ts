/** The request body of ai-assist, checked and typed. Pure: no I/O. */
import { ApiError } from "./http.ts";

export type ContentAction = "triage" | "suggest_reply" | "summarize" | "answer" | "similar";
export type Outcome = "accepted" | "edited" | "rejected";

export type AiRequest =
    | { action: "triage" | "suggest_reply" | "summarize"; ticketId: string; forceRefresh: boolean }
    | { action: "answer"; ticketId: string | null; query: string | null; forceRefresh: boolean }
    | { action: "similar"; ticketId: string | null; query: string | null; limit: number; forceRefresh: boolean }
    | { action: "feedback"; suggestionId: string; outcome: Outcome; finalText: string | null }
    | { action: "train" }
    | { action: "triage_pending"; ticketId: string | null; limit: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUERY = 2000;
const MAX_FINAL_TEXT = 100000;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function uuid(body: Record<string, unknown>, key: string, required: boolean): string | null {
    const value = body[key];
    if (value === undefined || value === null) {
        if (required) throw new ApiError("invalid_request", `${key} is required`);
        return null;
    }
    if (typeof value !== "string" || !UUID.test(value)) throw new ApiError("invalid_request", `${key} must be a uuid`);
    return value.toLowerCase();
}

function text(body: Record<string, unknown>, key: string, max: number): string | null {
    const value = body[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") throw new ApiError("invalid_request", `${key} must be a string`);
    if (value.length > max) throw new ApiError("invalid_request", `${key} is longer than ${max} characters`);
    return value.trim().length > 0 ? value : null;
}

function integer(body: Record<string, unknown>, key: string, fallback: number, max: number): number {
    const value = body[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
        throw new ApiError("invalid_request", `${key} must be an integer from 1 to ${max}`);
    }
    return value;
}

function flag(body: Record<string, unknown>, key: string): boolean {
    const value = body[key];
    if (value === undefined || value === null) return false;
    if (typeof value !== "boolean") throw new ApiError("invalid_request", `${key} must be a boolean`);
    return value;
}

/** A Supabase Database Webhook payload for a new ticket is a triage_pending request for that ticket. */
function webhook(body: Record<string, unknown>): AiRequest | null {
    if (body.type !== "INSERT" || body.table !== "tickets" || !isRecord(body.record)) return null;
    return { action: "triage_pending", ticketId: uuid(body.record, "id", true), limit: 1 };
}

export function parseRequest(body: unknown): AiRequest {
    if (!isRecord(body)) throw new ApiError("invalid_request", "the body must be a JSON object");
    const hook = webhook(body);
    if (hook) return hook;
    const action = body.action;
    const forceRefresh = flag(body, "force_refresh");
    switch (action) {
        case "triage":
        case "suggest_reply":
        case "summarize":
            return { action, ticketId: uuid(body, "ticket_id", true)!, forceRefresh };
        case "answer":
        case "similar": {
            const ticketId = uuid(body, "ticket_id", false);
            const query = text(body, "query", MAX_QUERY);
            if (!ticketId && !query) throw new ApiError("invalid_request", `${action} needs a query or a ticket_id`);
            if (action === "answer") return { action, ticketId, query, forceRefresh };
            return { action, ticketId, query, limit: integer(body, "limit", 5, 20), forceRefresh };
        }
        case "feedback": {
            const outcome = body.outcome;
            if (outcome !== "accepted" && outcome !== "edited" && outcome !== "rejected") {
                throw new ApiError("invalid_request", "outcome must be accepted, edited or rejected");
            }
            const finalText = text(body, "final_text", MAX_FINAL_TEXT);
            if (outcome === "edited" && !finalText) {
                throw new ApiError("invalid_request", "an edited suggestion needs final_text");
            }
            return { action, suggestionId: uuid(body, "suggestion_id", true)!, outcome, finalText };
        }
        case "train":
            return { action };
        case "triage_pending":
            return { action, ticketId: uuid(body, "ticket_id", false), limit: integer(body, "limit", 20, 100) };
        default:
            throw new ApiError(
                "invalid_request",
                "action must be one of triage, suggest_reply, summarize, answer, similar, feedback, train, triage_pending",
            );
    }
}
