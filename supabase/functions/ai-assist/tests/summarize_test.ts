import * as assert from "./assert.ts";
import { extractiveSummary, summarizeThread, type ThreadMessage } from "../builtin/summarize.ts";
import { lexRank } from "../eval/lexrank.ts";

const THREAD: ThreadMessage[] = [
    {
        author: "customer",
        text: "Hello there. My laptop battery stops charging at 80 percent since the last update. It is a new laptop.",
    },
    {
        author: "agent",
        text: "Thanks for reaching out! Have you tried restarting the laptop with the charger connected?",
    },
    {
        author: "customer",
        text: "Yes, I already restarted it twice and reinstalled the battery driver. Still stuck at 80 percent.",
    },
    {
        author: "agent",
        text: "Please open Settings > Battery and turn off the battery protection mode, then let us know.",
    },
];

Deno.test("summary names the sentence that states the problem", () => {
    const s = summarizeThread(THREAD);
    assert.ok(s.problem !== null);
    assert.equal(s.problem.text, "My laptop battery stops charging at 80 percent since the last update.");
    assert.equal(s.problem.message, 0);
});

Deno.test("summary lists what was tried, the state and the agent's next step", () => {
    const s = summarizeThread(THREAD);
    assert.ok(s.tried.some((t) => t.text.includes("restarted it twice")), JSON.stringify(s.tried));
    assert.ok(!s.tried.some((t) => t.text.includes("Have you tried")), "questions are not things tried");
    assert.equal(s.state, "waiting_for_customer");
    assert.ok(s.nextStep?.text.includes("battery protection mode"));
    assert.ok(s.text.startsWith("Problem: My laptop battery"));
    assert.equal(s.text.split("\n").length, 4);
});

Deno.test("a customer saying it works now marks the thread resolved", () => {
    const s = summarizeThread([...THREAD, { author: "customer", text: "That worked, thanks! It charges to 100 now." }]);
    assert.equal(s.state, "resolved");
    assert.equal(s.nextStep, null);
});

Deno.test("internal notes are never quoted in the extractive summary", () => {
    const picked = extractiveSummary([...THREAD, {
        author: "agent",
        internal: true,
        text: "Customer seems annoyed, escalate battery case.",
    }], {
        maxSentences: 5,
    });
    assert.ok(!picked.some((p) => p.text.includes("escalate")));
});

Deno.test("extractive summary keeps thread order and the sentence budget", () => {
    const picked = extractiveSummary(THREAD, { maxSentences: 2 });
    assert.equal(picked.length, 2);
    assert.equal(picked[0].author, "customer");
    assert.equal(picked[1].author, "agent");
    assert.ok(picked[0].message <= picked[1].message);
    assert.ok(picked[0].text.includes("battery stops charging"));
});

Deno.test("given sentence boundaries are used as they are", () => {
    const picked = extractiveSummary([{
        author: "customer",
        text: "",
        sentences: ["my order never arrived at all", "ok"],
    }], { maxSentences: 1 });
    assert.equal(picked[0].text, "my order never arrived at all");
});

Deno.test("LexRank baseline picks the most central sentences", () => {
    const msgs: ThreadMessage[] = [
        {
            author: "customer",
            text: "The app crashes on start. The app crashes when I open settings. I like turtles very much.",
        },
        { author: "agent", text: "Sorry the app crashes, we will fix the crashes in the app." },
    ];
    const picked = lexRank(msgs, 2);
    assert.equal(picked.length, 2);
    assert.ok(!picked.some((p) => p.text.includes("turtles")));
});

Deno.test("empty thread gives an empty summary", () => {
    assert.equal(summarizeThread([]).state, "empty");
    assert.deepEqual(extractiveSummary([]), []);
});
