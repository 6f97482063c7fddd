/**
 * TweetSumm summary evaluation on the 857 train dialogues that have text (see the dataset README):
 * ROUGE-1/2/L F of the builtin extractive summary, a LexRank baseline and a Lead baseline, at the same
 * sentence budget, against the abstractive references and the extractive picks (mean over annotators,
 * and max over annotators).
 */
import { extractiveSummary, type SentenceRef, summarizeThread, type ThreadMessage } from "../builtin/summarize.ts";
import { readDataset } from "./datasets.ts";
import { lexRank } from "./lexrank.ts";
import { type RougeF, rougeMulti, rougeTokens } from "./rouge.ts";

interface Dialogue {
    conversation_id: string;
    turns: { speaker: "customer" | "agent"; sentences: string[] }[];
    extractive_summaries: { speaker: string; sentence: string }[][];
    abstractive_summaries: string[][];
}

type System = (messages: ThreadMessage[], k: number) => SentenceRef[];

function lead(messages: ThreadMessage[], k: number): SentenceRef[] {
    const out: SentenceRef[] = [];
    messages.forEach((m, mi) =>
        (m.sentences ?? []).forEach((s, si) => {
            if (rougeTokens(s).length >= 3) out.push({ message: mi, sentence: si, author: m.author, text: s });
        })
    );
    return out.slice(0, k);
}

const SYSTEMS: [string, System][] = [
    ["builtin `extractiveSummary`", (m, k) => extractiveSummary(m, { maxSentences: k })],
    ["LexRank baseline (threshold 0.1)", (m, k) => lexRank(m, k)],
    ["Lead baseline (first k sentences)", lead],
];

function add(a: RougeF, b: RougeF): RougeF {
    return { rouge1: a.rouge1 + b.rouge1, rouge2: a.rouge2 + b.rouge2, rougeL: a.rougeL + b.rougeL };
}

function fmt(r: RougeF, n: number): string {
    return `${(r.rouge1 / n).toFixed(3)} / ${(r.rouge2 / n).toFixed(3)} / ${(r.rougeL / n).toFixed(3)}`;
}

export async function runTweetSumm(): Promise<string> {
    const text = await readDataset("tweetsumm/train_dialogs_with_text_partial.jsonl");
    const dialogues: Dialogue[] = text.split("\n").filter((l) => l.trim().length > 0).map((l) => JSON.parse(l));
    const lines: string[] = [];
    const refTokens = (refs: string[]) =>
        refs.reduce((s, r) => s + rougeTokens(r).length, 0) / Math.max(1, refs.length);
    let absLen = 0, extLen = 0, extSents = 0, extCount = 0;
    for (const d of dialogues) {
        absLen += refTokens(d.abstractive_summaries.map((a) => a.join(" ")));
        extLen += refTokens(d.extractive_summaries.map((e) => e.map((x) => x.sentence).join(" ")));
        for (const e of d.extractive_summaries) {
            extSents += e.length;
            extCount++;
        }
    }
    lines.push(
        `### TweetSumm (train, ${dialogues.length} dialogues with text)`,
        "",
        `References: abstractive mean ${(absLen / dialogues.length).toFixed(1)} tokens; extractive mean ` +
            `${(extLen / dialogues.length).toFixed(1)} tokens, ${(extSents / extCount).toFixed(2)} sentences. ` +
            "Scores are ROUGE F-measures (R-1 / R-2 / R-L), lowercase tokens, no stemming, per dialogue " +
            "averaged over its annotators (mean) or the best annotator (max), then averaged over dialogues.",
        "",
        "| system | k sentences | output tokens | vs abstractive (mean) | vs abstractive (max) | vs extractive (mean) | vs extractive (max) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const k of [2, 4]) {
        for (const [name, system] of SYSTEMS) {
            const zero = { rouge1: 0, rouge2: 0, rougeL: 0 };
            let absMean = zero, absMax = zero, extMean = zero, extMax = zero, tokens = 0;
            for (const d of dialogues) {
                const messages: ThreadMessage[] = d.turns.map((t) => ({
                    author: t.speaker,
                    text: t.sentences.join(" "),
                    sentences: t.sentences,
                }));
                const summary = system(messages, k).map((s) => s.text).join(" ");
                tokens += rougeTokens(summary).length;
                const abs = rougeMulti(summary, d.abstractive_summaries.map((a) => a.join(" ")));
                const ext = rougeMulti(summary, d.extractive_summaries.map((e) => e.map((x) => x.sentence).join(" ")));
                absMean = add(absMean, abs.mean);
                absMax = add(absMax, abs.max);
                extMean = add(extMean, ext.mean);
                extMax = add(extMax, ext.max);
            }
            const n = dialogues.length;
            lines.push(
                `| ${name} | ${k} | ${(tokens / n).toFixed(1)} | ${fmt(absMean, n)} | ${fmt(absMax, n)} | ${
                    fmt(extMean, n)
                } | ${fmt(extMax, n)} |`,
            );
        }
    }
    const first = dialogues[0];
    const example = summarizeThread(
        first.turns.map((t) => ({ author: t.speaker, text: t.sentences.join(" "), sentences: t.sentences })),
    );
    lines.push(
        "",
        `Structured ticket summary (\`summarizeThread\`) of the first dialogue (${first.conversation_id}):`,
        "",
        "```text",
        example.text,
        "```",
        "",
        "First annotator's abstractive reference: " + first.abstractive_summaries[0].join(" "),
    );
    return lines.join("\n");
}
