/**
 * What a provider may see for one action: assembled from the rows the caller's own RLS returned, then
 * narrowed again by role and action here, so a prompt never holds more than the action needs. Pure.
 *
 * - customers (`answer` only): the question is the subject and their own public messages; sources are
 *   published public articles; no other ticket, no internal note, no agent text;
 * - `suggest_reply` (a draft the customer will read): public messages of the ticket, published public
 *   articles, public agent replies of similar solved tickets; never an internal note;
 * - `summarize` (for agents): the whole thread, internal notes included and marked;
 * - `triage`: the ticket's subject and description.
 */
import type { ThreadMessage } from "../builtin/summarize.ts";
import type { ContentAction } from "./request.ts";

export type Role = "customer" | "agent" | "admin" | "system";

export interface TicketRow {
    id: string;
    number: number;
    title: string;
    description: string;
    status: string;
    priority: string;
    tags: string[];
    team_id: string | null;
    custom_fields: Record<string, unknown>;
    requester_id: string;
}

export interface MessageRow {
    id: string;
    ticket_id: string;
    body: string;
    is_internal: boolean;
    source: string;
    created_at: string;
}

export interface ArticleRow {
    id: string;
    slug: string;
    title: string;
    body: string;
    visibility: string;
    status: string;
}

export interface SolvedTicketRow {
    ticket: TicketRow;
    messages: MessageRow[];
}

export interface ThreadLine {
    author: "customer" | "agent";
    text: string;
    internal: boolean;
}

export interface SolvedSource {
    id: string;
    number: number;
    subject: string;
    body: string;
    resolution: string;
}

export interface ArticleSource {
    id: string;
    slug: string;
    title: string;
    body: string;
    visibility: "public" | "internal";
}

export interface ActionContext {
    action: ContentAction;
    role: Role;
    ticket: { id: string; subject: string; description: string } | null;
    /** The thread lines the action may use, oldest first. */
    thread: ThreadLine[];
    /** The retrieval question (query, or the ticket's customer side). */
    question: string;
    articles: ArticleSource[];
    solved: SolvedSource[];
}

export interface RawContext {
    ticket: TicketRow | null;
    messages: MessageRow[];
    query: string | null;
    articles: ArticleRow[];
    solved: SolvedTicketRow[];
}

export function authorOf(source: string): "customer" | "agent" {
    return source === "customer" || source === "email" ? "customer" : "agent";
}

function lines(messages: readonly MessageRow[], keep: (m: MessageRow) => boolean): ThreadLine[] {
    return [...messages]
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .filter(keep)
        .map((m) => ({ author: authorOf(m.source), text: m.body, internal: m.is_internal }));
}

/** Subject, description and the first and latest customer messages: the customer's side as one query. */
export function customerSide(subject: string, description: string, thread: readonly ThreadLine[]): string {
    const customer = thread.filter((l) => l.author === "customer" && !l.internal);
    const parts = [subject, description, customer[0]?.text ?? ""];
    if (customer.length > 1) parts.push(customer[customer.length - 1].text);
    return [...new Set(parts.map((p) => p.trim()).filter((p) => p.length > 0))].join("\n");
}

/** The public agent reply that closed a solved ticket (its last public agent message). */
export function resolutionOf(messages: readonly MessageRow[]): string {
    const replies = lines(messages, (m) => !m.is_internal && authorOf(m.source) === "agent");
    return replies.length > 0 ? replies[replies.length - 1].text : "";
}

function publicArticles(rows: readonly ArticleRow[]): ArticleSource[] {
    return rows.filter((a) => a.status === "published" && a.visibility === "public")
        .map((a) => ({ id: a.id, slug: a.slug, title: a.title, body: a.body, visibility: "public" }));
}

export function assembleContext(action: ContentAction, role: Role, raw: RawContext): ActionContext {
    const customer = role === "customer";
    const ticket = raw.ticket
        ? { id: raw.ticket.id, subject: raw.ticket.title, description: raw.ticket.description }
        : null;
    const publicThread = lines(raw.messages, (m) => !m.is_internal);
    let thread: ThreadLine[];
    if (customer) thread = publicThread.filter((l) => l.author === "customer");
    else if (action === "summarize") thread = lines(raw.messages, () => true);
    else if (action === "triage") thread = [];
    else thread = publicThread;
    const fromTicket = ticket ? customerSide(ticket.subject, ticket.description, thread) : "";
    const question = [raw.query ?? "", fromTicket].filter((p) => p.trim().length > 0).join("\n");
    let articles: ArticleSource[] = [];
    if (action === "answer" || action === "suggest_reply" || customer) articles = publicArticles(raw.articles);
    else if (action === "similar") {
        articles = raw.articles.filter((a) => a.status === "published").map((a) => ({
            id: a.id,
            slug: a.slug,
            title: a.title,
            body: a.body,
            visibility: a.visibility === "internal" ? "internal" : "public",
        }));
    }
    const solved: SolvedSource[] = customer || (action !== "suggest_reply" && action !== "similar")
        ? []
        : raw.solved.filter((s) => s.ticket.id !== ticket?.id).map((s) => ({
            id: s.ticket.id,
            number: s.ticket.number,
            subject: s.ticket.title,
            body: s.ticket.description || (lines(s.messages, (m) => !m.is_internal)[0]?.text ?? ""),
            resolution: resolutionOf(s.messages),
        }));
    return { action, role, ticket, thread, question, articles, solved };
}

/** The thread in the builtin engine's shape. */
export function toThreadMessages(thread: readonly ThreadLine[]): ThreadMessage[] {
    return thread.map((l) => ({ author: l.author, text: l.text, internal: l.internal }));
}

/**
 * A websearch_to_tsquery text that ORs the query's words (websearch syntax ANDs plain words, which a
 * whole ticket thread never matches). At most `max` distinct words of 3+ letters.
 */
export function orQuery(text: string, max = 32): string {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
    const unique = [...new Set(words.filter((w) => w !== "or" && w !== "and" && w !== "not"))];
    return unique.slice(0, max).join(" or ");
}
