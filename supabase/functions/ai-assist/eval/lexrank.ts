/**
 * LexRank-style extractive baseline (Erkan & Radev 2004): sentences as word TF-IDF vectors (idf from the
 * dialogue's own sentences, stopwords kept, no stemming), a graph linking sentence pairs whose cosine
 * reaches `threshold`, PageRank (damping 0.85) over it, and the top-k sentences in dialogue order.
 * Shares only the sentence cleaning (URLs and @handles removed) with the builtin summarizer.
 */
import { cleanSentence, messageSentences, type SentenceRef, type ThreadMessage } from "../builtin/summarize.ts";
import { cosine, fromMap, type SparseVector } from "../builtin/sparse.ts";
import { wordTokens } from "../builtin/tokenize.ts";

export function lexRank(messages: readonly ThreadMessage[], k: number, threshold = 0.1): SentenceRef[] {
    const refs: SentenceRef[] = [];
    const tokens: string[][] = [];
    messages.forEach((m, mi) =>
        messageSentences(m).forEach((s, si) => {
            refs.push({ message: mi, sentence: si, author: m.author, text: s });
            tokens.push(wordTokens(cleanSentence(s)));
        })
    );
    const n = refs.length;
    if (n === 0) return [];
    const df = new Map<string, number>();
    for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
    const vocab = new Map<string, number>();
    for (const w of df.keys()) vocab.set(w, vocab.size);
    const vectors: SparseVector[] = tokens.map((t) => {
        const m = new Map<number, number>();
        for (const w of t) {
            const i = vocab.get(w) ?? 0;
            m.set(i, (m.get(i) ?? 0) + Math.log(n / (df.get(w) ?? 1)) + 1);
        }
        return fromMap(m);
    });
    const adj: number[][] = vectors.map((a, i) =>
        vectors.map((b, j) => (i === j ? 1 : cosine(a, b) >= threshold ? 1 : 0))
    );
    const degree = adj.map((r) => r.reduce((s, x) => s + x, 0));
    let p = new Float64Array(n).fill(1 / n);
    for (let it = 0; it < 100; it++) {
        const next = new Float64Array(n).fill(0.15 / n);
        for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) if (adj[j][i]) next[i] += 0.85 * p[j] / degree[j];
        }
        let delta = 0;
        for (let i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
        p = next;
        if (delta < 1e-8) break;
    }
    const order = refs.map((_, i) => i).filter((i) => tokens[i].length >= 3);
    const pool = order.length > 0 ? order : refs.map((_, i) => i);
    pool.sort((a, b) => p[b] - p[a] || a - b);
    return pool.slice(0, k).sort((a, b) => a - b).map((i) => refs[i]);
}
