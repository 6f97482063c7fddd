/** The content actions on the builtin offline engine (../builtin, no network, no model download). */
import { BuiltinProvider } from "../builtin/provider.ts";
import type { TriageModels } from "../builtin/triage.ts";
import { type ActionContext, toThreadMessages } from "./context.ts";
import type { AiProvider, ReplyNames, TriageInput } from "./provider.ts";
import {
    type AnswerOutput,
    type Citation,
    DONT_KNOW,
    type ReplyOutput,
    type SimilarOutput,
    type SummaryOutput,
    type TriageOutput,
} from "./results.ts";

export interface TriageExtras {
    teamNames: ReadonlyMap<string, string>;
    current: TriageOutput["current"];
}

function provider(ctx: ActionContext, models?: TriageModels): BuiltinProvider {
    return new BuiltinProvider({
        articles: ctx.articles.map((a) => ({ id: a.id, title: a.title, body: a.body })),
        solvedTickets: ctx.solved.map((s) => ({
            id: s.id,
            subject: s.subject,
            body: s.body,
            resolution: s.resolution,
        })),
        models,
    });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function meanConfidence(values: (number | undefined)[]): number {
    const present = values.filter((v): v is number => typeof v === "number");
    return present.length === 0 ? 0 : round(present.reduce((a, b) => a + b, 0) / present.length);
}

export function builtinTriage(ctx: ActionContext, models: TriageModels, extras: TriageExtras): TriageOutput {
    const r = provider(ctx, models).triage(ctx.ticket?.subject ?? "", ctx.ticket?.description ?? ctx.question);
    const team = r.team ? { ...r.team, team_name: extras.teamNames.get(r.team.value) ?? null } : null;
    return {
        category: r.category ?? null,
        team,
        priority: r.priority ?? null,
        tags: r.tags,
        sentiment: { label: r.sentiment.label, score: r.sentiment.score },
        language: { code: r.language.language, confidence: r.language.confidence },
        confidence: meanConfidence([r.category?.confidence, r.team?.confidence, r.priority?.confidence]),
        current: extras.current,
    };
}

function citations(list: readonly Citation[]): Citation[] {
    return list.map((c) => ({ marker: c.marker, kind: c.kind, id: c.id, title: c.title, score: round(c.score) }));
}

export function builtinSuggestReply(ctx: ActionContext, names: { customer?: string; agent?: string }): ReplyOutput {
    const thread = toThreadMessages(ctx.thread);
    const r = provider(ctx).suggestReply(
        ctx.ticket?.subject ?? "",
        thread.length > 0 ? thread : [
            { author: "customer", text: ctx.question },
        ],
        { customerName: names.customer, agentName: names.agent },
    );
    return { text: r.text, citations: citations(r.citations), confidence: round(r.confidence) };
}

export function builtinSummarize(ctx: ActionContext): SummaryOutput {
    const s = provider(ctx).summarize(toThreadMessages(ctx.thread));
    return {
        problem: s.problem?.text ?? null,
        tried: s.tried.map((t) => t.text),
        state: s.state,
        next_step: s.nextStep?.text ?? null,
        text: s.text,
    };
}

export function builtinAnswer(ctx: ActionContext, customerName?: string): AnswerOutput {
    const r = provider(ctx).answer(ctx.question, { customerName });
    if (r.citations.length === 0) return { answered: false, text: DONT_KNOW, citations: [], confidence: 0 };
    return { answered: true, text: r.text, citations: citations(r.citations), confidence: round(r.confidence) };
}

export function builtinSimilar(ctx: ActionContext, limit: number): SimilarOutput {
    const p = provider(ctx);
    const bySlug = new Map(ctx.articles.map((a) => [a.id, a]));
    const byTicket = new Map(ctx.solved.map((s) => [s.id, s]));
    return {
        articles: p.searchArticles(ctx.question, limit).map((h) => ({
            id: h.id,
            slug: bySlug.get(h.id)?.slug ?? "",
            title: h.title,
            visibility: bySlug.get(h.id)?.visibility ?? "public",
            score: round(h.score),
        })),
        tickets: p.similarTickets(ctx.question, limit).map((h) => ({
            id: h.id,
            number: byTicket.get(h.id)?.number ?? 0,
            title: h.title,
            score: round(h.score),
        })),
    };
}

/** The builtin provider behind the AiProvider interface: no network, no model download. */
export class BuiltinActions implements AiProvider {
    readonly name = "builtin" as const;

    triage(ctx: ActionContext, input: TriageInput): Promise<TriageOutput> {
        return Promise.resolve(builtinTriage(ctx, input.models, { teamNames: input.teams, current: input.current }));
    }

    suggestReply(ctx: ActionContext, names: ReplyNames): Promise<ReplyOutput> {
        return Promise.resolve(builtinSuggestReply(ctx, names));
    }

    summarize(ctx: ActionContext): Promise<SummaryOutput> {
        return Promise.resolve(builtinSummarize(ctx));
    }

    answer(ctx: ActionContext): Promise<AnswerOutput> {
        return Promise.resolve(builtinAnswer(ctx));
    }
}
