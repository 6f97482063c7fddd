/**
 * The `openai` provider: any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, Ollama,
 * vLLM, llama.cpp server). Structured output through `response_format: {type: "json_schema"}`, a hard
 * timeout per call, and prompts built only from the ActionContext the caller's RLS produced. Any failure
 * (network, HTTP status, timeout, output that does not fit the schema) is an OpenAiError; the handler then
 * answers with the builtin provider and says so.
 */
import { builtinSimilar } from "../handler/builtin_actions.ts";
import type { OpenAiSettings } from "../handler/config.ts";
import type { ActionContext } from "../handler/context.ts";
import type { AiProvider, TriageInput } from "../handler/provider.ts";
import {
    type AnswerOutput,
    type Citation,
    DONT_KNOW,
    type ReplyOutput,
    type SummaryOutput,
    type TriageOutput,
} from "../handler/results.ts";

export class OpenAiError extends Error {
    constructor(readonly kind: "timeout" | "network" | "http" | "output", message: string) {
        super(message);
    }
}

export interface ChatMessage {
    role: "system" | "user";
    content: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export class OpenAiClient {
    constructor(private readonly settings: OpenAiSettings, private readonly fetcher: typeof fetch = fetch) {}

    get model(): string {
        return this.settings.model;
    }

    /** One chat completion whose message content must be JSON matching `schema`. */
    async chatJson(messages: ChatMessage[], name: string, schema: JsonObject): Promise<Record<string, unknown>> {
        const headers: Record<string, string> = { "Content-Type": "application/json" };
        if (this.settings.apiKey) {
            headers["Authorization"] = `Bearer ${this.settings.apiKey}`;
            headers["api-key"] = this.settings.apiKey; // Azure OpenAI reads this one
        }
        let response: Response;
        try {
            response = await this.fetcher(`${this.settings.baseUrl}/chat/completions`, {
                method: "POST",
                headers,
                body: JSON.stringify({
                    model: this.settings.model,
                    messages,
                    temperature: 0.2,
                    response_format: { type: "json_schema", json_schema: { name, strict: true, schema } },
                }),
                signal: AbortSignal.timeout(this.settings.timeoutMs),
            });
        } catch (error) {
            if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
                throw new OpenAiError("timeout", `openai: no answer within ${this.settings.timeoutMs} ms`);
            }
            throw new OpenAiError("network", `openai: ${error instanceof Error ? error.message : String(error)}`);
        }
        let text: string;
        try {
            text = await response.text();
        } catch (error) {
            const timedOut = error instanceof DOMException && error.name === "TimeoutError";
            throw new OpenAiError(
                timedOut ? "timeout" : "network",
                timedOut ? `openai: no answer within ${this.settings.timeoutMs} ms` : `openai: ${error}`,
            );
        }
        if (!response.ok) throw new OpenAiError("http", `openai: HTTP ${response.status}`);
        try {
            const body = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[] };
            const content = body.choices?.[0]?.message?.content;
            if (typeof content !== "string") throw new Error("no message content");
            const parsed: unknown = JSON.parse(content);
            if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
                throw new Error("content is not a JSON object");
            }
            return parsed as Record<string, unknown>;
        } catch (error) {
            throw new OpenAiError(
                "output",
                `openai: unusable output (${error instanceof Error ? error.message : error})`,
            );
        }
    }
}

// Output checks ---------------------------------------------------------------------------------------------
function str(o: Record<string, unknown>, key: string): string {
    const v = o[key];
    if (typeof v !== "string") throw new OpenAiError("output", `openai: ${key} is not a string`);
    return v;
}

function optStr(o: Record<string, unknown>, key: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== "string") throw new OpenAiError("output", `openai: ${key} is not a string`);
    return v.trim().length > 0 ? v : null;
}

function num(o: Record<string, unknown>, key: string): number {
    const v = o[key];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new OpenAiError("output", `openai: ${key} is not a number`);
    return Math.min(1, Math.max(0, v));
}

function strings(o: Record<string, unknown>, key: string): string[] {
    const v = o[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
        throw new OpenAiError("output", `openai: ${key} is not a list of strings`);
    }
    return v as string[];
}

function ints(o: Record<string, unknown>, key: string): number[] {
    const v = o[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "number" || !Number.isInteger(x))) {
        throw new OpenAiError("output", `openai: ${key} is not a list of integers`);
    }
    return v as number[];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
    return value !== null && (allowed as readonly string[]).includes(value) ? value as T : null;
}

const nullableEnum = (values: readonly string[]): JsonObject => ({
    anyOf: [{ type: "string", enum: [...values] }, { type: "null" }],
});

// Prompts: only what the context holds ----------------------------------------------------------------------
function threadText(ctx: ActionContext): string {
    return ctx.thread.map((l, i) => `#${i + 1} ${l.author}${l.internal ? " (internal note)" : ""}:\n${l.text}`)
        .join("\n\n");
}

interface Source {
    marker: number;
    kind: "article" | "ticket";
    id: string;
    title: string;
    text: string;
    score: number;
}

/** The numbered sources a reply may cite: the retrieved articles, then similar solved tickets' replies. */
export function sourcesOf(
    ctx: ActionContext,
    ranked: { articles: { id: string; score: number }[]; tickets: { id: string; score: number }[] },
): Source[] {
    const out: Source[] = [];
    for (const hit of ranked.articles) {
        const a = ctx.articles.find((x) => x.id === hit.id);
        if (a) out.push({ marker: 0, kind: "article", id: a.id, title: a.title, text: a.body, score: hit.score });
    }
    for (const hit of ranked.tickets) {
        const t = ctx.solved.find((x) => x.id === hit.id);
        if (t && t.resolution) {
            out.push({ marker: 0, kind: "ticket", id: t.id, title: t.subject, text: t.resolution, score: hit.score });
        }
    }
    return out.map((s, i) => ({ ...s, marker: i + 1 }));
}

function sourcesText(sources: readonly Source[]): string {
    return sources.map((s) =>
        `[${s.marker}] ${s.kind === "article" ? "Help article" : "Reply that solved a similar ticket"}: ` +
        `${s.title}\n${s.text.slice(0, 4000)}`
    ).join("\n\n");
}

function cited(sources: readonly Source[], markers: readonly number[]): Citation[] {
    const keep = new Set(markers);
    return sources.filter((s) => keep.has(s.marker)).map((s) => ({
        marker: s.marker,
        kind: s.kind,
        id: s.id,
        title: s.title,
        score: Math.round(s.score * 1000) / 1000,
    }));
}

export interface Taxonomy {
    categories: string[];
    tags: string[];
    teams: { id: string; name: string }[];
}

const PRIORITIES = ["low", "normal", "high", "urgent"] as const;

export async function openAiTriage(
    client: OpenAiClient,
    ctx: ActionContext,
    taxonomy: Taxonomy,
    current: TriageOutput["current"],
): Promise<TriageOutput> {
    const schema: JsonObject = {
        type: "object",
        additionalProperties: false,
        required: ["category", "priority", "team_id", "tags", "sentiment", "language", "confidence"],
        properties: {
            category: nullableEnum(taxonomy.categories),
            priority: { type: "string", enum: [...PRIORITIES] },
            team_id: nullableEnum(taxonomy.teams.map((t) => t.id)),
            tags: { type: "array", items: { type: "string", enum: taxonomy.tags } },
            sentiment: { type: "string", enum: ["negative", "neutral", "positive"] },
            language: { type: "string" },
            confidence: { type: "number" },
        },
    };
    const out = await client.chatJson(
        [
            {
                role: "system",
                content: "You triage helpdesk tickets. Choose the category and tags only from the given lists, " +
                    "the team by id, a priority, the customer's sentiment and the ISO 639-1 language. " +
                    "confidence is your overall confidence from 0 to 1. Answer with JSON only.\n" +
                    `Categories: ${JSON.stringify(taxonomy.categories)}\nTags: ${JSON.stringify(taxonomy.tags)}\n` +
                    `Teams: ${JSON.stringify(taxonomy.teams)}`,
            },
            { role: "user", content: `Subject: ${ctx.ticket?.subject ?? ""}\n\n${ctx.ticket?.description ?? ""}` },
        ],
        "ticket_triage",
        schema,
    );
    const confidence = num(out, "confidence");
    const category = oneOf(optStr(out, "category"), taxonomy.categories);
    const teamId = oneOf(optStr(out, "team_id"), taxonomy.teams.map((t) => t.id));
    const priority = oneOf(str(out, "priority"), PRIORITIES);
    const sentiment = oneOf(str(out, "sentiment"), ["negative", "neutral", "positive"] as const) ?? "neutral";
    const suggested = (value: string | null) => value === null ? null : { value, confidence, alternatives: [] };
    return {
        category: suggested(category),
        team: teamId === null ? null : {
            value: teamId,
            confidence,
            alternatives: [],
            team_name: taxonomy.teams.find((t) => t.id === teamId)?.name ?? null,
        },
        priority: suggested(priority),
        tags: strings(out, "tags").filter((t) => taxonomy.tags.includes(t)).map((value) => ({ value, confidence })),
        sentiment: { label: sentiment, score: sentiment === "negative" ? -0.5 : sentiment === "positive" ? 0.5 : 0 },
        language: { code: str(out, "language").slice(0, 8).toLowerCase(), confidence },
        confidence,
        current,
    };
}

const REPLY_SCHEMA: JsonObject = {
    type: "object",
    additionalProperties: false,
    required: ["text", "cited"],
    properties: { text: { type: "string" }, cited: { type: "array", items: { type: "integer" } } },
};

export async function openAiSuggestReply(
    client: OpenAiClient,
    ctx: ActionContext,
    sources: Source[],
): Promise<ReplyOutput> {
    const out = await client.chatJson(
        [
            {
                role: "system",
                content: "You draft a helpdesk agent's reply to the customer. Use only facts from the numbered " +
                    "sources, cite them inline as [n], and list the numbers you cited in `cited`. If no source " +
                    "helps, ask the customer for the details you need. Answer with JSON only.\n\nSources:\n" +
                    sourcesText(sources),
            },
            { role: "user", content: `Subject: ${ctx.ticket?.subject ?? ""}\n\n${threadText(ctx)}` },
        ],
        "suggested_reply",
        REPLY_SCHEMA,
    );
    const citations = cited(sources, ints(out, "cited"));
    return { text: str(out, "text"), citations, confidence: Math.max(0, ...citations.map((c) => c.score)) };
}

export async function openAiSummarize(client: OpenAiClient, ctx: ActionContext): Promise<SummaryOutput> {
    const states = ["waiting_for_agent", "waiting_for_customer", "resolved", "empty"] as const;
    const out = await client.chatJson(
        [
            {
                role: "system",
                content: "Summarise this helpdesk ticket thread for an agent: the problem, what was tried, the " +
                    "current state and the next step. Internal notes are for agents. Answer with JSON only.",
            },
            { role: "user", content: `Subject: ${ctx.ticket?.subject ?? ""}\n\n${threadText(ctx)}` },
        ],
        "ticket_summary",
        {
            type: "object",
            additionalProperties: false,
            required: ["problem", "tried", "state", "next_step"],
            properties: {
                problem: { type: ["string", "null"] },
                tried: { type: "array", items: { type: "string" } },
                state: { type: "string", enum: [...states] },
                next_step: { type: ["string", "null"] },
            },
        },
    );
    const problem = optStr(out, "problem");
    const tried = strings(out, "tried");
    const state = oneOf(str(out, "state"), states) ?? "waiting_for_agent";
    const next = optStr(out, "next_step");
    const text = [
        `Problem: ${problem ?? "-"}`,
        `Tried: ${tried.length > 0 ? tried.join("; ") : "-"}`,
        `State: ${state.replaceAll("_", " ")}`,
        `Next step: ${next ?? "-"}`,
    ].join("\n");
    return { problem, tried, state, next_step: next, text };
}

export async function openAiAnswer(client: OpenAiClient, ctx: ActionContext, sources: Source[]): Promise<AnswerOutput> {
    if (sources.length === 0) return { answered: false, text: DONT_KNOW, citations: [], confidence: 0 };
    const out = await client.chatJson(
        [
            {
                role: "system",
                content: "You answer a customer's question from the numbered help articles only, citing them as " +
                    "[n] and listing the cited numbers in `cited`. If the articles do not answer it, set answered " +
                    "to false and say so honestly. Answer with JSON only.\n\nArticles:\n" + sourcesText(sources),
            },
            { role: "user", content: ctx.question },
        ],
        "kb_answer",
        {
            type: "object",
            additionalProperties: false,
            required: ["answered", "text", "cited"],
            properties: {
                answered: { type: "boolean" },
                text: { type: "string" },
                cited: { type: "array", items: { type: "integer" } },
            },
        },
    );
    const citations = cited(sources, ints(out, "cited"));
    if (out.answered !== true || citations.length === 0) {
        return { answered: false, text: DONT_KNOW, citations: [], confidence: 0 };
    }
    return {
        answered: true,
        text: str(out, "text"),
        citations,
        confidence: Math.max(...citations.map((c) => c.score)),
    };
}

/**
 * The openai provider behind the AiProvider interface. Sources for replies and answers are ranked by the
 * builtin retrieval (the same FTS candidates, re-ranked), the top three of each kind.
 */
export class OpenAiProvider implements AiProvider {
    readonly name = "openai" as const;

    constructor(private readonly client: OpenAiClient) {}

    get model(): string {
        return this.client.model;
    }

    triage(ctx: ActionContext, input: TriageInput): Promise<TriageOutput> {
        const teams = [...input.teams.entries()].map(([id, name]) => ({ id, name }));
        return openAiTriage(this.client, ctx, { ...input.labels, teams }, input.current);
    }

    suggestReply(ctx: ActionContext): Promise<ReplyOutput> {
        return openAiSuggestReply(this.client, ctx, sourcesOf(ctx, builtinSimilar(ctx, 3)));
    }

    summarize(ctx: ActionContext): Promise<SummaryOutput> {
        return openAiSummarize(this.client, ctx);
    }

    answer(ctx: ActionContext): Promise<AnswerOutput> {
        const ranked = builtinSimilar(ctx, 3);
        return openAiAnswer(this.client, ctx, sourcesOf(ctx, { articles: ranked.articles, tickets: [] }));
    }
}
