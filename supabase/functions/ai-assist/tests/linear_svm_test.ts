import * as assert from "./assert.ts";
import { decision, trainBinarySvm, trainOneVsRest } from "../builtin/linear_svm.ts";
import { fromMap, toCsr } from "../builtin/sparse.ts";

function vec(entries: Record<number, number>) {
    return fromMap(new Map(Object.entries(entries).map(([k, v]) => [Number(k), v])));
}

Deno.test("binary SVM separates linearly separable points with margin", () => {
    // class +1 lives on feature 0, class -1 on feature 1; feature 2 is shared noise
    const rows = [
        vec({ 0: 1, 2: 0.3 }),
        vec({ 0: 0.8, 2: 0.5 }),
        vec({ 0: 0.9 }),
        vec({ 1: 1, 2: 0.3 }),
        vec({ 1: 0.7, 2: 0.6 }),
        vec({ 1: 1 }),
    ];
    const y = Int8Array.from([1, 1, 1, -1, -1, -1]);
    const m = trainBinarySvm(toCsr(rows, 3), y, { C: 10 });
    assert.ok(m.weights[0] > 0 && m.weights[1] < 0);
    rows.forEach((r, i) => {
        let s = m.bias;
        r.indices.forEach((f, k) => (s += m.weights[f] * r.values[k]));
        assert.ok(s * y[i] > 0.5, `row ${i}: margin ${s * y[i]}`);
    });
    assert.ok(m.iterations < 200);
});

Deno.test("one-vs-rest gives each class its own winning region", () => {
    const rows = [
        vec({ 0: 1 }),
        vec({ 0: 0.9, 3: 0.1 }),
        vec({ 1: 1 }),
        vec({ 1: 0.8, 3: 0.2 }),
        vec({ 2: 1 }),
        vec({ 2: 0.9, 3: 0.1 }),
    ];
    const labels = [0, 0, 1, 1, 2, 2];
    const model = trainOneVsRest(toCsr(rows, 4), (r) => [labels[r]], 3, { C: 5 });
    for (let c = 0; c < 3; c++) {
        const q = vec({ [c]: 1 });
        const d = decision(model, q.indices, q.values);
        const best = d.indexOf(Math.max(...d));
        assert.equal(best, c);
    }
});

Deno.test("training is deterministic for a seed", () => {
    const rows = [vec({ 0: 1 }), vec({ 1: 1 }), vec({ 0: 0.5, 1: 0.5 })];
    const y = Int8Array.from([1, -1, 1]);
    const a = trainBinarySvm(toCsr(rows, 2), y, { seed: 3 });
    const b = trainBinarySvm(toCsr(rows, 2), y, { seed: 3 });
    assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
});
