/** Language detection for en/de/fr/es by counting each language's stopwords (plus a few diacritics). */
import { wordTokens } from "./tokenize.ts";

export type LanguageCode = "en" | "de" | "fr" | "es";

export interface LanguageGuess {
    /** The detected language, or "unknown" when the text has no telling words. */
    language: LanguageCode | "unknown";
    /** Share of the winning language among all stopword hits, 0 when unknown. */
    confidence: number;
    scores: Record<LanguageCode, number>;
}

const STOPWORDS: Record<LanguageCode, readonly string[]> = {
    en: ("the and is are was were to of in it that this for on with you my i me we have has had not but " +
        "be at can do does did your our please hi hello thanks thank would could will an what when why how " +
        "there from they been just get got still").split(" "),
    de: ("der die das und ist sind war nicht ich mein meine mir mich sie wir ihr es ein eine einen zu mit " +
        "auf für von den dem des im bitte danke hallo noch kann können habe haben wurde wird auch aber " +
        "wie was warum wann funktioniert keine kein schon").split(" "),
    fr: ("le la les et est sont était pas je mon ma mes moi vous nous il elle un une des du de au aux en " +
        "pour avec sur dans ne bonjour merci svp pourquoi quand comment que qui mais ai avez peux pouvez " +
        "toujours fonctionne très").split(" "),
    es: ("el la los las y es son era no yo mi mis me usted nosotros un una unos del al en para con por " +
        "que pero hola gracias porque cuando cómo como qué tengo tiene puedo pueden todavía funciona muy " +
        "está estoy ha he").split(" "),
};

const LANGS: LanguageCode[] = ["en", "de", "fr", "es"];
const LEXICON = new Map<string, LanguageCode[]>();
for (const lang of LANGS) {
    for (const w of STOPWORDS[lang]) LEXICON.set(w, [...(LEXICON.get(w) ?? []), lang]);
}

const HINTS: [RegExp, LanguageCode][] = [[/[äöüß]/u, "de"], [/[çèêàùœ]/u, "fr"], [/[ñ¿¡]/u, "es"]];

/** Guesses the language of a text from its stopwords; shared words count fractionally. */
export function detectLanguage(text: string): LanguageGuess {
    const scores: Record<LanguageCode, number> = { en: 0, de: 0, fr: 0, es: 0 };
    for (const token of wordTokens(text)) {
        const langs = LEXICON.get(token);
        if (!langs) continue;
        for (const l of langs) scores[l] += 1 / langs.length;
    }
    const lower = text.toLowerCase();
    for (const [re, lang] of HINTS) if (re.test(lower)) scores[lang] += 0.5;
    const total = LANGS.reduce((s, l) => s + scores[l], 0);
    let best: LanguageCode = "en";
    for (const l of LANGS) if (scores[l] > scores[best]) best = l;
    const tied = LANGS.filter((l) => scores[l] === scores[best]).length > 1;
    if (total === 0 || tied) return { language: "unknown", confidence: 0, scores };
    return { language: best, confidence: scores[best] / total, scores };
}
