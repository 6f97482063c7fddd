import * as assert from "./assert.ts";
import { type ClassifierJson, TextClassifier } from "../builtin/classifier.ts";
import { HELD_OUT, TRAIN } from "./fixtures.ts";

Deno.test("classifier predicts held-out paraphrases of a small separable set", () => {
    const clf = TextClassifier.train(TRAIN);
    assert.deepEqual(clf.labels, ["billing", "login", "shipping"]);
    for (const [text, label] of HELD_OUT) assert.equal(clf.predict(text).label, label, text);
});

Deno.test("classifier ranking lists every label once, best first, with probabilities summing to 1", () => {
    const clf = TextClassifier.train(TRAIN);
    const p = clf.predict("refund my double payment");
    assert.equal(p.ranking.length, 3);
    assert.deepEqual(new Set(p.ranking.map((r) => r.label)), new Set(["billing", "login", "shipping"]));
    for (let i = 1; i < p.ranking.length; i++) assert.ok(p.ranking[i - 1].margin >= p.ranking[i].margin);
    const sum = p.ranking.reduce((s, r) => s + r.probability, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
    assert.equal(p.confidence, p.ranking[0].probability);
});

Deno.test("serialised classifier survives JSON and gives the same predictions", () => {
    const clf = TextClassifier.train(TRAIN);
    clf.setTemperature(0.3);
    const json: ClassifierJson = JSON.parse(JSON.stringify(clf.toJSON()));
    const back = TextClassifier.fromJSON(json);
    assert.equal(back.temperature, 0.3);
    assert.deepEqual(back.labels, clf.labels);
    for (const [text] of [...HELD_OUT, ["something unrelated entirely", ""]]) {
        const a = clf.predict(text), b = back.predict(text);
        assert.equal(b.label, a.label);
        // int8 quantisation moves margins by at most half a step per feature
        for (let i = 0; i < a.ranking.length; i++) {
            assert.ok(Math.abs(a.ranking[i].margin - b.ranking[i].margin) < 0.05, text);
        }
    }
    // a second round trip is exact: the stored form is already quantised
    const again = TextClassifier.fromJSON(JSON.parse(JSON.stringify(back.toJSON())));
    for (const [text] of HELD_OUT) assert.deepEqual(again.margins(text), back.margins(text));
});

Deno.test("serialising with maxFeatures keeps fewer features and still classifies", () => {
    const clf = TextClassifier.train(TRAIN);
    const small = TextClassifier.fromJSON(clf.toJSON({ maxFeatures: 200 }));
    assert.ok(small.dimension <= 200, `${small.dimension}`);
    assert.ok(small.dimension < clf.dimension);
    let right = 0;
    for (const [text, label] of HELD_OUT) if (small.predict(text).label === label) right++;
    assert.ok(right >= 4, `${right}/5`);
});

Deno.test("fromJSON rejects an unknown format", () => {
    const json = { ...TextClassifier.train(TRAIN).toJSON(), version: 2 } as unknown as ClassifierJson;
    assert.throws(() => TextClassifier.fromJSON(json), /unknown format/);
});

Deno.test("training needs at least two labels", () => {
    assert.throws(() => TextClassifier.train([{ text: "a b", labels: ["x"] }]), /two labels/);
});

Deno.test("calibration on held-out data sharpens confident correct predictions", () => {
    const clf = TextClassifier.train(TRAIN);
    const before = clf.predict(HELD_OUT[0][0]).confidence;
    const t = clf.calibrate(HELD_OUT.map(([text, label]) => ({ text, labels: [label] })));
    assert.ok(t < 1, `temperature ${t}`);
    assert.ok(clf.predict(HELD_OUT[0][0]).confidence > before);
});

Deno.test("multi-label classifier returns every tag that applies", () => {
    const examples = [
        { text: "refund for the damaged parcel", labels: ["refund", "damaged"] },
        { text: "refund please, I was charged twice", labels: ["refund"] },
        { text: "I want my money back", labels: ["refund"] },
        { text: "the box arrived damaged and crushed", labels: ["damaged"] },
        { text: "screen cracked on arrival, damaged item", labels: ["damaged"] },
        { text: "how do I change my password", labels: [] },
        { text: "where can I find the invoice", labels: [] },
        { text: "update my shipping address", labels: [] },
    ];
    const clf = TextClassifier.train(examples, { multiLabel: true, svm: { C: 2 } });
    const tags = clf.predictLabels("my parcel arrived damaged, I want a refund").map((r) => r.label).sort();
    assert.deepEqual(tags, ["damaged", "refund"]);
    assert.deepEqual(clf.predictLabels("how do I reset my password"), []);
});
