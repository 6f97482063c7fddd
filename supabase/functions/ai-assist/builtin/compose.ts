/**
 * A suggested reply composed from the best-matching KB article and the resolutions of similar solved
 * tickets, with numbered citations. Nothing is invented: every content sentence is quoted from a cited
 * source; when no source is close enough the reply asks for details and cites nothing.
 */
import { cosine } from "./sparse.ts";
import { TfidfVectorizer } from "./tfidf.ts";
import { splitSentences } from "./tokenize.ts";

export interface ArticleSource {
    id: string;
    title: string;
    body: string;
    /** Retrieval score in [0, 1] (RetrievalHit.score). */
    score: number;
}

export interface SolvedTicketSource {
    id: string;
    title: string;
    /** The agent reply or note that resolved the ticket. */
    resolution: string;
    score: number;
}

export interface ComposeInput {
    query: string;
    articles: readonly ArticleSource[];
    solvedTickets?: readonly SolvedTicketSource[];
    customerName?: string;
    agentName?: string;
}

export interface ComposeOptions {
    /** Sources scoring below this are not used. Default 0.2. */
    minScore?: number;
    /** Sentences quoted from the article. Default 3. */
    maxArticleSentences?: number;
}

export interface Citation {
    marker: number;
    kind: "article" | "ticket";
    id: string;
    title: string;
    score: number;
}

export interface ComposedReply {
    text: string;
    citations: Citation[];
    /** The best source's score; 0 when the reply is the fallback. */
    confidence: number;
}

/** The sentences of `text` most similar to `query` (character n-grams), in their original order. */
export function relevantSentences(query: string, text: string, max: number): string[] {
    const sentences = splitSentences(text);
    if (sentences.length <= max) return sentences;
    const v = TfidfVectorizer.fit([query, ...sentences], { analyzers: [{ kind: "char_wb", minN: 3, maxN: 5 }] });
    const q = v.transform(query);
    const ranked = sentences.map((s, i) => ({ i, score: cosine(q, v.transform(s)) - i * 0.01 }));
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, max).sort((a, b) => a.i - b.i).map((r) => sentences[r.i]);
}

export function composeReply(input: ComposeInput, options: ComposeOptions = {}): ComposedReply {
    const minScore = options.minScore ?? 0.2;
    const greeting = input.customerName ? `Hi ${input.customerName},` : "Hi,";
    const closing = input.agentName ? `Best regards,\n${input.agentName}` : "Best regards";
    const article = [...input.articles].sort((a, b) => b.score - a.score).find((a) => a.score >= minScore);
    const ticket = [...(input.solvedTickets ?? [])].sort((a, b) => b.score - a.score)
        .find((t) => t.score >= minScore && t.resolution.trim().length > 0);
    const citations: Citation[] = [];
    const paragraphs: string[] = [greeting, "Thanks for reaching out."];
    if (article) {
        citations.push({ marker: 1, kind: "article", id: article.id, title: article.title, score: article.score });
        const quoted = relevantSentences(input.query, article.body, options.maxArticleSentences ?? 3);
        paragraphs.push(`${quoted.join(" ")} [1]`);
    }
    if (ticket) {
        const marker = citations.length + 1;
        citations.push({ marker, kind: "ticket", id: ticket.id, title: ticket.title, score: ticket.score });
        const quoted = relevantSentences(input.query, ticket.resolution, 2);
        paragraphs.push(
            `${article ? "A customer with a similar issue" : "A customer with the same issue"} ` +
                `was helped by this: "${quoted.join(" ")}" [${marker}]`,
        );
    }
    if (citations.length === 0) {
        paragraphs.push(
            "Could you tell us a little more about what happened (what you tried, any error message you saw, " +
                "and when it started)? Then we can look into it right away.",
        );
    } else {
        paragraphs.push("If this does not solve it, just reply to this message and we will look into it further.");
    }
    paragraphs.push(closing);
    const confidence = Math.max(0, ...citations.map((c) => c.score));
    return { text: paragraphs.join("\n\n"), citations, confidence };
}
