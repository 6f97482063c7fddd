/**
 * Lexicon-based sentiment for support messages (English, with a few German/French/Spanish words):
 * word polarities, negation flips the next three words, intensifiers scale, "!" adds emphasis.
 */
import { wordTokens } from "./tokenize.ts";

export type SentimentLabel = "negative" | "neutral" | "positive";

export interface Sentiment {
    label: SentimentLabel;
    /** In [-1, 1]. */
    score: number;
    /** The lexicon words that carried the score. */
    cues: string[];
}

const POLARITY = new Map<string, number>(
    Object.entries({
        // positive
        thanks: 1.5,
        thank: 1.5,
        great: 2,
        good: 1,
        excellent: 2.5,
        awesome: 2.5,
        perfect: 2,
        love: 2,
        happy: 2,
        appreciate: 1.5,
        appreciated: 1.5,
        helpful: 1.5,
        resolved: 1.5,
        works: 1,
        working: 0.5,
        fixed: 1.5,
        amazing: 2.5,
        glad: 1.5,
        pleased: 1.5,
        fantastic: 2.5,
        quick: 0.5,
        fast: 0.5,
        nice: 1,
        solved: 1.5,
        danke: 1.5,
        super: 1.5,
        merci: 1.5,
        gracias: 1.5,
        genial: 2,
        // negative
        bad: -1.5,
        terrible: -2.5,
        awful: -2.5,
        horrible: -2.5,
        worst: -3,
        angry: -2.5,
        annoyed: -2,
        frustrated: -2,
        frustrating: -2,
        disappointed: -2,
        disappointing: -2,
        unacceptable: -2.5,
        useless: -2.5,
        broken: -1.5,
        fail: -1.5,
        failed: -1.5,
        fails: -1.5,
        failing: -1.5,
        error: -1,
        problem: -1,
        issue: -0.5,
        wrong: -1.5,
        ridiculous: -2.5,
        poor: -1.5,
        slow: -1,
        stuck: -1.5,
        lost: -1.5,
        never: -0.5,
        hate: -2.5,
        crash: -1.5,
        crashes: -1.5,
        crashed: -1.5,
        charged: -0.5,
        scam: -3,
        rude: -2,
        refund: -0.5,
        still: -0.5,
        waiting: -0.5,
        cannot: -0.5,
        "can't": -0.5,
        unable: -1,
        upset: -2,
        ugh: -2,
        furious: -3,
        complaint: -1.5,
        schlecht: -1.5,
        ärgerlich: -2,
        problème: -1,
        mal: -1,
        problema: -1,
    }),
);

const NEGATORS = new Set(["not", "no", "never", "don't", "dont", "doesn't", "isn't", "wasn't", "nicht", "kein", "pas"]);
const INTENSIFIERS = new Map<string, number>([
    ["very", 1.5],
    ["really", 1.4],
    ["so", 1.3],
    ["extremely", 1.8],
    [
        "totally",
        1.5,
    ],
    ["completely", 1.5],
    ["sehr", 1.5],
    ["très", 1.5],
    ["muy", 1.5],
]);

/** Scores the sentiment of a text. */
export function analyzeSentiment(text: string): Sentiment {
    const tokens = wordTokens(text.replace(/n't\b/gu, " not"));
    let sum = 0;
    const cues: string[] = [];
    let negateFor = 0;
    let boost = 1;
    for (const token of tokens) {
        if (NEGATORS.has(token)) {
            negateFor = 3;
            continue;
        }
        const intensity = INTENSIFIERS.get(token);
        if (intensity !== undefined) {
            boost = intensity;
            continue;
        }
        const p = POLARITY.get(token);
        if (p !== undefined) {
            sum += (negateFor > 0 ? -0.5 * p : p) * boost;
            cues.push(negateFor > 0 ? `not ${token}` : token);
        }
        boost = 1;
        if (negateFor > 0) negateFor--;
    }
    const exclamations = (text.match(/!/gu) ?? []).length;
    if (sum !== 0 && exclamations > 0) sum *= 1 + Math.min(exclamations, 3) * 0.15;
    const capsWords = text.split(/\s+/u).filter((w) => w.length >= 4 && /^[A-Z]+$/u.test(w)).length;
    if (sum < 0 && capsWords > 0) sum *= 1.2;
    // squash to [-1, 1]: x / sqrt(x^2 + alpha), as VADER normalises its compound score
    const score = sum / Math.sqrt(sum * sum + 15);
    const label: SentimentLabel = score <= -0.2 ? "negative" : score >= 0.2 ? "positive" : "neutral";
    return { label, score, cues };
}
