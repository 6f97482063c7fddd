/**
 * BANKING77 triage evaluation: C of the linear SVM chosen by stratified 3-fold cross-validation inside
 * train.csv (test.csv is not looked at until the final model is fixed), softmax temperature fitted on the
 * cross-validation hold-out folds, then accuracy, macro-F1, calibration, training time, per-ticket
 * latency and the serialised model's size and accuracy after a JSON round trip.
 */
import {
    type ClassifierOptions,
    DEFAULT_VECTORIZER,
    TextClassifier,
    type TrainingExample,
} from "../builtin/classifier.ts";
import { mulberry32 } from "../builtin/linear_svm.ts";
import { parseCsv } from "./csv.ts";
import { cpuSeconds } from "./cpu.ts";
import { readDataset } from "./datasets.ts";
import { accuracy, expectedCalibrationError, macroF1, percentile } from "./metrics.ts";

const WORD_ONLY: ClassifierOptions["vectorizer"] = {
    analyzers: [{ kind: "word", minN: 1, maxN: 2 }],
    sublinearTf: true,
};

function folds(examples: readonly TrainingExample[], k: number, seed: number): number[] {
    const rand = mulberry32(seed);
    const byLabel = new Map<string, number[]>();
    examples.forEach((e, i) => byLabel.set(e.labels[0], [...(byLabel.get(e.labels[0]) ?? []), i]));
    const fold = new Array<number>(examples.length).fill(0);
    for (const idx of byLabel.values()) {
        for (let i = idx.length - 1; i > 0; i--) {
            const j = Math.floor(rand() * (i + 1));
            [idx[i], idx[j]] = [idx[j], idx[i]];
        }
        idx.forEach((row, p) => (fold[row] = p % k));
    }
    return fold;
}

interface CvResult {
    name: string;
    C: number;
    accuracy: number;
    macroF1: number;
    temperatures: number[];
    seconds: number;
}

function crossValidate(
    examples: readonly TrainingExample[],
    name: string,
    options: ClassifierOptions,
    k: number,
): CvResult {
    const fold = folds(examples, k, 7);
    const gold: string[] = [], pred: string[] = [];
    const temperatures: number[] = [];
    const t0 = performance.now();
    for (let f = 0; f < k; f++) {
        const train = examples.filter((_, i) => fold[i] !== f);
        const held = examples.filter((_, i) => fold[i] === f);
        const clf = TextClassifier.train(train, options);
        temperatures.push(clf.calibrate(held));
        for (const e of held) {
            gold.push(e.labels[0]);
            pred.push(clf.predict(e.text).label);
        }
    }
    return {
        name,
        C: options.svm?.C ?? 0.5,
        accuracy: accuracy(gold, pred),
        macroF1: macroF1(gold, pred),
        temperatures,
        seconds: (performance.now() - t0) / 1000,
    };
}

function load(csv: string): TrainingExample[] {
    return parseCsv(csv).map((r) => ({ text: r.text, labels: [r.category] }));
}

function pct(x: number): string {
    return `${(100 * x).toFixed(2)} %`;
}

function evaluate(clf: TextClassifier, test: readonly TrainingExample[]) {
    const gold: string[] = [], pred: string[] = [], conf: number[] = [], times: number[] = [];
    for (const e of test) {
        const t = performance.now();
        const p = clf.predict(e.text);
        times.push(performance.now() - t);
        gold.push(e.labels[0]);
        pred.push(p.label);
        conf.push(p.confidence);
    }
    times.sort((a, b) => a - b);
    return {
        accuracy: accuracy(gold, pred),
        macroF1: macroF1(gold, pred),
        ece: expectedCalibrationError(conf, gold.map((g, i) => g === pred[i])),
        meanConfidence: conf.reduce((a, b) => a + b, 0) / conf.length,
        latencyMeanMs: times.reduce((a, b) => a + b, 0) / times.length,
        latencyP50Ms: percentile(times, 0.5),
        latencyP95Ms: percentile(times, 0.95),
    };
}

export async function runBanking77(quick: boolean): Promise<string> {
    const train = load(await readDataset("banking77/train.csv"));
    const test = load(await readDataset("banking77/test.csv"));
    const lines: string[] = [];
    lines.push(
        `### BANKING77 (train ${train.length}, test ${test.length}, ${
            new Set(train.map((e) => e.labels[0])).size
        } labels)`,
        "",
    );
    const grid = quick ? [0.5] : [0.1, 0.25, 0.5, 1, 2];
    const k = 3;
    const cv: CvResult[] = [];
    for (const C of grid) {
        cv.push(crossValidate(train, "word 1–2 + char_wb 2–5", { vectorizer: DEFAULT_VECTORIZER, svm: { C } }, k));
        console.error(`banking77: cv C=${C} acc=${cv[cv.length - 1].accuracy.toFixed(4)}`);
    }
    if (!quick) {
        cv.push(crossValidate(train, "word 1–2 only (ablation)", { vectorizer: WORD_ONLY, svm: { C: 0.5 } }, k));
    }
    lines.push(`Stratified ${k}-fold cross-validation inside train.csv (selection uses this table only):`, "");
    lines.push(
        "| features | C | CV accuracy | CV macro-F1 | fitted temperatures | time |",
        "| --- | --- | --- | --- | --- | --- |",
    );
    for (const r of cv) {
        lines.push(
            `| ${r.name} | ${r.C} | ${pct(r.accuracy)} | ${pct(r.macroF1)} | ${
                r.temperatures.map((t) => t.toFixed(3)).join(", ")
            } | ${r.seconds.toFixed(1)} s |`,
        );
    }
    const candidates = cv.filter((r) => !r.name.includes("ablation"));
    const chosen = candidates.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
    const temperature = [...chosen.temperatures].sort((a, b) => a - b)[Math.floor(chosen.temperatures.length / 2)];
    lines.push("", `Chosen: C = ${chosen.C}, softmax temperature = ${temperature.toFixed(3)} (median over folds).`, "");

    const t0 = performance.now();
    const c0 = cpuSeconds();
    const clf = TextClassifier.train(train, { vectorizer: DEFAULT_VECTORIZER, svm: { C: chosen.C } });
    const trainSeconds = (performance.now() - t0) / 1000;
    const trainCpu = cpuSeconds() - c0;
    clf.setTemperature(temperature);
    const p0 = cpuSeconds();
    const full = evaluate(clf, test);
    const predictCpuMs = ((cpuSeconds() - p0) * 1000) / test.length;

    const s0 = performance.now();
    const json = JSON.stringify(clf.toJSON());
    const serializeMs = performance.now() - s0;
    const l0 = performance.now();
    const reloaded = TextClassifier.fromJSON(JSON.parse(json));
    const loadMs = performance.now() - l0;
    const stored = evaluate(reloaded, test);
    const compacts = [20000, 10000].map((maxFeatures) => {
        const text = JSON.stringify(clf.toJSON({ maxFeatures }));
        const model = TextClassifier.fromJSON(JSON.parse(text));
        return { maxFeatures, bytes: text.length, dim: model.dimension, result: evaluate(model, test) };
    });
    let agree = 0;
    for (const e of test) if (clf.predict(e.text).label === reloaded.predict(e.text).label) agree++;

    lines.push("Test split (test.csv), final model trained once on all of train.csv:", "");
    lines.push(
        "| model | features | accuracy | macro-F1 | ECE | mean confidence | latency mean / p50 / p95 per ticket |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    );
    const row = (name: string, dim: number, r: ReturnType<typeof evaluate>) =>
        `| ${name} | ${dim} | **${pct(r.accuracy)}** | ${pct(r.macroF1)} | ${r.ece.toFixed(3)} | ${
            r.meanConfidence.toFixed(3)
        } | ${r.latencyMeanMs.toFixed(3)} / ${r.latencyP50Ms.toFixed(3)} / ${r.latencyP95Ms.toFixed(3)} ms |`;
    lines.push(row("in memory (float32 weights)", clf.dimension, full));
    lines.push(row(`stored JSON, int8 weights (${(json.length / 1e6).toFixed(2)} MB)`, reloaded.dimension, stored));
    for (const c of compacts) {
        lines.push(
            row(
                `stored JSON, top ${c.maxFeatures / 1000}k features (${(c.bytes / 1e6).toFixed(2)} MB)`,
                c.dim,
                c.result,
            ),
        );
    }
    if (!quick) {
        const w0 = performance.now();
        const wordOnly = TextClassifier.train(train, { vectorizer: WORD_ONLY, svm: { C: 0.5 } });
        const wordSeconds = (performance.now() - w0) / 1000;
        wordOnly.setTemperature(temperature);
        lines.push(
            row(
                `ablation: word 1–2 only, C=0.5 (train ${wordSeconds.toFixed(1)} s)`,
                wordOnly.dimension,
                evaluate(wordOnly, test),
            ),
        );
    }
    lines.push(
        "",
        `Training time (final model, ${train.length} texts, vectorizing included): ${
            trainSeconds.toFixed(2)
        } s wall, ` +
            `${Number.isNaN(trainCpu) ? "n/a" : trainCpu.toFixed(2)} s CPU (all threads of the process). ` +
            `Prediction of the whole test split: ${predictCpuMs.toFixed(3)} ms CPU per ticket. ` +
            `Serialising: ${serializeMs.toFixed(0)} ms; loading from JSON: ${loadMs.toFixed(0)} ms. ` +
            `Stored model agrees with the in-memory one on ${agree} / ${test.length} test predictions.`,
    );
    return lines.join("\n");
}
