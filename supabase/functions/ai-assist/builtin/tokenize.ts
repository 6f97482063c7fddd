/**
 * Text normalisation and tokenisation shared by every builtin model.
 * Pure functions, no I/O.
 */

const WORD_RE = /[\p{L}\p{N}_]+/gu;
const WHITESPACE_RE = /\s+/gu;

/** Lowercases and applies Unicode NFKC so that "Ｃａｒｄ" and "card" meet. */
export function normalize(text: string): string {
    return text.normalize("NFKC").toLowerCase();
}

/**
 * Word tokens of a text (letters, digits, underscore), lowercased.
 * `minLength` 2 reproduces the usual `\b\w\w+\b` token pattern.
 */
export function wordTokens(text: string, minLength = 1): string[] {
    const out: string[] = [];
    for (const m of normalize(text).matchAll(WORD_RE)) {
        if (m[0].length >= minLength) out.push(m[0]);
    }
    return out;
}

/** Contiguous word n-grams for n in [minN, maxN], joined by a single space. */
export function wordNgrams(tokens: readonly string[], minN: number, maxN: number): string[] {
    const out: string[] = [];
    for (let n = minN; n <= maxN; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
            out.push(n === 1 ? tokens[i] : tokens.slice(i, i + n).join(" "));
        }
    }
    return out;
}

/**
 * Character n-grams inside word boundaries: each whitespace-separated word is padded with one space on
 * each side and cut into n-grams (a padded word shorter than n gives itself once), as scikit-learn's
 * `char_wb` analyzer does.
 */
export function charWbNgrams(text: string, minN: number, maxN: number): string[] {
    const out: string[] = [];
    for (const raw of normalize(text).split(WHITESPACE_RE)) {
        if (raw.length === 0) continue;
        const w = ` ${raw} `;
        for (let n = minN; n <= maxN; n++) {
            if (w.length <= n) {
                out.push(w);
                continue;
            }
            for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
        }
    }
    return out;
}

const SUFFIXES = [
    "ations",
    "ation",
    "ingly",
    "ments",
    "ement",
    "ness",
    "ings",
    "ment",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "ly",
    "s",
];

/**
 * A deliberately light English suffix stripper (not Porter): enough to meet "cancelling", "cancelled" and
 * "cancel" or "refunds" and "refund" in retrieval. Words shorter than 4 letters are left alone.
 */
export function lightStem(word: string): string {
    if (word.length < 4) return word;
    for (const suffix of SUFFIXES) {
        if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
            let stem = word.slice(0, word.length - suffix.length);
            if (suffix === "ies" || suffix === "ied") stem += "y";
            // cancelling -> cancell -> cancel; shipped -> shipp -> ship
            if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2]) stem = stem.slice(0, -1);
            return stem;
        }
    }
    return word;
}

const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "vs", "no", "approx", "z.b", "bzw"]);

/**
 * Splits prose into sentences on `.`, `!`, `?` (and runs of them) followed by whitespace, and on line
 * breaks. Keeps common abbreviations and decimal numbers intact. Returns trimmed, non-empty sentences.
 */
export function splitSentences(text: string): string[] {
    const out: string[] = [];
    for (const block of text.split(/\n\s*\n|\r?\n/u)) {
        let start = 0;
        const re = /[.!?…]+["')\]]*\s+/gu;
        for (const m of block.matchAll(re)) {
            const end = (m.index ?? 0) + m[0].length;
            const candidate = block.slice(start, end).trim();
            const lastWord = candidate.replace(/[.!?…"')\]]+$/u, "").split(/\s+/u).pop()?.toLowerCase() ?? "";
            if (ABBREVIATIONS.has(lastWord)) continue;
            if (candidate.length > 0) out.push(candidate);
            start = end;
        }
        const rest = block.slice(start).trim();
        if (rest.length > 0) out.push(rest);
    }
    return out;
}
