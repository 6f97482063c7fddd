/** The builtin offline AI provider of ai-assist: every engine module in one import. */
export { type ClassifierJson, type Prediction, TextClassifier, type TrainingExample } from "./classifier.ts";
export { type Citation, type ComposedReply, type ComposeInput, composeReply } from "./compose.ts";
export { detectLanguage, type LanguageGuess } from "./language.ts";
export { BuiltinProvider, type KbArticleInput, type ProviderInput, type SolvedTicketInput } from "./provider.ts";
export { type RetrievalDoc, type RetrievalHit, RetrievalIndex } from "./retrieve.ts";
export { analyzeSentiment, type Sentiment } from "./sentiment.ts";
export { extractiveSummary, summarizeThread, type ThreadMessage, type TicketSummary } from "./summarize.ts";
export { triage, type TriageModels, type TriageResult } from "./triage.ts";
export {
    type LabelledTicket,
    trainTriageModels,
    triageModelsFromJSON,
    type TriageModelsJson,
    triageModelsToJSON,
} from "./triage_models.ts";
