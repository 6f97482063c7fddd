/** The one interface both providers implement: the four generative actions over an ActionContext. */
import type { TriageModels } from "../builtin/triage.ts";
import type { ActionContext } from "./context.ts";
import type { AnswerOutput, ReplyOutput, SummaryOutput, TriageOutput } from "./results.ts";

export interface TriageInput {
    /** The workspace's decoded triage models (builtin). */
    models: TriageModels;
    /** Team id -> name. */
    teams: ReadonlyMap<string, string>;
    /** The labels the stored models know (the taxonomy the openai provider must choose from). */
    labels: { categories: string[]; tags: string[] };
    current: TriageOutput["current"];
}

export interface ReplyNames {
    customer?: string;
    agent?: string;
}

export interface AiProvider {
    readonly name: "builtin" | "openai";
    triage(ctx: ActionContext, input: TriageInput): Promise<TriageOutput>;
    suggestReply(ctx: ActionContext, names: ReplyNames): Promise<ReplyOutput>;
    summarize(ctx: ActionContext): Promise<SummaryOutput>;
    answer(ctx: ActionContext): Promise<AnswerOutput>;
}
