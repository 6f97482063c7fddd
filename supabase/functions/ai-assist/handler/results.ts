/** The result shapes of the content actions, the same whichever provider made them. */

export interface Ranked {
    value: string;
    confidence: number;
}

export interface Suggested extends Ranked {
    alternatives: Ranked[];
}

export interface TriageOutput {
    /** From the workspace's taxonomy (custom_fields.category, else a ticket's first tag). */
    category: Suggested | null;
    /** A team id; `team_name` for display. */
    team: (Suggested & { team_name: string | null }) | null;
    priority: Suggested | null;
    tags: Ranked[];
    sentiment: { label: "negative" | "neutral" | "positive"; score: number };
    language: { code: string; confidence: number };
    /** Mean confidence of the suggested fields (0 without any model). */
    confidence: number;
    /** What the ticket holds now: a suggestion never overrides it; the agent applies it or not. */
    current: { category: string | null; team_id: string | null; priority: string; tags: string[] };
}

export interface Citation {
    marker: number;
    kind: "article" | "ticket";
    id: string;
    title: string;
    score: number;
}

export interface ReplyOutput {
    text: string;
    citations: Citation[];
    confidence: number;
}

export interface AnswerOutput extends ReplyOutput {
    /** False: the honest "we don't know, create a ticket" answer. */
    answered: boolean;
}

export interface SummaryOutput {
    problem: string | null;
    tried: string[];
    state: "waiting_for_agent" | "waiting_for_customer" | "resolved" | "empty";
    next_step: string | null;
    text: string;
}

export interface SimilarOutput {
    articles: { id: string; slug: string; title: string; visibility: string; score: number }[];
    tickets: { id: string; number: number; title: string; score: number }[];
}

export type ActionOutput = TriageOutput | ReplyOutput | AnswerOutput | SummaryOutput | SimilarOutput;

export const DONT_KNOW =
    "I couldn't find an answer to this in our help articles, so I don't want to guess. Please create a " +
    "ticket and our support team will help you.";
