/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), F-measure with beta = 1, as scored here:
 * - tokens: lowercased runs of letters and digits (everything else separates tokens); no stemming, no
 *   stopword removal;
 * - ROUGE-N: clipped n-gram overlap; precision over the candidate's n-grams, recall over the reference's;
 * - ROUGE-L: longest common subsequence of the two whole token sequences (no sentence splitting, like
 *   `rougeL` of Google's rouge-score, not `rougeLsum`);
 * - F = 2PR / (P + R), 0 when either is 0.
 */

export interface RougeScore {
    precision: number;
    recall: number;
    f: number;
}

export interface RougeScores {
    rouge1: RougeScore;
    rouge2: RougeScore;
    rougeL: RougeScore;
}

export function rougeTokens(text: string): string[] {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
    const precision = candidate > 0 ? overlap / candidate : 0;
    const recall = reference > 0 ? overlap / reference : 0;
    const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
        const key = tokens.slice(i, i + n).join("\u0001");
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
    const c = ngramCounts(candidate, n);
    const r = ngramCounts(reference, n);
    let overlap = 0;
    for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
    return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
    let prev = new Int32Array(b.length + 1);
    let cur = new Int32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
        }
        [prev, cur] = [cur, prev];
        cur.fill(0);
    }
    return prev[b.length];
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
    return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** All three scores of a candidate text against one reference text. */
export function rouge(candidate: string, reference: string): RougeScores {
    const c = rougeTokens(candidate);
    const r = rougeTokens(reference);
    return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}

/**
 * Against several references: the per-metric mean and the per-metric max of the F-measures
 * (each metric maximised on its own).
 */
export function rougeMulti(candidate: string, references: readonly string[]): { mean: RougeF; max: RougeF } {
    const all = references.map((r) => rouge(candidate, r));
    const pick = (fn: (xs: number[]) => number): RougeF => ({
        rouge1: fn(all.map((s) => s.rouge1.f)),
        rouge2: fn(all.map((s) => s.rouge2.f)),
        rougeL: fn(all.map((s) => s.rougeL.f)),
    });
    return {
        mean: pick((xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)),
        max: pick((xs) => Math.max(0, ...xs)),
    };
}

export interface RougeF {
    rouge1: number;
    rouge2: number;
    rougeL: number;
}
