/**
 * TF-IDF vectorizer over one or more analyzers ("blocks": word n-grams, character n-grams). Each block is
 * weighted and l2-normalised on its own, then the blocks are concatenated, like a scikit-learn
 * FeatureUnion of TfidfVectorizers. idf = ln((1 + n) / (1 + df)) + 1 (smoothed); tf is 1 + ln(count) when
 * `sublinearTf` is set.
 */
import { charWbNgrams, lightStem, wordNgrams, wordTokens } from "./tokenize.ts";
import { type SparseVector } from "./sparse.ts";

export type Analyzer =
    | { kind: "word"; minN: number; maxN: number; minTokenLength?: number; stem?: boolean }
    | { kind: "char_wb"; minN: number; maxN: number };

export interface VectorizerOptions {
    analyzers: Analyzer[];
    sublinearTf?: boolean;
    /** Drop terms seen in fewer documents than this (per block). Default 1. */
    minDf?: number;
}

export interface VectorizerBlockJson {
    analyzer: Analyzer;
    terms: string[];
    idf: number[];
}

export interface VectorizerJson {
    sublinearTf: boolean;
    blocks: VectorizerBlockJson[];
}

/** The terms an analyzer produces for a text, with repeats. */
export function analyze(analyzer: Analyzer, text: string): string[] {
    if (analyzer.kind === "char_wb") return charWbNgrams(text, analyzer.minN, analyzer.maxN);
    let tokens = wordTokens(text, analyzer.minTokenLength ?? 2);
    if (analyzer.stem) tokens = tokens.map(lightStem);
    return wordNgrams(tokens, analyzer.minN, analyzer.maxN);
}

interface Block {
    analyzer: Analyzer;
    vocab: Map<string, number>;
    idf: Float32Array;
    offset: number;
}

function countTerms(terms: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
}

export class TfidfVectorizer {
    private constructor(private readonly blocks: Block[], readonly sublinearTf: boolean) {}

    /** Learns vocabularies and idf weights from `docs`. */
    static fit(docs: readonly string[], options: VectorizerOptions): TfidfVectorizer {
        const minDf = options.minDf ?? 1;
        const blocks: Block[] = [];
        let offset = 0;
        for (const analyzer of options.analyzers) {
            const df = new Map<string, number>();
            for (const doc of docs) {
                for (const t of new Set(analyze(analyzer, doc))) df.set(t, (df.get(t) ?? 0) + 1);
            }
            const terms = Array.from(df.keys()).filter((t) => (df.get(t) ?? 0) >= minDf).sort();
            const vocab = new Map<string, number>();
            const idf = new Float32Array(terms.length);
            terms.forEach((t, i) => {
                vocab.set(t, i);
                idf[i] = Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1;
            });
            blocks.push({ analyzer, vocab, idf, offset });
            offset += terms.length;
        }
        return new TfidfVectorizer(blocks, options.sublinearTf ?? true);
    }

    /** Total number of features over all blocks. */
    get dimension(): number {
        const last = this.blocks[this.blocks.length - 1];
        return last ? last.offset + last.idf.length : 0;
    }

    /** The feature name of a global feature index, prefixed by its block number ("0:refund"). */
    featureName(index: number): string {
        for (let b = this.blocks.length - 1; b >= 0; b--) {
            const block = this.blocks[b];
            if (index >= block.offset) {
                const local = index - block.offset;
                for (const [term, i] of block.vocab) if (i === local) return `${b}:${term}`;
            }
        }
        return `?${index}`;
    }

    /** The TF-IDF vector of one text (unknown terms are ignored). */
    transform(text: string): SparseVector {
        const parts: { idx: number[]; val: number[] }[] = [];
        let total = 0;
        for (const block of this.blocks) {
            const idx: number[] = [];
            const val: number[] = [];
            let sq = 0;
            for (const [term, count] of countTerms(analyze(block.analyzer, text))) {
                const local = block.vocab.get(term);
                if (local === undefined) continue;
                const tf = this.sublinearTf ? 1 + Math.log(count) : count;
                const w = tf * block.idf[local];
                idx.push(block.offset + local);
                val.push(w);
                sq += w * w;
            }
            const n = Math.sqrt(sq);
            if (n > 0) { for (let i = 0; i < val.length; i++) val[i] /= n; }
            parts.push({ idx, val });
            total += idx.length;
        }
        const indices = new Int32Array(total);
        const values = new Float32Array(total);
        let k = 0;
        for (const p of parts) {
            const order = p.idx.map((_, i) => i).sort((a, b) => p.idx[a] - p.idx[b]);
            for (const i of order) {
                indices[k] = p.idx[i];
                values[k++] = p.val[i];
            }
        }
        return { indices, values };
    }

    /**
     * A copy that keeps only the features for which `keep(globalIndex)` is true, renumbered densely in the
     * original order. Returns the new vectorizer and the old-to-new index map (-1 for dropped features).
     */
    prune(keep: (index: number) => boolean): { vectorizer: TfidfVectorizer; mapping: Int32Array } {
        const mapping = new Int32Array(this.dimension).fill(-1);
        const blocks: Block[] = [];
        let offset = 0;
        for (const block of this.blocks) {
            const terms = new Array<string>(block.idf.length);
            for (const [term, i] of block.vocab) terms[i] = term;
            const vocab = new Map<string, number>();
            const idf: number[] = [];
            terms.forEach((term, i) => {
                if (!keep(block.offset + i)) return;
                mapping[block.offset + i] = offset + idf.length;
                vocab.set(term, idf.length);
                idf.push(block.idf[i]);
            });
            blocks.push({ analyzer: block.analyzer, vocab, idf: Float32Array.from(idf), offset });
            offset += idf.length;
        }
        return { vectorizer: new TfidfVectorizer(blocks, this.sublinearTf), mapping };
    }

    toJSON(): VectorizerJson {
        return {
            sublinearTf: this.sublinearTf,
            blocks: this.blocks.map((b) => {
                const terms = new Array<string>(b.idf.length);
                for (const [term, i] of b.vocab) terms[i] = term;
                // idf rounded to 4 decimals: plenty for ranking, a third of the JSON size
                return { analyzer: b.analyzer, terms, idf: Array.from(b.idf, (x) => Math.round(x * 1e4) / 1e4) };
            }),
        };
    }

    static fromJSON(json: VectorizerJson): TfidfVectorizer {
        let offset = 0;
        const blocks = json.blocks.map((b) => {
            if (b.terms.length !== b.idf.length) throw new Error("vectorizer JSON: terms and idf differ in length");
            const vocab = new Map<string, number>();
            b.terms.forEach((t, i) => vocab.set(t, i));
            const block: Block = { analyzer: b.analyzer, vocab, idf: Float32Array.from(b.idf), offset };
            offset += b.terms.length;
            return block;
        });
        return new TfidfVectorizer(blocks, json.sublinearTf);
    }
}
