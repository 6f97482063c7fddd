import * as assert from "./assert.ts";
import { accuracy, expectedCalibrationError, macroF1, rankingMetrics } from "../eval/metrics.ts";
import { parseCsv } from "../eval/csv.ts";

Deno.test("accuracy and macro-F1 on a hand-computed example", () => {
    const gold = ["a", "a", "b", "c"], pred = ["a", "b", "b", "b"];
    assert.near(accuracy(gold, pred), 0.5);
    // F1: a = 2/3 (tp1 fn1), b = 2/4 (tp1 fp2), c = 0 -> mean 7/18
    assert.near(macroF1(gold, pred), (2 / 3 + 0.5 + 0) / 3);
});

Deno.test("ranking metrics from ranks", () => {
    const m = rankingMetrics([1, 2, 4, 0]);
    assert.near(m.p1, 0.25);
    assert.near(m.hit3, 0.5);
    assert.near(m.mrr, (1 + 0.5 + 0.25) / 4);
});

Deno.test("calibration error is zero for perfectly calibrated bins", () => {
    assert.near(expectedCalibrationError([0.95, 0.95], [true, true]), 0.05, 1e-12);
    assert.near(expectedCalibrationError([0.55, 0.55], [true, false]), 0.05, 1e-12);
});

Deno.test("CSV with quoted commas, quotes and line breaks", () => {
    const rows = parseCsv('text,category\n"hi, there",a\n"say ""x""\nnow",b\nplain,c\n');
    assert.deepEqual(rows, [{ text: "hi, there", category: "a" }, { text: 'say "x"\nnow', category: "b" }, {
        text: "plain",
        category: "c",
    }]);
});
