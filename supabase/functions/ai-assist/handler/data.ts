/**
 * Reads and writes through a supabase-js client. For people it is a client carrying their JWT, so their
 * RLS decides every row; for the auto-triage webhook (service-role key) it is the service client.
 */
import type { SupabaseClient } from "@supabase/supabase-js";
import {
    type ArticleRow,
    type MessageRow,
    orQuery,
    type Role,
    type SolvedTicketRow,
    type TicketRow,
} from "./context.ts";
import { ApiError } from "./http.ts";

const TICKET_COLUMNS = "id,number,title,description,status,priority,tags,team_id,custom_fields,requester_id";
const MESSAGE_COLUMNS = "id,ticket_id,body,is_internal,source,created_at";
const ARTICLE_COLUMNS = "id,slug,title,body,visibility,status";

function fail(what: string, error: { message: string }): never {
    throw new ApiError("internal_error", `${what}: ${error.message}`);
}

export async function roleOf(db: SupabaseClient, userId: string): Promise<{ role: Role; name: string }> {
    const { data, error } = await db.from("profiles").select("role,full_name,is_active").eq("id", userId)
        .maybeSingle();
    if (error) fail("profile", error);
    if (!data || !data.is_active) throw new ApiError("forbidden_action", "no active profile for this user");
    return { role: data.role as Role, name: String(data.full_name ?? "") };
}

export async function loadTicket(db: SupabaseClient, id: string): Promise<TicketRow> {
    const { data, error } = await db.from("tickets").select(TICKET_COLUMNS).eq("id", id).is("deleted_at", null)
        .maybeSingle();
    if (error) fail("ticket", error);
    if (!data) throw new ApiError("not_found", "no such ticket, or not yours to see");
    return data as TicketRow;
}

export async function loadMessages(db: SupabaseClient, ticketIds: string[]): Promise<MessageRow[]> {
    if (ticketIds.length === 0) return [];
    const { data, error } = await db.from("ticket_messages").select(MESSAGE_COLUMNS).in("ticket_id", ticketIds)
        .is("deleted_at", null).order("created_at").limit(1000);
    if (error) fail("messages", error);
    return (data ?? []) as MessageRow[];
}

/** Full-text candidates (search_kb, OR of the words), topped up with the newest published articles. */
export async function searchArticles(db: SupabaseClient, question: string, limit = 30): Promise<ArticleRow[]> {
    const ids = new Set<string>();
    const tsq = orQuery(question);
    if (tsq) {
        const { data, error } = await db.rpc("search_kb", { query: tsq, max_results: limit });
        if (error) fail("search_kb", error);
        for (const row of (data ?? []) as { id: string }[]) ids.add(row.id);
    }
    const columns = ARTICLE_COLUMNS;
    const found = ids.size > 0
        ? await db.from("kb_articles").select(columns).in("id", [...ids]).eq("status", "published")
            .is("deleted_at", null)
        : { data: [], error: null };
    if (found.error) fail("kb_articles", found.error);
    const rows = (found.data ?? []) as ArticleRow[];
    if (rows.length < 5) {
        // Few full-text hits (typos, other words): let the engine's character n-grams rank recent articles too.
        const { data, error } = await db.from("kb_articles").select(columns).eq("status", "published")
            .is("deleted_at", null).order("updated_at", { ascending: false }).limit(100);
        if (error) fail("kb_articles", error);
        for (const row of (data ?? []) as ArticleRow[]) if (!ids.has(row.id)) rows.push(row);
    }
    return rows;
}

/** Solved or closed tickets matching the question (search_tickets, RLS applies), with their messages. */
export async function searchSolved(db: SupabaseClient, question: string, limit = 20): Promise<SolvedTicketRow[]> {
    const tsq = orQuery(question);
    if (!tsq) return [];
    const { data, error } = await db.rpc("search_tickets", { query: tsq, max_results: limit * 3 });
    if (error) fail("search_tickets", error);
    const ids = ((data ?? []) as { id: string; status: string }[])
        .filter((r) => r.status === "solved" || r.status === "closed").slice(0, limit).map((r) => r.id);
    if (ids.length === 0) return [];
    const tickets = await db.from("tickets").select(TICKET_COLUMNS).in("id", ids);
    if (tickets.error) fail("tickets", tickets.error);
    const messages = await loadMessages(db, ids);
    return ((tickets.data ?? []) as TicketRow[]).map((ticket) => ({
        ticket,
        messages: messages.filter((m) => m.ticket_id === ticket.id),
    }));
}

export async function teamNames(db: SupabaseClient): Promise<Map<string, string>> {
    const { data, error } = await db.from("teams").select("id,name");
    if (error) fail("teams", error);
    return new Map(((data ?? []) as { id: string; name: string }[]).map((t) => [t.id, t.name]));
}

export interface StoredModel {
    model: unknown;
    trained_at: string;
    metrics: Record<string, unknown>;
}

/**
 * A stored model, its JSON fetched only when `known(trained_at)` says the caller has no decoded copy of
 * that version (a triage model is about a megabyte).
 */
export async function loadModel(
    db: SupabaseClient,
    name: string,
    known: (trainedAt: string) => boolean = () => false,
): Promise<StoredModel | null> {
    const meta = await db.from("ai_models").select("trained_at,metrics").eq("name", name).maybeSingle();
    if (meta.error) fail("ai_models", meta.error);
    if (!meta.data) return null;
    if (known(meta.data.trained_at)) return { model: null, ...meta.data } as StoredModel;
    const { data, error } = await db.from("ai_models").select("model,trained_at,metrics").eq("name", name)
        .maybeSingle();
    if (error) fail("ai_models", error);
    return data as StoredModel | null;
}

/**
 * The tickets the caller can read that carry a label a person set (a team, a tag or a category), newest
 * first, in pages of 1000 (the API's max_rows).
 */
export async function labelledTickets(db: SupabaseClient, max = 2000): Promise<TicketRow[]> {
    const out: TicketRow[] = [];
    for (let from = 0; from < max; from += 1000) {
        const { data, error } = await db.from("tickets").select(TICKET_COLUMNS).is("deleted_at", null)
            .or("team_id.not.is.null,tags.neq.{},custom_fields->>category.not.is.null")
            .order("created_at", { ascending: false }).order("id").range(from, Math.min(from + 999, max - 1));
        if (error) fail("tickets", error);
        out.push(...(data ?? []) as TicketRow[]);
        if ((data ?? []).length < 1000) break;
    }
    return out;
}

export async function pendingTriage(db: SupabaseClient, limit: number): Promise<string[]> {
    const { data, error } = await db.rpc("ai_tickets_pending_triage", { p_limit: limit });
    if (error) fail("ai_tickets_pending_triage", error);
    return ((data ?? []) as { id: string }[]).map((r) => r.id);
}
