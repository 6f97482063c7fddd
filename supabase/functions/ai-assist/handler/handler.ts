/**
 * The ai-assist HTTP handler: who is calling (their JWT, their profile's role), what they may ask, the
 * context read as them (RLS), the cache, the provider (openai with builtin fallback, or builtin), and the
 * JSON answer. `createHandler(config)` is what index.ts serves; tests call it in-process too.
 */
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { OpenAiClient, OpenAiError, OpenAiProvider } from "../providers/openai.ts";
import type { TriageModels } from "../builtin/triage.ts";
import { BuiltinActions, builtinSimilar } from "./builtin_actions.ts";
import { contentHash, findSuggestion, recordOutcome, storeSuggestion } from "./cache.ts";
import type { AiConfig } from "./config.ts";
import type { AiProvider } from "./provider.ts";
import { type ActionContext, assembleContext, type RawContext, type Role, type TicketRow } from "./context.ts";
import * as data from "./data.ts";
import { ApiError, corsHeaders, errorReply, reply } from "./http.ts";
import { type AiRequest, type ContentAction, parseRequest } from "./request.ts";
import type { ActionOutput, TriageOutput } from "./results.ts";
import {
    categoryOf,
    decodeModels,
    isDecoded,
    labelsOf,
    trainFromTickets,
    TRIAGE_KIND,
    TRIAGE_MODEL,
} from "./training.ts";

export interface Caller {
    userId: string | null;
    role: Role;
    name: string;
    db: SupabaseClient;
}

const ALLOWED: Record<Role, ReadonlySet<AiRequest["action"]>> = {
    customer: new Set(["answer"]),
    agent: new Set(["triage", "suggest_reply", "summarize", "answer", "similar", "feedback", "triage_pending"]),
    admin: new Set([
        "triage",
        "suggest_reply",
        "summarize",
        "answer",
        "similar",
        "feedback",
        "triage_pending",
        "train",
    ]),
    system: new Set(["triage_pending"]),
};

/** Spend at most this long triaging pending tickets in one request; the rest waits for the next call. */
const PENDING_BUDGET_MS = 20_000;

function clientFor(config: AiConfig, key: string, authorization?: string): SupabaseClient {
    return createClient(config.supabaseUrl, key, {
        global: authorization ? { headers: { Authorization: authorization } } : {},
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
}

async function authenticate(config: AiConfig, req: Request): Promise<Caller> {
    const authorization = req.headers.get("Authorization") ?? "";
    const token = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new ApiError("not_signed_in", "sign in first (Authorization: Bearer <access token>)");
    if (token === config.serviceRoleKey) {
        return { userId: null, role: "system", name: "", db: clientFor(config, config.serviceRoleKey) };
    }
    const db = clientFor(config, config.anonKey, `Bearer ${token}`);
    const { data: user, error } = await db.auth.getUser(token);
    if (error || !user.user) throw new ApiError("not_signed_in", "the access token is not a signed-in user's");
    const profile = await data.roleOf(db, user.user.id);
    return { userId: user.user.id, role: profile.role, name: profile.name, db };
}

interface Computed {
    provider: "builtin" | "openai";
    fallbackReason: string | null;
    result: ActionOutput;
}

interface TriageSetup {
    stored: data.StoredModel | null;
    models: TriageModels;
    teams: Map<string, string>;
}

export function createHandler(config: AiConfig, fetcher: typeof fetch = fetch): (req: Request) => Promise<Response> {
    const builtin = new BuiltinActions();
    const openai = config.provider === "openai" && config.openai
        ? new OpenAiProvider(new OpenAiClient(config.openai, fetcher))
        : null;
    const primary: AiProvider = openai ?? builtin;
    const providerId = openai ? `openai:${openai.model}` : "builtin";

    async function triageSetup(caller: Caller): Promise<TriageSetup> {
        const stored = await data.loadModel(caller.db, TRIAGE_MODEL, isDecoded);
        return { stored, models: decodeModels(stored), teams: await data.teamNames(caller.db) };
    }

    async function loadRaw(
        caller: Caller,
        action: ContentAction,
        ticketId: string | null,
        query: string | null,
    ): Promise<{ raw: RawContext; ticket: TicketRow | null }> {
        const ticket = ticketId ? await data.loadTicket(caller.db, ticketId) : null;
        const messages = ticket && action !== "triage" ? await data.loadMessages(caller.db, [ticket.id]) : [];
        const raw: RawContext = { ticket, messages, query, articles: [], solved: [] };
        if (action === "triage" || action === "summarize") return { raw, ticket };
        const { question } = assembleContext(action, caller.role, raw);
        raw.articles = await data.searchArticles(caller.db, question);
        if (caller.role !== "customer" && (action === "suggest_reply" || action === "similar")) {
            raw.solved = await data.searchSolved(caller.db, question);
        }
        return { raw, ticket };
    }

    async function compute(
        caller: Caller,
        ctx: ActionContext,
        ticket: TicketRow | null,
        limit: number,
        setup: TriageSetup | null,
    ): Promise<Computed> {
        const current: TriageOutput["current"] = {
            category: ticket ? categoryOf(ticket) : null,
            team_id: ticket?.team_id ?? null,
            priority: ticket?.priority ?? "normal",
            tags: ticket?.tags ?? [],
        };
        const run = async (provider: AiProvider): Promise<ActionOutput> => {
            switch (ctx.action) {
                case "triage":
                    return await provider.triage(ctx, {
                        models: setup?.models ?? {},
                        teams: setup?.teams ?? new Map(),
                        labels: labelsOf(setup?.stored ?? null),
                        current,
                    });
                case "suggest_reply": {
                    const customer = ticket ? await requesterFirstName(caller, ticket) : undefined;
                    return await provider.suggestReply(ctx, {
                        customer,
                        agent: caller.name.split(" ")[0] || undefined,
                    });
                }
                case "summarize":
                    return await provider.summarize(ctx);
                case "answer":
                    return await provider.answer(ctx);
                case "similar":
                    // Retrieval only: always the builtin ranking (no embeddings provider is wired in).
                    return builtinSimilar(ctx, limit);
            }
        };
        if (primary.name === "builtin" || ctx.action === "similar") {
            return { provider: "builtin", fallbackReason: null, result: await run(builtin) };
        }
        try {
            return { provider: primary.name, fallbackReason: null, result: await run(primary) };
        } catch (error) {
            if (!(error instanceof OpenAiError)) throw error;
            console.warn(`ai-assist: ${error.message}; answering with builtin`);
            return { provider: "builtin", fallbackReason: error.message, result: await run(builtin) };
        }
    }

    async function requesterFirstName(caller: Caller, ticket: TicketRow): Promise<string | undefined> {
        const { data: row } = await caller.db.from("profiles").select("full_name").eq("id", ticket.requester_id)
            .maybeSingle();
        const first = String(row?.full_name ?? "").split(" ")[0];
        return first.length > 0 ? first : undefined;
    }

    async function runContent(
        caller: Caller,
        action: ContentAction,
        ticketId: string | null,
        query: string | null,
        options: { limit: number; forceRefresh: boolean; setup?: TriageSetup },
    ) {
        const { raw, ticket } = await loadRaw(caller, action, ticketId, query);
        const ctx = assembleContext(action, caller.role, raw);
        const setup = action === "triage" ? options.setup ?? await triageSetup(caller) : null;
        const scope = ticket ? (caller.role === "customer" ? "customer" : "staff") : `user:${caller.userId}`;
        const key = {
            ticketId: ticket?.id ?? null,
            action,
            hash: await contentHash({
                v: 1,
                scope,
                provider: providerId,
                limit: action === "similar" ? options.limit : null,
                model: setup?.stored?.trained_at ?? null,
                ticket: action === "triage"
                    ? { priority: ticket?.priority, team: ticket?.team_id, tags: ticket?.tags }
                    : null,
                ctx: { ...ctx, role: null },
            }),
        };
        const existing = await findSuggestion(caller.db, key);
        if (existing && !options.forceRefresh && !existing.fallback_reason) {
            return {
                action,
                provider: existing.provider,
                fallback: null,
                suggestion_id: existing.id,
                cached: true,
                result: existing.result,
            };
        }
        const computed = await compute(caller, ctx, ticket, options.limit, setup);
        const id = await storeSuggestion(caller.db, key, existing, computed);
        return {
            action,
            provider: computed.provider,
            fallback: computed.fallbackReason ? { from: "openai", reason: computed.fallbackReason } : null,
            suggestion_id: id,
            cached: false,
            result: computed.result,
        };
    }

    async function triagePending(caller: Caller, ticketId: string | null, limit: number) {
        const started = Date.now();
        const ids = ticketId ? [ticketId] : await data.pendingTriage(caller.db, limit);
        const setup = await triageSetup(caller);
        const triaged: { ticket_id: string; suggestion_id: string; cached: boolean }[] = [];
        let remaining = 0;
        for (const id of ids) {
            if (Date.now() - started > PENDING_BUDGET_MS) {
                remaining++;
                continue;
            }
            const r = await runContent(caller, "triage", id, null, { limit: 1, forceRefresh: false, setup });
            triaged.push({ ticket_id: id, suggestion_id: r.suggestion_id, cached: r.cached });
        }
        return { action: "triage_pending", provider: openai ? "openai" : "builtin", triaged, remaining };
    }

    async function train(caller: Caller) {
        const tickets = await data.labelledTickets(caller.db);
        const trained = trainFromTickets(tickets);
        if (Object.keys(trained.model.models).length === 0) {
            // Keep the stored model: a workspace without labels would replace it with nothing.
            throw new ApiError(
                "not_enough_data",
                `not enough labelled tickets to train on (${tickets.length} with a team, tag or category)`,
            );
        }
        const row = { kind: TRIAGE_KIND, model: trained.model, metrics: trained.metrics };
        const existing = await caller.db.from("ai_models").select("id").eq("name", TRIAGE_MODEL).maybeSingle();
        if (existing.error) throw new ApiError("internal_error", `ai_models: ${existing.error.message}`);
        const saved = existing.data
            ? await caller.db.from("ai_models").update(row).eq("id", existing.data.id).select(
                "name,kind,trained_at,metrics",
            )
                .single()
            : await caller.db.from("ai_models").insert({ name: TRIAGE_MODEL, ...row }).select(
                "name,kind,trained_at,metrics",
            ).single();
        if (saved.error) throw new ApiError("internal_error", `ai_models: ${saved.error.message}`);
        return { action: "train", model: saved.data };
    }

    async function dispatch(caller: Caller, request: AiRequest): Promise<unknown> {
        if (!ALLOWED[caller.role].has(request.action)) {
            throw new ApiError(
                "forbidden_action",
                caller.role === "customer"
                    ? `customers may only ask for answers, not ${request.action}`
                    : `${request.action} is not allowed for ${caller.role}s`,
            );
        }
        switch (request.action) {
            case "triage":
            case "suggest_reply":
            case "summarize":
                return await runContent(caller, request.action, request.ticketId, null, {
                    limit: 3,
                    forceRefresh: request.forceRefresh,
                });
            case "answer":
                return await runContent(caller, "answer", request.ticketId, request.query, {
                    limit: 3,
                    forceRefresh: request.forceRefresh,
                });
            case "similar":
                return await runContent(caller, "similar", request.ticketId, request.query, {
                    limit: request.limit,
                    forceRefresh: request.forceRefresh,
                });
            case "feedback": {
                const row = await recordOutcome(caller.db, request.suggestionId, request.outcome, request.finalText);
                return { action: "feedback", suggestion_id: row.id, outcome: row.outcome, outcome_at: row.outcome_at };
            }
            case "train":
                return await train(caller);
            case "triage_pending":
                return await triagePending(caller, request.ticketId, request.limit);
        }
    }

    return async (req: Request): Promise<Response> => {
        if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
        try {
            if (req.method !== "POST") throw new ApiError("method_not_allowed", "use POST with a JSON body");
            const caller = await authenticate(config, req);
            let body: unknown;
            try {
                body = await req.json();
            } catch {
                throw new ApiError("invalid_request", "the body must be JSON");
            }
            return reply(await dispatch(caller, parseRequest(body)));
        } catch (error) {
            if (error instanceof ApiError) return errorReply(error);
            console.error("ai-assist:", error);
            return errorReply(new ApiError("internal_error", "the assistant failed; please try again"));
        }
    };
}
