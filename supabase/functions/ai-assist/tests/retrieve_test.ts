import * as assert from "./assert.ts";
import { type RetrievalDoc, RetrievalIndex } from "../builtin/retrieve.ts";

const KB: RetrievalDoc[] = [
    {
        id: "reset-password",
        kind: "article",
        title: "Reset your password",
        body:
            "Open the sign-in page, choose Forgot password and follow the link we email you. The link expires after one hour.",
    },
    {
        id: "refund-policy",
        kind: "article",
        title: "Refunds and returns",
        body:
            "You can return items within 30 days. Refunds go back to the original payment method within 5 business days.",
    },
    {
        id: "change-address",
        kind: "article",
        title: "Change the delivery address",
        body:
            "Before your order ships you can edit the shipping address under My orders. After shipping, contact the courier.",
    },
    {
        id: "export-data",
        kind: "article",
        title: "Export your data",
        body: "Admins can export tickets as CSV from Reports. Large exports are emailed when ready.",
    },
];

Deno.test("a paraphrased question ranks the matching article first", () => {
    const index = new RetrievalIndex(KB);
    assert.equal(index.search("I forgot my password and can't sign in")[0].id, "reset-password");
    assert.equal(index.search("how do I get my money back for an item I returned?")[0].id, "refund-policy");
    assert.equal(index.search("my parcel should go to a different address")[0].id, "change-address");
});

Deno.test("typos and inflections still find the article", () => {
    const index = new RetrievalIndex(KB);
    assert.equal(index.search("refundd for returnd items")[0].id, "refund-policy");
    assert.equal(index.search("exporting tickets to csv")[0].id, "export-data");
});

Deno.test("scores are in [0, 1], sorted, and limited", () => {
    const index = new RetrievalIndex(KB);
    const hits = index.search("password reset link expired", { limit: 2 });
    assert.equal(hits.length, 2);
    assert.ok(hits[0].score >= hits[1].score);
    for (const h of hits) assert.ok(h.score > 0 && h.score <= 1 + 1e-9, String(h.score));
    assert.ok(hits[0].bm25 > 0 && hits[0].charCosine > 0);
});

Deno.test("search can be limited to one kind and ignores unrelated text", () => {
    const index = new RetrievalIndex([...KB, {
        id: "T-1",
        kind: "ticket",
        title: "Password reset mail missing",
        body: "Resent the reset email.",
    }]);
    assert.ok(index.search("reset password", { kind: "article" }).every((h) => h.kind === "article"));
    assert.equal(index.search("reset password mail", { kind: "ticket" })[0].id, "T-1");
    assert.deepEqual(index.search("zzzz qqqq"), []);
});
