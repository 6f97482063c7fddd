// report-delivery: sends scheduled reports (PDF/CSV by e-mail through the workspace's SMTP settings) and
// records each delivery. See handler.ts for the API and scheduler.ts for what calls it every minute.
import { configFromEnv } from "./config.ts";
import { createHandler } from "./handler.ts";

Deno.serve(createHandler(configFromEnv()));
