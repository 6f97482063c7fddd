/**
 * The workspace's triage models: labels taken from its own tickets, trained with the builtin engine and
 * stored as one `ai_models` row (name "triage"), decoded once per trained_at.
 *
 * At most the newest 2000 labelled tickets (about 20 s of training on a busy 2-core machine).
 *
 * The taxonomy: category = custom_fields.category when a ticket has one, else its first tag; team =
 * team_id; priority; tags = all tags.
 */
import type { TriageModels } from "../builtin/triage.ts";
import {
    type LabelledTicket,
    trainTriageModels,
    triageModelsFromJSON,
    type TriageModelsJson,
    triageModelsToJSON,
} from "../builtin/triage_models.ts";
import type { TicketRow } from "./context.ts";
import type { StoredModel } from "./data.ts";

export const TRIAGE_MODEL = "triage";
export const TRIAGE_KIND = "builtin.triage.v1";

export function categoryOf(t: Pick<TicketRow, "custom_fields" | "tags">): string | null {
    const custom = t.custom_fields?.["category"];
    if (typeof custom === "string" && custom.trim().length > 0) return custom.trim();
    return t.tags[0] ?? null;
}

export function labelled(t: TicketRow): LabelledTicket {
    return {
        subject: t.title,
        body: t.description,
        category: categoryOf(t),
        team: t.team_id,
        priority: t.priority,
        tags: t.tags,
    };
}

export interface TrainedModel {
    model: TriageModelsJson;
    metrics: Record<string, unknown>;
}

export function trainFromTickets(tickets: readonly TicketRow[], now = new Date()): TrainedModel {
    const started = performance.now();
    const { models, report } = trainTriageModels(tickets.map(labelled));
    const model = triageModelsToJSON(models, now);
    return {
        model,
        metrics: {
            tickets: tickets.length,
            fields: report,
            train_ms: Math.round(performance.now() - started),
        },
    };
}

/** Labels of a field's stored model (the metrics' per-field report), for the openai provider's taxonomy. */
export function labelsOf(stored: StoredModel | null): { categories: string[]; tags: string[] } {
    const fields = (stored?.metrics?.["fields"] ?? {}) as Partial<Record<string, { labels?: string[] }>>;
    return { categories: fields.category?.labels ?? [], tags: fields.tags?.labels ?? [] };
}

/** The last decoded model, by trained_at (one workspace per function). */
let decoded: { trainedAt: string; models: TriageModels } | null = null;

export function isDecoded(trainedAt: string): boolean {
    return decoded?.trainedAt === trainedAt;
}

export function decodeModels(stored: StoredModel | null): TriageModels {
    if (!stored) return {};
    if (decoded?.trainedAt !== stored.trained_at) {
        decoded = { trainedAt: stored.trained_at, models: triageModelsFromJSON(stored.model as TriageModelsJson) };
    }
    return decoded.models;
}
