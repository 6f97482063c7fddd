/**
 * Extractive summaries of a ticket thread. Sentences are scored by centrality (cosine of their word
 * TF-IDF vector, idf over the thread's sentences, to the thread centroid) plus cue phrases per role.
 * `summarizeThread` fills the ticket structure (problem, what was tried, current state, next step);
 * `extractiveSummary` returns the plain picked sentences in thread order, for display or ROUGE.
 */
import { ENGLISH_STOPWORDS } from "./stopwords.ts";
import { cosine, fromMap, type SparseVector } from "./sparse.ts";
import { lightStem, splitSentences, wordTokens } from "./tokenize.ts";

export type Author = "customer" | "agent";

export interface ThreadMessage {
    author: Author;
    text: string;
    /** Internal notes are used for the agent's summary, never quoted as customer-visible text. */
    internal?: boolean;
    /** Sentence boundaries when already known (else `text` is split with `splitSentences`). */
    sentences?: readonly string[];
}

/** The sentences of a message: its given boundaries, or `text` split. */
export function messageSentences(m: ThreadMessage): string[] {
    return m.sentences ? m.sentences.filter((s) => s.trim().length > 0) : splitSentences(m.text);
}

export interface SentenceRef {
    message: number;
    sentence: number;
    author: Author;
    text: string;
}

export interface TicketSummary {
    problem: SentenceRef | null;
    tried: SentenceRef[];
    /** "open: waiting for the agent", "waiting for the customer" or "resolved". */
    state: "waiting_for_agent" | "waiting_for_customer" | "resolved" | "empty";
    /** The sentence that best states the latest status. */
    stateSentence: SentenceRef | null;
    nextStep: SentenceRef | null;
    /** The four parts as short labelled lines. */
    text: string;
}

export interface ExtractiveOptions {
    /** Number of sentences to pick. Default 3. */
    maxSentences?: number;
    /** Stop adding sentences once this many word tokens are picked. */
    maxTokens?: number;
}

const PROBLEM_CUES =
    /\b(not|n't|cannot|can't|won't|doesn't|isn't|unable|error|issue|problem|broken|fail\w*|wrong|missing|charged|lost|stuck|still|never|no longer|help|why|crash\w*|refund|late|delay\w*|declined|locked)\b/iu;
const TRIED_CUES =
    /\b(tried|trying|restart\w*|reinstall\w*|rebooted|reboot|reset|cleared|updated|already|re-?paired|unplugged|logged out|signed out|changed|checked|attempted|followed|turned (it )?off)\b/iu;
const ACTION_CUES =
    /\b(please|dm|direct message|try|send|follow|check|let us know|reach out|contact|visit|update|restart|we'll|we will|we can|can you|could you|click|go to|make sure|confirm|link)\b/iu;
const RESOLVED_CUES = /\b(works now|working now|fixed|resolved|sorted|that worked|it worked|all good|solved)\b/iu;
const NOISE = /(https?:\/\/\S+|@\w+)/gu;

interface Scored extends SentenceRef {
    vector: SparseVector;
    tokens: number;
    centrality: number;
}

/** Sentence text without URLs and @handles, for scoring. */
export function cleanSentence(text: string): string {
    return text.replace(NOISE, " ").replace(/\s+/gu, " ").trim();
}

function sentencesOf(messages: readonly ThreadMessage[]): Scored[] {
    const raw: { ref: SentenceRef; terms: string[]; tokens: number }[] = [];
    messages.forEach((m, mi) => {
        messageSentences(m).forEach((s, si) => {
            const clean = cleanSentence(s);
            const words = wordTokens(clean);
            const terms = words.filter((w) => !ENGLISH_STOPWORDS.has(w)).map(lightStem);
            raw.push({ ref: { message: mi, sentence: si, author: m.author, text: s }, terms, tokens: words.length });
        });
    });
    const df = new Map<string, number>();
    for (const r of raw) for (const t of new Set(r.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const vocab = new Map<string, number>();
    for (const t of df.keys()) vocab.set(t, vocab.size);
    const n = raw.length;
    const vectors = raw.map((r) => {
        const counts = new Map<string, number>();
        for (const t of r.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
        const weights = new Map<number, number>();
        for (const [t, c] of counts) {
            weights.set(vocab.get(t) ?? 0, (1 + Math.log(c)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1));
        }
        return fromMap(weights);
    });
    const centroid = new Map<number, number>();
    for (const v of vectors) {
        const len = Math.hypot(...v.values) || 1;
        v.indices.forEach((i, k) => centroid.set(i, (centroid.get(i) ?? 0) + v.values[k] / len));
    }
    const c = fromMap(centroid);
    return raw.map((r, i) => ({ ...r.ref, vector: vectors[i], tokens: r.tokens, centrality: cosine(vectors[i], c) }));
}

function informative(s: Scored): boolean {
    return wordTokens(cleanSentence(s.text)).length >= 3;
}

function best(candidates: Scored[], score: (s: Scored) => number): Scored | null {
    let top: Scored | null = null, topScore = -Infinity;
    for (const s of candidates) {
        const v = score(s);
        if (v > topScore) {
            topScore = v;
            top = s;
        }
    }
    return top;
}

function problemScore(s: Scored, firstCustomerMessage: number): number {
    return s.centrality + (PROBLEM_CUES.test(s.text) ? 0.3 : 0) + (s.message === firstCustomerMessage ? 0.3 : 0) +
        Math.min(s.tokens, 25) / 100;
}

function actionScore(s: Scored, lastMessage: number): number {
    return s.centrality + (ACTION_CUES.test(s.text) ? 0.3 : 0) + 0.2 * (s.message / Math.max(1, lastMessage)) +
        Math.min(s.tokens, 25) / 100;
}

function strip(s: Scored | null): SentenceRef | null {
    return s ? { message: s.message, sentence: s.sentence, author: s.author, text: s.text } : null;
}

/**
 * Picks sentences: the customer's problem first, then the agent's most central action sentence, then by
 * centrality with a redundancy penalty (maximal marginal relevance). Returned in thread order.
 */
export function extractiveSummary(messages: readonly ThreadMessage[], options: ExtractiveOptions = {}): SentenceRef[] {
    const k = options.maxSentences ?? 3;
    const all = sentencesOf(messages.filter((m) => !m.internal));
    const pool = all.filter(informative);
    const candidates = pool.length > 0 ? pool : all;
    const firstCustomer = messages.findIndex((m) => m.author === "customer");
    const picked: Scored[] = [];
    let tokens = 0;
    const add = (s: Scored | null) => {
        if (!s || picked.includes(s) || picked.length >= k) return;
        if (options.maxTokens !== undefined && picked.length > 0 && tokens + s.tokens > options.maxTokens) return;
        picked.push(s);
        tokens += s.tokens;
    };
    add(best(candidates.filter((s) => s.author === "customer"), (s) => problemScore(s, firstCustomer)));
    add(best(candidates.filter((s) => s.author === "agent"), (s) => actionScore(s, messages.length - 1)));
    while (picked.length < k) {
        const next = best(candidates.filter((s) => !picked.includes(s)), (s) => {
            const redundancy = Math.max(0, ...picked.map((p) => cosine(p.vector, s.vector)));
            return s.centrality - 0.7 * redundancy;
        });
        if (!next) break;
        const before = picked.length;
        add(next);
        if (picked.length === before) break;
    }
    picked.sort((a, b) => a.message - b.message || a.sentence - b.sentence);
    return picked.map((s) => strip(s) as SentenceRef);
}

/** The ticket summary: problem, what was tried, current state, next step. */
export function summarizeThread(messages: readonly ThreadMessage[]): TicketSummary {
    const all = sentencesOf(messages);
    if (all.length === 0) {
        return { problem: null, tried: [], state: "empty", stateSentence: null, nextStep: null, text: "" };
    }
    const visible = all.filter((s) => !messages[s.message].internal && informative(s));
    const firstCustomer = messages.findIndex((m) => m.author === "customer");
    const problem = best(visible.filter((s) => s.author === "customer"), (s) => problemScore(s, firstCustomer));
    const tried = all.filter((s) => s !== problem && TRIED_CUES.test(s.text) && !/\?\s*$/u.test(s.text)).slice(0, 3);
    const lastIndex = messages.length - 1;
    const last = messages[lastIndex];
    const lastSentences = all.filter((s) => s.message === lastIndex);
    let state: TicketSummary["state"];
    if (lastSentences.some((s) => RESOLVED_CUES.test(s.text))) state = "resolved";
    else state = last.author === "customer" ? "waiting_for_agent" : "waiting_for_customer";
    const stateSentence = best(lastSentences.filter(informative), (s) => s.centrality) ?? lastSentences[0];
    const agentSentences = all.filter((s) => s.author === "agent" && informative(s));
    const nextStep = state === "resolved" ? null : best(
        agentSentences.filter((s) => ACTION_CUES.test(s.text)).length > 0
            ? agentSentences.filter((s) => ACTION_CUES.test(s.text))
            : agentSentences,
        (s) => actionScore(s, lastIndex) + 0.3 * (s.message / Math.max(1, lastIndex)),
    );
    const stateText = {
        waiting_for_agent: "waiting for the agent",
        waiting_for_customer: "waiting for the customer",
        resolved: "resolved",
        empty: "empty",
    }[state];
    const lines = [
        `Problem: ${problem ? cleanSentence(problem.text) : "not stated"}`,
        `Tried: ${tried.length > 0 ? tried.map((s) => cleanSentence(s.text)).join(" ") : "nothing reported"}`,
        `State: ${stateText}${stateSentence ? ` (last: "${cleanSentence(stateSentence.text)}")` : ""}`,
        `Next step: ${
            nextStep
                ? cleanSentence(nextStep.text)
                : state === "resolved"
                ? "close the ticket"
                : "reply to the customer"
        }`,
    ];
    return {
        problem: strip(problem),
        tried: tried.map((s) => strip(s) as SentenceRef),
        state,
        stateSentence: strip(stateSentence),
        nextStep: strip(nextStep),
        text: lines.join("\n"),
    };
}
