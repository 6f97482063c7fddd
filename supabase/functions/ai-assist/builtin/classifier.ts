/**
 * A text classifier generic over label sets: TF-IDF features (word 1–2-grams + character 2–5-grams by
 * default) and one-vs-rest linear SVMs. Works for one label per text (category, team, priority) and for
 * several (tags). Serialises to compact JSON (pruned vocabulary, int8-quantised sparse weights) so a
 * workspace's model can live in a database row and be reloaded.
 */
import { decodeInt8, decodeVarints, encodeInt8, encodeVarints } from "./codec.ts";
import { decision, type OvrModel, type SvmOptions, trainOneVsRest } from "./linear_svm.ts";
import { toCsr } from "./sparse.ts";
import { TfidfVectorizer, type VectorizerJson, type VectorizerOptions } from "./tfidf.ts";

export interface TrainingExample {
    text: string;
    /** One label for single-label tasks; several for tags. */
    labels: readonly string[];
}

export interface ClassifierOptions {
    vectorizer?: VectorizerOptions;
    svm?: SvmOptions;
    /** Several labels per text (tags) rather than exactly one. */
    multiLabel?: boolean;
}

export interface RankedLabel {
    label: string;
    /** Raw SVM decision value. */
    margin: number;
    /** Softmax over margins (single-label) or a logistic of the margin (multi-label). */
    probability: number;
}

export interface Prediction {
    label: string;
    confidence: number;
    ranking: RankedLabel[];
}

export interface SerializeOptions {
    /** Keep at most this many features (by their largest absolute weight). Default: all with a weight. */
    maxFeatures?: number;
}

export interface ClassifierJson {
    format: "helpdesk.builtin.classifier";
    version: 1;
    labels: string[];
    multiLabel: boolean;
    temperature: number;
    vectorizer: VectorizerJson;
    bias: number[];
    /** Per class: the weight of one int8 step. */
    scales: number[];
    /** Per class: base64 varint gaps between the feature indices of its non-zero weights. */
    featureGaps: string[];
    /** Per class: base64 int8 quantised weights matching `featureGaps`. */
    quantized: string[];
}

export const DEFAULT_VECTORIZER: VectorizerOptions = {
    analyzers: [
        { kind: "word", minN: 1, maxN: 2 },
        { kind: "char_wb", minN: 2, maxN: 5 },
    ],
    sublinearTf: true,
};

function softmax(margins: Float64Array, temperature: number): Float64Array {
    let max = -Infinity;
    for (const m of margins) max = Math.max(max, m);
    const out = new Float64Array(margins.length);
    let sum = 0;
    for (let i = 0; i < margins.length; i++) {
        out[i] = Math.exp((margins[i] - max) / temperature);
        sum += out[i];
    }
    for (let i = 0; i < out.length; i++) out[i] /= sum;
    return out;
}

export class TextClassifier {
    private constructor(
        readonly labels: readonly string[],
        private readonly vectorizer: TfidfVectorizer,
        private readonly model: OvrModel,
        readonly multiLabel: boolean,
        private temperatureValue: number,
    ) {}

    /** Trains on labelled texts. Labels are collected from the examples, sorted. */
    static train(examples: readonly TrainingExample[], options: ClassifierOptions = {}): TextClassifier {
        if (examples.length === 0) throw new Error("classifier: no training examples");
        const labels = Array.from(new Set(examples.flatMap((e) => e.labels))).sort();
        if (labels.length < 2 && !options.multiLabel) throw new Error("classifier: need at least two labels");
        const labelIndex = new Map(labels.map((l, i) => [l, i]));
        const texts = examples.map((e) => e.text);
        const vectorizer = TfidfVectorizer.fit(texts, options.vectorizer ?? DEFAULT_VECTORIZER);
        const x = toCsr(texts.map((t) => vectorizer.transform(t)), vectorizer.dimension);
        const positives = examples.map((e) => e.labels.map((l) => labelIndex.get(l) ?? -1));
        const model = trainOneVsRest(x, (r) => positives[r], labels.length, options.svm ?? {});
        return new TextClassifier(labels, vectorizer, model, options.multiLabel ?? false, 1);
    }

    get temperature(): number {
        return this.temperatureValue;
    }

    /** Number of features of the vectorizer. */
    get dimension(): number {
        return this.vectorizer.dimension;
    }

    /** Decision values for every label, in `labels` order. */
    margins(text: string): Float64Array {
        const v = this.vectorizer.transform(text);
        return decision(this.model, v.indices, v.values);
    }

    /** Ranks all labels for a text, best first. */
    predict(text: string): Prediction {
        const margins = this.margins(text);
        const probs = this.multiLabel
            ? margins.map((m) => 1 / (1 + Math.exp(-m / this.temperatureValue)))
            : softmax(margins, this.temperatureValue);
        const ranking: RankedLabel[] = this.labels.map((label, i) => ({
            label,
            margin: margins[i],
            probability: probs[i],
        }));
        ranking.sort((a, b) => b.margin - a.margin);
        return { label: ranking[0].label, confidence: ranking[0].probability, ranking };
    }

    /** For multi-label models: the labels whose probability reaches `threshold` (default 0.5). */
    predictLabels(text: string, threshold = 0.5): RankedLabel[] {
        return this.predict(text).ranking.filter((r) => r.probability >= threshold);
    }

    /**
     * Fits the softmax temperature on held-out examples (not the training ones) by minimising the
     * negative log-likelihood over a grid, so `confidence` means something. Returns the chosen value.
     */
    calibrate(heldOut: readonly TrainingExample[]): number {
        const labelIndex = new Map(this.labels.map((l, i) => [l, i]));
        const rows = heldOut
            .map((e) => ({ m: this.margins(e.text), y: labelIndex.get(e.labels[0]) ?? -1 }))
            .filter((r) => r.y >= 0);
        if (rows.length === 0) return this.temperatureValue;
        let best = this.temperatureValue, bestLoss = Infinity;
        for (let t = 0.02; t <= 2; t *= 1.15) {
            let loss = 0;
            for (const r of rows) loss -= Math.log(Math.max(softmax(r.m, t)[r.y], 1e-12));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        this.temperatureValue = best;
        return best;
    }

    setTemperature(t: number): void {
        if (!(t > 0)) throw new RangeError("temperature must be positive");
        this.temperatureValue = t;
    }

    /** Compact JSON: vocabulary pruned to features with a weight, weights int8-quantised per class. */
    toJSON(options: SerializeOptions = {}): ClassifierJson {
        const k = this.model.classes;
        const f = this.model.features;
        const strength = new Float32Array(f);
        const scales = new Array<number>(k).fill(0);
        for (let i = 0; i < f; i++) {
            let s = 0;
            for (let c = 0; c < k; c++) {
                const a = Math.abs(this.model.weights[i * k + c]);
                if (a > s) s = a;
                if (a > scales[c]) scales[c] = a;
            }
            strength[i] = s;
        }
        for (let c = 0; c < k; c++) scales[c] = scales[c] > 0 ? scales[c] / 127 : 1;
        // a feature is worth storing if some class keeps a non-zero quantised weight for it
        const useful: number[] = [];
        for (let i = 0; i < f; i++) {
            for (let c = 0; c < k; c++) {
                if (Math.round(this.model.weights[i * k + c] / scales[c]) !== 0) {
                    useful.push(i);
                    break;
                }
            }
        }
        if (options.maxFeatures !== undefined && options.maxFeatures < useful.length) {
            useful.sort((a, b) => strength[b] - strength[a] || a - b);
            useful.length = Math.max(0, options.maxFeatures);
        }
        const kept = new Uint8Array(f);
        for (const i of useful) kept[i] = 1;
        const keep = (i: number) => kept[i] === 1;
        const { vectorizer, mapping } = this.vectorizer.prune(keep);
        const featureGaps: string[] = [];
        const quantized: string[] = [];
        for (let c = 0; c < k; c++) {
            const gaps: number[] = [];
            const q: number[] = [];
            let last = -1;
            for (let i = 0; i < f; i++) {
                const ni = mapping[i];
                if (ni < 0) continue;
                const v = Math.round(this.model.weights[i * k + c] / scales[c]);
                if (v === 0) continue;
                gaps.push(ni - last - 1);
                last = ni;
                q.push(Math.max(-127, Math.min(127, v)));
            }
            featureGaps.push(encodeVarints(gaps));
            quantized.push(encodeInt8(Int8Array.from(q)));
        }
        return {
            format: "helpdesk.builtin.classifier",
            version: 1,
            labels: [...this.labels],
            multiLabel: this.multiLabel,
            temperature: this.temperatureValue,
            vectorizer: vectorizer.toJSON(),
            bias: Array.from(this.model.bias),
            scales,
            featureGaps,
            quantized,
        };
    }

    static fromJSON(json: ClassifierJson): TextClassifier {
        if (json.format !== "helpdesk.builtin.classifier" || json.version !== 1) {
            throw new Error(`classifier JSON: unknown format ${json.format} v${json.version}`);
        }
        const vectorizer = TfidfVectorizer.fromJSON(json.vectorizer);
        const k = json.labels.length;
        const f = vectorizer.dimension;
        const weights = new Float32Array(f * k);
        for (let c = 0; c < k; c++) {
            const gaps = decodeVarints(json.featureGaps[c]);
            const q = decodeInt8(json.quantized[c]);
            if (gaps.length !== q.length) throw new Error("classifier JSON: weights and indices differ in length");
            let idx = -1;
            for (let j = 0; j < gaps.length; j++) {
                idx += gaps[j] + 1;
                if (idx >= f) throw new Error("classifier JSON: feature index out of range");
                weights[idx * k + c] = q[j] * json.scales[c];
            }
        }
        const model: OvrModel = { weights, bias: Float32Array.from(json.bias), classes: k, features: f };
        return new TextClassifier(json.labels, vectorizer, model, json.multiLabel, json.temperature);
    }
}
