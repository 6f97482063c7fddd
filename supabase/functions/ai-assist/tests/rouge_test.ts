import * as assert from "./assert.ts";
import { lcsLength, rouge, rougeMulti, rougeTokens } from "../eval/rouge.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

Deno.test("ROUGE on a hand-computed pair of equal length", () => {
    // tokens: the cat sat on the mat / the cat lay on the mat
    const s = rouge("The cat sat on the mat.", "the cat lay on the mat");
    close(s.rouge1.f, 5 / 6); // the x2, cat, on, mat
    close(s.rouge2.f, 3 / 5); // "the cat", "on the", "the mat"
    close(s.rougeL.f, 5 / 6); // LCS "the cat on the mat"
});

Deno.test("ROUGE precision and recall differ when lengths differ", () => {
    const s = rouge("a b c", "a b c d e");
    close(s.rouge1.precision, 1);
    close(s.rouge1.recall, 3 / 5);
    close(s.rouge1.f, 0.75);
    close(s.rouge2.f, 2 / 3); // P 2/2, R 2/4
    close(s.rougeL.f, 0.75);
});

Deno.test("ROUGE-L is order sensitive (Lin 2004 example)", () => {
    close(rouge("police kill the gunman", "police killed the gunman").rougeL.f, 3 / 4);
    close(rouge("the gunman kill police", "police killed the gunman").rougeL.f, 2 / 4);
    assert.equal(lcsLength(["a", "b", "c", "d"], ["b", "d", "a"]), 2);
});

Deno.test("ROUGE counts clipped n-grams and handles empty text", () => {
    close(rouge("the the the", "the cat").rouge1.precision, 1 / 3);
    assert.equal(rouge("", "the cat").rouge1.f, 0);
    assert.deepEqual(rougeTokens("@AppleSupport It's 11.1!"), ["applesupport", "it", "s", "11", "1"]);
});

Deno.test("multi-reference ROUGE gives mean and max per metric", () => {
    const m = rougeMulti("a b", ["a b", "c d"]);
    close(m.max.rouge1, 1);
    close(m.mean.rouge1, 0.5);
});
