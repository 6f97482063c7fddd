/** Classification and ranking metrics used by the evaluation. */

export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
    let ok = 0;
    for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) ok++;
    return gold.length === 0 ? 0 : ok / gold.length;
}

/** Unweighted mean over the gold labels of per-label F1. */
export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
    const labels = Array.from(new Set(gold));
    let sum = 0;
    for (const label of labels) {
        let tp = 0, fp = 0, fn = 0;
        for (let i = 0; i < gold.length; i++) {
            const g = gold[i] === label, p = predicted[i] === label;
            if (g && p) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }
        sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    }
    return labels.length === 0 ? 0 : sum / labels.length;
}

/** Expected calibration error with equal-width confidence bins. */
export function expectedCalibrationError(
    confidence: readonly number[],
    correct: readonly boolean[],
    bins = 10,
): number {
    const count = new Array<number>(bins).fill(0), conf = new Array<number>(bins).fill(0);
    const acc = new Array<number>(bins).fill(0);
    confidence.forEach((c, i) => {
        const b = Math.min(bins - 1, Math.floor(c * bins));
        count[b]++;
        conf[b] += c;
        acc[b] += correct[i] ? 1 : 0;
    });
    let ece = 0;
    for (let b = 0; b < bins; b++) if (count[b] > 0) ece += Math.abs(acc[b] - conf[b]) / confidence.length;
    return ece;
}

export interface RankingMetrics {
    queries: number;
    p1: number;
    /** Share of queries whose right item is among the first three. */
    hit3: number;
    mrr: number;
}

/** `ranks[i]` is the 1-based rank of the right item for query i, or 0 when it was not returned. */
export function rankingMetrics(ranks: readonly number[]): RankingMetrics {
    const n = ranks.length || 1;
    return {
        queries: ranks.length,
        p1: ranks.filter((r) => r === 1).length / n,
        hit3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
        mrr: ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n,
    };
}

export function percentile(sorted: readonly number[], q: number): number {
    if (sorted.length === 0) return 0;
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
