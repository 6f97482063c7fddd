/**
 * Training a workspace's triage models from its own labelled tickets (category, team, priority, tags),
 * and storing them as one JSON document (e.g. a jsonb row) to reload later.
 */
import { type ClassifierJson, TextClassifier, type TrainingExample } from "./classifier.ts";
import { mulberry32 } from "./linear_svm.ts";
import { type TriageModels } from "./triage.ts";

export interface LabelledTicket {
    subject: string;
    body: string;
    category?: string | null;
    team?: string | null;
    priority?: string | null;
    tags?: readonly string[];
}

export interface TrainTriageOptions {
    /** Labels with fewer examples are left out. Default 3. */
    minExamplesPerLabel?: number;
    /** SVM regularisation; 1 was chosen by cross-validation on BANKING77. Default 1. */
    C?: number;
    /** With at least this many examples, fit the confidence temperature on a 20 % hold-out. Default 50. */
    calibrateFrom?: number;
}

export type Field = "category" | "team" | "priority" | "tags";

export interface FieldReport {
    trained: boolean;
    labels: string[];
    examples: number;
    temperature?: number;
    /** Why the field has no model. */
    reason?: string;
}

export interface TriageModelsJson {
    format: "helpdesk.builtin.triage-models";
    version: 1;
    trainedAt: string;
    models: Partial<Record<Field, ClassifierJson>>;
}

function ticketText(t: LabelledTicket): string {
    return t.subject.length > 0 ? `${t.subject}\n${t.body}` : t.body;
}

function countLabels(examples: readonly TrainingExample[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const e of examples) for (const l of e.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    return counts;
}

function train(
    examples: TrainingExample[],
    multiLabel: boolean,
    options: TrainTriageOptions,
): { model?: TextClassifier; report: FieldReport } {
    const min = options.minExamplesPerLabel ?? 3;
    const counts = countLabels(examples);
    const labels = Array.from(counts.keys()).filter((l) => (counts.get(l) ?? 0) >= min).sort();
    const kept = new Set(labels);
    const data = multiLabel
        ? examples.map((e) => ({ text: e.text, labels: e.labels.filter((l) => kept.has(l)) }))
        : examples.filter((e) => kept.has(e.labels[0]));
    if (labels.length < (multiLabel ? 1 : 2)) {
        return {
            report: {
                trained: false,
                labels,
                examples: data.length,
                reason: `needs ${multiLabel ? "one tag" : "two labels"} with at least ${min} examples each`,
            },
        };
    }
    const clfOptions = { multiLabel, svm: { C: options.C ?? 1 } };
    let temperature: number | undefined;
    if (!multiLabel && data.length >= (options.calibrateFrom ?? 50)) {
        const rand = mulberry32(5);
        const held = data.map(() => rand() < 0.2);
        const part = TextClassifier.train(data.filter((_, i) => !held[i]), clfOptions);
        temperature = part.calibrate(data.filter((_, i) => held[i]));
    }
    const model = TextClassifier.train(data, clfOptions);
    if (temperature !== undefined) model.setTemperature(temperature);
    return { model, report: { trained: true, labels, examples: data.length, temperature } };
}

/** Trains every triage model the tickets have enough labels for. */
export function trainTriageModels(
    tickets: readonly LabelledTicket[],
    options: TrainTriageOptions = {},
): { models: TriageModels; report: Record<Field, FieldReport> } {
    const single = (field: "category" | "team" | "priority") =>
        tickets.filter((t) => typeof t[field] === "string" && t[field] !== "")
            .map((t) => ({ text: ticketText(t), labels: [t[field] as string] }));
    const category = train(single("category"), false, options);
    const team = train(single("team"), false, options);
    const priority = train(single("priority"), false, options);
    const tags = train(tickets.map((t) => ({ text: ticketText(t), labels: [...(t.tags ?? [])] })), true, options);
    return {
        models: { category: category.model, team: team.model, priority: priority.model, tags: tags.model },
        report: { category: category.report, team: team.report, priority: priority.report, tags: tags.report },
    };
}

export function triageModelsToJSON(models: TriageModels, now: Date = new Date()): TriageModelsJson {
    const out: Partial<Record<Field, ClassifierJson>> = {};
    for (const field of ["category", "team", "priority", "tags"] as const) {
        const m = models[field];
        if (m) out[field] = m.toJSON();
    }
    return { format: "helpdesk.builtin.triage-models", version: 1, trainedAt: now.toISOString(), models: out };
}

export function triageModelsFromJSON(json: TriageModelsJson): TriageModels {
    if (json.format !== "helpdesk.builtin.triage-models" || json.version !== 1) {
        throw new Error(`triage models JSON: unknown format ${json.format} v${json.version}`);
    }
    const models: TriageModels = {};
    for (const field of ["category", "team", "priority", "tags"] as const) {
        const m = json.models[field];
        if (m) models[field] = TextClassifier.fromJSON(m);
    }
    return models;
}
