// ai-assist: the AI proxy of the helpdesk (triage, suggested replies, summaries, customer answers, similar
// tickets) over the caller's own data (RLS). See handler/handler.ts; the settings come from the env.
import { configFromEnv } from "./handler/config.ts";
import { createHandler } from "./handler/handler.ts";

Deno.serve(createHandler(configFromEnv()));
