/**
 * The builtin provider's four actions over plain data, for the ai-assist HTTP handler: the handler loads
 * the rows the caller may see (RLS), builds a provider and calls one action. No I/O here.
 *
 * - `triage`: category/team/priority/tags from the workspace's models, sentiment, language;
 * - `suggestReply` (agents): a reply from the best article and similar solved tickets, cited;
 * - `summarize`: the ticket summary (problem, tried, state, next step);
 * - `answer` (customers): a reply from published articles only, never from other customers' tickets.
 */
import { type ComposedReply, composeReply } from "./compose.ts";
import { type RetrievalDoc, type RetrievalHit, RetrievalIndex } from "./retrieve.ts";
import { summarizeThread, type ThreadMessage, type TicketSummary } from "./summarize.ts";
import { triage, type TriageModels, type TriageOptions, type TriageResult } from "./triage.ts";

export interface KbArticleInput {
    id: string;
    title: string;
    body: string;
}

export interface SolvedTicketInput {
    id: string;
    subject: string;
    /** The customer's request (first message). */
    body: string;
    /** The public agent reply that solved it. */
    resolution: string;
}

export interface ProviderInput {
    articles?: readonly KbArticleInput[];
    solvedTickets?: readonly SolvedTicketInput[];
    models?: TriageModels;
}

export interface ReplyOptions {
    customerName?: string;
    agentName?: string;
    /** Sources below this retrieval score are not used. Default 0.2. */
    minScore?: number;
}

export interface SuggestedReply extends ComposedReply {
    articles: RetrievalHit[];
    similarTickets: RetrievalHit[];
}

/** The customer's side of a thread as one retrieval query: subject, first and latest customer message. */
export function threadQuery(subject: string, messages: readonly ThreadMessage[]): string {
    const customer = messages.filter((m) => m.author === "customer" && !m.internal);
    const parts = [subject, customer[0]?.text ?? "", customer.length > 1 ? customer[customer.length - 1].text : ""];
    return parts.filter((p) => p.trim().length > 0).join("\n");
}

export class BuiltinProvider {
    private readonly articles: RetrievalIndex;
    private readonly tickets: RetrievalIndex;
    private readonly resolutions = new Map<string, string>();
    private readonly bodies = new Map<string, string>();

    constructor(private readonly input: ProviderInput) {
        const articleDocs: RetrievalDoc[] = (input.articles ?? []).map((a) => ({
            id: a.id,
            kind: "article",
            title: a.title,
            body: a.body,
        }));
        for (const a of input.articles ?? []) this.bodies.set(a.id, a.body);
        const ticketDocs: RetrievalDoc[] = (input.solvedTickets ?? []).map((t) => ({
            id: t.id,
            kind: "ticket",
            title: t.subject,
            body: t.body,
        }));
        for (const t of input.solvedTickets ?? []) this.resolutions.set(t.id, t.resolution);
        this.articles = new RetrievalIndex(articleDocs);
        this.tickets = new RetrievalIndex(ticketDocs);
    }

    triage(subject: string, body: string, options: TriageOptions = {}): TriageResult {
        return triage(subject, body, this.input.models ?? {}, options);
    }

    searchArticles(query: string, limit = 5): RetrievalHit[] {
        return this.articles.search(query, { limit });
    }

    similarTickets(query: string, limit = 5): RetrievalHit[] {
        return this.tickets.search(query, { limit });
    }

    summarize(messages: readonly ThreadMessage[]): TicketSummary {
        return summarizeThread(messages);
    }

    /** For agents: cites the best article and the best similar solved ticket. */
    suggestReply(subject: string, messages: readonly ThreadMessage[], options: ReplyOptions = {}): SuggestedReply {
        const query = threadQuery(subject, messages);
        const articles = this.searchArticles(query, 3);
        const similarTickets = this.similarTickets(query, 3);
        const reply = composeReply({
            query,
            articles: articles.map((h) => ({
                id: h.id,
                title: h.title,
                body: this.bodies.get(h.id) ?? "",
                score: h.score,
            })),
            solvedTickets: similarTickets.map((h) => ({
                id: h.id,
                title: h.title,
                resolution: this.resolutions.get(h.id) ?? "",
                score: h.score,
            })),
            customerName: options.customerName,
            agentName: options.agentName,
        }, { minScore: options.minScore });
        return { ...reply, articles, similarTickets };
    }

    /** For customers: published articles only (pass only what the customer may read). */
    answer(question: string, options: ReplyOptions = {}): ComposedReply & { articles: RetrievalHit[] } {
        const articles = this.searchArticles(question, 3);
        const reply = composeReply({
            query: question,
            articles: articles.map((h) => ({
                id: h.id,
                title: h.title,
                body: this.bodies.get(h.id) ?? "",
                score: h.score,
            })),
            customerName: options.customerName,
            agentName: options.agentName,
        }, { minScore: options.minScore });
        return { ...reply, articles };
    }
}
