/**
 * Ranking of knowledge-base articles and solved tickets for a query. Two lexical signals are fused:
 * BM25 over lightly stemmed words (title terms counted `titleBoost` times) and the cosine of character
 * 3–5-gram TF-IDF vectors, which survives typos and inflections. The fused score is
 * `(1 - charWeight) * bm25 / maxBm25 + charWeight * charCosine`, in [0, 1].
 */
import { ENGLISH_STOPWORDS } from "./stopwords.ts";
import { TfidfVectorizer } from "./tfidf.ts";
import { lightStem, wordTokens } from "./tokenize.ts";

export interface RetrievalDoc {
    id: string;
    kind: "article" | "ticket";
    title: string;
    body: string;
}

export interface RetrievalHit {
    id: string;
    kind: "article" | "ticket";
    title: string;
    /** Fused score in [0, 1]; comparable across queries only roughly. */
    score: number;
    bm25: number;
    charCosine: number;
}

export interface RetrievalOptions {
    k1?: number;
    b?: number;
    /** How many times title terms count. Default 3. */
    titleBoost?: number;
    /** Weight of the character-n-gram cosine in the fused score. Default 0.5. */
    charWeight?: number;
}

export interface SearchOptions {
    limit?: number;
    kind?: "article" | "ticket";
}

/** Content words of a text: lowercased, stopwords dropped, lightly stemmed. */
export function contentTerms(text: string): string[] {
    return wordTokens(text, 2).filter((t) => !ENGLISH_STOPWORDS.has(t)).map(lightStem);
}

export class RetrievalIndex {
    private readonly postings = new Map<string, { doc: number; tf: number }[]>();
    private readonly lengths: Float64Array;
    private readonly avgLength: number;
    private readonly charVectorizer: TfidfVectorizer;
    /** Inverted index of the (l2-normalised) character vectors: feature -> (doc, weight). */
    private readonly charPostings = new Map<number, { doc: number; w: number }[]>();
    private readonly k1: number;
    private readonly b: number;
    private readonly charWeight: number;

    constructor(private readonly docs: readonly RetrievalDoc[], options: RetrievalOptions = {}) {
        this.k1 = options.k1 ?? 1.2;
        this.b = options.b ?? 0.75;
        this.charWeight = options.charWeight ?? 0.5;
        const titleBoost = options.titleBoost ?? 3;
        this.lengths = new Float64Array(docs.length);
        docs.forEach((d, i) => {
            const terms = contentTerms(d.body);
            const title = contentTerms(d.title);
            for (let r = 0; r < titleBoost; r++) terms.push(...title);
            const tf = new Map<string, number>();
            for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
            for (const [t, n] of tf) {
                const list = this.postings.get(t) ?? [];
                list.push({ doc: i, tf: n });
                this.postings.set(t, list);
            }
            this.lengths[i] = terms.length;
        });
        this.avgLength = docs.length === 0 ? 1 : this.lengths.reduce((s, x) => s + x, 0) / docs.length || 1;
        const texts = docs.map((d) => `${d.title}\n${d.body}`);
        this.charVectorizer = TfidfVectorizer.fit(texts.length > 0 ? texts : [""], {
            analyzers: [{ kind: "char_wb", minN: 3, maxN: 5 }],
            sublinearTf: true,
        });
        texts.forEach((t, doc) => {
            const v = this.charVectorizer.transform(t);
            for (let k = 0; k < v.indices.length; k++) {
                const list = this.charPostings.get(v.indices[k]) ?? [];
                list.push({ doc, w: v.values[k] });
                this.charPostings.set(v.indices[k], list);
            }
        });
    }

    get size(): number {
        return this.docs.length;
    }

    /** BM25 score of every document for the query. */
    bm25Scores(query: string): Float64Array {
        const scores = new Float64Array(this.docs.length);
        const n = this.docs.length;
        for (const term of new Set(contentTerms(query))) {
            const list = this.postings.get(term);
            if (!list) continue;
            const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
            for (const { doc, tf } of list) {
                const norm = this.k1 * (1 - this.b + this.b * this.lengths[doc] / this.avgLength);
                scores[doc] += idf * (tf * (this.k1 + 1)) / (tf + norm);
            }
        }
        return scores;
    }

    /** Cosine of the query's character n-gram vector with every document's (both are unit vectors). */
    charCosines(query: string): Float64Array {
        const out = new Float64Array(this.docs.length);
        const q = this.charVectorizer.transform(query);
        for (let k = 0; k < q.indices.length; k++) {
            const list = this.charPostings.get(q.indices[k]);
            if (!list) continue;
            const qv = q.values[k];
            for (const { doc, w } of list) out[doc] += qv * w;
        }
        return out;
    }

    /** Ranks documents for a query, best first; documents with no signal at all are left out. */
    search(query: string, options: SearchOptions = {}): RetrievalHit[] {
        const bm = this.bm25Scores(query);
        let max = 0;
        for (let i = 0; i < bm.length; i++) if (bm[i] > max) max = bm[i];
        const chars = this.charCosines(query);
        const hits: RetrievalHit[] = [];
        this.docs.forEach((d, i) => {
            if (options.kind && d.kind !== options.kind) return;
            const c = chars[i];
            const bmNorm = max > 0 ? bm[i] / max : 0;
            const score = (1 - this.charWeight) * bmNorm + this.charWeight * c;
            if (score <= 0) return;
            hits.push({ id: d.id, kind: d.kind, title: d.title, score, bm25: bm[i], charCosine: c });
        });
        hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
        return hits.slice(0, options.limit ?? 10);
    }

    /** The document behind a hit. */
    document(id: string): RetrievalDoc | undefined {
        return this.docs.find((d) => d.id === id);
    }
}
