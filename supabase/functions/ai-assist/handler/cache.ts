/** ai_suggestions: the cache per (ticket, action, content hash) and the human-in-the-loop outcome. */
import type { SupabaseClient } from "@supabase/supabase-js";
import { ApiError } from "./http.ts";
import type { ContentAction, Outcome } from "./request.ts";
import type { ActionOutput } from "./results.ts";

/** sha-256 (hex) of a value's canonical JSON (object keys sorted). */
export async function contentHash(value: unknown): Promise<string> {
    const canonical = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(canonical);
        if (v && typeof v === "object") {
            return Object.fromEntries(
                Object.keys(v as Record<string, unknown>).sort().map((
                    k,
                ) => [k, canonical((v as Record<string, unknown>)[k])]),
            );
        }
        return v;
    };
    const bytes = new TextEncoder().encode(JSON.stringify(canonical(value)));
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export interface SuggestionRow {
    id: string;
    provider: "builtin" | "openai";
    result: ActionOutput;
    fallback_reason: string | null;
}

export interface CacheKey {
    ticketId: string | null;
    action: ContentAction;
    hash: string;
}

export async function findSuggestion(db: SupabaseClient, key: CacheKey): Promise<SuggestionRow | null> {
    let query = db.from("ai_suggestions").select("id,provider,result,fallback_reason").eq("action", key.action)
        .eq("content_hash", key.hash);
    query = key.ticketId ? query.eq("ticket_id", key.ticketId) : query.is("ticket_id", null);
    const { data, error } = await query.maybeSingle();
    if (error) throw new ApiError("internal_error", `ai_suggestions: ${error.message}`);
    return data as SuggestionRow | null;
}

/** Records a fresh result under the key (replacing an older one there), returns its id. */
export async function storeSuggestion(
    db: SupabaseClient,
    key: CacheKey,
    existing: SuggestionRow | null,
    value: { provider: "builtin" | "openai"; result: ActionOutput; fallbackReason: string | null },
): Promise<string> {
    const fields = { provider: value.provider, result: value.result, fallback_reason: value.fallbackReason };
    if (existing) {
        const { error } = await db.from("ai_suggestions").update(fields).eq("id", existing.id);
        if (error) throw new ApiError("internal_error", `ai_suggestions: ${error.message}`);
        return existing.id;
    }
    const { data, error } = await db.from("ai_suggestions")
        .insert({ ticket_id: key.ticketId, action: key.action, content_hash: key.hash, ...fields })
        .select("id").single();
    if (error?.code === "23505") {
        // Another request stored the same key a moment ago.
        const row = await findSuggestion(db, key);
        if (row) return row.id;
    }
    if (error || !data) throw new ApiError("internal_error", `ai_suggestions: ${error?.message ?? "no row"}`);
    return (data as { id: string }).id;
}

/** The person's verdict on a suggestion, as an RLS'd update (clients may also PATCH the row directly). */
export async function recordOutcome(
    db: SupabaseClient,
    id: string,
    outcome: Outcome,
    finalText: string | null,
): Promise<{ id: string; outcome: Outcome; outcome_at: string; action: string }> {
    const { data, error } = await db.from("ai_suggestions").update({ outcome, final_text: finalText }).eq("id", id)
        .select("id,outcome,outcome_at,action").maybeSingle();
    if (error) throw new ApiError("internal_error", `ai_suggestions: ${error.message}`);
    if (!data) throw new ApiError("not_found", "no such suggestion, or not yours to rate");
    return data as { id: string; outcome: Outcome; outcome_at: string; action: string };
}
