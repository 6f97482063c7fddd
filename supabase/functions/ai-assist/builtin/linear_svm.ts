/**
 * Linear support vector machine, L2-regularised squared hinge loss, trained in the dual by coordinate
 * descent with shrinking (Hsieh et al. 2008, the liblinear solver behind scikit-learn's LinearSVC).
 * The bias is learnt as the weight of an extra constant feature (value `biasScale`), as liblinear does.
 */
import { type CsrMatrix } from "./sparse.ts";

export interface SvmOptions {
    /** Regularisation: larger C fits the training data harder. Default 0.5. */
    C?: number;
    /** Stop when the projected-gradient spread falls below this. Default 0.1 (liblinear's default). */
    epsilon?: number;
    /** Upper bound on passes over the data. Default 200. */
    maxIterations?: number;
    /** Value of the constant bias feature. Default 1. */
    biasScale?: number;
    /** Seed of the deterministic shuffle. */
    seed?: number;
}

export interface BinarySvm {
    weights: Float64Array;
    bias: number;
    iterations: number;
}

/** Small deterministic PRNG (mulberry32), so training is reproducible. */
export function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Trains one binary SVM; `y[i]` is +1 or -1 for row i of `x`. */
export function trainBinarySvm(x: CsrMatrix, y: Int8Array, options: SvmOptions = {}): BinarySvm {
    const C = options.C ?? 0.5;
    const eps = options.epsilon ?? 0.1;
    const maxIter = options.maxIterations ?? 200;
    const biasScale = options.biasScale ?? 1;
    const rand = mulberry32(options.seed ?? 1);
    const n = x.rows;
    const w = new Float64Array(x.cols);
    let b = 0; // weight of the constant feature
    const diag = 1 / (2 * C);
    const alpha = new Float64Array(n);
    const qd = new Float64Array(n);
    const { indptr, indices, values } = x;
    for (let i = 0; i < n; i++) {
        let s = biasScale * biasScale + diag;
        for (let k = indptr[i]; k < indptr[i + 1]; k++) s += values[k] * values[k];
        qd[i] = s;
    }
    const index = new Int32Array(n);
    for (let i = 0; i < n; i++) index[i] = i;
    let active = n;
    let pgMaxOld = Infinity, pgMinOld = -Infinity;
    let iter = 0;
    for (; iter < maxIter; iter++) {
        let pgMax = -Infinity, pgMin = Infinity;
        for (let i = 0; i < active; i++) {
            const j = i + Math.floor(rand() * (active - i));
            const t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        for (let s = 0; s < active; s++) {
            const i = index[s];
            const yi = y[i];
            let wx = b * biasScale;
            for (let k = indptr[i]; k < indptr[i + 1]; k++) wx += w[indices[k]] * values[k];
            const g = yi * wx - 1 + alpha[i] * diag;
            let pg = 0;
            if (alpha[i] === 0) {
                if (g > pgMaxOld) {
                    active--;
                    index[s] = index[active];
                    index[active] = i;
                    s--;
                    continue;
                }
                if (g < 0) pg = g;
            } else {
                pg = g;
            }
            if (pg > pgMax) pgMax = pg;
            if (pg < pgMin) pgMin = pg;
            if (Math.abs(pg) > 1e-12) {
                const old = alpha[i];
                alpha[i] = Math.max(old - g / qd[i], 0);
                const d = (alpha[i] - old) * yi;
                for (let k = indptr[i]; k < indptr[i + 1]; k++) w[indices[k]] += d * values[k];
                b += d * biasScale;
            }
        }
        if (pgMax - pgMin <= eps) {
            if (active === n) break;
            active = n;
            pgMaxOld = Infinity;
            pgMinOld = -Infinity;
            continue;
        }
        pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
        pgMinOld = pgMin >= 0 ? -Infinity : pgMin;
    }
    void pgMinOld; // with no upper bound on alpha only pgMaxOld drives shrinking
    return { weights: w, bias: b * biasScale, iterations: iter };
}

export interface OvrModel {
    /** Feature-major weights: weight of feature f for class c at `f * classes + c`. */
    weights: Float32Array;
    bias: Float32Array;
    classes: number;
    features: number;
}

/**
 * One-vs-rest training: `positives(row)` lists the classes row belongs to (one for single-label data,
 * several for tags). Classes with no positive example get a constant -1 scorer.
 */
export function trainOneVsRest(
    x: CsrMatrix,
    positives: (row: number) => readonly number[],
    classes: number,
    options: SvmOptions = {},
): OvrModel {
    const weights = new Float32Array(x.cols * classes);
    const bias = new Float32Array(classes);
    const y = new Int8Array(x.rows);
    for (let c = 0; c < classes; c++) {
        let any = false;
        for (let i = 0; i < x.rows; i++) {
            const pos = positives(i).includes(c);
            y[i] = pos ? 1 : -1;
            any ||= pos;
        }
        if (!any) {
            bias[c] = -1;
            continue;
        }
        const m = trainBinarySvm(x, y, { ...options, seed: (options.seed ?? 1) + c });
        for (let f = 0; f < x.cols; f++) weights[f * classes + c] = m.weights[f];
        bias[c] = m.bias;
    }
    return { weights, bias, classes, features: x.cols };
}

/** Decision values (margins) of every class for a sparse row. */
export function decision(model: OvrModel, indices: Int32Array, values: Float32Array): Float64Array {
    const k = model.classes;
    const out = new Float64Array(k);
    for (let c = 0; c < k; c++) out[c] = model.bias[c];
    for (let j = 0; j < indices.length; j++) {
        const base = indices[j] * k;
        const v = values[j];
        for (let c = 0; c < k; c++) out[c] += model.weights[base + c] * v;
    }
    return out;
}
