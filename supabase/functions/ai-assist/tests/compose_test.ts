import * as assert from "./assert.ts";
import { composeReply } from "../builtin/compose.ts";

const ARTICLE = {
    id: "reset-password",
    title: "Reset your password",
    body: "Open the sign-in page and choose Forgot password. We email you a link. The link expires after one hour. " +
        "Our offices are closed on public holidays. Admins can also reset passwords from the Users page.",
    score: 0.62,
};

Deno.test("reply quotes the best article's relevant sentences and cites it", () => {
    const r = composeReply({
        query: "the password reset link expired",
        articles: [ARTICLE],
        customerName: "Ana",
        agentName: "Sam",
    });
    assert.ok(r.text.startsWith("Hi Ana,"));
    assert.ok(r.text.includes("The link expires after one hour. "), r.text);
    assert.ok(!r.text.includes("public holidays"), "irrelevant sentences are left out");
    assert.ok(r.text.includes("[1]"));
    assert.ok(r.text.trimEnd().endsWith("Sam"));
    assert.deepEqual(r.citations, [{
        marker: 1,
        kind: "article",
        id: "reset-password",
        title: "Reset your password",
        score: 0.62,
    }]);
    assert.equal(r.confidence, 0.62);
});

Deno.test("a similar solved ticket is added as a second citation", () => {
    const r = composeReply({
        query: "reset link expired",
        articles: [ARTICLE],
        solvedTickets: [{
            id: "T-9",
            title: "Reset link expired",
            resolution: "I sent a fresh reset link and it worked.",
            score: 0.5,
        }],
    });
    assert.equal(r.citations.length, 2);
    assert.equal(r.citations[1].id, "T-9");
    assert.ok(r.text.includes('I sent a fresh reset link and it worked." [2]'));
});

Deno.test("without a good enough source the reply asks for details and cites nothing", () => {
    const r = composeReply({ query: "my cat ate the invoice", articles: [{ ...ARTICLE, score: 0.05 }] });
    assert.equal(r.citations.length, 0);
    assert.equal(r.confidence, 0);
    assert.ok(r.text.includes("Could you tell us a little more"));
    assert.ok(!r.text.includes("Forgot password"));
});
