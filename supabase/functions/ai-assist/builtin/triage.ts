/**
 * Triage of a ticket: category/team/priority from a workspace's own trained classifiers, tags from a
 * multi-label classifier, plus sentiment and language. Every classifier is optional: a workspace without
 * enough history gets sentiment and language only.
 */
import { type Prediction, type RankedLabel, type TextClassifier } from "./classifier.ts";
import { detectLanguage, type LanguageGuess } from "./language.ts";
import { analyzeSentiment, type Sentiment } from "./sentiment.ts";

export interface TriageModels {
    category?: TextClassifier;
    team?: TextClassifier;
    priority?: TextClassifier;
    /** Multi-label classifier (trained with `multiLabel: true`). */
    tags?: TextClassifier;
}

export interface Suggestion {
    value: string;
    confidence: number;
    /** The next best options, for the UI's drop-down. */
    alternatives: { value: string; confidence: number }[];
}

export interface TriageResult {
    category?: Suggestion;
    team?: Suggestion;
    priority?: Suggestion;
    tags: { value: string; confidence: number }[];
    sentiment: Sentiment;
    language: LanguageGuess;
}

export interface TriageOptions {
    /** Tags need at least this probability. Default 0.5. */
    tagThreshold?: number;
    /** At most this many tags. Default 5. */
    maxTags?: number;
    /** Alternatives listed per suggestion. Default 2. */
    alternatives?: number;
}

function suggestion(p: Prediction, alternatives: number): Suggestion {
    return {
        value: p.label,
        confidence: p.confidence,
        alternatives: p.ranking.slice(1, 1 + alternatives).map((r: RankedLabel) => ({
            value: r.label,
            confidence: r.probability,
        })),
    };
}

/** Triage of a ticket's subject and body. */
export function triage(subject: string, body: string, models: TriageModels, options: TriageOptions = {}): TriageResult {
    const text = subject.length > 0 ? `${subject}\n${body}` : body;
    const alternatives = options.alternatives ?? 2;
    const result: TriageResult = {
        tags: [],
        sentiment: analyzeSentiment(text),
        language: detectLanguage(text),
    };
    if (models.category) result.category = suggestion(models.category.predict(text), alternatives);
    if (models.team) result.team = suggestion(models.team.predict(text), alternatives);
    if (models.priority) result.priority = suggestion(models.priority.predict(text), alternatives);
    if (models.tags) {
        result.tags = models.tags.predictLabels(text, options.tagThreshold ?? 0.5)
            .slice(0, options.maxTags ?? 5)
            .map((r) => ({ value: r.label, confidence: r.probability }));
    }
    return result;
}
