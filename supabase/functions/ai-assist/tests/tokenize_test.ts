import * as assert from "./assert.ts";
import { charWbNgrams, lightStem, splitSentences, wordNgrams, wordTokens } from "../builtin/tokenize.ts";
import { decodeVarints, encodeVarints } from "../builtin/codec.ts";
import { TfidfVectorizer } from "../builtin/tfidf.ts";
import { norm } from "../builtin/sparse.ts";

Deno.test("char_wb n-grams pad each word and stay inside it", () => {
    assert.deepEqual(charWbNgrams("Ab c", 2, 3), [" a", "ab", "b ", " ab", "ab ", " c", "c ", " c "]);
});

Deno.test("word tokens and n-grams", () => {
    assert.deepEqual(wordTokens("Card didn't arrive!", 2), ["card", "didn", "arrive"]);
    assert.deepEqual(wordNgrams(["a", "b", "c"], 1, 2), ["a", "b", "c", "a b", "b c"]);
});

Deno.test("light stemming meets inflections", () => {
    assert.equal(lightStem("cancelling"), lightStem("cancel"));
    assert.equal(lightStem("refunds"), "refund");
    assert.equal(lightStem("deliveries"), "delivery");
    assert.equal(lightStem("bus"), "bus");
});

Deno.test("sentences split on punctuation and line breaks, not on abbreviations or decimals", () => {
    assert.deepEqual(splitSentences("I paid 9.99 e.g. twice. Why? Help!\nThanks"), [
        "I paid 9.99 e.g. twice.",
        "Why?",
        "Help!",
        "Thanks",
    ]);
});

Deno.test("varints round-trip", () => {
    const xs = [0, 1, 127, 128, 300, 16384, 2 ** 31];
    assert.deepEqual(decodeVarints(encodeVarints(xs)), xs);
});

Deno.test("tf-idf blocks are each unit length and unknown words are ignored", () => {
    const v = TfidfVectorizer.fit(["red apple", "green apple", "red car"], {
        analyzers: [{ kind: "word", minN: 1, maxN: 1, minTokenLength: 1 }, { kind: "char_wb", minN: 3, maxN: 3 }],
    });
    const x = v.transform("red apple");
    assert.ok(Math.abs(norm(x) - Math.SQRT2) < 1e-6);
    assert.equal(v.transform("zzz qqq").indices.length, 0);
    const back = TfidfVectorizer.fromJSON(JSON.parse(JSON.stringify(v.toJSON())));
    assert.deepEqual(Array.from(back.transform("red apple").indices), Array.from(x.indices));
});
